/*
 * pyc2c runtime: the direct entry of a compiled function (CPython 3.11 to 3.14; the frame layer,
 * pyc2c_frame.h, spells what differs: 3.14's slots are stack references).
 *
 * A compiled call site that calls a compiled function taking only positional parameters with exactly
 * those, and the vectorcall of compiled functions, enter its body through pyc2c_enter_frame: it does
 * what the interpreter's CALL_PY_EXACT_ARGS, RESUME and RETURN_VALUE do around the body, on the
 * thread's frame stack, with none of the general binding. The runtime's pyc2c_enter is it for any
 * code; a module gives each hot code object its own copy (pyc2c_code.enter), where the counts of
 * arguments and locals are constants and the body a direct call.
 *
 * Anything it does not handle exactly (no room in the current data-stack chunk, a monitored code
 * object) goes the general way (pyc2c_call_compiled, or the interpreter), which produces the same
 * frames, events and errors.
 */
#ifndef PYC2C_CALL_H
#define PYC2C_CALL_H

#include "pyc2c_python.h"

#if PYC2C_DIRECT_CALLS

/* Whether sys.monitoring (which is also how settrace and setprofile work in 3.12) may want events from
 * code: the interpreter brings a code object up to date at its RESUME, and changes its
 * monitoring_version whenever what is monitored changes; a current code object without local
 * monitors has nobody listening. */
static inline int
pyc2c_monitored(PyThreadState *ts, PyCodeObject *co)
{
#ifdef PYC2C_TRACING
    /* 3.11: settrace and setprofile (the thread's use_tracing) are all that may watch a call. */
    (void)co;
    return PYC2C_TRACING(ts);
#else
    if (PYC2C_LIKELY(co->_co_instrumentation_version == PYC2C_MONITORING_VERSION(ts)
                     && co->_co_monitoring == NULL)) {
        return 0;
    }
    return pyc2c_monitored_slow(ts, co);
#endif
}

/*
 * Pops a directly pushed frame, already unlinked, with nlocals locals, cells and free variables: what
 * clear_thread_frame does when no frame object outlives the call, inline; pyc2c_clear_frame otherwise.
 */
static PYC2C_ALWAYS_INLINE void
pyc2c_pop_frame(PyThreadState *ts, _PyInterpreterFrame *frame, const int nlocals)
{
    if (PYC2C_LIKELY(frame->frame_obj == NULL)) {
        pyc2c_local *locals = frame->localsplus;
        if (PYC2C_CLEARS_LOCALS_DOWN) {
            for (int i = nlocals - 1; i >= 0; i--) {
                PYC2C_LOCAL_XCLOSE(locals[i]);
            }
        }
        else {
            for (int i = 0; i < nlocals; i++) {
                PYC2C_LOCAL_XCLOSE(locals[i]);
            }
        }
        Py_XDECREF(frame->f_locals);
        PYC2C_FRAME_RELEASE(frame);
        ts->datastack_top = (PyObject **)frame;
    }
    else {
        pyc2c_clear_frame(ts, frame);
    }
}

/*
 * Runs `body` on a frame just pushed for func (its code co, with nlocals locals, cells and free variables, cells
 * set if any of them are cells or free variables), its arguments bound: what the interpreter does from the
 * frame's push through the trampoline's RESUME to RETURN_VALUE and the frame's pop.
 */
static PYC2C_ALWAYS_INLINE PyObject *
pyc2c_run_frame(PyThreadState *ts, _PyInterpreterFrame *frame, PyFunctionObject *func, PyCodeObject *co,
                const int nlocals, const int cells, pyc2c_body body)
{
    frame->previous = PYC2C_CURRENT_FRAME(ts);
    PYC2C_SET_CURRENT_FRAME(ts, frame);
    PyObject *result = NULL;
    if (PYC2C_UNLIKELY(PYC2C_PY_RECURSION_REMAINING(ts)-- <= 0) && pyc2c_python_recursion_error(ts) < 0) {
        goto exit; /* the frame has not started: no traceback entry */
    }
    if (cells) {
        /* MAKE_CELL (out of line), then COPY_FREE_VARS inline (a closure, a method naming super or __class__) */
        if (co->co_ncellvars != 0 && pyc2c_make_cells(frame, co) < 0) {
            goto exit;
        }
        int nfree = co->co_nfreevars;
        pyc2c_local *free = frame->localsplus + (co->co_nlocalsplus - nfree);
        for (int i = 0; i < nfree; i++) {
            free[i] = PYC2C_LOCAL_NEW(PyTuple_GET_ITEM(func->func_closure, i));
        }
    }
    /* The trampoline's RESUME: from here the frame is complete (visible to sys._getframe()). */
    PYC2C_SET_IP(frame, _PyCode_CODE(co), co->_co_firsttraceable);
    PYC2C_HIDDEN_IP_SLOT_AT(frame, nlocals) = 0; /* none hidden */
    if (PYC2C_UNLIKELY(PYC2C_EVAL_BREAKER(ts)) && pyc2c_handle_pending(ts) < 0) {
        goto error;
    }
    /* The C stack: checked every 8th level of Python recursion (a thread-local read costs as much as the rest
     * of the call); 8 bodies' C frames fit many times in the guard's margin. */
    if (PYC2C_UNLIKELY((PYC2C_PY_RECURSION_REMAINING(ts) & 7) == 0) && pyc2c_stack_check() < 0) {
        goto error;
    }
    result = body(ts, frame);
    if (result == NULL) {
    error:
        pyc2c_frame_error(ts, frame);
    }
exit:
    PYC2C_PY_RECURSION_REMAINING(ts)++;
    PYC2C_SET_CURRENT_FRAME(ts, frame->previous);
    pyc2c_pop_frame(ts, frame, nlocals);
    return result;
}

/*
 * The direct entry: func's code is the trampoline of `body`, which takes exactly argc positional
 * arguments (args, borrowed) and has nlocals locals, cells and free variables (co_nlocalsplus), cells
 * set if any of them are cells or free variables.
 */
static PYC2C_ALWAYS_INLINE PyObject *
pyc2c_enter_frame(PyThreadState *ts, PyFunctionObject *func, PyObject *const *args, const int argc,
                  const int nlocals, const int cells, pyc2c_body body)
{
    PyCodeObject *co = (PyCodeObject *)func->func_code;
    if (PYC2C_UNLIKELY(!_PyThreadState_HasStackSpace(ts, PYC2C_FRAME_SIZE(co))) || pyc2c_monitored(ts, co)) {
        return PYC2C_FUNCTION_VECTORCALL((PyObject *)func, args, (size_t)argc, NULL);
    }
    /* what CALL_PY_EXACT_ARGS does (_PyFrame_PushUnchecked, _PyFrame_Initialize), with nlocals, which is
     * co->co_nlocalsplus, a constant in a module's own entries; the locals are set here rather than by
     * _PyFrame_Initialize's loop */
    _PyInterpreterFrame *frame = (_PyInterpreterFrame *)ts->datastack_top;
    ts->datastack_top += PYC2C_FRAME_SIZE(co);
    PYC2C_FRAME_INIT(frame, func, co, nlocals);
    pyc2c_local *locals = frame->localsplus;
    for (int i = 0; i < argc; i++) {
        locals[i] = PYC2C_LOCAL_NEW(args[i]);
    }
    for (int i = argc; i < nlocals; i++) {
        locals[i] = PYC2C_LOCAL_NULL;
    }
    return pyc2c_run_frame(ts, frame, func, co, nlocals, cells, body);
}

#endif /* PYC2C_DIRECT_CALLS */

#endif /* PYC2C_CALL_H */
