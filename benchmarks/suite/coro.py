"""A round-robin scheduler of generator-based coroutines: producer, worker and
collector tasks exchange messages through channels; tasks yield requests (send, receive,
sleep, spawn) to the scheduler, which resumes them with send() carrying the result, the
style of asyncio's ancestors and of simulation frameworks.

Stands for event-loop and simulation code: generators driven by send(), a scheduler
loop over a collections.deque run queue, request objects dispatched on their class,
channels holding waiting tasks, a timer heap for sleeps, generator return values read
from StopIteration, and throw()/close() for cancellation. main(n) runs a simulation
passing n items and returns the results and scheduler counters.
"""

import heapq
from collections import deque

KIND = "generator"

TIME_N = 110000
INSTR_N = 5000


class Request:
    pass


class Send(Request):
    def __init__(self, channel, value):
        self.channel = channel
        self.value = value


class Receive(Request):
    def __init__(self, channel):
        self.channel = channel


class Sleep(Request):
    def __init__(self, ticks):
        self.ticks = ticks


class Spawn(Request):
    def __init__(self, coroutine, name):
        self.coroutine = coroutine
        self.name = name


class Cancelled(Exception):
    pass


class Channel:
    def __init__(self, name, capacity):
        self.name = name
        self.capacity = capacity
        self.items = deque()
        self.receivers = deque()
        self.senders = deque()


class Task:
    __slots__ = ("name", "coroutine", "result", "steps")

    def __init__(self, name, coroutine):
        self.name = name
        self.coroutine = coroutine
        self.result = None
        self.steps = 0


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.timers = []
        self.now = 0
        self.switches = 0
        self.finished = {}
        self.sequence = 0

    def spawn(self, coroutine, name):
        task = Task(name, coroutine)
        self.ready.append((task, None))
        return task

    def wake_at(self, when, task, value):
        self.sequence += 1
        heapq.heappush(self.timers, (when, self.sequence, task, value))

    def handle(self, task, request):
        if isinstance(request, Send):
            ch = request.channel
            if ch.receivers:
                receiver = ch.receivers.popleft()
                self.ready.append((receiver, request.value))
                self.ready.append((task, True))
            elif len(ch.items) < ch.capacity:
                ch.items.append(request.value)
                self.ready.append((task, True))
            else:
                ch.senders.append((task, request.value))
        elif isinstance(request, Receive):
            ch = request.channel
            if ch.items:
                value = ch.items.popleft()
                if ch.senders:
                    sender, pending = ch.senders.popleft()
                    ch.items.append(pending)
                    self.ready.append((sender, True))
                self.ready.append((task, value))
            elif ch.senders:
                sender, pending = ch.senders.popleft()
                self.ready.append((sender, True))
                self.ready.append((task, pending))
            else:
                ch.receivers.append(task)
        elif isinstance(request, Sleep):
            self.wake_at(self.now + request.ticks, task, self.now)
        elif isinstance(request, Spawn):
            child = self.spawn(request.coroutine, request.name)
            self.ready.append((task, child))
        else:
            raise TypeError("unknown request %r" % (request,))

    def run(self):
        while self.ready or self.timers:
            if not self.ready:
                when, _, task, value = heapq.heappop(self.timers)
                self.now = when
                self.ready.append((task, value))
                continue
            task, value = self.ready.popleft()
            self.switches += 1
            task.steps += 1
            try:
                request = task.coroutine.send(value)
            except StopIteration as stop:
                task.result = stop.value
                self.finished[task.name] = task
                continue
            self.handle(task, request)


def producer(out, count, seed):
    state = seed
    for i in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield Send(out, (i, (state >> 8) % 1000))
        if i % 50 == 49:
            yield Sleep(3)
    yield Send(out, None)
    return count


def worker(inbox, outbox, factor):
    handled = 0
    while True:
        item = yield Receive(inbox)
        if item is None:
            yield Send(outbox, None)
            return handled
        index, value = item
        if value % 7 == 0:
            yield Sleep(1)
        yield Send(outbox, (index, value * factor % 997))
        handled += 1


def collector(inbox, expected_ends):
    total = 0
    count = 0
    ends = 0
    checksum = 0
    while ends < expected_ends:
        item = yield Receive(inbox)
        if item is None:
            ends += 1
            continue
        index, value = item
        total += value
        count += 1
        checksum = (checksum * 31 + index * value) % 1000000007
    return count, total, checksum


def watchdog(limit):
    """Ticks until cancelled by the supervisor (via throw())."""
    ticks = 0
    try:
        while ticks < limit:
            yield Sleep(5)
            ticks += 1
    except Cancelled:
        return -ticks
    return ticks


def supervisor(n):
    raw = Channel("raw", 16)
    cooked = Channel("cooked", 4)
    children = []
    for p in range(2):
        children.append((yield Spawn(producer(raw, n // 2, 77 + p), "producer%d" % p)))
    for w in range(2):
        children.append((yield Spawn(worker(raw, cooked, 3 + w), "worker%d" % w)))
    collecting = yield Spawn(collector(cooked, 2), "collector")
    dog = watchdog(10 ** 9)
    next(dog)
    yield Sleep(2)
    try:
        dog.throw(Cancelled())
    except StopIteration as stop:
        cancelled = stop.value
    return len(children), collecting.name, cancelled


def main(n):
    s = Scheduler()
    sup = s.spawn(supervisor(n), "supervisor")
    s.run()
    count, total, checksum = s.finished["collector"].result
    handled = [s.finished["worker%d" % w].result for w in range(2)]
    steps = sorted((t.steps, name) for name, t in s.finished.items())
    return "%d %d %d %s %s %d %d %s" % (count, total, checksum, handled, sup.result, s.switches, s.now,
                                        steps[-1])
