package dev.pyc2c.bytecode.code;

import java.util.Objects;

/**
 * One entry of a code object's exception table: an exception raised by an instruction in
 * {@code [start, end)} pops the value stack down to {@code depth}, pushes the offset of the raising
 * instruction if {@code lasti}, pushes the exception, and continues at {@code handler}.
 */
public record ExceptionEntry(Label start, Label end, Label handler, int depth, boolean lasti) {
    public ExceptionEntry {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(handler, "handler");
        if (depth < 0) {
            throw new IllegalArgumentException("negative depth " + depth);
        }
    }

    /** The stack depth at the handler's first instruction. */
    public int handlerDepth() {
        return depth + (lasti ? 1 : 0) + 1;
    }
}
