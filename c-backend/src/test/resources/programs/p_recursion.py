"""Recursion: recursive functions to depth 500 (factorial, sum, Ackermann-
like small, mutual recursion even/odd, recursive generator flattening,
recursive data structure repr with cycle detection), and catching
RecursionError from unbounded recursion (only the type is printed, not the
message/depth), recovery afterwards, and recursion through __repr__."""
import sys


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def total(n):
    if n == 0:
        return 0
    return n + total(n - 1)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def depth_of(lst):
    return 1 + max((depth_of(x) for x in lst if isinstance(x, list)), default=0)


def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x


def build(n):
    return [] if n == 0 else [n, build(n - 1)]


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves


print(len(str(fact(500))), fact(500) % (10 ** 9 + 7))
print(total(500), is_even(500), is_odd(499), is_even(301))
nested = build(100)
print(depth_of(nested), sum(flatten(nested)), len(list(flatten(build(150)))))
print(ackermann(2, 3), len(hanoi(10)), hanoi(2))


def infinite(n):
    return infinite(n + 1) + 1


try:
    infinite(0)
except RecursionError as e:
    print("caught", type(e).__name__)
print("recovered:", total(200))


class Node:
    def __init__(self, child=None):
        self.child = child

    def __repr__(self):
        return "Node(%r)" % (self.child,)


n = Node()
n.child = n
try:
    repr(n)
except RecursionError as e:
    print("repr cycle:", type(e).__name__)
lst = [1]
lst.append(lst)
d = {"self": None}
d["self"] = d
print(lst, d)


def deep_eq():
    a = []
    b = []
    for _ in range(100000):
        a = [a]
        b = [b]
    try:
        return a == b
    except RecursionError as e:
        return type(e).__name__


print("deep compare:", deep_eq())
print(sys.getrecursionlimit() >= 1000)


def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]


print(memo_fib(400) % 1000000007)
