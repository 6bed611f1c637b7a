package dev.pyc2c.bytecode.marshal;

import java.util.List;

/** A {@code frozenset}, its elements in the order marshal stored them. */
public record PyFrozenSet(List<PyObject> items) implements PyObject {

    public PyFrozenSet {
        items = List.copyOf(items);
    }

    @Override
    public String typeName() {
        return "frozenset";
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
