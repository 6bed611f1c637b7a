package dev.pyc2c.backend.ir;

/** Where a stack value comes from, as far as the passes care. */
public sealed interface Origin {

    /** Loaded from fast local {@code index} (LOAD_FAST and its kin). */
    record Local(int index) implements Origin {
    }

    /** {@code co_consts[index]}. */
    record Const(int index) implements Origin {
    }

    /** One of the interpreter's cached small ints, {@code value} (3.14's LOAD_SMALL_INT): immortal, like a constant. */
    record SmallInt(int value) implements Origin {
    }

    /** A known NULL. */
    enum Null implements Origin {
        INSTANCE
    }

    /** Computed by its instruction, or on the stack when its block starts. */
    enum Computed implements Origin {
        INSTANCE
    }
}
