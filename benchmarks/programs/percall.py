"""Per-call cost (not a correctness program): times one million calls of a
two-argument function for each way a call can reach it, with the loop's own
cost (the same loop calling nothing) subtracted, and records nanoseconds per
call in RESULTS: from a compiled (or interpreted) caller, with keywords, a
method, a bound method object, a property getter, a class instantiation, from interpreted code, and through C (map, with
the cost of map calling the builtin operator.add subtracted)."""
import operator
import time

N = 1000000


def add(a, b):
    return a + b


class Box:
    def __init__(self, v):
        self.v = v

    def get(self, k):
        return self.v + k

    @property
    def value(self):
        return self.v


def loop_empty(n):
    x = 1
    for i in range(n):
        x = i
    return x


def loop_positional(n):
    x = 1
    for i in range(n):
        x = add(i, 1)
    return x


def loop_keywords(n):
    x = 1
    for i in range(n):
        x = add(i, b=1)
    return x


def loop_method(n):
    x = 1
    box = Box(1)
    for i in range(n):
        x = box.get(i)
    return x


def loop_bound(n):
    x = 1
    m = Box(1).get
    for i in range(n):
        x = m(i)
    return x


def loop_property(n):
    x = 1
    box = Box(1)
    for i in range(n):
        x = box.value
    return x


def loop_init(n):
    x = 1
    for i in range(n):
        x = Box(i)
    return x


def loop_map(n):
    return sum(map(add, range(n), range(n)))


def loop_map_baseline(n):
    return sum(map(operator.add, range(n), range(n)))


# The same loops, always interpreted (compiled at run time): calls from interpreted code into this
# module's functions.
exec(compile("""
def interpreted_empty(n):
    x = 1
    for i in range(n):
        x = i
    return x


def interpreted_positional(n):
    x = 1
    for i in range(n):
        x = add(i, 1)
    return x
""", "<interpreted>", "exec"), globals())


def best(fn, rounds=5):
    t = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn(N)
        t.append(time.perf_counter() - t0)
    return min(t)


empty = best(loop_empty)
RESULTS = {
    "f(a, b)": (best(loop_positional) - empty) / N * 1e9,
    "f(a, b=1)": (best(loop_keywords) - empty) / N * 1e9,
    "o.m(a)": (best(loop_method) - empty) / N * 1e9,
    "m(a), m = o.m": (best(loop_bound) - empty) / N * 1e9,
    "o.prop": (best(loop_property) - empty) / N * 1e9,
    "C(a)": (best(loop_init) - empty) / N * 1e9,
    "interpreted caller f(a, b)": (best(interpreted_positional) - best(interpreted_empty)) / N * 1e9,
    "map(f, x, y)": (best(loop_map) - best(loop_map_baseline)) / N * 1e9,
}
