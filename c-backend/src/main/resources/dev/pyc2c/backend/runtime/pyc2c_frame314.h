/* pyc2c runtime: CPython 3.14's frame layer (see pyc2c_frame.h). Frame slots are stack references (_PyStackRef). */
#define PYC2C_CURRENT_FRAME(ts) ((ts)->current_frame)
#define PYC2C_SET_CURRENT_FRAME(ts, f) ((ts)->current_frame = (f))
#define PYC2C_FRAME_CODE(f) ((PyCodeObject *)PyStackRef_AsPyObjectBorrow((f)->f_executable))
#define PYC2C_SET_IP(frame, first, unit) ((frame)->instr_ptr = (first) + (unit))
#define PYC2C_SET_IP_AT(frame, ip) ((frame)->instr_ptr = (ip))
#define PYC2C_GET_IP(frame, first) ((int)((frame)->instr_ptr - (first)))
/* The object in fast-local slot i of the frame (borrowed; NULL if unbound). */
#define PYC2C_FRAME_LOCAL(frame, i) PyStackRef_AsPyObjectBorrow((frame)->localsplus[i])
/* The frame's first value-stack slot, a stack reference: the tagged instruction a re-raise hid is kept in its bits. */
#define PYC2C_HIDDEN_IP_SLOT(frame) ((frame)->localsplus[PYC2C_FRAME_CODE(frame)->co_nlocalsplus].bits)
typedef uintptr_t pyc2c_hidden_ip;
/* While the interpreter runs the trampoline the slot is on the frame's value stack (the runner's slot), where the
 * GC's stack marking and frame copies read it: both low bits set make it a tagged int (Py_INT_TAG), which they skip. */
#define PYC2C_HIDDEN_IP_TAG_BITS 2
/* A compiled function called through its trampoline (monitored code, a foreign copy of its code, a binding the
 * direct call leaves to the interpreter) returns through the trampoline's RETURN_VALUE, where the interpreter moves the
 * pointer, and a re-raise hides it: a frame object that outlives the call keeps the line in f_lineno (as 3.11;
 * PyFrame_GetLineNumber returns a positive f_lineno as it is). A direct call leaves the pointer where the body does,
 * and restores a hidden one. */
#define PYC2C_KEEP_LINENO(frame) do { \
        if ((frame)->frame_obj != NULL) { \
            (frame)->frame_obj->f_lineno = PyCode_Addr2Line(PYC2C_FRAME_CODE(frame), \
                PYC2C_GET_IP(frame, _PyCode_CODE(PYC2C_FRAME_CODE(frame))) * (int)sizeof(_Py_CODEUNIT)); \
        } \
    } while (0)
/* The low byte of the thread's eval_breaker holds the events (internal/pycore_ceval.h's _PY_EVAL_EVENTS_MASK). */
#define PYC2C_EVAL_EVENTS_MASK ((1 << 8) - 1)
#define PYC2C_EVAL_BREAKER(ts) (_Py_atomic_load_uintptr_relaxed(&(ts)->eval_breaker) & PYC2C_EVAL_EVENTS_MASK)

/* Direct calls: what 3.14's CALL_PY_EXACT_ARGS (_PUSH_FRAME), RESUME and RETURN_VALUE do around a Python function. */
#define PYC2C_DIRECT_CALLS 1
/* The bits of eval_breaker above the events are the instrumentation version (RESUME's _MAYBE_INSTRUMENT). */
#define PYC2C_MONITORING_VERSION(ts) (_Py_atomic_load_uintptr_relaxed(&(ts)->eval_breaker) & ~(uintptr_t)PYC2C_EVAL_EVENTS_MASK)
/* _PyFrame_Initialize but the locals: the function and code as stack references (new references, tagged if immortal),
 * the stack pointer at the bottom of the (unused) value stack, not yet visited by the incremental GC's stack marking */
#define PYC2C_FRAME_INIT(frame, func, co, nlocals) do { \
        (frame)->f_funcobj = PyStackRef_FromPyObjectNew(func); \
        (frame)->f_executable = PyStackRef_FromPyObjectNew(co); \
        (frame)->f_builtins = (func)->func_builtins; \
        (frame)->f_globals = (func)->func_globals; \
        (frame)->f_locals = NULL; \
        (frame)->stackpointer = (frame)->localsplus + (nlocals); \
        (frame)->frame_obj = NULL; \
        (frame)->instr_ptr = _PyCode_CODE(co); \
        (frame)->return_offset = 0; \
        (frame)->owner = FRAME_OWNED_BY_THREAD; \
        (frame)->visited = 0; \
    } while (0)
#define PYC2C_FRAME_SIZE(co) ((co)->co_framesize)
/* _PyFrame_PushUnchecked takes the function as a stack reference (and links the frame to `previous`: NULL here, the
 * direct call links it when it runs) */
#define PYC2C_FRAME_PUSH(ts, func, from) \
    _PyFrame_PushUnchecked((ts), PyStackRef_FromPyObjectSteal((PyObject *)(func)), (from), NULL)
/* The frame's references to its function and code released, as clear_thread_frame does after the locals. */
#define PYC2C_FRAME_RELEASE(frame) do { \
        PyStackRef_CLOSE((frame)->f_funcobj); \
        PyStackRef_CLOSE((frame)->f_executable); \
    } while (0)
/* 3.14 clears a frame's locals from the last to the first (_PyFrame_ClearLocals): finalizers run in that order. */
#define PYC2C_CLEARS_LOCALS_DOWN 1
#define PYC2C_PY_RECURSION_REMAINING(ts) ((ts)->py_recursion_remaining)
/* 3.14 has no count of calls through C: its recursion check of C calls compares the stack pointer with the thread's
 * limit (Py_EnterRecursiveCall). */
#define PYC2C_SET_VECTORCALL(func, vc) PyFunction_SetVectorcall((func), (vc))
/* The interpreter's vectorcall of Python functions: not exported; read off a function (pyc2c_runtime_init). */
#define PYC2C_FUNCTION_VECTORCALL pyc2c_function_vectorcall
/* Exported, declared in internal/pycore_ceval.h (not included): what the interpreter does to pop a frame of the thread
 * (clear_thread_frame: its frame object, if another reference keeps it, takes the frame over, borrowed references
 * made strong; the locals released otherwise), the frame already unlinked. */
PyAPI_FUNC(void) _PyEval_FrameClearAndPop(PyThreadState *tstate, _PyInterpreterFrame *frame);
#define PYC2C_FRAME_CLEAR_AND_POP(ts, frame) _PyEval_FrameClearAndPop((ts), (frame))
/* The C stack pointer against the thread's limit, and its error ("... while calling a Python object"). */
#define PYC2C_TP_CALL_ENTER(ts) ((void)(ts), Py_EnterRecursiveCall(" while calling a Python object") ? -1 : 1)
#define PYC2C_TP_CALL_LEAVE(ts) ((void)(ts), Py_LeaveRecursiveCall())

/* The body's fast locals (see pyc2c_frame.h): stack references. A slot may hold a reference with the tag bit
 * (Py_TAG_REFCNT) set: an immortal object, or a reference borrowed from the caller's frame (3.14 passes
 * LOAD_FAST_BORROW's references as arguments), which the slot does not count; PyStackRef_NULL is the tag alone,
 * so dropping the tag reads it as NULL. Writes make the stack reference the interpreter would
 * (PyStackRef_FromPyObjectSteal tags immortals) and release the old one as it does (PyStackRef_XCLOSE). */
typedef _PyStackRef pyc2c_local;
#define PYC2C_LOCAL(slot) ((PyObject *)((slot).bits & ~(uintptr_t)Py_TAG_REFCNT))
#define PYC2C_LOCAL_OWNED(slot) (((slot).bits & Py_TAG_REFCNT) == 0)
#define PYC2C_LOCAL_SET(slot, o) ((slot) = PyStackRef_FromPyObjectSteal(_PyObject_CAST(o)))
/* A new reference (or NULL: LOAD_FAST_AND_CLEAR's value stored back) as the stack reference a slot holds. */
static inline _PyStackRef
pyc2c_local_ref(PyObject *o)
{
    return o == NULL ? PyStackRef_NULL : PyStackRef_FromPyObjectSteal(o);
}
#define PYC2C_LOCAL_XSET(slot, o) ((slot) = pyc2c_local_ref(_PyObject_CAST(o)))
#define PYC2C_LOCAL_XSETREF(slot, o) do { \
        _PyStackRef pyc2c_old_ref_ = (slot); \
        (slot) = pyc2c_local_ref(_PyObject_CAST(o)); \
        PyStackRef_XCLOSE(pyc2c_old_ref_); \
    } while (0)
#define PYC2C_LOCAL_CLEAR(slot) PyStackRef_CLEAR(slot)
/* For the runtime's frames (direct calls): a slot's value holding a new reference to o (not NULL), the unbound
 * value, a slot's reference released, and the hidden-IP slot at index n (the first value-stack slot). */
#define PYC2C_LOCAL_NEW(o) PyStackRef_FromPyObjectNew(o)
#define PYC2C_LOCAL_NULL PyStackRef_NULL
#define PYC2C_LOCAL_XCLOSE(slot) PyStackRef_XCLOSE(slot)
#define PYC2C_LOCAL_LASTI(unit) PyStackRef_TagInt(unit)
#define PYC2C_HIDDEN_IP_SLOT_AT(frame, n) ((frame)->localsplus[n].bits)
static inline PyObject *
pyc2c_local_take(pyc2c_local *slot)
{
    _PyStackRef r = *slot;
    *slot = PyStackRef_NULL;
    return PyStackRef_IsNull(r) ? NULL : PyStackRef_AsPyObjectSteal(r);
}

/* BUILD_TUPLE as 3.14's interpreter runs it (_PyTuple_FromStackRefStealOnSuccess): a tuple whose items are all
 * untracked (ints, strings, such tuples) is left untracked by the garbage collector, where PyTuple_New or
 * _PyTuple_FromArraySteal track it. The items are stack references that took the values' references
 * (PYC2C_TUPLE_ITEM); they are released here if the tuple cannot be made. */
#define PYC2C_TUPLE_ITEM(o) PyStackRef_FromPyObjectSteal(o)
static inline PyObject *
pyc2c_build_tuple(_PyStackRef *items, Py_ssize_t n)
{
    PyObject *t = _PyTuple_FromStackRefStealOnSuccess(items, n);
    if (t == NULL) {
        for (Py_ssize_t i = 0; i < n; i++) {
            PyStackRef_CLOSE(items[i]);
        }
    }
    return t;
}

/* Compiled generators (pyc2c_frame.h) */
#define PYC2C_GEN_FRAME(gen) (&(gen)->gi_iframe)
#define PYC2C_GEN_RESUME_AT(frame, first, unit) ((frame)->instr_ptr = (first) + (unit))
#define PYC2C_GEN_SUSPENDED(frame) (FRAME_SUSPENDED + (frame)->instr_ptr[-1].op.arg)
