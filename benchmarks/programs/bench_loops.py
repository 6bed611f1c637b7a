"""Speed benchmark (not a p_* correctness program): pure-Python numeric
loops -- nested summing loops, a sieve of Eratosthenes to 200000, integer
arithmetic in while loops, list/str building. Sized for roughly one second
interpreted on CPython 3.12. Prints a checksum only."""


def nested_sum(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total += (i * j) ^ (i + j)
    return total


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for k in range(i * i, limit + 1, i):
                flags[k] = False
        i += 1
    count = 0
    s = 0
    for idx in range(limit + 1):
        if flags[idx]:
            count += 1
            s += idx
    return count, s


def collatz_steps(limit):
    best = 0
    best_n = 0
    for n in range(1, limit):
        x = n
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        if steps > best:
            best = steps
            best_n = n
    return best_n, best


def build_strings(n):
    parts = []
    for i in range(n):
        parts.append(str(i % 97))
        if i % 10 == 0:
            parts.append(",")
    s = "".join(parts)
    acc = 0
    for ch in s:
        acc = (acc * 31 + ord(ch)) & 0xFFFFFFFF
    return len(s), acc


def float_loop(n):
    x = 0.0
    for i in range(1, n):
        x += 1.0 / (i * i)
    return round(x, 9)


checksum = 0
checksum += nested_sum(1200)
c, s = sieve(200000)
checksum += c * 7 + s
bn, bs = collatz_steps(60000)
checksum += bn + bs
ln, acc = build_strings(200000)
checksum += ln + acc
checksum = (checksum * 1000003 + int(float_loop(1000000) * 1e9)) % (2 ** 61 - 1)
print("bench_loops checksum:", checksum)
