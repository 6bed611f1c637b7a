"""Name resolution errors: NameError for undefined globals (in functions,
at module level, in class bodies, in lambdas and comprehensions),
UnboundLocalError when a local is read before assignment (including the
`x += 1` on a global without `global` and names assigned later in a loop
or conditional branch), free variables not yet bound in the enclosing
scope, names deleted, class-body names not visible in methods; e.name."""


def report(fn):
    try:
        fn()
    except NameError as e:
        print("%s: %s | name=%r | is UnboundLocalError: %s" % (type(e).__name__, e, getattr(e, "name", None), isinstance(e, UnboundLocalError)))


counter = 0


def undefined_global():
    return undefined_thing


def global_then_local():
    print(counter)
    counter = 1


def augmented_no_global():
    counter += 1


def assigned_in_branch(flag=False):
    if flag:
        value = 1
    return value


def assigned_later_in_loop():
    for i in range(2):
        if i == 1:
            return item
        item = i
    return None


def loop_never_runs():
    for x in []:
        pass
    return x


def free_not_bound():
    def inner():
        return later
    result = inner()
    later = 1
    return result


def deleted_local():
    v = 1
    del v
    return v


class Scope:
    class_level = 1

    def method(self):
        return class_level


def class_body_undefined():
    class Inner:
        x = not_defined_anywhere
    return Inner


def class_body_local_then_global():
    y = "function local"

    class Inner:
        seen_y = y
        y = "class y"
        again = y
    return Inner.seen_y, Inner.again


def in_lambda():
    return (lambda: missing_in_lambda)()


def in_comprehension():
    return [missing_in_comp for _ in range(1)]


def in_genexp():
    return list(missing_in_gen for _ in range(1))


def except_var_cleared():
    try:
        raise ValueError
    except ValueError as exc:
        pass
    return exc


def walrus_comprehension_scope():
    [w := i for i in range(1)]
    return w


def nested_unbound():
    def outer():
        def inner():
            nonlocal z
            return z
        r = inner()
        z = 1
        return r
    return outer()


for fn in (undefined_global, global_then_local, augmented_no_global, assigned_in_branch, assigned_later_in_loop,
           loop_never_runs, free_not_bound, deleted_local, Scope().method, class_body_undefined, in_lambda,
           in_comprehension, in_genexp, except_var_cleared, nested_unbound):
    report(fn)
report(class_body_local_then_global)
print(walrus_comprehension_scope())
try:
    print(module_level_undefined)
except NameError as e:
    print("module level:", type(e).__name__, e, e.name)
try:
    class AtModule:
        z = undefined_in_class_body
except NameError as e:
    print("class body:", e)
try:
    del module_level_undefined
except NameError as e:
    print("del:", e)
import builtins
print("name suggestion not in str():", str(NameError("name 'lenn' is not defined")), hasattr(builtins, "lenn"))
