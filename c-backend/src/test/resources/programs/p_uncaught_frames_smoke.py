"""Smoke test: tracebacks, frames, locals, super (uncaught error at the end)."""
import sys, traceback, inspect
def inner(x):
    return 1 / x
def middle(x):
    y = x + 1
    return inner(x - 1)
def frames():
    f = sys._getframe()
    return f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, sorted(f.f_locals)
def reraiser():
    try:
        inner(0)
    except ZeroDivisionError:
        raise
def chained():
    try:
        inner(0)
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
def loc():
    a = 1
    b = [a]
    return locals()
class A:
    def m(self):
        return "A"
class B(A):
    def m(self):
        return "B" + super().m()
for f in (lambda: middle(1), reraiser, chained):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, [(fr.name, fr.lineno) for fr in traceback.extract_tb(e.__traceback__)])
print(frames())
print(loc())
print(B().m())
print([s.function for s in inspect.stack()[:1]])
middle(1)
