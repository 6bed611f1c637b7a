package dev.pyc2c.backend.model;

import java.util.Objects;

/**
 * A value as a number-taking operation sees it: a C expression of type {@code pyc2c_num} (a number the
 * C holds, a view of an object, a constant whose value is known), and the statement that releases it
 * once the operation has read it (null when nothing is owned).
 */
public record NumOperand(String init, String release) {
    public NumOperand {
        Objects.requireNonNull(init, "init");
    }

    @Override
    public String toString() {
        return init;
    }
}
