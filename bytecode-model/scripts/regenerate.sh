#!/usr/bin/env bash
# Regenerates the per-version files of bytecode-model that come from the interpreters themselves:
#   - the opcode tables (src/main/resources/dev/pyc2c/bytecode/opcode/opcodes-3.X.txt)
#   - the stack-signature tables (src/main/resources/dev/pyc2c/bytecode/opcode/stack-3.X.txt)
#   - the golden-test fixture .pyc files (src/test/resources/fixtures/3.X/*.pyc)
# Usage: scripts/regenerate.sh [PYTHON ...]   (default: python3.11 python3.12 python3.13 python3.14, found on
# PATH or under pyenv). Then run the tests with -Dpyc2c.updateGolden=true once to refresh the golden
# disassembly, and review the diff.
#
# Stack signatures: gen_stack_signatures.py reads CPython's Python/bytecodes.c of each version from
# scripts/cpython-src/3.X/bytecodes.c (a copy, or the declarations transcribed from one; SOURCE beside
# it says which, and goes into the table's header) and checks every signature against the
# interpreter's dis.stack_effect. To take a newer bytecodes.c, replace the copy, e.g.
#   git -C cpython show v3.13.0:Python/bytecodes.c > scripts/cpython-src/3.13/bytecodes.c
# and update SOURCE. 3.11 has no bytecodes.c: its table is made from 3.12's file and the hand-written
# scripts/stack-3.11-overrides.txt. An interpreter given on the command line may be a Maven copy
# (e.g. CPython 3.14 unpacked from org.bytedeco:cpython), not only one on PATH or under pyenv.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/../tools/find-python.sh"
pythons=("$@")
if [ ${#pythons[@]} -eq 0 ]; then
  for v in 3.11 3.12 3.13 3.14; do
    if p=$(find_python $v); then pythons+=("$p"); else echo "error: no Python $v found" >&2; exit 1; fi
  done
fi
resources="$here/src/main/resources/dev/pyc2c/bytecode/opcode"
src="$here/scripts/cpython-src"
stack_table() {  # PYTHON VERSION
  local py=$1 ver=$2
  if [ "$ver" = 3.11 ]; then
    "$py" "$here/scripts/gen_stack_signatures.py" --label "$(cat "$src/3.12/SOURCE")" \
      --from-3.12 "$src/3.12/bytecodes.c" --overrides "$here/scripts/stack-3.11-overrides.txt" \
      "$resources/stack-$ver.txt"
  else
    "$py" "$here/scripts/gen_stack_signatures.py" --label "$(cat "$src/$ver/SOURCE")" \
      "$src/$ver/bytecodes.c" "$resources/stack-$ver.txt"
  fi
}
for py in "${pythons[@]}"; do
  ver=$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  echo "== $ver ($py)"
  "$py" "$here/scripts/gen_opcode_table.py" "$resources/opcodes-$ver.txt"
  stack_table "$py" "$ver"
  out="$here/src/test/resources/fixtures/$ver"
  mkdir -p "$out"
  for src_py in "$here"/src/test/resources/fixtures/*.py; do
    "$py" "$here/scripts/compile_fixture.py" "$src_py" "$out/$(basename "${src_py%.py}").pyc"
  done
done
