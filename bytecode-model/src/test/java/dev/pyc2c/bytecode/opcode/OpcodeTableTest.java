package dev.pyc2c.bytecode.opcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.testing.Interpreters;
import dev.pyc2c.bytecode.testing.Python;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OpcodeTableTest {

    private static String resource(PythonVersion v) throws Exception {
        try (InputStream in = OpcodeTable.class.getResourceAsStream("opcodes-" + v + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String withoutComments(String table) {
        return table.lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
    }

    @ParameterizedTest(name = "CPython {0}")
    @EnumSource(PythonVersion.class)
    void checkedInTableIsWhatTheInterpreterGenerates(PythonVersion v) throws Exception {
        Interpreters.Interpreter python = Interpreters.require(v);
        String fresh = Python.run(python, Python.scripts().resolve("gen_opcode_table.py").toString());
        assertEquals(withoutComments(resource(v)), withoutComments(fresh),
                "opcodes-" + v + ".txt is stale: run bytecode-model/scripts/regenerate.sh");
    }

    /** Every opcode's stack effect, with and without jumping, for the opargs that matter, against {@code dis.stack_effect}. */
    @ParameterizedTest(name = "CPython {0}")
    @EnumSource(PythonVersion.class)
    void stackEffectsAgreeWithDis(PythonVersion v) throws Exception {
        Interpreters.Interpreter python = Interpreters.require(v);
        OpcodeTable table = OpcodeTable.of(v);
        List<Integer> opargs = new ArrayList<>();
        for (int a = 0; a <= 300; a++) {
            opargs.add(a);
        }
        opargs.addAll(List.of(511, 512, 1000, 4095, 65535, 65536, 65793, 1 << 20));
        String script = "import dis, json, sys\n"
                + "ops = json.loads(sys.argv[1]); args = json.loads(sys.argv[2]); out = {}\n"
                + "for name, num, has_arg in ops:\n"
                + "    if has_arg:\n"
                + "        out[name] = [[dis.stack_effect(num, a, jump=False), dis.stack_effect(num, a, jump=True)]"
                + " for a in args]\n"
                + "    else:\n"
                + "        out[name] = [[dis.stack_effect(num, jump=False), dis.stack_effect(num, jump=True)]]\n"
                + "print(json.dumps(out))\n";
        String ops = table.opcodes().stream()
                .map(i -> "[\"" + i.name() + "\"," + i.number() + "," + (i.hasArgument() ? "true" : "false") + "]")
                .collect(Collectors.joining(",", "[", "]"));
        JsonNode dis = new ObjectMapper().readTree(Python.run(python, "-c", script, ops, opargs.toString()));
        int compared = 0;
        for (OpcodeInfo info : table.opcodes()) {
            JsonNode effects = dis.get(info.name());
            String override = table.stackEffectOverrides().get(info.opcode());
            for (int k = 0; k < effects.size(); k++) {
                int oparg = info.hasArgument() ? opargs.get(k) : 0;
                if (info.opcode() == Opcode.BUILD_SLICE && oparg != 2 && oparg != 3) {
                    continue; // only 2 and 3 are valid
                }
                int disPlain = effects.get(k).get(0).asInt();
                int disJump = effects.get(k).get(1).asInt();
                if (override != null) {
                    assertEquals(override, disPlain + " " + disJump, info.name() + ": dis changed under the override");
                    continue;
                }
                assertEquals(disPlain, info.stackEffect().apply(oparg), info.name() + " " + oparg);
                assertEquals(disJump, info.jumpStackEffect().apply(oparg), info.name() + " " + oparg + " jumping");
                compared++;
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
    }

    @Test
    void everyOpcodeOfEveryTableIsInTheEnumAndEveryEnumConstantInATable() {
        Set<Opcode> seen = EnumSet.noneOf(Opcode.class);
        for (PythonVersion v : PythonVersion.values()) {
            OpcodeTable.of(v).opcodes().forEach(i -> seen.add(i.opcode()));
        }
        assertEquals(EnumSet.allOf(Opcode.class), seen);
    }

    @ParameterizedTest(name = "CPython {0}")
    @EnumSource(PythonVersion.class)
    void tablesAreConsistent(PythonVersion v) {
        OpcodeTable t = OpcodeTable.of(v);
        assertEquals(v.magicNumber(), t.magicNumber());
        for (OpcodeInfo i : t.opcodes()) {
            assertEquals(i, t.byNumber(i.number()).orElseThrow());
            assertEquals(i, t.require(i.opcode()));
            assertEquals(i.stackEffect(), StackEffect.parse(i.stackEffect().toString()), "formula round trip");
        }
        assertEquals(Opcode.EXTENDED_ARG, t.byNumber(t.require(Opcode.EXTENDED_ARG).number()).orElseThrow().opcode());
        boolean v314 = v.atLeast(PythonVersion.V3_14);
        assertEquals(v314 ? 27 : 26,
                java.util.stream.IntStream.range(0, 40).filter(i -> t.binaryOperator(i).isPresent()).count());
        assertEquals(ComparisonOp.GE, t.comparison(5).orElseThrow());
        assertFalse(t.comparison(6).isPresent());
        assertEquals(Set.of(FunctionFlag.DEFAULTS, FunctionFlag.CLOSURE), t.functionFlags(9).orElseThrow());
        assertEquals(v314, t.functionFlags(16).isPresent(), "annotate");
        assertFalse(t.functionFlags(32).isPresent());
        assertEquals(v314 ? 5 : 0, java.util.stream.IntStream.range(0, 9).filter(i -> t.commonConstant(i).isPresent()).count());
        assertEquals(v314 ? 4 : 0, java.util.stream.IntStream.range(0, 9).filter(i -> t.specialMethod(i).isPresent()).count());
        assertThrows(IllegalArgumentException.class, () -> t.require(v == PythonVersion.V3_11 ? Opcode.RETURN_CONST
                : Opcode.PRECALL));
    }

    @Test
    void versionSpecificDifferencesAreInTheTables() {
        OpcodeTable t11 = OpcodeTable.of(PythonVersion.V3_11);
        OpcodeTable t12 = OpcodeTable.of(PythonVersion.V3_12);
        OpcodeTable t13 = OpcodeTable.of(PythonVersion.V3_13);
        assertEquals(ArgKind.NAME, t11.require(Opcode.LOAD_ATTR).argKind());
        assertEquals(ArgKind.ATTR_NAME, t12.require(Opcode.LOAD_ATTR).argKind());
        assertEquals(ArgKind.LOCAL_PAIR, t13.require(Opcode.LOAD_FAST_LOAD_FAST).argKind());
        assertEquals(ArgKind.JUMP_BACKWARD, t11.require(Opcode.POP_JUMP_BACKWARD_IF_TRUE).argKind());
        assertEquals(-1, t11.require(Opcode.FOR_ITER).jumpStackEffect().apply(0));
        assertEquals(1, t12.require(Opcode.FOR_ITER).jumpStackEffect().apply(0));
        assertEquals(Map.of(Opcode.RETURN_GENERATOR, "0 0"), t12.stackEffectOverrides());
        assertTrue(t13.stackEffectOverrides().isEmpty());
        assertEquals(Intrinsic.SET_TYPEPARAM_DEFAULT, t13.intrinsic(2, 5).orElseThrow());
        assertFalse(t12.intrinsic(2, 5).isPresent());
        assertFalse(t11.intrinsic(1, 1).isPresent());
    }

    @Test
    void whatIsNewIn314IsInItsTable() {
        OpcodeTable t = OpcodeTable.of(PythonVersion.V3_14);
        OpcodeTable t13 = OpcodeTable.of(PythonVersion.V3_13);
        assertEquals(3627, t.magicNumber());
        assertEquals(ArgKind.SMALL_INT, t.require(Opcode.LOAD_SMALL_INT).argKind());
        assertEquals(ArgKind.COMMON_CONSTANT, t.require(Opcode.LOAD_COMMON_CONSTANT).argKind());
        assertEquals(ArgKind.SPECIAL_METHOD, t.require(Opcode.LOAD_SPECIAL).argKind());
        assertEquals(ArgKind.INTERPOLATION, t.require(Opcode.BUILD_INTERPOLATION).argKind());
        assertEquals(ArgKind.LOCAL_PAIR, t.require(Opcode.LOAD_FAST_BORROW_LOAD_FAST_BORROW).argKind());
        assertEquals(ArgKind.LOCAL, t.require(Opcode.LOAD_FAST_BORROW).argKind());
        assertEquals(ArgKind.DEREF, t.require(Opcode.LOAD_DEREF).argKind(), "as in 3.11-3.13, though 3.14's dis lists it as local");
        assertEquals(ArgKind.NEGATION, t.require(Opcode.IS_OP).argKind());
        assertEquals(ArgKind.NEGATION, t.require(Opcode.CONTAINS_OP).argKind());
        assertEquals(ArgKind.NUMBER, t13.require(Opcode.IS_OP).argKind(), "3.13's dis does not name it");
        OpcodeInfo endAsyncFor = t.require(Opcode.END_ASYNC_FOR);
        assertEquals(ArgKind.BRANCH_SOURCE, endAsyncFor.argKind());
        assertFalse(endAsyncFor.hasJumpTarget(), "a reference for sys.monitoring, not a jump");
        assertEquals(Opcode.Flow.NEXT, endAsyncFor.opcode().flow());
        assertEquals(ArgKind.NONE, t13.require(Opcode.END_ASYNC_FOR).argKind());
        assertEquals(ArgKind.NONE, t.require(Opcode.CALL_FUNCTION_EX).argKind(), "3.14: kwargs always pushed (maybe NULL)");
        assertEquals(-3, t.require(Opcode.CALL_FUNCTION_EX).stackEffect().apply(0));
        assertEquals(3, t.require(Opcode.CALL_KW).cacheEntries());
        assertEquals(5, t.require(Opcode.BINARY_OP).cacheEntries());
        assertEquals(BinaryOperator.SUBSCR, t.binaryOperator(26).orElseThrow());
        assertFalse(t13.binaryOperator(26).isPresent());
        assertEquals(0, t.require(Opcode.RETURN_VALUE).stackEffect().apply(0), "3.14's dis: retval -- res");
        for (Opcode gone : List.of(Opcode.BINARY_SUBSCR, Opcode.RETURN_CONST, Opcode.BEFORE_WITH,
                Opcode.BEFORE_ASYNC_WITH, Opcode.LOAD_ASSERTION_ERROR, Opcode.ENTER_EXECUTOR)) {
            assertTrue(t.info(gone).isEmpty(), gone + " is no opcode of a 3.14 .pyc");
        }
        assertEquals(CommonConstant.ALL, t.commonConstant(3).orElseThrow());
        assertEquals("<built-in function all>", CommonConstant.ALL.disRepr());
        assertEquals("AssertionError", CommonConstant.ASSERTION_ERROR.disRepr());
        assertEquals(SpecialMethod.AEXIT, t.specialMethod(3).orElseThrow());
        assertEquals(FunctionFlag.ANNOTATE, t.functionFlags(16).orElseThrow().iterator().next());
        assertTrue(t.stackEffectOverrides().isEmpty());
    }

    @Test
    void stackEffectFormulas() {
        StackEffect e = StackEffect.parse("1-2*oparg");
        assertEquals(-5, e.apply(3));
        assertEquals("1-2*oparg", e.toString());
        StackEffect mf = StackEffect.parse("-(oparg&1)-((oparg>>1)&1)-((oparg>>2)&1)-((oparg>>3)&1)");
        assertEquals(-4, mf.apply(15));
        assertEquals(0, mf.apply(16));
        assertEquals(235, StackEffect.parse("oparg-255*(oparg>>8)").apply(1000));
        assertEquals("0", StackEffect.constant(0).toString());
        for (String bad : List.of("", "x", "1+", "2*3", "1 2", "oparg*2", "1oparg")) {
            assertThrows(IllegalArgumentException.class, () -> StackEffect.parse(bad), bad);
        }
    }

    @Test
    void aBrokenTableIsRejected() throws Exception {
        String good = resource(PythonVersion.V3_12);
        assertThrows(IllegalStateException.class, () -> OpcodeTable.parse(PythonVersion.V3_11, good));
        assertThrows(IllegalStateException.class,
                () -> OpcodeTable.parse(PythonVersion.V3_12, good.replace("magic 3531", "magic 3530")));
        assertThrows(IllegalStateException.class,
                () -> OpcodeTable.parse(PythonVersion.V3_12, good + "opcode NOT_AN_OPCODE 250 0 NONE 0 0\n"));
        assertThrows(IllegalStateException.class,
                () -> OpcodeTable.parse(PythonVersion.V3_12, good.replace("FOR_ITER 93 1 JUMP_FORWARD", "FOR_ITER 93 1 NUMBER")));
        Iterator<String> lines = good.lines().iterator();
        assertTrue(lines.next().contains("generated; do not edit"));
    }
}
