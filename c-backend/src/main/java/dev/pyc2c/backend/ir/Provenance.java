package dev.pyc2c.backend.ir;

/**
 * What kind of C an instruction became: what a reader of the generated code (or of a report about it)
 * needs to know to tell cheap instructions from costly ones.
 */
public enum Provenance {
    /** Nothing at run time: a stack permutation, a value borrowed instead of loaded, a NOP. */
    NONE,
    /** Straight-line C with no call (a move, a reference count, a compare on a known type). */
    INLINE,
    /** A fast path guarded by cheap type checks, falling back to the generic call. */
    FAST_PATH,
    /** A lookup through a per-site cache (attributes, globals), falling back to the generic lookup. */
    CACHED,
    /** A call into the C API or the runtime that does the instruction's generic work. */
    GENERIC,
    /** A call that leaves compiled code: a Python function, a method, anything callable. */
    CALL_OUT
}
