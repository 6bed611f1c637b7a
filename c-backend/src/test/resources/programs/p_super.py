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


# super().name is looked up on the MRO without a super object while `super` is the builtin and the class a
# type (as the interpreter's LOAD_SUPER_ATTR_ATTR/_METHOD); every other case makes the super object: the name
# super rebound mid-loop, self neither an instance nor a subclass (a proxy whose __class__ says so), a name only
# the super object has, `super().__class__`, and errors. Methods come back unbound with self unless the class
# has its own __getattribute__; staticmethods, classmethods, properties, plain values and descriptors of our own
# are bound as the super object binds them.
class Desc:
    def __get__(self, obj, owner):
        return ("Desc.get", obj is None, owner.__name__)


class Base:
    value = 41
    desc = Desc()

    def m(self, x):
        return ("Base.m", type(self).__name__, x)

    @staticmethod
    def st(x):
        return ("Base.st", x)

    @classmethod
    def cm(cls, x):
        return ("Base.cm", cls.__name__, x)

    @property
    def p(self):
        return ("Base.p", type(self).__name__)


class Derived(Base):
    def m(self, x):
        return super().m(x)

    def all_kinds(self):
        return (super().m(1), super().st(2), super().cm(3), super().p, super().value, super().desc,
                super().__class__.__name__, super().__thisclass__.__name__)

    @classmethod
    def class_mode(cls):
        return super().cm(4), super().st(5), super().desc, super().m

    def missing(self):
        try:
            return super().nothing_here
        except AttributeError as e:
            return "AttributeError: %s" % e

    def missing_call(self):
        try:
            return super().nothing_here()
        except AttributeError as e:
            return "AttributeError: %s" % e


class OwnGetattribute(Base):
    def __getattribute__(self, name):
        return object.__getattribute__(self, name)

    def m(self, x):
        return super().m(x), type(super().m).__name__


d = Derived()
print(d.all_kinds())
print(Derived.class_mode()[:3], type(Derived.class_mode()[3]).__name__)
print(d.missing(), d.missing_call())
print(OwnGetattribute().m(6))


class Proxy:
    """Not a Derived, but says it is one: super(Derived, proxy) takes the super object's slow check."""

    def __init__(self, target):
        self.target = target

    @property
    def __class__(self):
        return Derived


def via_proxy():
    try:
        return super(Derived, Proxy(d)).m(7)
    except TypeError as e:
        return "TypeError: %s" % e


print(via_proxy())


def calls_in_loop(objs):
    out = []
    for o in objs:
        try:
            out.append(o.m(len(out)))
        except Exception as e:
            out.append("%s: %s" % (type(e).__name__, e))
    return out


real_super = super


class FakeSuper:
    def __init__(self, *args):
        self.args = args

    def __getattr__(self, name):
        return lambda *a: ("FakeSuper", name, len(self.args), a)


print(calls_in_loop([d, d]))
super = FakeSuper  # the global `super` rebound while the methods run
print(calls_in_loop([d, Derived()]))
del super
print(calls_in_loop([d]), super is real_super)


def two_arg_errors(pairs):
    out = []
    for cls, obj in pairs:
        try:
            out.append(super(cls, obj).m(0))
        except (TypeError, AttributeError) as e:
            out.append("%s: %s" % (type(e).__name__, e))
    return out


print(two_arg_errors([(Derived, d), (Base, d), (Derived, 5), (5, d), (Derived, Derived), (object, d)]))


# What super() finds is remembered per (type, class, name) while no type of the MRO changes: methods replaced,
# added to an intermediate class, deleted, and a base swapped mid-loop are seen at once.
class Top:
    def hook(self):
        return "Top.hook"


class Middle(Top):
    pass


class Leaf(Middle):
    def hook(self):
        return "Leaf>" + super().hook()


def hooks(obj, rounds, change):
    out = []
    for i in range(rounds):
        out.append(obj.hook())
        change(i)
    return out


def change(i):
    if i == 1:
        Top.hook = lambda self: "Top.hook2"
    elif i == 2:
        Middle.hook = lambda self: "Middle.hook"
    elif i == 3:
        del Middle.hook
    elif i == 4:
        Middle.__bases__ = (OtherTop,)
    elif i == 5:
        del Top.hook


class OtherTop:
    def hook(self):
        return "OtherTop.hook"


leaf = Leaf()
print(hooks(leaf, 6, change))
Middle.__bases__ = (Top,)
try:
    leaf.hook()
except AttributeError as e:
    print("AttributeError:", e)

