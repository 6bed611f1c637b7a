"""traceback module on live stacks and exceptions: extract_stack() (names,
line numbers, source lines; filtered to this file), extract_tb through
nested calls and re-raises, tb_next/tb_frame/tb_lineno walking, walk_tb/
walk_stack, format_exception_only for several exception types (incl.
SyntaxError), format_list with normalised paths, StackSummary from
extract_stack(limit=), TracebackException with chained exceptions."""
import os
import sys
import traceback

THIS = os.path.basename(sys._getframe().f_code.co_filename)


def mine(summary):
    return [(os.path.basename(fs.filename), fs.name, fs.lineno, fs.line) for fs in summary
            if os.path.basename(fs.filename) == THIS]


def depth3():
    return mine(traceback.extract_stack())


def depth2():
    return depth3()


def depth1():
    return depth2()


for entry in depth1():
    print("stack:", entry)


def limited():
    return [fs.name for fs in traceback.extract_stack(limit=2)]


print("limit=2:", limited())


def fail_inner(x):
    return {"a": 1}[x]


def fail_middle(x):
    try:
        return fail_inner(x)
    except KeyError:
        raise


def fail_outer():
    return fail_middle("b")


try:
    fail_outer()
except KeyError as e:
    for entry in mine(traceback.extract_tb(e.__traceback__)):
        print("tb:", entry)
    tb = e.__traceback__
    walk = []
    while tb is not None:
        walk.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno == tb.tb_lineno or "frame moved"))
        tb = tb.tb_next
    print("tb_next walk:", walk)
    print("walk_tb:", [(f.f_code.co_name, ln) for f, ln in traceback.walk_tb(e.__traceback__)])
    print("innermost frame locals:", {k: v for k, v in list(traceback.walk_tb(e.__traceback__))[-1][0].f_locals.items()})


def stack_walk():
    return [(f.f_code.co_name, ln) for f, ln in traceback.walk_stack(sys._getframe())
            if os.path.basename(f.f_code.co_filename) == THIS]


print("walk_stack:", stack_walk())
samples = [ValueError("bad value"), KeyError("k"), Exception(), OSError(2, "No such file or directory"),
           UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), StopIteration(3)]
for exc in samples:
    print("only:", traceback.format_exception_only(type(exc), exc))
try:
    compile("def broken(:\n    pass\n", "snippet.py", "exec")
except SyntaxError as e:
    print("syntax only:", traceback.format_exception_only(e))


class CustomModuleError(Exception):
    pass


print("custom only:", traceback.format_exception_only(CustomModuleError("custom")))


def normalise(lines):
    out = []
    for chunk in lines:
        for line in chunk.splitlines():
            if line.lstrip().startswith("File "):
                path = line.split('"')[1]
                line = line.replace(path, os.path.basename(path))
            if line.strip() and set(line.strip()) <= set("^~ "):
                continue
            out.append(line)
    return out


try:
    try:
        fail_outer()
    except KeyError as inner:
        raise RuntimeError("outer failure") from inner
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    print("\n".join(normalise(te.format())))
    print("cause type:", te.__cause__.exc_type.__name__, "stack len:", len(te.stack))
print(normalise(traceback.format_list(traceback.extract_stack()[-1:])))


def print_exc_to_string():
    import io
    buf = io.StringIO()
    try:
        1 / 0
    except ZeroDivisionError:
        traceback.print_exc(file=buf)
    return normalise([buf.getvalue()])


print(print_exc_to_string())
fs = traceback.FrameSummary("f.py", 3, "fn", line="x = 1")
print(fs.filename, fs.lineno, fs.name, fs.line, tuple(fs))
