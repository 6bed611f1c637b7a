"""eval/exec without explicit namespaces: reading function locals, cell and
free variables, class-body names, module globals; exec writing names at
module level (globals) and in class bodies (class namespace) vs inside
functions (fast locals unchanged, visible through locals()); exec defining
functions; eval of comprehensions referencing locals (inner scopes cannot
see function locals except the first iterable); compile() with filenames;
eval with explicit dicts; SyntaxError details (msg, lineno, offset)."""

module_value = 10
exec("exec_created = module_value * 2")
print("module exec:", exec_created, eval("module_value + exec_created"))


def reader(arg):
    local = arg * 3
    try:
        comp = eval("[local + i for i in range(2)]")   # 3.12+: inlined, sees locals
    except NameError as e:
        comp = "NameError: %s" % e                      # 3.11: separate scope
    return eval("arg + local + module_value"), comp


print("reader:", reader(1))


def first_iterable_only():
    n = 3
    ok = eval("[i for i in range(n)]")
    try:
        other = eval("[i + n for i in range(2)]")
    except NameError as e:
        other = "NameError: %s" % e
    return ok, other


print("comprehension scope:", first_iterable_only())


def closure_reader():
    captured = "cap"

    def inner():
        ref = captured
        return eval("captured + '!'"), eval("ref")
    return inner()


print("free var:", closure_reader())


def closure_not_captured():
    hidden = "hidden"

    def inner():
        try:
            return eval("hidden")
        except NameError as e:
            return "NameError: %s" % e
    return inner()


print("not captured:", closure_not_captured())


def exec_in_function():
    x = 1
    exec("x = 2; new_name = 'made'")
    loc = locals()
    return x, loc.get("new_name"), loc.get("x")


print("exec in function:", exec_in_function())


def exec_defines_function():
    ns = {}
    exec("def made(a):\n    return a * 2\n", globals(), ns)
    return ns["made"](21), ns["made"].__name__, ns["made"].__module__


print("exec def:", exec_defines_function())


class ClassBody:
    a = 5
    exec("b = a + 1")
    c = eval("a + b")
    items = eval("[a for _ in range(2)]") if False else "skipped"


print("class body:", ClassBody.b, ClassBody.c)
g = {"__builtins__": __builtins__}
exec("z = 1\ndef f(): return z + 1", g)
print("explicit ns:", g["z"], g["f"](), sorted(k for k in g if k != "__builtins__"))
print("eval with locals dict:", eval("p * q", {}, {"p": 6, "q": 7}), eval("len('abc')", {}))
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
code = compile("result = 40 + 2", "<pyc2c-test>", "exec")
ns = {}
exec(code, ns)
print("compiled:", ns["result"], code.co_filename, code.co_name)
try:
    exec(compile("1 / 0", "<div-zero>", "exec"))
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("traceback into exec:", tb.tb_frame.f_code.co_filename, tb.tb_lineno)
for src in ("x = = 1", "def f(:\n  pass", "a = (1,\n", "return 5", "x = 1 +", "f(**a, *b)"):
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print("SyntaxError: msg=%r line=%r offset=%r text=%r" % (e.msg, e.lineno, e.offset, e.text))
try:
    eval("1 +")
except SyntaxError as e:
    print("eval SyntaxError:", e.msg, e.filename)
print(eval("lambda v: v + module_value")(1), eval("(yield_ := 3)") if False else "done")
expr_locals = {"w": 4}
exec("w += 1\nv = w * 2", None, expr_locals)
print(expr_locals)
