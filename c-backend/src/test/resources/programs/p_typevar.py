"""typing constructs at module level: TypeVar (name, bounds, constraints,
variance, __module__ inference), ParamSpec, Generic classes parametrised
with TypeVars (__parameters__, __orig_bases__, subscription), Protocol with
runtime_checkable, NewType (module inference, pickle), TypedDict, Literal,
Union/Optional reprs, typing.cast, overload registry, and pickling of
TypeVars and generic aliases (by reference to this module)."""
import pickle
import typing
from typing import Generic, TypeVar, ParamSpec, Protocol

T = TypeVar("T")
N = TypeVar("N", int, float)
B = TypeVar("B", bound="Comparable")
Co = TypeVar("Co", covariant=True)
P = ParamSpec("P")
UserId = typing.NewType("UserId", int)


class Comparable(Protocol):
    def __lt__(self, other) -> bool:
        ...


@typing.runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


class Pair(Generic[T, N]):
    pass


class IntBox(Box[int]):
    pass


class Movie(typing.TypedDict, total=False):
    title: str
    year: int


print(T, N, B, Co, P, T.__name__, N.__constraints__, B.__bound__, Co.__covariant__)
print(T.__module__, P.__module__, UserId.__module__, UserId.__name__, UserId(5), type(UserId(5)).__name__)
print(Box.__parameters__, Pair.__parameters__, IntBox.__orig_bases__, Box[int], Pair[str, int])
print(Box[int](3).get(), Box(4).get(), IntBox.__mro__[1].__name__)
print(isinstance(open.__class__, type), isinstance(__import__("io").StringIO(), Closable), isinstance(1, Closable))
print(Movie(title="x"), Movie.__total__, sorted(Movie.__annotations__), Movie.__module__)
print(typing.Optional[int], typing.Union[int, str], typing.Union[int], typing.Literal["a", 1], int | None)
print(typing.cast(str, 5), typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.get_args(typing.Union[int, str]))
for obj in (T, N, P, Box[int], UserId, typing.List[int]):
    back = pickle.loads(pickle.dumps(obj))
    print("pickle", back, back is obj or back == obj)
try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    TypeVar("X", int)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Generic[T], Generic[N]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, Comparable)
except TypeError as e:
    print("TypeError:", e)


@typing.overload
def conv(x: int) -> str:
    ...


@typing.overload
def conv(x: str) -> int:
    ...


def conv(x):
    return x


print(conv(1), len(typing.get_overloads(conv)), typing.get_type_hints(Box.get))


def local_typevar():
    L = TypeVar("L")
    return L.__module__


print(local_typevar())
