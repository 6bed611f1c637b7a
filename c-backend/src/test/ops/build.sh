#!/usr/bin/env bash
# Builds the opstest extension (opstest.c + the runtime's pyc2c_ops.c) for one interpreter.
#   PYTHON=/path/to/python3.x ./build.sh        (default: a CPython 3.12 as tools/find-python.sh finds it, else python3)
# Output: opstest$(EXT_SUFFIX) next to this script, e.g. opstest.cpython-312-x86_64-linux-gnu.so,
# so builds for several versions can sit side by side.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
runtime="$here/../../main/resources/dev/pyc2c/backend/runtime"
if [[ -z "${PYTHON:-}" ]]; then
    # python3.12 on PATH, pyenv's, or the one pyc2c's tests unpacked from Maven Central
    . "$here/../../../../tools/find-python.sh"
    PYTHON=$(find_python 3.12) || PYTHON=python3
fi
include="$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_paths()["include"])')"
suffix="$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))')"
out="$here/opstest$suffix"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cc="${CC:-gcc}"
# The runtime's headers include its ABI tag, which the build writes (RuntimeSources.extractTo).
echo '#define PYC2C_ABI_TAG "opstest"' > "$tmp/pyc2c_abi_tag.h"
common=(-fPIC -O2 -g -fvisibility=hidden -Wall -Wextra -Werror -I"$runtime" -I"$tmp" -I"$include")
# The runtime must compile warning-free with -Wall -Wextra as it is; the test module's
# METH_O/METH_VARARGS functions ignore `self`.
"$cc" "${common[@]}" ${CFLAGS:-} -c "$runtime/pyc2c_ops.c" -o "$tmp/pyc2c_ops.o"
"$cc" "${common[@]}" -Wno-unused-parameter ${CFLAGS:-} -c "$here/opstest.c" -o "$tmp/opstest.o"
"$cc" -shared "$tmp/pyc2c_ops.o" "$tmp/opstest.o" -o "$out"
echo "$out"
