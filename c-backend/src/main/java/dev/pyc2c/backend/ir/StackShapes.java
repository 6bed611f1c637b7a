package dev.pyc2c.backend.ir;

import dev.pyc2c.bytecode.code.Instruction;
import java.util.List;
import java.util.Objects;

/**
 * The stack signature of each instruction of one Python version, resolved for its oparg: the named
 * inputs it pops and outputs it pushes, bottom first. An output named like an input is that same value
 * (SWAP, COPY's bottom, LIST_APPEND's list).
 */
public interface StackShapes {

    /** A resolved stack item: {@code count} values under one name; {@code array} for {@code args[oparg]}. */
    record Item(String name, int count, boolean array) {
        public Item {
            Objects.requireNonNull(name, "name");
            if (count < 0 || (!array && count != 1)) {
                throw new IllegalArgumentException(name + ": " + count + (array ? " values" : ""));
            }
        }

        public static Item one(String name) {
            return new Item(name, 1, false);
        }
    }

    /** What an instruction pops and pushes. */
    record Shape(List<Item> inputs, List<Item> outputs) {
        public Shape {
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
        }

        public int popped() {
            return inputs.stream().mapToInt(Item::count).sum();
        }

        public int pushed() {
            return outputs.stream().mapToInt(Item::count).sum();
        }
    }

    /**
     * The shape of {@code in}.
     *
     * @throws IllegalArgumentException if the version has no signature for its opcode
     */
    Shape shape(Instruction in);

    /**
     * How much more {@code in}'s signature adds to the stack than the control-flow graph counts for it (which counts
     * as {@code dis.stack_effect} does): 0 but where the version's table says the signature deliberately differs
     * (3.11's PRECALL leaves its arguments, which dis counts as popped by it, to its CALL). Such differences cancel
     * out within a block.
     */
    default int disSkew(Instruction in) {
        return 0;
    }
}
