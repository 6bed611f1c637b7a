"""with statements: single, multiple items, nested, parenthesised multi-line
items (3.10+), as-targets (tuple/attribute/subscript), __exit__ receiving
exception info, suppression by returning True, exceptions raised in
__enter__ and __exit__, return/break/continue leaving with blocks, objects
without __enter__/__exit__ (TypeError message), async-less context reuse."""


class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit

    def __enter__(self):
        print("  enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print("  exit", self.name, et.__name__ if et else None, repr(ev), tb is not None)
        if self.fail_exit:
            raise ValueError("exit failed: " + self.name)
        return self.suppress


with CM("a") as v:
    print("  body", v)

with CM("a") as x, CM("b") as y:
    print("  body", x, y)

with (
    CM("p1") as p1,
    CM("p2"),
):
    print("  parenthesised", p1)

with CM("outer"):
    with CM("inner", suppress=True):
        raise KeyError("suppressed")
    print("  after suppressed")

try:
    with CM("s1"), CM("s2"):
        raise IndexError("propagates")
except IndexError as e:
    print("caught", repr(e))

try:
    with CM("e1"), CM("e2", fail_enter=True), CM("e3"):
        print("  never")
except RuntimeError as e:
    print("caught", repr(e))

try:
    with CM("x1", fail_exit=True):
        raise KeyError("original")
except ValueError as e:
    print("caught", repr(e), "context", repr(e.__context__))

try:
    with CM("x2", fail_exit=True):
        pass
except ValueError as e:
    print("caught", repr(e), "context", repr(e.__context__))

with CM("multi-suppress", suppress=True), CM("inner-raise"):
    raise ZeroDivisionError("dz")
print("after multi")


class Holder:
    pass


h = Holder()
d = {}
with CM("t") as (a, *b):
    print("  tuple target", a, b)
with CM("attr") as h.value:
    pass
with CM("item") as d["k"]:
    pass
print(h.value, d)


def ret_inside():
    with CM("ret"):
        return "returned"


print(ret_inside())


def loop_inside():
    out = []
    for i in range(3):
        with CM("loop%d" % i):
            if i == 0:
                continue
            if i == 2:
                break
            out.append(i)
    return out


print(loop_inside())


def exit_return_value():
    class Truthy:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return "non-empty string is true"
    with Truthy():
        raise OSError("swallowed by truthy")
    return "continued"


print(exit_return_value())

for bad in (object(), 5):
    try:
        with bad:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class OnlyEnter:
    def __enter__(self):
        return self


try:
    with OnlyEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)


class OnlyExit:
    def __exit__(self, *a):
        pass


try:
    with OnlyExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)

import threading
lock = threading.Lock()
with lock:
    print("lock held", lock.locked())
print("lock released", not lock.locked())
import io
with io.StringIO("line1\nline2\n") as f:
    print(f.readlines())
print("closed", f.closed)
