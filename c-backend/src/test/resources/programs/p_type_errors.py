"""TypeErrors raised by the interpreter itself: unsupported operands for
every operator family, unhashable keys, calling non-callables, iterating
non-iterables, subscripting non-subscriptables, str/int mixing in
joins/format, wrong argument types to builtins, * with a non-iterable and
** with a non-mapping (and a mapping with non-str keys), isinstance with
bad second argument, raise of non-exceptions and bad except clauses."""


def t(fn):
    try:
        fn()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)


def f(*a, **k):
    return a, k


class Obj:
    pass


o = Obj()
t(lambda: o + 1)
t(lambda: 1 - o)
t(lambda: o * o)
t(lambda: o / 2)
t(lambda: o // 2)
t(lambda: o % 2)
t(lambda: o ** 2)
t(lambda: o << 1)
t(lambda: o >> 1)
t(lambda: o & 1)
t(lambda: o | 1)
t(lambda: o ^ 1)
t(lambda: o @ 1)
t(lambda: -o)
t(lambda: ~o)
t(lambda: abs(o))
t(lambda: o < o)
t(lambda: o >= 1)
t(lambda: {[]: 1})
t(lambda: {o: 1}[[]])
t(lambda: hash({}))
t(lambda: o())
t(lambda: iter(o))
t(lambda: o[0])
t(lambda: len(o))
t(lambda: f(*o))
t(lambda: f(**o))
t(lambda: f(*5))
t(lambda: f(**None))
t(lambda: f(**{1: 1}))
t(lambda: [*o])
t(lambda: {**o})
t(lambda: isinstance(1, "int"))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, (int, 5)) and issubclass(str, (int, 5)))
t(lambda: sum(["a", "b"]))
t(lambda: sum([[1]], []) and sum(["a"], ""))
t(lambda: sorted([1, "a"]))
t(lambda: max(1, "a"))
t(lambda: min([]))
t(lambda: round("1"))
t(lambda: abs("1"))
t(lambda: divmod("a", 1))
t(lambda: pow("a", 2))
t(lambda: chr("a"))
t(lambda: ord(1))
t(lambda: "".join(5))
t(lambda: list(5))
t(lambda: dict(5))
t(lambda: set([[1]]))
t(lambda: frozenset(5))
t(lambda: tuple(None))
t(lambda: range("1"))
t(lambda: enumerate(5))
t(lambda: zip(5))
t(lambda: map(5, [1]).__next__())
t(lambda: filter(5, [1]).__next__())
t(lambda: next([1]))
t(lambda: reversed(5))
t(lambda: getattr(o))
t(lambda: setattr(o, 1, 2))
t(lambda: type("X"))
t(lambda: type(1, 2))
t(lambda: object(1))
t(lambda: Obj(1))
t(lambda: int([1]))
t(lambda: float([1]))
t(lambda: complex("1", 2))
t(lambda: str(1, 2))
t(lambda: bytes(1.5))
ONE_F, ZERO_S, NONE, ONE = 1.0, "0", None, 1
t(lambda: [1, 2][ONE_F])
t(lambda: (1, 2)[ZERO_S])
t(lambda: "abc"[NONE])
t(lambda: [] + ())
t(lambda: () + [])
t(lambda: [1] * [2])
t(lambda: {1} + {2})
t(lambda: {1: 2} + {3: 4})
t(lambda: None + None)
t(lambda: 1 in 1)
t(lambda: "a" in ["a"] in "a")
t(lambda: print(end=5))
t(lambda: open(5.5))
t(lambda: __import__("math").floor("x"))
t(lambda: [].sort(1))
t(lambda: [3, 1].sort(key=1))
t(lambda: {}.update(1))
t(lambda: callable())
t(lambda: vars(1))
t(lambda: super(int, "x"))


def gen():
    yield 1


t(lambda: gen()[0])
t(lambda: len(gen()))
t(lambda: (lambda: 1)()())
t(lambda: ONE(2))
t(lambda: "%d" % "s")
t(lambda: f"{o:x}")
t(lambda: format(1, 5))
