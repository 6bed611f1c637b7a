"""Uncaught exception raised inside a generator body while a for loop at
module level consumes it through a generator expression; the traceback
includes the generator frames."""


def read_records(lines):
    for n, line in enumerate(lines, 1):
        key, value = line.split("=")
        yield n, key.strip(), value.strip()


lines = ["a = 1", "b = 2", "broken line", "c = 3"]
upper = ((n, k.upper(), v) for n, k, v in read_records(lines))
for rec in upper:
    print(rec)
print("not reached")
