package dev.pyc2c.bytecode.marshal;

/**
 * A {@code float}, kept as its IEEE 754 bits so that every value (negative zero, each NaN) is
 * preserved exactly and two constants are equal exactly when CPython's constant cache keeps them apart.
 */
public record PyFloat(long bits) implements PyObject {

    public static PyFloat of(double value) {
        return new PyFloat(Double.doubleToRawLongBits(value));
    }

    public double value() {
        return Double.longBitsToDouble(bits);
    }

    @Override
    public String typeName() {
        return "float";
    }

    @Override
    public String toString() {
        return Repr.floatRepr(value(), true);
    }
}
