"""yield from: delegation of values, send() and throw() forwarded to the
subgenerator, return value of the subgenerator as the yield-from value,
delegating to non-generator iterables, close() propagation, nested
delegation chains, and exceptions raised in the subgenerator."""


def inner():
    x = yield "inner-1"
    print("  inner got", x)
    y = yield "inner-2"
    print("  inner got", y)
    return "inner-result"


def outer():
    result = yield from inner()
    print("  outer got result", result)
    yield from [10, 20]
    yield from "ab"
    yield from range(2)
    return "outer-done"


g = outer()
print(next(g))
print(g.send("S1"))
print(g.send("S2"))
print(list(g))


def chain(*iters):
    for it in iters:
        yield from it


print(list(chain([1, 2], (3,), {4: 0}, "5")))


def sub_catch():
    try:
        yield 1
    except KeyError as e:
        print("  sub caught", repr(e))
        yield "sub-recovered"
    finally:
        print("  sub finally")


def deleg():
    yield from sub_catch()
    yield "after-sub"


d = deleg()
print(next(d), d.throw(KeyError("k")), next(d))
d2 = deleg()
next(d2)
d2.close()
print("closed delegating generator")
d3 = deleg()
next(d3)
try:
    d3.throw(ValueError("not handled"))
except ValueError as e:
    print("ValueError propagated:", e)


def level3():
    yield "L3"
    return 3


def level2():
    r = yield from level3()
    yield "L2 saw %d" % r
    return r + 2


def level1():
    r = yield from level2()
    yield "L1 saw %d" % r


print(list(level1()))


def raiser():
    yield 1
    raise IndexError("from sub")


def wrapper():
    try:
        yield from raiser()
    except IndexError as e:
        yield "wrapper caught %s" % e


print(list(wrapper()))


def returns_immediately():
    return "immediate"
    yield


def uses_it():
    v = yield from returns_immediately()
    yield v


print(list(uses_it()))


class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n


def from_custom():
    r = yield from It()
    yield ("return of plain iterator", r)


print(list(from_custom()))


def send_to_plain():
    yield from [1, 2]


sp = send_to_plain()
next(sp)
try:
    sp.send("x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print("TypeError:", e)
