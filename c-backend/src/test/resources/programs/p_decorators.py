"""Decorators: plain function decorators, decorators with arguments,
stacked decorators (application order), functools.wraps metadata, class
decorators, decorating methods/staticmethods/classmethods/properties,
decorators returning non-functions, arbitrary decorator expressions (3.9+),
and decorator evaluation order vs. function definition."""
import functools

trace = []


def log(fn):
    trace.append("decorate " + fn.__name__)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        trace.append("call " + fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


def tag(label):
    trace.append("make tag " + label)

    def deco(fn):
        trace.append("apply tag %s to %s" % (label, fn.__name__))
        fn.tags = getattr(fn, "tags", []) + [label]
        return fn
    return deco


def no_wraps(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper


@log
@tag("outer")
@tag("inner")
def compute(x, y=2):
    """compute doc"""
    return x * y


print(compute(3), compute.__name__, compute.__doc__, compute.__wrapped__.__name__, compute.tags)
print(trace)
trace.clear()


@no_wraps
def plain():
    pass


print(plain.__name__, plain.__qualname__)


def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return deco


@repeat(times=3)
def hello(n):
    return "hello %d" % n


print(hello(1))


def register(registry):
    def deco(obj):
        registry[obj.__name__] = obj
        return obj
    return deco


REG = {}


@register(REG)
class Plugin:
    pass


@register(REG)
def helper():
    pass


print(sorted(REG), REG["Plugin"] is Plugin)


def add_repr(cls):
    def __repr__(self):
        return "%s(%s)" % (cls.__name__, ", ".join("%s=%r" % kv for kv in sorted(vars(self).items())))
    cls.__repr__ = __repr__
    return cls


def singleton(cls):
    return cls()


@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


@singleton
class Config:
    debug = True


print(Point(1, 2), type(Config).__name__, Config.debug)


def counted(fn):
    def wrapper(self, *a):
        wrapper.calls += 1
        return fn(self, *a)
    wrapper.calls = 0
    return wrapper


class Svc:
    @counted
    def run(self, x):
        return x + 1

    @staticmethod
    @log
    def st(x):
        return -x

    @classmethod
    @log
    def cm(cls):
        return cls.__name__

    @property
    @log
    def prop(self):
        return "prop"


s = Svc()
print(s.run(1), s.run(2), Svc.run.calls, Svc.st(5), Svc.cm(), s.prop)
print(trace)
trace.clear()
decorators = [log, tag("from-list")]


@decorators[1]
@(lambda fn: fn)
@(decorators[0] if True else None)
def exprs():
    return "exprs"


print(exprs(), exprs.tags, trace)


def returns_value(fn):
    return 42


@returns_value
def gone():
    pass


print(gone)


def method_deco(fn):
    @functools.wraps(fn)
    def w(self):
        return "<" + fn(self) + ">"
    return w


class Wrap:
    @method_deco
    def name(self):
        return type(self).__name__


print(Wrap().name(), Wrap.name.__qualname__)


def bad_deco(fn):
    raise ValueError("decorator refused " + fn.__name__)


try:
    @bad_deco
    def refused():
        pass
except ValueError as e:
    print("ValueError:", e)
print("refused" in globals())
