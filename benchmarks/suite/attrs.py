"""A small entity simulation whose time goes into attribute and global lookups: shapes of five
classes (one with __slots__, one with a property) updated through the same polymorphic sites,
records built with setattr from dicts (so their __dict__ is materialised) read and written by
attribute, class constants read through instances and through the class, module attributes
(math.sqrt, math.pi) and module-level globals, among them a counter updated with
`global ticks; ticks += 1`.

Stands for object-heavy code whose sites see receivers of several classes, configuration-like
objects with dicts, and module state: what the attribute and LOAD_GLOBAL caches are for.
main(n) runs n steps and returns a checksum.
"""
import math

TIME_N = 300000
INSTR_N = 20000

GRAVITY = 0.5
ticks = 0
SCALE = 1.25


class Shape:
    kind = "shape"
    weight = 1.0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.vx = 1.0
        self.vy = 0.0

    def area(self):
        return 0.0

    def step(self):
        self.vy -= GRAVITY * self.weight
        self.x += self.vx
        self.y += self.vy
        if self.y < 0.0:
            self.y = -self.y
            self.vy = -self.vy * 0.5


class Circle(Shape):
    kind = "circle"

    def __init__(self, x, y, r):
        Shape.__init__(self, x, y)
        self.r = r

    def area(self):
        return math.pi * self.r * self.r


class Square(Shape):
    kind = "square"
    weight = 2.0

    def __init__(self, x, y, side):
        Shape.__init__(self, x, y)
        self.side = side

    def area(self):
        return self.side * self.side


class Rect(Shape):
    kind = "rect"

    def __init__(self, x, y, w, h):
        Shape.__init__(self, x, y)
        self.w = w
        self.h = h

    @property
    def diagonal(self):
        return math.sqrt(self.w * self.w + self.h * self.h)

    def area(self):
        return self.w * self.h


class Point:
    __slots__ = ("x", "y", "vx", "vy")
    kind = "point"
    weight = 0.1

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.vx = 0.5
        self.vy = 1.0

    def area(self):
        return 0.0

    def step(self):
        self.vy -= GRAVITY * self.weight
        self.x += self.vx
        self.y += self.vy
        if self.y < 0.0:
            self.y = -self.y
            self.vy = -self.vy * 0.5


class Record:
    """Built from a dict with setattr: many attributes, some not identifiers."""
    def __init__(self, fields):
        for k, v in fields.items():
            setattr(self, k, v)

    def total(self):
        return self.price * self.qty


def tick():
    global ticks
    ticks += 1
    return ticks


def make_world(n):
    shapes = []
    for i in range(n):
        m = i % 5
        if m == 0:
            shapes.append(Shape(i, i))
        elif m == 1:
            shapes.append(Circle(i, i, 1.0 + i % 3))
        elif m == 2:
            shapes.append(Square(i, i, 2.0))
        elif m == 3:
            shapes.append(Rect(i, i, 1.0, 3.0))
        else:
            shapes.append(Point(i, i))
    records = []
    for i in range(8):
        fields = {"price": 1.5 + i, "qty": i, "name": "item%d" % i, "sku-code": i * 7}
        for j in range(i * 5):
            fields["extra_%d" % j] = j
        records.append(Record(fields))
    return shapes, records


def main(n):
    global ticks
    ticks = 0
    shapes, records = make_world(40)
    area = 0.0
    kinds = 0
    money = 0.0
    for step in range(n):
        s = shapes[step % 40]
        s.step()
        area += s.area() * SCALE
        if s.kind == "rect":
            area += s.diagonal
        kinds += len(s.kind)
        r = records[step % 8]
        r.qty = r.qty + 1
        money += r.total()
        if step % 7 == 0:
            money -= math.sqrt(r.qty) + Shape.weight + Square.weight
        tick()
    return "%d %.3f %.3f %d" % (ticks, area, money, kinds)
