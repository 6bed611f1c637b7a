/*
 * pyc2c runtime core: loading a generated module, running compiled bodies on interpreter frames,
 * and the small services bodies need (stack guard, eval breaker, traceback entries, name lookups).
 * See pyc2c.h for how compiled code runs.
 */
#define PYC2C_BUILDING_RUNTIME 1   /* part of the runtime module (pyc2c_runtime.h) */
#include "pyc2c.h"

#if defined(__linux__) || defined(__APPLE__)
#  include <pthread.h>
#endif
#if defined(_WIN32)
#  include <windows.h>
#endif

/* ---- The runner: what a trampoline's UNARY_NEGATIVE calls -------------------------------- */

#define PYC2C_RUNNER_ABI "pyc2c.runner." PYC2C_ABI_TAG

PyTypeObject *pyc2c_runner_type;

/* Whether two co_localspluskinds give the locals the same kinds. 3.14's also say how each parameter is passed
 * (CO_FAST_ARG_POS, _KW, _VAR: 0x02, 0x04, 0x08, bits no earlier version uses), which code.replace() computes
 * again from the counts, and which the body does not depend on: they are left out. */
static int
same_kinds(PyObject *a, PyObject *b)
{
    if (a == b) {
        return 1;
    }
    if (!PyBytes_Check(a) || !PyBytes_Check(b) || PyBytes_GET_SIZE(a) != PyBytes_GET_SIZE(b)) {
        return 0;
    }
    const unsigned char *x = (const unsigned char *)PyBytes_AS_STRING(a);
    const unsigned char *y = (const unsigned char *)PyBytes_AS_STRING(b);
    for (Py_ssize_t i = 0; i < PyBytes_GET_SIZE(a); i++) {
        if ((x[i] & ~0x0E) != (y[i] & ~0x0E)) {
            return 0;
        }
    }
    return 1;
}

/* May the body run on a frame of `co`? Yes for its trampoline, and for copies of it (code.replace)
 * that keep the layout the body was compiled for: the same locals, as many constants and names. */
static int
runs_on(pyc2c_runner *r, PyCodeObject *co)
{
    if (co == r->home) {
        return 1;
    }
    if (PyTuple_GET_SIZE(co->co_consts) != r->code->nconsts + 1
        || PyTuple_GET_SIZE(co->co_names) != r->code->nnames) {
        return 0;
    }
    if (co->co_localsplusnames == r->localsplusnames) {
        return 1;
    }
    int same = PyObject_RichCompareBool(co->co_localsplusnames, r->localsplusnames, Py_EQ);
    if (same < 0) {
        PyErr_Clear();
    }
    return same > 0 && same_kinds(co->co_localspluskinds, r->localspluskinds);
}

static PyObject *
runner_negative(PyObject *self)
{
    pyc2c_runner *r = (pyc2c_runner *)self;
    PyThreadState *ts = PyThreadState_GET();
    _PyInterpreterFrame *frame = PYC2C_CURRENT_FRAME(ts);
    if (frame == NULL || !runs_on(r, PYC2C_FRAME_CODE(frame))) {
        PyErr_Format(PyExc_SystemError,
                     "the compiled body of '%s' can only run on a frame of its own code object",
                     r->code->qualname);
        return NULL;
    }
    /* A generator's frame is resumed by the interpreter's own eval loop, which guards the C stack itself. */
    if (!PYC2C_FRAME_IS_GENERATOR(frame) && pyc2c_stack_check() < 0) {
        return NULL;
    }
    PyObject *res = r->code->body(ts, frame);
    if (res != NULL && !PYC2C_FRAME_IS_GENERATOR(frame)) {
        PYC2C_KEEP_LINENO(frame);   /* the return's line, where the trampoline's RETURN_VALUE is about to point */
    }
    return res;
}

/* A generator's trampoline enters its body by FOR_ITER from 3.12 (GeneratorTrampoline): NULL without an exception is
 * the body's return. No StopIteration leaves a body, which the compiler's PEP 479 handler turns into RuntimeError
 * first; were one to, FOR_ITER would take it for the end: it is made that RuntimeError here. */
static void
stray_stopiteration(_PyInterpreterFrame *frame)
{
    if (PyErr_ExceptionMatches(PyExc_StopIteration)) {
        PyObject *exc = pyc2c_fetch_exception();
        PyObject *error = pyc2c_stopiteration_error(frame, exc);
        Py_DECREF(exc);
        if (error != NULL) {
            pyc2c_restore_exception(error);
        }
    }
}

static PyObject *
runner_iternext(PyObject *self)
{
    PyObject *res = runner_negative(self);
    if (res == NULL && PyErr_Occurred()) {
        stray_stopiteration(PYC2C_CURRENT_FRAME(PyThreadState_GET()));
    }
    return res;
}

static PyObject *
runner_repr(PyObject *self)
{
    return PyUnicode_FromFormat("<pyc2c compiled body of '%s'>", ((pyc2c_runner *)self)->code->qualname);
}

/* A generator's trampoline enters its body by UNARY_NEGATIVE and, with an exception thrown in, UNARY_INVERT; the
 * body tells them apart by the instruction (GeneratorTrampoline). */
static PyNumberMethods runner_as_number = {
    .nb_negative = runner_negative,
    .nb_invert = runner_negative,
};

static PyTypeObject runner_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "pyc2c.runner",
    .tp_doc = "Runs a compiled code object on its trampoline's frame (the trampoline's UNARY_NEGATIVE).",
    .tp_basicsize = sizeof(pyc2c_runner),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_as_number = &runner_as_number,
    .tp_iternext = runner_iternext,
    .tp_repr = runner_repr,
};

/* ---- Loading a module ------------------------------------------------------------------- */

/* The body index of a marker constant "\0pyc2c:<index>", or -1 if `o` is not one. */
static int
marker_index(PyObject *o, int ncodes)
{
    static const char prefix[] = "pyc2c:";
    if (!PyUnicode_Check(o) || PyUnicode_GET_LENGTH(o) < 8 || PyUnicode_READ_CHAR(o, 0) != 0) {
        return -1;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(o);
    for (Py_ssize_t i = 0; i < 6; i++) {
        if (PyUnicode_READ_CHAR(o, i + 1) != (Py_UCS4)prefix[i]) {
            return -1;
        }
    }
    long index = 0;
    for (Py_ssize_t i = 7; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(o, i);
        if (c < '0' || c > '9' || index > 100000000) {
            return -1;
        }
        index = index * 10 + (long)(c - '0');
    }
    return index < ncodes ? (int)index : -1;
}

/*
 * Gives every trampoline in the code tree its runner: the last constant of a trampoline is a
 * marker naming its body, replaced here, in place, by a runner. The tree comes straight from
 * marshal and nothing else has seen it yet; changing its constants in place (rather than through
 * code.replace(), which rebuilds the locals layout and loses 3.12's hidden locals) keeps every
 * code object exactly as marshal made it.
 */
static int
install(PyCodeObject *co, const pyc2c_module_def *def)
{
    PyObject *consts = co->co_consts;
    Py_ssize_t n = PyTuple_GET_SIZE(consts);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *c = PyTuple_GET_ITEM(consts, i);
        if (PyCode_Check(c) && install((PyCodeObject *)c, def) < 0) {
            return -1;
        }
    }
    int index = n > 0 ? marker_index(PyTuple_GET_ITEM(consts, n - 1), def->ncodes) : -1;
    if (index < 0) {
        return 0; /* not compiled: runs as bytecode */
    }
    if (Py_REFCNT(consts) != 1) {
        /* Shared with another code object: never the case for a trampoline, whose marker is unique. */
        PyErr_SetString(PyExc_SystemError, "pyc2c: a trampoline's constants are shared");
        return -1;
    }
    pyc2c_runner *runner = PyObject_New(pyc2c_runner, pyc2c_runner_type);
    if (runner == NULL) {
        return -1;
    }
    runner->code = &def->codes[index];
    runner->home = co;
    runner->localsplusnames = co->co_localsplusnames;
    runner->localspluskinds = co->co_localspluskinds;
    PyObject *marker = PyTuple_GET_ITEM(consts, n - 1);
    PyTuple_SET_ITEM(consts, n - 1, (PyObject *)runner);
    Py_DECREF(marker);
    return 0;
}

/* The runner type of this process: the first pyc2c module of this ABI loaded registers its own in
 * the interpreter's dict; the later ones use that one, so that their functions know each other. */
static int
share_runner_type(void)
{
    if (pyc2c_runner_type != NULL) {
        return 0;
    }
    PyObject *registry = PyInterpreterState_GetDict(PyInterpreterState_Get()); /* borrowed */
    if (registry == NULL) {
        return -1;
    }
    PyObject *capsule = PyDict_GetItemString(registry, PYC2C_RUNNER_ABI); /* borrowed */
    if (capsule != NULL) {
        pyc2c_runner_type = (PyTypeObject *)PyCapsule_GetPointer(capsule, PYC2C_RUNNER_ABI);
        return pyc2c_runner_type == NULL ? -1 : 0;
    }
    if (PyType_Ready(&runner_type) < 0) {
        return -1;
    }
    capsule = PyCapsule_New(&runner_type, PYC2C_RUNNER_ABI, NULL);
    if (capsule == NULL) {
        return -1;
    }
    int err = PyDict_SetItemString(registry, PYC2C_RUNNER_ABI, capsule);
    Py_DECREF(capsule);
    if (err < 0) {
        return -1;
    }
    pyc2c_runner_type = &runner_type;
    return 0;
}

/* ---- Resuming a compiled generator directly ---------------------------------------------- */

/*
 * next() on a suspended compiled generator, without the interpreter (docs/generators.md, "Direct resumption"):
 * what gen_send_ex2, the interpreter's entry and the trampoline's site do around the body, and nothing else. The
 * runtime puts it in the generator type's tp_iternext slot, which next(), for loops in C, list(), sum(), str.join()
 * and compiled for loops call; gen.__next__ and send() keep CPython's own, as does anything it does not take:
 * generators of interpreted code, a generator not started yet or not suspended at a plain yield, one whose code a
 * monitor watches (sys.monitoring, settrace, setprofile), and a pending eval breaker (the site's RESUME handles it).
 *
 * A yield leaves the frame as the interpreter's suspension at the site would. A return or an exception ends the
 * generator once: the body's frame is suspended again at a landing of the trampoline, which CPython's own
 * tp_iternext then runs: it returns, or raises again what the body raised, with everything that goes with it
 * (StopIteration's value, monitoring events, the frame's clearing).
 */
static iternextfunc gen_iternext_next;   /* the slot it replaced: CPython's gen_iternext, or another runtime's */

static PyObject *
gen_resume_directly(PyObject *self, PyGenObject *gen, _PyInterpreterFrame *frame, PyCodeObject *co,
                    const pyc2c_code *c)
{
    PyThreadState *ts = PyThreadState_GET();
    if (PYC2C_UNLIKELY(PYC2C_PY_RECURSION_REMAINING(ts) <= 0 || PYC2C_EVAL_BREAKER(ts)) || pyc2c_monitored(ts, co)) {
        return gen_iternext_next(self);
    }
    /* The C stack, every 8th level of Python recursion as for direct calls; the interpreter raises its own error. */
    if (PYC2C_UNLIKELY((PYC2C_PY_RECURSION_REMAINING(ts) & 7) == 0) && pyc2c_stack_check() < 0) {
        PyErr_Clear();
        return gen_iternext_next(self);
    }
    _Py_CODEUNIT *first = _PyCode_CODE(co);
    gen->gi_frame_state = FRAME_EXECUTING;
    gen->gi_exc_state.previous_item = ts->exc_info;
    ts->exc_info = &gen->gi_exc_state;
    frame->previous = PYC2C_CURRENT_FRAME(ts);
    PYC2C_SET_CURRENT_FRAME(ts, frame);
    PYC2C_PY_RECURSION_REMAINING(ts)--;
#if PY_VERSION_HEX < 0x030C0000
    /* 3.11: the control slots above the suspended stack hold what the trampoline's dispatch popped (not owned). */
    for (int i = 0; i < c->gen_controls + 2; i++) {
        PYC2C_GEN_SLOT(frame, c->gen_saved + i) = NULL;
    }
#endif
    PyObject *res = c->body(ts, frame);
    int landing = 0;
#if PY_VERSION_HEX < 0x030C0000
    /* 3.11: the body returns what it yields and what it returns, the first control slot telling them apart; the
     * controls of a yield are above the suspended stack, where the trampoline's dispatch would pop them. */
    if (res != NULL) {
        if (PYC2C_LOCAL(PYC2C_GEN_SLOT(frame, c->gen_saved)) == Py_True) {
            PYC2C_GEN_PUT(frame, c->gen_saved, res);   /* [saved, value, c_2..c_m] for the return */
            PYC2C_GEN_SET_DEPTH(frame, c->gen_saved + c->gen_controls);
            res = NULL;
            landing = c->gen_return_landing;
        }
        else {
            for (int i = 0; i < c->gen_controls; i++) {
                PYC2C_LOCAL_CLEAR(PYC2C_GEN_SLOT(frame, c->gen_saved + i));
            }
        }
    }
    else
#endif
    if (res == NULL) {
        if (PyErr_Occurred()) {
#if PY_VERSION_HEX >= 0x030C0000
            stray_stopiteration(frame);   /* as runner_iternext would */
#endif
            /* The interpreter's error path: the traceback entry at the instruction the body left the frame at. */
            pyc2c_traceback_here(ts, frame);
            PyObject *exc = pyc2c_fetch_exception();
            pyc2c_local lasti = PYC2C_LOCAL_LASTI(PYC2C_GET_IP(frame, first));
#if PY_VERSION_HEX < 0x030C0000
            int at = c->gen_saved;                          /* [saved, lasti, exception] */
            PYC2C_GEN_PUT(frame, c->gen_saved + 1, exc);
            PYC2C_GEN_SET_DEPTH(frame, c->gen_saved + 2);
#else
            int at = c->gen_saved + c->gen_controls;       /* the runner's place, above R and c_2..c_m */
            PYC2C_GEN_PUT(frame, c->gen_saved, exc);
#endif
            pyc2c_local old = PYC2C_GEN_SLOT(frame, at);
            PYC2C_GEN_SLOT(frame, at) = lasti;
            PYC2C_LOCAL_XCLOSE(old);
            landing = c->gen_raise_landing;
        }
        else {
            landing = c->gen_return_landing;   /* the value is in R */
        }
    }
    PYC2C_PY_RECURSION_REMAINING(ts)++;
    PYC2C_SET_CURRENT_FRAME(ts, frame->previous);
    frame->previous = NULL;
    ts->exc_info = gen->gi_exc_state.previous_item;
    gen->gi_exc_state.previous_item = NULL;
    if (PYC2C_LIKELY(landing == 0)) {
        gen->gi_frame_state = PYC2C_GEN_SUSPENDED(frame);
        return res;
    }
    gen->gi_frame_state = FRAME_SUSPENDED;
    PYC2C_GEN_RESUME_AT(frame, first, landing);
    return gen_iternext_next(self);
}

static PyObject *
pyc2c_gen_iternext(PyObject *self)
{
    PyGenObject *gen = (PyGenObject *)self;
    if (gen->gi_frame_state == FRAME_SUSPENDED) {
        _PyInterpreterFrame *frame = PYC2C_GEN_FRAME(gen);
        PyCodeObject *co = PYC2C_FRAME_CODE(frame);
        Py_ssize_t n = PyTuple_GET_SIZE(co->co_consts);
        PyObject *runner = n > 0 ? PyTuple_GET_ITEM(co->co_consts, n - 1) : NULL;
        if (runner != NULL && Py_IS_TYPE(runner, pyc2c_runner_type) && ((pyc2c_runner *)runner)->home == co
            && ((pyc2c_runner *)runner)->code->gen_controls != 0) {
            return gen_resume_directly(self, gen, frame, co, ((pyc2c_runner *)runner)->code);
        }
    }
    return gen_iternext_next(self);
}

/* Once per process and runtime: this runtime's generators resumed directly, any other's by the slot it replaces. */
static void
install_gen_iternext(void)
{
    if (gen_iternext_next == NULL) {
        gen_iternext_next = PyGen_Type.tp_iternext;
        PyGen_Type.tp_iternext = pyc2c_gen_iternext;
    }
}

/* The builtins whose calls the generated code does itself (pyc2c_builtins.h): the objects of the
 * interpreter's builtins module when the runtime starts, which a call site's callable must be. */
PyObject *pyc2c_builtin_len;
PyObject *pyc2c_builtin_isinstance;
PyObject *pyc2c_builtin_abs;
PyObject *pyc2c_builtin_min;
PyObject *pyc2c_builtin_max;
PyObject *pyc2c_list_append;

static int
find_builtins(void)
{
    PyObject *builtins = PyEval_GetBuiltins(); /* borrowed: the builtins module's dict */
    if (builtins == NULL) {
        return -1;
    }
    struct {
        const char *name;
        PyObject **slot;
    } wanted[] = {
        {"len", &pyc2c_builtin_len}, {"isinstance", &pyc2c_builtin_isinstance}, {"abs", &pyc2c_builtin_abs},
        {"min", &pyc2c_builtin_min}, {"max", &pyc2c_builtin_max},
    };
    for (size_t i = 0; i < sizeof wanted / sizeof wanted[0]; i++) {
        PyObject *v = PyDict_GetItemString(builtins, wanted[i].name); /* borrowed */
        /* Kept for the life of the process: a call site compares its callable with it. Absent (someone
         * deleted it before the runtime loaded): a sentinel no callable is. */
        *wanted[i].slot = Py_NewRef(v != NULL ? v : Py_None);
    }
    /* list.append's method descriptor (a static type's dict is the interpreter's in 3.12: ask the type). */
    pyc2c_list_append = PyObject_GetAttrString((PyObject *)&PyList_Type, "append");
    return pyc2c_list_append == NULL ? -1 : 0;
}

vectorcallfunc pyc2c_function_vectorcall;

/* The vectorcall every Python function starts with: read off a function made for the purpose. */
static int
find_function_vectorcall(void)
{
    PyObject *code = Py_CompileString("None", "<pyc2c>", Py_eval_input);
    if (code == NULL) {
        return -1;
    }
    PyObject *globals = PyDict_New();
    PyObject *func = globals == NULL ? NULL : PyFunction_New(code, globals);
    Py_DECREF(code);
    Py_XDECREF(globals);
    if (func == NULL) {
        return -1;
    }
    pyc2c_function_vectorcall = ((PyFunctionObject *)func)->vectorcall;
    Py_DECREF(func);
    return 0;
}

int
pyc2c_runtime_init(void)
{
    if (find_builtins() < 0 || find_function_vectorcall() < 0 || share_runner_type() < 0) {
        return -1;
    }
    install_gen_iternext();
    return 0;
}

int
pyc2c_run_module(PyObject *module, const pyc2c_module_def *def)
{
    if (share_runner_type() < 0) {
        return -1;
    }
    /*
     * importlib.reload() runs a source module's body again in the same namespace. For an extension
     * module it calls the exec slots again only while the module has no state pointer, and
     * PyModule_ExecDef sets one (even for m_size 0) just before calling this slot precisely to make
     * reload a no-op; a multi-phase module may not say m_size -1. A pyc2c module keeps no state, so
     * dropping the pointer restores the source module's reload.
     */
    PyModuleObject *md = (PyModuleObject *)module;
    if (PyModule_CheckExact(module) && md->md_def != NULL && md->md_def->m_size == 0 && md->md_state != NULL) {
        PyMem_Free(md->md_state);
        md->md_state = NULL;
    }
    PyObject *code = PyMarshal_ReadObjectFromString((const char *)def->code_data, def->code_size);
    if (code == NULL) {
        return -1;
    }
    if (!PyCode_Check(code)) {
        Py_DECREF(code);
        PyErr_SetString(PyExc_SystemError, "pyc2c: the module's code data is not a code object");
        return -1;
    }
    if (install((PyCodeObject *)code, def) < 0) {
        Py_DECREF(code);
        return -1;
    }
    PyObject *globals = PyModule_GetDict(module); /* borrowed */
    /* What exec(code, module.__dict__) adds to a source module's namespace. */
    if (PyDict_GetItemString(globals, "__builtins__") == NULL) {
        if (PyErr_Occurred() || PyDict_SetItemString(globals, "__builtins__", PyEval_GetBuiltins()) < 0) {
            Py_DECREF(code);
            return -1;
        }
    }
    PyObject *result = PyEval_EvalCode(code, globals, globals);
    Py_DECREF(code);
    if (result == NULL) {
        return -1;
    }
    Py_DECREF(result);
    return 0;
}

/* ---- The instruction a re-raise hid ------------------------------------------------------ */

/*
 * Where pyc2c_reraise_exit leaves the instruction it hid, for pyc2c_call_compiled to restore: the frame's
 * first value-stack slot, which compiled code never uses (its stack is in C locals) and which every
 * compiled code object has (Trampolines gives each a co_stacksize of at least 1). The instruction is
 * tagged by its low bits (the frame layer's PYC2C_HIDDEN_IP_TAG_BITS), so NULL (0) means none.
 */
#define HIDDEN_IP_SLOT(frame) PYC2C_HIDDEN_IP_SLOT(frame)
/* the unit shifted past the tag, whose PYC2C_HIDDEN_IP_TAG_BITS low bits are all set */
#define HIDDEN_IP_TAG_MASK (((uintptr_t)1 << PYC2C_HIDDEN_IP_TAG_BITS) - 1)
#define HIDDEN_IP_TAG(unit) ((pyc2c_hidden_ip)((((uintptr_t)(unit)) << PYC2C_HIDDEN_IP_TAG_BITS) | HIDDEN_IP_TAG_MASK))
#define HIDDEN_IP_IS_TAG(o) ((((uintptr_t)(o)) & HIDDEN_IP_TAG_MASK) == HIDDEN_IP_TAG_MASK)
#define HIDDEN_IP_UNIT(o) ((int)(((uintptr_t)(o)) >> PYC2C_HIDDEN_IP_TAG_BITS))

/* ---- Direct calls between compiled functions ------------------------------------------ */

#if PYC2C_DIRECT_CALLS

/* A CALL site's cache (pyc2c.h) filled out of line: it happens once per site. */
void
pyc2c_call_cache_fill(pyc2c_call_cache *cc, PyFunctionObject *func, const pyc2c_code *c, Py_ssize_t nargs)
{
    PyObject *ref = PyWeakref_NewRef(func->func_code, NULL);
    if (ref == NULL) {
        PyErr_Clear();
        return;
    }
    cc->c = c;
    cc->nargs = nargs;
    Py_XSETREF(cc->ref, ref);
}


/*
 * Whether a sys.monitoring tool (which is also how 3.12 implements settrace and setprofile) may want
 * events from code: then its calls go through the interpreter, which reports them. The interpreter
 * brings a code object's instrumentation up to date (its _co_instrumentation_version) at its RESUME,
 * and any change of what is monitored changes the interpreter's monitoring_version; so a code object
 * whose version is current and whose active monitors are all zero has nobody listening.
 */
#ifndef PYC2C_TRACING
int
pyc2c_monitored_slow(PyThreadState *ts, PyCodeObject *co)
{
    if (co->_co_instrumentation_version != PYC2C_MONITORING_VERSION(ts)) {
        return 1;
    }
    _PyCoMonitoringData *m = co->_co_monitoring;
    if (m != NULL) {
        for (int i = 0; i < _PY_MONITORING_LOCAL_EVENTS; i++) {
            if (m->active_monitors.tools[i]) {
                return 1;
            }
        }
    }
    return 0;
}
#endif

/* The interpreter's _Py_CheckRecursiveCallPy (static in ceval.c), after the decrement. */
int
pyc2c_python_recursion_error(PyThreadState *ts)
{
#if PY_VERSION_HEX < 0x030C0000
    /* 3.11: _Py_EnterRecursivePy's check, exported; the caller's exit gives back the decrement, so a failed check
     * leaves the count as it found it whatever it did to it (only a success may adopt a changed limit). */
    int remaining = ts->recursion_remaining;
    if (_Py_CheckRecursiveCall(ts, "") < 0) {
        ts->recursion_remaining = remaining;
        return -1;
    }
    return 0;
#else
    if (ts->recursion_headroom) {
        if (ts->py_recursion_remaining < -50) {
            Py_FatalError("Cannot recover from Python stack overflow.");
        }
        return 0;
    }
    if (ts->py_recursion_remaining <= 0) {
        ts->recursion_headroom++;
        PyErr_SetString(PyExc_RecursionError, "maximum recursion depth exceeded");
        ts->recursion_headroom--;
        return -1;
    }
    return 0;
#endif
}

/* MAKE_CELL for every cell variable: the first part of the trampoline's prefix (pyc2c_run_frame copies the free
 * variables). */
int
pyc2c_make_cells(_PyInterpreterFrame *frame, PyCodeObject *co)
{
    pyc2c_local *locals = frame->localsplus;
    for (int i = 0; i < co->co_nlocalsplus - co->co_nfreevars; i++) {
        if (_PyLocals_GetKind(co->co_localspluskinds, i) & CO_FAST_CELL) {
            PyObject *cell = PyCell_New(PYC2C_LOCAL(locals[i]));
            if (cell == NULL) {
                return -1;
            }
            PYC2C_LOCAL_XSETREF(locals[i], cell);
        }
    }
    return 0;
}

#ifndef PYC2C_FRAME_CLEAR_AND_POP
/*
 * The frame outlives its function (a traceback or sys._getframe() kept its frame object): the frame
 * object takes a copy of the frame and its references, as CPython's take_ownership (static in
 * frameobject.c) does, with exported calls only.
 */
static void
take_ownership(PyFrameObject *f, _PyInterpreterFrame *frame)
{
    PyObject *exc = pyc2c_fetch_exception();
    PyFrameObject *back = PyFrame_GetBack(f); /* while frame->previous is still alive */
    if (back == NULL && PyErr_Occurred()) {
        PyErr_Clear(); /* a MemoryError: the frame object just has no f_back, as in CPython */
    }
    Py_ssize_t size = ((char *)&frame->localsplus[frame->stacktop]) - (char *)frame;
    Py_INCREF(PYC2C_FRAME_CODE(frame));
    memcpy((_PyInterpreterFrame *)f->_f_frame_data, frame, size);
    frame = (_PyInterpreterFrame *)f->_f_frame_data;
    f->f_frame = frame;
    frame->owner = FRAME_OWNED_BY_FRAME_OBJECT;
    if (_PyFrame_IsIncomplete(frame)) {
        PYC2C_SET_IP(frame, _PyCode_CODE(PYC2C_FRAME_CODE(frame)), PYC2C_FRAME_CODE(frame)->_co_firsttraceable);
    }
    frame->previous = NULL;
    f->f_back = back;
    if (!PyObject_GC_IsTracked((PyObject *)f)) {
        PyObject_GC_Track((PyObject *)f);
    }
    pyc2c_restore_exception(exc);
}

/* What CPython's clear_thread_frame does for a frame on the thread's frame stack, already unlinked. */
void
pyc2c_clear_frame(PyThreadState *ts, _PyInterpreterFrame *frame)
{
    PyCodeObject *co = PYC2C_FRAME_CODE(frame);
    PyFrameObject *f = frame->frame_obj;
    int owned = 0;
    if (f != NULL) {
        frame->frame_obj = NULL;
        if (Py_REFCNT(f) > 1) {
            take_ownership(f, frame);
            owned = 1;
        }
        Py_DECREF(f);
    }
    if (!owned) {
        for (int i = 0; i < frame->stacktop; i++) {
            Py_XDECREF(frame->localsplus[i]);
        }
        Py_XDECREF(frame->f_locals);
        Py_DECREF(PYC2C_FRAME_FUNC(frame));
    }
    Py_DECREF(co);
    /* Pop: the frame is not the first of its chunk (_PyThreadState_HasStackSpace was true when it
     * was pushed, so it went after another frame), so popping is moving the top back. */
    ts->datastack_top = (PyObject **)frame;
}
#else
/* The interpreter's own, where the version exports it (the frame layer's PYC2C_FRAME_CLEAR_AND_POP). */
void
pyc2c_clear_frame(PyThreadState *ts, _PyInterpreterFrame *frame)
{
    PYC2C_FRAME_CLEAR_AND_POP(ts, frame);
}
#endif

/* Gives up a frame pushed for a call that then goes the interpreter's way: nothing has seen it. */
static void
unpush_frame(PyThreadState *ts, _PyInterpreterFrame *frame, int nparams)
{
    for (int i = 0; i < nparams; i++) {
        PYC2C_LOCAL_CLEAR(frame->localsplus[i]);
    }
    PYC2C_FRAME_RELEASE(frame);
    ts->datastack_top = (PyObject **)frame;
}

/* The parameter (among the first nparams, positional-only ones excluded) whose name is `name` itself, or -1. */
static inline int
keyword_parameter_interned(PyCodeObject *co, PyObject *name, int nparams)
{
    PyObject *const *names = PYC2C_TUPLE_ITEMS(co->co_localsplusnames);
    for (int i = co->co_posonlyargcount; i < nparams; i++) {
        if (names[i] == name) {
            return i;
        }
    }
    return -1;
}

/* The parameter a keyword argument names (positional-only ones excluded), or -1. */
static int
keyword_parameter(PyCodeObject *co, PyObject *name, int nparams)
{
    int k = keyword_parameter_interned(co, name, nparams);
    if (k >= 0) {
        return k;
    }
    PyObject *const *names = PYC2C_TUPLE_ITEMS(co->co_localsplusnames);
    for (int i = co->co_posonlyargcount; i < nparams; i++) {
        int eq = PyUnicode_Check(name) ? PyUnicode_Compare(names[i], name) == 0 : 0;
        if (eq) {
            return i;
        }
    }
    return -1;
}

PyObject *
pyc2c_call_compiled(PyThreadState *ts, PyFunctionObject *func, PyObject *runner, PyObject *const *args,
                    size_t nargsf, PyObject *kwnames)
{
    pyc2c_runner *r = (pyc2c_runner *)runner;
    PyCodeObject *co = (PyCodeObject *)func->func_code;
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    int argc = co->co_argcount;
    int nparams = argc + co->co_kwonlyargcount;
    /* Only what binds without an error: positional and keyword arguments for named parameters, with
     * defaults; no *args or **kwargs. Everything else (binding errors included) goes the normal way,
     * as do calls while something monitors (sys.monitoring, settrace, setprofile), so they see them. */
    if ((co->co_flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR
                         | CO_ITERABLE_COROUTINE | CO_OPTIMIZED)) != CO_OPTIMIZED
        || nargs > argc || !_PyThreadState_HasStackSpace(ts, PYC2C_FRAME_SIZE(co)) || pyc2c_monitored(ts, co)
        || !runs_on(r, co)) {
        return PYC2C_FUNCTION_VECTORCALL((PyObject *)func, args, nargsf, kwnames);
    }

    Py_INCREF(func);
    _PyInterpreterFrame *frame = PYC2C_FRAME_PUSH(ts, func, kwnames == NULL ? (int)nargs : 0);
    pyc2c_local *locals = frame->localsplus;
    for (Py_ssize_t i = 0; i < nargs; i++) {
        locals[i] = PYC2C_LOCAL_NEW(args[i]);
    }
    if (kwnames != NULL) {
        Py_ssize_t nkw = PyTuple_GET_SIZE(kwnames);
        for (Py_ssize_t j = 0; j < nkw; j++) {
            int k = keyword_parameter(co, PyTuple_GET_ITEM(kwnames, j), nparams);
            if (k < 0 || PYC2C_LOCAL(locals[k]) != NULL) {
                goto interpreter;
            }
            locals[k] = PYC2C_LOCAL_NEW(args[nargs + j]);
        }
    }
    if (nargs < nparams) {
        PyObject *defaults = func->func_defaults;
        Py_ssize_t ndefaults = defaults == NULL ? 0 : PyTuple_GET_SIZE(defaults);
        Py_ssize_t first_default = argc - ndefaults;
        for (Py_ssize_t i = nargs; i < argc; i++) {
            /* Without keyword arguments, the parameters after the positional ones are still unset. */
            if (kwnames == NULL || PYC2C_LOCAL(locals[i]) == NULL) {
                if (i < first_default) {
                    goto interpreter; /* missing argument */
                }
                locals[i] = PYC2C_LOCAL_NEW(PyTuple_GET_ITEM(defaults, i - first_default));
            }
        }
        for (int i = argc; i < nparams; i++) {
            if (kwnames == NULL || PYC2C_LOCAL(locals[i]) == NULL) {
                PyObject *v = func->func_kwdefaults == NULL ? NULL
                    : PyDict_GetItemWithError(func->func_kwdefaults, PyTuple_GET_ITEM(co->co_localsplusnames, i));
                if (v == NULL) {
                    PyErr_Clear();
                    goto interpreter; /* missing keyword-only argument */
                }
                locals[i] = PYC2C_LOCAL_NEW(v);
            }
        }
    }
    goto bound;
interpreter:
    unpush_frame(ts, frame, nparams);
    return PYC2C_FUNCTION_VECTORCALL((PyObject *)func, args, nargsf, kwnames);
bound:
    return pyc2c_run_frame(ts, frame, func, co, co->co_nlocalsplus, co->co_ncellvars || co->co_nfreevars,
                           r->code->body);
}

/* The most parameters pyc2c_call_bound binds on the C stack; more go to pyc2c_call_compiled. */
#define BOUND_MAX 16

PyObject *
pyc2c_call_bound(PyThreadState *ts, PyFunctionObject *func, PyObject *runner, PyObject *const *args, size_t nargsf,
                 PyObject *kwnames)
{
    const pyc2c_code *c = ((pyc2c_runner *)runner)->code;
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    int argc = c->argcount;
    PyObject *bound[BOUND_MAX];
    if (argc > BOUND_MAX || nargs > argc) {
        goto general;
    }
    for (Py_ssize_t i = 0; i < nargs; i++) {
        bound[i] = args[i];
    }
    PyObject *defaults = func->func_defaults;
    Py_ssize_t first_default = argc - (defaults == NULL ? 0 : PyTuple_GET_SIZE(defaults));
    if (kwnames == NULL) {
        /* CALL_PY_WITH_DEFAULTS */
        if (nargs < first_default) {
            goto general; /* a missing argument: the interpreter's error */
        }
        for (int i = (int)nargs; i < argc; i++) {
            bound[i] = PyTuple_GET_ITEM(defaults, i - first_default);
        }
    }
    else {
        for (int i = (int)nargs; i < argc; i++) {
            bound[i] = NULL;
        }
        Py_ssize_t nkw = PyTuple_GET_SIZE(kwnames);
        for (Py_ssize_t j = 0; j < nkw; j++) {
            int k = keyword_parameter_interned((PyCodeObject *)func->func_code, PyTuple_GET_ITEM(kwnames, j), argc);
            if (k < 0 || bound[k] != NULL) {
                goto general;
            }
            bound[k] = args[nargs + j];
        }
        for (int i = (int)nargs; i < argc; i++) {
            if (bound[i] == NULL) {
                if (i < first_default) {
                    goto general;
                }
                bound[i] = PyTuple_GET_ITEM(defaults, i - first_default);
            }
        }
    }
    return pyc2c_enter_code(ts, func, bound, c);
general:
    return pyc2c_call_compiled(ts, func, runner, args, nargsf, kwnames);
}

PyObject *
pyc2c_enter(PyThreadState *ts, PyFunctionObject *func, PyObject *const *args, const pyc2c_code *c)
{
    return pyc2c_enter_frame(ts, func, args, c->argcount, c->nlocals, c->cells, c->body);
}

void
pyc2c_frame_error(PyThreadState *ts, _PyInterpreterFrame *frame)
{
    /* What the interpreter's error label does for a frame whose instruction failed; a body that
     * re-raises hides its instruction pointer to get no entry, as the interpreter's RERAISE. */
    if (!_PyFrame_IsIncomplete(frame)) {
        pyc2c_traceback_here(ts, frame);
    }
    else if (HIDDEN_IP_IS_TAG(HIDDEN_IP_SLOT(frame))) {
        /* Left by a re-raise that adds no entry: the instruction it hid (pyc2c_reraise_exit). */
        PYC2C_SET_IP(frame, _PyCode_CODE(PYC2C_FRAME_CODE(frame)), HIDDEN_IP_UNIT(HIDDEN_IP_SLOT(frame)));
        HIDDEN_IP_SLOT(frame) = 0;
    }
}

/*
 * Calling a class whose metaclass is type: what type_call, object_new and slot_tp_init do, with the
 * class's __init__ run directly when it is compiled. Anything else (another metaclass, a __new__ of
 * the class's own, an __init__ that is not a plain function) goes through type_call itself.
 */
PyObject *
pyc2c_call_class(PyThreadState *ts, PyTypeObject *tp, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    if (Py_TYPE(tp) != &PyType_Type || tp->tp_new != PyBaseObject_Type.tp_new || kwnames != NULL
        || (nargsf & PY_VECTORCALL_ARGUMENTS_OFFSET) == 0) {
        return PyObject_Vectorcall((PyObject *)tp, args, nargsf, kwnames);
    }
    static PyObject *init_name;
    if (init_name == NULL && (init_name = PyUnicode_InternFromString("__init__")) == NULL) {
        return NULL;
    }
    PyObject *init = _PyType_Lookup(tp, init_name); /* borrowed: what slot_tp_init's lookup_method finds */
    pyc2c_runner *r;
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (init == NULL || Py_TYPE(init) != &PyFunction_Type || (r = pyc2c_runner_of((PyFunctionObject *)init)) == NULL
        || !pyc2c_enters_directly((PyFunctionObject *)init, r, nargs + 1, NULL)) {
        return PyObject_Vectorcall((PyObject *)tp, args, nargsf, kwnames);
    }
    /* _PyObject_MakeTpCall's C recursion accounting, around type_call. */
    int entered = PYC2C_TP_CALL_ENTER(ts);
    if (entered <= 0) {
        /* the error raised, or left to the interpreter's call, which raises it as the interpreter would */
        return entered < 0 ? NULL : PyObject_Vectorcall((PyObject *)tp, args, nargsf, kwnames);
    }
    PyObject *result = NULL;
    /* object_new: the abstract-class check, the allocation, the instance's values; with no arguments it
     * behaves as with the call's (this class's tp_init is not object_init: it has an __init__). */
    PyObject *empty = PyTuple_New(0);
    PyObject *self = empty == NULL ? NULL : tp->tp_new(tp, empty, NULL);
    Py_XDECREF(empty);
    if (self != NULL) {
        Py_INCREF(init); /* kept alive while it runs, as slot_tp_init's reference does */
        PyObject **argv = (PyObject **)args - 1;
        PyObject *saved = argv[0];
        argv[0] = self;
        PyObject *res = pyc2c_enter_code(ts, (PyFunctionObject *)init, argv, r->code);
        argv[0] = saved;
        Py_DECREF(init);
        if (res == NULL) {
            Py_CLEAR(self);
        }
        else if (res != Py_None) {
            PyErr_Format(PyExc_TypeError, "__init__() should return None, not '%.200s'", Py_TYPE(res)->tp_name);
            Py_DECREF(res);
            Py_CLEAR(self);
        }
        else {
            Py_DECREF(res);
        }
        result = self;
    }
    PYC2C_TP_CALL_LEAVE(ts);
    return result;
}

/* The vectorcall of compiled functions: what C code (and the interpreter's unspecialised CALL)
 * calls. It looks at the function's code on every call, so a reassigned __code__ takes effect. */
static PyObject *
compiled_vectorcall(PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    pyc2c_runner *r = pyc2c_runner_of((PyFunctionObject *)callable);
    if (r != NULL) {
        return pyc2c_call_runner(PyThreadState_GET(), (PyFunctionObject *)callable, r, args, nargsf, kwnames);
    }
    return PYC2C_FUNCTION_VECTORCALL(callable, args, nargsf, kwnames);
}

#endif /* PYC2C_DIRECT_CALLS */

typedef PyObject *(*pyc2c_cfunction_fast)(PyObject *, PyObject *const *, Py_ssize_t);
typedef PyObject *(*pyc2c_cfunction_fast_kw)(PyObject *, PyObject *const *, Py_ssize_t, PyObject *);

/*
 * Py_EnterRecursiveCall and Py_LeaveRecursiveCall with the thread state at hand, as the interpreter's
 * _Py_EnterRecursiveCallTstate (3.12, 3.13: the C recursion counter, inline); the limit itself, and other
 * versions, by the C API's own functions.
 */
static inline int
enter_recursive_call(PyThreadState *ts, const char *where)
{
#if PY_VERSION_HEX >= 0x030C0000 && PY_VERSION_HEX < 0x030E0000
    if (PYC2C_LIKELY(ts->c_recursion_remaining > 1)) {
        ts->c_recursion_remaining--;
        return 0;
    }
#else
    (void)ts;
#endif
    return Py_EnterRecursiveCall(where);
}

static inline void
leave_recursive_call(PyThreadState *ts)
{
#if PY_VERSION_HEX >= 0x030C0000 && PY_VERSION_HEX < 0x030E0000
    ts->c_recursion_remaining++;
#else
    (void)ts;
    Py_LeaveRecursiveCall();
#endif
}

/* METH_O and METH_NOARGS (call_c_function): the C function, with the recursion check the interpreter makes
 * around it. */
static PYC2C_NOINLINE PyObject *
call_c_o(PyThreadState *ts, PyCFunction meth, PyObject *self, PyObject *arg)
{
    if (enter_recursive_call(ts, " while calling a Python object")) {
        return NULL;
    }
    PyObject *res = meth(self, arg);
    leave_recursive_call(ts);
    return res;
}

/*
 * Calls the C function of a builtin (ml, with self) directly, as CALL_BUILTIN_FAST, _FAST_WITH_KEYWORDS, _O
 * and CALL_NO_KW_METHOD_DESCRIPTOR_FAST, _O, _NOARGS do, without the vectorcall and its checks:
 * METH_FASTCALL (no keywords), METH_FASTCALL | METH_KEYWORDS, METH_O with one argument and METH_NOARGS
 * with none (neither with keywords; with the recursion check the interpreter makes for every call of a C
 * function that is not a vectorcall); any other flags or count through PyObject_Vectorcall of the callable,
 * which gives the errors. The caller has pointed the frame at the call: the C function may run Python code
 * (a key, a __hash__). args[-1] is writable when nargsf says so (PY_VECTORCALL_ARGUMENTS_OFFSET): only the
 * vectorcall uses it. Every C function is entered by a jump (a sibling call), so that pyc2c_call_ool saves no
 * registers: METH_O and METH_NOARGS through call_c_o, which makes the recursion check around the call.
 */
static PYC2C_ALWAYS_INLINE PyObject *
call_c_function(PyThreadState *ts, PyMethodDef *ml, PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                PyObject *kwnames, PyObject *callable, PyObject *const *vargs, size_t nargsf, PyObject *vkwnames)
{
    switch (ml->ml_flags & ~METH_COEXIST) {
    case METH_FASTCALL:
        if (kwnames == NULL || PyTuple_GET_SIZE(kwnames) == 0) {
            return ((pyc2c_cfunction_fast)(void (*)(void))ml->ml_meth)(self, args, nargs);
        }
        break;
    case METH_FASTCALL | METH_KEYWORDS:
        return ((pyc2c_cfunction_fast_kw)(void (*)(void))ml->ml_meth)(self, args, nargs, kwnames);
    case METH_O:
    case METH_NOARGS:
        if (kwnames == NULL && nargs == ((ml->ml_flags & METH_O) ? 1 : 0)) {
            return call_c_o(ts, ml->ml_meth, self, nargs == 1 ? args[0] : NULL);
        }
        break;
    default:
        break;
    }
    return PyObject_Vectorcall(callable, vargs, nargsf, vkwnames);
}

static PYC2C_NOINLINE PyObject *call_general(PyThreadState *ts, _PyInterpreterFrame *frame, _Py_CODEUNIT *first, int call_unit,
                              int last_cache_unit, PyObject *callable, PyObject *const *args, size_t nargsf,
                              PyObject *kwnames);

/*
 * The calls most often made out of line, kept short so that the C function is entered by a jump where it
 * can be: a builtin function, or a bound method of a builtin object (len, math.sqrt, d.get bound earlier),
 * and a method of a builtin type (str.split, list.pop...) with an instance of exactly that type first; all
 * else in call_general.
 */
PyObject *
pyc2c_call_ool(PyThreadState *ts, _PyInterpreterFrame *frame, _Py_CODEUNIT *first, int call_unit, int last_cache_unit,
               PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    PyTypeObject *type = Py_TYPE(callable);
    if (type == &PyCFunction_Type) {
        PYC2C_SET_IP(frame, first, call_unit);
        return call_c_function(ts, ((PyCFunctionObject *)callable)->m_ml, PyCFunction_GET_SELF(callable), args,
                               PyVectorcall_NARGS(nargsf), kwnames, callable, args, nargsf, kwnames);
    }
    if (type == &PyMethodDescr_Type) {
        PYC2C_SET_IP(frame, first, call_unit);
        Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
        if (kwnames == NULL && nargs >= 1 && Py_IS_TYPE(args[0], ((PyMethodDescrObject *)callable)->d_common.d_type)) {
            return call_c_function(ts, ((PyMethodDescrObject *)callable)->d_method, args[0], args + 1, nargs - 1, NULL,
                                   callable, args, nargsf, kwnames);
        }
        return PyObject_Vectorcall(callable, args, nargsf, kwnames);
    }
    return call_general(ts, frame, first, call_unit, last_cache_unit, callable, args, nargsf, kwnames);
}

/* pyc2c_call_ool's other calls: functions, classes, types, bound methods, anything else. */
static PYC2C_NOINLINE PyObject *
call_general(PyThreadState *ts, _PyInterpreterFrame *frame, _Py_CODEUNIT *first, int call_unit, int last_cache_unit,
             PyObject *callable, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    PyTypeObject *type = Py_TYPE(callable);
    if (type == &PyFunction_Type) {
        PYC2C_SET_IP(frame, first, last_cache_unit);
#if PYC2C_DIRECT_CALLS
        pyc2c_runner *r = pyc2c_runner_of((PyFunctionObject *)callable);
        if (r != NULL) {
            return pyc2c_call_runner(ts, (PyFunctionObject *)callable, r, args, nargsf, kwnames);
        }
#else
        (void)ts;
#endif
        return PyObject_Vectorcall(callable, args, nargsf, kwnames);
    }
#if PYC2C_DIRECT_CALLS
    if (type == &PyType_Type && (((PyTypeObject *)callable)->tp_flags & Py_TPFLAGS_HEAPTYPE)) {
        /* A class of the program: its __init__ runs as the interpreter would run it, directly if compiled. */
        PYC2C_SET_IP(frame, first, call_unit);
        return pyc2c_call_class(ts, (PyTypeObject *)callable, args, nargsf, kwnames);
    }
#endif
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (type == &PyType_Type && nargs == 1 && kwnames == NULL) {
        /* CALL_NO_KW_STR_1, CALL_NO_KW_TUPLE_1, CALL_NO_KW_TYPE_1: what calling these types with one
         * argument comes to, without type_call */
        PYC2C_SET_IP(frame, first, call_unit);
        if (callable == (PyObject *)&PyUnicode_Type) {
            return PyObject_Str(args[0]);
        }
        if (callable == (PyObject *)&PyTuple_Type) {
            return PySequence_Tuple(args[0]);
        }
        if (callable == (PyObject *)&PyType_Type) {
            return Py_NewRef(Py_TYPE(args[0]));
        }
    }
    int inlined = type == &PyMethod_Type && Py_TYPE(((PyMethodObject *)callable)->im_func) == &PyFunction_Type;
    PYC2C_SET_IP(frame, first, inlined ? last_cache_unit : call_unit);
#if PYC2C_DIRECT_CALLS
    if (inlined && (nargsf & PY_VECTORCALL_ARGUMENTS_OFFSET)) {
        /* A bound method of a compiled function (a method taken by getattr, a callback): as
         * CALL_BOUND_METHOD_EXACT_ARGS and method_vectorcall, self goes in the slot before the arguments
         * and the function is called directly; the method object, which the caller holds, keeps both. */
        PyFunctionObject *func = (PyFunctionObject *)((PyMethodObject *)callable)->im_func;
        pyc2c_runner *r = pyc2c_runner_of(func);
        if (r != NULL) {
            PyObject **with_self = (PyObject **)args - 1;
            PyObject *saved = with_self[0];
            with_self[0] = ((PyMethodObject *)callable)->im_self;
            PyObject *res = pyc2c_call_runner(ts, func, r, with_self, PyVectorcall_NARGS(nargsf) + 1, kwnames);
            with_self[0] = saved;
            return res;
        }
    }
#endif
    return PyObject_Vectorcall(callable, args, nargsf, kwnames);
}

void
pyc2c_function_made(PyFunctionObject *func)
{
#if PYC2C_DIRECT_CALLS
    PyObject *consts = ((PyCodeObject *)func->func_code)->co_consts;
    Py_ssize_t n = PyTuple_GET_SIZE(consts);
    if (n > 0 && Py_TYPE(PyTuple_GET_ITEM(consts, n - 1)) == pyc2c_runner_type) {
        /* Also makes func_version 0, so the interpreter's call sites do not inline the trampoline's
         * frame but take this vectorcall too (measured: the same cost, +8 ns over an interpreted call). */
        PYC2C_SET_VECTORCALL(func, compiled_vectorcall);
    }
#else
    (void)func;
#endif
}

/* ---- Stack guard ------------------------------------------------------------------------- */

/* Stop this far above the end of the thread's C stack, room to raise and unwind: 256 KiB, or a
 * quarter of a smaller stack (threading.stack_size() can make them as small as 32 KiB). */
#define PYC2C_STACK_MARGIN (256 * 1024)

static size_t
stack_margin(size_t size)
{
    return size / 4 < PYC2C_STACK_MARGIN ? size / 4 : PYC2C_STACK_MARGIN;
}

#if defined(_MSC_VER)
static __declspec(thread) char *stack_floor;
#else
static _Thread_local char *stack_floor;
#endif

static void
init_stack_floor(void)
{
    char *floor = (char *)1; /* unknown: the check never fires */
#if defined(__linux__)
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        if (pthread_attr_getstack(&attr, &addr, &size) == 0) {
            floor = (char *)addr + stack_margin(size);
        }
        pthread_attr_destroy(&attr);
    }
#elif defined(__APPLE__)
    char *top = (char *)pthread_get_stackaddr_np(pthread_self());
    size_t size = pthread_get_stacksize_np(pthread_self());
    floor = top - size + stack_margin(size);
#elif defined(_WIN32)
    ULONG_PTR low, high;
    GetCurrentThreadStackLimits(&low, &high);
    floor = (char *)low + stack_margin(high - low);
#endif
    stack_floor = floor;
}

int
pyc2c_stack_check(void)
{
    char here;
    if (PYC2C_UNLIKELY(stack_floor == NULL)) {
        init_stack_floor();
    }
    if (PYC2C_UNLIKELY(&here < stack_floor)) {
        PyErr_SetString(PyExc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    return 0;
}

/* ---- The eval breaker -------------------------------------------------------------------- */

#if PY_VERSION_HEX < 0x030D0000

/* 3.11, 3.12: a function compiled from "None": calling it runs the interpreter's RESUME, which handles
 * whatever the eval breaker signals, exactly as it would in interpreted code. */
static PyObject *pending_helper;

/* With an exception set: removes the traceback entry of the helper frame running helper_code, if the
 * exception's traceback starts with one, so that the exception looks raised by the compiled frame. */
static void
drop_helper_entry(PyCodeObject *helper_code)
{
    PyObject *exc = pyc2c_fetch_exception();
    PyObject *tb = PyException_GetTraceback(exc);
    if (tb != NULL) {
        PyTracebackObject *t = (PyTracebackObject *)tb;
        if (t->tb_frame != NULL) {
            PyCodeObject *code = PyFrame_GetCode(t->tb_frame);
            if (code == helper_code) {
                PyException_SetTraceback(exc, t->tb_next != NULL ? (PyObject *)t->tb_next : Py_None);
            }
            Py_DECREF(code);
        }
        Py_DECREF(tb);
    }
    pyc2c_restore_exception(exc);
}

static int
init_pending_helper(void)
{
    PyObject *code = Py_CompileString("None", "<pyc2c: eval breaker>", Py_eval_input);
    if (code == NULL) {
        return -1;
    }
    PyObject *globals = PyDict_New();
    if (globals == NULL || PyDict_SetItemString(globals, "__builtins__", PyEval_GetBuiltins()) < 0) {
        Py_XDECREF(globals);
        Py_DECREF(code);
        return -1;
    }
    pending_helper = PyFunction_New(code, globals);
    Py_DECREF(globals);
    Py_DECREF(code);
    return pending_helper == NULL ? -1 : 0;
}

#endif

int
pyc2c_handle_pending(PyThreadState *ts)
{
#if PY_VERSION_HEX >= 0x030D0000
    /* 3.13 exports the interpreter's own handler. */
    return _Py_HandlePending(ts);
#else
    (void)ts;
    /* Signal handlers first, as the interpreter does, and here, with the compiled frame current: a
     * handler receives the frame it interrupted (its f_code, f_lineno), not the helper's. */
    if (PyErr_CheckSignals() < 0) {
        return -1;
    }
    if (pending_helper == NULL && init_pending_helper() < 0) {
        return -1;
    }
    PyObject *r = PyObject_CallNoArgs(pending_helper);
    if (r != NULL) {
        Py_DECREF(r);
        return 0;
    }
    /* An exception from a signal handler or an asynchronous exception: it belongs to the compiled
     * frame, not to the helper, so drop the helper's traceback entry. */
    drop_helper_entry((PyCodeObject *)PyFunction_GET_CODE(pending_helper));
    return -1;
#endif
}

/* ---- Intrinsics ------------------------------------------------------------------------- */

#if PY_VERSION_HEX >= 0x030D0000

PyObject *
pyc2c_intrinsic_1(PyThreadState *ts, _PyInterpreterFrame *frame, int which, PyObject *value)
{
    (void)frame;
    return _PyIntrinsics_UnaryFunctions[which].func(ts, value);
}

PyObject *
pyc2c_intrinsic_2(PyThreadState *ts, _PyInterpreterFrame *frame, int which, PyObject *value1, PyObject *value2)
{
    (void)frame;
    return _PyIntrinsics_BinaryFunctions[which].func(ts, value1, value2);
}

#else

/*
 * 3.11, 3.12: what the interpreter does in an instruction whose function is not exported runs in the interpreter:
 * a helper function of `arity` parameters whose code is just `bytecode` ("RESUME; LOAD_FAST a; [LOAD_FAST b;] the
 * instruction; RETURN_VALUE"), made once (*slot) per instruction.
 */
static PyObject *
helper_code(PyObject **slot, int arity, const unsigned char *bytecode, Py_ssize_t size)
{
    if (*slot != NULL) {
        return *slot;
    }
    PyObject *module = Py_CompileString(arity == 1 ? "lambda a: None" : "lambda a, b: None",
                                        "<pyc2c: intrinsic>", Py_eval_input);
    if (module == NULL) {
        return NULL;
    }
    PyObject *template = NULL;
    PyObject *consts = ((PyCodeObject *)module)->co_consts;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(consts); i++) {
        if (PyCode_Check(PyTuple_GET_ITEM(consts, i))) {
            template = PyTuple_GET_ITEM(consts, i);
        }
    }
    if (template == NULL) {
        Py_DECREF(module);
        PyErr_SetString(PyExc_SystemError, "pyc2c: no code object in the intrinsic template");
        return NULL;
    }
    PyObject *code_bytes = PyBytes_FromStringAndSize((const char *)bytecode, size);
    PyObject *empty = PyBytes_FromStringAndSize(NULL, 0);
    PyObject *replace = PyObject_GetAttrString(template, "replace");
    PyObject *kwargs = Py_BuildValue("{sOsOsOsissss}", "co_code", code_bytes, "co_linetable", empty,
                                     "co_exceptiontable", empty, "co_stacksize", arity, "co_name", "<pyc2c intrinsic>",
                                     "co_qualname", "<pyc2c intrinsic>");
    PyObject *empty_args = PyTuple_New(0);
    PyObject *code = NULL;
    if (code_bytes != NULL && empty != NULL && replace != NULL && kwargs != NULL && empty_args != NULL) {
        code = PyObject_Call(replace, empty_args, kwargs);
    }
    Py_XDECREF(empty_args);
    Py_XDECREF(kwargs);
    Py_XDECREF(replace);
    Py_XDECREF(empty);
    Py_XDECREF(code_bytes);
    Py_DECREF(module);
    *slot = code;
    return code;
}

/* Runs a helper function of `code` with the arguments, in `globals`; its own traceback entry dropped on failure. */
static PyObject *
run_helper(PyObject *code, PyObject *globals, int arity, PyObject *const *args)
{
    if (code == NULL) {
        return NULL;
    }
    PyObject *helper = PyFunction_New(code, globals);
    if (helper == NULL) {
        return NULL;
    }
    PyObject *r = PyObject_Vectorcall(helper, args, (size_t)arity, NULL);
    Py_DECREF(helper);
    if (r == NULL) {
        drop_helper_entry((PyCodeObject *)code);
    }
    return r;
}

#if PY_VERSION_HEX < 0x030C0000

/* PREP_RERAISE_STAR (3.11): _PyExc_PrepReraiseStar is not exported, so the interpreter's instruction runs it. */
PyObject *
pyc2c_prep_reraise_star(PyObject *orig, PyObject *excs)
{
    static PyObject *code;
    static const unsigned char bytecode[] = {RESUME, 0, LOAD_FAST, 0, LOAD_FAST, 1, PREP_RERAISE_STAR, 0,
                                             RETURN_VALUE, 0};
    PyObject *args[2] = {orig, excs};
    PyThreadState *ts = PyThreadState_GET();
    _PyInterpreterFrame *frame = PYC2C_CURRENT_FRAME(ts);
    return run_helper(helper_code(&code, 2, bytecode, sizeof bytecode), frame->f_globals, 2, args);
}

#else

/*
 * CPython 3.12 does not export its intrinsic functions (the PEP 695 ones: TypeVar and friends,
 * Generic[...], type aliases, function type parameters), so they run in the interpreter: a helper
 * function whose code is just "RESUME; LOAD_FAST a; [LOAD_FAST b;] CALL_INTRINSIC_n which;
 * RETURN_VALUE", made once per intrinsic. The helper gets the compiled frame's globals, so the
 * intrinsics that name the caller's module (TypeVar.__module__) see the same module.
 */
static PyObject *intrinsic_codes[2][MAX_INTRINSIC_1 + 1 > MAX_INTRINSIC_2 + 1 ? MAX_INTRINSIC_1 + 1 : MAX_INTRINSIC_2 + 1];

static PyObject *
intrinsic_code(int arity, int which)
{
    unsigned char one[] = {RESUME, 0, LOAD_FAST, 0, CALL_INTRINSIC_1, (unsigned char)which, RETURN_VALUE, 0};
    unsigned char two[] = {RESUME, 0, LOAD_FAST, 0, LOAD_FAST, 1, CALL_INTRINSIC_2, (unsigned char)which,
                           RETURN_VALUE, 0};
    return helper_code(&intrinsic_codes[arity - 1][which], arity, arity == 1 ? one : two,
                       arity == 1 ? (Py_ssize_t)sizeof one : (Py_ssize_t)sizeof two);
}

static PyObject *
run_intrinsic(_PyInterpreterFrame *frame, int arity, int which, PyObject *const *args)
{
    return run_helper(intrinsic_code(arity, which), frame->f_globals, arity, args);
}

PyObject *
pyc2c_intrinsic_1(PyThreadState *ts, _PyInterpreterFrame *frame, int which, PyObject *value)
{
    (void)ts;
    return run_intrinsic(frame, 1, which, &value);
}

PyObject *
pyc2c_intrinsic_2(PyThreadState *ts, _PyInterpreterFrame *frame, int which, PyObject *value1, PyObject *value2)
{
    (void)ts;
    PyObject *args[2] = {value1, value2};
    return run_intrinsic(frame, 2, which, args);
}

#endif
#endif

/* ---- Exceptions -------------------------------------------------------------------------- */

void
pyc2c_traceback_here(PyThreadState *ts, _PyInterpreterFrame *frame)
{
    (void)ts;
    (void)frame; /* it is the current frame: PyEval_GetFrame() returns its frame object */
    PyFrameObject *f = PyEval_GetFrame();
    if (f != NULL) {
        PyTraceBack_Here(f);
    }
}

PyObject *
pyc2c_reraise_exit(_PyInterpreterFrame *frame, _Py_CODEUNIT *first)
{
    int unit = PYC2C_GET_IP(frame, first);
    PyObject *exc = pyc2c_fetch_exception();
    PyObject *tb = exc == NULL ? NULL : PyException_GetTraceback(exc);
    int readd = 0;
    if (tb != NULL && Py_IS_TYPE(tb, &PyTraceBack_Type) && frame->frame_obj != NULL) {
        PyTracebackObject *t = (PyTracebackObject *)tb;
        if (t->tb_frame == frame->frame_obj && t->tb_lasti == unit * (int)sizeof(_Py_CODEUNIT)) {
            PyException_SetTraceback(exc, t->tb_next != NULL ? (PyObject *)t->tb_next : Py_None);
            readd = 1;
        }
        else if (t->tb_frame == frame->frame_obj && PYC2C_FRAME_IS_GENERATOR(frame)) {
            /* The interpreter adds an entry for every exception leaving a generator's frame (it is never
             * incomplete): the same one again, at the instruction of this frame's latest. */
            PYC2C_SET_IP(frame, first, t->tb_lasti / (int)sizeof(_Py_CODEUNIT));
            PyException_SetTraceback(exc, t->tb_next != NULL ? (PyObject *)t->tb_next : Py_None);
            readd = 1;
        }
    }
    Py_XDECREF(tb);
    pyc2c_restore_exception(exc);
    if (!readd && !PYC2C_FRAME_IS_GENERATOR(frame)) {
        PYC2C_KEEP_LINENO(frame);   /* the line of the instruction about to be hidden */
        HIDDEN_IP_SLOT(frame) = HIDDEN_IP_TAG(unit);
        PYC2C_FRAME_HIDE_IP(frame, first);
    }
    return NULL;
}

int
pyc2c_restore_lasti(_PyInterpreterFrame *frame, PyObject *lasti)
{
    if (!PyLong_Check(lasti)) {
        PyErr_SetString(PyExc_SystemError, "lasti is not an int");
        return -1;
    }
    PYC2C_SET_IP(frame, _PyCode_CODE(PYC2C_FRAME_CODE(frame)), PyLong_AsLong(lasti));
    return 0;
}

PyObject *
pyc2c_get_aiter(PyThreadState *ts, PyObject *obj)
{
    (void)ts;
    PyTypeObject *type = Py_TYPE(obj);
    unaryfunc getter = type->tp_as_async != NULL ? type->tp_as_async->am_aiter : NULL;
    if (getter == NULL) {
        PyErr_Format(PyExc_TypeError, "'async for' requires an object with __aiter__ method, got %.100s",
                     type->tp_name);
        return NULL;
    }
    PyObject *iter = getter(obj);
    if (iter == NULL) {
        return NULL;
    }
    if (Py_TYPE(iter)->tp_as_async == NULL || Py_TYPE(iter)->tp_as_async->am_anext == NULL) {
        PyErr_Format(PyExc_TypeError,
                     "'async for' received an object from __aiter__ that does not implement __anext__: %.100s",
                     Py_TYPE(iter)->tp_name);
        Py_DECREF(iter);
        return NULL;
    }
    return iter;
}

/* The interpreter's stopiteration_error (Python/intrinsics.c), for the code object of the frame. */
PyObject *
pyc2c_stopiteration_error(_PyInterpreterFrame *frame, PyObject *exc)
{
    int flags = PYC2C_FRAME_CODE(frame)->co_flags;
    const char *msg = NULL;
    if (PyErr_GivenExceptionMatches(exc, PyExc_StopIteration)) {
        msg = "generator raised StopIteration";
        if (flags & CO_ASYNC_GENERATOR) {
            msg = "async generator raised StopIteration";
        }
        else if (flags & CO_COROUTINE) {
            msg = "coroutine raised StopIteration";
        }
    }
    else if ((flags & CO_ASYNC_GENERATOR) && PyErr_GivenExceptionMatches(exc, PyExc_StopAsyncIteration)) {
        msg = "async generator raised StopAsyncIteration";
    }
    if (msg == NULL) {
        return Py_NewRef(exc);
    }
    PyObject *message = PyUnicode_FromString(msg);
    if (message == NULL) {
        return NULL;
    }
    PyObject *error = PyObject_CallOneArg(PyExc_RuntimeError, message);
    Py_DECREF(message);
    if (error == NULL) {
        return NULL;
    }
    PyException_SetCause(error, Py_NewRef(exc));
    PyException_SetContext(error, Py_NewRef(exc));
    return error;
}

PyObject *
pyc2c_with_except_start(PyThreadState *ts, PyObject *exit_func, PyObject *val)
{
    (void)ts;
    PyObject *exc = PyExceptionInstance_Class(val);
    PyObject *tb = PyException_GetTraceback(val);
    if (tb == NULL) {
        tb = Py_None;
    }
    else {
        Py_DECREF(tb); /* the exception keeps it alive */
    }
    PyObject *stack[4] = {NULL, exc, val, tb};
    return PyObject_Vectorcall(exit_func, stack + 1, 3 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
}

/* ---- Names ------------------------------------------------------------------------------- */

/* name in a namespace that may be a dict or any mapping: 1 found (*value: new reference),
 * 0 absent, -1 error. */
static int
mapping_lookup(PyObject *ns, PyObject *name, PyObject **value)
{
    if (PyDict_CheckExact(ns)) {
        PyObject *v = PyDict_GetItemWithError(ns, name);
        if (v != NULL) {
            *value = Py_NewRef(v);
            return 1;
        }
        return PyErr_Occurred() ? -1 : 0;
    }
    PyObject *v = PyObject_GetItem(ns, name);
    if (v != NULL) {
        *value = v;
        return 1;
    }
    if (!PyErr_ExceptionMatches(PyExc_KeyError)) {
        return -1;
    }
    PyErr_Clear();
    return 0;
}

/* The globals-then-builtins half of LOAD_NAME and LOAD_FROM_DICT_OR_GLOBALS. */
static PyObject *
load_global_or_builtin(PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name)
{
    PyObject *v = PyDict_GetItemWithError(frame->f_globals, name);
    if (v != NULL) {
        return Py_NewRef(v);
    }
    if (PyErr_Occurred()) {
        return NULL;
    }
    int found = mapping_lookup(frame->f_builtins, name, &v);
    if (found > 0) {
        return v;
    }
    if (found == 0) {
        pyc2c_name_error(ts, name);
    }
    return NULL;
}

PyObject *
pyc2c_load_global(PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name)
{
    PyObject *v;
    if (PyDict_CheckExact(frame->f_globals) && PyDict_CheckExact(frame->f_builtins)) {
        v = PyDict_GetItemWithError(frame->f_globals, name);
        if (v == NULL && !PyErr_Occurred()) {
            v = PyDict_GetItemWithError(frame->f_builtins, name);
        }
        if (v == NULL) {
            if (!PyErr_Occurred()) {
                pyc2c_name_error(ts, name);
            }
            return NULL;
        }
        return Py_NewRef(v);
    }
    /* Slow path: globals or builtins is not a dict. */
    v = PyObject_GetItem(frame->f_globals, name);
    if (v != NULL) {
        return v;
    }
    if (!PyErr_ExceptionMatches(PyExc_KeyError)) {
        return NULL;
    }
    PyErr_Clear();
    v = PyObject_GetItem(frame->f_builtins, name);
    if (v == NULL && PyErr_ExceptionMatches(PyExc_KeyError)) {
        pyc2c_name_error(ts, name);
    }
    return v;
}

PyObject *
pyc2c_load_name(PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name)
{
    PyObject *locals = frame->f_locals;
    if (locals == NULL) {
        PyErr_SetString(PyExc_SystemError, "no locals found");
        return NULL;
    }
    PyObject *v;
    int found = mapping_lookup(locals, name, &v);
    if (found != 0) {
        return found > 0 ? v : NULL;
    }
    return load_global_or_builtin(ts, frame, name);
}

PyObject *
pyc2c_load_from_dict_or_globals(PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *mapping,
                                PyObject *name)
{
    PyObject *v;
    int found = mapping_lookup(mapping, name, &v);
    if (found != 0) {
        return found > 0 ? v : NULL;
    }
#if PY_VERSION_HEX >= 0x030E0000
    /* 3.14: globals or builtins that are not exact dicts are looked up as mappings (annotationlib runs an
     * __annotate__ function with globals whose __missing__ makes the names it is asked for) */
    if (!PyDict_CheckExact(frame->f_globals) || !PyDict_CheckExact(frame->f_builtins)) {
        found = mapping_lookup(frame->f_globals, name, &v);
        if (found == 0) {
            found = mapping_lookup(frame->f_builtins, name, &v);
            if (found == 0) {
                pyc2c_name_error(ts, name);
            }
        }
        return found > 0 ? v : NULL;
    }
#endif
    return load_global_or_builtin(ts, frame, name);
}

PyObject *
pyc2c_load_from_dict_or_deref(PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *mapping, int index)
{
    PyCodeObject *co = PYC2C_FRAME_CODE(frame);
    PyObject *name = PyTuple_GET_ITEM(co->co_localsplusnames, index);
    PyObject *v;
    int found = mapping_lookup(mapping, name, &v);
    if (found != 0) {
        return found > 0 ? v : NULL;
    }
    v = PyCell_GET(PYC2C_FRAME_LOCAL(frame, index));
    if (v == NULL) {
        pyc2c_unbound_error(ts, name, index >= co->co_nlocalsplus - co->co_nfreevars);
        return NULL;
    }
    return Py_NewRef(v);
}

int
pyc2c_store_name(PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name, PyObject *v)
{
    (void)ts;
    PyObject *ns = frame->f_locals;
    if (ns == NULL) {
        PyErr_Format(PyExc_SystemError, "no locals found when storing %R", name);
        return -1;
    }
    return PyDict_CheckExact(ns) ? PyDict_SetItem(ns, name, v) : PyObject_SetItem(ns, name, v);
}

int
pyc2c_delete_name(PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name)
{
    PyObject *ns = frame->f_locals;
    if (ns == NULL) {
        PyErr_Format(PyExc_SystemError, "no locals when deleting %R", name);
        return -1;
    }
    if (PyObject_DelItem(ns, name) != 0) {
        pyc2c_name_error(ts, name);
        return -1;
    }
    return 0;
}

int
pyc2c_delete_global(PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name)
{
    if (PyDict_DelItem(frame->f_globals, name) != 0) {
        if (PyErr_ExceptionMatches(PyExc_KeyError)) {
            pyc2c_name_error(ts, name);
        }
        return -1;
    }
    return 0;
}

PyObject *
pyc2c_load_locals(PyThreadState *ts, _PyInterpreterFrame *frame)
{
    (void)ts;
    if (frame->f_locals == NULL) {
        PyErr_SetString(PyExc_SystemError, "no locals found");
        return NULL;
    }
    return Py_NewRef(frame->f_locals);
}

/* ---- Small helpers ----------------------------------------------------------------------- */

/* A slice bound that is None (*v = dflt) or an int of one digit (*v its value): 1; anything else 0. */
static inline int
slice_bound(PyObject *o, Py_ssize_t dflt, Py_ssize_t *v)
{
    if (o == Py_None) {
        *v = dflt;
        return 1;
    }
    return pyc2c_small_int(o, v);
}

/* What PySlice_AdjustIndices does to the bounds of a slice with step 1 over len items. */
static inline Py_ssize_t
slice_clamp(Py_ssize_t i, Py_ssize_t len)
{
    if (i < 0) {
        i += len;
        return i < 0 ? 0 : i;
    }
    return i > len ? len : i;
}

/*
 * BINARY_SLICE: container[start:stop]. A str, list or tuple of exactly its type with bounds that are None
 * or small ints is sliced without a slice object, as unicode_subscript, list_subscript and tuple_subscript
 * slice it with step 1 (the same object for the whole of a str or tuple, an empty one for nothing);
 * anything else through a slice object and PyObject_GetItem, as the interpreter.
 */
PyObject *
pyc2c_get_slice(PyObject *container, PyObject *start, PyObject *stop)
{
    PyTypeObject *tp = Py_TYPE(container);
    Py_ssize_t i, j;
    if ((tp == &PyUnicode_Type || tp == &PyList_Type || tp == &PyTuple_Type)
        && slice_bound(start, 0, &i) && slice_bound(stop, PY_SSIZE_T_MAX, &j)) {
        Py_ssize_t len = tp == &PyUnicode_Type ? PyUnicode_GET_LENGTH(container) : Py_SIZE(container);
        i = slice_clamp(i, len);
        j = slice_clamp(j, len);
        if (j < i) {
            j = i;
        }
        if (tp == &PyUnicode_Type) {
            return PyUnicode_Substring(container, i, j); /* the str itself for all of it, the empty str for nothing */
        }
        return tp == &PyList_Type ? PyList_GetSlice(container, i, j) : PyTuple_GetSlice(container, i, j);
    }
    PyObject *slice = PySlice_New(start, stop, NULL);
    if (slice == NULL) {
        return NULL;
    }
    PyObject *res = PyObject_GetItem(container, slice);
    Py_DECREF(slice);
    return res;
}

int
pyc2c_set_slice(PyObject *container, PyObject *start, PyObject *stop, PyObject *v)
{
    PyObject *slice = PySlice_New(start, stop, NULL);
    if (slice == NULL) {
        return -1;
    }
    int err = PyObject_SetItem(container, slice, v);
    Py_DECREF(slice);
    return err;
}

PyObject *
pyc2c_empty_str(void)
{
    static PyObject *empty;
    if (empty == NULL) {
        empty = PyUnicode_New(0, 0); /* the interpreter's singleton; kept for the process's life */
    }
    return empty;
}
