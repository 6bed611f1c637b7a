package dev.pyc2c.bytecode.opcode;

/**
 * The special methods {@code LOAD_SPECIAL} (3.14) looks up on an object's type
 * ({@code opcode._special_method_names}): those of {@code with} and {@code async with}.
 */
public enum SpecialMethod {
    ENTER("__enter__"),
    EXIT("__exit__"),
    AENTER("__aenter__"),
    AEXIT("__aexit__");

    private final String pyName;

    SpecialMethod(String pyName) {
        this.pyName = pyName;
    }

    /** The method's name, as {@code dis} prints it: {@code __enter__}. */
    public String pyName() {
        return pyName;
    }

    /**
     * The method of this name.
     *
     * @throws IllegalArgumentException if there is none
     */
    public static SpecialMethod ofName(String pyName) {
        for (SpecialMethod m : values()) {
            if (m.pyName.equals(pyName)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown special method: " + pyName);
    }
}
