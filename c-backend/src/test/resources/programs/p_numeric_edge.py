"""Integer and float edge cases: int() parsing (bases, underscores,
whitespace, errors), float() parsing (inf/nan spellings), nan comparisons
and identity in containers, -0.0, float repr round-trip, overflow to inf
vs OverflowError, int/float conversions of huge values, the int<->str
conversion digit limit (sys.set_int_max_str_digits) error messages,
math module errors, float.hex/fromhex, as_integer_ratio, is_integer."""
import math
import sys

print(int("42"), int(" -7 "), int("1_000"), int("ff", 16), int("0x1F", 0), int("0o17", 0), int("0b11", 0), int("z", 36))
print(int(3.99), int(-3.99), int(True), int("٣"), float("  1.5e3 "), float("-inf"), float("nAn"), float("1_0.5"))
for bad in ("12.5", "", " ", "0x10", "1__0", "_1", "abc", "1e5"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("12", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(1.5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
for bad in ("1.2.3", "", "inf5", "0x1p3"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 0, nan > 0, nan is nan, [nan] == [nan], nan in [nan], {nan: 1}.get(nan))
print(float("nan") in [float("nan")], math.isnan(nan), inf > 10 ** 300, -inf < -(10 ** 300), inf - inf, inf * 0, inf / inf)
print(-0.0, 0.0 == -0.0, math.copysign(1, -0.0), str(-0.0), repr(0.1), 0.1 + 0.2, 1e16, 1e-5, 123456789012345678.0)
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023, sys.float_info.max, sys.float_info.epsilon, 5e-324, 5e-324 / 2)
try:
    2.0 ** 1024
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) * 1.0 if False else "skip", 10 ** 30 / 10 ** 10, 7 / 2, -7 // 2, 2 ** 0.5 == math.sqrt(2))
print((0.5).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer(), (255).bit_count(), (-5).bit_length(), (1.5).hex(), float.fromhex("0x1.8p1"))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(1234.5678, -2), round(1234, -2), round(5, -1), round(15, -1))
print(divmod(7.5, 2), 7.5 % -2, math.fmod(7.5, -2), math.floor(-0.5), math.ceil(-0.5), math.trunc(-1.7))
old = sys.get_int_max_str_digits()
sys.set_int_max_str_digits(1000)
big = 10 ** 1500
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("9" * 1500)
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{big}")
except ValueError as e:
    print("ValueError:", e)
print(len(hex(big)), big.bit_length(), len(str(10 ** 999)))
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(old)
print(len(str(big)))
for fn, arg in ((math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2), (math.factorial, -1), (math.factorial, 2.5), (math.exp, 1000)):
    try:
        print(fn(arg))
    except (ValueError, OverflowError, TypeError) as e:
        print("%s(%r) -> %s: %s" % (fn.__name__, arg, type(e).__name__, e))
print(math.gcd(12, 18, 27), math.lcm(4, 6), math.isqrt(10 ** 20 + 1), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.isclose(0.1 + 0.2, 0.3), math.inf == inf, math.pi, math.e, math.fsum([0.1] * 10), sum([0.1] * 10))
print(int.__name__, (5).__index__(), (5).real, (5).imag, (5).numerator, (5).denominator, (3 + 4j).imag, True + 0.5)
print(hash(-1), hash(-2), hash(1.0) == hash(1), hash(float("inf")), hash(2 ** 61 - 1), hash(0.5))
print(0 ** 0, 0.0 ** 0, (-8) ** (1 / 3) == (-8) ** (1 / 3), pow(-2, 0.5), 10 ** -2, (-1) ** 0.5)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    math.inf // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
