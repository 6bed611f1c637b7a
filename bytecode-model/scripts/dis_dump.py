#!/usr/bin/env python3
"""Dump what the running interpreter's dis module sees in .pyc files, as JSON lines.

Usage: python3.X dis_dump.py < PATHS   (one .pyc path per line; one JSON line out per path)

The corpus test of bytecode-model compares its own decoding of each file with this. Each line is
{"file": PATH, "codes": [CODE, ...]} with every code object in dis's recursive order, or
{"file": PATH, "error": MESSAGE}. A CODE is
  {"qualname", "firstlineno", "stacksize",
   "instructions": [[offset, start_offset, opname, arg, argrepr, argval, positions], ...],
   "exceptions": [[start, end, target, depth, lasti], ...]}
where EXTENDED_ARG prefixes are folded into the instruction they extend (start_offset is the
first prefix's offset), argval is the encoded constant for constant instructions and the target
offset for jumps (null otherwise), argrepr is null for constants, and positions is
[lineno, end_lineno, col_offset, end_col_offset] with -1 for None. Constants are encoded exactly:
["int", hex], ["float", IEEE bits hex], ["complex", bits, bits], ["str", UTF-8 surrogatepass hex],
["bytes", hex], ["tuple", [...]], ["frozenset", [...]], ["slice", [start, stop, step]] (3.14),
["code", qualname, firstlineno], ["None"], ["bool", b], ["Ellipsis"]. END_ASYNC_FOR's oparg (3.14), which
dis resolves like a backward jump, has its target offset as argval too.
"""
import dis
import json
import marshal
import opcode
import struct
import sys

JUMPS = set(opcode.hasjrel) | set(opcode.hasjabs)


def bits(x):
    return struct.pack('<d', x).hex()


def enc(v):
    t = type(v)
    if v is None:
        return ['None']
    if v is Ellipsis:
        return ['Ellipsis']
    if t is bool:
        return ['bool', v]
    if t is int:
        return ['int', hex(v)]
    if t is float:
        return ['float', bits(v)]
    if t is complex:
        return ['complex', bits(v.real), bits(v.imag)]
    if t is str:
        return ['str', v.encode('utf-8', 'surrogatepass').hex()]
    if t is bytes:
        return ['bytes', v.hex()]
    if t is tuple:
        return ['tuple', [enc(x) for x in v]]
    if t is frozenset:
        return ['frozenset', sorted((enc(x) for x in v), key=json.dumps)]
    if t is slice:
        return ['slice', [enc(v.start), enc(v.stop), enc(v.step)]]
    if hasattr(v, 'co_code'):
        return ['code', v.co_qualname, v.co_firstlineno]
    return ['other', t.__name__, repr(v)]


def none(x):
    return -1 if x is None else x


def dump_code(co, out):
    instructions = []
    start = None
    for ins in dis.get_instructions(co):
        if ins.opname == 'EXTENDED_ARG':
            if start is None:
                start = ins.offset
            continue
        base = dis._deoptop(ins.opcode) if hasattr(dis, '_deoptop') else ins.opcode
        if base in opcode.hasconst:
            # 3.11's dis leaves KW_NAMES unresolved (its argval is a placeholder): the constant is co_consts[arg]
            argrepr, argval = None, enc(co.co_consts[ins.arg])
        elif base in JUMPS:
            argrepr, argval = ins.argrepr, ins.argval
        else:
            argrepr, argval = ins.argrepr, None
        p = ins.positions
        positions = [none(p.lineno), none(p.end_lineno), none(p.col_offset), none(p.end_col_offset)] if p else [-1] * 4
        instructions.append([ins.offset, ins.offset if start is None else start, ins.opname, ins.arg,
                             argrepr, argval, positions])
        start = None
    exceptions = [[e.start, e.end, e.target, e.depth, bool(e.lasti)] for e in dis._parse_exception_table(co)]
    out.append({'qualname': co.co_qualname, 'firstlineno': co.co_firstlineno, 'stacksize': co.co_stacksize,
                'instructions': instructions, 'exceptions': exceptions})
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            dump_code(c, out)


def main():
    for line in sys.stdin:
        path = line.rstrip('\n')
        if not path:
            continue
        try:
            with open(path, 'rb') as f:
                data = f.read()
            codes = []
            dump_code(marshal.loads(data[16:]), codes)
            result = {'file': path, 'codes': codes}
        except Exception as e:
            result = {'file': path, 'error': '%s: %s' % (type(e).__name__, e)}
        sys.stdout.write(json.dumps(result) + '\n')
        sys.stdout.flush()


if __name__ == '__main__':
    main()
