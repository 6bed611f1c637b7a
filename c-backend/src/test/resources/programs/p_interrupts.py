"""Signals and threads against long-running loops: a SIGALRM handler that
raises out of a `while True` loop (the exception's traceback entries: the
loop's line, then the handler's), _thread.interrupt_main() turning into
KeyboardInterrupt inside a loop, a loop that spins until another thread sets
a flag (the loop must let the other thread run), a handler that returns
normally (the loop goes on), and a loop that calls a function each time."""
import _thread
import signal
import sys
import threading
import time


class Alarm(Exception):
    pass


def on_alarm(signum, frame):
    raise Alarm("alarm in " + frame.f_code.co_name)


def spin_forever():
    n = 0
    while True:
        n += 1


def where(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
        tb = tb.tb_next
    return out


# A process started in the background inherits SIGINT ignored, and then Python leaves it ignored:
# interrupt_main() below needs the usual KeyboardInterrupt handler.
old_int = signal.signal(signal.SIGINT, signal.default_int_handler)
old = signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    spin_forever()
except Alarm as e:
    print("alarm:", e, where(e.__traceback__))
finally:
    signal.setitimer(signal.ITIMER_REAL, 0)

ticks = []


def count_alarm(signum, frame):
    ticks.append(signum)


signal.signal(signal.SIGALRM, count_alarm)


def spin_until(n):
    i = 0
    while len(ticks) < n:
        i += 1
    return len(ticks)


signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)
print("handler returned, loop went on:", spin_until(3) >= 3)
signal.setitimer(signal.ITIMER_REAL, 0)
signal.signal(signal.SIGALRM, old)


def interrupt_soon():
    time.sleep(0.05)
    _thread.interrupt_main()


def helper(x):
    return x + 1


def spin_calling():
    n = 0
    while True:
        n = helper(n)


t = threading.Thread(target=interrupt_soon)
t.start()
try:
    spin_calling()
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", type(e).__name__, [w[0] for w in where(e.__traceback__)][0])
t.join()

done = []


def set_done():
    time.sleep(0.02)
    done.append(True)


def wait_for_other_thread():
    deadline = time.monotonic() + 20
    spins = 0
    while not done:
        spins += 1
        if spins % 100000 == 0 and time.monotonic() > deadline:
            return "starved"
    return "the other thread ran"


t = threading.Thread(target=set_done)
t.start()
print(wait_for_other_thread())
t.join()
print(sys.getswitchinterval() > 0)
signal.signal(signal.SIGINT, old_int)
