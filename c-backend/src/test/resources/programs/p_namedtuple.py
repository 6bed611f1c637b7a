"""collections.namedtuple and typing.NamedTuple created in a module body:
__module__ inference, pickle round trips (requires importable module),
fields/defaults/_make/_replace/_asdict, tuple behaviour (indexing,
unpacking, comparisons), rename=True, invalid field names, subclassing
with methods, typing.NamedTuple with defaults and methods, and module=."""
import collections
import pickle
import typing

Point = collections.namedtuple("Point", ["x", "y"])
Point3 = collections.namedtuple("Point3", "x y z", defaults=[0])
Renamed = collections.namedtuple("Renamed", ["ok", "def", "ok", "_private"], rename=True)
Explicit = collections.namedtuple("Explicit", "a b", module="p_namedtuple")


class Employee(typing.NamedTuple):
    name: str
    dept: str = "eng"
    level: int = 1

    def promote(self):
        return self._replace(level=self.level + 1)

    def __str__(self):
        return "%s@%s/L%d" % self


class PointWithNorm(Point):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2


p = Point(1, y=2)
print(p, p.x, p[1], tuple(p), p == (1, 2), p._fields, Point.__module__, Point.__name__, Point.__qualname__)
print(Point3(1, 2), Point3._field_defaults, Point3._make([4, 5, 6]), p._asdict(), p._replace(x=9))
print(Renamed._fields, Explicit.__module__)
e = Employee("ann")
print(e, repr(e), e.promote(), Employee._fields, Employee._field_defaults, Employee.__module__)
print(Employee.__annotations__ if hasattr(Employee, "__annotations__") else "no annotations")
print(PointWithNorm(3, 4).norm2, PointWithNorm(3, 4))
x, y = p
print(x + y, sorted([Point(2, 1), Point(1, 5)]), max(Point(0, 9), Point(1, 0)))
for obj in (p, Point3(1, 2, 3), e, e.promote(), Explicit(1, 2), PointWithNorm(1, 1)):
    back = pickle.loads(pickle.dumps(obj))
    print("pickle", repr(back), back == obj, type(back) is type(obj))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    assert pickle.loads(pickle.dumps(p, protocol=proto)) == p
print("all protocols ok")
try:
    p.x = 5
except AttributeError as err:
    print("AttributeError:", err)
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
try:
    Point(1, 2, 3)
except TypeError as err:
    print("TypeError:", err)
try:
    collections.namedtuple("Bad", ["class"])
except ValueError as err:
    print("ValueError:", err)
try:
    collections.namedtuple("Bad", ["a", "a"])
except ValueError as err:
    print("ValueError:", err)
try:
    collections.namedtuple("Bad", ["_x"])
except ValueError as err:
    print("ValueError:", err)
try:
    Point._make([1])
except TypeError as err:
    print("TypeError:", err)
try:
    p._replace(z=1)
except (TypeError, ValueError) as err:
    print(type(err).__name__ + ":", err)
try:
    class BadNT(typing.NamedTuple):
        a: int = 1
        b: int
except TypeError as err:
    print("TypeError:", err)


def make_in_function():
    Local = collections.namedtuple("Local", "v")
    return Local.__module__, Local(1)


print(make_in_function())
try:
    pickle.dumps(make_in_function()[1])
except (pickle.PicklingError, AttributeError) as err:
    print(type(err).__name__ + ":", str(err).replace("<class 'p_namedtuple.Local'>", "Local"))
