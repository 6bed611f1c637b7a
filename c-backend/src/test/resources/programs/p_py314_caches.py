"""Attribute caches against CPython 3.14's instance layouts (the corpus builds this for 3.14 and later only):
inline values after the type's own fields (a class with __slots__ and __dict__, a subclass of a class with
values that adds slots, subclasses of list and dict), read and written through the same sites as slots of
the same instances; instances of those classes whose __dict__ is materialised, replaced (by a dict and by a
dict subclass), deleted; __class__ assigned between such classes; subclasses of int (a managed dict without
inline values) and of Exception (a dict at an offset); class attributes, methods and properties rebound,
re-initialised and shadowed while the sites are warm; and more receiver types than a site keeps entries for.
Each case loops through the same sites and prints what they read."""


def show(label, value):
    print(label, value)


def read_x(o):
    return o.x


def read_s(o):
    return o.s


def read_k(o):
    return o.k


def read_p(o):
    return o.p


def call_m(o):
    return o.m()


def write_x(o, v):
    o.x = v


def write_s(o, v):
    o.s = v


def guarded(f, *args):
    try:
        return f(*args)
    except (AttributeError, TypeError) as e:
        return "%s: %s" % (type(e).__name__, e)


# ---- slots before the inline values ---------------------------------------------------------------------


class S:
    __slots__ = ("s", "t", "__dict__")
    k = "S.k"

    def __init__(self, s, x):
        self.s = s
        self.t = "t"
        self.x = x

    def m(self):
        return "S.m"


class A:
    k = "A.k"

    def __init__(self, x):
        self.x = x

    def m(self):
        return "A.m"


class B(A):
    __slots__ = ("s",)                   # A's values move past B's slot

    def __init__(self, s, x):
        A.__init__(self, x)
        self.s = s


class L(list):
    k = "L.k"

    def m(self):
        return "L.m %d" % len(self)


class D(dict):
    k = "D.k"

    def m(self):
        return "D.m %d" % len(self)


def slots_and_values():
    objs = [S(1, 10), B(2, 20), S(3, 30), B(4, 40)]
    objs2 = [L([1]), D(a=1)]
    for n, o in enumerate(objs2):
        o.x = 50 + n
    out = []
    for i in range(48):
        o = objs[i % 4]
        s = guarded(read_s, o)
        write_s(o, s + 1 if isinstance(s, int) else 0)
        write_x(o, read_x(o) + 100)
        o2 = objs2[i % 2]
        write_x(o2, read_x(o2) + 1)
        out.append((type(o).__name__, s, read_s(o), read_x(o), read_k(o), call_m(o), o.t if type(o) is S else None,
                    type(o2).__name__, read_x(o2), read_k(o2), call_m(o2), len(o2)))
        if i == 8:
            vars(objs[0])                # a dict shares S's values
            objs[1].y = "B's y"
        elif i == 16:
            objs[2].__dict__ = {"x": -3, "k": "S instance k"}
            objs[3].m = lambda: "B instance m"
        elif i == 24:
            del objs[3].m
            del objs[0].x
            objs[0].x = 7
            objs2[0].k = "L instance k"
        elif i == 32:
            del objs[1].s                # an empty slot: the slot entry must not read it (the next read raises)
        elif i == 38:
            objs[1].s = 99
            del objs2[0].k
            for j in range(35):          # past the shared keys
                setattr(objs[2], "z%d" % j, j)
                setattr(objs2[1], "z%d" % j, j)
    for row in out:
        show("slots and values", row)
    show("slots and values dicts", [sorted(vars(o))[:4] for o in objs + objs2])


slots_and_values()


# ---- __dict__ replaced by a dict subclass, and deleted ------------------------------------------------------


class MyDict(dict):
    def __getitem__(self, key):
        return "MyDict.__getitem__ " + key


class T:
    k = "T.k"

    def __init__(self, x):
        self.x = x

    def m(self):
        return "T.m"


def dict_replaced():
    objs = [T(i) for i in range(3)]
    out = []
    for i in range(36):
        o = objs[i % 3]
        x = guarded(read_x, o)
        write_x(o, (x + 1) if isinstance(x, int) else 0)
        out.append((i % 3, x, guarded(read_x, o), read_k(o), call_m(o), type(o.__dict__).__name__))
        if i == 6:
            objs[0].__dict__ = MyDict(x=1000)
        elif i == 12:
            del objs[1].__dict__         # the values are gone with it: a new, empty dict next time
        elif i == 18:
            objs[2].__dict__ = MyDict(x=2000, k="MyDict k", m=lambda: "MyDict m")
        elif i == 24:
            objs[0].__dict__["x"] = "set in MyDict"
            del objs[2].__dict__["k"]
    for row in out:
        show("dict replaced", row)


dict_replaced()


# ---- __class__ assigned between classes with slots and values ------------------------------------------------


class S2:
    __slots__ = ("s", "t", "__dict__")
    k = "S2.k"

    def __init__(self, s, x):
        self.s = s
        self.t = "t2"
        self.y = "S2's y"
        self.x = x

    def m(self):
        return "S2.m"


def class_swaps():
    objs = [S(1, 1), S(2, 2), S2(3, 3), S2(4, 4)]
    out = []
    for i in range(40):
        o = objs[i % 4]
        write_x(o, read_x(o) + 1)
        write_s(o, read_s(o) + 10)
        out.append((type(o).__name__, read_x(o), read_s(o), read_k(o), call_m(o), guarded(lambda: o.y)))
        if i == 9:
            objs[0].__class__ = S2
            objs[2].__class__ = S
        elif i == 21:
            objs[0].__class__ = S
            objs[1].__class__ = S2
            objs[1].y = "y after the swap"
    for row in out:
        show("class swaps", row)


class_swaps()


# ---- a managed dict without inline values, and a dict at an offset ----------------------------------------------


class I(int):
    k = "I.k"

    def m(self):
        return "I.m %d" % self


class E(Exception):
    k = "E.k"

    def m(self):
        return "E.m %s" % (self.args,)


def other_layouts():
    objs = [I(1), I(2), E("a"), E("b")]
    for n, o in enumerate(objs):
        o.x = n
    out = []
    for i in range(40):
        o = objs[i % 4]
        write_x(o, read_x(o) + 1)
        out.append((type(o).__name__, read_x(o), read_k(o), call_m(o)))
        if i == 10:
            objs[0].k = "I instance k"
            objs[2].m = lambda: "E instance m"
        elif i == 20:
            del objs[0].k
            del objs[2].m
            objs[1].__dict__ = {"x": 500}
            objs[3].__dict__ = {"x": 600, "k": "E dict k"}
        elif i == 30:
            for j in range(35):
                setattr(objs[0], "z%d" % j, j)
                setattr(objs[2], "z%d" % j, j)
    for row in out:
        show("other layouts", row)


other_layouts()


# ---- class attributes, methods and properties changing under warm sites -------------------------------------


class C:
    k = "C.k"

    def __init__(self):
        self.x = 1
        self._p = "p value"

    def m(self):
        return "C.m"

    @property
    def p(self):
        return "C.p " + self._p


def get_p2(self):
    return "get_p2 " + self._p


def class_changes():
    objs = [C(), C()]
    prop = C.__dict__["p"]
    out = []
    for i in range(40):
        o = objs[i % 2]
        out.append((read_x(o), guarded(read_k, o), call_m(o), guarded(read_p, o)))
        if i == 5:
            C.k = "C.k rebound"
        elif i == 10:
            C.m = lambda self: "C.m rebound"
        elif i == 15:
            prop.__init__(get_p2)        # the same property, another getter: the class keeps its version
        elif i == 20:
            C.p = property(lambda self: "lambda p")
        elif i == 25:
            del C.p
            objs[0].p = "instance p"     # no descriptor left: the instance's own
        elif i == 30:
            C.p = 42                     # a class constant shadowed by objs[0]'s
            del C.k
    for row in out:
        show("class changes", row)


class_changes()


# ---- more receiver types than a site keeps entries for ------------------------------------------------------------


def many_types():
    classes = []
    for n in range(7):
        ns = {"k": "K%d" % n, "m": (lambda n: lambda self: "m%d" % n)(n)}
        if n % 3 == 1:
            ns["__slots__"] = ("x", "__dict__")
        classes.append(type("M%d" % n, (L if n == 5 else object,), ns))
    objs = []
    for cls in classes:
        o = cls()
        o.x = 0
        objs.append(o)
    out = []
    for i in range(70):
        o = objs[(i * 3) % 7]
        write_x(o, read_x(o) + 1)
        out.append((type(o).__name__, read_x(o), read_k(o), call_m(o)))
        if i == 35:
            classes[1].k = "K1 rebound"
            objs[4].k = "instance k"
    for row in out:
        show("many types", row)


many_types()
