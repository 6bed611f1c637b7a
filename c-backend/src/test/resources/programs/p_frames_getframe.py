"""sys._getframe(): f_code.co_name / co_qualname / co_firstlineno /
co_filename (basename), f_lineno at several points (incl. multi-line calls),
the f_back chain of names up to the module frame, f_locals of functions
(args, locals, cells, free vars), f_globals identity, frames of methods,
nested functions, lambdas, class bodies and generators (gi_frame), and
sys._getframe(depth) errors."""
import os
import sys

THIS = os.path.basename(sys._getframe().f_code.co_filename)


def chain(frame):
    names = []
    while frame is not None:
        names.append(frame.f_code.co_name)
        if frame.f_code.co_name == "<module>" and os.path.basename(frame.f_code.co_filename) == THIS:
            break
        frame = frame.f_back
    return names


def describe(frame):
    code = frame.f_code
    return "%s qual=%s first=%d line=%d file=%s" % (
        code.co_name, code.co_qualname, code.co_firstlineno, frame.f_lineno, os.path.basename(code.co_filename))


mod_frame = sys._getframe()
print("module:", describe(mod_frame), mod_frame.f_globals is globals(), mod_frame.f_locals is globals())


def leaf(a, b=2, *args, **kw):
    local_var = a + b
    f = sys._getframe()
    print("leaf:", describe(f))
    print("leaf locals:", sorted((k, repr(v)) for k, v in f.f_locals.items() if k != "f"))
    print("leaf chain:", chain(f))
    print("caller:", sys._getframe(1).f_code.co_name, "line", sys._getframe(1).f_lineno)
    return f.f_lineno


def middle():
    x = "middle-local"
    return leaf(1,
                b=5,
                extra=True)


print("returned line:", middle())


def outer():
    captured = "cell value"
    unused_local = 1

    def inner():
        f = sys._getframe()
        print("inner:", describe(f))
        print("inner locals (free var):", {k: v for k, v in f.f_locals.items() if k != "f"})
        print("outer locals seen from inner:", sorted(f.f_back.f_locals))
        return captured
    return inner()


outer()


class Klass:
    body_frame = sys._getframe()
    print("class body:", describe(body_frame), sorted(k for k in body_frame.f_locals if not k.startswith("__")))
    del body_frame

    def method(self):
        return describe(sys._getframe()), chain(sys._getframe())

    @classmethod
    def cmethod(cls):
        return sys._getframe().f_code.co_qualname

    @staticmethod
    def smethod():
        return sys._getframe().f_code.co_qualname

    @property
    def prop(self):
        return sys._getframe().f_code.co_qualname + " via " + sys._getframe(1).f_code.co_name


print(Klass().method())
print(Klass.cmethod(), Klass.smethod(), Klass().prop)
lam = lambda: describe(sys._getframe())
print("lambda:", lam())


def gen():
    a = 1
    yield sys._getframe().f_lineno
    b = a + 1
    yield describe(sys._getframe())
    yield chain(sys._getframe())


g = gen()
print("gen created, gi_frame line:", g.gi_frame.f_lineno, "lasti-free locals:", dict(g.gi_frame.f_locals))
print("first yield line:", next(g))
print("suspended at", g.gi_frame.f_lineno, "locals", dict(g.gi_frame.f_locals))
print(next(g))
print(next(g))
print("gi_code:", g.gi_code.co_name, g.gi_code.co_qualname)


def line_tracker():
    lines = [sys._getframe().f_lineno]
    for i in range(2):
        lines.append(sys._getframe().f_lineno)
    lines.append(
        sys._getframe().f_lineno
    )
    return lines


print("lines:", line_tracker())


def depth_error():
    try:
        sys._getframe(10000)
    except ValueError as e:
        return "ValueError: %s" % e


print(depth_error())


def recursive(n):
    if n == 0:
        return chain(sys._getframe())
    return recursive(n - 1)


print("recursive chain:", recursive(3))


def code_attrs(a, b, *c, d, **e):
    x = y = 0

    def uses():
        return x
    return uses


co = code_attrs.__code__
print(co.co_argcount, co.co_kwonlyargcount, co.co_varnames, co.co_cellvars, code_attrs(1, 2, d=3).__code__.co_freevars)
print(co.co_name, co.co_qualname, co.co_firstlineno, bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(gen.__code__.co_flags & 0x20))
