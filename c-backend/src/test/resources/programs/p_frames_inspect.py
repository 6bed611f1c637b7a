"""inspect module on live frames: inspect.currentframe(), inspect.stack()
and inspect.getouterframes() (function names, line numbers, code_context
lines and index, filtered to this file), getframeinfo, getsource of a
function, getsourcelines / getcomments, isfunction/isgeneratorfunction/
ismethod/isclass predicates, getmembers on a class, getattr_static,
getclosurevars, getcallargs and Signature.bind."""
import inspect
import os

THIS = os.path.basename(inspect.currentframe().f_code.co_filename)


def mine(records):
    out = []
    for fi in records:
        if os.path.basename(fi.filename) != THIS:
            break
        ctx = fi.code_context[fi.index].strip() if fi.code_context else None
        out.append((fi.function, fi.lineno, ctx))
        if fi.function == "<module>":
            break
    return out


def level3():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame, context=3)
    print("getframeinfo:", os.path.basename(info.filename), info.lineno, info.function, info.index,
          [l.rstrip() for l in info.code_context])
    for entry in mine(inspect.stack()):
        print("  stack:", entry)
    for entry in mine(inspect.getouterframes(frame, context=1)):
        print("  outer:", entry)
    return frame.f_back.f_code.co_name


def level2():
    return level3()


def level1():
    value = level2()
    return value


print("called from:", level1())


# A comment describing documented()
def documented(x, y=1):
    """Docstring of documented."""
    total = x + y
    return total


print(inspect.getsource(documented))
lines, start = inspect.getsourcelines(documented)
print(start, len(lines), repr(inspect.getcomments(documented)), inspect.getdoc(documented))


def gen_fn():
    yield 1


class Sample:
    attr = 1

    def method(self):
        return 1

    @staticmethod
    def st():
        pass

    @property
    def prop(self):
        return "computed"


print(inspect.isfunction(documented), inspect.isgeneratorfunction(gen_fn), inspect.isgenerator(gen_fn()),
      inspect.ismethod(Sample().method), inspect.isfunction(Sample.method), inspect.isclass(Sample),
      inspect.isbuiltin(len), inspect.isroutine(documented), inspect.ismodule(inspect), inspect.iscode(documented.__code__))
print([name for name, _ in inspect.getmembers(Sample) if not name.startswith("__")])
print(type(inspect.getattr_static(Sample, "st")).__name__, type(inspect.getattr_static(Sample(), "prop")).__name__)
gv = 10


def outer():
    nonlocal_v = 5

    def closure(arg):
        return nonlocal_v + gv + len(arg)
    return closure


cv = inspect.getclosurevars(outer())
print(dict(cv.nonlocals), dict(cv.globals), sorted(cv.builtins), sorted(cv.unbound))
print(sorted(inspect.getcallargs(documented, 1).items()))
sig = inspect.signature(documented)
bound = sig.bind(3)
bound.apply_defaults()
print(bound.arguments, bound.args)
try:
    sig.bind(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(inspect.getmodulename(THIS), inspect.getmodule(documented).__name__, inspect.unwrap(documented) is documented)
frame = inspect.currentframe()
print("module frame:", frame.f_code.co_name, frame.f_lineno, inspect.getframeinfo(frame).code_context[0].strip())
del frame


def gen_state():
    g = gen_fn()
    states = [inspect.getgeneratorstate(g)]
    next(g)
    states.append(inspect.getgeneratorstate(g))
    states.append(inspect.getgeneratorlocals(g))
    return states


print(gen_state())
