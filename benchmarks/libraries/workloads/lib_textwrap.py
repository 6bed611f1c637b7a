"""textwrap: wrap, fill, shorten and dedent generated paragraphs at several widths, with and without
hyphen breaking and initial indents. Stands for text-layout code: regular-expression splitting into
chunks, then a loop that fits chunks into lines with list and len bookkeeping."""

import zlib

from stdlib_copy import textwrap
from lcg import Lcg

TIME_N = 130
INSTR_N = 6


WORDS = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut "
         "labore et dolore magna aliqua well-known state-of-the-art co-operation x").split()


def main(n):
    rng = Lcg(13)
    paragraphs = [" ".join(WORDS[rng.below(len(WORDS))] for _ in range(40 + rng.below(80))) for _ in range(20)]
    crc = 0
    for i in range(n):
        for j, p in enumerate(paragraphs):
            width = 30 + (i + j) % 40
            w = textwrap.TextWrapper(width=width, break_on_hyphens=(j % 2 == 0), initial_indent="  ",
                                     subsequent_indent="    " if j % 3 == 0 else "")
            lines = w.wrap(p)
            crc = zlib.crc32("\n".join(lines).encode(), crc)
            crc = zlib.crc32(textwrap.shorten(p, width=width * 2).encode(), crc)
        block = textwrap.fill(paragraphs[i % 20], width=50)
        crc = zlib.crc32(textwrap.dedent(textwrap.indent(block, "    ")).encode(), crc)
    return "crc=%08x" % crc
