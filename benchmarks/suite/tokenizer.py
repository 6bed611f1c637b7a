"""A hand-written tokenizer for a small C-like expression language (let statements,
function definitions, if/while, arithmetic and comparison operators, numbers with
fractions and exponents, string literals with escapes, comments), run over a generated
program, followed by a pass that re-emits the token stream with normalised spacing.

Stands for parsers, template engines and log scanners: a character-by-character loop
over a str with an index, str methods (isalpha, isdigit, isspace, startswith), slicing,
a Token class, dict lookups for keywords and operators, lists of tokens, line/column
bookkeeping, exceptions for malformed input. main(n) tokenizes a program of n
statements and returns token counts and a CRC of the re-emitted text.
"""

import zlib

TIME_N = 6000
INSTR_N = 300

KEYWORDS = {"let", "fn", "if", "else", "while", "return", "and", "or", "not", "true", "false"}
OPERATORS = ("==", "!=", "<=", ">=", "->", "+=", "-=", "+", "-", "*", "/", "%", "<", ">", "=",
             "(", ")", "{", "}", "[", "]", ",", ";", ".", ":")


class TokenizeError(Exception):
    def __init__(self, message, line, col):
        super().__init__("%s at %d:%d" % (message, line, col))
        self.line = line
        self.col = col


class Token:
    __slots__ = ("kind", "text", "line", "col")

    def __init__(self, kind, text, line, col):
        self.kind = kind
        self.text = text
        self.line = line
        self.col = col

    def __repr__(self):
        return "Token(%s, %r, %d:%d)" % (self.kind, self.text, self.line, self.col)


class Tokenizer:
    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.line = 1
        self.line_start = 0
        self.tokens = []

    def error(self, message):
        raise TokenizeError(message, self.line, self.pos - self.line_start + 1)

    def emit(self, kind, start):
        self.tokens.append(Token(kind, self.text[start:self.pos], self.line, start - self.line_start + 1))

    def run(self):
        text = self.text
        n = len(text)
        while self.pos < n:
            ch = text[self.pos]
            if ch == "\n":
                self.pos += 1
                self.line += 1
                self.line_start = self.pos
            elif ch.isspace():
                self.pos += 1
            elif ch == "#":
                end = text.find("\n", self.pos)
                self.pos = n if end < 0 else end
            elif ch.isalpha() or ch == "_":
                self.identifier()
            elif ch.isdigit():
                self.number()
            elif ch == '"':
                self.string()
            else:
                self.operator()
        self.tokens.append(Token("eof", "", self.line, self.pos - self.line_start + 1))
        return self.tokens

    def identifier(self):
        start = self.pos
        text = self.text
        while self.pos < len(text) and (text[self.pos].isalnum() or text[self.pos] == "_"):
            self.pos += 1
        word = text[start:self.pos]
        self.emit("keyword" if word in KEYWORDS else "name", start)

    def number(self):
        start = self.pos
        text = self.text
        kind = "int"
        while self.pos < len(text) and text[self.pos].isdigit():
            self.pos += 1
        if self.pos < len(text) and text[self.pos] == "." and text[self.pos + 1:self.pos + 2].isdigit():
            kind = "float"
            self.pos += 1
            while self.pos < len(text) and text[self.pos].isdigit():
                self.pos += 1
        if self.pos < len(text) and text[self.pos] in "eE":
            kind = "float"
            self.pos += 1
            if text[self.pos] in "+-":
                self.pos += 1
            if not text[self.pos].isdigit():
                self.error("malformed exponent")
            while self.pos < len(text) and text[self.pos].isdigit():
                self.pos += 1
        self.emit(kind, start)

    def string(self):
        start = self.pos
        text = self.text
        self.pos += 1
        while True:
            if self.pos >= len(text) or text[self.pos] == "\n":
                self.error("unterminated string")
            ch = text[self.pos]
            if ch == "\\":
                self.pos += 2
            elif ch == '"':
                self.pos += 1
                break
            else:
                self.pos += 1
        self.emit("string", start)

    def operator(self):
        for op in OPERATORS:
            if self.text.startswith(op, self.pos):
                start = self.pos
                self.pos += len(op)
                self.emit("op", start)
                return
        self.error("unexpected character %r" % self.text[self.pos])


class Generator:
    """Writes a pseudo-random but well-formed program of the language."""

    NAMES = ["alpha", "beta", "count", "total", "x", "y", "z_1", "item", "index", "value", "acc"]

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n

    def name(self):
        return self.NAMES[self.below(len(self.NAMES))]

    def atom(self, depth):
        k = self.below(8)
        if k == 0:
            return str(self.below(100000))
        if k == 1:
            return "%d.%de%d" % (self.below(100), self.below(1000), self.below(20) - 10)
        if k == 2:
            return '"s%d\\n%s"' % (self.below(1000), "quote\\\"d" if self.below(3) == 0 else "")
        if k == 3 and depth < 3:
            args = ", ".join(self.expr(depth + 1) for _ in range(self.below(3)))
            return "%s(%s)" % (self.name(), args)
        if k == 4 and depth < 3:
            return "(%s)" % self.expr(depth + 1)
        return self.name()

    def expr(self, depth):
        parts = [self.atom(depth)]
        for _ in range(self.below(4)):
            parts.append(("+", "-", "*", "/", "%", "==", "<=", "and", ">")[self.below(9)])
            parts.append(self.atom(depth))
        return " ".join(parts)

    def statement(self, indent):
        pad = "    " * indent
        k = self.below(10)
        if k < 5 or indent > 2:
            line = "%slet %s = %s;" % (pad, self.name(), self.expr(0))
            if self.below(4) == 0:
                line += "  # note %d" % self.below(100)
            return [line]
        if k < 7:
            head = "%s%s (%s) {" % (pad, ("if", "while")[self.below(2)], self.expr(1))
            body = self.statement(indent + 1) + self.statement(indent + 1)
            return [head] + body + [pad + "}"]
        if k < 9:
            return ["%s%s += %s;" % (pad, self.name(), self.expr(1))]
        return ["%sreturn %s;" % (pad, self.expr(0))]

    def program(self, statements):
        lines = ["# generated program"]
        for i in range(statements):
            if i % 10 == 0:
                lines.append("fn f%d(a, b) -> value {" % i)
            lines.extend("    " + s for s in self.statement(0))
            if i % 10 == 9:
                lines.append("}")
        lines.append("}")
        return "\n".join(lines) + "\n"


def reformat(tokens):
    out = []
    line = 1
    for tok in tokens:
        if tok.line != line:
            out.append("\n" * (tok.line - line))
            line = tok.line
        elif out and tok.kind == "op" and tok.text in ",;)]":
            pass
        elif out:
            out.append(" ")
        out.append(tok.text.lower() if tok.kind == "keyword" else tok.text)
    return "".join(out)


def main(n):
    source = Generator(99).program(n)
    tokens = Tokenizer(source).run()
    counts = {}
    widest = 0
    for tok in tokens:
        counts[tok.kind] = counts.get(tok.kind, 0) + 1
        widest = max(widest, tok.col + len(tok.text))
    bad = 0
    for broken in ('let x = "open', "let y = 3e+;", "let z = 1 @ 2;"):
        try:
            Tokenizer(broken).run()
        except TokenizeError as e:
            bad += e.col
    text = reformat(tokens)
    summary = " ".join("%s=%d" % kv for kv in sorted(counts.items()))
    return "%s widest=%d bad=%d crc=%08x" % (summary, widest, bad, zlib.crc32(text.encode()))
