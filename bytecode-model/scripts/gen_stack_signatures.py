#!/usr/bin/env python3
"""Generate pyc2c's stack-signature table for the CPython that runs this script.

Usage:
  python3.X gen_stack_signatures.py [--label TEXT] BYTECODES_C [OUTPUT_FILE]           (3.12 and later)
  python3.11 gen_stack_signatures.py [--label TEXT] --from-3.12 BYTECODES_C_3_12 \\
        --overrides stack-3.11-overrides.txt [OUTPUT_FILE]

For every base opcode of the running interpreter (the opcodes of gen_opcode_table.py's table:
no specialized, instrumented or pseudo opcodes), the table gives the named stack inputs and
outputs that CPython's Python/bytecodes.c declares for it, e.g.

  inst(BINARY_SUBSCR, (unused/1, container, sub -- res))   ->   sig BINARY_SUBSCR container sub -- res

BYTECODES_C is that file from the release of the running interpreter's version (for example
``git -C cpython show v3.13.0:Python/bytecodes.c > bytecodes.c``, or Python/bytecodes.c of the
release tarball); --label says where it came from and goes into the table's header.

How a declaration becomes a signature:
  * Cache entries (``unused/1``, ``counter/1``, ``type_version/2``) are not stack items: dropped.
    So are type annotations (``new_frame: _PyInterpreterFrame*``).
  * An item is ``name``, ``name[size]`` (an array of ``size`` values) and either may be
    conditional, ``name if (cond)``: present only when cond is not zero.  Sizes and conditions
    are C expressions in oparg; they are normalised (no spaces, decimal literals, minimal
    parentheses) and named constants are replaced by their values (CONSTANTS below), so that the
    table's expressions use only integers, ``oparg``, parentheses and C's operators.
  * ``macro(NAME) = op1 + unused/1 + op2 ...`` (3.13 and later compose most instructions of
    ``op``s this way): the ops' signatures are composed by simulating the stack.  Each op pops its
    inputs from the top of what the earlier ops left (by position: its last input is the top
    item); what it needs from below that is an input of the macro, named as that op names it.
    An op's output that has the name of one of its inputs is that input's value (CPython's own
    convention), so a value that flows through keeps its identity and the name it was first given
    (``unused`` is no name: a value first called so takes the first real name an op gives it);
    other outputs are new values with the op's names.  The macro's outputs are what is left.  A
    pop whose size or condition does not line up with the item it would take is an error: such a
    macro would need a special case here.
  * inst, op and macro definitions may carry annotations (pure, tier1, tier2, specializing, guard,
    override, replaced, split, no_save_ip, replicate(N)); family, pseudo, super and label
    definitions are skipped, as is everything outside BEGIN BYTECODES / END BYTECODES.

The table is VERIFIED before it is written: for every opcode and every oparg in VERIFY_OPARGS
(0 only for opcodes without an oparg) the signature's net effect, outputs minus inputs with sizes
and conditions evaluated (a size below zero, which only opargs the compiler never emits give,
counts as zero), must equal dis.stack_effect(op, oparg, jump=False).  Where the effect when
jumping differs, a ``jump`` line records dis's formula for it (the signature describes the path
that does not jump).  Deviations from dis are only allowed where OVERRIDES (3.11) lists them with
the reason; the table records them in ``override`` lines.  A mismatch aborts the script.

3.11 has no bytecodes.c: its table is 3.12's signature for every 3.11 opcode that 3.12 also has
with the same stack effect for every verified oparg, and the hand-written line of
stack-3.11-overrides.txt (read from 3.11's Python/ceval.c) for every other opcode; the
overrides file wins where it has a line.  Both kinds are verified as above.

The output is read by dev.pyc2c.bytecode.opcode.StackSignatures; the format is line-oriented
text, a keyword then space-separated fields (see the header this script writes).
"""

import argparse
import dis
import os
import re
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_opcode_table  # noqa: E402  (same directory: the opcode set and has_arg)

VERIFY_OPARGS = tuple(range(0, 301)) + (511, 512, 1000, 4095, 65535, 65536, 0x1FFFF, 1 << 20, (1 << 24) - 1)
# BUILD_SLICE only ever has 2 or 3 (dis gives -1 for every other oparg, which is meaningless).
VERIFY_DOMAINS = {'BUILD_SLICE': (2, 3)}

# Named constants that bytecodes.c uses in sizes and conditions.
CONSTANTS = {
    'FVS_MASK': 0x4,                    # Include/ceval.h (3.11, 3.12)
    'FVS_HAVE_SPEC': 0x4,
    'MAKE_FUNCTION_DEFAULTS': 0x01,     # Include/internal/pycore_opcode_utils.h
    'MAKE_FUNCTION_KWDEFAULTS': 0x02,
    'MAKE_FUNCTION_ANNOTATIONS': 0x04,
    'MAKE_FUNCTION_CLOSURE': 0x08,
    'MAKE_FUNCTION_ANNOTATE': 0x10,
}

ANNOTATIONS = {'pure', 'tier1', 'tier2', 'specializing', 'guard', 'override', 'replaced', 'split',
               'no_save_ip', 'register', 'inline', 'replicate', 'spilled'}

# Where the signature deliberately differs from dis.stack_effect: version -> name -> (reason).
# The table records dis's effect in an 'override' line; verification checks the listed group's
# total instead (the call's effect is split differently, but the pair adds up the same).
OVERRIDES = {
    (3, 11): {
        'PRECALL': 'dis/compile.c count PRECALL as popping the oparg arguments and CALL as popping '
                   'the rest; at run time PRECALL leaves the stack as it is and CALL pops callable, '
                   'method and arguments; the PRECALL+CALL pair (always adjacent) adds up the same',
        'CALL': 'see PRECALL',
    },
}
OVERRIDE_GROUPS = {(3, 11): [('PRECALL', 'CALL')]}

# Free-text notes for the consumer, where the path that jumps does something dis does not show.
NOTES = {
    (3, 12): {
        'FOR_ITER': 'when exhausted it pops the iterator and jumps past the END_FOR at its target; '
                    'dis counts the jump as reaching END_FOR with iter and next on the stack',
    },
    (3, 13): {
        'FOR_ITER': 'when exhausted it pops the iterator and jumps past the END_FOR and POP_TOP at its '
                    'target; dis counts the jump as reaching END_FOR with iter and next on the stack',
    },
    (3, 14): {
        'FOR_ITER': 'when exhausted it jumps past the END_FOR at its target, to the POP_ITER that pops '
                    'the iterator; dis counts the jump as reaching END_FOR with iter and next on the stack',
    },
}

# Declarations whose names break the convention that an output named like an input is that same
# value: version -> name -> (the signature written instead, in the table's syntax; why). The
# declaration must still have the same shape (the same sizes and conditions in the same order).
FIXES = {
    (3, 14): {
        'SWAP': ('SWAP bottom unused[oparg-2] top -- top unused[oparg-2] bottom',
                 'bytecodes.c declares (bottom, unused[oparg-2], top -- bottom, unused[oparg-2], top) and '
                 'swaps the two values in the body; named here as in 3.12 and 3.13, so that the names '
                 'say where each value goes'),
    },
}


class SourceError(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# C tokens

TOKEN = re.compile(r'''
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<pre>\#[^\n]*(?:\\\n[^\n]*)*)
  | (?P<str>"(?:\\.|[^"\\\n])*")
  | (?P<chr>'(?:\\.|[^'\\\n])*')
  | (?P<num>0[xX][0-9a-fA-F]+[uUlL]*|\d+[uUlL]*)
  | (?P<id>[A-Za-z_]\w*)
  | (?P<op>->|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%&|^!~<>=?:;,.()\[\]{}\\])
''', re.VERBOSE | re.DOTALL | re.MULTILINE)


class Tok:
    __slots__ = ('kind', 'text', 'line')

    def __init__(self, kind, text, line):
        self.kind, self.text, self.line = kind, text, line

    def __repr__(self):
        return '%s:%r@%d' % (self.kind, self.text, self.line)


def tokenize(text, first_line):
    out, pos, line = [], 0, first_line
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise SourceError('line %d: cannot read %r' % (line, text[pos:pos + 20]))
        kind = m.lastgroup
        if kind not in ('ws', 'comment', 'pre'):
            out.append(Tok(kind, m.group(), line))
        line += m.group().count('\n')
        pos = m.end()
    return out


# ---------------------------------------------------------------------------------------------
# Expressions in oparg: parsed, constants substituted, printed in a canonical form

BINARY = [  # precedence, operators (C's, higher binds tighter)
    (4, ('||',)), (5, ('&&',)), (6, ('|',)), (7, ('^',)), (8, ('&',)), (9, ('==', '!=')),
    (10, ('<', '<=', '>', '>=')), (11, ('<<', '>>')), (12, ('+', '-')), (13, ('*', '/', '%')),
]
PREC = {op: p for p, ops in BINARY for op in ops}


class Expr:
    """('num', n) | ('oparg',) | ('un', op, e) | ('bin', op, l, r) | ('cond', c, a, b)"""

    def __init__(self, tokens, where):
        self.toks, self.i, self.where = tokens, 0, where

    def fail(self, msg):
        raise SourceError('%s: %s in expression %r' % (self.where, msg, ' '.join(t.text for t in self.toks)))

    def peek(self):
        return self.toks[self.i].text if self.i < len(self.toks) else None

    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def parse(self):
        if not self.toks:
            self.fail('empty')
        e = self.ternary()
        if self.i != len(self.toks):
            self.fail('unexpected %r' % self.peek())
        return e

    def ternary(self):
        c = self.binary(4)
        if self.peek() == '?':
            self.take()
            a = self.ternary()
            if self.peek() != ':':
                self.fail('missing :')
            self.take()
            return ('cond', c, a, self.ternary())
        return c

    def binary(self, prec):
        if prec > 13:
            return self.unary()
        left = self.binary(prec + 1)
        while self.peek() in PREC and PREC[self.peek()] == prec:
            op = self.take().text
            left = ('bin', op, left, self.binary(prec + 1))
        return left

    def unary(self):
        t = self.peek()
        if t in ('-', '!', '~', '+'):
            self.take()
            e = self.unary()
            return e if t == '+' else ('un', t, e)
        if t == '(':
            self.take()
            e = self.ternary()
            if self.peek() != ')':
                self.fail('missing )')
            self.take()
            return e
        if t is None:
            self.fail('unexpected end')
        tok = self.take()
        if tok.kind == 'num':
            return ('num', int(tok.text.rstrip('uUlL'), 0))
        if tok.kind == 'id':
            if tok.text == 'oparg':
                return ('oparg',)
            if tok.text in CONSTANTS:
                return ('num', CONSTANTS[tok.text])
            self.fail('unknown name %r (add it to CONSTANTS)' % tok.text)
        self.fail('unexpected %r' % tok.text)


def c_div(a, b):
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def evaluate(e, oparg):
    k = e[0]
    if k == 'num':
        return e[1]
    if k == 'oparg':
        return oparg
    if k == 'un':
        v = evaluate(e[2], oparg)
        return {'-': -v, '!': int(not v), '~': ~v}[e[1]]
    if k == 'cond':
        return evaluate(e[2], oparg) if evaluate(e[1], oparg) else evaluate(e[3], oparg)
    a, b = evaluate(e[2], oparg), evaluate(e[3], oparg)
    op = e[1]
    if op == '/':
        return c_div(a, b)
    if op == '%':
        return a - c_div(a, b) * b
    return {
        '||': lambda: int(bool(a) or bool(b)), '&&': lambda: int(bool(a) and bool(b)),
        '|': lambda: a | b, '^': lambda: a ^ b, '&': lambda: a & b,
        '==': lambda: int(a == b), '!=': lambda: int(a != b), '<': lambda: int(a < b),
        '<=': lambda: int(a <= b), '>': lambda: int(a > b), '>=': lambda: int(a >= b),
        '<<': lambda: a << b, '>>': lambda: a >> b, '+': lambda: a + b, '-': lambda: a - b,
        '*': lambda: a * b,
    }[op]()


def render(e, parent=0, right=False):
    """Canonical text: no spaces, decimal, parentheses only where C's precedence needs them."""
    k = e[0]
    if k == 'num':
        return str(e[1]) if e[1] >= 0 else '(%d)' % e[1]
    if k == 'oparg':
        return 'oparg'
    if k == 'un':
        return e[1] + render(e[2], 14)
    if k == 'cond':
        text = '%s?%s:%s' % (render(e[1], 4), render(e[2], 0), render(e[3], 3))
        return '(' + text + ')' if parent > 3 else text
    p = PREC[e[1]]
    text = render(e[2], p) + e[1] + render(e[3], p, True)
    return '(' + text + ')' if p < parent or (p == parent and right) else text


def normalise(tokens, where):
    e = Expr(tokens, where).parse()
    text = render(e)
    if Expr(tokenize(text, 0), where).parse() != e:
        raise SourceError('%s: expression %r does not print back' % (where, text))
    return text


def parse_expr_text(text, where):
    return Expr(tokenize(text, 0), where).parse()


# ---------------------------------------------------------------------------------------------
# Stack items and signatures

class Item:
    __slots__ = ('name', 'size', 'cond')

    def __init__(self, name, size=None, cond=None):
        self.name, self.size, self.cond = name, size, cond

    def shape(self):
        return (self.size, self.cond)

    def __str__(self):
        return self.name + ('[%s]' % self.size if self.size is not None else '') \
            + ('?(%s)' % self.cond if self.cond is not None else '')

    def count(self, oparg):
        if self.cond is not None and evaluate(parse_expr_text(self.cond, self.name), oparg) == 0:
            return 0
        if self.size is None:
            return 1
        return max(0, evaluate(parse_expr_text(self.size, self.name), oparg))


class Sig:
    def __init__(self, name, inputs, outputs, line):
        self.name, self.inputs, self.outputs, self.line = name, inputs, outputs, line

    def text(self):
        return ' '.join([self.name] + [str(i) for i in self.inputs] + ['--'] + [str(o) for o in self.outputs])

    def net(self, oparg):
        return sum(o.count(oparg) for o in self.outputs) - sum(i.count(oparg) for i in self.inputs)


ITEM_TEXT = re.compile(r'^([A-Za-z_]\w*)(?:\[([^\]\s]+)\])?(?:\?\((.+)\))?$')


def parse_sig_line(fields, where):
    """A 'sig' line of a table or of the overrides file: NAME ITEMS -- ITEMS."""
    if len(fields) < 2 or '--' not in fields:
        raise SourceError('%s: expected "sig NAME INPUTS -- OUTPUTS"' % where)
    name, rest = fields[0], fields[1:]
    k = rest.index('--')
    items = []
    for part in (rest[:k], rest[k + 1:]):
        out = []
        for f in part:
            m = ITEM_TEXT.match(f)
            if not m:
                raise SourceError('%s: bad stack item %r' % (where, f))
            size = normalise(tokenize(m.group(2), 0), where) if m.group(2) else None
            cond = normalise(tokenize(m.group(3), 0), where) if m.group(3) else None
            out.append(Item(m.group(1), size, cond))
        items.append(out)
    return Sig(name, items[0], items[1], where)


# ---------------------------------------------------------------------------------------------
# bytecodes.c

def split_commas(tokens):
    parts, depth, cur = [], 0, []
    for t in tokens:
        if t.text in ('(', '['):
            depth += 1
        elif t.text in (')', ']'):
            depth -= 1
        if t.text == ',' and depth == 0:
            parts.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        parts.append(cur)
    return parts


def parse_item(toks, where, is_input):
    """One stack item: None for a cache entry."""
    if not toks or toks[0].kind != 'id':
        raise SourceError('%s: bad stack item %r' % (where, ' '.join(t.text for t in toks)))
    name = toks[0].text
    rest = toks[1:]
    if rest and rest[0].text == '/':
        if not is_input or len(rest) != 2 or rest[1].kind != 'num':
            raise SourceError('%s: bad cache entry %s' % (where, ' '.join(t.text for t in toks)))
        return None
    if rest and rest[0].text == ':':  # a type annotation: everything up to [ or 'if'
        j = 1
        while j < len(rest) and rest[j].text not in ('[',) and rest[j].text != 'if':
            j += 1
        rest = rest[j:]
    size = cond = None
    if rest and rest[0].text == '[':
        depth, j = 0, 0
        for j, t in enumerate(rest):
            depth += t.text == '['
            depth -= t.text == ']'
            if depth == 0:
                break
        size = normalise(rest[1:j], where + ', size of ' + name)
        rest = rest[j + 1:]
    if rest and rest[0].text == 'if':
        if len(rest) < 3 or rest[1].text != '(' or rest[-1].text != ')':
            raise SourceError('%s: bad condition of %s' % (where, name))
        cond = normalise(rest[2:-1], where + ', condition of ' + name)
        rest = []
    if rest:
        raise SourceError('%s: cannot read stack item %s' % (where, ' '.join(t.text for t in toks)))
    return Item(name, size, cond)


def parse_stack_effect(toks, where):
    """toks: the tokens inside the parentheses of (inputs -- outputs)."""
    k = [i for i, t in enumerate(toks) if t.text == '--']
    if len(k) != 1:
        raise SourceError('%s: expected one "--" in the stack effect' % where)
    ins = [parse_item(p, where, True) for p in split_commas(toks[:k[0]])]
    outs = [parse_item(p, where, False) for p in split_commas(toks[k[0] + 1:])]
    return [i for i in ins if i is not None], outs


def matching(toks, i):
    """Index of the bracket closing toks[i]."""
    pairs = {'(': ')', '[': ']', '{': '}'}
    open_, close, depth = toks[i].text, pairs[toks[i].text], 0
    for j in range(i, len(toks)):
        if toks[j].text == open_:
            depth += 1
        elif toks[j].text == close:
            depth -= 1
            if depth == 0:
                return j
    raise SourceError('line %d: unbalanced %s' % (toks[i].line, open_))


def parse_bytecodes(path):
    """{'inst': {name: Sig}, 'op': {name: Sig}, 'macro': {name: (parts, line)}}"""
    with open(path, encoding='utf-8') as f:
        text = f.read()
    b = re.search(r'^// BEGIN BYTECODES //', text, re.M)
    e = re.search(r'^// END BYTECODES //', text, re.M)
    if not b or not e:
        raise SourceError('%s: no BEGIN BYTECODES / END BYTECODES markers' % path)
    begin, end = b.end(), e.start()
    toks = tokenize(text[begin:end], text.count('\n', 0, begin) + 1)
    defs = {'inst': {}, 'op': {}, 'macro': {}}
    i = 0
    while i < len(toks):
        t = toks[i]
        where = '%s:%d' % (os.path.basename(path), t.line)
        if t.kind == 'id' and t.text in ANNOTATIONS:
            i += 1
            if t.text == 'replicate':
                i = matching(toks, i) + 1
            continue
        if t.kind != 'id' or i + 1 >= len(toks) or toks[i + 1].text != '(':
            raise SourceError('%s: unexpected %r at the top level' % (where, t.text))
        close = matching(toks, i + 1)
        args = toks[i + 2:close]
        if t.text in ('inst', 'op'):
            parts = split_commas(args)
            if len(parts) != 2 or parts[1][0].text != '(' or parts[1][-1].text != ')':
                raise SourceError('%s: expected %s(NAME, (inputs -- outputs))' % (where, t.text))
            name = parts[0][0].text
            ins, outs = parse_stack_effect(parts[1][1:-1], where + ' ' + name)
            if toks[close + 1].text != '{':
                raise SourceError('%s: %s %s has no body' % (where, t.text, name))
            defs[t.text][name] = Sig(name, ins, outs, where)
            i = matching(toks, close + 1) + 1
        elif t.text in ('macro', 'super'):
            name = args[0].text
            if toks[close + 1].text != '=':
                raise SourceError('%s: expected = after %s(%s)' % (where, t.text, name))
            j = close + 2
            while toks[j].text != ';':
                j += 1
            if t.text == 'macro':
                parts, cur = [], []
                for tok in toks[close + 2:j] + [Tok('op', '+', 0)]:
                    if tok.text == '+':
                        parts.append(cur)
                        cur = []
                    else:
                        cur.append(tok)
                ops = []
                for p in parts:
                    texts = [x.text for x in p]
                    if len(p) >= 3 and texts[1] == '/' and ''.join(texts[2:]).lstrip('-').isdigit():
                        continue  # a cache entry (unused/1, counter/1) or a cache rewind (rewind/-4)
                    if texts == ['flush']:
                        continue  # spills the stack to memory; no stack effect
                    if len(p) != 1 or p[0].kind != 'id':
                        raise SourceError('%s: cannot read part %r of macro %s' % (where, ' '.join(texts), name))
                    ops.append(p)
                defs['macro'][name] = (ops, where)
            i = j + 1
        elif t.text in ('family', 'pseudo'):
            j = close + 1
            if toks[j].text != '=' or toks[j + 1].text not in ('{', '['):
                raise SourceError('%s: expected = { or = [ after %s' % (where, t.text))
            j = matching(toks, j + 1) + 1
            if j < len(toks) and toks[j].text == ';':
                j += 1
            i = j
        elif t.text == 'label':
            if toks[close + 1].text != '{':
                raise SourceError('%s: label without body' % where)
            i = matching(toks, close + 1) + 1
        else:
            raise SourceError('%s: unknown definition %r' % (where, t.text))
    return defs


class Value:
    """A value on the simulated stack of a macro."""
    __slots__ = ('item',)

    def __init__(self, item):
        self.item = item


def compose(name, parts, defs, where):
    """The signature of macro NAME: its ops composed (see the module docstring)."""
    stack = []          # Values, bottom first: what the ops so far have left
    macro_inputs = []   # Values, bottom first: what the ops took from below the macro's start
    for p in parts:
        pname = p[0].text
        op = defs['op'].get(pname) or defs['inst'].get(pname)
        if op is None:
            raise SourceError('%s: macro %s uses unknown op %s' % (where, name, pname))
        taken = []
        for item in reversed(op.inputs):
            if stack:
                v = stack.pop()
                if v.item.shape() != item.shape():
                    raise SourceError('%s: macro %s: %s takes %s where the stack has %s; this needs a special case'
                                      % (where, name, pname, item, v.item))
                if v.item.name == 'unused' and item.name != 'unused':
                    v.item = Item(item.name, item.size, item.cond)  # the first real name it is given
            else:
                v = Value(Item(item.name, item.size, item.cond))
                macro_inputs.insert(0, v)
            taken.insert(0, (item, v))
        by_name = {item.name: v for item, v in taken if item.name != 'unused'}
        # Unused items that stay where they were (the common bottom of inputs and outputs) keep
        # their value; so do outputs named like an input.
        keep = 0
        while keep < min(len(op.inputs), len(op.outputs)) and op.inputs[keep].name == op.outputs[keep].name \
                and op.inputs[keep].shape() == op.outputs[keep].shape():
            keep += 1
        for k, item in enumerate(op.outputs):
            if k < keep:
                v = taken[k][1]
            elif item.name in by_name:
                v = by_name[item.name]
                if v.item.shape() != item.shape():
                    raise SourceError('%s: macro %s: %s changes the shape of %s; this needs a special case'
                                      % (where, name, pname, item.name))
            else:
                v = Value(Item(item.name, item.size, item.cond))
            stack.append(v)
    return Sig(name, [v.item for v in macro_inputs], [v.item for v in stack], where)


def signatures_from_bytecodes(path):
    """{name: Sig} of every inst and macro; a macro that cannot be composed maps to its SourceError
    (raised only if its signature is needed: specialized macros are not)."""
    defs = parse_bytecodes(path)
    sigs = dict(defs['inst'])
    for name, (parts, where) in defs['macro'].items():
        try:
            sigs[name] = compose(name, parts, defs, where)
        except SourceError as e:
            sigs[name] = e
    return sigs


def read_overrides(path):
    """The hand-written signatures of an overrides file: {name: Sig}."""
    sigs = {}
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            fields = line.split()
            where = '%s:%d' % (os.path.basename(path), n)
            if fields[0] == 'sig':
                s = parse_sig_line(fields[1:], where)
                sigs[s.name] = s
            else:
                raise SourceError('%s: unknown keyword %r' % (where, fields[0]))
    return sigs


# ---------------------------------------------------------------------------------------------
# Verification and output

def domain(name, num):
    if not gen_opcode_table.has_arg(num):
        return (0,)
    return VERIFY_DOMAINS.get(name, VERIFY_OPARGS)


def dis_effect(num, oparg, jump):
    return gen_opcode_table.stack_effect(num, oparg, jump)


def check_table_opcodes(ops):
    """The opcodes must be those of the checked-in opcodes-3.X.txt, where there is one."""
    v = sys.version_info
    here = os.path.dirname(os.path.abspath(__file__))
    table = os.path.join(here, '..', 'src', 'main', 'resources', 'dev', 'pyc2c', 'bytecode', 'opcode',
                         'opcodes-%d.%d.txt' % (v.major, v.minor))
    if not os.path.exists(table):
        return 'dis.opmap (there is no opcodes-%d.%d.txt yet)' % (v.major, v.minor)
    with open(table, encoding='utf-8') as f:
        names = [line.split()[1] for line in f if line.startswith('opcode ')]
    if names != [n for n, _ in ops]:
        raise SystemExit('the opcodes of %s are not those of this interpreter' % table)
    return 'opcodes-%d.%d.txt' % (v.major, v.minor)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('bytecodes', nargs='?', help="Python/bytecodes.c of this interpreter's version")
    ap.add_argument('output', nargs='?', help='the table to write (default: standard output)')
    ap.add_argument('--from-3.12', dest='from312', help="3.11 only: 3.12's Python/bytecodes.c")
    ap.add_argument('--overrides', help='3.11 only: the hand-written signatures')
    ap.add_argument('--label', help='where the bytecodes.c came from (repository, tag or commit)')
    args = ap.parse_args()
    v = sys.version_info[:2]
    if v < (3, 11) or v > (3, 14):
        raise SystemExit('CPython %d.%d is not supported (3.11 to 3.14 are)' % v)
    if v == (3, 11):
        if not args.from312 or not args.overrides:
            raise SystemExit('3.11 has no bytecodes.c: give --from-3.12 BYTECODES_C_OF_3.12 and --overrides FILE')
        if args.bytecodes and args.output:
            raise SystemExit('3.11: give only the output file (the sources are --from-3.12 and --overrides)')
        args.output = args.output or args.bytecodes
        source = args.from312
    else:
        if args.from312 or args.overrides:
            raise SystemExit('--from-3.12 and --overrides are for 3.11 only; this is CPython %d.%d' % v)
        if not args.bytecodes:
            raise SystemExit("give the Python/bytecodes.c of CPython %d.%d" % v)
        source = args.bytecodes
    m = re.search(r'stack-(\d+)\.(\d+)\.txt$', args.output or '')
    if m and (int(m.group(1)), int(m.group(2))) != v:
        raise SystemExit('%s is the table of CPython %s.%s, but this is CPython %d.%d: run this script with '
                         'the interpreter of that version' % (args.output, m.group(1), m.group(2), v[0], v[1]))
    # The source must be of the interpreter's version (3.11 uses 3.12's): refuse a mismatch.
    with open(source, encoding='utf-8') as f:
        src_text = f.read()
    expect = (3, 12) if v == (3, 11) else v
    guess = guess_version(src_text)
    if guess != expect:
        raise SystemExit('%s looks like the bytecodes.c of CPython %s, but CPython %d.%d needs that of %d.%d: '
                         'run this script with the interpreter of the version the file belongs to'
                         % (source, '%d.%d' % guess if guess else 'an unknown version', v[0], v[1], *expect))
    try:
        from_c = signatures_from_bytecodes(source)
        hand = read_overrides(args.overrides) if args.overrides else {}
    except SourceError as e:
        raise SystemExit('error: %s' % e)

    ops = list(gen_opcode_table.base_opcodes())
    opcode_source = check_table_opcodes(ops)
    overrides = OVERRIDES.get(v, {})
    notes = dict(NOTES.get(v, {}))
    fixes = FIXES.get(v, {})
    for name, (_, reason) in fixes.items():
        notes[name] = reason
    table, problems, derived, written = [], [], [], []
    for name, num in ops:
        if name in hand:
            sig, origin = hand[name], 'hand'
        elif name in from_c:
            sig, origin = from_c[name], 'c'
            if isinstance(sig, SourceError):
                raise SystemExit('error: %s' % sig)
            if name in fixes:
                fixed = parse_sig_line(fixes[name][0].split(), 'FIXES[%s]' % name)
                shape = lambda items: [i.shape() for i in items]
                if (shape(fixed.inputs), shape(fixed.outputs)) != (shape(sig.inputs), shape(sig.outputs)):
                    problems.append('%s: bytecodes.c now says "%s"; FIXES expects the shape of "%s"'
                                    % (name, sig.text(), fixed.text()))
                    continue
                sig = fixed
        else:
            problems.append('%s: not in %s%s' % (name, source, ' nor in the overrides' if hand else ''))
            continue
        dom = domain(name, num)
        mismatch = [(a, sig.net(a), dis_effect(num, a, False)) for a in dom
                    if sig.net(a) != dis_effect(num, a, False)]
        if mismatch and name not in overrides:
            a, mine, theirs = mismatch[0]
            if origin == 'c' and v == (3, 11):
                problems.append('%s: 3.12\'s signature "%s" has effect %d for oparg %d, 3.11\'s dis says %d: '
                                'write its 3.11 signature in the overrides file' % (name, sig.text(), mine, a, theirs))
            else:
                problems.append('%s: signature "%s" has effect %d for oparg %d, dis.stack_effect says %d'
                                % (name, sig.text(), mine, a, theirs))
            continue
        if origin == 'c' and v == (3, 11):
            derived.append(name)
        elif origin == 'hand':
            written.append(name)
        jump = None
        if any(dis_effect(num, a, True) != dis_effect(num, a, False) for a in dom):
            jump = gen_opcode_table.fit(name, num, True)
            for a in dom:  # the fitted formula must read back as the same numbers
                if evaluate(parse_expr_text(jump, name), a) != dis_effect(num, a, True):
                    raise SystemExit('%s: jump formula %s does not evaluate like dis' % (name, jump))
        dis_text = gen_opcode_table.fit(name, num, False) if name in overrides else None
        table.append((name, num, sig, jump, dis_text))
    for group in OVERRIDE_GROUPS.get(v, []):
        rows = {r[0]: r for r in table if r[0] in group}
        if len(rows) == len(group):
            for a in VERIFY_OPARGS:
                mine = sum(rows[n][2].net(a) for n in group)
                theirs = sum(dis_effect(rows[n][1], a, False) for n in group)
                if mine != theirs:
                    problems.append('%s together: effect %d for oparg %d, dis says %d' % ('+'.join(group), mine, a, theirs))
                    break
    if problems:
        raise SystemExit('not written; the signatures do not agree with dis.stack_effect:\n  ' + '\n  '.join(problems))

    out = open(args.output, 'w', encoding='utf-8', newline='\n') if args.output else sys.stdout
    w = lambda *fields: print(*fields, file=out)
    w('# pyc2c stack signatures for CPython %d.%d -- generated; do not edit.' % v)
    w('# Made by bytecode-model/scripts/gen_stack_signatures.py with CPython %s from' % sys.version.split()[0])
    wrap = lambda text: [w('#   ' + line) for line in textwrap.wrap(text, 96)]
    if v == (3, 11):
        wrap("3.12's Python/bytecodes.c (%s) and scripts/%s, written by hand from 3.11's Python/ceval.c."
             % (args.label or os.path.basename(source), os.path.basename(args.overrides)))
        wrap('Taken from 3.12 (%d): %s.' % (len(derived), ' '.join(derived)))
        wrap('Written by hand (%d): %s.' % (len(written), ' '.join(written)))
    else:
        wrap('%s.' % (args.label or os.path.basename(source)))
    w('# opcodes: those of %s; regenerate with bytecode-model/scripts/regenerate.sh.' % opcode_source)
    w('version %d.%d' % v)
    w('#')
    w('# sig NAME INPUTS -- OUTPUTS')
    w('#   The named stack items as bytecodes.c declares them, bottom first (the last input is the top')
    w('#   of the stack). An output with the name of an input is that same value. An item is NAME, a')
    w('#   single value, or NAME[SIZE], an array of SIZE values; either followed by ?(COND) is there')
    w('#   only when COND is not 0. SIZE and COND are C expressions in oparg (integers, oparg, ( ),')
    w('#   + - * / % & | ^ << >> == != < <= > >= && || ! ~ ?:); a SIZE below 0 counts as 0.')
    w('#   Checked: outputs minus inputs == dis.stack_effect(jump=False) for every oparg up to 300 and')
    w('#   some large ones, except where an override line says otherwise.')
    w('# jump NAME EFFECT          dis.stack_effect(jump=True) where it differs from the signature\'s')
    w('# override NAME DIS_EFFECT REASON   the signature\'s effect is not dis\'s (DIS_EFFECT), because')
    w('# note NAME TEXT            what else the consumer must know (in particular of the path that jumps)')
    for name, num, sig, jump, dis_text in table:
        w('sig', sig.text())
        if jump is not None:
            w('jump', name, jump)
        if dis_text is not None:
            w('override', name, dis_text, overrides[name])
        if name in notes:
            w('note', name, notes[name])
    if out is not sys.stdout:
        out.close()


def guess_version(text):
    """The CPython version a bytecodes.c belongs to, from what it defines (None if unknown)."""
    has = lambda s: s in text
    if has('BUILD_TEMPLATE') or has('LOAD_SMALL_INT'):
        return (3, 14)
    if has('CALL_KW') or has('TO_BOOL'):
        return (3, 13)
    if has('KW_NAMES') or has('CALL_INTRINSIC_1'):
        return (3, 12)
    return None


if __name__ == '__main__':
    main()
