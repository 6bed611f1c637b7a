# CPython 3.14 syntax and semantics (the corpus builds it for 3.14 and later only): t-strings (PEP 750,
# BUILD_INTERPOLATION / BUILD_TEMPLATE), deferred annotations (PEP 649/749: __annotate__, conditional
# annotations), all()/any()/tuple() over a generator expression (inlined behind LOAD_COMMON_CONSTANT,
# with the builtin rebound and not), `with` on objects missing __enter__ or __exit__ (LOAD_SPECIAL's
# TypeError), except without parentheses (PEP 758), return in finally, constant slices, small ints
# (LOAD_SMALL_INT), subscripts as BINARY_OP, f(*a) and f(*a, **k) (CALL_FUNCTION_EX's kwargs slot).
import sys
from string.templatelib import Interpolation, Template

debug = False


def tstrings(name, value):
    t = t"hello {name!r} = {value:>6} and {value + 1!s:<4}{name}"
    parts = []
    for item in t:
        if isinstance(item, Interpolation):
            parts.append((item.value, item.expression, item.conversion, item.format_spec))
        else:
            parts.append(item)
    empty = t""
    return type(t) is Template, t.strings, parts, empty.strings, empty.interpolations


print(tstrings("x", 41))


def annotated(a: int, b: "str" = "s") -> list[int]:
    return [a, b]


print(annotated.__annotations__)
print(annotated(1))


class Annotated:
    x: int
    y: "Undefined"
    if debug:
        z: float

    def method(self, q: dict[str, int]) -> None:
        pass


print(sorted(Annotated.__annotations__))
print(Annotated.method.__annotations__)
try:
    import annotationlib
    print(annotationlib.get_annotations(Annotated, format=annotationlib.Format.STRING))
except ImportError as e:
    print("no annotationlib", e)


def inlined(xs):
    return (all(x > 0 for x in xs), any(x > 2 for x in xs), tuple(x * 2 for x in xs),
            all(x for x in []), any(x for x in []))


print(inlined([1, 2, 3]))
print(inlined([-1, 0]))


def rebound(xs):
    all = lambda it: ("rebound all", list(it))
    any = lambda it: ("rebound any", list(it))
    return all(x > 0 for x in xs), any(x for x in xs)


print(rebound([1, 2]))
_real_tuple = tuple


def rebind_global_tuple(xs):
    return tuple(x + 1 for x in xs)


print(rebind_global_tuple([1, 2]))
tuple = lambda it: ["not a tuple", *it]
print(rebind_global_tuple([1, 2]))
tuple = _real_tuple


class NoEnter:
    def __exit__(self, *a):
        return False


class NoExit:
    def __enter__(self):
        return self


class AsyncOnly:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        return False


class Manager:
    def __init__(self, suppress):
        self.suppress = suppress
        self.log = []

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, tp, val, tb):
        self.log.append(("exit", tp.__name__ if tp else None, str(val) if val else None))
        return self.suppress


def with_errors():
    out = []
    for mgr in (NoEnter(), NoExit(), AsyncOnly(), 42):
        try:
            with mgr:
                out.append("body")
        except TypeError as e:
            out.append(str(e))
    m = Manager(True)
    with m as got:
        raise ValueError("suppressed")
    out.append(got is m)
    out.append(m.log)
    m = Manager(False)
    try:
        with m:
            raise KeyError("kept")
    except KeyError as e:
        out.append(repr(e))
    out.append(m.log)
    return out


for line in with_errors():
    print(line)


def except_without_parens(v):
    try:
        if v == 0:
            raise ValueError("v")
        if v == 1:
            raise KeyError("k")
        return {}[v]
    except ValueError, KeyError:
        return "caught " + str(v)


print(except_without_parens(0), except_without_parens(1), except_without_parens("z"))


def finally_return(n):
    log = []
    for i in range(n):
        try:
            if i == 2:
                return "from try " + str(i), log
        finally:
            log.append(i)
    return "after loop", log


print(finally_return(1), finally_return(3))


def slices(seq):
    a = seq[1:3]
    b = seq[::2]
    c = seq[-2:]
    seq2 = list(seq)
    seq2[1:2] = ["x", "y"]
    d = seq[slice(1, None)]
    return a, b, c, seq2, d, seq[0], seq[-1]


print(slices([10, 20, 30, 40, 50]))
print(slices("abcdef"))


def small_ints(n):
    total = 0
    for i in range(n):
        total += 1
        total += 255
        total -= 256
        total = total * 2 - 0
    return total, 256, -5, 0


print(small_ints(10))


def star_calls(*a, **k):
    def f(*args, **kwargs):
        return args, sorted(kwargs.items())
    return f(*a), f(*a, **k), f(1, *a, x=2, **k), f(**k)


print(star_calls(1, 2, y=3))


def annotate_nested():
    def inner(p: "forward") -> "ret":
        return p
    return inner.__annotations__, inner("v")


print(annotate_nested())
print(type(sys._getframe()).__name__)
