"""A single module, compiled to one extension module."""


def greet(name, punct="!"):
    return f"Hello, {name}{punct}"


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return f"cannot divide: {e}"


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by=1):
        self.n += by
        return self.n
