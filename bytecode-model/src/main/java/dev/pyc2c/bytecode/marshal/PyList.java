package dev.pyc2c.bytecode.marshal;

import java.util.List;

/** A {@code list} (marshal can store one; the compiler never puts one in a code object). */
public record PyList(List<PyObject> items) implements PyObject {

    public PyList {
        items = List.copyOf(items);
    }

    @Override
    public String typeName() {
        return "list";
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
