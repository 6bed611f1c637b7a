/*
 * pyc2c runtime: the operations of CPython's interpreter loop that have no public C API.
 *
 * Generated code calls these where an instruction's semantics live in a static function of
 * CPython's Python/ceval.c (3.11) or Python/bytecodes.c and ceval.c (3.12, 3.13). Each behaves
 * exactly like the interpreter of the version it is compiled for: same results, same exceptions,
 * same messages. Version differences are #if PY_VERSION_HEX blocks inside the functions.
 *
 * Conventions, as in the C API:
 *   - functions returning PyObject* return a new reference, or NULL with an exception set;
 *   - functions returning int return 0 (or a documented non-negative result) on success and -1
 *     with an exception set on failure;
 *   - arguments are borrowed unless the comment says "steals".
 * All functions need the GIL. They are defined in the runtime module of the build (pyc2c_runtime.h).
 */
#ifndef PYC2C_OPS_H
#define PYC2C_OPS_H

#include "pyc2c_runtime.h"

/*
 * The functions are declared, with their contracts, in pyc2c_api.h (section "The interpreter's
 * operations that have no public C API"), the list of everything generated code reaches in the
 * runtime; pyc2c_runtime.h turns it into declarations.
 */

#endif /* PYC2C_OPS_H */
