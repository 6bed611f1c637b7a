#!/usr/bin/env python3
"""Compile one fixture module to a .pyc with a reproducible header.

Usage: python3.X compile_fixture.py SOURCE.py OUTPUT.pyc

The code object's co_filename is the source's base name (not the path on this machine), and the
header is an unchecked-hash one, so the file is the same wherever it is regenerated.
"""
import importlib.util
import marshal
import os
import sys

src, out = sys.argv[1], sys.argv[2]
with open(src, 'rb') as f:
    source = f.read()
code = compile(source, os.path.basename(src), 'exec', dont_inherit=True)
data = bytearray(importlib.util.MAGIC_NUMBER)
data += (0b01).to_bytes(4, 'little')                       # hash-based, unchecked
data += importlib.util.source_hash(source)
data += marshal.dumps(code)
with open(out, 'wb') as f:
    f.write(data)
