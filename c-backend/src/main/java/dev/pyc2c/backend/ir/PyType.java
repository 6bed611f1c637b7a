package dev.pyc2c.backend.ir;

import dev.pyc2c.bytecode.marshal.PyBool;
import dev.pyc2c.bytecode.marshal.PyBytes;
import dev.pyc2c.bytecode.marshal.PyCode;
import dev.pyc2c.bytecode.marshal.PyFloat;
import dev.pyc2c.bytecode.marshal.PyFrozenSet;
import dev.pyc2c.bytecode.marshal.PyInt;
import dev.pyc2c.bytecode.marshal.PyNone;
import dev.pyc2c.bytecode.marshal.PyObject;
import dev.pyc2c.bytecode.marshal.PyStr;
import dev.pyc2c.bytecode.marshal.PyTuple;

/** Exact built-in types the lowering can know a value to have (never a subclass). */
public enum PyType {
    UNKNOWN(null),
    NONE("Py_None type"),
    BOOL("PyBool_Type"),
    INT("PyLong_Type"),
    FLOAT("PyFloat_Type"),
    STR("PyUnicode_Type"),
    BYTES("PyBytes_Type"),
    TUPLE("PyTuple_Type"),
    LIST("PyList_Type"),
    DICT("PyDict_Type"),
    SET("PySet_Type"),
    FROZENSET("PyFrozenSet_Type"),
    SLICE("PySlice_Type"),
    FUNCTION("PyFunction_Type"),
    CODE("PyCode_Type");

    private final String cType;

    PyType(String cType) {
        this.cType = cType;
    }

    /** The C type object, for comments. */
    public String cType() {
        return cType;
    }

    /** The exact type of a constant. */
    public static PyType of(PyObject constant) {
        if (constant instanceof PyNone) {
            return NONE;
        } else if (constant instanceof PyBool) {
            return BOOL;
        } else if (constant instanceof PyInt) {
            return INT;
        } else if (constant instanceof PyFloat) {
            return FLOAT;
        } else if (constant instanceof PyStr) {
            return STR;
        } else if (constant instanceof PyBytes) {
            return BYTES;
        } else if (constant instanceof PyTuple) {
            return TUPLE;
        } else if (constant instanceof PyFrozenSet) {
            return FROZENSET;
        } else if (constant instanceof PyCode) {
            return CODE;
        }
        return UNKNOWN;
    }
}
