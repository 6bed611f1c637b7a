"""Metaclasses and class creation: __prepare__ returning a custom namespace
(recording definition order), metaclass __new__/__init__/__call__, class
keyword arguments passed to the metaclass, metaclass conflict error,
type(name, bases, ns) dynamic creation, types.new_class, class body
execution order and __qualname__/__module__ of nested classes, the
namespace seen by the class body (locals()), __classcell__ propagation."""
import types


class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("  __prepare__", name, [b.__name__ for b in bases], sorted(kw))
        return Recording()

    def __new__(mcls, name, bases, ns, **kw):
        print("  Meta.__new__", name, ns.order, sorted(kw))
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.definition_order = ns.order
        cls.options = kw
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("  Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("  Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)

    def __repr__(cls):
        return "<class via Meta %s>" % cls.__name__

    def __len__(cls):
        return len(cls.definition_order)

    def __getitem__(cls, item):
        return "%s[%r]" % (cls.__name__, item)


print("defining Model")


class Model(metaclass=Meta, table="models", strict=True):
    zeta = 1
    alpha = 2

    def method(self):
        return __class__

    beta = 3


print(Model, len(Model), Model.definition_order, Model.options, Model["idx"])
m = Model()
print(m.method() is Model, type(Model).__name__, type(m).__name__)


class SubModel(Model, table="sub"):
    gamma = 4


print(SubModel.options, SubModel.definition_order, isinstance(SubModel, Meta))


class OtherMeta(type):
    pass


class Other(metaclass=OtherMeta):
    pass


try:
    class Conflict(Model, Other):
        pass
except TypeError as e:
    print("TypeError:", e)

Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: "dyn hello"})
print(Dyn.__name__, Dyn.__qualname__, Dyn.__module__, Dyn().hello(), Dyn.x)
NC = types.new_class("NC", (Model,), {"table": "nc"}, lambda ns: ns.update(nc_attr=5))
print(NC.nc_attr, NC.options, NC.__module__)
try:
    type("Bad", (), {}, extra=1)
except TypeError as e:
    print("TypeError:", e)
try:
    type("Bad", 5, {})
except TypeError as e:
    print("TypeError:", e)
print(type(5).__name__, type(type).__name__)


class Outer:
    print("  Outer body start, qualname =", __qualname__, "module =", __module__)

    class Inner:
        print("  Inner body, qualname =", __qualname__)

        def m(self):
            pass

    names = sorted(k for k in locals() if not k.startswith("__"))
    print("  Outer body locals:", names)


print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.Inner.__module__)


class Counter(type):
    instances = 0

    def __call__(cls, *a, **k):
        Counter.instances += 1
        return super().__call__(*a, **k)


class Counted(metaclass=Counter):
    pass


Counted()
Counted()
print("created", Counter.instances)


class ReturnsOther(type):
    def __new__(mcls, name, bases, ns):
        return "not a class: " + name


class Strange(metaclass=ReturnsOther):
    pass


print(Strange)


def func_metaclass(name, bases, ns):
    return {"name": name, "keys": sorted(k for k in ns if not k.startswith("__"))}


class ByFunction(metaclass=func_metaclass):
    a = 1

    def b(self):
        pass


print(ByFunction)


class MissingClassCell(type):
    def __new__(mcls, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, ns)


try:
    class UsesSuper(metaclass=MissingClassCell):
        def f(self):
            return super().f()
except (RuntimeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
