"""super(): zero-argument form in methods, classmethods, staticmethods
(error), __init__ chains, properties; two-argument form super(C, self) and
super(C, cls); the __class__ cell (visible inside methods, refers to the
defining class even in subclasses), super() in nested functions/lambdas/
comprehensions, super() after the first argument is reassigned, errors
(no arguments outside class, super() in a function without __class__)."""


class A:
    def __init__(self):
        self.trail = ["A"]

    def hello(self):
        return "A.hello"

    @classmethod
    def create(cls):
        return "A.create(%s)" % cls.__name__

    @property
    def prop(self):
        return "A.prop"

    def whoami(self):
        return __class__.__name__, type(self).__name__


class B(A):
    def __init__(self):
        super().__init__()
        self.trail.append("B")

    def hello(self):
        return "B>" + super().hello()

    @classmethod
    def create(cls):
        return "B>" + super().create()

    @property
    def prop(self):
        return "B>" + super().prop

    def two_arg(self):
        return super(B, self).hello(), super(A, self).__class__.__name__

    def nested(self):
        def inner():
            return super(B, self).hello()
        lam = lambda: super(B, self).hello()
        try:
            comp = [super().hello() for _ in range(1)]
        except TypeError as e:   # 3.11: the comprehension is a function whose first arg is the iterator
            comp = "TypeError: %s" % e
        return inner(), lam(), comp

    def in_comp_zero_arg(self):
        try:
            return [super().hello() for _ in range(2)]
        except TypeError as e:
            return "TypeError: %s" % e

    def reassigned_self(self):
        self = 5
        try:
            return super().hello()
        except TypeError as e:
            return "TypeError: %s" % e

    def class_cell(self):
        return __class__ is B


class C(B):
    def hello(self):
        return "C>" + super().hello()

    @staticmethod
    def static_super():
        try:
            return super().hello()
        except RuntimeError as e:
            return "RuntimeError: %s" % e


c = C()
print(c.trail, c.hello(), C.create(), c.prop, c.whoami())
print(c.two_arg(), c.nested(), c.in_comp_zero_arg(), c.reassigned_self(), c.class_cell())
print(C.static_super())
print(super(C, c).hello(), super(B, C).create(), super(C, C).create())


def outside():
    try:
        super()
    except RuntimeError as e:
        return "RuntimeError: %s" % e


print(outside())
try:
    super(B, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    super(5, c)
except TypeError as e:
    print("TypeError:", e)
print(repr(super(B, c)).split(" at ")[0] if False else type(super(B, c)).__name__)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.made_by = mcls.__name__
        return cls

    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.via_meta = True
        return inst


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


w = WithMeta(3)
print(WithMeta.made_by, w.v, w.via_meta)


class Mixin:
    def describe(self):
        return ["Mixin"] + getattr(super(), "describe", lambda: ["end"])()


class Left(Mixin):
    def describe(self):
        return ["Left"] + super().describe()


class Right(Mixin):
    def describe(self):
        return ["Right"] + super().describe()


class Bottom(Left, Right):
    def describe(self):
        return ["Bottom"] + super().describe()


print(Bottom().describe())


class NewStyle:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.new_args = args
        return inst

    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.sub_kw = kw


class Child(NewStyle, flag=True):
    pass


print(Child(1, 2).new_args, Child.sub_kw)


class SetAttrChain:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)


s = SetAttrChain()
s.x = 21
print(s.x)


class Str(str):
    def upper(self):
        return "!" + super().upper()


print(Str("abc").upper(), Str("q") + "r")


class DefinedLater:
    pass


def late_method(self):
    return __class__  # noqa: F821  (no __class__ cell here)


try:
    DefinedLater.m = late_method
    DefinedLater().m()
except NameError as e:
    print("NameError:", e)
