#!/usr/bin/env bash
# pyc2c's CPU benchmark suite: builds pyc2c, compiles benchmarks/suite/*.py with it for every CPython
# found (3.11 to 3.14) or given, and runs benchmarks/bench.py with each interpreter: per program the
# median time of main(TIME_N) interpreted and compiled and their ratio, the instruction counts of
# main(INSTR_N) under callgrind and their ratio, and the geomeans. Results also go to
# target/bench/results-<cache_tag>.{json,md} and the printed tables to target/bench/results-<cache_tag>.txt.
#
#   benchmarks/run.sh [--rounds N] [--python P[,P...]] [--only a,b] [--no-callgrind] [--no-build]
#                     [--jobs N] [--percall] [--bigmodule] [--libraries] [--no-suite]
#
#   --rounds N       timing rounds per program (default 7)
#   --python P,...   interpreters: paths, or versions such as 3.12 (default: each of 3.11 3.12 3.13 3.14 found:
#                    on PATH, under pyenv, or unpacked from Maven Central in pyc2c's cache; tools/find-python.sh)
#   --only a,b       only these programs of benchmarks/suite
#   --no-callgrind   no instruction counts (much faster)
#   --no-build       use the pyc2c jar already built (c-backend/target)
#   --jobs N         callgrind runs in parallel (default 2)
#   --percall        also print the per-call cost table (benchmarks/percall.py) for each interpreter
#   --bigmodule      also run benchmarks/bigmodule.sh (the 1,000-function module, CPython 3.12)
#   --libraries      also run the library workloads (benchmarks/libraries: standard-library modules
#                    copied from each interpreter, compiled, and driven by benchmarks/libraries/workloads)
#   --no-suite       not the programs of benchmarks/suite (with --libraries, --percall or --bigmodule)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/tools/find-python.sh"
rounds=7
pythons=""
only=""
callgrind=1
build=1
jobs=2
percall=0
bigmodule=0
libraries=0
suite=1
usage() {
  sed -n '8,21p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --python) pythons=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --no-callgrind) callgrind=0; shift ;;
    --no-build) build=0; shift ;;
    --jobs) jobs=$2; shift 2 ;;
    --percall) percall=1; shift ;;
    --bigmodule) bigmodule=1; shift ;;
    --libraries) libraries=1; shift ;;
    --no-suite) suite=0; shift ;;
    -h|--help) usage ;;
    *) echo "unknown argument: $1" >&2; usage ;;
  esac
done

jar="$root/c-backend/target/pyc2c-c-backend-0.1.0-SNAPSHOT.jar"
out="$root/target/bench"
mkdir -p "$out"

# the interpreters: given (paths or versions), else every CPython 3.11..3.14 found
specs=()
if [ -n "$pythons" ]; then
  IFS=',' read -r -a specs <<<"$pythons"
else
  specs=(3.11 3.12 3.13 3.14)
fi
interpreters=()
for s in "${specs[@]}"; do
  if [[ "$s" =~ ^3\.[0-9]+$ ]]; then
    if p=$(find_python "$s"); then
      interpreters+=("$p")
    elif [ -n "$pythons" ]; then
      echo "error: no CPython $s found (python$s on PATH, ~/.pyenv/versions/$s.*, or a CPython from Maven Central in pyc2c's cache, which the tests fill)" >&2; exit 1
    else
      echo "note: no CPython $s found, skipped" >&2
    fi
  else
    p=$(command -v "$s" 2>/dev/null || true)
    if [ -z "$p" ] || ! "$p" -c 'import sys' >/dev/null 2>&1; then
      echo "error: $s is not a working Python interpreter" >&2; exit 1
    fi
    interpreters+=("$("$p" -c 'import sys; print(sys.executable)')")
  fi
done
[ ${#interpreters[@]} -gt 0 ] || { echo "error: no interpreter to benchmark" >&2; exit 1; }

if [ "$build" = 1 ]; then
  echo "Building pyc2c (mvn package)..." >&2
  if ! mvn -B -q -f "$root/pom.xml" -DskipTests -Dinvoker.skip=true package >"$out/build.log" 2>&1; then
    cat "$out/build.log" >&2
    exit 1
  fi
fi
[ -f "$jar" ] || { echo "error: $jar does not exist: build it (run without --no-build)" >&2; exit 1; }

# keep_only DIR: with --only, removes the programs of DIR that will not run (they would cost build time)
keep_only() {
  [ -n "$only" ] || return 0
  local keep=",$only,"
  for f in "$1"/*.py; do
    n=$(basename "$f" .py)
    case "$keep" in *",$n,"*) ;; *) rm "$f" ;; esac
  done
}
# only_in DIR: the programs of --only that DIR holds, comma-separated
only_in() {
  local names=() f
  for f in "$1"/*.py; do [ -f "$f" ] && names+=("$(basename "$f" .py)"); done
  local IFS=,
  echo "${names[*]}"
}
if [ -n "$only" ]; then
  for n in ${only//,/ }; do
    [ -f "$root/benchmarks/suite/$n.py" ] || [ -f "$root/benchmarks/libraries/workloads/$n.py" ] \
      || { echo "error: no program $n in benchmarks/suite or benchmarks/libraries/workloads" >&2; exit 1; }
  done
fi
rm -rf "$out/src"
mkdir -p "$out/src"
cp "$root"/benchmarks/suite/*.py "$out/src/"
keep_only "$out/src"

# compile_for PY TAG: pyc2c for one interpreter into $out/build; if pyc2c fails as a whole, each program
# is compiled on its own so that the ones it can build are still measured (bench.py reports the others)
compile_for() {
  local py=$1 tag=$2 log="$out/compile-$2.log" start end
  rm -rf "$out/build/$tag" "$out/build/c/$tag" "$out/build-one/$tag"
  start=$(date +%s%N)
  if java -jar "$jar" --python "$py" "$out/src" "$out/build" >"$log" 2>&1; then
    end=$(date +%s%N)
    echo "$tag: pyc2c built the suite in $(( (end - start) / 1000000 )) ms: $(tail -n 1 "$log")" >&2
    return 0
  fi
  echo "$tag: pyc2c failed on the suite (see $log); compiling each program on its own..." >&2
  mkdir -p "$out/build/$tag/lib"
  local f n one
  for f in "$out"/src/*.py; do
    n=$(basename "$f" .py)
    one="$out/build-one/$tag/$n"
    mkdir -p "$one/src"
    cp "$f" "$one/src/"
    if java -jar "$jar" --python "$py" "$one/src" "$one/out" >"$one/compile.log" 2>&1; then
      cp "$one/out/$tag/lib/"* "$out/build/$tag/lib/"
      [ -f "$out/build/$tag/report.json" ] || cp "$one/out/$tag/report.json" "$out/build/$tag/report.json" 2>/dev/null || true
    else
      echo "  $n: pyc2c failed:" >&2
      sed 's/^/    /' "$one/compile.log" | tail -n 15 >&2
      { echo "== $n: pyc2c failed"; cat "$one/compile.log"; } >>"$log"
    fi
  done
  # a report covering every module that was built, for the code object counts
  "$py" - "$out/build-one/$tag" "$out/build/$tag/report.json" <<'EOF'
import glob, json, os, sys
modules = []
for p in sorted(glob.glob(os.path.join(sys.argv[1], "*", "out", "*", "report.json"))):
    with open(p) as f:
        modules += json.load(f).get("modules", [])
with open(sys.argv[2], "w") as f:
    json.dump({"modules": modules}, f)
EOF
}

# bench PY TAG SRC LIB REPORT LOG [SUFFIX]: bench.py with PY on the programs of SRC and their modules in LIB;
# the printed tables also go to target/bench/results-TAG[-SUFFIX].txt
bench() {
  local py=$1 tag=$2 src=$3 lib=$4 report=$5 log=$6 suffix=${7:-}
  local args=(--rounds "$rounds" --jobs "$jobs" --out "$out" --report "$report" --compile-log "$log")
  [ -z "$suffix" ] || args+=(--tag "$suffix")
  [ "$callgrind" = 1 ] || args+=(--no-callgrind)
  [ -z "$only" ] || args+=(--only "$(only_in "$src")")
  "$py" "$root/benchmarks/bench.py" "${args[@]}" "$src" "$lib" | tee "$out/results-$tag${suffix:+-$suffix}.txt" \
    || status=1
  echo
}

status=0
[ -n "$(ls "$out/src")" ] || suite=0
if [ "$suite" = 1 ]; then
  for py in "${interpreters[@]}"; do
    tag=$("$py" -c 'import sys; print(sys.implementation.cache_tag)')
    echo "== $tag ($py)" >&2
    compile_for "$py" "$tag"
    bench "$py" "$tag" "$out/src" "$out/build/$tag/lib" "$out/build/$tag/report.json" "$out/compile-$tag.log"
  done
fi

# The library workloads: per interpreter, the standard-library modules they use are copied from that
# interpreter (benchmarks/libraries/vendor.py) next to the workloads, all compiled together.
if [ "$libraries" = 1 ]; then
  for py in "${interpreters[@]}"; do
    tag=$("$py" -c 'import sys; print(sys.implementation.cache_tag)')
    lib="$out/libraries/$tag"
    rm -rf "$lib"
    mkdir -p "$lib/src"
    cp -r "$root"/benchmarks/libraries/workloads/. "$lib/src/"
    find "$lib/src" -name __pycache__ -prune -exec rm -rf {} +
    keep_only "$lib/src"
    [ -n "$(ls "$lib/src"/*.py 2>/dev/null)" ] || continue
    "$py" "$root/benchmarks/libraries/vendor.py" "$lib/src" || { status=1; continue; }
    echo "== $tag ($py): library workloads" >&2
    start=$(date +%s%N)
    if ! java -jar "$jar" --python "$py" "$lib/src" "$lib/build" >"$lib/compile.log" 2>&1; then
      echo "$tag: pyc2c failed on the library workloads:" >&2
      tail -n 20 "$lib/compile.log" >&2
      status=1
      continue
    fi
    end=$(date +%s%N)
    echo "$tag: pyc2c built the libraries in $(( (end - start) / 1000000 )) ms: $(tail -n 1 "$lib/compile.log")" >&2
    bench "$py" "$tag" "$lib/src" "$lib/build/$tag/lib" "$lib/build/$tag/report.json" "$lib/compile.log" libraries
  done
fi

if [ "$percall" = 1 ]; then
  rm -rf "$out/percall"
  mkdir -p "$out/percall/src"
  cp "$root/benchmarks/programs/percall.py" "$out/percall/src/"
  for py in "${interpreters[@]}"; do
    tag=$("$py" -c 'import sys; print(sys.implementation.cache_tag)')
    java -jar "$jar" --python "$py" "$out/percall/src" "$out/percall/build" >"$out/percall/compile-$tag.log" 2>&1 \
      || { cat "$out/percall/compile-$tag.log" >&2; status=1; continue; }
    "$py" "$root/benchmarks/percall.py" --rounds "$rounds" "$out/percall/src" "$out/percall/build/$tag/lib" || status=1
    echo
  done
fi

if [ "$bigmodule" = 1 ]; then
  "$root/benchmarks/bigmodule.sh" --no-build || status=1
fi
exit $status
