"""Function parameters: positional-only (/), keyword-only (*), defaults,
*args, **kwargs, all combined; mutable default sharing; defaults evaluated
at definition time; __defaults__ / __kwdefaults__ reassigned after
definition and read at call time; __code__ attributes (co_argcount,
co_posonlyargcount, co_kwonlyargcount, co_varnames); inspect.signature."""
import inspect


def full(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))


print(full(1, d=4))
print(full(1, 20, 30, 40, 50, d=4, e=6, f=7, a=8))   # 'a' goes into kw: a is positional-only
print(full(*[1, 2, 3], **{"d": 0, "zz": 1}))


def posonly(x, y, /):
    return x - y


def kwonly(*, k, j=0):
    return k * 10 + j


def star_only(*args):
    return args


def kw_only_dict(**kw):
    return sorted(kw)


print(posonly(5, 3), kwonly(k=1), kwonly(j=2, k=3), star_only(), star_only(1, 2), kw_only_dict(b=1, a=2))


def mutable_default(x, acc=[]):
    acc.append(x)
    return acc


print(mutable_default(1), mutable_default(2), mutable_default(3, []))
counter = 10


def def_time(v=counter):
    return v


counter = 20
print("default evaluated at def time:", def_time())


def dflt(a, b=1, c=2, *, k=3, m=4):
    return a, b, c, k, m


print(dflt(0), dflt.__defaults__, dflt.__kwdefaults__)
dflt.__defaults__ = (100, 200)
dflt.__kwdefaults__ = {"k": 300, "m": 400}
print(dflt(0), dflt(0, 1))
dflt.__defaults__ = (999,)
print(dflt(0, 1))
try:
    dflt(0)
except TypeError as e:
    print("TypeError:", e)
dflt.__kwdefaults__ = None
try:
    dflt(0, 1, 2)
except TypeError as e:
    print("TypeError:", e)
print(dflt(0, 1, 2, k=1, m=2))
dflt.__defaults__ = None
try:
    dflt()
except TypeError as e:
    print("TypeError:", e)

co = full.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames[:8])
print(inspect.signature(full))
print(inspect.signature(posonly), inspect.signature(kwonly), inspect.signature(dflt))
print(full.__name__, full.__qualname__, full.__module__, full.__doc__)


class K:
    def method(self, a, /, b, *, c=1):
        """method doc"""
        return a, b, c

    def nested(self):
        def inner(q=self):
            return type(q).__name__
        return inner


print(K().method(1, b=2), K.method.__qualname__, K.method.__doc__, K().nested().__qualname__, K().nested()())
print(inspect.signature(K.method), inspect.signature(K().method))


def annotated(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b, args, c, kw]


print(annotated(1), sorted(annotated.__annotations__))
print(inspect.getfullargspec(annotated).args, inspect.getfullargspec(annotated).kwonlyargs)


def many(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z=26):
    return a + z


print(many(*range(25)))
