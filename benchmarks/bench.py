"""pyc2c's CPU benchmark suite runner: interpreted against compiled, for the interpreter running it.

Usage: python bench.py [options] SRC_DIR LIB_DIR

SRC_DIR holds the benchmark programs (benchmarks/suite/*.py), LIB_DIR the extension modules pyc2c built
from them for the interpreter running this script (OUT/<cache_tag>/lib). Standard library only.

Options:
  --rounds N        timing rounds per program (default 7)
  --only a,b        run only these programs
  --no-callgrind    skip the instruction counts
  --jobs N          callgrind runs in parallel (default 2)
  --report FILE     pyc2c's report.json, for the count of code objects compiled to C per program
  --out DIR         where results-<cache_tag>.json and .md go (default: the parent of SRC_DIR)
  --tag TEXT        a suffix for the result files (results-<cache_tag>-<tag>.json)
  --compile-log F   the log of the pyc2c run, named when a program has no extension module

       python bench.py --render RESULTS.json...
prints the tables of earlier results again (and rewrites the .md next to each JSON file).

Each program is a module defining main(n) (returns a short checksum string), TIME_N, INSTR_N and
optionally KIND = "generator". Per program, each round runs main(TIME_N) once interpreted (imported
from SRC_DIR) and once compiled (imported from LIB_DIR), each in a fresh interpreter, alternating which
goes first; the child checks where the module came from and times only the call. Ratio = median
interpreted time / median compiled time (above 1: compiled is faster); the checksums must be equal.
Unless --no-callgrind, each program also runs under callgrind at INSTR_N, and at n = 0 (import only,
main not called) as a baseline to subtract: instructions of the workload = Ir(INSTR_N) - Ir(0), and
the instruction ratio is interpreted / compiled. A program that fails (not built, crash, wrong
checksum) is reported as such and the others go on; the exit status is 1 if any failed.
"""
import ast
import concurrent.futures
import datetime
import glob
import importlib.machinery
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

# The child: imports the program from DIR, checks it came from the expected kind of file, calls
# main(N) (not at all when N is 0: the callgrind baseline) timing only the call, prints one result line.
RUNNER = r"""
import sys, time
d, name, n, mode = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
sys.path.insert(0, d)
import importlib.machinery, os


# whether module m is not of the mode's kind: a .py file interpreted, an extension module compiled
def wrong_kind(m):
    f = getattr(m, "__file__", None) or ""
    if mode == "interpreted":
        return not f.endswith(".py")
    return not (f.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
                and isinstance(getattr(m.__spec__, "loader", None), importlib.machinery.ExtensionFileLoader))


def refuse(m):
    sys.stderr.write("BENCH-WRONG-MODULE: %s was imported from %r, not as %s module from %s\n"
                     % (m.__name__, getattr(m, "__file__", None), "a .py" if mode == "interpreted" else "an extension", d))
    sys.exit(3)


mod = __import__(name)
if wrong_kind(mod) or os.path.dirname(os.path.abspath(getattr(mod, "__file__", None) or "")) != os.path.abspath(d):
    refuse(mod)
c0 = time.process_time()
t0 = time.perf_counter()
r = mod.main(n) if n else ""
t1 = time.perf_counter()
c1 = time.process_time()
# every other module imported from DIR (the copied libraries of benchmarks/libraries) must be of the
# same kind as the program: a workload must not measure an interpreted library against itself
root = os.path.abspath(d) + os.sep
for other in list(sys.modules.values()):
    if os.path.abspath(getattr(other, "__file__", None) or "").startswith(root) and wrong_kind(other):
        refuse(other)
if not isinstance(r, str):
    sys.stderr.write("BENCH-BAD-RESULT: main(%d) returned %r, not a str\n" % (n, r))
    sys.exit(4)
sys.stdout.write("BENCH-RESULT\t%.6f\t%.6f\t%r\n" % (t1 - t0, c1 - c0, r))
"""

TIMING_TIMEOUT = 300
CALLGRIND_TIMEOUT = 1800
MODES = ("interpreted", "compiled")


class ProgramFailure(Exception):
    pass


def child_env():
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    for k in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONHOME", "PYTHONINSPECT"):
        env.pop(k, None)
    return env


def tail(text, lines=12):
    t = text.strip().splitlines()
    return "\n".join(("    " + x) for x in t[-lines:])


def program_info(path):
    """TIME_N, INSTR_N and KIND from the module's source, without running it."""
    tree = ast.parse(open(path, encoding="utf-8").read(), path)
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name in ("TIME_N", "INSTR_N", "KIND"):
                found[name] = ast.literal_eval(node.value)
    has_main = any(isinstance(n, ast.FunctionDef) and n.name == "main" for n in tree.body)
    return found, has_main


def extension_of(lib, name):
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        p = os.path.join(lib, name + suffix)
        if os.path.isfile(p):
            return p
    return None


class Runner:
    def __init__(self, src, lib, workdir):
        self.src = os.path.abspath(src)
        self.lib = os.path.abspath(lib)
        self.workdir = workdir  # an empty directory to run the children in
        self.env = child_env()

    def root(self, mode):
        return self.src if mode == "interpreted" else self.lib

    def command(self, name, n, mode):
        return [sys.executable, "-c", RUNNER, self.root(mode), name, str(n), mode]

    def parse(self, name, n, mode, p):
        if p.returncode != 0:
            err = p.stderr
            m = re.search(r"BENCH-(WRONG-MODULE|BAD-RESULT): (.*)", err)
            if m:
                raise ProgramFailure(m.group(2))
            raise ProgramFailure("%s main(%d) failed (exit status %d):\n%s" % (mode, n, p.returncode, tail(err)))
        for line in reversed(p.stdout.splitlines()):
            if line.startswith("BENCH-RESULT\t"):
                _, wall, cpu, result = line.split("\t", 3)
                return float(wall), float(cpu), ast.literal_eval(result)
        raise ProgramFailure("%s main(%d) printed no result line:\n%s" % (mode, n, tail(p.stdout + p.stderr)))

    def time_once(self, name, n, mode):
        try:
            p = subprocess.run(self.command(name, n, mode), capture_output=True, text=True, env=self.env,
                               cwd=self.workdir, timeout=TIMING_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise ProgramFailure("%s main(%d) did not finish within %d s" % (mode, n, TIMING_TIMEOUT))
        return self.parse(name, n, mode, p)

    def callgrind(self, name, n, mode):
        """Total instructions (Ir) of a whole child run under callgrind, and its result."""
        cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + self.command(name, n, mode)
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, env=self.env, cwd=self.workdir,
                               timeout=CALLGRIND_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise ProgramFailure("%s main(%d) under callgrind did not finish within %d s" % (mode, n, CALLGRIND_TIMEOUT))
        _, _, result = self.parse(name, n, mode, p)
        m = re.search(r"Collected\s*:\s*(\d+)", p.stderr)
        if not m:
            raise ProgramFailure("no 'Collected :' line from callgrind for %s main(%d):\n%s" % (mode, n, tail(p.stderr)))
        return int(m.group(1)), result


def geomean(xs):
    xs = [x for x in xs if x and x > 0]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def machine_info():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        nproc = len(os.sched_getaffinity(0))
    except AttributeError:
        nproc = os.cpu_count()
    valgrind = None
    if shutil.which("valgrind"):
        try:
            valgrind = subprocess.run(["valgrind", "--version"], capture_output=True, text=True).stdout.strip()
        except OSError:
            pass
    return {"nproc": nproc, "cpu": cpu, "host": platform.node(), "system": platform.platform(),
            "valgrind": valgrind}


def code_objects(report_path):
    """{module: (compiled, total)} from pyc2c's report.json."""
    if not report_path or not os.path.isfile(report_path):
        return {}
    with open(report_path) as f:
        report = json.load(f)
    result = {}
    for m in report.get("modules", []):
        objs = m.get("codeObjects", [])
        result[m["module"]] = (sum(1 for c in objs if c.get("status") == "compiled"), len(objs))
    return result


def fmt_ratio(x):
    return "%.2fx" % x if x else "-"


def fmt_m(ir):
    return "%.1f" % (ir / 1e6) if ir is not None else "-"


def parse_args(argv):
    opts = {"rounds": 7, "only": None, "callgrind": True, "jobs": 2, "report": None, "out": None,
            "tag": None, "compile_log": None}
    args = []
    it = iter(argv)
    for a in it:
        if a == "--rounds":
            opts["rounds"] = int(next(it))
        elif a == "--only":
            opts["only"] = [x for x in next(it).split(",") if x]
        elif a == "--no-callgrind":
            opts["callgrind"] = False
        elif a == "--jobs":
            opts["jobs"] = max(1, int(next(it)))
        elif a == "--report":
            opts["report"] = next(it)
        elif a == "--out":
            opts["out"] = next(it)
        elif a == "--tag":
            opts["tag"] = next(it)
        elif a == "--compile-log":
            opts["compile_log"] = next(it)
        elif a in ("-h", "--help"):
            print(__doc__)
            sys.exit(0)
        elif a.startswith("--"):
            sys.exit("bench.py: unknown option %s\n%s" % (a, __doc__))
        else:
            args.append(a)
    if len(args) != 2:
        sys.exit(__doc__)
    return opts, args[0], args[1]


def main(argv):
    if argv and argv[0] == "--render":
        render(argv[1:])
        return 0
    opts, src, lib = parse_args(argv)
    if not os.path.isdir(src):
        sys.exit("bench.py: no source directory %s" % src)
    if not os.path.isdir(lib):
        sys.exit("bench.py: no extension module directory %s (did pyc2c build for %s?)" % (lib, sys.executable))
    if opts["callgrind"] and not shutil.which("valgrind"):
        sys.exit("bench.py: valgrind is not on PATH: install it or pass --no-callgrind")
    names = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(src, "*.py")))
    if opts["only"]:
        unknown = [n for n in opts["only"] if n not in names]
        if unknown:
            sys.exit("bench.py: no program %s in %s (there are: %s)" % (", ".join(unknown), src, " ".join(names)))
        names = [n for n in names if n in opts["only"]]
    tag = sys.implementation.cache_tag
    out_dir = opts["out"] or os.path.dirname(os.path.abspath(src))
    os.makedirs(out_dir, exist_ok=True)
    stem = "results-%s%s" % (tag, "-" + opts["tag"] if opts["tag"] else "")
    rounds = opts["rounds"]
    started = datetime.datetime.now().astimezone()
    machine = machine_info()
    objs = code_objects(opts["report"])

    load_start = load_average()
    header = header_lines({"machine": machine, "date": started.isoformat(timespec="seconds"),
                           "load_average": {"start": load_start},
                           "python": {"version": platform.python_version(), "executable": sys.executable,
                                      "cache_tag": tag},
                           "rounds": rounds, "callgrind": opts["callgrind"]})
    for line in header:
        print(line)
    print(flush=True)

    workdir = tempfile.mkdtemp(prefix="pyc2c-bench-")
    runner = Runner(src, lib, workdir)
    results = []
    try:
        # 1. timing, one program at a time (nothing else running)
        for name in names:
            r = {"name": name, "status": "ok", "error": None}
            results.append(r)
            try:
                info, has_main = program_info(os.path.join(src, name + ".py"))
            except SyntaxError as e:
                info, has_main = {}, False
                r["status"] = "failed"
                r["error"] = "cannot parse %s: %s" % (name + ".py", e)
            r["kind"] = info.get("KIND", "")
            r["time_n"] = info.get("TIME_N")
            r["instr_n"] = info.get("INSTR_N")
            if name in objs:
                r["code_objects_compiled"], r["code_objects"] = objs[name]
            if r["status"] != "ok":
                print("%-14s FAILED: %s" % (name, r["error"]), file=sys.stderr, flush=True)
                continue
            try:
                if not has_main or r["time_n"] is None or r["instr_n"] is None:
                    raise ProgramFailure("the program must define main(n), TIME_N and INSTR_N")
                if extension_of(lib, name) is None:
                    raise ProgramFailure("not built: no extension module %s.*.so in %s (pyc2c failed on it%s)"
                                         % (name, lib, "; see " + opts["compile_log"] if opts["compile_log"] else ""))
                times = {m: [] for m in MODES}
                cpus = {m: [] for m in MODES}
                ratios = []
                checksum = None
                for k in range(rounds):
                    order = MODES if k % 2 == 0 else MODES[::-1]
                    outs = {}
                    for mode in order:
                        wall, cpu, out = runner.time_once(name, r["time_n"], mode)
                        times[mode].append(wall)
                        cpus[mode].append(cpu)
                        outs[mode] = out
                    if outs["interpreted"] != outs["compiled"]:
                        r["checksum_interpreted"] = outs["interpreted"]
                        r["checksum_compiled"] = outs["compiled"]
                        raise ProgramFailure("different result compiled: main(%d) returned %r interpreted, %r compiled"
                                             % (r["time_n"], outs["interpreted"], outs["compiled"]))
                    if checksum is not None and outs["interpreted"] != checksum:
                        raise ProgramFailure("not deterministic: main(%d) returned %r, then %r"
                                             % (r["time_n"], checksum, outs["interpreted"]))
                    checksum = outs["interpreted"]
                    ratios.append(times["interpreted"][-1] / times["compiled"][-1])
                r["checksum"] = checksum
                r["times"] = times
                r["cpu_times"] = cpus
                r["round_ratios"] = ratios
                r["interpreted_s"] = statistics.median(times["interpreted"])
                r["compiled_s"] = statistics.median(times["compiled"])
                r["ratio"] = r["interpreted_s"] / r["compiled_s"]
                r["cpu_ratio"] = statistics.median(cpus["interpreted"]) / statistics.median(cpus["compiled"])
                r["best_ratio"] = best_ratio(r)
                print("%-14s %7.3f s %7.3f s %6.2fx (best %.2fx)   %s" % (name, r["interpreted_s"], r["compiled_s"], r["ratio"], r["best_ratio"],
                      " ".join("%.2f" % x for x in ratios)), file=sys.stderr, flush=True)
            except ProgramFailure as e:
                r["status"] = "failed"
                r["error"] = str(e)
                print("%-14s FAILED: %s" % (name, e), file=sys.stderr, flush=True)

        # 2. instruction counts, `jobs` callgrind runs at a time
        if opts["callgrind"]:
            jobs = {}
            with concurrent.futures.ThreadPoolExecutor(max_workers=opts["jobs"]) as pool:
                for r in results:
                    if r["status"] != "ok":
                        continue
                    for mode in MODES:
                        for n in (r["instr_n"], 0):
                            jobs[(r["name"], mode, n)] = pool.submit(runner.callgrind, r["name"], n, mode)
                print("callgrind: %d runs, %d at a time..." % (len(jobs), opts["jobs"]), file=sys.stderr, flush=True)
                for r in results:
                    if r["status"] != "ok":
                        continue
                    try:
                        ir = {}
                        outs = {}
                        for mode in MODES:
                            total, outs[mode] = jobs[(r["name"], mode, r["instr_n"])].result()
                            base, _ = jobs[(r["name"], mode, 0)].result()
                            ir[mode] = {"total": total, "baseline": base, "workload": total - base}
                        r["instr"] = ir
                        if outs["interpreted"] != outs["compiled"]:
                            raise ProgramFailure("different result compiled: main(%d) returned %r interpreted, %r compiled"
                                                 % (r["instr_n"], outs["interpreted"], outs["compiled"]))
                        wi, wc = ir["interpreted"]["workload"], ir["compiled"]["workload"]
                        r["instr_ratio"] = wi / wc if wi > 0 and wc > 0 else None
                        print("%-14s %9.1f M %9.1f M %6s" % (r["name"], wi / 1e6, wc / 1e6, fmt_ratio(r["instr_ratio"])),
                              file=sys.stderr, flush=True)
                    except ProgramFailure as e:
                        r["status"] = "failed"
                        r["error"] = str(e)
                        print("%-14s FAILED: %s" % (r["name"], e), file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    finished = datetime.datetime.now().astimezone()
    doc = {
        "date": started.isoformat(timespec="seconds"),
        "finished": finished.isoformat(timespec="seconds"),
        "machine": machine,
        "load_average": {"start": load_start, "end": load_average()},
        "python": {"version": platform.python_version(), "executable": sys.executable, "cache_tag": tag},
        "rounds": rounds,
        "callgrind": opts["callgrind"],
        "src": os.path.abspath(src),
        "lib": os.path.abspath(lib),
        "programs": results,
        "summary": summarise(results),
    }
    print(render_text(doc))
    print("(suite run took %.0f s; load average %s at the start, %s at the end)"
          % ((finished - started).total_seconds(), doc["load_average"]["start"], doc["load_average"]["end"]))
    json_path = os.path.join(out_dir, stem + ".json")
    with open(json_path, "w") as f:
        json.dump(doc, f, indent=1)
    md_path = os.path.join(out_dir, stem + ".md")
    with open(md_path, "w") as f:
        f.write(render_markdown(doc))
    print("\nwrote %s and %s" % (json_path, md_path))
    return 1 if any(r["status"] != "ok" for r in results) else 0


def load_average():
    try:
        with open("/proc/loadavg") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return "unknown"


def best_ratio(r):
    """The ratio of the fastest interpreted run to the fastest compiled run: on a shared machine, other load
    only ever slows a run down, so the fastest of each is the least disturbed (timeit's reasoning)."""
    times = r.get("times")
    if not times or not times.get("interpreted") or not times.get("compiled"):
        return None
    return min(times["interpreted"]) / min(times["compiled"])


def summarise(results):
    ok = [r for r in results if r["status"] == "ok"]
    for r in ok:
        if "best_ratio" not in r:
            r["best_ratio"] = best_ratio(r)
    s = {"programs": len(results), "ok": len(ok), "failed": [r["name"] for r in results if r["status"] != "ok"]}
    for key, label in (("ratio", "time"), ("best_ratio", "best"), ("cpu_ratio", "cpu"), ("instr_ratio", "instr")):
        for subset, members in (("non_generator", [r for r in ok if r["kind"] != "generator"]), ("all", ok)):
            vals = [(r[key], r["name"]) for r in members if r.get(key)]
            s["%s_geomean_%s" % (label, subset)] = geomean([v for v, _ in vals])
            s["%s_count_%s" % (label, subset)] = len(vals)
            if vals:
                v, n = min(vals)
                s["%s_min_%s" % (label, subset)] = {"ratio": v, "program": n}
            else:
                s["%s_min_%s" % (label, subset)] = None
    return s


COLUMNS = ("program", "kind", "C", "interp s", "comp s", "ratio", "per-round ratios", "best ratio",
           "Minstr interp", "Minstr comp", "instr ratio")
RIGHT = {3, 4, 5, 7, 8, 9, 10}


def row_cells(r, callgrind):
    c = "%d/%d" % (r["code_objects_compiled"], r["code_objects"]) if "code_objects" in r else "-"
    kind = "gen" if r.get("kind") == "generator" else ""
    if "ratio" not in r:
        return [r["name"], kind, c, "FAILED"] + [""] * (len(COLUMNS) - 4)
    ir = r.get("instr") or {}
    cells = [r["name"], kind, c, "%.3f" % r["interpreted_s"], "%.3f" % r["compiled_s"], fmt_ratio(r["ratio"]),
             " ".join("%.2f" % x for x in r["round_ratios"]), fmt_ratio(r.get("best_ratio") or best_ratio(r))]
    if callgrind and ir:
        cells += [fmt_m(ir["interpreted"]["workload"]), fmt_m(ir["compiled"]["workload"]), fmt_ratio(r.get("instr_ratio"))]
    else:
        cells += ["-", "-", "-"]
    if r["status"] != "ok":
        cells[-1] = "FAILED"
    return cells


def header_lines(doc):
    m = doc["machine"]
    started = datetime.datetime.fromisoformat(doc["date"])
    p = doc["python"]
    return [
        "pyc2c benchmark suite: interpreted vs compiled",
        "date: %s (load average %s at the start)" % (started.strftime("%Y-%m-%d %H:%M %Z"),
                                                     doc.get("load_average", {}).get("start", "unknown")),
        "machine: %s, nproc %s, %s" % (m["cpu"], m["nproc"], m["system"]),
        "python: %s (%s), %s" % (p["version"], p["executable"], p["cache_tag"]),
        "rounds: %d, fresh interpreter per run, interleaved; PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1; %s"
        % (doc["rounds"], "callgrind (Ir of main(INSTR_N) minus import-only run)" if doc["callgrind"] else "no callgrind"),
    ]


def summary_lines(s, callgrind):
    lines = []
    for label, title in (("time", "time ratio"), ("best", "best-time ratio"), ("instr", "instr ratio")):
        if label == "instr" and not callgrind:
            continue
        for subset, what in (("non_generator", "%d non-generator programs"), ("all", "all %d programs")):
            g = s.get("%s_geomean_%s" % (label, subset))
            m = s.get("%s_min_%s" % (label, subset))
            if g is None:
                continue
            lines.append("%s geomean over %s: %.3fx (min %.2fx, %s)" % (
                title, what % s["%s_count_%s" % (label, subset)], g, m["ratio"], m["program"]))
    if s["failed"]:
        lines.append("FAILED (%d): %s" % (len(s["failed"]), ", ".join(s["failed"])))
    return lines


LEGEND = ("ratio = interpreted / compiled (above 1: compiled is faster), of the median wall times (perf_counter)"
          " of main(TIME_N); best ratio: of the fastest run of each (the least disturbed by other load; the JSON also"
          " has cpu_ratio, of the median process CPU times); C = code objects compiled to C / all code"
          " objects of the module; instructions: callgrind Ir of main(INSTR_N) minus that of an import-only run;"
          " kind gen = generator-heavy")


def render_text(doc):
    results, callgrind = doc["programs"], doc["callgrind"]
    rows = [list(COLUMNS)] + [row_cells(r, callgrind) for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    out = []
    for k, row in enumerate(rows):
        out.append("  ".join(cell.rjust(widths[i]) if i in RIGHT else cell.ljust(widths[i])
                             for i, cell in enumerate(row)).rstrip())
        if k == 0:
            out.append("  ".join("-" * w for w in widths))
    out.append("")
    out.extend(summary_lines(doc["summary"], callgrind))
    failures = [r for r in results if r["status"] != "ok"]
    if failures:
        out.append("")
        for r in failures:
            out.append("%s: %s" % (r["name"], r["error"]))
    out.append("(%s)" % LEGEND)
    return "\n".join(out)


def render_markdown(doc):
    results, callgrind = doc["programs"], doc["callgrind"]
    header = header_lines(doc)
    out = [header[0] + ".", ""]
    out.extend(line[0].upper() + line[1:] + "  " for line in header[1:])
    out.append("")
    out.append("| " + " | ".join(COLUMNS) + " |")
    out.append("|" + "|".join("---:" if i in RIGHT else "---" for i in range(len(COLUMNS))) + "|")
    for r in results:
        cells = row_cells(r, callgrind)
        cells[0] = "`%s`" % cells[0]
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    out.append("")
    for line in summary_lines(doc["summary"], callgrind):
        out.append("- " + line)
    for r in results:
        if r["status"] != "ok":
            lines = [x.strip() for x in r["error"].splitlines() if x.strip()]
            out.append("- `%s`: %s" % (r["name"], lines[0] + (" ... " + lines[-1] if len(lines) > 1 else "")))
    out.append("")
    out.append(LEGEND[0].upper() + LEGEND[1:] + ".")
    return "\n".join(out) + "\n"


def render(paths):
    """--render: prints the text tables of results JSON files again (and rewrites their .md)."""
    for path in paths:
        with open(path) as f:
            doc = json.load(f)
        doc["summary"] = summarise(doc["programs"])
        print("\n".join(header_lines(doc)))
        print()
        print(render_text(doc))
        print()
        if path.endswith(".json"):
            with open(path[:-5] + ".md", "w") as f:
                f.write(render_markdown(doc))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
