package dev.pyc2c.bytecode.code;

import dev.pyc2c.bytecode.opcode.ArgKind;
import dev.pyc2c.bytecode.opcode.Opcode;
import dev.pyc2c.bytecode.opcode.OpcodeInfo;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One decoded instruction: its {@code EXTENDED_ARG} prefixes folded into {@link #oparg()}, its inline
 * cache entries attached, and its argument resolved.
 *
 * @param info the opcode as this code object's Python version defines it
 * @param oparg the full argument, {@code EXTENDED_ARG}s folded in (0 if the opcode takes none)
 * @param argument what the argument means
 * @param start the byte offset of the instruction's first code unit (its first {@code EXTENDED_ARG},
 *        if any): where a jump to it lands
 * @param offset the byte offset of the opcode itself (what {@code dis} shows)
 * @param location its source span
 * @param cache the values of its inline cache code units (zeros in a {@code .pyc})
 */
public record Instruction(OpcodeInfo info, int oparg, Argument argument, int start, int offset, Location location,
        List<Integer> cache) {

    public Instruction {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(argument, "argument");
        Objects.requireNonNull(location, "location");
        cache = List.copyOf(cache);
        if (start < 0 || offset < start || (offset - start) % 2 != 0 || start % 2 != 0) {
            throw new IllegalArgumentException("bad offsets: start " + start + ", offset " + offset);
        }
        if (cache.size() != info.cacheEntries()) {
            throw new IllegalArgumentException(info.opcode() + " needs " + info.cacheEntries()
                    + " cache entries, got " + cache.size());
        }
        if (info.argKind().isJump() != argument instanceof Argument.Jump
                || (info.argKind() == ArgKind.BRANCH_SOURCE) != argument instanceof Argument.BranchSource) {
            throw new IllegalArgumentException(info.opcode() + " with argument " + argument);
        }
        if (info.argKind() == ArgKind.NONE && argument != Argument.None.INSTANCE) {
            throw new IllegalArgumentException(info.opcode() + " takes no argument, got " + argument);
        }
    }

    public Opcode opcode() {
        return info.opcode();
    }

    /** The byte offset just after the instruction and its cache. */
    public int end() {
        return offset + 2 + 2 * cache.size();
    }

    /** The number of {@code EXTENDED_ARG} prefixes. */
    public int extendedArgs() {
        return (offset - start) / 2;
    }

    /** The jump target, if the instruction has one. */
    public Optional<Label> target() {
        return argument instanceof Argument.Jump j ? Optional.of(j.target()) : Optional.empty();
    }

    /** The net stack effect when the instruction does not jump. */
    public int stackEffect() {
        return info.stackEffect().apply(oparg);
    }

    /** The net stack effect when the instruction jumps. */
    public int jumpStackEffect() {
        return info.jumpStackEffect().apply(oparg);
    }
}
