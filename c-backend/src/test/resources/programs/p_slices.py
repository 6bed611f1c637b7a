"""Slicing: get/set/del with positive, negative, omitted and stepped bounds
on lists, tuples, strings, bytes, ranges and custom __getitem__ (slice
objects, indices(), tuples of slices, Ellipsis), extended-slice assignment
size errors, slice() with non-int bounds and __index__."""

s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[::2], s[1::3], s[::-1], s[-3:], s[:-7], s[-2:-5:-1])
print(s[5:2], s[100:], s[-100:2], s[2:100:40], s[::-3], s[8:2:-2])
print("hello"[1:4], "hello"[::-1], b"bytes"[1:3], (1, 2, 3)[1:], range(10)[2:8:3])
t = s[:]
t[2:5] = ["a"]
print(t)
t = s[:]
t[2:2] = "xyz"
print(t)
t = s[:]
t[::3] = [0, 0, 0, 0]
print(t)
t = s[:]
del t[::2]
print(t)
t = s[:]
del t[1:-1]
print(t)
t = s[:]
t[-2:] = []
print(t)
t = s[:]
t[len(t):] = [10, 11]
print(t)
t = s[:]
t[:0] = [-1]
print(t)
t = s[:]
t[::-1] = range(10)
print(t)
t = s[:]
del t[:]
print(t)

try:
    t = s[:]
    t[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["a":]
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[1.5:]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2)[0:1] = (3,)
except TypeError as e:
    print("TypeError:", e)
try:
    t = s[:]
    t[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[::] = "x"
except TypeError as e:
    print("TypeError:", e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(s[Idx(1):Idx(4)], s[Idx(-1)], "abcdef"[Idx(1)::Idx(2)])


class Show:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        print("  set", key, value)

    def __delitem__(self, key):
        print("  del", key)


sh = Show()
print(sh[1], sh[1:2], sh[:], sh[::], sh[1:2:3], sh[::-1], sh[1:2, 3], sh[...], sh[..., 1:], sh[:, None])
sh[1:2] = "v"
sh[::2, 1] = "w"
del sh[:5]
del sh[1, 2:]
sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
print(s[sl], s[slice(3)], s[slice(None, None, -4)])
ba = bytearray(b"abcdef")
ba[1:3] = b"XYZ"
del ba[-1:]
print(ba, ba[::2], memoryview(b"abcdef")[1:4].tobytes())
print(slice(1, 2) == slice(1, 2), hash((1, 2)) == hash((1, 2)))


# BINARY_SLICE of a str, list or tuple by None or small-int bounds is done without a slice object
# (pyc2c_get_slice): every clamp, empty and whole results (the same object for a whole str or tuple, a
# new list), non-ASCII strs, and what must take the general path: big ints, bools, __index__, floats,
# subclasses, bytes and ranges.
class Idx:
    def __index__(self):
        return 2


class MyStr(str):
    pass


class MyList(list):
    pass


def slices():
    out = []
    big = 10 ** 20
    for seq in ("hello", "h\u00e9llo w\u00f6rld \u263a", "", "x", [1, 2, 3, 4, 5], [], (1, 2, 3, 4), (),
                MyStr("subclass"), MyList([7, 8, 9]), b"bytes", range(2, 9)):
        n = len(seq)
        row = []
        for a, b in ((None, None), (0, None), (None, 0), (1, 3), (-2, None), (None, -1), (-100, 100), (3, 1),
                     (n, n), (0, n), (n + 5, None), (True, False), (Idx(), None), (-big, big), (big, None)):
            part = seq[a:b]
            row.append((part, type(part).__name__, part is seq))
        for a, b in ((1.5, None), (None, "x")):
            try:
                row.append(seq[a:b])
            except TypeError as e:
                row.append("TypeError: %s" % e)
        out.append(row)
    return out


for row in slices():
    print(row)
