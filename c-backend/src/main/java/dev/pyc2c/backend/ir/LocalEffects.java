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
}
