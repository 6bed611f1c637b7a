"""Builtins and iterator tools used with user functions: sorted stability
and key/reverse, min/max with default/key, sum start, any/all short-
circuit, map/filter/zip laziness, enumerate/reversed, iter(callable,
sentinel), next default, itertools (chain, groupby, accumulate, product,
permutations, combinations, count/islice, pairwise, batched-free, starmap,
zip_longest, tee, cycle), functools (reduce, partial, cmp_to_key, cache,
total_ordering, singledispatch)."""
import functools
import itertools
import operator

records = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(records, key=lambda r: r[1]), sorted(records, key=operator.itemgetter(0, 1), reverse=True))
print(min([], default="empty"), max([3, 1, 2], key=lambda v: -v), min("bca"), max(1, 2, 3), sum([0.5] * 4, 10))
calls = []


def pred(v):
    calls.append(v)
    return v > 2


print(any(map(pred, [1, 3, 5])), calls)
calls.clear()
print(all(map(pred, [3, 1, 5])), calls)
lazy = map(pred, [10, 0])
calls.clear()
print("lazy before:", list(calls), "after:", list(lazy), calls)
print(list(filter(str.isdigit, "a1b2")), list(zip("ab", itertools.count(1))), list(enumerate(reversed("xyz"))))
it = iter([1, 2, 3, 0, 4].pop, 3)
print(list(it), next(iter([]), "default"))
print(list(itertools.chain([1], (2,), "3")), list(itertools.chain.from_iterable([[1, 2], [3]])))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")], [(k, len(list(g))) for k, g in itertools.groupby([1, 3, 2, 4], key=lambda v: v % 2)])
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(itertools.product("ab", repeat=2)), len(list(itertools.permutations(range(4), 2))), list(itertools.combinations("abc", 2)))
print(list(itertools.combinations_with_replacement("ab", 2)), list(itertools.islice(itertools.count(5, 3), 4)), list(itertools.pairwise("abcd")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))


def tee_pair():
    # kept local: tee objects left in module globals crash CPython 3.12.1's
    # GC at interpreter shutdown (segfault after the module ran fine)
    a, b = itertools.tee(iter([1, 2, 3]))
    return list(a), list(b)


print(*tee_pair(), list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.repeat("r", 3)))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 4, 1])), list(itertools.filterfalse(None, [0, 1, "", "x"])))
print(functools.reduce(lambda acc, v: acc * 10 + v, [1, 2, 3]), functools.reduce(operator.add, [[1], [2]], []))


def cmp(x, y):
    return (x > y) - (x < y) if type(x) is type(y) else (type(x).__name__ > type(y).__name__) - (type(x).__name__ < type(y).__name__)


print(sorted([3, "b", 1, "a"], key=functools.cmp_to_key(cmp)))


@functools.cache
def slow_square(n):
    calls.append(n)
    return n * n


calls.clear()
print([slow_square(i % 3) for i in range(6)], calls, slow_square.cache_info().hits)


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))


print(Version(1, 2) >= Version(1, 1), Version(1) <= Version(1), sorted([Version(2), Version(1, 5), Version(1)]))


@functools.singledispatch
def describe(obj):
    return "object"


@describe.register
def _(obj: int):
    return "int %d" % obj


@describe.register(list)
def _(obj):
    return "list of %d" % len(obj)


print(describe(1), describe([1, 2]), describe("s"), describe(True))
p = functools.partial(int, base=2)
print(p("101"), functools.partial(max, 5)(3), repr(functools.partial(divmod, 7)(2)))
print(list(map(operator.add, [1, 2], [10, 20])), list(map(str.upper, ["a"])), list(map(len, ["", "ab"])))
print(sorted(["B", "a", "C"], key=str.casefold), sorted([(1, "b"), (1, "a")]), list(reversed(sorted({3, 1, 2}))))
print(divmod(17, 5), pow(2, 10), abs(-3.5), round(3.14159, 3), bin(10), oct(10), hex(255), int("11", 2), hash("") == hash(""))
print(isinstance(1, (str, int)), issubclass(bool, (int,)), callable(len), type(iter([])).__name__, type(iter(range(1))).__name__)
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", [1, 2])), list(map(lambda *a: a, "ab", "cd", "ef")))
print(repr(ascii("ü")), format(0.5, ".0%"), chr(97), ord("a"), len(range(0, 100, 7)), range(0, 100, 7)[-1], 14 in range(0, 100, 7))
