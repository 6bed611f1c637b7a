package dev.pyc2c.backend.model;

import java.util.List;
import java.util.Set;

/**
 * The compiled body of one code object.
 *
 * @param cName the C function's name
 * @param header comment lines describing the code object
 * @param stackSize the size of the value stack array {@code S}
 * @param uses which of the prologue's variables the body uses ({@code K}, {@code N}, {@code S}, {@code r}, {@code e})
 * @param globalCaches the number of LOAD_GLOBAL sites, each with a cache in {@code G}
 * @param attrCaches the number of LOAD_ATTR and STORE_ATTR sites, each with a cache in {@code A}
 * @param instructions the instructions, in order
 * @param unwinds the exception paths the instructions jump to
 */
public record CFunction(String cName, List<String> header, int stackSize, Set<String> uses, int globalCaches,
        int attrCaches, List<CInstruction> instructions, List<OutputModelObject> unwinds) implements OutputModelObject {

    public boolean hasGlobalCaches() {
        return globalCaches > 0;
    }

    public boolean hasAttrCaches() {
        return attrCaches > 0;
    }

    public boolean usesK() {
        return uses.contains("K");
    }

    public boolean usesN() {
        return uses.contains("N");
    }

    public boolean usesS() {
        return uses.contains("S");
    }

    public boolean usesR() {
        return uses.contains("r");
    }

    public boolean usesE() {
        return uses.contains("e");
    }
}
