#!/usr/bin/env bash
# Regenerates the per-version files of bytecode-model that come from the interpreters themselves:
#   - the opcode tables (src/main/resources/dev/pyc2c/bytecode/opcode/opcodes-3.X.txt)
#   - the golden-test fixture .pyc files (src/test/resources/fixtures/3.X/*.pyc)
# Usage: scripts/regenerate.sh [PYTHON ...]   (default: python3.11 python3.12 python3.13, found on
# PATH or under pyenv). Then run the tests with -Dpyc2c.updateGolden=true once to refresh the golden
# disassembly, and review the diff.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/../tools/find-python.sh"
pythons=("$@")
if [ ${#pythons[@]} -eq 0 ]; then
  for v in 3.11 3.12 3.13; do
    if p=$(find_python $v); then pythons+=("$p"); else echo "error: no Python $v found" >&2; exit 1; fi
  done
fi
for py in "${pythons[@]}"; do
  ver=$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  echo "== $ver ($py)"
  "$py" "$here/scripts/gen_opcode_table.py" "$here/src/main/resources/dev/pyc2c/bytecode/opcode/opcodes-$ver.txt"
  out="$here/src/test/resources/fixtures/$ver"
  mkdir -p "$out"
  for src in "$here"/src/test/resources/fixtures/*.py; do
    "$py" "$here/scripts/compile_fixture.py" "$src" "$out/$(basename "${src%.py}").pyc"
  done
done
