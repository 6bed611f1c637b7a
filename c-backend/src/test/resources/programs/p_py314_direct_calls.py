"""Direct calls on CPython 3.14 (pyc2c_frame314.h: the callee's frame pushed by compiled code, its slots
stack references): locals released from the last to the first when a frame is popped (the order finalizers
run in), frames kept after their function returned (sys._getframe(), tracebacks, f_back, f_locals, f_lineno,
also of a frame left by a re-raise), arguments borrowed by an interpreted caller (a generator, whose
LOAD_FAST_BORROW references the callee's frame gets) and rebound or deleted in the callee, a parameter that is
a cell, a caller's local replaced through f_locals while its callee holds the old value, garbage collection
while direct frames are on the stack; and every guard of a direct call failing: __code__ replaced (by
another compiled function's, by a copy made with code.replace(), by interpreted code), __defaults__ changed
in a loop, the called name rebound from a hot loop, settrace and sys.monitoring turned on and off between
calls from the same sites, the recursion limit lowered and raised again."""
import gc
import sys


class Noisy:
    log = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Noisy.log.append(self.name)


def make_locals(tag):
    first = Noisy(tag + "1")
    second = Noisy(tag + "2")
    third = Noisy(tag + "3")
    return len(first.name) + len(second.name) + len(third.name)


def release_order():
    total = 0
    for i in range(3):
        total += make_locals("r" + str(i))
    return total


print(release_order(), Noisy.log)
Noisy.log.clear()


def with_params(a, b, c=None):
    local = Noisy("local")
    return a.name + b.name + local.name


kept_a, kept_b = Noisy("A"), Noisy("B")
print(with_params(kept_a, kept_b), Noisy.log)
Noisy.log.clear()

# Frames kept after their function returned.
kept = []


def keep_frame(x, y):
    z = x * y
    kept.append(sys._getframe())
    w = z + 1
    return w


def keeper_caller(n):
    total = 0
    for i in range(n):
        total += keep_frame(i, i + 1)
    return total


print(keeper_caller(3))
for f in kept:
    print(f.f_code.co_name, f.f_lineno, sorted(f.f_locals.items()), f.f_back.f_code.co_name if f.f_back else None)
kept.clear()


def raising(v):
    data = [v, v + 1]
    raise ValueError("bad " + str(data))


def reraising(v):
    try:
        raising(v)
    except ValueError:
        note = "seen"
        raise


def catch_tb(v):
    try:
        reraising(v)
    except ValueError as e:
        return e


exc = catch_tb(7)
tb = exc.__traceback__
while tb is not None:
    fr = tb.tb_frame
    print(fr.f_code.co_name, tb.tb_lineno, fr.f_lineno, sorted(k for k in fr.f_locals if k != "e"))
    tb = tb.tb_next
del exc, tb, fr


# Arguments borrowed by an interpreted caller (a generator's frame), rebound or deleted in the callee.
def rebinds(a, b):
    a = a + [0]
    del b
    return len(a)


def cell_param(a, b):
    def inner():
        return a + b

    a = a * 2
    return inner()


def gen_caller(items):
    for x in items:
        y = [x, x]
        yield rebinds(y, y), y, cell_param(x, len(y))


print(list(gen_caller([1, 2, 3])))


# A caller's local replaced through f_locals while its callee holds the old object.
def replace_callers_local(value):
    sys._getframe(1).f_locals["target"] = Noisy("replacement")
    Noisy.log.append("callee still has " + value.name)
    return value.name


def holds_local():
    target = Noisy("original")
    got = replace_callers_local(target)
    return got, target.name


print(holds_local(), Noisy.log)
Noisy.log.clear()


# Garbage collection while direct frames are on the stack, with cycles referenced only from their locals.
class Cycle:
    def __init__(self, n):
        self.me = self
        self.n = n


def deep_gc(n):
    c = Cycle(n)
    if n == 0:
        gc.collect()
        return c.n
    r = deep_gc(n - 1) + c.n
    if n % 10 == 0:
        gc.collect(0)
    return r


def churn(n):
    total = 0
    for i in range(n):
        total += deep_gc(30)
        for _ in range(200):
            Cycle(i)
    return total


print(churn(20))


# Guards: __code__ replaced, by a compiled function's, a copy's, interpreted code's.
def target_fn(x):
    return x + 1


def other_fn(x):
    return x * 100


def call_loop(n):
    return [target_fn(i) for i in range(n)]


interpreted_code = compile("def interp(x):\n    return -x\n", "<interp>", "exec")
ns = {}
exec(interpreted_code, ns)

original_code = target_fn.__code__
print(call_loop(3))
target_fn.__code__ = other_fn.__code__
print(call_loop(3))
target_fn.__code__ = original_code.replace()
print(call_loop(3))
target_fn.__code__ = ns["interp"].__code__
print(call_loop(3))
target_fn.__code__ = original_code
print(call_loop(3))


def with_default(x, step=1):
    return x + step


def defaults_loop():
    out = []
    for i in range(6):
        if i == 2:
            with_default.__defaults__ = (10,)
        if i == 4:
            with_default.__defaults__ = None
        try:
            out.append(with_default(i))
        except TypeError as e:
            out.append(str(e))
    with_default.__defaults__ = (1,)
    return out


print(defaults_loop())


def first(x):
    return ("first", x)


def second(x):
    return ("second", x)


def rebinding_loop():
    global first
    out = []
    saved = first
    for i in range(4):
        if i == 2:
            first = second
        out.append(first(i))
    first = saved
    return out


print(rebinding_loop(), first(9))


# settrace and sys.monitoring turned on and off between calls of the same sites.
def leaf(x):
    y = x + 1
    return y


def traced_sites(n):
    return [leaf(i) for i in range(n)]


events = []


def tracer(frame, event, arg):
    # call and return events (a compiled body reports no line events of its own)
    if frame.f_code.co_name == "leaf" and event != "line":
        events.append((event, frame.f_lineno))
    return tracer


print(traced_sites(2))
sys.settrace(tracer)
print(traced_sites(2))
sys.settrace(None)
print(traced_sites(2), events)

mon = sys.monitoring
TOOL = 3
mon.use_tool_id(TOOL, "pyc2c test")
starts = []


def on_start(code, offset):
    if code.co_name == "leaf":
        starts.append(code.co_name)


mon.register_callback(TOOL, mon.events.PY_START, on_start)
mon.set_events(TOOL, mon.events.PY_START)
print(traced_sites(3), len(starts))
mon.set_events(TOOL, 0)
print(traced_sites(3), len(starts))
mon.set_local_events(TOOL, leaf.__code__, mon.events.PY_START)
print(traced_sites(2), len(starts))
mon.set_local_events(TOOL, leaf.__code__, 0)
mon.register_callback(TOOL, mon.events.PY_START, None)
mon.free_tool_id(TOOL)
print(traced_sites(2), len(starts))


# The recursion limit lowered and raised again between calls of the same site.
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


def measure(limit):
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(limit)
    try:
        return depth(0) > 0
    finally:
        sys.setrecursionlimit(old)


print(measure(60), measure(200), measure(60))
