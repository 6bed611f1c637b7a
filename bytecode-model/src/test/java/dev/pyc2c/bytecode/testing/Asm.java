package dev.pyc2c.bytecode.testing;

import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.marshal.PyBytes;
import dev.pyc2c.bytecode.marshal.PyCode;
import dev.pyc2c.bytecode.marshal.PyObject;
import dev.pyc2c.bytecode.marshal.PyStr;
import dev.pyc2c.bytecode.marshal.PyTuple;
import dev.pyc2c.bytecode.opcode.Opcode;
import dev.pyc2c.bytecode.opcode.OpcodeInfo;
import dev.pyc2c.bytecode.opcode.OpcodeTable;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Builds small code objects by hand for tests: instructions with EXTENDED_ARG prefixes and zeroed caches. */
public final class Asm {
    private final PythonVersion version;
    private final OpcodeTable table;
    private final ByteArrayOutputStream code = new ByteArrayOutputStream();
    private final List<PyObject> consts = new ArrayList<>();
    private final List<PyObject> names = new ArrayList<>();
    private final List<PyObject> locals = new ArrayList<>();
    private byte[] exceptionTable = new byte[0];

    public Asm(PythonVersion version) {
        this.version = version;
        this.table = OpcodeTable.of(version);
    }

    /** Appends an instruction; returns its byte offset (its first EXTENDED_ARG's). */
    public int op(Opcode opcode, int oparg) {
        int at = code.size();
        OpcodeInfo info = table.require(opcode);
        for (int shift = 24; shift > 0; shift -= 8) {
            if ((oparg >>> shift) != 0) {
                code.write(table.require(Opcode.EXTENDED_ARG).number());
                code.write(oparg >>> shift);
            }
        }
        code.write(info.number());
        code.write(oparg);
        for (int i = 0; i < info.cacheEntries(); i++) {
            code.write(0);
            code.write(0);
        }
        return at;
    }

    public int op(Opcode opcode) {
        return op(opcode, 0);
    }

    /** Appends raw bytes to co_code. */
    public Asm raw(int... bytes) {
        for (int b : bytes) {
            code.write(b);
        }
        return this;
    }

    public Asm consts(PyObject... values) {
        consts.addAll(List.of(values));
        return this;
    }

    public Asm names(String... values) {
        for (String n : values) {
            names.add(PyStr.interned(n));
        }
        return this;
    }

    public Asm locals(String... values) {
        for (String n : values) {
            locals.add(PyStr.interned(n));
        }
        return this;
    }

    /** One exception-table entry in code units: start, length, target, depth, lasti. */
    public Asm exceptionEntry(int start, int length, int target, int depth, boolean lasti) {
        ByteArrayOutputStream t = new ByteArrayOutputStream();
        t.writeBytes(exceptionTable);
        int[] values = {start, length, target, depth * 2 + (lasti ? 1 : 0)};
        for (int k = 0; k < 4; k++) {
            int v = values[k];
            List<Integer> chunks = new ArrayList<>();
            do {
                chunks.add(0, v & 63);
                v >>>= 6;
            } while (v != 0);
            for (int c = 0; c < chunks.size(); c++) {
                int b = chunks.get(c) | (c < chunks.size() - 1 ? 64 : 0) | (k == 0 && c == 0 ? 128 : 0);
                t.write(b);
            }
        }
        exceptionTable = t.toByteArray();
        return this;
    }

    public int offset() {
        return code.size();
    }

    public PyCode build(String name) {
        byte[] kinds = new byte[locals.size()];
        java.util.Arrays.fill(kinds, (byte) PyCode.CO_FAST_LOCAL);
        return new PyCode(0, 0, 0, 10, PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS, PyBytes.of(code.toByteArray()),
                new PyTuple(consts), new PyTuple(names), new PyTuple(locals), PyBytes.of(kinds),
                PyStr.of("asm.py"), PyStr.interned(name), PyStr.interned(name), 1, PyBytes.EMPTY,
                PyBytes.of(exceptionTable));
    }

    public PythonVersion version() {
        return version;
    }
}
