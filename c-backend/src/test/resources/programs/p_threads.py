"""Threads that are joined and deterministic: results collected per thread
index, a Lock-protected counter, threading.local isolation, a Barrier,
Condition/Event handoff in a fixed order, ThreadPoolExecutor.map preserving
order, exceptions from futures, thread names (explicitly set), and
current_thread() inside worker functions."""
import concurrent.futures
import queue
import threading

results = [None] * 4


def square(i):
    results[i] = (threading.current_thread().name, i * i)


threads = [threading.Thread(target=square, args=(i,), name="worker-%d" % i) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
lock = threading.Lock()
counter = 0


def incr(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


ts = [threading.Thread(target=incr, args=(1000,)) for _ in range(4)]
[t.start() for t in ts]
[t.join() for t in ts]
print("counter", counter)
local = threading.local()
local.value = "main"
seen = {}


def set_local(name):
    local.value = name
    seen[name] = local.value


t = threading.Thread(target=set_local, args=("other",))
t.start()
t.join()
print(local.value, seen)
ev = threading.Event()
order = []


def waiter():
    ev.wait()
    order.append("waiter ran after event")


wt = threading.Thread(target=waiter)
wt.start()
order.append("main sets event")
ev.set()
wt.join()
print(order)
q = queue.Queue()


def producer():
    for i in range(3):
        q.put(i)
    q.put(None)


pt = threading.Thread(target=producer)
pt.start()
items = []
while (item := q.get()) is not None:
    items.append(item)
pt.join()
print("queue items", items)
with concurrent.futures.ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(lambda v: v * 10, range(5))))
    fut = ex.submit(lambda: 1 / 0)
    try:
        fut.result()
    except ZeroDivisionError as e:
        print("future exception:", type(e).__name__, e)
barrier = threading.Barrier(3)
arrived = []


def at_barrier(i):
    idx = barrier.wait()
    with lock:
        arrived.append(i)


bs = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
[b.start() for b in bs]
[b.join() for b in bs]
print("barrier passed", sorted(arrived))
print(threading.current_thread().name == threading.main_thread().name, threading.active_count() >= 1)


def raises_in_thread():
    raise ValueError("in thread")


captured = []
old_hook = threading.excepthook
threading.excepthook = lambda args: captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
et = threading.Thread(target=raises_in_thread, name="failing")
et.start()
et.join()
threading.excepthook = old_hook
print("excepthook:", captured)
