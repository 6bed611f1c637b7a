"""Control flow through try/finally: return in try overridden by return in
finally, return in finally swallowing exceptions, break/continue inside try
and inside finally in loops, finally running on break/continue/return,
nested finally order, return value evaluated before finally runs, with
generators and while loops, and exceptions replaced in finally."""
import warnings

warnings.simplefilter("ignore")   # 3.14 SyntaxWarning for return in finally


def ret_override():
    try:
        return "try"
    finally:
        return "finally"


def ret_swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def ret_value_eval_order():
    x = [1]
    try:
        return x
    finally:
        x.append(2)


def ret_int_then_change():
    x = 1
    try:
        return x
    finally:
        x = 2


print(ret_override(), ret_swallow(), ret_value_eval_order(), ret_int_then_change())


def loop_flow():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append("body%d" % i)
        finally:
            out.append("fin%d" % i)
    else:
        out.append("else")
    return out


print(loop_flow())


def break_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
            raise KeyError(i)
        finally:
            out.append("fin")
            break
    return out


print(break_in_finally())


def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("dropped")
            out.append(i)
        finally:
            continue
    return out


print(continue_in_finally())


def nested_finally():
    log = []
    try:
        try:
            try:
                log.append("body")
                return log
            finally:
                log.append("f1")
        finally:
            log.append("f2")
    finally:
        log.append("f3")


print(nested_finally())


def finally_replaces_exception():
    try:
        try:
            raise KeyError("original")
        finally:
            raise ValueError("replacement")
    except ValueError as e:
        return "%r context=%r" % (e, e.__context__)


print(finally_replaces_exception())


def while_with_finally():
    n = 0
    log = []
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n, log
        finally:
            log.append(n)


print(while_with_finally())


def try_else_return():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("  finally after else-return")


print(try_else_return())


def exception_in_else():
    try:
        try:
            v = 1
        except ZeroDivisionError:
            return "not from else"
        else:
            1 / 0
        finally:
            print("  finally sees exception from else")
    except ZeroDivisionError as e:
        return "caught: " + str(e)


print(exception_in_else())


def gen_finally():
    try:
        yield 1
        return
    finally:
        print("  gen finally")


print(list(gen_finally()))


def deep_return(n):
    try:
        if n == 0:
            return "bottom"
        return deep_return(n - 1) + "<%d" % n
    finally:
        if n == 2:
            print("  unwinding", n)


print(deep_return(3))


def for_else_finally():
    try:
        for i in range(2):
            pass
        else:
            return "for-else return"
    finally:
        print("  finally after for-else")


print(for_else_finally())


def return_in_except_with_finally():
    try:
        raise RuntimeError
    except RuntimeError:
        return "except-return"
    finally:
        print("  finally after except-return")


print(return_in_except_with_finally())


def counter_loop():
    total = 0
    for i in range(4):
        for j in range(4):
            try:
                if j > i:
                    break
                if (i + j) % 2:
                    continue
                total += i * j
            finally:
                total += 1
    return total


print(counter_loop())
