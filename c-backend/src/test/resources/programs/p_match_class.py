"""match class patterns: positional sub-patterns via __match_args__,
keyword sub-patterns (attribute lookup, missing attributes fail the match),
builtin types matching the subject itself with one positional (int(x),
str(s), ...), dataclasses (auto __match_args__), namedtuples, inheritance,
and the TypeErrors: too many positional sub-patterns, __match_args__ not a
tuple, a non-str entry, a non-class in a class pattern, duplicate attribute
(same keyword twice via positional+keyword)."""
import dataclasses
import collections


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0


@dataclasses.dataclass
class Point3(Point):
    z: int = 0


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


class NoArgs:
    def __init__(self, v):
        self.v = v


Pair = collections.namedtuple("Pair", "left right")


def shape(s):
    match s:
        case Point3(x, y, z=0):
            return "flat point3 %r,%r" % (x, y)
        case Point3(x=x, z=z):
            return "point3 x=%r z=%r" % (x, z)
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return "on an axis at %r" % x
        case Point(x=px, y=py) if px == py:
            return "diagonal %r" % px
        case Point():
            return "some point %r" % (s,)
        case Circle(Point(x=0, y=0), r):
            return "centered circle r=%r" % r
        case Circle(radius=r) if r > 10:
            return "big circle"
        case Circle(c, radius=r):
            return "circle at %r r=%r" % (c, r)
        case NoArgs(v=1):
            return "noargs v=1"
        case NoArgs(missing=_):
            return "never: missing attribute fails"
        case Pair(l, r) if l == r:
            return "equal pair %r" % l
        case Pair(left=l):
            return "pair left %r" % l
        case int(n) | float(n):
            return "number %r" % n
        case str(text) if text:
            return "text %s" % text
        case bool(b):
            return "unreachable bool"
        case list([*items]) | tuple([*items]):
            return "list/tuple of %d" % len(items)
        case dict(d):
            return "dict with %d" % len(d)
        case object(__class__=cls):
            return "object of %s" % cls.__name__


for s in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 5), Point3(1, 2), Point3(1, 2, 3),
          Circle(Point(0, 0), 5), Circle(Point(1, 1), 50), Circle((1, 1), 2), NoArgs(1), NoArgs(2),
          Pair(1, 1), Pair(1, 2), 7, 2.5, True, "txt", "", [1, 2], (3,), {"a": 1}, None]:
    print(shape(s))
print(Point.__match_args__, Point3.__match_args__, Pair.__match_args__)


def err(fn):
    try:
        print(fn())
    except TypeError as e:
        print("TypeError:", e)


def too_many():
    match Point(1, 2):
        case Point(a, b, c):
            return "no"


def none_defined():
    match NoArgs(1):
        case NoArgs(v):
            return "no"


class BadMatchArgs:
    __match_args__ = ["x"]
    x = 1


def list_match_args():
    match BadMatchArgs():
        case BadMatchArgs(x):
            return x


class NonStrMatchArgs:
    __match_args__ = (1,)


def non_str_entry():
    match NonStrMatchArgs():
        case NonStrMatchArgs(x):
            return x


NOT_A_CLASS = len


def not_a_class():
    match 5:
        case NOT_A_CLASS():
            return "no"


def duplicate_attr():
    match Point(1, 2):
        case Point(x, x=y):
            return "no"


def builtin_too_many():
    match 5:
        case int(a, b):
            return "no"


err(too_many)
err(none_defined)
err(list_match_args)
err(non_str_entry)
err(not_a_class)
err(duplicate_attr)
err(builtin_too_many)


class Prop:
    __match_args__ = ("computed",)

    @property
    def computed(self):
        print("  property evaluated")
        return 42

    @property
    def raises(self):
        raise AttributeError("no such thing")

    @property
    def raises_other(self):
        raise KeyError("boom")


match Prop():
    case Prop(41):
        print("no")
    case Prop(42):
        print("property positional match")
match Prop():
    case Prop(raises=_):
        print("no")
    case _:
        print("AttributeError in property -> no match")
try:
    match Prop():
        case Prop(raises_other=_):
            print("no")
except KeyError as e:
    print("KeyError propagates from class pattern:", e)


class Meta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__ for", type(obj).__name__)
        return isinstance(obj, int)


class Anything(metaclass=Meta):
    pass


match 3:
    case Anything():
        print("matched via __instancecheck__")
