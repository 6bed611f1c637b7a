"""f-strings: conversions !r !s !a, format specs (fill, align, sign, #, 0,
width, grouping, precision, types), nested replacement fields inside specs,
the = self-documenting specifier (with spacing and conversions), __format__
dispatch, literal braces, multi-line expressions, and format errors."""
import datetime
import decimal


class P:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "P(%r)" % self.name

    def __str__(self):
        return "<%s>" % self.name

    def __format__(self, spec):
        return "P-format[%s]" % spec


p = P("ünï")
x = 42
y = 3.14159
s = "héllo"
print(f"{x} {y} {s}")
print(f"{p} {p!s} {p!r} {p!a} {p:spec} {s!a} {s!r:>12}")
print(f"{x:5d}|{x:<5}|{x:^5}|{x:>5}|{x:*^9}|{x:+d}|{-x: d}|{x:05d}|{x:#x}|{x:#o}|{x:#b}|{x:X}|{x:c}")
print(f"{1234567:,}|{1234567:_}|{1234567.891:,.2f}|{0xdeadbeef:_x}|{-1234:08,d}")
print(f"{y:.2f}|{y:10.3f}|{y:<10.1f}|{y:e}|{y:.3E}|{y:g}|{1e20:g}|{1e-7:g}|{y:%}|{0.5:.0%}|{y:=+10.2f}")
print(f"{float('inf')}|{float('-inf'):8}|{float('nan'):+}|{-0.0}|{1e16}|{1.0}|{123456789.0:.3g}")
print(f"{s:10}|{s:>10}|{s:^10}|{s:.2}|{s:-^11.3}|{'':x<3}")
width, prec, fill = 12, 3, "~"
print(f"{y:{width}.{prec}f}|{y:{fill}>{width}}|{x:{'<' if x > 0 else '>'}{width}}|")
print(f"{x=}|{y = :.2f}|{s=!s}|{p=}|{x + 1 = }|{p = !s:5}")
print(f"{{literal}} {{{x}}} {'{'}{x}{'}'}")
d = {"k": [1, 2, {"n": "v"}]}
print(f"{d['k'][2]['n']}|{d['k'][0] + d['k'][1]}|{len(d):03}|{'nested ' + f'{x:>4}'}")
print(f"{(lambda v: v * 2)(x)}|{[i * i for i in range(4)]}|{x if x > 40 else 0}|{(yield_ := 5)}")
print(f"""multi
{x
 + 1}
line""")
print(f"{3 + 4j}|{(3 + 4j):.2f}|{True}|{True:d}|{None!r}|{b'by'}|{'tab':\t>5}")
print(f"{datetime.date(2024, 2, 29):%Y/%m/%d %A}|{decimal.Decimal('1.2345'):.2f}")
print(f"{'a' 'b'}" f"{x}" "plain" f"{{}}")
print(format(x, "x"), format(y, ".1f"), format(p, "q"), format("s", ""), "{0!r:^10}".format("z"))
print(f"{x!r:}|{s!s:5}|{10:{''}}|")


def fmt_err(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)


fmt_err(lambda: f"{x:z}")
fmt_err(lambda: f"{s:d}")
fmt_err(lambda: f"{y:d}")
fmt_err(lambda: f"{x:.2s}")
fmt_err(lambda: f"{x:,s}")
fmt_err(lambda: f"{object():>10}" and "object formatted")
fmt_err(lambda: f"{[1]:5}")
fmt_err(lambda: f"{x:{'<'}{'x' * 2}}")
fmt_err(lambda: f"{s:=10}")
fmt_err(lambda: f"{1.5:c}")
fmt_err(lambda: f"{-1:c}" if False else f"{0x110000:c}")
