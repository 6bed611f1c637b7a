package dev.pyc2c.backend.ir;

/**
 * Comparisons feeding a branch: a comparison (or identity or membership test) whose only reader is the
 * conditional jump after it yields a C int ({@link Repr#CBOOL}) that the jump tests, with no bool object
 * in between. When the comparison's generic path returns something other than a bool, its truth is
 * taken where the jump would take it.
 */
final class BranchConditions implements Pass {
    private final ValueRules rules;

    BranchConditions(ValueRules rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return "branch conditions";
    }

    @Override
    public void run(IrFunction f) {
        for (Value v : f.values()) {
            Node p = v.producer();
            Node c = v.consumer();
            if (p == null || c == null || v.movedFrom() != null || v.exported()
                    || !rules.conditionOutput(p, NumericValues.portName(p.outputs(), v))
                    || !rules.takesCondition(c.instruction(), NumericValues.portName(c.inputs(), v))) {
                continue;
            }
            if (NumericValues.onlyConsumerReads(f, v)) {
                v.setRepr(Repr.CBOOL);
            }
        }
    }
}
