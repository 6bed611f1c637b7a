package dev.pyc2c.backend.ir;

import dev.pyc2c.bytecode.cfg.BasicBlock;
import dev.pyc2c.bytecode.cfg.ControlFlowGraph;
import dev.pyc2c.bytecode.code.Code;
import dev.pyc2c.bytecode.code.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the lowering form of a code object: runs each reachable block's instructions on a stack of
 * {@link Value}s, as their stack signatures say, so that every node knows the values it consumes and
 * produces, and every value the node that consumes it.
 */
public final class IrBuilder {

    /** What the builder needs to know of a version's opcodes beyond their stack signatures. */
    public interface Origins {
        /** The origin of output {@code name} of {@code in}. */
        Origin of(Instruction in, String name);

        /** Whether {@code in} reads stack values beneath its declared inputs. */
        default boolean readsBelowInputs(Instruction in) {
            return false;
        }

        /**
         * Whether the body leaves the C function at {@code in} and is entered again after it (a generator's
         * yield): the values beneath its outputs must then be owned, in their stack variables, and come back
         * there as new values.
         */
        default boolean suspends(Instruction in) {
            return false;
        }
    }

    private final Code code;
    private final ControlFlowGraph cfg;
    private final StackShapes shapes;
    private final Origins origins;
    private final IrFunction f;

    private IrBuilder(Code code, ControlFlowGraph cfg, StackShapes shapes, Origins origins, int firstBody) {
        this.code = code;
        this.cfg = cfg;
        this.shapes = shapes;
        this.origins = origins;
        this.f = new IrFunction(code, cfg, firstBody);
    }

    /**
     * The lowering form of {@code code}, whose C body starts at {@code firstBody} (what precedes runs in
     * the trampoline and must not touch the stack).
     *
     * @throws IllegalStateException if the signatures disagree with the control-flow graph's depths
     */
    public static IrFunction build(Code code, ControlFlowGraph cfg, StackShapes shapes, Origins origins,
            int firstBody) {
        Objects.requireNonNull(code, "code");
        return new IrBuilder(code, cfg, shapes, origins, firstBody).run();
    }

    private IrFunction run() {
        java.util.Map<BasicBlock, IrBlock> built = new java.util.HashMap<>();
        for (BasicBlock bb : cfg.blocks()) {
            if (!bb.isReachable() || bb.entryDepth().isEmpty()) {
                continue;
            }
            IrBlock block = new IrBlock(bb);
            f.add(block);
            built.put(bb, block);
            List<Value> stack = new ArrayList<>();
            IrBlock previous = continued(bb, built);
            if (previous != null) {
                /* The block continues its only predecessor: the values flow on as they are. */
                block.setContinues(previous);
                stack.addAll(previous.exit());
                block.entry().addAll(previous.exit());
            } else {
                for (int d = 0; d < bb.entryDepth().getAsInt(); d++) {
                    Value v = f.newValue(block, null, d, Origin.Computed.INSTANCE, null);
                    stack.add(v);
                    block.entry().add(v);
                }
            }
            // What the signatures have added to the stack beyond the graph's count (StackShapes.disSkew).
            int skew = 0;
            for (int i = bb.firstInstruction(); i < bb.endInstruction(); i++) {
                if (i < f.firstBodyInstruction()) {
                    continue;
                }
                int expected = cfg.stackDepthBefore(i).orElseThrow() + skew;
                if (stack.size() != expected) {
                    throw new IllegalStateException("stack depth " + stack.size() + " before offset "
                            + code.instructions().get(i).offset() + ", the control-flow graph says " + expected);
                }
                step(block, i, stack);
                skew += shapes.disSkew(code.instructions().get(i));
            }
            if (skew != 0) {
                throw new IllegalStateException("the stack signatures and the control-flow graph differ by " + skew
                        + " at the end of " + bb.name());
            }
            block.exit().addAll(stack);
        }
        // A value left on the stack for a successor that is not the block's continuation must be where
        // that successor finds it: owned, in the stack variable of its depth.
        for (IrBlock block : f.blocks()) {
            for (var edge : cfg.successors(block.basicBlock())) {
                IrBlock to = built.get(edge.to());
                if (edge.kind() == dev.pyc2c.bytecode.cfg.Edge.Kind.EXCEPTION || to == null) {
                    continue;
                }
                if (to.continues() == block) {
                    continue;
                }
                int depth = edge.to().entryDepth().orElse(0);
                for (Value v : block.exit()) {
                    if (v.depth() < depth) {
                        v.markExported();
                    }
                }
            }
        }
        return f;
    }

    /**
     * The block {@code bb} continues, if it has exactly one way in: falling through from the block before
     * it, which is built; no jump and no exception handling lead to it.
     */
    private IrBlock continued(BasicBlock bb, java.util.Map<BasicBlock, IrBlock> built) {
        var preds = cfg.predecessors(bb);
        if (preds.size() != 1 || preds.get(0).kind() != dev.pyc2c.bytecode.cfg.Edge.Kind.FALL_THROUGH) {
            return null;
        }
        IrBlock previous = built.get(preds.get(0).from());
        if (previous == null || previous.basicBlock().index() + 1 != bb.index()
                || previous.exit().size() != bb.entryDepth().orElse(-1)) {
            return null;
        }
        return previous;
    }

    private void step(IrBlock block, int index, List<Value> stack) {
        Instruction in = code.instructions().get(index);
        StackShapes.Shape shape = shapes.shape(in);
        int popped = shape.popped();
        if (popped > stack.size()) {
            throw new IllegalStateException(in.opcode() + " at offset " + in.offset() + " pops " + popped
                    + " values from a stack of " + stack.size());
        }
        Node node = new Node(index, in, block, stack);
        node.setReadsBelowInputs(origins.readsBelowInputs(in));
        int base = stack.size() - popped;
        List<Node.Port> inputs = new ArrayList<>();
        int at = base;
        for (StackShapes.Item item : shape.inputs()) {
            List<Value> vs = new ArrayList<>(stack.subList(at, at + item.count()));
            at += item.count();
            Node.Port p = new Node.Port(item.name(), vs, item.array());
            inputs.add(p);
            node.addInput(p);
        }
        // Outputs: an output named like an unused input is that input, moved if its depth changes.
        boolean[] passed = new boolean[inputs.size()];
        List<Value> pushed = new ArrayList<>();
        int depth = base;
        for (StackShapes.Item item : shape.outputs()) {
            int match = -1;
            for (int k = 0; k < inputs.size(); k++) {
                if (!passed[k] && inputs.get(k).name().equals(item.name())
                        && inputs.get(k).values().size() == item.count()) {
                    match = k;
                    break;
                }
            }
            List<Value> vs = new ArrayList<>();
            if (match >= 0) {
                passed[match] = true;
                List<Value> from = inputs.get(match).values();
                for (int k = 0; k < from.size(); k++) {
                    Value old = from.get(k);
                    if (old.depth() == depth + k) {
                        vs.add(old);
                    } else {
                        old.consumedBy(node);
                        vs.add(f.newValue(block, node, depth + k, old.origin(), old));
                    }
                }
            } else {
                for (int k = 0; k < item.count(); k++) {
                    vs.add(f.newValue(block, node, depth + k, origins.of(in, item.name()), null));
                }
            }
            depth += item.count();
            pushed.addAll(vs);
            node.addOutput(new Node.Port(item.name(), vs, item.array()));
        }
        for (int k = 0; k < inputs.size(); k++) {
            if (!passed[k]) {
                for (Value v : inputs.get(k).values()) {
                    v.consumedBy(node);
                }
            }
        }
        stack.subList(base, stack.size()).clear();
        stack.addAll(pushed);
        f.add(node);
        if (origins.suspends(in)) {
            for (int d = 0; d < base; d++) {
                Value kept = stack.get(d);
                kept.markExported();
                stack.set(d, f.newValue(block, null, d, Origin.Computed.INSTANCE, null));
            }
        }
    }
}
