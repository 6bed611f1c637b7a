package dev.pyc2c.bytecode.opcode;

/**
 * The operators of {@code BINARY_OP} ({@code opcode._nb_ops}), named after CPython's {@code NB_*} constants.
 * {@link #SUBSCR} is 3.14's: subscription ({@code container[key]}, {@code BINARY_SUBSCR} before), which is
 * no number operation ({@code PyObject_GetItem}).
 */
public enum BinaryOperator {
    ADD("+"), AND("&"), FLOOR_DIVIDE("//"), LSHIFT("<<"), MATRIX_MULTIPLY("@"), MULTIPLY("*"),
    REMAINDER("%"), OR("|"), POWER("**"), RSHIFT(">>"), SUBTRACT("-"), TRUE_DIVIDE("/"), XOR("^"),
    INPLACE_ADD("+="), INPLACE_AND("&="), INPLACE_FLOOR_DIVIDE("//="), INPLACE_LSHIFT("<<="),
    INPLACE_MATRIX_MULTIPLY("@="), INPLACE_MULTIPLY("*="), INPLACE_REMAINDER("%="), INPLACE_OR("|="),
    INPLACE_POWER("**="), INPLACE_RSHIFT(">>="), INPLACE_SUBTRACT("-="), INPLACE_TRUE_DIVIDE("/="),
    INPLACE_XOR("^="), SUBSCR("[]");

    private final String symbol;

    BinaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python: {@code +}, {@code +=}... */
    public String symbol() {
        return symbol;
    }

    public boolean isInplace() {
        return name().startsWith("INPLACE_");
    }

    /** {@code NB_ADD}... */
    public String nbName() {
        return "NB_" + name();
    }
}
