/*
 * opstest: a test-only extension module exposing each helper of pyc2c_ops.h to Python, so that
 * test_ops.py can compare it with what the interpreter does for the same instruction.
 *
 * Arguments a helper takes as possibly-NULL pointers are NULL when the Python side passes
 * opstest.NULL (a unique sentinel). References follow the helpers' contracts: what a helper
 * steals is given a new reference here.
 */
#define PYC2C_BUILDING_RUNTIME 1   /* linked with pyc2c_ops.c: the helpers are called directly */
#include "pyc2c_ops.h"

static PyObject *null_sentinel;   /* opstest.NULL */

static PyObject *
or_null(PyObject *obj)
{
    return obj == null_sentinel ? NULL : obj;
}

/* The exception just raised, taken out of the thread state (normalized). */
static PyObject *
take_exception(void)
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

/* do_raise(), do_raise(exc), do_raise(exc, cause) -> (return value, raised exception) */
static PyObject *
t_do_raise(PyObject *self, PyObject *args)
{
    PyObject *exc = NULL, *cause = NULL;
    if (!PyArg_ParseTuple(args, "|OO", &exc, &cause)) {
        return NULL;
    }
    Py_XINCREF(exc);
    Py_XINCREF(cause);
    int flag = pyc2c_do_raise(PyThreadState_Get(), exc, cause);
    PyObject *raised = take_exception();
    if (raised == NULL) {
        PyErr_SetString(PyExc_AssertionError, "pyc2c_do_raise left no exception set");
        return NULL;
    }
    PyObject *res = Py_BuildValue("(iO)", flag, raised);
    Py_DECREF(raised);
    return res;
}

static PyObject *
t_check_except(PyObject *self, PyObject *type)
{
    if (pyc2c_check_except_type_valid(PyThreadState_Get(), type) < 0) {
        return NULL;
    }
    Py_RETURN_NONE;
}

/* eg_match(exc_value, match_type) -> (match, rest, sys.exception() right after the helper);
   the handled exception is put back as it was afterwards. */
static PyObject *
t_eg_match(PyObject *self, PyObject *args)
{
    PyObject *exc_value, *match_type, *match, *rest;
    if (!PyArg_ParseTuple(args, "OO", &exc_value, &match_type)) {
        return NULL;
    }
    PyObject *saved = PyErr_GetHandledException();
    if (pyc2c_exception_group_match(PyThreadState_Get(), exc_value, match_type, &match, &rest) < 0) {
        if (match != NULL || rest != NULL) {
            PyErr_SetString(PyExc_AssertionError, "outputs not NULL on failure");
        }
        Py_XDECREF(saved);
        return NULL;
    }
    PyObject *handled = PyErr_GetHandledException();
    PyErr_SetHandledException(saved);
    Py_XDECREF(saved);
    PyObject *res = Py_BuildValue("(OOO)", match, rest, handled ? handled : Py_None);
    Py_DECREF(match);
    Py_DECREF(rest);
    Py_XDECREF(handled);
    return res;
}

static PyObject *
t_name_error(PyObject *self, PyObject *name)
{
    pyc2c_name_error(PyThreadState_Get(), name);
    return NULL;
}

/* unbound_error(name, is_free[, pending]): with `pending` an exception instance already set. */
static PyObject *
t_unbound_error(PyObject *self, PyObject *args)
{
    PyObject *name, *pending = NULL;
    int is_free;
    if (!PyArg_ParseTuple(args, "Oi|O", &name, &is_free, &pending)) {
        return NULL;
    }
    if (pending != NULL) {
        PyErr_SetObject((PyObject *)Py_TYPE(pending), pending);
    }
    pyc2c_unbound_error(PyThreadState_Get(), name, is_free);
    return NULL;
}

/* import_name(globals, locals|NULL, builtins, name, fromlist, level) */
static PyObject *
t_import_name(PyObject *self, PyObject *args)
{
    PyObject *globals, *locals, *builtins, *name, *fromlist, *level;
    if (!PyArg_ParseTuple(args, "OOOOOO", &globals, &locals, &builtins, &name, &fromlist, &level)) {
        return NULL;
    }
    return pyc2c_import_name(PyThreadState_Get(), globals, or_null(locals), builtins, name,
                             fromlist, level);
}

static PyObject *
t_import_from(PyObject *self, PyObject *args)
{
    PyObject *module, *name;
    if (!PyArg_ParseTuple(args, "OO", &module, &name)) {
        return NULL;
    }
    return pyc2c_import_from(PyThreadState_Get(), module, name);
}

/* import_star(locals|NULL, module) */
static PyObject *
t_import_star(PyObject *self, PyObject *args)
{
    PyObject *locals, *module;
    if (!PyArg_ParseTuple(args, "OO", &locals, &module)) {
        return NULL;
    }
    if (pyc2c_import_star(PyThreadState_Get(), or_null(locals), module) < 0) {
        return NULL;
    }
    Py_RETURN_NONE;
}

/* unpack(seq, before, after) -> the targets' values as a list, in source order */
static PyObject *
t_unpack(PyObject *self, PyObject *args)
{
    PyObject *seq;
    int before, after;
    if (!PyArg_ParseTuple(args, "Oii", &seq, &before, &after)) {
        return NULL;
    }
    int count = after < 0 ? before : before + 1 + after;
    PyObject **dest = PyMem_Calloc(count ? count : 1, sizeof(PyObject *));
    if (dest == NULL) {
        return PyErr_NoMemory();
    }
    PyObject *res = NULL;
    if (pyc2c_unpack(PyThreadState_Get(), seq, before, after, dest) == 0) {
        res = PyList_New(count);
        for (int i = 0; i < count; i++) {
            PyObject *item = dest[count - 1 - i];   /* dest[count-1] is the first */
            if (res != NULL) {
                PyList_SET_ITEM(res, i, item);
            }
            else {
                Py_DECREF(item);
            }
        }
    }
    else {
        for (int i = 0; i < count; i++) {
            if (dest[i] != NULL) {
                PyErr_SetString(PyExc_AssertionError, "dest not cleared on failure");
                break;
            }
        }
    }
    PyMem_Free(dest);
    return res;
}

static PyObject *
t_call_args_tuple(PyObject *self, PyObject *args)
{
    PyObject *func, *a;
    if (!PyArg_ParseTuple(args, "OO", &func, &a)) {
        return NULL;
    }
    return pyc2c_call_args_tuple(PyThreadState_Get(), func, a);
}

static PyObject *
t_call_kwargs_dict(PyObject *self, PyObject *args)
{
    PyObject *func, *kw;
    if (!PyArg_ParseTuple(args, "OO", &func, &kw)) {
        return NULL;
    }
    return pyc2c_call_kwargs_dict(PyThreadState_Get(), func, kw);
}

static PyObject *
t_list_extend(PyObject *self, PyObject *args)
{
    PyObject *list, *it;
    if (!PyArg_ParseTuple(args, "O!O", &PyList_Type, &list, &it)) {
        return NULL;
    }
    if (pyc2c_list_extend(PyThreadState_Get(), list, it) < 0) {
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
t_dict_update(PyObject *self, PyObject *args)
{
    PyObject *dict, *m;
    if (!PyArg_ParseTuple(args, "O!O", &PyDict_Type, &dict, &m)) {
        return NULL;
    }
    if (pyc2c_dict_update(PyThreadState_Get(), dict, m) < 0) {
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
t_dict_merge(PyObject *self, PyObject *args)
{
    PyObject *func, *dict, *m;
    if (!PyArg_ParseTuple(args, "OO!O", &func, &PyDict_Type, &dict, &m)) {
        return NULL;
    }
    if (pyc2c_dict_merge(PyThreadState_Get(), func, dict, m) < 0) {
        return NULL;
    }
    Py_RETURN_NONE;
}

/* match_class(subject, cls, nargs, kwargs_tuple) */
static PyObject *
t_match_class(PyObject *self, PyObject *args)
{
    PyObject *subject, *cls, *kwargs;
    Py_ssize_t nargs;
    if (!PyArg_ParseTuple(args, "OOnO!", &subject, &cls, &nargs, &PyTuple_Type, &kwargs)) {
        return NULL;
    }
    return pyc2c_match_class(PyThreadState_Get(), subject, cls, nargs, kwargs);
}

static PyObject *
t_match_keys(PyObject *self, PyObject *args)
{
    PyObject *map, *keys;
    if (!PyArg_ParseTuple(args, "OO!", &map, &PyTuple_Type, &keys)) {
        return NULL;
    }
    return pyc2c_match_keys(PyThreadState_Get(), map, keys);
}

/* before_with(mgr) -> (result of __enter__, bound __exit__) */
static PyObject *
t_before_with(PyObject *self, PyObject *mgr)
{
    PyObject *exit = (PyObject *)1;
    PyObject *res = pyc2c_before_with(PyThreadState_Get(), mgr, &exit);
    if (res == NULL) {
        if (exit != NULL) {
            PyErr_SetString(PyExc_AssertionError, "*exit not NULL on failure");
        }
        return NULL;
    }
    PyObject *pair = PyTuple_Pack(2, res, exit);
    Py_DECREF(res);
    Py_DECREF(exit);
    return pair;
}

/* load_special(obj, index) -> (method or bound object, self or None): 3.14's LOAD_SPECIAL */
static PyObject *
t_load_special(PyObject *self, PyObject *args)
{
    PyObject *obj;
    int index;
    if (!PyArg_ParseTuple(args, "Oi", &obj, &index)) {
        return NULL;
    }
    PyObject *self_or_null = (PyObject *)1;
    PyObject *method = pyc2c_load_special(PyThreadState_Get(), obj, index, &self_or_null);
    if (method == NULL) {
        if (self_or_null != NULL) {
            PyErr_SetString(PyExc_AssertionError, "*self_or_null not NULL on failure");
        }
        return NULL;
    }
    PyObject *pair = PyTuple_Pack(2, method, self_or_null != NULL ? self_or_null : Py_None);
    Py_DECREF(method);
    Py_XDECREF(self_or_null);
    return pair;
}

/* with_except_start_self(exit_func, exit_self or None, exc) -> the result of __exit__: 3.14's WITH_EXCEPT_START */
static PyObject *
t_with_except_start_self(PyObject *self, PyObject *args)
{
    PyObject *func, *exit_self, *val;
    if (!PyArg_ParseTuple(args, "OOO", &func, &exit_self, &val)) {
        return NULL;
    }
    return pyc2c_with_except_start_self(PyThreadState_Get(), func, exit_self == Py_None ? NULL : exit_self, val);
}

static PyObject *
t_setup_annotations(PyObject *self, PyObject *locals)
{
    if (pyc2c_setup_annotations(PyThreadState_Get(), or_null(locals)) < 0) {
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *
t_print_expr(PyObject *self, PyObject *value)
{
    return pyc2c_print_expr(PyThreadState_Get(), value);
}

static PyObject *
t_load_build_class(PyObject *self, PyObject *builtins)
{
    return pyc2c_load_build_class(PyThreadState_Get(), builtins);
}

/* format_value(value, conversion, spec|NULL) */
static PyObject *
t_format_value(PyObject *self, PyObject *args)
{
    PyObject *value, *spec;
    int conversion;
    if (!PyArg_ParseTuple(args, "OiO", &value, &conversion, &spec)) {
        return NULL;
    }
    return pyc2c_format_value(PyThreadState_Get(), value, conversion, or_null(spec));
}

/* convert_value(value, conversion) */
static PyObject *
t_convert_value(PyObject *self, PyObject *args)
{
    PyObject *value;
    int conversion;
    if (!PyArg_ParseTuple(args, "Oi", &value, &conversion)) {
        return NULL;
    }
    return pyc2c_convert_value(PyThreadState_Get(), value, conversion);
}

static PyMethodDef methods[] = {
    {"do_raise", t_do_raise, METH_VARARGS, NULL},
    {"check_except", t_check_except, METH_O, NULL},
    {"eg_match", t_eg_match, METH_VARARGS, NULL},
    {"name_error", t_name_error, METH_O, NULL},
    {"unbound_error", t_unbound_error, METH_VARARGS, NULL},
    {"import_name", t_import_name, METH_VARARGS, NULL},
    {"import_from", t_import_from, METH_VARARGS, NULL},
    {"import_star", t_import_star, METH_VARARGS, NULL},
    {"unpack", t_unpack, METH_VARARGS, NULL},
    {"call_args_tuple", t_call_args_tuple, METH_VARARGS, NULL},
    {"call_kwargs_dict", t_call_kwargs_dict, METH_VARARGS, NULL},
    {"list_extend", t_list_extend, METH_VARARGS, NULL},
    {"dict_update", t_dict_update, METH_VARARGS, NULL},
    {"dict_merge", t_dict_merge, METH_VARARGS, NULL},
    {"match_class", t_match_class, METH_VARARGS, NULL},
    {"match_keys", t_match_keys, METH_VARARGS, NULL},
    {"before_with", t_before_with, METH_O, NULL},
    {"load_special", t_load_special, METH_VARARGS, NULL},
    {"with_except_start_self", t_with_except_start_self, METH_VARARGS, NULL},
    {"setup_annotations", t_setup_annotations, METH_O, NULL},
    {"print_expr", t_print_expr, METH_O, NULL},
    {"load_build_class", t_load_build_class, METH_O, NULL},
    {"format_value", t_format_value, METH_VARARGS, NULL},
    {"convert_value", t_convert_value, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "opstest", "Test access to the pyc2c_ops.h helpers.", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit_opstest(void)
{
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) {
        return NULL;
    }
    if (null_sentinel == NULL) {
        null_sentinel = PyObject_CallNoArgs((PyObject *)&PyBaseObject_Type);
        if (null_sentinel == NULL) {
            Py_DECREF(m);
            return NULL;
        }
    }
    if (PyModule_AddObjectRef(m, "NULL", null_sentinel) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
