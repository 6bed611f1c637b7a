"""Attribute caches against the instance layouts of CPython 3.13 (and 3.12's for the same programs): an
instance's attributes in values inline after its header while they are valid, shared by its __dict__
once materialised, and no longer valid (the managed dict holds them) once that dict is grown past the
class's shared keys, replaced, or taken over by another instance; a dict sharing the values cleared,
added to and deleted from through the dict while the same sites read and write; the class's shared keys
full (instances created before their attributes are set shrink what the keys may still take, so late
names go to a dict of their own); __class__ assigned between classes whose shared keys differ; classes
whose instances have a managed dict but no inline values (subclasses of builtins, __slots__ with
__dict__), read, written and called through the same sites; methods and class constants shadowed by
instance attributes added later through either the values or the dict; and LOAD_GLOBAL sites while
the globals' keys change and their values are rebound. Each while a loop runs through the same sites."""


def show(label, value):
    print(label, value)


def read_x(o):
    return o.x


def read_y(o):
    return o.y


def read_k(o):
    return o.k


def call_m(o):
    return o.m()


def write_x(o, v):
    o.x = v


def write_y(o, v):
    o.y = v


def guarded(f, *args):
    try:
        return f(*args)
    except AttributeError as e:
        return "AttributeError: %s" % e


class P:
    k = "class k"

    def __init__(self, x):
        self.x = x

    def m(self):
        return "P.m"


# ---- a materialised __dict__ sharing the values -------------------------------------------------------


def shared_dict():
    a = P(1)
    for i in range(5):
        write_x(a, read_x(a) + 1)        # the sites learn a's layout
    d = vars(a)                          # the dict shares the values
    out = []
    for i in range(30):
        x = guarded(read_x, a)
        write_x(a, x + 1 if isinstance(x, int) else 0)   # a store with a dict present
        out.append((x, read_x(a), guarded(read_y, a), read_k(a), call_m(a), len(d), sorted(d)[:4]))
        if i == 3:
            write_y(a, "y through the site")   # a new attribute: the dict counts it
        elif i == 6:
            d["y"] = "y through the dict"
        elif i == 9:
            del d["y"]
        elif i == 12:
            d.clear()                    # values stay, all gone
        elif i == 13:
            write_x(a, 100)
        elif i == 16:
            d["k"] = "k in the dict"     # shadows the class constant
            d["m"] = lambda: "m in the dict"
        elif i == 19:
            del d["k"]
            del d["m"]
        elif i == 22:
            for j in range(40):          # past the shared keys: the dict is resized, the values no longer valid
                d["extra%d" % j] = j
        elif i == 25:
            write_y(a, "y after the resize")
            d["m"] = lambda: "m after the resize"
    for row in out:
        show("shared", row)
    show("shared dict", (list(d)[:5], len(d), d is vars(a)))


shared_dict()


# ---- __dict__ taken over by another instance, then replaced --------------------------------------------


def taken_over():
    a = P("a")
    b = P("b")
    vars(a)
    b.__dict__ = a.__dict__              # b reads a's values through a's dict
    out = []
    for i in range(24):
        out.append((read_x(a), read_x(b), guarded(read_y, b), call_m(b)))
        if i % 4 == 1:
            write_x(b, "b%d" % i)        # seen by a
        if i == 6:
            write_y(a, "a.y")
        elif i == 10:
            a.__dict__ = {"x": "a's new dict"}   # a's values leave for its old dict, which b keeps
        elif i == 14:
            write_x(a, "a again")
            write_y(b, "b.y")
        elif i == 18:
            b.__dict__ = {"x": "b's own", "m": lambda: "b's m"}
    for row in out:
        show("taken over", row)
    show("taken over dicts", (sorted(vars(a).items()), sorted(vars(b))))


taken_over()


# ---- shared keys that cannot take new names ------------------------------------------------------------


class Full:
    k = "Full.k"

    def m(self):
        return "Full.m"


def full_keys():
    crowd = [Full() for _ in range(40)]  # each instance made shrinks what the shared keys may still take
    for i, o in enumerate(crowd):
        setattr(o, "n%d" % (i % 35), i)
        o.x = i
    early = crowd[0]
    late = crowd[-1]
    late.y = "late y"                    # maybe in the values, maybe in a dict of its own
    out = []
    for i in range(30):
        o = crowd[(i * 7) % len(crowd)]
        write_x(o, read_x(o) + 1)
        out.append((read_x(o), guarded(read_y, o), read_k(o), call_m(o)))
        if i == 10:
            late.k = "late shadows k"
            early.m = lambda: "early shadows m"
        elif i == 20:
            for o2 in crowd:
                o2.y = "y for all"
    for row in out:
        show("full keys", row)
    show("full keys late", (sorted(vars(late))[:4], read_k(late), read_y(late)))


full_keys()


# ---- __class__ assigned between classes of different shared keys -----------------------------------------


class Q:
    k = "Q.k"

    def __init__(self):
        self.y = "Q's y"
        self.x = "Q's x"

    def m(self):
        return "Q.m"


def class_swaps():
    objs = [P(i) for i in range(3)] + [Q() for _ in range(3)]
    out = []
    for i in range(36):
        o = objs[i % 6]
        write_x(o, (read_x(o), i)[1])
        out.append((type(o).__name__, read_x(o), guarded(read_y, o), read_k(o), call_m(o)))
        if i == 11:
            objs[0].__class__ = Q        # P's values become a dict on P's keys, read through Q's entries
            objs[3].__class__ = P
        elif i == 23:
            objs[0].__class__ = P
            write_y(objs[0], "y after coming back")
    for row in out:
        show("class swaps", row)


class_swaps()


# ---- a managed dict without inline values -----------------------------------------------------------------


class L(list):
    k = "L.k"

    def m(self):
        return "L.m %d" % len(self)


class S:
    __slots__ = ("s", "__dict__")
    k = "S.k"

    def m(self):
        return "S.m"


def no_inline_values():
    objs = [L([1]), L([1, 2]), S(), S()]
    for n, o in enumerate(objs):
        o.x = n
    objs[1].y = "L y"
    vars(objs[3])
    out = []
    for i in range(40):
        o = objs[i % 4]
        write_x(o, read_x(o) + 1)
        out.append((type(o).__name__, read_x(o), guarded(read_y, o), read_k(o), call_m(o)))
        if i == 12:
            objs[0].k = "instance k"
            objs[2].m = lambda: "instance m"
        elif i == 20:
            del objs[0].k
            del objs[2].m
            for j in range(35):
                setattr(objs[1], "z%d" % j, j)   # past the shared keys
        elif i == 28:
            objs[3].__dict__ = {"x": -1, "y": "S's new dict"}
            del objs[1].x
            objs[1].x = 1000
    for row in out:
        show("no inline values", row)


no_inline_values()


# ---- methods and constants shadowed after the entry was made ----------------------------------------------


class Grow:
    k = "Grow.k"

    def __init__(self):
        self.a = 1

    def m(self):
        return "Grow.m"


def shadowing():
    objs = [Grow() for _ in range(4)]
    out = []
    for i in range(32):
        o = objs[i % 4]
        out.append((read_k(o), call_m(o)))
        if i == 5:
            objs[1].other = 1            # the shared keys grow: the entries' quick proof no longer holds
        elif i == 9:
            objs[2].k = "values k"       # a new name in the shared keys, set in the values
            objs[3].m = lambda: "values m"
        elif i == 17:
            vars(objs[0])["k"] = "dict k"   # through a dict sharing the values
        elif i == 25:
            del objs[2].k
            del objs[3].m
            del vars(objs[0])["k"]
    for row in out:
        show("shadowing", row)


shadowing()


# ---- LOAD_GLOBAL while the globals change --------------------------------------------------------------------

counter = 0
late_global = None
del late_global


def read_globals():
    return counter, len("ab"), P.k


def read_late():
    try:
        return late_global
    except NameError as e:
        return "NameError: %s" % e


def globals_change():
    global counter
    out = []
    g = globals()
    for i in range(30):
        counter += i                     # values rebound: the keys unchanged
        out.append((read_globals(), read_late()))
        if i == 5:
            g["late_global"] = "added"   # the keys change
        elif i == 10:
            g["len"] = lambda s: "shadowed len"
        elif i == 15:
            del g["len"]
            del g["late_global"]
        elif i == 20:
            for j in range(50):          # the globals' keys resized
                g["filler%d" % j] = j
            g["late_global"] = "after the resize"
    for row in out:
        show("globals", row)
    for j in range(50):
        del g["filler%d" % j]


globals_change()
