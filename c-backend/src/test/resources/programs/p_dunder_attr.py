"""Attribute-access protocol: __getattr__ (only for missing attributes),
__getattribute__ (every access, delegating to object), __setattr__ and
__delattr__ interception, __dir__, AttributeError messages for instances,
classes, modules, None and builtins (incl. name suggestions not in str(e)),
getattr/setattr/hasattr/delattr builtins with defaults, name mangling."""


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append("getattr " + name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self.log.append("setattr " + name)
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self.log.append("delattr " + name)
        delattr(self._target, name)

    def __dir__(self):
        return ["custom", "dir"]


class Target:
    def __init__(self):
        self.a = 1


t = Target()
p = Proxy(t)
print(p.a)
p.b = 2
del p.a
print(p.log, vars(t), dir(p))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)


class Counting:
    def __init__(self):
        self.x = 10

    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("secret is hidden")
        if not name.startswith("_"):
            print("  __getattribute__", name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback:" + name

    def method(self):
        return self.x


c = Counting()
print(c.x, c.method(), c.secret, c.nothing)
print(hasattr(c, "secret"), getattr(c, "other", "default-unused"))


class Plain:
    cls_attr = 1

    def __init__(self):
        self.__mangled = "m"

    def get(self):
        return self.__mangled


pl = Plain()
print(pl.get(), pl._Plain__mangled, sorted(vars(pl)))

def mangled_access(obj):
    return obj.__mangled   # no mangling outside a class body


for getter in (lambda: pl.nope, lambda: Plain.nope, lambda: None.nope, lambda: (1).nope, lambda: "s".nope,
               lambda: mangled_access(pl), lambda: [].nope, lambda: len.nope):
    try:
        getter()
    except AttributeError as e:
        print("AttributeError:", e, "| name:", e.name, "| obj type:", type(e.obj).__name__)
import math
try:
    math.tau_nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    pl.cls_atr
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(pl, "nope", "dflt"), hasattr(pl, "cls_attr"), hasattr(pl, "zzz"))
setattr(pl, "dyn", 5)
delattr(pl, "dyn")
try:
    delattr(pl, "dyn")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(pl, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.x = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del int.real
except TypeError as e:
    print("TypeError:", e)


class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError("Frozen is immutable: %s" % name)


try:
    Frozen().x = 1
except AttributeError as e:
    print("AttributeError:", e)


class GetattrRaisesOther:
    def __getattr__(self, name):
        raise KeyError(name)


try:
    GetattrRaisesOther().q
except KeyError as e:
    print("KeyError from __getattr__:", e)
print(hasattr(Proxy(Target()), "a"))
try:
    hasattr(GetattrRaisesOther(), "q")
except KeyError as e:
    print("hasattr propagates KeyError:", e)


class ModuleLike:
    __slots__ = ()

    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


print(ModuleLike().dyn_value)
try:
    ModuleLike().other
except AttributeError as e:
    print("AttributeError:", e)
