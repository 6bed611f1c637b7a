package dev.pyc2c.bytecode.code;

/**
 * A position in a code object's instruction list: a jump target, or an end of an exception-table
 * range. Labels are identities, not offsets; {@link Code} knows where each is bound and numbers them
 * {@code L1}, {@code L2}... in code order for printing.
 */
public final class Label {
    Label() {
    }

    @Override
    public String toString() {
        return "Label@" + Integer.toHexString(System.identityHashCode(this));
    }
}
