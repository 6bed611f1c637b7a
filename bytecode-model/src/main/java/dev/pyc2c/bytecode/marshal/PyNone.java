package dev.pyc2c.bytecode.marshal;

/** {@code None}. */
public enum PyNone implements PyObject {
    NONE;

    @Override
    public String typeName() {
        return "NoneType";
    }

    @Override
    public String toString() {
        return "None";
    }
}
