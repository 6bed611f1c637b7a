"""ipaddress parsing, printing, comparing and testing IPv4 and IPv6 addresses, networks and interfaces:
ip_address, ip_network with strict=False, membership, overlaps, supernet, sorting, compressed and
exploded forms. Stands for a library of value classes: parsing with str methods and int arithmetic,
properties, functools caches, rich comparisons."""

import zlib

from stdlib_copy import ipaddress
from lcg import Lcg

TIME_N = 130
INSTR_N = 6


def main(n):
    rng = Lcg(7)
    v4 = ["%d.%d.%d.%d" % (10 + rng.below(200), rng.below(256), rng.below(256), rng.below(256)) for _ in range(150)]
    v6 = ["2001:db8:%x:%x::%x" % (rng.below(65536), rng.below(65536), rng.below(65536)) for _ in range(80)]
    nets = ["%d.%d.0.0/%d" % (10 + rng.below(200), rng.below(256), 8 + rng.below(16)) for _ in range(40)]
    crc = 0
    hits = 0
    for i in range(n):
        addrs = [ipaddress.ip_address(s) for s in v4]
        addrs6 = [ipaddress.ip_address(s) for s in v6]
        networks = [ipaddress.ip_network(s, strict=False) for s in nets]
        for a in addrs:
            for net in networks[:10]:
                if a in net:
                    hits += 1
        for j in range(len(networks) - 1):
            if networks[j].overlaps(networks[j + 1]):
                hits += 1
            crc = zlib.crc32(str(networks[j].supernet()).encode(), crc)
        addrs.sort()
        for a in addrs6:
            crc = zlib.crc32((a.exploded + a.compressed).encode(), crc)
        for s in v4[:30]:
            iface = ipaddress.ip_interface(s + "/24")
            crc = zlib.crc32((str(iface.network) + str(iface.ip + 1)).encode(), crc)
        crc = zlib.crc32(str(addrs[0]).encode() + str(addrs[-1]).encode(), crc)
    return "hits=%d crc=%08x" % (hits, crc)
