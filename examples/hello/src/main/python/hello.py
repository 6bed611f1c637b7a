"""The example module: a little of everything pyc2c will compile."""
from dataclasses import dataclass


@dataclass
class Greeting:
    name: str
    times: int = 1

    def render(self):
        return ", ".join(f"Hello, {self.name}!" for _ in range(self.times))


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def safe_div(x, y):
    try:
        return x / y
    except ZeroDivisionError as e:
        return f"cannot divide: {e}"


if __name__ == "__main__":
    print(Greeting("pyc2c", 2).render())
    print(fib(30), safe_div(1, 0))
