/*
 * pyc2c runtime: fast paths the generated code takes when a cheap type check allows.
 *
 * Each helper first checks exact built-in types (int, float, list, tuple, dict, range iterator...)
 * for which the result is known to equal the generic C API call's, and otherwise makes that call.
 * They are the counterparts of the interpreter's specialized instructions (BINARY_OP_ADD_INT,
 * FOR_ITER_RANGE, LOAD_GLOBAL_MODULE...), with the same guards, so the semantics stay exact.
 */
#ifndef PYC2C_FAST_H
#define PYC2C_FAST_H

#include "pyc2c_python.h"   /* the iterator structs FOR_ITER steps directly (pyc2c_listiter...) */

/* ---- Small ints ---------------------------------------------------------------------------- */

/* An exact int of at most one digit (|v| < 2**30): what the interpreter's int fast paths take. */
static inline int
pyc2c_small_int(PyObject *o, Py_ssize_t *v)
{
    if (!PyLong_CheckExact(o)) {
        return 0;
    }
    if (!PYC2C_LONG_IS_COMPACT(o)) {
        return 0;
    }
    *v = (Py_ssize_t)PYC2C_LONG_COMPACT_VALUE(o);
    return 1;
}

/* ---- Arithmetic ---------------------------------------------------------------------------- */

/* a + b (BINARY_OP + and +=): small ints and floats directly, the rest through the C API. */
static inline PyObject *
pyc2c_add(PyObject *a, PyObject *b, int inplace)
{
    Py_ssize_t x, y;
    if (pyc2c_small_int(a, &x) && pyc2c_small_int(b, &y)) {
        return PyLong_FromSsize_t(x + y);
    }
    if (PyFloat_CheckExact(a) && PyFloat_CheckExact(b)) {
        return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) + PyFloat_AS_DOUBLE(b));
    }
    return inplace ? PyNumber_InPlaceAdd(a, b) : PyNumber_Add(a, b);
}

/* a - b */
static inline PyObject *
pyc2c_subtract(PyObject *a, PyObject *b, int inplace)
{
    Py_ssize_t x, y;
    if (pyc2c_small_int(a, &x) && pyc2c_small_int(b, &y)) {
        return PyLong_FromSsize_t(x - y);
    }
    if (PyFloat_CheckExact(a) && PyFloat_CheckExact(b)) {
        return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) - PyFloat_AS_DOUBLE(b));
    }
    return inplace ? PyNumber_InPlaceSubtract(a, b) : PyNumber_Subtract(a, b);
}

/* a * b (two one-digit ints multiply into at most 60 bits) */
static inline PyObject *
pyc2c_multiply(PyObject *a, PyObject *b, int inplace)
{
    Py_ssize_t x, y;
    if (pyc2c_small_int(a, &x) && pyc2c_small_int(b, &y)) {
        return PyLong_FromLongLong((long long)x * (long long)y);
    }
    if (PyFloat_CheckExact(a) && PyFloat_CheckExact(b)) {
        return PyFloat_FromDouble(PyFloat_AS_DOUBLE(a) * PyFloat_AS_DOUBLE(b));
    }
    return inplace ? PyNumber_InPlaceMultiply(a, b) : PyNumber_Multiply(a, b);
}

/* BINARY_OP through the C API: `op` (an NB_* constant) is a constant where the generated code calls this,
 * so the switch folds away. Two exact strs are concatenated as BINARY_OP_ADD_UNICODE does (what
 * PyNumber_Add would come to, through str's sq_concat). */
static inline PyObject *
pyc2c_binary_op(PyObject *a, PyObject *b, int op)
{
    switch (op) {
    case NB_ADD:
    case NB_INPLACE_ADD:
        if (PyUnicode_CheckExact(a) && PyUnicode_CheckExact(b)) {
            return PyUnicode_Concat(a, b);
        }
        return op == NB_ADD ? PyNumber_Add(a, b) : PyNumber_InPlaceAdd(a, b);
    case NB_AND: return PyNumber_And(a, b);
    case NB_FLOOR_DIVIDE: return PyNumber_FloorDivide(a, b);
    case NB_LSHIFT: return PyNumber_Lshift(a, b);
    case NB_MATRIX_MULTIPLY: return PyNumber_MatrixMultiply(a, b);
    case NB_MULTIPLY: return PyNumber_Multiply(a, b);
    case NB_REMAINDER: return PyNumber_Remainder(a, b);
    case NB_OR: return PyNumber_Or(a, b);
    case NB_POWER: return PyNumber_Power(a, b, Py_None);
    case NB_RSHIFT: return PyNumber_Rshift(a, b);
    case NB_SUBTRACT: return PyNumber_Subtract(a, b);
    case NB_TRUE_DIVIDE: return PyNumber_TrueDivide(a, b);
    case NB_XOR: return PyNumber_Xor(a, b);
    case NB_INPLACE_AND: return PyNumber_InPlaceAnd(a, b);
    case NB_INPLACE_FLOOR_DIVIDE: return PyNumber_InPlaceFloorDivide(a, b);
    case NB_INPLACE_LSHIFT: return PyNumber_InPlaceLshift(a, b);
    case NB_INPLACE_MATRIX_MULTIPLY: return PyNumber_InPlaceMatrixMultiply(a, b);
    case NB_INPLACE_MULTIPLY: return PyNumber_InPlaceMultiply(a, b);
    case NB_INPLACE_REMAINDER: return PyNumber_InPlaceRemainder(a, b);
    case NB_INPLACE_OR: return PyNumber_InPlaceOr(a, b);
    case NB_INPLACE_POWER: return PyNumber_InPlacePower(a, b, Py_None);
    case NB_INPLACE_RSHIFT: return PyNumber_InPlaceRshift(a, b);
    case NB_INPLACE_SUBTRACT: return PyNumber_InPlaceSubtract(a, b);
    case NB_INPLACE_TRUE_DIVIDE: return PyNumber_InPlaceTrueDivide(a, b);
    case NB_INPLACE_XOR: return PyNumber_InPlaceXor(a, b);
    default:
        PyErr_Format(PyExc_SystemError, "pyc2c: unknown binary operator %d", op);
        return NULL;
    }
}

/*
 * `s += t` or `s = s + t` stored back into the same fast local: like the interpreter's
 * BINARY_OP_INPLACE_ADD_UNICODE, a str that only the local refers to is extended in place rather
 * than copied (string building in a loop stays linear). `left_owned` and `right_owned` say whether
 * the operands hold references of their own (a borrowed `left` is the local itself). Returns 1 if it
 * did so (the local holds the result, or NULL on error, and the operands' own references are
 * released), 0 if the generic path must run.
 */
static inline int
pyc2c_inplace_concat(pyc2c_local *local, PyObject *left, int left_owned, PyObject *right, int right_owned)
{
    if (!PyUnicode_CheckExact(left) || Py_TYPE(right) != Py_TYPE(left) || PYC2C_LOCAL(*local) != left) {
        return 0;
    }
    if (left_owned) {
        Py_DECREF(left); /* the stack's reference: the local's remains */
    }
    /* the local's reference, taken for the append (3.14: a reference the slot does not count becomes one) */
    PyObject *s = pyc2c_local_take(local);
    PyUnicode_Append(&s, right);
    if (s != NULL) {
        PYC2C_LOCAL_SET(*local, s);
    }
    if (right_owned) {
        Py_DECREF(right);
    }
    return 1;
}

/* ---- Comparisons --------------------------------------------------------------------------- */

/* a <op> b: small ints and floats compare in C (NaN compares as Python's floats do). */
static inline PyObject *
pyc2c_compare(PyObject *a, PyObject *b, int op)
{
    Py_ssize_t x, y;
    int r;
    if (pyc2c_small_int(a, &x) && pyc2c_small_int(b, &y)) {
        switch (op) {
        case Py_LT: r = x < y; break;
        case Py_LE: r = x <= y; break;
        case Py_EQ: r = x == y; break;
        case Py_NE: r = x != y; break;
        case Py_GT: r = x > y; break;
        default: r = x >= y; break;
        }
        return Py_NewRef(r ? Py_True : Py_False);
    }
    if (PyFloat_CheckExact(a) && PyFloat_CheckExact(b)) {
        double p = PyFloat_AS_DOUBLE(a);
        double q = PyFloat_AS_DOUBLE(b);
        switch (op) {
        case Py_LT: r = p < q; break;
        case Py_LE: r = p <= q; break;
        case Py_EQ: r = p == q; break;
        case Py_NE: r = p != q; break;
        case Py_GT: r = p > q; break;
        default: r = p >= q; break;
        }
        return Py_NewRef(r ? Py_True : Py_False);
    }
    return PyObject_RichCompare(a, b, op);
}

/* ---- Iteration ----------------------------------------------------------------------------- */

/*
 * FOR_ITER: the next item (a new reference), or NULL when the iterator is exhausted (no exception
 * set) or failed (exception set). Range, list and tuple iterators are stepped directly, as the
 * interpreter's FOR_ITER_RANGE / FOR_ITER_LIST / FOR_ITER_TUPLE do.
 */
static inline PyObject *
pyc2c_for_iter(PyObject *iter)
{
    PyTypeObject *t = Py_TYPE(iter);
    if (t == &PyRangeIter_Type) {
        pyc2c_rangeiter *r = (pyc2c_rangeiter *)iter;
        long value;
        if (!PYC2C_RANGEITER_NEXT(r, value)) {
            return NULL;
        }
        if (PYC2C_IS_SMALL_INT(value)) {
            return Py_NewRef(PYC2C_SMALL_INT(value)); /* as PyLong_FromLong gives it, without the call */
        }
        return PyLong_FromLong(value);
    }
    if (t == &PyListIter_Type) {
        pyc2c_listiter *it = (pyc2c_listiter *)iter;
        PyListObject *seq = it->it_seq;
        if (seq != NULL) {
            if (it->it_index < PyList_GET_SIZE(seq)) {
                return Py_NewRef(PyList_GET_ITEM(seq, it->it_index++));
            }
#if PY_VERSION_HEX >= 0x030D0000
            it->it_index = -1;   /* 3.13's exhausted list iterator (listiter_len, __setstate__ read it) */
#endif
            it->it_seq = NULL;
            Py_DECREF(seq);
        }
        return NULL;
    }
    if (t == &PyTupleIter_Type) {
        pyc2c_tupleiter *it = (pyc2c_tupleiter *)iter;
        PyTupleObject *seq = it->it_seq;
        if (seq != NULL) {
            if (it->it_index < PyTuple_GET_SIZE(seq)) {
                return Py_NewRef(PyTuple_GET_ITEM(seq, it->it_index++));
            }
            it->it_seq = NULL;
            Py_DECREF(seq);
        }
        return NULL;
    }
    if (PYC2C_UNLIKELY(t->tp_iternext == NULL)) {
        /* Not an iterator: a generator expression's iterator replaced through gi_frame.f_locals (3.13.1 on raise this
         * where 3.11 and 3.12 crash). */
        PyErr_Format(PyExc_TypeError, "'%.100s' object is not an iterator", t->tp_name);
        return NULL;
    }
    return t->tp_iternext(iter);
}

/* ---- Subscripts ---------------------------------------------------------------------------- */

/* container[sub]: lists and tuples by an in-range small int, exact dicts directly. */
static inline PyObject *
pyc2c_getitem(PyObject *container, PyObject *sub)
{
    Py_ssize_t i;
    if (PyList_CheckExact(container) && pyc2c_small_int(sub, &i) && i >= 0 && i < PyList_GET_SIZE(container)) {
        return Py_NewRef(PyList_GET_ITEM(container, i));
    }
    if (PyTuple_CheckExact(container) && pyc2c_small_int(sub, &i) && i >= 0 && i < PyTuple_GET_SIZE(container)) {
        return Py_NewRef(PyTuple_GET_ITEM(container, i));
    }
    if (PyDict_CheckExact(container)) {
        PyObject *v = PyDict_GetItemWithError(container, sub);
        if (v != NULL) {
            return Py_NewRef(v);
        }
        if (!PyErr_Occurred()) {
            _PyErr_SetKeyError(sub);
        }
        return NULL;
    }
    return PyObject_GetItem(container, sub);
}

/* container[sub] = v: lists by an in-range small int directly, exact dicts by PyDict_SetItem (STORE_SUBSCR_DICT). */
static inline int
pyc2c_setitem(PyObject *container, PyObject *sub, PyObject *v)
{
    Py_ssize_t i;
    if (PyList_CheckExact(container) && pyc2c_small_int(sub, &i) && i >= 0 && i < PyList_GET_SIZE(container)) {
        PyObject *old = PyList_GET_ITEM(container, i);
        PyList_SET_ITEM(container, i, Py_NewRef(v));
        Py_DECREF(old);
        return 0;
    }
    if (PyDict_CheckExact(container)) {
        return PyDict_SetItem(container, sub, v);
    }
    return PyObject_SetItem(container, sub, v);
}

/* LOAD_GLOBAL's cache is in pyc2c_attr.h, with the attribute caches. */

#endif /* PYC2C_FAST_H */
