package dev.pyc2c.backend.toolchain;

import java.util.Objects;

/**
 * The one exception the toolchain raises for problems the user has to fix: an interpreter that cannot
 * be found, does not run or is of an unsupported version; missing CPython headers; a missing C compiler
 * or compiler launcher; C code the compiler rejects; bad configuration (an interpreter specification,
 * a missing source file, an invalid optimization level).
 *
 * <p>The message is meant to be shown alone, without a stack trace: it names the thing that is wrong
 * (the executable, the directory, the file) and says what to do about it. The Maven plugin turns it into
 * a {@code MojoFailureException} with the same message; a command-line tool prints {@code getMessage()}.
 * {@link #kind()} tells callers (and tests) which problem it is without parsing the message.
 *
 * <p>It is unchecked, like the bytecode model's {@code PycFormatException}, so it passes through streams
 * and lambdas; every public method that can raise it says so. Programming errors (a {@code null}
 * argument) are ordinary {@code NullPointerException}s.
 */
public final class ToolchainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Which problem it is. */
    public enum Kind {
        /** A configuration value is invalid: an interpreter specification, a source file, an option. */
        INVALID_INPUT,
        /** No interpreter matches a specification. */
        INTERPRETER_NOT_FOUND,
        /** An interpreter was found but does not run, or did not answer as expected. */
        INTERPRETER_FAILED,
        /** The interpreter is a Python version pyc2c does not support. */
        UNSUPPORTED_VERSION,
        /** The interpreter is not CPython (PyPy, GraalPy...). */
        NOT_CPYTHON,
        /** The interpreter's C headers ({@code Python.h} or the internal ones) are not installed. */
        HEADERS_MISSING,
        /** The C compiler, or the compiler launcher, is not installed. */
        COMPILER_NOT_FOUND,
        /** The C compiler or linker ran and failed. */
        C_COMPILE_FAILED,
        /** The platform is not supported yet (building with MSVC on Windows). */
        UNSUPPORTED_PLATFORM,
        /** A file or directory could not be read or written. */
        IO_ERROR,
        /** The thread was interrupted while waiting for a tool. */
        INTERRUPTED
    }

    private final Kind kind;

    public ToolchainException(Kind kind, String message) {
        this(kind, message, null);
    }

    public ToolchainException(Kind kind, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
