/*
 * pyc2c runtime: the frame layer, what the runtime and generated code know of the interpreter's frames and
 * thread state, one file per CPython version (pyc2c_frame311.h, pyc2c_frame312.h, pyc2c_frame313.h). A new
 * version is a new file here, defining the same names:
 *
 *   PYC2C_CURRENT_FRAME(ts)            the thread's current interpreter frame
 *   PYC2C_SET_CURRENT_FRAME(ts, f)     makes f the thread's current frame
 *   PYC2C_FRAME_CODE(f)                the frame's code object (PyCodeObject *)
 *   PYC2C_SET_IP(frame, first, unit)   points the frame at code unit `unit` of the code starting at `first`:
 *                                      the instruction it executes, as the interpreter leaves it for
 *                                      f_lasti, f_lineno and tracebacks
 *   PYC2C_SET_IP_AT(frame, ip)         the same, by address
 *   PYC2C_GET_IP(frame, first)         the code unit the frame points at
 *   PYC2C_FRAME_LOCAL(frame, i)        the object in fast-local slot i (borrowed)
 *   PYC2C_HIDDEN_IP_SLOT(frame)        the frame's first value-stack slot, of type pyc2c_hidden_ip (pyc2c.h)
 *   PYC2C_HIDDEN_IP_TAG_BITS           the low bits, all set, that tag the instruction kept there (1 here)
 *   PYC2C_KEEP_LINENO(frame)           makes a frame object of the frame (if it has one) report the line the frame's
 *                                      instruction pointer gives now, however the interpreter moves the pointer
 *                                      before the frame goes (3.11: the trampoline's RETURN_VALUE, or a re-raise's
 *                                      hidden pointer); nothing where the version's frames need nothing
 *   PYC2C_EVAL_BREAKER(ts)             non-zero when the eval breaker asks for attention (signals, pending
 *                                      calls, GC, a thread switch, an asynchronous exception)
 *   PYC2C_DIRECT_CALLS                 1 if the version has pyc2c's direct calls (pyc2c_call.h), which also
 *                                      need:
 *   PYC2C_MONITORING_VERSION(ts)       the instrumentation version a code object is up to date with when
 *                                      nobody monitors anything new (sys.monitoring: 3.12 on), or
 *   PYC2C_TRACING(ts)                  non-zero when settrace or setprofile watch the thread (3.11, where they
 *                                      are the only watchers of calls)
 *   PYC2C_FRAME_INIT(frame, func, co, nlocals)   the fields of a frame pushed for func (its code co, nlocals
 *                                      locals), before its first instruction, what _PyFrame_Initialize sets
 *                                      but the locals
 *   PYC2C_FRAME_SIZE(co)               the slots a frame of code co takes on the thread's frame stack
 *   PYC2C_FRAME_PUSH(ts, func, from)   pushes a frame for func (whose reference it takes) on the thread's frame
 *                                      stack, which has room for it, its locals from `from` on NULL:
 *                                      _PyFrame_PushUnchecked
 *   PYC2C_FRAME_FUNC(frame)            the frame's function (a strong reference of the frame's; 3.11 to 3.13)
 *   PYC2C_FRAME_RELEASE(frame)         releases the frame's references to its function and code (defined here from
 *                                      PYC2C_FRAME_FUNC and PYC2C_FRAME_CODE where the version's file does not)
 *   PYC2C_CLEARS_LOCALS_DOWN           1 where the interpreter releases a frame's locals from the last to the first
 *                                      (3.14), 0 (here) where from the first
 *   PYC2C_PY_RECURSION_REMAINING(ts)   the thread's count of Python calls left before RecursionError
 *   PYC2C_C_RECURSION_REMAINING(ts)    the same for calls through C (3.11: the same count; 3.14 has none, its C
 *                                      recursion check compares stack pointers)
 *   PYC2C_TP_CALL_ENTER(ts)            _PyObject_MakeTpCall's C recursion accounting before a class is called: 1
 *                                      counted; 0 over the limit, nothing counted, the error left to the
 *                                      interpreter's call; -1 the error raised (defined here from
 *                                      PYC2C_C_RECURSION_REMAINING where the version's file does not)
 *   PYC2C_TP_CALL_LEAVE(ts)            the same after the call
 *   PYC2C_FRAME_CLEAR_AND_POP(ts, f)   where the version exports the interpreter's clear_thread_frame: pops f, its
 *                                      frame object taking it over (else the runtime's own, pyc2c_core.c)
 *   PYC2C_SET_VECTORCALL(func, vc)     makes vc the vectorcall of func (PyFunction_SetVectorcall)
 */
#ifndef PYC2C_FRAME_H
#define PYC2C_FRAME_H

#if PY_VERSION_HEX >= 0x030E0000
#  include "pyc2c_frame314.h"
#elif PY_VERSION_HEX >= 0x030D0000
#  include "pyc2c_frame313.h"
#elif PY_VERSION_HEX >= 0x030C0000
#  include "pyc2c_frame312.h"
#else
#  include "pyc2c_frame311.h"
#endif

/*
 * The body's fast locals (the frame's localsplus, which generated code calls `fast`), where the version's file
 * does not define them (3.14's slots are stack references, pyc2c_frame314.h): a slot is a PyObject *.
 *
 *   pyc2c_local                        the type of a slot
 *   PYC2C_LOCAL(slot)                  the object in it (borrowed; NULL if unbound)
 *   PYC2C_LOCAL_OWNED(slot)            whether the slot holds a reference of its own (counted on the object):
 *                                      only then may the object be changed in place when its count is 1
 *   PYC2C_LOCAL_SET(slot, o)           an unbound slot takes the new reference o (not NULL)
 *   PYC2C_LOCAL_XSET(slot, o)          an unbound slot takes the new reference o, or NULL
 *   PYC2C_LOCAL_XSETREF(slot, o)       the slot takes the new reference o (NULL: unbound), its old value released
 *                                      after
 *   PYC2C_LOCAL_CLEAR(slot)            unbinds the slot, its old value released after
 *   pyc2c_local_take(&slot)            unbinds the slot and returns its value as a new reference (or NULL)
 *
 * and for the frames the runtime pushes itself (direct calls, pyc2c_call.h):
 *
 *   PYC2C_LOCAL_NEW(o)                 a slot's value holding a new reference to o (not NULL)
 *   PYC2C_LOCAL_NULL                   an unbound slot's value
 *   PYC2C_LOCAL_XCLOSE(slot)           releases the slot's reference, if any (the slot left as it is)
 *   PYC2C_HIDDEN_IP_SLOT_AT(frame, n)  PYC2C_HIDDEN_IP_SLOT of a frame whose code has n locals, cells and free variables
 */
#ifndef PYC2C_LOCAL
typedef PyObject *pyc2c_local;
#  define PYC2C_LOCAL(slot) (slot)
#  define PYC2C_LOCAL_OWNED(slot) 1
#  define PYC2C_LOCAL_SET(slot, o) ((slot) = (o))
#  define PYC2C_LOCAL_XSET(slot, o) ((slot) = (o))
#  define PYC2C_LOCAL_XSETREF(slot, o) Py_XSETREF(slot, o)
#  define PYC2C_LOCAL_CLEAR(slot) Py_CLEAR(slot)
static inline PyObject *
pyc2c_local_take(pyc2c_local *slot)
{
    PyObject *o = *slot;
    *slot = NULL;
    return o;
}
#  define PYC2C_LOCAL_NEW(o) Py_NewRef(o)
#  define PYC2C_LOCAL_NULL NULL
#  define PYC2C_LOCAL_XCLOSE(slot) Py_XDECREF(slot)
#  define PYC2C_HIDDEN_IP_SLOT_AT(frame, n) ((frame)->localsplus[n])
static inline PyObject *
pyc2c_local_lasti(int unit)
{
    PyObject *lasti = PyLong_FromLong(unit);
    if (lasti == NULL) {
        PyErr_Clear();
        lasti = Py_NewRef(Py_None);
    }
    return lasti;
}
#  define PYC2C_LOCAL_LASTI(unit) pyc2c_local_lasti(unit)
#endif

/*
 * A compiled generator's value stack, where its trampoline keeps what the body holds across a yield and passes
 * values in and out of the body (GeneratorTrampoline, docs/generators.md): slot i above the frame's locals, a
 * pyc2c_local like them.
 *
 *   PYC2C_FRAME_IS_GENERATOR(frame)    whether the frame is a generator's, coroutine's or async generator's
 *   PYC2C_GEN_PUT(frame, i, o)         slot i takes the new reference o, releasing what it held
 *   PYC2C_GEN_TAKE(frame, i)           slot i's value as a new reference (or NULL), the slot left NULL
 *
 * and, from each version's layer, what a direct resumption (pyc2c_gen_iternext) does in the interpreter's stead:
 *
 *   PYC2C_GEN_FRAME(gen)               a generator's interpreter frame
 *   PYC2C_GEN_RESUME_AT(frame, first, unit)
 *                                      points a suspended frame so that the interpreter resumes it at code unit
 *                                      `unit` (3.11, 3.12: it continues after prev_instr; 3.13 on: at instr_ptr)
 *   PYC2C_LOCAL_LASTI(unit)            the value stack's form of an instruction index, as PUSH_EXC_INFO and RERAISE
 *                                      use it (3.14: a tagged int; else an int object, None if it cannot be made,
 *                                      which RERAISE reports as SystemError)
 *   PYC2C_GEN_SUSPENDED(frame)         the gi_frame_state of a generator whose frame a body left suspended at a
 *                                      site: FRAME_SUSPENDED (3.13 on: + the oparg of the YIELD_VALUE before the
 *                                      RESUME the frame points at, as YIELD_VALUE sets it)
 */
#define PYC2C_FRAME_IS_GENERATOR(frame) ((frame)->owner == FRAME_OWNED_BY_GENERATOR)
#define PYC2C_GEN_SLOT(frame, i) ((frame)->localsplus[PYC2C_FRAME_CODE(frame)->co_nlocalsplus + (i)])
#define PYC2C_GEN_PUT(frame, i, o) PYC2C_LOCAL_XSETREF(PYC2C_GEN_SLOT(frame, i), o)
#define PYC2C_GEN_TAKE(frame, i) pyc2c_local_take(&PYC2C_GEN_SLOT(frame, i))

/*
 * POP_EXCEPT: the exception being handled before the handler (a new reference, None for none) back into the
 * thread's exc_info. 3.13 on, none is NULL there (sys.exception() then looks further down the chain of
 * exc_infos, a generator's into its resumer's, and never takes None for an exception).
 */
#if PY_VERSION_HEX >= 0x030D0000
static inline void
pyc2c_pop_except(PyThreadState *ts, PyObject *value)
{
    if (value == Py_None) {
        Py_DECREF(value);
        value = NULL;
    }
    Py_XSETREF(ts->exc_info->exc_value, value);
}
#  define PYC2C_POP_EXCEPT(ts, value) pyc2c_pop_except((ts), (value))
#else
#  define PYC2C_POP_EXCEPT(ts, value) Py_XSETREF((ts)->exc_info->exc_value, (value))
#endif

#if PYC2C_DIRECT_CALLS && !defined(PYC2C_FRAME_RELEASE)
#  define PYC2C_FRAME_RELEASE(frame) do { \
        Py_DECREF(PYC2C_FRAME_FUNC(frame)); \
        Py_DECREF(PYC2C_FRAME_CODE(frame)); \
    } while (0)
#endif
#ifndef PYC2C_CLEARS_LOCALS_DOWN
#  define PYC2C_CLEARS_LOCALS_DOWN 0
#endif
#if PYC2C_DIRECT_CALLS && !defined(PYC2C_TP_CALL_ENTER)
#  define PYC2C_TP_CALL_ENTER(ts) \
    (PYC2C_C_RECURSION_REMAINING(ts)-- > 0 ? 1 : (PYC2C_C_RECURSION_REMAINING(ts)++, 0))
#  define PYC2C_TP_CALL_LEAVE(ts) ((void)PYC2C_C_RECURSION_REMAINING(ts)++)
#endif
#ifndef PYC2C_HIDDEN_IP_TAG_BITS
#  define PYC2C_HIDDEN_IP_TAG_BITS 1
#endif

#endif /* PYC2C_FRAME_H */
