package dev.pyc2c.backend.model;

import java.util.Objects;

/**
 * A stack value as the C sees it: the expression that reads it, and whether the function owns the
 * reference it holds (so that consuming it means releasing it, and keeping it means taking no new one).
 * A borrowed operand is a fast local or a constant that stays alive until it is consumed.
 *
 * @param expr a C expression of type {@code PyObject *}
 * @param owned whether the value holds a reference of its own
 * @param maybeNull whether the value may be NULL (the method slot of LOAD_ATTR)
 */
public record Operand(String expr, boolean owned, boolean maybeNull) {
    public Operand {
        Objects.requireNonNull(expr, "expr");
    }

    public static Operand owned(String expr) {
        return new Operand(expr, true, false);
    }

    public static Operand borrowed(String expr) {
        return new Operand(expr, false, false);
    }

    /** An expression giving a new reference to the value: the value itself if owned (the reference moves). */
    public String ref() {
        return owned ? expr : "Py_NewRef(" + expr + ")";
    }

    @Override
    public String toString() {
        return expr;
    }
}
