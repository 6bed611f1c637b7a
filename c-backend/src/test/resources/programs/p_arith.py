"""Arithmetic: every binary and augmented operator on ints, big ints, floats,
complex and bools, unary operators, divmod/pow, and the interpreter's error
messages for unsupported operand types and zero division."""


def show(label, value):
    print(label, repr(value))


a, b = 17, 5
show("add", a + b)
show("sub", a - b)
show("mul", a * b)
show("truediv", a / b)
show("floordiv", a // b)
show("mod", a % b)
show("pow", a ** b)
show("lshift", a << b)
show("rshift", a >> 2)
show("and", a & b)
show("or", a | b)
show("xor", a ^ b)
show("neg", -a)
show("pos", +a)
show("invert", ~a)

# negative floor division / modulo semantics
for x, y in [(-7, 2), (7, -2), (-7, -2), (7, 2)]:
    print("divmod", x, y, x // y, x % y, divmod(x, y))
for x, y in [(-7.5, 2), (7.5, -2.0), (-0.0, 1.0)]:
    print("fdivmod", x, y, x // y, x % y, divmod(x, y))

# big ints
big = 2 ** 200
show("big", big)
show("big+1", big + 1)
show("big*big", big * big)
show("big//3", big // 3)
show("big%97", big % 97)
show("-big>>3", -big >> 3)
show("big<<5", big << 5)
show("big&mask", (big - 1) & 0xFFFF_FFFF)
show("pow3", pow(3, 100))
show("powmod", pow(3, 100, 1_000_000_007))
show("powneg", pow(3, -1, 7))
show("fact30", __import__("math").factorial(30))
show("bitlen", big.bit_length())
show("negpow", (-2) ** 63)
show("intpowneg", 2 ** -2)

# floats
show("f+", 0.1 + 0.2)
show("f*", 1.5 * 4)
show("f/", 1 / 3)
show("f//", 7.0 // 2)
show("f%", -7.0 % 3)
show("fpow", 2.0 ** 0.5)
show("fneg_pow", (-8.0) ** (1 / 3))
show("mixed", 3 + 2.5)
show("bool_add", True + True)
show("bool_mul", False * 10)
show("bool_and", True & False)
show("bool_xor", True ^ True)
show("round", (round(2.5), round(3.5), round(-2.5), round(2.675, 2)))

# complex
c = 3 + 4j
d = 1 - 2j
show("c+d", c + d)
show("c-d", c - d)
show("c*d", c * d)
show("c/d", c / d)
show("abs", abs(c))
show("conj", c.conjugate())
show("cpow", c ** 2)
show("creal", (c.real, c.imag))
show("c==", c == complex(3, 4))

# augmented assignment on locals
def aug():
    x = 10
    x += 5
    x -= 3
    x *= 4
    x //= 5
    x %= 7
    x **= 3
    x <<= 2
    x >>= 1
    x &= 0xFF
    x |= 0x100
    x ^= 0x0F
    y = 10
    y /= 4
    z = [1]
    z += [2]
    z *= 2
    s = "ab"
    s += "cd"
    s *= 2
    t = (1,)
    t += (2,)
    return x, y, z, s, t


show("aug", aug())

# errors
def err(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)


err(lambda: 1 / 0)
err(lambda: 1 // 0)
err(lambda: 1 % 0)
err(lambda: 1.0 / 0)
err(lambda: 1.0 // 0.0)
err(lambda: 1.0 % 0.0)
err(lambda: divmod(1, 0))
err(lambda: 0 ** -1)
err(lambda: 0.0 ** -1)
err(lambda: (1 + 1j) / 0)
err(lambda: 1 + "a")
err(lambda: "a" + 1)
err(lambda: "a" - "b")
err(lambda: [1] * "x")
err(lambda: [1] @ [2])
err(lambda: {} | 1)
err(lambda: 1 << -1)
err(lambda: 1 >> -1)
err(lambda: 2.0 ** 10000)
err(lambda: -"a")
err(lambda: ~1.5)
err(lambda: +None)
err(lambda: None < 1)
err(lambda: 3 & 1.0)
err(lambda: pow(2, 3, 0))
err(lambda: pow(2.0, 3, 5))
err(lambda: (1j) // 2)
err(lambda: 1j < 2j)
err(lambda: 10 ** 10 ** 10 if False else int("1" * 5) + None)
print("done")
