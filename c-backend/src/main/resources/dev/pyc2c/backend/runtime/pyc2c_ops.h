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
 * All functions need the GIL, and are hidden from other shared objects (PYC2C_HIDDEN).
 */
#ifndef PYC2C_OPS_H
#define PYC2C_OPS_H

#include "pyc2c_python.h"

/* ---- Raising ---------------------------------------------------------------------------- */

/*
 * RAISE_VARARGS: raise exc (NULL for a bare `raise`) from cause (NULL when there is no
 * `from`). Steals exc and cause. Always leaves an exception set. Returns 1 if it re-raised the
 * exception being handled (a bare `raise`: the interpreter then unwinds without adding a
 * traceback entry), 0 if it raised a new exception (the caller adds this frame's traceback entry).
 * Errors: "No active exception to reraise" (RuntimeError), "exceptions must derive from
 * BaseException" (TypeError), "calling X should have returned an instance of BaseException, not Y",
 * "exception causes must derive from BaseException".
 */
PYC2C_HIDDEN int pyc2c_do_raise(PyThreadState *ts, PyObject *exc, PyObject *cause);

/*
 * CHECK_EXC_MATCH: -1 with TypeError "catching classes that do not inherit from BaseException is
 * not allowed" unless `type` is an exception class or a tuple of them; else 0.
 */
PYC2C_HIDDEN int pyc2c_check_except_type_valid(PyThreadState *ts, PyObject *type);

/*
 * CHECK_EG_MATCH: the validity check of `except*` ("catching classes that do not inherit from
 * BaseException is not allowed", "catching ExceptionGroup with except* is not allowed. Use except
 * instead.") followed by the split: on success sets *match and *rest to new references (*match is
 * Py_None when nothing matched, and then *rest is exc_value itself) and returns 0.
 */
PYC2C_HIDDEN int pyc2c_exception_group_match(PyThreadState *ts, PyObject *exc_value, PyObject *match_type,
                                             PyObject **match, PyObject **rest);

/* ---- Names -------------------------------------------------------------------------------- */

/* NameError "name 'x' is not defined", with the exception's .name set (for "Did you mean" hints). */
PYC2C_HIDDEN void pyc2c_name_error(PyThreadState *ts, PyObject *name);

/*
 * An unbound fast local or cell/free variable, as the interpreter reports it:
 * UnboundLocalError "cannot access local variable 'x' where it is not associated with a value"
 * when `is_free` is 0, NameError "cannot access free variable 'x' where it is not associated with a
 * value in enclosing scope" when it is 1.
 */
PYC2C_HIDDEN void pyc2c_unbound_error(PyThreadState *ts, PyObject *name, int is_free);

/* ---- Imports ------------------------------------------------------------------------------ */

/*
 * IMPORT_NAME: `__import__(name, globals, locals, fromlist, level)`, through the interpreter's
 * fast path when builtins.__import__ is the original one. `locals` may be NULL (function scope).
 * ImportError "__import__ not found" when builtins has none.
 */
PYC2C_HIDDEN PyObject *pyc2c_import_name(PyThreadState *ts, PyObject *globals, PyObject *locals,
                                         PyObject *builtins, PyObject *name, PyObject *fromlist,
                                         PyObject *level);

/*
 * IMPORT_FROM: `from module import name`: the attribute, else the submodule from sys.modules,
 * else ImportError with the interpreter's messages ("cannot import name 'x' from 'm' (path)",
 * "... (most likely due to a circular import)", "... (unknown location)"), with .name and .path set.
 */
PYC2C_HIDDEN PyObject *pyc2c_import_from(PyThreadState *ts, PyObject *module, PyObject *name);

/*
 * `from module import *` into the `locals` mapping (the module namespace): honours __all__, else
 * every name not starting with '_'. SystemError "no locals found during 'import *'" if locals is
 * NULL. The error messages for non-str items of __all__/__dict__ are the interpreter's.
 */
PYC2C_HIDDEN int pyc2c_import_star(PyThreadState *ts, PyObject *locals, PyObject *module);

/* ---- Unpacking, calls, containers -------------------------------------------------------- */

/*
 * UNPACK_SEQUENCE (after == -1) and UNPACK_EX (before items, a list, after items): unpacks `seq`
 * into `count` new references, where count is `before` (UNPACK_SEQUENCE) or before + 1 + after
 * (UNPACK_EX), stored in stack order: dest[count-1] is the first item, dest[0] the last. Errors as
 * the interpreter: "cannot unpack non-iterable X object", "not enough values to unpack (expected
 * 3, got 2)", "too many values to unpack (expected 2)", "not enough values to unpack (expected at
 * least 3, got 2)". On error nothing is left in dest.
 */
PYC2C_HIDDEN int pyc2c_unpack(PyThreadState *ts, PyObject *seq, int before, int after, PyObject **dest);

/*
 * CALL_FUNCTION_EX: the positional arguments as a tuple: `args` itself if it is an exact tuple
 * (new reference), else tuple(args); TypeError "F() argument after * must be an iterable, not X"
 * (with F from the callable, as the interpreter names it) when it is not iterable.
 */
PYC2C_HIDDEN PyObject *pyc2c_call_args_tuple(PyThreadState *ts, PyObject *func, PyObject *args);

/*
 * CALL_FUNCTION_EX: the keyword arguments as an exact dict: `kwargs` itself if it is an exact dict
 * (new reference), else a new dict merged from the mapping; the interpreter's errors ("F() argument
 * after ** must be a mapping, not X", "F() got multiple values for keyword argument 'k'").
 */
PYC2C_HIDDEN PyObject *pyc2c_call_kwargs_dict(PyThreadState *ts, PyObject *func, PyObject *kwargs);

/* LIST_EXTEND: list.extend(iterable) with the interpreter's "Value after * must be an iterable, not X". */
PYC2C_HIDDEN int pyc2c_list_extend(PyThreadState *ts, PyObject *list, PyObject *iterable);

/* DICT_UPDATE: dict.update(mapping) with the interpreter's "'X' object is not a mapping". */
PYC2C_HIDDEN int pyc2c_dict_update(PyThreadState *ts, PyObject *dict, PyObject *mapping);

/*
 * DICT_MERGE (building **kwargs for the call of `func`): merge `mapping` into `dict` refusing
 * duplicate keys, with the interpreter's messages ("F() argument after ** must be a mapping, not X",
 * "F() got multiple values for keyword argument 'k'", "keywords must be strings").
 */
PYC2C_HIDDEN int pyc2c_dict_merge(PyThreadState *ts, PyObject *func, PyObject *dict, PyObject *mapping);

/* ---- Pattern matching -------------------------------------------------------------------- */

/*
 * MATCH_CLASS: match `subject` against class `type` with `nargs` positional sub-patterns and the
 * keyword attribute names in the tuple `kwargs`. Returns a tuple of the nargs + len(kwargs)
 * attributes on a match, Py_None (new reference) when it does not match, NULL on error (with the
 * interpreter's messages: "called match pattern must be a class", "X() accepts 0 positional
 * sub-patterns (1 given)", "X.__match_args__ must be a tuple (got Y)", "__match_args__ elements
 * must be strings (got Y)", "X() got multiple sub-patterns for attribute 'a'").
 */
PYC2C_HIDDEN PyObject *pyc2c_match_class(PyThreadState *ts, PyObject *subject, PyObject *type,
                                         Py_ssize_t nargs, PyObject *kwargs);

/*
 * MATCH_KEYS: the values of `keys` (a tuple) in the mapping `map`, as a tuple; Py_None (new
 * reference) if one is missing; NULL on error ("mapping pattern checks duplicate key (K)").
 */
PYC2C_HIDDEN PyObject *pyc2c_match_keys(PyThreadState *ts, PyObject *map, PyObject *keys);

/* ---- Statements -------------------------------------------------------------------------- */

/*
 * BEFORE_WITH: looks up __enter__ and __exit__ on type(mgr) (TypeError "'X' object does not
 * support the context manager protocol", or "... (missed __exit__ method)" in 3.12), sets *exit to
 * the bound __exit__ (new reference) and returns the result of __enter__().
 */
PYC2C_HIDDEN PyObject *pyc2c_before_with(PyThreadState *ts, PyObject *mgr, PyObject **exit);

/* SETUP_ANNOTATIONS: creates __annotations__ = {} in the `locals` mapping if it is missing. */
PYC2C_HIDDEN int pyc2c_setup_annotations(PyThreadState *ts, PyObject *locals);

/* INTRINSIC_PRINT: sys.displayhook(value) ("lost sys.displayhook" RuntimeError if missing). */
PYC2C_HIDDEN PyObject *pyc2c_print_expr(PyThreadState *ts, PyObject *value);

/* LOAD_BUILD_CLASS: builtins.__build_class__, NameError "__build_class__ not found". */
PYC2C_HIDDEN PyObject *pyc2c_load_build_class(PyThreadState *ts, PyObject *builtins);

/*
 * FORMAT_VALUE (3.11, 3.12) / CONVERT_VALUE + FORMAT_SIMPLE / FORMAT_WITH_SPEC (3.13): applies
 * `conversion` (0 none, 1 str, 2 repr, 3 ascii) to `value`, then format(value, spec) (spec may be
 * NULL: no spec). The interpreter's fast path (an exact str with no spec is returned as is) included.
 */
PYC2C_HIDDEN PyObject *pyc2c_format_value(PyThreadState *ts, PyObject *value, int conversion, PyObject *spec);

#endif /* PYC2C_OPS_H */
