"""Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1),
approximated by the power method on its n x n corner.

Stands for numeric kernels over Python lists: a small function called in the innermost
loop, float accumulation, list comprehensions building vectors, zip over two lists.
main(n) returns the approximation to 9 digits.
"""

TIME_N = 260
INSTR_N = 60


def eval_a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def times_a(u):
    n = len(u)
    result = []
    for i in range(n):
        total = 0.0
        for j, uj in enumerate(u):
            total += eval_a(i, j) * uj
        result.append(total)
    return result


def times_at(u):
    n = len(u)
    result = []
    for i in range(n):
        total = 0.0
        for j, uj in enumerate(u):
            total += eval_a(j, i) * uj
        result.append(total)
    return result


def times_ata(u):
    return times_at(times_a(u))


def dot(a, b):
    total = 0.0
    for x, y in zip(a, b):
        total += x * y
    return total


def main(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = dot(u, v)
    vv = dot(v, v)
    return "%.9f" % ((vbv / vv) ** 0.5)
