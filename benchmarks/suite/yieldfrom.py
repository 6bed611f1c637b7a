"""Trees walked by recursive generators delegating with `yield from`: an expression
tree evaluated by a generator that yields its intermediate results, a directory-like tree
flattened depth-first, and a delegating generator that forwards values sent in and
returns a result through `yield from` (the value of StopIteration).

Stands for parsers, tree visitors and streaming transformers built from generators that
delegate to sub-generators: every item passes through one resumption per level of the
tree. main(n) builds trees of about n nodes and returns what the walks produced.
"""

KIND = "generator"

TIME_N = 150000
INSTR_N = 3000


def build(n, depth, seed):
    if depth == 0 or n <= 1:
        return seed % 97
    k = seed % 3 + 2
    return [build(n // k, depth - 1, seed * 31 + i) for i in range(k)]


def leaves(tree):
    if isinstance(tree, list):
        for child in tree:
            yield from leaves(child)
    else:
        yield tree


def sums(tree):
    """Yields the sum of every subtree, children first; returns the whole sum."""
    if not isinstance(tree, list):
        yield tree
        return tree
    total = 0
    for child in tree:
        total += yield from sums(child)
    yield total
    return total


def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


def delegate(results):
    while True:
        total = yield from accumulate()
        results.append(total)
        if len(results) >= 3:
            return len(results)


def main(n):
    tree = build(n, 12, 5)
    leaf_count = 0
    leaf_sum = 0
    for leaf in leaves(tree):
        leaf_count += 1
        leaf_sum += leaf
    walk = sums(tree)
    subtotals = 0
    try:
        while True:
            subtotals += next(walk) & 0xFF
    except StopIteration as stop:
        whole = stop.value
    results = []
    d = delegate(results)
    next(d)
    sent = 0
    try:
        for i in range(n):
            d.send(i % 7)
            sent += 1
            if i % (n // 3 + 1) == n // 3:
                d.send(None)
    except StopIteration as stop:
        results.append(stop.value)
    return "%d %d %d %d %d %s" % (leaf_count, leaf_sum, subtotals, whole, sent, results)
