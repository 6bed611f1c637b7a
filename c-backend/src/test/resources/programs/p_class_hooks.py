"""Class customisation hooks: __init_subclass__ (with class keywords and
default), __set_name__ on descriptors (called with owner and name, also for
classes created via type()), __class_getitem__ (generic alias style),
__mro_entries__, class attributes vs instance attributes (shadowing,
mutable class attribute sharing), __dict__/__doc__/__module__/__name__."""


class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Alpha(Plugin):
    pass


class Beta(Plugin, name="custom-beta"):
    pass


class Gamma(Beta):
    pass


print(Plugin.registry, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Field:
    def __set_name__(self, owner, name):
        print("  __set_name__", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.name, value)


class Record:
    first = Field()
    second = Field()


r = Record()
r.first = "F"
print(r.first, r.second, Record.first.name, vars(r))
Dynamic = type("Dynamic", (), {"dyn": Field()})
print(Dynamic.dyn.name)
late = Field()
Record.late = late
print("late set_name called:", hasattr(late, "name"))


class Box:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, item.__name__ if isinstance(item, type) else item)


print(Box[int], Box["x"], Box[int, str] if False else Box[(1, 2)])
try:
    Record[int]
except TypeError as e:
    print("TypeError:", e)
print(list[int], dict[str, list[int]], type(list[int]).__name__, list[int].__origin__ is list)


class FakeBase:
    def __mro_entries__(self, bases):
        print("  __mro_entries__", len(bases))
        return (Alpha,)


class ViaMroEntries(FakeBase()):
    pass


print(ViaMroEntries.__mro__[1].__name__, ViaMroEntries.plugin_name, ViaMroEntries.__orig_bases__[0].__class__.__name__)


class Counter:
    """Counter doc"""
    count = 0
    shared = []

    def __init__(self):
        Counter.count += 1
        self.shared.append(self.count)
        self.count = "instance"


a = Counter()
b = Counter()
print(Counter.count, a.count, Counter.shared, b.shared is a.shared)
del a.count
print(a.count)
print(Counter.__name__, Counter.__qualname__, Counter.__module__, Counter.__doc__)
print(sorted(k for k in Counter.__dict__ if not k.startswith("__")), type(Counter.__dict__).__name__)
try:
    Counter.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
Counter.added = "later"
print(a.added, "added" in Counter.__dict__)


class NoDoc:
    pass


print(NoDoc.__doc__, NoDoc().__class__.__name__, NoDoc.__dict__.get("__module__"))
