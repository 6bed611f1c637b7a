/*
 * pyc2c runtime: the misses of the attribute and global caches: every entry looked at, the analysis that
 * fills an entry, the backoff, and the generic paths. See pyc2c_attr.h. The analysis only reads (types'
 * MROs through _PyType_Lookup, the instance's layout, dicts' keys through their hash tables); it never
 * runs Python code, and it records each version as it was when it looked, before anything (the access
 * itself, which may run Python code that changes the type) is done.
 */
#define PYC2C_BUILDING_RUNTIME 1   /* part of the runtime module (pyc2c_runtime.h) */
#include "pyc2c.h"

#if PYC2C_ATTR_CACHES || PYC2C_KEYS_VERSIONS

#if defined(__GNUC__) || defined(__clang__)
#  define PYC2C_COLD __attribute__((cold, noinline))
#  pragma GCC diagnostic ignored "-Wdeprecated-declarations"   /* ma_version_tag, which dict stores keep */
#else
#  define PYC2C_COLD
#endif

#if PY_VERSION_HEX < 0x030C0000
/* 3.11: PyMemberDef and its member types and flags are structmember.h's (3.12 moved them to descrobject.h and
 * renamed them) */
#  include "structmember.h"
#  define Py_T_OBJECT_EX T_OBJECT_EX
#  define _Py_T_OBJECT T_OBJECT
#  define Py_READONLY READONLY
#  define Py_AUDIT_READ PY_AUDIT_READ
#endif

/* ---- Backoff --------------------------------------------------------------------------------------- */

/* The counter: (misses still to wait before analysing again) << 4 | the exponent k of the last wait,
 * 2**k - 1, as the interpreter's adaptive counters (ADAPTIVE_BACKOFF_BITS, MAX_BACKOFF_VALUE). */
#define BACKOFF_BITS 4
#define MAX_BACKOFF 12

/* Whether this miss may analyse; if not, one miss fewer to wait. */
static inline int
may_analyse(unsigned short *counter)
{
    if (*counter >> BACKOFF_BITS) {
        *counter -= 1 << BACKOFF_BITS;
        return 0;
    }
    return 1;
}

/* The analysis failed, or it had to evict: wait twice as long (plus one) as last time. */
static PYC2C_COLD void
back_off(unsigned short *counter)
{
    unsigned int k = (*counter & ((1 << BACKOFF_BITS) - 1)) + 1;
    if (k > MAX_BACKOFF) {
        k = MAX_BACKOFF;
    }
    *counter = (unsigned short)((((1u << k) - 1) << BACKOFF_BITS) | k);
}

/* ---- Dicts' keys ------------------------------------------------------------------------------------ */

/* Two exact strs equal (3.13 exports _PyUnicode_EQ's twin only). */
#if PY_VERSION_HEX >= 0x030D0000
#  define STR_EQ _PyUnicode_Equal
#else
#  define STR_EQ _PyUnicode_EQ
#endif

/* dictkeys_get_index of dictobject.c: the entry at slot i of the hash table, DKIX_EMPTY or DKIX_DUMMY. */
static inline Py_ssize_t
keys_get_index(const PyDictKeysObject *keys, size_t i)
{
    int log2size = keys->dk_log2_size;
    if (log2size < 8) {
        return ((const int8_t *)keys->dk_indices)[i];
    }
    if (log2size < 16) {
        return ((const int16_t *)keys->dk_indices)[i];
    }
    if (log2size >= 32) {
        return (Py_ssize_t)((const int64_t *)keys->dk_indices)[i];
    }
    return ((const int32_t *)keys->dk_indices)[i];
}

/*
 * The index of the entry of `name` (an exact str) in unicode keys (combined or split), DKIX_EMPTY if it
 * has none: the probe of unicodekeys_lookup_unicode (dictobject.c), which compares exact strs only and
 * so runs no Python code. DKIX_ERROR for general keys.
 */
static Py_ssize_t
unicode_keys_lookup(PyDictKeysObject *keys, PyObject *name)
{
    if (!DK_IS_UNICODE(keys)) {
        return DKIX_ERROR;
    }
    Py_hash_t hash = ((PyASCIIObject *)name)->hash;
    if (hash == -1) {
        hash = PyObject_Hash(name); /* an exact str: cannot fail */
        if (hash == -1) {
            PyErr_Clear();
            return DKIX_ERROR;
        }
    }
    PyDictUnicodeEntry *entries = DK_UNICODE_ENTRIES(keys);
    size_t mask = ((size_t)1 << keys->dk_log2_size) - 1;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        Py_ssize_t ix = keys_get_index(keys, i);
        if (ix >= 0) {
            PyObject *k = entries[ix].me_key;
            if (k == name || (((PyASCIIObject *)k)->hash == hash && STR_EQ(k, name))) {
                return ix;
            }
        }
        else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= 5; /* PERTURB_SHIFT */
        i = mask & (i * 5 + perturb + 1);
    }
}

/*
 * _PyDictKeys_GetVersionForCurrentState of CPython 3.12 to 3.14 (not exported), exactly: the keys' version, or a new
 * one from the interpreter's counter, which every keys object shares with the interpreter's specialised
 * instructions; 0 when the counter has run out.
 */
#if PYC2C_KEYS_VERSIONS
static uint32_t
keys_version(PyInterpreterState *interp, PyDictKeysObject *keys)
{
    if (keys->dk_version != 0) {
        return keys->dk_version;
    }
    if (interp->dict_state.next_keys_version == 0) {
        return 0;
    }
    uint32_t v = interp->dict_state.next_keys_version++;
    keys->dk_version = v;
    return v;
}
#endif
#endif /* PYC2C_ATTR_CACHES || PYC2C_KEYS_VERSIONS */

#if PYC2C_ATTR_CACHES

/* ---- Instances' own attributes ---------------------------------------------------------------------- */

/* Where obj keeps its attributes. */
enum { INST_NONE, INST_VALUES, INST_DICT, INST_UNKNOWN };

/* INST_NONE (instances of tp have no __dict__), INST_VALUES (*values set), INST_DICT (*dict set, maybe NULL:
 * not created yet) or INST_UNKNOWN (a layout the caches do not handle). See pyc2c_attr_values. */
static inline int
instance_attrs(PyObject *obj, PyTypeObject *tp, PyDictValues **values, PyObject **dict)
{
#if PY_VERSION_HEX >= 0x030D0000
    if (tp->tp_flags & Py_TPFLAGS_INLINE_VALUES) {
        if ((*values = pyc2c_attr_values(obj, tp)) != NULL) {
            return INST_VALUES; /* whether or not a materialised dict shares them */
        }
        /* No longer valid: the managed dict holds the attributes. Without one (the object's __dict__ was
           deleted), the generic load would materialise one from the values: not done here. */
        *dict = (PyObject *)_PyObject_ManagedDictPointer(obj)->dict;
        return *dict != NULL ? INST_DICT : INST_UNKNOWN;
    }
    if (tp->tp_flags & Py_TPFLAGS_MANAGED_DICT) {
        *dict = (PyObject *)_PyObject_ManagedDictPointer(obj)->dict;
        return INST_DICT;
    }
#elif PY_VERSION_HEX < 0x030C0000
    if (tp->tp_flags & Py_TPFLAGS_MANAGED_DICT) {
        /* 3.11: the values, or (NULL) the dict, maybe NULL: _PyObject_GetDictPtr */
        if ((*values = *_PyObject_ValuesPointer(obj)) != NULL) {
            return INST_VALUES;
        }
        *dict = *_PyObject_ManagedDictPointer(obj);
        return INST_DICT;
    }
#else
    if (tp->tp_flags & Py_TPFLAGS_MANAGED_DICT) {
        PyDictOrValues dorv = *_PyObject_DictOrValuesPointer(obj);
        if (_PyDictOrValues_IsValues(dorv)) {
            *values = _PyDictOrValues_GetValues(dorv);
            return INST_VALUES;
        }
        *dict = _PyDictOrValues_GetDict(dorv);
        return INST_DICT;
    }
#endif
    if (tp->tp_dictoffset == 0) {
        return INST_NONE;
    }
    if (tp->tp_dictoffset > 0) {
        *dict = *(PyObject **)((char *)obj + tp->tp_dictoffset);
        return INST_DICT;
    }
    return INST_UNKNOWN;
}

/* 1 if obj has no instance attribute `name` (so the type's attribute is what it sees), 0 if it has one or
 * that cannot be told without running code. */
static int
instance_lacks(PyObject *obj, PyTypeObject *tp, PyObject *name)
{
    PyDictValues *values;
    PyObject *dict;
    Py_ssize_t ix;
    switch (instance_attrs(obj, tp, &values, &dict)) {
    case INST_NONE:
        return 1;
    case INST_VALUES:
        ix = unicode_keys_lookup(((PyHeapTypeObject *)tp)->ht_cached_keys, name);
        return ix == DKIX_EMPTY || (ix >= 0 && values->values[ix] == NULL);
    case INST_DICT:
        if (dict == NULL) {
            return 1;
        }
        ix = unicode_keys_lookup(((PyDictObject *)dict)->ma_keys, name);
        if (ix == DKIX_EMPTY) {
            return 1;
        }
        return ix >= 0 && ((PyDictObject *)dict)->ma_values != NULL
               && ((PyDictObject *)dict)->ma_values->values[ix] == NULL;
    default:
        return 0;
    }
}

/* The entry's proof that obj has no attribute of the name holds. */
static inline int
proof_holds(PyObject *obj, PyTypeObject *tp, PyObject *name, const pyc2c_attr_entry *e)
{
    return pyc2c_attr_absent_fast(obj, tp, e) || instance_lacks(obj, tp, name);
}

/* The slot of the instance attribute an entry of kind VALUE, SPLIT or HINT names, in obj's values or dict; NULL
 * if the entry does not apply to obj. *dictp: the dict (NULL for values). */
static PyObject **
entry_value_slot(PyObject *obj, PyTypeObject *tp, PyObject *name, const pyc2c_attr_entry *e, PyDictObject **dictp)
{
    PyDictValues *values;
    PyObject *dict = NULL;
    int where = instance_attrs(obj, tp, &values, &dict);
    *dictp = (PyDictObject *)dict;
    if (e->kind == PYC2C_ATTR_VALUE || e->kind == PYC2C_ATTR_SPLIT) {
        if (where == INST_VALUES) {
            return &values->values[e->index];
        }
        /* a dict made from the values (3.12), or another dict split on the class's shared keys: the same index */
        if (where == INST_DICT && dict != NULL && ((PyDictObject *)dict)->ma_values != NULL
            && ((PyDictObject *)dict)->ma_keys == ((PyHeapTypeObject *)tp)->ht_cached_keys) {
            return &((PyDictObject *)dict)->ma_values->values[e->index];
        }
        return NULL;
    }
    /* HINT: a combined dict of unicode keys whose entry at the index is the name */
    if (where == INST_DICT && dict != NULL && ((PyDictObject *)dict)->ma_values == NULL) {
        PyDictKeysObject *keys = ((PyDictObject *)dict)->ma_keys;
        if (DK_IS_UNICODE(keys) && e->index < keys->dk_nentries) {
            PyDictUnicodeEntry *ep = &DK_UNICODE_ENTRIES(keys)[e->index];
            if (ep->me_key == name) {
                return &ep->me_value;
            }
        }
    }
    return NULL;
}

/* ---- Hits outside the inline paths -------------------------------------------------------------------- */

/* descr->get(obj, type), keeping descr alive during the call as the generic path does. */
static PyObject *
call_get(const pyc2c_attr_entry *e, PyObject *obj, PyObject *type)
{
    PyObject *descr = Py_NewRef(e->descr);
    PyObject *r = ((descrgetfunc)e->fn)(descr, obj, type);
    Py_DECREF(descr);
    return r;
}

/* Where a property object keeps its getter (propertyobject's prop_get, private to descrobject.c): the offset of
 * property's `fget` member, read off that member's descriptor the first time; -1 if it is not such a member. */
static Py_ssize_t property_fget_offset;

/* A property's getter (borrowed: the property holds it), or NULL if it has none. It can change while the type's version
 * holds: property.__init__ called again on the property sets a new one (and may free the old). */
static PyObject *
property_getter(PyObject *prop)
{
    if (PYC2C_UNLIKELY(property_fget_offset <= 0)) {
        if (property_fget_offset < 0) {
            return NULL;
        }
        property_fget_offset = -1;
        PyObject *m = PyObject_GetAttrString((PyObject *)&PyProperty_Type, "fget"); /* the member itself */
        if (m == NULL) {
            PyErr_Clear();
            return NULL;
        }
        if (Py_TYPE(m) == &PyMemberDescr_Type && (((PyMemberDescrObject *)m)->d_member->type == Py_T_OBJECT_EX
                                                  || ((PyMemberDescrObject *)m)->d_member->type == _Py_T_OBJECT)) {
            property_fget_offset = ((PyMemberDescrObject *)m)->d_member->offset;
        }
        Py_DECREF(m);
        if (property_fget_offset <= 0) {
            return NULL;
        }
    }
    PyObject *fget = *(PyObject **)((char *)prop + property_fget_offset);
    return fget == Py_None ? NULL : fget;
}

/* What property.__get__ does for an instance: fget(obj); a compiled getter runs directly. */
static PyObject *
call_property(PyThreadState *ts, const pyc2c_attr_entry *e, PyObject *obj)
{
    PyObject *fget = (PyObject *)e->fn;
#if PYC2C_DIRECT_CALLS
    pyc2c_runner *runner;
    if (Py_TYPE(fget) == &PyFunction_Type && (runner = pyc2c_runner_of((PyFunctionObject *)fget)) != NULL) {
        /* as LOAD_ATTR_PROPERTY pushes the getter's frame: a getter taking just self entered directly. Every
         * way in takes a reference to the function before anything runs (the frame's, or the interpreter's),
         * which keeps it while the getter might remove the property from its class. */
        return pyc2c_call_runner(ts, (PyFunctionObject *)fget, runner, &obj, 1, NULL);
    }
#else
    (void)ts; /* no direct calls on this version: a compiled getter is entered through its trampoline */
#endif
    /* as property.__get__ called by the generic lookup, which holds the property meanwhile */
    PyObject *prop = Py_NewRef(e->descr);
    PyObject *r = PyObject_CallOneArg(fget, obj);
    Py_DECREF(prop);
    return r;
}

/* What the generic path gives for an entry of a load: 0 if the entry does not apply to obj; else 1 with *r
 * the attribute (NULL with an exception set if its getter failed), or 2 (method sites only) with *r the
 * method to call with obj as self. */
static int
entry_load(PyThreadState *ts, PyObject *obj, PyTypeObject *tp, PyObject *name, const pyc2c_attr_entry *e,
           PyObject **r)
{
    PyObject *v;
    /* A CLASS entry's version is the metaclass's, which every class of that metaclass shares: its class (the owner
     * of the borrowed descr) is proven alive and unchanged by its own version first, before descr is looked at (a
     * class freed since, whose metaclass lives on, left descr dangling). */
    if (e->kind == PYC2C_ATTR_CLASS && ((PyTypeObject *)obj)->tp_version_tag != e->aux) {
        return 0;
    }
    if (e->dver != 0 && Py_TYPE(e->descr)->tp_version_tag != e->dver) {
        return 0; /* the type of the class attribute has changed (or the attribute's class) */
    }
    switch (e->kind) {
    case PYC2C_ATTR_VALUE:
    case PYC2C_ATTR_SPLIT:
    case PYC2C_ATTR_HINT: {
        PyDictObject *dict;
        PyObject **p = entry_value_slot(obj, tp, name, e, &dict);
        if (p == NULL || *p == NULL) {
            return 0;
        }
        *r = Py_NewRef(*p);
        return 1;
    }
    case PYC2C_ATTR_SLOT:
        v = *(PyObject **)((char *)obj + e->index);
        if (v == NULL) {
            return 0;
        }
        *r = Py_NewRef(v);
        return 1;
    case PYC2C_ATTR_METHOD:
        if (!proof_holds(obj, tp, name, e)) {
            return 0;
        }
        *r = Py_NewRef(e->descr);
        return 2;
    case PYC2C_ATTR_TYPE_CONST:
        if (!proof_holds(obj, tp, name, e)) {
            return 0;
        }
        *r = Py_NewRef(e->descr);
        return 1;
    case PYC2C_ATTR_TYPE_GET:
        if (!proof_holds(obj, tp, name, e)) {
            return 0;
        }
        *r = call_get(e, obj, (PyObject *)tp);
        return 1;
    case PYC2C_ATTR_DESCR:
        *r = call_get(e, obj, (PyObject *)tp);
        return 1;
    case PYC2C_ATTR_PROPERTY:
        if (property_getter(e->descr) != e->fn) {
            return 0; /* the property's __init__ called again: another getter */
        }
        *r = call_property(ts, e, obj);
        return 1;
    case PYC2C_ATTR_MODULE: {
#if PYC2C_KEYS_VERSIONS
        PyDictKeysObject *keys = ((PyDictObject *)((PyModuleObject *)obj)->md_dict)->ma_keys;
        if (keys->dk_version != e->aux || (v = DK_UNICODE_ENTRIES(keys)[e->index].me_value) == NULL) {
            return 0;
        }
#else
        if ((v = pyc2c_attr_read(obj, tp, e)) == NULL) {
            return 0;
        }
#endif
        *r = Py_NewRef(v);
        return 1;
    }
    case PYC2C_ATTR_CLASS: /* the class's version checked above */
        *r = e->fn != NULL ? call_get(e, NULL, obj) : Py_NewRef(e->descr);
        return 1;
    default:
        return 0;
    }
}

/* Every entry of obj's type version, in order: as entry_load, for the first that applies. */
static int
scan_load(PyThreadState *ts, PyObject *obj, PyTypeObject *tp, PyObject *name, const pyc2c_attr_cache *c,
          PyObject **r)
{
    unsigned int version = tp->tp_version_tag;
    for (int i = 0; i < PYC2C_ATTR_ENTRIES; i++) {
        const pyc2c_attr_entry *e = &c->e[i];
        if (e->version == version && e->kind != PYC2C_ATTR_EMPTY) {
            PyObject *v = e->kind == PYC2C_ATTR_METHOD ? NULL : pyc2c_attr_read(obj, tp, e);
            if (v != NULL) {
                *r = Py_NewRef(v); /* what the inline path reads, for an entry after the first of the version */
                return 1;
            }
            int hit = entry_load(ts, obj, tp, name, e, r);
            if (hit) {
                return hit;
            }
        }
    }
    return 0;
}

/* ---- Analysis --------------------------------------------------------------------------------------- */

/*
 * The type of `descr` (found on a type) with a version that keeps what the entry relies on (its
 * tp_descr_get, tp_descr_set, method flag): any type that instances cannot leave (__class__ assignment is
 * refused for immutable types, modules aside) and that cannot change. Other descriptors' types (a class of
 * the program whose instances are class attributes) are not cached: adding __get__ or __set__ to such a
 * class would change what the attribute is without changing the version of the type that holds it. So
 * does the interpreter (analyze_descriptor's MUTABLE).
 */
static int
stable_descr_type(PyObject *descr)
{
    PyTypeObject *dt = Py_TYPE(descr);
    return (dt->tp_flags & Py_TPFLAGS_IMMUTABLETYPE) && !PyType_IsSubtype(dt, &PyModule_Type);
}

/*
 * What guards what an entry relies on of the type of `descr` (its __get__, __set__): nothing (*dver 0) for a
 * stable type, else the type's version (assigned here if it can have one: a lookup gives it), which a hit
 * compares. 0 if the type has no version.
 */
static int
descr_type_guard(PyObject *descr, PyObject *name, unsigned int *dver)
{
    if (stable_descr_type(descr)) {
        *dver = 0;
        return 1;
    }
    PyTypeObject *dt = Py_TYPE(descr);
    (void)_PyType_Lookup(dt, name); /* reads only; gives dt a version tag if it can have one */
    *dver = dt->tp_version_tag;
    return *dver != 0;
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

/* The proof that obj (whose type's attribute of the name the entry returns) has no such attribute of its own;
 * 0 if it has one or that cannot be told. */
static int
prove_lacks(PyObject *obj, PyTypeObject *tp, PyObject *name, pyc2c_attr_entry *e)
{
    PyDictValues *values;
    PyObject *dict;
    int where = instance_attrs(obj, tp, &values, &dict);
    if (where == INST_NONE) {
        e->proof = PYC2C_PROOF_NO_DICT;
        return 1;
    }
    if (where == INST_UNKNOWN || !instance_lacks(obj, tp, name)) {
        return 0;
    }
    e->proof = PYC2C_PROOF_CHECK;
    if (tp->tp_flags & PYC2C_ATTR_TP_VALUES) {
        PyDictKeysObject *keys = ((PyHeapTypeObject *)tp)->ht_cached_keys;
        if (unicode_keys_lookup(keys, name) == DKIX_EMPTY) {
            e->proof = PYC2C_PROOF_KEYS;
            e->aux = (unsigned int)keys->dk_nentries;
        }
    }
    return 1;
}

/* The entry of an instance attribute of obj (no data descriptor of its type in the way): VALUE or HINT. For a
 * load, obj has the attribute; for a store, it may have only its place in the class's shared keys. */
static int
analyse_instance_attr(PyObject *obj, PyTypeObject *tp, PyObject *name, int load, pyc2c_attr_entry *e)
{
    PyDictValues *values;
    PyObject *dict;
    Py_ssize_t ix;
    switch (instance_attrs(obj, tp, &values, &dict)) {
    case INST_VALUES:
        ix = unicode_keys_lookup(((PyHeapTypeObject *)tp)->ht_cached_keys, name);
        if (ix < 0 || (load && values->values[ix] == NULL)) {
            return 0;
        }
        e->kind = PYC2C_ATTR_VALUE;
        e->index = ix;
        return 1;
    case INST_DICT:
        if (dict == NULL) {
            return 0;
        }
        ix = unicode_keys_lookup(((PyDictObject *)dict)->ma_keys, name);
        if (ix < 0) {
            return 0;
        }
        if (((PyDictObject *)dict)->ma_values != NULL) {
            if (!(tp->tp_flags & Py_TPFLAGS_MANAGED_DICT)
                || ((PyDictObject *)dict)->ma_keys != ((PyHeapTypeObject *)tp)->ht_cached_keys
                || (load && ((PyDictObject *)dict)->ma_values->values[ix] == NULL)) {
                return 0;
            }
            /* VALUE reads the values inline where the type has them (PYC2C_ATTR_TP_VALUES), else the misses read
               the dict's (3.13: a managed dict without inline values) */
            e->kind = tp->tp_flags & PYC2C_ATTR_TP_VALUES ? PYC2C_ATTR_VALUE : PYC2C_ATTR_SPLIT;
        }
        else {
            e->kind = PYC2C_ATTR_HINT;
        }
        e->index = ix;
        return 1;
    default:
        return 0;
    }
}

/* How the generic load finds obj.name (method: as _PyObject_GetMethod): fills *e and returns 1, or 0. */
static PYC2C_COLD int
analyse_load(PyThreadState *ts, PyObject *obj, PyTypeObject *tp, PyObject *name, int method, pyc2c_attr_entry *e)
{
    memset(e, 0, sizeof(*e));
    if (!PyUnicode_CheckExact(name)) {
        return 0;
    }
    if (tp == &PyModule_Type) {
        /* module_getattro: a data descriptor of the module type, else the dict; no attribute of the module type
           of that name means the dict, whatever __getattr__ the module has */
        if (_PyType_Lookup(tp, name) != NULL || tp->tp_version_tag == 0) {
            return 0;
        }
        PyDictObject *dict = (PyDictObject *)((PyModuleObject *)obj)->md_dict;
        if (dict == NULL || !PyDict_CheckExact(dict) || dict->ma_values != NULL) {
            return 0;
        }
        Py_ssize_t ix = unicode_keys_lookup(dict->ma_keys, name);
#if PYC2C_KEYS_VERSIONS
        uint32_t kv;
        if (ix < 0 || (kv = keys_version(ts->interp, dict->ma_keys)) == 0) {
            return 0;
        }
        e->aux = kv;
#else
        /* 3.11: its value, while the dict keeps its version tag */
        if (ix < 0 || DK_UNICODE_ENTRIES(dict->ma_keys)[ix].me_value == NULL) {
            return 0;
        }
        e->tag = dict->ma_version_tag;
        e->descr = DK_UNICODE_ENTRIES(dict->ma_keys)[ix].me_value;
        (void)ts;
#endif
        e->kind = PYC2C_ATTR_MODULE;
        e->index = ix;
        e->owner = dict;
        e->version = tp->tp_version_tag;
        return 1;
    }
    if (PyType_Check(obj)) {
        /* type_getattro: the metaclass's data descriptor, else the class's attribute (through its __get__ with
           no instance), else the metaclass's other attributes */
        PyTypeObject *cls = (PyTypeObject *)obj;
        if (tp->tp_getattro != PyType_Type.tp_getattro) {
            return 0; /* a metaclass with __getattribute__ or __getattr__ */
        }
        PyObject *meta = _PyType_Lookup(tp, name);
        if (meta != NULL && (!stable_descr_type(meta)
                             || (Py_TYPE(meta)->tp_descr_get != NULL && PyDescr_IsData(meta)))) {
            return 0;
        }
        PyObject *attr = _PyType_Lookup(cls, name);
        unsigned int dver;
        if (attr == NULL || !descr_type_guard(attr, name, &dver) || cls->tp_version_tag == 0
            || tp->tp_version_tag == 0) {
            return 0;
        }
        e->dver = dver;
        descrgetfunc get = Py_TYPE(attr)->tp_descr_get;
        /* a function read on its class is itself (func_descr_get with no instance) */
        e->kind = PYC2C_ATTR_CLASS;
        e->descr = attr;
        e->fn = Py_TYPE(attr) == &PyFunction_Type ? NULL : (void *)get;
        e->aux = cls->tp_version_tag;
        e->owner = cls;
        e->version = tp->tp_version_tag;
        return 1;
    }
    if (tp->tp_getattro != PyObject_GenericGetAttr) {
        return 0;
    }
    PyObject *descr = _PyType_Lookup(tp, name);
    unsigned int version = tp->tp_version_tag;
    unsigned int dver = 0;
    if (version == 0 || (descr != NULL && !descr_type_guard(descr, name, &dver))) {
        return 0;
    }
    e->version = version;
    e->owner = tp;
    e->dver = dver; /* TYPE_CONST, TYPE_GET and DESCR check it; the other kinds need a stable type (0) */
    descrgetfunc get = descr != NULL ? Py_TYPE(descr)->tp_descr_get : NULL;
    if (method && descr != NULL && PyType_HasFeature(Py_TYPE(descr), Py_TPFLAGS_METHOD_DESCRIPTOR)) {
        if (dver != 0 || !prove_lacks(obj, tp, name, e)) {
            return 0;
        }
        e->kind = PYC2C_ATTR_METHOD;
        e->descr = descr;
        return 1;
    }
    if (get != NULL && PyDescr_IsData(descr)) {
        if (is_object_slot(descr, obj, 0)) {
            e->kind = PYC2C_ATTR_SLOT;
            e->index = ((PyMemberDescrObject *)descr)->d_member->offset;
        }
        else if (Py_TYPE(descr) == &PyProperty_Type && (e->fn = property_getter(descr)) != NULL) {
            e->kind = PYC2C_ATTR_PROPERTY;
            e->descr = descr;
        }
        else {
            e->kind = PYC2C_ATTR_DESCR;
            e->descr = descr;
            e->fn = (void *)get;
        }
        return 1;
    }
    if (dver == 0 && analyse_instance_attr(obj, tp, name, 1, e)) {
        return 1; /* (a descriptor's type that could gain __set__ would turn the type's attribute into a data
                     descriptor, which wins over the instance's) */
    }
    if (descr != NULL && prove_lacks(obj, tp, name, e)) {
        e->descr = descr;
        if (get != NULL) {
            e->kind = PYC2C_ATTR_TYPE_GET;
            e->fn = (void *)get;
        }
        else {
            e->kind = PYC2C_ATTR_TYPE_CONST;
        }
        return 1;
    }
    return 0;
}

/* How the generic store obj.name = v goes: fills *e and returns 1, or 0. `absent`: set when it could be an
 * instance attribute that the store is about to create. */
static PYC2C_COLD int
analyse_store(PyObject *obj, PyTypeObject *tp, PyObject *name, pyc2c_attr_entry *e, int *absent)
{
    memset(e, 0, sizeof(*e));
    *absent = 0;
    if (!PyUnicode_CheckExact(name) || tp->tp_setattro != PyObject_GenericSetAttr) {
        return 0;
    }
    PyObject *descr = _PyType_Lookup(tp, name);
    unsigned int version = tp->tp_version_tag;
    if (version == 0 || (descr != NULL && !stable_descr_type(descr))) {
        return 0;
    }
    e->version = version;
    e->owner = tp;
    if (descr != NULL && Py_TYPE(descr)->tp_descr_set != NULL) {
        if (is_object_slot(descr, obj, 1)) {
            e->kind = PYC2C_ATTR_SLOT;
            e->index = ((PyMemberDescrObject *)descr)->d_member->offset;
            return 1;
        }
        return 0;
    }
    if (analyse_instance_attr(obj, tp, name, 0, e)) {
        return 1;
    }
    *absent = 1;
    return 0;
}

/* Puts the entry analysed for obj (of type tp) into the site's cache, in this order of preference: over an
 * entry of the same owner that has gone stale, into an empty entry, over the next victim (an eviction, which
 * backs off). Returns the entry, or NULL if the same entry is there already (the analysis taught nothing:
 * a failure). */
static PYC2C_COLD pyc2c_attr_entry *
install(pyc2c_attr_cache *c, PyObject *obj, PyTypeObject *tp, const pyc2c_attr_entry *n)
{
    pyc2c_attr_entry *slot = NULL;
    for (int i = 0; i < PYC2C_ATTR_ENTRIES; i++) {
        pyc2c_attr_entry *e = &c->e[i];
        if (e->kind == PYC2C_ATTR_EMPTY) {
            if (slot == NULL) {
                slot = e;
            }
            continue;
        }
        if (e->version == n->version && e->kind == n->kind && e->index == n->index && e->descr == n->descr
            && e->aux == n->aux && e->owner == n->owner && e->dver == n->dver
#if !PYC2C_KEYS_VERSIONS
            && e->tag == n->tag
#endif
            ) {
            return NULL;
        }
        int stale;
        switch (e->kind) {
        case PYC2C_ATTR_CLASS:
            stale = e->owner == (const void *)obj && e->aux != ((PyTypeObject *)obj)->tp_version_tag;
            break;
        case PYC2C_ATTR_MODULE:
            stale = tp == &PyModule_Type && e->owner == ((PyModuleObject *)obj)->md_dict
#if PYC2C_KEYS_VERSIONS
                    && e->aux != ((PyDictObject *)((PyModuleObject *)obj)->md_dict)->ma_keys->dk_version;
#else
                    && e->tag != ((PyDictObject *)((PyModuleObject *)obj)->md_dict)->ma_version_tag;
#endif
            break;
        default:
            stale = e->owner == (const void *)tp && e->version != tp->tp_version_tag;
            break;
        }
        if (stale) {
            *e = *n;
            return e;
        }
    }
    if (slot == NULL) {
        slot = &c->e[c->victim];
        c->victim = (unsigned char)((c->victim + 1) % PYC2C_ATTR_ENTRIES);
        back_off(&c->counter);
    }
    *slot = *n;
    return slot;
}

#endif /* PYC2C_ATTR_CACHES */

/* ---- The misses ----------------------------------------------------------------------------------- */

#if PYC2C_ATTR_CACHES
/* The misses' analysis, apart from their hit paths, so that a hit (the common case of a cold site, which calls
 * the miss for the whole access) costs a short function without the analysis's registers to save. */
static PYC2C_NOINLINE PyObject *
load_attr_analyse(PyThreadState *ts, PyObject *obj, PyObject *name, pyc2c_attr_cache *c)
{
    PyTypeObject *tp = Py_TYPE(obj);
    PyObject *r;
    if (may_analyse(&c->counter)) {
        pyc2c_attr_entry n;
        pyc2c_attr_entry *e;
        if (analyse_load(ts, obj, tp, name, 0, &n) && (e = install(c, obj, tp, &n)) != NULL) {
            if (entry_load(ts, obj, tp, name, e, &r)) {
                return r;
            }
        }
        else {
            back_off(&c->counter);
        }
    }
    return PyObject_GetAttr(obj, name);
}
#endif

PyObject *
pyc2c_load_attr_miss(PyThreadState *ts, PyObject *obj, PyObject *name, pyc2c_attr_cache *c)
{
#if PYC2C_ATTR_CACHES
    PyObject *r;
    if (scan_load(ts, obj, Py_TYPE(obj), name, c, &r)) {
        return r;
    }
    return load_attr_analyse(ts, obj, name, c);
#else
    (void)ts;
    (void)c;
    return PyObject_GetAttr(obj, name);
#endif
}

#if PYC2C_ATTR_CACHES
static PYC2C_NOINLINE int
load_method_analyse(PyThreadState *ts, PyObject *obj, PyObject *name, PyObject **meth, pyc2c_attr_cache *c)
{
    PyTypeObject *tp = Py_TYPE(obj);
    if (may_analyse(&c->counter)) {
        pyc2c_attr_entry n;
        pyc2c_attr_entry *e;
        if (analyse_load(ts, obj, tp, name, 1, &n) && (e = install(c, obj, tp, &n)) != NULL) {
            int hit = entry_load(ts, obj, tp, name, e, meth);
            if (hit) {
                return hit == 2;
            }
        }
        else {
            back_off(&c->counter);
        }
    }
    *meth = NULL;
    return _PyObject_GetMethod(obj, name, meth);
}
#endif

int
pyc2c_load_method_miss(PyThreadState *ts, PyObject *obj, PyObject *name, PyObject **meth, pyc2c_attr_cache *c)
{
#if PYC2C_ATTR_CACHES
    int hit = scan_load(ts, obj, Py_TYPE(obj), name, c, meth);
    if (hit) {
        return hit == 2;
    }
    return load_method_analyse(ts, obj, name, meth, c);
#else
    (void)ts;
    (void)c;
    *meth = NULL;
    return _PyObject_GetMethod(obj, name, meth);
#endif
}

#if PYC2C_ATTR_CACHES
/* Dict watchers (the low bits of ma_version_tag, 3.14's _ma_watcher_tag); a dict with one is changed by the generic
 * path, which tells them (_PyDict_NotifyEvent). */
#if PY_VERSION_HEX >= 0x030E0000
/* 3.14: dicts have no version tag any more; a change only tells the watchers */
#  define DICT_WATCHED(d) (((d)->_ma_watcher_tag & DICT_WATCHER_MASK) != 0)
#elif PY_VERSION_HEX >= 0x030D0000
#  define DICT_WATCHED(d) (((d)->ma_version_tag & DICT_WATCHER_MASK) != 0)
/* _PyDict_NotifyEvent's new version for an unwatched dict: the next one, keeping the watched-mutation count */
#  define DICT_MODIFIED_VERSION(interp, d) \
    (DICT_NEXT_VERSION(interp) | ((d)->ma_version_tag & DICT_WATCHER_AND_MODIFICATION_MASK))
#elif PY_VERSION_HEX >= 0x030C0000
#  define DICT_WATCHED(d) (((d)->ma_version_tag & DICT_VERSION_MASK) != 0)
#  define DICT_MODIFIED_VERSION(interp, d) DICT_NEXT_VERSION(interp)
#endif

/* The store of an entry, where the inline path does not do it: 1 done, 0 the entry does not apply, -1 it applies
 * but the generic path must store (it tells a dict that shares the values, or a watched dict). */
static int
entry_store(PyObject *obj, PyTypeObject *tp, PyObject *name, const pyc2c_attr_entry *e, PyObject *v)
{
    PyObject **p;
    PyDictObject *dict = NULL;
    if (e->kind == PYC2C_ATTR_SLOT) {
        p = (PyObject **)((char *)obj + e->index);
    }
    else if (e->kind == PYC2C_ATTR_VALUE || e->kind == PYC2C_ATTR_SPLIT || e->kind == PYC2C_ATTR_HINT) {
        p = entry_value_slot(obj, tp, name, e, &dict);
        if (p == NULL) {
            return 0;
        }
    }
    else {
        return 0;
    }
    PyObject *old = *p;
    if (dict == NULL) {
        /* a slot, or the instance's values (STORE_ATTR_INSTANCE_VALUE) */
        PyDictValues *values = NULL;
        if (e->kind == PYC2C_ATTR_VALUE && (values = pyc2c_attr_values_alone(obj, tp)) == NULL) {
            return -1; /* 3.13: a materialised dict shares the values, and counts them */
        }
        *p = Py_NewRef(v);
        if (old == NULL) {
            if (values != NULL) {
                _PyDictValues_AddToInsertionOrder(values, e->index);
            }
            return 1;
        }
        Py_DECREF(old);
        return 1;
    }
    /* a value of a dict replaced, as insertdict does (STORE_ATTR_WITH_HINT): a new key takes the generic path */
    if (old == NULL) {
        return 0;
    }
#if PY_VERSION_HEX < 0x030C0000
    /* 3.11: the dict's new version tag comes from a counter the interpreter does not export */
    return -1;
#else
    if (DICT_WATCHED(dict)) {
        return -1;
    }
    *p = Py_NewRef(v);
#if PY_VERSION_HEX < 0x030E0000
    /* (3.14 tracks every dict from its creation on, and has no version tag: STORE_ATTR_WITH_HINT only replaces the
       value once the watchers are told) */
    if (!PyObject_GC_IsTracked((PyObject *)dict) && PyObject_IS_GC(v)
        && (!PyTuple_CheckExact(v) || PyObject_GC_IsTracked(v))) {   /* MAINTAIN_TRACKING */
        PyObject_GC_Track((PyObject *)dict);
    }
    dict->ma_version_tag = DICT_MODIFIED_VERSION(PyInterpreterState_Get(), dict);
#endif
    Py_DECREF(old);
    return 1;
#endif
}

/* As entry_store, for the first entry of obj's type version that applies. */
static int
scan_store(PyObject *obj, PyTypeObject *tp, PyObject *name, const pyc2c_attr_cache *c, PyObject *v)
{
    unsigned int version = tp->tp_version_tag;
    for (int i = 0; i < PYC2C_ATTR_ENTRIES; i++) {
        const pyc2c_attr_entry *e = &c->e[i];
        if (e->version == version && e->kind != PYC2C_ATTR_EMPTY) {
            int r = entry_store(obj, tp, name, e, v);
            if (r != 0) {
                return r;
            }
        }
    }
    return 0;
}
#endif

#if PYC2C_ATTR_CACHES
static PYC2C_NOINLINE int
store_attr_analyse(PyObject *obj, PyObject *name, PyObject *v, pyc2c_attr_cache *c)
{
    PyTypeObject *tp = Py_TYPE(obj);
    if (may_analyse(&c->counter)) {
        pyc2c_attr_entry n;
        pyc2c_attr_entry *e;
        int absent;
        if (analyse_store(obj, tp, name, &n, &absent)) {
            if ((e = install(c, obj, tp, &n)) != NULL) {
                if (entry_store(obj, tp, name, e, v) > 0) {
                    return 0;
                }
            }
            else {
                back_off(&c->counter);
            }
        }
        else if (absent) {
            /* the store creates the instance attribute (into the values or the dict: no Python code runs, there
               is no old value to release): the entry is for the next stores */
            int r = PyObject_SetAttr(obj, name, v);
            if (r == 0 && Py_TYPE(obj) == tp && analyse_store(obj, tp, name, &n, &absent)) {
                (void)install(c, obj, tp, &n);
            }
            else {
                back_off(&c->counter);
            }
            return r;
        }
        else {
            back_off(&c->counter);
        }
    }
    return PyObject_SetAttr(obj, name, v);
}
#endif

int
pyc2c_store_attr_miss(PyObject *obj, PyObject *name, PyObject *v, pyc2c_attr_cache *c)
{
#if PYC2C_ATTR_CACHES
    int r = scan_store(obj, Py_TYPE(obj), name, c, v);
    if (r != 0) {
        return r > 0 ? 0 : PyObject_SetAttr(obj, name, v);
    }
    return store_attr_analyse(obj, name, v, c);
#else
    (void)c;
    return PyObject_SetAttr(obj, name, v);
#endif
}

/* ---- LOAD_GLOBAL ------------------------------------------------------------------------------------ */

#if PYC2C_KEYS_VERSIONS
static PYC2C_NOINLINE PyObject *
load_global_analyse(PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name, pyc2c_global_cache *c)
{
    PyObject *v = NULL;
    PyObject *g = frame->f_globals;
    PyObject *b = frame->f_builtins;
    if (may_analyse(&c->counter)) {
        int refill = c->globals_keys_version != 0;
        c->globals_keys_version = 0;
        PyDictKeysObject *gk, *bk;
        Py_ssize_t ix;
        uint32_t gv, bv;
        if (PyDict_CheckExact(g) && ((PyDictObject *)g)->ma_values == NULL && PyUnicode_CheckExact(name)
            && (ix = unicode_keys_lookup(gk = ((PyDictObject *)g)->ma_keys, name)) != DKIX_ERROR) {
            if (ix >= 0) {
                if ((gv = keys_version(ts->interp, gk)) != 0) {
                    c->globals_keys_version = gv;
                    c->builtins_keys_version = 0;
                    c->index = ix;
                    v = DK_UNICODE_ENTRIES(gk)[ix].me_value;
                }
            }
            else if (PyDict_CheckExact(b) && ((PyDictObject *)b)->ma_values == NULL
                     && (ix = unicode_keys_lookup(bk = ((PyDictObject *)b)->ma_keys, name)) >= 0
                     && (gv = keys_version(ts->interp, gk)) != 0 && (bv = keys_version(ts->interp, bk)) != 0) {
                c->globals_keys_version = gv;
                c->builtins_keys_version = bv;
                c->index = ix;
                v = DK_UNICODE_ENTRIES(bk)[ix].me_value;
            }
            if (v != NULL) {
                if (refill) {
                    back_off(&c->counter); /* the keys keep changing: analyse less often */
                }
                return Py_NewRef(v);
            }
        }
        back_off(&c->counter);
    }
    return pyc2c_load_global(ts, frame, name);
}
#endif

#if PYC2C_ATTR_CACHES && !PYC2C_KEYS_VERSIONS
/* 3.11: the value of `name` in combined unicode keys, at the hint if the name is there, else looked up (*ix the
 * index, or DKIX_EMPTY: absent, or DKIX_ERROR: keys this does not read). Borrowed, NULL if none. */
static PyObject *
keys_value(PyDictObject *d, PyObject *name, Py_ssize_t hint, Py_ssize_t *ix)
{
    PyDictKeysObject *keys = d->ma_keys;
    if (d->ma_values != NULL || !DK_IS_UNICODE(keys)) {
        *ix = DKIX_ERROR;
        return NULL;
    }
    if (hint >= 0 && hint < keys->dk_nentries && DK_UNICODE_ENTRIES(keys)[hint].me_key == name) {
        *ix = hint;
    }
    else if ((*ix = unicode_keys_lookup(keys, name)) < 0) {
        return NULL;
    }
    return DK_UNICODE_ENTRIES(keys)[*ix].me_value;
}

/* 3.11's miss: the cached value while both dicts keep their tags, else the globals' entry at the hint, else the
 * name looked up in the keys of both (a builtin's cached value kept while the builtins' tag is: hint 0 says the
 * value came from the builtins), the cache filled with the dicts' tags and the value; the generic lookup for
 * whatever that does not read (hint -1). */
static PyObject *
load_global_tags(PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name, pyc2c_global_cache *c)
{
    PyObject *g = frame->f_globals;
    PyObject *b = frame->f_builtins;
    if (!PyDict_CheckExact(g) || !PyDict_CheckExact(b) || !PyUnicode_CheckExact(name)) {
        return pyc2c_load_global(ts, frame, name);
    }
    PyDictObject *gd = (PyDictObject *)g;
    PyDictObject *bd = (PyDictObject *)b;
    if (c->value != NULL && gd->ma_version_tag == c->globals_version && bd->ma_version_tag == c->builtins_version) {
        return Py_NewRef(c->value); /* a site that is not hot calls the miss for the whole access */
    }
    Py_ssize_t ix;
    PyObject *v = keys_value(gd, name, c->hint - 1, &ix);
    Py_ssize_t hint = 0;
    if (v != NULL) {
        hint = ix + 1;
    }
    else if (ix == DKIX_EMPTY) {
        /* not a global: the builtin, cached while the builtins keep their tag */
        if (c->value != NULL && c->hint == 0 && bd->ma_version_tag == c->builtins_version) {
            v = c->value;
        }
        else {
            v = keys_value(bd, name, -1, &ix);
        }
    }
    if (v == NULL) {
        /* not found (a NameError), or dicts this does not read: the generic lookup, cached as found */
        v = pyc2c_load_global(ts, frame, name);
        if (v != NULL) {
            c->globals_version = gd->ma_version_tag;
            c->builtins_version = bd->ma_version_tag;
            c->value = v;
            c->hint = -1; /* found somewhere: not known to be a builtin */
        }
        return v;
    }
    c->globals_version = gd->ma_version_tag;
    c->builtins_version = bd->ma_version_tag;
    c->value = v;
    c->hint = hint;
    return Py_NewRef(v);
}
#endif

PyObject *
pyc2c_load_global_miss(PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name, pyc2c_global_cache *c)
{
#if PYC2C_KEYS_VERSIONS
    PyObject *v = pyc2c_global_cache_read(frame, c);
    if (v != NULL) {
        return Py_NewRef(v); /* a site that is not hot calls the miss for the whole access */
    }
    return load_global_analyse(ts, frame, name, c);
#elif PYC2C_ATTR_CACHES
    return load_global_tags(ts, frame, name, c);
#else
    (void)c;
    return pyc2c_load_global(ts, frame, name);
#endif
}

/* ---- LOAD_SUPER_ATTR -------------------------------------------------------------------------------- */

/* A type's own dict (static builtin types keep theirs in the interpreter from 3.12 on). */
static inline PyObject *
type_dict(PyTypeObject *t)
{
#if PY_VERSION_HEX >= 0x030C0000
    return _PyType_GetDict(t);
#else
    return t->tp_dict;
#endif
}

/*
 * What super_lookup found on the MRO (before binding), keyed by the type whose MRO it walked, that type's
 * version, the class after which it looked and the name: as CPython's method cache for _PyType_Lookup, a hit
 * is valid because any change to a type (its dict, its bases) gives it and every subclass a new version,
 * never reused, and the walked type's MRO holds the class. The value is borrowed from the dict that holds it,
 * unchanged while the version is; the name is held, so that its address is not reused by another name.
 */
#define SUPER_CACHE_SIZE 256
static struct {
    unsigned int version;
    PyTypeObject *cls;
    PyObject *name;
    PyObject *value;
} super_cache[SUPER_CACHE_SIZE];

/*
 * _PySuper_Lookup of typeobject.c (not exported by 3.12): attribute `name` as super(cls, self).name finds it
 * on the MRO of self's type (of self itself, in class-method mode) after cls, without a super object. 1 with
 * *res set (a new reference; *method set to 1 if `method` is given and the attribute is a method descriptor,
 * left unbound to be called with self), 0 if this is not the simple case (self is neither an instance nor a
 * subclass of cls, or the MRO has no such attribute after cls: the super object decides, with its own
 * attributes and errors), -1 with an exception set.
 */
static int
super_lookup(PyTypeObject *cls, PyObject *self, PyObject *name, int *method, PyObject **res)
{
    PyTypeObject *start; /* supercheck's first two cases */
    if (PyType_Check(self) && PyType_IsSubtype((PyTypeObject *)self, cls)) {
        start = (PyTypeObject *)self;
    }
    else if (PyType_IsSubtype(Py_TYPE(self), cls)) {
        start = Py_TYPE(self);
    }
    else {
        return 0;
    }
    unsigned int version = start->tp_version_tag;
    size_t h = ((uintptr_t)name >> 4 ^ (uintptr_t)cls >> 4 ^ version) & (SUPER_CACHE_SIZE - 1);
    PyObject *v;
    Py_INCREF(start); /* a descriptor's __get__ can drop start */
    if (version != 0 && super_cache[h].version == version && super_cache[h].cls == cls && super_cache[h].name == name) {
        v = Py_NewRef(super_cache[h].value);
    }
    else {
        PyObject *mro = start->tp_mro;
        if (mro == NULL) {
            Py_DECREF(start);
            return 0;
        }
        Py_ssize_t n = PyTuple_GET_SIZE(mro), i;
        for (i = 0; i + 1 < n && PyTuple_GET_ITEM(mro, i) != (PyObject *)cls; i++) {
        }
        i++; /* the type after cls */
        v = NULL;
        int r = 0; /* not found, or -1: an error */
        Py_INCREF(mro); /* a lookup can run code that replaces start's MRO */
        for (; i < n; i++) {
            v = PyDict_GetItemWithError(type_dict((PyTypeObject *)PyTuple_GET_ITEM(mro, i)), name);
            if (v != NULL) {
                break;
            }
            if (PyErr_Occurred()) {
                r = -1;
                break;
            }
        }
        Py_DECREF(mro);
        if (v == NULL) {
            Py_DECREF(start);
            return r;
        }
        if (version != 0 && start->tp_version_tag == version) {
            super_cache[h].version = version;
            super_cache[h].cls = cls;
            Py_XSETREF(super_cache[h].name, Py_NewRef(name));
            super_cache[h].value = v;
        }
        Py_INCREF(v);
    }
    if (method != NULL && PyType_HasFeature(Py_TYPE(v), Py_TPFLAGS_METHOD_DESCRIPTOR)) {
        *method = 1;
    }
    else if (Py_TYPE(v)->tp_descr_get != NULL) {
        /* self is passed only in instance mode */
        Py_SETREF(v, Py_TYPE(v)->tp_descr_get(v, self == (PyObject *)start ? NULL : self, (PyObject *)start));
    }
    Py_DECREF(start);
    *res = v;
    return v == NULL ? -1 : 1;
}

PyObject *
pyc2c_load_super_attr(PyObject *global_super, PyObject *cls, PyObject *self, PyObject *name, int flags,
                      PyObject **self_ref)
{
    if (self_ref != NULL) {
        *self_ref = NULL;
    }
    if (global_super == (PyObject *)&PySuper_Type && PyType_Check(cls) && !(flags & PYC2C_SUPER_GENERIC)) {
        /* LOAD_SUPER_ATTR_ATTR / LOAD_SUPER_ATTR_METHOD */
        int method = 0;
        PyObject *res;
        int r = super_lookup((PyTypeObject *)cls, self, name,
                             self_ref != NULL && Py_TYPE(self)->tp_getattro == PyObject_GenericGetAttr
                                 ? &method : NULL, &res);
        if (r < 0) {
            return NULL;
        }
        if (r > 0) {
            if (method) {
                *self_ref = Py_NewRef(self);
            }
            return res;
        }
    }
    /* LOAD_SUPER_ATTR: the call (super() with no arguments finds the class and self in the frame), then the
     * attribute of the super object. */
    PyObject *args[2] = {cls, self};
    PyObject *su = PyObject_Vectorcall(global_super, args, flags & PYC2C_SUPER_TWO_ARGS, NULL);
    if (su == NULL) {
        return NULL;
    }
    PyObject *res = PyObject_GetAttr(su, name);
    Py_DECREF(su);
    return res;
}
