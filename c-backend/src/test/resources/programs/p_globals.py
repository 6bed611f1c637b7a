"""Global and module-level names: the global statement (read, rebind,
create new globals from functions, del global), augmented assignment on
globals, globals() dict access and mutation, module attributes visible via
sys.modules[__name__], name resolution order local > global > builtin."""
import sys

counter = 0
items = []


def bump(n=1):
    global counter
    counter += n
    return counter


def create():
    global created_later
    created_later = "made in function"


def read_only():
    return counter + len(items)


def mutate():
    items.append(len(items))


def shadow():
    counter = "local"
    return counter


bump()
bump(10)
create()
mutate()
mutate()
print(counter, created_later, read_only(), shadow(), items)
g = globals()
g["dynamic"] = 99
print(dynamic, "dynamic" in g, g["counter"], sorted(k for k in g if not k.startswith("__"))[:6])
mod = sys.modules[__name__]
print(mod.counter, mod is sys.modules[__name__], __name__, mod.__name__)
mod.counter = 1000
print(counter)


def delete_global():
    global created_later
    del created_later


delete_global()
try:
    print(created_later)
except NameError as e:
    print("NameError:", e)


def del_missing():
    global never_defined
    del never_defined


try:
    del_missing()
except NameError as e:
    print("NameError:", e)


def aug_global_missing():
    global missing_total
    missing_total += 1


try:
    aug_global_missing()
except NameError as e:
    print("NameError:", e)

x = "global x"


def outer():
    x = "enclosing x"

    def inner():
        global x
        return x
    return inner()


print(outer())


def conditional_global(flag):
    if flag:
        global cond_var
    cond_var = flag  # global applies to whole function
    return cond_var


conditional_global(True)
conditional_global("second")
print(cond_var)
exec("exec_made = 5")
print(exec_made, eval("counter + 1"))
exec("global exec_glob\nexec_glob = 6", globals())
print(exec_glob)


def uses_globals_dict():
    globals()["from_dict"] = "via globals()"
    return from_dict


print(uses_globals_dict())
counter_ref = bump
counter = 0
print(counter_ref(3), counter)
del counter
try:
    bump()
except NameError as e:
    print("NameError:", e)
