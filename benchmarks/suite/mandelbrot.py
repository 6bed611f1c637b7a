"""Mandelbrot set: escape-time iteration over an n x n grid of the complex plane, with the
complex arithmetic written out on separate real and imaginary floats.

Stands for tight float loops with comparisons and early exits (image kernels, iterative
solvers). Each row is summarised as a count and a bit-packed row signature, the way a
renderer would emit a bitmap. main(n) returns the total iteration count, the number of
points inside and a signature of the bitmap.
"""

TIME_N = 480
INSTR_N = 120

MAX_ITER = 50


def escape_time(cr, ci, limit):
    zr = zi = 0.0
    for k in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return k
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


def render(width, height, x0, y0, x1, y1):
    rows = []
    dx = (x1 - x0) / width
    dy = (y1 - y0) / height
    for py in range(height):
        ci = y0 + py * dy
        bits = 0
        iterations = 0
        for px in range(width):
            k = escape_time(x0 + px * dx, ci, MAX_ITER)
            iterations += k
            bits = (bits << 1) | (k == MAX_ITER)
        rows.append((iterations, bits))
    return rows


def main(n):
    rows = render(n, n, -2.0, -1.25, 0.5, 1.25)
    total = 0
    inside = 0
    signature = 0
    for iterations, bits in rows:
        total += iterations
        inside += bin(bits).count("1")
        signature = (signature * 1000003 ^ bits) & 0xFFFFFFFFFFFF
    return "%d %d %x" % (total, inside, signature)
