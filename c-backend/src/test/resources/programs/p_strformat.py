"""printf-style %-formatting (all conversions, flags, width/precision from
'*', mapping keys, %% and bytes %-formatting) and str.format /
str.format_map (positional, auto-numbering, keyword, attribute and index
fields, nested specs, conversions), plus their error messages."""


class Pt:
    x = 3
    y = [10, 20]

    def __repr__(self):
        return "Pt()"


print("%s %r %a %d %i %u" % ("é", "é", "é", 42, -7, 3))
print("%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%e|%E|%f|%F|%g|%G|%c|%c" % (
    42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 12345.678, 0.00012, 2.5, 1e300, 1e-5, 123456789.0, "z", 65))
print("%.3f|%10.2f|%-10.1e|%.0f|%.10g|%5s|%-5s|%.2s" % (3.14159, 2.71828, 1234.5, 2.5, 1 / 3, "ab", "ab", "abcdef"))
print("%*d|%-*d|%.*f|%*.*f" % (6, 1, 6, 2, 3, 3.14159, 8, 2, 2.71828))
print("%(name)s is %(age)03d years, %(name)r" % {"name": "Ann", "age": 7})
print("100%% sure, %s%%" % 50, "%s" % [1, 2], "%s" % ((1, 2),), "%r" % (None,), "%d%%" % 3.99)
print(b"%s %d %x %c %b %%" % (b"by", 5, 255, 65, b"raw"), b"%(k)s" % {b"k": b"v"})
print("%s" % "single", "%s-%s" % ("a", "b"), "no args %%" % ())
print("{} {} {}".format(1, "two", 3.0))
print("{1} {0} {1}".format("a", "b"))
print("{name} {0} {name!r}".format(5, name="n"))
print("{0.x} {0.y[1]} {1[k]} {2[0]}".format(Pt(), {"k": "dict"}, ["list"]))
print("{:>{w}}|{:{f}^{w}.{p}}".format("r", 3.14159, w=8, f="*", p=3))
print("{!r:<8}|{!s:>4}|{!a}".format("q", 1, "ü"))
print("{{}} {{{}}}".format(9))
print("{x}-{y}".format_map({"x": 1, "y": 2}))


class Default(dict):
    def __missing__(self, key):
        return "<%s?>" % key


print("{a} {b}".format_map(Default(a=1)))
print("{:,}|{:_b}|{:#010x}|{:=+8}|{:.3%}|{:n}".format(10 ** 7, 255, 255, 42, 0.25, 1234))
print("{0:{1}}".format(7, "03"), "{:{}{}}".format(5, ">", 4), "{!s:{}}".format(1, 3))


def err(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)


err(lambda: "%d" % "x")
err(lambda: "%s %s" % ("one",))
err(lambda: "%s" % (1, 2))
err(lambda: "%(k)s" % {})
err(lambda: "%(k)s" % (1,))
err(lambda: "%z" % 1)
err(lambda: "%c" % "ab")
err(lambda: "%c" % -1)
err(lambda: "%" % ())
err(lambda: "%*d" % ("x", 1))
err(lambda: b"%s" % "str")
err(lambda: "%x" % 1.5)
err(lambda: "{} {}".format(1))
err(lambda: "{0} {}".format(1, 2))
err(lambda: "{} {0}".format(1, 2))
err(lambda: "{x}".format(y=1))
err(lambda: "{0.nope}".format(1))
err(lambda: "{0[5]}".format([1]))
err(lambda: "{".format())
err(lambda: "}".format())
err(lambda: "{!x}".format(1))
err(lambda: "{:d}".format("s"))
err(lambda: "{0:{1}}".format(1, "{}"))
err(lambda: "{:>>>}".format(1))
err(lambda: "a" % 1)
