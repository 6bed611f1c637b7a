"""The standard library's pure-Python JSON decoder (json.decoder's py_scanstring and json.scanner's
py_make_scanner, what json uses where its C accelerator is missing) on generated documents: nested
objects and arrays, strings with escapes and unicode, ints, floats, literals. Stands for a parser of
closures and recursion over a str, with regular expressions for the tokens."""

import zlib

from stdlib_copy.json import decoder, scanner
from lcg import Lcg

TIME_N = 1000
INSTR_N = 40


KEYS = ["id", "name", "tags", "price", "active", "owner", "children", "note", "ratio", "created"]


def value(rng, depth):
    k = rng.below(10 if depth < 4 else 7)
    if k == 0:
        return str(rng.below(1000000) - 1000)
    if k == 1:
        return "%d.%d" % (rng.below(10000), rng.below(100))
    if k == 2:
        return '"item \\"%d\\" caf\\u00e9 \\n %s"' % (rng.below(1000), KEYS[rng.below(len(KEYS))])
    if k == 3:
        return '"%s-%d"' % (KEYS[rng.below(len(KEYS))], rng.below(100))
    if k == 4:
        return ("true", "false", "null")[rng.below(3)]
    if k == 5:
        return "1.5e%d" % rng.below(20)
    if k == 6:
        return '"plain text value %d"' % rng.below(50)
    if k <= 8:
        return "[%s]" % ", ".join(value(rng, depth + 1) for _ in range(rng.below(5)))
    return "{%s}" % ", ".join('"%s": %s' % (KEYS[rng.below(len(KEYS))], value(rng, depth + 1))
                               for _ in range(1 + rng.below(5)))


def make_decoder():
    # the pure-Python paths: scanstring is read as a global by JSONObject, and the scanner is built
    # from the decoder's attributes
    decoder.scanstring = decoder.py_scanstring
    dec = decoder.JSONDecoder()
    dec.parse_string = decoder.py_scanstring
    dec.scan_once = scanner.py_make_scanner(dec)
    return dec


def main(n):
    rng = Lcg(17)
    docs = ["[%s]" % ", ".join(value(rng, 0) for _ in range(60)) for _ in range(6)]
    dec = make_decoder()
    crc = 0
    items = 0
    for i in range(n):
        data = dec.decode(docs[i % len(docs)])
        items += len(data)
        crc = zlib.crc32(repr(data).encode(), crc)
    return "items=%d crc=%08x" % (items, crc)
