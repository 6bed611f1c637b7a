/*
 * pyc2c runtime: the start of a body none of which is hot code (no loop, in a module too large for its
 * small functions to count as hot). Code that runs rarely is kept small:
 *   - its references are released by CPython's out-of-line Py_DecRef, a call instead of the inlined
 *     decrement at every release;
 *   - GCC optimises it for size (-Os), which also compiles several times faster than -O3.
 * Deliberately without an include guard: included before every such body, pyc2c_cold_end.h after it.
 */
#pragma push_macro("Py_DECREF")
#pragma push_macro("Py_XDECREF")
#pragma push_macro("Py_NewRef")
#undef Py_DECREF
#undef Py_XDECREF
#undef Py_NewRef
#define Py_DECREF(op) Py_DecRef(_PyObject_CAST(op))
#define Py_XDECREF(op) Py_DecRef(_PyObject_CAST(op))
#define Py_NewRef(op) _Py_NewRef(_PyObject_CAST(op)) /* CPython's, which gcc keeps out of line here */
#if defined(__GNUC__) && !defined(__clang__)
#  pragma GCC push_options
#  pragma GCC optimize("Os")
#endif
