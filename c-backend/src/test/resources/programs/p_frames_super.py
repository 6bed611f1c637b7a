"""Zero-argument super() depends on the frame: the first local (self/cls)
and the __class__ cell. Covers super() after `del self`, when the first
argument is a cell captured by a closure, in __init_subclass__/__new__/
__class_getitem__ (implicit classmethods), in generators and async-free
nested defs, and frame names seen along cooperative super() chains."""
import sys


def who():
    f = sys._getframe(1)
    return "%s@%s" % (f.f_code.co_qualname, f.f_back.f_code.co_name)


class Root:
    def __init__(self):
        self.trail = [who()]

    def greet(self):
        return ["Root.greet:" + who()]

    def __init_subclass__(cls, **kw):
        cls.root_saw = who()

    def __class_getitem__(cls, item):
        return "%s[%s] via %s" % (cls.__name__, item, who())


class Mid(Root):
    def __init__(self):
        super().__init__()
        self.trail.append(who())

    def greet(self):
        return super().greet() + ["Mid.greet:" + who()]

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.mid_saw = who()

    def __class_getitem__(cls, item):
        return "Mid>" + super().__class_getitem__(item)


class Leaf(Mid):
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.new_saw = who()
        return inst

    def __init__(self):
        super().__init__()
        self.trail.append(who())

    def greet(self):
        return super().greet() + ["Leaf.greet:" + who()]

    def deleted_self(self):
        del self
        try:
            super().greet()
        except (RuntimeError, NameError) as e:   # 3.11: RuntimeError; 3.12+: UnboundLocalError
            return "%s: %s" % (type(e).__name__, e)

    def self_in_cell(self):
        def uses_self():
            return self
        return super().greet()[0], uses_self() is self

    def gen_super(self):
        yield super().greet()[0]
        yield super().greet()[0]

    def nested_def(self):
        def inner():
            return super().greet()
        try:
            return inner()
        except (RuntimeError, TypeError) as e:
            return "%s: %s" % (type(e).__name__, e)


leaf = Leaf()
print(leaf.trail, leaf.new_saw)
print(leaf.greet())
print(Leaf.root_saw, Leaf.mid_saw)
print(Leaf["int"])
print(leaf.deleted_self())
print(leaf.self_in_cell())
print(list(leaf.gen_super()))
print(leaf.nested_def())
print(Leaf.__init__.__code__.co_freevars, Leaf.greet.__closure__[0].cell_contents is Leaf)
