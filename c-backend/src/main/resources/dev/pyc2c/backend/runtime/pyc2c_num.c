/*
 * pyc2c runtime: the numbers of pyc2c_num.h out of line. Each operation here is the whole operation:
 * the fast paths (mixed int and float included), then the generic path: the operands become the
 * objects the interpreter would have had (an operand's own object where it has one, a new int or float
 * for a computed C value), the frame is pointed at the instruction, and the C API does the rest,
 * raising whatever the interpreter raises. The inlined forms of pyc2c_num.h call these when their own
 * fast paths do not apply; code that does not run in a loop calls them directly.
 */
#define PYC2C_BUILDING_RUNTIME 1   /* part of the runtime module (pyc2c_runtime.h) */
#include "pyc2c.h"

#define OP(flags) ((flags) & 0xFF)
#define HINT_A(flags) (((flags) >> 8) & 0xF)
#define HINT_B(flags) (((flags) >> 12) & 0xF)

/* Points the generated code's frame (the thread's current one while it runs) at `ip`. */
static void
set_ip(_Py_CODEUNIT *ip)
{
    _PyInterpreterFrame *frame = PYC2C_CURRENT_FRAME(PyThreadState_GET());
    PYC2C_SET_IP_AT(frame, ip);
}

/*
 * An exact int of two 30-bit digits (up to 2**60: a compact int times a compact int, an LCG's state) as
 * a C int: 1, or 0 for any other object. The inline paths take one digit only; here the out-of-line
 * operations still use C arithmetic for them instead of the int type's (same results: ints are exact).
 */
static int
long_two_digits(PyObject *o, int64_t *i)
{
#if PyLong_SHIFT == 30
    if (Py_TYPE(o) != &PyLong_Type) {
        return 0;
    }
#  if PY_VERSION_HEX >= 0x030C0000
    uintptr_t tag = ((PyLongObject *)o)->long_value.lv_tag;
    if ((tag >> _PyLong_NON_SIZE_BITS) != 2) {
        return 0;
    }
    const digit *dg = ((PyLongObject *)o)->long_value.ob_digit;
    int negative = (tag & _PyLong_SIGN_MASK) == 2;
#  else
    Py_ssize_t size = Py_SIZE(o);
    if (size != 2 && size != -2) {
        return 0;
    }
    const digit *dg = ((PyLongObject *)o)->ob_digit;
    int negative = size < 0;
#  endif
    int64_t v = (int64_t)dg[0] | ((int64_t)dg[1] << 30);
    *i = negative ? -v : v;
    return 1;
#else
    (void)o;
    (void)i;
    return 0;
#endif
}

/* The kind of an operand with a hint known only at run time (inlined: it is most of each operation's work). */
static PYC2C_ALWAYS_INLINE PyObject *
kind_of(pyc2c_num n, int hint, int64_t *i, double *d)
{
    PyObject *k;
    switch (hint) {
    case PYC2C_CINT:
        return pyc2c_num_kind(n, PYC2C_CINT, i, d);
    case PYC2C_CFLOAT:
        return pyc2c_num_kind(n, PYC2C_CFLOAT, i, d);
    case PYC2C_HELD:
        k = pyc2c_num_kind(n, PYC2C_HELD, i, d);
        break;
    default:
        k = pyc2c_num_kind(n, PYC2C_VIEW, i, d);
        break;
    }
    if (k == NULL && !PYC2C_NUM_IS_C(n) && long_two_digits(n.o, i)) {
        return PYC2C_NUM_INT;
    }
    return k;
}

/* An operand as a double, if it converts exactly. */
static int
as_double(PyObject *kind, int64_t i, double d, double *out)
{
    if (kind == PYC2C_NUM_FLOAT) {
        *out = d;
        return 1;
    }
    if (kind == PYC2C_NUM_INT && pyc2c_num_exact_double(i)) {
        *out = (double)i;
        return 1;
    }
    return 0;
}

pyc2c_num
pyc2c_num_binary_ool(pyc2c_num a, pyc2c_num b, int flags, _Py_CODEUNIT *ip)
{
    int op = OP(flags);
    int64_t x = 0, y = 0;
    double p = 0.0, q = 0.0;
    PyObject *ka = kind_of(a, HINT_A(flags), &x, &p);
    PyObject *kb = kind_of(b, HINT_B(flags), &y, &q);
    /* The fast paths, with both operands as C values (mixed int and float converted exactly). */
    if (ka != NULL && kb != NULL) {
        pyc2c_num cx = ka == PYC2C_NUM_INT ? pyc2c_num_of_int(x) : pyc2c_num_of_float(p);
        pyc2c_num cy = kb == PYC2C_NUM_INT ? pyc2c_num_of_int(y) : pyc2c_num_of_float(q);
        double dx, dy;
        if (ka != kb && as_double(ka, x, p, &dx) && as_double(kb, y, q, &dy)) {
            cx = pyc2c_num_of_float(dx);
            cy = pyc2c_num_of_float(dy);
        }
        if (ka == kb || cx.o == cy.o) {
            int64_t v;
            double w;
            PyObject *k = cx.o;
            if (k == PYC2C_NUM_INT) {
                x = cx.v.i;
                y = cy.v.i;
                switch (op) {
                case NB_ADD: case NB_INPLACE_ADD:
                    if (!__builtin_add_overflow(x, y, &v)) return pyc2c_num_of_int(v);
                    break;
                case NB_SUBTRACT: case NB_INPLACE_SUBTRACT:
                    if (!__builtin_sub_overflow(x, y, &v)) return pyc2c_num_of_int(v);
                    break;
                case NB_MULTIPLY: case NB_INPLACE_MULTIPLY:
                    if (!__builtin_mul_overflow(x, y, &v)) return pyc2c_num_of_int(v);
                    break;
                case NB_AND: case NB_INPLACE_AND:
                    return pyc2c_num_of_int(x & y);
                case NB_OR: case NB_INPLACE_OR:
                    return pyc2c_num_of_int(x | y);
                case NB_XOR: case NB_INPLACE_XOR:
                    return pyc2c_num_of_int(x ^ y);
                case NB_LSHIFT: case NB_INPLACE_LSHIFT:
                    if (y >= 0 && y < 62) {
                        v = (int64_t)((uint64_t)x << y);
                        if ((v >> y) == x) return pyc2c_num_of_int(v);
                    }
                    break;
                case NB_RSHIFT: case NB_INPLACE_RSHIFT:
                    if (y >= 0) return pyc2c_num_of_int(y >= 63 ? (x < 0 ? -1 : 0) : (x >> y));
                    break;
                case NB_FLOOR_DIVIDE: case NB_INPLACE_FLOOR_DIVIDE:
                    if (y > 0 || (y < 0 && !(y == -1 && x == INT64_MIN))) {
                        v = x / y;
                        if ((x % y != 0) && ((x < 0) != (y < 0))) v -= 1;
                        return pyc2c_num_of_int(v);
                    }
                    break;
                case NB_REMAINDER: case NB_INPLACE_REMAINDER:
                    if (y != 0) {
                        v = y == -1 ? 0 : x % y;
                        if (v != 0 && ((v < 0) != (y < 0))) v += y;
                        return pyc2c_num_of_int(v);
                    }
                    break;
                case NB_TRUE_DIVIDE: case NB_INPLACE_TRUE_DIVIDE:
                    if (y != 0 && pyc2c_num_exact_double(x) && pyc2c_num_exact_double(y)) {
                        return pyc2c_num_of_float((double)x / (double)y);
                    }
                    break;
                default:
                    break;
                }
            }
            else {
                p = cx.v.d;
                q = cy.v.d;
                switch (op) {
                case NB_ADD: case NB_INPLACE_ADD:
                    return pyc2c_num_of_float(p + q);
                case NB_SUBTRACT: case NB_INPLACE_SUBTRACT:
                    return pyc2c_num_of_float(p - q);
                case NB_MULTIPLY: case NB_INPLACE_MULTIPLY:
                    return pyc2c_num_of_float(p * q);
                case NB_TRUE_DIVIDE: case NB_INPLACE_TRUE_DIVIDE:
                    if (q != 0.0) return pyc2c_num_of_float(p / q);
                    break;
                case NB_POWER: case NB_INPLACE_POWER:
                    w = p * p;
                    if (q == 2.0 && isfinite(p) && isfinite(w)) return pyc2c_num_of_float(w);
                    break;
                default:
                    break;
                }
            }
        }
    }
    /* The generic path. */
    set_ip(ip);
    PyObject *ox = pyc2c_num_new_object(a, PYC2C_HELD);
    if (ox == NULL) {
        return pyc2c_num_of_object(NULL);
    }
    PyObject *oy = pyc2c_num_new_object(b, PYC2C_HELD);
    if (oy == NULL) {
        Py_DECREF(ox);
        return pyc2c_num_of_object(NULL);
    }
    PyObject *res = pyc2c_binary_op(ox, oy, op);
    Py_DECREF(ox);
    Py_DECREF(oy);
    return pyc2c_num_of_object(res);
}

pyc2c_num
pyc2c_num_add_stored_ool(pyc2c_local *stored, pyc2c_num a, pyc2c_num b, int flags, _Py_CODEUNIT *ip)
{
    /* BINARY_OP_INPLACE_ADD_UNICODE: a is the local itself (the local's reference only), b a str */
    if (!PYC2C_NUM_IS_C(a) && a.o == PYC2C_LOCAL(*stored) && PyUnicode_CheckExact(a.o) && !PYC2C_NUM_IS_C(b)
        && PyUnicode_CheckExact(b.o)) {
        /* the local's reference, taken for the append (3.14: a reference the slot does not count becomes one) */
        PyObject *s = pyc2c_local_take(stored);
        PyUnicode_Append(&s, b.o);
        if (s != NULL) {
            PYC2C_LOCAL_SET(*stored, s);
        }
        return pyc2c_num_of_object(s == NULL ? NULL : Py_NewRef(s));
    }
    return pyc2c_num_binary_ool(a, b, flags, ip);
}

pyc2c_num
pyc2c_num_unary_ool(pyc2c_num a, int flags, _Py_CODEUNIT *ip)
{
    int op = OP(flags);
    int64_t x = 0;
    double p = 0.0;
    PyObject *k = kind_of(a, HINT_A(flags), &x, &p);
    if (k == PYC2C_NUM_INT && x != INT64_MIN) {
        return pyc2c_num_of_int(op == 0 ? -x : ~x);
    }
    if (k == PYC2C_NUM_FLOAT && op == 0) {
        return pyc2c_num_of_float(-p);
    }
    set_ip(ip);
    PyObject *ox = pyc2c_num_new_object(a, PYC2C_HELD);
    if (ox == NULL) {
        return pyc2c_num_of_object(NULL);
    }
    PyObject *res = op == 0 ? PyNumber_Negative(ox) : PyNumber_Invert(ox);
    Py_DECREF(ox);
    return pyc2c_num_of_object(res);
}

/* A comparison decided without calling anything, with hints known at run time, mixed int and float
 * compared exactly (the int converts exactly, or the generic path decides). */
static int
compare_fast(pyc2c_num a, pyc2c_num b, int flags)
{
    int op = OP(flags);
    int64_t x = 0, y = 0;
    double p = 0.0, q = 0.0, dx, dy;
    PyObject *ka = kind_of(a, HINT_A(flags), &x, &p);
    PyObject *kb = kind_of(b, HINT_B(flags), &y, &q);
    if (ka == PYC2C_NUM_INT && kb == PYC2C_NUM_INT) {
        return PYC2C_COMPARE(x, y, op);
    }
    if (ka != NULL && kb != NULL && as_double(ka, x, p, &dx) && as_double(kb, y, q, &dy)) {
        return PYC2C_COMPARE(dx, dy, op);
    }
    if (ka == NULL && kb == NULL && PyUnicode_CheckExact(a.o) && PyUnicode_CheckExact(b.o)) {
        if (op == Py_EQ || op == Py_NE) {
            int eq = a.o == b.o || _PyUnicode_Equal(a.o, b.o);
            return op == Py_EQ ? eq : !eq;
        }
        /* what str's tp_richcompare does for an ordering (unicode_compare: -1, 0 or 1, no error for two strs) */
        int c = PyUnicode_Compare(a.o, b.o);
        return PYC2C_COMPARE(c, 0, op);
    }
    return -1;
}

/* A comparison that compare_fast did not decide: the operands as objects, and their rich comparison. */
static PyObject *
compare_objects(pyc2c_num a, pyc2c_num b, int op, _Py_CODEUNIT *ip)
{
    set_ip(ip);
    PyObject *x = pyc2c_num_new_object(a, PYC2C_HELD);
    if (x == NULL) {
        return NULL;
    }
    PyObject *y = pyc2c_num_new_object(b, PYC2C_HELD);
    if (y == NULL) {
        Py_DECREF(x);
        return NULL;
    }
    PyObject *res = PyObject_RichCompare(x, y, op);
    Py_DECREF(x);
    Py_DECREF(y);
    return res;
}

PyObject *
pyc2c_num_compare_ool(pyc2c_num a, pyc2c_num b, int flags, _Py_CODEUNIT *ip)
{
    int c = compare_fast(a, b, flags);
    if (c >= 0) {
        return Py_NewRef(c ? Py_True : Py_False);
    }
    return compare_objects(a, b, OP(flags), ip);
}

int
pyc2c_num_compare_bool_ool(pyc2c_num a, pyc2c_num b, int flags, _Py_CODEUNIT *ip)
{
    int c = compare_fast(a, b, flags & 0xFFFF);
    if (c >= 0) {
        return c;
    }
    PyObject *res = compare_objects(a, b, OP(flags & 0xFFFF), ip);
    if (res == NULL) {
        return -1;
    }
    if (Py_IsTrue(res) || Py_IsFalse(res)) {
        int t = Py_IsTrue(res);
        Py_DECREF(res);
        return t;
    }
    /* The jump tests the result: its __bool__ runs at the jump, as interpreted. */
    set_ip(ip + (flags >> 16));
    int t = PyObject_IsTrue(res);
    Py_DECREF(res);
    return t;
}

int
pyc2c_num_store_ool(pyc2c_local *slot, pyc2c_num n)
{
    PyObject *v = pyc2c_num_new_object(n, PYC2C_HELD);
    if (v == NULL) {
        return -1;
    }
    if (!PYC2C_NUM_IS_C(n)) {
        Py_DECREF(v); /* the held object's reference moves into the slot */
    }
    PYC2C_LOCAL_XSETREF(*slot, v);
    return 0;
}
