"""Runs one program of the differential corpus and writes what it did as JSON.

Usage: python diff_driver.py ROOT MODULE OUT.json

Imports MODULE with ROOT first on sys.path (the sources, or the compiled modules), with stdout
captured, and records the output, and if the import raised: the exception's type and message and
its traceback entries (file name, function, line), leaving out the import machinery's frames.
"""
import io
import json
import os
import sys
import traceback

root, module, out = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path.insert(0, root)
sys.dont_write_bytecode = True
captured = io.StringIO()
result = {'exception': None, 'traceback': []}
real_stdout = sys.stdout
sys.stdout = captured
try:
    exec('import ' + module)
except BaseException as e:  # noqa: B902 - every exception is part of the behaviour compared
    result['exception'] = [type(e).__module__ + '.' + type(e).__qualname__, str(e)]
    result['traceback'] = [[os.path.basename(f.filename), f.name, f.lineno]
                           for f in traceback.extract_tb(e.__traceback__)
                           if not f.filename.startswith('<frozen') and os.path.basename(f.filename) != 'diff_driver.py'
                           and f.filename != '<string>']
finally:
    sys.stdout = real_stdout
result['stdout'] = captured.getvalue()
with open(out, 'w', encoding='utf-8') as f:
    json.dump(result, f)
