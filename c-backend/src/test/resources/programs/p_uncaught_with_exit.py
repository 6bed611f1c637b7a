"""Uncaught exception raised by a context manager's __exit__ while the with
body is propagating another exception: the final exception is the one from
__exit__ (RuntimeError) with the body's KeyError as __context__."""


class Transaction:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("begin", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("end", self.name, "with", exc_type.__name__ if exc_type else None)
        if exc_type is not None:
            self.rollback(exc)
        return False

    def rollback(self, exc):
        raise RuntimeError("rollback of %s failed after %r" % (self.name, exc))


def apply(store):
    with Transaction("ok"):
        store["a"] = 1
    with Transaction("bad"):
        store["b"] = store["missing"]


apply({})
print("not reached")
