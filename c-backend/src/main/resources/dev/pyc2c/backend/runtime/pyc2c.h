/*
 * pyc2c runtime: what every generated module includes.
 *
 * How compiled code runs
 * ----------------------
 * A compiled function stays a real function object. Its __code__ is a *trampoline*: a code object
 * with the original's names, variables, flags, line and position tables, whose bytecode is
 *
 *     [MAKE_CELL ... COPY_FREE_VARS n]   the original prologue: the interpreter sets up cells
 *     RESUME 0
 *     LOAD_CONST k                       k: one past the original constants, a pyc2c runner
 *     UNARY_NEGATIVE                     the runner's nb_negative runs the compiled C body
 *     RETURN_VALUE
 *     NOP ...                            up to the original length, so original offsets stay valid
 *
 * So every way of calling the function reaches compiled code, the interpreter binds the arguments
 * (with its own error messages), and the C body runs on a real interpreter frame: it keeps locals,
 * cells and free variables in the frame's localsplus, where locals(), sys._getframe(), super() and
 * tracebacks find them. Before each instruction that can raise or call, the body stores the
 * original instruction's address in the frame (PYC2C_SET_IP), so line numbers, f_lasti and
 * traceback positions are the interpreter's.
 *
 * Exceptions: an instruction that fails jumps to an unwind label of its function. If the
 * exception table gives the instruction a handler, the label adds this frame's traceback entry
 * (unless it is a re-raise), pops the value stack to the handler's depth, pushes lasti and the
 * exception, and jumps to the handler. Otherwise the body returns NULL and the interpreter adds the
 * traceback entry, as it does for its own instructions; for a re-raise the body first marks the
 * frame as not yet started (PYC2C_FRAME_HIDE_IP), which is how the interpreter knows to add none.
 *
 * Direct calls (3.12, pyc2c_call_compiled in pyc2c_core.c): a compiled call site that calls a compiled
 * function, and the vectorcall compiled functions get (what C callers and the interpreter's calls
 * use), skip the interpreter: they push the callee's frame on the thread's frame stack, bind the
 * arguments, make the cells, run the trampoline's RESUME duties (recursion accounting, eval breaker)
 * and then the body, add the traceback entry the interpreter would, and pop the frame, handing its
 * contents to its frame object if one outlives the call. Whatever they do not handle exactly (a
 * *args or **kwargs parameter, a binding error, monitoring) goes through the trampoline.
 *
 * Attribute access goes through per-site caches (pyc2c_attr.h), globals through dictionary-version
 * caches and arithmetic, comparisons, subscripts and iteration through guarded fast paths
 * (pyc2c_fast.h), each the counterpart of one of the interpreter's specialised instructions.
 */
#ifndef PYC2C_H
#define PYC2C_H

#include "pyc2c_python.h"
#include "pyc2c_ops.h"

/* ---- Per-version access to the interpreter frame ---------------------------------------- */

#if PY_VERSION_HEX >= 0x030D0000
#  define PYC2C_CURRENT_FRAME(ts) ((ts)->current_frame)
#  define PYC2C_FRAME_CODE(f) ((PyCodeObject *)(f)->f_executable)
#  define PYC2C_SET_IP(frame, first, unit) ((frame)->instr_ptr = (first) + (unit))
#  define PYC2C_SET_IP_AT(frame, ip) ((frame)->instr_ptr = (ip))
#  define PYC2C_GET_IP(frame, first) ((int)((frame)->instr_ptr - (first)))
#  define PYC2C_EVAL_BREAKER(ts) (_Py_atomic_load_uintptr_relaxed(&(ts)->eval_breaker) & _PY_EVAL_EVENTS_MASK)
#else
#  define PYC2C_CURRENT_FRAME(ts) ((ts)->cframe->current_frame)
#  define PYC2C_FRAME_CODE(f) ((f)->f_code)
#  define PYC2C_SET_IP(frame, first, unit) ((frame)->prev_instr = (first) + (unit))
#  define PYC2C_SET_IP_AT(frame, ip) ((frame)->prev_instr = (ip))
#  define PYC2C_GET_IP(frame, first) ((int)((frame)->prev_instr - (first)))
#  if PY_VERSION_HEX >= 0x030C0000
#    define PYC2C_EVAL_BREAKER(ts) _Py_atomic_load_relaxed(&(ts)->interp->ceval.eval_breaker)
#  else
#    define PYC2C_EVAL_BREAKER(ts) _Py_atomic_load_relaxed(&(ts)->interp->ceval.eval_breaker)
#  endif
#endif

/* The frame's instruction pointer before its first instruction: the interpreter then treats the
 * frame as not started, and adds no traceback entry for it when its body returns NULL. */
#define PYC2C_FRAME_HIDE_IP(frame, first) \
    PYC2C_SET_IP(frame, first, PYC2C_FRAME_CODE(frame)->_co_firsttraceable - 1)

/* ---- Compiled code objects --------------------------------------------------------------- */

/* A compiled body: runs its code object on `frame`, the trampoline's interpreter frame. */
typedef PyObject *(*pyc2c_body)(PyThreadState *ts, _PyInterpreterFrame *frame);

/* What a generated module knows about each code object it compiled. */
typedef struct {
    const char *qualname;          /* for messages */
    pyc2c_body body;
    Py_ssize_t nconsts;            /* the original's constants (the trampoline has one more: its runner) */
    Py_ssize_t nnames;
} pyc2c_code;

/* A generated module: its code tree, marshalled, and its compiled bodies. */
typedef struct {
    const unsigned char *code_data;   /* marshal data of the module's code object (trampolines) */
    Py_ssize_t code_size;
    const pyc2c_code *codes;          /* indexed by the number in each trampoline's marker constant */
    int ncodes;
} pyc2c_module_def;

/*
 * The Py_mod_exec slot of a generated module: loads its code tree, gives each compiled code
 * object its runner, and executes the module body in the module's namespace, as the import
 * system's exec(code, module.__dict__) does for a source module.
 */
PYC2C_HIDDEN int pyc2c_exec_module(PyObject *module, const pyc2c_module_def *def);

/* The marker constant the generator puts where a trampoline's runner goes: "\0pyc2c:<index>". */
#define PYC2C_MARKER_PREFIX "\0pyc2c:"

/* ---- What bodies call -------------------------------------------------------------------- */

/* At the start of a body: RecursionError instead of a C stack overflow. */
PYC2C_HIDDEN int pyc2c_stack_check(void);

/* At a backward jump whose eval breaker is set: lets the interpreter run signal handlers, pending
 * calls and the garbage collector, switch threads, raise asynchronous exceptions. */
PYC2C_HIDDEN int pyc2c_handle_pending(PyThreadState *ts);

/* Adds this frame's traceback entry for an exception about to be handled in the same frame. */
PYC2C_HIDDEN void pyc2c_traceback_here(PyThreadState *ts, _PyInterpreterFrame *frame);

/* RERAISE with lasti: the frame's instruction pointer goes back to the instruction that raised. */
PYC2C_HIDDEN int pyc2c_restore_lasti(_PyInterpreterFrame *frame, PyObject *lasti);

/*
 * The frame is left by a re-raise (RERAISE with no handler of its own left): the interpreter adds no
 * traceback entry for the frame, and keeps its instruction pointer (at the RERAISE, or at the lasti it
 * restored), which a kept frame object reports as f_lineno. The body returns NULL to whoever called it,
 * which adds an entry for a frame that has started; so when the exception's newest entry is this frame's
 * at the same instruction (it is, unless the handler replaced the traceback), that entry is taken off
 * and the caller adds the same one again. Otherwise the instruction pointer is hidden (no entry is
 * added) and kept in the frame's first stack slot, unused by compiled code, where pyc2c's direct call
 * restores it (an interpreter frame calling the body cannot). Returns NULL.
 */
PYC2C_HIDDEN PyObject *pyc2c_reraise_exit(_PyInterpreterFrame *frame, _Py_CODEUNIT *first);

/* LOAD_GLOBAL, LOAD_NAME, LOAD_FROM_DICT_OR_GLOBALS and friends: lookups through the frame's
 * namespaces with the interpreter's errors. */
PYC2C_HIDDEN PyObject *pyc2c_load_global(PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name);
PYC2C_HIDDEN PyObject *pyc2c_load_name(PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name);
PYC2C_HIDDEN PyObject *pyc2c_load_from_dict_or_globals(PyThreadState *ts, _PyInterpreterFrame *frame,
                                                       PyObject *mapping, PyObject *name);
PYC2C_HIDDEN PyObject *pyc2c_load_from_dict_or_deref(PyThreadState *ts, _PyInterpreterFrame *frame,
                                                     PyObject *mapping, int index);
PYC2C_HIDDEN int pyc2c_store_name(PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name, PyObject *v);
PYC2C_HIDDEN int pyc2c_delete_name(PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name);
PYC2C_HIDDEN int pyc2c_delete_global(PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name);
PYC2C_HIDDEN PyObject *pyc2c_load_locals(PyThreadState *ts, _PyInterpreterFrame *frame);

/* CALL_INTRINSIC_1 / CALL_INTRINSIC_2 for the intrinsics that have no public equivalent (PEP 695:
 * type parameters, Generic[...], type aliases); which is the INTRINSIC_* number. */
PYC2C_HIDDEN PyObject *pyc2c_intrinsic_1(PyThreadState *ts, _PyInterpreterFrame *frame, int which, PyObject *value);
PYC2C_HIDDEN PyObject *pyc2c_intrinsic_2(PyThreadState *ts, _PyInterpreterFrame *frame, int which, PyObject *value1,
                                         PyObject *value2);

/* GET_AITER: obj.__aiter__(), checked to have __anext__, with the interpreter's errors. */
PYC2C_HIDDEN PyObject *pyc2c_get_aiter(PyThreadState *ts, PyObject *obj);

/* WITH_EXCEPT_START: exit_func(type(val), val, val.__traceback__). */
PYC2C_HIDDEN PyObject *pyc2c_with_except_start(PyThreadState *ts, PyObject *exit_func, PyObject *val);

/*
 * Direct calls (3.12): a compiled call site that calls a compiled function (its code's last constant is
 * a runner of pyc2c_runner_type) with positional arguments pushes the callee's interpreter frame
 * itself and runs its body, where the interpreter would enter its evaluation loop for the trampoline.
 * The frame is the same as the interpreter's (binding, cells, recursion accounting, traceback entry,
 * a frame object kept after return), so nothing can tell the difference but the time.
 */
#if PY_VERSION_HEX >= 0x030C0000 && PY_VERSION_HEX < 0x030D0000
#  define PYC2C_DIRECT_CALLS 1
#else
#  define PYC2C_DIRECT_CALLS 0
#endif

PYC2C_HIDDEN extern PyTypeObject *pyc2c_runner_type;

#if PYC2C_DIRECT_CALLS
PYC2C_HIDDEN PyObject *pyc2c_call_compiled(PyThreadState *ts, PyFunctionObject *func, PyObject *runner,
                                           PyObject *const *args, size_t nargsf, PyObject *kwnames);
#endif

/* After MAKE_FUNCTION: a function of compiled code gets the vectorcall that runs it directly. */
PYC2C_HIDDEN void pyc2c_function_made(PyFunctionObject *func);

/*
 * CALL. The instruction pointer is the one the interpreter leaves in the caller during a call: it
 * runs a plain Python function (or a bound method of one) inline, after stepping over the CALL's
 * inline cache, so the callee sees f_back.f_lasti at the cache's last unit; any other callable sees
 * the CALL itself.
 */
static inline PyObject *
pyc2c_call(PyThreadState *ts, _PyInterpreterFrame *frame, _Py_CODEUNIT *first, int call_unit, int last_cache_unit,
           PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    PyTypeObject *type = Py_TYPE(callable);
    if (type == &PyFunction_Type) {
        PYC2C_SET_IP(frame, first, last_cache_unit);
#if PYC2C_DIRECT_CALLS
        PyObject *consts = ((PyCodeObject *)((PyFunctionObject *)callable)->func_code)->co_consts;
        Py_ssize_t n = PyTuple_GET_SIZE(consts);
        if (n > 0 && Py_TYPE(PyTuple_GET_ITEM(consts, n - 1)) == pyc2c_runner_type) {
            return pyc2c_call_compiled(ts, (PyFunctionObject *)callable, PyTuple_GET_ITEM(consts, n - 1), args,
                                       nargsf, kwnames);
        }
#else
        (void)ts;
#endif
        return PyObject_Vectorcall(callable, args, nargsf, kwnames);
    }
    int inlined = type == &PyMethod_Type && Py_TYPE(((PyMethodObject *)callable)->im_func) == &PyFunction_Type;
    PYC2C_SET_IP(frame, first, inlined ? last_cache_unit : call_unit);
    return PyObject_Vectorcall(callable, args, nargsf, kwnames);
}

/* BINARY_SLICE / STORE_SLICE: container[start:stop] (= v); the arguments are borrowed. */
PYC2C_HIDDEN PyObject *pyc2c_get_slice(PyObject *container, PyObject *start, PyObject *stop);
PYC2C_HIDDEN int pyc2c_set_slice(PyObject *container, PyObject *start, PyObject *stop, PyObject *v);

/* The empty string (borrowed): the separator of BUILD_STRING. */
PYC2C_HIDDEN PyObject *pyc2c_empty_str(void);

/* The items of a tuple, as a C array (co_consts, co_names). */
#define PYC2C_TUPLE_ITEMS(t) (((PyTupleObject *)(t))->ob_item)

#include "pyc2c_fast.h"
#include "pyc2c_num.h"
#include "pyc2c_attr.h"

#endif /* PYC2C_H */
