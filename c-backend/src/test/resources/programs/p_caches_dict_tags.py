"""Attribute and global caches against what CPython 3.11's guards look at (a module attribute's entry
kept while the module's dict keeps its version tag; instance values in the word before the object,
which a materialised __dict__ takes over; stores into a materialised dict left to the generic path),
and the same programs on 3.12 and 3.13: module attributes read through one site while the module's
dict changes under it (the attribute rebound, other names added and deleted, the attribute deleted
and put back, a non-str key added, the dict cleared and refilled through __dict__), modules of a
subclass of the module type and with a module __getattr__, the program's own module read as a module
while its globals change; instances whose __dict__ is materialised, deleted and recreated while the
same sites read, write and call through them (a method and a class constant shadowed by a later
instance attribute, and unshadowed again); writes into a materialised dict seen through the dict
afterwards (order, values); LOAD_GLOBAL sites while a global counter changes (3.11: the globals'
tag with it, so the entry of the name in the globals' keys is tried), a builtin is shadowed by a global
and the global deleted again, a global is deleted and added again (another entry), the globals' keys
are replaced by bigger ones and turned into keys of any object, and in an exec namespace. Each while a loop runs through the same sites."""
import sys
import types

this = sys.modules[__name__]
counter = 0


def read_val(m):
    return m.val


def read_pi(m):
    return m.pi


def guarded(f, *args):
    try:
        return f(*args)
    except AttributeError as e:
        return "AttributeError: " + str(e)


# ---- module attributes ---------------------------------------------------------------------------------

class SubModule(types.ModuleType):
    @property
    def val(self):
        return "property of the subclass"


def module_attrs():
    m = types.ModuleType("mod_a")
    m.val = 0
    out = []
    for i in range(12):
        out.append(guarded(read_val, m))
        if i == 1:
            m.val = "rebound"
        elif i == 2:
            m.other = i            # another name: the dict changes, val does not
        elif i == 3:
            del m.other
        elif i == 4:
            del m.val
        elif i == 5:
            m.val = "back"
        elif i == 6:
            m.__dict__[1] = "int key"
        elif i == 7:
            m.__dict__.clear()
        elif i == 8:
            m.__dict__.update(val="refilled")
        elif i == 9:
            m.__getattr__ = lambda name: "module getattr " + name
            del m.val
        elif i == 10:
            m.val = 10
    print("module", out)
    mods = [types.ModuleType("mod_b"), SubModule("mod_c"), types.ModuleType("mod_d")]
    mods[0].val = "b"
    mods[2].val = "d"
    print("modules", [guarded(read_val, mods[i % 3]) for i in range(7)])
    import math
    print("math", [read_pi(math) for _ in range(3)], end=" ")
    saved = math.pi
    math.pi = 3
    print(read_pi(math), end=" ")
    math.pi = saved
    print(read_pi(math))


def read_counter(m):
    return m.counter


def own_module():
    global counter
    out = []
    for i in range(6):
        out.append(read_counter(this))
        counter += i
        if i == 3:
            this.late = "late"
    print("own module", out, this.late)


# ---- instance values and materialised dicts --------------------------------------------------------------

class Obj:
    const = "class const"

    def __init__(self, a):
        self.a = a
        self.b = a * 2

    def meth(self):
        return "method"


def read_a(o):
    return o.a


def read_const(o):
    return o.const


def call_meth(o):
    return o.meth()


def write_b(o, v):
    o.b = v


def dicts():
    o = Obj(1)
    p = Obj(2)
    out = []
    for i in range(10):
        write_b(o, i)
        out.append((guarded(read_a, o), read_const(o), guarded(call_meth, o), o.b, read_a(p), call_meth(p)))
        if i == 1:
            vars(o)                      # materialised: the dict takes the values over
        elif i == 2:
            o.const = "shadowed"         # into the dict
            o.meth = lambda: "shadowing method"
        elif i == 3:
            del o.const
            del o.meth
        elif i == 4:
            del o.__dict__               # no dict, no values
        elif i == 5:
            o.a = "new a"                # a new dict
        elif i == 6:
            o.__dict__ = {"a": "replaced", "const": "dict const"}
        elif i == 7:
            o.__dict__ = {1: "int key", "a": "with int key"}
        elif i == 8:
            vars(p)
            p.const = "p shadowed"
    print("dicts", out)
    print("order", list(vars(o).items()), list(vars(p).items()))


# ---- LOAD_GLOBAL ------------------------------------------------------------------------------------------

def use_globals():
    return (counter, len("abc"))


def globals_change():
    global counter, len
    out = []
    for i in range(8):
        out.append(use_globals())
        counter += 1
        if i == 2:
            len = lambda s: "global len"
        elif i == 4:
            del len
        elif i == 5:
            globals()["extra" + str(i)] = i
    print("globals", out)


def read_moved():
    return (moved, abs(-2))


def globals_moved():
    global moved, counter
    moved = "first"
    out = []
    for i in range(9):
        out.append(read_moved())
        counter += 1                                  # the globals' tag changes at every step
        if i == 1:
            del moved
            moved = "re-added"                        # another entry of the keys
        elif i == 2:
            for k in range(40):
                globals()["filler%d" % k] = k         # the keys grow: a new keys object
        elif i == 3:
            globals()["abs"] = lambda x: "global abs"
        elif i == 4:
            del globals()["abs"]
        elif i == 5:
            globals()[("not", "str")] = 1             # keys of any object
        elif i == 6:
            del globals()[("not", "str")]
            moved = "after general keys"
    print("moved", out)
    ns = {"moved": "exec namespace"}
    exec("def f():\n    return moved, abs(-3)\nr = [f() for _ in range(3)]", ns)
    print("exec", ns["r"])


module_attrs()
own_module()
globals_moved()
dicts()
globals_change()
for _ in range(2):     # again, the sites warm
    module_attrs()
    dicts()
