"""pprint.pformat of generated nested data (dicts, lists, tuples, sets, long strings, numbers) at a few
widths, and saferepr. Stands for a formatting library: recursion with type dispatch, repr and sorting
of keys, string splitting and joining."""

import zlib

from stdlib_copy import pprint
from lcg import Lcg

TIME_N = 800
INSTR_N = 32


WORDS = ["red", "green", "blue", "cyan", "magenta", "yellow", "black", "white"]


def data(rng, depth):
    k = rng.below(8 if depth < 4 else 4)
    if k == 0:
        return rng.below(100000)
    if k == 1:
        return rng.below(1000) / 7
    if k == 2:
        return " ".join(WORDS[rng.below(8)] for _ in range(1 + rng.below(12)))
    if k == 3:
        return (WORDS[rng.below(8)], rng.below(10))
    if k == 4:
        return [data(rng, depth + 1) for _ in range(rng.below(6))]
    if k == 5:
        return {"%s%d" % (WORDS[rng.below(8)], i): data(rng, depth + 1) for i in range(rng.below(6))}
    if k == 6:
        return {rng.below(50) for _ in range(rng.below(6))}
    return tuple(data(rng, depth + 1) for _ in range(rng.below(4)))


def main(n):
    rng = Lcg(23)
    items = [{"key%d" % i: data(rng, 0) for i in range(8)} for _ in range(10)]
    crc = 0
    for i in range(n):
        obj = items[i % len(items)]
        for width in (40, 80):
            crc = zlib.crc32(pprint.pformat(obj, width=width, compact=(i % 2 == 0)).encode(), crc)
        crc = zlib.crc32(pprint.saferepr(obj).encode(), crc)
    return "crc=%08x" % crc
