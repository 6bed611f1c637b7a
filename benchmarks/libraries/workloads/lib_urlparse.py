"""urllib.parse on generated URLs: urlsplit, urlparse, urlunsplit, urljoin with relative references,
quote and unquote, parse_qsl and urlencode. Stands for web-library string processing: partition, find,
slicing, small caches and named tuples."""

import zlib

from stdlib_copy import urlparse
from lcg import Lcg

TIME_N = 100
INSTR_N = 4


HOSTS = ["example.com", "user:pw@host.org:8080", "[2001:db8::1]:443", "xn--caf-dma.fr", "localhost"]
PATHS = ["/", "/a/b/c", "/search", "/caf\u00e9 menu/", "/docs/../api/./v1", "/%7Euser/file.txt"]
RELS = ["../x", "./y?z=1", "//other.net/p", "g;x?y#s", "/abs", "?q=2", "#frag", "a/b/../../c"]


def main(n):
    rng = Lcg(29)
    urls = []
    for _ in range(120):
        q = urlparse.urlencode([("k%d" % i, "v %d&%s" % (rng.below(100), "=/?"[rng.below(3)]))
                                for i in range(rng.below(4))])
        urls.append("%s://%s%s%s%s" % (("http", "https", "ftp")[rng.below(3)], HOSTS[rng.below(len(HOSTS))],
                                       PATHS[rng.below(len(PATHS))], "?" + q if q else "",
                                       "#sec%d" % rng.below(5) if rng.below(2) else ""))
    crc = 0
    for i in range(n):
        for u in urls:
            s = urlparse.urlsplit(u)
            p = urlparse.urlparse(u)
            crc = zlib.crc32(urlparse.urlunsplit(s).encode(), crc)
            crc = zlib.crc32(("%s|%s|%s|%s" % (s.hostname, s.port if "[" not in u else 0, p.params, p.path)).encode(), crc)
            crc = zlib.crc32(repr(urlparse.parse_qsl(s.query)).encode(), crc)
            crc = zlib.crc32(urlparse.quote(urlparse.unquote(s.path)).encode(), crc)
            crc = zlib.crc32(urlparse.urljoin(u, RELS[(i + len(u)) % len(RELS)]).encode(), crc)
            crc = zlib.crc32(urlparse.quote_plus(s.query, safe="=").encode(), crc)
    return "crc=%08x" % crc
