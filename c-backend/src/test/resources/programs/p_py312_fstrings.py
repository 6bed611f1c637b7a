"""PEP 701 f-strings (Python 3.12+ only): reusing the same quote type inside
replacement fields, backslashes and escapes inside expressions, multi-line
expressions with comments, arbitrarily nested f-strings, and format specs
containing nested fields with quotes. Also itertools.batched (3.12)."""
import itertools

names = ["ann", "bob"]
d = {"key": "value"}
print(f"{", ".join(names)}")
print(f"{d["key"]} and {d['key']}")
print(f"{"\n".join(names)}")
print(f"{'\t'.join(['a', 'b'])!r}")
print(f"{f"{f"{f"{1 + 1}"}"}"}")
print(f"{
    sum(
        x * x  # squares
        for x in range(4)
    )
}")
width = 12
print(f"{"centered":{"^"}{width}}|")
print(f"{"q" + "\"" + "q"}")
print(f"{'\N{BULLET}'} item", f"{"\u00e9"}")
print(list(itertools.batched("abcdefg", 3)))
x = 5
print(f"{x = }", f"{x!r:>{width}}", f"{"{}"}")
