/*
 * pyc2c runtime: numbers that stay unboxed between instructions.
 *
 * A value of arithmetic (BINARY_OP, UNARY_NEGATIVE...) that the next instructions consume is a
 * pyc2c_num in a C variable instead of a new int or float object: a C int64_t or double when the
 * operands were exact ints and floats and the result is exactly what CPython computes, or an owned
 * object when the generic path ran (any other type, an overflow, a division by zero...). Consumers
 * that understand numbers (arithmetic, comparisons, branches, stores into fast locals) use the C value
 * directly; any other consumer boxes it first, making the same object the interpreter would have made.
 *
 * Exactness, for the unboxed paths:
 *   - ints are exact ints of type int (never bool or a subclass), read when compact (one digit, as the
 *     interpreter's own fast paths); results are kept as int64_t while no operation overflows, which
 *     the checks catch (the generic path then computes the big int from the boxed operands);
 *   - floats are exact floats; + - * / on them are IEEE operations, as in floatobject.c; an int meets a
 *     float only while it converts exactly (|i| <= 2**53);
 *   - // and % on ints floor as Python does; a zero divisor, and anything else that raises, takes the
 *     generic path, which raises exactly the interpreter's error;
 *   - a stored number overwrites the old int or float of a fast local in place only when the local's
 *     reference is the only one (nobody else can see the object change), and never a cached small int.
 */
#ifndef PYC2C_NUM_H
#define PYC2C_NUM_H

#include "pyc2c_python.h"
#include <math.h>

/* What a pyc2c_num holds. */
enum {
    PYC2C_NUM_OBJ = 0,    /* o: an object (an owned reference, for a number the C holds) */
    PYC2C_NUM_INT = 1,    /* i: an int */
    PYC2C_NUM_FLOAT = 2   /* d: a float */
};

/*
 * A number: `k` says which field holds it. For OBJ, `o` is the object: an owned reference when the
 * number is a value the generated code holds, a borrowed one in a view (pyc2c_num_view). For INT and
 * FLOAT, `o` is NULL, or (for constants and unboxed views) a borrowed object of exactly that value,
 * which the generic paths pass on instead of making an equal one.
 */
typedef struct pyc2c_num {
    PyObject *o;
    int64_t i;
    double d;
    int k;
} pyc2c_num;

/* ---- The layout of ints, per version --------------------------------------------------------- */

#if PY_VERSION_HEX >= 0x030C0000
/* 3.12+: the sign and digit count are in lv_tag; compact means at most one digit. */
#  define PYC2C_LONG_IS_COMPACT(o) _PyLong_IsCompact((PyLongObject *)(o))
#  define PYC2C_LONG_IS_ZERO(o) ((((PyLongObject *)(o))->long_value.lv_tag & _PyLong_SIGN_MASK) == 1)
#  define PYC2C_LONG_COMPACT_VALUE(o) ((int64_t)_PyLong_CompactValue((PyLongObject *)(o)))
#  define PYC2C_LONG_SET_COMPACT(o, v) \
    (((PyLongObject *)(o))->long_value.lv_tag = (uintptr_t)(((v) < 0 ? 2 : 0) | (1 << _PyLong_NON_SIZE_BITS)), \
     ((PyLongObject *)(o))->long_value.ob_digit[0] = (digit)((v) < 0 ? -(v) : (v)))
#else
/* 3.11: the sign and digit count are ob_size. */
#  define PYC2C_LONG_IS_COMPACT(o) (Py_SIZE(o) >= -1 && Py_SIZE(o) <= 1)
#  define PYC2C_LONG_IS_ZERO(o) (Py_SIZE(o) == 0)
#  define PYC2C_LONG_COMPACT_VALUE(o) ((int64_t)Py_SIZE(o) * (int64_t)((PyLongObject *)(o))->ob_digit[0])
#  define PYC2C_LONG_SET_COMPACT(o, v) \
    (Py_SET_SIZE((PyVarObject *)(o), (v) < 0 ? -1 : 1), ((PyLongObject *)(o))->ob_digit[0] = (digit)((v) < 0 ? -(v) : (v)))
#endif

/* An object seen as a number, without taking a reference (the caller keeps whatever it holds). */
static PYC2C_ALWAYS_INLINE pyc2c_num
pyc2c_num_view(PyObject *o)
{
    pyc2c_num n;
    n.o = o;
    n.i = 0;
    n.d = 0.0;
    n.k = PYC2C_NUM_OBJ;
    return n;
}

static PYC2C_ALWAYS_INLINE pyc2c_num
pyc2c_num_of_int(int64_t i)
{
    pyc2c_num n;
    n.o = NULL;
    n.i = i;
    n.d = 0.0;
    n.k = PYC2C_NUM_INT;
    return n;
}

static PYC2C_ALWAYS_INLINE pyc2c_num
pyc2c_num_of_float(double d)
{
    pyc2c_num n;
    n.o = NULL;
    n.i = 0;
    n.d = d;
    n.k = PYC2C_NUM_FLOAT;
    return n;
}

/* A constant int of co_consts (borrowed), with its value known when the C was generated. */
static PYC2C_ALWAYS_INLINE pyc2c_num
pyc2c_num_const_int(PyObject *o, int64_t i)
{
    pyc2c_num n = pyc2c_num_of_int(i);
    n.o = o;
    return n;
}

/* A constant float of co_consts (borrowed), with its value known when the C was generated. */
static PYC2C_ALWAYS_INLINE pyc2c_num
pyc2c_num_const_float(PyObject *o, double d)
{
    pyc2c_num n = pyc2c_num_of_float(d);
    n.o = o;
    return n;
}

/* Releases a number the C holds: its object, if it is one. */
static PYC2C_ALWAYS_INLINE void
pyc2c_num_clear(pyc2c_num *n)
{
    if (n->k == PYC2C_NUM_OBJ) {
        Py_DECREF(n->o);
    }
}

/* An exact int or float object seen as its C value (the object stays in `o`, unused). */
static PYC2C_ALWAYS_INLINE pyc2c_num
pyc2c_num_unbox(pyc2c_num n)
{
    if (n.k == PYC2C_NUM_OBJ) {
        PyTypeObject *t = Py_TYPE(n.o);
        if (t == &PyFloat_Type) {
            n.d = PyFloat_AS_DOUBLE(n.o);
            n.k = PYC2C_NUM_FLOAT;
        }
        else if (t == &PyLong_Type && PYC2C_LONG_IS_COMPACT(n.o)) {
            n.i = PYC2C_LONG_COMPACT_VALUE(n.o);
            n.k = PYC2C_NUM_INT;
        }
    }
    return n;
}

/* The object of a number the C holds (a new reference, or NULL on MemoryError); the number is consumed. */
static PYC2C_ALWAYS_INLINE PyObject *
pyc2c_num_box(pyc2c_num *n)
{
    switch (n->k) {
    case PYC2C_NUM_INT:
        return PyLong_FromLongLong((long long)n->i);
    case PYC2C_NUM_FLOAT:
        return PyFloat_FromDouble(n->d);
    default:
        return n->o;
    }
}

/* Whether an int converts to a double exactly (|i| <= 2**53), as CPython's int/float mixes need. */
static PYC2C_ALWAYS_INLINE int
pyc2c_num_exact_double(int64_t i)
{
    return (uint64_t)(i + ((int64_t)1 << 53)) <= ((uint64_t)1 << 54);
}

/* The double of a numeric operand, if it has an exact one. */
static PYC2C_ALWAYS_INLINE int
pyc2c_num_as_double(pyc2c_num n, double *d)
{
    if (n.k == PYC2C_NUM_FLOAT) {
        *d = n.d;
        return 1;
    }
    if (n.k == PYC2C_NUM_INT && pyc2c_num_exact_double(n.i)) {
        *d = (double)n.i;
        return 1;
    }
    return 0;
}

/* The generic paths are pyc2c_num.c's, declared in pyc2c_api.h (pyc2c_num_binary_slow...). */

/*
 * BINARY_OP: *r = a <op> b (op an NB_* constant, folded where the generated code calls this). The
 * operands are only read. Returns 0, or -1 with an exception set.
 */
static PYC2C_ALWAYS_INLINE int
pyc2c_num_binary(pyc2c_num *r, pyc2c_num a, pyc2c_num b, int op, _PyInterpreterFrame *frame, _Py_CODEUNIT *ip)
{
    pyc2c_num x = pyc2c_num_unbox(a);
    pyc2c_num y = pyc2c_num_unbox(b);
    if (x.k == PYC2C_NUM_INT && y.k == PYC2C_NUM_INT) {
        int64_t v;
        switch (op) {
        case NB_ADD:
        case NB_INPLACE_ADD:
            if (!__builtin_add_overflow(x.i, y.i, &v)) {
                goto int_result;
            }
            break;
        case NB_SUBTRACT:
        case NB_INPLACE_SUBTRACT:
            if (!__builtin_sub_overflow(x.i, y.i, &v)) {
                goto int_result;
            }
            break;
        case NB_MULTIPLY:
        case NB_INPLACE_MULTIPLY:
            if (!__builtin_mul_overflow(x.i, y.i, &v)) {
                goto int_result;
            }
            break;
        case NB_AND:
        case NB_INPLACE_AND:
            v = x.i & y.i;
            goto int_result;
        case NB_OR:
        case NB_INPLACE_OR:
            v = x.i | y.i;
            goto int_result;
        case NB_XOR:
        case NB_INPLACE_XOR:
            v = x.i ^ y.i;
            goto int_result;
        case NB_LSHIFT:
        case NB_INPLACE_LSHIFT:
            if (y.i >= 0 && y.i < 62) {
                v = (int64_t)((uint64_t)x.i << y.i);
                if ((v >> y.i) == x.i) {
                    goto int_result;
                }
            }
            break;
        case NB_RSHIFT:
        case NB_INPLACE_RSHIFT:
            if (y.i >= 0) {
                v = y.i >= 63 ? (x.i < 0 ? -1 : 0) : (x.i >> y.i); /* arithmetic shift: Python's floor */
                goto int_result;
            }
            break;
        case NB_FLOOR_DIVIDE:
        case NB_INPLACE_FLOOR_DIVIDE:
            if (y.i != 0 && !(y.i == -1 && x.i == INT64_MIN)) {
                v = x.i / y.i;
                if ((x.i % y.i != 0) && ((x.i < 0) != (y.i < 0))) {
                    v -= 1;
                }
                goto int_result;
            }
            break;
        case NB_REMAINDER:
        case NB_INPLACE_REMAINDER:
            if (y.i != 0) {
                v = y.i == -1 ? 0 : x.i % y.i;
                if (v != 0 && ((v < 0) != (y.i < 0))) {
                    v += y.i;
                }
                goto int_result;
            }
            break;
        case NB_TRUE_DIVIDE:
        case NB_INPLACE_TRUE_DIVIDE:
            /* long_true_divide's fast path: both operands exact doubles, one correctly rounded division. */
            if (y.i != 0 && pyc2c_num_exact_double(x.i) && pyc2c_num_exact_double(y.i)) {
                *r = pyc2c_num_of_float((double)x.i / (double)y.i);
                return 0;
            }
            break;
        default:
            break;
        }
        return pyc2c_num_binary_slow(r, &a, &b, op, frame, ip);
    int_result:
        *r = pyc2c_num_of_int(v);
        return 0;
    }
    double p, q;
    if ((x.k == PYC2C_NUM_FLOAT || y.k == PYC2C_NUM_FLOAT) && pyc2c_num_as_double(x, &p)
        && pyc2c_num_as_double(y, &q)) {
        double v;
        switch (op) {
        case NB_ADD:
        case NB_INPLACE_ADD:
            v = p + q;
            goto float_result;
        case NB_SUBTRACT:
        case NB_INPLACE_SUBTRACT:
            v = p - q;
            goto float_result;
        case NB_MULTIPLY:
        case NB_INPLACE_MULTIPLY:
            v = p * q;
            goto float_result;
        case NB_TRUE_DIVIDE:
        case NB_INPLACE_TRUE_DIVIDE:
            if (q != 0.0) {
                v = p / q;
                goto float_result;
            }
            break;
        case NB_POWER:
        case NB_INPLACE_POWER:
            /* x ** 2: float_pow computes pow(x, 2.0), which is x * x, and raises on overflow. */
            if (q == 2.0 && isfinite(p)) {
                v = p * p;
                if (isfinite(v)) {
                    goto float_result;
                }
            }
            break;
        default:
            break;
        }
        return pyc2c_num_binary_slow(r, &a, &b, op, frame, ip);
    float_result:
        *r = pyc2c_num_of_float(v);
        return 0;
    }
    return pyc2c_num_binary_slow(r, &a, &b, op, frame, ip);
}

/* UNARY_NEGATIVE (op 0) and UNARY_INVERT (op 1). */
static PYC2C_ALWAYS_INLINE int
pyc2c_num_unary(pyc2c_num *r, pyc2c_num a, int op, _PyInterpreterFrame *frame, _Py_CODEUNIT *ip)
{
    pyc2c_num x = pyc2c_num_unbox(a);
    if (x.k == PYC2C_NUM_INT && x.i != INT64_MIN) {
        *r = pyc2c_num_of_int(op == 0 ? -x.i : ~x.i);
        return 0;
    }
    if (x.k == PYC2C_NUM_FLOAT && op == 0) {
        *r = pyc2c_num_of_float(-x.d);
        return 0;
    }
    return pyc2c_num_unary_slow(r, &a, op, frame, ip);
}

/* The comparison of two C values; op is a Py_LT... constant. */
#define PYC2C_COMPARE(x, y, op) \
    ((op) == Py_LT ? (x) < (y) : (op) == Py_LE ? (x) <= (y) : (op) == Py_EQ ? (x) == (y) \
     : (op) == Py_NE ? (x) != (y) : (op) == Py_GT ? (x) > (y) : (x) >= (y))

/* A comparison decided without calling anything: 1 or 0, or -1 if it needs the generic path. */
static PYC2C_ALWAYS_INLINE int
pyc2c_num_compare_fast(pyc2c_num a, pyc2c_num b, int op)
{
    pyc2c_num x = pyc2c_num_unbox(a);
    pyc2c_num y = pyc2c_num_unbox(b);
    if (x.k == PYC2C_NUM_INT && y.k == PYC2C_NUM_INT) {
        return PYC2C_COMPARE(x.i, y.i, op);
    }
    double p, q;
    if (x.k != PYC2C_NUM_OBJ && y.k != PYC2C_NUM_OBJ && pyc2c_num_as_double(x, &p) && pyc2c_num_as_double(y, &q)) {
        return PYC2C_COMPARE(p, q, op); /* NaN compares false, != true, as float_richcompare */
    }
    if (x.k == PYC2C_NUM_OBJ && y.k == PYC2C_NUM_OBJ && (op == Py_EQ || op == Py_NE)
        && PyUnicode_CheckExact(x.o) && PyUnicode_CheckExact(y.o)) {
        int eq = x.o == y.o || _PyUnicode_Equal(x.o, y.o); /* COMPARE_OP_STR */
        return op == Py_EQ ? eq : !eq;
    }
    return -1;
}

/* COMPARE_OP: the result as an object (a new reference), NULL on error. */
static PYC2C_ALWAYS_INLINE PyObject *
pyc2c_num_compare(pyc2c_num a, pyc2c_num b, int op, _PyInterpreterFrame *frame, _Py_CODEUNIT *ip)
{
    int c = pyc2c_num_compare_fast(a, b, op);
    if (c >= 0) {
        return Py_NewRef(c ? Py_True : Py_False);
    }
    return pyc2c_num_compare_slow(&a, &b, op, frame, ip);
}

/*
 * COMPARE_OP whose result only a conditional jump reads: its truth, 1 or 0, or -1 on error. When the
 * generic path runs, the result's truth is taken as the jump would take it (at `jump_ip`).
 */
static PYC2C_ALWAYS_INLINE int
pyc2c_num_compare_bool(pyc2c_num a, pyc2c_num b, int op, _PyInterpreterFrame *frame, _Py_CODEUNIT *ip,
                       _Py_CODEUNIT *jump_ip)
{
    int c = pyc2c_num_compare_fast(a, b, op);
    if (c >= 0) {
        return c;
    }
    return pyc2c_num_compare_bool_slow(&a, &b, op, frame, ip, jump_ip);
}

/*
 * The truth of an object for a conditional jump (POP_JUMP_IF_TRUE/FALSE, which ask PyObject_IsTrue): the
 * singletons and the common exact types inline, anything else through its __bool__ or __len__ with
 * the frame at the jump. 1, 0, or -1 on error.
 */
#if defined(__GNUC__) && !defined(__clang__)
/* Inlined where the value is known to be True or False, the size reads below are dead code that gcc
 * still warns about (-Warray-bounds on _Py_TrueStruct). */
#  pragma GCC diagnostic push
#  pragma GCC diagnostic ignored "-Warray-bounds"
#endif
static PYC2C_ALWAYS_INLINE int
pyc2c_truth(PyObject *o, _PyInterpreterFrame *frame, _Py_CODEUNIT *ip)
{
    if (o == Py_True) {
        return 1;
    }
    if (o == Py_False || o == Py_None) {
        return 0;
    }
    PyTypeObject *t = Py_TYPE(o);
    if (t == &PyLong_Type) {
        return !PYC2C_LONG_IS_ZERO(o);
    }
    if (t == &PyUnicode_Type) {
        return PyUnicode_GET_LENGTH(o) != 0;
    }
    if (t == &PyList_Type || t == &PyTuple_Type) {
        return Py_SIZE(o) != 0;
    }
    if (t == &PyDict_Type) {
        return PyDict_GET_SIZE(o) != 0;
    }
    if (t == &PyFloat_Type) {
        return PyFloat_AS_DOUBLE(o) != 0.0;
    }
    PYC2C_SET_IP_AT(frame, ip);
    return PyObject_IsTrue(o);
}
#if defined(__GNUC__) && !defined(__clang__)
#  pragma GCC diagnostic pop
#endif

/* The truth of a number (POP_JUMP_IF_TRUE/FALSE): 1 or 0, or -1 on error. */
static PYC2C_ALWAYS_INLINE int
pyc2c_num_truth(pyc2c_num n, _PyInterpreterFrame *frame, _Py_CODEUNIT *ip)
{
    switch (n.k) {
    case PYC2C_NUM_INT:
        return n.i != 0;
    case PYC2C_NUM_FLOAT:
        return n.d != 0.0;
    default:
        return pyc2c_truth(n.o, frame, ip);
    }
}

/* A value for an int that may be overwritten in place: compact, and not one of the cached small ints. */
static PYC2C_ALWAYS_INLINE int
pyc2c_num_int_in_place(int64_t v)
{
    return (v < -5 || v > 256) && v > -(int64_t)PyLong_MASK - 1 && v <= (int64_t)PyLong_MASK;
}

/*
 * STORE_FAST of a number: a new int or float, or, when the local holds an int (a float) that only it
 * refers to, that object with its value replaced. The number is consumed. Returns 0, or -1 on
 * MemoryError (the local is unchanged).
 */
static PYC2C_ALWAYS_INLINE int
pyc2c_num_store(PyObject **slot, pyc2c_num *n)
{
    PyObject *old = *slot;
    if (n->k == PYC2C_NUM_FLOAT) {
        if (old != NULL && Py_TYPE(old) == &PyFloat_Type && Py_REFCNT(old) == 1) {
            ((PyFloatObject *)old)->ob_fval = n->d;
            return 0;
        }
    }
    else if (n->k == PYC2C_NUM_INT) {
        if (old != NULL && Py_TYPE(old) == &PyLong_Type && Py_REFCNT(old) == 1 && pyc2c_num_int_in_place(n->i)
            && PYC2C_LONG_IS_COMPACT(old)) {
            PYC2C_LONG_SET_COMPACT(old, n->i);
            return 0;
        }
    }
    else {
        *slot = n->o;
        Py_XDECREF(old);
        return 0;
    }
    return pyc2c_num_store_slow(slot, n);
}

#endif /* PYC2C_NUM_H */
