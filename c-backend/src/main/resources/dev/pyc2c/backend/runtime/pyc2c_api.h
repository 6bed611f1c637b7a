/*
 * pyc2c runtime: the runtime's API, the one list of every out-of-line runtime function and every
 * datum that generated code and the inline helpers of the headers use. See pyc2c_runtime.h for how
 * a generated module reaches them.
 *
 * An X-macro list, deliberately without an include guard: the includer defines
 *     PYC2C_API_FUNC(return type, name, (parameters))   a function, pyc2c_<name>
 *     PYC2C_API_DATA(type, name)                         a variable, pyc2c_<name>, which the runtime
 *                                                        module sets before any module loads it and
 *                                                        never changes afterwards
 * and includes this file, once for each thing made of the list (the declarations in
 * pyc2c_runtime.h; the table, its initialiser in pyc2c_runtime.c, the loader of generated modules).
 * Adding a runtime function is one line here and its definition in a runtime C file; the order of
 * the lines is the order of the table, and any change of this file changes the runtime's ABI tag.
 *
 * Types used here are declared before the list is read: CPython's, and the runtime's own struct
 * types by their tags (struct pyc2c_module_def, struct pyc2c_attr_cache).
 *
 * Conventions, as in the C API:
 *   - functions returning PyObject* return a new reference, or NULL with an exception set;
 *   - functions returning int return 0 (or a documented non-negative result) on success and -1
 *     with an exception set on failure;
 *   - arguments are borrowed unless the comment says "steals".
 * All functions need the GIL.
 */

/* ---- Loading a module (pyc2c_core.c) ----------------------------------------------------------- */

/*
 * What the Py_mod_exec slot of a generated module runs once it has the runtime (pyc2c_exec_module in
 * pyc2c_runtime.h): loads its code tree, gives each compiled code object its runner, and executes the
 * module body in the module's namespace, as the import system's exec(code, module.__dict__) does for a
 * source module.
 */
PYC2C_API_FUNC(int, run_module, (PyObject *module, const struct pyc2c_module_def *def))

/* ---- What bodies call (pyc2c_core.c) ----------------------------------------------------------- */

/* At the start of a body: RecursionError instead of a C stack overflow. */
PYC2C_API_FUNC(int, stack_check, (void))

/* At a backward jump whose eval breaker is set: lets the interpreter run signal handlers, pending
 * calls and the garbage collector, switch threads, raise asynchronous exceptions. */
PYC2C_API_FUNC(int, handle_pending, (PyThreadState *ts))

/* Adds this frame's traceback entry for an exception about to be handled in the same frame. */
PYC2C_API_FUNC(void, traceback_here, (PyThreadState *ts, _PyInterpreterFrame *frame))

/* RERAISE with lasti: the frame's instruction pointer goes back to the instruction that raised. */
PYC2C_API_FUNC(int, restore_lasti, (_PyInterpreterFrame *frame, PyObject *lasti))

/*
 * The frame is left by a re-raise (RERAISE with no handler of its own left): the interpreter adds no
 * traceback entry for the frame, and keeps its instruction pointer (at the RERAISE, or at the lasti it
 * restored), which a kept frame object reports as f_lineno. The body returns NULL to whoever called it,
 * which adds an entry for a frame that has started; so when the exception's newest entry is this frame's
 * at the same instruction (it is, unless the handler replaced the traceback), that entry is taken off
 * and the caller adds the same one again. Otherwise the instruction pointer is hidden (no entry is
 * added) and kept in the frame's first stack slot, unused by compiled code, where pyc2c's direct call
 * restores it (an interpreter frame calling the body cannot). Returns NULL.
 */
PYC2C_API_FUNC(PyObject *, reraise_exit, (_PyInterpreterFrame *frame, _Py_CODEUNIT *first))

/* LOAD_GLOBAL, LOAD_NAME, LOAD_FROM_DICT_OR_GLOBALS and friends: lookups through the frame's
 * namespaces with the interpreter's errors. */
PYC2C_API_FUNC(PyObject *, load_global, (PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name))
PYC2C_API_FUNC(PyObject *, load_name, (PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name))
PYC2C_API_FUNC(PyObject *, load_from_dict_or_globals, (PyThreadState *ts, _PyInterpreterFrame *frame,
                                                       PyObject *mapping, PyObject *name))
PYC2C_API_FUNC(PyObject *, load_from_dict_or_deref, (PyThreadState *ts, _PyInterpreterFrame *frame,
                                                     PyObject *mapping, int index))
PYC2C_API_FUNC(int, store_name, (PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name, PyObject *v))
PYC2C_API_FUNC(int, delete_name, (PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name))
PYC2C_API_FUNC(int, delete_global, (PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name))
PYC2C_API_FUNC(PyObject *, load_locals, (PyThreadState *ts, _PyInterpreterFrame *frame))

#if PY_VERSION_HEX >= 0x030C0000
/* CALL_INTRINSIC_1 / CALL_INTRINSIC_2 for the intrinsics that have no public equivalent (PEP 695:
 * type parameters, Generic[...], type aliases); which is the INTRINSIC_* number. */
PYC2C_API_FUNC(PyObject *, intrinsic_1, (PyThreadState *ts, _PyInterpreterFrame *frame, int which, PyObject *value))
PYC2C_API_FUNC(PyObject *, intrinsic_2, (PyThreadState *ts, _PyInterpreterFrame *frame, int which, PyObject *value1,
                                         PyObject *value2))
#endif

#if PY_VERSION_HEX < 0x030C0000
/* PREP_RERAISE_STAR (3.11, whose _PyExc_PrepReraiseStar is not exported): what the interpreter's instruction gives,
 * the exception group to re-raise of those raised and re-raised in the except* clauses (excs) of orig. */
PYC2C_API_FUNC(PyObject *, prep_reraise_star, (PyObject *orig, PyObject *excs))
#endif

/* GET_AITER: obj.__aiter__(), checked to have __anext__, with the interpreter's errors. */
PYC2C_API_FUNC(PyObject *, get_aiter, (PyThreadState *ts, PyObject *obj))

/* WITH_EXCEPT_START: exit_func(type(val), val, val.__traceback__). */
PYC2C_API_FUNC(PyObject *, with_except_start, (PyThreadState *ts, PyObject *exit_func, PyObject *val))

/* INTRINSIC_STOPITERATION_ERROR (PEP 479) in the generator, coroutine or async generator running on frame: a
 * StopIteration (an async generator's StopAsyncIteration too) as the RuntimeError that replaces it, else exc. */
PYC2C_API_FUNC(PyObject *, stopiteration_error, (_PyInterpreterFrame *frame, PyObject *exc))

/*
 * The type of runners, the last constant of every trampoline (pyc2c.h). One per process for every
 * runtime of the same ABI (pyc2c_core.c, share_runner_type), so that a call site recognises the
 * compiled functions of any pyc2c module.
 */
PYC2C_API_DATA(PyTypeObject *, runner_type)

/*
 * The builtins whose calls compiled code makes itself (pyc2c_builtins.h), when a call site's callable
 * is exactly one of these objects: builtins.len, isinstance, abs, min, max as the builtins module had
 * them when the runtime started, and list.append's method descriptor. Never changed afterwards.
 */
PYC2C_API_DATA(PyObject *, builtin_len)
PYC2C_API_DATA(PyObject *, builtin_isinstance)
PYC2C_API_DATA(PyObject *, builtin_abs)
PYC2C_API_DATA(PyObject *, builtin_min)
PYC2C_API_DATA(PyObject *, builtin_max)
PYC2C_API_DATA(PyObject *, list_append)

/* The interpreter's vectorcall of Python functions (_PyFunction_Vectorcall, which 3.13 does not export), as a
 * function the runtime made when it started has it. */
PYC2C_API_DATA(vectorcallfunc, function_vectorcall)

/*
 * Direct calls (3.11 to 3.14): a compiled call site that calls a compiled function (its code's last constant is
 * a runner of pyc2c_runner_type) with positional arguments pushes the callee's interpreter frame
 * itself and runs its body, where the interpreter would enter its evaluation loop for the trampoline.
 * The frame is the same as the interpreter's (binding, cells, recursion accounting, traceback entry,
 * a frame object kept after return), so nothing can tell the difference but the time.
 */
#if PYC2C_DIRECT_CALLS
PYC2C_API_FUNC(PyObject *, call_compiled, (PyThreadState *ts, PyFunctionObject *func, PyObject *runner,
                                           PyObject *const *args, size_t nargsf, PyObject *kwnames))
/*
 * A call of a compiled function whose code is its runner's own trampoline and takes only positional
 * parameters (c->direct), with fewer positional arguments than it has parameters or with keyword
 * arguments: binds them (each keyword found by identity among the parameters' names, the rest from the
 * defaults), as CALL_PY_WITH_DEFAULTS and initialize_locals do, and enters the body directly; anything
 * it does not bind at once (a keyword not interned, twice, or unknown; a missing argument; too many
 * parameters) goes to pyc2c_call_compiled, which binds in general or lets the interpreter raise.
 */
PYC2C_API_FUNC(PyObject *, call_bound, (PyThreadState *ts, PyFunctionObject *func, PyObject *runner,
                                        PyObject *const *args, size_t nargsf, PyObject *kwnames))
/*
 * Enters a compiled function's body directly: `func`'s code is the body's own trampoline (c is its
 * pyc2c_code, c->direct set) and `args` are exactly its c->argcount positional arguments (borrowed).
 * What the interpreter's CALL_PY_EXACT_ARGS, RESUME and RETURN_VALUE do around the body, on the
 * thread's frame stack; a monitored code object, or no room in the data-stack chunk, goes through the
 * interpreter instead.
 */
PYC2C_API_FUNC(PyObject *, enter, (PyThreadState *ts, PyFunctionObject *func, PyObject *const *args,
                                   const struct pyc2c_code *c))
/* Fills a CALL site's cache (pyc2c_call_cache in pyc2c.h), empty or naming a dead code object, with the code
 * of func, a compiled function entered directly with nargs positional arguments (c its pyc2c_code); a weak
 * reference that cannot be made leaves the cache as it was. */
PYC2C_API_FUNC(void, call_cache_fill, (struct pyc2c_call_cache *cc, PyFunctionObject *func,
                                       const struct pyc2c_code *c, Py_ssize_t nargs))
/* The parts of a direct call kept out of line. */
/* Whether a monitoring tool may want events from the code (the slow part of pyc2c_monitored; 3.12 on). */
#ifndef PYC2C_TRACING
PYC2C_API_FUNC(int, monitored_slow, (PyThreadState *ts, PyCodeObject *co))
#endif
/* The interpreter's Python recursion check, after py_recursion_remaining was decremented: -1 with
   RecursionError set, or 0. */
PYC2C_API_FUNC(int, python_recursion_error, (PyThreadState *ts))
/* The trampoline's MAKE_CELL prologue on a directly pushed frame whose code has cell variables. */
PYC2C_API_FUNC(int, make_cells, (_PyInterpreterFrame *frame, PyCodeObject *co))
/* A body returned NULL: the traceback entry the interpreter would add (or the instruction a
   re-raise hid, restored). */
PYC2C_API_FUNC(void, frame_error, (PyThreadState *ts, _PyInterpreterFrame *frame))
/* Pops a directly pushed frame, already unlinked, handing it to its frame object if one outlives it. */
PYC2C_API_FUNC(void, clear_frame, (PyThreadState *ts, _PyInterpreterFrame *frame))
/* CALL of a heap class (its metaclass type): object_new, then a compiled __init__ run directly with
   the call's arguments (args[-1] must be writable: PY_VECTORCALL_ARGUMENTS_OFFSET), "__init__() should
   return None" as slot_tp_init; anything else through type_call. */
PYC2C_API_FUNC(PyObject *, call_class, (PyThreadState *ts, PyTypeObject *tp, PyObject *const *args, size_t nargsf,
                                        PyObject *kwnames))
#endif

/*
 * CALL: calls `callable` with the vectorcall arguments, pointing the frame where the interpreter
 * would during the call (pyc2c_call in pyc2c.h): compiled functions entered directly, classes with a
 * compiled __init__ instantiated directly (3.12), anything else through PyObject_Vectorcall.
 */
PYC2C_API_FUNC(PyObject *, call_ool, (PyThreadState *ts, _PyInterpreterFrame *frame, _Py_CODEUNIT *first,
                                      int call_unit, int last_cache_unit, PyObject *callable, PyObject *const *args,
                                      size_t nargsf, PyObject *kwnames))

/* After MAKE_FUNCTION: a function of compiled code gets the vectorcall that runs it directly. */
PYC2C_API_FUNC(void, function_made, (PyFunctionObject *func))

/* BINARY_SLICE / STORE_SLICE: container[start:stop] (= v); the arguments are borrowed. */
PYC2C_API_FUNC(PyObject *, get_slice, (PyObject *container, PyObject *start, PyObject *stop))
PYC2C_API_FUNC(int, set_slice, (PyObject *container, PyObject *start, PyObject *stop, PyObject *v))

/* The empty string (borrowed): the separator of BUILD_STRING. */
PYC2C_API_FUNC(PyObject *, empty_str, (void))

/* ---- Attribute access (pyc2c_attr.c; see pyc2c_attr.h) ----------------------------------------- */

/* The misses of a site's cache (the inline paths found no entry that applies): every entry, then, unless the site
 * is backing off, an analysis that fills an entry and serves the access from it, else the generic path
 * (PyObject_GetAttr, _PyObject_GetMethod with pyc2c_load_method's result, PyObject_SetAttr). Each is the whole
 * access with the site's cache: what code that is not hot calls instead of the inline paths. */
PYC2C_API_FUNC(PyObject *, load_attr_miss, (PyThreadState *ts, PyObject *obj, PyObject *name,
                                            struct pyc2c_attr_cache *c))
PYC2C_API_FUNC(int, load_method_miss, (PyThreadState *ts, PyObject *obj, PyObject *name, PyObject **meth,
                                       struct pyc2c_attr_cache *c))
PYC2C_API_FUNC(int, store_attr_miss, (PyObject *obj, PyObject *name, PyObject *v, struct pyc2c_attr_cache *c))

/* LOAD_GLOBAL's miss (pyc2c_load_global_cached): the cached entry, then the analysis (unless backing off), else
 * pyc2c_load_global. The whole access with the site's cache, as the attribute misses. */
PYC2C_API_FUNC(PyObject *, load_global_miss, (PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name,
                                              struct pyc2c_global_cache *c))

/* LOAD_SUPER_ATTR (3.12+): `name` of super(cls, self), or of super() with no arguments unless flags has
 * PYC2C_SUPER_TWO_ARGS. Where `global_super` is the builtin super and cls a type, found on the MRO without a super
 * object, as LOAD_SUPER_ATTR_ATTR/_METHOD (never for PYC2C_SUPER_GENERIC). With self_ref (the method form), a
 * method descriptor is returned unbound and *self_ref set to a new reference to self, else *self_ref is NULL. */
PYC2C_API_FUNC(PyObject *, load_super_attr, (PyObject *global_super, PyObject *cls, PyObject *self, PyObject *name,
                                             int flags, PyObject **self_ref))

/* ---- The interpreter's operations that have no public C API (pyc2c_ops.c; see pyc2c_ops.h) ------ */

/* -- The exception being raised -- */

/* Takes the exception being raised, normalized, with its traceback (PyErr_GetRaisedException,
 * emulated on 3.11); NULL if none. */
PYC2C_API_FUNC(PyObject *, fetch_exception, (void))

/* Makes `exc` (stolen; an exception instance or NULL) the exception being raised
 * (PyErr_SetRaisedException, emulated on 3.11). */
PYC2C_API_FUNC(void, restore_exception, (PyObject *exc))

/* -- Raising -- */

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
PYC2C_API_FUNC(int, do_raise, (PyThreadState *ts, PyObject *exc, PyObject *cause))

/*
 * CHECK_EXC_MATCH: -1 with TypeError "catching classes that do not inherit from BaseException is
 * not allowed" unless `type` is an exception class or a tuple of them; else 0.
 */
PYC2C_API_FUNC(int, check_except_type_valid, (PyThreadState *ts, PyObject *type))

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
PYC2C_API_FUNC(int, exception_group_match, (PyThreadState *ts, PyObject *exc_value, PyObject *match_type,
                                            PyObject **match, PyObject **rest))

/* -- Names -- */

/* NameError "name 'x' is not defined", with the exception's .name set (for "Did you mean" hints). */
PYC2C_API_FUNC(void, name_error, (PyThreadState *ts, PyObject *name))

/*
 * An unbound fast local or cell/free variable, as the interpreter reports it:
 * UnboundLocalError "cannot access local variable 'x' where it is not associated with a value"
 * when `is_free` is 0 (a plain local, or a cell of this function), NameError "cannot access free
 * variable 'x' where it is not associated with a value in enclosing scope" (with .name) when it
 * is 1. Like the interpreter's format_exc_unbound, leaves an exception already set alone.
 */
PYC2C_API_FUNC(void, unbound_error, (PyThreadState *ts, PyObject *name, int is_free))

/* -- Imports -- */

/*
 * IMPORT_NAME: `__import__(name, globals, locals, fromlist, level)`, through the interpreter's
 * fast path (PyImport_ImportModuleLevelObject, no call) when builtins["__import__"] is the
 * interpreter's original one. `locals` may be NULL (function scope): __import__ then gets None.
 * `level` is an int object. ImportError "__import__ not found" when builtins has none. 3.11 and
 * 3.12 require `builtins` to be a dict (SystemError "bad argument to internal function"
 * otherwise, as the interpreter); 3.13 takes any mapping.
 */
PYC2C_API_FUNC(PyObject *, import_name, (PyThreadState *ts, PyObject *globals, PyObject *locals,
                                         PyObject *builtins, PyObject *name, PyObject *fromlist,
                                         PyObject *level))

/*
 * IMPORT_FROM: `from module import name`: the attribute, else the submodule
 * sys.modules["<module.__name__>.<name>"], else ImportError with the interpreter's messages
 * ("cannot import name 'x' from 'm' (path)", "cannot import name 'x' from partially initialized
 * module 'm' (most likely due to a circular import) (path)", "... (unknown location)", with
 * '<unknown module name>' when __name__ is not a str), with .name (the module's name) and .path
 * set, and (3.12+) .name_from (the name), which the traceback printer uses for "Did you mean".
 * An error other than AttributeError from getattr passes unchanged.
 */
PYC2C_API_FUNC(PyObject *, import_from, (PyThreadState *ts, PyObject *module, PyObject *name))

/*
 * `from module import *` (3.11 IMPORT_STAR, 3.12+ CALL_INTRINSIC_1 INTRINSIC_IMPORT_STAR) into the
 * `locals` mapping (the module namespace; PyObject_SetItem unless an exact dict): the names of
 * __all__ (any sequence, read by index until IndexError), else the keys of __dict__ not starting
 * with '_'. SystemError "no locals found during 'import *'" if locals is NULL; ImportError
 * "from-import-* object has no __dict__ and no __all__"; TypeError "Item in m.__all__ must be
 * str, not int", "Key in m.__dict__ must be str, not int", "module __name__ must be a string, not
 * int"; the AttributeError of a listed name that is missing.
 */
PYC2C_API_FUNC(int, import_star, (PyThreadState *ts, PyObject *locals, PyObject *module))

/* -- Unpacking, calls, containers -- */

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
PYC2C_API_FUNC(int, unpack, (PyThreadState *ts, PyObject *seq, int before, int after, PyObject **dest))

/*
 * CALL_FUNCTION_EX: the positional arguments as a tuple: `args` itself if it is an exact tuple
 * (new reference), else tuple(args); TypeError "F() argument after * must be an iterable, not X"
 * (F as _PyObject_FunctionStr names the callable: "f()", "mod.Class.method()", "print()") when it
 * has neither __iter__ nor __getitem__.
 */
PYC2C_API_FUNC(PyObject *, call_args_tuple, (PyThreadState *ts, PyObject *func, PyObject *args))

/*
 * CALL_FUNCTION_EX: the keyword arguments as an exact dict: `kwargs` itself if it is an exact dict
 * (new reference), else a new dict merged from the mapping as pyc2c_dict_merge does, with its
 * errors. (The compiler always builds `**` arguments with DICT_MERGE into a new dict, so for its
 * code this is the identity; 3.11's CALL_FUNCTION_EX still converted other mappings this way.)
 */
PYC2C_API_FUNC(PyObject *, call_kwargs_dict, (PyThreadState *ts, PyObject *func, PyObject *kwargs))

/* LIST_EXTEND: list.extend(iterable) with the interpreter's "Value after * must be an iterable, not X". */
PYC2C_API_FUNC(int, list_extend, (PyThreadState *ts, PyObject *list, PyObject *iterable))

/* DICT_UPDATE ({**m}): dict.update(mapping), any AttributeError (no keys()) becoming the
   interpreter's TypeError "'X' object is not a mapping". */
PYC2C_API_FUNC(int, dict_update, (PyThreadState *ts, PyObject *dict, PyObject *mapping))

/*
 * DICT_MERGE (building **kwargs for the call of `func`): merge `mapping` into `dict` refusing
 * duplicate keys, with the interpreter's messages: any AttributeError (no keys()) becomes "F()
 * argument after ** must be a mapping, not X"; a duplicate key "F() got multiple values for
 * keyword argument 'k'" (3.12+: so does any KeyError with one argument raised by the mapping
 * itself; 3.11: only the merge's own KeyError, and not while an exception is being handled,
 * when 3.11 lets the KeyError through). Non-str keys pass: "keywords must be strings" is the
 * call's own check, later.
 */
PYC2C_API_FUNC(int, dict_merge, (PyThreadState *ts, PyObject *func, PyObject *dict, PyObject *mapping))

/* -- Pattern matching -- */

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
PYC2C_API_FUNC(PyObject *, match_class, (PyThreadState *ts, PyObject *subject, PyObject *type,
                                         Py_ssize_t nargs, PyObject *kwargs))

/*
 * MATCH_KEYS: the values of `keys` (a tuple) in the mapping `map`, read with map.get(key,
 * <sentinel>) (no __missing__, no defaultdict insertion), as a tuple; Py_None (new reference) if
 * one is missing (the later keys are not read); NULL on error ("mapping pattern checks duplicate
 * key (K)" ValueError, an unhashable key's TypeError, get()'s own errors).
 */
PYC2C_API_FUNC(PyObject *, match_keys, (PyThreadState *ts, PyObject *map, PyObject *keys))

/* -- Statements -- */

/*
 * BEFORE_WITH: looks up __enter__ then __exit__ on type(mgr) (TypeError "'X' object does not
 * support the context manager protocol", or "... (missed __exit__ method)" when only __exit__ is
 * missing; a descriptor's own error passes), sets *exit to the bound __exit__ (new reference) and
 * returns the result of __enter__() (on failure *exit is NULL).
 */
PYC2C_API_FUNC(PyObject *, before_with, (PyThreadState *ts, PyObject *mgr, PyObject **exit))
/* 3.14's LOAD_SPECIAL: special method `index` (_Py_SpecialMethods: __enter__, __exit__, __aenter__, __aexit__) of
 * owner's type, as a method and self (*self_or_null, a new reference) or a bound object and NULL; the interpreter's
 * TypeError if the type has none. */
PYC2C_API_FUNC(PyObject *, load_special, (PyThreadState *ts, PyObject *owner, int index, PyObject **self_or_null))
/* 3.14's WITH_EXCEPT_START: exit_func(exit_self, type, val, tb), exit_self NULL for a plain callable. */
PYC2C_API_FUNC(PyObject *, with_except_start_self, (PyThreadState *ts, PyObject *exit_func, PyObject *exit_self,
                                                    PyObject *val))

/* SETUP_ANNOTATIONS: creates __annotations__ = {} in the `locals` mapping if it is missing (for
   another mapping than an exact dict, "missing" is a KeyError from locals["__annotations__"]).
   SystemError "no locals found when setting up annotations" if locals is NULL. */
PYC2C_API_FUNC(int, setup_annotations, (PyThreadState *ts, PyObject *locals))

/* INTRINSIC_PRINT (3.11: PRINT_EXPR): sys.displayhook(value), returning its result (the
   instruction discards it); RuntimeError "lost sys.displayhook" if sys has none. */
PYC2C_API_FUNC(PyObject *, print_expr, (PyThreadState *ts, PyObject *value))

/* LOAD_BUILD_CLASS: builtins["__build_class__"] (builtins: the frame's builtins, a dict or
   another mapping), NameError "__build_class__ not found" when missing. */
PYC2C_API_FUNC(PyObject *, load_build_class, (PyThreadState *ts, PyObject *builtins))

/*
 * FORMAT_VALUE (3.11, 3.12) / CONVERT_VALUE + FORMAT_SIMPLE / FORMAT_WITH_SPEC (3.13): applies
 * `conversion` (0 none, 1 str, 2 repr, 3 ascii) to `value`, then format(value, spec) (spec may be
 * NULL: no spec). The interpreter's fast path (an exact str with no spec is returned as is) included.
 * SystemError "unexpected conversion flag N" for another conversion.
 */
PYC2C_API_FUNC(PyObject *, format_value, (PyThreadState *ts, PyObject *value, int conversion, PyObject *spec))

/* CONVERT_VALUE (3.13): str(value), repr(value) or ascii(value) for conversion 1, 2 or 3, as the
 * interpreter's _PyEval_ConversionFuncs; SystemError "unexpected conversion flag N" for another. */
PYC2C_API_FUNC(PyObject *, convert_value, (PyThreadState *ts, PyObject *value, int conversion))

/* ---- Numbers (pyc2c_num.c): pyc2c_num.h's operations out of line ------------------------------- */

/*
 * The whole of an operation on numbers (pyc2c_num.h): the fast paths, mixed int and float included,
 * then the generic path with the frame (the thread's current one) pointed at `ip`. `flags` is
 * PYC2C_NUM_FLAGS(op, hint of a, hint of b); for the comparison feeding a branch, also the distance
 * to the jump in code units, << 16. The results are held numbers (an error: o NULL, exception set), new
 * references, or truths (-1 on error); the operands are not released.
 */
PYC2C_API_FUNC(struct pyc2c_num, num_binary_ool, (struct pyc2c_num a, struct pyc2c_num b, int flags, _Py_CODEUNIT *ip))
/* pyc2c_num_add_stored's out-of-line part: the number paths, then the in-place str concatenation into *stored
 * (a, read from that local, holds no reference of its own), else the generic path. */
PYC2C_API_FUNC(struct pyc2c_num, num_add_stored_ool, (pyc2c_local *stored, struct pyc2c_num a, struct pyc2c_num b,
                                                      int flags, _Py_CODEUNIT *ip))
PYC2C_API_FUNC(struct pyc2c_num, num_unary_ool, (struct pyc2c_num a, int flags, _Py_CODEUNIT *ip))
PYC2C_API_FUNC(PyObject *, num_compare_ool, (struct pyc2c_num a, struct pyc2c_num b, int flags, _Py_CODEUNIT *ip))
PYC2C_API_FUNC(int, num_compare_bool_ool, (struct pyc2c_num a, struct pyc2c_num b, int flags, _Py_CODEUNIT *ip))
/* STORE_FAST of a held C number that cannot go into the local's own object: a new int or float
   replaces the local's value (released after). 0, or -1 on MemoryError. */
PYC2C_API_FUNC(int, num_store_ool, (pyc2c_local *slot, struct pyc2c_num n))
