#!/usr/bin/env python3
"""Marshal a fixed set of objects of every type marshal handles, for the marshal tests.

Usage: python3.X marshal_samples.py   -> JSON list of {"expr", "version", "hex", "repr"}

Each object is marshalled with every marshal version from 0 to the interpreter's marshal.version (what
.pyc files use: 4, or 5 from 3.14 on) that can hold it (slices need version 5); "repr" is repr() of the
object. Built by expressions so the objects are the same on every run.
"""
import json
import marshal
import sys

shared_str = ''.join(['sha', 'red'])
shared_tuple = (1.5, 'x' + str(len(sys.argv)))
shared_slice = slice(shared_str, shared_tuple, -len(sys.argv))
EXPRS = [
    'None', 'True', 'False', 'Ellipsis', 'StopIteration',
    '0', '1', '-1', '2**31-1', '-2**31', '2**31', '-2**31-1', '2**63', '-(2**63)', '10**100', '-(10**100)',
    '2**15', '2**30', '2**45-1', '-(2**15)',
    '0.0', '-0.0', '1.5', '1e16', '1e15', '1e-5', '0.0001', '1e308', '5e-324', 'float("inf")', 'float("-inf")',
    'float("nan")', '0.1', '1/3', '123456789.123', '2.0**60', '-1.25e-300',
    '1j', '-1j', '1+2j', 'complex(0.0, -0.0)', 'complex(-0.0, 1)', 'complex(float("nan"), 1)', '1e20+0.5j',
    "''", "'a'", "'x' * 300", "'\\xe9'", "'\\u65e5\\u672c'", "'\\U0001f600'", "'\\ud800'", "'\\ud800\\udc00'",
    "\"it's\"", "'a\"b\\'c'", "'\\x00\\x7f\\n\\t\\r\\\\'", "sys.intern('interned_name')", "'\\xe9' * 300",
    "'\\x85\\xa0\\xad\\u2028\\u200b\\ufeff\\ue000\\U000e0001\\u0378'",
    "b''", "b'\\x00\\xff'", "b'x' * 300", "b'\"'", "b\"'\"", "b'\\'\"'",
    '()', '(1,)', 'tuple(range(300))', '((1, 2), (3, (4,)))',
    '[]', '[1, [2, 3]]', 'list(range(300))',
    '{}', "{'a': 1, 2: [3]}",
    'set()', '{1, 2, 3}', 'frozenset()', 'frozenset({1, 2})',
    '[shared_str, shared_str, shared_str]', '[shared_tuple, shared_tuple]',
    'slice(1, 2, None)', 'slice(None, None, -1)', "slice('a', (1, 2.5), [3])", '[shared_slice, shared_slice, shared_str]',
    "compile('x = 1\\ndef f(a, *b, c=2, **d):\\n    return a + len(b)\\n', 'sample.py', 'exec')",
]


def main():
    out = []
    for expr in EXPRS:
        obj = eval(expr)
        for version in range(marshal.version + 1):
            try:
                data = marshal.dumps(obj, version)
            except ValueError:  # "unmarshallable object": a slice before version 5
                continue
            out.append({'expr': expr, 'version': version, 'hex': data.hex(),
                        'repr': repr(obj) if not hasattr(obj, 'co_code') else None})
    json.dump(out, sys.stdout)


if __name__ == '__main__':
    main()
