"""from module import * at module level: with __all__ (exports listed
names, including underscore names, and nothing else), without __all__
(exports all public names, also imported modules, skips _names), later
star-import overriding earlier bindings, and a bad __all__ entry error."""
before = set(globals())
from h_star_all import *  # noqa: F403
after_all = set(globals())
print("with __all__:", sorted(after_all - before))
print(public_a, _private_but_listed, shared)  # noqa: F405
from h_star_noall import *  # noqa: F403
after_noall = set(globals())
print("without __all__:", sorted(after_noall - after_all))
print(shared, public_b, func_b(), ClassB.__name__, ClassB.__module__, string.ascii_uppercase[:3])  # noqa: F405
print("not_listed" in globals(), "_private_b" in globals(), "_math" in globals())
import sys
import types
bad = types.ModuleType("h_bad_all_runtime")
bad.__all__ = ["exists", "missing_name"]
bad.exists = 1
sys.modules["h_bad_all_runtime"] = bad
try:
    exec("from h_bad_all_runtime import *", {})
except AttributeError as e:
    print("AttributeError:", e)
bad.__all__ = [1]
try:
    exec("from h_bad_all_runtime import *", {})
except TypeError as e:
    print("TypeError:", e)
del sys.modules["h_bad_all_runtime"]
from math import *  # noqa: F403
print(floor(2.5), pi > 3, "sqrt" in globals())  # noqa: F405
