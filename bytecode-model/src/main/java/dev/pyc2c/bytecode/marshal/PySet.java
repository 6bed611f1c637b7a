package dev.pyc2c.bytecode.marshal;

import java.util.List;

/** A {@code set}, its elements in the order marshal stored them. */
public record PySet(List<PyObject> items) implements PyObject {

    public PySet {
        items = List.copyOf(items);
    }

    @Override
    public String typeName() {
        return "set";
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
