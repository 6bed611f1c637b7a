package dev.pyc2c.backend;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyc2c.backend.testing.CompiledCorpus;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.code.Argument;
import dev.pyc2c.bytecode.code.Code;
import dev.pyc2c.bytecode.code.Instruction;
import dev.pyc2c.bytecode.opcode.ComparisonOp;
import dev.pyc2c.bytecode.opcode.Conversion;
import dev.pyc2c.bytecode.opcode.Intrinsic;
import dev.pyc2c.bytecode.opcode.Opcode;
import dev.pyc2c.bytecode.opcode.OpcodeInfo;
import dev.pyc2c.bytecode.opcode.OpcodeTable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every opcode that ordinary code compiles to must appear in a code object of the differential corpus
 * that pyc2c compiled to C (so each is tested against the interpreter), apart from the ones listed
 * in {@link #NOT_REQUIRED_311}, {@link #NOT_REQUIRED_312}, {@link #NOT_REQUIRED_313} and {@link #NOT_REQUIRED_314} with
 * the reason.
 */
class OpcodeCoverageTest {

    /** 3.12 opcodes ordinary code does not produce, or that belong to code not compiled yet. */
    static final Map<Opcode, String> NOT_REQUIRED_312 = Map.ofEntries(
            Map.entry(Opcode.CACHE, "inline cache entries are not instructions"),
            Map.entry(Opcode.RESERVED, "not emitted by the compiler"),
            Map.entry(Opcode.INTERPRETER_EXIT, "only in the interpreter's own entry trampoline"),
            Map.entry(Opcode.SEND, "yield from is not compiled yet"),
            Map.entry(Opcode.END_SEND, "yield from is not compiled yet"),
            Map.entry(Opcode.GET_YIELD_FROM_ITER, "yield from is not compiled yet"),
            Map.entry(Opcode.CLEANUP_THROW, "yield from is not compiled yet"),
            Map.entry(Opcode.JUMP_BACKWARD_NO_INTERRUPT, "only in yield-from and await loops"),
            Map.entry(Opcode.GET_AWAITABLE, "coroutines are not compiled yet"),
            Map.entry(Opcode.GET_ANEXT, "coroutines are not compiled yet"),
            Map.entry(Opcode.BEFORE_ASYNC_WITH, "coroutines are not compiled yet"),
            Map.entry(Opcode.END_ASYNC_FOR, "coroutines are not compiled yet"));

    /**
     * Intrinsics only async generators or 3.13 use, the invalid ones, and PRINT, which only
     * interactive ("single") code uses, never a module (its helper is checked by RuntimeOpsTest).
     */
    static final Set<Intrinsic> NOT_REQUIRED_INTRINSICS_312 = EnumSet.of(Intrinsic.INVALID_1, Intrinsic.INVALID_2,
            Intrinsic.PRINT,
            Intrinsic.ASYNC_GEN_WRAP, Intrinsic.SET_TYPEPARAM_DEFAULT);

    /** 3.13 opcodes, beyond 3.12's, that ordinary code does not produce or that belong to code not compiled yet. */
    static final Map<Opcode, String> NOT_REQUIRED_313 = Map.ofEntries(
            Map.entry(Opcode.ENTER_EXECUTOR, "only put in place by the interpreter's tier-2 optimizer, at run time"),
            Map.entry(Opcode.EXIT_INIT_CHECK, "only in the interpreter's specialised class calls"));

    /** 3.14 opcodes, beyond 3.13's, that ordinary code does not produce or that belong to code not compiled yet. */
    static final Map<Opcode, String> NOT_REQUIRED_314 = Map.ofEntries(
            Map.entry(Opcode.EXIT_INIT_CHECK, "only in the interpreter's specialised class calls"));

    /** 3.13 intrinsics (beyond 3.12's) not required. */
    static final Set<Intrinsic> NOT_REQUIRED_INTRINSICS_313 = EnumSet.of(Intrinsic.INVALID_1, Intrinsic.INVALID_2,
            Intrinsic.PRINT, Intrinsic.ASYNC_GEN_WRAP);

    /** 3.11 opcodes ordinary code does not produce, or that belong to code not compiled yet. */
    static final Map<Opcode, String> NOT_REQUIRED_311 = Map.ofEntries(
            Map.entry(Opcode.CACHE, "inline cache entries are not instructions"),
            Map.entry(Opcode.SEND, "yield from is not compiled yet"),
            Map.entry(Opcode.GET_YIELD_FROM_ITER, "yield from is not compiled yet"),
            Map.entry(Opcode.ASYNC_GEN_WRAP, "asynchronous generators are not compiled yet"),
            Map.entry(Opcode.JUMP_BACKWARD_NO_INTERRUPT, "only in yield-from and await loops"),
            Map.entry(Opcode.GET_AWAITABLE, "coroutines are not compiled yet"),
            Map.entry(Opcode.GET_ANEXT, "coroutines are not compiled yet"),
            Map.entry(Opcode.BEFORE_ASYNC_WITH, "coroutines are not compiled yet"),
            Map.entry(Opcode.END_ASYNC_FOR, "coroutines are not compiled yet"),
            Map.entry(Opcode.PRINT_EXPR, "only interactive (\"single\") code uses it, never a module (its helper is"
                    + " checked by RuntimeOpsTest)"));

    /** 3.11 has no intrinsics: what 3.12 made intrinsics (PRINT_EXPR, IMPORT_STAR...) are instructions of their own. */
    static final Set<Intrinsic> NOT_REQUIRED_INTRINSICS_311 = EnumSet.allOf(Intrinsic.class);

    @Test
    void everyOrdinaryOpcodeIsCompiledSomewhereInTheCorpus311() {
        check(PythonVersion.V3_11, NOT_REQUIRED_311, NOT_REQUIRED_INTRINSICS_311);
    }

    @Test
    void everyOrdinaryOpcodeIsCompiledSomewhereInTheCorpus312() {
        check(PythonVersion.V3_12, NOT_REQUIRED_312, NOT_REQUIRED_INTRINSICS_312);
    }

    @Test
    void everyOrdinaryOpcodeIsCompiledSomewhereInTheCorpus313() {
        Map<Opcode, String> notRequired = new java.util.EnumMap<>(Opcode.class);
        notRequired.putAll(NOT_REQUIRED_312);
        notRequired.putAll(NOT_REQUIRED_313);
        check(PythonVersion.V3_13, notRequired, NOT_REQUIRED_INTRINSICS_313);
    }

    @Test
    void everyOrdinaryOpcodeIsCompiledSomewhereInTheCorpus314() {
        Map<Opcode, String> notRequired = new java.util.EnumMap<>(Opcode.class);
        notRequired.putAll(NOT_REQUIRED_312);
        notRequired.putAll(NOT_REQUIRED_314);
        check(PythonVersion.V3_14, notRequired, NOT_REQUIRED_INTRINSICS_313);
    }

    private static void check(PythonVersion version, Map<Opcode, String> notRequired, Set<Intrinsic> notRequiredIntrinsics) {
        CompiledCorpus.Built corpus = CompiledCorpus.of(version);
        Set<Opcode> seen = EnumSet.noneOf(Opcode.class);
        boolean extendedArg = false;
        Set<Object> arguments = new java.util.HashSet<>();
        for (CompiledCorpus.Module m : corpus.modules()) {
            if (m.code() == null) {
                continue;
            }
            Set<String> compiled = m.compiled().report().codeObjects().stream()
                    .filter(c -> c.status() == CompileReport.Status.COMPILED)
                    .map(c -> c.qualname() + ":" + c.firstLine()).collect(Collectors.toSet());
            for (Code c : flatten(m.code())) {
                if (!compiled.contains(c.qualname() + ":" + c.pyCode().firstlineno())) {
                    continue;
                }
                for (Instruction in : c.instructions()) {
                    seen.add(in.opcode());
                    if (in.argument() instanceof Argument.BinaryOp b) {
                        arguments.add(b.op());
                    } else if (in.argument() instanceof Argument.Compare cmp) {
                        arguments.add(cmp.op());
                    } else if (in.argument() instanceof Argument.Intrinsic i) {
                        arguments.add(i.intrinsic());
                    } else if (in.argument() instanceof Argument.Format f) {
                        arguments.add(f.conversion());
                    } else if (in.argument() instanceof Argument.Convert f) {
                        arguments.add(f.conversion());
                    }
                    extendedArg |= in.extendedArgs() > 0;
                }
            }
        }
        if (extendedArg) {
            seen.add(Opcode.EXTENDED_ARG);
        }
        Map<String, String> missing = new TreeMap<>();
        for (OpcodeInfo info : OpcodeTable.of(version).opcodes()) {
            if (!seen.contains(info.opcode()) && !notRequired.containsKey(info.opcode())) {
                missing.put(info.name(), "");
            }
        }
        // The folded arguments: every operator (of 3.12: 3.14's NB_SUBSCR is none), comparison, intrinsic and
        // conversion ordinary code uses.
        List<Object> wanted = new ArrayList<>();
        OpcodeTable table = OpcodeTable.of(PythonVersion.V3_12);
        for (int i = 0; table.binaryOperator(i).isPresent(); i++) {
            wanted.add(table.binaryOperator(i).get());
        }
        wanted.addAll(List.of(ComparisonOp.values()));
        wanted.addAll(List.of(Conversion.values()));
        if (version.atLeast(PythonVersion.V3_13)) {
            wanted.remove(Conversion.NONE); // CONVERT_VALUE only converts: a field without !s/!r/!a has none
        }
        for (Intrinsic i : Intrinsic.values()) {
            if (!notRequiredIntrinsics.contains(i)) {
                wanted.add(i);
            }
        }
        for (Object w : wanted) {
            if (!arguments.contains(w)) {
                missing.put(w.getClass().getSimpleName() + "." + w, "");
            }
        }
        System.out.printf("[coverage %s] %d opcodes compiled in the corpus; %d not required: %s%n", version, seen.size(),
                notRequired.size(), notRequired.keySet().stream().map(Enum::name).sorted().toList());
        assertTrue(missing.isEmpty(), () -> "opcodes (and folded arguments) no compiled code object of the corpus uses: " + missing.keySet());
    }

    private static java.util.List<Code> flatten(Code code) {
        java.util.List<Code> out = new java.util.ArrayList<>();
        java.util.ArrayDeque<Code> work = new java.util.ArrayDeque<>();
        work.push(code);
        while (!work.isEmpty()) {
            Code c = work.pop();
            out.add(c);
            c.children().forEach(work::push);
        }
        return out;
    }
}
