/*
 * pyc2c runtime: how the runtime and the generated code include CPython.
 *
 * Compiled code runs on the interpreter's own frames (see pyc2c.h), so it needs the layout of
 * _PyInterpreterFrame and of the interpreter state: those come from CPython's internal headers,
 * which need Py_BUILD_CORE. Only exported functions are ever called; the internal headers are
 * used for struct layouts and static inline helpers.
 */
#ifndef PYC2C_PYTHON_H
#define PYC2C_PYTHON_H

#define PY_SSIZE_T_CLEAN
#ifndef Py_BUILD_CORE
#  define Py_BUILD_CORE 1
#endif
#include "Python.h"
#include "marshal.h"

#if PY_VERSION_HEX < 0x030B0000 || PY_VERSION_HEX >= 0x030E0000
#  error "pyc2c generates code for CPython 3.11, 3.12 and 3.13"
#endif

#include "opcode.h"                         /* opcode numbers, NB_* binary operators */
#include "internal/pycore_frame.h"
#include "internal/pycore_moduleobject.h"   /* PyModuleObject: see pyc2c_run_module */
#if PY_VERSION_HEX >= 0x030C0000
#  include "internal/pycore_interp.h"
#  include "internal/pycore_intrinsics.h"   /* INTRINSIC_* numbers; 3.13 exports the functions too */
#endif
#if PY_VERSION_HEX >= 0x030D0000
/* Exported by 3.13 but declared in internal headers that do not compile warning-free under -Wextra
 * (internal/pycore_ceval.h, internal/pycore_object.h): the same declarations. */
PyAPI_FUNC(int) _Py_HandlePending(PyThreadState *tstate);
PyAPI_FUNC(int) _PyObject_GetMethod(PyObject *obj, PyObject *name, PyObject **method);
#endif
#if PY_VERSION_HEX >= 0x030C0000 && PY_VERSION_HEX < 0x030D0000
#  include "internal/pycore_atomic.h"   /* 3.13 has no such header (atomics are in cpython/pyatomic.h) */
#endif

/* Direct calls between compiled functions (pyc2c_call_compiled, pyc2c_api.h): 3.12 only. */
#if PY_VERSION_HEX >= 0x030C0000 && PY_VERSION_HEX < 0x030D0000
#  define PYC2C_DIRECT_CALLS 1
#else
#  define PYC2C_DIRECT_CALLS 0
#endif

#if defined(__GNUC__) || defined(__clang__)
#  define PYC2C_HIDDEN __attribute__((visibility("hidden")))
#  define PYC2C_LIKELY(x) __builtin_expect(!!(x), 1)
#  define PYC2C_UNLIKELY(x) __builtin_expect(!!(x), 0)
#  define PYC2C_ALWAYS_INLINE __attribute__((always_inline)) inline
#  define PYC2C_NOINLINE __attribute__((noinline))
#else
#  define PYC2C_ALWAYS_INLINE inline
#  define PYC2C_NOINLINE
#  define PYC2C_HIDDEN
#  define PYC2C_LIKELY(x) (x)
#  define PYC2C_UNLIKELY(x) (x)
#endif

#endif /* PYC2C_PYTHON_H */
