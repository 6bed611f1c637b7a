"""sys.exc_info() / sys.exception(): inside except blocks (type, value,
traceback frame names), after the except block (cleared), in nested
handlers (innermost wins, outer restored), in finally during propagation,
inside functions called from an except block, inside generators resumed
from an except block, in __exit__, and traceback.print_exc/format_exc
(normalised) relying on the current exception."""
import os
import sys
import traceback


def state():
    t, v, tb = sys.exc_info()
    if t is None:
        return "no exception"
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return "%s(%s) frames=%s" % (t.__name__, v, frames)


print("before:", state(), sys.exception())


def raiser():
    raise ValueError("first")


try:
    raiser()
except ValueError:
    print("in except:", state())
    print("sys.exception():", repr(sys.exception()), sys.exception() is sys.exc_info()[1])
    try:
        {}["k"]
    except KeyError:
        print("nested:", state())
    print("restored:", state())
print("after:", state())


def in_finally():
    try:
        raise TypeError("propagating")
    finally:
        print("finally sees:", state())


try:
    in_finally()
except TypeError:
    pass
print("after finally:", state())


def called_from_handler():
    return "callee sees: " + state()


try:
    1 / 0
except ZeroDivisionError:
    print(called_from_handler())


def gen():
    yield state()
    yield state()


g = gen()
try:
    raise IndexError("while generator runs")
except IndexError:
    print("gen first:", next(g))
print("gen second:", next(g))


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("__exit__ args:", exc[0].__name__ if exc[0] else None, "| exc_info:", state())
        return True


with CM():
    raise OSError("in with")
print("after with:", state())


def normalise(text):
    out = []
    for line in text.splitlines():
        if line.lstrip().startswith("File "):
            path = line.split('"')[1]
            line = line.replace(path, os.path.basename(path))
        if line.strip() and set(line.strip()) <= set("^~ "):
            continue
        out.append(line)
    return out


def formatted():
    try:
        raiser()
    except ValueError:
        return normalise(traceback.format_exc())


print(formatted())
print("format_exc with no exception:", repr(traceback.format_exc()))


def handler_returns():
    try:
        raise KeyError("x")
    except KeyError:
        return state()


print(handler_returns(), "| after return:", state())


def exception_var_vs_exc_info():
    try:
        raise ValueError("v")
    except ValueError as e:
        e2 = e
        same = sys.exc_info()[1] is e
    return same, sys.exc_info()[0], type(e2).__name__


print(exception_var_vs_exc_info())
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise KeyError("outer")
except KeyError:
    print("context via exc_info:", repr(sys.exc_info()[1].__context__))
