#!/usr/bin/env bash
# The main job: builds pyc2c, compiles the example project (examples/hello/src/main/python) into native
# extension modules with CPython 3.12, and runs the example interpreted and compiled, side by side. For
# CPython 3.11 and 3.13, whose C backends come next, it shows what pyc2c reads from their bytecode.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/tools/find-python.sh"
out="$root/target/example"
src="$root/examples/hello/src/main/python"
rm -rf "$out"
mkdir -p "$out"
echo "Building pyc2c (mvn package)..."
if ! mvn -B -q -f "$root/pom.xml" -DskipTests package >"$out/build.log" 2>&1; then
  cat "$out/build.log" >&2
  echo "error: the build failed (log above, also in $out/build.log)" >&2
  exit 1
fi
backend="$root/c-backend/target/pyc2c-c-backend-0.1.0-SNAPSHOT.jar"
model="$root/bytecode-model/target/pyc2c-bytecode-model-0.1.0-SNAPSHOT.jar"

if py=$(find_python 3.12); then
  tag=$("$py" -c 'import sys; print(sys.implementation.cache_tag)')
  echo
  echo "=== Compiling $src with $("$py" -c 'import sys; print("CPython", sys.version.split()[0])')"
  java -jar "$backend" --python "$py" "$src" "$out/$tag"
  echo
  echo "=== The generated C for fib() (all of it: $out/$tag/c/hello.c)"
  sed -n '/^ \* fib  (/,/^}/p' "$out/$tag/c/hello.c" | head -60
  echo "    ..."
  echo
  echo "=== Interpreted: PYTHONPATH=$src"
  PYTHONPATH="$src" "$py" -c 'import hello; print("running", hello.__file__); hello.main()'
  echo
  echo "=== Compiled: PYTHONPATH=$out/$tag/lib"
  PYTHONPATH="$out/$tag/lib" "$py" -c 'import hello; print("running", hello.__file__); hello.main()'
else
  echo "!!! no CPython 3.12 found: install it (e.g. with pyenv) to compile the example" >&2
  exit 1
fi

for v in 3.11 3.13; do
  if ! p=$(find_python "$v"); then
    echo "!!! no CPython $v found; skipping it" >&2
    continue
  fi
  pyc="$out/hello.cpython-${v/./}.pyc"
  "$p" -c 'import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], dfile="hello.py", doraise=True)' \
    "$src/hello.py" "$pyc"
  echo
  echo "=== CPython $v (its C backend comes next): what pyc2c reads from $pyc, fib() only"
  java -jar "$model" --depths "$pyc" \
    | sed -n '/^Disassembly of <code object fib/,/^Disassembly of <code object safe_div/p' | sed '$d'
done
