"""The optimising lowering's guards failing while a loop runs: every fast path must fall back exactly.

Unboxed numbers: a local that turns from a small int to a float, to an int subclass, to a big int, to a
bool, to a str, to an object with its own operators, mid-loop; overflow of int64 intermediates; floats
shared by two names (the in-place store must not change the other); -0.0, inf and nan; division and
modulo by zero and by negatives; mixed int/float comparisons near 2**53. Branch conditions whose
comparison returns a non-bool (its __bool__ runs, or raises, at the jump). Direct calls whose callee is
rebound, whose __code__ changes, whose defaults are used; classes instantiated directly whose __init__
returns a value, raises, is replaced mid-loop, or whose class gains a __new__ or a metaclass __call__.
Builtins rebound mid-loop. Ints of two 30-bit digits at their edges, mixed with floats beyond 2**53.
Method descriptors (str, list, dict methods) called on subclasses, with wrong counts, keywords, a wrong
self, callbacks that raise. Unpacking (dict items that reuse their tuple, wrong sizes, non-sequences) and
list, tuple and dict subscripts whose fast paths do not apply.
"""
import builtins
import math


def trace(*args):
    print(*args)


# ---- numbers changing type mid-loop -------------------------------------------------------------

class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__(%d, %r)" % (int(self), other)

    def __mul__(self, other):
        return MyInt(int(self) * 3)


class Weird:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Weird(self.v + 100)

    def __radd__(self, other):
        return Weird(self.v + 1000)

    def __lt__(self, other):
        return self.v < 50

    def __repr__(self):
        return "Weird(%r)" % (self.v,)


def changing_types():
    values = [1, 2, 2.5, MyInt(7), 2 ** 62, 2 ** 63, -2 ** 63, True, 3, "s", Weird(1), -0.0, float("inf"), 4]
    out = []
    for v in values:
        x = v
        try:
            a = x + 1
            b = x * 2
            c = x - 3
            d = -x if not isinstance(x, (str, Weird)) else x
            out.append((repr(a), repr(b), repr(c), repr(d)))
        except TypeError as e:
            out.append(("TypeError", str(e)))
    for row in out:
        trace(row)


def overflow_chain():
    x = 3
    total = 0
    for i in range(70):
        x = x * 3 + 1
        total += x & 0xFFFF
        if x > 10 ** 30:
            x = x // 7
    trace("overflow", x, total)
    y = 2 ** 62
    trace(y + y, y * 2, y * 4, -y - y, y << 3, (y << 1) >> 1, y >> 70, -y >> 70)
    z = -(2 ** 63)
    trace(-z, z // -1, z % -1, z * -1, abs(z))


def shared_floats():
    a = 1.5
    b = a
    for i in range(3):
        a = a + 1.0
    trace("shared", a, b, a is b)
    xs = [0.5]
    x = xs[0]
    for i in range(3):
        x = x * 2.0
    trace("list kept", xs, x)
    n = 1000
    m = n
    for i in range(3):
        n = n + 1
    trace("ints", n, m)
    big = 10 ** 20
    c = big
    for i in range(3):
        big = big + 1
    trace("big", big, c)


def float_edges():
    vals = [0.0, -0.0, 1.0, -1.0, float("inf"), float("-inf"), float("nan"), 1e308, 5e-324, 2.0 ** 53, 2 ** 53 + 1]
    for p in vals:
        for q in vals:
            r = []
            for op in ("+", "-", "*", "/", "//", "%", "**", "<", "==", ">="):
                try:
                    if op == "+":
                        v = p + q
                    elif op == "-":
                        v = p - q
                    elif op == "*":
                        v = p * q
                    elif op == "/":
                        v = p / q
                    elif op == "//":
                        v = p // q
                    elif op == "%":
                        v = p % q
                    elif op == "**":
                        v = p ** 2
                    elif op == "<":
                        v = p < q
                    elif op == "==":
                        v = p == q
                    else:
                        v = p >= q
                    r.append(repr(v) if not (isinstance(v, float) and math.isnan(v)) else "nan")
                except (ZeroDivisionError, OverflowError, ValueError) as e:
                    r.append(type(e).__name__ + ":" + str(e))
            trace(repr(p), repr(q), " ".join(r))


def int_division():
    for a in (7, -7, 0, 2 ** 40, -(2 ** 40), 1):
        for b in (3, -3, 1, -1, 2, 0, 2 ** 35):
            try:
                trace(a, b, a // b, a % b, a / b, divmod(a, b), a << (b if 0 <= b < 10 else 1), a >> (b if b >= 0 else 1))
            except (ZeroDivisionError, ValueError) as e:
                trace(a, b, type(e).__name__, e)


def near_2_53():
    base = 2 ** 53
    for k in (-2, -1, 0, 1, 2):
        i = base + k
        f = float(base)
        trace(k, i < f, i == f, i > f, f < i, f == i, i + 0.5, i - 0.5)


# ---- conditions ----------------------------------------------------------------------------------

class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        if self.v == "boom":
            raise ValueError("bool of boom")
        return bool(self.v)


class OddCompare:
    def __init__(self, result):
        self.result = result

    def __lt__(self, other):
        return self.result


def conditions():
    for r in (True, False, 0, 1, "", "x", [], [0], None, Truthy(0), Truthy(1), 3.5, 0.0, -0.0):
        o = OddCompare(r)
        if o < 1:
            trace("lt true", repr(r) if not isinstance(r, Truthy) else r.v)
        else:
            trace("lt false", repr(r) if not isinstance(r, Truthy) else r.v)
    try:
        if OddCompare(Truthy("boom")) < 1:
            trace("unreachable")
    except ValueError as e:
        trace("raised at the jump:", e)
    count = 0
    for v in [1, 2, 3.0, 4, MyInt(5), "six" * 0, 7]:
        if v:
            count += 1
        if v == 3:
            count += 10
        if v is None:
            count += 100
        if v in (4, 5):
            count += 1000
    trace("count", count)


# ---- calls and classes ---------------------------------------------------------------------------

def f(a, b):
    return a + b


def g(a, b):
    return a * b


def with_default(a, b=10):
    return a - b


def calls():
    global f
    total = 0
    original = f
    for i in range(6):
        if i == 2:
            f = g
        if i == 3:
            f.__code__ = with_default.__code__
        if i == 4:
            f = original
            f.__code__ = g.__code__
        total += f(i, 3)
        total += with_default(i)
        total += with_default(i, 1)
    f = original
    f.__code__ = (lambda a, b: a + b).__code__
    trace("calls", total, f(2, 2))


class Plain:
    def __init__(self, x):
        self.x = x


class ReturnsValue:
    def __init__(self, x):
        self.x = x
        if x > 2:
            return x


class Raises:
    def __init__(self, x):
        if x == 3:
            raise KeyError(x)
        self.x = x


class Meta(type):
    def __call__(cls, *args):
        trace("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x


class Abstract:
    pass


def classes():
    made = []
    for i in range(5):
        made.append(Plain(i).x)
        try:
            made.append(ReturnsValue(i).x)
        except TypeError as e:
            made.append("TypeError: " + str(e))
        try:
            made.append(Raises(i).x)
        except KeyError as e:
            made.append("KeyError %r" % (e,))
        made.append(WithMeta(i).x)
        if i == 2:
            def new_init(self, x):
                self.x = -x
            Plain.__init__ = new_init
        if i == 3:
            Plain.__new__ = lambda cls, x: object.__new__(cls)
    trace("classes", made)
    try:
        Plain()
    except TypeError as e:
        trace("missing argument:", e)
    try:
        Plain(1, 2)
    except TypeError as e:
        trace("too many:", e)
    import abc

    class A(abc.ABC):
        @abc.abstractmethod
        def m(self):
            pass

        def __init__(self, x):
            self.x = x
    try:
        A(1)
    except TypeError as e:
        trace("abstract:", e)


# ---- builtins rebound mid-loop -----------------------------------------------------------------

def builtins_rebound():
    out = []
    real_len = builtins.len
    for i in range(5):
        if i == 2:
            builtins.len = lambda x: -1
        if i == 3:
            builtins.len = real_len
        if i == 4:
            globals()["len"] = lambda x: -2
        out.append(len([1, 2, 3]))
        out.append(isinstance(i, int))
        out.append(abs(-i))
        out.append(min(i, 2))
        out.append(max(i, 2.5))
    del globals()["len"]
    builtins.len = real_len
    trace("builtins", out)


def two_digit_ints():
    # ints of two 30-bit digits (up to 2**60) take C arithmetic out of line: an LCG, negatives, the edges
    state = 12345
    out = []
    for i in range(6):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        out.append((state >> 8) % 97)
    edges = [2 ** 30, 2 ** 30 - 1, -(2 ** 30), 2 ** 53 + 1, 2 ** 60 - 1, -(2 ** 60) + 1, 2 ** 60, 2 ** 62]
    for a in edges:
        for b in [3, -7, 40, 2 ** 31 + 5, 0.5, 2.0 ** 53]:
            row = []
            for op in ("+", "-", "*", "//", "%", "/", "<<", ">>", "&", "|", "^", "<", "==", ">="):
                try:
                    if op == "+": row.append(a + b)
                    elif op == "-": row.append(a - b)
                    elif op == "*": row.append(a * b)
                    elif op == "//": row.append(a // b)
                    elif op == "%": row.append(a % b)
                    elif op == "/": row.append(a / b)
                    elif op == "<<": row.append(a << b if b != 2 ** 31 + 5 else a << 3)
                    elif op == ">>": row.append(a >> b)
                    elif op == "&": row.append(a & b)
                    elif op == "|": row.append(a | b)
                    elif op == "^": row.append(a ^ b)
                    elif op == "<": row.append(a < b)
                    elif op == "==": row.append(a == b)
                    else: row.append(a >= b)
                except (TypeError, ValueError, OverflowError, MemoryError) as e:
                    row.append(type(e).__name__)
            out.append(row)
        out.append((-a, ~a, a == a + 0, float(a) == a))
    trace("two digits", out)


class MyStr(str):
    def upper(self):
        return "MyStr.upper"


class KeyRaises:
    def __hash__(self):
        raise RuntimeError("unhashable today")


def method_descriptors():
    # str/list/dict methods called directly when the instance's type is exactly the method's; anything else
    # (a subclass, a wrong count, keywords, a wrong self) takes the generic path with its messages
    out = []
    for s in ["a,b", MyStr("c,d"), "x"]:
        out.append((s.split(","), s.upper(), s.startswith("a"), s.replace(",", ";"), s.strip()))
    d = {"k": 1}
    items = [3, 1, 2]
    for i in range(3):
        out.append((d.get("k"), d.get("z", i), items.index(1), items.count(3)))
        items.append(i)
        out.append(items.pop())
    calls = [
        lambda: "abc".startswith(),
        lambda: "abc".upper(1),
        lambda: [].append(),
        lambda: [].append(1, 2),
        lambda: str.upper(5),
        lambda: str.upper(),
        lambda: "a b".split(maxsplit=1),
        lambda: {}.get(KeyRaises()),
        lambda: [1, 2].index(5),
        lambda: sorted([3, 1], key=lambda v: -v),
        lambda: [3, 1, 2].sort(key=lambda v: 1 / (v - 1)),
        lambda: list.pop([1, 2]),
        lambda: str.join(",", ["a", "b"]),
        lambda: dict.fromkeys("ab"),
        # builtin functions and bound methods of builtin objects, called directly or generically
        lambda: len(5),
        lambda: abs("x"),
        lambda: divmod(7, 0),
        lambda: math.sqrt(-1),
        lambda: max([1, 2], key=lambda v: -v),
        lambda: min(3, key=len),
        lambda: getattr(1, "nope"),
        lambda: getattr(1, "nope", "default"),
        lambda: sum([1, 2], start=10),
        lambda: sum([1, 2], 10, 20),
        lambda: hash([]),
        lambda: [].append(1, 2),
        lambda: {}.get(),
        lambda: isinstance(1, (int, str)),
        lambda: len(x=1),
        lambda: math.floor(KeyRaises()),
    ]
    for f in calls:
        try:
            out.append(f())
        except (TypeError, ValueError, RuntimeError, ZeroDivisionError, AttributeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    bound = [1].append
    for i in range(3):
        bound(i)
    out.append(bound.__self__)
    trace("method descriptors", out)


# ---- unpacking and subscripts in loops ------------------------------------------------------------

class Pair:
    def __iter__(self):
        return iter(("p", "q"))


class Idx(int):
    def __index__(self):
        return 1


def unpacking():
    d = {"a": 1, "b": 2.5, "c": "s"}
    seen = []
    # dict items reuse their result tuple when nothing else holds it: unpack must not keep it
    for k, v in d.items():
        seen.append((k, v))
    for k, v in d.items():
        pass
    seen.append((k, v))
    out = []
    for item in [(1, 2), [3, 4], Pair(), (5, 6, 7), "xy", 8]:
        try:
            a, b = item
            out.append((a, b))
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    trace("unpacking", seen, out)


def subscripts():
    xs = [1, 2.5, 3, 2 ** 70, True, -4]
    ys = [0] * 6
    out = []
    for i in range(len(xs)):
        ys[i] = xs[i] * 2
        out.append(xs[-1 - i])
    for i in [0, 2 ** 70, -7, 1.0, Idx(5), True]:
        try:
            out.append(xs[i])
        except (IndexError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
        try:
            ys[i] = i
        except (IndexError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    t = (10, 20, 30)
    for i in range(-3, 4):
        try:
            out.append(t[i] + 1)
        except IndexError as e:
            out.append("IndexError: " + str(e))
    d = {0: "zero", 1: "one"}
    for i in range(3):
        out.append(d.get(i, "?"))
        try:
            out.append(d[i])
        except KeyError as e:
            out.append("KeyError: " + str(e))
    trace("subscripts", out, ys)


# ---- one call site, LOAD_ATTR's method form, whose receiver changes mid-loop ---------------------

class Meth:
    def __init__(self, k):
        self.k = k

    def step(self, x, y=0):
        return x * self.k + y


class AttrCallable:
    def __init__(self):
        self.step = lambda x, y=0: ("attr", x, y)   # an instance attribute: not the method form


class Descr:
    @staticmethod
    def step(x, y=0):
        return ("static", x, y)


class Cls:
    @classmethod
    def step(cls, x, y=0):
        return (cls.__name__, x, y)


class Deleting:
    """A method that takes itself out of its class while it runs: the call keeps the function alive."""

    def step(self, x, y=0):
        del Deleting.step
        return ("deleted", x, y)


def method_sites():
    import math
    out = []
    objs = [Meth(2), Meth(3), AttrCallable(), Descr(), Cls, math, Deleting(), Meth(5), [], "str", None]
    for i, o in enumerate(objs * 2):
        try:
            if o is math:
                out.append(round(o.sqrt(i + 1), 6))
            else:
                out.append(o.step(i))
            out.append(o.step(i, y=1))
        except (AttributeError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    trace("method sites", out)


# ---- a call site's cache (the code object it entered first) meeting other callees mid-loop -----------

def call_site_cache():
    out = []
    fs = []
    for k in range(4):
        def h(x):
            return x * 10 + k   # a closure: a new function of the same code object each time
        out.append(h(k))
        fs.append(h)

    def other(x):
        return -x

    def two(x, y=5):
        return x + y

    swapped = lambda x: x   # noqa: E731
    fs += [other, abs, two, swapped, fs[0], str, fs[1]]
    for i in range(3):
        for f in fs:   # one site: functions sharing a code object, others, builtins, a class
            out.append(f(i + 1))
        swapped.__code__ = (lambda x: x * 100).__code__ if i == 0 else other.__code__
        fs[0].__defaults__ = (1,)
    trace("call site cache", out)


changing_types()
overflow_chain()
shared_floats()
float_edges()
int_division()
near_2_53()
conditions()
calls()
classes()
builtins_rebound()
two_digit_ints()
method_descriptors()
unpacking()
subscripts()
method_sites()
call_site_cache()


# BINARY_OP with an operand known not to be a number (a constant str, bytes, tuple, None): the C API from
# the start, its results and errors the interpreter's, in a loop and out of one
class RAdd:
    def __repr__(self):
        return "RAdd()"

    def __radd__(self, other):
        return 40 + len(other)

    def __rmod__(self, other):
        return "rmod " + other


def not_numbers(values):
    out = []
    for v in values:
        try:
            out.append("v=" + v)
        except TypeError as e:
            out.append("TypeError: %s" % e)
        try:
            out.append("%r|%5s" % (v, v))
            out.append("[%s]" % v)
        except TypeError as e:
            out.append("TypeError: " + str(e))
        try:
            out.append((1, 2) + v)
        except TypeError as e:
            out.append("TypeError: " + str(e))
        try:
            out.append(b"%d!" % v)
        except TypeError as e:
            out.append("TypeError: " + str(e))
        out.append("ab" * 2 + "c")
        t = "p" + str(len(out))
        t += "q"
        t = t + "-"
        out.append(t)
    return out


print(not_numbers(["x", 3, 2.5, (7,), RAdd(), [1]]))
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
s = "start"
for i in range(3):
    s += "+" + str(i)
print(s, "%s-%s" % ("a", "b"), "%d%%" % 50)


# str(x), tuple(x), type(x) with one argument called as the interpreter's CALL_NO_KW_STR_1/_TUPLE_1/_TYPE_1;
# a __str__ that raises, subclasses, other argument counts, keywords, and the names rebound
class Shown:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        if self.v < 0:
            raise ValueError("negative %d" % self.v)
        return "Shown(%d)" % self.v


class MyStr(str):
    def __str__(self):
        return "my " + self


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


def one_arg_types(values):
    out = []
    for v in values:
        try:
            s = str(v)
            out.append((s, type(s).__name__, type(v).__name__, type(type(v)).__name__))
        except ValueError as e:
            out.append("ValueError: %s" % e)
        try:
            out.append(tuple(v))
        except TypeError as e:
            out.append("TypeError: %s" % e)
    out.append((str(), str(b"ab", "ascii"), str(object=5), tuple(), type("T", (), {}).__name__,
                tuple(x * 2 for x in range(3))))
    return out


print(one_arg_types([1, "s", MyStr("x"), Shown(2), Shown(-1), [1, 2], (3,), {"k": 1}, b"by"]))
print(type(WithMeta()).__name__, type(WithMeta).__name__)


def rebound_names(v):
    return str(v), tuple(v), type(v)


saved = (str, tuple, type)
print(rebound_names([1]))
str = lambda v: "fake str"
tuple = lambda v: "fake tuple"
type = lambda v: "fake type"
print(rebound_names([1]))
str, tuple, type = saved
print(rebound_names("ab"))


# `s += a + b` stored back into s: the sum is computed on the number path and, when it is a str, s is
# extended in place (the interpreter's BINARY_OP_INPLACE_ADD_UNICODE); every other kind of value mid-loop
# takes the generic path: ints and floats (the sum held in C), lists (extended in place, same object), a
# str shared by another name (copied, the other name unchanged), operators of our own, and errors.
class Joined:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return "J(%s+%s)" % (self.v, other)

    def __radd__(self, other):
        return Joined("r(%s+%s)" % (other, self.v))

    def __repr__(self):
        return "Joined(%r)" % (self.v,)


def concat_sums(pairs, start):
    s = start
    seen = []
    for a, b in pairs:
        try:
            s += a + b
        except TypeError as e:
            seen.append("TypeError: %s" % e)
        seen.append(s if not isinstance(s, list) else list(s))
    return s, seen


print(concat_sums([("a", "b"), ("/", "c"), ("", ""), ("é", "x" * 3)], "p"))
print(concat_sums([(1, 2), (3, 4), (2 ** 62, 2 ** 62), (0.5, 1)], 10))
print(concat_sums([("a", "b"), (1, 2), ("c", "d")], "s"))
lst = [0]
res = concat_sums([([1], [2]), ([3], [])], lst)
print(res, res[0] is lst, lst)
shared = "base"
alias = shared
print(concat_sums([("x", "y"), ("z", "w")], shared), shared, alias)
print(concat_sums([(Joined(1), "t"), ("u", Joined(2)), ("v", "w")], "q"))
print(concat_sums([(MyStr("m"), "n"), ("o", MyStr("p"))], MyStr("r")))


def ident(v):
    return v


def concat_owned(pairs, start):
    s = start
    for a, b in pairs:
        s += (ident(a) if a is not None else b) + b  # s held across a branch: a reference of its own
    return s


print(concat_owned([("a", "b"), ("c", "d"), ("", "é")], "s"), concat_owned([(1, 2), (0.5, 1), (2 ** 62, 2 ** 62), (None, 3)], 10),
      concat_owned([([1], [2])], [0]))

def concat_only(parts, sep):
    path = ""
    for b in parts:
        path += sep + b  # only the local refers to path: extended in place
    return path


print(concat_only(["usr", "lib", "python3"] * 50, "/")[-40:], len(concat_only(["ab"] * 1000, "-")))
print(concat_only(["é", "ü"] * 3, "/"), concat_only([], "/") == "")


# Ints stored into locals: the cached small ints (-5..256) stored as they are, others made or overwritten in
# place; identity as interpreted on both sides of each boundary, counting up and down.
def small_int_stores(n):
    c, neg, big = 0, 0, 250
    seen = []
    for _ in range(n):
        c += 1
        neg -= 1
        big += 1
        if c % 100 == 0 or c in (1, 6, 7):
            seen.append((c, neg, big, c is (c + 0), neg is (neg - 0), big is (big + 0)))
    x, steps = -8, []
    while x < 260:
        y = x
        x += 1
        steps.append(y is x - 1)
    return seen, c, neg, big, steps.count(True), steps[:4], steps[-6:]


print(small_int_stores(600))


# The values of a range loop: the cached small ints (-5..256) given as they are, others made, as FOR_ITER_RANGE
# (PyLong_FromLong) gives them; steps up and down across both boundaries, and a range of big ints (another iterator).
def range_values():
    out = []
    for r in (range(-10, 300, 7), range(300, -12, -13), range(250, 262), range(-8, -2), range(2**62, 2**62 + 3),
              range(-2**63, -2**63 + 2), range(0)):
        identities = []
        total = 0
        for v in r:
            total += v
            identities.append(v is (v * 1))
        out.append((len(identities), identities.count(True), identities[:3], identities[-3:], total))
    return out


print(range_values())


# Ordering comparisons of two exact strs decided without the generic comparison (as str's tp_richcompare): every
# operator, strs of each width (ASCII, Latin-1, UCS-2, UCS-4), prefixes, empty strs, the same object; a str
# subclass with its own __lt__, and a str compared with an int (TypeError) in the same loop.
class MyStr(str):
    def __lt__(self, other):
        return "MyStr.__lt__"

    def __ge__(self, other):
        return 0


def str_ordering():
    words = ["", "a", "ab", "b", "Z", "é", "ée", "€", "€a", "😀", "a😀", "ab"]
    table = []
    for x in words:
        row = 0
        for y in words:
            row = row * 2 + (x < y)
            row = row * 2 + (x <= y)
            row = row * 2 + (x > y)
            row = row * 2 + (x >= y)
        table.append(row)
    chained = [ch for ch in "aZé€😀mz{" if "a" <= ch <= "z"]
    same = words[1]
    odd = []
    for x, y in (("a", MyStr("b")), (MyStr("b"), "a"), ("a", 1), (1, "a"), ("b", "a")):
        try:
            odd.append((x < y, x >= y))
            if x < y:
                odd.append("branch taken")
        except TypeError as e:
            odd.append(str(e))
    return table, chained, same <= same, same < same, odd


print(str_ordering())


# Operands whose exact type is known without being a constant loaded right there: a constant held on the stack
# across the branches of a conditional expression, what BUILD_LIST/BUILD_TUPLE/BUILD_STRING/BUILD_MAP make; the
# arithmetic goes straight to the C API, with the interpreter's results, __rmul__/__radd__, and errors.
class Times:
    def __rmul__(self, other):
        return ("rmul", other)

    def __radd__(self, other):
        return ("radd", other)


def built_operands(n):
    out = []
    for i in range(n):
        out.append(" " * (i + (1 if i % 2 else 0)))
        out.append("ab" * (Times() if i == 1 else 2))
        out.append([i] * (2 if i else 0))
        out.append((i, -i) + ((i,) if i % 2 else ()))
        out.append(f"<{i}>" + ("!" if i else "?"))
        out.append((1 if i % 2 else "x") * 3)
        try:
            out.append(f"{i}" * (2.5 if i == 2 else 1))
        except TypeError as e:
            out.append(str(e))
        try:
            out.append({"k": i} | ({"j": 0} if i else []))
        except TypeError as e:
            out.append(str(e))
    return out


print(built_operands(4))


# `in` and `not in` in a loop, as values and as conditions: sets (a set as the key of a set of frozensets), dicts,
# strs, lists, tuples, __contains__ of our own (its result's truth), a class with only __iter__ or __getitem__ (the
# iteration search), and the errors: unhashable keys, str in str with an int, a __contains__ that raises, no
# container at all.
class HasContains:
    def __contains__(self, item):
        if item == "boom":
            raise KeyError(item)
        return [item] if item else 0


class OnlyIter:
    def __iter__(self):
        return iter([1, 2, 3])


class OnlyGetitem:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError(i)
        return i * 10


def membership():
    containers = [{1, 2}, frozenset({3}), {frozenset({1, 2}): "x"}, {frozenset({1, 2})}, "abc", [1, [2]], (1, 2),
                  HasContains(), OnlyIter(), OnlyGetitem(), 42]
    items = [1, 3, "b", "bc", {1, 2}, [2], [], "boom", 20, 5]
    out = []
    for c in containers:
        row = []
        for x in items:
            try:
                row.append(x in c)
                row.append(x not in c)
                if x in c:
                    row.append("yes")
            except (TypeError, KeyError) as e:
                row.append(type(e).__name__ + ": " + str(e))
        out.append(row)
    return out


for row in membership():
    print(row)
