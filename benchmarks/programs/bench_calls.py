"""Speed benchmark (not a p_* correctness program): many small function
calls, method calls, closures, keyword-argument calls, recursion and
generator resumption. Sized for roughly one second interpreted on CPython
3.12. Prints a checksum only."""


def add(a, b):
    return a + b


def kw(a, b=1, *, c=2):
    return a * b + c


def make_adder(n):
    def adder(x):
        return x + n
    return adder


class Counter:
    __slots__ = ("value",)

    def __init__(self):
        self.value = 0

    def incr(self, by=1):
        self.value += by
        return self.value

    @property
    def double(self):
        return self.value * 2

    @staticmethod
    def sq(x):
        return x * x


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def gen(n):
    for i in range(n):
        yield i & 7


def run():
    total = 0
    for i in range(1200000):
        total = add(total, i) & 0xFFFFFFF
    for i in range(600000):
        total += kw(i, c=3) & 0xFF
        total += kw(i, 2) & 0xFF
    adders = [make_adder(k) for k in range(10)]
    for i in range(600000):
        total += adders[i % 10](i) & 0xF
    c = Counter()
    for i in range(800000):
        c.incr()
        total += c.double & 0xF
        total += Counter.sq(i & 15)
    total += fib(25)
    total += sum(gen(1000000))
    f = lambda x: x ^ 0x55
    total += sum(map(f, range(600000)))
    return total


print("bench_calls checksum:", run())
