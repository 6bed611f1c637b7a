#!/usr/bin/env bash
# The main job: builds pyc2c and installs its Maven plugin (mvn install), then builds the example project
# (examples/hello, a pom using the plugin) with `mvn package`: its src/main/python becomes native extension
# modules and a wheel for CPython 3.12, 3.13, 3.11 and 3.14 (3.12's and 3.13's bytecode becomes C; 3.11's and
# 3.14's is not translated yet: their modules keep every code object as bytecode): the machine's interpreters
# where it has them, else, as the plugin does for a version with no local interpreter, the CPython builds of
# Maven Central (unpacked once into pyc2c's cache).
# It shows the generated C, runs the example interpreted and compiled side by side, and rebuilds to show
# that nothing up to date is rebuilt.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
example="$root/examples/hello"
log="$root/target/example-build.log"
mkdir -p "$root/target"
pythons=3.12,3.13,3.11,3.14

echo "=== Building pyc2c and installing its Maven plugin (mvn install -DskipTests -Dinvoker.skip=true; log: $log)"
if ! mvn -B -q -f "$root/pom.xml" -DskipTests -Dinvoker.skip=true install >"$log" 2>&1; then
  cat "$log" >&2
  echo "error: the build failed (log above)" >&2
  exit 1
fi

echo
echo "=== mvn package in examples/hello, for CPython $pythons"
rm -rf "$example/target"
(cd "$example" && mvn -B -Dstyle.color=never -Dpyc2c.pythons="$pythons" package | sed 's/\x1b\[[0-9;]*m//g' | grep -E '^\[(INFO|WARNING|ERROR)\] (---|pyc2c|cpython|CPython|No local|Unpack|BUILD|Total)')

# the CPython 3.12 the plugin used, as its report names it
tag=cpython-312
py=$(sed -n 's/^ *"executable" *: *"\(.*\)",\{0,1\}$/\1/p' "$example/target/pyc2c/$tag/report.json" | head -n 1)
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
