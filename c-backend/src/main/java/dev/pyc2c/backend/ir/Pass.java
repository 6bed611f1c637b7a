package dev.pyc2c.backend.ir;

/**
 * A pass over a function in lowering form: it refines what the lowering knows (facts, representations)
 * without changing what the function does. Passes run in the order the version's lowering lists them;
 * each must leave the function valid for the ones after it and for the lowering.
 */
public interface Pass {

    /** What the pass is for, in a few words (for reports and failures). */
    String name();

    void run(IrFunction f);
}
