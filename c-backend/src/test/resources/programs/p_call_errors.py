"""Call-argument errors: missing positional / keyword-only arguments,
too many positional, unexpected keyword, multiple values, positional-only
passed by keyword, calls on non-callables, bound-method argument counting,
builtin-function argument errors, and lambda/nested qualnames in messages."""
import re


def f(a, b, c=3):
    return a + b + c


def g(a, /, b, *, k):
    return a, b, k


def h(*, x, y, z=0):
    return x


class C:
    def m(self, x):
        return x

    @staticmethod
    def s(x):
        return x

    @classmethod
    def c(cls, x):
        return x

    def __init__(self, v):
        self.v = v


def outer():
    def inner(p):
        return p
    return inner


lam = lambda q, r: q


def call(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)


call(f)
call(f, 1)
call(f, 1, 2, 3, 4)
call(f, 1, 2, d=4)
call(f, 1, 2, a=1)
call(f, 1, b=2, a=3)
call(g, a=1, b=2, k=3)
call(g, 1, 2, 3)
call(g, 1, 2)
call(g, 1)
call(h)
call(h, 1)
call(h, x=1, w=2)
call(h, y=1)
call(C(1).m)
call(C(1).m, 1, 2)
call(C.m, 1)
call(C.s)
call(C.c, 1, 2)
call(C)
call(C, 1, 2)
call(C, 1, w=2)
call(outer())
call(outer(), 1, p=2)
call(lam, 1)
call(lam, 1, 2, 3)
call(5)
call(None)
call("str")
call(C(1))
call(len)
call(len, 1, 2)
call(len, 5)
call(len, obj=[])
call(sorted, [1], 2)
call(int, "1", base=2, x=3)
call(dict.get)
call(print, sep=1)
call(divmod, 1)
call(max)
call(isinstance, 1, 1)
call(getattr, 1)
call(list.append, [], 1, 2)
call("".join, [1, 2])
call(f, **{"a": 1, "b": 2, "e": 5})
call(f, *(1, 2), **{"b": 3})
call(lambda: 0, 1)
call(lambda *, k: k, 1)
call(lambda a, /: a, a=1)
call(lambda a, b, /, c: a, 1, b=2, c=3)


def deep(a, b, c, d, e):
    pass


call(deep, 1)
call(deep, 1, 2, 3, d=4)
call(lambda a, b=1, *, c, d=2: 0)
call(lambda a, b=1, *, c, d=2: 0, 1, 2, 3)
call(lambda a, b=1, *, c, d=2: 0, 1, 2, 3, c=1)


# The same from CALL sites in compiled code (pyc2c_call_ool's builtin and method-descriptor paths):
# METH_FASTCALL with and without keywords, METH_O, METH_NOARGS, METH_VARARGS, wrong counts, keywords where
# none are taken, a method of a builtin type given another type, and the C recursion check around METH_O
# (a nested repr; thousands of calls must leave the recursion count where it was).
nested = []
for _ in range(100000):
    nested = [nested]
shallow = []
for _ in range(200):
    shallow = [shallow]


def builtin_calls():
    out = []
    d = {1: "a"}
    for i in range(3):
        for thunk in (lambda: d.get(1), lambda: d.get(), lambda: d.get(1, 2, 3), lambda: "".join(["a", str(i)]),
                      lambda: "".join(), lambda: [].append(), lambda: [].append(1, 2), lambda: str.upper(1),
                      lambda: str.upper("x"), lambda: list.append([], i), lambda: dict.get(d, 1),
                      lambda: dict.get([], 1), lambda: id(), lambda: len(i), lambda: abs(),
                      lambda: sorted([3, i], key=lambda v: -v), lambda: int("11", base=2), lambda: int("11", bas=2),
                      lambda: {}.keys(1), lambda: "a".upper(), lambda: "a".upper(x=1), lambda: repr(nested)[:20],
                      lambda: "abc".startswith("a"), lambda: "abc".startswith(), lambda: divmod(i, 2),
                      lambda: getattr(d, "x", i), lambda: d.get(1, default=2), lambda: sum(id(v) > 0 for v in (1, 2))):
            try:
                out.append(repr(thunk()))
            except (TypeError, RecursionError) as e:
                # 3.14's C stack check says how much stack was used, which depends on the C frames' sizes
                out.append("%s: %s" % (type(e).__name__, re.sub(r"\(used \d+ kB\)", "(used N kB)", str(e))))
    n = 0
    for i in range(5000):
        n += len(repr(shallow)) + (id(i) > 0)
    out.append(n)
    return out


for line in builtin_calls():
    print(line)
