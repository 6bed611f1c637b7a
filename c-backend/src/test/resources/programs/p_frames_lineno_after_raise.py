"""f_lineno of frames kept by a traceback after their function raised (PEP 626, as CPython's
test_exceptions.PEP626Tests): an exception raised in the body, in an except clause, passing an except
clause that does not match, through try/finally, out of a with block, from __exit__, re-raised bare and
by name, through nested handlers; the traceback's own tb_lineno for each; also when the function is
called from C (map) and from an interpreted caller (exec'd code), and with a traceback the handler
replaced."""
import sys

THIS = sys._getframe().f_code.co_filename


def lines_after_raise(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__
    else:
        return "no exception"
    frames = []
    t = t.tb_next
    while t:
        frame = t.tb_frame
        frames.append((frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno,
                       t.tb_lineno - frame.f_code.co_firstlineno))
        t = t.tb_next
    return frames


def simple():
    1/0
    pass


def in_except():
    try:
        1/0
    except:
        1/0
        pass


def other_except():
    try:
        1/0
    except TypeError as ex:
        pass


def in_named_except():
    try:
        1/0
    except Exception as ex:
        1/0
        pass


def in_try():
    try:
        1/0
    finally:
        pass


def in_finally_normal():
    try:
        pass
    finally:
        1/0
        pass


def in_finally_except():
    try:
        1/0
    finally:
        1/0
        pass


class Noop:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass


def after_with():
    with Noop():
        1/0
        pass


class ExitFails:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        raise ValueError


def after_with_exit_fails():
    with ExitFails():
        1/0


def bare_reraise():
    try:
        int("x")
    except ValueError:
        x = 1
        raise


def named_reraise():
    try:
        int("x")
    except ValueError as e:
        y = 2
        raise e


def nested_handlers():
    try:
        try:
            1/0
        except ZeroDivisionError:
            raise KeyError("k")
        finally:
            z = 3
    except IndexError:
        pass


def calls_deeper():
    return in_try()


def replaced_traceback():
    try:
        1/0
    except ZeroDivisionError as e:
        e.__traceback__ = None
        raise


def nested_other_except():
    try:
        try:
            1/0
        except TypeError:
            pass
    except KeyError:
        pass


CASES = [simple, in_except, other_except, in_named_except, in_try, in_finally_normal, in_finally_except,
         after_with, after_with_exit_fails, bare_reraise, named_reraise, nested_handlers, calls_deeper,
         replaced_traceback, nested_other_except]

for f in CASES:
    print(f.__name__, lines_after_raise(f))


# Called from C: the frames are kept by the traceback map's caller gets.
def from_map(f):
    try:
        list(map(lambda g: g(), [f]))
    except Exception as ex:
        t = ex.__traceback__
        out = []
        while t:
            if t.tb_frame.f_code.co_filename == THIS:
                out.append((t.tb_frame.f_code.co_name, t.tb_frame.f_lineno - t.tb_frame.f_code.co_firstlineno))
            t = t.tb_next
        return out


for f in (other_except, in_try, in_except):
    print("map", f.__name__, from_map(f))

# An interpreted caller (code run by exec) calling the compiled functions.
ns = {"cases": CASES, "lines_after_raise": lines_after_raise}
exec("result = [(f.__name__, lines_after_raise(f)) for f in cases[:5]]", ns)
print("exec", ns["result"])

# Re-raised many times through a loop: the frame keeps the last line.
def loop_reraise(n):
    for i in range(n):
        try:
            raise ValueError(i)
        except ValueError:
            if i == n - 1:
                raise


print("loop", lines_after_raise(lambda: loop_reraise(3)))
print(sys.exc_info())
