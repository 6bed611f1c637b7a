package dev.pyc2c.backend.lower;

import dev.pyc2c.bytecode.cfg.BasicBlock;
import dev.pyc2c.bytecode.cfg.ControlFlowGraph;
import dev.pyc2c.bytecode.cfg.Edge;
import dev.pyc2c.bytecode.code.Code;
import dev.pyc2c.bytecode.code.Instruction;
import dev.pyc2c.bytecode.marshal.PyCode;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * The fast locals certainly bound before each instruction, for 3.11, whose LOAD_FAST checks its local at every
 * load (3.12's compiler proves most loads bound and checks the others with LOAD_FAST_CHECK; 3.11's does not): a
 * load of a local bound on every path to it needs no check. The parameters are bound when the body starts (the
 * interpreter bound them); STORE_FAST binds, DELETE_FAST unbinds, a LOAD_FAST (or LOAD_CLOSURE) that did not
 * raise proves its local bound. A handler starts with what is bound at every instruction of the ranges it
 * handles. Nothing else unbinds a fast local of a 3.11 frame whose code runs in C (PyFrame_LocalsToFast, which
 * can, is called by the interpreter only around trace events of frames it runs itself, and by IMPORT_STAR, which
 * functions do not have).
 */
final class BoundLocals {
    private final BitSet[] before;

    private BoundLocals(BitSet[] before) {
        this.before = before;
    }

    /** Whether fast local {@code local} is bound whenever instruction {@code index} runs. */
    boolean bound(int index, int local) {
        BitSet b = before[index];
        return b != null && b.get(local);
    }

    /** The analysis of {@code code}, whose body starts at instruction {@code first} with its parameters bound. */
    static BoundLocals of(Code code, ControlFlowGraph cfg, int first) {
        List<Instruction> ins = code.instructions();
        PyCode co = code.pyCode();
        int nlocals = co.nlocalsplus();
        int params = (co.flags() & PyCode.CO_OPTIMIZED) == 0 ? 0 : co.argcount() + co.kwonlyargcount()
                + ((co.flags() & PyCode.CO_VARARGS) != 0 ? 1 : 0) + ((co.flags() & PyCode.CO_VARKEYWORDS) != 0 ? 1 : 0);
        List<BasicBlock> blocks = cfg.blocks();
        BitSet[] in = new BitSet[blocks.size()];
        BitSet entryState = new BitSet(nlocals);
        entryState.set(0, params);
        BasicBlock entry = cfg.blockOf(Math.min(first, ins.size() - 1));
        in[entry.index()] = entryState;
        Deque<BasicBlock> work = new ArrayDeque<>();
        work.add(entry);
        BitSet[] before = new BitSet[ins.size()];
        while (!work.isEmpty()) {
            BasicBlock b = work.poll();
            BitSet state = (BitSet) in[b.index()].clone();
            BitSet anywhere = (BitSet) state.clone(); // bound at every instruction of the block: what a handler gets
            for (int i = b.firstInstruction(); i < b.endInstruction(); i++) {
                before[i] = (BitSet) state.clone();
                anywhere.and(state);
                step(ins.get(i), state);
            }
            for (Edge edge : cfg.successors(b)) {
                BitSet out = edge.kind() == Edge.Kind.EXCEPTION ? anywhere : state;
                int t = edge.to().index();
                if (in[t] == null) {
                    in[t] = (BitSet) out.clone();
                    work.add(edge.to());
                } else {
                    BitSet met = (BitSet) in[t].clone();
                    met.and(out);
                    if (!met.equals(in[t])) {
                        in[t] = met;
                        work.add(edge.to());
                    }
                }
            }
        }
        return new BoundLocals(before);
    }

    private static void step(Instruction in, BitSet state) {
        switch (in.opcode()) {
            case STORE_FAST, LOAD_FAST, LOAD_CLOSURE -> state.set(in.oparg());
            case DELETE_FAST -> state.clear(in.oparg());
            default -> {
            }
        }
    }
}
