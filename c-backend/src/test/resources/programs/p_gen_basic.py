# Generator functions and generator expressions compiled to C: real generator objects, resumed by CPython where
# the body left off, with the interpreter's frames, states, exceptions and tracebacks.
import gc
import inspect
import sys
import traceback


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received


def kept_on_stack(items):
    # values held on the value stack across a yield: the loop's iterator, operands of a call and a tuple
    for a in items:
        r = max(a, (yield a), 0)
        t = (a, (yield r), a * 2)
        yield t


def many_sites(n):
    yield "first"
    for i in range(n):
        if i % 3 == 0:
            yield ("fizz", i)
        elif i % 3 == 1:
            yield ("buzz", i)
        else:
            yield ("plain", i)
    yield "last"


def with_finally(log):
    try:
        log.append("start")
        yield 1
        yield 2
    finally:
        log.append("finally")


def catches(log):
    while True:
        try:
            yield "ready"
        except ValueError as e:
            log.append(("caught", str(e), sys.exception() is e))
        except GeneratorExit:
            log.append("exit")
            raise


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        pass
    yield 2


def raises_stop():
    yield 1
    raise StopIteration("inner")


def next_of_empty():
    yield next(iter([]))


def exc_state():
    try:
        raise KeyError("outer")
    except KeyError:
        yield sys.exception()
        yield sys.exception()
    yield sys.exception()


def recursive(n):
    if n:
        for x in recursive(n - 1):
            yield x + 1
    yield 0


def deep_error():
    yield 1
    {}["missing"]


def lines():
    yield 1
    x = 2
    yield x
    yield x + 1


class Node:
    def __init__(self):
        self.gen = self.walk()

    def walk(self):
        yield self


def main():
    print("count:", list(count(5)))
    g = count(2)
    try:
        while True:
            next(g)
    except StopIteration as e:
        print("return value:", e.value)
    g = echo()
    print("echo:", next(g), g.send("a"), g.send("b"))
    try:
        g.send(None)
    except StopIteration as e:
        print("echo returned:", e.value)
    g = echo()
    try:
        g.send("x")
    except TypeError as e:
        print("first send:", e)
    g = kept_on_stack([1, 5])
    print("kept:", next(g), g.send(7), g.send(8), next(g), g.send(-1), g.send(None), next(g, "end"))
    print("sites:", list(many_sites(5)))
    log = []
    g = with_finally(log)
    print("finally:", next(g), log)
    g.close()
    print("closed:", log, g.gi_frame, inspect.getgeneratorstate(g))
    log = []
    g = with_finally(log)
    print(list(g), log)
    log = []
    g = catches(log)
    next(g)
    print("throw:", g.throw(ValueError("v1")), log)
    g.close()
    print("close:", log)
    g = ignores_exit()
    next(g)
    try:
        g.close()
    except RuntimeError as e:
        print("ignored exit:", e)
    g = raises_stop()
    next(g)
    try:
        next(g)
    except RuntimeError as e:
        print("PEP 479:", e, type(e.__cause__).__name__, e.__cause__)
    try:
        list(next_of_empty())
    except RuntimeError as e:
        print("PEP 479 next:", e)
    print("exc_state:", [repr(x) for x in exc_state()])
    print("recursive:", list(recursive(4)))
    g = deep_error()
    next(g)
    try:
        next(g)
    except KeyError:
        tb = traceback.extract_tb(sys.exc_info()[2])
        print("traceback:", [(f.name, f.line) for f in tb][-1:])
    g = lines()
    states = [inspect.getgeneratorstate(g)]
    linenos = []
    for _ in g:
        states.append(inspect.getgeneratorstate(g))
        linenos.append(g.gi_frame.f_lineno - lines.__code__.co_firstlineno)
        linenos.append(sorted(g.gi_frame.f_locals))
    states.append(inspect.getgeneratorstate(g))
    print("states:", states, linenos)
    g = count(3)
    next(g)
    print("frame:", g.gi_running, g.gi_suspended, g.gi_code.co_name, g.__name__, g.__qualname__,
          inspect.isgenerator(g), inspect.isgeneratorfunction(count), type(g).__name__)
    try:
        g.throw(ValueError("thrown"))
    except ValueError:
        tb = traceback.extract_tb(sys.exc_info()[2])
        print("thrown at:", [(f.name, f.line) for f in tb][-1:])
    print("genexpr:", sum(x * x for x in range(10)), list(x for x in "abc" if x != "b"),
          dict((k, len(k)) for k in ["aa", "b"]), any(x > 3 for x in range(5)), all(x for x in [1, 0]))
    n = Node()
    del n
    print("gc:", gc.collect() >= 0)
    big = (i for i in range(10**6))
    print("partial:", next(big), next(big))
    del big


main()
