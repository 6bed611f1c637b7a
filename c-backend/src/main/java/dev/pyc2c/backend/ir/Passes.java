package dev.pyc2c.backend.ir;

import dev.pyc2c.bytecode.marshal.PyObject;
import java.util.List;

/** The passes every version runs, in order. */
public final class Passes {
    private Passes() {
    }

    /** The standard pipeline, given what the version's instructions do to locals. */
    public static List<Pass> standard(LocalEffects effects, ValueRules rules) {
        return List.of(new ConstantFacts(), new KnownNulls(), new HotCode(), new BorrowedLoads(effects),
                new NumericValues(rules), new BranchConditions(rules), new Verifier());
    }

    /** Values loaded from co_consts get their type and value as facts. */
    static final class ConstantFacts implements Pass {
        @Override
        public String name() {
            return "constant facts";
        }

        @Override
        public void run(IrFunction f) {
            List<PyObject> consts = f.code().pyCode().consts().items();
            for (Value v : f.values()) {
                if (v.root().origin() instanceof Origin.Const c) {
                    v.setFacts(Facts.ofConstant(consts.get(c.index())));
                }
            }
        }
    }

    /** A pushed NULL (PUSH_NULL, LOAD_GLOBAL's) is no C variable at all, unless a successor block needs it. */
    static final class KnownNulls implements Pass {
        @Override
        public String name() {
            return "known NULLs";
        }

        @Override
        public void run(IrFunction f) {
            for (Value v : f.values()) {
                if (v.root().origin() == Origin.Null.INSTANCE && !v.exported() && !v.isEntry()) {
                    v.setRepr(Repr.NULL);
                }
            }
        }
    }
}
