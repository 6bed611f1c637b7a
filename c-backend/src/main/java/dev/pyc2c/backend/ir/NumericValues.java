package dev.pyc2c.backend.ir;

import java.util.List;

/**
 * Unboxed numbers: the result of arithmetic that its consumer reads in the same block stays a
 * {@code pyc2c_num} in a C variable ({@link Repr#NUM}): a C int64_t or double on the fast paths, an object
 * only when the generic path made one. A consumer that takes numbers (arithmetic, a comparison, a branch,
 * a store into a fast local) uses it as it is; any other boxes it first, into the object the interpreter
 * would have made at the producer.
 *
 * <p>Only values that nothing but their consumer reads qualify: not left on the stack for a successor,
 * not copied (COPY) or read below another instruction's inputs.
 */
final class NumericValues implements Pass {
    private final ValueRules rules;

    NumericValues(ValueRules rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return "numeric values";
    }

    @Override
    public void run(IrFunction f) {
        for (Value v : f.values()) {
            Node p = v.producer();
            if (p == null || v.movedFrom() != null || v.exported() || v.consumer() == null
                    || !rules.numericOutput(p, portName(p.outputs(), v))) {
                continue;
            }
            if (onlyConsumerReads(f, v)) {
                v.setRepr(Repr.NUM);
            }
        }
    }

    /** Whether no instruction between the value's producer and its consumer reads it. */
    static boolean onlyConsumerReads(IrFunction f, Value v) {
        List<Node> between = f.between(v.producer(), v.consumer());
        if (between == null) {
            return false;
        }
        for (Node n : between) {
            if (n.inputValues().contains(v) || n.readsBelowInputs()) {
                return false;
            }
        }
        return true;
    }

    static String portName(List<Node.Port> ports, Value v) {
        for (Node.Port p : ports) {
            if (p.values().contains(v)) {
                return p.name();
            }
        }
        throw new IllegalStateException(v + " is not in " + ports);
    }
}
