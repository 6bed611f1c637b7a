package dev.pyc2c.bytecode.opcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.testing.Interpreters;
import dev.pyc2c.bytecode.testing.Python;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StackSignaturesTest {

    private static final List<Integer> OPARGS = opargs();

    private static List<Integer> opargs() {
        List<Integer> out = new ArrayList<>();
        for (int a = 0; a <= 300; a++) {
            out.add(a);
        }
        out.addAll(List.of(511, 512, 1000, 4095, 65535, 65536, 0x1FFFF, 1 << 20, (1 << 24) - 1));
        return out;
    }

    private static String resource(String version) throws Exception {
        try (InputStream in = StackSignatures.class.getResourceAsStream("stack-" + version + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Every opcode of the version's table has a signature, and for every oparg that matters its net
     * effect is the table's (which OpcodeTableTest checks against dis.stack_effect), with and without
     * jumping. Where the opcode table overrides dis (RETURN_GENERATOR of 3.11 and 3.12, whose
     * bytecodes.c signature is dis's "--"), the signature has dis's effect; where the signature
     * overrides dis (3.11's PRECALL and CALL), the override line has dis's effect and the pair adds up.
     */
    @ParameterizedTest(name = "CPython {0}")
    @EnumSource(PythonVersion.class)
    void everyOpcodeHasASignatureWithTheTablesStackEffect(PythonVersion v) {
        OpcodeTable table = OpcodeTable.of(v);
        StackSignatures sigs = StackSignatures.of(v);
        assertEquals(table.opcodes().stream().map(OpcodeInfo::name).collect(Collectors.toList()),
                sigs.signatures().stream().map(StackSignature::name).collect(Collectors.toList()),
                "one signature per opcode of the table, in its order");
        int compared = 0;
        for (OpcodeInfo info : table.opcodes()) {
            StackSignature sig = sigs.require(info.opcode());
            String tableOverride = table.stackEffectOverrides().get(info.opcode());
            List<Integer> opargs = !info.hasArgument() ? List.of(0)
                    : info.opcode() == Opcode.BUILD_SLICE ? List.of(2, 3) : OPARGS;
            for (int a : opargs) {
                String what = v + " " + sig + ", oparg " + a;
                if (tableOverride != null) {
                    assertEquals(Integer.parseInt(tableOverride.split(" ")[0]), sig.netEffect(a), what);
                } else if (sig.disEffect().isPresent()) {
                    assertEquals(info.stackEffect().apply(a), sig.disEffect().get().evaluate(a), what + " (dis)");
                } else {
                    assertEquals(info.stackEffect().apply(a), sig.netEffect(a), what);
                    assertEquals(info.jumpStackEffect().apply(a), sig.jumpEffect(a), what + ", jumping");
                }
                assertEquals(sig.netEffect(a), sig.outputs(a).stream().mapToInt(ResolvedItem::count).sum()
                        - sig.inputs(a).stream().mapToInt(ResolvedItem::count).sum(), what + ": resolved items");
                compared++;
            }
        }
        assertTrue(compared > 5000, "compared " + compared);
    }

    @Test
    void precallAndCallOf311AddUpToDisAndSayWhy() {
        StackSignatures s = StackSignatures.of(PythonVersion.V3_11);
        StackSignature precall = s.require(Opcode.PRECALL);
        StackSignature call = s.require(Opcode.CALL);
        OpcodeTable t = OpcodeTable.of(PythonVersion.V3_11);
        for (int a : OPARGS) {
            assertEquals(t.require(Opcode.PRECALL).stackEffect().apply(a) + t.require(Opcode.CALL).stackEffect().apply(a),
                    precall.netEffect(a) + call.netEffect(a));
        }
        assertEquals("PRECALL method callable args[oparg] -- method callable args[oparg]", precall.toString());
        assertEquals(List.of("method", "callable", "args"), precall.passedThrough());
        assertEquals("-oparg", precall.disEffect().orElseThrow().toString());
        assertTrue(precall.note().orElseThrow().contains("PRECALL leaves the stack as it is"));
        assertEquals("-1", call.disEffect().orElseThrow().toString());
        List<String> overridden = new ArrayList<>();
        for (PythonVersion v : PythonVersion.values()) {
            StackSignatures.of(v).signatures().stream().filter(x -> x.disEffect().isPresent())
                    .forEach(x -> overridden.add(v + " " + x.name()));
        }
        assertEquals(List.of("3.11 PRECALL", "3.11 CALL"), overridden);
    }

    @Test
    void knownSignaturesOf312() {
        StackSignatures s = StackSignatures.of(PythonVersion.V3_12);
        Map<Opcode, String> expected = Map.of(
                Opcode.BINARY_SUBSCR, "BINARY_SUBSCR container sub -- res",
                Opcode.CALL, "CALL method callable args[oparg] -- res",
                Opcode.SWAP, "SWAP bottom unused[oparg-2] top -- top unused[oparg-2] bottom",
                Opcode.COPY, "COPY bottom unused[oparg-1] -- bottom unused[oparg-1] top",
                Opcode.UNPACK_EX, "UNPACK_EX seq -- unused[oparg&255] unused unused[oparg>>8]",
                Opcode.MAKE_FUNCTION, "MAKE_FUNCTION defaults?(oparg&1) kwdefaults?(oparg&2) annotations?(oparg&4)"
                        + " closure?(oparg&8) codeobj -- func",
                Opcode.LOAD_ATTR, "LOAD_ATTR owner -- res2?(oparg&1) res",
                Opcode.LOAD_GLOBAL, "LOAD_GLOBAL -- null?(oparg&1) v",
                Opcode.FOR_ITER, "FOR_ITER iter -- iter next",
                Opcode.BUILD_MAP, "BUILD_MAP values[oparg*2] -- map");
        expected.forEach((op, text) -> {
            StackSignature sig = s.require(op);
            assertEquals(text, sig.toString());
            assertEquals(text, StackSignature.parse(text).toString(), "round trip");
            assertEquals(StackSignature.parse(text).inputs(), sig.inputs());
            assertEquals(StackSignature.parse(text).outputs(), sig.outputs());
        });
        StackSignature call = s.require(Opcode.CALL);
        assertEquals(List.of(new ResolvedItem("method", 1, false), new ResolvedItem("callable", 1, false),
                new ResolvedItem("args", 2, true)), call.inputs(2));
        assertEquals(List.of(new ResolvedItem("method", 1, false), new ResolvedItem("callable", 1, false)),
                call.inputs(0), "an empty array is left out");
        assertEquals(List.of(new ResolvedItem("res", 1, false)), call.outputs(7));
        StackSignature attr = s.require(Opcode.LOAD_ATTR);
        assertEquals("[res]", attr.outputs(4).toString());
        assertEquals("[res2, res]", attr.outputs(5).toString());
        StackSignature swap = s.require(Opcode.SWAP);
        assertEquals(List.of("bottom", "top"), swap.passedThrough(), "SWAP renames");
        assertEquals("[bottom, unused[2], top]", swap.inputs(4).toString());
        assertEquals("[top, unused[2], bottom]", swap.outputs(4).toString());
        assertEquals("[bottom, unused[2], top]", s.require(Opcode.COPY).outputs(3).toString());
        assertEquals("[unused[2], unused, unused[1]]", s.require(Opcode.UNPACK_EX).outputs(0x102).toString());
        assertEquals("[unused]", s.require(Opcode.UNPACK_EX).outputs(0).toString());
        assertEquals(3, s.require(Opcode.UNPACK_EX).netEffect(0x102), "2 + 1 + 1 out, 1 in");
        assertEquals("[defaults, closure, codeobj]", s.require(Opcode.MAKE_FUNCTION).inputs(9).toString());
        assertEquals("[values[6]]", s.require(Opcode.BUILD_MAP).inputs(3).toString());
        assertEquals("[value, fmt_spec]", s.require(Opcode.FORMAT_VALUE).inputs(4).toString());
        assertEquals("[value]", s.require(Opcode.FORMAT_VALUE).inputs(3).toString());
        StackSignature forIter = s.require(Opcode.FOR_ITER);
        assertEquals(1, forIter.jumpEffect(10), "dis's accounting");
        assertTrue(forIter.note().orElseThrow().contains("pops the iterator"));
        assertEquals("END_FOR value value --", s.require(Opcode.END_FOR).toString(), "macro POP_TOP + POP_TOP");
    }

    @Test
    void knownSignaturesOf313And311() {
        StackSignatures s13 = StackSignatures.of(PythonVersion.V3_13);
        assertEquals("CALL callable self_or_null args[oparg] -- res", s13.require(Opcode.CALL).toString());
        assertEquals("LOAD_ATTR owner -- attr self_or_null?(oparg&1)", s13.require(Opcode.LOAD_ATTR).toString());
        assertEquals("LOAD_GLOBAL -- res null?(oparg&1)", s13.require(Opcode.LOAD_GLOBAL).toString());
        assertEquals("MAKE_FUNCTION codeobj -- func", s13.require(Opcode.MAKE_FUNCTION).toString());
        assertEquals("SET_FUNCTION_ATTRIBUTE attr func -- func", s13.require(Opcode.SET_FUNCTION_ATTRIBUTE).toString());
        assertEquals("SEND receiver v -- receiver retval", s13.require(Opcode.SEND).toString(),
                "macro: the specializing op's unused takes _SEND's name v");
        assertEquals("LOAD_SUPER_ATTR global_super class self -- attr null?(oparg&1)",
                s13.require(Opcode.LOAD_SUPER_ATTR).toString());
        assertEquals("SWAP bottom unused[oparg-2] top -- top unused[oparg-2] bottom", s13.require(Opcode.SWAP).toString());
        assertEquals("BUILD_SLICE start stop step?(oparg==3) -- slice", s13.require(Opcode.BUILD_SLICE).toString());
        assertEquals("CALL_KW callable self_or_null args[oparg] kwnames -- res", s13.require(Opcode.CALL_KW).toString());

        StackSignatures s11 = StackSignatures.of(PythonVersion.V3_11);
        assertEquals("LOAD_ATTR owner -- res", s11.require(Opcode.LOAD_ATTR).toString());
        assertEquals("LOAD_METHOD owner -- res2 res", s11.require(Opcode.LOAD_METHOD).toString());
        assertEquals("BINARY_SUBSCR container sub -- res", s11.require(Opcode.BINARY_SUBSCR).toString());
        assertEquals("LOAD_GLOBAL -- null?(oparg&1) v", s11.require(Opcode.LOAD_GLOBAL).toString());
        StackSignature forIter = s11.require(Opcode.FOR_ITER);
        assertEquals(1, forIter.netEffect(3));
        assertEquals(-1, forIter.jumpEffect(3), "3.11's FOR_ITER pops the iterator when it jumps");
        assertEquals("-1", forIter.jumpEffect().orElseThrow().toString());
        assertEquals(0, s11.require(Opcode.JUMP_IF_TRUE_OR_POP).jumpEffect(5));
        assertEquals(-1, s11.require(Opcode.JUMP_IF_TRUE_OR_POP).netEffect(5));
        assertFalse(s11.signature(Opcode.CALL_INTRINSIC_1).isPresent());
        assertThrows(IllegalArgumentException.class, () -> s11.require(Opcode.RETURN_CONST));
    }

    @Test
    void theTableOf314IsLoadedByItsVersionString() {
        StackSignatures s = StackSignatures.forVersion("3.14");
        assertEquals(StackSignatures.of(PythonVersion.V3_14).signatures(), s.signatures());
        assertEquals("3.14", s.version());
        assertEquals("CALL callable self_or_null args[oparg] -- res", s.signature("CALL").orElseThrow().toString());
        assertEquals("LOAD_GLOBAL -- res[1] null[oparg&1]", s.signature("LOAD_GLOBAL").orElseThrow().toString());
        assertEquals("[res[1]]", s.signature("LOAD_GLOBAL").orElseThrow().outputs(2).toString());
        assertEquals("[res[1], null[1]]", s.signature("LOAD_GLOBAL").orElseThrow().outputs(3).toString());
        StackSignature swap = s.signature("SWAP").orElseThrow();
        assertEquals("SWAP bottom unused[oparg-2] top -- top unused[oparg-2] bottom", swap.toString());
        assertTrue(swap.note().orElseThrow().contains("swaps the two values"));
        assertEquals("[unused[3]]", s.signature("UNPACK_SEQUENCE").orElseThrow().outputs(3).toString(),
                "the top[0] marker takes no slot");
        assertEquals("BUILD_TEMPLATE strings interpolations -- template", s.signature("BUILD_TEMPLATE").orElseThrow().toString());
        assertEquals(Opcode.BUILD_TEMPLATE, s.signature("BUILD_TEMPLATE").orElseThrow().opcode().orElseThrow());
        assertEquals("END_ASYNC_FOR awaitable_st exc_st --", s.require(Opcode.END_ASYNC_FOR).toString());
        assertEquals("CALL_FUNCTION_EX func null callargs kwargs -- result",
                s.require(Opcode.CALL_FUNCTION_EX).toString());
        assertEquals("NOT_TAKEN --", s.require(Opcode.NOT_TAKEN).toString());
        assertEquals("POP_ITER value --", s.require(Opcode.POP_ITER).toString());
        assertEquals(Opcode.CALL, s.signature("CALL").orElseThrow().opcode().orElseThrow());
        assertTrue(s.signature("BINARY_SUBSCR").isEmpty(), "3.14 made it a BINARY_OP");
        assertThrows(IllegalArgumentException.class, () -> s.require(Opcode.BINARY_SUBSCR));
        assertThrows(IllegalArgumentException.class, () -> StackSignatures.forVersion("3.10"));
        assertThrows(IllegalArgumentException.class, () -> StackSignatures.forVersion("three"));
    }

    @Test
    void brokenTablesAreRejectedNamingTheLine() throws Exception {
        String good = resource("3.12");
        assertEquals(StackSignatures.of(PythonVersion.V3_12).signatures(),
                StackSignatures.parse("3.12", good).signatures());
        int sigLine = lineOf(good, "sig BINARY_SUBSCR ");
        Map<String, String> broken = Map.of(
                "sig BINARY_SUBSCR container sub -- res", "sig BINARY_SUBSCR container sub res",
                "sig BUILD_MAP values[oparg*2] -- map", "sig BUILD_MAP values[oparg*] -- map",
                "sig LOAD_ATTR owner -- res2?(oparg&1) res", "sig LOAD_ATTR owner -- res2?(FVS_MASK) res",
                "sig NOP --", "sig NOP -- -- x",
                "sig COPY_FREE_VARS --", "frobnicate COPY_FREE_VARS");
        broken.forEach((from, to) -> {
            assertTrue(good.contains(from + "\n"), from);
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> StackSignatures.parse("3.12", good.replace(from + "\n", to + "\n")), to);
            assertTrue(e.getMessage().startsWith("stack signatures 3.12, line " + lineOf(good, from + "\n") + ": "),
                    e.getMessage());
        });
        IllegalStateException dup = assertThrows(IllegalStateException.class,
                () -> StackSignatures.parse("3.12", good + "sig NOP --\n"));
        assertTrue(dup.getMessage().contains("line " + (good.split("\n", -1).length) + ": second signature of NOP"),
                dup.getMessage());
        IllegalStateException orphan = assertThrows(IllegalStateException.class,
                () -> StackSignatures.parse("3.12", good.replace("sig BINARY_SUBSCR", "jump NOT_YET 1\nsig BINARY_SUBSCR")));
        assertTrue(orphan.getMessage().contains("line " + sigLine + ": jump before the signature of NOT_YET"),
                orphan.getMessage());
        assertThrows(IllegalStateException.class, () -> StackSignatures.parse("3.11", good));
        assertThrows(IllegalStateException.class, () -> StackSignatures.parse("3.12", "version 3.12\n"));
        assertTrue(good.lines().findFirst().orElseThrow().contains("generated; do not edit"));
    }

    private static int lineOf(String text, String part) {
        return text.substring(0, text.indexOf(part)).split("\n", -1).length;
    }

    @Test
    void opargExpressions() {
        Map<String, int[]> cases = Map.ofEntries(
                Map.entry("oparg", new int[] {7, 7}),
                Map.entry("oparg&1", new int[] {5, 1}),
                Map.entry("oparg*2", new int[] {5, 10}),
                Map.entry("oparg-2", new int[] {0, -2}),
                Map.entry("oparg>>8", new int[] {0x1FF, 1}),
                Map.entry("oparg&255", new int[] {0x1FF, 255}),
                Map.entry("(oparg&4)==4", new int[] {4, 1}),
                Map.entry("oparg==3", new int[] {2, 0}),
                Map.entry("-1+oparg", new int[] {3, 2}),
                Map.entry("-oparg", new int[] {3, -3}),
                Map.entry("1+2*oparg", new int[] {3, 7}),
                Map.entry("(1+2)*oparg", new int[] {3, 9}),
                Map.entry("1<<oparg|1", new int[] {3, 9}),
                Map.entry("oparg/2", new int[] {-7, -3}),
                Map.entry("oparg%2", new int[] {-7, -1}),
                Map.entry("oparg?10:20", new int[] {0, 20}),
                Map.entry("oparg>1?oparg>2?3:2:1", new int[] {5, 3}),
                Map.entry("!oparg", new int[] {0, 1}),
                Map.entry("~oparg", new int[] {0, -1}),
                Map.entry("oparg>=1&&oparg<=3", new int[] {2, 1}),
                Map.entry("oparg<1||oparg>3", new int[] {2, 0}),
                Map.entry("oparg^3", new int[] {1, 2}),
                Map.entry("oparg!=0", new int[] {0, 0}),
                Map.entry(" ( oparg & 0 ) + 5 ", new int[] {9, 5}));
        cases.forEach((text, c) -> assertEquals(c[1], OpargExpression.parse(text).evaluate(c[0]), text));
        assertEquals("(oparg&4)==4", OpargExpression.parse("(oparg&4)==4").toString());
        assertEquals(OpargExpression.parse("oparg&1"), OpargExpression.parse(" oparg&1"));
        assertTrue(OpargExpression.parse("3*4").isConstant());
        assertFalse(OpargExpression.parse("oparg*0").isConstant());
        assertEquals(-5, OpargExpression.constant(-5).evaluate(99));
        for (String bad : List.of("", " ", "x", "oparg+", "(oparg", "oparg)", "oparg oparg", "1 2", "oparg&&",
                "FVS_MASK", "foo(1)", "99999999999", "0x10", "oparg?1", "oparg=1", "oparg[1]", "1..2")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OpargExpression.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("not an oparg expression: \"" + bad + "\""), e.getMessage());
        }
        assertThrows(ArithmeticException.class, () -> OpargExpression.parse("1/oparg").evaluate(0));
    }

    @Test
    void stackItems() {
        StackItem args = StackItem.parse("args[oparg]");
        assertTrue(args.isArray());
        assertFalse(args.isConditional());
        assertEquals(StackItem.array("args", OpargExpression.parse("oparg")), args);
        StackItem res2 = StackItem.parse("res2?(oparg&1)");
        assertEquals(0, res2.count(2));
        assertEquals(1, res2.count(3));
        assertTrue(res2.resolve(2).isEmpty());
        StackItem both = StackItem.parse("self_or_null[oparg&1]?(oparg>1)");
        assertEquals(1, both.count(3));
        assertEquals(0, both.count(1));
        assertEquals("self_or_null[oparg&1]?(oparg>1)", both.toString());
        assertEquals(0, StackItem.parse("unused[oparg-2]").count(0), "a size below 0 counts as 0");
        assertTrue(StackItem.single("unused").isUnused());
        for (String bad : List.of("", "1x", "a[", "a[]", "a?", "a?()", "a b", "a[oparg]?(x)", "a[oparg]x")) {
            assertThrows(IllegalArgumentException.class, () -> StackItem.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> new ResolvedItem("x", 2, false));
        assertThrows(IllegalArgumentException.class, () -> new ResolvedItem("x", 0, true));
        for (String bad : List.of("NOP", "-- x", "nop --", "X a -- b -- c", "X a b")) {
            assertThrows(IllegalArgumentException.class, () -> StackSignature.parse(bad), bad);
        }
        assertEquals("NOP --", StackSignature.parse("NOP --").toString());
    }

    /** The checked-in tables are what gen_stack_signatures.py makes from the checked-in sources. */
    @ParameterizedTest(name = "CPython {0}")
    @EnumSource(PythonVersion.class)
    void checkedInTableIsWhatTheGeneratorMakes(PythonVersion v) throws Exception {
        Interpreters.Interpreter python = Interpreters.require(v);
        Path src = Python.scripts().resolve("cpython-src");
        String fresh;
        if (v == PythonVersion.V3_11) {
            fresh = Python.run(python, Python.scripts().resolve("gen_stack_signatures.py").toString(),
                    "--label", Files.readString(src.resolve("3.12/SOURCE")).strip(),
                    "--from-3.12", src.resolve("3.12/bytecodes.c").toString(),
                    "--overrides", Python.scripts().resolve("stack-3.11-overrides.txt").toString());
        } else {
            fresh = Python.run(python, Python.scripts().resolve("gen_stack_signatures.py").toString(),
                    "--label", Files.readString(src.resolve(v + "/SOURCE")).strip(),
                    src.resolve(v + "/bytecodes.c").toString());
        }
        assertEquals(withoutFirstLines(resource(v.toString())), withoutFirstLines(fresh),
                "stack-" + v + ".txt is stale: run bytecode-model/scripts/regenerate.sh");
    }

    /** Without the line that names the interpreter's patch release. */
    private static String withoutFirstLines(String table) {
        return table.lines().filter(l -> !l.startsWith("# Made by")).collect(Collectors.joining("\n"));
    }
}
