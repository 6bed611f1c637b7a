"""Exception chaining: implicit __context__ when raising in an except
block, explicit cause with raise ... from ..., suppression with from None
(__suppress_context__), context set on re-raise, traceback.format_exception
output (normalised to basenames), add_note (3.11+) and __notes__,
with_traceback, exception groups excluded (see p_except_star)."""
import os
import traceback


def fmt(e):
    lines = traceback.format_exception(e)
    out = []
    for chunk in lines:
        for line in chunk.splitlines():
            if line.lstrip().startswith("File "):
                path = line.split('"')[1]
                line = line.replace(path, os.path.basename(path))
            if line.strip() and set(line.strip()) <= set("^~ "):
                continue   # caret lines differ between versions
            out.append(line)
    return "\n".join(out)


def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("during handling")


def explicit():
    try:
        int("abc")
    except ValueError as e:
        raise RuntimeError("wrapped") from e


def suppressed():
    try:
        [].pop()
    except IndexError:
        raise TypeError("clean") from None


def cause_without_context():
    raise LookupError("direct") from KeyError("the cause")


for fn in (implicit, explicit, suppressed, cause_without_context):
    try:
        fn()
    except Exception as e:
        print("==", fn.__name__, type(e).__name__, e)
        print("  cause:", repr(e.__cause__), "context:", repr(e.__context__), "suppress:", e.__suppress_context__)
        print(fmt(e))

try:
    try:
        raise ValueError("one")
    except ValueError as first:
        try:
            raise KeyError("two")
        except KeyError:
            raise IndexError("three")
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))

e = ValueError("noted")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    raise e
except ValueError as caught:
    print(fmt(caught))
try:
    e.add_note(5)
except TypeError as te:
    print("TypeError:", te)


def reraise_keeps_context():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            try:
                raise ValueError("b")
            except ValueError as ve:
                saved = ve
        raise saved
    except ValueError as v:
        return repr(v.__context__)


print(reraise_keeps_context())


def cause_none_after():
    try:
        try:
            raise KeyError("x")
        except KeyError as k:
            raise ValueError("y") from k
    except ValueError as v:
        v.__cause__ = None
        return v.__suppress_context__, repr(v.__context__)


print(cause_none_after())
err = ValueError("tb")
print(err.__traceback__ is None, err.with_traceback(None) is err)
try:
    raise ValueError("self-context")
except ValueError as exc:
    try:
        raise exc
    except ValueError as again:
        print("self context avoided:", again.__context__ is None)
