"""Loops: while/for with break, continue and else clauses, nested loops with
break out of inner loops, loop variables after the loop, range with negative
steps, enumerate/zip/reversed, zip(strict=True) errors, iterating over
mutating containers, for over a custom iterator, while True with return."""

for i in range(3):
    print("for", i)
else:
    print("for-else ran")

for i in range(10):
    if i == 2:
        continue
    if i == 4:
        break
    print("body", i)
else:
    print("not printed")
print("after break i =", i)

n = 0
while n < 3:
    n += 1
else:
    print("while-else n =", n)

n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
print("while True n =", n)

found = None
for a in range(1, 6):
    for b in range(1, 6):
        if a * b == 12:
            found = (a, b)
            break
    else:
        continue
    break
print("found", found)

for x in []:
    print("never")
else:
    print("empty for-else")
print(list(range(10, 0, -3)), list(range(-5)), list(range(0, 10, 4)), range(5)[::-1])
print(list(enumerate("abc", start=10)))
print(list(zip([1, 2, 3], "ab", (True, False, None))))
print(list(zip()), list(zip([1])))
print(list(reversed([1, 2, 3])), list(reversed(range(4))))
print(dict(zip("abc", range(3))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)

total = 0
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    total += i * (a + b)
print("total", total)

# mutating while iterating
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
print("mutated list", lst)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError as e:
    print("RuntimeError:", e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(4)))
for v in Countdown(3):
    print("countdown", v)


def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None


def loop_with_return():
    i = 0
    while True:
        i += 1
        if i * i > 50:
            return i


print(first_even([1, 3, 6, 8]), first_even([1]), loop_with_return())

# nested loops building a table
for i in range(1, 4):
    row = []
    for j in range(1, 4):
        if j > i:
            break
        row.append(i * j)
    print(row)

try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    for x in None:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)

# loop variable leaks, unlike comprehension variables
for leak in range(3):
    pass
print("leak", leak)
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print("skipping", next(it))
print("it done", list(it))
