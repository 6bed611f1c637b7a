"""The standard library's regular-expression compiler (re._parser and re._compiler, pure Python) on
generated patterns: character classes, groups, named groups, alternation, repeats, lookarounds,
backreferences and flags, parsed and compiled to the engine's code, as re.compile does on a cache miss.
Stands for a compiler written in Python: a tokenizer, a recursive parser building trees, and a code
generator with optimisations."""

import zlib

from stdlib_copy.re import _compiler, _parser
from lcg import Lcg

TIME_N = 12
INSTR_N = 1


ATOMS = [r"\d", r"\w", r"\s", "[a-z]", "[^,;]", "[A-Fa-f0-9]", ".", "abc", "x", r"\.", "(?:ab|cd)", "[_a-zA-Z]"]
QUANTS = ["", "", "*", "+", "?", "{2}", "{1,3}", "*?", "+?"]


def pattern(rng, depth, groups):
    parts = []
    for _ in range(1 + rng.below(4)):
        k = rng.below(10)
        if k < 5 or depth > 2:
            parts.append(ATOMS[rng.below(len(ATOMS))] + QUANTS[rng.below(len(QUANTS))])
        elif k == 5:
            inner = pattern(rng, depth + 1, groups)
            groups.append(len(groups) + 1)
            parts.append("(?P<g%d>%s)" % (len(groups), inner))
        elif k == 6:
            parts.append("(?:%s|%s)%s" % (pattern(rng, depth + 1, groups), pattern(rng, depth + 1, groups),
                                          QUANTS[rng.below(len(QUANTS))]))
        elif k == 7:
            parts.append("(?=%s)" % pattern(rng, depth + 1, groups))
        elif k == 8 and groups:
            parts.append("(?P=g%d)" % groups[rng.below(len(groups))])
        else:
            parts.append("(%s)" % pattern(rng, depth + 1, groups))
    return "".join(parts)


def main(n):
    rng = Lcg(3)
    patterns = []
    for i in range(60):
        p = pattern(rng, 0, [])
        patterns.append(("^" if i % 3 == 0 else "") + p + ("$" if i % 4 == 0 else ""))
    crc = 0
    count = 0
    for i in range(n):
        for j, p in enumerate(patterns):
            flags = (2 if (i + j) % 5 == 0 else 0) | (8 if (i + j) % 7 == 0 else 0)
            tree = _parser.parse(p, flags)
            code = _compiler._code(tree, flags)
            compiled = _compiler.compile(p, flags)
            count += compiled.groups
            crc = zlib.crc32(repr(code).encode(), crc)
    return "groups=%d crc=%08x" % (count, crc)
