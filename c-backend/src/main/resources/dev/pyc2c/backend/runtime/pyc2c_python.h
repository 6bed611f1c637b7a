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

#if PY_VERSION_HEX < 0x030B0000 || PY_VERSION_HEX >= 0x030F0000
#  error "pyc2c generates code for CPython 3.11, 3.12, 3.13 and 3.14"
#endif

/* 3.14: its frames' slots are stack references (_PyStackRef); the places marked 3.14 adapt the runtime, and the
 * frame layer (pyc2c_frame314.h) gives the generated code its fast locals through macros. */
#define PYC2C_PY314 (PY_VERSION_HEX >= 0x030E0000)

#include "opcode.h"                         /* opcode numbers, NB_* binary operators */
#include "internal/pycore_frame.h"
#include "internal/pycore_moduleobject.h"   /* PyModuleObject: see pyc2c_run_module */
#include "internal/pycore_long.h"         /* _PyLong_SMALL_INTS */
#if PY_VERSION_HEX >= 0x030C0000
#  include "internal/pycore_interp.h"
#  include "internal/pycore_intrinsics.h"   /* INTRINSIC_* numbers; 3.13 exports the functions too */
#endif
#if PY_VERSION_HEX < 0x030C0000
/* 3.11 does not export PREP_RERAISE_STAR's function (3.12's PyUnstable_Exc_PrepReraiseStar): the runtime's
 * (pyc2c_api.h) takes its name. */
#  define PyUnstable_Exc_PrepReraiseStar pyc2c_prep_reraise_star
/* Exported, declared in internal/pycore_ceval.h (which needs more of the internals): the same declaration. */
PyAPI_FUNC(int) _Py_CheckRecursiveCall(PyThreadState *tstate, const char *where);
#endif
#if PY_VERSION_HEX >= 0x030D0000
/* Exported by 3.13 but declared in internal headers that do not compile warning-free under -Wextra
 * (internal/pycore_ceval.h, internal/pycore_object.h): the same declarations. */
PyAPI_FUNC(int) _Py_HandlePending(PyThreadState *tstate);
PyAPI_FUNC(int) _PyObject_GetMethod(PyObject *obj, PyObject *name, PyObject **method);
PyAPI_FUNC(int) _PySet_Update(PyObject *set, PyObject *iterable);   /* internal/pycore_setobject.h */
PyAPI_FUNC(int) _PyUnicode_Equal(PyObject *, PyObject *);   /* internal/pycore_unicodeobject.h */
#endif
#if PYC2C_PY314
#  if defined(__GNUC__)
#    pragma GCC diagnostic push
#    pragma GCC diagnostic ignored "-Wunused-parameter"   /* 3.14's pycore_stackref.h inlines */
#  endif
#  include "internal/pycore_code.h"       /* _PyCode_CODE, no longer in cpython/code.h */
#  include "internal/pycore_stackref.h"   /* PyStackRef_AsPyObjectBorrow: frame slots are stack references */
#  include "internal/pycore_interpframe.h"   /* _PyFrame_PushUnchecked, _PyFrame_IsIncomplete: direct calls */
#  include "internal/pycore_instruments.h"   /* _PyCoMonitoringData: whether a direct call is monitored */
/* Exported by 3.14, for BUILD_INTERPOLATION and BUILD_TEMPLATE, but declared in internal headers that the generated
 * code does not include (internal/pycore_interpolation.h, internal/pycore_template.h): the same declarations. */
PyAPI_FUNC(PyObject *) _PyInterpolation_Build(PyObject *value, PyObject *str, int conversion, PyObject *format_spec);
PyAPI_FUNC(PyObject *) _PyTemplate_Build(PyObject *strings, PyObject *interpolations);
PyAPI_FUNC(PyObject *) _PyUnicode_JoinArray(PyObject *separator, PyObject *const *items, Py_ssize_t seqlen);
#  if defined(__GNUC__)
#    pragma GCC diagnostic pop
#  endif
#endif
#if PY_VERSION_HEX >= 0x030C0000 && PY_VERSION_HEX < 0x030D0000
#  include "internal/pycore_atomic.h"   /* 3.13 has no such header (atomics are in cpython/pyatomic.h) */
#endif

#if defined(__GNUC__) || defined(__clang__)
#  define PYC2C_HIDDEN __attribute__((visibility("hidden")))
#  define PYC2C_LIKELY(x) __builtin_expect(!!(x), 1)
#  define PYC2C_UNLIKELY(x) __builtin_expect(!!(x), 0)
#  define PYC2C_ALWAYS_INLINE __attribute__((always_inline)) inline
#  define PYC2C_NOINLINE __attribute__((noinline))
#  define PYC2C_FLATTEN __attribute__((flatten))   /* every call in the function inlined where it can be */
#else
#  define PYC2C_ALWAYS_INLINE inline
#  define PYC2C_NOINLINE
#  define PYC2C_FLATTEN
#  define PYC2C_HIDDEN
#  define PYC2C_LIKELY(x) (x)
#  define PYC2C_UNLIKELY(x) (x)
#endif

/*
 * CPython's static inline helpers that its headers do not mark always-inline (Py_NewRef, Py_XDECREF): gcc stops
 * inlining them in big bodies (its growth limits) and calls an out-of-line copy on the hot path. The generated code
 * and the runtime's inline paths get always-inline equivalents instead; cold bodies replace them again with calls
 * (pyc2c_cold_begin.h).
 */
static PYC2C_ALWAYS_INLINE PyObject *
pyc2c_new_ref(PyObject *o)
{
    Py_INCREF(o);
    return o;
}

static PYC2C_ALWAYS_INLINE void
pyc2c_xdecref(PyObject *o)
{
    if (o != NULL) {
        Py_DECREF(o);
    }
}

#undef Py_NewRef
#define Py_NewRef(o) pyc2c_new_ref(_PyObject_CAST(o))
#undef Py_XDECREF
#define Py_XDECREF(o) pyc2c_xdecref(_PyObject_CAST(o))

/* ---- The layout of ints, per version --------------------------------------------------------- */

#if PY_VERSION_HEX >= 0x030C0000
/* 3.12+: the sign and digit count are in lv_tag; compact means at most one digit. */
/* _PyLong_IsCompact and _PyLong_CompactValue, spelled out: gcc keeps CPython's (static inline, not always-inline)
 * out of line in big bodies. */
#  define PYC2C_LONG_IS_COMPACT(o) (((PyLongObject *)(o))->long_value.lv_tag < (2 << _PyLong_NON_SIZE_BITS))
#  define PYC2C_LONG_IS_ZERO(o) ((((PyLongObject *)(o))->long_value.lv_tag & _PyLong_SIGN_MASK) == 1)
#  define PYC2C_LONG_COMPACT_VALUE(o) \
    ((int64_t)(1 - (Py_ssize_t)(((PyLongObject *)(o))->long_value.lv_tag & _PyLong_SIGN_MASK)) \
     * (int64_t)((PyLongObject *)(o))->long_value.ob_digit[0])
#  define PYC2C_LONG_SET_COMPACT(o, v) \
    (((PyLongObject *)(o))->long_value.lv_tag = (uintptr_t)(((v) < 0 ? 2 : 0) | (1 << _PyLong_NON_SIZE_BITS)), \
     ((PyLongObject *)(o))->long_value.ob_digit[0] = (digit)((v) < 0 ? -(v) : (v)))
#else
/* 3.11: the sign and digit count are ob_size. */
#  define PYC2C_LONG_IS_COMPACT(o) (Py_SIZE(o) >= -1 && Py_SIZE(o) <= 1)
#  define PYC2C_LONG_IS_ZERO(o) (Py_SIZE(o) == 0)
#  define PYC2C_LONG_COMPACT_VALUE(o) ((int64_t)Py_SIZE(o) * (int64_t)((PyLongObject *)(o))->ob_digit[0])
#  define PYC2C_LONG_SET_COMPACT(o, v) \
    (Py_SET_SIZE((PyVarObject *)(o), (v) < 0 ? -1 : 1), ((PyLongObject *)(o))->ob_digit[0] = (digit)((v) < 0 ? -(v) : (v)))
#endif

/* Whether v is one of the ints CPython keeps one object of (-5..256), and that object (borrowed; immortal from 3.12),
 * as get_small_int. */
#define PYC2C_IS_SMALL_INT(v) ((uint64_t)((v) + _PY_NSMALLNEGINTS) < (uint64_t)(_PY_NSMALLNEGINTS + _PY_NSMALLPOSINTS))
#define PYC2C_SMALL_INT(v) ((PyObject *)&_PyLong_SMALL_INTS[_PY_NSMALLNEGINTS + (v)])
/* The same object, for the generated code's LOAD_SMALL_INT (3.14): as a call, which gcc does not take for a
 * type-punned pointer where a macro reads it as a list or tuple (PySequence_Fast_ITEMS, -Wstrict-aliasing). */
static PYC2C_ALWAYS_INLINE PyObject *
pyc2c_small_int_object(int v)
{
    return PYC2C_SMALL_INT(v);
}

/* ---- The iterators FOR_ITER steps directly (pyc2c_fast.h), per version ------------------------- */

/*
 * pyc2c_listiter, pyc2c_tupleiter and pyc2c_rangeiter: the structs of list, tuple and range iterators.
 * PYC2C_RANGEITER_NEXT(r, value): 0 if the range iterator r is exhausted, else 1 with its next value in the long
 * `value`, stepped as its tp_iternext does. pyc2c_check_interpreter compares their sizes with the types'.
 */
#if PY_VERSION_HEX >= 0x030C0000
#  include "internal/pycore_range.h"
#  include "internal/pycore_list.h"
#  include "internal/pycore_tuple.h"
typedef _PyListIterObject pyc2c_listiter;
typedef _PyTupleIterObject pyc2c_tupleiter;
typedef _PyRangeIterObject pyc2c_rangeiter;
/* 3.12+: start advanced by step, len counting down (rangeiter_next) */
#  define PYC2C_RANGEITER_NEXT(r, value) \
    ((r)->len > 0 ? ((value) = (r)->start, (r)->start = (value) + (r)->step, (r)->len--, 1) : 0)
#else
/* 3.11 keeps them private to listobject.c, tupleobject.c and rangeobject.c (listiterobject, tupleiterobject,
 * rangeiterobject; the same in every 3.11 release) */
typedef struct {
    PyObject_HEAD
    Py_ssize_t it_index;
    PyListObject *it_seq; /* NULL when exhausted */
} pyc2c_listiter;
typedef struct {
    PyObject_HEAD
    Py_ssize_t it_index;
    PyTupleObject *it_seq; /* NULL when exhausted */
} pyc2c_tupleiter;
typedef struct {
    PyObject_HEAD
    long index;
    long start;
    long step;
    long len;
} pyc2c_rangeiter;
/* 3.11's rangeiter_next: start + index * step (computed unsigned, as there), index counting up to len */
#  define PYC2C_RANGEITER_NEXT(r, value) \
    ((r)->index < (r)->len ? ((value) = (long)((r)->start + (unsigned long)((r)->index++) * (r)->step), 1) : 0)
#endif

/* The per-version frame layer: everything the runtime knows of frames and the thread state. */
#include "pyc2c_frame.h"

#endif /* PYC2C_PYTHON_H */
