"""fractions.Fraction arithmetic: harmonic and alternating series, a continued-fraction expansion,
limit_denominator, comparisons with ints and floats, hashing and str, and parsing from strings. Stands
for an operator-overloading numeric class: dunder methods dispatching on operand types, gcd on ints."""

from stdlib_copy.fractions import Fraction

TIME_N = 900
INSTR_N = 40


def main(n):
    out = []
    for k in range(n):
        h = Fraction(0)
        alt = Fraction(0)
        for i in range(1, 120):
            h += Fraction(1, i)
            alt += Fraction((-1) ** i, 2 * i + 1)
        x = h - Fraction(k, 3)
        terms = []
        y = Fraction(x)
        for _ in range(12):
            a = y.numerator // y.denominator
            terms.append(a)
            y -= a
            if y == 0:
                break
            y = 1 / y
        approx = (alt * 4).limit_denominator(10000)
        parsed = sum(Fraction(s) for s in ("3/7", "-1.25", "2e-3", " 17/19 ", "0.125"))
        cmp = sum(1 for v in (h, alt, approx, parsed) if v > 1 or v < 0.5 or v == 2)
        out.append("%s %s %s %d %d" % (approx, terms[:5], parsed, cmp, hash(approx) % 1000))
    return "%d %s" % (len(out), out[-1])
