package dev.pyc2c.backend.lower;

import dev.pyc2c.bytecode.code.Code;
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

/**
 * Builds the trampoline of a compiled code object (see {@code pyc2c.h}): the original with its
 * bytecode replaced by its prologue, {@code RESUME 0; LOAD_CONST k; UNARY_NEGATIVE; RETURN_VALUE} and
 * NOP padding, an empty exception table, and a marker constant at {@code k} that the runtime replaces
 * with the runner of the compiled body.
 */
public final class Trampolines {
    private Trampolines() {
    }

    /** The marker constant for body number {@code index}: {@code "\0pyc2c:<index>"}. */
    public static PyStr marker(int index) {
        return PyStr.of("\0pyc2c:" + index);
    }

    /**
     * The trampoline for {@code code}.
     *
     * @param consts the constants of the trampoline without the marker (the original's, with nested code
     *        objects replaced by theirs)
     * @param firstBodyInstruction the first instruction the C body runs; what precedes it is kept
     */
    public static PyCode trampoline(Code code, List<PyObject> consts, int firstBodyInstruction, int index) {
        PyCode co = code.pyCode();
        OpcodeTable table = OpcodeTable.of(code.version());
        int prologueEnd = firstBodyInstruction < code.instructions().size()
                ? code.instructions().get(firstBodyInstruction).start() : 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] original = co.code().toByteArray();
        out.write(original, 0, prologueEnd);
        int k = consts.size();
        emit(out, table, Opcode.RESUME, 0);
        emit(out, table, Opcode.LOAD_CONST, k);
        emit(out, table, Opcode.UNARY_NEGATIVE, 0);
        emit(out, table, Opcode.RETURN_VALUE, 0);
        while (out.size() < original.length) {
            emit(out, table, Opcode.NOP, 0);
        }
        List<PyObject> withMarker = new ArrayList<>(consts);
        withMarker.add(marker(index));
        return new PyCode(co.argcount(), co.posonlyargcount(), co.kwonlyargcount(), Math.max(co.stacksize(), 1),
                co.flags(), PyBytes.of(out.toByteArray()), new PyTuple(withMarker), co.names(), co.localsplusnames(),
                co.localspluskinds(), co.filename(), co.name(), co.qualname(), co.firstlineno(), co.linetable(),
                PyBytes.EMPTY);
    }

    /**
     * The trampoline of a generator, coroutine or async generator {@code code} ({@link GeneratorTrampoline}).
     *
     * @param consts the constants of the trampoline without the marker, as for {@link #trampoline}
     */
    public static PyCode generatorTrampoline(Code code, GeneratorTrampoline gt, List<PyObject> consts, int index) {
        PyCode co = code.pyCode();
        List<PyObject> withMarker = new ArrayList<>(consts);
        withMarker.add(marker(index));
        return new PyCode(co.argcount(), co.posonlyargcount(), co.kwonlyargcount(), gt.stackSize(), co.flags(),
                PyBytes.of(gt.bytecode()), new PyTuple(withMarker), co.names(), co.localsplusnames(),
                co.localspluskinds(), co.filename(), co.name(), co.qualname(), co.firstlineno(),
                PyBytes.of(gt.lineTable()), PyBytes.of(gt.exceptionTable()));
    }

    private static void emit(ByteArrayOutputStream out, OpcodeTable table, Opcode op, int oparg) {
        OpcodeInfo info = table.require(op);
        for (int shift = 24; shift > 0; shift -= 8) {
            if ((oparg >>> shift) != 0) {
                out.write(table.require(Opcode.EXTENDED_ARG).number());
                out.write((oparg >>> shift) & 0xFF);
            }
        }
        out.write(info.number());
        out.write(oparg & 0xFF);
        for (int i = 0; i < info.cacheEntries(); i++) {
            out.write(0);
            out.write(0);
        }
    }
}
