package dev.pyc2c.bytecode.opcode;

import java.util.Objects;

/**
 * A stack item of one instruction, its oparg known: how many stack slots it takes.
 *
 * @param name its name in the signature ({@code unused} says nothing about the value)
 * @param count the slots it takes: 1 for a single value, the size (at least 1) for an array
 * @param array whether the signature declares it as an array ({@code args[oparg]}), even of one value
 */
public record ResolvedItem(String name, int count, boolean array) {

    public ResolvedItem {
        Objects.requireNonNull(name, "name");
        if (count < 1) {
            throw new IllegalArgumentException(name + ": an item present takes at least one slot, not " + count);
        }
        if (!array && count != 1) {
            throw new IllegalArgumentException(name + ": a single value takes one slot, not " + count);
        }
    }

    @Override
    public String toString() {
        return array ? name + "[" + count + "]" : name;
    }
}
