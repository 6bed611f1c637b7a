"""locals(), vars() and dir() inside functions (args, locals, cells, free
variables, after del, unassigned names absent), in nested functions, in
class bodies (namespace incl. __module__/__qualname__), at module level
(locals() is globals(); non-dunder names plus a fixed set of dunders),
vars(obj)/vars(Class), dir(obj) sorted, and the snapshot-vs-live behaviour
of the dict returned by locals() (changed by PEP 667 in 3.13)."""
import sys


def func(a, b=2, *args, **kwargs):
    c = a + b
    before = sorted(locals())
    d = c * 2
    del c
    after = sorted(locals())
    return before, after, sorted(dir())


print(func(1))


def with_cells():
    cell_var = "cell"
    plain = "plain"

    def inner():
        free = cell_var
        return sorted(locals().items())
    return sorted(locals()), inner()


print(with_cells())


def unassigned(flag):
    if flag:
        maybe = 1
    return sorted(locals())


print(unassigned(False), unassigned(True))


def snapshot_semantics():
    x = 1
    snap = locals()
    x = 2
    y = 3
    first = dict(snap)
    again = locals()
    return first.get("x"), "y" in first, again["x"], snap is again


print("snapshot:", snapshot_semantics())


def modify_locals():
    x = 1
    locals()["x"] = 99
    return x


print("write to locals() ignored:", modify_locals())


class Body:
    a = 1
    b = a + 1
    ns = sorted(locals())
    dir_names = sorted(dir())
    module_name = __module__
    qual = __qualname__

    def method(self):
        return sorted(vars(self).items())


print(Body.ns, Body.dir_names, Body.module_name, Body.qual)
obj = Body()
obj.x = 10
print(obj.method(), sorted(k for k in vars(Body) if not k.startswith("__")))
print([n for n in dir(obj) if not n.startswith("__")])
module_names = sorted(n for n in locals() if not n.startswith("__"))
print("module locals:", module_names)
print("locals() is globals():", locals() is globals(), vars() is globals())
print("module dunders present:", [n for n in ("__name__", "__doc__", "__package__", "__loader__", "__spec__", "__file__", "__builtins__")
                                  if n in globals()])
print("__name__ =", __name__, "| __package__ =", repr(__package__), "| __doc__ starts:", __doc__.split()[0])
print("spec name:", __spec__.name, "| module in sys.modules:", sys.modules[__name__].__name__)
print("dir() at module level:", [n for n in dir() if not n.startswith("__")])
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)


def vars_no_arg():
    q = 1
    return vars() == locals(), sorted(vars())


print(vars_no_arg())


def nested_dirs():
    outer_v = 1

    def mid():
        mid_v = outer_v

        def leaf():
            return sorted(dir()), mid_v
        return sorted(dir()), leaf()
    return sorted(dir()), mid()


print(nested_dirs())


def gen_locals():
    a = 1
    yield sorted(locals())
    b = 2
    yield sorted(locals().items())


print(list(gen_locals()))
lam = lambda p, q=1: sorted(locals())
print(lam(0))
