"""__module__ inference for objects created at module level via functions
that look at their caller's frame (sys._getframe(1).f_globals['__name__']):
collections.namedtuple, functional Enum/IntEnum/Flag, typing.NamedTuple
(functional and class), TypeVar/ParamSpec/NewType, TypedDict (functional),
dataclasses.make_dataclass; then pickle.dumps/loads round trips of their
instances/members (the module must be importable by name), plus pickling
of module-level functions/classes by reference and copy.deepcopy."""
import collections
import copy
import dataclasses
import enum
import pickle
import sys
import typing

NT = collections.namedtuple("NT", "a b")
Color = enum.Enum("Color", "RED GREEN BLUE")
Level = enum.IntEnum("Level", {"LOW": 1, "HIGH": 2})
Perm = enum.Flag("Perm", ["R", "W", "X"])
TNT = typing.NamedTuple("TNT", [("x", int), ("y", str)])
T = typing.TypeVar("T")
P = typing.ParamSpec("P")
UserId = typing.NewType("UserId", int)
TD = typing.TypedDict("TD", {"k": int})
DC = dataclasses.make_dataclass("DC", [("v", int)])


class ClassNT(typing.NamedTuple):
    p: int
    q: int = 0


def module_function():
    return "module function"


class ModuleClass:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, ModuleClass) and self.v == other.v


this = __name__
for name, obj in [("NT", NT), ("Color", Color), ("Level", Level), ("Perm", Perm), ("TNT", TNT), ("T", T), ("P", P),
                  ("UserId", UserId), ("TD", TD), ("DC", DC), ("ClassNT", ClassNT)]:
    print(name, "__module__ is this module:", getattr(obj, "__module__", None) == this)
print("caller module seen by a helper:", sys._getframe(0).f_globals["__name__"] == this)
values = [NT(1, 2), Color.GREEN, Level.HIGH, Perm.R | Perm.X, TNT(1, "y"), ClassNT(5), ModuleClass(9),
          module_function, ModuleClass, T, UserId, Color, NT]
for v in values:
    for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
        back = pickle.loads(pickle.dumps(v, protocol=proto))
        ok = back is v or back == v
        if not ok:
            print("MISMATCH", v, proto)
    shown = getattr(v, "__qualname__", None) or (repr(v) if not isinstance(v, ModuleClass) else "ModuleClass(%d)" % v.v)
    print("pickled:", shown, "ok")
print(copy.deepcopy(NT([1], [2])), copy.copy(Color.RED), copy.deepcopy(ClassNT(1, 2)))
if DC.__module__ == this:   # make_dataclass infers the module only since 3.12
    print(repr(pickle.loads(pickle.dumps(DC(7)))))
else:
    print("make_dataclass module not inferred:", DC.__module__)
print(type(pickle.loads(pickle.dumps(TNT(1, "a")))).__qualname__)


def made_in_function():
    Local = collections.namedtuple("Local", "z")
    LocalEnum = enum.Enum("LocalEnum", "A")
    return Local.__module__ == this, LocalEnum.__module__ == this


print("created in function:", made_in_function())
data = pickle.dumps([Color.RED, NT(Color.BLUE, TNT(2, "q"))])
print(pickle.loads(data))
print(enum.Enum("Explicit", "ONE", module="elsewhere").__module__, collections.namedtuple("E", "a", module="mod_x").__module__)
