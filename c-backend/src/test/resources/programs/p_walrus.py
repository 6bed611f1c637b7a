"""Assignment expressions (:=): in if/while conditions, comprehensions
(binding in the containing function/module scope), nested in calls and
f-strings, walrus in lambda defaults and bodies, in match guards, inside
generator expressions, and interaction with globals / nonlocal."""
import re

data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("n =", n)
filtered = [y for x in data if (y := x * 2) > 10]
print(filtered, "last y =", y)
print([last := v for v in range(3)], last)
lines = iter(["a", "b", "", "c"])
while (line := next(lines)):
    print("line", line)
if m := re.match(r"(\w+)-(\d+)", "item-42"):
    print(m.group(1), int(m.group(2)))
print(f"{(z := 10) + 1} {z}")
print(sum(c := [1, 2, 3]), c)


def func():
    results = [(w := i) for i in range(3)]
    return results, w


print(func())


def nonlocal_walrus():
    total = 0

    def adder():
        nonlocal total
        return [total := total + i for i in range(4)]
    return adder(), total


print(nonlocal_walrus())
counter = 0


def global_walrus():
    global counter
    return [counter := counter + 1 for _ in range(3)]


print(global_walrus(), counter)
f = lambda: (q := 5) * q
print(f())
print(any((hit := v) > 10 for v in data), hit)
print(all((miss := v) < 10 for v in data), miss)


def match_guard(v):
    match v:
        case [x, *_] if (double := x * 2) > 4:
            return "double", double
        case _:
            return "none"


print(match_guard([3, 1]), match_guard([1]))
chunks = []
it = iter(range(7))
while chunk := [v for _, v in zip(range(3), it)]:
    chunks.append(chunk)
print(chunks)
print([(a, b) for a in range(3) if (b := a * a) % 2 == 0])


class InClass:
    vals = (k := 5) + 1    # plain walrus in a class body binds a class attribute
    # (a walrus inside a comprehension in a class body is a SyntaxError)


print(InClass.vals, "k" in vars(InClass), "k" in globals())
