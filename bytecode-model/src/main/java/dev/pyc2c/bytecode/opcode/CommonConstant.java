package dev.pyc2c.bytecode.opcode;

/**
 * The objects {@code LOAD_COMMON_CONSTANT} (3.14) pushes ({@code opcode._common_constants}): two
 * exceptions the compiler raises ({@code assert}, an {@code __annotate__} function asked for a format it
 * does not support), and the builtins against which it checks a call it inlines ({@code all(x for x in y)}
 * runs as a loop if {@code all} is still the builtin).
 */
public enum CommonConstant {
    ASSERTION_ERROR("AssertionError", true),
    NOT_IMPLEMENTED_ERROR("NotImplementedError", true),
    TUPLE("tuple", true),
    ALL("all", false),
    ANY("any", false);

    private final String pyName;
    private final boolean type;

    CommonConstant(String pyName, boolean type) {
        this.pyName = pyName;
        this.type = type;
    }

    /** The object's {@code __name__}, which is also its name in {@code builtins}. */
    public String pyName() {
        return pyName;
    }

    /** True for a type ({@code AssertionError}, {@code tuple}), false for a builtin function. */
    public boolean isType() {
        return type;
    }

    /** As {@code dis} prints it: a type by its name, a function by its repr ({@code <built-in function all>}). */
    public String disRepr() {
        return type ? pyName : "<built-in function " + pyName + ">";
    }

    /**
     * The constant with this {@code __name__}.
     *
     * @throws IllegalArgumentException if there is none
     */
    public static CommonConstant ofName(String pyName) {
        for (CommonConstant c : values()) {
            if (c.pyName.equals(pyName)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown common constant: " + pyName);
    }
}
