"""Every call form: plain, keyword, f(*a, **k), mixed, method calls on
instances/classes (bound and unbound), staticmethod/classmethod via instance
and class, functools.partial (nested, with keywords), map/filter/sorted with
key= and reverse=, callables objects, calling through getattr, builtins with
keyword arguments, super-method calls, and bound-method identity facts."""
import functools
import operator


def f(a, b=0, *args, c=None, **kw):
    return "f(a=%r, b=%r, args=%r, c=%r, kw=%r)" % (a, b, args, c, sorted(kw.items()))


args = (1, 2, 3)
kw = {"c": 4, "d": 5}
print(f(1))
print(f(1, 2))
print(f(a=1, b=2))
print(f(*args))
print(f(**{"a": 9}))
print(f(*args, **kw))
print(f(0, *args, c=1, **{"z": 0}))
print(f(*args[:1], *args[1:], e=1, **kw))


class Greeter:
    greeting = "hi"

    def __init__(self, name):
        self.name = name

    def greet(self, punct="!"):
        return "%s %s%s" % (self.greeting, self.name, punct)

    @staticmethod
    def static(x, y=1):
        return ("static", x, y)

    @classmethod
    def make(cls, name):
        return cls(name.upper())

    def __call__(self, *a, **k):
        return ("called", a, sorted(k))


g = Greeter("bob")
print(g.greet(), g.greet("?"), Greeter.greet(g, punct="."), Greeter.greet(g))
m = g.greet
print(m(), m.__self__ is g, m.__func__ is Greeter.greet, m.__name__, m.__qualname__)
print(g.static(1), Greeter.static(2, y=3), Greeter.make("amy").greet(), g.make("cy").name)
print(g(1, 2, k=3), callable(g), callable(Greeter), callable(1))
print(getattr(g, "greet")("~"), getattr(Greeter, "static")(7), operator.methodcaller("greet", "#")(g))
print(g.greet == g.greet, g.greet is g.greet, Greeter.greet is Greeter.greet)
print(type(Greeter.__dict__["static"]).__name__, type(Greeter.__dict__["make"]).__name__)
print(Greeter.__dict__["static"].__func__(5), Greeter.__dict__["make"].__func__(Greeter, "x").name)

p = functools.partial(f, 1, c="pc")
print(p(), p(2, 3), p(c="override", d=0), p.func is f, p.args, sorted(p.keywords.items()))
pp = functools.partial(p, 10, e=1)
print(pp(), pp.args, pp.func is f)
pm = functools.partial(Greeter.greet, punct="...")
print(pm(g))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda x, y: x + y, "ab", "cd")))
print(list(filter(None, [0, 1, "", "a"])), list(filter(lambda v: v % 2, range(6))))
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (-len(w), w)), max(words, key=len), min(words, key=lambda w: w[-1]))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=operator.itemgetter(0)))
print(sorted([Greeter("b"), Greeter("a")], key=operator.attrgetter("name"))[0].name)
words.sort(key=len)
print(words)
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [], 1))
print(int("ff", base=16), int("0b101", 0), round(2.567, ndigits=2), "a,b".split(sep=","), print.__name__)
print(*[1, 2, 3], sep="-", end="|\n")
print(dict(a=1, **{"b": 2}), str(b"x", encoding="ascii"), sum([1, 2], start=10), enumerate("a", start=5).__next__())


class Base:
    def who(self, x):
        return "Base.who(%s)" % x


class Child(Base):
    def who(self, x):
        return "Child+" + super().who(x) + "+" + Base.who(self, x * 2)


print(Child().who(1))
call_chain = (lambda: (lambda: (lambda: "deep")))()()()
print(call_chain)
fns = {"add": operator.add, "neg": operator.neg}
print(fns["add"](1, 2), fns["neg"](3), [fn(4) for fn in (str, float, bin)])


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info().hits > 0)


class WithSlotsCall:
    __slots__ = ()

    def __call__(self, x):
        return x * 2


print(list(map(WithSlotsCall(), [1, 2])))
