"""Writes the big-module benchmark: one module of 1,000 small but varied functions.

Usage: python bigmodule.py OUT_FILE [--functions N]

The module (about 6,000 lines) has functions of a dozen shapes -- arithmetic, small for and while
loops, if/elif chains, string formatting and str methods, list and dict use, tuple unpacking,
try/except, comprehensions, and calls to earlier functions -- each with its own constants drawn
from a seeded generator, so the output is the same on every run and every Python version. main(n)
calls all of them in turn n times, feeding each the running checksum, and returns the checksum;
the module also defines TIME_N and INSTR_N like the programs of benchmarks/suite, so bench.py can
run it. The function bodies are written so that every call takes an int and returns a small
non-negative int.
"""
import sys

FUNCTIONS = 1000


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n

    def pick(self, seq):
        return seq[self.below(len(seq))]


WORDS = ["alpha", "beta", "gamma", "delta", "omega", "sigma", "kappa", "theta"]


def arithmetic(name, rng, callees):
    a, b, c, d = rng.below(97) + 2, rng.below(89) + 1, rng.below(13) + 2, rng.below(1 << 12)
    return [
        "def %s(x):" % name,
        "    a = x * %d + %d" % (a, b),
        "    b = a // %d - x %% %d" % (c, c + 5),
        "    c = (a ^ b ^ %d) & 0xFFFF" % d,
        "    return (c + %d) %% 65521" % rng.below(1000),
    ]


def for_loop(name, rng, callees):
    k, m = rng.below(7) + 3, rng.below(9) + 2
    return [
        "def %s(x):" % name,
        "    total = %d" % rng.below(50),
        "    for i in range(x %% %d + %d):" % (k, m),
        "        total += (i * %d) ^ x" % (rng.below(30) + 1),
        "    return total & 0xFFFF",
    ]


def while_loop(name, rng, callees):
    return [
        "def %s(x):" % name,
        "    n = (x & %d) + %d" % (rng.pick([63, 127, 255]), rng.below(10) + 2),
        "    steps = 0",
        "    while n > 1:",
        "        n = n // 2 if n %% 2 == 0 else n %s 1" % rng.pick("+-"),
        "        steps += 1",
        "    return steps + %d" % rng.below(100),
    ]


def conditional(name, rng, callees):
    p, q, r = rng.below(5) + 2, rng.below(900) + 50, rng.below(300)
    return [
        "def %s(x):" % name,
        "    if x %% %d == 0:" % p,
        "        return x // %d + %d" % (p, rng.below(100)),
        "    elif x > %d:" % q,
        "        return (x - %d) & 0xFFFF" % r,
        "    return x * %d + 1" % (rng.below(5) + 2),
    ]


def strings(name, rng, callees):
    w1, w2 = rng.pick(WORDS), rng.pick(WORDS)
    return [
        "def %s(x):" % name,
        "    s = \"%s-%%d-%s\" %% (x %% %d)" % (w1, w2, rng.below(1000) + 10),
        "    s = s.upper().replace(\"-\", \"_\") + \"%s\"[: x %% 4]" % w2,
        "    return len(s) * %d + ord(s[-1]) + s.count(\"%s\")" % (rng.below(40) + 1, w1[0].upper()),
    ]


def fstrings(name, rng, callees):
    width = rng.below(6) + 3
    return [
        "def %s(x):" % name,
        "    label = f\"{x:0%dd}|{x %% %d:>4}|{%r}\"" % (width, rng.below(50) + 3, rng.pick(WORDS)),
        "    parts = label.split(\"|\")",
        "    return sum(len(p) for p in parts) + int(parts[0][-2:]) + %d" % rng.below(100),
    ]


def lists(name, rng, callees):
    return [
        "def %s(x):" % name,
        "    items = [x, x + %d, x * %d, %d]" % (rng.below(30), rng.below(5) + 2, rng.below(1000)),
        "    items.append(x %% %d)" % (rng.below(20) + 3),
        "    items.sort()",
        "    return (items[2] + sum(items) %% %d) & 0xFFFF" % (rng.below(90) + 7),
    ]


def dicts(name, rng, callees):
    k1, k2 = rng.pick(WORDS), rng.pick(WORDS)
    return [
        "def %s(x):" % name,
        "    d = {%r: x, %r: x + %d}" % (k1, k2 + "2", rng.below(50)),
        "    d[\"extra\"] = d.get(%r, %d) + d[%r]" % (rng.pick(WORDS) + "3", rng.below(9), k1),
        "    return (d[\"extra\"] * %d + len(d)) & 0xFFFF" % (rng.below(7) + 1),
    ]


def unpacking(name, rng, callees):
    m = rng.below(11) + 3
    return [
        "def %s(x):" % name,
        "    a, b = divmod(x + %d, %d)" % (rng.below(100), m),
        "    vals = [v * a + b for v in range(b % 5 + 2)]",
        "    lo, hi = min(vals), max(vals)",
        "    return (lo + hi + b) & 0xFFFF",
    ]


def exceptions(name, rng, callees):
    m = rng.below(7) + 3
    return [
        "def %s(x):" % name,
        "    try:",
        "        return %d // (x %% %d) + %d" % (rng.below(5000) + 100, m, rng.below(20)),
        "    except ZeroDivisionError:",
        "        return %d" % rng.below(100),
    ]


def comprehension(name, rng, callees):
    return [
        "def %s(x):" % name,
        "    evens = [i * i for i in range(x %% %d + 3) if i %% 2 == 0]" % (rng.below(8) + 4),
        "    seen = {v %% %d for v in evens}" % (rng.below(7) + 3),
        "    return len(evens) * %d + len(seen) + (evens[-1] if evens else 0)" % (rng.below(20) + 1),
    ]


def calls(name, rng, callees):
    f, g = rng.pick(callees), rng.pick(callees)
    return [
        "def %s(x):" % name,
        "    y = %s(x + %d)" % (f, rng.below(10)),
        "    z = %s(y & 1023)" % g,
        "    return (y + z * %d) %% 65521" % (rng.below(5) + 1),
    ]


SHAPES = [arithmetic, for_loop, while_loop, conditional, strings, fstrings, lists, dicts, unpacking,
          exceptions, comprehension, calls]


def generate(count):
    rng = Lcg(20261206)
    lines = [
        '"""Generated by benchmarks/bigmodule.py: %d small functions and main(n), which calls each of them' % count,
        'in turn n times and returns a checksum. Do not edit."""',
        "",
        "TIME_N = 600",
        "INSTR_N = 30",
        "",
    ]
    names = []
    leaves = []  # functions that call nothing, the ones `calls` functions may call
    for i in range(count):
        name = "f%04d" % i
        shape = SHAPES[i % len(SHAPES)] if i % 5 else rng.pick(SHAPES)
        if shape is calls and not leaves:
            shape = arithmetic
        lines.append("")
        lines.extend(shape(name, rng, leaves))
        names.append(name)
        if shape is not calls:
            leaves.append(name)
    lines.extend(["", "", "def all_functions():", "    return ("])
    for k in range(0, len(names), 10):
        lines.append("        " + ", ".join(names[k:k + 10]) + ",")
    lines.append("    )")
    lines.extend([
        "", "",
        "def main(n):",
        "    functions = all_functions()",
        "    checksum = 0",
        "    for _ in range(n):",
        "        for i, f in enumerate(functions):",
        "            checksum = (checksum * 31 + f((checksum + i) & 1023)) % 1000000007",
        "    return str(checksum)",
    ])
    return "\n".join(lines) + "\n"


def main(argv):
    count = FUNCTIONS
    args = []
    it = iter(argv)
    for a in it:
        if a == "--functions":
            count = int(next(it))
        else:
            args.append(a)
    if len(args) != 1:
        sys.exit(__doc__)
    text = generate(count)
    with open(args[0], "w") as f:
        f.write(text)
    print("%s: %d functions, %d lines, %d bytes" % (args[0], count, text.count("\n"), len(text)))


if __name__ == "__main__":
    main(sys.argv[1:])
