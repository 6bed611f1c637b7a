"""A log-processing pipeline built from generators: a generator function produces raw
log lines, further stages parse, filter, enrich, window and batch them, with generator
expressions between stages and `yield from` to flatten nested sources, and a final
consumer aggregates per-service statistics.

Stands for streaming/ETL code written with lazy iterators: generator functions with
state kept across yields, generator expressions feeding sum()/max()/any(), yield from
delegation (including a recursive tree walk), itertools-free windowing and chunking,
and dict aggregation at the end. main(n) streams n log records through the pipeline and
returns the aggregates.
"""

KIND = "generator"

TIME_N = 160000
INSTR_N = 7000

SERVICES = ("auth", "billing", "search", "mail", "api", "cdn")
LEVELS = ("DEBUG", "INFO", "INFO", "INFO", "WARN", "ERROR")


def raw_lines(count, seed):
    state = seed
    for i in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r = state >> 8
        service = SERVICES[r % len(SERVICES)]
        level = LEVELS[(r >> 4) % len(LEVELS)]
        latency = (r >> 8) % 900 + (1000 if r % 97 == 0 else 0)
        yield "%06d %s %s latency=%dms user=u%d" % (i, level, service, latency, (r >> 12) % 500)


def sharded(count, shards):
    """The same stream, produced by several sources in turn (yield from delegation)."""
    per = count // shards
    for s in range(shards):
        yield from raw_lines(per if s < shards - 1 else count - per * (shards - 1), 1000 + s)


def parse(lines):
    for line in lines:
        seq, level, service, latency, user = line.split(" ")
        yield {"seq": int(seq), "level": level, "service": service,
               "latency": int(latency[8:-2]), "user": user[5:]}


def only(records, minimum_level):
    rank = {"DEBUG": 0, "INFO": 1, "WARN": 2, "ERROR": 3}
    floor = rank[minimum_level]
    return (r for r in records if rank[r["level"]] >= floor)


def enrich(records):
    seen = set()
    for r in records:
        r["slow"] = r["latency"] > 500
        r["first_visit"] = r["user"] not in seen
        seen.add(r["user"])
        yield r


def windows(records, size):
    window = []
    for r in records:
        window.append(r["latency"])
        if len(window) > size:
            window.pop(0)
        yield r, sum(window) // len(window)


def batches(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def walk(tree):
    """Depth-first over a nested list of numbers (recursive yield from)."""
    for node in tree:
        if isinstance(node, list):
            yield from walk(node)
        else:
            yield node


def main(n):
    stats = {}
    spikes = 0
    batch_count = 0
    pipeline = windows(enrich(only(parse(sharded(n, 4)), "INFO")), 8)
    for batch in batches(pipeline, 64):
        batch_count += 1
        if any(avg > 600 for _, avg in batch):
            spikes += 1
        for r, _ in batch:
            s = stats.setdefault(r["service"], [0, 0, 0, 0])
            s[0] += 1
            s[1] += r["latency"]
            s[2] += r["slow"]
            s[3] += r["first_visit"]
    tree = [[i, [i * 2, [i * 3]], i * 4] for i in range(n // 50)]
    tree_total = sum(x for x in walk(tree) if x % 3)
    worst = max((s[1] // s[0], name) for name, s in stats.items())
    return "%s | %d %d | %s %d" % (" ".join("%s:%d/%d/%d/%d" % (k, *v) for k, v in sorted(stats.items())),
                                    batch_count, spikes, worst, tree_total)
