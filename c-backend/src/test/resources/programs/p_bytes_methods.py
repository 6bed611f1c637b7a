"""bytes/bytearray/memoryview: literals and escapes, indexing returns ints,
slicing, methods (split, join, replace, hex/fromhex, strip, upper, find,
count, startswith), bytearray mutation (append, extend, insert, pop,
remove, slice assignment, +=), memoryview (cast, tolist, readonly errors,
release), int.to_bytes/from_bytes, bytes() constructor forms, error
messages (bytes from str without encoding, byte out of range, mixing str)."""
b = b"Hello\x00\xff\n"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:3]), bytes(3), bytes([65, 66]), bytes(range(3)), b"\x41\101")
print(b"a,b,c".split(b","), b" x ".strip(), b"-".join([b"a", b"b"]), b"abc".replace(b"b", b"B"), b"abc".upper())
print(b"\x01\xab".hex(), b"\x01\xab".hex(":"), bytes.fromhex("01 ab ff"), b"abcabc".find(b"c"), b"abcabc".count(b"ab"))
print(b"abc".startswith(b"ab"), b"ABC".lower(), b"a b".title(), b"abc".isalpha(), b"12".isdigit(), b"abc" < b"abd")
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"%d-%s" % (5, b"x"), b"abc"[::-1])
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.insert(0, 95)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("b"))
ba[0] = 65
ba[1:2] = b"XYZ"
ba += b"!"
print(ba, bytes(ba), ba.decode(), len(ba), ba.find(b"Z"), bytearray(2), bytearray("é", "utf-8"))
del ba[0:2]
print(ba, ba.hex(), ba == b"YZd!", ba.upper() if hasattr(ba, "upper") else None)
mv = memoryview(b"abcdef")
print(mv[0], mv[1:3].tobytes(), mv.tolist()[:3], mv.readonly, mv.nbytes, mv.format, bytes(mv[::2]))
mba = memoryview(bytearray(b"\x01\x00\x02\x00"))
print(mba.cast("H").tolist(), mba.itemsize, mba.cast("H").itemsize)
mba[0] = 9
print(mba.obj, mba.tobytes())
mv.release()
try:
    mv[0]
except ValueError as e:
    print("ValueError:", e)
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\xff", "big", signed=True))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(), int.from_bytes([1, 0], "little"))


def err(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)


err(lambda: bytes("str"))
err(lambda: bytes([256]))
err(lambda: bytes([-1]))
err(lambda: b"a" + "b")
err(lambda: "b" + b"a")
err(lambda: b"abc".index(b"z"))
err(lambda: bytearray(b"a").remove(5))
err(lambda: bytearray().pop())
err(lambda: memoryview(b"ab").__setitem__(0, 1))
err(lambda: (256).to_bytes(1, "big"))
err(lambda: (-1).to_bytes(1, "big"))
err(lambda: bytes.fromhex("zz"))
err(lambda: b"abc"[10])
err(lambda: b"%s" % "s")
err(lambda: bytearray(b"x").__setitem__(0, 300))
err(lambda: b"x".decode("utf-16"))
err(lambda: memoryview(5))
err(lambda: b"a".join(["s"]))
err(lambda: "a" in b"abc")
err(lambda: 256 in b"abc")
