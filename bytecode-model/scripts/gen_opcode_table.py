#!/usr/bin/env python3
"""Generate pyc2c's opcode table for the CPython that runs this script.

Usage:  python3.X gen_opcode_table.py [OUTPUT_FILE]

Everything in the table comes from the running interpreter's own ``opcode`` and
``dis`` modules: opcode numbers and names, inline-cache sizes, what the oparg
means (the same classification ``dis`` uses to resolve arguments, and for the few
opargs dis leaves as plain numbers though they pack something, what they pack:
3.14's LOAD_SMALL_INT and BUILD_INTERPOLATION), the numbering of the enumerations
opargs index (operators, comparisons, intrinsics, function attributes, and from
3.14 the common constants and special method names), and the stack effect of
every opcode as a small linear formula in the oparg.  The formula is
derived from ``dis.stack_effect`` and then checked against it for every oparg of
the opcode's domain, with and without the jump; a mismatch aborts the script, so
a table that exists is a table that agrees with the interpreter.

Only opcodes that can appear in a ``.pyc`` are listed: specialized, instrumented
and pseudo opcodes are left out (marshal writes de-specialized bytecode).

The output is read by dev.pyc2c.bytecode.opcode.OpcodeTable; its format is
line-oriented text: a keyword, then space-separated fields.
"""

import dis
import importlib.util
import itertools
import opcode
import sys
from fractions import Fraction

# The opargs on which a stack-effect formula must agree with dis.stack_effect.
DEFAULT_DOMAIN = tuple(range(0, 1100)) + (4095, 4096, 65535, 65536, 65537, 2**20 + 5, 2**24 - 1)
# BUILD_SLICE only ever has 2 or 3 (dis gives -1 for every other oparg, which is meaningless).
DOMAINS = {'BUILD_SLICE': (2, 3)}

# Where dis.stack_effect is not what an instruction does when the code runs: name -> (effect
# without jump, effect with jump, reason). The table gets these; the dis values are kept in
# 'override' lines so that checks against dis know to expect them.
OVERRIDES = {
    'RETURN_GENERATOR': ('1', '1',
                         'the compiler adds RETURN_GENERATOR and the POP_TOP after it once stack depths '
                         'are computed; when the generator first runs, the value sent in is on the stack'),
}

# Features of the oparg a formula may combine linearly, in order of preference.
FEATURES = (
    ('(oparg&1)', lambda a: a & 1),
    ('oparg', lambda a: a),
    ('((oparg>>1)&1)', lambda a: (a >> 1) & 1),
    ('((oparg>>2)&1)', lambda a: (a >> 2) & 1),
    ('((oparg>>3)&1)', lambda a: (a >> 3) & 1),
    ('(oparg>>8)', lambda a: a >> 8),
)


def specialized_names():
    names = set(getattr(opcode, '_specialized_instructions', ()))
    for family in getattr(opcode, '_specializations', {}).values():
        names.update(family)
    names.update(getattr(opcode, '_specialized_opmap', {}).keys())
    return names


def base_opcodes():
    """(name, number) of every opcode that can appear in marshalled bytecode."""
    spec = specialized_names()
    for name, num in sorted(opcode.opmap.items(), key=lambda kv: kv[1]):
        if num >= 256 or name in spec or name.startswith('INSTRUMENTED_'):
            continue
        if num >= getattr(opcode, 'MIN_INSTRUMENTED_OPCODE', 256):
            continue
        yield name, num


def has_arg(num):
    if hasattr(opcode, 'hasarg'):
        return num in opcode.hasarg
    return num >= opcode.HAVE_ARGUMENT


def cache_entries(name, num):
    table = opcode._inline_cache_entries
    if isinstance(table, dict):
        return table.get(name, 0)
    return table[num]


def arg_kind(name, num):
    """What the oparg means, in the order dis resolves it."""
    if not has_arg(num):
        return 'NONE'
    if num in opcode.hasconst:
        return 'CONST'
    if num in opcode.hasname:
        if name == 'LOAD_GLOBAL':
            return 'GLOBAL_NAME'
        if name == 'LOAD_ATTR' and sys.version_info >= (3, 12):
            return 'ATTR_NAME'
        if name == 'LOAD_SUPER_ATTR':
            return 'SUPER_ATTR_NAME'
        return 'NAME'
    if num in opcode.hasjabs:
        return 'JUMP_ABSOLUTE'
    if num in opcode.hasjrel:
        if name == 'END_ASYNC_FOR':
            # 3.14: dis resolves the oparg as a backward jump and prints it "from L<n>": the END_SEND
            # that sys.monitoring reports as the source of the branch out of the async for loop. The
            # instruction never jumps there (it re-raises, or pops and goes on).
            assert dis._is_backward_jump(num), name
            return 'BRANCH_SOURCE'
        return 'JUMP_BACKWARD' if 'JUMP_BACKWARD' in name else 'JUMP_FORWARD'
    if name in ('LOAD_FAST_LOAD_FAST', 'LOAD_FAST_BORROW_LOAD_FAST_BORROW', 'STORE_FAST_LOAD_FAST',
                'STORE_FAST_STORE_FAST'):
        return 'LOCAL_PAIR'
    if name == 'LOAD_DEREF':
        # A cell or free variable, as in 3.11-3.13 (hasfree); 3.14's metadata lists it under haslocal.
        return 'DEREF'
    if num in opcode.haslocal:
        return 'LOCAL'
    if num in opcode.hasfree:
        return 'DEREF'
    if num in opcode.hascompare:
        return 'COMPARE'
    if name in ('IS_OP', 'CONTAINS_OP') and sys.version_info >= (3, 14):
        return 'NEGATION'  # dis names them (is / is not, in / not in) from 3.14 on; before, a NUMBER
    special = {
        'FORMAT_VALUE': 'FORMAT',
        'CONVERT_VALUE': 'CONVERSION',
        'MAKE_FUNCTION': 'FUNCTION_FLAGS',
        'SET_FUNCTION_ATTRIBUTE': 'FUNCTION_FLAGS',
        'BINARY_OP': 'BINARY_OP',
        'CALL_INTRINSIC_1': 'INTRINSIC_1',
        'CALL_INTRINSIC_2': 'INTRINSIC_2',
        'LOAD_SMALL_INT': 'SMALL_INT',
        'LOAD_COMMON_CONSTANT': 'COMMON_CONSTANT',
        'LOAD_SPECIAL': 'SPECIAL_METHOD',
        'BUILD_INTERPOLATION': 'INTERPOLATION',
    }
    return special.get(name, 'NUMBER')


def stack_effect(num, oparg, jump):
    if has_arg(num):
        return dis.stack_effect(num, oparg, jump=jump)
    return dis.stack_effect(num, jump=jump)


def solve(points, features):
    """Integer coefficients c0, c1.. with c0 + sum(ci * fi(a)) == e for all (a, e), or None."""
    n = len(features) + 1
    rows = []
    for a, e in points:
        rows.append([Fraction(1)] + [Fraction(f(a)) for _, f in features] + [Fraction(e)])
    # Gaussian elimination on the (over-determined) system.
    pivots = []
    r = 0
    for c in range(n):
        pivot = next((i for i in range(r, len(rows)) if rows[i][c] != 0), None)
        if pivot is None:
            continue
        rows[r], rows[pivot] = rows[pivot], rows[r]
        pv = rows[r][c]
        rows[r] = [x / pv for x in rows[r]]
        for i in range(len(rows)):
            if i != r and rows[i][c] != 0:
                factor = rows[i][c]
                rows[i] = [x - factor * y for x, y in zip(rows[i], rows[r])]
        pivots.append(c)
        r += 1
    for row in rows[r:]:
        if row[-1] != 0:
            return None  # inconsistent
    coeffs = [Fraction(0)] * n
    for i, c in enumerate(pivots):
        coeffs[c] = rows[i][-1]
    if any(x.denominator != 1 for x in coeffs):
        return None
    return [int(x) for x in coeffs]


def render(coeffs, features):
    terms = []
    if coeffs[0] != 0 or all(c == 0 for c in coeffs[1:]):
        terms.append(str(coeffs[0]))
    for c, (text, _) in zip(coeffs[1:], features):
        if c == 0:
            continue
        if c == 1:
            terms.append('+' + text)
        elif c == -1:
            terms.append('-' + text)
        else:
            terms.append('%+d*%s' % (c, text))
    out = ''.join(terms)
    return out[1:] if out.startswith('+') else out


def evaluate(coeffs, features, oparg):
    return coeffs[0] + sum(c * f(oparg) for c, (_, f) in zip(coeffs[1:], features))


def fit(name, num, jump):
    """The sparsest formula that equals dis.stack_effect on the opcode's whole domain."""
    if not has_arg(num):
        return str(stack_effect(num, None, jump))
    domain = DOMAINS.get(name, DEFAULT_DOMAIN)
    points = [(a, stack_effect(num, a, jump)) for a in domain]
    for size in range(0, len(FEATURES) + 1):
        for subset in itertools.combinations(FEATURES, size):
            coeffs = solve(points, subset)
            if coeffs is None:
                continue
            if all(evaluate(coeffs, subset, a) == e for a, e in points):
                return render(coeffs, subset)
    raise SystemExit('no stack-effect formula fits dis.stack_effect for %s (jump=%s)' % (name, jump))


def main():
    out = open(sys.argv[1], 'w', encoding='utf-8', newline='\n') if len(sys.argv) > 1 else sys.stdout
    v = sys.version_info
    magic = int.from_bytes(importlib.util.MAGIC_NUMBER[:2], 'little')
    w = lambda *fields: print(*fields, file=out)
    w('# pyc2c opcode table for CPython %d.%d -- generated; do not edit.' % (v.major, v.minor))
    w('# Made by bytecode-model/scripts/gen_opcode_table.py from CPython %s;'
      % sys.version.split()[0])
    w('# regenerate with bytecode-model/scripts/regenerate.sh.')
    w('version %d.%d' % (v.major, v.minor))
    w('magic %d' % magic)
    w('#')
    w('# opcode NAME NUMBER CACHE_ENTRIES ARG_KIND STACK_EFFECT STACK_EFFECT_IF_JUMPING')
    overridden = []
    for name, num in base_opcodes():
        effect, jump_effect = fit(name, num, False), fit(name, num, True)
        if name in OVERRIDES and (effect, jump_effect) != OVERRIDES[name][:2]:
            overridden.append((name, effect, jump_effect, OVERRIDES[name][2]))
            effect, jump_effect = OVERRIDES[name][:2]
        w('opcode', name, num, cache_entries(name, num), arg_kind(name, num), effect, jump_effect)
    w('#')
    w('# override NAME DIS_STACK_EFFECT DIS_STACK_EFFECT_IF_JUMPING REASON')
    for name, effect, jump_effect, reason in overridden:
        w('override', name, effect, jump_effect, reason)
    w('#')
    w('# binary_op ORACLE_INDEX NB_NAME SYMBOL        (dis._nb_ops)')
    for i, (nb, sym) in enumerate(opcode._nb_ops):
        w('binary_op', i, nb, sym)
    w('# compare_op INDEX SYMBOL                       (opcode.cmp_op)')
    for i, sym in enumerate(opcode.cmp_op):
        w('compare_op', i, sym)
    for key in ('_intrinsic_1_descs', '_intrinsic_2_descs'):
        for i, desc in enumerate(getattr(opcode, key, ())):
            w('intrinsic%s' % key[len('_intrinsic_')], i, desc)
    flags = getattr(dis, 'MAKE_FUNCTION_FLAGS', None) or getattr(dis, 'FUNCTION_ATTR_FLAGS')
    for i, f in enumerate(flags):
        w('function_flag', 1 << i, f)
    # 3.14: LOAD_COMMON_CONSTANT's and LOAD_SPECIAL's opargs index these.
    common = getattr(opcode, '_common_constants', ())
    if common:
        w('# common_constant INDEX NAME type|function   (opcode._common_constants)')
    for i, obj in enumerate(common):
        w('common_constant', i, obj.__name__, 'type' if isinstance(obj, type) else 'function')
    special = getattr(opcode, '_special_method_names', ())
    if special:
        w('# special_method INDEX NAME                  (opcode._special_method_names)')
    for i, name in enumerate(special):
        w('special_method', i, name)
    if out is not sys.stdout:
        out.close()


if __name__ == '__main__':
    main()
