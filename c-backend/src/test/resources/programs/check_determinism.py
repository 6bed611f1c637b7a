#!/usr/bin/env python3
"""Determinism check for the differential test programs.

For every p_*.py and bench_*.py in this directory, import the module as a
top-level module from a fresh interpreter (programs dir on sys.path, cwd in
a temporary directory) twice, under PYTHONHASHSEED=1 and PYTHONHASHSEED=2
(or the --seeds given), and compare the captured output byte for byte.  The captured output is the
module's stdout followed, if the import raised, by a normalised report of
the uncaught exception: type, message, chained causes/contexts and the
traceback entries (basename of file, function, line) that belong to the
programs directory (importlib's frozen frames and the runner are dropped).

Usage:
    check_determinism.py [--python PATH ...] [--save DIR] [--seeds 1,2]
                         [--only NAME ...] [-v]

With several --python options each interpreter is checked; the first one is
the reference and, for every other interpreter, programs whose output
differs from the reference are reported as version-dependent.  Default
interpreters: ~/.pyenv/versions/3.12.1 (reference), 3.11.7 and 3.13.0 when
they exist.  Exit status is 1 if any program is non-deterministic, if a
p_uncaught_* program does not raise, or if any other program raises (under
the reference interpreter).
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

RUNNER = r'''
import sys, os, traceback, importlib
progdir, name = sys.argv[1], sys.argv[2]
sys.path.insert(0, progdir)
try:
    importlib.import_module(name)
except BaseException as exc:
    sys.stdout.flush()
    def entries(e):
        # Frames of the importer (runner, importlib) before the first frame
        # in the programs directory are dropped; stdlib frames after it are
        # kept as <outside>/basename with line 0 (line numbers of the
        # standard library differ between versions).
        out = []
        seen_program = False
        for fs in traceback.extract_tb(e.__traceback__):
            fn = fs.filename
            inside = os.path.isabs(fn) and fn.startswith(progdir + os.sep)
            if not inside and not seen_program:
                continue
            seen_program = True
            if inside:
                out.append((os.path.relpath(fn, progdir), fs.name, fs.lineno))
            else:
                out.append(("<outside>/" + os.path.basename(fn), fs.name, 0))
        return out
    def report(e, depth, seen):
        if id(e) in seen:
            return
        seen.add(id(e))
        ind = "  " * depth
        print(ind + "exception: %s.%s" % (type(e).__module__, type(e).__qualname__))
        print(ind + "message: %r" % (str(e),))
        for ent in entries(e):
            print(ind + "  at %s:%s:%d" % ent)
        if isinstance(e, BaseExceptionGroup):
            for i, sub in enumerate(e.exceptions):
                print(ind + "sub-exception %d:" % i)
                report(sub, depth + 1, seen)
        if e.__cause__ is not None:
            print(ind + "cause:")
            report(e.__cause__, depth + 1, seen)
        elif e.__context__ is not None and not e.__suppress_context__:
            print(ind + "context:")
            report(e.__context__, depth + 1, seen)
    print("=== UNCAUGHT EXCEPTION ===")
    report(exc, 0, set())
    sys.stdout.flush()
    os._exit(3)
'''


def default_pythons():
    base = os.path.expanduser("~/.pyenv/versions")
    found = []
    for v in ("3.12.1", "3.11.7", "3.13.0"):
        p = os.path.join(base, v, "bin", "python")
        if os.path.exists(p):
            found.append(p)
    return found or [sys.executable]


def version_of(python):
    out = subprocess.run([python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def programs(only):
    names = sorted(f[:-3] for f in os.listdir(HERE)
                   if f.endswith(".py") and (f.startswith("p_") or f.startswith("bench_")))
    if only:
        names = [n for n in names if n in only]
    return names


def run_once(python, name, seed, workdir):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = str(seed)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # not -I/-E: those would also ignore PYTHONHASHSEED
    for var in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONHOME", "PYTHONWARNINGS", "PYTHONINSPECT",
                "PYTHONOPTIMIZE", "PYTHONDEVMODE", "PYTHONSAFEPATH", "PYTHONINTMAXSTRDIGITS",
                "PYTHONUTF8", "PYTHONWARNDEFAULTENCODING", "PYTHONMALLOC", "PYTHONFAULTHANDLER"):
        env.pop(var, None)
    env["PYTHONIOENCODING"] = "utf-8"
    t0 = time.monotonic()
    try:
        proc = subprocess.run([python, "-s", "-c", RUNNER, HERE, name], cwd=workdir, env=env,
                              capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        return b"<<TIMEOUT>>", b"", -1, 120.0
    return proc.stdout, proc.stderr, proc.returncode, time.monotonic() - t0


def check(python, names, save, seeds):
    ver = version_of(python)
    results = {}
    with tempfile.TemporaryDirectory() as workdir:
        for name in names:
            out1, err1, rc1, dt = run_once(python, name, seeds[0], workdir)
            det = True
            for seed in seeds[1:]:
                out2, err2, rc2, _ = run_once(python, name, seed, workdir)
                det = det and out1 == out2 and rc1 == rc2
            status = "uncaught" if rc1 == 3 else ("ok" if rc1 == 0 else "crash(rc=%d)" % rc1)
            results[name] = dict(out=out1, err=err1, status=status, det=det, time=dt)
            if save:
                d = os.path.join(save, ver)
                os.makedirs(d, exist_ok=True)
                with open(os.path.join(d, name + ".out"), "wb") as f:
                    f.write(out1)
                if err1:
                    with open(os.path.join(d, name + ".err"), "wb") as f:
                        f.write(err1)
    return ver, results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--python", action="append")
    ap.add_argument("--save")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--seeds", default="1,2", help="comma-separated PYTHONHASHSEED values (default 1,2)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    pythons = args.python or default_pythons()
    names = programs(args.only)
    failures = 0
    ref = None
    for i, python in enumerate(pythons):
        ver, res = check(python, names, args.save, [int(x) for x in args.seeds.split(",")])
        print("== Python %s (%s): %d programs" % (ver, python, len(names)))
        nondet = [n for n in names if not res[n]["det"]]
        uncaught = [n for n in names if res[n]["status"] == "uncaught"]
        crashes = [n for n in names if res[n]["status"].startswith("crash")]
        for n in names:
            r = res[n]
            expect_uncaught = n.startswith("p_uncaught_")
            flags = []
            if not r["det"]:
                flags.append("NONDETERMINISTIC")
            if r["status"] == "uncaught" and not expect_uncaught:
                flags.append("UNEXPECTED-UNCAUGHT")
            if r["status"] == "ok" and expect_uncaught:
                flags.append("EXPECTED-UNCAUGHT-BUT-COMPLETED")
            if r["status"].startswith("crash"):
                flags.append("CRASH")
            if r["err"]:
                flags.append("STDERR")
            if ref is not None and n in ref[1]:
                if ref[1][n]["out"] != r["out"]:
                    flags.append("DIFFERS-FROM-%s" % ref[0])
            if r["time"] > 2.0 and not n.startswith("bench_"):
                flags.append("SLOW(%.1fs)" % r["time"])
            line = "  %-40s %-10s %6.2fs %s" % (n, r["status"], r["time"], " ".join(flags))
            if flags or args.verbose:
                print(line)
            if i == 0 and (set(flags) - {"STDERR"}):
                failures += 1
            if i > 0 and "NONDETERMINISTIC" in flags:
                failures += 1
        print("  deterministic: %d/%d; uncaught-exception programs: %d (%s); crashes: %d"
              % (len(names) - len(nondet), len(names), len(uncaught), ", ".join(uncaught), len(crashes)))
        if i == 0:
            ref = (ver, res)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
