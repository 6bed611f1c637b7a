"""Collatz (3n + 1) sequences: for every start below n, the number of steps to reach
1 and the highest value reached, the start with the longest chain, and a histogram of
chain lengths; also a memoised variant that reuses earlier chain lengths.

Stands for integer-heavy loops on small ints: while loops with % and // (and their bit
twiddling forms), comparisons, counters, a list used as a cache indexed by int, tuple
max. main(n) returns the longest chain, its start, the largest peak and a digest.
"""

TIME_N = 60000
INSTR_N = 4000


def steps_and_peak(start):
    x = start
    steps = 0
    peak = x
    while x != 1:
        if x % 2 == 0:
            x //= 2
        else:
            x = 3 * x + 1
            if x > peak:
                peak = x
        steps += 1
    return steps, peak


def memo_lengths(limit):
    cache = [0] * limit
    cache[1] = 1
    for start in range(2, limit):
        x = start
        count = 0
        while x >= limit or cache[x] == 0:
            x = (x >> 1) if x & 1 == 0 else 3 * x + 1
            count += 1
        cache[start] = count + cache[x]
    return cache


def main(n):
    best = (0, 0)
    highest = 0
    histogram = {}
    for start in range(1, n):
        steps, peak = steps_and_peak(start)
        if steps > best[0]:
            best = (steps, start)
        if peak > highest:
            highest = peak
        bucket = steps // 25
        histogram[bucket] = histogram.get(bucket, 0) + 1
    cache = memo_lengths(n)
    check = 0
    for i in range(1, n, 97):
        check = (check * 131 + cache[i]) % 1000000007
    return "%d %d %d %s %d" % (best[0], best[1], highest, sorted(histogram.items())[:5], check)
