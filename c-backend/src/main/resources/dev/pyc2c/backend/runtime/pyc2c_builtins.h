/*
 * pyc2c runtime: calls of builtins that compiled code makes itself, as the interpreter's specialised
 * CALL_NO_KW_LEN, CALL_NO_KW_ISINSTANCE, CALL_NO_KW_LIST_APPEND... do. A call site takes these paths
 * only when its callable is exactly the builtin object the runtime found when it started
 * (pyc2c_builtin_len...): a name rebound in the module, in builtins, or anywhere else loads another
 * object, and the call goes the generic way. Each path gives exactly what the builtin returns, with
 * its errors (raised by the builtin's own functions, with the frame pointed at the call).
 */
#ifndef PYC2C_BUILTINS_H
#define PYC2C_BUILTINS_H

#include "pyc2c_python.h"

/* len(o), as builtin_len: PyObject_Size, its exact sequence and mapping types read directly. A held
 * number: the length, or an error (o NULL). */
static PYC2C_ALWAYS_INLINE pyc2c_num
pyc2c_builtin_len_of(PyObject *o, _PyInterpreterFrame *frame, _Py_CODEUNIT *ip)
{
    PyTypeObject *t = Py_TYPE(o);
    Py_ssize_t n;
    if (t == &PyList_Type || t == &PyTuple_Type) {
        n = Py_SIZE(o);
    }
    else if (t == &PyUnicode_Type) {
        n = PyUnicode_GET_LENGTH(o);
    }
    else if (t == &PyDict_Type) {
        n = PyDict_GET_SIZE(o);
    }
    else {
        PYC2C_SET_IP_AT(frame, ip);
        n = PyObject_Size(o);
        if (n < 0) {
            return pyc2c_num_of_object(NULL);
        }
    }
    return pyc2c_num_of_int((int64_t)n);
}

/* isinstance(o, cls): 1, 0, or -1 with an exception set (builtin_isinstance: PyObject_IsInstance, which
 * answers an exact type match itself first). */
static PYC2C_ALWAYS_INLINE int
pyc2c_builtin_isinstance_of(PyObject *o, PyObject *cls, _PyInterpreterFrame *frame, _Py_CODEUNIT *ip)
{
    if ((PyObject *)Py_TYPE(o) == cls) {
        return 1;
    }
    PYC2C_SET_IP_AT(frame, ip);
    return PyObject_IsInstance(o, cls);
}

/* abs(x) of a number: ints and floats in C, anything else through PyNumber_Absolute. */
static PYC2C_ALWAYS_INLINE pyc2c_num
pyc2c_builtin_abs_of(pyc2c_num a, int ha, _PyInterpreterFrame *frame, _Py_CODEUNIT *ip)
{
    int64_t x = 0;
    double p = 0.0;
    PyObject *k = pyc2c_num_kind(a, ha, &x, &p);
    if (k == PYC2C_NUM_INT && x != INT64_MIN) {
        return pyc2c_num_of_int(x < 0 ? -x : x);
    }
    if (k == PYC2C_NUM_FLOAT) {
        return pyc2c_num_of_float(fabs(p));
    }
    PYC2C_SET_IP_AT(frame, ip);
    PyObject *o = pyc2c_num_new_object(a, ha);
    if (o == NULL) {
        return pyc2c_num_of_object(NULL);
    }
    PyObject *r = PyNumber_Absolute(o);
    Py_DECREF(o);
    return pyc2c_num_of_object(r);
}

/*
 * min(a, b) (op Py_LT) or max(a, b) (op Py_GT) of two objects, as min_max does: the result is the first
 * argument unless the second compares below (above) it, as the object itself. Ints with ints and floats
 * with floats compared in C; anything else calls the builtin. A new reference, or NULL.
 */
static PYC2C_ALWAYS_INLINE PyObject *
pyc2c_builtin_minmax_of(PyObject *fn, PyObject *a, PyObject *b, int op, _PyInterpreterFrame *frame,
                        _Py_CODEUNIT *ip)
{
    int c = pyc2c_num_compare_fast(pyc2c_num_of_object(b), PYC2C_VIEW, pyc2c_num_of_object(a), PYC2C_VIEW, op);
    if (c >= 0) {
        return Py_NewRef(c ? b : a);
    }
    PYC2C_SET_IP_AT(frame, ip);
    PyObject *args[2] = {a, b};
    return PyObject_Vectorcall(fn, args, 2, NULL);
}

/*
 * list.append(item) on an exact list (CALL_NO_KW_LIST_APPEND), and LIST_APPEND: 0, or -1 on MemoryError.
 * Into the spare capacity directly when there is some, as _PyList_AppendTakeRef; PyList_Append otherwise.
 */
static PYC2C_ALWAYS_INLINE int
pyc2c_list_append_to(PyObject *list, PyObject *item)
{
    Py_ssize_t n = Py_SIZE(list);
    if (PYC2C_LIKELY(((PyListObject *)list)->allocated > n)) {
        PyList_SET_ITEM(list, n, Py_NewRef(item));
        Py_SET_SIZE(list, n + 1);
        return 0;
    }
    return PyList_Append(list, item);
}

#endif /* PYC2C_BUILTINS_H */
