"""match statement, simple patterns: literal (int, float, str, bytes, None,
True/False, negative and complex literals), capture, wildcard, value
patterns via dotted names (module constants, enum members, class attrs),
group patterns, OR patterns (with alternatives binding the same names),
AS patterns, guards (evaluated only after a structural match, with side
effects), fall-through to no case, and the subject evaluated once."""
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Consts:
    LIMIT = 10
    NAME = "const"


def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case -1 + 2j:
            return "complex literal"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case Color.RED:
            return "red enum"
        case Consts.LIMIT:
            return "limit const"
        case Consts.NAME:
            return "name const"
        case (str() | bytes()) as s if len(s) > 5:
            return "long text %r" % (s,)
        case str(s):
            return "short str %s" % s
        case (int(n) | float(n)) if n > 100:
            return "big number %r" % n
        case _:
            return "other %r" % (x,)


for v in [0, 2, -1, 1.5, 2j, -1 + 2j, "hi", b"raw", None, True, False, 1.0, Color.RED, Color.GREEN,
          10, "const", "abcdefg", b"bytes-long", "ab", 500, 500.5, 7, [1]]:
    print(repr(v), "->", describe(v))

guard_log = []


def guarded(v):
    match v:
        case int(x) if guard_log.append(("g1", x)) or x > 5:
            return "big int"
        case int(x) if guard_log.append(("g2", x)) or x < 0:
            return "negative"
        case str() if guard_log.append(("never for ints", v)):
            return "str"
        case y:
            return "capture %r" % (y,)


print([guarded(v) for v in (10, -3, 2, "s")], guard_log)


def no_match(v):
    result = "initial"
    match v:
        case 1:
            result = "one"
    return result


print(no_match(2), no_match(1))
calls = []


def subject():
    calls.append(1)
    return 3


match subject():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print("subject evaluated", len(calls), "time(s)")


def binding_leaks(v):
    match v:
        case [a, b] if a > b:
            return "desc", a, b
        case [a, b]:
            pass
    return "fallthrough binds", a, b


print(binding_leaks([2, 1]), binding_leaks([1, 2]))


def as_patterns(v):
    match v:
        case (1 | 2) as small:
            return "small as", small
        case [(int() | float()) as first, *_] as whole:
            return "first", first, "whole", whole
        case {"k": (str() as s)} as m:
            return "map", s, m
    return None


print(as_patterns(2), as_patterns([3.5, 4]), as_patterns({"k": "v", "z": 0}), as_patterns("x"))
match 42:
    case (((x))):
        print("group capture", x)
match Color.GREEN:
    case Color.RED | Color.GREEN as c:
        print("enum or", c.name)
match 1.0:
    case 1:
        print("1.0 matches literal 1 (==)")
match True:
    case 1:
        print("True matches 1?")
    case True:
        print("True matched True only via identity for bool literals")
match 0:
    case False:
        print("0 matched False?")
    case _:
        print("0 does not match False (identity)")
_ = "wildcard does not bind"
match "q":
    case _:
        print("underscore unchanged:", _)
