"""string.Template substitution and string.Formatter (the pure-Python str.format) over generated
templates and mappings: $name, ${name}, $$, safe_substitute with missing keys, format fields with
indexes, attributes, conversions and nested specs. Stands for template engines: regular-expression
callbacks, mapping lookups and string building."""

import zlib

from stdlib_copy import string
from lcg import Lcg

TIME_N = 500
INSTR_N = 20


class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price


NAMES = ["user", "city", "total", "count", "item", "date"]


def main(n):
    rng = Lcg(43)
    templates = []
    formats = []
    for _ in range(60):
        templates.append(" ".join(("$%s" if rng.below(2) else "${%s}x") % NAMES[rng.below(len(NAMES))]
                                  + (" $$" if rng.below(5) == 0 else "") for _ in range(2 + rng.below(6))))
        formats.append(" ".join(("{%s}", "{%s!r:>12}", "{0.name}-{0.price:{1}}", "{%s:^10}")[rng.below(4)]
                                .replace("%s", NAMES[rng.below(len(NAMES))]) for _ in range(1 + rng.below(4))))
    fmt = string.Formatter()
    crc = 0
    for i in range(n):
        values = {k: "%s%d" % (k, (i * 7 + j) % 13) for j, k in enumerate(NAMES)}
        partial = {k: v for k, v in values.items() if k != "date"}
        item = Item("gizmo", 9.5 + i)
        for t, f in zip(templates, formats):
            crc = zlib.crc32(string.Template(t).substitute(values).encode(), crc)
            crc = zlib.crc32(string.Template(t).safe_substitute(partial).encode(), crc)
            crc = zlib.crc32(fmt.format(f, item, "8.2f", **values).encode(), crc)
    return "crc=%08x" % crc
