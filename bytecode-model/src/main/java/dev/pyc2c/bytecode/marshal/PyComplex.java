package dev.pyc2c.bytecode.marshal;

/** A {@code complex}, its two parts kept as IEEE 754 bits (see {@link PyFloat}). */
public record PyComplex(long realBits, long imagBits) implements PyObject {

    public static PyComplex of(double real, double imag) {
        return new PyComplex(Double.doubleToRawLongBits(real), Double.doubleToRawLongBits(imag));
    }

    public double real() {
        return Double.longBitsToDouble(realBits);
    }

    public double imag() {
        return Double.longBitsToDouble(imagBits);
    }

    @Override
    public String typeName() {
        return "complex";
    }

    @Override
    public String toString() {
        return Repr.of(this);
    }
}
