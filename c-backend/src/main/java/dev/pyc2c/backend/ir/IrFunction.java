package dev.pyc2c.backend.ir;

import dev.pyc2c.bytecode.cfg.ControlFlowGraph;
import dev.pyc2c.bytecode.code.Code;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One code object in lowering form: its reachable blocks in code order, each a list of {@link Node}s
 * whose stack inputs and outputs are {@link Value}s. Built by {@link IrBuilder}, refined by the
 * {@link Pass}es, then lowered to the output model.
 */
public final class IrFunction {
    private final Code code;
    private final ControlFlowGraph cfg;
    private final int firstBodyInstruction;
    private final List<IrBlock> blocks = new ArrayList<>();
    private final Map<Integer, Node> nodes = new TreeMap<>();
    private final List<Value> values = new ArrayList<>();
    private boolean smallFunctionsHot = true;

    IrFunction(Code code, ControlFlowGraph cfg, int firstBodyInstruction) {
        this.code = Objects.requireNonNull(code, "code");
        this.cfg = Objects.requireNonNull(cfg, "cfg");
        this.firstBodyInstruction = firstBodyInstruction;
    }

    public Code code() {
        return code;
    }

    public ControlFlowGraph cfg() {
        return cfg;
    }

    /** The first instruction the C body runs (what precedes it runs in the trampoline). */
    public int firstBodyInstruction() {
        return firstBodyInstruction;
    }

    /**
     * Whether small functions count as hot as a whole (see {@link HotCode}): true unless the module is
     * large, where code size matters more than the calls of its small functions.
     */
    public boolean smallFunctionsHot() {
        return smallFunctionsHot;
    }

    public void setSmallFunctionsHot(boolean on) {
        smallFunctionsHot = on;
    }

    /** The reachable blocks, in code order. */
    public List<IrBlock> blocks() {
        return Collections.unmodifiableList(blocks);
    }

    /** The node of instruction {@code index}, or null if the C body does not run it (unreachable, prologue). */
    public Node node(int index) {
        return nodes.get(index);
    }

    /** Every node, in code order. */
    public Iterable<Node> nodes() {
        return nodes.values();
    }

    /** Every value, in order of creation. */
    public List<Value> values() {
        return Collections.unmodifiableList(values);
    }

    /**
     * The nodes that run after {@code from} and before {@code to}, in order, when {@code to} follows
     * {@code from} in its block or in the blocks that continue it; null otherwise.
     */
    public List<Node> between(Node from, Node to) {
        List<Node> out = new ArrayList<>();
        IrBlock b = from.block();
        int at = b.nodes().indexOf(from) + 1;
        while (b != null) {
            List<Node> ns = b.nodes();
            for (int k = at; k < ns.size(); k++) {
                if (ns.get(k) == to) {
                    return out;
                }
                out.add(ns.get(k));
            }
            b = b.continuation();
            at = 0;
        }
        return null;
    }

    void add(IrBlock b) {
        blocks.add(b);
    }

    void add(Node n) {
        nodes.put(n.index(), n);
        n.block().nodes().add(n);
    }

    Value newValue(IrBlock block, Node producer, int depth, Origin origin, Value movedFrom) {
        Value v = new Value(values.size(), block, producer, depth, origin, movedFrom);
        values.add(v);
        return v;
    }
}
