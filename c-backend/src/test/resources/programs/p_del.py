"""del statement: locals (then UnboundLocalError on use), globals (then
NameError), attributes (instance, class, via __delattr__, missing ->
AttributeError), subscripts (dict keys, list indices, missing -> KeyError/
IndexError), slices, tuple targets, del of loop variables, del of names
bound by except/with/import, and del inside nested scopes."""


def del_local():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return "UnboundLocalError: %s" % e


print(del_local())


def del_unbound():
    try:
        del y
    except UnboundLocalError as e:
        return "UnboundLocalError: %s" % e
    y = 1


print(del_unbound())
g1 = "global"
del g1
try:
    g1
except NameError as e:
    print("NameError:", e)
try:
    del never_was
except NameError as e:
    print("NameError:", e)


class Thing:
    cls_attr = "c"

    def __init__(self):
        self.a = 1
        self.b = 2


t = Thing()
del t.a
print(hasattr(t, "a"), vars(t))
try:
    del t.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
del Thing.cls_attr
print(hasattr(Thing, "cls_attr"))


class Logged:
    def __delattr__(self, name):
        print("  __delattr__", name)
        if name == "forbidden":
            raise AttributeError("cannot delete " + name)

    def __delitem__(self, key):
        print("  __delitem__", key)


lg = Logged()
del lg.anything
try:
    del lg.forbidden
except AttributeError as e:
    print("AttributeError:", e)
del lg[1], lg["k"], lg[1:2]
d = {"a": 1, "b": 2, "c": 3}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
try:
    del lst[100]
except IndexError as e:
    print("IndexError:", e)
try:
    immutable = "abc"
    del immutable[0]
except TypeError as e:
    print("TypeError:", e)
p, q, r = 1, 2, 3
del p, (q, r)
print("p" in globals(), "q" in globals(), "r" in globals())
lst2 = [1, 2, 3]
del lst2[0], lst2[0]
print(lst2)
for loopvar in range(2):
    pass
del loopvar
print("loopvar" in globals())
import string
del string
print("string" in globals())


def nested_del():
    v = "outer"

    def inner():
        nonlocal v
        del v
    inner()
    try:
        return v
    except NameError as e:
        return "%s: %s" % (type(e).__name__, e)


print(nested_del())
nums = {1: "x"}
k = 1
del nums[k]
print(nums)
obj = Thing()
del obj.b, obj
print("obj" in globals())
try:
    del len
except NameError as e:
    print("NameError:", e)
