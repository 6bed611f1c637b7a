"""Calls between functions of this module with every binding shape:
positional, keyword, keyword-only with and without defaults, positional-only,
defaults changed or removed at run time, closures and cells, *args/**kwargs,
and every binding error (missing, duplicate, unexpected, positional-only by
keyword, too many); frames seen from the callee (f_back, f_lineno, locals
of the caller, a frame kept after its function returned), tracebacks
through several calls, recursion to the limit and the depth it reaches, a
callee whose __code__ is replaced, profiling events while sys.setprofile is
active, and callees called from C (map, sorted key, property, __init__)."""
import sys


def pos(a, b):
    return a - b


def dflt(a, b=10, c=20):
    return (a, b, c)


def kwonly(a, *, k, m=3):
    return (a, k, m)


def posonly(a, b, /, c):
    return (a, b, c)


def star(*args, **kwargs):
    return args, sorted(kwargs.items())


def outer(n):
    cell = n * 2

    def inner(x):
        return x + cell + n

    def setter(v):
        nonlocal cell
        cell = v

    return inner, setter


print(pos(5, 3), pos(b=1, a=9), pos(4, b=2))
print(dflt(1), dflt(1, 2), dflt(1, c=5), dflt(a=0, c=1, b=2))
print(kwonly(1, k=2), kwonly(1, m=9, k=8))
print(posonly(1, 2, 3), posonly(1, 2, c=4))
print(star(), star(1, 2, x=3), star(*[1], **{"y": 2}))
inner, setter = outer(5)
print(inner(1))
setter(100)
print(inner(1))


def try_call(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except TypeError as e:
        return "TypeError: %s" % e


def errors():
    out = []
    for thunk in (lambda: pos(1), lambda: pos(1, 2, 3), lambda: pos(1, a=2), lambda: pos(1, c=2),
                  lambda: kwonly(1), lambda: kwonly(1, 2, k=3), lambda: posonly(1, b=2, c=3),
                  lambda: dflt(), lambda: dflt(1, 2, 3, 4), lambda: dflt(1, d=2), lambda: dflt(1, **{"b": 1, "c": 2})):
        try:
            out.append(repr(thunk()))
        except TypeError as e:
            out.append("TypeError: %s" % e)
    return out


for line in errors():
    print(line)

dflt.__defaults__ = (7, 8)
print(dflt(1), dflt(1, 2))
dflt.__defaults__ = None
print(try_call(dflt, 1))
kwonly.__kwdefaults__ = {"k": "kd", "m": "md"}
print(kwonly(1))
kwonly.__kwdefaults__ = None
print(try_call(kwonly, 1))


def callee_frame():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno, sorted(f.f_locals)


def caller_frame():
    local_one = 1
    return callee_frame()


print(caller_frame())


def keep_frame(x):
    f = sys._getframe()
    y = x + 1
    return f


kept = keep_frame(41)
print(kept.f_code.co_name, sorted(kept.f_locals), kept.f_back is None, kept.f_lineno - kept.f_code.co_firstlineno)


def level3(v):
    return 10 // v


def level2(v):
    return level3(v) + 1


def level1(v):
    return level2(v) * 2


try:
    level1(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
        tb = tb.tb_next
    print(entries)


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


limit = sys.getrecursionlimit()
reached = depth(0)
print("recursion: limit minus depth reached:", limit - reached)
sys.setrecursionlimit(200)
print("with a limit of 200:", 200 - depth(0))
sys.setrecursionlimit(limit)


def swapped(x):
    return "original"


def calls_swapped():
    return swapped(1)


print(calls_swapped())
swapped.__code__ = (lambda x: "lambda code").__code__
print(calls_swapped())
exec(compile("def dyn(x):\n    return 'interpreted code'\n", "<dyn>", "exec"), globals())
swapped.__code__ = dyn.__code__
print(calls_swapped())

events = []


def profiler(frame, event, arg):
    if event in ("call", "return") and frame.f_code.co_name.startswith("profiled"):
        events.append((event, frame.f_code.co_name))


def profiled_leaf(x):
    return x + 1


def profiled(x):
    return profiled_leaf(x) * 2


sys.setprofile(profiler)
profiled(1)
sys.setprofile(None)
print(events)


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


def key(p):
    return -p.x


pts = [Point(i, y=i % 3) for i in range(5)]
print([p.norm1 for p in sorted(pts, key=key)], list(map(key, pts)))


# Calls bound on the C stack (pyc2c_call_bound), from a loop: defaults, keywords in any order, a keyword
# name that is not interned, the defaults replaced while the loop runs, and every error the binding
# leaves to the interpreter (missing, duplicate, unknown, positional-only by keyword, too many).
def many(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q=17, r=18):
    return a + b + q + r


def po(a, b=2, /, c=3):
    return (a, b, c)


def bound_calls():
    out = []
    c_name = "".join(["c"])
    for i in range(6):
        out.append(many(*range(16)) + many(*range(16), r=0))
        for thunk in (lambda: dflt(i), lambda: dflt(i, i), lambda: dflt(i, c=i), lambda: dflt(c=1, a=i),
                      lambda: dflt(i, **{c_name: -i}), lambda: po(i), lambda: po(i, i), lambda: po(i, c=i),
                      lambda: dflt(i, a=1), lambda: dflt(i, z=1), lambda: po(a=i), lambda: dflt(1, 2, 3, 4),
                      lambda: dflt(i, **{"".join(["b"]): 2}), lambda: dflt(b=i)):
            out.append(try_call(thunk))
        if i == 2:
            dflt.__defaults__ = (70, 80, 90)
        if i == 3:
            dflt.__defaults__ = (5,)
        if i == 4:
            dflt.__defaults__ = None
    dflt.__defaults__ = (10, 20)
    return out


for line in bound_calls():
    print(line)


# Bound methods of compiled functions called as objects (taken by getattr, kept as callbacks): self
# goes before the arguments and the function is entered directly; defaults, keywords, a classmethod, a
# bound method of an interpreted function, one whose function raises, and the caller's frame as seen
# from inside.
class Visitor:
    scale = 3

    def visit_num(self, n, k=1):
        return n * self.scale * k

    def visit_str(self, s, *, upper=False):
        return s.upper() if upper else s

    @classmethod
    def make(cls, v):
        return (cls.__name__, v)

    def fail(self, v):
        raise ValueError("bad %r" % (v,))

    def caller_name(self):
        return sys._getframe(1).f_code.co_name


exec(compile("def interpreted_method(self, v):\n    return ('interpreted', v)\n", "<dyn>", "exec"), globals())
Visitor.interpreted = interpreted_method


def bound_method_calls():
    v = Visitor()
    out = []
    callbacks = [getattr(v, "visit_num"), v.visit_str, Visitor.make, v.interpreted, v.fail, v.caller_name]
    for i in range(4):
        num, text, make, interp, fail, who = callbacks
        out.append((num(i), num(i, 2), num(i, k=3), num(n=i), text("a%d" % i), text("b", upper=True),
                    make(i), interp(i), who()))
        try:
            fail(i)
        except ValueError as e:
            tb = e.__traceback__
            names = []
            while tb is not None:
                names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
                tb = tb.tb_next
            out.append(("ValueError", str(e), names))
        out.append(try_call(num))
        out.append(try_call(num, 1, 2, 3))
        if i == 2:
            Visitor.scale = 10
    return out


for line in bound_method_calls():
    print(line)
