package dev.pyc2c.backend.model;

/**
 * The C functions the generated code calls to do an instruction's generic work: the C API, or the
 * runtime where the interpreter uses a static function. Each knows how it reports failure and what it
 * does to the references it is given, so that the lowering can release exactly what it owns.
 */
public enum Helper {
    // Returning a new reference, NULL on error; the arguments are borrowed.
    NUMBER_NEGATIVE("PyNumber_Negative", Result.OBJECT),
    NUMBER_INVERT("PyNumber_Invert", Result.OBJECT),
    NUMBER_POSITIVE("PyNumber_Positive", Result.OBJECT),
    ADD("pyc2c_add", Result.OBJECT),
    SUBTRACT("pyc2c_subtract", Result.OBJECT),
    MULTIPLY("pyc2c_multiply", Result.OBJECT),
    /** The other binary operators: {@code pyc2c_binary_op(a, b, NB_...)}, the operator folded in. */
    BINARY_OP("pyc2c_binary_op", Result.OBJECT),
    COMPARE("pyc2c_compare", Result.OBJECT),
    GET_ITEM("pyc2c_getitem", Result.OBJECT),
    GET_SLICE("pyc2c_get_slice", Result.OBJECT),
    SLICE_NEW("PySlice_New", Result.OBJECT),
    GET_ITER("PyObject_GetIter", Result.OBJECT),
    GET_AITER("pyc2c_get_aiter", Result.OBJECT),
    MATCH_KEYS("pyc2c_match_keys", Result.OBJECT),
    MATCH_CLASS("pyc2c_match_class", Result.OBJECT),
    LOAD_FROM_DICT_OR_DEREF("pyc2c_load_from_dict_or_deref", Result.OBJECT),
    LOAD_FROM_DICT_OR_GLOBALS("pyc2c_load_from_dict_or_globals", Result.OBJECT),
    LOAD_NAME("pyc2c_load_name", Result.OBJECT),
    LOAD_GLOBAL("pyc2c_load_global_cached", Result.OBJECT, "pyc2c_load_global_miss"),
    LOAD_ATTR("pyc2c_load_attr", Result.OBJECT, "pyc2c_load_attr_miss"),
    IMPORT_NAME("pyc2c_import_name", Result.OBJECT),
    IMPORT_FROM("pyc2c_import_from", Result.OBJECT),
    EXC_PREP_RERAISE_STAR("PyUnstable_Exc_PrepReraiseStar", Result.OBJECT),
    INTRINSIC_1("pyc2c_intrinsic_1", Result.OBJECT),
    INTRINSIC_2("pyc2c_intrinsic_2", Result.OBJECT),
    PRINT_EXPR("pyc2c_print_expr", Result.OBJECT),
    LIST_AS_TUPLE("PyList_AsTuple", Result.OBJECT),
    /** INTRINSIC_STOPITERATION_ERROR (PEP 479): a generator's StopIteration made a RuntimeError. */
    STOPITERATION_ERROR("pyc2c_stopiteration_error", Result.OBJECT),
    WITH_EXCEPT_START("pyc2c_with_except_start", Result.OBJECT),
    /** 3.14's WITH_EXCEPT_START: {@code __exit__} with its self (or NULL). */
    WITH_EXCEPT_START_SELF("pyc2c_with_except_start_self", Result.OBJECT),
    /** 3.14's BUILD_INTERPOLATION and BUILD_TEMPLATE (t-strings), the interpreter's own functions. */
    BUILD_INTERPOLATION("_PyInterpolation_Build", Result.OBJECT),
    BUILD_TEMPLATE("_PyTemplate_Build", Result.OBJECT),
    LOAD_BUILD_CLASS("pyc2c_load_build_class", Result.OBJECT),
    LOAD_LOCALS("pyc2c_load_locals", Result.OBJECT),
    FORMAT_VALUE("pyc2c_format_value", Result.OBJECT),
    CONVERT_VALUE("pyc2c_convert_value", Result.OBJECT),
    GET_GENERIC("PyObject_GetItem", Result.OBJECT),

    // Returning 0, or -1 on error; the arguments are borrowed.
    SET_ITEM("pyc2c_setitem", Result.STATUS),
    DEL_ITEM("PyObject_DelItem", Result.STATUS),
    SET_SLICE("pyc2c_set_slice", Result.STATUS),
    STORE_NAME("pyc2c_store_name", Result.STATUS),
    DELETE_NAME("pyc2c_delete_name", Result.STATUS),
    DICT_SET_ITEM("PyDict_SetItem", Result.STATUS),
    DELETE_GLOBAL("pyc2c_delete_global", Result.STATUS),
    STORE_ATTR("pyc2c_store_attr", Result.STATUS, "pyc2c_store_attr_miss"),
    SET_ATTR("PyObject_SetAttr", Result.STATUS),
    IMPORT_STAR("pyc2c_import_star", Result.STATUS),
    SETUP_ANNOTATIONS("pyc2c_setup_annotations", Result.STATUS),
    /** LIST_APPEND: the list is the comprehension's own, an exact list. */
    LIST_APPEND("pyc2c_list_append_to", Result.STATUS),
    SET_ADD("PySet_Add", Result.STATUS),
    LIST_EXTEND("pyc2c_list_extend", Result.STATUS),
    SET_UPDATE("_PySet_Update", Result.STATUS),
    DICT_UPDATE("pyc2c_dict_update", Result.STATUS),
    DICT_MERGE("pyc2c_dict_merge", Result.STATUS),

    // Returning 1 or 0, or -1 on error.
    CONTAINS("PySequence_Contains", Result.TRUTH);

    /** How a helper reports its result and failure. */
    public enum Result {
        /** A new reference, or NULL with an exception set. */
        OBJECT,
        /** 0, or a negative number with an exception set. */
        STATUS,
        /** 1 or 0, or a negative number with an exception set. */
        TRUTH
    }

    private final String cName;
    private final Result result;
    private final String coldName;

    Helper(String cName, Result result) {
        this(cName, result, cName);
    }

    /**
     * A helper whose C function inlines fast paths (a cache's hit paths), and {@code coldName}, the same
     * access as one call (the cache's miss, which also reads every entry), for code that is not hot.
     */
    Helper(String cName, Result result, String coldName) {
        this.cName = cName;
        this.result = result;
        this.coldName = coldName;
    }

    public String cName() {
        return cName;
    }

    /** The C function to call: {@link #cName()} in hot code, its out-of-line form elsewhere. */
    public String cName(boolean hot) {
        return hot ? cName : coldName;
    }

    public Result result() {
        return result;
    }
}
