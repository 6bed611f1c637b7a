"""Functions whose code or defaults change after definition: __code__
reassigned between functions (the new code runs, the name stays),
__code__ from a lambda, from compile()/exec and back, the ValueError for a
code object with another number of free variables, __defaults__ and
__kwdefaults__ reassigned and deleted, types.FunctionType over a function's
code with other globals, code.replace(), exec() of a no-argument function's
code, and functions that keep working after their module-level name is
rebound."""
import types


def f(x):
    return x + 1


def g(x):
    return x * 10


print(f(3), g(3))
f.__code__ = g.__code__
print(f(3), f.__name__, f.__code__.co_name, f.__qualname__)

h = lambda x, y=2: x - y  # noqa: E731
f.__code__ = h.__code__
try:
    f(5)
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = (7,)
print(f(5), f(5, 1))
del f.__defaults__
print(f.__defaults__)

ns = {}
exec(compile("def k(a):\n    return a ** 2\n", "<dynamic>", "exec"), ns)
f.__code__ = ns["k"].__code__
print("interpreted code in a compiled function:", f(4))
ns["k"].__code__ = g.__code__
print("compiled code in a dynamic function:", ns["k"](4))


def outer():
    y = 5

    def inner(x):
        return x + y

    return inner


inn = outer()
try:
    f.__code__ = inn.__code__
except ValueError as e:
    print("ValueError:", e)


def kw(a, *, b=1, c=2):
    return a + b + c


print(kw(1), kw.__kwdefaults__)
kw.__kwdefaults__ = {"b": 10, "c": 20}
print(kw(1))
kw.__kwdefaults__ = None
try:
    kw(1)
except TypeError as e:
    print("TypeError:", e)

GLOBAL_X = 1


def uses_global():
    return GLOBAL_X


fn = types.FunctionType(uses_global.__code__, {"GLOBAL_X": 42})
print(fn(), uses_global(), fn.__name__)
empty = types.FunctionType(uses_global.__code__, {})
try:
    empty()
except NameError as e:
    print("NameError:", e)

renamed = types.FunctionType(g.__code__.replace(co_name="renamed"), globals())
print(renamed(2), renamed.__code__.co_name, renamed.__name__)


def side_effect():
    global SEEN
    SEEN = "ran"


exec(side_effect.__code__)
print(SEEN)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


saved = fact
fact = lambda n: -1  # noqa: E731
print(saved(5))
fact = saved
print(fact(5))
