package dev.pyc2c.bytecode.marshal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A code object as marshal stores it in CPython 3.11 to 3.14 (the field order of {@code marshal.c}, the
 * same in each). Names follow CPython's {@code co_*} attributes.
 *
 * <p>{@code localsplusnames}/{@code localspluskinds} hold every fast local, cell and free variable
 * in frame order; {@link #varnames()}, {@link #cellvars()} and {@link #freevars()} derive the
 * classic views. The compact constructor checks what {@code _PyCode_Validate} checks.
 */
public record PyCode(
        int argcount,
        int posonlyargcount,
        int kwonlyargcount,
        int stacksize,
        int flags,
        PyBytes code,
        PyTuple consts,
        PyTuple names,
        PyTuple localsplusnames,
        PyBytes localspluskinds,
        PyStr filename,
        PyStr name,
        PyStr qualname,
        int firstlineno,
        PyBytes linetable,
        PyBytes exceptiontable) implements PyObject {

    /** {@code co_flags} bits. */
    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_NOFREE = 0x40;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    public static final int CO_ASYNC_GENERATOR = 0x200;
    /** 3.14: the code has a docstring, which is {@code co_consts[0]} (only this flag says whether it is one). */
    public static final int CO_HAS_DOCSTRING = 0x4000000;
    /** 3.14: the code is a function defined in class scope. */
    public static final int CO_METHOD = 0x8000000;

    /** {@code co_localspluskinds} bits. */
    public static final int CO_FAST_HIDDEN = 0x10;
    public static final int CO_FAST_LOCAL = 0x20;
    public static final int CO_FAST_CELL = 0x40;
    public static final int CO_FAST_FREE = 0x80;

    public PyCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(consts, "consts");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(localsplusnames, "localsplusnames");
        Objects.requireNonNull(localspluskinds, "localspluskinds");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(qualname, "qualname");
        Objects.requireNonNull(linetable, "linetable");
        Objects.requireNonNull(exceptiontable, "exceptiontable");
        if (argcount < posonlyargcount || posonlyargcount < 0 || kwonlyargcount < 0) {
            throw new IllegalArgumentException("invalid argument counts: argcount " + argcount
                    + ", posonlyargcount " + posonlyargcount + ", kwonlyargcount " + kwonlyargcount);
        }
        if (stacksize < 0) {
            throw new IllegalArgumentException("negative stacksize " + stacksize);
        }
        if (code.length() % 2 != 0) {
            throw new IllegalArgumentException("co_code has an odd length (" + code.length() + ")");
        }
        for (PyObject n : names.items()) {
            if (!(n instanceof PyStr)) {
                throw new IllegalArgumentException("co_names holds a " + n.typeName() + ", not a str");
            }
        }
        for (PyObject n : localsplusnames.items()) {
            if (!(n instanceof PyStr)) {
                throw new IllegalArgumentException("co_localsplusnames holds a " + n.typeName() + ", not a str");
            }
        }
        if (localsplusnames.size() != localspluskinds.length()) {
            throw new IllegalArgumentException("co_localsplusnames has " + localsplusnames.size()
                    + " names but co_localspluskinds " + localspluskinds.length() + " kinds");
        }
        int params = argcount + kwonlyargcount + ((flags & CO_VARARGS) != 0 ? 1 : 0)
                + ((flags & CO_VARKEYWORDS) != 0 ? 1 : 0);
        if (localsplusnames.size() < params) {
            throw new IllegalArgumentException("code object has " + params + " parameters but only "
                    + localsplusnames.size() + " local variables");
        }
    }

    /** The number of code units (2 bytes each) in {@code co_code}. */
    public int codeUnits() {
        return code.length() / 2;
    }

    /** The number of fast locals, cells and free variables. */
    public int nlocalsplus() {
        return localsplusnames.size();
    }

    /** The name of fast-local slot {@code index}. */
    public String localName(int index) {
        return ((PyStr) localsplusnames.get(index)).value();
    }

    /** The {@code CO_FAST_*} bits of slot {@code index}. */
    public int localKind(int index) {
        return localspluskinds.get(index);
    }

    /** {@code co_names[index]} as text. */
    public String nameAt(int index) {
        return ((PyStr) names.get(index)).value();
    }

    /** {@code co_varnames}: the slots that are plain locals (parameters included). */
    public List<String> varnames() {
        return slots(CO_FAST_LOCAL);
    }

    /** {@code co_cellvars}. */
    public List<String> cellvars() {
        return slots(CO_FAST_CELL);
    }

    /** {@code co_freevars}. */
    public List<String> freevars() {
        return slots(CO_FAST_FREE);
    }

    private List<String> slots(int kind) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nlocalsplus(); i++) {
            if ((localKind(i) & kind) != 0) {
                out.add(localName(i));
            }
        }
        return List.copyOf(out);
    }

    /** The code objects among {@code co_consts}, in order. */
    public List<PyCode> nestedCode() {
        List<PyCode> out = new ArrayList<>();
        for (PyObject c : consts.items()) {
            if (c instanceof PyCode pc) {
                out.add(pc);
            }
        }
        return List.copyOf(out);
    }

    public boolean isGenerator() {
        return (flags & CO_GENERATOR) != 0;
    }

    public boolean isCoroutine() {
        return (flags & CO_COROUTINE) != 0;
    }

    public boolean isAsyncGenerator() {
        return (flags & CO_ASYNC_GENERATOR) != 0;
    }

    @Override
    public String typeName() {
        return "code";
    }

    /** {@code <code object NAME, file "FILE", line N>}: the repr without the address. */
    @Override
    public String toString() {
        return Repr.of(this);
    }
}
