"""Chaos game: points are thrown repeatedly through a set of weighted affine maps (an
iterated function system drawing a fern-like fractal), then bent along a Catmull-Rom
spline, and counted into a grid of cells.

Stands for graphics and geometry code built from small classes: a Point class with
arithmetic methods, an AffineMap class applied polymorphically alongside a Twist map,
a Spline class evaluated piecewise, weighted choice driven by a seeded generator,
bounding-box tracking with min/max, a dict used as a sparse image. main(n) plays n
steps and returns the number of cells hit, the bounding box and a digest of the image.
"""

TIME_N = 100000
INSTR_N = 4500

GRID = 64


class Lcg:
    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def random(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 7) / 16777216.0


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Point(self.x - other.x, self.y - other.y)

    def scaled(self, k):
        return Point(self.x * k, self.y * k)

    def lerp(self, other, t):
        return Point(self.x + (other.x - self.x) * t, self.y + (other.y - self.y) * t)


class AffineMap:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, p):
        return Point(self.a * p.x + self.b * p.y + self.e, self.c * p.x + self.d * p.y + self.f)


class Twist(AffineMap):
    """An affine map followed by a gentle shear that grows with height."""

    def __init__(self, a, b, c, d, e, f, weight, shear):
        super().__init__(a, b, c, d, e, f, weight)
        self.shear = shear

    def apply(self, p):
        q = super().apply(p)
        return Point(q.x + self.shear * q.y * q.y, q.y)


class Spline:
    """A uniform Catmull-Rom spline through control points, parameter t in [0, 1]."""

    def __init__(self, points):
        self.points = points
        self.segments = len(points) - 3

    def at(self, t):
        t = min(max(t, 0.0), 1.0) * self.segments
        i = min(int(t), self.segments - 1)
        u = t - i
        p0, p1, p2, p3 = self.points[i:i + 4]
        u2 = u * u
        u3 = u2 * u
        x = 0.5 * ((2 * p1.x) + (-p0.x + p2.x) * u + (2 * p0.x - 5 * p1.x + 4 * p2.x - p3.x) * u2
                   + (-p0.x + 3 * p1.x - 3 * p2.x + p3.x) * u3)
        y = 0.5 * ((2 * p1.y) + (-p0.y + p2.y) * u + (2 * p0.y - 5 * p1.y + 4 * p2.y - p3.y) * u2
                   + (-p0.y + 3 * p1.y - 3 * p2.y + p3.y) * u3)
        return Point(x, y)


class ChaosGame:
    def __init__(self, maps, spline, seed):
        self.maps = maps
        total = 0.0
        self.cumulative = []
        for m in maps:
            total += m.weight
            self.cumulative.append(total)
        self.total = total
        self.spline = spline
        self.rng = Lcg(seed)
        self.min_x = self.min_y = 1e9
        self.max_x = self.max_y = -1e9

    def choose(self):
        r = self.rng.random() * self.total
        for m, edge in zip(self.maps, self.cumulative):
            if r < edge:
                return m
        return self.maps[-1]

    def bend(self, p):
        """Moves p sideways by the spline's offset at its height."""
        offset = self.spline.at(p.y / 10.0)
        return Point(p.x + offset.x * 0.3, p.y + offset.y * 0.1)

    def play(self, steps):
        cells = {}
        p = Point(0.0, 0.0)
        for i in range(steps):
            p = self.choose().apply(p)
            if i < 20:
                continue
            q = self.bend(p)
            self.min_x = min(self.min_x, q.x)
            self.max_x = max(self.max_x, q.x)
            self.min_y = min(self.min_y, q.y)
            self.max_y = max(self.max_y, q.y)
            cx = int((q.x + 4.0) / 8.0 * GRID)
            cy = int(q.y / 11.0 * GRID)
            key = (cx, cy)
            cells[key] = cells.get(key, 0) + 1
        return cells


def main(n):
    maps = [
        AffineMap(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        Twist(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85, 0.002),
        AffineMap(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        AffineMap(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ]
    spline = Spline([Point(0.0, 0.0), Point(0.2, 0.1), Point(-0.4, 0.3), Point(0.5, 0.5),
                     Point(-0.2, 0.8), Point(0.1, 1.0), Point(0.3, 1.2)])
    game = ChaosGame(maps, spline, 1234)
    cells = game.play(n)
    digest = 0
    for (cx, cy), count in sorted(cells.items()):
        digest = (digest * 131 + cx * 4096 + cy * 64 + count) % 2147483647
    return "%d %d %.4f %.4f %.4f %.4f" % (len(cells), digest, game.min_x, game.max_x, game.min_y, game.max_y)
