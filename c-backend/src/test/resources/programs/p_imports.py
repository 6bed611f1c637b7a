"""Import statement forms: import a, import a.b.c (binds the top package),
import a.b as c, from a import b, from a import b as c, from a.b import
(x, y), imports inside functions (local bindings) and class bodies,
module caching in sys.modules (body runs once), __import__ and
importlib.import_module, reload, import of a helper module from the
programs directory, attribute access on submodules."""
import sys
import os.path
import xml.etree.ElementTree
import xml.dom.minidom as minidom
import collections.abc as cabc
from json import dumps, loads as json_loads
from itertools import (
    chain,
    islice as take,
)
import h_simple
import h_simple as hs_alias
from h_simple import VALUE, double as dbl
import importlib

print(os.path.basename("/a/b/c.txt"), os.path.join("a", "b"), os.path.splitext("x.tar.gz"))
print("xml" in dir(), "etree" in dir(xml), xml.etree.ElementTree.fromstring("<a><b/></a>")[0].tag)
print(minidom.parseString("<r x='1'/>").documentElement.getAttribute("x"))
print(isinstance([], cabc.Sequence), dumps({"a": [1, 2]}), json_loads("[1]"), list(chain("ab", [1])), list(take("xyz", 2)))
print(h_simple.VALUE, hs_alias is h_simple, VALUE, dbl(21), h_simple.LOADS, h_simple.__name__)
print(sys.modules["h_simple"] is h_simple, "h_simple" in sys.modules)
import h_simple
import h_simple as again
print("loaded once:", h_simple.LOADS, again is h_simple)


def local_import():
    import math
    from string import ascii_lowercase as letters
    import os.path as osp
    return "math" in locals(), math.floor(2.7), letters[:3], osp.basename("/q/r"), "os" in locals()


print(local_import())
print("math" in globals())


class WithImport:
    import textwrap
    from functools import reduce as fold

    @classmethod
    def use(cls):
        return cls.textwrap.shorten("hello world foo bar", width=12), cls.fold(lambda a, b: a + b, [1, 2, 3])


print(WithImport.use(), "textwrap" in vars(WithImport))
m = __import__("os.path")
print(m.__name__, __import__("os.path", fromlist=["join"]).__name__)
print(importlib.import_module("json.decoder").__name__, importlib.import_module(".encoder", "json").__name__)
print(importlib.import_module("h_simple") is h_simple)
reloaded = importlib.reload(h_simple)
print("after reload:", reloaded is h_simple, h_simple.LOADS)
print(type(sys).__name__, type(os).__name__, os.path.__name__ in ("posixpath", "ntpath"))


def conditional(flag):
    if flag:
        import json as chosen
    else:
        import pickle as chosen
    return chosen.__name__


print(conditional(True), conditional(False))
try:
    import json.nonexistent_sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
import json.decoder as jd
print(jd.__name__, jd.JSONDecodeError.__module__)
del sys._h_simple_loads
