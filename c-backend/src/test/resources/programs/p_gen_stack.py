# Yields inside expressions: what the body holds on its value stack across a yield (a call's callable and NULL,
# its earlier arguments, a subscript's container, f-string parts, a with block's exit, a for loop's iterator)
# kept in the suspended generator's frame and back after it, on every path (resumed, thrown into, closed).
import inspect
import io
import traceback


def f(*a):
    return a


def exprs():
    r = f((yield 1), (yield 2))
    yield r
    r = len((yield 3))
    yield r
    x = [1, 2]
    x[(yield 4)] = (yield 5)
    yield x
    yield f"{(yield 6)}-{(yield 7)!r:>5}"
    yield {(yield 8): (yield 9), "k": [(yield 10), (yield 11)]}
    yield (yield 12) + (yield 13) * 2
    acc = []
    for i in range(2):
        acc.append(i + (yield i))
    yield acc
    with io.StringIO("# Yield\n") as fh:
        yield fh.readline()[:5]
    for a in "ab":
        for b in (yield a):
            yield (a, b)
    yield "end"


def drive(gen, values):
    out = []
    try:
        out.append(next(gen))
        for v in values:
            out.append(gen.send(v))
    except StopIteration as e:
        out.append(("stop", e.value))
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    return out


def send_values():
    return ["a", "b", None, "xyz", None, "five", 0, None, "six", 7, None, "k8", 9, 10, 11, None, 1, 2, None, 100,
            200, None, None, "pq", None, None, "", None, None, None]


class Exploding:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, *exc):
        self.log.append(("exit", exc[0].__name__ if exc[0] else None))
        return exc[0] is KeyError


def in_with(log):
    with Exploding(log):
        x = f(1, (yield "in with"))
        log.append(x)
        yield "still in"
    yield "after"


def main():
    print(drive(exprs(), send_values()))
    log = []
    g = in_with(log)
    print(next(g), g.send("s"), log)
    print("thrown KeyError:", g.throw(KeyError("k")), log)
    log = []
    g = in_with(log)
    next(g)
    try:
        g.throw(ValueError("v"))
    except ValueError as e:
        print("thrown ValueError:", e, log, g.gi_frame)
    log = []
    g = in_with(log)
    next(g)
    g.close()
    print("closed:", log)
    # thrown at each yield of exprs: the values it kept are released, the exception comes out
    for n in range(1, 30):
        g = exprs()
        next(g)
        for v in send_values()[:n - 1]:
            try:
                g.send(v)
            except Exception:
                break
        state = inspect.getgeneratorstate(g)
        try:
            g.throw(OSError(n))
        except OSError as e:
            print("thrown at", n, state, e.args, [f.name for f in traceback.extract_tb(e.__traceback__)])
        except StopIteration:
            print("finished at", n)


main()
