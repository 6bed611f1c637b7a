"""Coroutines run deterministically with asyncio.run: async def/await,
async with (__aenter__/__aexit__), async for over an async generator and a
class with __aiter__/__anext__, async comprehensions, asyncio.gather
result order, exceptions propagating through await, task cancellation,
coroutine objects' cr_code/cr_frame, 'coroutine was never awaited' avoided."""
import asyncio
import inspect


class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def __aenter__(self):
        self.log.append("enter " + self.name)
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, et, ev, tb):
        self.log.append("exit %s %s" % (self.name, et.__name__ if et else None))
        return et is KeyError


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def worker(name, steps, log):
    for i in range(steps):
        log.append("%s step %d" % (name, i))
        await asyncio.sleep(0)
    return name.upper()


async def main():
    log = []
    print("await:", await add(1, 2))
    async with Resource("r1", log) as r:
        log.append("body " + r.name)
    async with Resource("r2", log):
        raise KeyError("suppressed by __aexit__")
    print(log)
    print("async for:", [x async for x in agen(4)], [t async for t in Ticker(3) if t])
    total = 0
    async for v in agen(3):
        total += v
    print("total", total)
    wlog = []
    results = await asyncio.gather(worker("a", 2, wlog), worker("b", 3, wlog), add(10, 20))
    print("gather:", results, wlog)
    res = await asyncio.gather(add(1, 1), fail("boom"), return_exceptions=True)
    print("gather exceptions:", [repr(x) for x in res])
    try:
        await fail("direct")
    except ValueError as e:
        print("caught:", e)
    task = asyncio.ensure_future(asyncio.sleep(10))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled:", task.cancelled())
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.001)
    except (asyncio.TimeoutError, TimeoutError) as e:
        print("timeout:", type(e).__name__ in ("TimeoutError",))
    coro = add(2, 3)
    print("coroutine:", type(coro).__name__, coro.cr_code.co_name, inspect.iscoroutine(coro), inspect.iscoroutinefunction(add))
    print("awaited:", await coro)
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    print("queue:", [await q.get() for _ in range(3)])
    print("async genexpr from a plain function:", [v async for v in async_squares(agen(4))])
    print(not_async_iterable())
    return "main done"


def async_squares(source):
    # An ordinary function: it only creates the asynchronous generator expression (GET_AITER).
    return (x * x async for x in source)


def not_async_iterable():
    try:
        return (x async for x in [1, 2])
    except TypeError as e:
        return "TypeError: %s" % e


print(asyncio.run(main()))
print(inspect.isasyncgenfunction(agen), type(agen(1)).__name__)
