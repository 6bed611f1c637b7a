package dev.pyc2c.bytecode.opcode;

/**
 * What an opcode's oparg means in a given version: the classification {@code dis} uses to resolve it,
 * generated into each {@link OpcodeTable} from the interpreter's {@code opcode} module.
 */
public enum ArgKind {
    /** The opcode takes no argument (the oparg byte is ignored). */
    NONE,
    /** A plain number: a count, a flag, a stack position. */
    NUMBER,
    /** An index into {@code co_consts}. */
    CONST,
    /** An index into {@code co_names}. */
    NAME,
    /** {@code LOAD_GLOBAL}: {@code co_names[oparg >> 1]}; bit 0 also pushes NULL. */
    GLOBAL_NAME,
    /** {@code LOAD_ATTR} (3.12+): {@code co_names[oparg >> 1]}; bit 0 loads a method. */
    ATTR_NAME,
    /** {@code LOAD_SUPER_ATTR}: {@code co_names[oparg >> 2]}; bit 0 loads a method, bit 1 is the two-argument form. */
    SUPER_ATTR_NAME,
    /** An index into the fast locals ({@code co_localsplusnames}). */
    LOCAL,
    /** Two fast-local indexes, {@code oparg >> 4} and {@code oparg & 15} (superinstructions, 3.13 and later). */
    LOCAL_PAIR,
    /** A cell or free variable: an index into the fast locals. */
    DEREF,
    /** A jump forward by {@code oparg} code units from the end of the instruction's inline cache. */
    JUMP_FORWARD,
    /** A jump backward by {@code oparg} code units from the end of the instruction's inline cache. */
    JUMP_BACKWARD,
    /** A jump to code unit {@code oparg}. */
    JUMP_ABSOLUTE,
    /** A comparison, an index into {@code cmp_op} (packed per version, see {@code PythonVersion}). */
    COMPARE,
    /** A binary operator, an index into {@code _nb_ops}. */
    BINARY_OP,
    /** {@code FORMAT_VALUE}: a conversion in bits 0-1, and bit 2 if a format spec is on the stack. */
    FORMAT,
    /** {@code CONVERT_VALUE}: a conversion. */
    CONVERSION,
    /** Function attributes: flags of {@code MAKE_FUNCTION}, or the one of {@code SET_FUNCTION_ATTRIBUTE}. */
    FUNCTION_FLAGS,
    /** A one-argument intrinsic function. */
    INTRINSIC_1,
    /** A two-argument intrinsic function. */
    INTRINSIC_2,
    /** {@code LOAD_SMALL_INT} (3.14): the int itself, one of the interpreter's cached small ints (0 to 256). */
    SMALL_INT,
    /** {@code LOAD_COMMON_CONSTANT} (3.14): an index into the interpreter's common constants. */
    COMMON_CONSTANT,
    /** {@code LOAD_SPECIAL} (3.14): an index into the special method names ({@code __enter__}...). */
    SPECIAL_METHOD,
    /**
     * {@code IS_OP} and {@code CONTAINS_OP} from 3.14 (whose {@code dis} names them): 1 negates the test
     * ({@code is not}, {@code not in}). In 3.11 to 3.13 the same oparg is a {@link #NUMBER}.
     */
    NEGATION,
    /**
     * {@code BUILD_INTERPOLATION} (3.14): a conversion in bits 2 and up, and bit 0 if a format spec is on
     * the stack (the compiler also sets bit 1, which the interpreter ignores).
     */
    INTERPOLATION,
    /**
     * {@code END_ASYNC_FOR} (3.14): {@code oparg} code units back from the end of the instruction is the
     * {@code END_SEND} that {@code sys.monitoring} reports as the source of the branch out of the
     * {@code async for} loop. Not a jump: the instruction re-raises, or pops and continues with the next.
     */
    BRANCH_SOURCE;

    /** True if the oparg is a jump target. */
    public boolean isJump() {
        return this == JUMP_FORWARD || this == JUMP_BACKWARD || this == JUMP_ABSOLUTE;
    }
}
