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
 *   PYC2C_KEEP_LINENO(frame)           makes a frame object of the frame (if it has one) report the line the frame's
 *                                      instruction pointer gives now, however the interpreter moves the pointer
 *                                      before the frame goes (3.11: the trampoline's RETURN_VALUE, or a re-raise's
 *                                      hidden pointer); nothing where the version's frames need nothing
 *   PYC2C_EVAL_BREAKER(ts)             non-zero when the eval breaker asks for attention (signals, pending
 *                                      calls, GC, a thread switch, an asynchronous exception)
 *   PYC2C_DIRECT_CALLS                 1 if the version has pyc2c's direct calls (pyc2c_call.h), which also
 *                                      need:
 *   PYC2C_MONITORING_VERSION(ts)       the instrumentation version a code object is up to date with when
 *                                      nobody monitors anything new
 *   PYC2C_FRAME_INIT(frame, func, co, nlocals)   the fields of a frame pushed for func (its code co, nlocals
 *                                      locals), before its first instruction, what _PyFrame_Initialize sets
 *                                      but the locals
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

#endif /* PYC2C_FRAME_H */
