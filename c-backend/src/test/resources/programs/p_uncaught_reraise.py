"""Uncaught exception re-raised with a bare `raise` from an except block
after logging it; the traceback keeps the original raising frames (and the
line of the original raise), plus the frames it propagates through."""


def parse(text):
    return int(text)


def parse_all(items):
    out = []
    for it in items:
        try:
            out.append(parse(it))
        except ValueError as e:
            print("logging:", type(e).__name__, e)
            raise
    return out


print(parse_all(["1", "2"]))
print(parse_all(["3", "x4", "5"]))
