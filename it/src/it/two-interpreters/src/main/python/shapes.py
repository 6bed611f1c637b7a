import sys


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


def describe(shapes):
    return ", ".join(f"{type(s).__name__}({s.area()})" for s in shapes)


def version():
    return "%d.%d" % sys.version_info[:2]
