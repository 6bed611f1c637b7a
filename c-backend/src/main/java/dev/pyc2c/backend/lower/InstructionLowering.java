package dev.pyc2c.backend.lower;

import dev.pyc2c.backend.ir.IrBuilder;
import dev.pyc2c.backend.ir.LocalEffects;
import dev.pyc2c.backend.ir.ValueRules;
import dev.pyc2c.backend.ir.Origin;
import dev.pyc2c.backend.ir.Pass;
import dev.pyc2c.backend.ir.Passes;
import dev.pyc2c.backend.ir.StackShapes;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.code.Code;
import dev.pyc2c.bytecode.code.Instruction;
import dev.pyc2c.bytecode.opcode.Opcode;
import java.util.List;
import java.util.Optional;

/**
 * How one Python version's instructions become C: a class per version, overriding what differs. It
 * gives the version's stack signatures (through {@link #shapes()}), what its instructions do to fast
 * locals, the passes to run, and the C of each instruction ({@link #lower}).
 */
public abstract class InstructionLowering implements LocalEffects, ValueRules, IrBuilder.Origins {

    /** Whether the backend translates this version's bytecode to C. */
    public static boolean translates(PythonVersion version) {
        return version == PythonVersion.V3_11 || version == PythonVersion.V3_12 || version == PythonVersion.V3_13
                || version == PythonVersion.V3_14;
    }

    /** The versions whose bytecode the backend translates, for messages: {@code 3.11, 3.12, 3.13, 3.14}. */
    public static String translatedVersions() {
        return java.util.Arrays.stream(PythonVersion.values()).filter(InstructionLowering::translates)
                .map(PythonVersion::toString).collect(java.util.stream.Collectors.joining(", "));
    }

    /** The lowering of {@code version}. */
    public static InstructionLowering of(PythonVersion version) {
        return switch (version) {
            case V3_11 -> new Lowering311();
            case V3_12 -> new Lowering312();
            case V3_13 -> new Lowering313();
            case V3_14 -> new Lowering314();
            default -> throw new IllegalArgumentException("no C backend for CPython " + version + " yet");
        };
    }

    /** State carried from one instruction to the next within a code object. */
    public static class State {
        /** KW_NAMES's constant index, for the CALL after it; -1 if none. */
        public int kwnames = -1;
        /** Offset of the KW_NAMES that set {@link #kwnames}. */
        public int kwnamesOffset = -1;
    }

    public State newState() {
        return new State();
    }

    /** Checks the state left after the last instruction. */
    public void finish(State state) throws UnsupportedCodeException {
        if (state.kwnames >= 0) {
            throw new UnsupportedCodeException("KW_NAMES at offset " + state.kwnamesOffset + " is not followed by CALL");
        }
    }

    /**
     * The C expression that reads the object in fast local {@code i} of the body's frame ({@code fast}, the
     * frame's localsplus): the slot itself where slots are object pointers (3.11 to 3.13).
     */
    public String localExpr(int i) {
        return "fast[" + i + "]";
    }

    /** The version's stack signatures. */
    public abstract StackShapes shapes();

    /** Where output {@code name} of {@code in} comes from (a local, a constant, a known NULL...). */
    public abstract Origin origin(Instruction in, String name);

    @Override
    public Origin of(Instruction in, String name) {
        return origin(in, name);
    }

    @Override
    public abstract boolean readsBelowInputs(Instruction in);

    /** The passes to run over each function, in order. */
    public List<Pass> passes() {
        return Passes.standard(this, this);
    }

    /**
     * Why the code object as a whole cannot be compiled (delegating generators, coroutines and async generators, for
     * now), if it cannot. Other generators compile through GeneratorTrampoline.
     */
    public Optional<String> unsupported(Code code) {
        var co = code.pyCode();
        if (co.isGenerator() && code.instructions().stream().anyMatch(in -> in.opcode() == Opcode.SEND)) {
            return Optional.of("yield from is not compiled yet");
        }
        if (co.isCoroutine()) {
            return Optional.of("coroutines are not compiled yet");
        }
        if (co.isAsyncGenerator()) {
            return Optional.of("asynchronous generators are not compiled yet");
        }
        return Optional.empty();
    }

    /**
     * Whether calls may enter the compiled body directly (pyc2c_enter): the version has direct calls and
     * the code object's parameters let a call bind them by position alone.
     */
    public boolean enteredDirectly(Code code) {
        return false;
    }

    /**
     * Checks, before anything is built, that an instruction the body runs can be compiled.
     *
     * @throws UnsupportedCodeException if it cannot
     */
    public abstract void checkSupported(Instruction in) throws UnsupportedCodeException;

    /**
     * The index of the first instruction the C body runs: what comes before (MAKE_CELL,
     * COPY_FREE_VARS) runs in the trampoline, which starts the frame as the interpreter would.
     */
    public int firstBodyInstruction(Code code) {
        var ins = code.instructions();
        for (int i = 0; i < ins.size(); i++) {
            if (ins.get(i).opcode() == Opcode.RESUME) {
                return i;
            }
        }
        return 0;
    }

    /**
     * Emits the C of one instruction.
     *
     * @throws UnsupportedCodeException if it cannot be compiled
     */
    public abstract void lower(FunctionLowering.Emit e, Instruction in) throws UnsupportedCodeException;
}
