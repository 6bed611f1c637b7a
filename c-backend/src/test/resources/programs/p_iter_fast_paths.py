"""FOR_ITER's fast paths (range, list and tuple iterators stepped directly, as the interpreter's
FOR_ITER_RANGE / FOR_ITER_LIST / FOR_ITER_TUPLE; on 3.11 by the iterators' private layouts) against
what they must keep exact: the iterators' own state seen afterwards (__length_hint__, __reduce__,
__setstate__, next() after the loop broke out), lists growing and shrinking while a loop runs over
them, an exhausted list iterator staying exhausted when its list grows, ranges near the ends of a C
long and past them (whose iterator is another type), negative and big steps, empty ranges, the loop
variable used as a number and as an object, subclasses of list and tuple (their own __iter__ or the
built-in one), and iterators of other types through the same loops."""
import sys


def total(it):
    s = 0
    for x in it:
        s += x
    return s


def first_n(it, n):
    out = []
    for x in it:
        out.append(x)
        if len(out) == n:
            break
    return out


def hints():
    r = iter(range(3, 30, 4))
    print("range first", first_n(r, 3), r.__length_hint__(), r.__reduce__()[1:], next(r), list(r))
    r2 = iter(range(10))
    first_n(r2, 4)
    r2.__setstate__(8)
    print("range setstate", list(r2))
    lst = [1, 2, 3, 4, 5]
    li = iter(lst)
    print("list first", first_n(li, 2), li.__length_hint__(), li.__reduce__()[1:], next(li))
    li.__setstate__(0)
    print("list setstate", total(li), li.__length_hint__(), li.__reduce__()[1:])
    tu = (10, 20, 30, 40)
    ti = iter(tu)
    print("tuple first", first_n(ti, 3), ti.__length_hint__(), ti.__reduce__()[1:], list(ti), list(ti))


def mutating():
    lst = [1, 2, 3]
    seen = []
    for x in lst:
        seen.append(x)
        if x < 6:
            lst.append(x + 3)
    print("grow", seen)
    lst = list(range(10))
    seen = []
    for x in lst:
        seen.append(x)
        if x == 3:
            del lst[5:]
    print("shrink", seen, lst)
    lst = [1, 2, 3]
    seen = []
    for x in lst:
        seen.append(x)
        lst.clear()
    print("clear", seen)
    lst = [1, 2]
    it = iter(lst)
    print("exhausted", total(it), end=" ")
    lst.append(3)
    print(total(it), list(it), it.__length_hint__())
    lst = [7, 8, 9]
    it = iter(lst)
    next(it)
    lst[1:] = []
    print("cut", list(it))


def ranges():
    big = sys.maxsize
    print("near max", total(range(big - 3, big)) - 3 * big)
    print("past max", first_n(range(big - 1, big + 3), 10))
    print("near min", [x + big for x in range(-big - 1, -big + 2)])
    print("big step", first_n(range(0, big, big // 3), 10), first_n(range(big, -big - 1, -(big // 2)), 10))
    print("negative", total(range(10, -10, -3)), list(range(5, 5)), list(range(5, 0, 2)))
    print("type", type(iter(range(big + 10))).__name__, total(range(2 ** 64, 2 ** 64 + 3)) - 3 * 2 ** 64)
    acc = 0.0
    for i in range(1, 6):
        acc += 1.0 / i     # the loop variable as a number
    print("harmonic", round(acc, 6))
    objs = []
    for i in range(3):
        objs.append(i)     # and as an object
    print("objs", objs, type(objs[0]).__name__)


class MyList(list):
    pass


class RevList(list):
    def __iter__(self):
        return reversed(list(super().__iter__()))


class MyTuple(tuple):
    def __iter__(self):
        yield from (x * 10 for x in tuple.__iter__(self))


class Count:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


def others():
    for src in ([1, 2, 3], (4, 5), range(3), MyList([6, 7]), RevList([1, 2, 3]), MyTuple((1, 2)),
                Count(4), {1: 0, 2: 0}, "ab" and [9], iter([8, 8]), (x for x in (1, 1))):
        print(type(src).__name__, total(src))
    print("str", first_n("hello", 3))


def raising():
    class Bad:
        def __iter__(self):
            return self

        def __next__(self):
            raise ValueError("bad next")

    try:
        total(Bad())
    except ValueError as e:
        print("raised", e)


hints()
mutating()
ranges()
others()
raising()
for rnd in range(3):     # the same sites again, warm
    print(rnd, total(range(rnd * 5)), total([rnd] * 4), total((rnd, rnd)), total(Count(rnd)))
