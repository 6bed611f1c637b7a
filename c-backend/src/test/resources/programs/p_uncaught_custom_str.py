"""Uncaught custom exception subclass with __init__ storing fields and a
custom __str__, raised inside a decorated (functools.wraps) function; the
traceback includes the wrapper frame."""
import functools


class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return "field %r: %s" % (self.field, self.problem)


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        print("calling", fn.__name__, args)
        return fn(*args)
    return wrapper


@logged
def validate(record):
    for key in ("id", "name"):
        if key not in record:
            raise ValidationError(key, "is required")
    return True


print(validate({"id": 1, "name": "x"}))
validate({"id": 2})
