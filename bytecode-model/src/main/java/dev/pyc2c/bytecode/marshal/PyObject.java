package dev.pyc2c.bytecode.marshal;

/**
 * A Python object as marshal stores it: the constants, names and code objects of a {@code .pyc}.
 * Immutable; {@link #toString()} is the object's Python {@code repr()} (code objects without an address).
 */
public sealed interface PyObject
        permits PyNone, PyBool, PyEllipsis, PyStopIteration, PyInt, PyFloat, PyComplex, PyBytes, PyStr,
                PyTuple, PyList, PyDict, PySet, PyFrozenSet, PySlice, PyCode {

    /** The Python type name: {@code int}, {@code str}, {@code code}... */
    String typeName();

    /** Python's {@code repr()} of this object. */
    default String repr() {
        return Repr.of(this);
    }
}
