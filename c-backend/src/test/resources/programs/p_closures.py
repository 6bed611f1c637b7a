"""Closures and cells: captured variables, nonlocal rebinding, functions
nested three deep sharing a cell, late binding in loops (and the default-
argument fix), __closure__ / cell_contents, co_freevars / co_cellvars,
cells for arguments, closures over loop variables in comprehensions,
free variable referenced before assignment, class body closures."""


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter()
inc()
inc(5)
print("counter", get(), inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
print("cell", [c.cell_contents for c in get.__closure__])


def level1(a):
    b = a * 2

    def level2(c):
        d = c + b

        def level3(e):
            nonlocal b
            b += 100
            return a + b + d + e

        return level3

    return level2, lambda: b


l2, peek = level1(1)
l3 = l2(10)
print("3 deep", l3(1000), peek(), l3(0), peek())
print(l3.__code__.co_freevars, l2.__code__.co_freevars, l2.__code__.co_cellvars)

late = [lambda: i for i in range(3)]
print("late binding comp", [fn() for fn in late])
late2 = []
for i in range(3):
    late2.append(lambda: i)
print("late binding loop", [fn() for fn in late2])
early = [lambda i=i: i for i in range(3)]
print("default binding", [fn() for fn in early])


def factory():
    fns = []
    for k in range(3):
        def f():
            return k
        fns.append(f)
    k = "changed"
    return fns


print("factory", [f() for f in factory()])


def arg_cell(x):
    def get():
        return x
    x = x + 1
    return get


print("arg cell", arg_cell(1)())


def before_assign():
    def reader():
        return value
    try:
        reader()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    value = 5
    return reader()


print("before assign ->", before_assign())


def deleted_cell():
    v = 1

    def reader():
        return v
    del v
    try:
        return reader()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)


print(deleted_cell())


def nonlocal_shadow():
    x = "outer"

    def mid():
        x = "mid"

        def inner():
            nonlocal x
            x = "inner-set"
        inner()
        return x
    return mid(), x


print(nonlocal_shadow())


def class_closure():
    secret = 42

    class Holder:
        value = secret

        def method(self):
            return secret + 1

        attr = [secret for _ in range(2)]
    return Holder.value, Holder().method(), Holder.attr


print("class closure", class_closure())


def counter_gen():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total
    return [add(i) for i in range(5)], total


print(counter_gen())


def accumulator():
    data = []
    return data.append, data


app, data = accumulator()
app(1)
app(2)
print(data)


def cell_identity():
    x = 0
    f1 = lambda: x
    f2 = lambda: x
    return f1.__closure__[0] is f2.__closure__[0]


print("shared cell", cell_identity())
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, lambda v: v * 3)(7) + "!")
