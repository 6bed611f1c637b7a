/* pyc2c runtime: CPython 3.13's frame layer (see pyc2c_frame.h). */
#define PYC2C_CURRENT_FRAME(ts) ((ts)->current_frame)
#define PYC2C_SET_CURRENT_FRAME(ts, f) ((ts)->current_frame = (f))
#define PYC2C_FRAME_CODE(f) ((PyCodeObject *)(f)->f_executable)
/* instr_ptr: the instruction executing (a CALL itself while it calls: return_offset says where to go on) */
#define PYC2C_SET_IP(frame, first, unit) ((frame)->instr_ptr = (first) + (unit))
#define PYC2C_SET_IP_AT(frame, ip) ((frame)->instr_ptr = (ip))
#define PYC2C_GET_IP(frame, first) ((int)((frame)->instr_ptr - (first)))
/* The object in fast-local slot i of the frame (borrowed; NULL if unbound). */
#define PYC2C_FRAME_LOCAL(frame, i) ((frame)->localsplus[i])
/* The frame's first value-stack slot (pyc2c.h: where a re-raise leaves the instruction it hid). */
#define PYC2C_HIDDEN_IP_SLOT(frame) ((frame)->localsplus[PYC2C_FRAME_CODE(frame)->co_nlocalsplus])
typedef PyObject *pyc2c_hidden_ip;
/* The interpreter leaves the pointer where the body does (a direct call restores a hidden one). */
#define PYC2C_KEEP_LINENO(frame) ((void)(frame))
/* The low byte of the thread's eval_breaker holds the events (internal/pycore_ceval.h's _PY_EVAL_EVENTS_MASK,
 * in a header that does not compile here); the bits above are the instrumentation version. */
#define PYC2C_EVAL_EVENTS_MASK ((1 << 8) - 1)
#define PYC2C_EVAL_BREAKER(ts) (_Py_atomic_load_uintptr_relaxed(&(ts)->eval_breaker) & PYC2C_EVAL_EVENTS_MASK)

#define PYC2C_DIRECT_CALLS 1
#define PYC2C_MONITORING_VERSION(ts) (_Py_atomic_load_uintptr_relaxed(&(ts)->eval_breaker) & ~(uintptr_t)PYC2C_EVAL_EVENTS_MASK)
#define PYC2C_FRAME_INIT(frame, func, co, nlocals) do { \
        (frame)->f_funcobj = Py_NewRef(func); \
        (frame)->f_executable = Py_NewRef(co); \
        (frame)->f_builtins = (func)->func_builtins; \
        (frame)->f_globals = (func)->func_globals; \
        (frame)->f_locals = NULL; \
        (frame)->stacktop = (nlocals); \
        (frame)->frame_obj = NULL; \
        (frame)->instr_ptr = _PyCode_CODE(co); \
        (frame)->return_offset = 0; \
        (frame)->owner = FRAME_OWNED_BY_THREAD; \
    } while (0)
#define PYC2C_FRAME_SIZE(co) ((co)->co_framesize)
#define PYC2C_FRAME_PUSH(ts, func, from) _PyFrame_PushUnchecked((ts), (func), (from))
#define PYC2C_FRAME_FUNC(frame) ((frame)->f_funcobj)
#define PYC2C_PY_RECURSION_REMAINING(ts) ((ts)->py_recursion_remaining)
#define PYC2C_C_RECURSION_REMAINING(ts) ((ts)->c_recursion_remaining)
#define PYC2C_SET_VECTORCALL(func, vc) PyFunction_SetVectorcall((func), (vc))
/* The interpreter's vectorcall of Python functions: not exported by 3.13; the runtime reads it off a function
 * it makes when it starts (pyc2c_runtime_init). */
#define PYC2C_FUNCTION_VECTORCALL pyc2c_function_vectorcall

/* Compiled generators (pyc2c_frame.h) */
#define PYC2C_GEN_FRAME(gen) ((_PyInterpreterFrame *)(gen)->gi_iframe)
#define PYC2C_GEN_RESUME_AT(frame, first, unit) ((frame)->instr_ptr = (first) + (unit))
#define PYC2C_GEN_SUSPENDED(frame) (FRAME_SUSPENDED + (frame)->instr_ptr[-1].op.arg)
