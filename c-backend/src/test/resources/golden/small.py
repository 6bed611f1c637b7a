"""Small functions whose generated C is kept as golden files."""


def add(a, b=1):
    return a + b


def count_evens(items):
    total = 0
    for x in items:
        if x % 2 == 0:
            total += 1
    return total


def safe_ratio(x, y):
    try:
        return x / y
    except ZeroDivisionError:
        return None


def counter():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n
    return bump


class Greeter:
    def greet(self, name, *, punct="!"):
        return f"Hello, {name}{punct}"


def area(shape):
    shape.area = shape.width * shape.height
    return shape.describe()
