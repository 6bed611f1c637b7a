/*
 * pyc2c runtime: how generated modules reach the runtime.
 *
 * The runtime (pyc2c_core.c, pyc2c_ops.c, pyc2c_attr.c) is not linked into every generated module: a
 * build compiles it once per interpreter into an extension module of its own, the build's *runtime
 * module* (pyc2c_runtime.c), which every generated module of the build imports first thing when it is
 * executed. The runtime module exports what pyc2c_api.h lists as a table of pointers (pyc2c_api_table)
 * in a capsule, its attribute _pyc2c_api, the way numpy and datetime export their C APIs. The
 * capsule's name carries the runtime's ABI: the runtime module's name, the runtime's ABI tag (a hash of
 * pyc2c_api.h and of every runtime source, PYC2C_ABI_TAG, written by the build into pyc2c_abi_tag.h)
 * and the CPython version it was compiled for; a module accepts only the capsule of exactly its own
 * ABI, and raises ImportError naming both otherwise.
 *
 * The same headers serve both sides:
 *   - in the runtime (PYC2C_BUILDING_RUNTIME defined, as the runtime's C files do before any include),
 *     each entry of pyc2c_api.h is what it says: a hidden function or variable, defined by the runtime;
 *   - in a generated module (which defines PYC2C_RUNTIME_MODULE, the runtime module's absolute name,
 *     before it includes pyc2c.h), each entry is a static pointer of the module with the entry's name,
 *     so that generated code and the inline helpers call pyc2c_load_attr_miss(...) unchanged, and
 *     pyc2c_exec_module, the module's Py_mod_exec slot, fills them from the runtime's table before it
 *     runs the module. A datum (pyc2c_runner_type) is copied: the runtime module sets it when it is
 *     executed, before any module can load the table, and never changes it afterwards.
 * Process-wide state (the runner type, the eval breaker's helper, the C stack floor, interned names and
 * other caches) lives in the runtime's C files, so in the runtime module, never in generated modules.
 */
#ifndef PYC2C_RUNTIME_H
#define PYC2C_RUNTIME_H

#include "pyc2c_python.h"
#include "pyc2c_abi_tag.h"   /* PYC2C_ABI_TAG, written with the runtime's sources by the build */

/* The runtime's struct types that pyc2c_api.h names, declared by their tags; defined in pyc2c.h and
 * pyc2c_attr.h. */
struct pyc2c_module_def;
struct pyc2c_attr_cache;
/* The unboxed number of pyc2c_num.h, defined here: the runtime's API passes it by value. */
typedef struct pyc2c_num {
    PyObject *o;          /* PYC2C_NUM_INT or PYC2C_NUM_FLOAT (the value is in v), or an object */
    union {
        int64_t i;
        double d;
    } v;
} pyc2c_num;
struct pyc2c_code;
struct pyc2c_global_cache;
struct pyc2c_call_cache;

/* The capsule of a runtime module `runtime` (a string literal: its absolute name) and its name. */
#define PYC2C_API_ATTR "_pyc2c_api"
#define PYC2C_API_CAPSULE(runtime) \
    runtime "." PYC2C_API_ATTR " [pyc2c ABI " PYC2C_ABI_TAG ", CPython " PY_VERSION "]"

/* ---- The declarations -------------------------------------------------------------------------- */

#if defined(PYC2C_BUILDING_RUNTIME)
#  define PYC2C_API_FUNC(ret, name, params) PYC2C_HIDDEN ret pyc2c_##name params;
#  define PYC2C_API_DATA(type, name) PYC2C_HIDDEN extern type pyc2c_##name;
#else
#  ifndef PYC2C_RUNTIME_MODULE
#    error "a generated module defines PYC2C_RUNTIME_MODULE (the absolute name of its build's runtime module) before it includes pyc2c.h"
#  endif
/*
 * A big module is compiled in parts, in parallel: its one C file once per part (-DPYC2C_PARTS=n
 * -DPYC2C_PART=k), each part compiling the bodies i with PYC2C_PART_OF(i) and part 0 the rest (tables,
 * exec slot, init), the objects linked into the one extension. The parts share the pointers, defined in
 * part 0, and the bodies, hidden from outside the extension. A module in one part has them static.
 */
#  ifndef PYC2C_PARTS
#    define PYC2C_PARTS 1
#  endif
#  ifndef PYC2C_PART
#    define PYC2C_PART 0
#  endif
#  define PYC2C_PART_OF(i) ((i) % PYC2C_PARTS == PYC2C_PART)
#  if PYC2C_PARTS > 1
#    define PYC2C_SHARED __attribute__((visibility("hidden")))
#    if PYC2C_PART == 0
#      define PYC2C_API_FUNC(ret, name, params) PYC2C_SHARED ret (*pyc2c_##name) params;
#      define PYC2C_API_DATA(type, name) PYC2C_SHARED type pyc2c_##name;
#    else
#      define PYC2C_API_FUNC(ret, name, params) extern PYC2C_SHARED ret (*pyc2c_##name) params;
#      define PYC2C_API_DATA(type, name) extern PYC2C_SHARED type pyc2c_##name;
#    endif
#    define PYC2C_BODY PYC2C_SHARED
#  else
#    define PYC2C_API_FUNC(ret, name, params) static ret (*pyc2c_##name) params;
#    define PYC2C_API_DATA(type, name) static type pyc2c_##name;
#    define PYC2C_BODY static
#  endif
/* A module calls the runtime only through pyc2c_api.h: a function declared anywhere else would be an
 * undefined symbol when the module loads. */
#  undef PYC2C_HIDDEN
#  define PYC2C_HIDDEN _Static_assert(0, "declare the runtime's functions in pyc2c_api.h, not with PYC2C_HIDDEN");
#endif
#include "pyc2c_api.h"
#undef PYC2C_API_FUNC
#undef PYC2C_API_DATA

/* ---- The interpreter a module was built for ------------------------------------------------------ */

/*
 * The runtime and the generated code read CPython's internal structures (frames, code objects, functions, ints,
 * dicts, iterators) with the layout of the headers they were compiled with. An interpreter of the same
 * major.minor loads the module (the extension suffix says only that), but another micro release may lay those
 * structures out differently; so a module built for another micro release is accepted only if the sizes of
 * the structures the runtime relies on, as the running interpreter's types report them, are those it was
 * built with. Otherwise importing it raises ImportError naming both versions, never a crash later.
 * Returns 0, or -1 with ImportError set; `who` names the module in the message.
 */
/* The version the headers are of; a test compiles with another (PYC2C_BUILT_VERSION_HEX) and with a size off by
 * PYC2C_LAYOUT_SKEW, to see both answers without a second interpreter. */
#ifndef PYC2C_BUILT_VERSION_HEX
#  define PYC2C_BUILT_VERSION_HEX PY_VERSION_HEX
#endif
#ifndef PYC2C_LAYOUT_SKEW
#  define PYC2C_LAYOUT_SKEW 0
#endif

static inline int
pyc2c_check_interpreter(const char *who)
{
    unsigned long running = Py_Version;
    unsigned long built = (unsigned long)PYC2C_BUILT_VERSION_HEX;
    if ((running & 0xFFFFFF00UL) == (built & 0xFFFFFF00UL)) {
        return 0; /* the same release (release levels of one micro version share their layout) */
    }
    struct {
        const char *what;
        Py_ssize_t built;
        Py_ssize_t running;
    } facts[] = {
        {"code objects", (Py_ssize_t)offsetof(PyCodeObject, co_code_adaptive) + PYC2C_LAYOUT_SKEW,
         PyCode_Type.tp_basicsize},
        {"frame objects", (Py_ssize_t)(offsetof(PyFrameObject, _f_frame_data) + offsetof(_PyInterpreterFrame,
                                                                                         localsplus)),
         PyFrame_Type.tp_basicsize},
        {"functions", (Py_ssize_t)sizeof(PyFunctionObject), PyFunction_Type.tp_basicsize},
        {"dicts", (Py_ssize_t)sizeof(PyDictObject), PyDict_Type.tp_basicsize},
        {"cells", (Py_ssize_t)sizeof(PyCellObject), PyCell_Type.tp_basicsize},
        {"modules", (Py_ssize_t)sizeof(PyModuleObject), PyModule_Type.tp_basicsize},
        {"heap types", (Py_ssize_t)sizeof(PyHeapTypeObject), PyType_Type.tp_basicsize},
        /* the iterators FOR_ITER steps (pyc2c_python.h) */
        {"list iterators", (Py_ssize_t)sizeof(pyc2c_listiter), PyListIter_Type.tp_basicsize},
        {"tuple iterators", (Py_ssize_t)sizeof(pyc2c_tupleiter), PyTupleIter_Type.tp_basicsize},
        {"range iterators", (Py_ssize_t)sizeof(pyc2c_rangeiter), PyRangeIter_Type.tp_basicsize},
    };
    for (size_t i = 0; i < sizeof(facts) / sizeof(facts[0]); i++) {
        if (facts[i].built != facts[i].running) {
            PyObject *executable = PySys_GetObject("executable");   /* borrowed */
            PyErr_Format(PyExc_ImportError,
                         "pyc2c: %s was built for CPython %lu.%lu.%lu and cannot run on this interpreter, CPython "
                         "%lu.%lu.%lu, whose internal layout differs (%s: %zd bytes here, %zd in %lu.%lu.%lu). "
                         "Rebuild it with this interpreter (e.g. mvn package -Dpyc2c.pythons=%S)",
                         who, (built >> 24) & 0xFF, (built >> 16) & 0xFF, (built >> 8) & 0xFF,
                         (running >> 24) & 0xFF, (running >> 16) & 0xFF, (running >> 8) & 0xFF, facts[i].what,
                         facts[i].running, facts[i].built, (built >> 24) & 0xFF, (built >> 16) & 0xFF,
                         (built >> 8) & 0xFF, executable != NULL ? executable : Py_None);
            return -1;
        }
    }
    return 0;
}

/* ---- The table ---------------------------------------------------------------------------------- */

/* What the capsule points to: each function, and the address of each datum, in the list's order. */
typedef struct pyc2c_api_table {
#define PYC2C_API_FUNC(ret, name, params) ret (*name) params;
#define PYC2C_API_DATA(type, name) type *name;
#include "pyc2c_api.h"
#undef PYC2C_API_FUNC
#undef PYC2C_API_DATA
} pyc2c_api_table;

#if defined(PYC2C_BUILDING_RUNTIME)

/* The runtime module's exec (pyc2c_runtime.c): sets up the process-wide state the table hands out
 * (pyc2c_runner_type), before any generated module can see it. */
PYC2C_HIDDEN int pyc2c_runtime_init(void);

#elif PYC2C_PART == 0 /* a generated module (its first part: the one with the exec slot) */

static int pyc2c_runtime_loaded;

/* The exception being raised, normalized (PyErr_GetRaisedException; the runtime's helper is not there yet). */
static PyObject *
pyc2c_runtime_take_exception(void)
{
#if PY_VERSION_HEX < 0x030C0000
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

/* Raises ImportError(msg, name=the runtime module, path=path) from `cause` (stolen; may be NULL).
 * Steals msg and path (path may be NULL). */
static void
pyc2c_runtime_import_error(PyObject *msg, PyObject *path, PyObject *cause)
{
    PyObject *name = PyUnicode_FromString(PYC2C_RUNTIME_MODULE);
    if (msg != NULL && name != NULL) {
        PyErr_SetImportError(msg, name, path != NULL ? path : Py_None);
    }
    Py_XDECREF(name);
    Py_XDECREF(path);
    Py_XDECREF(msg);
    if (cause != NULL) {
        PyObject *exc = pyc2c_runtime_take_exception();
        if (exc != NULL) {
            PyException_SetContext(exc, Py_NewRef(cause));
            PyException_SetCause(exc, cause);
#if PY_VERSION_HEX < 0x030C0000
            PyErr_Restore(Py_NewRef(PyExceptionInstance_Class(exc)), exc, PyException_GetTraceback(exc));
#else
            PyErr_SetRaisedException(exc);
#endif
        }
        else {
            Py_DECREF(cause);
        }
    }
}

/*
 * Imports the build's runtime module and takes the runtime's functions and data from its table; `module`
 * (the generated module being executed) names the culprit in errors. Not through builtins.__import__: a
 * program's own import hook never sees the runtime being imported.
 */
static int
pyc2c_import_runtime(PyObject *module)
{
    static const char expected[] = PYC2C_API_CAPSULE(PYC2C_RUNTIME_MODULE);
    PyObject *who = PyModule_GetNameObject(module);
    if (who == NULL) {
        return -1;
    }
    PyObject *name = PyUnicode_FromString(PYC2C_RUNTIME_MODULE);
    PyObject *top = name == NULL ? NULL : PyImport_ImportModuleLevelObject(name, NULL, NULL, NULL, 0);
    PyObject *runtime = top == NULL ? NULL : PyImport_GetModule(name);
    Py_XDECREF(top);
    Py_XDECREF(name);
    if (runtime == NULL) {
        PyObject *cause = pyc2c_runtime_take_exception();
        pyc2c_runtime_import_error(PyUnicode_FromFormat(
            "pyc2c: %U cannot run without its runtime module %s, which cannot be imported (%S). The runtime "
            "module is built with the modules of a build and belongs with them: install or copy them together",
            who, PYC2C_RUNTIME_MODULE, cause != NULL ? cause : Py_None), NULL, cause);
        Py_DECREF(who);
        return -1;
    }
    PyObject *capsule = PyObject_GetAttrString(runtime, PYC2C_API_ATTR);
    const char *found = capsule != NULL && PyCapsule_CheckExact(capsule) ? PyCapsule_GetName(capsule) : NULL;
    const pyc2c_api_table *api = NULL;
    if (found != NULL && strcmp(found, expected) == 0) {
        api = (const pyc2c_api_table *)PyCapsule_GetPointer(capsule, expected);
    }
    if (api == NULL) {
        PyErr_Clear();
        PyObject *path = PyModule_GetFilenameObject(runtime);
        if (path == NULL) {
            PyErr_Clear();
        }
        pyc2c_runtime_import_error(PyUnicode_FromFormat(
            "pyc2c: %U was built for the runtime '%s', but the runtime module %s found (%S) is '%s': they come "
            "from different builds (of another version of the package, of pyc2c or of CPython). Rebuild the "
            "modules and their runtime module together, and install them together",
            who, expected, PYC2C_RUNTIME_MODULE, path != NULL ? path : Py_None,
            found != NULL ? found : "without a pyc2c API capsule"), path, NULL);
        Py_XDECREF(capsule);
        Py_DECREF(runtime);
        Py_DECREF(who);
        return -1;
    }
#define PYC2C_API_FUNC(ret, name, params) pyc2c_##name = api->name;
#define PYC2C_API_DATA(type, name) pyc2c_##name = *api->name;
#include "pyc2c_api.h"
#undef PYC2C_API_FUNC
#undef PYC2C_API_DATA
    pyc2c_runtime_loaded = 1;
    /* The runtime module stays in sys.modules, and its table with it. */
    Py_DECREF(capsule);
    Py_DECREF(runtime);
    Py_DECREF(who);
    return 0;
}

/* The Py_mod_exec slot of a generated module: the runtime first, then the module (pyc2c_run_module). */
static inline int
pyc2c_exec_module(PyObject *module, const struct pyc2c_module_def *def)
{
    if (!pyc2c_runtime_loaded) {
        const char *who = PyModule_GetName(module);
        if (who == NULL || pyc2c_check_interpreter(who) < 0 || pyc2c_import_runtime(module) < 0) {
            return -1;
        }
    }
    return pyc2c_run_module(module, def);
}

#endif /* PYC2C_BUILDING_RUNTIME */

#endif /* PYC2C_RUNTIME_H */
