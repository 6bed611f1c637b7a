"""difflib's SequenceMatcher on generated texts: opcodes between versions of a file (lists of lines),
similarity ratios of words and sentences (sequences of characters), and get_close_matches. Stands for a
library of dynamic programming over sequences: dicts of positions, nested loops, many small methods."""

from stdlib_copy import difflib
from lcg import Lcg

TIME_N = 48
INSTR_N = 2


WORDS = ("the quick brown fox jumps over lazy dog while seven wizards quietly hex "
         "a jovial sphinx of black quartz judging my vow").split()


def text(rng, lines):
    return [" ".join(WORDS[rng.below(len(WORDS))] for _ in range(3 + rng.below(8))) for _ in range(lines)]


def edit(rng, lines):
    out = []
    for line in lines:
        k = rng.below(10)
        if k == 0:
            continue
        if k == 1:
            out.append(line.upper())
        elif k == 2:
            out.append(line)
            out.append(WORDS[rng.below(len(WORDS))])
        else:
            out.append(line)
    return out


def main(n):
    rng = Lcg(11)
    total = 0
    words = sorted(set(WORDS)) + ["%s%s" % (a[:3], b[-3:]) for a in WORDS[:12] for b in WORDS[:12]]
    for _ in range(n):
        a = text(rng, 150)
        b = edit(rng, a)
        sm = difflib.SequenceMatcher(None, a, b)
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            total += len(tag) * (i2 - i1 + j2 - j1 + 1)
        total += int(sm.ratio() * 1000)
        for line_a, line_b in zip(a[:40], b[:40]):
            total += int(difflib.SequenceMatcher(None, line_a, line_b).ratio() * 100)
        for w in WORDS[:10]:
            total += len(difflib.get_close_matches(w[::-1] + "x", words, n=3, cutoff=0.3))
    return "total=%d" % total
