"""An uncaught AttributeError raised by an attribute site whose cache entries all stop applying while a
loop runs: a module attribute read through one site from two modules (an entry each, keyed on their
dicts' keys versions), then deleted from one of them; the error leaves through two compiled frames.
Before it, a global read in the same loop is rebound and a class attribute read through instances is
replaced, so those sites' caches go stale and refill on the way."""
import types

LIMIT = 3


class Holder:
    scale = 1

    def __init__(self, m):
        self.m = m


def read_x(m):
    return m.x


def total(holders, rounds):
    global LIMIT
    acc = 0
    for i in range(rounds):
        h = holders[i % 2]
        acc += read_x(h.m) * h.scale + LIMIT
        if i == 6:
            LIMIT = 4
            Holder.scale = 2
        if i == 11:
            del holders[1].m.x
        print(i, acc)
    return acc


a = types.ModuleType("mod_one")
a.x = 1
b = types.ModuleType("mod_two")
b.x = 10
total([Holder(a), Holder(b)], 20)
