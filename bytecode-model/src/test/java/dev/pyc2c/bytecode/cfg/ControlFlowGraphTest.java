package dev.pyc2c.bytecode.cfg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyc2c.bytecode.PycFormatException;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.code.Code;
import dev.pyc2c.bytecode.marshal.PyInt;
import dev.pyc2c.bytecode.marshal.PyNone;
import dev.pyc2c.bytecode.opcode.Opcode;
import dev.pyc2c.bytecode.testing.Asm;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlFlowGraphTest {

    @Test
    void blocksEdgesAndDepths() {
        // 0 RESUME; 2 LOAD_CONST 1; 4 POP_JUMP_IF_FALSE -> 10; 6 LOAD_CONST; 8 RETURN_VALUE; 10 RETURN_CONST
        Asm a = new Asm(PythonVersion.V3_12).consts(PyNone.NONE, PyInt.of(1));
        a.op(Opcode.RESUME);
        a.op(Opcode.LOAD_CONST, 1);
        a.op(Opcode.POP_JUMP_IF_FALSE, 2);
        a.op(Opcode.LOAD_CONST, 1);
        a.op(Opcode.RETURN_VALUE);
        a.op(Opcode.RETURN_CONST, 0);
        a.op(Opcode.NOP); // dead
        a.op(Opcode.RETURN_CONST, 0);
        Code code = Code.decode(a.build("f"), PythonVersion.V3_12);
        ControlFlowGraph cfg = ControlFlowGraph.of(code);
        List<BasicBlock> b = cfg.blocks();
        assertEquals(4, b.size());
        assertEquals(List.of(new Edge(b.get(0), b.get(1), Edge.Kind.FALL_THROUGH),
                new Edge(b.get(0), b.get(2), Edge.Kind.JUMP)), cfg.successors(b.get(0)));
        assertTrue(cfg.successors(b.get(1)).isEmpty());
        assertEquals(0, b.get(2).entryDepth().orElseThrow());
        assertEquals(1, cfg.stackDepthBefore(2).orElseThrow());
        assertEquals(1, cfg.maxStackDepth());
        assertEquals(List.of(b.get(3)), cfg.unreachableBlocks());
        assertFalse(b.get(3).isReachable());
        assertEquals(0, b.get(3).entryDepth().orElseThrow(), "recovered from its return");
        assertEquals("B2", b.get(2).name());
        assertTrue(b.get(2).label().isPresent());
    }

    @Test
    void handlersStartAtTheirEntrysDepth() {
        Asm a = new Asm(PythonVersion.V3_11).consts(PyNone.NONE);
        a.op(Opcode.RESUME);
        a.op(Opcode.NOP);
        a.op(Opcode.LOAD_CONST, 0);
        a.op(Opcode.RETURN_VALUE);
        a.op(Opcode.PUSH_EXC_INFO);
        a.op(Opcode.POP_EXCEPT);
        a.op(Opcode.RERAISE, 1);
        a.exceptionEntry(1, 3, 4, 0, true);
        ControlFlowGraph cfg = ControlFlowGraph.of(Code.decode(a.build("f"), PythonVersion.V3_11));
        BasicBlock handler = cfg.blockOf(4);
        assertTrue(handler.isReachable());
        assertEquals(2, handler.entryDepth().orElseThrow());
        assertEquals(3, cfg.maxStackDepth());
        assertTrue(cfg.edges().stream().anyMatch(e -> e.kind() == Edge.Kind.EXCEPTION && e.to() == handler));
    }

    @Test
    void inconsistentDepthNamesCodeObjectAndOffset() {
        // 0 LOAD_CONST; 2 POP_JUMP_IF_TRUE -> 8 (depth 0); 4 LOAD_CONST; 6 LOAD_CONST (falls into 8 at depth 2)
        Asm a = new Asm(PythonVersion.V3_12).consts(PyNone.NONE);
        a.op(Opcode.LOAD_CONST, 0);
        a.op(Opcode.POP_JUMP_IF_TRUE, 2);
        a.op(Opcode.LOAD_CONST, 0);
        a.op(Opcode.LOAD_CONST, 0);
        a.op(Opcode.RETURN_VALUE);
        Code code = Code.decode(a.build("broken"), PythonVersion.V3_12);
        PycFormatException e = assertThrows(PycFormatException.class, () -> ControlFlowGraph.of(code));
        assertEquals(PycFormatException.Kind.INVALID_BYTECODE, e.kind());
        assertTrue(e.getMessage().contains("code object 'broken' (line 1), bytecode offset 8 (RETURN_VALUE): "
                + "inconsistent stack depth"), e.getMessage());
    }

    /** 3.14's END_ASYNC_FOR names the END_SEND before it for sys.monitoring: no edge goes there. */
    @Test
    void endAsyncForIsNoJump() {
        Asm a = new Asm(PythonVersion.V3_14).consts(PyNone.NONE);
        a.op(Opcode.RESUME);
        a.op(Opcode.LOAD_CONST, 0);
        a.op(Opcode.LOAD_CONST, 0);
        int endSend = a.op(Opcode.END_SEND);
        a.op(Opcode.POP_TOP);
        a.op(Opcode.LOAD_CONST, 0);
        a.op(Opcode.LOAD_CONST, 0);
        a.op(Opcode.END_ASYNC_FOR, (a.offset() + 2 - endSend) / 2); // depth 0 after it, 2 at END_SEND
        a.op(Opcode.LOAD_CONST, 0);
        a.op(Opcode.NOT_TAKEN);
        a.op(Opcode.RETURN_VALUE);
        Code code = Code.decode(a.build("f"), PythonVersion.V3_14);
        ControlFlowGraph cfg = ControlFlowGraph.of(code);
        assertEquals(2, cfg.blocks().size(), "split at the END_SEND's label only");
        assertTrue(cfg.edges().stream().allMatch(e -> e.kind() == Edge.Kind.FALL_THROUGH), cfg.edges().toString());
        assertEquals(2, cfg.stackDepthBefore(3).orElseThrow());
        assertEquals(0, cfg.stackDepthBefore(8).orElseThrow());
        assertEquals(2, cfg.maxStackDepth());
        assertEquals(2, cfg.expectedStackSize());
    }

    @Test
    void underflowAndRunningOffTheEnd() {
        Asm under = new Asm(PythonVersion.V3_13);
        under.op(Opcode.POP_TOP);
        assertTrue(assertThrows(PycFormatException.class,
                () -> ControlFlowGraph.of(Code.decode(under.build("f"), PythonVersion.V3_13))).getMessage()
                .contains("bytecode offset 0 (POP_TOP): the stack underflows"));
        Asm off = new Asm(PythonVersion.V3_13);
        off.op(Opcode.NOP);
        assertTrue(assertThrows(PycFormatException.class,
                () -> ControlFlowGraph.of(Code.decode(off.build("f"), PythonVersion.V3_13))).getMessage()
                .contains("control runs off the end of the code"));
    }
}
