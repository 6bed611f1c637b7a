/* pyc2c runtime: the end of a cold body (see pyc2c_cold_begin.h): inline releases and the build's
 * optimisation again. */
#if defined(__GNUC__) && !defined(__clang__)
#  pragma GCC pop_options
#endif
#pragma pop_macro("Py_NewRef")
#pragma pop_macro("Py_XDECREF")
#pragma pop_macro("Py_DECREF")
