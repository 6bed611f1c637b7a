package dev.pyc2c.bytecode.marshal;

import java.util.List;
import java.util.Objects;

/** A {@code dict} (marshal can store one; the compiler never puts one in a code object), in stored order. */
public record PyDict(List<Entry> entries) implements PyObject {

    /** One key and its value. */
    public record Entry(PyObject key, PyObject value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    public PyDict {
        entries = List.copyOf(entries);
    }

    @Override
    public String typeName() {
        return "dict";
    }

    @Override
    public boolean equals(Object o) {
        return Structural.equals(this, o);
    }

    @Override
    public int hashCode() {
        return Structural.hashCode(this);
    }

    @Override
    public String toString() {
        return Repr.of(this);
    }
}
