/*
 * pyc2c runtime: attribute access with per-site caches (LOAD_ATTR, LOAD_ATTR with the method flag,
 * STORE_ATTR), the counterparts of the interpreter's specialized LOAD_ATTR_SLOT,
 * LOAD_ATTR_INSTANCE_VALUE, LOAD_ATTR_MODULE, LOAD_ATTR_CLASS, LOAD_ATTR_METHOD_*, STORE_ATTR_SLOT and
 * STORE_ATTR_INSTANCE_VALUE.
 *
 * Each site has a pyc2c_attr_cache. The first execution (and any execution whose guard fails) takes
 * the generic path (PyObject_GetAttr, _PyObject_GetMethod, PyObject_SetAttr) after analysing, without
 * running any Python code, how the generic path would find the attribute, and records it with the
 * guard that keeps it true:
 *
 *   - the type's tp_version_tag: CPython gives a type a new, never reused tag whenever the type or any
 *     of its bases changes, so an equal tag means the same type with the same attributes (what the
 *     interpreter's own caches rely on);
 *   - for an instance attribute, its index in the class's shared keys (which only grow: an index never
 *     changes), and for "the instance has no such attribute", the shared keys' entry count (the name is
 *     still absent if no key was added since).
 *
 * Anything else (a dict materialised on the instance, __getattribute__ or __getattr__, a metaclass
 * data descriptor...) is not cached and always takes the generic path. 3.12 only: the instance layout
 * differs in 3.11 and 3.13.
 */
#ifndef PYC2C_ATTR_H
#define PYC2C_ATTR_H

#include "pyc2c_python.h"

#if PY_VERSION_HEX >= 0x030C0000 && PY_VERSION_HEX < 0x030D0000
#  define PYC2C_ATTR_CACHES 1
#  include "internal/pycore_dict.h"
#  include "internal/pycore_object.h"
#  include "internal/pycore_moduleobject.h"
#else
#  define PYC2C_ATTR_CACHES 0
#endif

/* What a site's cache knows. */
enum {
    PYC2C_ATTR_EMPTY = 0,
    PYC2C_ATTR_SLOT,      /* a __slots__ member (object member at `index` bytes into the instance) */
    PYC2C_ATTR_VALUE,     /* an instance attribute, `index` in the instance's values */
    PYC2C_ATTR_DESCR,     /* a data descriptor of the type (getset, property subclass...): descr->get(obj) */
    PYC2C_ATTR_PROPERTY,  /* a property of the type: its getter (`fget`) called with the instance */
    PYC2C_ATTR_TYPE_ATTR, /* the type's attribute (a function, a constant) the instance does not shadow */
    PYC2C_ATTR_METHOD,    /* method flag: the type's function, called with the instance as self */
    PYC2C_ATTR_MODULE,    /* a module's global */
    PYC2C_ATTR_CLASS      /* an attribute of a class (or its bases), read on the class itself */
};

/* How a cache proves that the instance has no attribute of the name (TYPE_ATTR, METHOD). */
enum {
    PYC2C_NO_DICT = 0,        /* instances of the type have no __dict__ */
    PYC2C_ABSENT_FROM_KEYS    /* the instance's attributes are in values; the name is not in the keys */
};

typedef struct pyc2c_attr_cache {
    unsigned int version;        /* the type's tp_version_tag (CLASS: the class's); 0 when empty */
    unsigned int meta_version;   /* CLASS: the metaclass's */
    unsigned char kind;
    unsigned char proof;
    Py_ssize_t index;            /* SLOT: byte offset; VALUE: index in the values */
#if PYC2C_ATTR_CACHES
    PyDictKeysObject *keys;      /* VALUE, ABSENT_FROM_KEYS: the class's shared keys */
#else
    void *keys;
#endif
    Py_ssize_t nentries;         /* ABSENT_FROM_KEYS: their entry count when the name was absent */
    PyObject *descr;             /* borrowed: the type keeps it while its version holds */
    descrgetfunc get;
    PyObject *fget;              /* PROPERTY: the getter (borrowed: the property keeps it, unchangeably) */
} pyc2c_attr_cache;

/* The generic paths, which also (re)fill the cache (pyc2c_load_attr_slow and the others), are declared
 * in pyc2c_api.h. */

#if PYC2C_ATTR_CACHES

/* The instance has no attribute of the name (so the type's attribute is what it sees). */
static inline int
pyc2c_attr_not_shadowed(PyObject *obj, PyTypeObject *tp, const pyc2c_attr_cache *c)
{
    if (c->proof == PYC2C_NO_DICT) {
        return 1;
    }
    PyDictOrValues dorv = *_PyObject_DictOrValuesPointer(obj);
    PyDictKeysObject *keys = ((PyHeapTypeObject *)tp)->ht_cached_keys;
    return _PyDictOrValues_IsValues(dorv) && keys == c->keys && keys->dk_nentries == c->nentries;
}

/* descr->get(obj, type), keeping descr alive during the call as the generic path does. */
static inline PyObject *
pyc2c_attr_call_get(const pyc2c_attr_cache *c, PyObject *obj, PyObject *type)
{
    PyObject *descr = Py_NewRef(c->descr);
    PyObject *r = c->get(descr, obj, type);
    Py_DECREF(descr);
    return r;
}

/* What property.__get__ does for an instance: fget(obj); a compiled getter runs directly. */
static inline PyObject *
pyc2c_attr_call_property(PyThreadState *ts, const pyc2c_attr_cache *c, PyObject *obj)
{
    PyObject *prop = Py_NewRef(c->descr);
    PyObject *fget = c->fget;
    PyObject *r;
#if PYC2C_DIRECT_CALLS
    PyObject *consts;
    Py_ssize_t n;
    if (Py_TYPE(fget) == &PyFunction_Type
        && (n = PyTuple_GET_SIZE(consts = ((PyCodeObject *)((PyFunctionObject *)fget)->func_code)->co_consts)) > 0
        && Py_TYPE(PyTuple_GET_ITEM(consts, n - 1)) == pyc2c_runner_type) {
        r = pyc2c_call_compiled(ts, (PyFunctionObject *)fget, PyTuple_GET_ITEM(consts, n - 1), &obj, 1, NULL);
    }
    else
#endif
    {
        (void)ts;
        r = PyObject_CallOneArg(fget, obj);
    }
    Py_DECREF(prop);
    return r;
}

/* The cached answer for obj.name, or NULL with no exception set if the cache does not apply. */
static inline PyObject *
pyc2c_attr_cached(PyThreadState *ts, PyObject *obj, PyTypeObject *tp, const pyc2c_attr_cache *c, PyObject *name,
                  int *done)
{
    *done = 1;
    switch (c->kind) {
    case PYC2C_ATTR_SLOT:
        if (tp->tp_version_tag == c->version) {
            PyObject *v = *(PyObject **)((char *)obj + c->index);
            if (v != NULL) {
                return Py_NewRef(v);
            }
        }
        break;
    case PYC2C_ATTR_VALUE:
        if (tp->tp_version_tag == c->version) {
            PyDictOrValues dorv = *_PyObject_DictOrValuesPointer(obj);
            if (_PyDictOrValues_IsValues(dorv) && ((PyHeapTypeObject *)tp)->ht_cached_keys == c->keys) {
                PyObject *v = _PyDictOrValues_GetValues(dorv)->values[c->index];
                if (v != NULL) {
                    return Py_NewRef(v);
                }
            }
        }
        break;
    case PYC2C_ATTR_DESCR:
        if (tp->tp_version_tag == c->version) {
            return pyc2c_attr_call_get(c, obj, (PyObject *)tp);
        }
        break;
    case PYC2C_ATTR_PROPERTY:
        if (tp->tp_version_tag == c->version) {
            return pyc2c_attr_call_property(ts, c, obj);
        }
        break;
    case PYC2C_ATTR_TYPE_ATTR:
        if (tp->tp_version_tag == c->version && pyc2c_attr_not_shadowed(obj, tp, c)) {
            return c->get != NULL ? pyc2c_attr_call_get(c, obj, (PyObject *)tp) : Py_NewRef(c->descr);
        }
        break;
    case PYC2C_ATTR_MODULE:
        if (tp == &PyModule_Type) {
            PyObject *v = PyDict_GetItemWithError(((PyModuleObject *)obj)->md_dict, name);
            if (v != NULL) {
                return Py_NewRef(v);
            }
            if (PyErr_Occurred()) {
                return NULL;
            }
        }
        break;
    case PYC2C_ATTR_CLASS:
        if (PyType_Check(obj) && ((PyTypeObject *)obj)->tp_version_tag == c->version
            && tp->tp_version_tag == c->meta_version) {
            return c->get != NULL ? pyc2c_attr_call_get(c, NULL, obj) : Py_NewRef(c->descr);
        }
        break;
    default:
        break;
    }
    *done = 0;
    return NULL;
}

#endif /* PYC2C_ATTR_CACHES */

/* LOAD_ATTR: obj.name (new reference, NULL on error). */
static inline PyObject *
pyc2c_load_attr(PyThreadState *ts, PyObject *obj, PyObject *name, pyc2c_attr_cache *c)
{
#if PYC2C_ATTR_CACHES
    int done;
    PyObject *r = pyc2c_attr_cached(ts, obj, Py_TYPE(obj), c, name, &done);
    if (done) {
        return r;
    }
#else
    (void)ts;
#endif
    return pyc2c_load_attr_slow(obj, name, c);
}

/*
 * LOAD_ATTR with the method flag (_PyObject_GetMethod): 1 with *meth the function to call with obj as
 * its first argument; 0 with *meth the attribute itself (NULL on error).
 */
static inline int
pyc2c_load_method(PyThreadState *ts, PyObject *obj, PyObject *name, PyObject **meth, pyc2c_attr_cache *c)
{
#if PYC2C_ATTR_CACHES
    PyTypeObject *tp = Py_TYPE(obj);
    if (c->kind == PYC2C_ATTR_METHOD) {
        if (tp->tp_version_tag == c->version && pyc2c_attr_not_shadowed(obj, tp, c)) {
            *meth = Py_NewRef(c->descr);
            return 1;
        }
    }
    else {
        int done;
        *meth = pyc2c_attr_cached(ts, obj, tp, c, name, &done);
        if (done) {
            return 0;
        }
    }
#else
    (void)ts;
#endif
    return pyc2c_load_method_slow(obj, name, meth, c);
}

/* STORE_ATTR: obj.name = v (v borrowed); 0, or -1 on error. */
static inline int
pyc2c_store_attr(PyObject *obj, PyObject *name, PyObject *v, pyc2c_attr_cache *c)
{
#if PYC2C_ATTR_CACHES
    PyTypeObject *tp = Py_TYPE(obj);
    if (tp->tp_version_tag == c->version) {
        if (c->kind == PYC2C_ATTR_SLOT) {
            PyObject **p = (PyObject **)((char *)obj + c->index);
            PyObject *old = *p;
            *p = Py_NewRef(v);
            Py_XDECREF(old);
            return 0;
        }
        if (c->kind == PYC2C_ATTR_VALUE) {
            PyDictOrValues dorv = *_PyObject_DictOrValuesPointer(obj);
            if (_PyDictOrValues_IsValues(dorv) && ((PyHeapTypeObject *)tp)->ht_cached_keys == c->keys) {
                PyDictValues *values = _PyDictOrValues_GetValues(dorv);
                PyObject *old = values->values[c->index];
                values->values[c->index] = Py_NewRef(v);
                if (old == NULL) {
                    _PyDictValues_AddToInsertionOrder(values, c->index);
                }
                else {
                    Py_DECREF(old);
                }
                return 0;
            }
        }
    }
#endif
    return pyc2c_store_attr_slow(obj, name, v, c);
}

#endif /* PYC2C_ATTR_H */
