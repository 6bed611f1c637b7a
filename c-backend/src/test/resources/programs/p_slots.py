"""__slots__: attribute storage restricted (AttributeError messages for
unknown attributes and unset slots), no __dict__ unless listed, slots with
inheritance (child without __slots__ gets a __dict__), __weakref__, slot
descriptors on the class, class attribute conflicting with slot (error),
slots with defaults via class-level, dataclass(slots=True)."""
import dataclasses
import weakref


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = Point(1)
print(p.x, hasattr(p, "__dict__"), type(Point.x).__name__, Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)


class WithDict(Point):
    pass


w = WithDict(5)
w.extra = "ok"
print(vars(w), w.x)


class SlotChild(Point):
    __slots__ = ("z",)


sc = SlotChild(1)
sc.z = 9
print(sc.x, sc.z, hasattr(sc, "__dict__"))
try:
    sc.q = 1
except AttributeError as e:
    print("AttributeError:", e)


class Weak:
    __slots__ = ("v", "__weakref__", "__dict__")


wk = Weak()
r = weakref.ref(wk)
wk.anything = 1
print(r() is wk, wk.anything)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print("ValueError:", e)
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    class DictTwice(WithDict):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError:", e)


class StrSlot:
    __slots__ = "single"


s = StrSlot()
s.single = "one"
print(s.single, StrSlot.__slots__)


@dataclasses.dataclass(slots=True)
class DC:
    a: int
    b: str = "b"


dc = DC(1)
print(dc, DC.__slots__, hasattr(dc, "__dict__"))
try:
    dc.c = 1
except AttributeError as e:
    print("AttributeError:", e)


class Private:
    __slots__ = ("__hidden",)

    def __init__(self):
        self.__hidden = "mangled"

    def get(self):
        return self.__hidden


print(Private().get(), Private.__slots__, [k for k in vars(Private) if "hidden" in k])
