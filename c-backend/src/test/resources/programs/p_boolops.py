"""Boolean operators and conditional expressions: and/or return operand
values, short-circuit evaluation order, not, truthiness of builtins and of
objects with __bool__/__len__, nested ternaries, walrus inside conditions."""

log = []


def t(name, v):
    log.append(name)
    return v


print(t("a", 0) and t("b", 1), log)
log.clear()
print(t("a", 1) and t("b", 2), log)
log.clear()
print(t("a", 0) or t("b", "") or t("c", []), log)
log.clear()
print(t("a", "x") or t("b", 1), log)
log.clear()
print(t("a", 1) and t("b", 0) or t("c", 3), log)
log.clear()
print(not t("a", []), not t("b", [0]), log)
log.clear()

for v in [0, 1, -1, 0.0, 0j, "", "0", [], [[]], (), {}, set(), None, range(0), range(1), b"", bytearray(1)]:
    print(repr(v), bool(v), "T" if v else "F")


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class B:
    def __bool__(self):
        return False

    def __len__(self):
        return 10


print(bool(L(0)), bool(L(3)), bool(B()), bool(object()))


class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


for obj in (BadBool(), BadLen()):
    try:
        print(not obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def classify(n):
    return "neg" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "big"


print([classify(n) for n in (-5, 0, 3, 99)])
x = 5
y = (x if x > 3 else -x) * 2
print(y, (lambda: 1 if False else 2)())

data = [3, 0, 7]
if (n := len(data)) > 2 and (first := data[0]):
    print("walrus", n, first)
while (item := data.pop() if data else None) is not None:
    print("popped", item)

print(1 and 2 and 3, 1 and 0 and 3, 0 or 0 or 9, None or False, [] and boom if False else "ok")
a = 3
print(a > 1 and a < 5, not a == 3, not not a)
print(True is (not False), (1 or 2) + (0 and 5))
