#!/usr/bin/env bash
# Regenerates the c-backend test fixtures that come from the interpreters: the .pyc files next to
# each golden-test source (src/test/resources/golden/NAME.py -> NAME.3XX.pyc), compiled with the
# recorded file name NAME.py. Then refresh the golden C with
#   mvn -pl c-backend test -Dtest=GoldenCTest -Dpyc2c.updateGolden=true
# and review the diff.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/../tools/find-python.sh"
for v in 3.11 3.12 3.13 3.14; do
  py=$(find_python "$v") || { echo "error: no CPython $v found" >&2; exit 1; }
  for src in "$here"/src/test/resources/golden/*.py; do
    name=$(basename "${src%.py}")
    "$py" "$here/../bytecode-model/scripts/compile_fixture.py" "$src" "$here/src/test/resources/golden/$name.${v/./}.pyc"
  done
done
