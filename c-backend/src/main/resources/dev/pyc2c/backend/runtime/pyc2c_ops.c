/*
 * pyc2c runtime: the operations of CPython's interpreter loop that have no public C API.
 * The contract (names, references, results) is in pyc2c_ops.h; this file says how.
 *
 * Each function mirrors the code the interpreter of the target version runs for the
 * instruction, line by line where it matters: the same calls in the same order (so that
 * user-visible side effects such as __iter__, __getattr__, keys() or get() calls happen in the
 * same order and number), the same exception types, the same messages. The function it mirrors
 * is named in the comment above each one ("3.12: ceval.c do_raise" and so on).
 *
 * Only functions exported from libpython are called. Where the interpreter's helper is static
 * (3.11, 3.12) it is reimplemented here; where 3.13 exports it (_PyEval_MatchClass and the other
 * _PyEval_* functions declared PyAPI_FUNC in internal/pycore_ceval.h) the 3.13 build calls the
 * interpreter's own function, which is exact by construction. The public equivalents of the
 * tstate-taking internals are used (PyErr_SetString for _PyErr_SetString, ...): `ts` must be
 * the current thread state anyway, so they act on the same state.
 *
 * Versions: every function is implemented for 3.11, 3.12 and 3.13, and the differences known
 * are #if'ed in place (PYC2C_PY311 / PYC2C_PY313 below). The differential test
 * (src/test/ops/test_ops.py) passes on all three; the few behaviours it cannot reach are listed
 * in src/test/ops/README.md. On 3.14, whose bytecode is not compiled to C yet, they compile and
 * pass it but for the cases RuntimeOpsTest lists (with, annotations, from-import), which 3.14
 * changed. Deliberate deviations from a given release:
 *   - pyc2c_exception_group_match checks the result of a user-defined split() (a tuple of at
 *     least 2 items) as 3.12.9+/3.13.2+ do; 3.12.1 and 3.13.0 assert it, so there a bad split()
 *     is undefined behaviour, here a TypeError.
 *   - pyc2c_unpack sets `dest` to NULLs on failure (the interpreter leaves stale pointers).
 */
#define PYC2C_BUILDING_RUNTIME 1   /* part of the runtime module (pyc2c_runtime.h) */
#include "pyc2c_ops.h"

#if defined(__GNUC__)
#  pragma GCC diagnostic push
#  pragma GCC diagnostic ignored "-Wunused-parameter"   /* 3.13's pycore_object.h inlines */
#endif
#include "internal/pycore_object.h"      /* _PyObject_LookupSpecial */
#if PY_VERSION_HEX < 0x030C0000
#  include "internal/pycore_interp.h"    /* PyInterpreterState.import_func (3.11) */
#endif
#if PY_VERSION_HEX >= 0x030D0000
#  include "internal/pycore_ceval.h"     /* _PyEval_MatchClass & co., exported since 3.13 */
#  include "internal/pycore_dict.h"      /* _PyDict_MergeEx */
#  include "internal/pycore_list.h"      /* _PyList_Extend */
#endif
#if defined(__GNUC__)
#  pragma GCC diagnostic pop
#endif

#define PYC2C_PY311 (PY_VERSION_HEX < 0x030C0000)
#define PYC2C_PY313 (PY_VERSION_HEX >= 0x030D0000)
/* IMPORT_FROM's error without a usable __file__ checks whether the module is initializing: not in 3.13.0,
   in 3.13.5 and 3.14 (checked against both; the change came with a bug-fix release in between, and the
   releases between them were not checked, so it is taken from 3.13.5). */
#define PYC2C_IMPORT_FROM_SPEC_WITHOUT_PATH (PY_VERSION_HEX >= 0x030D0500)

/* ---- Small shared pieces ----------------------------------------------------------------- */

/*
 * Interned attribute names, created on first use and kept for the life of the process (the
 * interpreter uses its static _Py_ID strings; their layout inside _PyRuntime is not something
 * a separately compiled module should depend on). NULL (with MemoryError) only if the first
 * creation fails.
 */
static struct {
    PyObject *id___all__, *id___annotations__, *id___build_class__, *id___dict__, *id___enter__,
             *id___exit__, *id___import__, *id___match_args__, *id___name__, *id___spec__,
             *id__initializing, *id_get, *id_name, *id_split;
} pyc2c_ids;

static PyObject *
pyc2c_id(PyObject **slot, const char *text)
{
    if (*slot == NULL) {
        *slot = PyUnicode_InternFromString(text);
    }
    return *slot;
}
#define PYC2C_ID(NAME) pyc2c_id(&pyc2c_ids.id_##NAME, #NAME)

/*
 * getattr(obj, name) that is not an error when the attribute is missing: 1 and a new reference
 * if found, 0 and NULL if AttributeError (cleared), -1 and NULL on another error.
 * (_PyObject_LookupAttr in 3.11/3.12, renamed PyObject_GetOptionalAttr in 3.13.)
 */
static int
pyc2c_lookup_attr(PyObject *obj, PyObject *name, PyObject **result)
{
#if PYC2C_PY313
    return PyObject_GetOptionalAttr(obj, name, result);
#else
    return _PyObject_LookupAttr(obj, name, result);
#endif
}

PyObject *
pyc2c_fetch_exception(void)
{
#if PYC2C_PY311
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    if (type == NULL) {
        return NULL;
    }
    PyErr_NormalizeException(&type, &value, &tb);
    if (tb != NULL) {
        PyException_SetTraceback(value, tb);
    }
    Py_DECREF(type);
    Py_XDECREF(tb);
    return value;
#else
    return PyErr_GetRaisedException();
#endif
}

void
pyc2c_restore_exception(PyObject *exc)
{
#if PYC2C_PY311
    if (exc == NULL) {
        PyErr_Clear();
        return;
    }
    PyObject *type = Py_NewRef(PyExceptionInstance_Class(exc));
    PyErr_Restore(type, exc, PyException_GetTraceback(exc));
#else
    PyErr_SetRaisedException(exc);
#endif
}

/* ---- Raising ---------------------------------------------------------------------------- */

/*
 * RAISE_VARARGS. 3.12: ceval.c do_raise (3.11 identical but for the re-raise, done with
 * PyErr_Restore; 3.13 also checks that calling the cause class gives an exception).
 */
PYC2C_HIDDEN int
pyc2c_do_raise(PyThreadState *ts, PyObject *exc, PyObject *cause)
{
    (void)ts;
    PyObject *type = NULL, *value = NULL;

    if (exc == NULL) {
        /* Bare `raise`: re-raise the exception being handled, the one sys.exception() gives
           (the topmost non-None exc_info entry), with the traceback it already has. */
        Py_XDECREF(cause);   /* always NULL from the compiler: `raise from X` is a syntax error */
        PyObject *handled = PyErr_GetHandledException();
        if (handled == NULL) {
            PyErr_SetString(PyExc_RuntimeError, "No active exception to reraise");
            return 0;
        }
        pyc2c_restore_exception(handled);
        return 1;
    }

    /* `raise <class>` instantiates it with no arguments; `raise <instance>` raises it. */
    if (PyExceptionClass_Check(exc)) {
        type = exc;
        value = PyObject_CallNoArgs(exc);
        if (value == NULL) {
            goto raise_error;
        }
        if (!PyExceptionInstance_Check(value)) {
            PyErr_Format(PyExc_TypeError,
                         "calling %R should have returned an instance of BaseException, not %R",
                         type, Py_TYPE(value));
            goto raise_error;
        }
    }
    else if (PyExceptionInstance_Check(exc)) {
        value = exc;
        type = Py_NewRef(PyExceptionInstance_Class(exc));
    }
    else {
        /* Not something you can raise: you get an exception anyway, just not this one. */
        Py_DECREF(exc);
        PyErr_SetString(PyExc_TypeError, "exceptions must derive from BaseException");
        goto raise_error;
    }

    if (cause != NULL) {
        /* `from <class>` instantiates it; `from None` clears the cause (and, through
           PyException_SetCause, sets __suppress_context__). */
        PyObject *fixed_cause;
        if (PyExceptionClass_Check(cause)) {
            fixed_cause = PyObject_CallNoArgs(cause);
            if (fixed_cause == NULL) {
                goto raise_error;
            }
#if PYC2C_PY313
            if (!PyExceptionInstance_Check(fixed_cause)) {
                PyErr_Format(PyExc_TypeError,
                             "calling %R should have returned an instance of BaseException, not %R",
                             cause, Py_TYPE(fixed_cause));
                Py_DECREF(fixed_cause);
                goto raise_error;
            }
#endif
            /* (3.11 and 3.12 accept whatever the class call returned as the cause.) */
            Py_DECREF(cause);
        }
        else if (PyExceptionInstance_Check(cause)) {
            fixed_cause = cause;
        }
        else if (Py_IsNone(cause)) {
            Py_DECREF(cause);
            fixed_cause = NULL;
        }
        else {
            PyErr_SetString(PyExc_TypeError, "exception causes must derive from BaseException");
            goto raise_error;
        }
        cause = NULL;
        PyException_SetCause(value, fixed_cause);   /* steals fixed_cause */
    }

    /* PyErr_SetObject also chains the exception being handled as __context__. */
    PyErr_SetObject(type, value);
    Py_DECREF(value);
    Py_DECREF(type);
    return 0;

raise_error:
    Py_XDECREF(value);
    Py_XDECREF(type);
    Py_XDECREF(cause);
    return 0;
}

#define CANNOT_CATCH_MSG \
    "catching classes that do not inherit from BaseException is not allowed"
#define CANNOT_EXCEPT_STAR_EG \
    "catching ExceptionGroup with except* is not allowed. Use except instead."

/* CHECK_EXC_MATCH. 3.12: ceval.c check_except_type_valid (3.13: _PyEval_CheckExceptTypeValid). */
PYC2C_HIDDEN int
pyc2c_check_except_type_valid(PyThreadState *ts, PyObject *type)
{
#if PYC2C_PY313
    return _PyEval_CheckExceptTypeValid(ts, type);
#else
    (void)ts;
    if (PyTuple_Check(type)) {
        Py_ssize_t length = PyTuple_GET_SIZE(type);
        for (Py_ssize_t i = 0; i < length; i++) {
            if (!PyExceptionClass_Check(PyTuple_GET_ITEM(type, i))) {
                PyErr_SetString(PyExc_TypeError, CANNOT_CATCH_MSG);
                return -1;
            }
        }
    }
    else if (!PyExceptionClass_Check(type)) {
        PyErr_SetString(PyExc_TypeError, CANNOT_CATCH_MSG);
        return -1;
    }
    return 0;
#endif
}

/* 3.12: ceval.c check_except_star_type_valid (3.13: _PyEval_CheckExceptStarTypeValid). */
static int
check_except_star_type_valid(PyThreadState *ts, PyObject *type)
{
#if PYC2C_PY313
    return _PyEval_CheckExceptStarTypeValid(ts, type);
#else
    if (pyc2c_check_except_type_valid(ts, type) < 0) {
        return -1;
    }
    /* Reject `except* ExceptionGroup` (or a subclass, alone or in a tuple). */
    int is_subclass = 0;
    if (PyTuple_Check(type)) {
        Py_ssize_t length = PyTuple_GET_SIZE(type);
        for (Py_ssize_t i = 0; i < length; i++) {
            is_subclass = PyObject_IsSubclass(PyTuple_GET_ITEM(type, i), PyExc_BaseExceptionGroup);
            if (is_subclass < 0) {
                return -1;
            }
            if (is_subclass) {
                break;
            }
        }
    }
    else {
        is_subclass = PyObject_IsSubclass(type, PyExc_BaseExceptionGroup);
        if (is_subclass < 0) {
            return -1;
        }
    }
    if (is_subclass) {
        PyErr_SetString(PyExc_TypeError, CANNOT_EXCEPT_STAR_EG);
        return -1;
    }
    return 0;
#endif
}

/*
 * 3.12: ceval.c exception_group_match (3.13: _PyEval_ExceptionGroupMatch; 3.11: the same code).
 * Not delegated in 3.13 so that the split() result check below applies everywhere.
 */
static int
exception_group_match(PyObject *exc_value, PyObject *match_type, PyObject **match, PyObject **rest)
{
    if (Py_IsNone(exc_value)) {
        *match = Py_NewRef(Py_None);
        *rest = Py_NewRef(Py_None);
        return 0;
    }
    if (PyErr_GivenExceptionMatches(exc_value, match_type)) {
        /* Full match of the exception itself. */
        if (_PyBaseExceptionGroup_Check(exc_value)) {
            *match = Py_NewRef(exc_value);
        }
        else {
            /* A naked exception: wrap it, as _PyExc_CreateExceptionGroup("", (exc,)) does
               (BaseExceptionGroup() picks ExceptionGroup when it can). */
            PyObject *wrapped = PyObject_CallFunction(PyExc_BaseExceptionGroup, "s(O)", "", exc_value);
            if (wrapped == NULL) {
                return -1;
            }
            *match = wrapped;
        }
        *rest = Py_NewRef(Py_None);
        return 0;
    }
    /* No full match: a group may match in part. */
    if (_PyBaseExceptionGroup_Check(exc_value)) {
        PyObject *id_split = PYC2C_ID(split);
        if (id_split == NULL) {
            return -1;
        }
        PyObject *pair = PyObject_CallMethodOneArg(exc_value, id_split, match_type);
        if (pair == NULL) {
            return -1;
        }
        /* split() may be user code: check what it returned (3.12.9+, 3.13.2+). */
        if (!PyTuple_CheckExact(pair)) {
            PyErr_Format(PyExc_TypeError, "%.200s.split must return a tuple, not %.200s",
                         Py_TYPE(exc_value)->tp_name, Py_TYPE(pair)->tp_name);
            Py_DECREF(pair);
            return -1;
        }
        if (PyTuple_GET_SIZE(pair) < 2) {   /* longer tuples are accepted, for compatibility */
            PyErr_Format(PyExc_TypeError,
                         "%.200s.split must return a 2-tuple, got tuple of size %zd",
                         Py_TYPE(exc_value)->tp_name, PyTuple_GET_SIZE(pair));
            Py_DECREF(pair);
            return -1;
        }
        *match = Py_NewRef(PyTuple_GET_ITEM(pair, 0));
        *rest = Py_NewRef(PyTuple_GET_ITEM(pair, 1));
        Py_DECREF(pair);
        return 0;
    }
    /* No match. */
    *match = Py_NewRef(Py_None);
    *rest = Py_NewRef(exc_value);
    return 0;
}

/* CHECK_EG_MATCH. 3.12: bytecodes.c CHECK_EG_MATCH. */
PYC2C_HIDDEN int
pyc2c_exception_group_match(PyThreadState *ts, PyObject *exc_value, PyObject *match_type,
                            PyObject **match, PyObject **rest)
{
    *match = NULL;
    *rest = NULL;
    if (check_except_star_type_valid(ts, match_type) < 0) {
        return -1;
    }
    if (exception_group_match(exc_value, match_type, match, rest) < 0) {
        *match = NULL;
        *rest = NULL;
        return -1;
    }
#if PYC2C_PY311
    /* 3.11's CHECK_EG_MATCH keeps exc_value itself on the stack when nothing matched (3.12
       pushes the `rest` of the split, a new group equal to it). */
    if (Py_IsNone(*match)) {
        Py_SETREF(*rest, Py_NewRef(exc_value));
    }
#endif
    /* The matched part is what the except* body handles: sys.exception() inside it. */
    if (!Py_IsNone(*match)) {
        PyErr_SetHandledException(*match);
    }
    return 0;
}

/* ---- Names -------------------------------------------------------------------------------- */

#define NAME_ERROR_MSG "name '%.200s' is not defined"
#define UNBOUNDLOCAL_ERROR_MSG \
    "cannot access local variable '%s' where it is not associated with a value"
#define UNBOUNDFREE_ERROR_MSG \
    "cannot access free variable '%s' where it is not associated with a value in enclosing scope"

/*
 * 3.12: ceval.c format_exc_check_arg (3.13: _PyEval_FormatExcCheckArg). A NameError also gets
 * .name, which the traceback printer uses for its "Did you mean" suggestions.
 */
static void
format_exc_check_arg(PyThreadState *ts, PyObject *exc, const char *format_str, PyObject *obj)
{
#if PYC2C_PY313
    _PyEval_FormatExcCheckArg(ts, exc, format_str, obj);
#else
    (void)ts;
    if (obj == NULL) {
        return;
    }
    const char *obj_str = PyUnicode_AsUTF8(obj);
    if (obj_str == NULL) {
        return;
    }
    PyErr_Format(exc, format_str, obj_str);
    if (exc == PyExc_NameError) {
        PyObject *raised = pyc2c_fetch_exception();
        if (PyErr_GivenExceptionMatches(raised, PyExc_NameError)
                && ((PyNameErrorObject *)raised)->name == NULL) {
            /* A failure here is ignored: the NameError is restored anyway. */
            PyObject *attr = PYC2C_ID(name);
            if (attr == NULL || PyObject_SetAttr(raised, attr, obj) < 0) {
                PyErr_Clear();
            }
        }
        pyc2c_restore_exception(raised);
    }
#endif
}

/* LOAD_NAME, LOAD_GLOBAL, DELETE_NAME, DELETE_GLOBAL on a missing name. */
PYC2C_HIDDEN void
pyc2c_name_error(PyThreadState *ts, PyObject *name)
{
    format_exc_check_arg(ts, PyExc_NameError, NAME_ERROR_MSG, name);
}

/*
 * LOAD_FAST_CHECK, DELETE_FAST (3.12: format_exc_check_arg with UNBOUNDLOCAL_ERROR_MSG) and
 * LOAD_DEREF, DELETE_DEREF, LOAD_FROM_DICT_OR_DEREF (3.12: format_exc_unbound, which leaves an
 * exception already set alone, as this function does).
 */
PYC2C_HIDDEN void
pyc2c_unbound_error(PyThreadState *ts, PyObject *name, int is_free)
{
    if (PyErr_Occurred()) {
        return;
    }
    if (is_free) {
        format_exc_check_arg(ts, PyExc_NameError, UNBOUNDFREE_ERROR_MSG, name);
    }
    else {
        format_exc_check_arg(ts, PyExc_UnboundLocalError, UNBOUNDLOCAL_ERROR_MSG, name);
    }
}

/* ---- Imports ------------------------------------------------------------------------------ */

/*
 * IMPORT_NAME. 3.12: ceval.c import_name. The fast path (the original builtins.__import__)
 * calls PyImport_ImportModuleLevelObject directly, skipping the call of the builtin.
 */
PYC2C_HIDDEN PyObject *
pyc2c_import_name(PyThreadState *ts, PyObject *globals, PyObject *locals, PyObject *builtins,
                  PyObject *name, PyObject *fromlist, PyObject *level)
{
    PyObject *id = PYC2C_ID(__import__);
    if (id == NULL) {
        return NULL;
    }
    PyObject *import_func;
#if PYC2C_PY313
    /* 3.13: builtins may be any mapping. */
    if (PyMapping_GetOptionalItem(builtins, id, &import_func) < 0) {
        return NULL;
    }
    if (import_func == NULL) {
        PyErr_SetString(PyExc_ImportError, "__import__ not found");
        return NULL;
    }
#else
    /* _PyDict_GetItemWithError, the variant the interpreter calls: even its SystemError for a
       non-dict builtins, whose message names a line of dictobject.c, is the same. */
    import_func = _PyDict_GetItemWithError(builtins, id);   /* borrowed */
    if (import_func == NULL) {
        if (!PyErr_Occurred()) {
            PyErr_SetString(PyExc_ImportError, "__import__ not found");
        }
        return NULL;
    }
    Py_INCREF(import_func);
#endif
    if (locals == NULL) {
        locals = Py_None;
    }

#if PYC2C_PY311
    PyObject *default_import = ts->interp->import_func;
#else
    PyObject *default_import = ts->interp->imports.import_func;   /* _PyImport_IsDefaultImportFunc */
#endif
    if (import_func == default_import) {
        Py_DECREF(import_func);
#if PYC2C_PY313
        int ilevel = PyLong_AsInt(level);
#else
        int ilevel = _PyLong_AsInt(level);
#endif
        if (ilevel == -1 && PyErr_Occurred()) {
            return NULL;
        }
        return PyImport_ImportModuleLevelObject(name, globals, locals, fromlist, ilevel);
    }

    PyObject *args[5] = {name, globals, locals, fromlist, level};
    PyObject *res = PyObject_Vectorcall(import_func, args, 5, NULL);
    Py_DECREF(import_func);
    return res;
}

/*
 * PyErr_SetImportError with ImportError.name_from set as well (3.12+: errors.c
 * _PyErr_SetImportErrorWithNameFrom, not exported; 3.11 has no name_from). `msg` NULL (its
 * creation failed) gives the TypeError PyErr_SetImportError gives.
 */
static void
set_import_error(PyObject *msg, PyObject *name, PyObject *path, PyObject *name_from)
{
#if PYC2C_PY311
    (void)name_from;
    (void)PyErr_SetImportError(msg, name, path);
#else
    if (msg == NULL) {
        PyErr_SetString(PyExc_TypeError, "expected a message argument");
        return;
    }
    PyObject *kwargs = PyDict_New();
    if (kwargs == NULL) {
        return;
    }
    if (PyDict_SetItemString(kwargs, "name", name ? name : Py_None) == 0
            && PyDict_SetItemString(kwargs, "path", path ? path : Py_None) == 0
            && PyDict_SetItemString(kwargs, "name_from", name_from ? name_from : Py_None) == 0) {
        PyObject *error = PyObject_VectorcallDict(PyExc_ImportError, &msg, 1, kwargs);
        if (error != NULL) {
            PyErr_SetObject((PyObject *)Py_TYPE(error), error);
            Py_DECREF(error);
        }
    }
    Py_DECREF(kwargs);
#endif
}

/*
 * Whether module.__spec__._initializing is true: the module is still being imported, so a
 * missing name is "most likely due to a circular import". 3.11/3.12: moduleobject.c
 * _PyModuleSpec_IsInitializing (exported; never fails, spec may be NULL). 3.13 (not exported,
 * reimplemented): 1, 0, or -1 on an error other than a missing attribute.
 */
static int
module_spec_is_initializing(PyObject *spec)
{
#if PYC2C_PY313
    if (spec == NULL) {
        return 0;
    }
    PyObject *id = PYC2C_ID(_initializing), *value;
    if (id == NULL) {
        return -1;
    }
    int rc = PyObject_GetOptionalAttr(spec, id, &value);
    if (rc > 0) {
        rc = PyObject_IsTrue(value);
        Py_DECREF(value);
    }
    return rc;
#else
    return _PyModuleSpec_IsInitializing(spec);
#endif
}

/* IMPORT_FROM. 3.12: ceval.c import_from (3.13's differs in its error handling, #if'ed). */
PYC2C_HIDDEN PyObject *
pyc2c_import_from(PyThreadState *ts, PyObject *module, PyObject *name)
{
    (void)ts;
    PyObject *x, *pkgname, *pkgpath, *pkgname_or_unknown, *errmsg;
    PyObject *id_name = PYC2C_ID(__name__), *id_spec = PYC2C_ID(__spec__);
    if (id_name == NULL || id_spec == NULL) {
        return NULL;
    }

    if (pyc2c_lookup_attr(module, name, &x) != 0) {
        return x;   /* found, or an error other than AttributeError */
    }
    /* Issue #17636: in case this failed because of a circular relative import, fall back on
       the submodule in sys.modules. */
#if PYC2C_PY313
    if (PyObject_GetOptionalAttr(module, id_name, &pkgname) < 0) {
        return NULL;
    }
    if (pkgname == NULL || !PyUnicode_Check(pkgname)) {
        Py_CLEAR(pkgname);
        goto error;
    }
#else
    pkgname = PyObject_GetAttr(module, id_name);
    if (pkgname == NULL) {
        goto error;   /* with the exception still set: cleared below */
    }
    if (!PyUnicode_Check(pkgname)) {
        Py_CLEAR(pkgname);
        goto error;
    }
#endif
    PyObject *fullmodname = PyUnicode_FromFormat("%U.%U", pkgname, name);
    if (fullmodname == NULL) {
        Py_DECREF(pkgname);
        return NULL;
    }
    x = PyImport_GetModule(fullmodname);
    Py_DECREF(fullmodname);
    if (x == NULL && !PyErr_Occurred()) {
        goto error;
    }
    Py_DECREF(pkgname);
    return x;

error:
#if PYC2C_PY313
    if (pkgname == NULL) {
        pkgname_or_unknown = PyUnicode_FromString("<unknown module name>");
        if (pkgname_or_unknown == NULL) {
            return NULL;
        }
    }
    else {
        pkgname_or_unknown = pkgname;
    }
    pkgpath = NULL;
    if (PyModule_Check(module)) {
        pkgpath = PyModule_GetFilenameObject(module);
        if (pkgpath == NULL) {
            if (!PyErr_ExceptionMatches(PyExc_SystemError)) {
                Py_DECREF(pkgname_or_unknown);
                return NULL;
            }
            PyErr_Clear();   /* the module has no filename */
        }
    }
    if (pkgpath == NULL || !PyUnicode_Check(pkgpath)) {
        Py_CLEAR(pkgpath);
#if PYC2C_IMPORT_FROM_SPEC_WITHOUT_PATH
        /* A bug-fix release of 3.13 reads the spec here too: a module (or any object) without a usable
           __file__ that is initializing gets the circular-import message, without a location. */
        PyObject *spec;
        int rc = PyObject_GetOptionalAttr(module, id_spec, &spec);
        if (rc > 0) {
            rc = module_spec_is_initializing(spec);
            Py_DECREF(spec);
        }
        if (rc < 0) {
            Py_DECREF(pkgname_or_unknown);
            return NULL;
        }
        errmsg = rc
            ? PyUnicode_FromFormat("cannot import name %R from partially initialized module %R "
                                   "(most likely due to a circular import)", name, pkgname_or_unknown)
            : PyUnicode_FromFormat("cannot import name %R from %R (unknown location)", name, pkgname_or_unknown);
#else
        errmsg = PyUnicode_FromFormat("cannot import name %R from %R (unknown location)",
                                      name, pkgname_or_unknown);
#endif
    }
    else {
        PyObject *spec;
        int rc = PyObject_GetOptionalAttr(module, id_spec, &spec);
        if (rc > 0) {
            rc = module_spec_is_initializing(spec);
            Py_DECREF(spec);
        }
        if (rc < 0) {
            Py_DECREF(pkgname_or_unknown);
            Py_DECREF(pkgpath);
            return NULL;
        }
        const char *fmt = rc
            ? "cannot import name %R from partially initialized module %R "
              "(most likely due to a circular import) (%S)"
            : "cannot import name %R from %R (%S)";
        errmsg = PyUnicode_FromFormat(fmt, name, pkgname_or_unknown, pkgpath);
    }
    set_import_error(errmsg, pkgname, pkgpath, name);
#else
    /* PyModule_GetFilenameObject fails (SystemError, or TypeError for a non-module) when there
       is no usable __file__: that is the "unknown location" case, and its error is dropped
       together with any left from the __name__ lookup. */
    pkgpath = PyModule_GetFilenameObject(module);
    if (pkgname == NULL) {
        pkgname_or_unknown = PyUnicode_FromString("<unknown module name>");
        if (pkgname_or_unknown == NULL) {
            Py_XDECREF(pkgpath);
            return NULL;
        }
    }
    else {
        pkgname_or_unknown = pkgname;
    }
    if (pkgpath == NULL || !PyUnicode_Check(pkgpath)) {
        PyErr_Clear();
        errmsg = PyUnicode_FromFormat("cannot import name %R from %R (unknown location)",
                                      name, pkgname_or_unknown);
        set_import_error(errmsg, pkgname, NULL, name);
    }
    else {
        PyObject *spec = PyObject_GetAttr(module, id_spec);   /* NULL is fine (see above) */
        const char *fmt = module_spec_is_initializing(spec)
            ? "cannot import name %R from partially initialized module %R "
              "(most likely due to a circular import) (%S)"
            : "cannot import name %R from %R (%S)";
        Py_XDECREF(spec);
        errmsg = PyUnicode_FromFormat(fmt, name, pkgname_or_unknown, pkgpath);
        set_import_error(errmsg, pkgname, pkgpath, name);
    }
#endif
    /* pkgname_or_unknown holds the reference to pkgname when there is one. */
    Py_XDECREF(errmsg);
    Py_DECREF(pkgname_or_unknown);
    Py_XDECREF(pkgpath);
    return NULL;
}

/*
 * `from module import *`. 3.12: ceval.c import_all_from (called by intrinsics.c import_star;
 * 3.11: IMPORT_STAR). The names come from __all__ (any sequence, read with PySequence_GetItem
 * until IndexError) or else from the keys of __dict__ that do not start with '_'.
 */
PYC2C_HIDDEN int
pyc2c_import_star(PyThreadState *ts, PyObject *locals, PyObject *module)
{
    (void)ts;
    if (locals == NULL) {
        PyErr_SetString(PyExc_SystemError, "no locals found during 'import *'");
        return -1;
    }
    PyObject *id_all = PYC2C_ID(__all__), *id_dict = PYC2C_ID(__dict__), *id_name = PYC2C_ID(__name__);
    if (id_all == NULL || id_dict == NULL || id_name == NULL) {
        return -1;
    }

    PyObject *all, *dict;
    int skip_leading_underscores = 0;
    if (pyc2c_lookup_attr(module, id_all, &all) < 0) {
        return -1;
    }
    if (all == NULL) {
        if (pyc2c_lookup_attr(module, id_dict, &dict) < 0) {
            return -1;
        }
        if (dict == NULL) {
            PyErr_SetString(PyExc_ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = PyMapping_Keys(dict);
        Py_DECREF(dict);
        if (all == NULL) {
            return -1;
        }
        skip_leading_underscores = 1;
    }

    int err = 0;
    for (Py_ssize_t pos = 0; ; pos++) {
        PyObject *name = PySequence_GetItem(all, pos);
        if (name == NULL) {
            if (PyErr_ExceptionMatches(PyExc_IndexError)) {
                PyErr_Clear();   /* the end of the sequence */
            }
            else {
                err = -1;
            }
            break;
        }
        if (!PyUnicode_Check(name)) {
            PyObject *modname = PyObject_GetAttr(module, id_name);
            if (modname == NULL) {
                Py_DECREF(name);
                err = -1;
                break;
            }
            if (!PyUnicode_Check(modname)) {
                PyErr_Format(PyExc_TypeError, "module __name__ must be a string, not %.100s",
                             Py_TYPE(modname)->tp_name);
            }
            else {
                PyErr_Format(PyExc_TypeError, "%s in %U.%s must be str, not %.100s",
                             skip_leading_underscores ? "Key" : "Item",
                             modname,
                             skip_leading_underscores ? "__dict__" : "__all__",
                             Py_TYPE(name)->tp_name);
            }
            Py_DECREF(modname);
            Py_DECREF(name);
            err = -1;
            break;
        }
        if (skip_leading_underscores) {
#if PYC2C_PY311
            if (PyUnicode_READY(name) == -1) {
                Py_DECREF(name);
                err = -1;
                break;
            }
#endif
            if (PyUnicode_GET_LENGTH(name) > 0 && PyUnicode_READ_CHAR(name, 0) == '_') {
                Py_DECREF(name);
                continue;
            }
        }
        PyObject *value = PyObject_GetAttr(module, name);
        if (value == NULL) {
            err = -1;
        }
        else if (PyDict_CheckExact(locals)) {
            err = PyDict_SetItem(locals, name, value);
        }
        else {
            err = PyObject_SetItem(locals, name, value);
        }
        Py_DECREF(name);
        Py_XDECREF(value);
        if (err != 0) {
            break;
        }
    }
    Py_DECREF(all);
    return err;
}

/* ---- Unpacking, calls, containers -------------------------------------------------------- */

/*
 * 3.12: ceval.c unpack_iterable (3.13: _PyEval_UnpackIterable). Stores `argcnt` items, then (if
 * argcntafter >= 0) a list of the middle and `argcntafter` items, going down from sp: the first
 * item at sp[-1]. Returns 1 on success, 0 on error (nothing stored is left referenced).
 */
#if !PYC2C_PY313
static int
unpack_iterable(PyObject *v, int argcnt, int argcntafter, PyObject **sp)
{
    int i = 0;
    PyObject *w, *l;

    PyObject *it = PyObject_GetIter(v);
    if (it == NULL) {
        /* Replace the generic "'X' object is not iterable" (not the TypeError of an __iter__). */
        if (PyErr_ExceptionMatches(PyExc_TypeError)
                && Py_TYPE(v)->tp_iter == NULL && !PySequence_Check(v)) {
            PyErr_Format(PyExc_TypeError, "cannot unpack non-iterable %.200s object",
                         Py_TYPE(v)->tp_name);
        }
        return 0;
    }

    for (; i < argcnt; i++) {
        w = PyIter_Next(it);
        if (w == NULL) {
            /* Exhausted, or failed. */
            if (!PyErr_Occurred()) {
                if (argcntafter == -1) {
                    PyErr_Format(PyExc_ValueError,
                                 "not enough values to unpack (expected %d, got %d)", argcnt, i);
                }
                else {
                    PyErr_Format(PyExc_ValueError,
                                 "not enough values to unpack (expected at least %d, got %d)",
                                 argcnt + argcntafter, i);
                }
            }
            goto error;
        }
        *--sp = w;
    }

    if (argcntafter == -1) {
        /* The iterator must be exhausted now (one more item is fetched to know it). */
        w = PyIter_Next(it);
        if (w == NULL) {
            if (PyErr_Occurred()) {
                goto error;
            }
            Py_DECREF(it);
            return 1;
        }
        Py_DECREF(w);
        PyErr_Format(PyExc_ValueError, "too many values to unpack (expected %d)", argcnt);
        goto error;
    }

    /* The starred target takes the rest as a list, then gives back its last argcntafter items. */
    l = PySequence_List(it);
    if (l == NULL) {
        goto error;
    }
    *--sp = l;
    i++;

    Py_ssize_t ll = PyList_GET_SIZE(l);
    if (ll < argcntafter) {
        PyErr_Format(PyExc_ValueError,
                     "not enough values to unpack (expected at least %d, got %zd)",
                     argcnt + argcntafter, argcnt + ll);
        goto error;
    }
    for (int j = argcntafter; j > 0; j--, i++) {
        *--sp = PyList_GET_ITEM(l, ll - j);   /* the list's reference moves to the stack */
    }
    Py_SET_SIZE(l, ll - argcntafter);
    Py_DECREF(it);
    return 1;

error:
    for (; i > 0; i--, sp++) {
        Py_DECREF(*sp);
    }
    Py_XDECREF(it);
    return 0;
}
#endif

/*
 * UNPACK_SEQUENCE / UNPACK_EX. 3.12: bytecodes.c UNPACK_SEQUENCE (with the behaviour of its
 * specializations UNPACK_SEQUENCE_TWO_TUPLE/TUPLE/LIST: an exact tuple or list of the right
 * length is copied without iterating, which no one can observe) and UNPACK_EX.
 */
PYC2C_HIDDEN int
pyc2c_unpack(PyThreadState *ts, PyObject *seq, int before, int after, PyObject **dest)
{
    int count = after < 0 ? before : before + 1 + after;
    if (after < 0 && (PyTuple_CheckExact(seq) || PyList_CheckExact(seq))
            && Py_SIZE(seq) == before) {
        PyObject **items = PyTuple_CheckExact(seq) ? &PyTuple_GET_ITEM(seq, 0)
                                                   : ((PyListObject *)seq)->ob_item;
        for (int i = 0; i < before; i++) {
            dest[before - 1 - i] = Py_NewRef(items[i]);
        }
        return 0;
    }
#if PYC2C_PY314
    /* 3.14 exports the interpreter's function for stack references only: unpacked into some, then stolen. */
    _PyStackRef *refs = PyMem_Malloc(sizeof(_PyStackRef) * (size_t)(count > 0 ? count : 1));
    int ok = 0;
    if (refs == NULL) {
        PyErr_NoMemory();
    }
    else {
        ok = _PyEval_UnpackIterableStackRef(ts, seq, before, after, refs + count);
        for (int i = 0; ok && i < count; i++) {
            dest[i] = PyStackRef_AsPyObjectSteal(refs[i]);
        }
        PyMem_Free(refs);
    }
#elif PYC2C_PY313
    int ok = _PyEval_UnpackIterable(ts, seq, before, after, dest + count);
#else
    (void)ts;
    int ok = unpack_iterable(seq, before, after, dest + count);
#endif
    if (!ok) {
        for (int i = 0; i < count; i++) {
            dest[i] = NULL;
        }
        return -1;
    }
    return 0;
}

/*
 * 3.12: ceval.c check_args_iterable. Only called for a non-iterable: the message names the
 * callee as _PyObject_FunctionStr does ("f()", "mod.Class.method()").
 */
static int
check_args_iterable(PyObject *func, PyObject *args)
{
    if (Py_TYPE(args)->tp_iter == NULL && !PySequence_Check(args)) {
        PyErr_Clear();   /* _PyObject_FunctionStr must not run with an exception set */
        PyObject *funcstr = _PyObject_FunctionStr(func);
        if (funcstr != NULL) {
            PyErr_Format(PyExc_TypeError, "%U argument after * must be an iterable, not %.200s",
                         funcstr, Py_TYPE(args)->tp_name);
            Py_DECREF(funcstr);
        }
        return -1;
    }
    return 0;
}

/* CALL_FUNCTION_EX, positional part. 3.12: bytecodes.c CALL_FUNCTION_EX. */
PYC2C_HIDDEN PyObject *
pyc2c_call_args_tuple(PyThreadState *ts, PyObject *func, PyObject *args)
{
    (void)ts;
    if (PyTuple_CheckExact(args)) {
        return Py_NewRef(args);
    }
    if (check_args_iterable(func, args) < 0) {
        return NULL;
    }
    return PySequence_Tuple(args);
}

/*
 * 3.12: ceval.c format_kwargs_error (3.13: _PyEval_FormatKwargsError). Turns the errors of
 * _PyDict_MergeEx(..., 2) into the call's: AttributeError (no keys()) into "argument after **
 * must be a mapping", KeyError(k) (a duplicate key, or a KeyError with one argument from the
 * mapping itself) into "got multiple values for keyword argument". Others pass unchanged.
 */
static void
format_kwargs_error(PyThreadState *ts, PyObject *func, PyObject *kwargs)
{
#if PYC2C_PY313
    _PyEval_FormatKwargsError(ts, func, kwargs);
#else
    (void)ts;
    if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
        PyErr_Clear();
        PyObject *funcstr = _PyObject_FunctionStr(func);
        if (funcstr != NULL) {
            PyErr_Format(PyExc_TypeError, "%U argument after ** must be a mapping, not %.200s",
                         funcstr, Py_TYPE(kwargs)->tp_name);
            Py_DECREF(funcstr);
        }
    }
#if PYC2C_PY311
    else if (PyErr_ExceptionMatches(PyExc_KeyError)) {
        /* 3.11 looks at the raw, unnormalized value: the tuple (key,) that _PyDict_MergeEx's
           _PyErr_SetKeyError leaves, unless chaining with a handled exception normalized it
           already. A KeyError instance raised by the mapping is left alone. */
        PyObject *type, *val, *tb;
        PyErr_Fetch(&type, &val, &tb);
        if (val != NULL && PyTuple_Check(val) && PyTuple_GET_SIZE(val) == 1) {
            PyObject *funcstr = _PyObject_FunctionStr(func);
            if (funcstr != NULL) {
                PyErr_Format(PyExc_TypeError, "%U got multiple values for keyword argument '%S'",
                             funcstr, PyTuple_GET_ITEM(val, 0));
                Py_DECREF(funcstr);
            }
            Py_XDECREF(type);
            Py_XDECREF(val);
            Py_XDECREF(tb);
        }
        else {
            PyErr_Restore(type, val, tb);
        }
    }
#else
    else if (PyErr_ExceptionMatches(PyExc_KeyError)) {
        /* 3.12 looks at the normalized exception's args: any KeyError with one argument. */
        PyObject *exc = pyc2c_fetch_exception();
        PyObject *args = ((PyBaseExceptionObject *)exc)->args;
        if (args != NULL && PyTuple_Check(args) && PyTuple_GET_SIZE(args) == 1) {
            PyObject *funcstr = _PyObject_FunctionStr(func);
            if (funcstr != NULL) {
                PyErr_Format(PyExc_TypeError, "%U got multiple values for keyword argument '%S'",
                             funcstr, PyTuple_GET_ITEM(args, 0));
                Py_DECREF(funcstr);
            }
            Py_DECREF(exc);
        }
        else {
            pyc2c_restore_exception(exc);
        }
    }
#endif
#endif
}

/*
 * CALL_FUNCTION_EX, keyword part. The compiler always builds the keywords with DICT_MERGE into
 * a new exact dict, so this is the identity for code the compiler made; another mapping is
 * merged into a new dict as 3.11's CALL_FUNCTION_EX did (3.11: ceval.c CALL_FUNCTION_EX).
 */
PYC2C_HIDDEN PyObject *
pyc2c_call_kwargs_dict(PyThreadState *ts, PyObject *func, PyObject *kwargs)
{
    if (PyDict_CheckExact(kwargs)) {
        return Py_NewRef(kwargs);
    }
    PyObject *d = PyDict_New();
    if (d == NULL) {
        return NULL;
    }
    if (_PyDict_MergeEx(d, kwargs, 2) < 0) {
        Py_DECREF(d);
        format_kwargs_error(ts, func, kwargs);
        return NULL;
    }
    return d;
}

/* LIST_EXTEND. 3.12: bytecodes.c LIST_EXTEND. */
PYC2C_HIDDEN int
pyc2c_list_extend(PyThreadState *ts, PyObject *list, PyObject *iterable)
{
    (void)ts;
    PyObject *none_val = _PyList_Extend((PyListObject *)list, iterable);
    if (none_val == NULL) {
        /* Only a non-iterable gets the new message; the TypeError of an __iter__ stays. */
        if (PyErr_ExceptionMatches(PyExc_TypeError)
                && Py_TYPE(iterable)->tp_iter == NULL && !PySequence_Check(iterable)) {
            PyErr_Clear();
            PyErr_Format(PyExc_TypeError, "Value after * must be an iterable, not %.200s",
                         Py_TYPE(iterable)->tp_name);
        }
        return -1;
    }
    Py_DECREF(none_val);
    return 0;
}

/* DICT_UPDATE. 3.12: bytecodes.c DICT_UPDATE. */
PYC2C_HIDDEN int
pyc2c_dict_update(PyThreadState *ts, PyObject *dict, PyObject *mapping)
{
    (void)ts;
    if (PyDict_Update(dict, mapping) < 0) {
        /* PyDict_Update's AttributeError for a missing keys() (any AttributeError, really). */
        if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
            PyErr_Format(PyExc_TypeError, "'%.200s' object is not a mapping",
                         Py_TYPE(mapping)->tp_name);
        }
        return -1;
    }
    return 0;
}

/* DICT_MERGE. 3.12: bytecodes.c DICT_MERGE. */
PYC2C_HIDDEN int
pyc2c_dict_merge(PyThreadState *ts, PyObject *func, PyObject *dict, PyObject *mapping)
{
    if (_PyDict_MergeEx(dict, mapping, 2) < 0) {
        format_kwargs_error(ts, func, mapping);
        return -1;
    }
    return 0;
}

/* ---- Pattern matching -------------------------------------------------------------------- */

#if !PYC2C_PY313
/*
 * 3.12: ceval.c match_class_attr. getattr(subject, name) for one sub-pattern, refusing a name
 * seen before. NULL with no exception set: the attribute is missing (no match).
 */
static PyObject *
match_class_attr(PyObject *subject, PyObject *type, PyObject *name, PyObject *seen)
{
    if (PySet_Contains(seen, name) || PySet_Add(seen, name)) {
        if (!PyErr_Occurred()) {
            PyErr_Format(PyExc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                         ((PyTypeObject *)type)->tp_name, name);
        }
        return NULL;
    }
    PyObject *attr = PyObject_GetAttr(subject, name);
    if (attr == NULL && PyErr_ExceptionMatches(PyExc_AttributeError)) {
        PyErr_Clear();
    }
    return attr;
}

/*
 * 3.12: ceval.c match_class. The tuple of attributes on a match; NULL on no match (no
 * exception set) or on error.
 */
static PyObject *
match_class(PyObject *subject, PyObject *type, Py_ssize_t nargs, PyObject *kwargs)
{
    if (!PyType_Check(type)) {
#if PYC2C_PY311
        PyErr_SetString(PyExc_TypeError, "called match pattern must be a type");
#else
        PyErr_SetString(PyExc_TypeError, "called match pattern must be a class");
#endif
        return NULL;
    }
    /* First, an isinstance check (which may call __instancecheck__). */
    if (PyObject_IsInstance(subject, type) <= 0) {
        return NULL;
    }
    PyObject *id_match_args = PYC2C_ID(__match_args__);
    if (id_match_args == NULL) {
        return NULL;
    }
    PyObject *seen = PySet_New(NULL);
    if (seen == NULL) {
        return NULL;
    }
    PyObject *attrs = PyList_New(0);
    if (attrs == NULL) {
        Py_DECREF(seen);
        return NULL;
    }
    PyObject *match_args = NULL;

    /* The positional sub-patterns name the attributes listed in type.__match_args__. */
    if (nargs) {
        int match_self = 0;
        match_args = PyObject_GetAttr(type, id_match_args);
        if (match_args != NULL) {
            if (!PyTuple_CheckExact(match_args)) {
                PyErr_Format(PyExc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                             ((PyTypeObject *)type)->tp_name, Py_TYPE(match_args)->tp_name);
                goto fail;
            }
        }
        else if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
            PyErr_Clear();
            /* Builtins such as int, str, tuple (_Py_TPFLAGS_MATCH_SELF) match one positional
               sub-pattern against the subject itself, unless __match_args__ is defined. */
            match_args = PyTuple_New(0);
            if (match_args == NULL) {
                goto fail;
            }
            match_self = PyType_HasFeature((PyTypeObject *)type, _Py_TPFLAGS_MATCH_SELF);
        }
        else {
            goto fail;
        }
        Py_ssize_t allowed = match_self ? 1 : PyTuple_GET_SIZE(match_args);
        if (allowed < nargs) {
            PyErr_Format(PyExc_TypeError, "%s() accepts %zd positional sub-pattern%s (%zd given)",
                         ((PyTypeObject *)type)->tp_name, allowed, allowed == 1 ? "" : "s", nargs);
            goto fail;
        }
        if (match_self) {
            if (PyList_Append(attrs, subject) < 0) {
                goto fail;
            }
        }
        else {
            for (Py_ssize_t i = 0; i < nargs; i++) {
                PyObject *name = PyTuple_GET_ITEM(match_args, i);
                if (!PyUnicode_CheckExact(name)) {
                    PyErr_Format(PyExc_TypeError, "__match_args__ elements must be strings (got %s)",
                                 Py_TYPE(name)->tp_name);
                    goto fail;
                }
                PyObject *attr = match_class_attr(subject, type, name, seen);
                if (attr == NULL) {
                    goto fail;
                }
                int rc = PyList_Append(attrs, attr);
                Py_DECREF(attr);
                if (rc < 0) {
                    goto fail;
                }
            }
        }
        Py_CLEAR(match_args);
    }
    /* Then the keyword sub-patterns (the compiler made `kwargs` an exact tuple of str). */
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(kwargs); i++) {
        PyObject *attr = match_class_attr(subject, type, PyTuple_GET_ITEM(kwargs, i), seen);
        if (attr == NULL) {
            goto fail;
        }
        int rc = PyList_Append(attrs, attr);
        Py_DECREF(attr);
        if (rc < 0) {
            goto fail;
        }
    }
    Py_SETREF(attrs, PyList_AsTuple(attrs));
    Py_DECREF(seen);
    return attrs;

fail:
    /* An error or no match: the caller tells them apart with PyErr_Occurred(). */
    Py_XDECREF(match_args);
    Py_DECREF(seen);
    Py_DECREF(attrs);
    return NULL;
}
#endif /* !PYC2C_PY313 */

/* MATCH_CLASS. 3.12: bytecodes.c MATCH_CLASS (3.13: over _PyEval_MatchClass). */
PYC2C_HIDDEN PyObject *
pyc2c_match_class(PyThreadState *ts, PyObject *subject, PyObject *type, Py_ssize_t nargs,
                  PyObject *kwargs)
{
#if PYC2C_PY313
    PyObject *attrs = _PyEval_MatchClass(ts, subject, type, nargs, kwargs);
#else
    (void)ts;
    PyObject *attrs = match_class(subject, type, nargs, kwargs);
#endif
    if (attrs == NULL && !PyErr_Occurred()) {
        return Py_NewRef(Py_None);   /* no match */
    }
    return attrs;
}

/*
 * MATCH_KEYS. 3.12: ceval.c match_keys (3.13: _PyEval_MatchKeys). Values are read with
 * map.get(key, <sentinel>), never map[key]: no __missing__ call, no defaultdict insertion.
 */
PYC2C_HIDDEN PyObject *
pyc2c_match_keys(PyThreadState *ts, PyObject *map, PyObject *keys)
{
#if PYC2C_PY313
    return _PyEval_MatchKeys(ts, map, keys);
#else
    (void)ts;
    Py_ssize_t nkeys = PyTuple_GET_SIZE(keys);
    if (nkeys == 0) {
        return PyTuple_New(0);   /* no keys, no values (and no get lookup) */
    }
    PyObject *seen = NULL, *dummy = NULL, *values = NULL, *get = NULL;
    PyObject *id_get = PYC2C_ID(get);
    if (id_get == NULL) {
        return NULL;
    }
    /* The method is looked up once; meth_found: `get` is the unbound function. */
    int meth_found = _PyObject_GetMethod(map, id_get, &get);
    if (get == NULL) {
        goto fail;
    }
    seen = PySet_New(NULL);
    if (seen == NULL) {
        goto fail;
    }
    dummy = PyObject_CallNoArgs((PyObject *)&PyBaseObject_Type);   /* object(): the sentinel */
    if (dummy == NULL) {
        goto fail;
    }
    values = PyTuple_New(nkeys);
    if (values == NULL) {
        goto fail;
    }
    for (Py_ssize_t i = 0; i < nkeys; i++) {
        PyObject *key = PyTuple_GET_ITEM(keys, i);
        if (PySet_Contains(seen, key) || PySet_Add(seen, key)) {
            if (!PyErr_Occurred()) {
                PyErr_Format(PyExc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            }
            goto fail;
        }
        PyObject *args[] = {map, key, dummy};
        PyObject *value = meth_found ? PyObject_Vectorcall(get, args, 3, NULL)
                                     : PyObject_Vectorcall(get, &args[1], 2, NULL);
        if (value == NULL) {
            goto fail;
        }
        if (value == dummy) {
            /* A missing key: no match (the later keys are not looked at). */
            Py_DECREF(value);
            Py_SETREF(values, Py_NewRef(Py_None));
            break;
        }
        PyTuple_SET_ITEM(values, i, value);
    }
    Py_DECREF(get);
    Py_DECREF(seen);
    Py_DECREF(dummy);
    return values;

fail:
    Py_XDECREF(get);
    Py_XDECREF(seen);
    Py_XDECREF(dummy);
    Py_XDECREF(values);
    return NULL;
#endif
}

/* ---- Statements -------------------------------------------------------------------------- */

/* LOAD_SPECIAL. 3.14: bytecodes.c LOAD_SPECIAL, with _PyObject_LookupSpecialMethod and the messages of
 * _Py_SpecialMethods (both exported, for the JIT). */
PYC2C_HIDDEN PyObject *
pyc2c_load_special(PyThreadState *ts, PyObject *owner, int index, PyObject **self_or_null)
{
    (void)ts;
    *self_or_null = NULL;
#if PYC2C_PY314
    _PyStackRef method_and_self[2];
    method_and_self[0] = PyStackRef_NULL;
    method_and_self[1] = PyStackRef_FromPyObjectNew(owner);
    int err = _PyObject_LookupSpecialMethod(_Py_SpecialMethods[index].name, method_and_self);
    if (err <= 0) {
        if (err == 0) {
            const char *errfmt = _PyEval_SpecialMethodCanSuggest(owner, index)
                ? _Py_SpecialMethods[index].error_suggestion
                : _Py_SpecialMethods[index].error;
            PyErr_Format(PyExc_TypeError, errfmt, owner);
        }
        PyStackRef_XCLOSE(method_and_self[0]);
        PyStackRef_XCLOSE(method_and_self[1]);
        return NULL;
    }
    *self_or_null = PyStackRef_IsNull(method_and_self[1]) ? NULL : PyStackRef_AsPyObjectSteal(method_and_self[1]);
    return PyStackRef_AsPyObjectSteal(method_and_self[0]);
#else
    (void)owner;
    (void)index;
    PyErr_SetString(PyExc_SystemError, "pyc2c: LOAD_SPECIAL is 3.14's");
    return NULL;
#endif
}

/* WITH_EXCEPT_START. 3.14: bytecodes.c WITH_EXCEPT_START, __exit__ called with its self when LOAD_SPECIAL found a
 * method. */
PYC2C_HIDDEN PyObject *
pyc2c_with_except_start_self(PyThreadState *ts, PyObject *exit_func, PyObject *exit_self, PyObject *val)
{
    (void)ts;
    PyObject *exc = PyExceptionInstance_Class(val);
    PyObject *original_tb = PyException_GetTraceback(val);
    PyObject *tb = original_tb == NULL ? Py_None : original_tb;
    PyObject *stack[5] = {NULL, exit_self, exc, val, tb};
    int has_self = exit_self != NULL;
    PyObject *res = PyObject_Vectorcall(exit_func, stack + 2 - has_self, (3 + has_self) | PY_VECTORCALL_ARGUMENTS_OFFSET,
                                        NULL);
    Py_XDECREF(original_tb);
    return res;
}

/* BEFORE_WITH. 3.12: bytecodes.c BEFORE_WITH (3.11 and 3.13 the same). */
PYC2C_HIDDEN PyObject *
pyc2c_before_with(PyThreadState *ts, PyObject *mgr, PyObject **exit)
{
    (void)ts;
    *exit = NULL;
    PyObject *id_enter = PYC2C_ID(__enter__), *id_exit = PYC2C_ID(__exit__);
    if (id_enter == NULL || id_exit == NULL) {
        return NULL;
    }
    /* Both methods are looked up on the type (special method lookup), __enter__ first. */
    PyObject *enter = _PyObject_LookupSpecial(mgr, id_enter);
    if (enter == NULL) {
        if (!PyErr_Occurred()) {
            PyErr_Format(PyExc_TypeError,
                         "'%.200s' object does not support the context manager protocol",
                         Py_TYPE(mgr)->tp_name);
        }
        return NULL;
    }
    PyObject *exit_method = _PyObject_LookupSpecial(mgr, id_exit);
    if (exit_method == NULL) {
        if (!PyErr_Occurred()) {
            PyErr_Format(PyExc_TypeError,
                         "'%.200s' object does not support the context manager protocol "
                         "(missed __exit__ method)",
                         Py_TYPE(mgr)->tp_name);
        }
        Py_DECREF(enter);
        return NULL;
    }
    PyObject *res = PyObject_CallNoArgs(enter);
    Py_DECREF(enter);
    if (res == NULL) {
        Py_DECREF(exit_method);
        return NULL;
    }
    *exit = exit_method;
    return res;
}

/* SETUP_ANNOTATIONS. 3.12: bytecodes.c SETUP_ANNOTATIONS. */
PYC2C_HIDDEN int
pyc2c_setup_annotations(PyThreadState *ts, PyObject *locals)
{
    (void)ts;
    if (locals == NULL) {
        PyErr_SetString(PyExc_SystemError, "no locals found when setting up annotations");
        return -1;
    }
    PyObject *id = PYC2C_ID(__annotations__);
    if (id == NULL) {
        return -1;
    }
    PyObject *ann_dict;
#if PYC2C_PY313
    /* 3.13: one lookup for every mapping (a dict subclass's __missing__ counts). */
    if (PyMapping_GetOptionalItem(locals, id, &ann_dict) < 0) {
        return -1;
    }
    if (ann_dict != NULL) {
        Py_DECREF(ann_dict);
        return 0;
    }
#else
    if (PyDict_CheckExact(locals)) {
        ann_dict = _PyDict_GetItemWithError(locals, id);   /* borrowed */
        if (ann_dict != NULL) {
            return 0;
        }
        if (PyErr_Occurred()) {
            return -1;
        }
    }
    else {
        /* Another mapping (a metaclass's __prepare__, exec with a mapping): only a KeyError
           means "missing". */
        ann_dict = PyObject_GetItem(locals, id);
        if (ann_dict != NULL) {
            Py_DECREF(ann_dict);
            return 0;
        }
        if (!PyErr_ExceptionMatches(PyExc_KeyError)) {
            return -1;
        }
        PyErr_Clear();
    }
#endif
    ann_dict = PyDict_New();
    if (ann_dict == NULL) {
        return -1;
    }
#if PYC2C_PY313
    int err = PyObject_SetItem(locals, id, ann_dict);
#else
    int err = PyDict_CheckExact(locals) ? PyDict_SetItem(locals, id, ann_dict)
                                        : PyObject_SetItem(locals, id, ann_dict);
#endif
    Py_DECREF(ann_dict);
    return err < 0 ? -1 : 0;
}

/* INTRINSIC_PRINT. 3.12: intrinsics.c print_expr (3.11: PRINT_EXPR). */
PYC2C_HIDDEN PyObject *
pyc2c_print_expr(PyThreadState *ts, PyObject *value)
{
    (void)ts;
    PyObject *hook = PySys_GetObject("displayhook");   /* borrowed; never raises */
    if (hook == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "lost sys.displayhook");
        return NULL;
    }
    return PyObject_CallOneArg(hook, value);
}

/* LOAD_BUILD_CLASS. 3.12: bytecodes.c LOAD_BUILD_CLASS. */
PYC2C_HIDDEN PyObject *
pyc2c_load_build_class(PyThreadState *ts, PyObject *builtins)
{
    (void)ts;
    PyObject *id = PYC2C_ID(__build_class__);
    if (id == NULL) {
        return NULL;
    }
    PyObject *bc;
#if PYC2C_PY313
    if (PyMapping_GetOptionalItem(builtins, id, &bc) < 0) {
        return NULL;
    }
    if (bc == NULL) {
        PyErr_SetString(PyExc_NameError, "__build_class__ not found");
    }
    return bc;
#else
    if (PyDict_CheckExact(builtins)) {
        bc = _PyDict_GetItemWithError(builtins, id);
        if (bc == NULL) {
            if (!PyErr_Occurred()) {
                PyErr_SetString(PyExc_NameError, "__build_class__ not found");
            }
            return NULL;
        }
        return Py_NewRef(bc);
    }
    bc = PyObject_GetItem(builtins, id);
    if (bc == NULL && PyErr_ExceptionMatches(PyExc_KeyError)) {
        PyErr_SetString(PyExc_NameError, "__build_class__ not found");
    }
    return bc;
#endif
}

/*
 * FORMAT_VALUE. 3.12: bytecodes.c FORMAT_VALUE (3.13: CONVERT_VALUE, whose table
 * _PyEval_ConversionFuncs holds the same three functions, then FORMAT_SIMPLE or
 * FORMAT_WITH_SPEC).
 */
PYC2C_HIDDEN PyObject *
pyc2c_convert_value(PyThreadState *ts, PyObject *value, int conversion)
{
    (void)ts;
    switch (conversion) {
    case 1: return PyObject_Str(value);
    case 2: return PyObject_Repr(value);
    case 3: return PyObject_ASCII(value);
    default:
        PyErr_Format(PyExc_SystemError, "unexpected conversion flag %d", conversion);
        return NULL;
    }
}

PyObject *
pyc2c_format_value(PyThreadState *ts, PyObject *value, int conversion, PyObject *spec)
{
    (void)ts;
    PyObject *(*conv_fn)(PyObject *);
    switch (conversion) {
    case 0: conv_fn = NULL; break;             /* FVC_NONE */
    case 1: conv_fn = PyObject_Str; break;     /* FVC_STR: !s */
    case 2: conv_fn = PyObject_Repr; break;    /* FVC_REPR: !r */
    case 3: conv_fn = PyObject_ASCII; break;   /* FVC_ASCII: !a */
    default:
        PyErr_Format(PyExc_SystemError, "unexpected conversion flag %d", conversion);
        return NULL;
    }
    PyObject *converted = NULL;
    if (conv_fn != NULL) {
        converted = conv_fn(value);
        if (converted == NULL) {
            return NULL;
        }
        value = converted;
    }
    /* An exact str with no spec formats to itself: format() is not called. */
    if (PyUnicode_CheckExact(value) && spec == NULL) {
        return converted != NULL ? converted : Py_NewRef(value);
    }
    PyObject *result = PyObject_Format(value, spec);
    Py_XDECREF(converted);
    return result;
}
