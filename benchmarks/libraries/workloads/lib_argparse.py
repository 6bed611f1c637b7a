"""argparse parsing generated command lines with a parser of optional and positional arguments,
choices, counts, appends, types, mutually exclusive groups and sub-commands. Stands for a large
object-oriented library: many classes and small methods, closures, regular expressions and dicts."""

import zlib

from stdlib_copy import argparse
from lcg import Lcg

TIME_N = 90
INSTR_N = 4


def make_parser():
    p = argparse.ArgumentParser(prog="tool", description="a generated tool")
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("-o", "--output", default="-")
    p.add_argument("--level", type=int, choices=range(0, 10), default=3)
    p.add_argument("--tag", action="append", default=[])
    g = p.add_mutually_exclusive_group()
    g.add_argument("--fast", action="store_true")
    g.add_argument("--slow", action="store_true")
    sub = p.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build")
    build.add_argument("targets", nargs="+")
    build.add_argument("-j", "--jobs", type=int, default=1)
    build.add_argument("--define", "-D", action="append", default=[])
    test = sub.add_parser("test")
    test.add_argument("pattern", nargs="?", default="*")
    test.add_argument("--repeat", type=int, default=1)
    test.add_argument("--ratio", type=float, default=0.5)
    return p


def argv(rng):
    args = []
    for _ in range(rng.below(4)):
        k = rng.below(6)
        if k == 0:
            args.append("-" + "v" * (1 + rng.below(3)))
        elif k == 1:
            args += ["--output", "out%d.txt" % rng.below(10)]
        elif k == 2:
            args.append("--level=%d" % rng.below(10))
        elif k == 3:
            args += ["--tag", "t%d" % rng.below(5)]
        elif k == 4:
            args.append("--fast")
        else:
            args += ["-o", "x"]
    if rng.below(2):
        args += ["build", "-j", str(1 + rng.below(8))] + ["target%d" % i for i in range(1 + rng.below(4))]
        args += ["-DNAME%d=%d" % (i, i) for i in range(rng.below(3))]
    else:
        args += ["test", "test_%d" % rng.below(9), "--repeat", str(rng.below(5)), "--ratio", "0.%d" % rng.below(10)]
    return args


def main(n):
    rng = Lcg(41)
    lines = [argv(rng) for _ in range(50)]
    crc = 0
    for i in range(n):
        p = make_parser()
        for a in lines:
            ns = p.parse_args(a)
            crc = zlib.crc32(repr(sorted(vars(ns).items())).encode(), crc)
        crc = zlib.crc32(p.format_usage().encode(), crc)
    return "crc=%08x" % crc
