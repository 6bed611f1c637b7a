"""copy.deepcopy of generated object graphs: dicts, lists, tuples, sets, instances with a __dict__ and
with __slots__, shared and cyclic references (the memo). Stands for generic recursive traversal:
a type-dispatch table, id() memo dicts, __reduce_ex__ for instances."""

import zlib

from stdlib_copy import copy
from lcg import Lcg

TIME_N = 600
INSTR_N = 25


class Node:
    def __init__(self, name, value, children):
        self.name = name
        self.value = value
        self.children = children
        self.parent = None


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def build(rng, depth):
    k = rng.below(7 if depth < 4 else 4)
    if k == 0:
        return rng.below(1000)
    if k == 1:
        return "s%d" % rng.below(100)
    if k == 2:
        return Point(rng.below(10), rng.below(10))
    if k == 3:
        return (rng.below(5), "t", 1.5)
    if k == 4:
        return [build(rng, depth + 1) for _ in range(rng.below(5))]
    if k == 5:
        return {"k%d" % i: build(rng, depth + 1) for i in range(rng.below(5))}
    children = [Node("n%d" % i, build(rng, depth + 1), []) for i in range(rng.below(4))]
    node = Node("parent", {1, 2, 3}, children)
    for c in children:
        c.parent = node
    return node


def shape(x, seen):
    if id(x) in seen:
        return "@"
    if isinstance(x, Node):
        seen.add(id(x))
        return "N(%s,%s,[%s])" % (x.name, shape(x.value, seen), ",".join(shape(c, seen) for c in x.children))
    if isinstance(x, Point):
        return "P%d.%d" % (x.x, x.y)
    if isinstance(x, list):
        return "[%s]" % ",".join(shape(v, seen) for v in x)
    if isinstance(x, dict):
        return "{%s}" % ",".join("%s:%s" % (k, shape(v, seen)) for k, v in x.items())
    return repr(x)


def main(n):
    rng = Lcg(19)
    graphs = [[build(rng, 0) for _ in range(30)] for _ in range(4)]
    crc = 0
    for i in range(n):
        g = copy.deepcopy(graphs[i % 4])
        crc = zlib.crc32(shape(g, set()).encode(), crc)
    return "crc=%08x" % crc
