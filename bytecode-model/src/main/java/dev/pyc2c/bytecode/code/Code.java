package dev.pyc2c.bytecode.code;

import dev.pyc2c.bytecode.DeepStack;
import dev.pyc2c.bytecode.PycFormatException;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.marshal.MarshalLayout;
import dev.pyc2c.bytecode.marshal.PyCode;
import dev.pyc2c.bytecode.pyc.PycFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A code object decoded: its instructions (with labels for jump targets), its exception table (with
 * labels for the ranges and handlers), and its nested code objects, decoded too.
 *
 * <p>Labels are bound to instruction indexes; index {@code instructions().size()} is the end of the code.
 */
public final class Code {
    private final PyCode pyCode;
    private final PythonVersion version;
    private final String origin;
    private final List<Instruction> instructions;
    private final List<ExceptionEntry> exceptionTable;
    private final Map<Label, Integer> labelIndex;
    private final List<Label> labels;
    private final Label[] labelAtIndex;
    private final List<Code> children;

    Code(PyCode pyCode, PythonVersion version, String origin, List<Instruction> instructions,
            List<ExceptionEntry> exceptionTable, Map<Label, Integer> labelIndex, List<Code> children) {
        this.pyCode = pyCode;
        this.version = version;
        this.origin = origin;
        this.instructions = List.copyOf(instructions);
        this.exceptionTable = List.copyOf(exceptionTable);
        Map<Label, Integer> idx = new IdentityHashMap<>(labelIndex);
        this.labelIndex = Collections.unmodifiableMap(idx);
        List<Label> sorted = new ArrayList<>(idx.keySet());
        sorted.sort(Comparator.comparingInt(idx::get));
        this.labels = List.copyOf(sorted);
        this.labelAtIndex = new Label[this.instructions.size() + 1];
        for (Label l : sorted) {
            if (labelAtIndex[idx.get(l)] != null) {
                throw new IllegalArgumentException("two labels at instruction " + idx.get(l));
            }
            labelAtIndex[idx.get(l)] = l;
        }
        this.children = List.copyOf(children);
    }

    /**
     * Decodes the module code object of a {@code .pyc} and everything nested in it.
     *
     * @throws PycFormatException if some bytecode is not valid for the file's Python version
     */
    public static Code decode(PycFile pyc) {
        CodeDecoder decoder = new CodeDecoder(pyc.version(), pyc.source(), pyc.layout());
        return DeepStack.run("code decoder", () -> decoder.decode(pyc.code()));
    }

    /**
     * Decodes a code object and everything nested in it; errors name its {@code co_filename}.
     *
     * @throws PycFormatException if the bytecode is not valid for {@code version}
     */
    public static Code decode(PyCode code, PythonVersion version) {
        CodeDecoder decoder = new CodeDecoder(version, code.filename().value(), MarshalLayout.none());
        return DeepStack.run("code decoder", () -> decoder.decode(code));
    }

    /** The code object as marshal stores it. */
    public PyCode pyCode() {
        return pyCode;
    }

    public PythonVersion version() {
        return version;
    }

    /** The file the code was read from, for messages. */
    public String origin() {
        return origin;
    }

    public String name() {
        return pyCode.name().value();
    }

    public String qualname() {
        return pyCode.qualname().value();
    }

    public List<Instruction> instructions() {
        return instructions;
    }

    public List<ExceptionEntry> exceptionTable() {
        return exceptionTable;
    }

    /** The decoded code objects of {@code co_consts}, in order. */
    public List<Code> children() {
        return children;
    }

    /** The index of the instruction a label is bound to ({@code instructions().size()} for the end). */
    public int indexOf(Label label) {
        Integer i = labelIndex.get(Objects.requireNonNull(label));
        if (i == null) {
            throw new IllegalArgumentException("label not of this code object");
        }
        return i;
    }

    /** The byte offset a label stands for: its instruction's {@link Instruction#start()}, or the code's length. */
    public int offsetOf(Label label) {
        int i = indexOf(label);
        return i == instructions.size() ? pyCode.code().length() : instructions.get(i).start();
    }

    /** Every label, in code order. */
    public List<Label> labels() {
        return labels;
    }

    /** A label's number for printing, {@code L1} being the first in code order. */
    public int labelNumber(Label label) {
        indexOf(label);
        return Collections.binarySearch(labels, label, Comparator.comparingInt(labelIndex::get)) + 1;
    }

    /** The label bound before instruction {@code index}, if any. */
    public Optional<Label> labelAt(int index) {
        return Optional.ofNullable(labelAtIndex[index]);
    }

    /** The exception-table entry that covers instruction {@code index}, if any (the first, as CPython looks them up). */
    public Optional<ExceptionEntry> handlerAt(int index) {
        for (ExceptionEntry e : exceptionTable) {
            if (indexOf(e.start()) <= index && index < indexOf(e.end())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The index of the instruction whose {@link Instruction#start()} or {@link Instruction#offset()} is {@code offset}. */
    public OptionalInt indexAtOffset(int offset) {
        int lo = 0;
        int hi = instructions.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Instruction in = instructions.get(mid);
            if (offset < in.start()) {
                hi = mid - 1;
            } else if (offset > in.offset()) {
                lo = mid + 1;
            } else {
                return OptionalInt.of(mid);
            }
        }
        return OptionalInt.empty();
    }

    /** {@code code object 'qualname' (line N)}, for messages. */
    public String describe() {
        return "code object '" + qualname() + "' (line " + pyCode.firstlineno() + ")";
    }

    @Override
    public String toString() {
        return "Code[" + describe() + ", " + instructions.size() + " instructions]";
    }
}
