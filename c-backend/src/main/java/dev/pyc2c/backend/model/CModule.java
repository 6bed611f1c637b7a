package dev.pyc2c.backend.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A generated extension module: its compiled bodies, the table of them, the marshalled code tree
 * and the module definition.
 *
 * @param moduleName the full dotted name
 * @param initName the name of the init function ({@code PyInit_} and the last name component)
 * @param sourceName the source file, for the header comment
 * @param pythonVersion e.g. {@code 3.12}
 * @param toolVersion pyc2c's version
 * @param functions the compiled bodies
 * @param codes one entry per compiled body, in marker order
 * @param codeData the marshalled code tree as lines of C byte literals
 * @param fallbacks comment lines naming the code objects left as bytecode, and why
 */
public record CModule(String moduleName, String initName, String sourceName, String pythonVersion, String toolVersion,
        List<CFunction> functions, List<CodeEntry> codes, List<String> codeData, List<String> fallbacks)
        implements OutputModelObject {

    /** A body and the key that puts it into a part ({@code PYC2C_PART_OF(key)}, pyc2c_runtime.h). */
    public record Parted(int key, CFunction function) {
    }

    /**
     * The bodies in their order, each with its part key: the rank of the body by the work it gives the C
     * compiler (its operations, hot code counting three times: it is optimised for speed), biggest first, so
     * that the bodies of part k of n (key % n == k) weigh about the same for any n.
     */
    public List<Parted> parted() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < functions.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> -weight(functions.get(i))).thenComparing(i -> i));
        int[] key = new int[functions.size()];
        for (int rank = 0; rank < order.size(); rank++) {
            key[order.get(rank)] = rank;
        }
        List<Parted> out = new ArrayList<>();
        for (int i = 0; i < functions.size(); i++) {
            out.add(new Parted(key[i], functions.get(i)));
        }
        return out;
    }

    private static long weight(CFunction f) {
        long ops = 0;
        for (CInstruction in : f.instructions()) {
            ops += in.ops().size();
        }
        return f.cold() ? ops : 3 * ops;
    }

    /**
     * One row of the {@code pyc2c_codes} table.
     *
     * @param direct whether calls with exactly its positional arguments may enter the body directly
     * @param argcount co_argcount
     * @param nlocals co_nlocalsplus
     * @param cells whether it has cell or free variables
     * @param entry the C name of its own direct entry ({@link DirectEntry}), or null
     * @param generator what a direct resumption needs of a generator's trampoline, or null
     */
    public record CodeEntry(String qualname, String body, boolean direct, int argcount, int nlocals, boolean cells,
            int nconsts, int nnames, String entry, GeneratorEntry generator, String where)
            implements OutputModelObject {
    }

    /**
     * A compiled generator's trampoline as its direct resumption (pyc2c_gen_iternext) uses it: its saved and control
     * slots, and the code units of its return and raise landings.
     */
    public record GeneratorEntry(int saved, int controls, int returnLanding, int raiseLanding) {
    }
}
