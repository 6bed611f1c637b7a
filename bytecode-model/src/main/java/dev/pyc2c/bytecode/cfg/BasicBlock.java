package dev.pyc2c.bytecode.cfg;

import dev.pyc2c.bytecode.code.ExceptionEntry;
import dev.pyc2c.bytecode.code.Instruction;
import dev.pyc2c.bytecode.code.Label;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A maximal run of instructions entered only at its first and left only after its last (or by an
 * exception). Blocks are split at every label, so all of a block's instructions share one exception
 * handler. Named {@code B0}, {@code B1}... in code order.
 */
public final class BasicBlock {
    private final int index;
    private final int first;
    private final List<Instruction> instructions;
    private final Label label;
    private final ExceptionEntry handler;
    private final int entryDepth;
    private final boolean reachable;

    BasicBlock(int index, int first, List<Instruction> instructions, Label label, ExceptionEntry handler,
            int entryDepth, boolean reachable) {
        this.index = index;
        this.first = first;
        this.instructions = List.copyOf(instructions);
        this.label = label;
        this.handler = handler;
        this.entryDepth = entryDepth;
        this.reachable = reachable;
    }

    /** The block's number: {@code B<index>}. */
    public int index() {
        return index;
    }

    public String name() {
        return "B" + index;
    }

    /** The index in {@link dev.pyc2c.bytecode.code.Code#instructions()} of the first instruction. */
    public int firstInstruction() {
        return first;
    }

    /** The index after the last instruction. */
    public int endInstruction() {
        return first + instructions.size();
    }

    public List<Instruction> instructions() {
        return instructions;
    }

    public Instruction last() {
        return instructions.get(instructions.size() - 1);
    }

    /** The label bound at the block's start, if one is (jump targets and exception-table boundaries have one). */
    public Optional<Label> label() {
        return Optional.ofNullable(label);
    }

    /** The exception-table entry covering the block, if any. */
    public Optional<ExceptionEntry> handler() {
        return Optional.ofNullable(handler);
    }

    /** True if the block can be reached from the start of the code. */
    public boolean isReachable() {
        return reachable;
    }

    /** The stack depth on entry, if known: for every reachable block, and for dead code where it could be recovered. */
    public OptionalInt entryDepth() {
        return entryDepth >= 0 ? OptionalInt.of(entryDepth) : OptionalInt.empty();
    }

    @Override
    public String toString() {
        return name();
    }
}
