"""Operator dunder methods: __add__/__radd__ fallbacks, NotImplemented,
in-place dunders (__iadd__, __imatmul__, ...) and the fallback to the binary
method when the in-place one is missing, __matmul__/__rmatmul__, reflected
operand priority for subclasses."""


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return "Vec(%s)" % ", ".join(map(repr, self.xs))

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
        if isinstance(other, (int, float)):
            return Vec(*[a + other for a in self.xs])
        return NotImplemented

    def __radd__(self, other):
        print("  radd called with", repr(other))
        return self + other

    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])

    __rmul__ = __mul__

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))

    def __neg__(self):
        return Vec(*[-a for a in self.xs])

    def __abs__(self):
        return sum(a * a for a in self.xs) ** 0.5

    def __invert__(self):
        return Vec(*reversed(self.xs))

    def __pos__(self):
        return "pos!"


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        print("  iadd", x)
        self.items.append(x)
        return self

    def __isub__(self, x):
        print("  isub", x)
        self.items.remove(x)
        return self

    def __imatmul__(self, x):
        print("  imatmul", x)
        self.items = [i * x for i in self.items]
        return self

    def __ior__(self, x):
        print("  ior returns something else")
        return ("replaced", x)

    def __imul__(self, x):
        return NotImplemented

    def __mul__(self, x):
        print("  mul fallback", x)
        return len(self.items) * x

    def __repr__(self):
        return "Acc(%r)" % self.items


class Mat:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __rmatmul__(self, other):
        print("  rmatmul with", type(other).__name__)
        return "r@"

    def __repr__(self):
        return "Mat(%r)" % self.rows


v = Vec(1, 2, 3)
w = Vec(10, 20, 30)
print(v + w)
print(v + 1)
print(1 + v)
print(v * 3, 3 * v)
print(v @ w)
print(-v, abs(Vec(3, 4)), ~v, +v)

acc = Acc()
ref = acc
acc += 1
acc += 2
acc += 3
acc -= 2
acc @= 10
print(acc, acc is ref)
acc *= 7
print("after imul fallback:", acc)
acc = Acc()
acc |= 5
print("after ior:", acc)

m = Mat([[1, 2], [3, 4]])
n = Mat([[5, 6], [7, 8]])
print(m @ n)
m @= n
print(m)
print(1 @ Mat([[1]]) if False else [1] @ Mat([[1]]))


class Base:
    def __add__(self, o):
        return "Base.add"

    def __radd__(self, o):
        return "Base.radd"


class Derived(Base):
    def __add__(self, o):
        return "Derived.add"

    def __radd__(self, o):
        return "Derived.radd"


print(Base() + Derived())   # reflected of subclass wins
print(Derived() + Base())


class OnlyAdd:
    def __add__(self, o):
        return NotImplemented


def sub_acc():
    a = Acc()
    a -= 1


for fn in (lambda: OnlyAdd() + OnlyAdd(), lambda: OnlyAdd() @ 1, lambda: v @ 1, lambda: 1 - v, sub_acc):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)

try:
    x = OnlyAdd()
    x += 1
except TypeError as e:
    print("TypeError:", e)

try:
    x = [1]
    x @= [2]
except TypeError as e:
    print("TypeError:", e)


class Num:
    def __init__(self, v):
        self.v = v

    def __lshift__(self, n):
        return Num(self.v << n)

    def __rrshift__(self, n):
        return "rrshift %d" % n

    def __floordiv__(self, o):
        return "floordiv"

    def __rtruediv__(self, o):
        return "rtruediv"

    def __mod__(self, o):
        return "mod %r" % (o,)

    def __pow__(self, o, mod=None):
        return "pow %r %r" % (o, mod)

    def __rpow__(self, o):
        return "rpow %r" % (o,)

    def __and__(self, o):
        return "and"

    def __rxor__(self, o):
        return "rxor"

    def __ror__(self, o):
        return "ror"


n = Num(3)
print((n << 2).v, 5 >> n, n // 1, 1 / n, n % (1, 2), n ** 2, pow(n, 2, 5), 2 ** n, n & 1, 1 ^ n, 1 | n)
