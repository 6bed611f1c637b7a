package dev.pyc2c.bytecode.opcode;

/** The comparisons of {@code COMPARE_OP} ({@code opcode.cmp_op}), with the C API's {@code Py_LT}... constants. */
public enum ComparisonOp {
    LT("<", "Py_LT"),
    LE("<=", "Py_LE"),
    EQ("==", "Py_EQ"),
    NE("!=", "Py_NE"),
    GT(">", "Py_GT"),
    GE(">=", "Py_GE");

    private final String symbol;
    private final String cName;

    ComparisonOp(String symbol, String cName) {
        this.symbol = symbol;
        this.cName = cName;
    }

    public String symbol() {
        return symbol;
    }

    /** The {@code PyObject_RichCompare} operation, e.g. {@code Py_LT}. */
    public String cName() {
        return cName;
    }

    public static ComparisonOp ofSymbol(String symbol) {
        for (ComparisonOp op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown comparison: " + symbol);
    }
}
