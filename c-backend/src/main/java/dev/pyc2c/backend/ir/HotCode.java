package dev.pyc2c.backend.ir;

import dev.pyc2c.bytecode.code.Instruction;
import dev.pyc2c.bytecode.marshal.PyCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Which instructions are hot: those inside a loop (between a backward jump's target and the jump, as
 * CPython lays loops out), and, unless the module is large, every instruction of a small function (a
 * method or helper that loops elsewhere call). The lowering inlines fast paths there and calls compact
 * out-of-line helpers elsewhere, so that the machine code of a big module grows with what runs often,
 * not with the source, while small modules get their helpers inlined too.
 */
final class HotCode implements Pass {
    /** A function this small (in instructions) is hot as a whole, in a module that is not large. */
    static final int SMALL_FUNCTION = 256;

    @Override
    public String name() {
        return "hot code";
    }

    @Override
    public void run(IrFunction f) {
        List<int[]> loops = new ArrayList<>();
        List<Instruction> ins = f.code().instructions();
        for (int i = 0; i < ins.size(); i++) {
            Instruction in = ins.get(i);
            if (in.target().isPresent()) {
                int t = f.code().indexOf(in.target().get());
                if (t <= i) {
                    loops.add(new int[] {t, i});
                }
            }
        }
        boolean wholeFunction = f.smallFunctionsHot() && ins.size() <= SMALL_FUNCTION
                && (f.code().pyCode().flags() & PyCode.CO_OPTIMIZED) != 0; // a function, not a module or class body
        for (Node n : f.nodes()) {
            if (wholeFunction) {
                n.setHot(true);
                continue;
            }
            for (int[] l : loops) {
                if (n.index() >= l[0] && n.index() <= l[1]) {
                    n.setHot(true);
                    break;
                }
            }
        }
    }
}
