"""enum: class syntax Enum/IntEnum/Flag/IntFlag/StrEnum, auto(), aliases,
unique, iteration order, lookup by value and name (with error messages),
members' name/value, comparisons, functional API Enum('Color', 'RED
GREEN') created in the module body (module inference for __module__ and
pickling), pickle round-trips of class and functional members, Flag
combinations and repr, enum in match statements."""
import enum
import pickle


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias


class Shape(enum.IntEnum):
    CIRCLE = enum.auto()
    SQUARE = enum.auto()


class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()


class Bits(enum.IntFlag):
    A = 1
    B = 2


class Mode(enum.StrEnum):
    FAST = enum.auto()
    SLOW = "slow-mode"


Functional = enum.Enum("Functional", "RED GREEN BLUE")
FuncDict = enum.Enum("FuncDict", {"ONE": 1, "TWO": 2})
FuncPairs = enum.IntEnum("FuncPairs", [("LOW", 10), ("HIGH", 20)])

print(list(Color), Color.CRIMSON is Color.RED, Color(1), Color["GREEN"], Color.RED.name, Color.RED.value)
print(repr(Color.BLUE), str(Color.BLUE), f"{Color.BLUE}", format(Color.BLUE, ""))
print(list(Color.__members__), len(Color), Color.RED in Color)
print(Shape.CIRCLE, Shape.SQUARE + 1, Shape.CIRCLE < Shape.SQUARE, repr(Shape.SQUARE), f"{Shape.SQUARE}")
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.R in (Perm.R | Perm.W), list(Perm.R | Perm.W), bool(Perm(0)), repr(Perm(0)))
print(Bits.A | Bits.B, Bits.A | 4, repr(Bits(3)), Bits.B & 2)
print(Mode.FAST, Mode.SLOW, Mode.FAST == "fast", Mode.SLOW.upper(), repr(Mode.FAST))
print(list(Functional), Functional.GREEN.value, Functional.__module__, FuncDict.TWO, FuncPairs.HIGH + 1)
print(Color.__module__, Color.RED.__class__.__qualname__, Functional.RED.__class__.__qualname__)
for member in (Color.GREEN, Shape.SQUARE, Perm.R | Perm.W, Mode.SLOW, Functional.BLUE, FuncDict.ONE, FuncPairs.LOW):
    data = pickle.dumps(member)
    back = pickle.loads(data)
    print("pickle", repr(back), back is member)
print(pickle.loads(pickle.dumps(Color)) is Color, pickle.loads(pickle.dumps(Functional)) is Functional)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Ext(Color):
        EXTRA = 9
except TypeError as e:
    print("TypeError:", e)
print(Color.RED == 1, Shape.CIRCLE == 1, Color.RED is Color(1), hash(Color.RED) == hash(Color.RED))


def paint(c):
    match c:
        case Color.RED:
            return "paint red"
        case Color.GREEN | Color.BLUE:
            return "paint cool"


print(paint(Color.CRIMSON), paint(Color.BLUE))


class Planet(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def density_ratio(self):
        return round(self.mass / self.radius ** 3 / 1e3, 3)


print(Planet.EARTH.mass, Planet.EARTH.density_ratio, Planet((3.303e+23, 2.4397e6)).name)


class Ordered(enum.Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    FIRST = enum.auto()
    SECOND = enum.auto()


print([m.value for m in Ordered])
