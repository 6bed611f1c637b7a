# An exception raised in a compiled generator, resumed by a for loop, a generator expression and a builtin,
# escapes uncaught: its traceback has the generator's frames at the lines that raised, as interpreted.


def numbers(n):
    for i in range(n):
        if i == 3:
            raise ValueError("three", i)
        yield i


def doubled(src):
    return (x * 2 for x in src)


def consume():
    total = 0
    for v in doubled(numbers(10)):
        total += v
    return total


print("before")
consume()
