package dev.pyc2c.bytecode.opcode;

/**
 * What {@code MAKE_FUNCTION} (3.11, 3.12) or {@code SET_FUNCTION_ATTRIBUTE} (3.13 and later) sets on a new
 * function; {@link #ANNOTATE} is 3.14's ({@code __annotate__}, PEP 649).
 */
public enum FunctionFlag {
    DEFAULTS(0x1, "defaults"),
    KWDEFAULTS(0x2, "kwdefaults"),
    ANNOTATIONS(0x4, "annotations"),
    CLOSURE(0x8, "closure"),
    ANNOTATE(0x10, "annotate");

    private final int bit;
    private final String label;

    FunctionFlag(int bit, String label) {
        this.bit = bit;
        this.label = label;
    }

    public int bit() {
        return bit;
    }

    /** As {@code dis} prints it: {@code defaults}, {@code closure}... */
    public String label() {
        return label;
    }
}
