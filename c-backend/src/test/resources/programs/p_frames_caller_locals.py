"""A function examining its caller through sys._getframe(1): reading the
caller's f_locals (args, locals, cells), caller name/qualname/line, a
"format with the caller's variables" helper, f_back.f_globals['__name__'],
inspecting two levels up, caller being a method/lambda/comprehension/
generator/class body, and writing to f_locals (ignored before 3.13,
write-through for function frames since PEP 667 in 3.13)."""
import sys


def safe(v):
    if isinstance(v, (int, str, float, list, tuple, dict, type(None))):
        return v
    return "<%s>" % type(v).__name__


def caller_info():
    f = sys._getframe(1)
    locs = {k: safe(v) for k, v in f.f_locals.items() if not k.startswith("__")}
    return f.f_code.co_name, f.f_code.co_qualname, f.f_lineno, sorted(locs.items(), key=lambda kv: kv[0])


def fmt(template):
    caller = sys._getframe(1)
    ns = dict(caller.f_globals)
    ns.update(caller.f_locals)
    return template.format(**ns)


def grand_caller_name():
    return sys._getframe(2).f_code.co_name


def plain(a, b=3):
    c = a * b
    return caller_info()


print(plain(2))
greeting = "hi"


def formatter(name):
    punct = "!"
    return fmt("{greeting}, {name}{punct}")


print(formatter("ann"))


def cells():
    captured = [1, 2]

    def inner():
        return captured
    return caller_info(), inner()


print(cells())


class K:
    body_info = caller_info()

    def method(self, x):
        return caller_info()

    def chain(self):
        return self.inner_chain()

    def inner_chain(self):
        return grand_caller_name()


print("class body:", K.body_info[0], K.body_info[1], [k for k, _ in K.body_info[3]])
print(K().method(5))
print("grand caller:", K().chain())
print((lambda q: caller_info())(7))
print([caller_info()[0] for _ in range(1)])


def gen():
    g_local = "in gen"
    yield caller_info()


print(next(gen()))
print("module caller:", caller_info()[0], sys._getframe(0).f_back is not None)


def modify_caller():
    f = sys._getframe(1)
    try:
        f.f_locals["target"] = "modified"
    except TypeError as e:
        return "TypeError: %s" % e
    return "written"


def victim():
    target = "original"
    status = modify_caller()
    return status, target


print("write to caller f_locals:", victim())
module_target = "original"
modify_caller_result = None


def modify_module_caller():
    sys._getframe(1).f_locals["module_target"] = "modified via module frame"


modify_module_caller()
print("module frame write:", module_target)


def who_called_me():
    f = sys._getframe(1)
    return "%s (module %s)" % (f.f_code.co_name, f.f_globals["__name__"])


def a_function():
    return who_called_me()


print(a_function(), who_called_me())


def debug_vars(*names):
    f = sys._getframe(1)
    return ", ".join("%s=%r" % (n, f.f_locals.get(n, f.f_globals.get(n, "<undefined>"))) for n in names)


def computation():
    width, height = 3, 4
    area = width * height
    return debug_vars("width", "height", "area", "greeting", "nothing")


print(computation())
