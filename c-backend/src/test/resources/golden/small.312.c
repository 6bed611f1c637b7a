/*
 * small: compiled by pyc2c 0.1.0-SNAPSHOT from small.py for CPython 3.12.
 *
 * Each compiled code object is a C function below, one block per instruction, each preceded by its
 * source line and its disassembly. The module's code objects themselves (names, constants, line
 * tables) are the marshalled data at the end; see pyc2c.h for how the two meet at run time.
 */
#define PYC2C_RUNTIME_MODULE "_pyc2c_runtime_81db8ebb" /* imported first when the module is executed */
#include "pyc2c.h"

/* The bodies; a big module is compiled in parts, each part the bodies i with PYC2C_PART_OF(i) (pyc2c_runtime.h). */
PYC2C_BODY PyObject *body_0_add(PyThreadState *ts, _PyInterpreterFrame *frame);
PYC2C_BODY PyObject *enter_0_add(PyThreadState *ts, PyFunctionObject *func, PyObject *const *args);
PYC2C_BODY PyObject *body_1_count_evens(PyThreadState *ts, _PyInterpreterFrame *frame);
PYC2C_BODY PyObject *enter_1_count_evens(PyThreadState *ts, PyFunctionObject *func, PyObject *const *args);
PYC2C_BODY PyObject *body_2_safe_ratio(PyThreadState *ts, _PyInterpreterFrame *frame);
PYC2C_BODY PyObject *enter_2_safe_ratio(PyThreadState *ts, PyFunctionObject *func, PyObject *const *args);
PYC2C_BODY PyObject *body_3_counter_locals_bump(PyThreadState *ts, _PyInterpreterFrame *frame);
PYC2C_BODY PyObject *enter_3_counter_locals_bump(PyThreadState *ts, PyFunctionObject *func, PyObject *const *args);
PYC2C_BODY PyObject *body_4_counter(PyThreadState *ts, _PyInterpreterFrame *frame);
PYC2C_BODY PyObject *enter_4_counter(PyThreadState *ts, PyFunctionObject *func, PyObject *const *args);
PYC2C_BODY PyObject *body_5_Greeter_greet(PyThreadState *ts, _PyInterpreterFrame *frame);
PYC2C_BODY PyObject *body_6_Greeter(PyThreadState *ts, _PyInterpreterFrame *frame);
PYC2C_BODY PyObject *body_7_area(PyThreadState *ts, _PyInterpreterFrame *frame);
PYC2C_BODY PyObject *enter_7_area(PyThreadState *ts, PyFunctionObject *func, PyObject *const *args);
PYC2C_BODY PyObject *body_8_module(PyThreadState *ts, _PyInterpreterFrame *frame);

#if PYC2C_PART_OF(8)
/*
 * add  (small.py, line 4)
 * args 2 (positional-only 0, keyword-only 0), locals a, b
 * stack depth 2, 5 instructions
 */
PYC2C_BODY PyObject *
body_0_add(PyThreadState *ts, _PyInterpreterFrame *frame)
{
    PyCodeObject *const co = PYC2C_FRAME_CODE(frame);
    PyObject **const fast = frame->localsplus;   /* locals, cells and free variables */
    _Py_CODEUNIT *const I = _PyCode_CODE(co);   /* instruction addresses, for PYC2C_SET_IP */
    pyc2c_num n0;   /* unboxed numbers on the stack */
    pyc2c_num t;
    PyObject *r;
    (void)ts;
    (void)co;
    (void)fast;
    (void)I;

    /* line 4: def add(a, b=1): */
    /*    0       RESUME                   0 */

    /* line 5:     return a + b */
    /*    2       LOAD_FAST                0 (a)   [borrowed] */

    /*    4       LOAD_FAST                1 (b)   [borrowed] */

    /*    6       BINARY_OP                0 (+)   [num] */
    t = pyc2c_num_binary(pyc2c_num_of_object(fast[0]), PYC2C_VIEW, pyc2c_num_of_object(fast[1]), PYC2C_VIEW, NB_ADD, I + 3);
    if (t.o == NULL) goto error_0;
    n0 = t;

    /*   10       RETURN_VALUE */
    PYC2C_SET_IP(frame, I, 5);
    r = pyc2c_num_box(n0);
    if (r == NULL) goto error_0;
    return r;

    /* Exception paths */
    /* exceptions at stack depth 0 with no handler: leave the frame */
    error_0:
        return NULL;

}

/* body_0_add's direct entry (pyc2c_code.enter): pyc2c_enter_frame with its counts as constants, and the body
 * inlined (PYC2C_FLATTEN: a small body, whose call would cost about as much). */
PYC2C_BODY PYC2C_FLATTEN PyObject *
enter_0_add(PyThreadState *ts, PyFunctionObject *func, PyObject *const *args)
{
    return pyc2c_enter_frame(ts, func, args, 2, 2, 0, body_0_add);
}
#endif

#if PYC2C_PART_OF(0)
/*
 * count_evens  (small.py, line 8)
 * args 1 (positional-only 0, keyword-only 0), locals items, total, x
 * stack depth 3, 22 instructions
 */
PYC2C_BODY PyObject *
body_1_count_evens(PyThreadState *ts, _PyInterpreterFrame *frame)
{
    PyCodeObject *const co = PYC2C_FRAME_CODE(frame);
    PyObject **const fast = frame->localsplus;   /* locals, cells and free variables */
    PyObject *const *const K = PYC2C_TUPLE_ITEMS(co->co_consts);
    _Py_CODEUNIT *const I = _PyCode_CODE(co);   /* instruction addresses, for PYC2C_SET_IP */
    PyObject *s0, *s1;   /* the value stack, by depth */
    pyc2c_num n1;   /* unboxed numbers on the stack */
    int c1;   /* conditions on the stack */
    pyc2c_num t;
    PyObject *r;
    (void)ts;
    (void)co;
    (void)fast;
    (void)I;

    /* line 8: def count_evens(items): */
    /*    0       RESUME                   0 */

    /* line 9:     total = 0 */
    /*    2       LOAD_CONST               1 (0)   [borrowed] */

    /*    4       STORE_FAST               1 (total) */
    Py_XSETREF(fast[1], Py_NewRef(K[1]));

    /* line 10:     for x in items: */
    /*    6       LOAD_FAST                0 (items)   [borrowed] */

    /*    8       GET_ITER */
    PYC2C_SET_IP(frame, I, 4);
    r = PyObject_GetIter(fast[0]);
    if (r == NULL) goto error_0;
    s0 = r;

    /*   10 L1:   FOR_ITER                16 (to L3) */
    L1:
    PYC2C_SET_IP(frame, I, 5);
    r = pyc2c_for_iter(s0);
    if (r == NULL) {if (PyErr_Occurred()) {
            if (!PyErr_ExceptionMatches(PyExc_StopIteration)) goto error_1;
            PyErr_Clear();
        }
        Py_DECREF(s0);
        goto I48;
    }
    s1 = r;

    /*   14       STORE_FAST               2 (x) */
    Py_XSETREF(fast[2], s1);

    /* line 11:         if x % 2 == 0: */
    /*   16       LOAD_FAST                2 (x)   [borrowed] */

    /*   18       LOAD_CONST               2 (2)   [borrowed] */

    /*   20       BINARY_OP                6 (%)   [num] */
    t = pyc2c_num_binary(pyc2c_num_of_object(fast[2]), PYC2C_VIEW, pyc2c_num_const_int(K[2], INT64_C(2)), PYC2C_CINT, NB_REMAINDER, I + 10);
    if (t.o == NULL) goto error_1;
    n1 = t;

    /*   24       LOAD_CONST               1 (0)   [borrowed] */

    /*   26       COMPARE_OP              40 (==)   [cbool] */
    c1 = pyc2c_num_compare_bool(n1, PYC2C_HELD, pyc2c_num_const_int(K[1], INT64_C(0)), PYC2C_CINT, Py_EQ, I + 13, 2);
    pyc2c_num_clear(n1);
    if (c1 < 0) goto error_1;


    /*   30       POP_JUMP_IF_TRUE         1 (to L2) */
    if (c1) goto L2;

    /*   32       JUMP_BACKWARD           12 (to L1) */
    PYC2C_SET_IP(frame, I, 16);
    if (PYC2C_UNLIKELY(PYC2C_EVAL_BREAKER(ts)) && pyc2c_handle_pending(ts) < 0) goto error_1;
    goto L1;

    /* line 12:             total += 1 */
    /*   34 L2:   LOAD_FAST                1 (total)   [borrowed] */
    L2:

    /*   36       LOAD_CONST               3 (1)   [borrowed] */

    /*   38       BINARY_OP               13 (+=)   [num] */
    t = pyc2c_num_add_stored(&fast[1], pyc2c_num_of_object(fast[1]), PYC2C_VIEW, pyc2c_num_const_int(K[3], INT64_C(1)), PYC2C_CINT, NB_INPLACE_ADD, I + 19);
    if (t.o == NULL) goto error_1;
    n1 = t;

    /*   42       STORE_FAST               1 (total) */
    if (pyc2c_num_store(&fast[1], n1) < 0) {
        PYC2C_SET_IP(frame, I, 19);
        goto error_1;
    }

    /*   44       JUMP_BACKWARD           18 (to L1) */
    PYC2C_SET_IP(frame, I, 22);
    if (PYC2C_UNLIKELY(PYC2C_EVAL_BREAKER(ts)) && pyc2c_handle_pending(ts) < 0) goto error_1;
    goto L1;

    /* line 10:     for x in items: */
    /*   46 L3:   END_FOR */
    Py_DECREF(s0);
    Py_DECREF(s1);

    /* line 13:     return total */
    /*   48       LOAD_FAST                1 (total)   [borrowed] */
    I48:

    /*   50       RETURN_VALUE */
    PYC2C_SET_IP(frame, I, 25);
    return Py_NewRef(fast[1]);

    /* Exception paths */
    /* exceptions at stack depth 0 with no handler: leave the frame */
    error_0:
        return NULL;


    /* exceptions at stack depth 1 with no handler: leave the frame, releasing s0 */
    error_1:
        Py_DecRef(s0);
        return NULL;

}

/* body_1_count_evens's direct entry (pyc2c_code.enter): pyc2c_enter_frame with its counts as constants, and the body
 * inlined (PYC2C_FLATTEN: a small body, whose call would cost about as much). */
PYC2C_BODY PYC2C_FLATTEN PyObject *
enter_1_count_evens(PyThreadState *ts, PyFunctionObject *func, PyObject *const *args)
{
    return pyc2c_enter_frame(ts, func, args, 1, 3, 0, body_1_count_evens);
}
#endif

#if PYC2C_PART_OF(1)
/*
 * safe_ratio  (small.py, line 16)
 * args 2 (positional-only 0, keyword-only 0), locals x, y
 * stack depth 4, 17 instructions
 */
PYC2C_BODY PyObject *
body_2_safe_ratio(PyThreadState *ts, _PyInterpreterFrame *frame)
{
    PyCodeObject *const co = PYC2C_FRAME_CODE(frame);
    PyObject **const fast = frame->localsplus;   /* locals, cells and free variables */
    PyObject *const *const K = PYC2C_TUPLE_ITEMS(co->co_consts);
    PyObject *const *const N = PYC2C_TUPLE_ITEMS(co->co_names);
    _Py_CODEUNIT *const I = _PyCode_CODE(co);   /* instruction addresses, for PYC2C_SET_IP */
    PyObject *s0, *s1, *s2, *s3;   /* the value stack, by depth */
    pyc2c_num n0;   /* unboxed numbers on the stack */
    int c2;   /* conditions on the stack */
    static pyc2c_global_cache G[1];   /* LOAD_GLOBAL caches */
    pyc2c_num t;
    PyObject *r;
    int e;
    (void)ts;
    (void)co;
    (void)fast;
    (void)I;

    /* line 16: def safe_ratio(x, y): */
    /*    0       RESUME                   0 */

    /* line 17:     try: */
    /*    2       NOP */

    /* line 18:         return x / y */
    /*    4 L1:   LOAD_FAST                0 (x)   [borrowed] */

    /*    6       LOAD_FAST                1 (y)   [borrowed] */

    /*    8       BINARY_OP               11 (/)   [num] */
    t = pyc2c_num_binary(pyc2c_num_of_object(fast[0]), PYC2C_VIEW, pyc2c_num_of_object(fast[1]), PYC2C_VIEW, NB_TRUE_DIVIDE, I + 4);
    if (t.o == NULL) goto error_0;
    n0 = t;

    /*   12 L2:   RETURN_VALUE */
    PYC2C_SET_IP(frame, I, 6);
    r = pyc2c_num_box(n0);
    if (r == NULL) goto error_1;
    return r;

    /*   14 L3:   PUSH_EXC_INFO */
    L3:
    s1 = s0;
    r = ts->exc_info->exc_value;
    s0 = r != NULL ? r : Py_NewRef(Py_None);
    ts->exc_info->exc_value = Py_NewRef(s1);

    /* line 19:     except ZeroDivisionError: */
    /*   16       LOAD_GLOBAL              0 (ZeroDivisionError) */
    PYC2C_SET_IP(frame, I, 8);
    r = pyc2c_load_global_cached(ts, frame, N[0], &G[0]);
    if (r == NULL) goto error_2;
    s2 = r;

    /*   26       CHECK_EXC_MATCH   [cbool] */
    PYC2C_SET_IP(frame, I, 13);
    if (pyc2c_check_except_type_valid(ts, s2) < 0) {
        Py_DECREF(s2);
    goto error_2;
    }
    e = PyErr_GivenExceptionMatches(s1, s2);
    Py_DECREF(s2);
    c2 = e;

    /*   28       POP_JUMP_IF_FALSE        3 (to L5) */
    if (!c2) goto L5;

    /*   30       POP_TOP */
    Py_DECREF(s1);

    /* line 20:         return None */
    /*   32 L4:   POP_EXCEPT */
    PYC2C_POP_EXCEPT(ts, s0);

    /*   34       RETURN_CONST             0 (None) */
    PYC2C_SET_IP(frame, I, 17);
    return Py_NewRef(K[0]);

    /* line 19:     except ZeroDivisionError: */
    /*   36 L5:   RERAISE                  0 */
    L5:
    PYC2C_SET_IP(frame, I, 18);
    PyErr_SetRaisedException(s1);
    goto reraise_3;

    /*   38 L6:   COPY                     3 */
    L6:
    s3 = Py_NewRef(s0);

    /*   40       POP_EXCEPT */
    PYC2C_POP_EXCEPT(ts, s3);

    /*   42       RERAISE                  1 */
    if (pyc2c_restore_lasti(frame, s1) < 0) {
        Py_DECREF(s2);
    goto error_4;
    }
    PyErr_SetRaisedException(s2);
    goto reraise_5;

    /* Exception paths */
    /* exceptions at stack depth 0 in L1 to L2: handled at L3, depth 0 */
    error_0:
        pyc2c_traceback_here(ts, frame);
        s0 = PyErr_GetRaisedException();
        goto L3;

    /* exceptions at stack depth 0 with no handler: leave the frame */
    error_1:
        return NULL;


    /* exceptions at stack depth 2 in L3 to L4: handled at L6, depth 1, with lasti, releasing s1 */
    error_2:
        pyc2c_traceback_here(ts, frame);
        Py_DecRef(s1);
        s1 = PyLong_FromLong(PYC2C_GET_IP(frame, I));
        if (s1 == NULL) goto reraise_6;
        s2 = PyErr_GetRaisedException();
        goto L6;

    /* exceptions at stack depth 1 in L5 to L6: handled at L6, depth 1, with lasti */
    reraise_3:
        s1 = PyLong_FromLong(PYC2C_GET_IP(frame, I));
        if (s1 == NULL) goto reraise_3;
        s2 = PyErr_GetRaisedException();
        goto L6;

    /* exceptions at stack depth 3 with no handler: leave the frame, releasing s2, s1, s0 */
    error_4:
        Py_DecRef(s2);
        Py_DecRef(s1);
        Py_DecRef(s0);
        return NULL;


    /* exceptions at stack depth 2 with no handler: leave the frame, releasing s1, s0 */
    reraise_5:
        Py_DecRef(s1);
        Py_DecRef(s0);
        return pyc2c_reraise_exit(frame, I);


    /* exceptions at stack depth 1 in L3 to L4: handled at L6, depth 1, with lasti */
    reraise_6:
        s1 = PyLong_FromLong(PYC2C_GET_IP(frame, I));
        if (s1 == NULL) goto reraise_6;
        s2 = PyErr_GetRaisedException();
        goto L6;
}

/* body_2_safe_ratio's direct entry (pyc2c_code.enter): pyc2c_enter_frame with its counts as constants, and the body
 * inlined (PYC2C_FLATTEN: a small body, whose call would cost about as much). */
PYC2C_BODY PYC2C_FLATTEN PyObject *
enter_2_safe_ratio(PyThreadState *ts, PyFunctionObject *func, PyObject *const *args)
{
    return pyc2c_enter_frame(ts, func, args, 2, 2, 0, body_2_safe_ratio);
}
#endif

#if PYC2C_PART_OF(4)
/*
 * counter.<locals>.bump  (small.py, line 26)
 * args 0 (positional-only 0, keyword-only 0), locals ; free n
 * stack depth 2, 8 instructions
 */
PYC2C_BODY PyObject *
body_3_counter_locals_bump(PyThreadState *ts, _PyInterpreterFrame *frame)
{
    PyCodeObject *const co = PYC2C_FRAME_CODE(frame);
    PyObject **const fast = frame->localsplus;   /* locals, cells and free variables */
    PyObject *const *const K = PYC2C_TUPLE_ITEMS(co->co_consts);
    _Py_CODEUNIT *const I = _PyCode_CODE(co);   /* instruction addresses, for PYC2C_SET_IP */
    PyObject *s0;   /* the value stack, by depth */
    pyc2c_num n0;   /* unboxed numbers on the stack */
    pyc2c_num t;
    PyObject *r;
    (void)ts;
    (void)co;
    (void)fast;
    (void)I;

    /*    0       COPY_FREE_VARS           1   [run by the trampoline] */

    /* line 26:     def bump(): */
    /*    2       RESUME                   0 */

    /* line 28:         n += 1 */
    /*    4       LOAD_DEREF               0 (n) */
    PYC2C_SET_IP(frame, I, 2);
    r = PyCell_GET(fast[0]);
    if (r == NULL) {
        pyc2c_unbound_error(ts, PyTuple_GET_ITEM(co->co_localsplusnames, 0), 1);
        goto error_0;
    }
    s0 = Py_NewRef(r);

    /*    6       LOAD_CONST               1 (1)   [borrowed] */

    /*    8       BINARY_OP               13 (+=)   [num] */
    t = pyc2c_num_binary(pyc2c_num_of_object(s0), PYC2C_VIEW, pyc2c_num_const_int(K[1], INT64_C(1)), PYC2C_CINT, NB_INPLACE_ADD, I + 4);
    Py_DECREF(s0);
    if (t.o == NULL) goto error_0;
    n0 = t;

    /*   12       STORE_DEREF              0 (n) */
    s0 = pyc2c_num_box(n0);
    if (s0 == NULL) {
        PYC2C_SET_IP(frame, I, 4);
        goto error_1;
    }
    r = PyCell_GET(fast[0]);
    PyCell_SET(fast[0], s0);
    Py_XDECREF(r);

    /* line 29:         return n */
    /*   14       LOAD_DEREF               0 (n) */
    PYC2C_SET_IP(frame, I, 7);
    r = PyCell_GET(fast[0]);
    if (r == NULL) {
        pyc2c_unbound_error(ts, PyTuple_GET_ITEM(co->co_localsplusnames, 0), 1);
        goto error_0;
    }
    s0 = Py_NewRef(r);

    /*   16       RETURN_VALUE */
    PYC2C_SET_IP(frame, I, 8);
    return s0;

    /* Exception paths */
    /* exceptions at stack depth 0 with no handler: leave the frame */
    error_0:
        return NULL;


    /* exceptions at stack depth 1 with no handler: leave the frame, releasing n0 */
    error_1:
        pyc2c_num_clear(n0);
        return NULL;

}

/* body_3_counter_locals_bump's direct entry (pyc2c_code.enter): pyc2c_enter_frame with its counts as constants, and the body
 * inlined (PYC2C_FLATTEN: a small body, whose call would cost about as much). */
PYC2C_BODY PYC2C_FLATTEN PyObject *
enter_3_counter_locals_bump(PyThreadState *ts, PyFunctionObject *func, PyObject *const *args)
{
    return pyc2c_enter_frame(ts, func, args, 0, 1, 1, body_3_counter_locals_bump);
}
#endif

#if PYC2C_PART_OF(5)
/*
 * counter  (small.py, line 23)
 * args 0 (positional-only 0, keyword-only 0), locals bump; cells n
 * stack depth 2, 11 instructions
 */
PYC2C_BODY PyObject *
body_4_counter(PyThreadState *ts, _PyInterpreterFrame *frame)
{
    PyCodeObject *const co = PYC2C_FRAME_CODE(frame);
    PyObject **const fast = frame->localsplus;   /* locals, cells and free variables */
    PyObject *const *const K = PYC2C_TUPLE_ITEMS(co->co_consts);
    _Py_CODEUNIT *const I = _PyCode_CODE(co);   /* instruction addresses, for PYC2C_SET_IP */
    PyObject *s0;   /* the value stack, by depth */
    PyObject *r;
    (void)ts;
    (void)co;
    (void)fast;
    (void)I;

    /*    0       MAKE_CELL                1 (n)   [run by the trampoline] */

    /* line 23: def counter(): */
    /*    2       RESUME                   0 */

    /* line 24:     n = 0 */
    /*    4       LOAD_CONST               1 (0)   [borrowed] */

    /*    6       STORE_DEREF              1 (n) */
    r = PyCell_GET(fast[1]);
    PyCell_SET(fast[1], Py_NewRef(K[1]));
    Py_XDECREF(r);

    /* line 26:     def bump(): */
    /*    8       LOAD_CLOSURE             1 (n)   [borrowed] */
    if (PYC2C_UNLIKELY(fast[1] == NULL)) {
        PYC2C_SET_IP(frame, I, 4);
        pyc2c_unbound_error(ts, PyTuple_GET_ITEM(co->co_localsplusnames, 1), 0);
        goto error_0;
    }

    /*   10       BUILD_TUPLE              1 */
    PYC2C_SET_IP(frame, I, 5);
    r = PyTuple_New(1);
    if (r == NULL) {
    goto error_0;
    }
    PyTuple_SET_ITEM(r, 0, Py_NewRef(fast[1]));
    s0 = r;

    /*   12       LOAD_CONST               2 (<code object bump, file "small.py", line 26>)   [borrowed] */

    /*   14       MAKE_FUNCTION            8 (closure) */
    PYC2C_SET_IP(frame, I, 7);
    r = PyFunction_New(K[2], frame->f_globals);
    if (r == NULL) {
        Py_DECREF(s0);
    goto error_0;
    }
    ((PyFunctionObject *)r)->func_closure = s0;
    ((PyFunctionObject *)r)->func_version = ((PyCodeObject *)PyFunction_GET_CODE(r))->co_version;
    pyc2c_function_made((PyFunctionObject *)r);
    s0 = r;

    /*   16       STORE_FAST               0 (bump) */
    Py_XSETREF(fast[0], s0);

    /* line 30:     return bump */
    /*   18       LOAD_FAST                0 (bump)   [borrowed] */

    /*   20       RETURN_VALUE */
    PYC2C_SET_IP(frame, I, 10);
    return Py_NewRef(fast[0]);

    /* Exception paths */
    /* exceptions at stack depth 0 with no handler: leave the frame */
    error_0:
        return NULL;

}

/* body_4_counter's direct entry (pyc2c_code.enter): pyc2c_enter_frame with its counts as constants, and the body
 * inlined (PYC2C_FLATTEN: a small body, whose call would cost about as much). */
PYC2C_BODY PYC2C_FLATTEN PyObject *
enter_4_counter(PyThreadState *ts, PyFunctionObject *func, PyObject *const *args)
{
    return pyc2c_enter_frame(ts, func, args, 0, 2, 1, body_4_counter);
}
#endif

#if PYC2C_PART_OF(6)
/*
 * Greeter.greet  (small.py, line 34)
 * args 2 (positional-only 0, keyword-only 1), locals self, name, punct
 * stack depth 3, 8 instructions
 */
PYC2C_BODY PyObject *
body_5_Greeter_greet(PyThreadState *ts, _PyInterpreterFrame *frame)
{
    PyCodeObject *const co = PYC2C_FRAME_CODE(frame);
    PyObject **const fast = frame->localsplus;   /* locals, cells and free variables */
    PyObject *const *const K = PYC2C_TUPLE_ITEMS(co->co_consts);
    _Py_CODEUNIT *const I = _PyCode_CODE(co);   /* instruction addresses, for PYC2C_SET_IP */
    PyObject *s0, *s1, *s2;   /* the value stack, by depth */
    PyObject *r;
    (void)ts;
    (void)co;
    (void)fast;
    (void)I;

    /* line 34:     def greet(self, name, *, punct="!"): */
    /*    0       RESUME                   0 */

    /* line 35:         return f"Hello, {name}{punct}" */
    /*    2       LOAD_CONST               1 ('Hello, ')   [borrowed] */

    /*    4       LOAD_FAST                1 (name)   [borrowed] */

    /*    6       FORMAT_VALUE             0 */
    PYC2C_SET_IP(frame, I, 3);
    r = pyc2c_format_value(ts, fast[1], 0, NULL);
    if (r == NULL) goto error_0;
    s1 = r;

    /*    8       LOAD_FAST                2 (punct)   [borrowed] */

    /*   10       FORMAT_VALUE             0 */
    PYC2C_SET_IP(frame, I, 5);
    r = pyc2c_format_value(ts, fast[2], 0, NULL);
    if (r == NULL) goto error_1;
    s2 = r;

    /*   12       BUILD_STRING             3 */
    PYC2C_SET_IP(frame, I, 6);
    {
        PyObject *pieces[3] = {K[1], s1, s2};
        r = _PyUnicode_JoinArray(pyc2c_empty_str(), pieces, 3);
    }
    Py_DECREF(s1);
    Py_DECREF(s2);
    if (r == NULL) goto error_2;
    s0 = r;

    /*   14       RETURN_VALUE */
    PYC2C_SET_IP(frame, I, 7);
    return s0;

    /* Exception paths */
    /* exceptions at stack depth 1 with no handler: leave the frame */
    error_0:
        return NULL;


    /* exceptions at stack depth 2 with no handler: leave the frame, releasing s1 */
    error_1:
        Py_DecRef(s1);
        return NULL;


    /* exceptions at stack depth 0 with no handler: leave the frame */
    error_2:
        return NULL;

}
#endif

#if PYC2C_PART_OF(7)
/*
 * Greeter  (small.py, line 33)
 * args 0 (positional-only 0, keyword-only 0), locals 
 * stack depth 2, 12 instructions
 */
#include "pyc2c_cold_begin.h"
PYC2C_BODY PyObject *
body_6_Greeter(PyThreadState *ts, _PyInterpreterFrame *frame)
{
    PyCodeObject *const co = PYC2C_FRAME_CODE(frame);
    PyObject **const fast = frame->localsplus;   /* locals, cells and free variables */
    PyObject *const *const K = PYC2C_TUPLE_ITEMS(co->co_consts);
    PyObject *const *const N = PYC2C_TUPLE_ITEMS(co->co_names);
    _Py_CODEUNIT *const I = _PyCode_CODE(co);   /* instruction addresses, for PYC2C_SET_IP */
    PyObject *s0;   /* the value stack, by depth */
    PyObject *r;
    int e;
    (void)ts;
    (void)co;
    (void)fast;
    (void)I;

    /* line 33: class Greeter: */
    /*    0       RESUME                   0 */

    /*    2       LOAD_NAME                0 (__name__) */
    PYC2C_SET_IP(frame, I, 1);
    r = pyc2c_load_name(ts, frame, N[0]);
    if (r == NULL) goto error_0;
    s0 = r;

    /*    4       STORE_NAME               1 (__module__) */
    PYC2C_SET_IP(frame, I, 2);
    e = pyc2c_store_name(ts, frame, N[1], s0);
    Py_DECREF(s0);
    if (e < 0) goto error_0;

    /*    6       LOAD_CONST               0 ('Greeter')   [borrowed] */

    /*    8       STORE_NAME               2 (__qualname__) */
    PYC2C_SET_IP(frame, I, 4);
    e = pyc2c_store_name(ts, frame, N[2], K[0]);
    if (e < 0) goto error_0;

    /* line 34:     def greet(self, name, *, punct="!"): */
    /*   10       LOAD_CONST               1 ('!')   [borrowed] */

    /*   12       LOAD_CONST               2 (('punct',))   [borrowed] */

    /*   14       BUILD_CONST_KEY_MAP      1 */
    PYC2C_SET_IP(frame, I, 7);
    r = _PyDict_NewPresized(1);
    e = r == NULL ? -1 : 0;
    if (e == 0) e = PyDict_SetItem(r, PyTuple_GET_ITEM(K[2], 0), K[1]);
    if (e < 0) {
        Py_XDECREF(r);
        goto error_0;
    }
    s0 = r;

    /*   16       LOAD_CONST               3 (<code object greet, file "small.py", line 34>)   [borrowed] */

    /*   18       MAKE_FUNCTION            2 (kwdefaults) */
    PYC2C_SET_IP(frame, I, 9);
    r = PyFunction_New(K[3], frame->f_globals);
    if (r == NULL) {
        Py_DECREF(s0);
    goto error_0;
    }
    ((PyFunctionObject *)r)->func_kwdefaults = s0;
    ((PyFunctionObject *)r)->func_version = ((PyCodeObject *)PyFunction_GET_CODE(r))->co_version;
    pyc2c_function_made((PyFunctionObject *)r);
    s0 = r;

    /*   20       STORE_NAME               3 (greet) */
    PYC2C_SET_IP(frame, I, 10);
    e = pyc2c_store_name(ts, frame, N[3], s0);
    Py_DECREF(s0);
    if (e < 0) goto error_0;

    /*   22       RETURN_CONST             4 (None) */
    PYC2C_SET_IP(frame, I, 11);
    return Py_NewRef(K[4]);

    /* Exception paths */
    /* exceptions at stack depth 0 with no handler: leave the frame */
    error_0:
        return NULL;

}
#include "pyc2c_cold_end.h"
#endif

#if PYC2C_PART_OF(2)
/*
 * area  (small.py, line 38)
 * args 1 (positional-only 0, keyword-only 0), locals shape
 * stack depth 2, 12 instructions
 */
PYC2C_BODY PyObject *
body_7_area(PyThreadState *ts, _PyInterpreterFrame *frame)
{
    PyCodeObject *const co = PYC2C_FRAME_CODE(frame);
    PyObject **const fast = frame->localsplus;   /* locals, cells and free variables */
    PyObject *const *const N = PYC2C_TUPLE_ITEMS(co->co_names);
    _Py_CODEUNIT *const I = _PyCode_CODE(co);   /* instruction addresses, for PYC2C_SET_IP */
    PyObject *s0, *s1;   /* the value stack, by depth */
    pyc2c_num n0;   /* unboxed numbers on the stack */
    static pyc2c_attr_cache A[4];       /* LOAD_ATTR / STORE_ATTR caches */
    static pyc2c_call_cache C[1];       /* CALL caches */
    pyc2c_num t;
    PyObject *r;
    int e;
    (void)ts;
    (void)co;
    (void)fast;
    (void)I;

    /* line 38: def area(shape): */
    /*    0       RESUME                   0 */

    /* line 39:     shape.area = shape.width * shape.height */
    /*    2       LOAD_FAST                0 (shape)   [borrowed] */

    /*    4       LOAD_ATTR                0 (width) */
    PYC2C_SET_IP(frame, I, 2);
    r = pyc2c_load_attr(ts, fast[0], N[0], &A[0]);
    if (r == NULL) goto error_0;
    s0 = r;

    /*   24       LOAD_FAST                0 (shape)   [borrowed] */

    /*   26       LOAD_ATTR                2 (height) */
    PYC2C_SET_IP(frame, I, 13);
    r = pyc2c_load_attr(ts, fast[0], N[1], &A[1]);
    if (r == NULL) goto error_1;
    s1 = r;

    /*   46       BINARY_OP                5 (*)   [num] */
    t = pyc2c_num_binary(pyc2c_num_of_object(s0), PYC2C_VIEW, pyc2c_num_of_object(s1), PYC2C_VIEW, NB_MULTIPLY, I + 23);
    Py_DECREF(s0);
    Py_DECREF(s1);
    if (t.o == NULL) goto error_0;
    n0 = t;

    /*   50       LOAD_FAST                0 (shape)   [borrowed] */

    /*   52       STORE_ATTR               2 (area) */
    s0 = pyc2c_num_box(n0);
    if (s0 == NULL) {
        PYC2C_SET_IP(frame, I, 23);
        goto error_2;
    }
    PYC2C_SET_IP(frame, I, 26);
    e = pyc2c_store_attr(fast[0], N[2], s0, &A[2]);
    Py_DECREF(s0);
    if (e < 0) goto error_0;

    /* line 40:     return shape.describe() */
    /*   62       LOAD_FAST                0 (shape)   [borrowed] */

    /*   64       LOAD_ATTR                7 (NULL|self + describe) */
    PYC2C_SET_IP(frame, I, 32);
    if (pyc2c_load_method(ts, fast[0], N[3], &r, &A[3])) {
        s1 = Py_NewRef(fast[0]);
        s0 = r;
    }
    else {
    if (r == NULL) goto error_0;
        s0 = NULL;
        s1 = r;
    }

    /*   84       CALL                     0 */
    {
        PyObject *argv[2] = {s0, s1};
        if (argv[0] != NULL) {
            /* the method argv[0], with s1 as its first argument */
            r = pyc2c_call(ts, frame, I, 42, 45, argv[0], argv + 1,
                           1 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL, &C[0]);
            Py_DECREF(argv[0]);
        }
        else {
            r = pyc2c_call_cold(ts, frame, I, 42, 45, argv[1], argv + 2,
                                0 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
        }
    }
    Py_DECREF(s1);
    if (r == NULL) goto error_0;
    s0 = r;

    /*   92       RETURN_VALUE */
    PYC2C_SET_IP(frame, I, 46);
    return s0;

    /* Exception paths */
    /* exceptions at stack depth 0 with no handler: leave the frame */
    error_0:
        return NULL;


    /* exceptions at stack depth 1 with no handler: leave the frame, releasing s0 */
    error_1:
        Py_DecRef(s0);
        return NULL;


    /* exceptions at stack depth 2 with no handler: leave the frame, releasing n0 */
    error_2:
        pyc2c_num_clear(n0);
        return NULL;

}

/* body_7_area's direct entry (pyc2c_code.enter): pyc2c_enter_frame with its counts as constants, and the body
 * inlined (PYC2C_FLATTEN: a small body, whose call would cost about as much). */
PYC2C_BODY PYC2C_FLATTEN PyObject *
enter_7_area(PyThreadState *ts, PyFunctionObject *func, PyObject *const *args)
{
    return pyc2c_enter_frame(ts, func, args, 1, 1, 0, body_7_area);
}
#endif

#if PYC2C_PART_OF(3)
/*
 * <module>  (small.py, line 1)
 * args 0 (positional-only 0, keyword-only 0), locals 
 * stack depth 4, 27 instructions
 */
#include "pyc2c_cold_begin.h"
PYC2C_BODY PyObject *
body_8_module(PyThreadState *ts, _PyInterpreterFrame *frame)
{
    PyCodeObject *const co = PYC2C_FRAME_CODE(frame);
    PyObject **const fast = frame->localsplus;   /* locals, cells and free variables */
    PyObject *const *const K = PYC2C_TUPLE_ITEMS(co->co_consts);
    PyObject *const *const N = PYC2C_TUPLE_ITEMS(co->co_names);
    _Py_CODEUNIT *const I = _PyCode_CODE(co);   /* instruction addresses, for PYC2C_SET_IP */
    PyObject *s0, *s1, *s2;   /* the value stack, by depth */
    PyObject *r;
    int e;
    (void)ts;
    (void)co;
    (void)fast;
    (void)I;

    /* line 0: */
    /*    0       RESUME                   0 */

    /* line 1: """Small functions whose generated C is kept as golden files.""" */
    /*    2       LOAD_CONST               0 ('Small functions whose generated C is kept as golden files.')   [borrowed] */

    /*    4       STORE_NAME               0 (__doc__) */
    PYC2C_SET_IP(frame, I, 2);
    e = pyc2c_store_name(ts, frame, N[0], K[0]);
    if (e < 0) goto error_0;

    /* line 4: def add(a, b=1): */
    /*    6       LOAD_CONST               9 ((1,))   [borrowed] */

    /*    8       LOAD_CONST               1 (<code object add, file "small.py", line 4>)   [borrowed] */

    /*   10       MAKE_FUNCTION            1 (defaults) */
    PYC2C_SET_IP(frame, I, 5);
    r = PyFunction_New(K[1], frame->f_globals);
    if (r == NULL) {
    goto error_0;
    }
    ((PyFunctionObject *)r)->func_defaults = Py_NewRef(K[9]);
    ((PyFunctionObject *)r)->func_version = ((PyCodeObject *)PyFunction_GET_CODE(r))->co_version;
    pyc2c_function_made((PyFunctionObject *)r);
    s0 = r;

    /*   12       STORE_NAME               1 (add) */
    PYC2C_SET_IP(frame, I, 6);
    e = pyc2c_store_name(ts, frame, N[1], s0);
    Py_DECREF(s0);
    if (e < 0) goto error_0;

    /* line 8: def count_evens(items): */
    /*   14       LOAD_CONST               2 (<code object count_evens, file "small.py", line 8>)   [borrowed] */

    /*   16       MAKE_FUNCTION            0 */
    PYC2C_SET_IP(frame, I, 8);
    r = PyFunction_New(K[2], frame->f_globals);
    if (r == NULL) {
    goto error_0;
    }
    ((PyFunctionObject *)r)->func_version = ((PyCodeObject *)PyFunction_GET_CODE(r))->co_version;
    pyc2c_function_made((PyFunctionObject *)r);
    s0 = r;

    /*   18       STORE_NAME               2 (count_evens) */
    PYC2C_SET_IP(frame, I, 9);
    e = pyc2c_store_name(ts, frame, N[2], s0);
    Py_DECREF(s0);
    if (e < 0) goto error_0;

    /* line 16: def safe_ratio(x, y): */
    /*   20       LOAD_CONST               3 (<code object safe_ratio, file "small.py", line 16>)   [borrowed] */

    /*   22       MAKE_FUNCTION            0 */
    PYC2C_SET_IP(frame, I, 11);
    r = PyFunction_New(K[3], frame->f_globals);
    if (r == NULL) {
    goto error_0;
    }
    ((PyFunctionObject *)r)->func_version = ((PyCodeObject *)PyFunction_GET_CODE(r))->co_version;
    pyc2c_function_made((PyFunctionObject *)r);
    s0 = r;

    /*   24       STORE_NAME               3 (safe_ratio) */
    PYC2C_SET_IP(frame, I, 12);
    e = pyc2c_store_name(ts, frame, N[3], s0);
    Py_DECREF(s0);
    if (e < 0) goto error_0;

    /* line 23: def counter(): */
    /*   26       LOAD_CONST               4 (<code object counter, file "small.py", line 23>)   [borrowed] */

    /*   28       MAKE_FUNCTION            0 */
    PYC2C_SET_IP(frame, I, 14);
    r = PyFunction_New(K[4], frame->f_globals);
    if (r == NULL) {
    goto error_0;
    }
    ((PyFunctionObject *)r)->func_version = ((PyCodeObject *)PyFunction_GET_CODE(r))->co_version;
    pyc2c_function_made((PyFunctionObject *)r);
    s0 = r;

    /*   30       STORE_NAME               4 (counter) */
    PYC2C_SET_IP(frame, I, 15);
    e = pyc2c_store_name(ts, frame, N[4], s0);
    Py_DECREF(s0);
    if (e < 0) goto error_0;

    /* line 33: class Greeter: */
    /*   32       PUSH_NULL   [null] */

    /*   34       LOAD_BUILD_CLASS */
    PYC2C_SET_IP(frame, I, 17);
    r = pyc2c_load_build_class(ts, frame->f_builtins);
    if (r == NULL) goto error_1;
    s1 = r;

    /*   36       LOAD_CONST               5 (<code object Greeter, file "small.py", line 33>)   [borrowed] */

    /*   38       MAKE_FUNCTION            0 */
    PYC2C_SET_IP(frame, I, 19);
    r = PyFunction_New(K[5], frame->f_globals);
    if (r == NULL) {
    goto error_2;
    }
    ((PyFunctionObject *)r)->func_version = ((PyCodeObject *)PyFunction_GET_CODE(r))->co_version;
    pyc2c_function_made((PyFunctionObject *)r);
    s2 = r;

    /*   40       LOAD_CONST               6 ('Greeter')   [borrowed] */

    /*   42       CALL                     2 */
    {
        PyObject *argv[4] = {NULL, s1, s2, K[6]};
        r = pyc2c_call_cold(ts, frame, I, 21, 24, argv[1], argv + 2,
                       2 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
    }
    Py_DECREF(s1);
    Py_DECREF(s2);
    if (r == NULL) goto error_0;
    s0 = r;

    /*   50       STORE_NAME               5 (Greeter) */
    PYC2C_SET_IP(frame, I, 25);
    e = pyc2c_store_name(ts, frame, N[5], s0);
    Py_DECREF(s0);
    if (e < 0) goto error_0;

    /* line 38: def area(shape): */
    /*   52       LOAD_CONST               7 (<code object area, file "small.py", line 38>)   [borrowed] */

    /*   54       MAKE_FUNCTION            0 */
    PYC2C_SET_IP(frame, I, 27);
    r = PyFunction_New(K[7], frame->f_globals);
    if (r == NULL) {
    goto error_0;
    }
    ((PyFunctionObject *)r)->func_version = ((PyCodeObject *)PyFunction_GET_CODE(r))->co_version;
    pyc2c_function_made((PyFunctionObject *)r);
    s0 = r;

    /*   56       STORE_NAME               6 (area) */
    PYC2C_SET_IP(frame, I, 28);
    e = pyc2c_store_name(ts, frame, N[6], s0);
    Py_DECREF(s0);
    if (e < 0) goto error_0;

    /*   58       RETURN_CONST             8 (None) */
    PYC2C_SET_IP(frame, I, 29);
    return Py_NewRef(K[8]);

    /* Exception paths */
    /* exceptions at stack depth 0 with no handler: leave the frame */
    error_0:
        return NULL;


    /* exceptions at stack depth 1 with no handler: leave the frame */
    error_1:
        return NULL;


    /* exceptions at stack depth 2 with no handler: leave the frame, releasing s1 */
    error_2:
        Py_DecRef(s1);
        return NULL;

}
#include "pyc2c_cold_end.h"
#endif

#if PYC2C_PART == 0
/* The compiled bodies, by the number in each trampoline's marker constant. */
static const pyc2c_code pyc2c_codes[] = {
    {"add", body_0_add, 1, 2, 2, 0, 1, 0, enter_0_add, 0, 0, 0, 0}, /* add, line 4 */
    {"count_evens", body_1_count_evens, 1, 1, 3, 0, 4, 0, enter_1_count_evens, 0, 0, 0, 0}, /* count_evens, line 8 */
    {"safe_ratio", body_2_safe_ratio, 1, 2, 2, 0, 1, 1, enter_2_safe_ratio, 0, 0, 0, 0}, /* safe_ratio, line 16 */
    {"counter.<locals>.bump", body_3_counter_locals_bump, 1, 0, 1, 1, 2, 0, enter_3_counter_locals_bump, 0, 0, 0, 0}, /* counter.<locals>.bump, line 26 */
    {"counter", body_4_counter, 1, 0, 2, 1, 3, 0, enter_4_counter, 0, 0, 0, 0}, /* counter, line 23 */
    {"Greeter.greet", body_5_Greeter_greet, 0, 2, 3, 0, 2, 0, NULL, 0, 0, 0, 0}, /* Greeter.greet, line 34 */
    {"Greeter", body_6_Greeter, 0, 0, 0, 0, 5, 4, NULL, 0, 0, 0, 0}, /* Greeter, line 33 */
    {"area", body_7_area, 1, 1, 1, 0, 1, 4, enter_7_area, 0, 0, 0, 0}, /* area, line 38 */
    {"<module>", body_8_module, 0, 0, 0, 0, 10, 7, NULL, 0, 0, 0, 0}, /* <module>, line 1 */
    {NULL, NULL, 0, 0, 0, 0, 0, 0, NULL, 0, 0, 0, 0}
};

/* The module's code objects, marshalled: compiled ones as trampolines into the bodies above. */
static const unsigned char pyc2c_code_data[] = {
    0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x73, 0x3c, 0x00, 0x00, 0x00, 0x97, 0x00, 0x64, 0x0a, 0x0b, 0x00,
    0x53, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00,
    0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00,
    0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00,
    0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x29, 0x0b, 0x7a, 0x3a, 0x53, 0x6d, 0x61, 0x6c, 0x6c, 0x20,
    0x66, 0x75, 0x6e, 0x63, 0x74, 0x69, 0x6f, 0x6e, 0x73, 0x20, 0x77, 0x68, 0x6f, 0x73, 0x65, 0x20,
    0x67, 0x65, 0x6e, 0x65, 0x72, 0x61, 0x74, 0x65, 0x64, 0x20, 0x43, 0x20, 0x69, 0x73, 0x20, 0x6b,
    0x65, 0x70, 0x74, 0x20, 0x61, 0x73, 0x20, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x20, 0x66, 0x69,
    0x6c, 0x65, 0x73, 0x2e, 0x63, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x02, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x73, 0x0c, 0x00, 0x00, 0x00, 0x97, 0x00,
    0x64, 0x01, 0x0b, 0x00, 0x53, 0x00, 0x09, 0x00, 0x09, 0x00, 0x29, 0x02, 0x4e, 0x7a, 0x08, 0x00,
    0x70, 0x79, 0x63, 0x32, 0x63, 0x3a, 0x30, 0xa9, 0x00, 0x29, 0x02, 0xda, 0x01, 0x61, 0xda, 0x01,
    0x62, 0x73, 0x02, 0x00, 0x00, 0x00, 0x20, 0x20, 0xfa, 0x08, 0x73, 0x6d, 0x61, 0x6c, 0x6c, 0x2e,
    0x70, 0x79, 0xda, 0x03, 0x61, 0x64, 0x64, 0x72, 0x04, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00,
    0x73, 0x0b, 0x00, 0x00, 0x00, 0x80, 0x00, 0xd8, 0x0b, 0x0c, 0x88, 0x71, 0x89, 0x35, 0x80, 0x4c,
    0x73, 0x00, 0x00, 0x00, 0x00, 0x63, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x73, 0x34, 0x00, 0x00, 0x00, 0x97,
    0x00, 0x64, 0x04, 0x0b, 0x00, 0x53, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09,
    0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09,
    0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09,
    0x00, 0x09, 0x00, 0x29, 0x05, 0x4e, 0xe9, 0x00, 0x00, 0x00, 0x00, 0xe9, 0x02, 0x00, 0x00, 0x00,
    0xe9, 0x01, 0x00, 0x00, 0x00, 0x7a, 0x08, 0x00, 0x70, 0x79, 0x63, 0x32, 0x63, 0x3a, 0x31, 0x72,
    0x00, 0x00, 0x00, 0x00, 0x29, 0x03, 0xda, 0x05, 0x69, 0x74, 0x65, 0x6d, 0x73, 0xda, 0x05, 0x74,
    0x6f, 0x74, 0x61, 0x6c, 0xda, 0x01, 0x78, 0x73, 0x03, 0x00, 0x00, 0x00, 0x20, 0x20, 0x20, 0x72,
    0x03, 0x00, 0x00, 0x00, 0xda, 0x0b, 0x63, 0x6f, 0x75, 0x6e, 0x74, 0x5f, 0x65, 0x76, 0x65, 0x6e,
    0x73, 0x72, 0x0b, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x73, 0x31, 0x00, 0x00, 0x00, 0x80,
    0x00, 0xd8, 0x0c, 0x0d, 0x80, 0x45, 0xd8, 0x0d, 0x12, 0xf2, 0x00, 0x02, 0x05, 0x17, 0x88, 0x01,
    0xd8, 0x0b, 0x0c, 0x88, 0x71, 0x89, 0x35, 0x90, 0x41, 0x8b, 0x3a, 0xd8, 0x0c, 0x11, 0x90, 0x51,
    0x89, 0x4a, 0x89, 0x45, 0xf0, 0x05, 0x02, 0x05, 0x17, 0xf0, 0x06, 0x00, 0x0c, 0x11, 0x80, 0x4c,
    0x73, 0x00, 0x00, 0x00, 0x00, 0x63, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x73, 0x2c, 0x00, 0x00, 0x00, 0x97,
    0x00, 0x64, 0x01, 0x0b, 0x00, 0x53, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09,
    0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09,
    0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x29, 0x02, 0x4e, 0x7a, 0x08,
    0x00, 0x70, 0x79, 0x63, 0x32, 0x63, 0x3a, 0x32, 0x29, 0x01, 0xda, 0x11, 0x5a, 0x65, 0x72, 0x6f,
    0x44, 0x69, 0x76, 0x69, 0x73, 0x69, 0x6f, 0x6e, 0x45, 0x72, 0x72, 0x6f, 0x72, 0x29, 0x02, 0x72,
    0x0a, 0x00, 0x00, 0x00, 0xda, 0x01, 0x79, 0x73, 0x02, 0x00, 0x00, 0x00, 0x20, 0x20, 0x72, 0x03,
    0x00, 0x00, 0x00, 0xda, 0x0a, 0x73, 0x61, 0x66, 0x65, 0x5f, 0x72, 0x61, 0x74, 0x69, 0x6f, 0x72,
    0x0e, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x73, 0x22, 0x00, 0x00, 0x00, 0x80, 0x00, 0xf0,
    0x02, 0x03, 0x05, 0x14, 0xd8, 0x0f, 0x10, 0x90, 0x31, 0x89, 0x75, 0x88, 0x0c, 0xf8, 0xdc, 0x0b,
    0x1c, 0xf2, 0x00, 0x01, 0x05, 0x14, 0xd9, 0x0f, 0x13, 0xf0, 0x03, 0x01, 0x05, 0x14, 0xfa, 0x73,
    0x00, 0x00, 0x00, 0x00, 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x02, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x73, 0x16, 0x00, 0x00, 0x00, 0x87, 0x01,
    0x97, 0x00, 0x64, 0x03, 0x0b, 0x00, 0x53, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00,
    0x09, 0x00, 0x09, 0x00, 0x29, 0x04, 0x4e, 0x72, 0x05, 0x00, 0x00, 0x00, 0x63, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x13, 0x00, 0x00,
    0x00, 0x73, 0x12, 0x00, 0x00, 0x00, 0x95, 0x01, 0x97, 0x00, 0x64, 0x02, 0x0b, 0x00, 0x53, 0x00,
    0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x29, 0x03, 0x4e, 0x72, 0x07, 0x00, 0x00, 0x00,
    0x7a, 0x08, 0x00, 0x70, 0x79, 0x63, 0x32, 0x63, 0x3a, 0x33, 0x72, 0x00, 0x00, 0x00, 0x00, 0x29,
    0x01, 0xda, 0x01, 0x6e, 0x73, 0x01, 0x00, 0x00, 0x00, 0x80, 0x72, 0x03, 0x00, 0x00, 0x00, 0xda,
    0x04, 0x62, 0x75, 0x6d, 0x70, 0x7a, 0x15, 0x63, 0x6f, 0x75, 0x6e, 0x74, 0x65, 0x72, 0x2e, 0x3c,
    0x6c, 0x6f, 0x63, 0x61, 0x6c, 0x73, 0x3e, 0x2e, 0x62, 0x75, 0x6d, 0x70, 0x1a, 0x00, 0x00, 0x00,
    0x73, 0x11, 0x00, 0x00, 0x00, 0xf8, 0x80, 0x00, 0xe0, 0x08, 0x09, 0x88, 0x51, 0x89, 0x06, 0x88,
    0x01, 0xd8, 0x0f, 0x10, 0x88, 0x08, 0x73, 0x00, 0x00, 0x00, 0x00, 0x7a, 0x08, 0x00, 0x70, 0x79,
    0x63, 0x32, 0x63, 0x3a, 0x34, 0x72, 0x00, 0x00, 0x00, 0x00, 0x29, 0x02, 0x72, 0x10, 0x00, 0x00,
    0x00, 0x72, 0x0f, 0x00, 0x00, 0x00, 0x73, 0x02, 0x00, 0x00, 0x00, 0x20, 0x40, 0x72, 0x03, 0x00,
    0x00, 0x00, 0xda, 0x07, 0x63, 0x6f, 0x75, 0x6e, 0x74, 0x65, 0x72, 0x72, 0x11, 0x00, 0x00, 0x00,
    0x17, 0x00, 0x00, 0x00, 0x73, 0x14, 0x00, 0x00, 0x00, 0xf8, 0x80, 0x00, 0xd8, 0x08, 0x09, 0x80,
    0x41, 0xf4, 0x04, 0x03, 0x05, 0x11, 0xf0, 0x08, 0x00, 0x0c, 0x10, 0x80, 0x4b, 0x73, 0x00, 0x00,
    0x00, 0x00, 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x73, 0x18, 0x00, 0x00, 0x00, 0x97, 0x00, 0x64, 0x05,
    0x0b, 0x00, 0x53, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00,
    0x09, 0x00, 0x09, 0x00, 0x29, 0x06, 0xda, 0x07, 0x47, 0x72, 0x65, 0x65, 0x74, 0x65, 0x72, 0xfa,
    0x01, 0x21, 0x29, 0x01, 0xda, 0x05, 0x70, 0x75, 0x6e, 0x63, 0x74, 0x63, 0x02, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00,
    0x73, 0x10, 0x00, 0x00, 0x00, 0x97, 0x00, 0x64, 0x02, 0x0b, 0x00, 0x53, 0x00, 0x09, 0x00, 0x09,
    0x00, 0x09, 0x00, 0x09, 0x00, 0x29, 0x03, 0x4e, 0x7a, 0x07, 0x48, 0x65, 0x6c, 0x6c, 0x6f, 0x2c,
    0x20, 0x7a, 0x08, 0x00, 0x70, 0x79, 0x63, 0x32, 0x63, 0x3a, 0x35, 0x72, 0x00, 0x00, 0x00, 0x00,
    0x29, 0x03, 0xda, 0x04, 0x73, 0x65, 0x6c, 0x66, 0xda, 0x04, 0x6e, 0x61, 0x6d, 0x65, 0x72, 0x14,
    0x00, 0x00, 0x00, 0x73, 0x03, 0x00, 0x00, 0x00, 0x20, 0x20, 0x20, 0x72, 0x03, 0x00, 0x00, 0x00,
    0xda, 0x05, 0x67, 0x72, 0x65, 0x65, 0x74, 0x7a, 0x0d, 0x47, 0x72, 0x65, 0x65, 0x74, 0x65, 0x72,
    0x2e, 0x67, 0x72, 0x65, 0x65, 0x74, 0x22, 0x00, 0x00, 0x00, 0x73, 0x13, 0x00, 0x00, 0x00, 0x80,
    0x00, 0xd8, 0x11, 0x18, 0x98, 0x14, 0x98, 0x06, 0x98, 0x75, 0x98, 0x67, 0xd0, 0x0f, 0x26, 0xd0,
    0x08, 0x26, 0x73, 0x00, 0x00, 0x00, 0x00, 0x4e, 0x7a, 0x08, 0x00, 0x70, 0x79, 0x63, 0x32, 0x63,
    0x3a, 0x36, 0x29, 0x04, 0xda, 0x08, 0x5f, 0x5f, 0x6e, 0x61, 0x6d, 0x65, 0x5f, 0x5f, 0xda, 0x0a,
    0x5f, 0x5f, 0x6d, 0x6f, 0x64, 0x75, 0x6c, 0x65, 0x5f, 0x5f, 0xda, 0x0c, 0x5f, 0x5f, 0x71, 0x75,
    0x61, 0x6c, 0x6e, 0x61, 0x6d, 0x65, 0x5f, 0x5f, 0x72, 0x17, 0x00, 0x00, 0x00, 0x72, 0x00, 0x00,
    0x00, 0x00, 0xf3, 0x00, 0x00, 0x00, 0x00, 0x72, 0x03, 0x00, 0x00, 0x00, 0x72, 0x12, 0x00, 0x00,
    0x00, 0x72, 0x12, 0x00, 0x00, 0x00, 0x21, 0x00, 0x00, 0x00, 0x73, 0x0a, 0x00, 0x00, 0x00, 0x84,
    0x00, 0xd8, 0x23, 0x26, 0xf5, 0x00, 0x01, 0x05, 0x27, 0x73, 0x00, 0x00, 0x00, 0x00, 0x72, 0x12,
    0x00, 0x00, 0x00, 0x63, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x02, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x73, 0x5e, 0x00, 0x00, 0x00, 0x97, 0x00, 0x64,
    0x01, 0x0b, 0x00, 0x53, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09,
    0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09,
    0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09,
    0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09,
    0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09,
    0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x09, 0x00, 0x29, 0x02, 0x4e, 0x7a, 0x08,
    0x00, 0x70, 0x79, 0x63, 0x32, 0x63, 0x3a, 0x37, 0x29, 0x04, 0xda, 0x05, 0x77, 0x69, 0x64, 0x74,
    0x68, 0xda, 0x06, 0x68, 0x65, 0x69, 0x67, 0x68, 0x74, 0xda, 0x04, 0x61, 0x72, 0x65, 0x61, 0xda,
    0x08, 0x64, 0x65, 0x73, 0x63, 0x72, 0x69, 0x62, 0x65, 0x29, 0x01, 0xda, 0x05, 0x73, 0x68, 0x61,
    0x70, 0x65, 0x73, 0x01, 0x00, 0x00, 0x00, 0x20, 0x72, 0x03, 0x00, 0x00, 0x00, 0x72, 0x1e, 0x00,
    0x00, 0x00, 0x72, 0x1e, 0x00, 0x00, 0x00, 0x26, 0x00, 0x00, 0x00, 0x73, 0x23, 0x00, 0x00, 0x00,
    0x80, 0x00, 0xd8, 0x11, 0x16, 0x97, 0x1b, 0x91, 0x1b, 0x98, 0x75, 0x9f, 0x7c, 0x99, 0x7c, 0xd1,
    0x11, 0x2b, 0x80, 0x45, 0x84, 0x4a, 0xd8, 0x0b, 0x10, 0x8f, 0x3e, 0x89, 0x3e, 0xd3, 0x0b, 0x1b,
    0xd0, 0x04, 0x1b, 0x73, 0x00, 0x00, 0x00, 0x00, 0x4e, 0x29, 0x01, 0x72, 0x07, 0x00, 0x00, 0x00,
    0x7a, 0x08, 0x00, 0x70, 0x79, 0x63, 0x32, 0x63, 0x3a, 0x38, 0x29, 0x07, 0xda, 0x07, 0x5f, 0x5f,
    0x64, 0x6f, 0x63, 0x5f, 0x5f, 0x72, 0x04, 0x00, 0x00, 0x00, 0x72, 0x0b, 0x00, 0x00, 0x00, 0x72,
    0x0e, 0x00, 0x00, 0x00, 0x72, 0x11, 0x00, 0x00, 0x00, 0x72, 0x12, 0x00, 0x00, 0x00, 0x72, 0x1e,
    0x00, 0x00, 0x00, 0x72, 0x00, 0x00, 0x00, 0x00, 0x72, 0x1b, 0x00, 0x00, 0x00, 0x72, 0x03, 0x00,
    0x00, 0x00, 0xfa, 0x08, 0x3c, 0x6d, 0x6f, 0x64, 0x75, 0x6c, 0x65, 0x3e, 0x72, 0x22, 0x00, 0x00,
    0x00, 0x01, 0x00, 0x00, 0x00, 0x73, 0x2b, 0x00, 0x00, 0x00, 0xf0, 0x03, 0x01, 0x01, 0x01, 0xd9,
    0x00, 0x40, 0xf3, 0x06, 0x01, 0x01, 0x11, 0xf2, 0x08, 0x05, 0x01, 0x11, 0xf2, 0x10, 0x04, 0x01,
    0x14, 0xf2, 0x0e, 0x07, 0x01, 0x10, 0xf7, 0x14, 0x02, 0x01, 0x27, 0xf1, 0x00, 0x02, 0x01, 0x27,
    0xf3, 0x0a, 0x02, 0x01, 0x1c, 0x73, 0x00, 0x00, 0x00, 0x00,
};

static const pyc2c_module_def pyc2c_def = {
    pyc2c_code_data, (Py_ssize_t)sizeof pyc2c_code_data, pyc2c_codes, 9
};

static int
pyc2c_exec(PyObject *module)
{
    return pyc2c_exec_module(module, &pyc2c_def);
}

static PyModuleDef_Slot pyc2c_slots[] = {
    {Py_mod_exec, (void *)pyc2c_exec},
#if PY_VERSION_HEX >= 0x030C0000
    {Py_mod_multiple_interpreters, Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED},
#endif
    {0, NULL}
};

static struct PyModuleDef pyc2c_module = {
    PyModuleDef_HEAD_INIT, "small", NULL, 0, NULL, pyc2c_slots, NULL, NULL, NULL
};

PyMODINIT_FUNC
PyInit_small(void)
{
    return PyModuleDef_Init(&pyc2c_module);
}
#endif /* PYC2C_PART == 0 */
