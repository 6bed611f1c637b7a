"""Uncaught exception raised three calls deep (module -> outer -> middle ->
inner); the traceback must list every frame with its line number. Prints
some output first."""


def inner(values):
    total = 0
    for v in values:
        total += 100 // v
    return total


def middle(values):
    print("middle: summing", values)
    return inner(values) + 1


def outer():
    print("outer: first call", middle([1, 2, 5]))
    return middle([4, 0, 3])


print("start")
outer()
print("never printed")
