"""Differential test of the pyc2c_ops.h helpers against the interpreter running this script.

Each case runs the same operation twice: once through real Python code that makes the
interpreter execute the instruction (`a, b = seq`, `match`, `raise X from Y`, `from m import *`,
`f(*args, **kw)`, f-strings, ...), once through the helper exposed by the opstest extension
(build it first with build.sh for the same interpreter). Both must return equal results (and
make the same observable calls, where a case logs them), or raise the same exception type with
the same message (and the same ImportError/NameError attributes). A few cases have no Python
spelling (NULL arguments, a pending exception, an out-of-range conversion): they check the
helper against the expected value directly.

Run: python test_ops.py [-v] [--leaks] [substring...]. Prints one line per failure, then
"N passed, M failed"; exits 1 if any failed. --leaks also runs each helper 700 more times and
fails a case whose runs keep allocating memory blocks (a reference leak).
"""

import __future__
import collections
import collections.abc
import contextlib
import dataclasses
import decimal
import dis
import functools
import gc
import itertools
import os
import sys
import tempfile
import threading
import types

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import opstest  # noqa: E402  (built by build.sh for this interpreter)

NULL = opstest.NULL
PY = sys.version_info[:2]

# ---- The runner ------------------------------------------------------------------------------

LOG = []            # observable calls made by the test objects below, in order
RESULTS = []        # (name, failure message or None)
VERBOSE = "-v" in sys.argv
LEAKS = "--leaks" in sys.argv
FILTERS = [a for a in sys.argv[1:] if not a.startswith("-")]


def log(*event):
    LOG.append(event)


def outcome(fn):
    """('ok', value, log) or ('err', exception, log) of fn(), with its own log."""
    del LOG[:]
    try:
        value = fn()
        kind = "ok"
    except BaseException as e:  # noqa: BLE001 - any exception is an outcome to compare
        value = e
        kind = "err"
    events = list(LOG)
    del LOG[:]
    return kind, value, events


def exc_text(e):
    return f"{type(e).__name__}: {e}"


IMPORT_ERROR_ATTRS = ("name", "path", "name_from")


def same_exception(a, b):
    if type(a) is not type(b) or str(a) != str(b):
        return f"{exc_text(a)}  !=  {exc_text(b)}"
    if isinstance(a, ImportError):
        for attr in IMPORT_ERROR_ATTRS:
            if getattr(a, attr, None) != getattr(b, attr, None):
                return f"ImportError.{attr}: {getattr(a, attr, None)!r} != {getattr(b, attr, None)!r}"
    if isinstance(a, NameError) and getattr(a, "name", None) != getattr(b, "name", None):
        return f"NameError.name: {a.name!r} != {b.name!r}"
    return None


def leak_check(name, helper, rounds=200):
    """--leaks: the helper, run again and again, must not keep allocating memory blocks: a leak
    of one block per run shows in every window, while caches and free lists filling up after a
    warm-up do not."""
    def window(n):
        gc.collect()
        before = sys.getallocatedblocks()
        for _ in range(n):
            try:
                helper()
            except BaseException:  # noqa: BLE001
                pass
            del LOG[:]
        gc.collect()
        return sys.getallocatedblocks() - before
    window(rounds // 2)
    grown = [window(rounds) for _ in range(3)]
    if min(grown) >= rounds:
        record(f"leaks {name}", f"{grown} more memory blocks in windows of {rounds} runs")


def record(name, failure):
    RESULTS.append((name, failure))
    if failure is not None:
        print(f"FAIL {name}: {failure}")
    elif VERBOSE:
        print(f"ok   {name}")


def selected(name):
    return not FILTERS or any(f in name for f in FILTERS)


def case(name, real, helper, same=None, check=None, logs=True):
    """real() vs helper(): same outcome kind; results equal by `same` (default ==) or same
    exception; same log unless logs=False; then check(real_value, helper_value) if given."""
    if not selected(name):
        return
    rk, rv, rlog = outcome(real)
    hk, hv, hlog = outcome(helper)
    failure = None
    if rk != hk:
        failure = f"real {rk} {_show(rk, rv)}  vs  helper {hk} {_show(hk, hv)}"
    elif rk == "err":
        failure = same_exception(rv, hv)
    elif not (same or (lambda a, b: a == b))(rv, hv):
        failure = f"results differ: real {rv!r}  vs  helper {hv!r}"
    if failure is None and logs and rlog != hlog:
        failure = f"logs differ: real {rlog}  vs  helper {hlog}"
    if failure is None and check is not None:
        failure = check(rv, hv)
    record(name, failure)
    if LEAKS:
        leak_check(name, helper)


def expect(name, helper, value=None, error=None, check=None):
    """helper() alone: it returns `value` (==), or raises `error` (an instance: type and message)."""
    if not selected(name):
        return
    k, v, _ = outcome(helper)
    failure = None
    if error is not None:
        if k != "err":
            failure = f"expected {exc_text(error)}, got result {v!r}"
        else:
            failure = same_exception(error, v)
    elif k != "ok":
        failure = f"expected {value!r}, got {exc_text(v)}"
    elif v != value:
        failure = f"expected {value!r}, got {v!r}"
    if failure is None and check is not None:
        failure = check(v)
    record(name, failure)
    if LEAKS:
        leak_check(name, helper)


def _show(kind, value):
    return exc_text(value) if kind == "err" else repr(value)


def identical(a, b):
    return a is b


def module_name(m):
    """A module by its name (modules are re-imported between the two runs)."""
    return ("module", m.__name__) if isinstance(m, types.ModuleType) else m


def same_module(a, b):
    if isinstance(a, types.ModuleType) and isinstance(b, types.ModuleType):
        return a.__name__ == b.__name__
    return a == b


# ---- Objects the cases use --------------------------------------------------------------------

class Logged:
    """An object whose attribute reads are logged."""

    def __init__(self, **attrs):
        object.__setattr__(self, "_attrs", attrs)

    def __getattr__(self, name):
        log("getattr", name)
        try:
            return self._attrs[name]
        except KeyError:
            raise AttributeError(name) from None


class LoggedMapping(collections.abc.Mapping):
    """A Mapping (not a dict) whose accesses are logged."""

    def __init__(self, data=(), **kw):
        self.data = dict(data, **kw)

    def __getitem__(self, key):
        log("getitem", key)
        return self.data[key]

    def __iter__(self):
        log("iter")
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def keys(self):
        log("keys")
        return list(self.data)


class LoggedMutableMapping(LoggedMapping, collections.abc.MutableMapping):
    def __setitem__(self, key, value):
        log("setitem", key)
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]


class KeysOnly:
    """Has keys() and __getitem__ but is no Mapping: enough for ** and dict.update."""

    def __init__(self, keys, getitem=None):
        self._keys = keys
        self._getitem = getitem

    def keys(self):
        log("keys")
        return self._keys

    def __getitem__(self, key):
        log("getitem", key)
        if self._getitem is not None:
            return self._getitem(key)
        return f"v-{key}"


def fresh_copy(exc):
    """A new exception like exc (raising one instance again and again grows its traceback)."""
    return type(exc)(*exc.args)


def raiser(exc):
    def f(*args, **kwargs):
        raise fresh_copy(exc)
    return f


class Seq:
    """A sequence by __getitem__ only (no __iter__)."""

    def __init__(self, n, fail_at=None, exc=None):
        self.n, self.fail_at, self.exc = n, fail_at, exc

    def __getitem__(self, i):
        log("getitem", i)
        if i == self.fail_at:
            raise fresh_copy(self.exc)
        if i >= self.n:
            raise IndexError(i)
        return i * 10


class LenOnly:
    def __len__(self):
        return 2


class IterRaisesTypeError:
    def __iter__(self):
        raise TypeError("custom iter failure")


class IterNone:
    __iter__ = None


def failing_iter(items, exc):
    for item in items:
        log("next", item)
        yield item
    log("raise")
    raise fresh_copy(exc)


def logged_iter(items):
    for item in items:
        log("next", item)
        yield item


class ReversedTuple(tuple):
    def __iter__(self):
        return iter(list(tuple.__iter__(self))[::-1])


class ReversedList(list):
    def __iter__(self):
        return iter(list(list.__iter__(self))[::-1])


def rec(*args, **kwargs):
    """A call target that gives back what it received."""
    return args, kwargs


class Klass:
    def method(self, *args, **kwargs):
        return args, kwargs

    @staticmethod
    def static(*args, **kwargs):
        return args, kwargs


# ---- Unpacking: UNPACK_SEQUENCE, UNPACK_EX ------------------------------------------------

def real_unpack(seq, before, after):
    if after < 0:
        names = [f"v{i}" for i in range(before)]
        targets = names
    else:
        names = [f"v{i}" for i in range(before)] + ["star"] + [f"w{i}" for i in range(after)]
        targets = names[:before] + ["*star"] + names[before + 1:]
    ns = {"seq": seq}
    exec("[" + ", ".join(targets) + "] = seq", ns)
    return [ns[n] for n in names]


def unpack_case(label, make, before, after=-1):
    """make() gives a fresh subject; an iterator's remaining items are compared too."""
    def run(fn):
        def go():
            subject = make()
            values = fn(subject, before, after)
            rest = list(itertools.islice(subject, 5)) if isinstance(subject, collections.abc.Iterator) else None
            return values, rest
        return go
    shape = f"{before}" if after < 0 else f"{before},*,{after}"
    case(f"unpack[{shape}] {label}", run(real_unpack), run(opstest.unpack))


def unpack_cases():
    for n in range(5):
        for before in range(5):
            unpack_case(f"tuple{n}", lambda n=n: tuple(range(n)), before)
            unpack_case(f"list{n}", lambda n=n: list(range(n)), before)
            unpack_case(f"iter{n}", lambda n=n: iter(range(n)), before)
        for before in range(3):
            for after in range(3):
                unpack_case(f"list{n}", lambda n=n: list(range(n)), before, after)
                unpack_case(f"gen{n}", lambda n=n: logged_iter(range(n)), before, after)
    for label, make in [
        ("str", lambda: "ab"), ("bytes", lambda: b"ab"), ("dict", lambda: {"k": 1, "j": 2}),
        ("set", lambda: {7}), ("range", lambda: range(2)), ("gen", lambda: logged_iter("xy")),
        ("seq-getitem", lambda: Seq(2)), ("reversed tuple subclass", lambda: ReversedTuple((1, 2))),
        ("reversed list subclass", lambda: ReversedList([1, 2])), ("dict items", lambda: {1: 2}.items()),
        ("int", lambda: 5), ("None", lambda: None), ("float", lambda: 1.5), ("object", object),
        ("len only", LenOnly), ("iter raises TypeError", IterRaisesTypeError), ("__iter__ None", IterNone),
        ("type", lambda: int), ("seq getitem TypeError", lambda: Seq(5, 0, TypeError("bad index"))),
        ("seq getitem ValueError", lambda: Seq(5, 1, ValueError("boom"))),
        ("iter fails midway", lambda: failing_iter([1], ValueError("mid"))),
        ("iter fails at the end", lambda: failing_iter([1, 2], KeyError("end"))),
        ("iter fails with StopIteration-like", lambda: failing_iter([], RuntimeError("x"))),
        ("infinite", lambda: itertools.count()),
    ]:
        unpack_case(label, make, 2)
        if label != "infinite":
            unpack_case(label, make, 1, 1)
            unpack_case(label, make, 0, 0)
    unpack_case("infinite", itertools.count, 0)
    unpack_case("infinite", itertools.count, 3)
    # Items keep their identity (also on the exact tuple/list fast path).
    items = (object(), object())
    case("unpack fast path keeps identities", lambda: real_unpack(items, 2, -1),
         lambda: opstest.unpack(items, 2, -1), same=lambda a, b: all(x is y for x, y in zip(a, b)))
    # The starred list is a new list each time.
    source = [1, 2, 3]
    case("unpack star list is new", lambda: real_unpack(source, 0, 0)[0] is source,
         lambda: opstest.unpack(source, 0, 0)[0] is source)


# ---- Calls and displays: CALL_FUNCTION_EX, LIST_EXTEND, DICT_UPDATE, DICT_MERGE ----------

CALLABLES = [
    ("function", rec), ("lambda", lambda *a, **k: (a, k)), ("builtin", print), ("type", dict),
    ("method", Klass().method), ("staticmethod", Klass.static), ("method descriptor", str.join),
    ("bound builtin", [].append), ("partial", functools.partial(rec, 1)), ("class", Klass),
    ("non-callable", 42), ("nested function", (lambda: (lambda *a: a))()),
]

NON_ITERABLES = [("int", 5), ("None", None), ("float", 2.5), ("object", object()), ("len only", LenOnly())]


def call_cases():
    # f(*args): CALL_FUNCTION_EX with a non-tuple.
    for label, args in [("tuple", (1, 2)), ("list", [1, 2]), ("str", "ab"), ("gen", None),
                        ("set", {3}), ("dict", {"a": 1}), ("seq getitem", None), ("empty", ()),
                        ("tuple subclass", ReversedTuple((1, 2)))]:
        make = {"gen": lambda: logged_iter([1, 2]), "seq getitem": lambda: Seq(3)}.get(label, lambda a=args: a)
        case(f"call f(*{label})", lambda m=make: rec(*m())[0], lambda m=make: opstest.call_args_tuple(rec, m()))
    t = (1, 2)
    expect("call f(*exact tuple) is the tuple itself", lambda: opstest.call_args_tuple(rec, t) is t, True)
    for fname, func in CALLABLES:
        for aname, args in NON_ITERABLES:
            case(f"call {fname}(*{aname})", lambda f=func, a=args: f(*a),
                 lambda f=func, a=args: opstest.call_args_tuple(f, a))
    for label, make in [("iter raises TypeError", IterRaisesTypeError), ("__iter__ None", IterNone),
                        ("gen fails", lambda: failing_iter([1], ValueError("in gen"))),
                        ("seq getitem TypeError", lambda: Seq(3, 1, TypeError("at 1")))]:
        case(f"call f(*{label})", lambda m=make: rec(*m()), lambda m=make: opstest.call_args_tuple(rec, m()))

    # f(**m): the keywords as a dict (the compiler merges them into a new dict first).
    kwargs_mappings = [
        ("dict", lambda: {"a": 1, "b": 2}), ("empty", dict), ("mapping", lambda: LoggedMapping(a=1, b=2)),
        ("keys+getitem", lambda: KeysOnly(["x", "y"])), ("OrderedDict", lambda: collections.OrderedDict(z=1, a=2)),
        ("dict subclass", lambda: type("D", (dict,), {})(q=1)),
        ("mappingproxy", lambda: types.MappingProxyType({"p": 1})),
    ]
    for label, make in kwargs_mappings:
        case(f"call f(**{label})", lambda m=make: rec(**m())[1],
             lambda m=make: opstest.call_kwargs_dict(rec, m()))
    d = {"a": 1}
    expect("call f(**exact dict) is the dict itself", lambda: opstest.call_kwargs_dict(rec, d) is d, True)
    kwargs_errors = [
        ("int", lambda: 5), ("list", lambda: [("a", 1)]), ("str", lambda: "ab"), ("None", lambda: None),
        ("duplicate keys()", lambda: KeysOnly(["a", "a"])),
        ("getitem KeyError(k)", lambda: KeysOnly(["a"], raiser(KeyError("zz")))),
        ("getitem KeyError()", lambda: KeysOnly(["a"], raiser(KeyError()))),
        ("getitem KeyError(a, b)", lambda: KeysOnly(["a"], raiser(KeyError("a", "b")))),
        ("getitem ValueError", lambda: KeysOnly(["a"], raiser(ValueError("v")))),
        ("getitem AttributeError", lambda: KeysOnly(["a"], raiser(AttributeError("attr")))),
        ("keys raises AttributeError", lambda: KeysOnly(None)),
        ("keys not iterable", lambda: KeysOnly(5)),
    ]
    for fname, func in CALLABLES:
        for label, make in kwargs_errors:
            case(f"call {fname}(**{label})", lambda f=func, m=make: f(**m()),
                 lambda f=func, m=make: opstest.call_kwargs_dict(f, m()))

    # f(**a, **b), f(x=1, **b): DICT_MERGE.
    merges = [
        ("disjoint", lambda: {"a": 1}, lambda: {"b": 2}),
        ("duplicate", lambda: {"a": 1}, lambda: {"a": 2}),
        ("duplicate int keys", lambda: {1: 1}, lambda: {1: 2}),
        ("duplicate from mapping", lambda: {"a": 1}, lambda: LoggedMapping(b=1, a=2)),
        ("duplicate in keys()", lambda: {}, lambda: KeysOnly(["k", "k"])),
        ("second not a mapping", lambda: {"a": 1}, lambda: 5),
        ("second a list", lambda: {"a": 1}, lambda: [1]),
        ("first not a mapping", lambda: 7, lambda: {"a": 1}),
        ("KeyError from getitem", lambda: {"a": 1}, lambda: KeysOnly(["q"], raiser(KeyError("q2")))),
        ("KeyError(a, b) from getitem", lambda: {}, lambda: KeysOnly(["q"], raiser(KeyError("a", "b")))),
        ("TypeError from keys", lambda: {}, lambda: KeysOnly(5)),
        ("empty", dict, dict),
    ]
    for fname, func in CALLABLES:
        for label, a, b in merges:
            def helper(f=func, a=a, b=b):
                d = {}
                opstest.dict_merge(f, d, a())
                opstest.dict_merge(f, d, b())
                return d
            real = (lambda f=func, a=a, b=b: f(**a(), **b())[1]) if func is rec else \
                   (lambda f=func, a=a, b=b: (f(**a(), **b()), "called")[1])
            if func is not rec:
                # Only the error matters: a successful call of another callable is not compared.
                def helper(f=func, a=a, b=b, inner=helper):  # noqa: F811
                    inner()
                    return "called"
            if label in ("disjoint", "empty") and func is not rec:
                continue  # these call the callable with keywords it may refuse: not a merge error
            case(f"merge {fname}(**a, **b) {label}", real, helper)
    # While an exception is handled (3.11 chains, and so normalizes, the duplicate's KeyError).
    def handling(fn):
        def run():
            try:
                raise OSError("handled")
            except OSError:
                return fn()
        return run
    for label, a, b in merges:
        def helper(a=a, b=b):
            d = {}
            opstest.dict_merge(rec, d, a())
            opstest.dict_merge(rec, d, b())
            return d
        case(f"merge while handling {label}", handling(lambda a=a, b=b: rec(**a(), **b())[1]), handling(helper))
    for label, make in kwargs_errors:
        case(f"call while handling f(**{label})", handling(lambda m=make: rec(**m())),
             handling(lambda m=make: opstest.call_kwargs_dict(rec, m())))
    for label, b in [("clash", {"x": 2}), ("no clash", {"y": 2}), ("clash via mapping", LoggedMapping(x=3))]:
        def helper(b=b):
            d = {"x": 1}
            opstest.dict_merge(rec, d, b)
            return d
        case(f"merge f(x=1, **b) {label}", lambda b=b: rec(x=1, **b)[1], helper)

    # [*a], (1, *a), f(1, *a): LIST_EXTEND.
    for label, make in [("list", lambda: [1, 2]), ("tuple", lambda: (3,)), ("gen", lambda: logged_iter("ab")),
                        ("dict", lambda: {"k": 1}), ("seq getitem", lambda: Seq(2)), ("str", lambda: "xy")] + \
                       [(f"non-iterable {n}", lambda v=v: v) for n, v in NON_ITERABLES] + \
                       [("iter raises TypeError", IterRaisesTypeError), ("__iter__ None", IterNone),
                        ("gen fails", lambda: failing_iter([1], ValueError("v")))]:
        def helper(m=make, first=()):
            result = list(first)
            opstest.list_extend(result, m())
            return result
        case(f"list [*{label}]", lambda m=make: [*m()], helper)
        case(f"list (0, *{label})", lambda m=make: list((0, *m())), lambda m=make: helper(m, [0]))
        case(f"list f(0, *{label})", lambda m=make: list(rec(0, *m())[0]), lambda m=make: helper(m, [0]))

    # {**a}, {'k': 0, **a}: DICT_UPDATE.
    for label, make in [("dict", lambda: {"a": 1}), ("mapping", lambda: LoggedMapping(b=2)),
                        ("keys+getitem", lambda: KeysOnly(["c", 1])), ("int", lambda: 3),
                        ("list of pairs", lambda: [("a", 1)]), ("str", lambda: "s"), ("None", lambda: None),
                        ("keys raises AttributeError", lambda: KeysOnly(None)),
                        ("getitem AttributeError", lambda: KeysOnly(["a"], raiser(AttributeError("gi")))),
                        ("getitem KeyError", lambda: KeysOnly(["a"], raiser(KeyError("a")))),
                        ("keys not iterable", lambda: KeysOnly(1)),
                        ("duplicate keys", lambda: KeysOnly(["k", "k"]))]:
        def helper(m=make, first=None):
            result = dict(first or {})
            opstest.dict_update(result, m())
            return result
        case(f"dict {{**{label}}}", lambda m=make: {**m()}, helper)
        case(f"dict {{'k': 0, **{label}}}", lambda m=make: {"k": 0, **m()}, lambda m=make: helper(m, {"k": 0}))


# ---- Pattern matching: MATCH_CLASS, MATCH_KEYS --------------------------------------------

def real_match_class(subject, cls, nargs, kwnames):
    patterns = [f"p{i}" for i in range(nargs)] + [f"{k}=q{i}" for i, k in enumerate(kwnames)]
    captures = [f"p{i}" for i in range(nargs)] + [f"q{i}" for i in range(len(kwnames))]
    src = ("match subject:\n"
           f"    case C({', '.join(patterns)}):\n"
           f"        result = ({''.join(c + ', ' for c in captures)})\n"
           "    case _:\n"
           "        result = None\n")
    ns = {"subject": subject, "C": cls}
    exec(src, ns)
    return ns["result"]


def match_class_case(label, make_subject, cls, nargs, kwnames=()):
    kwnames = tuple(kwnames)
    case(f"match_class {label} C({nargs} pos, {kwnames})",
         lambda: real_match_class(make_subject(), cls, nargs, kwnames),
         lambda: opstest.match_class(make_subject(), cls, nargs, kwnames))


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x=1, y=2):
        self.x, self.y = x, y


class Point3(Point):
    __match_args__ = ("x", "y", "z")
    z = 3


class OneArg:
    __match_args__ = ("a",)
    a = "A"


class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["x"]
    x = 1


class BadElement:
    __match_args__ = ("x", 1)
    x = 0


class StrSub(str):
    pass


class SubElement:
    __match_args__ = (StrSub("x"),)
    x = 0


class TupleSub(tuple):
    pass


class SubTuple:
    __match_args__ = TupleSub(("x",))
    x = 0


class DupArgs:
    __match_args__ = ("x", "x")
    x = 0


class LoggedAttrs:
    __match_args__ = ("b", "a")

    def __getattribute__(self, name):
        log("getattribute", name)
        if name in ("a", "b", "c"):
            return name.upper()
        return object.__getattribute__(self, name)


class GetattrRaises:
    __match_args__ = ("ok", "boom")
    ok = 1

    def __getattr__(self, name):
        if name == "boom":
            raise ValueError("getattr boom")
        raise AttributeError(name)


class PropertyAttributeError:
    __match_args__ = ("p",)

    @property
    def p(self):
        raise AttributeError("inside property")


class MetaRaises(type):
    def __instancecheck__(cls, obj):
        raise RuntimeError("instancecheck")


class InstanceCheckRaises(metaclass=MetaRaises):
    pass


class MetaAll(type):
    def __instancecheck__(cls, obj):
        log("instancecheck")
        return True


class Anything(metaclass=MetaAll):
    __match_args__ = ("real",)


class MetaMatchArgs(type):
    @property
    def __match_args__(cls):
        raise ValueError("match args property")


class MatchArgsRaises(metaclass=MetaMatchArgs):
    pass


class MetaMatchArgsAttr(type):
    @property
    def __match_args__(cls):
        raise AttributeError("no match args after all")


class IntMatchArgsAttr(int, metaclass=MetaMatchArgsAttr):
    pass


class IntWithArgs(int):
    __match_args__ = ("real", "imag")


class IntSub(int):
    pass


@dataclasses.dataclass
class DC:
    first: int = 1
    second: str = "two"


class NotAType:
    """Has __instancecheck__ but is no class."""

    def __instancecheck__(self, obj):
        return True


def match_cases():
    p = lambda: Point(10, 20)  # noqa: E731
    for nargs in range(4):
        match_class_case("Point", p, Point, nargs)
    for kw in [("x",), ("y", "x"), ("z",), ("x", "z"), ("y",), ("__class__",)]:
        match_class_case("Point", p, Point, 0, kw)
        match_class_case("Point", p, Point, 1, kw)
    match_class_case("Point3", lambda: Point3(), Point3, 3)
    match_class_case("Point3 as Point", lambda: Point3(), Point, 2, ("z",))
    match_class_case("Point3 wanted", p, Point3, 0)
    match_class_case("not an instance", lambda: 5, Point, 2)
    match_class_case("not an instance, bad args", lambda: 5, Point, 5)
    match_class_case("OneArg", OneArg, OneArg, 1)
    match_class_case("OneArg", OneArg, OneArg, 2)
    match_class_case("NoArgs", NoArgs, NoArgs, 0)
    match_class_case("NoArgs", NoArgs, NoArgs, 1)
    match_class_case("NoArgs", NoArgs, NoArgs, 2)
    match_class_case("NoArgs kw missing", NoArgs, NoArgs, 0, ("nope",))
    match_class_case("list __match_args__", ListArgs, ListArgs, 1)
    match_class_case("list __match_args__, no positional", ListArgs, ListArgs, 0, ("x",))
    match_class_case("non-str element", BadElement, BadElement, 2)
    match_class_case("non-str element not reached", BadElement, BadElement, 1)
    match_class_case("str subclass element", SubElement, SubElement, 1)
    match_class_case("tuple subclass __match_args__", SubTuple, SubTuple, 1)
    match_class_case("duplicate __match_args__", DupArgs, DupArgs, 2)
    match_class_case("positional and keyword clash", p, Point, 1, ("x",))
    match_class_case("positional and keyword, no clash", p, Point, 1, ("y",))
    match_class_case("logged attributes", LoggedAttrs, LoggedAttrs, 2, ("c",))
    match_class_case("logged attributes, missing", LoggedAttrs, LoggedAttrs, 1, ("d", "c"))
    match_class_case("__getattr__ ValueError", GetattrRaises, GetattrRaises, 2)
    match_class_case("__getattr__ AttributeError", GetattrRaises, GetattrRaises, 1, ("other",))
    match_class_case("property AttributeError", PropertyAttributeError, PropertyAttributeError, 1)
    match_class_case("__instancecheck__ raises", lambda: 1, InstanceCheckRaises, 0)
    match_class_case("__instancecheck__ True", lambda: 5, Anything, 1)
    match_class_case("__instancecheck__ True, missing attr", lambda: 5, Anything, 0, ("nope",))
    match_class_case("__match_args__ property raises", MatchArgsRaises, MatchArgsRaises, 1)
    match_class_case("__match_args__ property raises, no positional", MatchArgsRaises, MatchArgsRaises, 0)
    match_class_case("__match_args__ AttributeError, int subclass", lambda: IntMatchArgsAttr(4), IntMatchArgsAttr, 1)
    match_class_case("int subclass with __match_args__", lambda: IntWithArgs(4), IntWithArgs, 2)
    match_class_case("int subclass", lambda: IntSub(4), IntSub, 1)
    match_class_case("int subclass", lambda: IntSub(4), IntSub, 2)
    match_class_case("dataclass", DC, DC, 2)
    match_class_case("dataclass", DC, DC, 3)
    for value, cls in [(5, int), (True, int), (True, bool), (1.5, float), ("s", str), (b"b", bytes),
                       (bytearray(b"x"), bytearray), ([1], list), ((1,), tuple), ({1: 2}, dict),
                       ({1}, set), (frozenset(), frozenset), (5, str), (1j, complex)]:
        for nargs in (0, 1, 2):
            match_class_case(f"{cls.__name__}({value!r})", lambda v=value: v, cls, nargs)
        match_class_case(f"{cls.__name__}({value!r})", lambda v=value: v, cls, 1, ("real",))
    for label, not_a_class in [("int", 1), ("None", None), ("instancecheck object", NotAType()),
                               ("str", "Point")]:
        match_class_case(f"not a class: {label}", p, not_a_class, 0)
        match_class_case(f"not a class: {label}", p, not_a_class, 1)

    # MATCH_KEYS: `case {K.k0: v0, ...}`.
    def real_match_keys(mapping, keys):
        holder = types.SimpleNamespace(**{f"k{i}": k for i, k in enumerate(keys)})
        pattern = ", ".join(f"K.k{i}: v{i}" for i in range(len(keys)))
        captures = "".join(f"v{i}, " for i in range(len(keys)))
        src = ("match m:\n"
               f"    case {{{pattern}}}:\n"
               f"        result = ({captures})\n"
               "    case _:\n"
               "        result = None\n")
        ns = {"m": mapping, "K": holder}
        exec(src, ns)
        return ns["result"]

    class GetLogged(dict):
        def get(self, key, default=None):
            log("get", key)
            return dict.get(self, key, default)

    class Missing(dict):
        def __missing__(self, key):
            log("missing", key)
            return "from missing"

    class GetRaises(dict):
        def get(self, key, default=None):
            raise LookupError(f"get {key}")

    class GetReturnsDefaultObject(dict):
        def get(self, key, default=None):
            return default if key == "absent" else "always"

    class BadKey:
        def __hash__(self):
            raise TypeError("unhashable BadKey")

        def __eq__(self, other):
            return False

    key_cases = [
        ("dict hit", lambda: {"a": 1, "b": 2}, ("a",)),
        ("dict hit two", lambda: {"a": 1, "b": 2}, ("b", "a")),
        ("dict miss", lambda: {"a": 1, "b": 2}, ("c",)),
        ("dict miss after hit", lambda: {"a": 1, "b": 2}, ("a", "c")),
        ("dict no keys", lambda: {"a": 1}, ()),
        ("dict duplicate", lambda: {"a": 1, "b": 2}, ("a", "a")),
        ("dict duplicate equal keys", lambda: {1: "x", 2: "y"}, (1, 1.0)),
        ("dict unhashable", lambda: {"a": 1, "b": 2}, (["a"],)),
        ("dict unhashable key object", lambda: {"a": 1, "b": 2}, (BadKey(),)),
        ("dict None value", lambda: {"a": None}, ("a",)),
        ("defaultdict miss", lambda: collections.defaultdict(lambda: log("factory") or 0, a=1), ("zz",)),
        ("defaultdict hit", lambda: collections.defaultdict(int, a=1), ("a",)),
        ("__missing__ not called", lambda: Missing(a=1), ("q",)),
        ("get logged", lambda: GetLogged(a=1, b=2, c=3), ("c", "a")),
        ("get logged miss", lambda: GetLogged(a=1, b=2, c=3), ("x", "a")),
        ("get logged duplicate", lambda: GetLogged(a=1, b=2), ("a", "a")),
        ("get raises", lambda: GetRaises(a=1), ("a",)),
        ("get gives the default object", lambda: GetReturnsDefaultObject(absent=1, b=2), ("b", "absent")),
        ("Mapping", lambda: LoggedMapping(a=1, b=2), ("b", "a")),
        ("Mapping miss", lambda: LoggedMapping(a=1, b=2), ("a", "z")),
        ("OrderedDict", lambda: collections.OrderedDict(a=1), ("a",)),
        ("mappingproxy", lambda: types.MappingProxyType({"a": 1}), ("a",)),
    ]
    for label, make, keys in key_cases:
        case(f"match_keys {label}", lambda m=make, k=keys: real_match_keys(m(), k),
             lambda m=make, k=keys: opstest.match_keys(m(), k))


# ---- with: BEFORE_WITH -------------------------------------------------------------------

class CM:
    def __init__(self, value="entered"):
        self.value = value

    def __enter__(self):
        log("enter")
        return self.value

    def __exit__(self, *exc):
        log("exit", exc)
        return False


class EnterOnly:
    def __enter__(self):
        log("enter")


class ExitOnly:
    def __exit__(self, *exc):
        log("exit")


class EnterRaises(CM):
    def __enter__(self):
        log("enter")
        raise KeyError("in enter")


class RaisingDescriptor:
    def __init__(self, exc):
        self.exc = exc

    def __get__(self, obj, owner):
        log("descriptor get")
        raise fresh_copy(self.exc)


class EnterDescriptorRaises(CM):
    __enter__ = RaisingDescriptor(AttributeError("enter descriptor"))


class ExitDescriptorRaises(CM):
    __exit__ = RaisingDescriptor(ValueError("exit descriptor"))


class StaticCM:
    @staticmethod
    def __enter__():
        log("static enter")
        return "static"

    @classmethod
    def __exit__(cls, *exc):
        log("class exit")


def instance_methods_cm():
    cm = types.SimpleNamespace()
    cm.__enter__ = lambda: "instance"
    cm.__exit__ = lambda *a: None
    return cm


@contextlib.contextmanager
def generated_cm():
    log("gen enter")
    yield "generated"
    log("gen exit")


def with_cases():
    def real(mgr):
        with mgr as value:
            log("body")
        return value

    def helper(mgr):
        value, exit = opstest.before_with(mgr)
        if getattr(exit, "__self__", mgr) is not mgr and not isinstance(mgr, StaticCM):
            raise AssertionError("exit is not bound to the manager")
        log("body")
        exit(None, None, None)
        return value

    def helper314(mgr):
        # 3.14: COPY 1; LOAD_SPECIAL __exit__; SWAP 2; SWAP 3; LOAD_SPECIAL __enter__; CALL 0 ... CALL 3
        exit, exit_self = opstest.load_special(mgr, 1)
        enter, enter_self = opstest.load_special(mgr, 0)
        value = enter() if enter_self is None else enter(enter_self)
        log("body")
        if exit_self is None:
            exit(None, None, None)
        else:
            exit(exit_self, None, None, None)
        return value

    if PY >= (3, 14):
        helper = helper314

    for label, make in [("CM", CM), ("CM returning None", lambda: CM(None)), ("generated", generated_cm),
                        ("static/class methods", StaticCM), ("lock", threading.Lock),
                        ("suppress", lambda: contextlib.suppress(KeyError)), ("int", lambda: 1),
                        ("None", lambda: None), ("enter only", EnterOnly), ("exit only", ExitOnly),
                        ("enter raises", EnterRaises), ("instance methods only", instance_methods_cm),
                        ("enter descriptor raises AttributeError", EnterDescriptorRaises),
                        ("exit descriptor raises", ExitDescriptorRaises), ("class object", lambda: CM)]:
        case(f"with {label}", lambda m=make: real(m()), lambda m=make: helper(m()),
             same=lambda a, b: a == b or (isinstance(a, bool) and a is b) or type(a) is type(b))


# ---- Statements: SETUP_ANNOTATIONS, print, class, f-strings --------------------------------

def statement_cases():
    # SETUP_ANNOTATIONS: any module or class body with an annotation.
    class DictSub(dict):
        def __getitem__(self, key):
            log("getitem", key)
            return dict.__getitem__(self, key)

        def __setitem__(self, key, value):
            log("setitem", key)
            dict.__setitem__(self, key, value)

    class MissingDict(dict):
        def __missing__(self, key):
            log("missing", key)
            return "made"

    class GetitemRaises(LoggedMutableMapping):
        def __getitem__(self, key):
            raise ValueError("getitem " + key)

    class SetitemRaises(LoggedMutableMapping):
        def __setitem__(self, key, value):
            raise RuntimeError("setitem " + key)

    existing = {"preset": True}

    def setup_annotations_code(code):
        # 3.14 stores a __conditional_annotations__ set first (BUILD_SET; STORE_NAME), which is not SETUP_ANNOTATIONS:
        # those become NOPs, and the code runs SETUP_ANNOTATIONS alone, as before 3.14.
        if PY < (3, 14):
            return code
        b = bytearray(code.co_code)
        for ins in dis.get_instructions(code):
            if ins.opname in ("BUILD_SET", "STORE_NAME"):
                b[ins.offset:ins.offset + 2] = bytes([dis.opmap["NOP"], 0])
        return code.replace(co_code=bytes(b))

    def annotations_result(ns):
        ann = ns["__annotations__"] if "__annotations__" in ns else "<missing>"
        return type(ann).__name__, ann if not isinstance(ann, dict) else dict(ann), ann is existing

    for label, make in [("dict", dict), ("dict with", lambda: {"__annotations__": existing}),
                        ("dict with None", lambda: {"__annotations__": None}),
                        ("mapping", LoggedMutableMapping), ("mapping with", lambda: LoggedMutableMapping(__annotations__=existing)),
                        ("dict subclass", DictSub), ("dict subclass with", lambda: DictSub(__annotations__=existing)),
                        ("__missing__ dict", MissingDict), ("getitem raises", GetitemRaises),
                        ("setitem raises", SetitemRaises)]:
        def real(m=make):
            ns = m()
            # 3.14 defers annotations (PEP 649): SETUP_ANNOTATIONS only runs under `from __future__ import annotations`
            flags = __future__.annotations.compiler_flag if PY >= (3, 14) else 0
            exec(setup_annotations_code(compile("if 0:\n    x: int", "<annotations>", "exec", flags=flags)), {}, ns)
            return annotations_result(ns)

        def helper(m=make):
            ns = m()
            opstest.setup_annotations(ns)
            return annotations_result(ns)
        case(f"annotations {label}", real, helper)
    expect("annotations NULL locals", lambda: opstest.setup_annotations(NULL),
           error=SystemError("no locals found when setting up annotations"))

    # INTRINSIC_PRINT / PRINT_EXPR: an expression statement in "single" mode.
    saved_hook = sys.displayhook
    value = object()

    def hook(v):
        log("displayhook", v is value)
        return "hook result"

    def real_print():
        exec(compile("value", "<single>", "single"), {"value": value})

    def with_hook(h, fn):
        def run():
            if h is NULL:
                del sys.displayhook
            else:
                sys.displayhook = h
            try:
                return fn()
            finally:
                sys.displayhook = saved_hook
        return run

    case("print displayhook", with_hook(hook, real_print), with_hook(hook, lambda: opstest.print_expr(value)),
         same=lambda a, b: a is None and b == "hook result")
    case("print displayhook raises", with_hook(raiser(OSError("hook")), real_print),
         with_hook(raiser(OSError("hook")), lambda: opstest.print_expr(value)))
    case("print displayhook None", with_hook(None, real_print), with_hook(None, lambda: opstest.print_expr(value)))
    case("print lost displayhook", with_hook(NULL, real_print), with_hook(NULL, lambda: opstest.print_expr(value)))

    # LOAD_BUILD_CLASS.
    def build_class(func, name, *bases, **kw):
        log("build_class", name)
        return "built"

    for label, make in [("dict", lambda: {"__build_class__": build_class}), ("dict without", dict),
                        ("mapping", lambda: LoggedMapping(__build_class__=build_class)),
                        ("mapping without", LoggedMapping),
                        ("mapping raises", lambda: GetitemRaises(__build_class__=build_class)),
                        ("__missing__ dict", lambda: MissingDict())]:
        def real(m=make):
            ns = {"__builtins__": m(), "__name__": "mod"}
            exec("class A: pass", ns)
            return ns["A"]

        def helper(m=make):
            # ... and then the class statement calls it, as the interpreter does.
            return opstest.load_build_class(m())(lambda: None, "A")
        case(f"build_class {label}", real, helper)

    # FORMAT_VALUE: f-strings.
    conv_text = {0: "", 1: "!s", 2: "!r", 3: "!a"}

    def real_format(value, conversion, spec):
        field = "value" + conv_text[conversion]
        if spec is NULL:
            return eval(f'f"{{{field}}}"', {"value": value})
        return eval(f'f"{{{field}:{{spec}}}}"', {"value": value, "spec": spec})

    class Fmt:
        def __format__(self, spec):
            log("format", spec)
            return f"<{spec}>"

        def __str__(self):
            log("str")
            return "S"

        def __repr__(self):
            log("repr")
            return "R\u00e9"

    class FmtReturnsInt:
        def __format__(self, spec):
            return 42

    class StrRaises:
        def __str__(self):
            raise ValueError("str failed")

        def __repr__(self):
            raise ValueError("repr failed")

    class StrReturnsInt:
        def __str__(self):
            return 1

    class MyStr(str):
        def __format__(self, spec):
            log("MyStr format", spec)
            return str.__format__(self, spec)

    values = [("int", 42), ("bool", True), ("float", 2.5), ("str", "h\u00e9llo"), ("str subclass", MyStr("sub")),
              ("None", None), ("list", [1, "a"]), ("Fmt", Fmt()), ("format returns int", FmtReturnsInt()),
              ("str raises", StrRaises()), ("str returns int", StrReturnsInt()),
              ("decimal", decimal.Decimal("1.50")), ("object", object.__new__(Klass)), ("bytes", b"b")]
    specs = [NULL, "", ">8", "x", ".2f", "q", "%Y", "^{0}"]
    for vlabel, value in values:
        for conversion in range(4):
            for spec in specs:
                label = f"fstring {vlabel}{conv_text[conversion]}" + ("" if spec is NULL else f":{spec}")
                case(label, lambda v=value, c=conversion, s=spec: real_format(v, c, s),
                     lambda v=value, c=conversion, s=spec: opstest.format_value(v, c, s),
                     same=lambda a, b: a == b and type(a) is type(b))
    text = "exact"
    expect("fstring exact str no spec is itself", lambda: opstest.format_value(text, 0, NULL) is text, True)
    expect("fstring exact str !s is itself", lambda: opstest.format_value(text, 1, NULL) is text, True)
    case("fstring identity", lambda: real_format(text, 0, NULL) is text, lambda: opstest.format_value(text, 0, NULL) is text)
    expect("fstring bad conversion", lambda: opstest.format_value(1, 4, NULL),
           error=SystemError("unexpected conversion flag 4"))
    # CONVERT_VALUE (3.13): the conversion alone, as f"{v!s}" computes it before formatting
    convert = {1: str, 2: repr, 3: ascii}
    for vlabel, value in values:
        for conversion in (1, 2, 3):
            case(f"convert {vlabel}{conv_text[conversion]}", lambda v=value, c=conversion: convert[c](v),
                 lambda v=value, c=conversion: opstest.convert_value(v, c),
                 same=lambda a, b: a == b and type(a) is type(b))
    expect("convert bad conversion", lambda: opstest.convert_value(1, 0),
           error=SystemError("unexpected conversion flag 0"))


# ---- Names: NameError, UnboundLocalError ----------------------------------------------------

def name_cases():
    for name in ["undefined_zz", "\u00f1ame_undefined", "x" * 250, "\u00e9" * 150]:
        case(f"name error {name[:20]}...{len(name)}", lambda n=name: exec(n, {}),
             lambda n=name: opstest.name_error(n))
        case(f"name error in function {name[:20]}", lambda n=name: exec(f"def f():\n    return {n}\nf()", {}),
             lambda n=name: opstest.name_error(n))
        case(f"del name error {name[:20]}", lambda n=name: exec(f"del {n}", {}), lambda n=name: opstest.name_error(n))
        local_src = f"def f():\n    print({name})\n    {name} = 1\nf()"
        case(f"unbound local {name[:20]}", lambda s=local_src: exec(s, {}),
             lambda n=name: opstest.unbound_error(n, 0))
        cell_src = f"def f():\n    print({name})\n    {name} = 1\n    return lambda: {name}\nf()"
        case(f"unbound cell {name[:20]}", lambda s=cell_src: exec(s, {}), lambda n=name: opstest.unbound_error(n, 0))
        free_src = f"def f():\n    def g():\n        return {name}\n    return g\n    {name} = 1\nf()()"
        case(f"unbound free {name[:20]}", lambda s=free_src: exec(s, {}), lambda n=name: opstest.unbound_error(n, 1))
        del_src = f"def f():\n    del {name}\nf()"
        case(f"del unbound local {name[:20]}", lambda s=del_src: exec(s, {}), lambda n=name: opstest.unbound_error(n, 0))
    expect("unbound error keeps a pending exception", lambda: opstest.unbound_error("x", 0, KeyError("pending")),
           error=KeyError("pending"))
    expect("unbound free keeps a pending exception", lambda: opstest.unbound_error("x", 1, KeyError("pending")),
           error=KeyError("pending"))


# ---- Raising: RAISE_VARARGS, CHECK_EXC_MATCH, CHECK_EG_MATCH ---------------------------------

class NewReturnsInt(Exception):
    def __new__(cls, *args):
        return 7


class InitRaises(Exception):
    def __init__(self):
        raise LookupError("init failed")


class WithArgs(Exception):
    def __init__(self, needed):
        super().__init__(needed)


def raise_cases():
    def describe(e):
        cause = e.__cause__
        return (type(e), str(e), repr(e.args), type(cause), str(cause) if isinstance(cause, BaseException) else cause,
                e.__suppress_context__)

    def real_raise(*makers):
        def run():
            args = [m() for m in makers]
            try:
                if len(args) == 1:
                    raise args[0]
                else:
                    raise args[0] from args[1]
            except BaseException as e:  # noqa: BLE001
                return describe(e)
        return run

    def helper_raise(*makers):
        def run():
            flag, e = opstest.do_raise(*[m() for m in makers])
            if flag != 0:
                raise AssertionError(f"do_raise returned {flag} for a new exception")
            return describe(e)
        return run

    exc_instance = ValueError("instance")
    subjects = [("class", ValueError), ("instance", lambda: ValueError("instance")), ("int", 1), ("str", "text"),
                ("None", None), ("BaseException class", KeyboardInterrupt), ("new returns int", NewReturnsInt),
                ("init raises", InitRaises), ("class needs args", WithArgs),
                ("exception group", lambda: ExceptionGroup("eg", [ValueError()])), ("non-exception class", int)]
    causes = [("class", KeyError), ("instance", lambda: KeyError("cause")), ("None", None), ("int", 5),
              ("new returns int", NewReturnsInt), ("init raises", InitRaises), ("str", "cause"),
              ("group class", ExceptionGroup)]

    def maker(x):
        return x if isinstance(x, types.FunctionType) else (lambda: x)
    for slabel, subject in subjects:
        case(f"raise {slabel}", real_raise(maker(subject)), helper_raise(maker(subject)))
        for clabel, cause in causes:
            case(f"raise {slabel} from {clabel}", real_raise(maker(subject), maker(cause)),
                 helper_raise(maker(subject), maker(cause)))
    case("raise instance keeps identity", lambda: _raised_identity(exc_instance, real=True),
         lambda: _raised_identity(exc_instance, real=False))

    # Bare raise.
    def real_bare():
        try:
            raise
        except RuntimeError as e:
            return describe(e)
    case("bare raise, nothing handled", real_bare, lambda: _bare_helper(expect_flag=0))

    def real_reraise():
        handled = KeyError("handled")
        try:
            try:
                raise handled
            except KeyError:
                raise
        except KeyError as e:
            return e is handled, e.__traceback__ is not None

    def helper_reraise():
        handled = KeyError("handled")
        try:
            raise handled
        except KeyError:
            flag, e = opstest.do_raise()
            if flag != 1:
                raise AssertionError(f"bare raise returned {flag}")
            return e is handled, e.__traceback__ is not None
    case("bare raise re-raises the handled exception", real_reraise, helper_reraise)

    def real_nested_reraise():
        try:
            raise KeyError("outer")
        except KeyError:
            try:
                raise ValueError("inner")
            except ValueError:
                pass
            try:
                raise
            except KeyError as e:
                return str(e)

    def helper_nested_reraise():
        try:
            raise KeyError("outer")
        except KeyError:
            try:
                raise ValueError("inner")
            except ValueError:
                pass
            return str(opstest.do_raise()[1])
    case("bare raise after a nested handler", real_nested_reraise, helper_nested_reraise)

    # __context__: a raise while handling chains the handled exception.
    def real_context(subject):
        def run():
            handled = OSError("handled")
            try:
                try:
                    raise handled
                except OSError:
                    raise subject
            except Exception as e:  # noqa: BLE001
                return type(e), e.__context__ is handled
        return run

    def helper_context(subject):
        def run():
            handled = OSError("handled")
            try:
                raise handled
            except OSError:
                e = opstest.do_raise(subject)[1]
                return type(e), e.__context__ is handled
        return run
    for label, subject in [("class", ValueError), ("int", 3), ("new returns int", NewReturnsInt)]:
        case(f"raise {label} while handling sets __context__", real_context(subject), helper_context(subject))

    # CHECK_EXC_MATCH: `except <type>:`
    def real_except(type_):
        def run():
            try:
                raise ValueError("x")
            except type_:
                return "caught"
        return run

    for label, type_ in [("class", ValueError), ("tuple", (KeyError, ValueError)), ("empty tuple", ()),
                         ("base", BaseException), ("other class", KeyError), ("int", 1), ("str", "ValueError"),
                         ("tuple with int", (ValueError, 1)), ("nested tuple", ((ValueError,),)),
                         ("non-exception class", int), ("tuple with non-exception class", (ValueError, object)),
                         ("None", None), ("list", [ValueError]), ("exception instance", ValueError()),
                         ("exception group", ExceptionGroup), ("tuple subclass", TupleSub((ValueError,)))]:
        def helper(t=type_):
            opstest.check_except(t)
            return "caught" if _matches(t) else "not caught"

        def real(t=type_):
            try:
                return real_except(t)()
            except ValueError:
                return "not caught"
        case(f"except {label}", real, helper)

    # CHECK_EG_MATCH: `except* <type>:`
    def leaves(e):
        if e is None:
            return None
        if isinstance(e, BaseExceptionGroup):
            return (type(e), e.message, tuple(leaves(x) for x in e.exceptions))
        return e

    def real_star(make_exc, type_):
        def run():
            exc = make_exc()
            seen = {}
            try:
                try:
                    raise exc
                except* type_ as m:
                    seen["match"] = leaves(m)
                    seen["handled"] = sys.exception() is m if hasattr(sys, "exception") else True
                    seen["match is exc"] = m is exc
            except BaseException as rest:  # noqa: BLE001
                if isinstance(rest, TypeError) and str(rest).startswith("catching"):
                    raise  # the clause's own check failed
                seen["rest"] = leaves(rest)
                if not isinstance(exc, BaseExceptionGroup):
                    # (a group's final re-raise is rebuilt from the original: compare leaves)
                    seen["rest is exc"] = rest is exc
            return seen
        return run

    def helper_star(make_exc, type_):
        def run():
            exc = make_exc()
            seen = {}
            match, rest, handled = opstest.eg_match(exc, type_)
            if match is not None:
                seen["match"] = leaves(match)
                seen["handled"] = handled is match
                seen["match is exc"] = match is exc
            if rest is not None:
                seen["rest"] = leaves(rest)
                if not isinstance(exc, BaseExceptionGroup):
                    seen["rest is exc"] = rest is exc
            return seen
        return run

    class MyEG(ExceptionGroup):
        def derive(self, excs):
            return MyEG(self.message + "!", excs)

    leaf1, leaf2, leaf3, ki = ValueError(1), TypeError(2), KeyError(3), KeyboardInterrupt()
    groups = [
        ("naked ValueError", lambda: leaf1),
        ("naked KeyboardInterrupt", lambda: ki),
        ("group of ValueError", lambda: ExceptionGroup("g", [leaf1])),
        ("mixed group", lambda: ExceptionGroup("g", [leaf1, leaf2])),
        ("nested group", lambda: ExceptionGroup("g", [leaf1, ExceptionGroup("h", [leaf2, leaf3])])),
        ("custom derive group", lambda: MyEG("m", [leaf1, leaf2])),
        ("base group", lambda: BaseExceptionGroup("b", [ki, leaf1])),
    ]
    types_ = [("ValueError", ValueError), ("TypeError", TypeError), ("tuple", (TypeError, KeyError)),
              ("Exception", Exception), ("int", 1), ("ExceptionGroup", ExceptionGroup),
              ("BaseExceptionGroup", BaseExceptionGroup), ("tuple with ExceptionGroup", (ValueError, ExceptionGroup)),
              ("MyEG", MyEG), ("tuple with int", (ValueError, 2)), ("non-exception class", str)]
    for glabel, make in groups:
        for tlabel, type_ in types_:
            case(f"except* {tlabel} on {glabel}", real_star(make, type_), helper_star(make, type_))
    expect("except* on None", lambda: opstest.eg_match(None, ValueError), (None, None, None))
    expect("except* check comes first", lambda: opstest.eg_match(None, ExceptionGroup),
           error=TypeError("catching ExceptionGroup with except* is not allowed. Use except instead."))

    class BadSplit(ExceptionGroup):
        def split(self, condition):
            return self.__class__.result
    for label, result, error in [
        ("not a tuple", [None, None], "BadSplit.split must return a tuple, not list"),
        ("short tuple", (None,), "BadSplit.split must return a 2-tuple, got tuple of size 1"),
    ]:
        BadSplit.result = result
        expect(f"except* split returns {label}", lambda: opstest.eg_match(BadSplit("b", [leaf1]), TypeError),
               error=TypeError(error))
    BadSplit.result = (None, "rest", "extra")
    group = BadSplit("b", [leaf1])
    # 3.11 keeps the exception itself as the rest when nothing matched.
    expect("except* split returns a longer tuple", lambda: opstest.eg_match(group, TypeError)[:2],
           (None, "rest") if PY >= (3, 12) else (None, group))


def _matches(type_):
    try:
        raise ValueError("x")
    except type_:
        return True
    except ValueError:
        return False


def _raised_identity(exc, real):
    if real:
        try:
            raise exc
        except ValueError as e:
            return e is exc
    return opstest.do_raise(exc)[1] is exc


def _bare_helper(expect_flag):
    flag, e = opstest.do_raise()
    if flag != expect_flag:
        raise AssertionError(f"flag {flag}")
    return (type(e), str(e), repr(e.args), type(None), None, False)


# ---- Imports: IMPORT_NAME, IMPORT_FROM, import * ----------------------------------------------

FIXTURES = {
    "opsfix_plain.py": "x = 1\n_y = 2\nz = [3]\n",
    "opsfix_pkg/__init__.py": "a = 1\n_b = 2\n__all__ = ['a', 'sub']\n",
    "opsfix_pkg/sub.py": "v = 2\n",
    "opsfix_pkg/other.py": "w = 3\n",
    "opsfix_nopkgall/__init__.py": "c = 1\n",
    "opsfix_nopkgall/inner.py": "d = 1\n",
    "opsfix_allbad.py": "__all__ = ['x', 1]\nx = 1\n",
    "opsfix_allmissing.py": "__all__ = ['x', 'nope']\nx = 1\n",
    "opsfix_allstr.py": "__all__ = 'ab'\na = 1\nb = 2\n",
    "opsfix_alltuple.py": "__all__ = ('b', '_a')\n_a = 1\nb = 2\n",
    "opsfix_allgen.py": "__all__ = (n for n in ['x'])\nx = 1\n",
    "opsfix_dictbad.py": "globals()[1] = 2\nx = 1\n",
    "opsfix_namebad.py": "__all__ = [1]\n__name__ = 5\n",
    "opsfix_nameless.py": "__all__ = [1]\ndel __name__\n",
    "opsfix_getattr.py": ("def __getattr__(name):\n"
                          "    if name == 'boom':\n"
                          "        raise ValueError('boom')\n"
                          "    raise AttributeError(name)\n"),
    "opsfix_circ_a.py": "import opsfix_circ_b\ny = 1\n",
    "opsfix_circ_b.py": ("import sys, opstest\n"
                         "_m = sys.modules['opsfix_circ_a']\n"
                         "RESULTS = []\n"
                         "try:\n"
                         "    from opsfix_circ_a import y\n"
                         "except ImportError as e:\n"
                         "    RESULTS.append(e)\n"
                         "try:\n"
                         "    opstest.import_from(_m, 'y')\n"
                         "except ImportError as e:\n"
                         "    RESULTS.append(e)\n"),
}


def purge_fixtures():
    for name in list(sys.modules):
        if name.startswith("opsfix_"):
            del sys.modules[name]


def fresh(fn):
    def run():
        purge_fixtures()
        try:
            return fn()
        finally:
            purge_fixtures()
    return run


def import_cases(fixture_dir):
    import builtins
    b = builtins.__dict__

    # IMPORT_NAME: `import x`, `import x.y`, `from x import y`, relative imports.
    def real_import(src, globals_=None, bind=None):
        def run():
            g = dict(globals_ or {})
            exec(src, g)
            return g[bind]
        return run

    def helper_import(name, fromlist, level, globals_=None, then_from=None):
        def run():
            g = dict(globals_ or {})
            m = opstest.import_name(g, NULL, b, name, fromlist, level)
            if then_from is not None:
                m = opstest.import_from(m, then_from)
            return m
        return run

    pkg_globals = {"__name__": "opsfix_pkg.fake", "__package__": "opsfix_pkg"}
    for label, real, helper in [
        ("import module", real_import("import opsfix_plain", bind="opsfix_plain"),
         helper_import("opsfix_plain", None, 0)),
        ("import dotted", real_import("import opsfix_pkg.sub", bind="opsfix_pkg"),
         helper_import("opsfix_pkg.sub", None, 0)),
        ("import dotted as", real_import("import opsfix_pkg.sub as s", bind="s"),
         helper_import("opsfix_pkg.sub", None, 0, then_from="sub")),
        ("from package import submodule", real_import("from opsfix_pkg import other", bind="other"),
         helper_import("opsfix_pkg", ("other",), 0, then_from="other")),
        ("from package import attribute", real_import("from opsfix_pkg import a", bind="a"),
         helper_import("opsfix_pkg", ("a",), 0, then_from="a")),
        ("relative from . import", real_import("from . import sub", pkg_globals, bind="sub"),
         helper_import("", ("sub",), 1, pkg_globals, then_from="sub")),
        ("relative from .sub import", real_import("from .sub import v", pkg_globals, bind="v"),
         helper_import("sub", ("v",), 1, pkg_globals, then_from="v")),
        ("relative beyond top level", real_import("from .. import sub", pkg_globals, bind="sub"),
         helper_import("", ("sub",), 2, pkg_globals, then_from="sub")),
        ("relative without package", real_import("from . import sub", {"__name__": "x"}, bind="sub"),
         helper_import("", ("sub",), 1, {"__name__": "x"}, then_from="sub")),
        ("missing module", real_import("import opsfix_nope", bind="opsfix_nope"), helper_import("opsfix_nope", None, 0)),
        ("missing submodule", real_import("import opsfix_pkg.nope", bind="opsfix_pkg"),
         helper_import("opsfix_pkg.nope", None, 0)),
        ("from missing name", real_import("from opsfix_pkg import nope", bind="nope"),
         helper_import("opsfix_pkg", ("nope",), 0, then_from="nope")),
    ]:
        case(f"import {label}", fresh(real), fresh(helper), same=same_module)

    # A replaced __import__ gets (name, globals, locals or None, fromlist, level).
    def recording_import(name, globals=None, locals=None, fromlist=(), level=0):
        log("__import__", name, type(globals).__name__, locals if locals is None else type(locals).__name__,
            fromlist, level)
        return "imported"
    custom = dict(b, __import__=recording_import)
    g_custom = {"__builtins__": custom}
    case("import with a replaced __import__ at module level",
         lambda: (exec("import os.path", dict(g_custom)), "done")[1],
         lambda: (opstest.import_name(dict(g_custom), dict(g_custom), custom, "os.path", None, 0), "done")[1])
    case("import with a replaced __import__ in a function",
         lambda: (exec("def f():\n    import os\nf()", dict(g_custom)), "done")[1],
         lambda: (opstest.import_name(dict(g_custom), NULL, custom, "os", None, 0), "done")[1])
    case("from-import with a replaced __import__ in a function",
         lambda: exec("def f():\n    from . import path as p\nf()", dict(g_custom)),
         lambda: opstest.import_from(opstest.import_name(dict(g_custom), NULL, custom, "", ("path",), 1), "path"))
    case("import with __import__ raising",
         lambda: exec("import os", {"__builtins__": dict(b, __import__=raiser(OSError("no import")))}),
         lambda: opstest.import_name({}, NULL, dict(b, __import__=raiser(OSError("no import"))), "os", None, 0))
    case("import with no __import__", lambda: exec("import os", {"__builtins__": {}}),
         lambda: opstest.import_name({}, NULL, {}, "os", None, 0))

    class MissingDict(dict):
        def __missing__(self, key):
            log("missing", key)
            return recording_import
    def module_level(builtins_):
        g = {"__builtins__": builtins_}
        opstest.import_name(g, g, builtins_, "os", None, 0)  # exec gives None
    case("import with __import__ from __missing__", lambda: exec("import os", {"__builtins__": MissingDict()}),
         lambda: module_level(MissingDict()))
    case("import with a non-dict builtins mapping",
         lambda: exec("import os", {"__builtins__": LoggedMapping(__import__=recording_import)}),
         lambda: module_level(LoggedMapping(__import__=recording_import)))
    case("import with a non-dict builtins mapping without it",
         lambda: exec("import os", {"__builtins__": LoggedMapping()}), lambda: module_level(LoggedMapping()))

    # IMPORT_FROM on various module objects.
    def real_from(make, name):
        def run():
            sys.modules["opsfix_obj"] = make()
            g = {}
            exec(f"from opsfix_obj import {name}", g)
            return g[name]
        return fresh(run)

    def helper_from(make, name):
        def run():
            sys.modules["opsfix_obj"] = make()
            m = opstest.import_name({}, NULL, b, "opsfix_obj", (name,), 0)
            return opstest.import_from(m, name)
        return fresh(run)

    def module(name="opsfix_obj", **attrs):
        def make():
            m = types.ModuleType(name)
            for k, v in attrs.items():
                setattr(m, k, v)
            return m
        return make

    def module_without_name(**attrs):
        def make():
            m = module(**attrs)()
            del m.__name__
            return m
        return make

    class BadBool:
        def __bool__(self):
            raise ValueError("bool")

    class SecondRead:
        """__spec__ is None on its first read (IMPORT_NAME's), then raises `exc` (IMPORT_FROM's)."""
        def __init__(self, exc):
            self.reads = 0
            self.exc = exc

        def __getattr__(self, attr):
            if attr == "__spec__":
                self.reads += 1
                if self.reads >= 2:
                    raise self.exc
                return None
            if attr == "__name__":
                return "opsfix_obj"
            raise AttributeError(attr)

    class FalseThenRaises:
        """False once (IMPORT_NAME's check), then raises (IMPORT_FROM's)."""
        def __init__(self):
            self.calls = 0

        def __bool__(self):
            self.calls += 1
            if self.calls >= 2:
                raise ValueError("bool2")
            return False

    sub_module = types.ModuleType("opsfix_obj.sub")

    def with_submodule(make):
        def run():
            sys.modules["opsfix_obj.sub"] = sub_module
            return make()
        return run

    path = os.path.join(fixture_dir, "opsfix_obj.py")
    from_cases = [
        ("present", module(x=1), "x"),
        ("missing, no __file__", module(), "x"),
        ("missing, with __file__", module(__file__=path), "x"),
        ("missing, __file__ not str", module(__file__=5), "x"),
        ("missing, initializing", module(__file__=path, __spec__=types.SimpleNamespace(_initializing=True)), "x"),
        ("missing, not initializing", module(__file__=path, __spec__=types.SimpleNamespace(_initializing=False)), "x"),
        ("missing, spec without _initializing", module(__file__=path, __spec__=types.SimpleNamespace()), "x"),
        ("missing, _initializing raises", module(__file__=path, __spec__=types.SimpleNamespace(_initializing=BadBool())), "x"),
        ("missing, initializing, no __file__", module(__spec__=types.SimpleNamespace(_initializing=True)), "x"),
        ("submodule fallback", with_submodule(module()), "sub"),
        ("submodule fallback, other name", with_submodule(module()), "other"),
        ("module without __name__", module_without_name(__file__=path), "x"),
        ("module with non-str __name__", module(__file__=path, __name__=7), "x"),
        ("namespace object", lambda: types.SimpleNamespace(__name__="opsfix_obj", y=2), "y"),
        ("namespace object, missing", lambda: types.SimpleNamespace(__name__="opsfix_obj"), "x"),
        ("namespace object with __file__, missing",
         lambda: types.SimpleNamespace(__name__="opsfix_obj", __file__=path), "x"),
        ("namespace object, initializing, missing",
         lambda: types.SimpleNamespace(__name__="opsfix_obj", __spec__=types.SimpleNamespace(_initializing=True)), "x"),
        ("namespace object with __file__, initializing, missing",
         lambda: types.SimpleNamespace(__name__="opsfix_obj", __file__=path,
                                       __spec__=types.SimpleNamespace(_initializing=True)), "x"),
        ("missing, no __file__, __spec__ raises when read again", lambda: SecondRead(KeyError("spec")), "x"),
        ("missing, no __file__, __spec__ missing when read again", lambda: SecondRead(AttributeError("spec")), "x"),
        ("missing, no __file__, _initializing raises when asked again",
         lambda: types.SimpleNamespace(__name__="opsfix_obj", __spec__=types.SimpleNamespace(_initializing=FalseThenRaises())),
         "x"),
        ("plain object, missing", lambda: object.__new__(Klass), "x"),
        ("logged object", lambda: Logged(q=1), "q"),
        ("logged object, missing", lambda: Logged(), "q"),
        ("non-ascii name", module(**{"\u00e9t\u00e9": 1}), "\u00e9t\u00e9"),
    ]
    for label, make, name in from_cases:
        case(f"from-import {label}", real_from(make, name), helper_from(make, name), same=identical)
    for label, name in [("module __getattr__ raises", "boom"), ("module __getattr__ missing", "other"),
                        ("module __getattr__ missing 2", "x")]:
        case(f"from-import {label}", fresh(real_import(f"from opsfix_getattr import {name}", bind=name)),
             fresh(helper_import("opsfix_getattr", (name,), 0, then_from=name)))

    def circular():
        import opsfix_circ_a  # noqa: F401
        return sys.modules["opsfix_circ_b"].RESULTS
    errors = fresh(circular)()
    if len(errors) != 2:
        record("from-import circular import", f"expected two ImportErrors, got {errors}")
    else:
        record("from-import circular import", same_exception(*errors) or
               (None if "partially initialized" in str(errors[1]) else f"unexpected message {errors[1]}"))

    # `from m import *`.
    def real_star(modname, locals_factory=None):
        def run():
            g = {}
            loc = locals_factory() if locals_factory else None
            exec(f"from {modname} import *", g, loc) if loc is not None else exec(f"from {modname} import *", g)
            target = loc if loc is not None else g
            return {k: module_name(v) for k, v in dict(target).items() if k != "__builtins__"}
        return fresh(run)

    def helper_star(modname, locals_factory=None):
        def run():
            g = {}
            loc = locals_factory() if locals_factory else g
            m = opstest.import_name(g, NULL if locals_factory is None else loc, b, modname, ("*",), 0)
            opstest.import_star(loc, m)
            return {k: module_name(v) for k, v in dict(loc).items() if k != "__builtins__"}
        return fresh(run)

    class SetitemLogged(dict):
        def __setitem__(self, key, value):
            log("setitem", key)
            dict.__setitem__(self, key, value)

    for modname in ["opsfix_plain", "opsfix_pkg", "opsfix_nopkgall", "opsfix_allbad", "opsfix_allmissing",
                    "opsfix_allstr", "opsfix_alltuple", "opsfix_allgen", "opsfix_dictbad", "opsfix_namebad",
                    "opsfix_nameless", "opsfix_getattr"]:
        case(f"import * from {modname}", real_star(modname), helper_star(modname))
        case(f"import * from {modname} into a mapping", real_star(modname, LoggedMutableMapping),
             helper_star(modname, LoggedMutableMapping))
        case(f"import * from {modname} into a dict subclass", real_star(modname, SetitemLogged),
             helper_star(modname, SetitemLogged))

    def star_from_object(make):
        def real():
            sys.modules["opsfix_obj"] = make()
            g = {}
            exec("from opsfix_obj import *", g)
            return {k: v for k, v in g.items() if k != "__builtins__"}

        def helper():
            sys.modules["opsfix_obj"] = make()
            g = {}
            opstest.import_star(g, opstest.import_name(g, g, b, "opsfix_obj", ("*",), 0))
            return g
        return fresh(real), fresh(helper)

    class AllRaises:
        @property
        def __all__(self):
            raise OSError("all")

    class DictRaises:
        @property
        def __dict__(self):
            raise OSError("dict")

    class NoDictNoAll:
        __slots__ = ()

    for label, make in [("int", lambda: 5), ("namespace", lambda: types.SimpleNamespace(p=1, _q=2)),
                        ("__all__ raises", AllRaises), ("__dict__ raises", DictRaises),
                        ("no __dict__ nor __all__", NoDictNoAll),
                        ("__all__ not a sequence", lambda: types.SimpleNamespace(__all__=5)),
                        ("empty name in __dict__", lambda: types.SimpleNamespace(**{"": 1, "k": 2})),
                        ("__all__ list", lambda: types.SimpleNamespace(__all__=["r", "_s"], r=1, _s=2, t=3))]:
        real, helper = star_from_object(make)
        case(f"import * from {label}", real, helper)
    expect("import * NULL locals", lambda: opstest.import_star(NULL, sys), error=SystemError("no locals found during 'import *'"))


def write_fixtures(root):
    for rel, text in FIXTURES.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)


def main():
    with tempfile.TemporaryDirectory(prefix="opstest") as fixture_dir:
        write_fixtures(fixture_dir)
        sys.path.insert(0, fixture_dir)
        sys.dont_write_bytecode = True
        try:
            unpack_cases()
            call_cases()
            match_cases()
            with_cases()
            statement_cases()
            name_cases()
            raise_cases()
            import_cases(fixture_dir)
        finally:
            sys.path.remove(fixture_dir)
            purge_fixtures()
    failed = sum(1 for _, f in RESULTS if f is not None)
    print(f"Python {sys.version.split()[0]}: {len(RESULTS)} cases")
    print(f"{len(RESULTS) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
