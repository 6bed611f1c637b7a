"""Recursion that must end in RecursionError and never in a crash: with
sys.setrecursionlimit raised to 100000, unbounded recursion in a function,
in a method, and in a thread with a small stack (512 KiB); at the usual
limit, recursion through C (==, map, sorted's key). Only the exception type
is printed: how deep each gets depends on the C stack. The program goes on
afterwards."""
import sys
import threading


def down(n):
    return down(n + 1)


class Walker:
    def step(self, n):
        return self.step(n + 1)


class Node:
    def __eq__(self, other):
        return self == other


def through_map(n):
    return list(map(through_map, [n + 1]))


def through_sorted(n):
    return sorted([n], key=through_sorted)


def outcome(f, *args):
    try:
        f(*args)
    except RecursionError as e:
        return type(e).__name__
    return "no error"


old = sys.getrecursionlimit()
sys.setrecursionlimit(100000)
print(outcome(down, 0), outcome(Walker().step, 0))
# Recursion through C at the usual limit: with a high limit, CPython 3.11 and 3.13 themselves can
# overflow the C stack there.
sys.setrecursionlimit(old)
print(outcome(lambda: Node() == Node()), outcome(through_map, 0), outcome(through_sorted, 0))

results = []


def in_thread():
    results.append(outcome(down, 0))


sys.setrecursionlimit(100000)
threading.stack_size(512 * 1024)
t = threading.Thread(target=in_thread)
t.start()
t.join()
threading.stack_size(0)
print(results)
sys.setrecursionlimit(old)


def count(n):
    return n if n == 0 else 1 + count(n - 1)


print(count(500))
