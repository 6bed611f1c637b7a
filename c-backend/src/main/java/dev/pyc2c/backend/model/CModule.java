package dev.pyc2c.backend.model;

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

    /**
     * One row of the {@code pyc2c_codes} table.
     *
     * @param direct whether calls with exactly its positional arguments may enter the body directly
     * @param argcount co_argcount
     * @param nlocals co_nlocalsplus
     * @param cells whether it has cell or free variables
     */
    public record CodeEntry(String qualname, String body, boolean direct, int argcount, int nlocals, boolean cells,
            int nconsts, int nnames, String where) implements OutputModelObject {
    }
}
