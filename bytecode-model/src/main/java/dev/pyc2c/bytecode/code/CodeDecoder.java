package dev.pyc2c.bytecode.code;

import dev.pyc2c.bytecode.PycFormatException;
import dev.pyc2c.bytecode.PycFormatException.Kind;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.marshal.MarshalLayout;
import dev.pyc2c.bytecode.marshal.PyBytes;
import dev.pyc2c.bytecode.marshal.PyCode;
import dev.pyc2c.bytecode.opcode.ArgKind;
import dev.pyc2c.bytecode.opcode.Conversion;
import dev.pyc2c.bytecode.opcode.Opcode;
import dev.pyc2c.bytecode.opcode.OpcodeInfo;
import dev.pyc2c.bytecode.opcode.OpcodeTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns a {@link PyCode}'s raw bytecode into a {@link Code}: folds {@code EXTENDED_ARG}, attaches
 * inline caches, resolves each oparg by its {@link ArgKind}, binds labels to jump targets and to the
 * exception table's offsets, and attaches locations. Anything invalid is a {@link PycFormatException}
 * naming the file, the code object and the offset.
 */
final class CodeDecoder {
    private final PythonVersion version;
    private final OpcodeTable table;
    private final String origin;
    private final MarshalLayout layout;

    CodeDecoder(PythonVersion version, String origin, MarshalLayout layout) {
        this.version = version;
        this.table = OpcodeTable.of(version);
        this.origin = origin;
        this.layout = layout;
    }

    /** An instruction before its argument is resolved. */
    private record Raw(OpcodeInfo info, int oparg, int start, int offset, List<Integer> cache) {
    }

    Code decode(PyCode code) {
        byte[] raw = code.code().toByteArray();
        List<Location> locations;
        try {
            locations = LocationTable.decode(code);
        } catch (LocationTable.MalformedException e) {
            throw error(code, code.linetable(), e.position(), "co_linetable: " + e.getMessage());
        }

        List<Raw> raws = new ArrayList<>();
        Map<Integer, Integer> indexByStart = new HashMap<>();
        int ext = 0;
        int start = -1;
        for (int i = 0; i < raw.length; ) {
            int op = raw[i] & 0xFF;
            final int at = i;
            OpcodeInfo info = table.byNumber(op).orElseThrow(() -> error(code, at,
                    "opcode " + op + " does not exist in CPython " + version));
            if (start < 0) {
                start = i;
            }
            int oparg = raw[i + 1] & 0xFF | ext;
            if (info.opcode() == Opcode.EXTENDED_ARG) {
                ext = oparg << 8;
                i += 2;
                continue;
            }
            int units = info.cacheEntries();
            if (i + 2 + 2 * units > raw.length) {
                throw error(code, i, info.opcode() + "'s inline cache runs past the end of the code");
            }
            List<Integer> cache = new ArrayList<>(units);
            for (int k = 0; k < units; k++) {
                int p = i + 2 + 2 * k;
                cache.add(raw[p] & 0xFF | (raw[p + 1] & 0xFF) << 8);
            }
            indexByStart.put(start, raws.size());
            raws.add(new Raw(info, info.hasArgument() ? oparg : raw[i + 1] & 0xFF, start, i, cache));
            i += 2 + 2 * units;
            ext = 0;
            start = -1;
        }
        if (start >= 0) {
            throw error(code, start, "the code ends with EXTENDED_ARG");
        }

        Map<Integer, Label> labelByIndex = new HashMap<>();
        Map<Label, Integer> labelIndex = new IdentityHashMap<>();
        // Binds (or reuses) the label at a byte offset that must start an instruction, or be the end.
        java.util.function.BiFunction<Integer, Supplier<PycFormatException>, Label> labelAt = (offset, err) -> {
            Integer index = offset == raw.length ? Integer.valueOf(raws.size()) : indexByStart.get(offset);
            if (index == null) {
                throw err.get();
            }
            return labelByIndex.computeIfAbsent(index, k -> {
                Label l = new Label();
                labelIndex.put(l, k);
                return l;
            });
        };

        List<Instruction> instructions = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            Argument arg = resolve(code, r, raw.length, labelAt);
            int unit = r.offset() / 2;
            instructions.add(new Instruction(r.info(), r.oparg(), arg, r.start(), r.offset(), locations.get(unit),
                    r.cache()));
        }

        List<ExceptionEntry> entries = new ArrayList<>();
        List<ExceptionTableReader.RawEntry> rawEntries;
        try {
            rawEntries = ExceptionTableReader.read(code.exceptiontable().toByteArray());
        } catch (ExceptionTableReader.MalformedException e) {
            throw error(code, code.exceptiontable(), e.position(), "co_exceptiontable: " + e.getMessage());
        }
        for (ExceptionTableReader.RawEntry e : rawEntries) {
            String what = "exception-table entry " + e.start() + " to " + e.end() + " -> " + e.target();
            if (e.start() >= e.end() || e.target() >= raw.length) {
                throw error(code, -1, what + " is not a valid range and target");
            }
            Label s = labelAt.apply(e.start(), () -> error(code, e.start(), what + " starts inside an instruction"));
            Label en = labelAt.apply(e.end(), () -> error(code, e.end(), what + " ends inside an instruction"));
            Label h = labelAt.apply(e.target(), () -> error(code, e.target(), what + " targets inside an instruction"));
            entries.add(new ExceptionEntry(s, en, h, e.depth(), e.lasti()));
        }

        List<Code> children = new ArrayList<>();
        for (PyCode nested : code.nestedCode()) {
            children.add(decode(nested));
        }
        return new Code(code, version, origin, instructions, entries, labelIndex, children);
    }

    private Argument resolve(PyCode code, Raw r, int codeLength,
            java.util.function.BiFunction<Integer, Supplier<PycFormatException>, Label> labelAt) {
        int oparg = r.oparg();
        Opcode op = r.info().opcode();
        Supplier<PycFormatException> bad = () -> error(code, r.offset(), op + " " + oparg + " is out of range");
        switch (r.info().argKind()) {
            case NONE:
                return Argument.None.INSTANCE;
            case NUMBER:
                return new Argument.Number(oparg);
            case CONST:
                check(oparg >= 0 && oparg < code.consts().size(), () -> error(code, r.offset(),
                        op + " " + oparg + " refers past the end of co_consts (" + code.consts().size() + " items)"));
                return new Argument.Const(oparg, code.consts().get(oparg));
            case NAME:
                return new Argument.Name(oparg, name(code, r, oparg));
            case GLOBAL_NAME:
                return new Argument.GlobalName(oparg >>> 1, name(code, r, oparg >>> 1), (oparg & 1) != 0);
            case ATTR_NAME:
                return new Argument.AttrName(oparg >>> 1, name(code, r, oparg >>> 1), (oparg & 1) != 0);
            case SUPER_ATTR_NAME:
                return new Argument.SuperAttrName(oparg >>> 2, name(code, r, oparg >>> 2), (oparg & 1) != 0,
                        (oparg & 2) != 0);
            case LOCAL:
            case DEREF:
                return local(code, r, oparg);
            case LOCAL_PAIR:
                return new Argument.LocalPair(local(code, r, oparg >>> 4), local(code, r, oparg & 15));
            case JUMP_FORWARD:
            case JUMP_BACKWARD:
            case JUMP_ABSOLUTE:
            case BRANCH_SOURCE: {
                long target = switch (r.info().argKind()) {
                    case JUMP_FORWARD -> r.offset() + 2 + 2L * r.cache().size() + 2L * oparg;
                    case JUMP_BACKWARD, BRANCH_SOURCE -> r.offset() + 2 + 2L * r.cache().size() - 2L * oparg;
                    default -> 2L * oparg;
                };
                String verb = r.info().argKind() == ArgKind.BRANCH_SOURCE ? " refers to offset " : " jumps to offset ";
                Supplier<PycFormatException> err = () -> error(code, r.offset(),
                        op + " " + oparg + verb + target + ", which is not the start of an instruction");
                if (target < 0 || target >= codeLength) {
                    throw err.get();
                }
                Label label = labelAt.apply((int) target, err);
                return r.info().argKind() == ArgKind.BRANCH_SOURCE ? new Argument.BranchSource(label)
                        : new Argument.Jump(label);
            }
            case COMPARE: {
                int index = oparg >>> version.compareOpShift();
                boolean toBool = version.compareOpHasBoolFlag() && (oparg & 16) != 0;
                return new Argument.Compare(table.comparison(index).orElseThrow(bad), toBool);
            }
            case BINARY_OP:
                return new Argument.BinaryOp(table.binaryOperator(oparg).orElseThrow(bad));
            case FORMAT:
                return new Argument.Format(Conversion.of(oparg & 3), (oparg & 4) != 0);
            case CONVERSION:
                check(oparg >= 0 && oparg <= 3, bad);
                return new Argument.Convert(Conversion.of(oparg));
            case FUNCTION_FLAGS:
                return new Argument.FunctionFlags(table.functionFlags(oparg).orElseThrow(bad));
            case INTRINSIC_1:
                return new Argument.Intrinsic(table.intrinsic(1, oparg).orElseThrow(bad));
            case INTRINSIC_2:
                return new Argument.Intrinsic(table.intrinsic(2, oparg).orElseThrow(bad));
            case SMALL_INT:
                check(oparg >= 0 && oparg <= Argument.SmallInt.MAX, bad);
                return new Argument.SmallInt(oparg);
            case COMMON_CONSTANT:
                return new Argument.CommonConstant(table.commonConstant(oparg).orElseThrow(bad));
            case SPECIAL_METHOD:
                return new Argument.SpecialMethod(table.specialMethod(oparg).orElseThrow(bad));
            case NEGATION:
                check(oparg == 0 || oparg == 1, bad);
                return new Argument.Negation(oparg == 1);
            case INTERPOLATION:
                check(oparg >>> 2 <= 3, bad);
                return new Argument.Interpolation(Conversion.of(oparg >>> 2), (oparg & 1) != 0);
            default:
                throw new AssertionError(r.info().argKind());
        }
    }

    private String name(PyCode code, Raw r, int index) {
        check(index >= 0 && index < code.names().size(), () -> error(code, r.offset(), r.info().opcode() + " "
                + r.oparg() + " refers past the end of co_names (" + code.names().size() + " names)"));
        return code.nameAt(index);
    }

    private Argument.Local local(PyCode code, Raw r, int index) {
        check(index >= 0 && index < code.nlocalsplus(), () -> error(code, r.offset(), r.info().opcode() + " "
                + r.oparg() + " refers past the last local variable (" + code.nlocalsplus() + " locals)"));
        return new Argument.Local(index, code.localName(index), code.localKind(index));
    }

    private static void check(boolean ok, Supplier<PycFormatException> error) {
        if (!ok) {
            throw error.get();
        }
    }

    /** An error at a bytecode offset of {@code code} (-1: the code object as a whole). */
    private PycFormatException error(PyCode code, int codeOffset, String detail) {
        long fileOffset = codeOffset < 0 ? -1
                : layout.bytecodeOffset(code).isPresent() ? layout.bytecodeOffset(code).getAsLong() + codeOffset : -1;
        String where = "code object '" + code.qualname().value() + "' (line " + code.firstlineno() + ")"
                + (codeOffset >= 0 ? ", bytecode offset " + codeOffset : "");
        return new PycFormatException(Kind.INVALID_BYTECODE, origin, fileOffset, where + ": " + detail);
    }

    /** An error in one of {@code code}'s tables, at index {@code position} of it. */
    private PycFormatException error(PyCode code, PyBytes tableBytes, int position, String detail) {
        long fileOffset = layout.dataOffset(tableBytes).isPresent()
                ? layout.dataOffset(tableBytes).getAsLong() + position : -1;
        return new PycFormatException(Kind.INVALID_BYTECODE, origin, fileOffset,
                "code object '" + code.qualname().value() + "' (line " + code.firstlineno() + "): " + detail);
    }
}
