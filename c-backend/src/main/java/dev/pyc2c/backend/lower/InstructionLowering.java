package dev.pyc2c.backend.lower;

import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.code.Code;
import dev.pyc2c.bytecode.code.Instruction;
import dev.pyc2c.bytecode.opcode.Opcode;
import java.util.Optional;

/**
 * How one Python version's instructions become C: a class per version, overriding what differs.
 */
public abstract class InstructionLowering {

    /** The lowering of {@code version}. */
    /** Whether the backend translates this version's bytecode to C. */
    public static boolean translates(PythonVersion version) {
        return version == PythonVersion.V3_12;
    }

    /** The versions whose bytecode the backend translates, for messages: {@code 3.12}. */
    public static String translatedVersions() {
        return java.util.Arrays.stream(PythonVersion.values()).filter(InstructionLowering::translates)
                .map(PythonVersion::toString).collect(java.util.stream.Collectors.joining(", "));
    }

    public static InstructionLowering of(PythonVersion version) {
        return switch (version) {
            case V3_12 -> new Lowering312();
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

    /** Why the code object as a whole cannot be compiled (generators, for now), if it cannot. */
    public Optional<String> unsupported(Code code) {
        var co = code.pyCode();
        if (co.isGenerator()) {
            return Optional.of("generator functions are not compiled yet");
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
