#!/usr/bin/env bash
# Builds pyc2c, compiles the benchmark programs (benchmarks/programs) with it for CPython 3.12 and prints,
# per program, the median time interpreted and compiled and their ratio, then the cost of one call by
# each call path (interleaved runs in fresh interpreters).
#   benchmarks/run.sh [--rounds N] [--python PATH]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/tools/find-python.sh"
rounds=7
py=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --python) py=$2; shift 2 ;;
    *) echo "usage: $0 [--rounds N] [--python PATH]" >&2; exit 2 ;;
  esac
done
if [ -z "$py" ]; then
  py=$(find_python 3.12) || { echo "error: no CPython 3.12 found (install it, e.g. with pyenv)" >&2; exit 1; }
fi
out="$root/target/bench"
rm -rf "$out"
mkdir -p "$out/src"
echo "Building pyc2c (mvn install)..." >&2
if ! mvn -B -q -f "$root/pom.xml" -DskipTests -Dinvoker.skip=true install >"$out/build.log" 2>&1; then
  cat "$out/build.log" >&2
  exit 1
fi
cp "$root"/benchmarks/programs/*.py "$out/src/"
java -jar "$root/c-backend/target/pyc2c-c-backend-0.1.0-SNAPSHOT.jar" --python "$py" "$out/src" "$out/build" >&2
lib="$out/build/$("$py" -c 'import sys; print(sys.implementation.cache_tag)')/lib"
modules=$(cd "$out/src" && ls bench_*.py | sed 's/\.py$//')
"$py" "$root/benchmarks/compare.py" --rounds "$rounds" "$out/src" "$lib" $modules
echo
"$py" "$root/benchmarks/percall.py" --rounds "$rounds" "$out/src" "$lib"
