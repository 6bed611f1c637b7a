package dev.pyc2c.bytecode.marshal;

import java.math.BigInteger;
import java.util.Objects;

/** An {@code int} of any size. */
public record PyInt(BigInteger value) implements PyObject {
    private static final BigInteger INT32_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT32_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    public PyInt {
        Objects.requireNonNull(value, "value");
    }

    public static PyInt of(long value) {
        return new PyInt(BigInteger.valueOf(value));
    }

    /** True if the value fits marshal's 32-bit {@code TYPE_INT}. */
    public boolean fitsInt32() {
        return value.compareTo(INT32_MIN) >= 0 && value.compareTo(INT32_MAX) <= 0;
    }

    /** True if the value fits a C {@code long long}. */
    public boolean fitsInt64() {
        return value.bitLength() < 64;
    }

    @Override
    public String typeName() {
        return "int";
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
