#!/usr/bin/env bash
# The big-module case: generates a module of 1,000 small functions (benchmarks/bigmodule.py), compiles
# it with pyc2c for CPython 3.12 with default flags and prints the size of the generated C, the build
# time (the whole pyc2c command, and the C compile of the module alone, timed through pyc2c's
# --launcher), the size of the extension module, and the interpreted/compiled time ratio of its main();
# then checks the project's bounds (build under 60 s, module under 3 MB: PASS/FAIL, reported only).
# Also reports the size of the compiled 10-line __init__.py of a tiny package.
#
#   benchmarks/bigmodule.sh [--python P] [--rounds N] [--no-build] [--callgrind] [--functions N]
#
# (--functions N: a smaller or larger module, for trying the script out; the bounds are for 1,000.)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/tools/find-python.sh"
py=""
rounds=3
build=1
callgrind=0
functions=1000
while [ $# -gt 0 ]; do
  case "$1" in
    --python) py=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --callgrind) callgrind=1; shift ;;
    --functions) functions=$2; shift 2 ;;
    *) echo "usage: $0 [--python P] [--rounds N] [--no-build] [--callgrind] [--functions N]" >&2; exit 2 ;;
  esac
done
if [ -z "$py" ]; then
  py=$(find_python 3.12) || { echo "error: no CPython 3.12 found" >&2; exit 1; }
fi
jar="$root/c-backend/target/pyc2c-c-backend-0.1.0-SNAPSHOT.jar"
out="$root/target/bench/bigmodule"
rm -rf "$out"
mkdir -p "$out/src" "$out/tiny/src/tinypkg"
if [ "$build" = 1 ]; then
  echo "Building pyc2c (mvn package)..." >&2
  mvn -B -q -f "$root/pom.xml" -DskipTests -Dinvoker.skip=true package >"$out/build.log" 2>&1 \
    || { cat "$out/build.log" >&2; exit 1; }
fi
[ -f "$jar" ] || { echo "error: $jar does not exist: build it (run without --no-build)" >&2; exit 1; }
tag=$("$py" -c 'import sys; print(sys.implementation.cache_tag)')

# a compiler launcher that records how long each C compile takes
cat >"$out/timecc.sh" <<EOF
#!/usr/bin/env bash
start=\$(date +%s%N)
"\$@"
rc=\$?
end=\$(date +%s%N)
src=""
for a in "\$@"; do case "\$a" in *.c) src=\$a ;; esac; done
echo "\$(( (end - start) / 1000000 )) \$src" >>"$out/cc-times.txt"
exit \$rc
EOF
chmod +x "$out/timecc.sh"

"$py" "$root/benchmarks/bigmodule.py" --functions "$functions" "$out/src/bigmod.py" >&2
start=$(date +%s%N)
status=0
java -jar "$jar" --python "$py" --launcher "$out/timecc.sh" "$out/src" "$out/build" >"$out/compile.log" 2>&1 || status=$?
end=$(date +%s%N)
build_ms=$(( (end - start) / 1000000 ))
if [ "$status" != 0 ]; then
  echo "pyc2c failed on the big module (exit status $status):" >&2
  tail -n 30 "$out/compile.log" >&2
fi

c="$out/build/c/$tag/bigmod.c"
so=$(ls "$out/build/$tag/lib"/bigmod.*.so 2>/dev/null | head -n 1 || true)
cc_ms=$(awk '$2 ~ /\/bigmod\.c$/ {print $1}' "$out/cc-times.txt" 2>/dev/null | tail -n 1)
src_lines=$(wc -l <"$out/src/bigmod.py")
src_bytes=$(wc -c <"$out/src/bigmod.py")
echo
echo "big module: $functions functions, $src_lines lines, $src_bytes bytes of Python ($("$py" -V 2>&1), $tag, default flags)"
if [ -f "$c" ]; then
  echo "generated C:       $(wc -c <"$c") bytes, $(wc -l <"$c") lines ($c)"
else
  echo "generated C:       none (pyc2c failed)"
fi
echo "build wall time:   $(awk "BEGIN { printf \"%.1f\", $build_ms / 1000 }") s (the whole pyc2c command: bytecode, C generation, runtime and module compile, link)"
if [ -n "$cc_ms" ]; then
  echo "C compile alone:   $(awk "BEGIN { printf \"%.1f\", $cc_ms / 1000 }") s (the compiler run on bigmod.c, as pyc2c invokes it)"
fi
# stripped_size SO: the size without debug information (the default flags of CPython builds include -g)
stripped_size() {
  if command -v strip >/dev/null 2>&1 && strip --strip-debug -o "$out/stripped.so" "$1" 2>/dev/null; then
    wc -c <"$out/stripped.so"; rm -f "$out/stripped.so"
  else
    echo "?"
  fi
}
if [ -n "$so" ]; then
  so_bytes=$(wc -c <"$so")
  echo "extension module:  $so_bytes bytes, $(stripped_size "$so") bytes without debug information (strip --strip-debug) ($so)"
else
  so_bytes=""
  echo "extension module:  none"
fi
echo "runtime compiles:  $(awk '$2 !~ /\/bigmod\.c$/ {s += $1} END { printf "%.1f", s / 1000 }' "$out/cc-times.txt" 2>/dev/null) s of compiler time on the runtime's files (in parallel with the module)"
if [ "$build_ms" -lt 60000 ] && [ "$status" = 0 ]; then bound1=PASS; else bound1=FAIL; fi
if [ -n "$so_bytes" ] && [ "$so_bytes" -lt 3000000 ]; then bound2=PASS; else bound2=FAIL; fi
echo "bound build < 60 s:           $bound1"
echo "bound module < 3 MB (3000000 bytes, as built): $bound2"

# a tiny package: a compiled 10-line __init__.py
cat >"$out/tiny/src/tinypkg/__init__.py" <<'EOF'
"""A tiny package: a version, a constant and two small functions."""
__version__ = "1.0"
DEFAULT_NAME = "world"

def greet(name=DEFAULT_NAME):
    return "hello, %s" % name


def add(a, b):
    return a + b
EOF
if java -jar "$jar" --python "$py" "$out/tiny/src" "$out/tiny/build" >"$out/tiny/compile.log" 2>&1; then
  tso=$(ls "$out/tiny/build/$tag/lib/tinypkg"/__init__.*.so 2>/dev/null | head -n 1 || true)
  if [ -n "$tso" ]; then
    echo "tiny package:      tinypkg/__init__.py ($(wc -l <"$out/tiny/src/tinypkg/__init__.py") lines) compiles to $(wc -c <"$tso") bytes, $(stripped_size "$tso") bytes without debug information ($tso)"
  else
    echo "tiny package:      no extension module found under $out/tiny/build/$tag/lib"
    find "$out/tiny/build/$tag/lib" >&2 || true
  fi
else
  echo "tiny package:      pyc2c failed:"; tail -n 20 "$out/tiny/compile.log"
fi

# the time ratio of main() (and instructions with --callgrind)
if [ -n "$so" ]; then
  echo
  args=(--rounds "$rounds" --out "$out" --report "$out/build/$tag/report.json")
  [ "$callgrind" = 1 ] || args+=(--no-callgrind)
  "$py" "$root/benchmarks/bench.py" "${args[@]}" "$out/src" "$out/build/$tag/lib" || true
fi
