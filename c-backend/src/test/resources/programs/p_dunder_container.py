"""Container protocols: __getitem__ (int, slice, tuple keys; IndexError
ends old-style iteration), __setitem__/__delitem__, __contains__ (and the
fallback to __iter__ then __getitem__), __iter__/__next__, __reversed__,
__len__ (and its errors), __bool__ falling back to __len__, __missing__ in
dict subclasses, __length_hint__, sequence-protocol-only iteration."""
import operator


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index %d out of range" % i)
        return i * 10

    def __len__(self):
        return self.n


s = Seq(4)
print(list(s), s[1], s[-1], s[1:3], s[::-1], 20 in s, 25 in s, len(s), bool(Seq(0)), list(reversed(s)))
print(sorted(s, reverse=True), sum(s), max(s), [x for x in s if x], dict(enumerate(s)))
a, b, *rest = s
print(a, b, rest)


class OnlyIter:
    def __iter__(self):
        print("  __iter__ called")
        return iter([1, 2, 3])


print(2 in OnlyIter(), list(OnlyIter()), tuple(OnlyIter()))


class WithContains:
    def __contains__(self, item):
        print("  __contains__", item)
        return item == "yes"


print("yes" in WithContains(), "no" not in WithContains(), "x" in WithContains())


class ContainsReturnsNonBool:
    def __contains__(self, item):
        return [1]


print(1 in ContainsReturnsNonBool())


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        self.a, self.b = 0, 1
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __length_hint__(self):
        return 99


print(list(Fib(30)), list(reversed(Fib(10))), operator.length_hint(Fib(1)))


class Store:
    def __init__(self):
        self.d = {}

    def __setitem__(self, k, v):
        print("  set", k, v)
        self.d[repr(k) if isinstance(k, slice) else k] = v   # slices unhashable before 3.12

    def __getitem__(self, k):
        return self.d[repr(k) if isinstance(k, slice) else k]

    def __delitem__(self, k):
        print("  del", k)
        del self.d[k]


st = Store()
st["a"] = 1
st[1, 2] = "tuple key"
st[::2] = "slice key"
print(st["a"], st[1, 2], st[::2])
del st["a"]
try:
    st["a"]
except KeyError as e:
    print("KeyError:", e)


class Defaulting(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return key * 2


dd = Defaulting(a=1)
print(dd["a"], dd["bb"], dd.get("zz"), "bb" in dd)


class BadLen:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v


for v in (-1, "3", 2 ** 100, 3.0):
    try:
        print(len(BadLen(v)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)


class NoNext:
    def __iter__(self):
        return self


try:
    list(NoNext())
except TypeError as e:
    print("TypeError:", e)
try:
    Seq(2)["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(OnlyIter())
except TypeError as e:
    print("TypeError:", e)
try:
    5 in 5
except TypeError as e:
    print("TypeError:", e)
try:
    object()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    object()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del object()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    int[0]
except TypeError as e:
    print("TypeError:", e)
sentinel_iter = iter([1, 2, 0, 3].pop, 0)
print(list(sentinel_iter))
