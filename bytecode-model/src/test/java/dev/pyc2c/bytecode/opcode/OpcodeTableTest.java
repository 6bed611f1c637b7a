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
        assertEquals(26, java.util.stream.IntStream.range(0, 40).filter(i -> t.binaryOperator(i).isPresent()).count());
        assertEquals(ComparisonOp.GE, t.comparison(5).orElseThrow());
        assertFalse(t.comparison(6).isPresent());
        assertEquals(Set.of(FunctionFlag.DEFAULTS, FunctionFlag.CLOSURE), t.functionFlags(9).orElseThrow());
        assertFalse(t.functionFlags(16).isPresent());
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
