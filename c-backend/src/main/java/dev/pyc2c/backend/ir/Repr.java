package dev.pyc2c.backend.ir;

/**
 * How the C holds a stack value. The lowering starts with every value {@link #OWNED}; the passes choose
 * cheaper representations where they can prove them exact.
 */
public enum Repr {
    /** A {@code PyObject *} the function owns a reference to, in its stack variable {@code s<depth>}. */
    OWNED,
    /**
     * A {@code PyObject *} that something else keeps alive until the value is consumed (a fast local that
     * nothing rebinds meanwhile, a constant): no reference is taken, none released.
     */
    BORROWED,
    /** Known to be {@code NULL} (PUSH_NULL, the NULL that LOAD_GLOBAL or LOAD_ATTR push for a call). */
    NULL,
    /**
     * A number that may be unboxed: a {@code pyc2c_num} in {@code n<depth>}, holding a C {@code int64_t}, a
     * C {@code double}, or an owned object (whatever the slow path produced).
     */
    NUM,
    /** An exact {@code bool} known only as a C int in {@code c<depth>}: a comparison feeding a branch. */
    CBOOL;

    /** Whether releasing the value may mean a Py_DECREF. */
    public boolean holdsReference() {
        return this == OWNED || this == NUM;
    }
}
