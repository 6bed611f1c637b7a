/*
 * pyc2c runtime: the generic paths of the numbers of pyc2c_num.h. They run when a fast path does not
 * apply (another type, an overflow, a zero divisor): the operands are boxed into the objects the
 * interpreter would have had, the frame is pointed at the instruction, and the C API does the rest,
 * raising whatever the interpreter raises.
 */
#define PYC2C_BUILDING_RUNTIME 1
#include "pyc2c.h"

/* A new reference to the number's object: boxed if it is a C value. */
static PyObject *
as_object(const pyc2c_num *n)
{
    if (n->o != NULL) {
        return Py_NewRef(n->o); /* the object itself, or a constant or view of exactly this value */
    }
    if (n->k == PYC2C_NUM_INT) {
        return PyLong_FromLongLong((long long)n->i);
    }
    return PyFloat_FromDouble(n->d);
}

int
pyc2c_num_binary_slow(pyc2c_num *r, const pyc2c_num *a, const pyc2c_num *b, int op, _PyInterpreterFrame *frame, _Py_CODEUNIT *ip)
{
    PYC2C_SET_IP_AT(frame, ip);
    PyObject *x = as_object(a);
    if (x == NULL) {
        return -1;
    }
    PyObject *y = as_object(b);
    if (y == NULL) {
        Py_DECREF(x);
        return -1;
    }
    PyObject *res = pyc2c_binary_op(x, y, op);
    Py_DECREF(x);
    Py_DECREF(y);
    if (res == NULL) {
        return -1;
    }
    *r = pyc2c_num_view(res); /* held: the reference is the number's */
    return 0;
}

int
pyc2c_num_unary_slow(pyc2c_num *r, const pyc2c_num *a, int op, _PyInterpreterFrame *frame, _Py_CODEUNIT *ip)
{
    PYC2C_SET_IP_AT(frame, ip);
    PyObject *x = as_object(a);
    if (x == NULL) {
        return -1;
    }
    PyObject *res = op == 0 ? PyNumber_Negative(x) : PyNumber_Invert(x);
    Py_DECREF(x);
    if (res == NULL) {
        return -1;
    }
    *r = pyc2c_num_view(res); /* held: the reference is the number's */
    return 0;
}

PyObject *
pyc2c_num_compare_slow(const pyc2c_num *a, const pyc2c_num *b, int op, _PyInterpreterFrame *frame, _Py_CODEUNIT *ip)
{
    PYC2C_SET_IP_AT(frame, ip);
    PyObject *x = as_object(a);
    if (x == NULL) {
        return NULL;
    }
    PyObject *y = as_object(b);
    if (y == NULL) {
        Py_DECREF(x);
        return NULL;
    }
    PyObject *res = PyObject_RichCompare(x, y, op);
    Py_DECREF(x);
    Py_DECREF(y);
    return res;
}

int
pyc2c_num_compare_bool_slow(const pyc2c_num *a, const pyc2c_num *b, int op, _PyInterpreterFrame *frame, _Py_CODEUNIT *ip,
                            _Py_CODEUNIT *jump_ip)
{
    PyObject *res = pyc2c_num_compare_slow(a, b, op, frame, ip);
    if (res == NULL) {
        return -1;
    }
    if (Py_IsTrue(res) || Py_IsFalse(res)) {
        int t = Py_IsTrue(res);
        Py_DECREF(res);
        return t;
    }
    /* The jump tests the result: its __bool__ runs at the jump, as interpreted. */
    PYC2C_SET_IP_AT(frame, jump_ip);
    int t = PyObject_IsTrue(res);
    Py_DECREF(res);
    return t;
}

int
pyc2c_num_store_slow(PyObject **slot, pyc2c_num *n)
{
    PyObject *v = as_object(n);
    if (v == NULL) {
        return -1;
    }
    PyObject *old = *slot;
    *slot = v;
    Py_XDECREF(old);
    return 0;
}
