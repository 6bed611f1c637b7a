"""Unpacking assignment: tuple/list targets, starred targets at start,
middle and end, nested unpacking, unpacking into attributes and subscripts,
swap idioms, for-loop target unpacking, and the exact ValueError/TypeError
messages for too many / not enough values and non-iterables."""

a, b = 1, 2
a, b = b, a
print(a, b)
[x, y] = "xy"
print(x, y)
a, *b, c = range(6)
print(a, b, c)
*a, b = [1]
print(a, b)
a, *b = "hello"
print(a, b)
*a, = ()
print(a)
(a, b), c, [d, (e, *f)] = (1, 2), 3, [4, (5, 6, 7)]
print(a, b, c, d, e, f)
first, *_, last = [10, 20, 30, 40]
print(first, last, _)
a = b = c = [0]
print(a is b is c)
for i, (k, *rest) in enumerate([("a", 1, 2), ("b",)]):
    print(i, k, rest)


class Obj:
    pass


o = Obj()
lst = [0, 0, 0]
o.p, lst[1], *lst[2:] = "PQRS"
print(o.p, lst)
dct = {}
dct["k"], (o.q, dct["j"]) = 1, (2, 3)
print(sorted(dct.items()), o.q)
i = 0
i, lst[i] = 1, "set"   # left-to-right: i assigned before lst[i]
print(i, lst)


def gen():
    yield 1
    yield 2
    yield 3


a, b, c = gen()
print(a, b, c)
a, *b = {"only": 1}
print(a, b)
a, b = {1: "x", 2: "y"}.items()
print(a, b)


def err(src):
    try:
        src()
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)


def too_many():
    a, b = 1, 2, 3


def not_enough():
    a, b, c = [1, 2]


def not_enough_star():
    a, b, *c, d = (1, 2)


def non_iterable():
    a, b = 5


def non_iterable_none():
    a, *b = None


def too_many_gen():
    a, b = gen()


def one_value():
    a, b = "x"


def too_many_str():
    (a,) = "xyz"


def nested_err():
    (a, b), c = (1, 2, 3), 4


def iter_raises():
    class Bad:
        def __iter__(self):
            raise RuntimeError("iter failed")
    a, b = Bad()


err(too_many)
err(not_enough)
err(not_enough_star)
err(non_iterable)
err(non_iterable_none)
err(too_many_gen)
err(one_value)
err(too_many_str)
err(nested_err)
err(iter_raises)

# partial assignment before the error is visible
vals = []


def partial():
    global pa
    pa = "unchanged"
    try:
        pa, pb = 1, 2, 3
    except ValueError:
        pass
    return pa


print(partial())


class Tracker:
    def __setitem__(self, k, v):
        print("  setitem", k, v)


t = Tracker()
t[0], t[1], t[2] = "abc"
print("done")
