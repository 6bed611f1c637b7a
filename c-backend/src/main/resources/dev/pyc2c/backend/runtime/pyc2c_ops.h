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

/* ---- The exception being raised ---------------------------------------------------------- */

/* Takes the exception being raised, normalized, with its traceback (PyErr_GetRaisedException,
 * emulated on 3.11); NULL if none. */
PYC2C_HIDDEN PyObject *pyc2c_fetch_exception(void);

/* Makes `exc` (stolen; an exception instance or NULL) the exception being raised
 * (PyErr_SetRaisedException, emulated on 3.11). */
PYC2C_HIDDEN void pyc2c_restore_exception(PyObject *exc);

/* ---- Raising ---------------------------------------------------------------------------- */

/*
 * RAISE_VARARGS: raise exc (NULL for a bare `raise`) from cause (NULL when there is no
 * `from`). Steals exc and cause. Always leaves an exception set. Returns 1 if it re-raised the
 * exception being handled (a bare `raise`: the interpreter then unwinds without adding a
 * traceback entry), 0 if it raised a new exception (the caller adds this frame's traceback entry).
 * A class is called with no arguments (for exc and for cause); `from None` sets no cause but
 * __suppress_context__; the exception being handled becomes __context__.
 * Errors: "No active exception to reraise" (RuntimeError), "exceptions must derive from
 * BaseException" (TypeError), "calling X should have returned an instance of BaseException, not Y",
 * "exception causes must derive from BaseException". 3.13 also refuses a cause class whose call
 * returns a non-exception ("calling X should have ..."); 3.11 and 3.12 make that object the cause.
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
 * instead.") followed by the split, on success setting *match and *rest to new references and
 * returning 0 (on failure both are NULL):
 *   - exc_value matches as a whole: *match is exc_value if it is a group, else a new
 *     ExceptionGroup("", [exc_value]); *rest is Py_None;
 *   - exc_value is a group: (*match, *rest) = exc_value.split(match_type), *match Py_None when
 *     nothing matched (3.11: *rest is then exc_value itself, 3.12+ the split's new group);
 *   - a naked exception that does not match: *match Py_None, *rest exc_value itself;
 *   - exc_value Py_None (an earlier clause took everything): both Py_None.
 * As the instruction does, a *match other than None becomes the exception being handled
 * (sys.exception() in the clause body: PyErr_SetHandledException).
 * A split() returning anything but a tuple of at least 2 items is a TypeError (3.12.9+ and
 * 3.13.2+; earlier releases assert it).
 */
PYC2C_HIDDEN int pyc2c_exception_group_match(PyThreadState *ts, PyObject *exc_value, PyObject *match_type,
                                             PyObject **match, PyObject **rest);

/* ---- Names -------------------------------------------------------------------------------- */

/* NameError "name 'x' is not defined", with the exception's .name set (for "Did you mean" hints). */
PYC2C_HIDDEN void pyc2c_name_error(PyThreadState *ts, PyObject *name);

/*
 * An unbound fast local or cell/free variable, as the interpreter reports it:
 * UnboundLocalError "cannot access local variable 'x' where it is not associated with a value"
 * when `is_free` is 0 (a plain local, or a cell of this function), NameError "cannot access free
 * variable 'x' where it is not associated with a value in enclosing scope" (with .name) when it
 * is 1. Like the interpreter's format_exc_unbound, leaves an exception already set alone.
 */
PYC2C_HIDDEN void pyc2c_unbound_error(PyThreadState *ts, PyObject *name, int is_free);

/* ---- Imports ------------------------------------------------------------------------------ */

/*
 * IMPORT_NAME: `__import__(name, globals, locals, fromlist, level)`, through the interpreter's
 * fast path (PyImport_ImportModuleLevelObject, no call) when builtins["__import__"] is the
 * interpreter's original one. `locals` may be NULL (function scope): __import__ then gets None.
 * `level` is an int object. ImportError "__import__ not found" when builtins has none. 3.11 and
 * 3.12 require `builtins` to be a dict (SystemError "bad argument to internal function"
 * otherwise, as the interpreter); 3.13 takes any mapping.
 */
PYC2C_HIDDEN PyObject *pyc2c_import_name(PyThreadState *ts, PyObject *globals, PyObject *locals,
                                         PyObject *builtins, PyObject *name, PyObject *fromlist,
                                         PyObject *level);

/*
 * IMPORT_FROM: `from module import name`: the attribute, else the submodule
 * sys.modules["<module.__name__>.<name>"], else ImportError with the interpreter's messages
 * ("cannot import name 'x' from 'm' (path)", "cannot import name 'x' from partially initialized
 * module 'm' (most likely due to a circular import) (path)", "... (unknown location)", with
 * '<unknown module name>' when __name__ is not a str), with .name (the module's name) and .path
 * set, and (3.12+) .name_from (the name), which the traceback printer uses for "Did you mean".
 * An error other than AttributeError from getattr passes unchanged.
 */
PYC2C_HIDDEN PyObject *pyc2c_import_from(PyThreadState *ts, PyObject *module, PyObject *name);

/*
 * `from module import *` (3.11 IMPORT_STAR, 3.12+ CALL_INTRINSIC_1 INTRINSIC_IMPORT_STAR) into the
 * `locals` mapping (the module namespace; PyObject_SetItem unless an exact dict): the names of
 * __all__ (any sequence, read by index until IndexError), else the keys of __dict__ not starting
 * with '_'. SystemError "no locals found during 'import *'" if locals is NULL; ImportError
 * "from-import-* object has no __dict__ and no __all__"; TypeError "Item in m.__all__ must be
 * str, not int", "Key in m.__dict__ must be str, not int", "module __name__ must be a string, not
 * int"; the AttributeError of a listed name that is missing.
 */
PYC2C_HIDDEN int pyc2c_import_star(PyThreadState *ts, PyObject *locals, PyObject *module);

/* ---- Unpacking, calls, containers -------------------------------------------------------- */

/*
 * UNPACK_SEQUENCE (after == -1) and UNPACK_EX (before items, a list, after items): unpacks `seq`
 * into `count` new references, where count is `before` (UNPACK_SEQUENCE) or before + 1 + after
 * (UNPACK_EX), stored in stack order: dest[count-1] is the first item, dest[0] the last. Errors as
 * the interpreter: "cannot unpack non-iterable X object" (only for an object with neither
 * __iter__ nor __getitem__: an __iter__'s own TypeError passes unchanged), "not enough values to
 * unpack (expected 3, got 2)", "too many values to unpack (expected 2)" (UNPACK_SEQUENCE reads
 * one item past `before` to know), "not enough values to unpack (expected at least 3, got 2)".
 * On error dest holds only NULLs.
 */
PYC2C_HIDDEN int pyc2c_unpack(PyThreadState *ts, PyObject *seq, int before, int after, PyObject **dest);

/*
 * CALL_FUNCTION_EX: the positional arguments as a tuple: `args` itself if it is an exact tuple
 * (new reference), else tuple(args); TypeError "F() argument after * must be an iterable, not X"
 * (F as _PyObject_FunctionStr names the callable: "f()", "mod.Class.method()", "print()") when it
 * has neither __iter__ nor __getitem__.
 */
PYC2C_HIDDEN PyObject *pyc2c_call_args_tuple(PyThreadState *ts, PyObject *func, PyObject *args);

/*
 * CALL_FUNCTION_EX: the keyword arguments as an exact dict: `kwargs` itself if it is an exact dict
 * (new reference), else a new dict merged from the mapping as pyc2c_dict_merge does, with its
 * errors. (The compiler always builds `**` arguments with DICT_MERGE into a new dict, so for its
 * code this is the identity; 3.11's CALL_FUNCTION_EX still converted other mappings this way.)
 */
PYC2C_HIDDEN PyObject *pyc2c_call_kwargs_dict(PyThreadState *ts, PyObject *func, PyObject *kwargs);

/* LIST_EXTEND: list.extend(iterable) with the interpreter's "Value after * must be an iterable, not X". */
PYC2C_HIDDEN int pyc2c_list_extend(PyThreadState *ts, PyObject *list, PyObject *iterable);

/* DICT_UPDATE ({**m}): dict.update(mapping), any AttributeError (no keys()) becoming the
   interpreter's TypeError "'X' object is not a mapping". */
PYC2C_HIDDEN int pyc2c_dict_update(PyThreadState *ts, PyObject *dict, PyObject *mapping);

/*
 * DICT_MERGE (building **kwargs for the call of `func`): merge `mapping` into `dict` refusing
 * duplicate keys, with the interpreter's messages: any AttributeError (no keys()) becomes "F()
 * argument after ** must be a mapping, not X"; a duplicate key "F() got multiple values for
 * keyword argument 'k'" (3.12+: so does any KeyError with one argument raised by the mapping
 * itself; 3.11: only the merge's own KeyError, and not while an exception is being handled,
 * when 3.11 lets the KeyError through). Non-str keys pass: "keywords must be strings" is the
 * call's own check, later.
 */
PYC2C_HIDDEN int pyc2c_dict_merge(PyThreadState *ts, PyObject *func, PyObject *dict, PyObject *mapping);

/* ---- Pattern matching -------------------------------------------------------------------- */

/*
 * MATCH_CLASS: match `subject` against class `type` with `nargs` positional sub-patterns and the
 * keyword attribute names in the tuple `kwargs`. Returns a tuple of the nargs + len(kwargs)
 * attributes on a match, Py_None (new reference) when it does not match (not an instance, or an
 * attribute missing), NULL on error (with the interpreter's messages: "called match pattern must
 * be a class" (3.11: "... must be a type"), "X() accepts 0 positional sub-patterns (1 given)",
 * "X.__match_args__ must be a tuple (got Y)", "__match_args__ elements must be strings (got Y)",
 * "X() got multiple sub-patterns for attribute 'a'"). Types such as int, str, list and dict
 * without __match_args__ take one positional sub-pattern: the subject itself.
 */
PYC2C_HIDDEN PyObject *pyc2c_match_class(PyThreadState *ts, PyObject *subject, PyObject *type,
                                         Py_ssize_t nargs, PyObject *kwargs);

/*
 * MATCH_KEYS: the values of `keys` (a tuple) in the mapping `map`, read with map.get(key,
 * <sentinel>) (no __missing__, no defaultdict insertion), as a tuple; Py_None (new reference) if
 * one is missing (the later keys are not read); NULL on error ("mapping pattern checks duplicate
 * key (K)" ValueError, an unhashable key's TypeError, get()'s own errors).
 */
PYC2C_HIDDEN PyObject *pyc2c_match_keys(PyThreadState *ts, PyObject *map, PyObject *keys);

/* ---- Statements -------------------------------------------------------------------------- */

/*
 * BEFORE_WITH: looks up __enter__ then __exit__ on type(mgr) (TypeError "'X' object does not
 * support the context manager protocol", or "... (missed __exit__ method)" when only __exit__ is
 * missing; a descriptor's own error passes), sets *exit to the bound __exit__ (new reference) and
 * returns the result of __enter__() (on failure *exit is NULL).
 */
PYC2C_HIDDEN PyObject *pyc2c_before_with(PyThreadState *ts, PyObject *mgr, PyObject **exit);

/* SETUP_ANNOTATIONS: creates __annotations__ = {} in the `locals` mapping if it is missing (for
   another mapping than an exact dict, "missing" is a KeyError from locals["__annotations__"]).
   SystemError "no locals found when setting up annotations" if locals is NULL. */
PYC2C_HIDDEN int pyc2c_setup_annotations(PyThreadState *ts, PyObject *locals);

/* INTRINSIC_PRINT (3.11: PRINT_EXPR): sys.displayhook(value), returning its result (the
   instruction discards it); RuntimeError "lost sys.displayhook" if sys has none. */
PYC2C_HIDDEN PyObject *pyc2c_print_expr(PyThreadState *ts, PyObject *value);

/* LOAD_BUILD_CLASS: builtins["__build_class__"] (builtins: the frame's builtins, a dict or
   another mapping), NameError "__build_class__ not found" when missing. */
PYC2C_HIDDEN PyObject *pyc2c_load_build_class(PyThreadState *ts, PyObject *builtins);

/*
 * FORMAT_VALUE (3.11, 3.12) / CONVERT_VALUE + FORMAT_SIMPLE / FORMAT_WITH_SPEC (3.13): applies
 * `conversion` (0 none, 1 str, 2 repr, 3 ascii) to `value`, then format(value, spec) (spec may be
 * NULL: no spec). The interpreter's fast path (an exact str with no spec is returned as is) included.
 * SystemError "unexpected conversion flag N" for another conversion.
 */
PYC2C_HIDDEN PyObject *pyc2c_format_value(PyThreadState *ts, PyObject *value, int conversion, PyObject *spec);

#endif /* PYC2C_OPS_H */
