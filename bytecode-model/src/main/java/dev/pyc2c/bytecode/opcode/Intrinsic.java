package dev.pyc2c.bytecode.opcode;

/** The intrinsic functions of {@code CALL_INTRINSIC_1} and {@code CALL_INTRINSIC_2} (3.12+). */
public enum Intrinsic {
    INVALID_1(1, "INTRINSIC_1_INVALID"),
    PRINT(1, "INTRINSIC_PRINT"),
    IMPORT_STAR(1, "INTRINSIC_IMPORT_STAR"),
    STOPITERATION_ERROR(1, "INTRINSIC_STOPITERATION_ERROR"),
    ASYNC_GEN_WRAP(1, "INTRINSIC_ASYNC_GEN_WRAP"),
    UNARY_POSITIVE(1, "INTRINSIC_UNARY_POSITIVE"),
    LIST_TO_TUPLE(1, "INTRINSIC_LIST_TO_TUPLE"),
    TYPEVAR(1, "INTRINSIC_TYPEVAR"),
    PARAMSPEC(1, "INTRINSIC_PARAMSPEC"),
    TYPEVARTUPLE(1, "INTRINSIC_TYPEVARTUPLE"),
    SUBSCRIPT_GENERIC(1, "INTRINSIC_SUBSCRIPT_GENERIC"),
    TYPEALIAS(1, "INTRINSIC_TYPEALIAS"),
    INVALID_2(2, "INTRINSIC_2_INVALID"),
    PREP_RERAISE_STAR(2, "INTRINSIC_PREP_RERAISE_STAR"),
    TYPEVAR_WITH_BOUND(2, "INTRINSIC_TYPEVAR_WITH_BOUND"),
    TYPEVAR_WITH_CONSTRAINTS(2, "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS"),
    SET_FUNCTION_TYPE_PARAMS(2, "INTRINSIC_SET_FUNCTION_TYPE_PARAMS"),
    SET_TYPEPARAM_DEFAULT(2, "INTRINSIC_SET_TYPEPARAM_DEFAULT");

    private final int arity;
    private final String cName;

    Intrinsic(int arity, String cName) {
        this.arity = arity;
        this.cName = cName;
    }

    /** 1 for {@code CALL_INTRINSIC_1}, 2 for {@code CALL_INTRINSIC_2}. */
    public int arity() {
        return arity;
    }

    /** CPython's name for it, as {@code dis} prints it: {@code INTRINSIC_PRINT}. */
    public String cName() {
        return cName;
    }

    public static Intrinsic ofCName(String cName) {
        for (Intrinsic i : values()) {
            if (i.cName.equals(cName)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown intrinsic: " + cName);
    }
}
