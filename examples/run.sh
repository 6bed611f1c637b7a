#!/usr/bin/env bash
# The main job, as far as pyc2c goes today: builds the tool, has each CPython 3.11-3.13 found on this
# machine compile the example project (examples/hello/src/main/python) to .pyc files, and shows what
# pyc2c reads from them: the disassembly, with the stack depth before every instruction.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/tools/find-python.sh"
out="$root/target/example"
mkdir -p "$out"
echo "Building pyc2c (mvn package)..."
if ! mvn -B -q -f "$root/pom.xml" -DskipTests package >"$out/build.log" 2>&1; then
  cat "$out/build.log" >&2
  echo "error: the build failed (log above, also in $out/build.log)" >&2
  exit 1
fi
jar="$root/bytecode-model/target/pyc2c-bytecode-model-0.1.0-SNAPSHOT.jar"
src="$root/examples/hello/src/main/python/hello.py"
found=0
for v in 3.11 3.12 3.13; do
  if ! py=$(find_python "$v"); then
    echo "!!! no CPython $v found (install it, e.g. with pyenv); skipping it" >&2
    continue
  fi
  pyc="$out/hello.cpython-${v/./}.pyc"
  "$py" -c 'import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], dfile="hello.py", doraise=True)' "$src" "$pyc"
  echo "=== $("$py" -c 'import sys; print("CPython", sys.version.split()[0])'): $pyc"
  java -jar "$jar" --depths "$pyc"
  echo
  found=$((found + 1))
done
if [ "$found" -eq 0 ]; then
  echo "error: no CPython 3.11, 3.12 or 3.13 found on PATH or under pyenv; install one (see README.md)" >&2
  exit 1
fi
