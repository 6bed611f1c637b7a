"""Comprehensions: list/set/dict comprehensions and generator expressions
with multiple for clauses, multiple if conditions, nested comprehensions,
using enclosing-function locals and globals, walrus inside (binds in the
enclosing scope), iteration variable not leaking, the first iterable
evaluated eagerly in the enclosing scope, exceptions inside comprehensions."""

N = 5
print([i * i for i in range(N)])
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
print({i % 3 for i in range(10)}, {k: v for k, v in zip("abc", range(3)) if v})
print({c: ord(c) for c in "hey"}, sorted({w.lower() for w in ["A", "a", "B"]}))
print([[r * c for c in range(3)] for r in range(3)])
print([x for row in [[1, 2], [3], []] for x in row if x != 2 if x > 0])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [[row[i] for row in matrix] for i in range(3)])
print(sum(x for x in range(100) if x % 7 == 0), max((len(w), w) for w in ["aa", "b", "ccc"]))
x = "outer x"
ys = [x for x in "abc"]
print(ys, x)


def in_function(k):
    offset = 10
    data = [offset + i * k for i in range(3)]
    nested = [[offset + a + b for b in range(2)] for a in range(2)]
    lookup = {i: offset for i in range(2)}
    return data, nested, lookup


print(in_function(2))
total = 0
vals = [total := total + v for v in range(5)]
print(vals, total)


def walrus_in_func():
    found = [y for v in [1, 5, 8] if (y := v * 2) > 5]
    return found, y


print(walrus_in_func())
print([v for v in (lambda: range(3))()], [(lambda q: q + 1)(i) for i in range(3)])
funcs = [(lambda: i) for i in range(3)]
print([f() for f in funcs])
print([i for i in range(3)], [j for j in [i for i in range(2)]])


def eager_first():
    log = []

    def src(name, n):
        log.append(name)
        return range(n)
    g = (a * b for a in src("first", 2) for b in src("second", 2))
    log.append("created")
    out = list(g)
    return log, out


print(eager_first())
try:
    [1 / (i - 2) for i in range(5)]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print("ValueError:", e)
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError:", e)
try:
    [q for q in 5]
except TypeError as e:
    print("TypeError:", e)
print([(i, j) for i in range(2) for j in range(i, 3) for _ in [0] if j])
d = {"a": 1, "b": 2}
print({v: k for k, v in d.items()}, [k for k in d], dict((k, v * 2) for k, v in d.items()))
print(all(i < 10 for i in range(5)), any(i > 3 for i in range(3)), sorted(set(c for c in "mississippi")))
gen = (i for i in range(3))
print(next(gen), list(gen), list(gen))
print([[y for y in range(x)] for x in range(4)])
print("leak check", "i" in dir())
