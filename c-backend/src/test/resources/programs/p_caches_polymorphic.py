"""Attribute and global caches with several entries per site, instance dicts, backoff and keys versions:
sites that see 1, 2, 4 and 5+ classes in turn and interleaved (more than the entries a site has);
instances whose __dict__ is materialised (vars(), o.__dict__, setattr with names that are not
identifiers, many attributes, deleted attributes, a replaced __dict__, __class__ reassigned) read and
written through the same sites; class attributes added, replaced and deleted while a loop runs;
properties, __slots__, data and non-data descriptors (and a descriptor's class gaining __get__ or
__set__ mid-loop), __getattr__ fallback, __getattribute__ overrides, metaclasses and their
attributes, class attributes through instances and through the class; module attributes rebound and
deleted mid-loop (AttributeError), several modules through one site; globals rebound and deleted
mid-loop (NameError), a global shadowing a builtin added and deleted, `global counter; counter += 1`,
the globals changed through globals()[...] and exec. Each while a loop runs through the same site.
(p_uncaught_cache_guard ends with the uncaught error of a guard that fails for good.)"""
import sys
import types


def show(label, value):
    print(label, value)


# ---- several classes through one site -------------------------------------------------------------


def make_classes(n):
    classes = []
    for i in range(n):
        ns = {"tag": "C%d" % i}
        exec("def __init__(self, v):\n    self.pad%d = 0\n    self.v = v\n" % i, ns)
        exec("def get(self):\n    return ('%d', self.v)\n" % i, ns)
        del ns["__builtins__"]
        classes.append(type("C%d" % i, (object,), ns))
    return classes


def read_v(o):
    return o.v


def read_tag(o):
    return o.tag


def call_get(o):
    return o.get()


def write_v(o, x):
    o.v = x


def polymorphic(n, rounds, interleave):
    classes = make_classes(n)
    objs = [c(i) for i, c in enumerate(classes)]
    total = 0
    tags = []
    gets = []
    if interleave:
        order = [objs[(i * 7 + 3) % n] for i in range(rounds * n)]
    else:
        order = [o for o in objs for _ in range(rounds)]
    for k, o in enumerate(order):
        write_v(o, read_v(o) + k)
        total += read_v(o)
        if k % 3 == 0:
            tags.append(read_tag(o))
            gets.append(call_get(o))
    show("poly %d %s total" % (n, "interleaved" if interleave else "in turn"), total)
    show("  tags", tags[:12])
    show("  gets", gets[:6])


for n in (1, 2, 4, 5, 9):
    polymorphic(n, 40, False)
    polymorphic(n, 40, True)


# ---- instances with a materialised __dict__ -------------------------------------------------------


class Bag:
    shared = "class value"

    def __init__(self, a):
        self.a = a
        self.b = a * 2

    def meth(self):
        return "meth"


def read_a(o):
    return o.a


def read_b(o):
    return o.b


def read_shared(o):
    return o.shared


def call_meth(o):
    return o.meth()


def write_a(o, v):
    o.a = v


def write_b(o, v):
    o.b = v


def dict_instances():
    plain = Bag(1)
    viewed = Bag(2)
    vars(viewed)                     # a dict made from the values
    dunder = Bag(3)
    dunder.__dict__["extra"] = "x"   # a dict made and grown
    odd = Bag(4)
    setattr(odd, "not an identifier", 1)
    setattr(odd, "1st", 2)
    many = Bag(5)
    for i in range(40):              # more than the shared keys hold
        setattr(many, "attr%d" % i, i)
    deleted = Bag(6)
    vars(deleted)
    del deleted.b
    replaced = Bag(7)
    replaced.__dict__ = {"a": 70, "b": 71, "meth": lambda: "shadowing lambda"}
    objs = [plain, viewed, dunder, odd, many, deleted, replaced]
    out = []
    for k in range(60):
        o = objs[k % len(objs)]
        write_a(o, read_a(o) + 1)
        try:
            b = read_b(o)
        except AttributeError as e:
            b = "AttributeError: %s" % e
            write_b(o, k)            # put it back through the store site
        out.append((read_a(o), b, read_shared(o), call_meth(o)))
        if k == 30:
            del many.attr3
            vars(plain)              # materialised mid-loop
            del odd.a                # read_a must now fail for odd
            odd.a = 100
            dunder.shared = "instance shadows class"
            viewed.meth = lambda: "instance shadows method"
        if k == 45:
            del dunder.shared
            del viewed.meth
    for row in out[::6]:
        show("dict", row)
    show("vars order", list(vars(plain)))
    show("vars order many", list(vars(many))[:6])
    show("vars deleted", sorted(vars(deleted)))


dict_instances()


def many_attrs_same_site():
    """Instances whose dicts differ in layout, through one read site and one write site."""
    objs = []
    for i in range(6):
        o = Bag(i)
        for j in range(i * 8):
            setattr(o, "z%d_%d" % (i, j), j)
        if i % 2:
            vars(o)
        objs.append(o)
    acc = 0
    for k in range(300):
        o = objs[k % 6]
        write_a(o, read_a(o) + k)
        acc += read_a(o)
        if k == 150:
            for o2 in objs:
                del o2.a
                o2.a = 0
    show("many attrs acc", acc)


many_attrs_same_site()


class Other:
    shared = "other class value"

    def __init__(self):
        self.a = "other a"
        self.b = "other b"

    def meth(self):
        return "other meth"


def class_reassigned():
    o = Bag(1)
    out = []
    for k in range(12):
        out.append((read_a(o), read_shared(o), call_meth(o)))
        if k == 4:
            o.__class__ = Other      # the values become a dict on Bag's keys
        if k == 8:
            o.__class__ = Bag
    show("class reassigned", out)


class_reassigned()


# ---- the class changes while a loop runs -------------------------------------------------------


class Mutable:
    k = 1

    def __init__(self):
        self.x = 10

    def m(self):
        return "m1"


def read_k(o):
    return o.k


def read_x(o):
    return o.x


def call_m(o):
    return o.m()


def class_changes():
    o = Mutable()
    out = []
    for i in range(40):
        try:
            k = Mutable.k
            out.append((read_k(o), read_x(o), call_m(o), k if isinstance(k, int) else type(k).__name__))
        except AttributeError as e:
            out.append("AttributeError: %s" % e)
        if i == 5:
            Mutable.k = 2
        elif i == 10:
            Mutable.m = lambda self: "m2"
        elif i == 15:
            del Mutable.k
        elif i == 20:
            Mutable.k = property(lambda self: "k as property")
        elif i == 25:
            Mutable.x = property(lambda self: "x as property (data descriptor wins)")
        elif i == 30:
            del Mutable.x
            Mutable.k = 3
        elif i == 35:
            Mutable.m = staticmethod(lambda: "static m")
    for row in out[::3]:
        show("class change", row)


class_changes()


def class_attr_counter():
    """A class attribute updated on every iteration (its version changes each time)."""
    class Counter:
        n = 0

        def __init__(self):
            self.step = 2

    c = Counter()
    for i in range(200):
        Counter.n = Counter.n + c.step
        if i == 100:
            c.step = 3
    show("class counter", (Counter.n, c.n))


class_attr_counter()


# ---- descriptors, properties, slots, __getattr__, __getattribute__, metaclasses ---------------------


class NonData:
    def __get__(self, obj, owner=None):
        return "non-data via %s" % ("instance" if obj is not None else "class")


class Data:
    def __get__(self, obj, owner=None):
        return "data descriptor"

    def __set__(self, obj, value):
        obj.__dict__["_data"] = value


class Plain2:
    pass


class Described:
    nd = NonData()
    dd = Data()
    plain = Plain2()
    __slots__ = ("s", "__dict__")

    def __init__(self):
        self.s = "slot value"

    @property
    def p(self):
        return "property of " + self.s


def read_nd(o):
    return o.nd


def read_dd(o):
    return o.dd


def read_plain(o):
    return type(o.plain).__name__ if not isinstance(o.plain, str) else o.plain


def read_s(o):
    return o.s


def read_p(o):
    return o.p


def descriptors():
    o = Described()
    out = []
    for i in range(30):
        try:
            row = (read_nd(o), read_dd(o), read_plain(o), read_s(o), read_p(o))
        except AttributeError as e:
            row = "AttributeError: %s" % e
        out.append(row)
        if i == 3:
            o.__dict__["nd"] = "instance shadows non-data"
            o.__dict__["dd"] = "instance cannot shadow data"
        elif i == 6:
            del o.__dict__["nd"]
        elif i == 9:
            Plain2.__get__ = lambda self, obj, owner=None: "Plain2 gained __get__"
        elif i == 12:
            o.__dict__["plain"] = "instance shadows plain"
        elif i == 15:
            Plain2.__set__ = lambda self, obj, value: None   # now a data descriptor: wins over the instance
        elif i == 18:
            del o.s
        elif i == 21:
            o.s = "slot again"
            del Plain2.__get__
        elif i == 24:
            NonData.__set__ = lambda self, obj, value: None
            NonData.__get__ = lambda self, obj, owner=None: "NonData now data"
    for row in out[::2]:
        show("descr", row)


descriptors()


class Fallback:
    def __init__(self):
        self.real = "real"

    def __getattr__(self, name):
        return "fallback " + name


class Intercept:
    def __init__(self):
        self.real = "real"

    def __getattribute__(self, name):
        if name == "real":
            return "intercepted"
        return object.__getattribute__(self, name)


class Late:
    def __init__(self):
        self.real = "real"


def read_real(o):
    return o.real


def read_missing(o):
    try:
        return o.missing
    except AttributeError as e:
        return "AttributeError: %s" % e


def getattr_hooks():
    objs = [Fallback(), Intercept(), Late()]
    out = []
    for i in range(24):
        o = objs[i % 3]
        out.append((type(o).__name__, read_real(o), read_missing(o)))
        if i == 11:
            Late.__getattr__ = lambda self, name: "late fallback " + name
            Late.__getattribute__ = lambda self, name: "late intercept " + name
        if i == 17:
            del Late.__getattribute__
    for row in out[::2]:
        show("hooks", row)


getattr_hooks()


class Meta(type):
    meta_attr = "from the metaclass"

    @property
    def meta_prop(cls):
        return "meta property of " + cls.__name__


class WithMeta(metaclass=Meta):
    own = "own class attr"

    @classmethod
    def cm(cls):
        return "classmethod of " + cls.__name__

    @staticmethod
    def sm():
        return "staticmethod"

    def method(self):
        return "method"


class SubMeta(WithMeta):
    own = "sub's own"


def read_own(c):
    return c.own


def read_meta_attr(c):
    return c.meta_attr


def read_meta_prop(c):
    return c.meta_prop


def call_cm(c):
    return c.cm()


def call_sm(c):
    return c.sm()


def read_method_on_class(c):
    return c.method.__name__


def metaclasses():
    classes = [WithMeta, SubMeta, Bag, int, WithMeta(), SubMeta()]
    out = []
    for i in range(36):
        c = classes[i % len(classes)]
        row = []
        for f in (read_own, read_meta_attr, read_meta_prop, call_cm, call_sm, read_method_on_class):
            try:
                row.append(f(c))
            except (AttributeError, TypeError) as e:
                row.append("%s: %s" % (type(e).__name__, e))
        out.append(tuple(row))
        if i == 12:
            Meta.own = property(lambda cls: "meta data descriptor wins")
        elif i == 18:
            del Meta.own
            WithMeta.meta_attr = "class shadows meta"
        elif i == 24:
            Meta.__getattribute__ = lambda cls, name: "meta intercept " + name
        elif i == 30:
            del Meta.__getattribute__
    for row in out[::3]:
        show("meta", row)


metaclasses()


def class_attrs_both_ways():
    objs = [Bag(1), Bag, Other(), Other]
    out = []
    for i in range(20):
        o = objs[i % 4]
        out.append(read_shared(o))
        if i == 9:
            Bag.shared = "rebound"
            Other.shared = "other rebound"
    show("class attrs", out)


class_attrs_both_ways()


class Slots1:
    __slots__ = ("v", "w")

    def __init__(self, v):
        self.v = v


class Slots2(Slots1):
    __slots__ = ("u",)

    def __init__(self, v):
        self.u = 0
        self.v = v


def slots():
    objs = [Slots1(1), Slots2(2), Bag(3)]
    objs[2].v = 3
    out = []
    for i in range(30):
        o = objs[i % 3]
        try:
            write_v(o, read_v(o) + 1)
            out.append(read_v(o))
        except AttributeError as e:
            out.append("AttributeError: %s" % e)
            o.v = 0
        if i == 10:
            del objs[0].v
        if i == 20:
            del objs[1].v
    show("slots", out)
    try:
        objs[0].w
    except AttributeError as e:
        show("slots unset", e)


slots()


class Const:
    def __init__(self, name):
        self.name = name


class OtherConst:
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        return "OtherConst.__get__ of " + self.name


class HasConsts:
    C = Const("c")
    D = Const("d")

    def __init__(self):
        self.x = 1


def read_c(o):
    c = o.C
    return c if isinstance(c, str) else c.name


def mutable_constants():
    """Class attributes whose own class is the program's: the class gaining or losing __get__, or the
    attribute's __class__ reassigned, changes what reading them gives, through instances and the class."""
    import enum

    class Color(enum.Enum):
        RED = 1
        GREEN = 2

    h = HasConsts()
    out = []
    for i in range(36):
        out.append((read_c(h), read_c(HasConsts), Color.RED.value, Color.GREEN.name))
        if i == 6:
            Const.__get__ = lambda self, obj, owner=None: "Const.__get__ of %s (%s)" % (
                self.name, "instance" if obj is not None else "class")
        elif i == 12:
            del Const.__get__
        elif i == 18:
            vars(HasConsts)["C"].__class__ = OtherConst
        elif i == 24:
            vars(HasConsts)["C"].__class__ = Const
            Const.__set__ = lambda self, obj, value: None   # data descriptor without __get__: still itself
        elif i == 30:
            h.__dict__["C"] = "instance shadows C"
    for row in out[::3]:
        show("mutable consts", row)


mutable_constants()


# ---- module attributes ---------------------------------------------------------------------------


mod_a = types.ModuleType("mod_a")
mod_a.value = 1
mod_a.func = lambda: "mod_a.func"
mod_b = types.ModuleType("mod_b")
mod_b.value = 100
mod_b.func = lambda: "mod_b.func"


def read_value(m):
    return m.value


def call_func(m):
    return m.func()


def modules():
    out = []
    for i in range(40):
        m = mod_a if i % 3 else mod_b
        try:
            out.append((read_value(m), call_func(m)))
        except AttributeError as e:
            out.append("AttributeError: %s" % e)
        if i == 5:
            mod_a.value = 2                    # rebound: same keys
        elif i == 10:
            mod_a.new_attr = 0                 # a new key: the keys change
        elif i == 15:
            del mod_a.value                    # deleted: AttributeError
        elif i == 20:
            mod_a.value = 3
            mod_a.__getattr__ = lambda name: "module __getattr__ " + name
        elif i == 25:
            del mod_a.value                    # now found by the module's __getattr__
        elif i == 30:
            del mod_a.__getattr__
            mod_a.value = 4
            mod_b.func = lambda: "mod_b.func rebound"
    for row in out[::2]:
        show("module", row)


modules()


def module_attr_deleted_in_loop():
    mod_a.value = 1
    total = 0
    try:
        for i in range(100):
            total += read_value(mod_a)
            if i == 60:
                del mod_a.value
    except AttributeError as e:
        show("module deleted", (total, str(e)))


module_attr_deleted_in_loop()


def sys_module_attrs():
    out = []
    for i in range(10):
        out.append(sys.maxsize > 0 and len(sys.argv) >= 0)
    show("sys attrs", out)


sys_module_attrs()


# ---- globals ---------------------------------------------------------------------------------------


counter = 0
g_value = "first"


def bump():
    global counter
    counter += 1
    return counter


def read_g():
    return g_value


def read_len():
    return len


def counters():
    for i in range(500):
        bump()
    show("counter", counter)


counters()


def globals_rebound():
    global g_value
    out = []
    for i in range(30):
        try:
            out.append(read_g())
        except NameError as e:
            out.append("NameError: %s" % e)
        if i == 5:
            g_value = "second"
        elif i == 10:
            globals()["g_value"] = "through globals()"
        elif i == 15:
            exec("g_value = 'through exec'", globals())
        elif i == 20:
            del g_value
        elif i == 24:
            exec("g_value = 'back'", globals())
        if i % 7 == 0:
            globals()["g_filler_%d" % i] = i      # new keys: the globals' keys change
    show("globals", out)


globals_rebound()


def builtin_shadowed():
    out = []
    for i in range(30):
        out.append(read_len().__name__ if hasattr(read_len(), "__name__") else str(read_len()))
        if i == 8:
            globals()["len"] = "global len"
        elif i == 16:
            del globals()["len"]
        elif i == 20:
            import builtins
            builtins.len = "builtin replaced"
        elif i == 24:
            import builtins
            builtins.len = _saved_len
    show("builtin shadow", out)


import builtins as _builtins
_saved_len = _builtins.len
builtin_shadowed()
_builtins.len = _saved_len


def global_deleted_in_loop():
    global g_value
    g_value = 1
    total = 0
    try:
        for i in range(50):
            total += read_g()
            if i == 30:
                del g_value
    except NameError as e:
        show("global deleted", (total, str(e)))


global_deleted_in_loop()


def exec_with_other_globals():
    src = "def f():\n    return (x, len('ab'))\n"
    results = []
    for i in range(6):
        ns = {"x": i}
        if i == 3:
            ns["len"] = lambda s: "ns len"
        exec(src, ns)
        results.append(ns["f"]())
    show("exec globals", results)


exec_with_other_globals()


def global_counter_and_new_globals():
    global counter
    counter = 0
    for i in range(120):
        bump()
        if i % 10 == 0:
            globals()["g_more_%d" % i] = i
        if i % 50 == 0:
            del globals()["g_more_%d" % i]
    show("counter with new globals", counter)


global_counter_and_new_globals()


def values_deleted_and_back():
    """An attribute of the values (no dict) deleted and set again under a read and a write site."""
    objs = [Bag(i) for i in range(3)]
    out = []
    for k in range(30):
        o = objs[k % 3]
        try:
            out.append(read_b(o))
        except AttributeError as e:
            out.append("AttributeError: %s" % e)
            write_b(o, -k)
        if k == 10:
            del objs[1].b
        if k == 20:
            del objs[2].b
            del objs[2].a
    show("values deleted", out)
    show("values order", [list(vars(o)) for o in objs])


values_deleted_and_back()


class DictSub(dict):
    def __getitem__(self, key):
        return "DictSub.__getitem__ is not used for attributes"


def function_and_subclass_dicts():
    def f():
        pass

    f.attr = 1
    o = Bag(1)
    o.__dict__ = DictSub(a=10, b=20)
    objs = [f, o, Bag(2)]
    out = []
    for k in range(24):
        x = objs[k % 3]
        if x is f:
            f.attr = f.attr + 1
            out.append(f.attr)
        else:
            write_a(x, read_a(x) + 1)
            out.append((read_a(x), read_b(x)))
        if k == 12:
            del f.attr
            f.attr = 100
            o.__dict__["c"] = "new key in the subclass dict"
    show("func and subclass dicts", out)


function_and_subclass_dicts()


def non_str_keys():
    """A non-str key in the globals and in a module's dict: their keys are no longer unicode-only."""
    out = []
    mod_a.value = 7
    for k in range(20):
        out.append((read_g(), read_value(mod_a), len("abc")))
        if k == 8:
            globals()[1] = "int key in globals"
            vars(mod_a)[2] = "int key in a module dict"
        if k == 14:
            mod_a.value = 8
            globals()["g_value"] = "after int key"
    del globals()[1]
    show("non-str keys", out)


g_value = "before int key"
non_str_keys()


class Reinit:
    @property
    def p(self):
        return "first getter"


def read_p(o):
    return o.p


def property_reinit():
    """property.__init__ called again on a cached property: a new getter while the class's version holds, the old
    one freed (nothing else refers to it)."""
    o = Reinit()
    out = [read_p(o) for _ in range(30)]
    Reinit.__dict__["p"].__init__(lambda self: "second getter")
    out += [read_p(o) for _ in range(5)]
    Reinit.__dict__["p"].__init__(None)
    try:
        out.append(read_p(o))
    except AttributeError as e:
        out.append("AttributeError: %s" % e)
    show("property reinit", out[-8:])


# CPython 3.14.3's own LOAD_ATTR_PROPERTY crashes (interpreted) on a property whose getter was replaced and freed:
# the case only runs where the interpreter survives it, and prints the same line either way elsewhere.
if sys.version_info[:2] != (3, 14):
    property_reinit()
else:
    print("property reinit: skipped on 3.14 (the interpreter itself crashes)")
