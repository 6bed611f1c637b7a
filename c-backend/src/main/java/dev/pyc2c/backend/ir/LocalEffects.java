package dev.pyc2c.backend.ir;

import dev.pyc2c.bytecode.code.Instruction;

/** What a version's instructions do to the frame's fast locals, for the passes that borrow from them. */
public interface LocalEffects {

    /** Whether {@code in} may rebind, clear or replace fast local {@code index} (STORE_FAST, DELETE_FAST...). */
    boolean writesLocal(Instruction in, int index);

    /**
     * Whether code that {@code in} may run (a call, a finalizer) could rebind fast locals of this frame
     * behind its back. False on 3.11 and 3.12, where only the frame's own instructions write its fast
     * locals (frame.f_locals is a snapshot); true from 3.13 on, whose frame.f_locals writes through.
     */
    boolean othersMayWriteLocals(Instruction in);

    /**
     * Whether code that {@code consumer} runs after it has read its inputs may free the value of a fast local it
     * read: where others may write the frame's locals (3.13), a write through frame.f_locals releases the old
     * value. 3.14 keeps a value replaced that way alive as long as the frame (f_overwritten_fast_locals), so a
     * consumer may read a local where it lives.
     */
    default boolean consumerMayFreeLocal(Instruction consumer) {
        return othersMayWriteLocals(consumer);
    }
}
