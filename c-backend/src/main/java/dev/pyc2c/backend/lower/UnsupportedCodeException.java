package dev.pyc2c.backend.lower;

/**
 * A code object the backend does not translate (yet): it stays bytecode and runs in the interpreter,
 * and the build report records {@link #getMessage() why}.
 */
public final class UnsupportedCodeException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnsupportedCodeException(String reason) {
        super(reason);
    }
}
