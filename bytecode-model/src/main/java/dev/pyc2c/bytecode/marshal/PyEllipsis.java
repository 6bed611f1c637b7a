package dev.pyc2c.bytecode.marshal;

/** {@code Ellipsis} ({@code ...}). */
public enum PyEllipsis implements PyObject {
    ELLIPSIS;

    @Override
    public String typeName() {
        return "ellipsis";
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
