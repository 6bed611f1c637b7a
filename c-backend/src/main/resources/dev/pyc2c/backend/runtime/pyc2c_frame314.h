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
/* The interpreter leaves the pointer where the body does (a direct call restores a hidden one). */
#define PYC2C_KEEP_LINENO(frame) ((void)(frame))
/* The low byte of the thread's eval_breaker holds the events (internal/pycore_ceval.h's _PY_EVAL_EVENTS_MASK). */
#define PYC2C_EVAL_EVENTS_MASK ((1 << 8) - 1)
#define PYC2C_EVAL_BREAKER(ts) (_Py_atomic_load_uintptr_relaxed(&(ts)->eval_breaker) & PYC2C_EVAL_EVENTS_MASK)
#define PYC2C_DIRECT_CALLS 0
