"""tomllib (the standard library's TOML parser) parsing generated configuration documents: tables, arrays
of tables, inline tables, strings with escapes, ints, floats, booleans, dates, multi-line arrays and
comments. Stands for a parsing library: a hand-written recursive-descent parser over a str."""

import zlib

from stdlib_copy import tomllib
from lcg import Lcg

TIME_N = 200
INSTR_N = 8


WORDS = ["alpha", "beta", "gamma", "delta", "port", "host", "name", "path", "timeout", "retries", "level"]


def value(rng, depth):
    k = rng.below(9 if depth < 2 else 7)
    if k == 0:
        return str(rng.below(100000) - 5000)
    if k == 1:
        return "%d.%03d" % (rng.below(1000), rng.below(1000))
    if k == 2:
        return '"%s \\"%s\\" \\t %d"' % (WORDS[rng.below(len(WORDS))], WORDS[rng.below(len(WORDS))], rng.below(99))
    if k == 3:
        return "'%s/%s'" % (WORDS[rng.below(len(WORDS))], WORDS[rng.below(len(WORDS))])
    if k == 4:
        return "true" if rng.below(2) else "false"
    if k == 5:
        return "19%02d-%02d-%02dT%02d:%02d:00Z" % (rng.below(100), 1 + rng.below(12), 1 + rng.below(28),
                                                  rng.below(24), rng.below(60))
    if k == 6:
        return "0x%X" % rng.below(1 << 20)
    if k == 7:
        return "[%s]" % ", ".join(value(rng, depth + 1) for _ in range(1 + rng.below(4)))
    return "{ %s }" % ", ".join("%s%d = %s" % (WORDS[rng.below(len(WORDS))], i, value(rng, depth + 1))
                                 for i in range(1 + rng.below(3)))


def document(seed, tables):
    rng = Lcg(seed)
    lines = ["# generated configuration", 'title = "pyc2c"', ""]
    for t in range(tables):
        if rng.below(4) == 0:
            lines.append("[[servers]]")
        else:
            lines.append("[section%d.%s]  # table %d" % (t, WORDS[rng.below(len(WORDS))], t))
        for i in range(3 + rng.below(6)):
            lines.append("%s_%d = %s" % (WORDS[rng.below(len(WORDS))], i, value(rng, 0)))
        if rng.below(3) == 0:
            lines.append("list_%d = [\n  %s,\n]" % (t, ",\n  ".join(str(rng.below(1000)) for _ in range(5))))
        lines.append("")
    return "\n".join(lines)


def main(n):
    docs = [document(seed, 40) for seed in range(8)]
    crc = 0
    keys = 0
    for i in range(n):
        data = tomllib.loads(docs[i % len(docs)])
        keys += len(data) + len(data.get("servers", ()))
        crc = zlib.crc32(repr(data).encode(), crc)
    return "keys=%d crc=%08x" % (keys, crc)
