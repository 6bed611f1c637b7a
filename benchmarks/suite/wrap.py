"""Text layout: fills paragraphs of generated prose into lines of several widths,
greedily and with full justification (spaces distributed between words), breaks words
longer than a line with hyphens, indents the first line, and renders a boxed, centred
title, as a documentation or e-mail formatter would.

Stands for string-building code: lists of words, running line lengths, building lines
with str.join and ' ' * k, divmod to spread spaces, ljust/center, slicing long words,
a Formatter class with options as attributes, and assembling the output as a list of
lines. main(n) lays out a text of n paragraphs and returns line counts and CRCs.
"""

import zlib

TIME_N = 3500
INSTR_N = 200


class Lcg:
    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


WORDS = ("the quick brown fox jumps over a lazy dog while seven wizards quietly hex "
         "jovial frogs near the riverbank and compile extraordinarily long documents "
         "about interpreters bytecode caches frames closures generators").split()


def make_paragraphs(n):
    rng = Lcg(13)
    paragraphs = []
    for _ in range(n):
        words = []
        for _ in range(20 + rng.below(60)):
            w = WORDS[rng.below(len(WORDS))]
            if rng.below(40) == 0:
                w = w * 4  # an occasional very long word
            if rng.below(9) == 0:
                w += ","
            words.append(w)
        words[-1] += "."
        words[0] = words[0].capitalize()
        paragraphs.append(" ".join(words))
    return paragraphs


class Formatter:
    def __init__(self, width, indent=0, justify=False):
        self.width = width
        self.indent = indent
        self.justify = justify

    def pieces(self, word):
        """Splits a word longer than the line into hyphenated pieces."""
        if len(word) <= self.width:
            return [word]
        limit = self.width - 1
        result = []
        while len(word) > self.width:
            result.append(word[:limit] + "-")
            word = word[limit:]
        result.append(word)
        return result

    def lines_of(self, paragraph):
        lines = []
        current = []
        length = self.indent
        for raw in paragraph.split():
            for word in self.pieces(raw):
                extra = len(word) + (1 if current else 0)
                if current and length + extra > self.width:
                    lines.append(current)
                    current = []
                    length = 0
                    extra = len(word)
                current.append(word)
                length += extra
        if current:
            lines.append(current)
        return lines

    def render_line(self, words, first, last):
        prefix = " " * self.indent if first else ""
        if not self.justify or last or len(words) == 1:
            return prefix + " ".join(words)
        room = self.width - len(prefix) - sum(len(w) for w in words)
        gaps = len(words) - 1
        each, rest = divmod(room, gaps)
        parts = []
        for i, w in enumerate(words[:-1]):
            parts.append(w)
            parts.append(" " * (each + (1 if i < rest else 0)))
        parts.append(words[-1])
        return prefix + "".join(parts)

    def format(self, paragraph):
        lines = self.lines_of(paragraph)
        return [self.render_line(words, i == 0, i == len(lines) - 1) for i, words in enumerate(lines)]


def boxed_title(title, width):
    inner = width - 4
    top = "+" + "-" * (width - 2) + "+"
    return [top, "| " + title.upper().center(inner) + " |", top]


def main(n):
    paragraphs = make_paragraphs(n)
    results = []
    for width, indent, justify in ((40, 0, False), (60, 4, True), (72, 2, True), (25, 0, True)):
        fmt = Formatter(width, indent=indent, justify=justify)
        out = boxed_title("report %d" % width, width)
        for p in paragraphs:
            out.extend(fmt.format(p))
            out.append("")
        text = "\n".join(out)
        longest = max(len(line) for line in out)
        results.append("%d/%d/%d/%08x" % (width, len(out), longest, zlib.crc32(text.encode())))
    return " ".join(results)
