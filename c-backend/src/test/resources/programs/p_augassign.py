"""Augmented assignment targets: local, global (global stmt), cell
(nonlocal), attribute (evaluates the object once, calls __getattr__/
__setattr__ in order), subscript (evaluates container and key once,
__getitem__ then __setitem__), slice subscripts, tuple-in-list targets,
mutable vs immutable in-place semantics (list += vs tuple +=), the famous
t[0] += [x] that both mutates and raises, class attribute via instance."""

total = 0


def add_global(n):
    global total
    total += n
    total *= 2


add_global(5)
print("global", total)


def cells():
    c = 10

    def bump():
        nonlocal c
        c -= 3
        c **= 2
        return c
    bump()
    return bump()


print("cell", cells())


class Traced:
    def __init__(self):
        object.__setattr__(self, "store", {"x": 1})

    def __getattr__(self, name):
        print("  getattr", name)
        return self.store[name]

    def __setattr__(self, name, value):
        print("  setattr", name, value)
        self.store[name] = value

    def __getitem__(self, k):
        print("  getitem", k)
        return self.store.get(repr(k) if isinstance(k, slice) else k, 0)   # slices unhashable before 3.12

    def __setitem__(self, k, v):
        print("  setitem", k, v)
        self.store[repr(k) if isinstance(k, slice) else k] = v


calls = []


def obj():
    calls.append("obj")
    return tr


def key():
    calls.append("key")
    return "k"


tr = Traced()
obj().x += 5
obj()[key()] += 7
obj()[1:3] += 2
print(calls, sorted(tr.store.items(), key=repr))


class Plain:
    counter = 0


p = Plain()
p.counter += 1      # reads class attr, writes instance attr
print(Plain.counter, p.counter, vars(p))
Plain.counter += 10
print(Plain.counter, p.counter)
lst = [1, 2]
alias = lst
lst += [3]
print(lst is alias, alias)
tup = (1, 2)
talias = tup
tup += (3,)
print(tup is talias, talias, tup)
s = "a"
s += "b"
print(s)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e, "| but mutated:", t)
d = {"n": 0}
for ch in "abcab":
    d[ch] = d.get(ch, 0) + 1
    d["n"] += 1
print(d)
m = [[0] * 3 for _ in range(2)]
m[1][2] += 5
m[0][-1] -= 1
print(m)
fs = frozenset({1})
fsa = fs
fs |= {2}
print(fs is fsa, sorted(fs), sorted(fsa))
st = {1}
sta = st
st |= {2}
st &= {2, 3}
st ^= {4}
st -= {4}
print(st is sta, st)
x = 5
x //= 2
x %= 2
x <<= 3
x >>= 1
x |= 1
x ^= 3
x &= 6
print(x)
f = 1.5
f /= 2
f **= -1
print(f)
try:
    undefined_target += 1
except NameError as e:
    print("NameError:", e)


def local_before_assign():
    try:
        z += 1
    except UnboundLocalError as e:
        return "UnboundLocalError: %s" % e
    z = 0


print(local_before_assign())
try:
    n = None
    n += 1
except TypeError as e:
    print("TypeError:", e)
try:
    p.missing_attr += 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    d["absent"] += 1
except KeyError as e:
    print("KeyError:", e)
