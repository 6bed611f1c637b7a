package dev.pyc2c.backend.build;

/** A build that cannot go on because of its input: the message says what is wrong and where. */
public final class BuildException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BuildException(String message) {
        super(message);
    }

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
