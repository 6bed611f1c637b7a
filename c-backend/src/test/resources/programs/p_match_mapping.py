"""match mapping patterns: key literals and value patterns, extra keys
ignored, **rest capture (a new dict, key order preserved), nested mappings,
dotted-name keys, non-dict Mappings (and defaultdict not creating keys),
objects that are not mappings, get-based lookup with __missing__-free
semantics, duplicate-key errors raised at runtime by value patterns."""
import collections
import collections.abc


class Keys:
    ID = "id"


def mp(v):
    match v:
        case {}:
            if not v:
                return "empty mapping matched by {}"
            return "{} matches any mapping: %d keys" % len(v)


def m(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return "point %r,%r" % (x, y)
        case {"type": "circle", "r": (int() | float()) as r, **rest}:
            return "circle r=%r rest=%r" % (r, rest)
        case {Keys.ID: int(i), "tags": [*tags]}:
            return "id %d tags %r" % (i, tags)
        case {"nested": {"inner": {"deep": d}}}:
            return "deep %r" % (d,)
        case {1: "one", None: n, 2.5: t}:
            return "odd keys %r %r" % (n, t)
        case {"only": _, **rest} if not rest:
            return "exactly one key"
        case {**everything}:
            return "rest-all %r (%s)" % (everything, type(everything).__name__)
    return "not a mapping: %s" % type(v).__name__


for v in [
    {"type": "point", "x": 1, "y": 2, "color": "red"},
    {"type": "circle", "r": 2.5, "b": 1, "a": 2},
    {"type": "circle", "r": "big"},
    {"id": 7, "tags": ("a", "b")},
    {"id": "x", "tags": []},
    {"nested": {"inner": {"deep": [1]}}},
    {1: "one", None: "n", 2.5: "t"},
    {True: "one", None: "n", 2.5: "t"},
    {"only": 0},
    {"only": 0, "more": 1},
    {},
    [("type", "point")],
    "type",
    None,
]:
    print(m(v))

print(mp({}), mp({"a": 1}), mp([]) if False else mp(collections.OrderedDict(a=1)))
dd = collections.defaultdict(list, {"present": 1})
print(m(dd), sorted(dd))
match dd:
    case {"absent": _}:
        print("absent matched?")
    case _:
        print("defaultdict not extended:", sorted(dd))


class MyMap(collections.abc.Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        print("  MyMap.__getitem__", k)
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)

    def get(self, k, default=None):
        print("  MyMap.get", k)
        return self.d.get(k, default)


print(m(MyMap(type="point", x=0, y=9)))
print(m(MyMap(z=1)))
KEY = "k"


class NS:
    A = "dup"
    B = "dup"


def dup_keys(v):
    match v:
        case {NS.A: 1, NS.B: 2}:
            return "matched"
    return "no"


for arg in ({"dup": 1}, {"dup": 1, "other": 2}):
    try:
        print(dup_keys(arg))
    except ValueError as e:
        print("ValueError:", e)


def rest_is_copy(v):
    match v:
        case {"a": _, **rest}:
            rest["new"] = 1
            return rest, v


print(rest_is_copy({"a": 1, "b": 2}))
