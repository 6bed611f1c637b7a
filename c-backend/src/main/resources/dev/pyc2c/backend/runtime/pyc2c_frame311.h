/* pyc2c runtime: CPython 3.11's frame layer (see pyc2c_frame.h). */
#define PYC2C_CURRENT_FRAME(ts) ((ts)->cframe->current_frame)
#define PYC2C_SET_CURRENT_FRAME(ts, f) ((ts)->cframe->current_frame = (f))
#define PYC2C_FRAME_CODE(f) ((f)->f_code)
#define PYC2C_SET_IP(frame, first, unit) ((frame)->prev_instr = (first) + (unit))
#define PYC2C_SET_IP_AT(frame, ip) ((frame)->prev_instr = (ip))
#define PYC2C_GET_IP(frame, first) ((int)((frame)->prev_instr - (first)))
/* The object in fast-local slot i of the frame (borrowed; NULL if unbound). */
#define PYC2C_FRAME_LOCAL(frame, i) ((frame)->localsplus[i])
/* The frame's first value-stack slot (pyc2c.h: where a re-raise leaves the instruction it hid). */
#define PYC2C_HIDDEN_IP_SLOT(frame) ((frame)->localsplus[PYC2C_FRAME_CODE(frame)->co_nlocalsplus])
typedef PyObject *pyc2c_hidden_ip;
/*
 * A frame object's f_lineno field, when not 0, is its line (PyFrame_GetLineNumber): what the line tracer keeps up to
 * date, 0 otherwise. After the body returns, the trampoline's RETURN_VALUE points the frame at its own instruction,
 * and no direct call of 3.11 keeps the pointer where the body left it (nor restores the instruction a re-raise hid):
 * a frame object that outlives the call keeps the line in f_lineno instead.
 */
#define PYC2C_KEEP_LINENO(frame) do { \
        if ((frame)->frame_obj != NULL) { \
            (frame)->frame_obj->f_lineno = PyCode_Addr2Line((frame)->f_code, \
                                                            _PyInterpreterFrame_LASTI(frame) * (int)sizeof(_Py_CODEUNIT)); \
        } \
    } while (0)
#define PYC2C_EVAL_BREAKER(ts) _Py_atomic_load_relaxed(&(ts)->interp->ceval.eval_breaker)

/* Direct calls: what the interpreter's CALL does when it inlines a call of a Python function, for C callers and
 * compiled call sites (the interpreter's own calls of a compiled function run its trampoline). */
#define PYC2C_DIRECT_CALLS 1
#define PYC2C_TRACING(ts) ((ts)->cframe->use_tracing)
#define PYC2C_FRAME_INIT(frame, func, co, nlocals) do { \
        (frame)->f_func = (PyFunctionObject *)Py_NewRef(func); \
        (frame)->f_code = (PyCodeObject *)Py_NewRef(co); \
        (frame)->f_builtins = (func)->func_builtins; \
        (frame)->f_globals = (func)->func_globals; \
        (frame)->f_locals = NULL; \
        (frame)->stacktop = (nlocals); \
        (frame)->frame_obj = NULL; \
        (frame)->prev_instr = _PyCode_CODE(co) - 1; \
        (frame)->is_entry = false; \
        (frame)->owner = FRAME_OWNED_BY_THREAD; \
    } while (0)
/* The size of a frame of co on the thread's frame stack, in slots (3.11's code objects have no co_framesize). */
#define PYC2C_FRAME_SIZE(co) ((co)->co_nlocalsplus + (co)->co_stacksize + (int)FRAME_SPECIALS_SIZE)
/* 3.11 has no _PyFrame_PushUnchecked: what _PyFrame_Push does once the room is known. */
static inline _PyInterpreterFrame *
pyc2c_frame_push_311(PyThreadState *ts, PyFunctionObject *func, int null_locals_from)
{
    PyCodeObject *co = (PyCodeObject *)func->func_code;
    _PyInterpreterFrame *frame = (_PyInterpreterFrame *)ts->datastack_top;
    ts->datastack_top += PYC2C_FRAME_SIZE(co);
    _PyFrame_InitializeSpecials(frame, func, NULL, co->co_nlocalsplus);
    for (int i = null_locals_from; i < co->co_nlocalsplus; i++) {
        frame->localsplus[i] = NULL;
    }
    return frame;
}
#define PYC2C_FRAME_PUSH(ts, func, from) pyc2c_frame_push_311((ts), (func), (from))
#define PYC2C_FRAME_FUNC(frame) ((frame)->f_func)
/* One count for Python calls and calls through C. */
#define PYC2C_PY_RECURSION_REMAINING(ts) ((ts)->recursion_remaining)
#define PYC2C_C_RECURSION_REMAINING(ts) ((ts)->recursion_remaining)
/* 3.11 has no PyFunction_SetVectorcall (nor watchers to tell): the field itself. */
#define PYC2C_SET_VECTORCALL(func, vc) ((func)->vectorcall = (vc))
#define PYC2C_FUNCTION_VECTORCALL _PyFunction_Vectorcall

/* Compiled generators (pyc2c_frame.h) */
#define PYC2C_GEN_FRAME(gen) ((_PyInterpreterFrame *)(gen)->gi_iframe)
#define PYC2C_GEN_RESUME_AT(frame, first, unit) ((frame)->prev_instr = (first) + (unit) - 1)
#define PYC2C_GEN_SUSPENDED(frame) FRAME_SUSPENDED
/* 3.11 only (its body returns to UNARY_NEGATIVE, GeneratorTrampoline): the depth of a suspended frame's value stack */
#define PYC2C_GEN_SET_DEPTH(frame, n) ((frame)->stacktop = PYC2C_FRAME_CODE(frame)->co_nlocalsplus + (n))
