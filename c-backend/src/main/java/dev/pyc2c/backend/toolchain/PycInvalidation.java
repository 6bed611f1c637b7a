package dev.pyc2c.backend.toolchain;

/**
 * How a {@code .pyc}'s header says which source it belongs to (PEP 552), as
 * {@code py_compile.PycInvalidationMode}.
 */
public enum PycInvalidation {
    /** The source's modification time and size: the classic header, different on every checkout. */
    TIMESTAMP("timestamp"),
    /** A hash of the source, which the import system checks against the source. */
    CHECKED_HASH("checked-hash"),
    /**
     * A hash of the source, which the import system does not check. The default for pyc2c: the header
     * depends only on the source's content, so builds are reproducible, and the {@code .pyc} is input to
     * pyc2c, not something an importer has to validate.
     */
    UNCHECKED_HASH("unchecked-hash");

    private final String wireName;

    PycInvalidation(String wireName) {
        this.wireName = wireName;
    }

    /** The name {@code compile_pyc.py} knows it by. */
    String wireName() {
        return wireName;
    }
}
