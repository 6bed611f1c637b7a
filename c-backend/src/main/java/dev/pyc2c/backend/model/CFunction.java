package dev.pyc2c.backend.model;

import java.util.List;
import java.util.Set;

/**
 * The compiled body of one code object.
 *
 * @param cName the C function's name
 * @param header comment lines describing the code object
 * @param stackVariables the C variables of the stack values that live in one ({@code s0}, {@code s1}...)
 * @param numVariables the {@code pyc2c_num} variables of unboxed numbers ({@code n0}...)
 * @param condVariables the int variables of conditions ({@code c0}...)
 * @param uses which of the prologue's variables the body uses ({@code K}, {@code N}, {@code r}, {@code e})
 * @param globalCaches the number of LOAD_GLOBAL sites, each with a cache in {@code G}
 * @param attrCaches the number of LOAD_ATTR and STORE_ATTR sites, each with a cache in {@code A}
 * @param callCaches the number of CALL sites with the inline call, each with a cache in {@code C}
 * @param instructions the instructions, in order
 * @param unwinds the exception paths the instructions jump to
 * @param cold whether none of it is hot code (see {@code HotCode}): it releases references out of line
 * @param entry its own direct entry, rendered after it, or null
 */
public record CFunction(String cName, List<String> header, List<String> stackVariables, List<String> numVariables,
        List<String> condVariables, Set<String> uses, int globalCaches,
        int attrCaches, int callCaches, List<CInstruction> instructions, List<OutputModelObject> unwinds, boolean cold, DirectEntry entry)
        implements OutputModelObject {

    public CFunction {
        header = List.copyOf(header);
        stackVariables = List.copyOf(stackVariables);
        numVariables = List.copyOf(numVariables);
        condVariables = List.copyOf(condVariables);
        uses = Set.copyOf(uses);
        instructions = List.copyOf(instructions);
        unwinds = List.copyOf(unwinds);
    }

    /** This body with {@code entry} as its own direct entry. */
    public CFunction withEntry(DirectEntry entry) {
        return new CFunction(cName, header, stackVariables, numVariables, condVariables, uses, globalCaches,
                attrCaches, callCaches, instructions, unwinds, cold, entry);
    }

    public boolean hasGlobalCaches() {
        return globalCaches > 0;
    }

    public boolean hasAttrCaches() {
        return attrCaches > 0;
    }

    public boolean hasCallCaches() {
        return callCaches > 0;
    }

    public boolean usesK() {
        return uses.contains("K");
    }

    public boolean usesN() {
        return uses.contains("N");
    }

    public boolean usesR() {
        return uses.contains("r");
    }

    public boolean usesT() {
        return uses.contains("t");
    }

    public boolean usesE() {
        return uses.contains("e");
    }
}
