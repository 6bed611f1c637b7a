package dev.pyc2c.backend.ir;

import dev.pyc2c.bytecode.cfg.BasicBlock;
import dev.pyc2c.bytecode.cfg.Edge;
import dev.pyc2c.bytecode.marshal.PyObject;
import dev.pyc2c.bytecode.opcode.Opcode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The passes every version runs, in order. */
public final class Passes {
    private Passes() {
    }

    /** The standard pipeline, given what the version's instructions do to locals. */
    public static List<Pass> standard(LocalEffects effects, ValueRules rules) {
        return List.of(new ConstantFacts(), new KnownNulls(), new HotCode(), new BorrowedLoads(effects),
                new NumericValues(rules), new BranchConditions(rules), new Verifier());
    }

    /**
     * Facts: values loaded from co_consts get their type and value; what BUILD_STRING, BUILD_TUPLE, BUILD_LIST,
     * BUILD_SET, BUILD_MAP, BUILD_CONST_KEY_MAP and BUILD_SLICE make gets its exact type; and a value on the
     * stack when a block that several blocks jump or fall to starts gets the type that every one of them leaves
     * at its depth (a constant held across the branches of a conditional expression: {@code " " * (n if c else
     * m)}). The types only let the lowering leave out fast paths that could never apply (a str is no number).
     */
    static final class ConstantFacts implements Pass {
        @Override
        public String name() {
            return "constant and type facts";
        }

        @Override
        public void run(IrFunction f) {
            List<PyObject> consts = f.code().pyCode().consts().items();
            for (Value v : f.values()) {
                if (v.root().origin() instanceof Origin.Const c) {
                    v.setFacts(Facts.ofConstant(consts.get(c.index())));
                } else if (v.root().origin() instanceof Origin.SmallInt n) {
                    v.setFacts(Facts.ofConstant(dev.pyc2c.bytecode.marshal.PyInt.of(n.value())));
                } else if (v.movedFrom() == null && v.producer() != null && v.facts().type() == PyType.UNKNOWN) {
                    PyType made = made(v.producer().instruction().opcode());
                    if (made != PyType.UNKNOWN) {
                        v.setFacts(Facts.ofType(made));
                    }
                }
            }
            joins(f);
        }

        /** The exact type of what an instruction pushes, for those that always make a new object of one type. */
        private static PyType made(Opcode op) {
            return switch (op) {
                case BUILD_STRING -> PyType.STR;
                case BUILD_TUPLE -> PyType.TUPLE;
                case BUILD_LIST -> PyType.LIST;
                case BUILD_SET -> PyType.SET;
                case BUILD_MAP, BUILD_CONST_KEY_MAP -> PyType.DICT;
                case BUILD_SLICE -> PyType.SLICE;
                default -> PyType.UNKNOWN;
            };
        }

        /**
         * Types of the values at the start of blocks with predecessors of their own (not continuations): the type
         * all predecessors leave at that depth, to a fixed point from nothing known (so a loop's back edge, whose
         * value is not known yet, keeps its header's unknown). Blocks an exception reaches are left alone.
         */
        private static void joins(IrFunction f) {
            Map<BasicBlock, IrBlock> blocks = new HashMap<>();
            for (IrBlock b : f.blocks()) {
                blocks.put(b.basicBlock(), b);
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (IrBlock b : f.blocks()) {
                    if (b.continues() != null || b.entry().isEmpty()) {
                        continue;
                    }
                    List<IrBlock> from = new ArrayList<>();
                    for (Edge e : f.cfg().predecessors(b.basicBlock())) {
                        IrBlock p = blocks.get(e.from());
                        if (e.kind() == Edge.Kind.EXCEPTION || p == null) {
                            from = null;
                            break;
                        }
                        from.add(p);
                    }
                    if (from == null || from.isEmpty()) {
                        continue;
                    }
                    for (Value v : b.entry()) {
                        PyType common = null;
                        for (IrBlock p : from) {
                            PyType t = v.depth() < p.exit().size() ? p.exit().get(v.depth()).facts().type()
                                    : PyType.UNKNOWN;
                            common = common == null || common == t ? t : PyType.UNKNOWN;
                        }
                        if (common != null && common != PyType.UNKNOWN && v.facts().type() != common) {
                            v.setFacts(Facts.ofType(common));
                            changed = true;
                        }
                    }
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
