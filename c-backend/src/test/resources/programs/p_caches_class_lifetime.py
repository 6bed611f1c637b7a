# A class attribute read through one site on many short-lived classes of one metaclass: the site's entry keeps
# the metaclass's version, shared by every class of it, and borrows the attribute of a class that may be freed
# (enum members are instances of their class, so the entry also guards the attribute's type). A dead class's
# entry must never be looked into. Guards that fail: another class, a class freed and its memory reused.
import gc


class Meta(type):
    pass


def member(cls):
    return cls.MEMBER


def make(i):
    class C(metaclass=Meta):
        def __init__(self, n):
            self.n = n
    C.MEMBER = C(i)           # an instance of the class itself: its type is a class of the program
    return C


def churn():
    # memory of every small size, filled with a word that is no object's address: a freed object's block reused by
    # such a buffer has it where the object's type was
    word = (0x1000).to_bytes(8, "little")
    return [bytearray(word * k)[:8 * k - 1] for k in range(2, 64) for _ in range(20)]


total = 0
for i in range(300):
    c = make(i)
    total += member(c).n
    total += member(c).n
    del c
    if i % 10 == 0:
        gc.collect()
        junk = churn()
        del junk
print("total", total)

# the same class, its member replaced, and the class changed (its version) between reads
c = make(1)
print(member(c).n)
c.MEMBER = c(2)
print(member(c).n)
c.other = 5
print(member(c).n)
del c.MEMBER
try:
    member(c)
except AttributeError as e:
    print("AttributeError", e)
