package dev.pyc2c.backend.model;

import java.util.Objects;

/**
 * A value as a number-taking operation sees it (pyc2c_num.h): a C expression of type {@code pyc2c_num},
 * the operand's hint ({@code PYC2C_HELD}: a number the C holds; {@code PYC2C_VIEW}: an object it does
 * not own; {@code PYC2C_CINT} / {@code PYC2C_CFLOAT}: a constant whose value is known), and the statement
 * that releases it once the operation has read it (null when nothing is owned).
 */
public record NumOperand(String init, String hint, String release) {
    public NumOperand {
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(hint, "hint");
    }

    @Override
    public String toString() {
        return init;
    }
}
