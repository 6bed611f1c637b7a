"""Interpreted vs compiled, interleaved: prints the speed ratio of each benchmark program.

Usage: python compare.py SRC_DIR LIB_DIR [--rounds N] MODULE...

SRC_DIR holds the benchmark sources, LIB_DIR the extension modules pyc2c built from them (for the
interpreter running this script). Each round imports every MODULE once from each tree, in a fresh
interpreter each time, alternating which goes first; the time is the import (the module runs its
workload at import). The outputs of the two must be identical. Prints, per module, the median time
of each and the ratio interpreted/compiled (above 1: compiled is faster), then the per-round ratios.
"""
import os
import statistics
import subprocess
import sys

RUNNER = """
import sys, time
sys.path.insert(0, sys.argv[1])
t0 = time.perf_counter()
__import__(sys.argv[2])
sys.stdout.flush()
sys.stderr.write("%.6f\\n" % (time.perf_counter() - t0))
"""


def run(root, module):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    p = subprocess.run([sys.executable, "-c", RUNNER, root, module], capture_output=True, text=True, env=env)
    if p.returncode != 0:
        sys.exit("%s from %s failed (exit %d):\n%s" % (module, root, p.returncode, p.stderr))
    return p.stdout, float(p.stderr.strip().splitlines()[-1])


def main(argv):
    rounds = 5
    args = []
    it = iter(argv)
    for a in it:
        if a == "--rounds":
            rounds = int(next(it))
        else:
            args.append(a)
    if len(args) < 3:
        sys.exit(__doc__)
    src, lib, modules = args[0], args[1], args[2:]
    print("CPython %s, %d rounds, interleaved" % (sys.version.split()[0], rounds))
    print("%-16s %12s %12s %8s   %s" % ("benchmark", "interpreted", "compiled", "ratio", "per-round ratios"))
    for m in modules:
        ti, tc, ratios = [], [], []
        for r in range(rounds):
            order = [(src, ti), (lib, tc)] if r % 2 == 0 else [(lib, tc), (src, ti)]
            outs = {}
            for root, times in order:
                out, t = run(root, m)
                outs[root] = out
                times.append(t)
            if outs[src] != outs[lib]:
                sys.exit("%s: the compiled module printed something else:\n%s\nvs\n%s" % (m, outs[src], outs[lib]))
            ratios.append(ti[-1] / tc[-1])
        mi, mc = statistics.median(ti), statistics.median(tc)
        print("%-16s %10.3f s %10.3f s %7.2fx   %s" % (m, mi, mc, mi / mc, " ".join("%.2f" % x for x in ratios)))


if __name__ == "__main__":
    main(sys.argv[1:])
