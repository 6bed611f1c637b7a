"""Generator functions and generator expressions: lazy evaluation order,
send(), throw(), close() and GeneratorExit, return values in StopIteration,
generators with try/finally, infinite generators with islice, generator
state (gi_running, gi_frame None after exhaustion), StopIteration inside a
generator becoming RuntimeError (PEP 479), re-entrancy error."""
import itertools
import inspect


def counter(n):
    print("  start")
    for i in range(n):
        print("  yield", i)
        yield i
    print("  end")
    return "finished"


g = counter(2)
print("created", inspect.getgeneratorstate(g))
print(next(g), inspect.getgeneratorstate(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, inspect.getgeneratorstate(g))
print(next(g, "default"))


def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            if x is None:
                break
            received.append(x)
    finally:
        print("  echo finally", received)
    return received


e = echo()
print(e.send(None), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)
try:
    echo().send("x")
except TypeError as err:
    print("TypeError:", err)


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as exc:
            print("  caught", exc)
            yield "recovered"


c = catcher()
print(next(c), c.throw(ValueError("boom")), next(c))
try:
    c.throw(KeyError("k"))
except KeyError as exc:
    print("propagated KeyError", exc)


def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
    finally:
        print("  closer finally")


cl = closer()
next(cl)
cl.close()
cl.close()
print(inspect.getgeneratorstate(cl))


def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


b = bad_closer()
next(b)
try:
    b.close()
except RuntimeError as exc:
    print("RuntimeError:", exc)


def pep479():
    yield 1
    raise StopIteration("inner")


try:
    list(pep479())
except RuntimeError as exc:
    print("RuntimeError:", exc, "| cause:", type(exc.__cause__).__name__, exc.__cause__)


def naturals():
    n = 0
    while True:
        yield n
        n += 1


print(list(itertools.islice(naturals(), 5)), list(itertools.takewhile(lambda v: v < 3, naturals())))


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as exc:
    print("ValueError:", exc)

log = []
ge = (log.append(i) or i * 2 for i in range(3))
print("genexp lazy", log)
print(list(ge), log)
print(type(ge).__name__, ge.__name__, counter.__name__, counter(1).__qualname__)
g2 = counter(0)
list(g2)
print("frame after exhaustion", g2.gi_frame is None, g2.gi_running)


def gen_with_return_in_finally():
    try:
        yield 1
    finally:
        print("  cleanup on garbage/close")


gw = gen_with_return_in_finally()
next(gw)
del gw
print("after del")


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print([x for _, x in zip(range(10), fib())])
pipeline = (x * x for x in (y + 1 for y in range(5)) if x % 2)
print(list(pipeline))
print(sum(1 for _ in counter(0)), list(zip(counter(2), "ab")))


def gen_exc():
    yield 1
    1 / 0


ge2 = gen_exc()
next(ge2)
try:
    next(ge2)
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc, inspect.getgeneratorstate(ge2))
try:
    next(ge2)
except StopIteration:
    print("exhausted after exception")
