"""shlex.split and shlex.quote/join on generated shell command lines: words, single and double quotes,
backslash escapes, comments, punctuation. Stands for a character-at-a-time tokenizer: a state machine
over str.read(1), membership tests in strings, and string accumulation."""

import io
import zlib

from stdlib_copy import shlex
from lcg import Lcg

TIME_N = 400
INSTR_N = 16


WORDS = ["ls", "-la", "grep", "--color=auto", "/usr/local/bin", "file name.txt", "it's", 'say "hi"', "a\\b", "$HOME"]


def line(rng):
    parts = []
    for _ in range(3 + rng.below(8)):
        w = WORDS[rng.below(len(WORDS))]
        k = rng.below(4)
        if k == 0:
            parts.append(shlex.quote(w))
        elif k == 1 and "'" not in w:
            parts.append("'%s'" % w)
        elif k == 2 and '"' not in w and "\\" not in w and "$" not in w:
            parts.append('"%s"' % w)
        else:
            parts.append(w.replace(" ", "\\ ").replace("'", "\\'").replace('"', '\\"'))
    return " ".join(parts)


def main(n):
    rng = Lcg(31)
    lines = [line(rng) for _ in range(40)]
    crc = 0
    words = 0
    for i in range(n):
        for text in lines:
            toks = shlex.split(text)
            words += len(toks)
            crc = zlib.crc32(shlex.join(toks).encode(), crc)
        lex = shlex.shlex(io.StringIO("a = b; c(d, e) # comment\nf.g && h || i > j"), punctuation_chars=True)
        crc = zlib.crc32(" ".join(lex).encode(), crc)
    return "words=%d crc=%08x" % (words, crc)
