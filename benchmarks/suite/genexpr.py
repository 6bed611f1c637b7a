"""Data crunching written with generator expressions and small generator functions:
records produced lazily, filtered, mapped and reduced by sum(), max(), min(), any(), all(),
sorted(), dict() and str.join(), nested generator expressions, and for loops over
generator functions that keep state between items (running totals, pairs, windows).

Stands for the iterator-heavy style of report and analytics code: most of the time is
spent resuming generators whose bodies do little per item, driven by builtins written in
C or by for loops. main(n) summarises n synthetic sales records and returns the figures.
"""

KIND = "generator"

TIME_N = 60000
INSTR_N = 3000

REGIONS = ("north", "south", "east", "west", "central")
PRODUCTS = ("apple", "pear", "plum", "fig", "kiwi", "lime", "date")


def records(n, seed):
    state = seed
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield (i, REGIONS[state % 5], PRODUCTS[(state >> 5) % 7], (state >> 9) % 40 + 1, (state >> 15) % 900 + 50)


def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total


def pairs(items):
    it = iter(items)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur


def window_means(values, size):
    window = []
    for v in values:
        window.append(v)
        if len(window) > size:
            del window[0]
        if len(window) == size:
            yield sum(window) // size


def main(n):
    data = list(records(n, 7))
    revenue = sum(q * p for _, _, _, q, p in data)
    by_region = dict((r, sum(q * p for _, rr, _, q, p in data if rr == r)) for r in REGIONS)
    biggest = max((q * p, i) for i, _, _, q, p in data)
    smallest = min(p for *_, p in data if p > 100)
    any_bulk = any(q > 39 for _, _, _, q, _ in data)
    all_priced = all(p >= 50 for *_, p in data)
    top_products = sorted(((sum(q for _, _, pr, q, _ in data if pr == name), name) for name in PRODUCTS),
                          reverse=True)[:3]
    peak = max(running_total(q - 20 for _, _, _, q, _ in data))
    rises = sum(1 for a, b in pairs(p for *_, p in data) if b > a)
    smooth = max(window_means((q for _, _, _, q, _ in data), 16))
    label = ",".join(str(len(name)) for name in sorted({pr for _, _, pr, _, _ in data}))
    return "%d %s %s %d %s %s %s %d %d %d %s" % (revenue, sorted(by_region.items())[0], biggest, smallest, any_bulk,
                                               all_priced, top_products, peak, rises, smooth, label)
