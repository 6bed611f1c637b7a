package dev.pyc2c.backend.ir;

import dev.pyc2c.bytecode.code.Instruction;

/** Which of a version's instructions make and take the cheaper value representations. */
public interface ValueRules {

    /** Whether output {@code name} of {@code node} can be an unboxed number ({@link Repr#NUM}). */
    boolean numericOutput(Node node, String name);

    /** Whether input {@code name} of {@code node} takes an unboxed number as it is (others box it first). */
    boolean takesNumber(Node node, String name);

    /** Whether output {@code name} of {@code node} can be a C condition ({@link Repr#CBOOL}). */
    boolean conditionOutput(Node node, String name);

    /** Whether input {@code name} of {@code in} takes a C condition. */
    boolean takesCondition(Instruction in, String name);

    /** Whether {@code in} reads stack values beneath its declared inputs (CPython's PEEK in MAP_ADD...). */
    boolean readsBelowInputs(Instruction in);
}
