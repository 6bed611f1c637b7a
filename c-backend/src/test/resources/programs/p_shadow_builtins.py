"""Shadowing builtins: a module-level `len = ...` affecting functions that
use len, then `del len` restoring the builtin; shadowing inside functions
(local) and via parameters; builtins module access; shadowing print/
str/range/True-like names; __builtins__ lookup after module global removal;
NameError after deleting a shadowing global that was never a builtin."""
import builtins


def uses_len(x):
    return len(x)


print(uses_len("abc"))
len = lambda x: "shadowed len of %r" % (x,)
print(uses_len("abc"), len([1]))
del len
print(uses_len("abc"), len([1, 2]))


def local_shadow():
    list = tuple
    return list("ab")


def param_shadow(str=int):
    return str("12") + 1


print(local_shadow(), param_shadow(), list("xy"))
_real_print = print


def print(*args, **kwargs):
    _real_print("[custom]", *args, **kwargs)


print("through custom print")
del print
print("builtin print again")
range = lambda n: [n] * 2
print(range(3), builtins.range(3))
del range
print(list(range(3)))
builtins.pyc2c_injected = "injected builtin"
print(pyc2c_injected)
del builtins.pyc2c_injected
try:
    print(pyc2c_injected)
except NameError as e:
    print("NameError:", e)
orig_sorted = builtins.sorted
builtins.sorted = lambda it, **kw: "patched sorted"
print(sorted([2, 1]))
builtins.sorted = orig_sorted
print(sorted([2, 1]))
abs = lambda v: "shadow abs %r" % (v,)
print(abs(-5))


def sees_global_abs():
    return abs(-1)


print(sees_global_abs())
del abs
print(sees_global_abs())


class Shadow:
    len = staticmethod(lambda x: "class-level len")
    r1 = len("four")

    def method(self):
        return len("four")


print(Shadow.r1, Shadow().method())
try:
    del len
except NameError as e:
    print("NameError:", e)
Exception = ValueError
try:
    raise Exception("shadowed Exception")
except Exception as e:
    print(type(e).__name__, e)
del Exception
print(Exception.__name__)
id = "not a function"
print(id)
del id
print(callable(id), type(__builtins__).__name__ in ("module", "dict"))
