package dev.pyc2c.pythons;

import java.util.Objects;

/**
 * A problem with a CPython interpreter from Maven that the user has to fix: a malformed {@code maven:}
 * specification, a version with no known artifact, a platform with no builds, an artifact that is not in
 * the repository (offline, or not downloadable), a jar that is not a CPython build, or an interpreter that
 * does not run once unpacked. The message is meant to be shown alone, without a stack trace: it names the
 * artifact or the directory and says what to do.
 */
public final class PythonsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Which problem it is. */
    public enum Kind {
        /** A {@code maven:} specification, or coordinates, that cannot be read. */
        INVALID_SPEC,
        /** A Python version for which no Maven artifact is known. */
        UNKNOWN_VERSION,
        /** This machine's operating system or processor has no CPython builds on Maven Central. */
        UNSUPPORTED_PLATFORM,
        /** The artifact cannot be had: not in the local repository (offline), or not downloadable. */
        NOT_AVAILABLE,
        /** The jar is not a CPython build ({@code bin/python3.X} missing), or reports another version. */
        BAD_ARTIFACT,
        /** The unpacked interpreter does not run. */
        DOES_NOT_RUN,
        /** The cache could not be read or written. */
        IO_ERROR,
        /** The thread was interrupted. */
        INTERRUPTED
    }

    private final Kind kind;

    public PythonsException(Kind kind, String message) {
        this(kind, message, null);
    }

    public PythonsException(Kind kind, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
