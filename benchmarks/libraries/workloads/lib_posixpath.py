"""posixpath (os.path on POSIX) on generated paths, with no file system access: join, normpath, split,
splitext, basename, dirname, relpath between absolute paths, commonprefix, isabs. Stands for the path
handling every build tool, web framework and test runner does: str methods, slicing and small loops."""

import zlib

from stdlib_copy import posixpath
from lcg import Lcg

TIME_N = 190
INSTR_N = 8


PARTS = ["usr", "lib", "python3", "site-packages", "..", ".", "src", "main", "module.py", "data.tar.gz", ""]


def main(n):
    rng = Lcg(37)
    paths = []
    for _ in range(200):
        p = "/".join(PARTS[rng.below(len(PARTS))] for _ in range(2 + rng.below(7)))
        paths.append(("/" if rng.below(3) else "") + p)
    crc = 0
    for i in range(n):
        for j, p in enumerate(paths):
            q = paths[(j + i) % len(paths)]
            joined = posixpath.join(p, q, "x.py")
            norm = posixpath.normpath(joined)
            head, tail = posixpath.split(norm)
            root, ext = posixpath.splitext(tail)
            rel = posixpath.relpath(posixpath.join("/", p), posixpath.join("/", q))
            out = "%s|%s|%s|%s|%s|%s|%s|%d" % (norm, head, root, ext, posixpath.basename(p),
                                              posixpath.dirname(q), rel, posixpath.isabs(p))
            crc = zlib.crc32(out.encode(), crc)
        crc = zlib.crc32(posixpath.commonprefix(paths[i % 50:i % 50 + 10]).encode(), crc)
    return "crc=%08x" % crc
