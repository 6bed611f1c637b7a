"""Comparisons: all six operators on numbers, strings, tuples, lists, sets;
chained comparisons (evaluation count of middle operand, short-circuit),
is / is not / in / not in, rich-comparison dunders and reflection,
NotImplemented fallback to identity for ==, ordering TypeErrors."""

calls = []


def val(x):
    calls.append(x)
    return x


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 >= 1 == 1 != 2)
print(val(1) < val(2) < val(3), calls)
calls.clear()
print(val(5) < val(2) < val(3), calls)   # short-circuits
calls.clear()
print(1 < val(4) > 2, calls)
print("abc" < "abd", "Z" < "a", "" < "a", (1, 2) < (1, 3), (1, 2) < (1, 2, 0))
print([1, 2] == [1, 2], [1, [2]] < [1, [3]], {1, 2} < {1, 2, 3}, {1} <= {1}, {1, 2} > {1})
print(1 == 1.0, 1 == True, 0.1 + 0.2 == 0.3, float("nan") == float("nan"))
print(2 ** 100 > 1e30, 2 ** 1000 > 1e308, -(2 ** 1000) < -1e308)
x = [1, 2]
y = x
z = [1, 2]
print(x is y, x is z, x is not z, x == z, None is None)
print(2 in x, 3 not in x, "b" in "abc", "ab" in "xaby", 1 in {1: 2}, 2 in {1: 2})
print(not 1 < 2, not (1 == 2))


class C:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("  C.__lt__", self.v, getattr(o, "v", o))
        return self.v < (o.v if isinstance(o, C) else o)

    def __eq__(self, o):
        print("  C.__eq__", self.v)
        if not isinstance(o, C):
            return NotImplemented
        return self.v == o.v

    __hash__ = None


print(C(1) < C(2))
print(C(3) > C(2))       # reflected __lt__
print(C(1) == C(1), C(1) != C(2))
print(C(1) == 1)         # NotImplemented both ways -> identity
print(5 > C(4))          # int.__gt__ NotImplemented -> C.__lt__
print(sorted([C(3), C(1), C(2)], key=lambda c: c.v)[0].v)
print(sorted([3, 1, 2]), max("hello"), min([(2, "b"), (1, "z")]))


class Weird:
    def __eq__(self, o):
        return "yes"

    def __ne__(self, o):
        return 0

    def __bool__(self):
        raise ValueError("no bool")


print(Weird() == 1, Weird() != 1)
try:
    print(1 < Weird() < 2)
except TypeError as e:
    print("TypeError:", e)
try:
    if Weird():
        pass
except ValueError as e:
    print("ValueError:", e)

for a, b in [(1, "a"), ([1], (1,)), (None, None), ({1}, [1]), (1j, 2j), ({}, {})]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
try:
    print(C(1) <= C(2))
except TypeError as e:
    print("TypeError:", e)
try:
    print(3 in 5)
except TypeError as e:
    print("TypeError:", e)
print([1, 2, 3] == (1, 2, 3), (1, 2) != [1, 2])
nan = float("nan")
print(nan < 1, nan > 1, nan != nan, [nan] == [nan], nan in [nan])
