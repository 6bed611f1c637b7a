package dev.pyc2c.backend.ir;

/**
 * Checks what the lowering relies on after the passes: every value a successor reached by a jump finds
 * on the stack is owned (in the stack variable of its depth), and every consumed value is consumed by a
 * node of its own block or of a block that continues it. A violation is a bug of a pass; it fails the
 * lowering of the code object (which then stays bytecode, or fails the tests in strict mode).
 */
final class Verifier implements Pass {

    @Override
    public String name() {
        return "verifier";
    }

    @Override
    public void run(IrFunction f) {
        for (Value v : f.values()) {
            if (v.exported() && v.repr() != Repr.OWNED) {
                throw new IllegalStateException(v + " flows to a jump target but is " + v.repr() + " (made by "
                        + v.producer() + ")");
            }
            if (v.consumer() != null && v.producer() != null && v.consumer() != v.producer()
                    && f.between(v.producer(), v.consumer()) == null) {
                throw new IllegalStateException(v + " is consumed by " + v.consumer() + " out of its block's reach");
            }
        }
    }
}
