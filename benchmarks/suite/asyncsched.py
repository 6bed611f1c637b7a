"""A small event loop running async/await coroutines: tasks await futures and sleeps,
the loop resumes them with coroutine.send() and delivers results and cancellations,
workers pass items through queues, and an async generator streams values to an
`async for` consumer.

Stands for asyncio-style application code without the I/O: coroutine functions calling
coroutine functions with await, awaitable objects with __await__, async generators,
async with, and a scheduler driving it all. main(n) runs a pipeline of n items and
returns the loop's counters.
"""

import heapq
from collections import deque

KIND = "generator"

TIME_N = 30000
INSTR_N = 1500


class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []

    def set_result(self, value):
        self.done = True
        self.result = value
        for cb in self.callbacks:
            cb()
        self.callbacks = []

    def __await__(self):
        if not self.done:
            yield self
        return self.result


class Loop:
    def __init__(self):
        self.ready = deque()
        self.timers = []
        self.now = 0
        self.steps = 0
        self.seq = 0

    def spawn(self, coro):
        self.ready.append((coro, None))

    def sleep(self, delay):
        f = Future()
        self.seq += 1
        heapq.heappush(self.timers, (self.now + delay, self.seq, f))
        return f

    def run(self):
        while self.ready or self.timers:
            if not self.ready:
                self.now, _, f = heapq.heappop(self.timers)
                f.set_result(self.now)
                continue
            coro, value = self.ready.popleft()
            self.steps += 1
            try:
                waited = coro.send(value)
            except StopIteration:
                continue
            waited.callbacks.append(lambda c=coro, w=waited: self.ready.append((c, w.result)))


class Queue:
    def __init__(self):
        self.items = deque()
        self.getters = deque()

    def put(self, item):
        if self.getters:
            self.getters.popleft().set_result(item)
        else:
            self.items.append(item)

    async def get(self):
        if self.items:
            return self.items.popleft()
        f = Future()
        self.getters.append(f)
        return await f


class Lock:
    def __init__(self):
        self.held = False
        self.waiters = deque()

    async def __aenter__(self):
        while self.held:
            f = Future()
            self.waiters.append(f)
            await f
        self.held = True

    async def __aexit__(self, *exc):
        self.held = False
        if self.waiters:
            self.waiters.popleft().set_result(None)


async def ticker(loop, count):
    for i in range(count):
        await loop.sleep(i % 3 + 1)
        yield i


async def produce(loop, queue, n):
    async for i in ticker(loop, n):
        queue.put(i * 3 % 101)
    queue.put(None)


async def transform(value):
    return value * value % 1009


async def work(queue, out, lock, totals):
    while True:
        item = await queue.get()
        if item is None:
            out.put(None)
            return
        value = await transform(item)
        async with lock:
            totals[0] += value
        out.put(value)


async def collect(out, results):
    count = 0
    while True:
        value = await out.get()
        if value is None:
            return count
        count += 1
        results.append(value % 7)


def main(n):
    loop = Loop()
    queue = Queue()
    out = Queue()
    lock = Lock()
    totals = [0]
    results = []
    loop.spawn(produce(loop, queue, n))
    loop.spawn(work(queue, out, lock, totals))
    loop.spawn(collect(out, results))
    loop.run()
    return "%d %d %d %d %d" % (len(results), sum(results), totals[0], loop.steps, loop.now)
