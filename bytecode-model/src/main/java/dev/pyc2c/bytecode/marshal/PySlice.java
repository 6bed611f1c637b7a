package dev.pyc2c.bytecode.marshal;

import java.util.Objects;

/**
 * A {@code slice}, which marshal stores from version 5 on (CPython 3.14, whose compiler folds constant
 * slices such as the {@code 1:2} of {@code a[1:2]} into {@code co_consts}).
 */
public record PySlice(PyObject start, PyObject stop, PyObject step) implements PyObject {

    public PySlice {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(step, "step");
    }

    @Override
    public String typeName() {
        return "slice";
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
