package dev.pyc2c.bytecode.cfg;

import java.util.Objects;

/** A control-flow edge between two blocks. */
public record Edge(BasicBlock from, BasicBlock to, Kind kind) {

    /** How control passes along an edge. */
    public enum Kind {
        /** The last instruction of {@code from} continues with the first of {@code to}. */
        FALL_THROUGH,
        /** The last instruction of {@code from} jumps to {@code to}. */
        JUMP,
        /** An exception raised in {@code from} is handled at {@code to}. */
        EXCEPTION
    }

    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String toString() {
        return from.name() + " -" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-> " + to.name();
    }
}
