"""dataclasses: generated __init__/__repr__/__eq__, defaults and
default_factory, field(init=False, repr=False, compare=False), frozen
(FrozenInstanceError), order=True comparisons, __post_init__ and InitVar,
kw_only fields, inheritance of fields, asdict/astuple/replace/fields,
unhashable by default with eq, errors (mutable default, non-default after
default), make_dataclass, match with dataclass __match_args__."""
import dataclasses
from dataclasses import dataclass, field, InitVar


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default="s", repr=False, compare=False)
    computed: int = field(init=False, default=0)

    def __post_init__(self):
        self.computed = len(self.name)


a = Item("apple", 1.5)
b = Item("apple", 1.5, secret="different")
print(a, a == b, a.computed, a.tags is not Item("x").tags)
print(dataclasses.asdict(a), dataclasses.astuple(b))
print([f.name for f in dataclasses.fields(a)], dataclasses.replace(a, price=2.0))
print(Item.__hash__ is None, dataclasses.is_dataclass(a), dataclasses.is_dataclass(Item), dataclasses.is_dataclass(1))


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0

    def bump(self):
        return dataclasses.replace(self, minor=self.minor + 1)


v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, sorted([v2, v1, Version(0)]), hash(v1) == hash(Version(1, 2)), v1.bump())
try:
    v1.major = 5
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__ + ":", e)
try:
    del v1.minor
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__ + ":", e)
try:
    v1 < (1, 2)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class WithInitVar:
    value: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.value *= scale


print(WithInitVar(5), WithInitVar(5, 10), [f.name for f in dataclasses.fields(WithInitVar)])


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int


@dataclass
class Mixed:
    a: int
    _: dataclasses.KW_ONLY
    b: int = 1
    c: int


print(Opts(level=3), Mixed(1, c=3))
try:
    Opts(True, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Base:
    x: int
    y: int = 0


@dataclass
class Derived(Base):
    z: int = 5
    x: int = 100


print(Derived(), Derived(1, 2, 3), [f.name for f in dataclasses.fields(Derived)])
try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class BadOrder:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
Made = dataclasses.make_dataclass("Made", ["p", ("q", int, field(default=7))], namespace={"double": lambda self: self.q * 2})
print(Made(1), Made(1).double(), Made.__module__)


@dataclass(eq=False)
class IdentityEq:
    v: int


print(IdentityEq(1) == IdentityEq(1), IdentityEq.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashable:
    v: int


print(hash(Hashable(3)) == hash(Hashable(3)), len({Hashable(1), Hashable(1)}))
print(Item.__match_args__, Opts.__match_args__, Mixed.__match_args__)
match Version(2, 0):
    case Version(2, minor) if minor == 0:
        print("matched version 2.%d" % minor)


@dataclass(repr=False)
class CustomRepr:
    v: int

    def __repr__(self):
        return "CR<%d>" % self.v


print(CustomRepr(1), [CustomRepr(2)])


@dataclass
class Recursive:
    child: "Recursive | None" = None


r = Recursive()
r.child = r
print(repr(r))
