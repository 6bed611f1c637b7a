"""match sequence patterns: fixed length, nested, star in first/middle/last
position, star wildcard, lists vs tuples (both match either), str/bytes/
bytearray are NOT matched as sequences, ranges/deques/custom Sequence
subclasses are, dict/set are not, iterators are not, length checks."""
import collections
import collections.abc


def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return "one %r" % (x,)
        case [1, 2, 3]:
            return "exact 1,2,3"
        case [0, *rest]:
            return "starts with 0, rest %r" % (rest,)
        case [*init, 9]:
            return "ends with 9, init %r" % (init,)
        case [first, *mid, last] if len(mid) > 2:
            return "long: %r..%r (%d mid)" % (first, last, len(mid))
        case [(a, b), [c, d]]:
            return "nested %r" % ((a, b, c, d),)
        case [_, _, *_]:
            return "at least two, len %d" % len(v)
    return "no sequence match for %s" % type(v).__name__


for v in [[], (), [5], (5,), [1, 2, 3], (1, 2, 3), [0], [0, 1, 2], (7, 9), [1, 2, 3, 4, 5],
          [(1, 2), [3, 4]], ((1, 2), (3, 4)), [1, 2], "ab", "a", b"ab", bytearray(b"xy"), range(3),
          collections.deque([0, 5]), {1: 2}, {1, 2}, iter([1]), 5, None]:
    shown = repr(v) if not hasattr(v, "__next__") else "<%s>" % type(v).__name__
    print(shown, "->", seq(v))


class MySeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


print(seq(MySeq(0, "x", "y")), seq(MySeq(4)))


class NotRegistered:
    def __getitem__(self, i):
        return i

    def __len__(self):
        return 2


print(seq(NotRegistered()))


def star_positions(v):
    match v:
        case [*_, "m"] if False:
            return "impossible"
        case ["cmd", *args]:
            return "cmd with %d args: %s" % (len(args), " ".join(args))
        case [*_, "end"]:
            return "ends with end"
        case ["start", *_, "stop"]:
            return "start..stop"
    return "none"


print(star_positions(["cmd"]), star_positions(["cmd", "a", "b"]), star_positions(("x", "end")),
      star_positions(["start", "stop"]), star_positions(["start", "x", "stop"]), star_positions([]))


def star_captures_list(v):
    match v:
        case (first, *rest):
            return type(rest).__name__, rest
    return None


print(star_captures_list((1, 2, 3)), star_captures_list(range(3)))


def points(v):
    match v:
        case [(0, 0)]:
            return "origin only"
        case [(x, 0), (0, y)]:
            return "axes %d %d" % (x, y)
        case [(x1, y1), *others] if all(len(p) == 2 for p in others):
            return "polyline from (%d,%d) with %d more" % (x1, y1, len(others))
    return "?"


print(points([(0, 0)]), points([(3, 0), (0, 4)]), points([(1, 1), (2, 2), (3, 3)]), points([(1, 1), (2,)]))


def command(text):
    match text.split():
        case ["go", ("north" | "south") as direction]:
            return "going " + direction
        case ["take", item] | ["pick", "up", item]:
            return "taking " + item
        case ["drop", *items] if items:
            return "dropping " + ",".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown: " + text


for t in ["go north", "go west", "take lamp", "pick up key", "drop a b", "drop", "quit", "exit now"]:
    print(command(t))
