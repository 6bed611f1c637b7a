package dev.pyc2c.bytecode.opcode;

/** The conversion of an f-string replacement field ({@code FORMAT_VALUE}, {@code CONVERT_VALUE}). */
public enum Conversion {
    /** No conversion. */
    NONE(""),
    /** {@code !s}. */
    STR("str"),
    /** {@code !r}. */
    REPR("repr"),
    /** {@code !a}. */
    ASCII("ascii");

    private final String label;

    Conversion(String label) {
        this.label = label;
    }

    /** As {@code dis} prints it: empty, {@code str}, {@code repr} or {@code ascii}. */
    public String label() {
        return label;
    }

    /** The conversion with CPython's number ({@code FVC_NONE} 0 to {@code FVC_ASCII} 3). */
    public static Conversion of(int number) {
        return values()[number];
    }
}
