#!/usr/bin/env bash
# The main job: builds pyc2c and installs its Maven plugin (mvn install), then builds the example project
# (examples/hello, a pom using the plugin) with `mvn package`: its src/main/python becomes native extension
# modules and a wheel for every supported interpreter found (CPython 3.12 required; 3.11, 3.13 and 3.14
# if present, whose bytecode is not translated yet: their modules keep every code object as bytecode). It
# shows the generated C, runs the example interpreted and compiled side by side, and rebuilds to show
# that nothing up to date is rebuilt.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/tools/find-python.sh"
example="$root/examples/hello"
log="$root/target/example-build.log"
mkdir -p "$root/target"

py=$(find_python 3.12) || { echo "!!! no CPython 3.12 found: install it (e.g. pyenv install 3.12) to compile the example" >&2; exit 1; }
pythons=3.12
for v in 3.11 3.13 3.14; do
  if find_python "$v" >/dev/null; then pythons="$pythons,$v"; else echo "!!! no CPython $v found; building for the others" >&2; fi
done

echo "=== Building pyc2c and installing its Maven plugin (mvn install -DskipTests -Dinvoker.skip=true; log: $log)"
if ! mvn -B -q -f "$root/pom.xml" -DskipTests -Dinvoker.skip=true install >"$log" 2>&1; then
  cat "$log" >&2
  echo "error: the build failed (log above)" >&2
  exit 1
fi

echo
echo "=== mvn package in examples/hello, for CPython $pythons"
rm -rf "$example/target"
(cd "$example" && mvn -B -Dstyle.color=never -Dpyc2c.pythons="$pythons" package | sed 's/\x1b\[[0-9;]*m//g' | grep -E '^\[(INFO|WARNING|ERROR)\] (---|pyc2c|cpython|BUILD|Total)')

tag=$("$py" -c 'import sys; print(sys.implementation.cache_tag)')
lib="$example/target/pyc2c/$tag/lib"
echo
echo "=== What it made"
(cd "$example/target" && ls -l *.whl && find pyc2c -name '*.so' -printf '%s bytes  %p\n' && ls generated-sources/pyc2c/*/)
echo
echo "=== The generated C for fib() (all of it: $example/target/generated-sources/pyc2c/$tag/hello.c)"
awk '/^ \* fib  \(/{on=1} on && n++ < 60 {print} on && /^}/{exit}' "$example/target/generated-sources/pyc2c/$tag/hello.c"
echo "    ..."
echo
echo "=== Interpreted: PYTHONPATH=src/main/python"
PYTHONPATH="$example/src/main/python" "$py" -c 'import hello; print("running", hello.__file__); hello.main()'
echo
echo "=== Compiled: PYTHONPATH=target/pyc2c/$tag/lib"
PYTHONPATH="$lib" "$py" -c 'import hello; print("running", hello.__file__); hello.main()'

echo
echo "=== mvn package again: nothing to regenerate or recompile"
(cd "$example" && mvn -B -Dstyle.color=never -Dpyc2c.pythons="$pythons" package | grep -E '^\[INFO\] (cpython|Total)')
