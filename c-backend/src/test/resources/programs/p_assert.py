"""assert statements: passing asserts, failing without message (empty
args), with a message of various types (str, int, tuple, object), message
expression only evaluated on failure, assert inside functions and
comprehensions, AssertionError attributes and traceback line."""
import traceback

evaluated = []


def msg(text):
    evaluated.append(text)
    return text


assert True
assert 1 == 1, msg("not evaluated")
print("message evaluated on success:", evaluated)


def check(fn):
    try:
        fn()
    except AssertionError as e:
        tb = traceback.extract_tb(e.__traceback__)[-1]
        print("AssertionError args=%r str=%r at %s:%d" % (e.args, str(e), tb.name, tb.lineno))


def no_msg():
    assert 1 > 2


def str_msg():
    x = 5
    assert x < 3, "x too big: %d" % x


def int_msg():
    assert [], 42


def tuple_msg():
    assert None, ("a", 1)


def evaluated_msg():
    assert False, msg("evaluated on failure")


def in_comprehension():
    return [v for v in range(3) if v < 2 or assert_helper(v)]


def assert_helper(v):
    assert v != 2, "v is %d" % v
    return True


def multi_line():
    value = {"a": 1}
    assert (
        "b" in value
    ), "missing b in %r" % (
        value,
    )


class Obj:
    def __repr__(self):
        return "Obj()"


def obj_msg():
    assert 0, Obj()


def exc_msg():
    assert 0, ValueError("inner")


for fn in (no_msg, str_msg, int_msg, tuple_msg, evaluated_msg, in_comprehension, multi_line, obj_msg, exc_msg):
    check(fn)
print(evaluated)


def assert_in_loop():
    for i in range(5):
        assert i < 3, i
    return "unreachable"


check(assert_in_loop)
try:
    raise AssertionError
except AssertionError as e:
    print(repr(e), e.args)
