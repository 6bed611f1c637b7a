# Sourced by pyc2c's shell scripts. find_python 3.X prints the path of a working CPython 3.X:
# python3.X on PATH if it runs (a pyenv shim for a version not selected does not), else the newest
# ~/.pyenv/versions/3.X.* (or under $PYENV_ROOT), else the newest CPython 3.X that pyc2c unpacked from
# Maven Central into its cache (the tests, and builds naming maven:3.X, put them there:
# $PYC2C_PYTHON_CACHE, else $XDG_CACHE_HOME/pyc2c/pythons, else ~/.cache/pyc2c/pythons). Returns 1 if there
# is none.
find_python() {
  local v=$1 p d root=${PYENV_ROOT:-$HOME/.pyenv} cache
  if p=$(command -v "python$v" 2>/dev/null) && "$p" -c 'import sys; sys.exit(0)' >/dev/null 2>&1; then
    "$p" -c 'import sys; print(sys.executable)'; return 0
  fi
  for d in $(ls -d "$root"/versions/"$v".* 2>/dev/null | sort -rV); do
    if [ -x "$d/bin/python" ]; then echo "$d/bin/python"; return 0; fi
  done
  cache=${PYC2C_PYTHON_CACHE:-}
  if [ -z "$cache" ]; then
    case ${XDG_CACHE_HOME:-} in /*) cache=$XDG_CACHE_HOME/pyc2c/pythons ;; *) cache=$HOME/.cache/pyc2c/pythons ;; esac
  fi
  # a directory counts once complete: its marker (.pyc2c-python) is written last
  for d in $(ls -d "$cache"/org.bytedeco/cpython/"$v".*/*/ 2>/dev/null | sort -rV); do
    if [ -f "$d/.pyc2c-python" ] && [ -x "$d/bin/python$v" ]; then echo "${d%/}/bin/python$v"; return 0; fi
  done
  return 1
}
