"""PEP 695 (Python 3.12+ only): generic functions and classes with type
parameter lists (TypeVar, bounds, constraints, *Ts, **P), the `type`
statement (lazily evaluated alias values, generic aliases), __type_params__,
annotation scopes seeing class-level names, and the TypeAliasType /
TypeVar objects' names and __module__."""
import typing


def first[T](items: list[T]) -> T:
    return items[0]


def clamp[N: (int, float)](v: N, lo: N, hi: N) -> N:
    return max(lo, min(v, hi))


def bounded[S: str](s: S) -> S:
    return s.upper()


def star[*Ts](*args: *Ts) -> tuple[*Ts]:
    return args


def params[**P, R](fn: typing.Callable[P, R]) -> typing.Callable[P, R]:
    return fn


class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> "Stack[T]":
        self.items.append(item)
        return self

    def pop(self) -> T:
        return self.items.pop()


class Pair[K, V](dict[K, V]):
    pass


type IntList = list[int]
type Json = dict[str, "Json"] | list["Json"] | str | int | None
type Mapping2[K, V] = dict[K, list[V]]
type Lazy = UndefinedUntilEvaluated


print(first([3, 4]), clamp(15, 0, 10), bounded("abc"), star(1, "a"), params(len)("xy"))
print(first.__type_params__, clamp.__type_params__[0].__constraints__, bounded.__type_params__[0].__bound__)
print(star.__type_params__, params.__type_params__, Stack.__type_params__, Pair.__type_params__)
s = Stack[int]().push(1).push(2)
print(s.pop(), s.items, Stack[int], Pair[str, int], Pair.__mro__[1].__name__)
print(IntList, IntList.__value__, type(IntList).__name__, IntList.__name__, IntList.__module__)
print(Json.__value__)
print(Mapping2.__type_params__, Mapping2[str, int], Mapping2.__value__)
try:
    Lazy.__value__
except NameError as e:
    print("NameError:", e)
UndefinedUntilEvaluated = bytes
print("now:", Lazy.__value__)
T0 = first.__type_params__[0]
print(T0.__name__, type(T0).__name__, T0.__module__ if hasattr(T0, "__module__") else None)


class Outer:
    Alias = int

    def method[X](self, x: X) -> Alias:
        return x

    type Inner = list[Alias]


print(Outer.method.__annotations__, Outer.Inner.__value__)
try:
    compile("class Bad[T, T]:\n    pass\n", "<snippet>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
