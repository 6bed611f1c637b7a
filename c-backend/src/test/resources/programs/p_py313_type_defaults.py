# CPython 3.13 syntax and semantics (the corpus builds it for 3.13 and later only): type parameter
# defaults (PEP 696, CALL_INTRINSIC_2 SET_TYPEPARAM_DEFAULT), and frame.f_locals writing through to a
# running function's fast locals (PEP 667), which compiled code must see at once.
import sys


def pair[K = str, V = int](k: K, v: V) -> tuple[K, V]:
    return (k, v)


class Box[T = float, **P = [str, bytes], *Ts = *tuple[int, ...]]:
    def __init__(self, item: T):
        self.item = item


type Alias[X = list[int]] = dict[str, X]

for tp in pair.__type_params__:
    print(tp.__name__, tp.has_default(), tp.__default__)
for tp in Box.__type_params__:
    print(type(tp).__name__, tp.__name__, tp.has_default(), tp.__default__)
print(Alias.__type_params__[0].__default__, Alias.__value__)
print(pair("a", 1), Box(2.5).item)


def no_default[T]():
    return T


t = no_default()
print(t.has_default(), t.__default__ is __import__("typing").NoDefault)


def write_through():
    x = 1
    y = [x]
    sys._getframe().f_locals["x"] = 2   # the frame's proxy writes the fast local
    y.append(x)
    frame = sys._getframe()

    def rebind():
        frame.f_locals["x"] = "three"   # from a callee, while x's old value is on the caller's stack
        return 0
    z = x + str(rebind()) if isinstance(x, str) else (x, rebind(), x)
    return y, z, x


print(write_through())


def loop_rebind(n):
    total = 0
    frame = sys._getframe()
    for i in range(n):
        if i == 3:
            frame.f_locals["total"] = 100
        total = total + i
    return total


print(loop_rebind(6))


def hazard():
    x = [10, 20]   # only the local holds the list
    frame = sys._getframe()

    def rebind():
        frame.f_locals["x"] = None   # frees the list unless the caller's stack holds its own reference
        return 0
    return (x, rebind(), x)


print(hazard())
