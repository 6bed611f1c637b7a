package dev.pyc2c.bytecode.marshal;

/** The class {@code StopIteration}, which marshal can store (type code {@code S}). */
public enum PyStopIteration implements PyObject {
    STOP_ITERATION;

    @Override
    public String typeName() {
        return "type";
    }

    @Override
    public String toString() {
        return "<class 'StopIteration'>";
    }
}
