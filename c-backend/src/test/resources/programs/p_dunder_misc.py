"""Misc dunder protocols: __call__, __eq__/__hash__ interplay (defining
__eq__ removes __hash__, explicit __hash__), sets/dicts with custom keys,
__index__ (used by slicing, bin/hex, range, list multiplication), __int__/
__float__/__complex__/__round__/__trunc__/__floor__/__ceil__, __bool__,
__repr__/__str__/__format__/__bytes__, __radd__ for sum(), __lt__ for
sorted, __enter__-free __del__ timing (refcount), __init__ returning value."""
import math


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, *, offset=0):
        return x * self.k + offset


m3 = Multiplier(3)
print(m3(4), m3(4, offset=1), list(map(m3, [1, 2])), callable(m3))


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v % 10 == other.v % 10

    def __hash__(self):
        return hash(self.v % 10)

    def __repr__(self):
        return "Key(%d)" % self.v


d = {Key(1): "one"}
print(d[Key(11)], Key(3) in {Key(13)}, len({Key(1), Key(21), Key(2)}))


class EqOnly:
    def __eq__(self, other):
        return True


print(EqOnly.__hash__ is None)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


i2 = Idx(2)
print([10, 20, 30][i2], "abcdef"[i2:], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), list(range(Idx(3))), [0] * Idx(3))
print(int(Idx(7)) if hasattr(int, "__index__") else None, math.factorial(Idx(5)), "%x" % Idx(31), operator_index := Idx(4).__index__())


class Num:
    def __int__(self):
        return 42

    def __float__(self):
        return 2.5

    def __complex__(self):
        return 1 + 2j

    def __round__(self, n=None):
        return "rounded %r" % (n,)

    def __trunc__(self):
        return "trunc"

    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"

    def __abs__(self):
        return "abs"

    def __bytes__(self):
        return b"bytes!"


n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), abs(n), bytes(n))


class BadInt:
    def __int__(self):
        return "not int"


for conv in (int, float, complex):
    try:
        conv(BadInt())
    except TypeError as e:
        print("TypeError:", e)


class Money:
    def __init__(self, c):
        self.c = c

    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))

    def __radd__(self, o):
        return self.__add__(o)

    def __lt__(self, o):
        return self.c < o.c

    def __repr__(self):
        return "Money(%d)" % self.c

    def __str__(self):
        return "$%d.%02d" % divmod(self.c, 100)

    def __format__(self, spec):
        return format(str(self), spec)


print(sum([Money(150), Money(275)]), repr(sum([Money(1)], Money(2))), sorted([Money(3), Money(1)]), min(Money(5), Money(4)))
print(f"[{Money(1234):>10}]", str(Money(5)), [Money(7)], "%s %r" % (Money(1), Money(1)))


class Tracked:
    alive = 0

    def __init__(self, name):
        self.name = name
        Tracked.alive += 1

    def __del__(self):
        Tracked.alive -= 1
        print("  __del__", self.name)


def scope():
    t = Tracked("local")
    return Tracked.alive


print("alive in scope", scope(), "after", Tracked.alive)
x = Tracked("global")
x = None
print("after rebinding", Tracked.alive)


class InitReturns:
    def __init__(self):
        return 5


try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)


class NewReturnsOther:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never called")


print(NewReturnsOther())


class ReprBad:
    def __repr__(self):
        return 5


try:
    repr(ReprBad())
except TypeError as e:
    print("TypeError:", e)


class StrFallsBackToRepr:
    def __repr__(self):
        return "from-repr"


print(str(StrFallsBackToRepr()), "%s" % StrFallsBackToRepr(), f"{StrFallsBackToRepr()}")


class HashReturnsBig:
    def __hash__(self):
        return 2 ** 100


print(hash(HashReturnsBig()) == hash(2 ** 100))


class HashBad:
    def __hash__(self):
        return "h"


try:
    hash(HashBad())
except TypeError as e:
    print("TypeError:", e)
