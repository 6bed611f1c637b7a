"""warnings.warn attribution through frames: stacklevel=1, 2, 3 (filename
basename, lineno, category, message), warnings recorded with
catch_warnings(record=True), the 'default' action's once-per-location
registry (__warningregistry__ in the caller's globals), module= filters
matched against the caller's __name__, warn_explicit, warnings turned into
errors (traceback of the raised warning), DeprecationWarning defaults."""
import os
import warnings


def show(ws):
    for w in ws:
        print("  %s: %s @ %s:%d" % (w.category.__name__, w.message, os.path.basename(w.filename), w.lineno))


def lib_function():
    warnings.warn("stacklevel 1 points here", UserWarning, stacklevel=1)
    warnings.warn("stacklevel 2 points at the caller", DeprecationWarning, stacklevel=2)
    helper()


def helper():
    warnings.warn("stacklevel 3 points two frames up", FutureWarning, stacklevel=3)


def caller():
    lib_function()


with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    caller()
    warnings.warn("module level warning")
    warnings.warn(RuntimeWarning("instance as message"))
show(ws)


def repeated():
    for _ in range(3):
        warnings.warn("only once per location")


with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("default")
    repeated()
    repeated()
show(ws)
print("registry present:", "__warningregistry__" in globals())

with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", module=__name__)
    warnings.warn("ignored by module filter")
    warnings.filterwarnings("always", message="spec.*")
    warnings.warn("special message survives")
show(ws)

with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", SyntaxWarning, "fake_file.py", 123, module="fake")
show(ws)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        caller()
    except UserWarning as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print("warning raised as error:", repr(e), names[:4])
    try:
        warnings.warn("deprecated!", DeprecationWarning, stacklevel=2)
    except DeprecationWarning as e:
        print("DeprecationWarning as error:", e)


class Deprecated:
    def __init__(self):
        warnings.warn("Deprecated() is deprecated", DeprecationWarning, stacklevel=2)


def make():
    return Deprecated()


with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    make()
    Deprecated()
    [Deprecated() for _ in range(1)]
show(ws)
try:
    warnings.warn("x", "not a category")
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError:", e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 7).strip())
