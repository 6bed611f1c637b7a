"""Multiple inheritance and MRO: C3 linearisation (diamond, complex
hierarchies), __mro__ and mro(), attribute lookup order, cooperative
__init__ with **kwargs, the TypeError for an inconsistent MRO, duplicate
base class error, isinstance/issubclass with tuples and ABCs, __bases__."""
import abc


class O:
    def who(self):
        return ["O"]


class A(O):
    def who(self):
        return ["A"] + super().who()


class B(O):
    def who(self):
        return ["B"] + super().who()


class C(O):
    def who(self):
        return ["C"] + super().who()


class D(A, B):
    def who(self):
        return ["D"] + super().who()


class E(B, C):
    def who(self):
        return ["E"] + super().who()


class F(D, E):
    def who(self):
        return ["F"] + super().who()


def names(cls):
    return [k.__name__ for k in cls.__mro__]


print(names(D), names(E), names(F))
print(F().who(), [k.__name__ for k in F.mro()] == names(F))
print([b.__name__ for b in F.__bases__], F.__base__.__name__)


class X:
    attr = "X"


class Y(X):
    pass


class Z(X):
    attr = "Z"


class W(Y, Z):
    pass


print("lookup", W.attr, W().attr)


class Base:
    def __init__(self, **kw):
        self.log = ["Base%s" % sorted(kw)]


class P1(Base):
    def __init__(self, p1=None, **kw):
        super().__init__(**kw)
        self.log.append("P1=%s" % p1)


class P2(Base):
    def __init__(self, p2=None, **kw):
        super().__init__(**kw)
        self.log.append("P2=%s" % p2)


class Both(P1, P2):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Both")


print(Both(p1=1, p2=2).log)
try:
    class Bad(A, D):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromInstance(5):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Layout(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)
print(isinstance(F(), (int, A)), issubclass(F, (B, int)), issubclass(bool, int), isinstance(True, int))


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @property
    @abc.abstractmethod
    def name(self):
        ...


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    @property
    def name(self):
        return "square"


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Partial(Shape):
    def area(self):
        return 0


try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
print(Square(3).area(), Square(3).name, isinstance(Square(1), Shape))


class Virtual:
    pass


Shape.register(Virtual)
print(isinstance(Virtual(), Shape), issubclass(Virtual, Shape), names(Virtual))
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__)


class HasLen(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return hasattr(other, "__len__") or NotImplemented


print(isinstance([], HasLen), isinstance(1, HasLen))
print(names(type), names(object), names(bool), type.__mro__ == (type, object))
