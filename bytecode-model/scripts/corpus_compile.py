#!/usr/bin/env python3
"""Compile the running interpreter's standard library into .pyc files for the corpus tests.

Usage: python3.X corpus_compile.py OUT_DIR [--every K]

Compiles every .py under the interpreter's stdlib directory (site-packages excluded), or with
--every K only every K-th file in sorted order (a fixed sample), into OUT_DIR/<relative path>c,
with py_compile and the interpreter's own compiler; the installation is left untouched. One file in
seven gets a checked hash-based header and one in seven an unchecked one, the rest a timestamp
header. Files the interpreter cannot compile (the deliberately broken ones of the test suite) are
listed as skipped. Prints a JSON summary: version, stdlib, compiled (relative .pyc paths), skipped.
"""
import json
import os
import py_compile
import sys
import sysconfig
import warnings
from concurrent.futures import ProcessPoolExecutor

MODES = {1: py_compile.PycInvalidationMode.CHECKED_HASH, 2: py_compile.PycInvalidationMode.UNCHECKED_HASH}


def sources(stdlib):
    found = []
    for root, dirs, files in os.walk(stdlib):
        dirs[:] = sorted(d for d in dirs if d not in ('site-packages', '__pycache__'))
        for f in sorted(files):
            if f.endswith('.py'):
                found.append(os.path.relpath(os.path.join(root, f), stdlib))
    return sorted(found)


def compile_one(job):
    index, stdlib, rel, out = job
    warnings.simplefilter('ignore')
    target = os.path.join(out, rel + 'c')
    os.makedirs(os.path.dirname(target), exist_ok=True)
    mode = MODES.get(index % 7, py_compile.PycInvalidationMode.TIMESTAMP)
    try:
        py_compile.compile(os.path.join(stdlib, rel), cfile=target, doraise=True, invalidation_mode=mode)
        return rel + 'c', None
    except Exception as e:  # py_compile.PycompileError wraps SyntaxError and friends
        return rel, '%s: %s' % (type(e).__name__, str(e).strip().splitlines()[-1] if str(e).strip() else '')


def main():
    out = os.path.abspath(sys.argv[1])
    every = int(sys.argv[sys.argv.index('--every') + 1]) if '--every' in sys.argv else 1
    stdlib = sysconfig.get_paths()['stdlib']
    files = sources(stdlib)
    jobs = [(i, stdlib, rel, out) for i, rel in enumerate(files) if i % every == 0]
    compiled, skipped = [], []
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for rel, error in pool.map(compile_one, jobs, chunksize=8):
            if error is None:
                compiled.append(rel)
            else:
                skipped.append([rel, error])
    json.dump({'version': '%d.%d' % sys.version_info[:2], 'stdlib': stdlib, 'sources': len(files),
               'compiled': compiled, 'skipped': skipped}, sys.stdout)


if __name__ == '__main__':
    main()
