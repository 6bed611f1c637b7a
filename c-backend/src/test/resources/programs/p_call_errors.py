"""Call-argument errors: missing positional / keyword-only arguments,
too many positional, unexpected keyword, multiple values, positional-only
passed by keyword, calls on non-callables, bound-method argument counting,
builtin-function argument errors, and lambda/nested qualnames in messages."""


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
