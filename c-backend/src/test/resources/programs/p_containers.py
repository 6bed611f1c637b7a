"""Container literals and unpacking forms: tuple/list/set/dict displays,
star in tuple/list/set displays and in calls, ** in dict displays and calls,
dict merge operators, nested containers, constant folding of tuples,
errors for * with non-iterables and ** with non-mappings / non-string keys
/ duplicate keywords."""

a = [1, 2]
b = (3, 4)
c = {5}
d = {"x": 1, "y": 2}
print((), (1,), (1, 2), [], [1], [*a], [*a, *b, 0], (*a,), (*a, *b), {*a, *b}, {*c})
print({}, {"k": 1}, {**d}, {**d, "y": 3, **{"z": 4}}, {"y": 0, **d})
print({1: "a", 1.0: "b", True: "c"})
print(set(), {1, 1, 2}, frozenset([3, 3]), type({}), type({*()}))
print([*"ab", *range(2), *{"k": 1}])
print(d | {"z": 3}, {"a": 1} | {"a": 2})
e = dict(d)
e |= {"w": 0}
print(e)
l2 = [[0] * 2] * 2
l2[0][0] = 1
print("aliasing", l2)
l3 = [[0] * 2 for _ in range(2)]
l3[0][0] = 1
print("no aliasing", l3)
print([1, [2, [3, [4]]]], ((1,), ((2,),)), {"n": {"m": [1, {"o": ()}]}})


def f(*args, **kwargs):
    return args, sorted(kwargs.items())


print(f(*a, *b, 9, *c))
print(f(**d, z=3))
print(f(*[], **{}))
print(f(1, *a, x=1, **{"y": 2}, z=3))


class M:
    def keys(self):
        return ["p", "q"]

    def __getitem__(self, k):
        return k.upper()


print(f(**M()), {**M()})


def show_err(fn):
    try:
        fn()
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)


show_err(lambda: f(*1))
show_err(lambda: f(*None))
show_err(lambda: f(**1))
show_err(lambda: f(**[1, 2]))
show_err(lambda: f(**{"x": 1}, **{"x": 2}))
show_err(lambda: f(x=1, **{"x": 2}))
show_err(lambda: f(**{1: 2}))
show_err(lambda: [*5])
show_err(lambda: (*None,))
show_err(lambda: {*3})
show_err(lambda: {**3})
show_err(lambda: {**[("a", 1)]})
show_err(lambda: {[]: 1})
show_err(lambda: {[1], 2})
show_err(lambda: {1: 2} | [1])
show_err(lambda: dict([1, 2]))
show_err(lambda: dict([(1, 2, 3)]))
show_err(lambda: d["missing"])
show_err(lambda: [1][5])
show_err(lambda: (1,)[-3])
show_err(lambda: [].pop())
show_err(lambda: {}.popitem())
show_err(lambda: set().pop())
show_err(lambda: [1, 2].index(5))
show_err(lambda: "abc"[10])
NONE_IDX = None
show_err(lambda: [][NONE_IDX])
show_err(lambda: {}[[]])
t = (1, 2, 3)
show_err(lambda: t.__setitem__(0, 1))


def assign_tuple():
    t[0] = 5


show_err(assign_tuple)
print(list("abc"), tuple([1]), set("aab") == {"a", "b"}, sorted({"b", "a"}), dict(a=1, b=2))
print(list(d), list(d.values()), list(d.items()), "x" in d, len(d))
dd = dict.fromkeys("xyz", 0)
dd.setdefault("w", []).append(1)
print(dd, dd.get("q"), dd.get("q", -1), dd.pop("x"), dd.pop("nope", "dflt"))
print(sorted({3, 1, 2} & {2, 3, 4}), sorted({3, 1} | {2}), sorted({3, 1} - {1}), sorted({1, 2} ^ {2, 3}))
