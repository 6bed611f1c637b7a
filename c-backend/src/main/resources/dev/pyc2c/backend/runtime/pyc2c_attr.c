/*
 * pyc2c runtime: the generic paths of attribute access, and the analysis that fills a site's cache.
 * See pyc2c_attr.h. The analysis only reads (types' MROs through _PyType_Lookup, the instance's
 * layout, the class's shared keys); it never runs Python code, and it records each type's version tag
 * as it was when the analysis looked, before the generic path (which may run Python code that changes
 * the type) does the actual access.
 */
#define PYC2C_BUILDING_RUNTIME 1   /* part of the runtime module (pyc2c_runtime.h) */
#include "pyc2c.h"

#if PYC2C_ATTR_CACHES

/* The index of name in a class's shared keys, -1 if it is not there, -2 if that cannot be told. */
static Py_ssize_t
keys_index(PyDictKeysObject *keys, PyObject *name)
{
    if (keys == NULL || keys->dk_kind == DICT_KEYS_GENERAL) {
        return -2;
    }
    Py_hash_t hash = PyObject_Hash(name);
    if (hash == -1) {
        PyErr_Clear();
        return -2;
    }
    PyDictUnicodeEntry *entries = DK_UNICODE_ENTRIES(keys);
    for (Py_ssize_t i = 0; i < keys->dk_nentries; i++) {
        PyObject *k = entries[i].me_key;
        if (k == name) {
            return i;
        }
        if (k != NULL && ((PyASCIIObject *)k)->hash == hash && PyUnicode_Compare(k, name) == 0) {
            return i;
        }
    }
    return -1;
}

/* Records how obj, whose attributes are in values or which has no __dict__, is proven not to have
 * name itself. 0 if it cannot be proven cheaply. */
static int
prove_not_shadowed(PyObject *obj, PyTypeObject *tp, PyObject *name, pyc2c_attr_cache *c)
{
    if (tp->tp_flags & Py_TPFLAGS_MANAGED_DICT) {
        PyDictOrValues dorv = *_PyObject_DictOrValuesPointer(obj);
        PyDictKeysObject *keys = ((PyHeapTypeObject *)tp)->ht_cached_keys;
        if (!_PyDictOrValues_IsValues(dorv) || keys_index(keys, name) != -1) {
            return 0;
        }
        c->proof = PYC2C_ABSENT_FROM_KEYS;
        c->keys = keys;
        c->nentries = keys->dk_nentries;
        return 1;
    }
    if (tp->tp_dictoffset == 0) {
        c->proof = PYC2C_NO_DICT;
        return 1;
    }
    return 0;
}

/* A __slots__ member holding an object, readable (and writable, if `store`) at a fixed offset. */
static int
is_object_slot(PyObject *descr, PyObject *obj, int store)
{
    if (Py_TYPE(descr) != &PyMemberDescr_Type) {
        return 0;
    }
    PyMemberDef *m = ((PyMemberDescrObject *)descr)->d_member;
    if (m->type != Py_T_OBJECT_EX || (m->flags & (store ? Py_READONLY : Py_AUDIT_READ))) {
        return 0;
    }
    return PyObject_TypeCheck(obj, ((PyDescrObject *)descr)->d_type);
}

/* A property's getter (borrowed), or NULL if it has none. */
static PyObject *
property_getter(PyObject *prop)
{
    PyObject *fget = PyObject_GetAttrString(prop, "fget"); /* a member of property: no Python code runs */
    if (fget == NULL) {
        PyErr_Clear();
        return NULL;
    }
    Py_DECREF(fget); /* the property keeps it, and a property's fget cannot be changed */
    return fget == Py_None ? NULL : fget;
}

static void
analyse_load(PyObject *obj, PyObject *name, pyc2c_attr_cache *c, int method)
{
    c->kind = PYC2C_ATTR_EMPTY;
    c->version = 0;
    PyTypeObject *tp = Py_TYPE(obj);
    if (!PyUnicode_CheckExact(name)) {
        return;
    }
    if (tp == &PyModule_Type) {
        if (_PyType_Lookup(tp, name) == NULL) {
            c->kind = PYC2C_ATTR_MODULE;
        }
        return;
    }
    if (PyType_Check(obj)) {
        if (tp->tp_getattro != PyType_Type.tp_getattro) {
            return; /* a metaclass with __getattribute__ or __getattr__ */
        }
        PyObject *meta = _PyType_Lookup(tp, name);
        if (meta != NULL && Py_TYPE(meta)->tp_descr_get != NULL && PyDescr_IsData(meta)) {
            return; /* the metaclass's data descriptor wins */
        }
        PyObject *attr = _PyType_Lookup((PyTypeObject *)obj, name);
        if (attr == NULL || ((PyTypeObject *)obj)->tp_version_tag == 0 || tp->tp_version_tag == 0) {
            return;
        }
        c->descr = attr;
        c->get = Py_TYPE(attr)->tp_descr_get;
        c->version = ((PyTypeObject *)obj)->tp_version_tag;
        c->meta_version = tp->tp_version_tag;
        c->kind = PYC2C_ATTR_CLASS;
        return;
    }
    if (tp->tp_getattro != PyObject_GenericGetAttr) {
        return;
    }
    PyObject *descr = _PyType_Lookup(tp, name);
    unsigned int version = tp->tp_version_tag;
    if (version == 0) {
        return;
    }
    descrgetfunc get = descr != NULL ? Py_TYPE(descr)->tp_descr_get : NULL;
    if (method && descr != NULL && PyType_HasFeature(Py_TYPE(descr), Py_TPFLAGS_METHOD_DESCRIPTOR)) {
        if (prove_not_shadowed(obj, tp, name, c)) {
            c->descr = descr;
            c->version = version;
            c->kind = PYC2C_ATTR_METHOD;
        }
        return;
    }
    if (get != NULL && PyDescr_IsData(descr)) {
        if (is_object_slot(descr, obj, 0)) {
            c->index = ((PyMemberDescrObject *)descr)->d_member->offset;
            c->kind = PYC2C_ATTR_SLOT;
        }
        else if (Py_TYPE(descr) == &PyProperty_Type && (c->fget = property_getter(descr)) != NULL) {
            c->descr = descr;
            c->kind = PYC2C_ATTR_PROPERTY;
        }
        else {
            c->descr = descr;
            c->get = get;
            c->kind = PYC2C_ATTR_DESCR;
        }
        c->version = version;
        return;
    }
    if (tp->tp_flags & Py_TPFLAGS_MANAGED_DICT) {
        PyDictOrValues dorv = *_PyObject_DictOrValuesPointer(obj);
        if (!_PyDictOrValues_IsValues(dorv)) {
            return;
        }
        PyDictKeysObject *keys = ((PyHeapTypeObject *)tp)->ht_cached_keys;
        Py_ssize_t ix = keys_index(keys, name);
        if (ix >= 0) {
            c->index = ix;
            c->keys = keys;
            c->version = version;
            c->kind = PYC2C_ATTR_VALUE;
            return;
        }
    }
    if (descr != NULL && prove_not_shadowed(obj, tp, name, c)) {
        c->descr = descr;
        c->get = get;
        c->version = version;
        c->kind = PYC2C_ATTR_TYPE_ATTR;
    }
}

static void
analyse_store(PyObject *obj, PyObject *name, pyc2c_attr_cache *c)
{
    c->kind = PYC2C_ATTR_EMPTY;
    c->version = 0;
    PyTypeObject *tp = Py_TYPE(obj);
    if (!PyUnicode_CheckExact(name) || tp->tp_setattro != PyObject_GenericSetAttr) {
        return;
    }
    PyObject *descr = _PyType_Lookup(tp, name);
    unsigned int version = tp->tp_version_tag;
    if (version == 0) {
        return;
    }
    if (descr != NULL && Py_TYPE(descr)->tp_descr_set != NULL) {
        if (is_object_slot(descr, obj, 1)) {
            c->index = ((PyMemberDescrObject *)descr)->d_member->offset;
            c->version = version;
            c->kind = PYC2C_ATTR_SLOT;
        }
        return;
    }
    if (tp->tp_flags & Py_TPFLAGS_MANAGED_DICT) {
        PyDictOrValues dorv = *_PyObject_DictOrValuesPointer(obj);
        PyDictKeysObject *keys = ((PyHeapTypeObject *)tp)->ht_cached_keys;
        Py_ssize_t ix = _PyDictOrValues_IsValues(dorv) ? keys_index(keys, name) : -2;
        if (ix >= 0) {
            c->index = ix;
            c->keys = keys;
            c->version = version;
            c->kind = PYC2C_ATTR_VALUE;
        }
    }
}

#endif /* PYC2C_ATTR_CACHES */

PyObject *
pyc2c_load_attr_slow(PyObject *obj, PyObject *name, pyc2c_attr_cache *c)
{
#if PYC2C_ATTR_CACHES
    analyse_load(obj, name, c, 0);
#else
    (void)c;
#endif
    return PyObject_GetAttr(obj, name);
}

int
pyc2c_load_method_slow(PyObject *obj, PyObject *name, PyObject **meth, pyc2c_attr_cache *c)
{
#if PYC2C_ATTR_CACHES
    analyse_load(obj, name, c, 1);
#else
    (void)c;
#endif
    *meth = NULL;
    return _PyObject_GetMethod(obj, name, meth);
}

int
pyc2c_store_attr_slow(PyObject *obj, PyObject *name, PyObject *v, pyc2c_attr_cache *c)
{
#if PYC2C_ATTR_CACHES
    analyse_store(obj, name, c);
#else
    (void)c;
#endif
    return PyObject_SetAttr(obj, name, v);
}
