# Compiled generators resumed directly by next(), builtins and compiled for loops (pyc2c_gen_iternext), mixed with
# CPython's own resumption (send, throw, close, gen.__next__, interpreted loops), and every case where the direct
# path must step aside: not started, already executing, monitored, a copied code object, an ending generator.
import gc
import inspect
import sys
import traceback


def numbers(n):
    i = 0
    while i < n:
        x = yield i
        if x is not None:
            i = x
        i += 1
    return "numbers done"


def three_sites():
    a = yield "one"
    b = yield ("two", a)
    yield ("three", a, b)
    return (a, b)


def fails_at(n):
    for i in range(n):
        yield i
    raise KeyError("at %d" % n)


def reraises(log):
    try:
        yield 1
        yield 2
        {}["missing"]
    finally:
        log.append("finally")


def in_except():
    try:
        raise KeyError("inner")
    except KeyError:
        yield repr(sys.exception())
        yield repr(sys.exception())
    yield repr(sys.exception())


def after_except():
    try:
        yield repr(sys.exception())
        raise TypeError("inside")
    except TypeError as exc:
        yield repr(sys.exception()), repr(exc.__context__)
    # the resumer's exception again, after the generator's handler
    yield repr(sys.exception())
    yield repr(sys.exception())


def caller_name():
    while True:
        yield sys._getframe(1).f_code.co_name


def stack_names():
    yield [f.function for f in inspect.stack()[:3]]


def states(holder):
    yield inspect.getgeneratorstate(holder[0])
    yield holder[0].gi_running


def reenter(holder):
    yield 1
    try:
        next(holder[0])
    except ValueError as e:
        yield "reentered: %s" % e


def stops():
    yield 1
    raise StopIteration("escaping")


def walk(tree):
    if isinstance(tree, list):
        for t in tree:
            for leaf in walk(t):
                yield leaf
    else:
        yield tree


def deep(n):
    if n == 0:
        yield "bottom"
    else:
        for x in deep(n - 1):
            yield x


def traced_events(log):
    yield 1
    yield 2
    yield 3


def boxed(n):
    total = 0
    for i in range(n):
        total += i
        yield total
    return total * 2


def via_next(g):
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            out.append(("stop", e.value))
            return out


def by_name():
    return caller_name()


def first_caller(g):
    return next(g)


def main():
    print("next:", via_next(numbers(4)))
    g = numbers(20)
    print("mixed:", next(g), next(g), g.send(6), next(g), g.__next__(), next(g), next(g, "end"), next(g, "end"))
    g = three_sites()
    print("sites:", next(g), next(g), g.send("B"), via_next(g))
    print("list:", list(three_sites()), sum(numbers(100)), max(boxed(50)), sorted(boxed(5), reverse=True))
    print("join:", "-".join(str(x) for x in numbers(5)), tuple(x * 2 for x in range(4)), set(numbers(3)))
    print("compiled for:", [x for x in numbers(3)], {x: 1 for x in boxed(3)})

    g = fails_at(3)
    print("before failing:", next(g), next(g), next(g))
    try:
        next(g)
    except KeyError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print("failed:", repr(e), [(f.name, f.line) for f in tb])
        frame = e.__traceback__.tb_next.tb_frame
        print("failed frame:", frame.f_code.co_name, frame.f_lineno - fails_at.__code__.co_firstlineno,
              e.__traceback__.tb_next.tb_lineno - fails_at.__code__.co_firstlineno)
    print("after failing:", inspect.getgeneratorstate(g), g.gi_frame, next(g, "exhausted"))
    try:
        list(fails_at(2))
    except KeyError as e:
        print("list failed:", repr(e), len(traceback.extract_tb(e.__traceback__)))

    log = []
    g = reraises(log)
    print("reraise:", next(g), next(g))
    try:
        next(g)
    except KeyError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print("reraised:", repr(e), log, [(f.name, f.line) for f in tb])

    g = in_except()
    try:
        raise ValueError("outer")
    except ValueError:
        print("exc state:", next(g), repr(sys.exception()), next(g), repr(sys.exception()))
    print("exc state after:", next(g), repr(sys.exception()))
    g = after_except()
    first = next(g)
    try:
        raise ValueError("resumer")
    except ValueError:
        print("after except:", first, next(g), next(g))
    print("after except, outside:", next(g))

    g = caller_name()
    print("callers:", next(g), first_caller(g), list(zip(range(2), g)), by_name().__next__())
    print("stack:", next(stack_names()), list(stack_names()))

    holder = [None]
    g = states(holder)
    holder[0] = g
    print("states:", inspect.getgeneratorstate(g), next(g), next(g), inspect.getgeneratorstate(g))
    next(g, None)
    print("closed state:", inspect.getgeneratorstate(g))
    holder = [None]
    g = reenter(holder)
    holder[0] = g
    print("reenter:", next(g), next(g))

    g = stops()
    next(g)
    try:
        next(g)
    except RuntimeError as e:
        print("PEP 479:", e, repr(e.__cause__))

    g = numbers(5)
    next(g)
    next(g)
    print("suspended:", g.gi_frame.f_lineno - numbers.__code__.co_firstlineno, sorted(g.gi_frame.f_locals.items()),
          g.gi_suspended, g.gi_running)
    g.close()
    print("closed:", g.gi_frame, inspect.getgeneratorstate(g))

    print("walk:", list(walk([1, [2, [3, [4, 5]], 6], [[7]]])))
    print("deep:", list(deep(60)))
    try:
        list(deep(sys.getrecursionlimit() * 2))
    except RecursionError as e:
        print("deep recursion:", type(e).__name__)

    # a copy of the code object (code.replace) is resumed by the interpreter
    def copied(n):
        for i in range(n):
            yield i * 10
    copied.__code__ = copied.__code__.replace(co_name="copied2")
    g = copied(3)
    print("copied:", next(g), next(g), list(g), g.__name__)

    # interpreted code driving a compiled generator (the interpreter's own FOR_ITER_GEN), then next()
    ns = {"numbers": numbers}
    exec("def drive(g):\n    out = []\n    for x in g:\n        out.append(x)\n        if x == 3:\n"
         "            break\n    return out\n", ns)
    g = numbers(8)
    print("interpreted loop:", ns["drive"](g), next(g), ns["drive"](g), next(g, "end"))

    # a tracer set while a generator is suspended: its resumptions go through the interpreter, which reports them
    events = []

    def tracer(frame, event, arg):
        if frame.f_code is traced_events.__code__:
            events.append((event, frame.f_lineno - traced_events.__code__.co_firstlineno))
        return tracer
    g = traced_events(events)
    first = next(g)
    sys.settrace(tracer)
    try:
        second = next(g)
        third = next(g)
    finally:
        sys.settrace(None)
    print("traced:", first, second, third, events, next(g, "end"))

    # an unfinished generator in a cycle: collected, its finally run
    log = []
    g = reraises(log)
    next(g)
    holder = [g]
    holder.append(holder)
    del g, holder
    gc.collect()
    print("collected:", log)


main()
