"""Fannkuch-redux: for every permutation of 1..n, count the prefix reversals ("pancake
flips") needed until 1 comes first; returns the maximum and a signed checksum.

Stands for permutation and array-shuffling code: list slicing and slice assignment,
in-place reversal, index arithmetic, while loops generating permutations in a fixed
(rotation) order. main(n) visits the first n permutations of 1..10 in that order (all of
them when n >= 10!), so the work grows linearly with n.
"""

SIZE = 10
TIME_N = 280000
INSTR_N = 15000


def flips_of(perm):
    p = perm[:]
    flips = 0
    first = p[0]
    while first:
        p[:first + 1] = p[first::-1]
        flips += 1
        first = p[0]
    return flips


def fannkuch(n, limit):
    perm = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    permutations = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm[0]:
            f = flips_of(perm)
            if f > max_flips:
                max_flips = f
            checksum += f if sign > 0 else -f
        permutations += 1
        if permutations == limit:
            return max_flips, checksum, permutations
        sign = -sign
        # next permutation: rotate the first r + 1 elements until a counter is left
        while True:
            if r == n:
                return max_flips, checksum, permutations
            first = perm[0]
            perm[:r] = perm[1:r + 1]
            perm[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main(n):
    max_flips, checksum, permutations = fannkuch(SIZE, n)
    return "%d %d %d" % (max_flips, checksum, permutations)
