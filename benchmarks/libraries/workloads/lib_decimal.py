"""_pydecimal (the standard library's pure-Python decimal module) computing with 28 and 50 digits:
sums and products, division, square roots, exponentials and logarithms, powers, quantize and
formatting. Stands for an object-oriented numeric library: big classes, many small methods and
properties, context objects, str and int conversions."""

from stdlib_copy import _pydecimal as decimal

TIME_N = 180
INSTR_N = 8


def main(n):
    out = []
    for k in range(n):
        ctx = decimal.Context(prec=28 if k % 2 == 0 else 50, rounding=decimal.ROUND_HALF_EVEN)
        D = decimal.Decimal
        total = D(0)
        prod = D(1)
        for i in range(1, 60):
            x = ctx.divide(D(i * 7 + k), D(13))
            total = ctx.add(total, x)
            prod = ctx.multiply(prod, ctx.add(D(1), ctx.divide(D(1), D(i + 3))))
            if i % 6 == 0:
                total = ctx.add(total, ctx.sqrt(x))
            if i % 15 == 0:
                total = ctx.add(total, ctx.ln(ctx.add(x, D(1))))
                total = ctx.add(total, ctx.exp(ctx.divide(x, D(10))))
        q = ctx.quantize(total, D("0.0001"))
        p = ctx.power(prod, D(2))
        out.append("%s %s %s" % (q, format(p, ".12e"), ctx.compare(total, prod)))
    return "%d %s" % (len(out), out[-1])
