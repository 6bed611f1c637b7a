"""Dense matrix multiplication with nested Python lists.

Stands for table/grid code: matrices built with list comprehensions, a transposed copy for
row-by-row access, the classic triple loop with an accumulator, then a few derived
quantities (trace, row sums, the largest element by absolute value). Entries come from a
seeded linear congruential generator, so results are reproducible. main(n) multiplies two
n x n matrices, squares the product's upper-left block, and returns a checksum.
"""

TIME_N = 210
INSTR_N = 75


class Lcg:
    """A small linear congruential generator (the same on every Python version)."""

    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def uniform(self, lo, hi):
        return lo + (hi - lo) * (self.next() >> 7) / 16777216.0


def random_matrix(rng, rows, cols):
    return [[rng.uniform(-1.0, 1.0) for _ in range(cols)] for _ in range(rows)]


def transpose(m):
    return [list(col) for col in zip(*m)]


def multiply(a, b):
    bt = transpose(b)
    result = []
    for row in a:
        out = []
        for col in bt:
            acc = 0.0
            for k in range(len(row)):
                acc += row[k] * col[k]
            out.append(acc)
        result.append(out)
    return result


def trace(m):
    t = 0.0
    for i in range(min(len(m), len(m[0]))):
        t += m[i][i]
    return t


def largest(m):
    best = 0.0
    where = (0, 0)
    for i, row in enumerate(m):
        for j, x in enumerate(row):
            if abs(x) > best:
                best = abs(x)
                where = (i, j)
    return best, where


def block(m, size):
    return [row[:size] for row in m[:size]]


def main(n):
    rng = Lcg(42)
    a = random_matrix(rng, n, n)
    b = random_matrix(rng, n, n)
    c = multiply(a, b)
    half = block(c, n // 2)
    d = multiply(half, half)
    best, (bi, bj) = largest(c)
    row_sums = [0.0] * n
    for i, row in enumerate(c):
        s = 0.0
        for x in row:
            s += x
        row_sums[i] = s
    return "%.6f %.6f %.6f %d,%d %.6f" % (trace(c), trace(d), best, bi, bj, max(row_sums))
