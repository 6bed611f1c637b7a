package dev.pyc2c.bytecode.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyc2c.bytecode.PycFormatException;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.dis.Disassembler;
import dev.pyc2c.bytecode.marshal.PyCode;
import dev.pyc2c.bytecode.marshal.PyInt;
import dev.pyc2c.bytecode.marshal.PyNone;
import dev.pyc2c.bytecode.marshal.PyObject;
import dev.pyc2c.bytecode.opcode.BinaryOperator;
import dev.pyc2c.bytecode.opcode.CommonConstant;
import dev.pyc2c.bytecode.opcode.ComparisonOp;
import dev.pyc2c.bytecode.opcode.Conversion;
import dev.pyc2c.bytecode.opcode.FunctionFlag;
import dev.pyc2c.bytecode.opcode.Opcode;
import dev.pyc2c.bytecode.opcode.SpecialMethod;
import dev.pyc2c.bytecode.testing.Asm;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeDecoderTest {

    private static PycFormatException bad(Asm asm) {
        PycFormatException e = assertThrows(PycFormatException.class, () -> Code.decode(asm.build("f"), asm.version()));
        assertEquals(PycFormatException.Kind.INVALID_BYTECODE, e.kind());
        assertTrue(e.getMessage().startsWith("asm.py: code object 'f' (line 1)"), e.getMessage());
        return e;
    }

    @Test
    void extendedArgIsFoldedAndJumpsBecomeLabels() {
        Asm a = new Asm(PythonVersion.V3_12);
        PyObject[] consts = new PyObject[300];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = PyInt.of(i);
        }
        a.consts(consts).names("x");
        a.op(Opcode.RESUME);
        int load = a.op(Opcode.LOAD_CONST, 299);
        int jump = a.op(Opcode.POP_JUMP_IF_FALSE, 1);
        a.op(Opcode.NOP);
        int target = a.op(Opcode.LOAD_CONST, 1);
        a.op(Opcode.LOAD_CONST, 2);
        a.op(Opcode.COMPARE_OP, 2 << 4);
        a.op(Opcode.BINARY_OP, 13);
        a.op(Opcode.RETURN_VALUE);
        Code code = Code.decode(a.build("f"), PythonVersion.V3_12);
        Instruction lc = code.instructions().get(1);
        assertEquals(Opcode.LOAD_CONST, lc.opcode());
        assertEquals(299, lc.oparg());
        assertEquals(load, lc.start());
        assertEquals(load + 2, lc.offset());
        assertEquals(1, lc.extendedArgs());
        assertEquals(new Argument.Const(299, PyInt.of(299)), lc.argument());
        Instruction pj = code.instructions().get(2);
        assertEquals(jump, pj.offset());
        Label l = pj.target().orElseThrow();
        assertEquals(target, code.offsetOf(l));
        assertEquals(4, code.indexOf(l));
        assertEquals(1, code.labelNumber(l));
        assertEquals(new Argument.Compare(ComparisonOp.EQ, false), code.instructions().get(6).argument());
        assertEquals(new Argument.BinaryOp(BinaryOperator.INPLACE_ADD), code.instructions().get(7).argument());
        assertEquals(4, code.indexAtOffset(target).orElseThrow());
        assertEquals(1, code.indexAtOffset(load).orElseThrow());
    }

    @Test
    void exceptionTableEntriesBecomeLabels() {
        Asm a = new Asm(PythonVersion.V3_11).consts(PyNone.NONE);
        a.op(Opcode.RESUME);
        a.op(Opcode.NOP);
        a.op(Opcode.LOAD_CONST, 0);
        a.op(Opcode.RETURN_VALUE);
        a.op(Opcode.PUSH_EXC_INFO);
        a.op(Opcode.RERAISE, 0);
        a.exceptionEntry(1, 2, 4, 0, true);
        Code code = Code.decode(a.build("f"), PythonVersion.V3_11);
        ExceptionEntry e = code.exceptionTable().get(0);
        assertEquals(2, code.offsetOf(e.start()));
        assertEquals(6, code.offsetOf(e.end()));
        assertEquals(8, code.offsetOf(e.handler()));
        assertEquals(2, e.handlerDepth());
        assertEquals(e, code.handlerAt(2).orElseThrow());
        assertTrue(code.handlerAt(0).isEmpty());
        assertEquals(3, code.labels().size());
    }

    @Test
    void invalidBytecodeIsReported() {
        Asm unknown = new Asm(PythonVersion.V3_12);
        unknown.raw(250, 0);
        assertTrue(bad(unknown).getMessage().contains("bytecode offset 0: opcode 250 does not exist in CPython 3.12"));

        Asm constRange = new Asm(PythonVersion.V3_12);
        constRange.op(Opcode.LOAD_CONST, 3);
        assertTrue(bad(constRange).getMessage().contains("LOAD_CONST 3 refers past the end of co_consts (0 items)"));

        Asm names = new Asm(PythonVersion.V3_13);
        names.op(Opcode.LOAD_GLOBAL, 5);
        assertTrue(bad(names).getMessage().contains("co_names"));

        Asm local = new Asm(PythonVersion.V3_13).locals("a");
        local.op(Opcode.LOAD_FAST_LOAD_FAST, 0x01);
        assertTrue(bad(local).getMessage().contains("refers past the last local variable (1 locals)"));

        Asm past = new Asm(PythonVersion.V3_12);
        past.op(Opcode.JUMP_FORWARD, 7);
        assertTrue(bad(past).getMessage().contains("JUMP_FORWARD 7 jumps to offset 16"));

        Asm intoCache = new Asm(PythonVersion.V3_12).names("x");
        intoCache.op(Opcode.LOAD_ATTR, 0);
        intoCache.op(Opcode.JUMP_BACKWARD, 3);
        assertTrue(bad(intoCache).getMessage().contains("not the start of an instruction"));

        Asm trailingExt = new Asm(PythonVersion.V3_11);
        trailingExt.op(Opcode.NOP);
        trailingExt.raw(OpcodeNumbers.of(PythonVersion.V3_11, Opcode.EXTENDED_ARG), 1);
        assertTrue(bad(trailingExt).getMessage().contains("ends with EXTENDED_ARG"));

        Asm cache = new Asm(PythonVersion.V3_12);
        cache.raw(OpcodeNumbers.of(PythonVersion.V3_12, Opcode.LOAD_ATTR), 0);
        assertTrue(bad(cache).getMessage().contains("inline cache runs past the end"));

        Asm badEntry = new Asm(PythonVersion.V3_11);
        badEntry.op(Opcode.NOP);
        badEntry.op(Opcode.NOP);
        badEntry.exceptionEntry(0, 1, 5, 0, false);
        assertTrue(bad(badEntry).getMessage().contains("is not a valid range and target"));
    }

    @Test
    void argumentsOf314() {
        Asm a = new Asm(PythonVersion.V3_14).consts(PyNone.NONE).locals("a", "b");
        a.op(Opcode.RESUME);
        a.op(Opcode.LOAD_SMALL_INT, 200);
        a.op(Opcode.LOAD_COMMON_CONSTANT, 3);
        a.op(Opcode.LOAD_FAST_BORROW_LOAD_FAST_BORROW, 0x01);
        a.op(Opcode.IS_OP, 1);
        a.op(Opcode.CONTAINS_OP, 0);
        a.op(Opcode.LOAD_SPECIAL, 1);
        a.op(Opcode.BUILD_INTERPOLATION, 2 << 2 | 2 | 1);
        a.op(Opcode.BINARY_OP, 26);
        a.op(Opcode.SET_FUNCTION_ATTRIBUTE, 16 | 1);
        int endSend = a.op(Opcode.END_SEND);
        a.op(Opcode.END_ASYNC_FOR, (a.offset() + 2 - endSend) / 2);
        a.op(Opcode.RETURN_VALUE);
        Code code = Code.decode(a.build("f"), PythonVersion.V3_14);
        List<Instruction> ins = code.instructions();
        assertEquals(List.of(new Argument.Number(0), new Argument.SmallInt(200),
                new Argument.CommonConstant(CommonConstant.ALL),
                new Argument.LocalPair(new Argument.Local(0, "a", PyCode.CO_FAST_LOCAL),
                        new Argument.Local(1, "b", PyCode.CO_FAST_LOCAL)),
                new Argument.Negation(true), new Argument.Negation(false), new Argument.SpecialMethod(SpecialMethod.EXIT),
                new Argument.Interpolation(Conversion.REPR, true), new Argument.BinaryOp(BinaryOperator.SUBSCR),
                new Argument.FunctionFlags(Set.of(FunctionFlag.DEFAULTS, FunctionFlag.ANNOTATE)),
                Argument.None.INSTANCE), ins.subList(0, 11).stream().map(Instruction::argument).toList());
        Instruction eaf = ins.get(11);
        Argument.BranchSource source = (Argument.BranchSource) eaf.argument();
        assertEquals(endSend, code.offsetOf(source.source()));
        assertTrue(eaf.target().isEmpty(), "END_ASYNC_FOR does not jump");
        assertEquals(List.of("", "", "<built-in function all>", "a, b", "is not", "in", "__exit__", "", "[]",
                "defaults, annotate", "", "from L1", ""), ins.stream().map(i -> Disassembler.argRepr(code, i)).toList());
    }

    @Test
    void invalidArgumentsOf314AreReported() {
        Asm small = new Asm(PythonVersion.V3_14);
        small.op(Opcode.LOAD_SMALL_INT, 257);
        assertTrue(bad(small).getMessage().contains("LOAD_SMALL_INT 257 is out of range"), bad(small).getMessage());
        Asm is = new Asm(PythonVersion.V3_14);
        is.op(Opcode.IS_OP, 2);
        assertTrue(bad(is).getMessage().contains("IS_OP 2 is out of range"));
        Asm common = new Asm(PythonVersion.V3_14);
        common.op(Opcode.LOAD_COMMON_CONSTANT, 5);
        assertTrue(bad(common).getMessage().contains("LOAD_COMMON_CONSTANT 5 is out of range"));
        Asm special = new Asm(PythonVersion.V3_14);
        special.op(Opcode.LOAD_SPECIAL, 4);
        assertTrue(bad(special).getMessage().contains("LOAD_SPECIAL 4 is out of range"));
        Asm interpolation = new Asm(PythonVersion.V3_14);
        interpolation.op(Opcode.BUILD_INTERPOLATION, 4 << 2 | 2);
        assertTrue(bad(interpolation).getMessage().contains("BUILD_INTERPOLATION 18 is out of range"));
        Asm source = new Asm(PythonVersion.V3_14);
        source.op(Opcode.NOP);
        source.op(Opcode.END_ASYNC_FOR, 3);
        assertTrue(bad(source).getMessage().contains("END_ASYNC_FOR 3 refers to offset -2"), bad(source).getMessage());
        Asm old = new Asm(PythonVersion.V3_13);
        old.op(Opcode.IS_OP, 2);
        assertEquals(new Argument.Number(2), Code.decode(old.build("f"), PythonVersion.V3_13).instructions().get(0)
                .argument(), "3.13's IS_OP takes a plain number");
    }

    /** Opcode numbers for raw bytes. */
    static final class OpcodeNumbers {
        static int of(PythonVersion v, Opcode op) {
            return dev.pyc2c.bytecode.opcode.OpcodeTable.of(v).require(op).number();
        }
    }
}
