package dev.pyc2c.bytecode;

import java.util.Objects;

/**
 * The one exception the bytecode model raises for bad input: a {@code .pyc} or marshal stream
 * that is corrupt, truncated or of an unsupported Python version, and bytecode that cannot be
 * decoded or analysed (an unknown opcode, a jump outside the code, an inconsistent stack depth).
 *
 * <p>The message always names the input ({@link #source()}) and, where there is one, the byte
 * offset in that input ({@link #offset()}) or the code object and bytecode offset, and says what
 * was wrong. Reading never throws anything else for any input (not even an {@code OutOfMemoryError}
 * for an absurd declared size).
 */
public final class PycFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of problem the input has. */
    public enum Kind {
        /** Not a {@code .pyc}, or a damaged or truncated one. */
        CORRUPT,
        /** A well-formed {@code .pyc} of a Python version pyc2c does not support. */
        UNSUPPORTED_VERSION,
        /** Marshal data that decodes, but bytecode that is not valid for its version. */
        INVALID_BYTECODE
    }

    private final Kind kind;
    private final String source;
    private final long offset;
    private final String detail;

    public PycFormatException(Kind kind, String source, long offset, String detail) {
        super(format(source, offset, detail));
        this.kind = Objects.requireNonNull(kind);
        this.source = Objects.requireNonNull(source);
        this.offset = offset;
        this.detail = Objects.requireNonNull(detail);
    }

    private static String format(String source, long offset, String detail) {
        return offset >= 0 ? source + ": at byte " + offset + ": " + detail : source + ": " + detail;
    }

    public Kind kind() {
        return kind;
    }

    /** The file (or other input) the problem is in. */
    public String source() {
        return source;
    }

    /** The byte offset of the problem in {@link #source()}, or -1 if it has none. */
    public long offset() {
        return offset;
    }

    /** The message without the source and offset. */
    public String detail() {
        return detail;
    }
}
