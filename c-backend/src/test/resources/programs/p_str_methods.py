"""str methods and behaviours: case conversions (incl. unicode specials),
split/rsplit/splitlines/partition, join errors, strip family, find/index/
count/replace with counts, startswith tuples, padding (center/ljust/zfill),
is* predicates, translate/maketrans, encode/decode with errors handlers,
removeprefix/removesuffix, expandtabs, casefold, unicode lengths,
multiplication, ord/chr, and error messages (index not found, chr range)."""
s = "Hello, World"
print(s.lower(), s.upper(), s.swapcase(), s.title(), "ß straße".upper(), "ǅ".lower(), "İ".lower().encode("unicode_escape"))
print("hello world".capitalize(), "ÉCOLE".casefold(), "ß".casefold(), "a_b c-d".title())
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "".split(","), "".split())
print("l1\nl2\r\nl3\rl4".splitlines(), "l1\nl2\n".splitlines(keepends=True), "x".splitlines(), "a\x0bb".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print("-".join(["a", "b"]), "".join([]), ",".join("xyz"), "  pad  ".strip(), "xxhixx".strip("x"), "  l".lstrip(), "r  ".rstrip())
print(s.find("o"), s.rfind("o"), s.find("zz"), s.index("World"), s.count("l"), s.count(""), "aaa".count("aa"))
print(s.replace("l", "L"), s.replace("l", "L", 2), "aaa".replace("", "-"), s.startswith(("He", "x")), s.endswith("ld", 0, 12))
print("ab".center(7, "*"), "ab".ljust(5, "."), "ab".rjust(5), "42".zfill(5), "-42".zfill(5), "+7".zfill(4))
print("123".isdigit(), "١٢".isdigit(), "½".isnumeric(), "½".isdigit(), "abc".isalpha(), "a1".isalnum(), " \t".isspace(), "".isspace())
print("Title Case".istitle(), "UP".isupper(), "low".islower(), "x_1".isidentifier(), "class".isidentifier(), "é".isascii(), "\x7f".isprintable())
table = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "1"}))
print("café".encode(), "café".encode("ascii", "replace"), "café".encode("ascii", "ignore"), "café".encode("ascii", "xmlcharrefreplace"))
print("café".encode("ascii", "backslashreplace"), b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "x".removeprefix("y"))
print("a\tb\tc".expandtabs(4), repr("a\tb".expandtabs()), len("日本語"), len("日本語".encode()), "😀".encode("utf-16-le"), len("😀"))
print("ab" * 3, 0 * "ab", -1 * "ab", ord("€"), chr(8364), chr(0x1F600), ascii("€😀"), repr("'\"\n\\"))
print(str(b"bytes"), str(b"\xff", "latin-1"), str(123), str(1.0), str(None), str([1, "a"]), repr("é"))
print(max("abc"), sorted("cba"), list(reversed("abc")), "b" in "abc", "abc" < "abd", "Z" < "a")
print("{:_^9}".format("mid"), "%-6s|" % "ab", "tab\there".split("\t"), "a\u00a0b".split())


def err(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)


err(lambda: "abc".index("z"))
err(lambda: "abc".rindex("z"))
err(lambda: chr(0x110000))
err(lambda: chr(-1))
err(lambda: ord("ab"))
err(lambda: ord(""))
err(lambda: ",".join([1, 2]))
err(lambda: ",".join(["a", None]))
err(lambda: "a".split(""))
err(lambda: "abc".center(5, "ab"))
err(lambda: "x".encode("no-such-codec"))
err(lambda: "é".encode("ascii"))
err(lambda: b"\xff\xfe\xfa".decode("utf-8"))
err(lambda: "abc"[5])
err(lambda: "a" + 5)
err(lambda: "abc".startswith(["a"]))
err(lambda: "x".replace("x"))
err(lambda: str.upper(5))
err(lambda: "abc".count(1))
err(lambda: "%s %s" % "a")
err(lambda: "a".zfill("3"))
err(lambda: int("12abc"))
err(lambda: float("1.2.3"))
err(lambda: "abc" * 2.0)
