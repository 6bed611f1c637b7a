/*
 * pyc2c runtime: attribute access and global loads with per-site caches (LOAD_ATTR, LOAD_ATTR with the
 * method flag, STORE_ATTR, LOAD_GLOBAL), the counterparts of the interpreter's specialized
 * LOAD_ATTR_SLOT, LOAD_ATTR_INSTANCE_VALUE, LOAD_ATTR_WITH_HINT, LOAD_ATTR_MODULE, LOAD_ATTR_CLASS,
 * LOAD_ATTR_PROPERTY, LOAD_ATTR_METHOD_*, STORE_ATTR_SLOT, STORE_ATTR_INSTANCE_VALUE,
 * STORE_ATTR_WITH_HINT, LOAD_GLOBAL_MODULE and LOAD_GLOBAL_BUILTIN.
 *
 * An attribute site's cache (pyc2c_attr_cache) holds up to PYC2C_ATTR_ENTRIES entries, one per receiver
 * type seen (more than one per type where the receivers differ in a way the guards tell apart: classes
 * of one metaclass, modules, instances with and without a materialised __dict__). Each entry records how
 * the generic path (PyObject_GetAttr, _PyObject_GetMethod, PyObject_SetAttr) finds the attribute, found
 * by an analysis that runs no Python code, and the guards that keep it true:
 *
 *   - always the receiver type's tp_version_tag: CPython gives a type a new, never reused tag whenever
 *     the type or any of its bases changes (attributes, bases, slots, __class__ of the type), so an equal
 *     tag means the same type with the same attributes, lookup results and slots (tp_getattro,
 *     tp_setattro) as when the entry was made: what the interpreter's own caches rely on;
 *   - what the entry reads: a value at an index of the instance's values, a __slots__ member, an index
 *     of the instance's materialised dict (the key there must still be the name: a hint), an index of a
 *     module's dict guarded by the dict's keys version (pyc2c_dict_keys_version below), the class's own
 *     version for an attribute read on a class;
 *   - for an attribute of the type that an instance attribute would shadow (methods, class constants),
 *     that the instance has none: no __dict__ at all, or (checked at each hit) the name absent from the
 *     instance's values (quickly: the class's shared keys have not grown since the name was absent) or
 *     from its dict.
 *
 * A hit is inline in the generated code: the entry of the receiver's type version is found among the
 * entries, and the common kinds (an instance value, a slot, a class constant, a module attribute; a method
 * at a method site; a store into a value or a slot) are read or written directly; everything else (another
 * entry of the same version, the kinds whose inline code would cost more than it saves: hints into instance
 * dicts, class attributes read on the class, descriptors, properties) is in the runtime's
 * pyc2c_load_attr_miss and friends, which look at every entry (a hit there costs a call and a short scan)
 * and, when none
 * applies, take the generic path. Before it they analyse, unless the site is backing off: a site whose
 * analysis fails (the attribute cannot be cached) or that has to evict entries (more than
 * PYC2C_ATTR_ENTRIES receivers) waits 2**k - 1 misses before analysing again, k growing by one each
 * time up to 12, as the interpreter's adaptive counters do; an analysis that fills an entry serves the
 * access from it (the miss costs about one generic lookup). The entries are only read by the GIL's
 * holder, so every frame and thread shares a site's cache.
 *
 * A LOAD_GLOBAL site's cache (pyc2c_global_cache) holds the index of the name in the globals' keys and
 * their keys version (the value read is entries[index].me_value; NULL means deleted: a miss), or, for a
 * builtin, the globals' keys version (which proves the name still absent from the globals) with the
 * builtins' keys version and index.
 *
 * Keys versions (dk_version) are those of CPython 3.12's to 3.14's _PyDictKeys_GetVersionForCurrentState,
 * taken from the interpreter's own counter (interp->dict_state.next_keys_version), so the runtime and the
 * interpreter's specialised instructions share one numbering. CPython resets a keys object's dk_version
 * to 0 before every change of its key set (insertdict and setdefault inserting a key, insert_into_dictkeys
 * growing shared keys, delitem_common, popitem; dictkeys_set_index asserts it), a resize or a clear
 * makes a new keys object (version 0, or the immortal empty keys), and a version once given is never
 * given again (the counter only grows, and stops at 0). A keys object copied whole (dict.copy(),
 * a merge into an empty dict) carries the same version with the same layout. So a keys object with the
 * version recorded has exactly the keys recorded at the same indices: only values change, and a deleted
 * key clears its version.
 *
 * 3.11 to 3.14, whose instance layouts differ (see pyc2c_attr_values: 3.11 keeps an instance's values and its dict
 * in two words before the object, 3.12 one of the two, tagged, in one word, 3.13 and 3.14 its attributes in values
 * inline in the object while they are valid, shared with a materialised __dict__, the counterparts of their
 * LOAD_ATTR_INSTANCE_VALUE with _CHECK_MANAGED_OBJECT_HAS_VALUES, STORE_ATTR_INSTANCE_VALUE with
 * _GUARD_DORV_NO_DICT, LOAD_ATTR_METHOD_WITH_VALUES with _GUARD_KEYS_VERSION; 3.14 puts the values after the type's
 * own fields); the dicts, their keys and their versions are the same in 3.12, 3.13 and 3.14, except that 3.14's
 * dicts have no version tag (_ma_watcher_tag keeps the watcher bits only: a store into an instance's dict by hint
 * only has to tell the watchers, as STORE_ATTR_WITH_HINT does, and a watched dict takes the generic path), and
 * so is the layout of every structure read here in each release of a version (3.13.0 and 3.13.5 compared, 3.11.3
 * and 3.11.7; 3.14.3 only, the release at hand). The free-threaded build is not a target (its stores lock the
 * object and its dicts' keys are read atomically). 3.11's keys have a dk_version too, but its counter is
 * a static of dictobject.c that the interpreter does not export: versions the runtime gave from a counter of its
 * own could be given again by the interpreter's. So on 3.11 (PYC2C_KEYS_VERSIONS 0) a module attribute's entry
 * holds the value itself, valid while the module's dict has the version tag (ma_version_tag, PEP 509) it had
 * then: every change of any dict gives it a new tag from one counter of the process, never reused, so an equal
 * tag means the same dict, unchanged, which still holds the value; the LOAD_GLOBAL cache likewise keeps the value
 * with the globals' and the builtins' tags; and a store into a materialised dict takes the generic path (it must
 * give the dict a new tag). Everything else is 3.12's, each guard the one 3.11's specializer checks
 * (LOAD_ATTR_INSTANCE_VALUE and STORE_ATTR_INSTANCE_VALUE: the values pointer not NULL; LOAD_METHOD_WITH_VALUES:
 * no dict and the shared keys unchanged, here: not grown).
 */
#ifndef PYC2C_ATTR_H
#define PYC2C_ATTR_H

#include "pyc2c_python.h"

/* The attribute caches know the object layouts of 3.11 to 3.14 in the default build (the free-threaded build, whose
 * specialised instructions lock the object and read values and dicts atomically, is not a target: generic there);
 * the LOAD_GLOBAL caches, which only read dicts, work on every version. */
#ifndef Py_GIL_DISABLED
#  define PYC2C_ATTR_CACHES 1
#else
#  define PYC2C_ATTR_CACHES 0
#endif
#if defined(__GNUC__)
#  pragma GCC diagnostic push
#  pragma GCC diagnostic ignored "-Wunused-parameter"   /* 3.13's pycore_object.h inlines */
#endif
#include "internal/pycore_dict.h"
#include "internal/pycore_object.h"
#include "internal/pycore_moduleobject.h"
#if defined(__GNUC__)
#  pragma GCC diagnostic pop
#endif
/* The LOAD_GLOBAL caches and module entries keyed by dict keys versions (3.12 to 3.14: 3.14's own LOAD_GLOBAL_MODULE
 * and _BUILTIN check dk_version); 3.11's are keyed by the dicts' version tags (see above). */
#define PYC2C_KEYS_VERSIONS (PY_VERSION_HEX >= 0x030C0000)

/* The hit paths are inlined into every site whatever the size of the module (gcc would otherwise stop inlining
 * them into big functions); each is a few compares and loads, anything longer is in the misses. */
#if defined(__GNUC__) || defined(__clang__)
#  define PYC2C_ATTR_INLINE __attribute__((always_inline)) inline
#else
#  define PYC2C_ATTR_INLINE inline
#endif

/* Entries per attribute site. */
#define PYC2C_ATTR_ENTRIES 4

/* What an entry knows (the kind of its lookup). */
enum {
    PYC2C_ATTR_EMPTY = 0,
    PYC2C_ATTR_VALUE,       /* an instance attribute at `index` in the instance's values (or in its materialised
                               split dict of the class's shared keys) */
    PYC2C_ATTR_SLOT,        /* a __slots__ member: the object at `index` bytes into the instance */
    PYC2C_ATTR_HINT,        /* an instance attribute in its materialised combined dict, `index` its entry there (a
                               hint: the key there is checked to be the name) */
    PYC2C_ATTR_METHOD,      /* method flag: the type's method `descr`, called with the instance as self */
    PYC2C_ATTR_TYPE_CONST,  /* the type's attribute `descr` (no __get__), not shadowed by the instance */
    PYC2C_ATTR_TYPE_GET,    /* the type's non-data descriptor `descr`, not shadowed: get(descr, obj, type) */
    PYC2C_ATTR_DESCR,       /* the type's data descriptor `descr`: get(descr, obj, type) */
    PYC2C_ATTR_PROPERTY,    /* the type's property `descr`: its getter `fget` called with the instance */
    PYC2C_ATTR_MODULE,      /* a module's global: `index` in its dict's keys of version `aux` (3.11: the value
                               `descr`, while the dict's version tag is `tag`) */
    PYC2C_ATTR_CLASS,       /* an attribute `descr` of a class (or its bases) of version `aux`, read on the class
                               itself (the entry's version is the metaclass's); `get`: its __get__(None, cls) */
    PYC2C_ATTR_SPLIT        /* 3.13: an instance attribute at `index` in the values of its managed dict split on the
                               class's shared keys, for a type whose instances have no inline values */
};

/* How TYPE_CONST, TYPE_GET and METHOD entries know the instance has no attribute of the name. */
enum {
    PYC2C_PROOF_NO_DICT = 0, /* instances of the type have no __dict__ */
    PYC2C_PROOF_KEYS,        /* a managed dict, and the name was absent from the class's shared keys when they had
                                `aux` entries: quickly true for an instance whose attributes are in values while
                                the keys have not grown (they only grow), else checked as PROOF_CHECK */
    PYC2C_PROOF_CHECK        /* checked at each hit: the name absent from the instance's values or dict */
};

typedef struct pyc2c_attr_entry {
    unsigned int version;    /* the receiver type's tp_version_tag; 0 when empty */
    unsigned char kind;
    unsigned char proof;
    unsigned int aux;        /* MODULE: the dict's keys version; CLASS: the class's version; PROOF_KEYS: the shared
                                keys' entry count when the name was absent from them */
    unsigned int dver;       /* TYPE_CONST, TYPE_GET, DESCR, CLASS: 0, or the version of the type of `descr` when
                                that type can change (a class of the program): what it relies on of descr */
    Py_ssize_t index;
    PyObject *descr;         /* borrowed: the type keeps it while its version holds */
    void *fn;                /* TYPE_GET, DESCR, CLASS: the descrgetfunc; PROPERTY: the getter (borrowed: the
                                property keeps it, unchangeably) */
    const void *owner;       /* the object whose change makes the entry stale (the type, the class, the module's
                                dict), only compared: an entry of a stale owner is replaced first */
#if !PYC2C_KEYS_VERSIONS
    uint64_t tag;            /* 3.11's MODULE: the module dict's ma_version_tag when `descr`, its value, was read */
#endif
} pyc2c_attr_entry;

typedef struct pyc2c_attr_cache {
    pyc2c_attr_entry e[PYC2C_ATTR_ENTRIES];
    unsigned short counter;  /* backoff: misses to wait before analysing (<< 4) | exponent of the wait */
    unsigned char victim;    /* the next entry to evict */
} pyc2c_attr_cache;

#if PYC2C_ATTR_CACHES

/* The entries' versions: the first of `v` (a type's version, never 0 for an entry that is not empty). */
#define PYC2C_ATTR_FIND(c, v, e)                                                          \
    do {                                                                                  \
        (e) = (c)->e;                                                                     \
        if ((e)->version != (v) && (++(e))->version != (v) && (++(e))->version != (v)      \
            && (++(e))->version != (v)) {                                                 \
            (e) = NULL;                                                                   \
        }                                                                                 \
    } while (0)

/*
 * Where an instance keeps its attributes, per version. The types whose instances keep them in values (an array of
 * the class's shared keys' size, indexed as those keys, ht_cached_keys) are those with PYC2C_ATTR_TP_VALUES:
 *
 *   3.12: Py_TPFLAGS_MANAGED_DICT. The word before the object's header holds either its values (tagged) or,
 *         once its __dict__ has been materialised, the dict (which took the values over);
 *   3.13: Py_TPFLAGS_INLINE_VALUES (a managed dict and no other field: tp_basicsize is a bare object's). The values
 *         are inline after the header and hold the attributes while their `valid` flag is set: a materialised
 *         __dict__ shares them (its ma_values are the inline values), and valid is cleared for good when the dict
 *         stops sharing them (it grows past the shared keys and is resized into a combined table, or another dict
 *         is assigned to __dict__, or __class__ is assigned), after which the managed dict holds the attributes.
 *         A type with Py_TPFLAGS_MANAGED_DICT but not INLINE_VALUES (a subclass of a builtin type with fields of
 *         its own) keeps them in its managed dict only, split on the class's shared keys while they fit.
 *
 *   3.14: as 3.13, except that the inline values follow the type's own fields (__slots__, a builtin base's fields:
 *         tp_basicsize), so that the instances of a class with __slots__ and __dict__, or of a subclass of list, also
 *         keep their attributes there (3.14's _PyObject_InlineValues).
 *
 * pyc2c_attr_values(obj, tp): the values holding obj's attributes, or NULL (they are in a dict); tp, obj's type, must
 * have PYC2C_ATTR_TP_VALUES. pyc2c_attr_values_alone(obj, tp): the same, NULL also when a dict shares the values, where
 * a store must also count the dict's items (3.13 and 3.14, as STORE_ATTR_INSTANCE_VALUE's guard that the object has no
 * dict, _GUARD_DORV_NO_DICT).
 */
#if PY_VERSION_HEX >= 0x030D0000
#  define PYC2C_ATTR_TP_VALUES Py_TPFLAGS_INLINE_VALUES
/* _PyObject_InlineValues (which asserts its type's flags) */
#  if PY_VERSION_HEX >= 0x030E0000
#    define PYC2C_ATTR_INLINE_VALUES(obj, tp) ((PyDictValues *)((char *)(obj) + (tp)->tp_basicsize))
#  else
#    define PYC2C_ATTR_INLINE_VALUES(obj, tp) ((void)(tp), (PyDictValues *)((char *)(obj) + sizeof(PyObject)))
#  endif

static PYC2C_ATTR_INLINE PyDictValues *
pyc2c_attr_values(PyObject *obj, PyTypeObject *tp)
{
    PyDictValues *values = PYC2C_ATTR_INLINE_VALUES(obj, tp);
    return PYC2C_LIKELY(values->valid) ? values : NULL;
}

static PYC2C_ATTR_INLINE PyDictValues *
pyc2c_attr_values_alone(PyObject *obj, PyTypeObject *tp)
{
    PyDictValues *values = PYC2C_ATTR_INLINE_VALUES(obj, tp);
    return PYC2C_LIKELY(values->valid) && PYC2C_LIKELY(_PyObject_ManagedDictPointer(obj)->dict == NULL) ? values : NULL;
}
#elif PY_VERSION_HEX < 0x030C0000
/* 3.11: Py_TPFLAGS_MANAGED_DICT. Two words before the object's header (and its GC header) hold the values and the
 * dict: the values while the object's __dict__ has not been materialised (the dict pointer then NULL), else NULL
 * (the dict took the values over). As LOAD_ATTR_INSTANCE_VALUE's guard (*_PyObject_ValuesPointer(owner) != NULL). */
#  define PYC2C_ATTR_TP_VALUES Py_TPFLAGS_MANAGED_DICT

static PYC2C_ATTR_INLINE PyDictValues *
pyc2c_attr_values(PyObject *obj, PyTypeObject *tp)
{
    (void)tp;
    return *_PyObject_ValuesPointer(obj);
}

#  define pyc2c_attr_values_alone pyc2c_attr_values
#else
#  define PYC2C_ATTR_TP_VALUES Py_TPFLAGS_MANAGED_DICT

static PYC2C_ATTR_INLINE PyDictValues *
pyc2c_attr_values(PyObject *obj, PyTypeObject *tp)
{
    (void)tp;
    PyDictOrValues dorv = *_PyObject_DictOrValuesPointer(obj);
    return PYC2C_LIKELY(_PyDictOrValues_IsValues(dorv)) ? _PyDictOrValues_GetValues(dorv) : NULL;
}

/* a materialised dict took the values over */
#  define pyc2c_attr_values_alone pyc2c_attr_values
#endif

/* The quick part of an entry's proof that obj has no attribute of the name (PROOF_NO_DICT, or PROOF_KEYS for an
 * instance whose attributes are in values while the class's shared keys have not grown); when it fails, the
 * misses check the rest. */
static PYC2C_ATTR_INLINE int
pyc2c_attr_absent_fast(PyObject *obj, PyTypeObject *tp, const pyc2c_attr_entry *e)
{
    if (e->proof == PYC2C_PROOF_NO_DICT) {
        return 1;
    }
    if (e->proof != PYC2C_PROOF_KEYS) {
        return 0;
    }
    return pyc2c_attr_values(obj, tp) != NULL
           && (Py_ssize_t)e->aux == ((PyHeapTypeObject *)tp)->ht_cached_keys->dk_nentries;
}

#endif /* PYC2C_ATTR_CACHES */

/* The misses (pyc2c_load_attr_miss and the others), which look at every entry, analyse and take the generic
 * path, are declared in pyc2c_api.h. */

#if PYC2C_ATTR_CACHES
/* The value of an entry that reads it from the instance or its type without calling anything (VALUE in values,
 * SLOT, TYPE_CONST with its quick proof, MODULE): a borrowed reference, or NULL when the miss must look (another
 * entry, another kind, a guard that failed). The other kinds are read by the misses: inlining them into every site
 * costs more code than their hits save (a class attribute, a hint into an instance's dict); likewise a method site
 * reads only METHOD entries inline. */
static PYC2C_ATTR_INLINE PyObject *
pyc2c_attr_read(PyObject *obj, PyTypeObject *tp, const pyc2c_attr_entry *e)
{
    unsigned char kind = e->kind;
    if (PYC2C_LIKELY(kind == PYC2C_ATTR_VALUE)) {
        PyDictValues *values = pyc2c_attr_values(obj, tp);
        return PYC2C_LIKELY(values != NULL) ? values->values[e->index] : NULL;
    }
    if (kind == PYC2C_ATTR_SLOT) {
        return *(PyObject **)((char *)obj + e->index);
    }
    if (kind == PYC2C_ATTR_TYPE_CONST) {
        return e->dver == 0 && pyc2c_attr_absent_fast(obj, tp, e) ? e->descr : NULL;
    }
    if (kind == PYC2C_ATTR_MODULE) {
#if PYC2C_KEYS_VERSIONS
        PyDictKeysObject *keys = ((PyDictObject *)((PyModuleObject *)obj)->md_dict)->ma_keys;
        return PYC2C_LIKELY(keys->dk_version == e->aux) ? DK_UNICODE_ENTRIES(keys)[e->index].me_value : NULL;
#else
        /* 3.11: the dict unchanged since the value was read (its version tag, new at every change of any dict) */
        return PYC2C_LIKELY(((PyDictObject *)((PyModuleObject *)obj)->md_dict)->ma_version_tag == e->tag) ? e->descr
                                                                                                        : NULL;
#endif
    }
    return NULL;
}
#endif

/* LOAD_ATTR: obj.name (new reference, NULL on error). */
static PYC2C_ATTR_INLINE PyObject *
pyc2c_load_attr(PyThreadState *ts, PyObject *obj, PyObject *name, pyc2c_attr_cache *c)
{
#if PYC2C_ATTR_CACHES
    PyTypeObject *tp = Py_TYPE(obj);
    const pyc2c_attr_entry *e;
    PYC2C_ATTR_FIND(c, tp->tp_version_tag, e);
    if (PYC2C_LIKELY(e != NULL)) {
        PyObject *v = pyc2c_attr_read(obj, tp, e);
        if (PYC2C_LIKELY(v != NULL)) {
            return Py_NewRef(v);
        }
    }
#endif
    return pyc2c_load_attr_miss(ts, obj, name, c);
}

/*
 * LOAD_ATTR with the method flag (_PyObject_GetMethod): 1 with *meth the function to call with obj as
 * its first argument; 0 with *meth the attribute itself (NULL on error).
 */
static PYC2C_ATTR_INLINE int
pyc2c_load_method(PyThreadState *ts, PyObject *obj, PyObject *name, PyObject **meth, pyc2c_attr_cache *c)
{
#if PYC2C_ATTR_CACHES
    PyTypeObject *tp = Py_TYPE(obj);
    const pyc2c_attr_entry *e;
    PYC2C_ATTR_FIND(c, tp->tp_version_tag, e);
    if (PYC2C_LIKELY(e != NULL) && PYC2C_LIKELY(e->kind == PYC2C_ATTR_METHOD)
        && PYC2C_LIKELY(pyc2c_attr_absent_fast(obj, tp, e))) {
        *meth = Py_NewRef(e->descr);
        return 1;
    }
#endif
    return pyc2c_load_method_miss(ts, obj, name, meth, c);
}

/* STORE_ATTR: obj.name = v (v borrowed); 0, or -1 on error. */
static PYC2C_ATTR_INLINE int
pyc2c_store_attr(PyObject *obj, PyObject *name, PyObject *v, pyc2c_attr_cache *c)
{
#if PYC2C_ATTR_CACHES
    PyTypeObject *tp = Py_TYPE(obj);
    const pyc2c_attr_entry *e;
    PYC2C_ATTR_FIND(c, tp->tp_version_tag, e);
    if (PYC2C_LIKELY(e != NULL)) {
        if (PYC2C_LIKELY(e->kind == PYC2C_ATTR_VALUE)) {
            /* STORE_ATTR_INSTANCE_VALUE: a new attribute joins the values' insertion order */
            PyDictValues *values = pyc2c_attr_values_alone(obj, tp);
            if (PYC2C_LIKELY(values != NULL)) {
                PyObject *old = values->values[e->index];
                values->values[e->index] = Py_NewRef(v);
                if (old == NULL) {
                    _PyDictValues_AddToInsertionOrder(values, e->index);
                }
                else {
                    Py_DECREF(old);
                }
                return 0;
            }
        }
        else if (e->kind == PYC2C_ATTR_SLOT) {
            PyObject **p = (PyObject **)((char *)obj + e->index);
            PyObject *old = *p;
            *p = Py_NewRef(v);
            Py_XDECREF(old);
            return 0;
        }
    }
#endif
    return pyc2c_store_attr_miss(obj, name, v, c);
}

/* ---- LOAD_GLOBAL ---------------------------------------------------------------------------------- */

#if PYC2C_KEYS_VERSIONS
/* A LOAD_GLOBAL site's cache (see above). */
typedef struct pyc2c_global_cache {
    uint32_t globals_keys_version;   /* 0 when empty */
    uint32_t builtins_keys_version;  /* 0: the name is a global, else a builtin */
    Py_ssize_t index;                /* in the globals' or the builtins' keys */
    unsigned short counter;          /* backoff, as an attribute site's */
} pyc2c_global_cache;

/* The value a LOAD_GLOBAL site's cache holds for the frame's globals and builtins (borrowed), or NULL if its
 * entry does not apply. */
static PYC2C_ATTR_INLINE PyObject *
pyc2c_global_cache_read(_PyInterpreterFrame *frame, const pyc2c_global_cache *cache)
{
    PyObject *g = frame->f_globals;
    uint32_t gv = cache->globals_keys_version;
    if (PYC2C_LIKELY(PyDict_CheckExact(g)) && PYC2C_LIKELY(((PyDictObject *)g)->ma_keys->dk_version == gv)
        && PYC2C_LIKELY(gv != 0)) {
        PyDictKeysObject *keys;
        if (cache->builtins_keys_version == 0) {
            keys = ((PyDictObject *)g)->ma_keys;
        }
        else {
            PyObject *b = frame->f_builtins;
            keys = ((PyDictObject *)b)->ma_keys;
            if (PYC2C_UNLIKELY(!PyDict_CheckExact(b)) || PYC2C_UNLIKELY(keys->dk_version != cache->builtins_keys_version)) {
                return NULL;
            }
        }
        return DK_UNICODE_ENTRIES(keys)[cache->index].me_value;
    }
    return NULL;
}

static PYC2C_ATTR_INLINE PyObject *
pyc2c_load_global_cached(PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name, pyc2c_global_cache *cache)
{
    PyObject *v = pyc2c_global_cache_read(frame, cache);
    if (PYC2C_LIKELY(v != NULL)) {
        return Py_NewRef(v);
    }
    return pyc2c_load_global_miss(ts, frame, name, cache);
}

#else /* 3.11: the dicts' version tags */

/*
 * The value found last time, valid while neither the globals nor the builtins dict has changed. Every
 * dict change takes a new version tag from one counter of the whole process, so equal tags mean the same,
 * unchanged dicts, which still hold the value. When the globals have changed (another global rebound), the
 * miss tries `hint`, the name's entry in the globals' keys when it was found there: still the name's
 * entry if the keys there hold the name (the dict's entry for the name, whatever the keys object is now),
 * as LOAD_ATTR_WITH_HINT's guard; for a builtin, a look into the globals' keys proves the name still absent.
 */
typedef struct pyc2c_global_cache {
    uint64_t globals_version;
    uint64_t builtins_version;
    PyObject *value;       /* borrowed from one of the two dicts; NULL when empty */
    Py_ssize_t hint;       /* 1 + the name's index in the globals' keys; 0: the value is a builtin; -1: neither known */
} pyc2c_global_cache;

static PYC2C_ATTR_INLINE PyObject *
pyc2c_load_global_cached(PyThreadState *ts, _PyInterpreterFrame *frame, PyObject *name, pyc2c_global_cache *cache)
{
    PyObject *g = frame->f_globals;
    PyObject *b = frame->f_builtins;
    if (PYC2C_LIKELY(PyDict_CheckExact(g)) && PYC2C_LIKELY(PyDict_CheckExact(b)) && PYC2C_LIKELY(cache->value != NULL)
        && PYC2C_LIKELY(((PyDictObject *)g)->ma_version_tag == cache->globals_version)
        && PYC2C_LIKELY(((PyDictObject *)b)->ma_version_tag == cache->builtins_version)) {
        return Py_NewRef(cache->value);
    }
    return pyc2c_load_global_miss(ts, frame, name, cache);
}
#endif /* PYC2C_KEYS_VERSIONS */

/* The flags of pyc2c_load_super_attr: super called with two arguments (LOAD_SUPER_ATTR's oparg & 2), and a name
 * that the interpreter's specializations would look up differently from the super object (`__class__`, which the
 * super object answers itself): always the generic path. */
#define PYC2C_SUPER_TWO_ARGS 2
#define PYC2C_SUPER_GENERIC 4

#endif /* PYC2C_ATTR_H */
