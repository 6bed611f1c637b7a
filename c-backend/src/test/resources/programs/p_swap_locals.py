# Locals swapped and rotated through the stack (3.13+: LOAD_FAST_LOAD_FAST and STORE_FAST_STORE_FAST): the
# second store reads a value loaded before the first store replaced its local.


class P:
    def __init__(self, s, m):
        self.s = s
        self.m = m


def ordered(self, other):
    # statistics.NormalDist.overlap's sort for commutativity
    X, Y = self, other
    if (Y.s, Y.m) < (X.s, X.m):
        X, Y = Y, X
    return X.m, Y.m


def swap(a, b):
    a, b = b, a
    return a, b


def swap_copies(a, b):
    x, y = a, b
    x, y = y, x
    return x, y


def rotate(a, b, c):
    a, b, c = c, a, b
    return a, b, c


def swap_in_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a, b


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def swap_finalized():
    # the first store releases the local's old value: its finalizer runs between the two stores
    a, b = D(1), D(2)
    a, b = b, D(3)
    return a.n, b.n


p1, p2 = P(1, 10), P(2, 20)
print(ordered(p1, p2), ordered(p2, p1))
print(swap(1, 2), swap_copies(3, 4), rotate(5, 6, 7))
print(swap_in_loop(10))
print(swap_finalized())
