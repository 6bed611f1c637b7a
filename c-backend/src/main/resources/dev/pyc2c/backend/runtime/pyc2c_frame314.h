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
/* No direct calls: a compiled function returns through its trampoline's RETURN_VALUE, where the interpreter moves
 * the pointer, and a re-raise hides it: a frame object that outlives the call keeps the line in f_lineno (as 3.11;
 * PyFrame_GetLineNumber returns a positive f_lineno as it is). */
#define PYC2C_KEEP_LINENO(frame) do { \
        if ((frame)->frame_obj != NULL) { \
            (frame)->frame_obj->f_lineno = PyCode_Addr2Line(PYC2C_FRAME_CODE(frame), \
                PYC2C_GET_IP(frame, _PyCode_CODE(PYC2C_FRAME_CODE(frame))) * (int)sizeof(_Py_CODEUNIT)); \
        } \
    } while (0)
/* The low byte of the thread's eval_breaker holds the events (internal/pycore_ceval.h's _PY_EVAL_EVENTS_MASK). */
#define PYC2C_EVAL_EVENTS_MASK ((1 << 8) - 1)
#define PYC2C_EVAL_BREAKER(ts) (_Py_atomic_load_uintptr_relaxed(&(ts)->eval_breaker) & PYC2C_EVAL_EVENTS_MASK)
#define PYC2C_DIRECT_CALLS 0

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
#define PYC2C_LOCAL_XSETREF(slot, o) do { \
        _PyStackRef pyc2c_old_ref_ = (slot); \
        (slot) = pyc2c_local_ref(_PyObject_CAST(o)); \
        PyStackRef_XCLOSE(pyc2c_old_ref_); \
    } while (0)
#define PYC2C_LOCAL_CLEAR(slot) PyStackRef_CLEAR(slot)
static inline PyObject *
pyc2c_local_take(pyc2c_local *slot)
{
    _PyStackRef r = *slot;
    *slot = PyStackRef_NULL;
    return PyStackRef_IsNull(r) ? NULL : PyStackRef_AsPyObjectSteal(r);
}
