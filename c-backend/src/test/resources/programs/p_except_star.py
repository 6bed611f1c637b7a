"""except* and ExceptionGroup: matching subsets of a group, multiple except*
clauses, nested groups, naked exceptions wrapped by except*, re-raising
the unhandled remainder, raising new exceptions inside except* handlers,
split()/subgroup()/derive(), BaseExceptionGroup vs ExceptionGroup, and
the TypeError for except* with ExceptionGroup types."""


def show(eg, indent="  "):
    print("%s%s(%r) [%s]" % (indent, type(eg).__name__, str(eg),
                             ", ".join(repr(x) if not isinstance(x, BaseExceptionGroup) else "group"
                                       for x in getattr(eg, "exceptions", ()))))
    for sub in getattr(eg, "exceptions", ()):
        if isinstance(sub, BaseExceptionGroup):
            show(sub, indent + "  ")


def group():
    return ExceptionGroup("top", [ValueError("v1"), TypeError("t1"),
                                  ExceptionGroup("nested", [ValueError("v2"), KeyError("k1")])])


try:
    raise group()
except* ValueError as eg:
    print("ValueError handler:")
    show(eg)
except* TypeError as eg:
    print("TypeError handler:")
    show(eg)
except* LookupError as eg:
    print("LookupError handler:")
    show(eg)

try:
    try:
        raise group()
    except* ValueError:
        print("handled only ValueErrors")
except ExceptionGroup as rest:
    print("remainder propagated:")
    show(rest)

try:
    raise KeyError("naked")
except* KeyError as eg:
    print("naked exception wrapped:")
    show(eg)

try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise RuntimeError("new in handler")
except ExceptionGroup as eg:
    print("raised in handler:")
    show(eg)
    for sub in eg.exceptions:
        print("   ", repr(sub), "context:", repr(sub.__context__) if not isinstance(sub, ExceptionGroup) else "")

try:
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print("bare raise in except*:")
    show(eg)

try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), ValueError("b")])
    except* ValueError as eg:
        raise eg.exceptions[0] from None
except Exception as e:
    print("raise member from except*:", type(e).__name__)
    if isinstance(e, ExceptionGroup):
        show(e)

eg = group()
match, rest = eg.split(ValueError)
print("split match:")
show(match)
print("split rest:")
show(rest)
print("subgroup none:", eg.subgroup(ZeroDivisionError))
print("subgroup pred:")
show(eg.subgroup(lambda e: isinstance(e, KeyError)))
print("derive:", repr(eg.derive([IndexError("i")])))
bg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("x")])
print(type(bg).__name__, type(BaseExceptionGroup("only", [ValueError()])).__name__)
print(type(bg.split(ValueError)[0]).__name__, type(bg.split(ValueError)[1]).__name__)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("notlist", ValueError())
except TypeError as e:
    print("TypeError:", e)


def bad_star():
    try:
        raise ValueError
    except* ExceptionGroup:
        pass


try:
    bad_star()
except TypeError as e:
    print("TypeError:", e)


def all_handled():
    try:
        raise ExceptionGroup("g", [OSError(1, "x"), FileNotFoundError(2, "y")])
    except* FileNotFoundError as eg:
        print("  FNF:", [repr(x) for x in eg.exceptions])
    except* OSError as eg:
        print("  OSError:", [repr(x) for x in eg.exceptions])
    else:
        print("  not printed")
    finally:
        print("  finally")
    return "done"


print(all_handled())


def no_exception():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        return "else ran"


print(no_exception())
eg = ExceptionGroup("msg", [ValueError(1)])
print(str(eg), repr(eg), eg.message, eg.exceptions)
