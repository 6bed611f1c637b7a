# super() in a classmethod-style call (super(C, C): self is a class, whose type's tp_getattro is type's own): a
# plain function found on the base is not bound, a staticmethod neither; only a method found for an instance is
# (CPython's gh-106917 checks Py_TYPE(self)'s tp_getattro). A small module of its own: p_super's calls of super()
# take the generic path (it rebinds super), these take the LOAD_SUPER_ATTR shortcut.


class SA:
    @staticmethod
    def some(cls, *args, **kwargs):
        return ("SA.some", cls.__name__, args, kwargs)


class SB(SA):
    def some(cls, *args, **kwargs):
        return super().some(cls, *args, **kwargs)


class SC(SB):
    @staticmethod
    def some(cls):
        return super().some(cls)


def staticmethod_hierarchy():
    # the same classes local to a function (as test_super's test_mixed_staticmethod_hierarchy)
    class A:
        @staticmethod
        def some(cls, *args, **kwargs):
            return ("A.some", args, kwargs)

    class B(A):
        def some(cls, *args, **kwargs):
            return super().some(cls, *args, **kwargs)

    class C(B):
        @staticmethod
        def some(cls):
            return super().some(cls)

    for _ in range(10):
        r = C.some(C)
    return r


for _ in range(3):
    print(SC.some(SC))
print(staticmethod_hierarchy())


class NA:
    def __init_subclass__(cls):
        if "__new__" not in cls.__dict__:
            cls.__new__ = cls.__new__


class NB(NA):
    pass


class NC(NB):
    def __new__(cls):
        return super().__new__(cls)


for _ in range(3):
    print(type(NC()).__name__)
