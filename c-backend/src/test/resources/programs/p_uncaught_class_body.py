"""Uncaught exception raised while executing a class body (the class body
calls a helper that raises TypeError); the traceback has a frame named after
the class. Output before the failure must match."""


def validate(name, value):
    if not isinstance(value, int):
        raise TypeError("setting %s: expected int, got %s" % (name, type(value).__name__))
    return value


class Good:
    size = validate("size", 3)


print("Good.size =", Good.size)


class Config:
    width = validate("width", 10)
    height = validate("height", 20)
    print("Config body reached depth", width + height)
    depth = validate("depth", "thirty")
    never = print("not printed")


print("not reached")
