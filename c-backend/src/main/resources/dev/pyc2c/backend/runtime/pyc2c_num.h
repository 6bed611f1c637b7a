/*
 * pyc2c runtime: numbers that stay unboxed between instructions.
 *
 * A value of arithmetic (BINARY_OP, UNARY_NEGATIVE...) that the next instructions consume is a
 * pyc2c_num in a C variable instead of a new int or float object: a C int64_t or double when the
 * operands were exact ints and floats and the result is exactly what CPython computes, or an owned
 * object when the generic path made one. Consumers that understand numbers (arithmetic, comparisons,
 * branches, stores into fast locals) use the C value directly; any other boxes it first, making the same
 * object the interpreter would have made.
 *
 * A pyc2c_num is 16 bytes, passed and returned in two registers: `o` is PYC2C_NUM_INT or PYC2C_NUM_FLOAT
 * (tags: the value is in `v`), or an object. An operation's operands come with a hint, a constant where
 * the generated code calls it, saying what the operand is:
 *   PYC2C_HELD    a number the generated code holds: a tag and its value, or an owned object;
 *   PYC2C_VIEW    an object the generated code does not own (a fast local, the stack's own reference);
 *   PYC2C_CINT    a constant int of co_consts: `o` is the object, `v.i` its value;
 *   PYC2C_CFLOAT  a constant float of co_consts: `o` is the object, `v.d` its value.
 * Operations never release their operands (the generated code does, after them) and return a held
 * number, or one whose `o` is NULL with an exception set.
 *
 * Exactness, for the unboxed paths:
 *   - ints are exact ints of type int (never bool or a subclass), read when compact (one digit, as the
 *     interpreter's own fast paths); results are kept as int64_t while no operation overflows, which
 *     the checks catch (the generic path then computes the big int from the boxed operands);
 *   - floats are exact floats; + - * / on them are IEEE operations, as in floatobject.c; an int meets a
 *     float only while it converts exactly (|i| <= 2**53);
 *   - // and % on ints floor as Python does; a zero divisor, and anything else that raises, takes the
 *     generic path, which raises exactly the interpreter's error;
 *   - the generic path gets the operands' own objects where there are some (a constant's, a local's),
 *     and boxes the C values of computed numbers into new objects, as the interpreter would have;
 *   - a stored number overwrites the old int or float of a fast local in place only when the local's
 *     reference is the only one (nobody else can see the object change), and never a cached small int.
 */
#ifndef PYC2C_NUM_H
#define PYC2C_NUM_H

#include "pyc2c_python.h"
#include <math.h>

/* The layout of ints, per version: PYC2C_LONG_* in pyc2c_python.h. */

/* ---- Numbers ---------------------------------------------------------------------------------- */

/* pyc2c_num is defined in pyc2c_runtime.h (the runtime's API passes it by value). */

#define PYC2C_NUM_INT ((PyObject *)(uintptr_t)1)
#define PYC2C_NUM_FLOAT ((PyObject *)(uintptr_t)2)
#define PYC2C_NUM_IS_C(n) ((uintptr_t)(n).o <= 2)   /* a C value (or an error's NULL) */

/* Operand hints. */
enum { PYC2C_HELD = 0, PYC2C_VIEW = 1, PYC2C_CINT = 2, PYC2C_CFLOAT = 3 };

/* The flags of an out-of-line operation: the operator and both operands' hints. */
#define PYC2C_NUM_FLAGS(op, ha, hb) ((op) | ((ha) << 8) | ((hb) << 12))

static PYC2C_ALWAYS_INLINE pyc2c_num
pyc2c_num_of_int(int64_t i)
{
    pyc2c_num n;
    n.o = PYC2C_NUM_INT;
    n.v.i = i;
    return n;
}

static PYC2C_ALWAYS_INLINE pyc2c_num
pyc2c_num_of_float(double d)
{
    pyc2c_num n;
    n.o = PYC2C_NUM_FLOAT;
    n.v.d = d;
    return n;
}

/* An object operand (a view, or a held object), and the error result (o NULL). */
static PYC2C_ALWAYS_INLINE pyc2c_num
pyc2c_num_of_object(PyObject *o)
{
    pyc2c_num n;
    n.o = o;
    n.v.i = 0;
    return n;
}

/* A constant int or float operand (PYC2C_CINT / PYC2C_CFLOAT): its object and its value. */
static PYC2C_ALWAYS_INLINE pyc2c_num
pyc2c_num_const_int(PyObject *o, int64_t i)
{
    pyc2c_num n;
    n.o = o;
    n.v.i = i;
    return n;
}

static PYC2C_ALWAYS_INLINE pyc2c_num
pyc2c_num_const_float(PyObject *o, double d)
{
    pyc2c_num n;
    n.o = o;
    n.v.d = d;
    return n;
}

/* Releases a held number: its object, if it is one. */
static PYC2C_ALWAYS_INLINE void
pyc2c_num_clear(pyc2c_num n)
{
    if (!PYC2C_NUM_IS_C(n)) {
        Py_DECREF(n.o);
    }
}

/* pyc2c_num_box where code is not hot: the same objects, every int through PyLong_FromLongLong (no inline path per
 * site for the cached small ints). */
static PYC2C_ALWAYS_INLINE PyObject *
pyc2c_num_box_cold(pyc2c_num n)
{
    if (n.o == PYC2C_NUM_INT) {
        return PyLong_FromLongLong((long long)n.v.i);
    }
    if (n.o == PYC2C_NUM_FLOAT) {
        return PyFloat_FromDouble(n.v.d);
    }
    return n.o;
}

/* The object of a held number (a new reference, or NULL on MemoryError); the number is consumed. */
static PYC2C_ALWAYS_INLINE PyObject *
pyc2c_num_box(pyc2c_num n)
{
    if (n.o == PYC2C_NUM_INT && PYC2C_IS_SMALL_INT(n.v.i)) {
        return Py_NewRef(PYC2C_SMALL_INT(n.v.i)); /* as PyLong_FromLongLong gives it, without the call */
    }
    return pyc2c_num_box_cold(n);
}

/* A new reference to an operand's object: its own, or, for a held C value, a new int or float (NULL on
 * MemoryError). `hint` is a constant where this is inlined: only a held number can be a C value. */
static PYC2C_ALWAYS_INLINE PyObject *
pyc2c_num_new_object(pyc2c_num n, int hint)
{
    if (hint == PYC2C_HELD && PYC2C_NUM_IS_C(n)) {
        return pyc2c_num_box(n);
    }
    return Py_NewRef(n.o);
}

/* What an operand is, as a C value where it has one: PYC2C_NUM_INT with *i, PYC2C_NUM_FLOAT with *d,
 * or NULL (an object the fast paths do not handle). `hint` is a constant where this is inlined. */
static PYC2C_ALWAYS_INLINE PyObject *
pyc2c_num_kind(pyc2c_num n, int hint, int64_t *i, double *d)
{
    if (hint == PYC2C_CINT) {
        *i = n.v.i;
        return PYC2C_NUM_INT;
    }
    if (hint == PYC2C_CFLOAT) {
        *d = n.v.d;
        return PYC2C_NUM_FLOAT;
    }
    if (hint == PYC2C_HELD) {
        if (n.o == PYC2C_NUM_INT) {
            *i = n.v.i;
            return PYC2C_NUM_INT;
        }
        if (n.o == PYC2C_NUM_FLOAT) {
            *d = n.v.d;
            return PYC2C_NUM_FLOAT;
        }
    }
    PyTypeObject *t = Py_TYPE(n.o);
    if (t == &PyLong_Type && PYC2C_LONG_IS_COMPACT(n.o)) {
        *i = PYC2C_LONG_COMPACT_VALUE(n.o);
        return PYC2C_NUM_INT;
    }
    if (t == &PyFloat_Type) {
        *d = PyFloat_AS_DOUBLE(n.o);
        return PYC2C_NUM_FLOAT;
    }
    return NULL;
}

/* Whether an int converts to a double exactly (|i| <= 2**53), as CPython's int/float mixes need. */
static PYC2C_ALWAYS_INLINE int
pyc2c_num_exact_double(int64_t i)
{
    return (uint64_t)(i + ((int64_t)1 << 53)) <= ((uint64_t)1 << 54);
}

/* The generic paths, and the whole operations out of line, are pyc2c_num.c's (declared in pyc2c_api.h):
 * pyc2c_num_binary_ool, pyc2c_num_unary_ool, pyc2c_num_compare_ool, pyc2c_num_compare_bool_ool,
 * pyc2c_num_store_ool. They find the frame to point at `ip` as the thread's current frame, which the
 * generated code's own frame is while it runs. */

/*
 * BINARY_OP: a <op> b (op an NB_* constant), the operands' hints ha and hb. The int and float fast
 * paths inline, the rest (including mixed int/float) out of line: pyc2c_num_binary_ool, or, with `stored`,
 * pyc2c_num_add_stored_ool (below).
 */
static PYC2C_ALWAYS_INLINE pyc2c_num
pyc2c_num_binary_to(pyc2c_local *stored, pyc2c_num a, int ha, pyc2c_num b, int hb, int op, _Py_CODEUNIT *ip)
{
    int64_t x = 0, y = 0, v;
    double p = 0.0, q = 0.0;
    PyObject *ka = pyc2c_num_kind(a, ha, &x, &p);
    PyObject *kb = pyc2c_num_kind(b, hb, &y, &q);
    if (ka == PYC2C_NUM_INT && kb == PYC2C_NUM_INT) {
        switch (op) {
        case NB_ADD:
        case NB_INPLACE_ADD:
            if (!__builtin_add_overflow(x, y, &v)) {
                return pyc2c_num_of_int(v);
            }
            break;
        case NB_SUBTRACT:
        case NB_INPLACE_SUBTRACT:
            if (!__builtin_sub_overflow(x, y, &v)) {
                return pyc2c_num_of_int(v);
            }
            break;
        case NB_MULTIPLY:
        case NB_INPLACE_MULTIPLY:
            if (!__builtin_mul_overflow(x, y, &v)) {
                return pyc2c_num_of_int(v);
            }
            break;
        case NB_AND:
        case NB_INPLACE_AND:
            return pyc2c_num_of_int(x & y);
        case NB_OR:
        case NB_INPLACE_OR:
            return pyc2c_num_of_int(x | y);
        case NB_XOR:
        case NB_INPLACE_XOR:
            return pyc2c_num_of_int(x ^ y);
        case NB_LSHIFT:
        case NB_INPLACE_LSHIFT:
            if (y >= 0 && y < 62) {
                v = (int64_t)((uint64_t)x << y);
                if ((v >> y) == x) {
                    return pyc2c_num_of_int(v);
                }
            }
            break;
        case NB_RSHIFT:
        case NB_INPLACE_RSHIFT:
            if (y >= 0) {
                return pyc2c_num_of_int(y >= 63 ? (x < 0 ? -1 : 0) : (x >> y)); /* arithmetic: Python's floor */
            }
            break;
        case NB_FLOOR_DIVIDE:
        case NB_INPLACE_FLOOR_DIVIDE:
            if (y > 0 || (y < 0 && !(y == -1 && x == INT64_MIN))) {
                v = x / y;
                if ((x % y != 0) && ((x < 0) != (y < 0))) {
                    v -= 1;
                }
                return pyc2c_num_of_int(v);
            }
            break;
        case NB_REMAINDER:
        case NB_INPLACE_REMAINDER:
            if (y != 0) {
                v = y == -1 ? 0 : x % y;
                if (v != 0 && ((v < 0) != (y < 0))) {
                    v += y;
                }
                return pyc2c_num_of_int(v);
            }
            break;
        case NB_TRUE_DIVIDE:
        case NB_INPLACE_TRUE_DIVIDE:
            /* long_true_divide's fast path: both operands exact doubles, one correctly rounded division. */
            if (y != 0 && pyc2c_num_exact_double(x) && pyc2c_num_exact_double(y)) {
                return pyc2c_num_of_float((double)x / (double)y);
            }
            break;
        default:
            break;
        }
    }
    else if (ka == PYC2C_NUM_FLOAT && kb == PYC2C_NUM_FLOAT) {
        switch (op) {
        case NB_ADD:
        case NB_INPLACE_ADD:
            return pyc2c_num_of_float(p + q);
        case NB_SUBTRACT:
        case NB_INPLACE_SUBTRACT:
            return pyc2c_num_of_float(p - q);
        case NB_MULTIPLY:
        case NB_INPLACE_MULTIPLY:
            return pyc2c_num_of_float(p * q);
        case NB_TRUE_DIVIDE:
        case NB_INPLACE_TRUE_DIVIDE:
            if (q != 0.0) {
                return pyc2c_num_of_float(p / q);
            }
            break;
        case NB_POWER:
        case NB_INPLACE_POWER:
            /* x ** 2.0: float_pow computes pow(x, 2.0), which is x * x, and raises on overflow. */
            if (q == 2.0 && isfinite(p) && isfinite(p * p)) {
                return pyc2c_num_of_float(p * p);
            }
            break;
        default:
            break;
        }
    }
    if (stored != NULL) {
        return pyc2c_num_add_stored_ool(stored, a, b, PYC2C_NUM_FLAGS(op, ha, hb), ip);
    }
    return pyc2c_num_binary_ool(a, b, PYC2C_NUM_FLAGS(op, ha, hb), ip);
}

/* A macro, not a function inlined into another: gcc's decisions in big bodies changed with the extra level
 * (nbody's advance() ran 1% more instructions). */
#define pyc2c_num_binary(a, ha, b, hb, op, ip) pyc2c_num_binary_to(NULL, a, ha, b, hb, op, ip)

/*
 * `x += y` or `x = x + y` whose result the next instruction stores into fast local *stored, x read from that
 * local without a reference of its own (hint PYC2C_VIEW): the number paths first, then, out of line, the
 * interpreter's BINARY_OP_INPLACE_ADD_UNICODE (a str only the local refers to extended in place, the local
 * holding the result) or the generic path.
 */
#define pyc2c_num_add_stored(stored, a, ha, b, hb, op, ip) pyc2c_num_binary_to(stored, a, ha, b, hb, op, ip)

/* UNARY_NEGATIVE (op 0) and UNARY_INVERT (op 1). */
static PYC2C_ALWAYS_INLINE pyc2c_num
pyc2c_num_unary(pyc2c_num a, int ha, int op, _Py_CODEUNIT *ip)
{
    int64_t x = 0;
    double p = 0.0;
    PyObject *k = pyc2c_num_kind(a, ha, &x, &p);
    if (k == PYC2C_NUM_INT && x != INT64_MIN) {
        return pyc2c_num_of_int(op == 0 ? -x : ~x);
    }
    if (k == PYC2C_NUM_FLOAT && op == 0) {
        return pyc2c_num_of_float(-p);
    }
    return pyc2c_num_unary_ool(a, PYC2C_NUM_FLAGS(op, ha, 0), ip);
}

/* The comparison of two C values; op is a Py_LT... constant. */
#define PYC2C_COMPARE(x, y, op) \
    ((op) == Py_LT ? (x) < (y) : (op) == Py_LE ? (x) <= (y) : (op) == Py_EQ ? (x) == (y) \
     : (op) == Py_NE ? (x) != (y) : (op) == Py_GT ? (x) > (y) : (x) >= (y))

/* A comparison decided without calling anything: 1 or 0, or -1 if it needs the generic path. Ints
 * with ints, floats with floats (NaN compares false, != true, as float_richcompare), strs for equality. */
static PYC2C_ALWAYS_INLINE int
pyc2c_num_compare_fast(pyc2c_num a, int ha, pyc2c_num b, int hb, int op)
{
    int64_t x = 0, y = 0;
    double p = 0.0, q = 0.0;
    PyObject *ka = pyc2c_num_kind(a, ha, &x, &p);
    PyObject *kb = pyc2c_num_kind(b, hb, &y, &q);
    if (ka == PYC2C_NUM_INT && kb == PYC2C_NUM_INT) {
        return PYC2C_COMPARE(x, y, op);
    }
    if (ka == PYC2C_NUM_FLOAT && kb == PYC2C_NUM_FLOAT) {
        return PYC2C_COMPARE(p, q, op);
    }
    if ((op == Py_EQ || op == Py_NE) && ka == NULL && kb == NULL && PyUnicode_CheckExact(a.o)
        && PyUnicode_CheckExact(b.o)) {
        int eq = a.o == b.o || _PyUnicode_Equal(a.o, b.o); /* COMPARE_OP_STR */
        return op == Py_EQ ? eq : !eq;
    }
    return -1;
}

/* COMPARE_OP: the result as an object (a new reference), NULL on error. */
static PYC2C_ALWAYS_INLINE PyObject *
pyc2c_num_compare(pyc2c_num a, int ha, pyc2c_num b, int hb, int op, _Py_CODEUNIT *ip)
{
    int c = pyc2c_num_compare_fast(a, ha, b, hb, op);
    if (c >= 0) {
        return Py_NewRef(c ? Py_True : Py_False);
    }
    return pyc2c_num_compare_ool(a, b, PYC2C_NUM_FLAGS(op, ha, hb), ip);
}

/*
 * COMPARE_OP whose result only a conditional jump reads: its truth, 1 or 0, or -1 on error. When the
 * generic path runs, the result's truth is taken as the jump would take it: the jump is `jump` code
 * units after the comparison.
 */
static PYC2C_ALWAYS_INLINE int
pyc2c_num_compare_bool(pyc2c_num a, int ha, pyc2c_num b, int hb, int op, _Py_CODEUNIT *ip, int jump)
{
    int c = pyc2c_num_compare_fast(a, ha, b, hb, op);
    if (c >= 0) {
        return c;
    }
    return pyc2c_num_compare_bool_ool(a, b, PYC2C_NUM_FLAGS(op, ha, hb) | (jump << 16), ip);
}

#if defined(__GNUC__) && !defined(__clang__)
/* Inlined where the value is known to be True or False, the size reads below are dead code that gcc
 * still warns about (-Warray-bounds on _Py_TrueStruct). */
#  pragma GCC diagnostic push
#  pragma GCC diagnostic ignored "-Warray-bounds"
#endif
/*
 * The truth of an object for a conditional jump (POP_JUMP_IF_TRUE/FALSE, which ask PyObject_IsTrue): the
 * singletons and the common exact types inline, anything else through its __bool__ or __len__ with
 * the frame at the jump. 1, 0, or -1 on error.
 */
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

/* The truth of an object (a new reference, released) for a conditional jump: pyc2c_truth, then the
 * object is released. */
static PYC2C_ALWAYS_INLINE int
pyc2c_truth_release(PyObject *o, _PyInterpreterFrame *frame, _Py_CODEUNIT *ip)
{
    int t = pyc2c_truth(o, frame, ip);
    Py_DECREF(o);
    return t;
}

/* The truth of a held number (POP_JUMP_IF_TRUE/FALSE): 1 or 0, or -1 on error. */
static PYC2C_ALWAYS_INLINE int
pyc2c_num_truth(pyc2c_num n, _PyInterpreterFrame *frame, _Py_CODEUNIT *ip)
{
    if (n.o == PYC2C_NUM_INT) {
        return n.v.i != 0;
    }
    if (n.o == PYC2C_NUM_FLOAT) {
        return n.v.d != 0.0;
    }
    return pyc2c_truth(n.o, frame, ip);
}

/* A value for an int that may be overwritten in place: compact, and not one of the cached small ints. */
static PYC2C_ALWAYS_INLINE int
pyc2c_num_int_in_place(int64_t v)
{
    return (v < -5 || v > 256) && v > -(int64_t)PyLong_MASK - 1 && v <= (int64_t)PyLong_MASK;
}

/*
 * STORE_FAST of a held number: a new int or float, or, when the local holds an int (a float) that only
 * it refers to, that object with its value replaced. The number is consumed. Returns 0, or -1 on
 * MemoryError (the local is unchanged).
 */
static PYC2C_ALWAYS_INLINE int
pyc2c_num_store(pyc2c_local *slot, pyc2c_num n)
{
    PyObject *old = PYC2C_LOCAL(*slot);
    if (n.o == PYC2C_NUM_FLOAT) {
        if (old != NULL && PYC2C_LOCAL_OWNED(*slot) && Py_TYPE(old) == &PyFloat_Type && Py_REFCNT(old) == 1) {
            ((PyFloatObject *)old)->ob_fval = n.v.d;
            return 0;
        }
    }
    else if (n.o == PYC2C_NUM_INT) {
        if (PYC2C_IS_SMALL_INT(n.v.i)) {
            /* a counter, an index, a length: the cached object, as PyLong_FromLongLong gives it */
            PYC2C_LOCAL_XSETREF(*slot, Py_NewRef(PYC2C_SMALL_INT(n.v.i)));
            return 0;
        }
        if (old != NULL && PYC2C_LOCAL_OWNED(*slot) && Py_TYPE(old) == &PyLong_Type && Py_REFCNT(old) == 1 && pyc2c_num_int_in_place(n.v.i)
            && PYC2C_LONG_IS_COMPACT(old)) {
            PYC2C_LONG_SET_COMPACT(old, n.v.i);
            return 0;
        }
    }
    else {
        PYC2C_LOCAL_XSETREF(*slot, n.o);
        return 0;
    }
    return pyc2c_num_store_ool(slot, n);
}

/*
 * FOR_ITER whose item is a number the loop consumes (a store into its loop variable): the next item as
 * a held number, a range iterator's as a C int (no int object made), others as their object; an
 * exhausted or failed iterator gives o NULL (an exception set if it failed). As pyc2c_for_iter.
 */
static PYC2C_ALWAYS_INLINE pyc2c_num
pyc2c_for_iter_num(PyObject *iter)
{
    if (Py_TYPE(iter) == &PyRangeIter_Type) {
        pyc2c_rangeiter *r = (pyc2c_rangeiter *)iter;
        long value;
        if (!PYC2C_RANGEITER_NEXT(r, value)) {
            return pyc2c_num_of_object(NULL);
        }
        return pyc2c_num_of_int((int64_t)value);
    }
    return pyc2c_num_of_object(pyc2c_for_iter(iter));
}

/*
 * BINARY_SUBSCR with a number for the subscript: a list's or tuple's item at an int in range read
 * directly (BINARY_SUBSCR_LIST_INT / _TUPLE_INT); anything else boxes the subscript and takes
 * pyc2c_getitem. A new reference, or NULL.
 */
static PYC2C_ALWAYS_INLINE PyObject *
pyc2c_getitem_num(PyObject *container, pyc2c_num sub, int hint, _PyInterpreterFrame *frame, _Py_CODEUNIT *ip)
{
    int64_t i = 0;
    double d = 0.0;
    PyTypeObject *t = Py_TYPE(container);
    if ((t == &PyList_Type || t == &PyTuple_Type) && pyc2c_num_kind(sub, hint, &i, &d) == PYC2C_NUM_INT
        && i >= 0 && i < Py_SIZE(container)) {
        return Py_NewRef(PySequence_Fast_ITEMS(container)[i]);
    }
    PYC2C_SET_IP_AT(frame, ip);
    PyObject *k = pyc2c_num_new_object(sub, hint);
    if (k == NULL) {
        return NULL;
    }
    PyObject *r = pyc2c_getitem(container, k);
    Py_DECREF(k);
    return r;
}

/*
 * STORE_SUBSCR container[sub] = v with numbers: a list's item at an int in range replaced directly
 * (STORE_SUBSCR_LIST_INT), an exact float item that only the list refers to overwritten in place by a
 * float; anything else boxes and takes pyc2c_setitem. The operands are not released. 0, or -1.
 */
static PYC2C_ALWAYS_INLINE int
pyc2c_setitem_num(PyObject *container, pyc2c_num sub, int hsub, pyc2c_num v, int hv, _PyInterpreterFrame *frame,
                  _Py_CODEUNIT *ip)
{
    int64_t i = 0;
    double d = 0.0;
    if (Py_TYPE(container) == &PyList_Type && pyc2c_num_kind(sub, hsub, &i, &d) == PYC2C_NUM_INT && i >= 0
        && i < PyList_GET_SIZE(container)) {
        PyObject **slot = &((PyListObject *)container)->ob_item[i];
        PyObject *old = *slot;
        if (hv == PYC2C_HELD && v.o == PYC2C_NUM_FLOAT && Py_TYPE(old) == &PyFloat_Type && Py_REFCNT(old) == 1) {
            ((PyFloatObject *)old)->ob_fval = v.v.d;
            return 0;
        }
        PyObject *nv = pyc2c_num_new_object(v, hv);
        if (nv == NULL) {
            PYC2C_SET_IP_AT(frame, ip);
            return -1;
        }
        *slot = nv;
        PYC2C_SET_IP_AT(frame, ip); /* the old item's finalizer may look */
        Py_DECREF(old);
        return 0;
    }
    PYC2C_SET_IP_AT(frame, ip);
    PyObject *k = pyc2c_num_new_object(sub, hsub);
    if (k == NULL) {
        return -1;
    }
    PyObject *nv = pyc2c_num_new_object(v, hv);
    if (nv == NULL) {
        Py_DECREF(k);
        return -1;
    }
    int e = pyc2c_setitem(container, k, nv);
    Py_DECREF(k);
    Py_DECREF(nv);
    return e;
}

/* ---- Cold code: the same operations as calls (pyc2c_num.c), where they do not run in a loop ------- */

static inline pyc2c_num
pyc2c_num_binary_cold(pyc2c_num a, int ha, pyc2c_num b, int hb, int op, _Py_CODEUNIT *ip)
{
    return pyc2c_num_binary_ool(a, b, PYC2C_NUM_FLAGS(op, ha, hb), ip);
}

static inline pyc2c_num
pyc2c_num_add_stored_cold(pyc2c_local *stored, pyc2c_num a, int ha, pyc2c_num b, int hb, int op, _Py_CODEUNIT *ip)
{
    return pyc2c_num_add_stored_ool(stored, a, b, PYC2C_NUM_FLAGS(op, ha, hb), ip);
}

static inline pyc2c_num
pyc2c_num_unary_cold(pyc2c_num a, int ha, int op, _Py_CODEUNIT *ip)
{
    return pyc2c_num_unary_ool(a, PYC2C_NUM_FLAGS(op, ha, 0), ip);
}

static inline PyObject *
pyc2c_num_compare_cold(pyc2c_num a, int ha, pyc2c_num b, int hb, int op, _Py_CODEUNIT *ip)
{
    return pyc2c_num_compare_ool(a, b, PYC2C_NUM_FLAGS(op, ha, hb), ip);
}

static inline int
pyc2c_num_compare_bool_cold(pyc2c_num a, int ha, pyc2c_num b, int hb, int op, _Py_CODEUNIT *ip, int jump)
{
    return pyc2c_num_compare_bool_ool(a, b, PYC2C_NUM_FLAGS(op, ha, hb) | (jump << 16), ip);
}

static inline int
pyc2c_num_store_cold(pyc2c_local *slot, pyc2c_num n)
{
    return pyc2c_num_store_ool(slot, n);
}

#endif /* PYC2C_NUM_H */
