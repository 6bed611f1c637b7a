package dev.pyc2c.bytecode.marshal;

import java.util.List;

/** A {@code tuple}. */
public record PyTuple(List<PyObject> items) implements PyObject {
    public static final PyTuple EMPTY = new PyTuple(List.of());

    public PyTuple {
        items = List.copyOf(items);
    }

    public static PyTuple of(PyObject... items) {
        return new PyTuple(List.of(items));
    }

    public int size() {
        return items.size();
    }

    public PyObject get(int index) {
        return items.get(index);
    }

    @Override
    public String typeName() {
        return "tuple";
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
