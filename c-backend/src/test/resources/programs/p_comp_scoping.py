"""Comprehension scoping (PEP 709 inlining in 3.12): iteration variables do
not leak and do not clobber same-named locals, comprehensions in class
bodies cannot see class variables except in the first iterable, locals() /
sys._getframe() / tracebacks seen from inside a comprehension (these differ
between 3.11, with its <listcomp> frame, and 3.12+), and a comprehension
that shadows a cell variable."""
import sys
import traceback


class Cls:
    base = [1, 2, 3]
    factor = 10
    doubled = [b * 2 for b in base]            # first iterable: class scope ok
    try:
        scaled = [b * factor for b in base]    # factor not visible
    except NameError as e:
        scaled = "NameError: %s" % e
    try:
        pairs = [(a, b) for a in base for b in base if a < b][:2]
    except NameError as e:
        pairs = "NameError: %s" % e
    pairs_ok = [(a, b) for a in base for b in (1, 2) if a < b]
    try:
        nested = [[factor for _ in base] for _ in base]
    except NameError as e:
        nested = "NameError: %s" % e
    gen_first = list(x for x in base)
    lam_scope = [(lambda: 7)() for _ in base]


print(Cls.doubled, Cls.scaled, Cls.pairs, Cls.pairs_ok, Cls.nested, Cls.gen_first, Cls.lam_scope)
print(sorted(k for k in vars(Cls) if not k.startswith("__")))


def no_clobber():
    x = "kept"
    squares = [x * x for x in range(4)]
    return x, squares


print(no_clobber())


def locals_inside():
    outer_var = 1
    seen = [sorted(locals()) for _ in range(1)]
    return seen[0]


print("locals() inside comprehension:", locals_inside())


def frame_inside():
    return [sys._getframe().f_code.co_name for _ in range(1)][0]


print("frame name inside comprehension:", frame_inside())


def tb_inside():
    try:
        [1 // 0 for _ in range(1)]
    except ZeroDivisionError as e:
        return [(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)]


print("traceback from comprehension:", tb_inside())


def cell_shadow():
    y = "cell"
    f = lambda: y
    vals = [y for y in range(3)]
    return f(), vals, y


print(cell_shadow())


def comp_cell():
    fns = [lambda: k for k in range(3)]
    return [fn() for fn in fns]


print(comp_cell())


def unbound_in_comp():
    try:
        [z for _ in range(1)]
    except NameError as e:
        print("NameError:", e)
    z = 1
    return [z for _ in range(1)]


print(unbound_in_comp())
result = [name for name in dir() if name.startswith("no_")]
print(result, "name" in globals())
print([sorted(n for n in locals() if not n.startswith("__")) for q in range(1)])
