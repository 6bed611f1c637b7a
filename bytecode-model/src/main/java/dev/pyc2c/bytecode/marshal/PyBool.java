package dev.pyc2c.bytecode.marshal;

/** {@code True} and {@code False}. */
public enum PyBool implements PyObject {
    FALSE,
    TRUE;

    public static PyBool of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public boolean value() {
        return this == TRUE;
    }

    @Override
    public String typeName() {
        return "bool";
    }

    @Override
    public String toString() {
        return value() ? "True" : "False";
    }
}
