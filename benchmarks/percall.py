"""Per-call cost, interpreted vs compiled, interleaved.

Usage: python percall.py SRC_DIR LIB_DIR [--rounds N]

Imports the percall benchmark module from each tree in fresh interpreters, alternating, and prints per
call form the median nanoseconds per call, interpreted and compiled, and the difference.
"""
import json
import os
import statistics
import subprocess
import sys

RUNNER = """
import json, sys
sys.path.insert(0, sys.argv[1])
import percall
print(json.dumps(percall.RESULTS))
"""


def run(root):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    p = subprocess.run([sys.executable, "-c", RUNNER, root], capture_output=True, text=True, env=env)
    if p.returncode != 0:
        sys.exit("percall from %s failed:\n%s" % (root, p.stderr))
    return json.loads(p.stdout)


def main(argv):
    rounds = 3
    if "--rounds" in argv:
        i = argv.index("--rounds")
        rounds = int(argv[i + 1])
        del argv[i:i + 2]
    src, lib = argv[0], argv[1]
    ti, tc = {}, {}
    for r in range(rounds):
        for root, acc in ([(src, ti), (lib, tc)] if r % 2 == 0 else [(lib, tc), (src, ti)]):
            for k, v in run(root).items():
                acc.setdefault(k, []).append(v)
    print("CPython %s, ns per call (loop cost subtracted), median of %d interleaved runs" % (sys.version.split()[0], rounds))
    print("%-28s %12s %10s %10s" % ("call", "interpreted", "compiled", "change"))
    for k in ti:
        i, c = statistics.median(ti[k]), statistics.median(tc[k])
        print("%-28s %10.1f ns %7.1f ns %+8.1f ns" % (k, i, c, c - i))


if __name__ == "__main__":
    main(sys.argv[1:])
