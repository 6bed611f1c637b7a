package dev.pyc2c.bytecode.opcode;

import java.util.Objects;

/**
 * One opcode as a given CPython version defines it.
 *
 * @param opcode the operation
 * @param number its byte value in this version's bytecode
 * @param cacheEntries the inline cache code units that follow it
 * @param argKind what its oparg means
 * @param stackEffect its stack effect when it does not jump
 * @param jumpStackEffect its stack effect when it jumps (equal to {@code stackEffect} if it cannot)
 */
public record OpcodeInfo(Opcode opcode, int number, int cacheEntries, ArgKind argKind, StackEffect stackEffect,
        StackEffect jumpStackEffect) {

    public OpcodeInfo {
        Objects.requireNonNull(opcode, "opcode");
        Objects.requireNonNull(argKind, "argKind");
        Objects.requireNonNull(stackEffect, "stackEffect");
        Objects.requireNonNull(jumpStackEffect, "jumpStackEffect");
        if (number < 0 || number > 255) {
            throw new IllegalArgumentException("opcode number out of range: " + number);
        }
        if (cacheEntries < 0) {
            throw new IllegalArgumentException("negative cache size for " + opcode);
        }
        if (!argKind.isJump() && !stackEffect.equals(jumpStackEffect)) {
            throw new IllegalArgumentException(opcode + " cannot jump but has a jump stack effect");
        }
    }

    public String name() {
        return opcode.name();
    }

    public boolean hasArgument() {
        return argKind != ArgKind.NONE;
    }

    public boolean hasJumpTarget() {
        return argKind.isJump();
    }
}
