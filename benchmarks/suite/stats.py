"""Descriptive statistics over generated sensor series: mean, variance and standard
deviation (two-pass and Welford's online method), covariance, Pearson correlation,
least-squares regression, moving averages, exponential smoothing, z-score outliers,
median and percentiles from sorted copies, and a histogram.

Stands for data-analysis code in plain Python: float accumulation in for loops over
lists, list comprehensions producing derived series, zip over paired series, small
functions returning tuples of floats, sorted(), math.sqrt and math.fsum, integer
bucketing with int(). (Float sums are explicit loops or math.fsum, never builtin sum(),
whose float rounding changed in 3.12.) main(n) analyses series of n samples and returns
the results rounded to 6 digits.
"""

import math

TIME_N = 45000
INSTR_N = 2500


class Lcg:
    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def random(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 7) / 16777216.0

    def gauss(self):
        """Approximately normal: the sum of 12 uniforms minus 6."""
        total = 0.0
        for _ in range(12):
            total += self.random()
        return total - 6.0


def make_series(n, seed):
    rng = Lcg(seed)
    temps = []
    loads = []
    level = 20.0
    for i in range(n):
        level += 0.05 * rng.gauss()
        season = 5.0 * math.sin(i * 0.01)
        t = level + season + rng.gauss()
        temps.append(t)
        loads.append(100.0 + 3.0 * t + 4.0 * rng.gauss())
    return temps, loads


def mean(xs):
    total = 0.0
    for x in xs:
        total += x
    return total / len(xs)


def variance(xs):
    m = mean(xs)
    acc = 0.0
    for x in xs:
        d = x - m
        acc += d * d
    return acc / (len(xs) - 1)


def welford(xs):
    count = 0
    m = 0.0
    m2 = 0.0
    for x in xs:
        count += 1
        delta = x - m
        m += delta / count
        m2 += delta * (x - m)
    return m, m2 / (count - 1)


def covariance(xs, ys):
    mx, my = mean(xs), mean(ys)
    acc = 0.0
    for x, y in zip(xs, ys):
        acc += (x - mx) * (y - my)
    return acc / (len(xs) - 1)


def correlation(xs, ys):
    return covariance(xs, ys) / math.sqrt(variance(xs) * variance(ys))


def regression(xs, ys):
    slope = covariance(xs, ys) / variance(xs)
    return slope, mean(ys) - slope * mean(xs)


def moving_average(xs, window):
    out = []
    acc = math.fsum(xs[:window])
    out.append(acc / window)
    for i in range(window, len(xs)):
        acc += xs[i] - xs[i - window]
        out.append(acc / window)
    return out


def smooth(xs, alpha):
    s = xs[0]
    out = []
    for x in xs:
        s = alpha * x + (1.0 - alpha) * s
        out.append(s)
    return out


def percentile(sorted_xs, p):
    k = (len(sorted_xs) - 1) * p
    lo = int(k)
    hi = min(lo + 1, len(sorted_xs) - 1)
    return sorted_xs[lo] + (sorted_xs[hi] - sorted_xs[lo]) * (k - lo)


def outliers(xs, limit):
    m = mean(xs)
    sd = math.sqrt(variance(xs))
    return [i for i, x in enumerate(xs) if abs(x - m) / sd > limit]


def histogram(xs, buckets):
    lo, hi = min(xs), max(xs)
    width = (hi - lo) / buckets
    counts = [0] * buckets
    for x in xs:
        counts[min(int((x - lo) / width), buckets - 1)] += 1
    return counts


def main(n):
    temps, loads = make_series(n, 8)
    m, v = welford(temps)
    slope, intercept = regression(temps, loads)
    residuals = [y - (slope * x + intercept) for x, y in zip(temps, loads)]
    ma = moving_average(loads, 50)
    sm = smooth(loads, 0.1)
    ordered = sorted(temps)
    results = [mean(temps), variance(temps), m, v, correlation(temps, loads), slope, intercept,
               math.fsum([abs(r) for r in residuals]) / n, max(ma) - min(ma), sm[-1], percentile(ordered, 0.5),
               percentile(ordered, 0.9) - percentile(ordered, 0.1)]
    hist = histogram(residuals, 10)
    return " ".join("%.6f" % r for r in results) + " %d %s" % (len(outliers(residuals, 2.5)), hist)
