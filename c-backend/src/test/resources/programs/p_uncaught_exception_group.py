"""Uncaught ExceptionGroup: except* handles the ValueErrors, the TypeError
and nested KeyError are re-raised as the remainder group (message, nested
structure and frames are compared)."""


def task(n):
    if n % 3 == 0:
        raise ValueError("task %d: bad value" % n)
    if n % 3 == 1:
        raise TypeError("task %d: bad type" % n)
    return n


def run_all():
    errors = []
    for n in range(4):
        try:
            print("task", n, "->", task(n))
        except Exception as e:
            errors.append(e)
    errors.append(ExceptionGroup("inner", [KeyError("k")]))
    raise ExceptionGroup("run_all failed", errors)


try:
    run_all()
except* ValueError as eg:
    print("handled", len(eg.exceptions), "ValueError(s)")
print("not reached")
