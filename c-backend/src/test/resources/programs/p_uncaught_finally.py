"""Uncaught exception raised from a finally block (replacing a pending
return value); the original exception from the try block becomes the
__context__ of the one raised in finally for the second call."""


def close_resource(name):
    if name == "broken":
        raise OSError("cannot close %s" % name)
    print("closed", name)


def use(name, fail):
    try:
        if fail:
            raise ValueError("use of %s failed" % name)
        return "used " + name
    finally:
        close_resource(name)


print(use("fine", False))
print(use("broken", True))
print("not reached")
