"""Lambdas: defaults, *args/**kwargs, keyword-only, immediately invoked,
closures in lambdas, lambdas in data structures and sort keys, recursion via
a name, conditional expressions inside, __name__/__qualname__, nested
lambdas, lambdas in class bodies and default arguments evaluated once."""

sq = lambda x: x * x
add = lambda a, b=10, *rest, k=0, **kw: (a + b + sum(rest) + k, sorted(kw))
print(sq(7), add(1), add(1, 2, 3, 4, k=5, z=6))
print((lambda: "iife")(), (lambda *a: a)(1, 2), (lambda **k: sorted(k.items()))(b=2, a=1))
print(sq.__name__, sq.__qualname__, add.__defaults__, add.__kwdefaults__)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
adders = {op: (lambda o: lambda a, b: eval("a %s b" % o))(op) for op in "+-*"}
print([adders[o](6, 3) for o in "+-*"])
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3), curry.__qualname__, curry(1).__qualname__, curry(1)(2).__qualname__)
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True), max(pairs, key=lambda p: -p[0]))


class K:
    double = staticmethod(lambda x: x * 2)
    name = (lambda: "class-lambda")()
    method = lambda self, y: (type(self).__name__, y)


print(K.double(4), K.name, K().method(5), K.method.__qualname__)


def outer():
    v = "captured"
    return lambda: v, (lambda: lambda: v)()


f1, f2 = outer()
print(f1(), f2(), f2.__qualname__)
calls = []
logger = lambda msg, _calls=calls: _calls.append(msg) or len(_calls)
print(logger("a"), logger("b"), calls)
print(list(map(lambda x, y=2: x ** y, [1, 2, 3])))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
noop = lambda *_: None
print(noop(1, 2, 3), (lambda: (yield_ := 1) + yield_)())
gen_lambda = lambda n: (i * i for i in range(n))
print(list(gen_lambda(4)), type(gen_lambda(1)).__name__)
try:
    (lambda x: x.missing)(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    sq()
except TypeError as e:
    print("TypeError:", e)
