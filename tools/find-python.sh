# Sourced by pyc2c's shell scripts. find_python 3.X prints the path of a working CPython 3.X:
# python3.X on PATH if it runs (a pyenv shim for a version not selected does not), else the newest
# ~/.pyenv/versions/3.X.* (or under $PYENV_ROOT). Returns 1 if there is none.
find_python() {
  local v=$1 p d root=${PYENV_ROOT:-$HOME/.pyenv}
  if p=$(command -v "python$v" 2>/dev/null) && "$p" -c 'import sys; sys.exit(0)' >/dev/null 2>&1; then
    "$p" -c 'import sys; print(sys.executable)'; return 0
  fi
  for d in $(ls -d "$root"/versions/"$v".* 2>/dev/null | sort -rV); do
    if [ -x "$d/bin/python" ]; then echo "$d/bin/python"; return 0; fi
  done
  return 1
}
