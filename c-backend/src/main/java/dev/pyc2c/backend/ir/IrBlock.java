package dev.pyc2c.backend.ir;

import dev.pyc2c.bytecode.cfg.BasicBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A basic block in lowering form: the values on the stack when it starts, its nodes, and what it leaves. */
public final class IrBlock {
    private final BasicBlock block;
    private final List<Value> entry = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<Value> exit = new ArrayList<>();
    private IrBlock continues;
    private IrBlock continuation;

    IrBlock(BasicBlock block) {
        this.block = Objects.requireNonNull(block, "block");
    }

    public BasicBlock basicBlock() {
        return block;
    }

    /**
     * The values on the stack when the block starts, bottom first: owned, in {@code s<depth>}; or, for a
     * block that {@link #continues()} another, that block's exit values as they are.
     */
    public List<Value> entry() {
        return entry;
    }

    public List<Node> nodes() {
        return nodes;
    }

    /** The values on the stack when the block ends (after its last instruction's fall-through), bottom first. */
    public List<Value> exit() {
        return exit;
    }

    /**
     * The block this one continues: its only predecessor, which falls through into it, so that the
     * values on the stack flow on without being put where a jump would find them. Null if none.
     */
    public IrBlock continues() {
        return continues;
    }

    /** The block that continues this one, or null. */
    public IrBlock continuation() {
        return continuation;
    }

    void setContinues(IrBlock previous) {
        continues = previous;
        previous.continuation = this;
    }

    @Override
    public String toString() {
        return block.name();
    }
}
