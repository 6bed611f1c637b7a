"""Conditional jumps and short-circuit values in every form a compiler gives them: `and`/`or` whose value
is kept (a local, a constant, a call's result, arithmetic, a comparison, nested, chained comparisons) and
whose truth raises or is not a bool; `while` loops whose only backward jump is conditional (on a truth, on
`is None`, on `is not None`), one interrupted by a signal and one spinning until another thread sets a
flag; locals that may be unbound where they are read (assigned on one branch, deleted, bound by an empty
loop, an `except ... as` name after its handler, bound only in a `try`), and keyword calls of functions,
methods and builtins."""
import signal
import threading


class Truth:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __bool__(self):
        print("bool", self.name)
        return self.value

    def __repr__(self):
        return "Truth(%s)" % self.name


class BadBool:
    def __bool__(self):
        return 1


class RaisingBool:
    def __bool__(self):
        raise ValueError("no truth")


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


def make(v):
    return [v]


def values(a, b, c):
    out = []
    out.append(a and b)
    out.append(a or b)
    out.append(a and b or c)
    out.append(a or b and c)
    out.append((a or b) and (b or c))
    out.append(make(a) and make(b))
    out.append(make(a)[0] or make(b)[0])
    out.append(a or "default")
    out.append(None or a)
    out.append(0 or 0.0 or "" or c)
    return out


def arithmetic(x, y):
    return [(x + 1) or y, (x - x) or y, (x * 2) and (y * 2), x and x / 2, (x - x) and x / 0]


def comparisons(a, b, c):
    return [a < b or c, a < b and c, a < b < c, a < b > c, a == b or b == c or "none", not a or b]


def in_loop(items):
    total = []
    for v in items:
        total.append(v or -1)
        total.append(v and v + 1)
        if v and v > 2 or v is None:
            total.append("x")
    return total


def truthy_objects():
    t, f = Truth("t", True), Truth("f", False)
    print("and:", t and f, f and t)
    print("or:", t or f, f or t)
    print("sized:", Sized(0) or "empty", Sized(3) and "full")
    for bad in (BadBool(), RaisingBool()):
        try:
            print(bad or "x")
        except Exception as e:
            print(type(e).__name__, e, e.__traceback__.tb_lineno - truthy_objects.__code__.co_firstlineno)
        try:
            if bad:
                print("never")
        except Exception as e:
            print(type(e).__name__, e)
        try:
            while bad:
                print("never")
        except Exception as e:
            print(type(e).__name__, e)


def count_down(n):
    steps = 0
    while n > 0:
        n -= 1
        steps += 1
    return steps


def walk(node):
    seen = []
    while node is not None:
        seen.append(node[0])
        node = node[1]
    return seen


def first_none(items):
    i = 0
    v = items[i]
    while v is None:
        i += 1
        v = items[i]
    return i, v


def until_truthy(items):
    i = 0
    while not items[i]:
        i += 1
    return i


class Alarm(Exception):
    pass


def on_alarm(signum, frame):
    raise Alarm("alarm in " + frame.f_code.co_name)


def spin_while(n):
    while n >= 0:
        n += 1


def wait_for(flag):
    while flag[0] is None:
        pass
    return flag[0]


def maybe(flag):
    if flag:
        x = "bound"
    return x


def deleted():
    x = 1
    del x
    return x


def after_loop(items):
    for item in items:
        pass
    return item


def after_except():
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    return e


def only_in_try(fail):
    try:
        if fail:
            raise KeyError("k")
        y = "y"
    except KeyError:
        pass
    return y


def in_loop_branch(items):
    out = []
    for v in items:
        if v:
            last = v
        out.append(last)
    return out


def kw(a, b=2, *, c=3):
    return (a, b, c)


class Box:
    def m(self, a, b=2, *, c=3):
        return (a, b, c)


def calls():
    b = Box()
    print(kw(1, c=4), kw(1, b=5), kw(a=0), b.m(1, c=6), b.m(a=7, b=8))
    print(sorted([3, 1, 2], reverse=True), "-".join(sorted("cab", key=str.upper)), dict(a=1, b=2))
    print(int("ff", base=16), max([1, 5, 3], key=lambda v: -v), min(4, 2, key=abs))
    for f in (lambda: len([1], x=1), lambda: kw(1, d=2), lambda: b.m(1, 2, 3), lambda: isinstance(1, int, z=2)):
        try:
            f()
        except TypeError as e:
            print("TypeError:", e)


print(values(0, 1, 2))
print(values(3, 0, None))
print(values("", [], "c"))
print(arithmetic(0, 5), arithmetic(2, 0), arithmetic(1.5, 2))
print(comparisons(1, 2, 3), comparisons(2, 1, 0), comparisons(1, 1, 1))
print(in_loop([0, 1, 2, 3, None, 4]))
truthy_objects()
print(count_down(10), walk((1, (2, (3, None)))), walk(None), first_none([None, None, 0]), until_truthy([0, "", [], 5]))

old = signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    spin_while(0)
except Alarm as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
        tb = tb.tb_next
    print(e, lines)
finally:
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, old)

flag = [None]
setter = threading.Thread(target=lambda: flag.__setitem__(0, "set"))
setter.start()
print("waited:", wait_for(flag))
setter.join()

for f, args in ((maybe, (True,)), (maybe, (False,)), (deleted, ()), (after_loop, ([1, 2],)), (after_loop, ([],)),
                (after_except, ()), (only_in_try, (False,)), (only_in_try, (True,)), (in_loop_branch, ([1, 0, 2],)),
                (in_loop_branch, ([0, 1],))):
    try:
        r = f(*args)
        print(f.__name__, "->", r if f is not after_except else type(r).__name__)
    except UnboundLocalError as e:
        print(f.__name__, "UnboundLocalError:", e, e.__traceback__.tb_next.tb_lineno - f.__code__.co_firstlineno)
calls()
