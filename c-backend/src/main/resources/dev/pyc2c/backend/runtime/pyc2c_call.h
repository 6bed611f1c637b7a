/*
 * pyc2c runtime: the direct entry of a compiled function (CPython 3.12).
 *
 * A compiled call site that calls a compiled function taking only positional parameters with exactly
 * those, and the vectorcall of compiled functions, enter its body through pyc2c_enter (pyc2c_core.c):
 * it does what the interpreter's CALL_PY_EXACT_ARGS, RESUME and RETURN_VALUE do around the body, on
 * the thread's frame stack, with none of the general binding.
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
    if (PYC2C_LIKELY(co->_co_instrumentation_version == ts->interp->monitoring_version
                     && co->_co_monitoring == NULL)) {
        return 0;
    }
    return pyc2c_monitored_slow(ts, co);
}

#endif /* PYC2C_DIRECT_CALLS */

#endif /* PYC2C_CALL_H */
