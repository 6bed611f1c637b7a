"""The example module: a little of everything pyc2c compiles."""
import time
from dataclasses import dataclass


@dataclass
class Greeting:
    name: str
    times: int = 1

    def render(self):
        return ", ".join([f"Hello, {self.name}!" for _ in range(self.times)])


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


def primes_below(limit):
    sieve = [True] * limit
    count = 0
    for i in range(2, limit):
        if sieve[i]:
            count += 1
            for k in range(i * i, limit, i):
                sieve[k] = False
    return count


def main():
    print(Greeting("pyc2c", 2).render())
    print(fib(30), safe_div(1, 0))
    t0 = time.perf_counter()
    n = primes_below(2_000_000)
    print(f"{n} primes below 2,000,000 in {time.perf_counter() - t0:.3f} s")
