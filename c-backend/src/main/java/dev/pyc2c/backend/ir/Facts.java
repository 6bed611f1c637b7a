package dev.pyc2c.backend.ir;

import dev.pyc2c.bytecode.marshal.PyObject;
import java.util.Objects;
import java.util.Optional;

/**
 * What the passes know about a value at compile time: its exact type where an instruction or a constant
 * guarantees it, and its constant value. Facts only ever let the C skip a guard that would pass.
 *
 * @param type the value's exact type, or {@link PyType#UNKNOWN}
 * @param constant its value, if it is a constant of the code object
 */
public record Facts(PyType type, Optional<PyObject> constant) {
    /** Nothing known. */
    public static final Facts NONE = new Facts(PyType.UNKNOWN, Optional.empty());

    public Facts {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(constant, "constant");
    }

    public static Facts ofType(PyType type) {
        return new Facts(type, Optional.empty());
    }

    public static Facts ofConstant(PyObject value) {
        return new Facts(PyType.of(value), Optional.of(value));
    }

    public boolean is(PyType t) {
        return type == t;
    }
}
