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
#define PYC2C_DIRECT_CALLS 0
