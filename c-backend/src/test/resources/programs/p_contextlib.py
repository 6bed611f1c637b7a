"""contextlib: @contextmanager generators (setup/teardown, exceptions thrown
into the generator, suppression by catching, generator not yielding, yielding
twice), suppress(), ExitStack (callbacks order, pop_all, enter_context),
closing(), nullcontext(), redirect_stdout to a StringIO, chdir-free."""
import contextlib
import io


@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name
    finally:
        print("</%s>" % name)


@contextlib.contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("  swallowed", type(e).__name__, e)


@contextlib.contextmanager
def transform():
    try:
        yield
    except KeyError as e:
        raise LookupError("transformed %s" % e) from e


@contextlib.contextmanager
def no_yield():
    if False:
        yield


@contextlib.contextmanager
def double_yield():
    yield 1
    yield 2


with tag("a") as n:
    with tag("b"):
        print("  body", n)

with swallow(ValueError, TypeError):
    int("x")
print("after swallow")

try:
    with swallow(ValueError):
        [][0]
except IndexError as e:
    print("not swallowed:", e)

try:
    with transform():
        {}["k"]
except LookupError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    with double_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppress ok")

with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "  callback", i)
    names = [stack.enter_context(tag("s%d" % i)) for i in range(2)]
    print("  entered", names)

with contextlib.ExitStack() as outer:
    outer.callback(print, "  outer callback")
    with contextlib.ExitStack() as inner:
        inner.callback(print, "  moved callback")
        moved = inner.pop_all()
    print("  inner closed without callbacks")
    moved.close()


def stack_suppress():
    with contextlib.ExitStack() as stack:
        stack.push(lambda *exc: True)
        raise ValueError("suppressed by pushed exit")
    return "after stack"


print(stack_suppress())


class Res:
    def close(self):
        print("  Res.close")


with contextlib.closing(Res()) as r:
    print("  using", type(r).__name__)
with contextlib.nullcontext("value") as v:
    print("nullcontext", v)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
    print("second")
print("redirected:", repr(buf.getvalue()))


@tag("decorated")
def decorated_fn():
    print("  inside decorated function")


decorated_fn()
decorated_fn()


class Reentrant(contextlib.ContextDecorator):
    def __enter__(self):
        print("  cd enter")
        return self

    def __exit__(self, *exc):
        print("  cd exit", exc[0].__name__ if exc[0] else None)
        return False


@Reentrant()
def uses_cd(x):
    return x * 2


print(uses_cd(21))
cm = tag("once")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
