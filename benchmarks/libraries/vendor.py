"""Copies the pure-Python standard-library modules that the library workloads use into OUT/stdlib_copy.

Usage: python vendor.py OUT_DIR

Run it with the interpreter the workloads are for: the modules come from that interpreter's own standard
library (nothing of it is kept in this repository). They go into one package, stdlib_copy, so that the
workloads can import them interpreted (from source) or compiled (pyc2c's extension modules) without
touching the interpreter's own copies, which may already be imported at start-up. The few absolute
imports between the copied modules become relative ones, so that a copied module uses the other copies
(compiled with it) and not the interpreter's; every other import is left as it is. A module missing from
the interpreter, or an import line that is no longer there, is an error: the workloads would silently
measure something else.
"""
import os
import shutil
import sys
import sysconfig

# module (dotted, as in the standard library) -> the name inside stdlib_copy
MODULES = {
    "difflib": "difflib",
    "tomllib": "tomllib",
    "re": "re",
    "_pydecimal": "_pydecimal",
    "json": "json",
    "html": "html",
    "_markupbase": "_markupbase",
    "pprint": "pprint",
    "fractions": "fractions",
    "shlex": "shlex",
    "argparse": "argparse",
    "ipaddress": "ipaddress",
    "textwrap": "textwrap",
    "copy": "copy",
    "urllib.parse": "urlparse",
    "posixpath": "posixpath",
    "genericpath": "genericpath",
    "string": "string",
}

# (file inside stdlib_copy, import line in the standard library, the line that replaces it)
REWRITES = [
    ("json/decoder.py", "from json import scanner", "from . import scanner"),
    ("html/parser.py", "import _markupbase", "from .. import _markupbase"),
    ("html/parser.py", "from html import unescape", "from . import unescape"),
    ("html/__init__.py", "from html.entities import html5 as _html5", "from .entities import html5 as _html5"),
    ("posixpath.py", "import genericpath", "from . import genericpath"),
    ("posixpath.py", "from genericpath import *", "from .genericpath import *"),
]


def stdlib_path(module):
    base = os.path.join(sysconfig.get_paths()["stdlib"], *module.split("."))
    if os.path.isdir(base):
        return base
    if os.path.isfile(base + ".py"):
        return base + ".py"
    sys.exit("vendor.py: %s has no pure-Python module %s (looked for %s[.py])" % (sys.executable, module, base))


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    out = os.path.join(argv[1], "stdlib_copy")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    with open(os.path.join(out, "__init__.py"), "w") as f:
        f.write('"""Copies of standard-library modules for pyc2c\'s library workloads (benchmarks/libraries)."""\n')
    for module, name in MODULES.items():
        src = stdlib_path(module)
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(out, name),
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "__main__.py"))
        else:
            shutil.copyfile(src, os.path.join(out, name + ".py"))
    for rel, old, new in REWRITES:
        path = os.path.join(out, rel)
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        hits = [i for i, line in enumerate(lines) if line.strip() == old]
        if not hits:
            sys.exit("vendor.py: %s has no line %r to rewrite (the standard library of %s changed)"
                     % (rel, old, sys.executable))
        for i in hits:
            indent = lines[i][:len(lines[i]) - len(lines[i].lstrip())]
            lines[i] = indent + new
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
