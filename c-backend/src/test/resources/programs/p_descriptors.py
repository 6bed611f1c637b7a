"""Properties and descriptors: property get/set/delete and errors when
missing (messages), property via decorator chain and via property() call,
data vs non-data descriptor precedence against the instance dict,
__get__ with None instance (class access), staticmethod/classmethod
descriptors, functools.cached_property, __getattr__ fallback interplay."""
import functools


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        """Celsius degrees"""
        print("  get celsius")
        return self._c

    @celsius.setter
    def celsius(self, v):
        print("  set celsius", v)
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("  del celsius")
        self._c = None

    @property
    def readonly(self):
        return "ro"

    def _get_f(self):
        return self._c * 9 / 5 + 32

    fahrenheit = property(_get_f, doc="F degrees")


t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, Temp.fahrenheit.__doc__)
del t.celsius
print(t._c)
for action in ("set_ro", "del_ro", "set_f", "bad_value"):
    try:
        if action == "set_ro":
            t.readonly = 1
        elif action == "del_ro":
            del t.readonly
        elif action == "set_f":
            t.fahrenheit = 5
        else:
            t.celsius = -300
    except (AttributeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata from %s" % ("class" if obj is None else "instance")


class Data:
    def __get__(self, obj, objtype=None):
        return "data descriptor"

    def __set__(self, obj, value):
        print("  Data.__set__", value)


class Host:
    nd = NonData()
    d = Data()


h = Host()
print(h.nd, Host.nd, h.d, Host.d)
h.__dict__["nd"] = "instance dict wins over non-data"
h.__dict__["d"] = "instance dict loses to data"
print(h.nd, h.d)
h.d = 5


class Lazy:
    def __init__(self):
        self.computed = 0

    @functools.cached_property
    def expensive(self):
        self.computed += 1
        return "value%d" % self.computed


lz = Lazy()
print(lz.expensive, lz.expensive, lz.computed, "expensive" in vars(lz))
del lz.expensive
print(lz.expensive, lz.computed)


class Methods:
    def inst(self):
        return "inst"

    @staticmethod
    def st():
        return "st"

    @classmethod
    def cm(cls):
        return cls.__name__


f = Methods.__dict__["inst"]
print(f.__get__(Methods(), Methods)(), f.__get__(None, Methods) is f, Methods.__dict__["st"].__get__(None, Methods)())
print(Methods.__dict__["cm"].__get__(None, Methods)(), type(Methods.inst).__name__, type(Methods().inst).__name__)


class Fallback:
    x = 1

    @property
    def broken(self):
        raise AttributeError("inner missing")

    def __getattr__(self, name):
        return "fallback for " + name


fb = Fallback()
print(fb.x, fb.y, fb.broken)


class Validated:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.attr = "_" + name

    def __get__(self, obj, owner):
        return self if obj is None else obj.__dict__.get(self.attr)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, got %s" % (self.attr[1:], self.kind.__name__, type(value).__name__))
        obj.__dict__[self.attr] = value


class Person:
    name = Validated(str)
    age = Validated(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("ann", 5)
print(p.name, p.age, sorted(vars(p)))
try:
    Person("bob", "old")
except TypeError as e:
    print("TypeError:", e)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
print(property().fget, type(property.__get__).__name__)
