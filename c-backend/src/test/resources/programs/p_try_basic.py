"""try/except/else/finally in all combinations: matching by class, tuple
of classes, base classes, bare except, else only without exception,
finally always, nested handlers, exception raised in handler, the exception
variable deleted after the except block (NameError afterwards), re-raise
with bare raise, exception attributes (args, str, repr), bad except types."""


def attempt(fn):
    try:
        r = fn()
    except ZeroDivisionError:
        print("  zde")
    except (KeyError, IndexError) as e:
        print("  lookup", type(e).__name__, e.args)
    except ArithmeticError as e:
        print("  arithmetic", repr(e))
    except Exception as e:
        print("  other", type(e).__name__, str(e))
    else:
        print("  else", r)
        return "returned from else"
    finally:
        print("  finally")
    return "after try"


print(attempt(lambda: 1 / 0))
print(attempt(lambda: {}["k"]))
print(attempt(lambda: [][1]))
print(attempt(lambda: 2.0 ** 5000))
print(attempt(lambda: int("x")))
print(attempt(lambda: "ok"))

try:
    raise ValueError("v")
except ValueError as err:
    print("handled", err)
try:
    print(err)
except NameError as ne:
    print("NameError:", ne)

err = "preset"
try:
    raise KeyError("again")
except KeyError as err:
    pass
print("err" in dir())


def bare():
    try:
        raise OSError(2, "No such file", "name.txt")
    except:
        import sys
        return sys.exc_info()[0].__name__, sys.exc_info()[1].errno, str(sys.exc_info()[1])


print(bare())


def reraise():
    try:
        try:
            raise TypeError("inner")
        except TypeError:
            print("  logging then re-raising")
            raise
    except TypeError as e:
        return "outer caught " + str(e)


print(reraise())


def handler_raises():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("from handler")
        finally:
            print("  inner finally")
    except ValueError as e:
        return "%s (context %s)" % (e, type(e.__context__).__name__)


print(handler_raises())


def nested():
    try:
        try:
            raise KeyError("deep")
        except IndexError:
            print("  wrong handler")
        else:
            print("  no else")
        finally:
            print("  finally 1")
    except LookupError as e:
        print("  base class caught", repr(e))
    else:
        print("  never")
    finally:
        print("  finally 2")


nested()
e1 = ValueError("a", 1, [2])
print(e1.args, str(e1), repr(e1), str(ValueError()), repr(ValueError()), str(KeyError("q")), str(KeyError()))
print(str(OSError(13, "denied")), OSError(13, "denied").strerror, type(OSError(2, "x")).__name__)
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(repr(StopIteration(5).value), SystemExit(3).code, str(Exception("x", "y")))


def bad_except_type():
    try:
        try:
            1 / 0
        except 42:
            pass
    except TypeError as e:
        return "TypeError: %s" % e


print(bad_except_type())


def bad_except_tuple():
    try:
        try:
            raise ValueError
        except (ValueError, "str"):
            return "matched before checking all?"
    except TypeError as e:
        return "TypeError: %s" % e


print(bad_except_tuple())


def not_matched_bad_type():
    try:
        try:
            raise ValueError
        except (KeyError, "str"):
            pass
    except TypeError as e:
        return "TypeError: %s" % e


print(not_matched_bad_type())


def raise_non_exception():
    for thing in (42, "str", None, object, ValueError, ValueError("inst")):
        try:
            raise thing
        except TypeError as e:
            print("  TypeError:", e)
        except ValueError as e:
            print("  raised ValueError", repr(e))


raise_non_exception()


def raise_from_bad():
    try:
        raise ValueError("x") from 5
    except TypeError as e:
        print("  TypeError:", e)


raise_from_bad()
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)


class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return "[%d] %s" % (self.code, self.args[0])


try:
    raise MyErr(7, "custom")
except Exception as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))


class NoInit(Exception):
    pass


print(repr(NoInit(1, 2)), str(NoInit()), NoInit.__mro__[1:])
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
