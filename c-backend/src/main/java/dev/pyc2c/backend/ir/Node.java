package dev.pyc2c.backend.ir;

import dev.pyc2c.bytecode.code.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One instruction of a function in lowering form, with its stack inputs and outputs as named
 * {@link Value}s, the names being those of the instruction's stack signature (CPython's
 * {@code inst(CALL, (method, callable, args[oparg] -- res))}).
 */
public final class Node {
    private final int index;
    private final Instruction instruction;
    private final IrBlock block;
    private final List<Value> stackBefore;
    private final List<Port> inputs = new ArrayList<>();
    private final List<Port> outputs = new ArrayList<>();
    private Provenance provenance = Provenance.INLINE;
    private boolean readsBelowInputs;
    private boolean hot;

    /**
     * A named stack item of the signature: one value, or an array ({@code args[oparg]}) of any length.
     *
     * @param values bottom first
     */
    public record Port(String name, List<Value> values, boolean array) {
        public Port {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
            if (!array && values.size() != 1) {
                throw new IllegalArgumentException(name + " is one value, not " + values.size());
            }
        }

        public Value value() {
            return values.get(0);
        }
    }

    Node(int index, Instruction instruction, IrBlock block, List<Value> stackBefore) {
        this.index = index;
        this.instruction = Objects.requireNonNull(instruction, "instruction");
        this.block = Objects.requireNonNull(block, "block");
        this.stackBefore = List.copyOf(stackBefore);
    }

    /** The instruction's index in the code object. */
    public int index() {
        return index;
    }

    public Instruction instruction() {
        return instruction;
    }

    public IrBlock block() {
        return block;
    }

    /** The whole stack before the instruction, bottom first. */
    public List<Value> stackBefore() {
        return stackBefore;
    }

    /** The stack depth before the instruction. */
    public int depth() {
        return stackBefore.size();
    }

    public List<Port> inputs() {
        return inputs;
    }

    public List<Port> outputs() {
        return outputs;
    }

    void addInput(Port p) {
        inputs.add(p);
    }

    void addOutput(Port p) {
        outputs.add(p);
    }

    /** The input named {@code name} (the first, if several have that name). */
    public Optional<Port> input(String name) {
        return inputs.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<Port> output(String name) {
        return outputs.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Every input value, bottom first. */
    public List<Value> inputValues() {
        List<Value> out = new ArrayList<>();
        inputs.forEach(p -> out.addAll(p.values()));
        return out;
    }

    /** Every output value, bottom first. */
    public List<Value> outputValues() {
        List<Value> out = new ArrayList<>();
        outputs.forEach(p -> out.addAll(p.values()));
        return out;
    }

    /**
     * How many values the instruction pops for good (those it does not pass through): the top of the
     * stack before it, so that {@code depth() - consumed()} values remain beneath.
     */
    public int consumed() {
        int n = 0;
        for (Value v : inputValues()) {
            if (v.consumer() == this) {
                n++;
            }
        }
        return n;
    }

    /** Whether the instruction reads values beneath its inputs (set by the builder from the version's rules). */
    public boolean readsBelowInputs() {
        return readsBelowInputs;
    }

    void setReadsBelowInputs(boolean on) {
        readsBelowInputs = on;
    }

    /**
     * Whether the instruction is hot code, in a loop or in a small function ({@link HotCode}): its fast paths
     * are worth inlining.
     */
    public boolean hot() {
        return hot;
    }

    void setHot(boolean on) {
        hot = on;
    }

    /** What kind of C the instruction became (set by the lowering). */
    public Provenance provenance() {
        return provenance;
    }

    public void setProvenance(Provenance provenance) {
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    @Override
    public String toString() {
        return instruction.offset() + " " + instruction.opcode() + " " + inputs + " -- " + outputs;
    }
}
