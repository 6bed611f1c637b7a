"""Import errors: ModuleNotFoundError for missing top-level and submodules
(name attribute), ImportError for missing names (from os import
nonexistent, message path stripped), importing a name from a non-package,
circular import of a partially initialised module, a module raising during
import (not left in sys.modules, re-raised on every attempt), and
__import__ argument errors."""
import os
import sys


def strip(msg):
    cut = msg.rfind(" (/")
    return msg[:cut] if cut >= 0 else msg


def show(e):
    path = getattr(e, "path", None)
    stem = os.path.basename(path).split(".")[0] if path else None
    print("%s: %s | name=%r path-stem=%r" % (type(e).__name__, strip(str(e)), e.name, stem))


try:
    from os import nonexistent  # noqa: F401
except ImportError as e:
    show(e)
try:
    import nonexistent_module_pyc2c  # noqa: F401
except ImportError as e:
    show(e)
try:
    import os.nonexistent_sub  # noqa: F401
except ImportError as e:
    show(e)
try:
    import json.nope.deeper  # noqa: F401
except ImportError as e:
    show(e)
try:
    from h_simple import missing_name  # noqa: F401
except ImportError as e:
    show(e)
try:
    from pkg_rel import missing_thing  # noqa: F401
except ImportError as e:
    show(e)
try:
    import pkg_rel.not_a_module  # noqa: F401
except ImportError as e:
    show(e)
try:
    import h_simple.sub  # noqa: F401
except ImportError as e:
    show(e)
import h_circ_a  # noqa: E402
print("circular:", h_circ_a.h_circ_b.B_RESULT)
for attempt in range(2):
    try:
        import h_raises  # noqa: F401
    except RuntimeError as e:
        print("attempt", attempt, type(e).__name__, e, "| in sys.modules:", "h_raises" in sys.modules)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
try:
    __import__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    __import__("os", level=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    import importlib
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError:", e)
print(issubclass(ModuleNotFoundError, ImportError), ImportError("m", name="n", path="/p/q.py").path)
