/*
 * pyc2c runtime: the runtime module, the one extension module of a build and interpreter that holds the
 * runtime (this file, pyc2c_core.c, pyc2c_ops.c and pyc2c_attr.c) and that every generated module of
 * the build imports (pyc2c_runtime.h). It exports the table of pyc2c_api.h in a capsule.
 *
 * The build compiles it with
 *   PYC2C_RUNTIME_MODULE  the module's absolute name, a string ("pkg._pyc2c_runtime"), which the
 *                         generated modules name too;
 *   PYC2C_RUNTIME_INIT    its init function, PyInit_ and the last component of the name.
 */
#define PYC2C_BUILDING_RUNTIME 1
#include "pyc2c.h"

#if !defined(PYC2C_RUNTIME_MODULE) || !defined(PYC2C_RUNTIME_INIT)
#  error "the runtime module is compiled with PYC2C_RUNTIME_MODULE (its name, a string) and PYC2C_RUNTIME_INIT (its PyInit_ function)"
#endif

static const pyc2c_api_table api_table = {
#define PYC2C_API_FUNC(ret, name, params) pyc2c_##name,
#define PYC2C_API_DATA(type, name) &pyc2c_##name,
#include "pyc2c_api.h"
#undef PYC2C_API_FUNC
#undef PYC2C_API_DATA
};

static int
runtime_exec(PyObject *module)
{
    if (pyc2c_check_interpreter(PYC2C_RUNTIME_MODULE) < 0 || pyc2c_runtime_init() < 0) {
        return -1;
    }
    PyObject *capsule = PyCapsule_New((void *)&api_table, PYC2C_API_CAPSULE(PYC2C_RUNTIME_MODULE), NULL);
    if (capsule == NULL) {
        return -1;
    }
    if (PyModule_AddObject(module, PYC2C_API_ATTR, capsule) < 0) {
        Py_DECREF(capsule);
        return -1;
    }
    return PyModule_AddStringConstant(module, "ABI", PYC2C_ABI_TAG);
}

static PyModuleDef_Slot runtime_slots[] = {
    {Py_mod_exec, (void *)runtime_exec},
#if PY_VERSION_HEX >= 0x030C0000
    {Py_mod_multiple_interpreters, Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED},
#endif
    {0, NULL}
};

static struct PyModuleDef runtime_module = {
    PyModuleDef_HEAD_INIT, PYC2C_RUNTIME_MODULE,
    "The pyc2c runtime shared by the compiled modules of one build (ABI " PYC2C_ABI_TAG ", CPython " PY_VERSION ").",
    0, NULL, runtime_slots, NULL, NULL, NULL
};

PyMODINIT_FUNC
PYC2C_RUNTIME_INIT(void)
{
    return PyModuleDef_Init(&runtime_module);
}
