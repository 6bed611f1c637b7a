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
 * Direct calls (3.11 to 3.14, pyc2c_call.h and pyc2c_core.c): a compiled call site that calls a compiled
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

/* The frame's instruction pointer before its first instruction: the interpreter then treats the
 * frame as not started, and adds no traceback entry for it when its body returns NULL. */
#define PYC2C_FRAME_HIDE_IP(frame, first) \
    PYC2C_SET_IP(frame, first, PYC2C_FRAME_CODE(frame)->_co_firsttraceable - 1)

/* ---- Compiled generators (docs/generators.md) --------------------------------------------- */

/* Before a compiled generator's body returns: the first control slot says so (True), the others and the saved
 * slots hold no NULL for the trampoline's POP_TOPs and nothing the body needs any more. */
static inline void
pyc2c_gen_returning(_PyInterpreterFrame *frame, int saved, int controls)
{
    for (int i = 0; i < saved; i++) {
        PYC2C_GEN_PUT(frame, i, Py_NewRef(Py_None));
    }
    PYC2C_GEN_PUT(frame, saved, Py_NewRef(Py_True));
    for (int i = 1; i < controls; i++) {
        PYC2C_GEN_PUT(frame, saved + i, Py_NewRef(Py_False));
    }
}

/* A compiled generator's return where FOR_ITER enters its body (3.12 on): the value (a new reference) into the
 * first control slot, the saved slots and the other controls non-NULL for the trampoline's POP_TOPs; NULL without
 * an exception, which FOR_ITER takes for the iterator's end. */
static inline PyObject *
pyc2c_gen_exhausted(pyc2c_local *stack, int saved, int controls, PyObject *value)
{
    for (int i = 0; i < saved; i++) {
        PYC2C_LOCAL_XSETREF(stack[i], Py_NewRef(Py_None));
    }
    PYC2C_LOCAL_XSETREF(stack[saved], value);
    for (int i = 1; i < controls; i++) {
        PYC2C_LOCAL_XSETREF(stack[saved + i], Py_NewRef(Py_False));
    }
    return NULL;
}

/* A generator body entered from an instruction of its trampoline that is none of its entries. */
static inline PyObject *
pyc2c_gen_bad_entry(_PyInterpreterFrame *frame)
{
    PyErr_Format(PyExc_SystemError, "pyc2c: a compiled generator body entered at code unit %d of its trampoline",
                 PYC2C_GET_IP(frame, _PyCode_CODE(PYC2C_FRAME_CODE(frame))));
    return NULL;
}

/* ---- Compiled code objects --------------------------------------------------------------- */

/* A compiled body: runs its code object on `frame`, the trampoline's interpreter frame. */
typedef PyObject *(*pyc2c_body)(PyThreadState *ts, _PyInterpreterFrame *frame);

/* A direct entry (pyc2c_enter) specialised for one code object: its function and exactly its positional
 * arguments (borrowed). */
typedef PyObject *(*pyc2c_entry)(PyThreadState *ts, PyFunctionObject *func, PyObject *const *args);

/* What a generated module knows about each code object it compiled. */
typedef struct pyc2c_code {
    const char *qualname;          /* for messages */
    pyc2c_body body;
    int direct;                    /* 1 if a call with exactly `argcount` positional arguments may enter
                                      the body directly (pyc2c_enter): no *args, **kwargs, keyword-only */
    int argcount;                  /* co_argcount */
    int nlocals;                   /* co_nlocalsplus */
    int cells;                     /* 1 if the code has cell or free variables */
    Py_ssize_t nconsts;            /* the original's constants (the trampoline has one more: its runner) */
    Py_ssize_t nnames;
    pyc2c_entry enter;             /* pyc2c_enter specialised for this code (pyc2c_enter_frame with its
                                      constants), or NULL: generated for hot bodies that may be entered
                                      directly */
    /* A generator's, coroutine's or async generator's trampoline (GeneratorTrampoline), for its direct
     * resumption (pyc2c_gen_iternext); all 0 for other code: */
    int gen_saved;                 /* K, its saved slots */
    int gen_controls;              /* m, its control slots (at least 1 for a generator) */
    int gen_return_landing;        /* the code units of its landings */
    int gen_raise_landing;
} pyc2c_code;

/*
 * A runner is the last constant of a trampoline. Its layout, with pyc2c_code's and the body's
 * calling convention, is shared by every pyc2c module of the same runtime ABI in a process: a
 * compiled call site recognises another module's compiled functions by their runner's type and runs
 * their bodies directly.
 */
typedef struct {
    PyObject_HEAD
    const pyc2c_code *code;
    /* The trampoline that got this runner at load time (borrowed: it owns the runner through its
     * co_consts); a function whose __code__ is it can run the body without further checks. */
    PyCodeObject *home;
    /* The trampoline's co_localsplusnames and co_localspluskinds (borrowed, as above): the layout
     * of locals the body was compiled for. */
    PyObject *localsplusnames;
    PyObject *localspluskinds;
} pyc2c_runner;

/* The runner of a compiled function's current code, or NULL if its code is not compiled. */
static inline pyc2c_runner *
pyc2c_runner_of(PyFunctionObject *func)
{
    PyObject *consts = ((PyCodeObject *)func->func_code)->co_consts;
    Py_ssize_t n = PyTuple_GET_SIZE(consts);
    if (n > 0) {
        PyObject *last = PyTuple_GET_ITEM(consts, n - 1);
        if (Py_TYPE(last) == pyc2c_runner_type) {
            return (pyc2c_runner *)last;
        }
    }
    return NULL;
}

/*
 * Whether func runs the code its runner r came with and that code takes positional parameters only
 * (c->direct): then a call of it binds its arguments on the C stack, if it must, and enters the body
 * directly (pyc2c_enter_or_bind).
 */
static inline int
pyc2c_runs_own_code(PyFunctionObject *func, const pyc2c_runner *r)
{
    return r->home == (PyCodeObject *)func->func_code && r->code->direct;
}

/*
 * Whether a call of func, whose code's runner is r, with nargs positional arguments and kwnames may enter the
 * body directly (pyc2c_enter): func runs the code the runner came with, which takes exactly those arguments.
 */
static inline int
pyc2c_enters_directly(PyFunctionObject *func, const pyc2c_runner *r, Py_ssize_t nargs, PyObject *kwnames)
{
    return pyc2c_runs_own_code(func, r) && kwnames == NULL && nargs == (Py_ssize_t)r->code->argcount;
}

#if PYC2C_DIRECT_CALLS
/* Enters the body of a direct call (pyc2c_enters_directly holds): by the code's own entry when it has one. */
static inline PyObject *
pyc2c_enter_code(PyThreadState *ts, PyFunctionObject *func, PyObject *const *args, const pyc2c_code *c)
{
    return c->enter != NULL ? c->enter(ts, func, args) : pyc2c_enter(ts, func, args, c);
}

/* A call of func, for which pyc2c_runs_own_code holds: entered with exactly its arguments, else bound first. */
static inline PyObject *
pyc2c_enter_or_bind(PyThreadState *ts, PyFunctionObject *func, pyc2c_runner *r, PyObject *const *args,
                    size_t nargsf, PyObject *kwnames)
{
    if (kwnames == NULL && PyVectorcall_NARGS(nargsf) == (Py_ssize_t)r->code->argcount) {
        return pyc2c_enter_code(ts, func, args, r->code);
    }
    return pyc2c_call_bound(ts, func, (PyObject *)r, args, nargsf, kwnames);
}

/* A call of a compiled function whose code's runner is r: directly when it can, else with the general binding. */
static inline PyObject *
pyc2c_call_runner(PyThreadState *ts, PyFunctionObject *func, pyc2c_runner *r, PyObject *const *args, size_t nargsf,
                  PyObject *kwnames)
{
    if (pyc2c_runs_own_code(func, r)) {
        return pyc2c_enter_or_bind(ts, func, r, args, nargsf, kwnames);
    }
    return pyc2c_call_compiled(ts, func, (PyObject *)r, args, nargsf, kwnames);
}
#endif

/*
 * Where pyc2c_reraise_exit leaves the instruction it hid, for the direct call to restore: the frame's
 * first value-stack slot, which compiled code never uses (its stack is in C locals) and which every
 * compiled code object has (Trampolines gives each a co_stacksize of at least 1). The instruction is
 * tagged by bit 0 (3.14: both low bits), so NULL (0) means none.
 */
/* PYC2C_HIDDEN_IP_SLOT(frame), of type pyc2c_hidden_ip: in the frame layer (pyc2c_frame.h). */

/* A generated module: its code tree, marshalled, and its compiled bodies. */
typedef struct pyc2c_module_def {
    const unsigned char *code_data;   /* marshal data of the module's code object (trampolines) */
    Py_ssize_t code_size;
    const pyc2c_code *codes;          /* indexed by the number in each trampoline's marker constant */
    int ncodes;
} pyc2c_module_def;

/*
 * The Py_mod_exec slot of a generated module is pyc2c_exec_module (pyc2c_runtime.h): it imports the
 * build's runtime module, then runs pyc2c_run_module (pyc2c_api.h).
 */

/* The marker constant the generator puts where a trampoline's runner goes: "\0pyc2c:<index>". */
#define PYC2C_MARKER_PREFIX "\0pyc2c:"

/* ---- What bodies call -------------------------------------------------------------------- */

/* The runtime's functions are declared, with their contracts, in pyc2c_api.h. */

/*
 * A CALL site's cache: a weak reference to the code object of the compiled function the site entered
 * directly (weak: the cache changes no object's lifetime, and a dead code object's address, reused by
 * another object, never matches: the reference then points to None), with the site's own count of
 * positional arguments, which that code takes exactly, and no keyword arguments; and that code's
 * pyc2c_code. A function whose __code__ is that code object is entered directly with no further checks:
 * everything that decides a direct entry (the runner, the trampoline it came with, co_argcount,
 * c->direct) is a property of the code object. The first callee stays while it lives: a site that calls
 * several functions in turn (callbacks, a table of handlers) finds the others by their runners, without
 * refilling the cache at every call.
 */
typedef struct pyc2c_call_cache {
    PyObject *ref;
    const pyc2c_code *c;
    Py_ssize_t nargs;
} pyc2c_call_cache;

/* The code object a call site's cache names (borrowed): NULL if it is empty, None if that code object died. */
static PYC2C_ALWAYS_INLINE PyObject *
pyc2c_call_cache_code(const pyc2c_call_cache *cc)
{
    return cc->ref != NULL ? ((PyWeakReference *)cc->ref)->wr_object : NULL;
}

/*
 * CALL (pyc2c_call_ool in pyc2c_core.c does it all; this is its inlined fast path). The instruction
 * pointer is the one the interpreter leaves in the caller during a call: it runs a plain Python
 * function (or a bound method of one) inline, after stepping over the CALL's inline cache, so the
 * callee sees f_back.f_lasti at the cache's last unit; any other callable sees the CALL itself.
 * Inline: the function whose code the site's cache names, with the site's arguments (the same at every
 * call of a site: nargsf and kwnames are constants there); a compiled function called with exactly its
 * positional arguments, or with only positional parameters and bound out of line; all else out of line.
 * A site with keyword arguments has no cache (cc NULL).
 */
static inline PyObject *
pyc2c_call(PyThreadState *ts, _PyInterpreterFrame *frame, _Py_CODEUNIT *first, int call_unit, int last_cache_unit,
           PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwnames, pyc2c_call_cache *cc)
{
#if PYC2C_DIRECT_CALLS
    if (Py_TYPE(callable) == &PyFunction_Type) {
        PyFunctionObject *func = (PyFunctionObject *)callable;
        Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
        if (kwnames == NULL && func->func_code == pyc2c_call_cache_code(cc) && nargs == cc->nargs) {
            PYC2C_SET_IP(frame, first, last_cache_unit);
            return pyc2c_enter_code(ts, func, args, cc->c);
        }
        pyc2c_runner *r = pyc2c_runner_of(func);
        if (r != NULL && pyc2c_runs_own_code(func, r)) {
            PYC2C_SET_IP(frame, first, last_cache_unit);
            if (kwnames == NULL && nargs == (Py_ssize_t)r->code->argcount) {
                PyObject *cached = pyc2c_call_cache_code(cc);
                if (cached == NULL || cached == Py_None) {
                    pyc2c_call_cache_fill(cc, func, r->code, nargs);   /* out of line: once per site */
                }
            }
            return pyc2c_enter_or_bind(ts, func, r, args, nargsf, kwnames);
        }
    }
#else
    (void)cc;
#endif
    return pyc2c_call_ool(ts, frame, first, call_unit, last_cache_unit, callable, args, nargsf, kwnames);
}

/* CALL where it does not run in a loop: all of it out of line. */
static inline PyObject *
pyc2c_call_cold(PyThreadState *ts, _PyInterpreterFrame *frame, _Py_CODEUNIT *first, int call_unit,
                int last_cache_unit, PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    return pyc2c_call_ool(ts, frame, first, call_unit, last_cache_unit, callable, args, nargsf, kwnames);
}

/* The items of a tuple, as a C array (co_consts, co_names). */
#define PYC2C_TUPLE_ITEMS(t) (((PyTupleObject *)(t))->ob_item)

#include "pyc2c_call.h"
#include "pyc2c_fast.h"
#include "pyc2c_num.h"
#include "pyc2c_builtins.h"
#include "pyc2c_attr.h"

#endif /* PYC2C_H */
