"""Attribute access sites that see different objects over time: each site
runs in a loop so that whatever it learnt from earlier iterations is used
or found stale. Instance attributes, __slots__, properties, methods and
class attributes; classes modified after first use (attributes added,
replaced, deleted, a property or __getattr__ added), instances that shadow
a method, a __dict__ materialised, __class__ reassigned, deleted slots and
attributes (AttributeError messages), module attributes deleted and module
__getattr__, metaclass attributes, staticmethod/classmethod, polymorphic
sites, attribute order after stores (vars())."""
import sys
import types


class Plain:
    kind = "class attr"

    def __init__(self, a):
        self.a = a

    def method(self):
        return "method of " + type(self).__name__


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


class WithProp:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v * 10

    @v.setter
    def v(self, value):
        self._v = value


def read_a(o):
    return o.a


def read_kind(o):
    return o.kind


def call_method(o):
    return o.method()


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


def write_a(o, v):
    o.a = v


objs = [Plain(i) for i in range(3)]
print([read_a(o) for o in objs], [read_kind(o) for o in objs], [call_method(o) for o in objs])

# an instance shadows the method and the class attribute
objs[1].method = lambda: "instance attribute"
objs[2].kind = "instance kind"
print([call_method(o) for o in objs], [read_kind(o) for o in objs])

# the class changes: the method is replaced, the class attribute deleted
Plain.method = lambda self: "replaced method"
print([call_method(o) for o in objs])
del Plain.kind
for o in objs:
    try:
        print(read_kind(o))
    except AttributeError as e:
        print("AttributeError:", e)

# a property appears on the class: it now wins over the instance attribute
Plain.a = property(lambda self: "property a")
print([read_a(o) for o in objs])
del Plain.a
print([read_a(o) for o in objs])

# __getattr__ added later answers for missing attributes only
Plain.__getattr__ = lambda self, name: "getattr " + name
print(read_kind(objs[0]), read_a(objs[0]))
del Plain.__getattr__

# a materialised __dict__
d = objs[0].__dict__
d["a"] = "through __dict__"
print(read_a(objs[0]), call_method(objs[0]))
d["method"] = lambda: "method from __dict__"
print(call_method(objs[0]))

# __class__ reassigned


class Other:
    def __init__(self):
        self.a = "other a"

    def method(self):
        return "Other.method"


o = Plain(5)
print(read_a(o), call_method(o))
o.__class__ = Other
print(read_a(o), call_method(o), type(o).__name__)

# slots
s = Slotted(1)
print(read_x(s))
write_x(s, 2)
print(read_x(s))
del s.x
try:
    read_x(s)
except AttributeError as e:
    print("AttributeError:", e)
write_x(s, 3)
print(read_x(s))
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError:", e)

# the same sites, other types (polymorphic)
for thing in [Slotted(7), types.SimpleNamespace(x="ns"), Plain(0)]:
    try:
        print(read_x(thing))
    except AttributeError as e:
        print("AttributeError:", e)

# properties with setters, and data descriptors replaced
w = WithProp()
print(w.v)
w.v = 4
print(w.v, w._v)
WithProp.v = property(lambda self: "new getter")
print(w.v)
try:
    w.v = 5
except AttributeError as e:
    print("AttributeError:", e)

# stores: new attributes, in order; deleted then stored again
p = Plain(1)
for name, value in [("b", 2), ("c", 3)]:
    setattr(p, name, value)
write_a(p, 10)
del p.b
p.b = 20
print(vars(p))
q = Plain(2)
write_a(q, "q")
print(vars(q))

# many attributes: beyond what an instance keeps inline


class Wide:
    pass


w2 = Wide()
for i in range(40):
    setattr(w2, "attr%d" % i, i)
print(sum(getattr(w2, "attr%d" % i) for i in range(40)), list(vars(w2))[:3], len(vars(w2)))


def read_attr5(o):
    return o.attr5


print(read_attr5(w2), read_attr5(w2))

# module attributes
mod = types.ModuleType("dynmod")
mod.value = 1


def read_value(m):
    return m.value


print(read_value(mod))
mod.value = 2
print(read_value(mod))
del mod.value
try:
    read_value(mod)
except AttributeError as e:
    print("AttributeError:", e)
mod.__getattr__ = lambda name: "module getattr " + name
print(read_value(mod))
print(read_value(sys.modules[__name__]) if hasattr(sys.modules[__name__], "value") else "no value here")
value = "module global"
print(read_value(sys.modules[__name__]))

# class attributes, static and class methods, through the class and instances


class Meta(type):
    @property
    def meta_prop(cls):
        return "meta property of " + cls.__name__

    meta_plain = "meta plain"


class K(metaclass=Meta):
    plain = 1

    @staticmethod
    def st(x):
        return x * 2

    @classmethod
    def cm(cls):
        return cls.__name__


class KK(K):
    pass


def class_reads(c):
    return c.plain, c.st(3), c.cm(), c.meta_prop, c.meta_plain


print(class_reads(K), class_reads(KK))
K.plain = 2
print(class_reads(K), class_reads(KK))
KK.plain = "kk"
print(class_reads(K), class_reads(KK))
try:
    K().meta_prop
except AttributeError as e:
    print("AttributeError:", e)
print(K().st(5), K().cm(), KK().cm())


# property getters called from a cached site: a getter taking just self is entered directly (as
# LOAD_ATTR_PROPERTY pushes its frame); one with a default, *args, a reassigned __code__ or that raises
# takes the general call; the getter's frame sees the reading line as its caller's
class Getters:
    def __init__(self, v):
        self.v = v

    @property
    def plain(self):
        return self.v + 1

    @property
    def caller_line(self):
        return sys._getframe(1).f_lineno, sys._getframe(1).f_code.co_name

    @property
    def raises(self):
        if self.v > 2:
            raise ValueError("getter failed at %d" % self.v)
        return self.v


def with_default(self, extra=100):
    return self.v + extra


def with_star(*args):
    return len(args)


def other_code(self):
    return "other code"


Getters.defaulted = property(with_default)
Getters.starred = property(with_star)


def read_getters(objs):
    out = []
    for o in objs:
        out.append((o.plain, o.defaulted, o.starred))
        out.append(o.caller_line)
    return out


print(read_getters([Getters(i) for i in range(3)]))
swapped = Getters(7)
print(read_getters([swapped]))
with_default.__code__ = other_code.__code__
print(read_getters([swapped, Getters(8)]))


def read_raising(objs):
    total = 0
    for o in objs:
        try:
            total += o.raises
        except ValueError as e:
            print("ValueError:", e, e.__traceback__.tb_next.tb_frame.f_code.co_name,
                  e.__traceback__.tb_next.tb_lineno)
    return total


print(read_raising([Getters(i) for i in range(5)]))


# A compiled getter that removes its own property from the class while it runs: the property and the
# getter's function have no other reference (a fresh function each time), so only the getter's frame
# keeps the function alive until it returns.
class Toggle:
    pass


def make_getter(k):
    def getter(self):
        del Toggle.v
        return "got %d" % k
    return getter


def read_toggle():
    out = []
    for i in range(12):
        Toggle.v = property(make_getter(i))
        t = Toggle()
        out.append(t.v)
        out.append(hasattr(t, "v"))
    return out


print(read_toggle())
