"""Geometry and bookkeeping over generated rectangles and points, written in the
unpacking-heavy style of idiomatic Python: functions returning tuples, parallel
assignment and swaps, star-unpacking of heads and tails, enumerate() and zip() loops
with tuple targets, dict.items() loops, divmod, nested tuple patterns, min/max over
tuples, and sorting small records.

Stands for data-munging code that moves tuples around: coordinates, (key, value)
pairs, records unpacked into names. main(n) processes n rectangles and returns a digest.
"""

TIME_N = 110000
INSTR_N = 5000


def lcg_stream(seed, count):
    state = seed
    values = []
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append(state >> 12)
    return values


def make_rects(n):
    values = lcg_stream(17, 4 * n)
    rects = []
    for i in range(n):
        x, y, w, h = values[4 * i:4 * i + 4]
        rects.append(((x % 1000, y % 1000), (1 + w % 60, 1 + h % 60)))
    return rects


def corners(rect):
    (x, y), (w, h) = rect
    return x, y, x + w, y + h


def normalize(x0, y0, x1, y1):
    if x0 > x1:
        x0, x1 = x1, x0
    if y0 > y1:
        y0, y1 = y1, y0
    return x0, y0, x1, y1


def intersection(a, b):
    ax0, ay0, ax1, ay1 = a
    bx0, by0, bx1, by1 = b
    x0, y0 = max(ax0, bx0), max(ay0, by0)
    x1, y1 = min(ax1, bx1), min(ay1, by1)
    if x0 >= x1 or y0 >= y1:
        return None
    return x0, y0, x1, y1


def area(box):
    x0, y0, x1, y1 = box
    return (x1 - x0) * (y1 - y0)


def centre_and_cell(box, cell):
    x0, y0, x1, y1 = box
    cx, cy = (x0 + x1) // 2, (y0 + y1) // 2
    (gx, rx), (gy, ry) = divmod(cx, cell), divmod(cy, cell)
    return (cx, cy), (gx, gy), rx + ry


def minmax(values):
    lo = hi = values[0]
    for v in values:
        lo, hi = min(lo, v), max(hi, v)
    return lo, hi


def rotate(items, k):
    for _ in range(k):
        first, *rest = items
        items = [*rest, first]
    return items


def fib_pair(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % 1000003
    return a, b


def main(n):
    rects = make_rects(n)
    boxes = [normalize(*corners(r)) for r in rects]
    buckets = {}
    overlap_total = 0
    residue = 0
    for i, (box, prev) in enumerate(zip(boxes, boxes[1:] + boxes[:1])):
        common = intersection(box, prev)
        if common is not None:
            overlap_total += area(common)
        (cx, cy), cell, r = centre_and_cell(box, 50)
        residue += r
        count, total_area = buckets.get(cell, (0, 0))
        buckets[cell] = count + 1, total_area + area(box)
    busiest_cell, (count, total_area) = max(buckets.items(), key=lambda kv: (kv[1][0], kv[0]))
    widths = [x1 - x0 for x0, _, x1, _ in boxes]
    lo, hi = minmax(widths)
    head, *middle, tail = sorted(widths)
    by_area = sorted(((area(b), i) for i, b in enumerate(boxes)), reverse=True)[:5]
    rotated = rotate([a for a, _ in by_area], 3)
    swaps = 0
    ordered = list(widths[:200])
    for end in range(len(ordered) - 1, 0, -1):
        for j in range(end):
            if ordered[j] > ordered[j + 1]:
                ordered[j], ordered[j + 1] = ordered[j + 1], ordered[j]
                swaps += 1
    f, g = fib_pair(n)
    return "%d %d %d %s %d %d %d %d %d %d %s %d %d %d" % (
        len(buckets), overlap_total, residue, busiest_cell, count, total_area,
        lo, hi, head + tail, len(middle), rotated, swaps, f, g)
