# Tuples built at run time (BUILD_TUPLE) and the garbage collector: from 3.14 the interpreter leaves a tuple whose
# items are all untracked (ints, strings, floats, None, other such tuples) untracked when it builds it; earlier
# versions track every new tuple. A compiled function builds tuples the way its interpreter does.
import gc


def pair(a, b):
    return (a, b)


def triple(a, b, c):
    return a, b, c


def nested(a, b):
    return ((a, b), (b, a))


def with_list(a):
    return (a, [a])


def with_object(a):
    return (a, object())


def borrowed_and_owned(a):
    return (a, a + 1, str(a))


def swap_items(t):
    a, b = t
    return b, a


def failure(n):
    # an error raised while the items are evaluated: the items built so far are released
    try:
        return (n, str(n), 1 // (n - n))
    except ZeroDivisionError as e:
        return ("caught", type(e).__name__)


def many(n):
    return [(i, i * 2, "x") for i in range(n)]


def main():
    # the untracked-by-construction rule is the interpreter's: compare with a tuple it builds itself
    reference = eval("lambda a, b: (a, b)")
    same = gc.is_tracked(reference(1, 2)) == gc.is_tracked(pair(1, 2))
    print("pair(1, 2) as interpreted:", same)
    print("pair values:", pair(1, "two"), triple(1, 2.5, None), nested(3, 4))
    print("tracked with a list:", gc.is_tracked(with_list(5)))
    print("tracked with an object:", gc.is_tracked(with_object(5)))
    ref3 = eval("lambda a, b, c: (a, b, c)")
    print("triple as interpreted:", gc.is_tracked(ref3(1, 2.5, None)) == gc.is_tracked(triple(1, 2.5, None)))
    refn = eval("lambda a, b: ((a, b), (b, a))")
    print("nested as interpreted:", gc.is_tracked(refn(3, 4)) == gc.is_tracked(nested(3, 4)))
    t = borrowed_and_owned(41)
    print("borrowed and owned:", t, gc.is_tracked(t) == gc.is_tracked(eval("lambda a: (a, a + 1, str(a))")(41)))
    print("swap:", swap_items((1, [2])), gc.is_tracked(swap_items((1, [2]))))
    print("failure:", failure(7))
    rows = many(1000)
    print("many:", len(rows), rows[-1])
    gc.collect()
    print("after collect:", gc.is_tracked(pair(1, 2)) == gc.is_tracked(reference(1, 2)))


main()
