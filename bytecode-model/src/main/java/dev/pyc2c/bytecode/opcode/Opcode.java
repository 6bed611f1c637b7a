package dev.pyc2c.bytecode.opcode;

/**
 * Every opcode that can appear in a {@code .pyc} of CPython 3.11, 3.12, 3.13 or 3.14, by name. An opcode
 * of the same name means the same operation in each version that has it, though its number, inline
 * cache, argument encoding and stack effect may differ: those are in each version's
 * {@link OpcodeTable}. The comment on each constant lists the versions that have it.
 *
 * <p>Each opcode carries its {@link Flow}: how control leaves it, which does not change between
 * versions. (Whether it has a jump target is {@link ArgKind#isJump()}, per version.)
 */
public enum Opcode {
    /** 3.11 */
    ASYNC_GEN_WRAP(Flow.NEXT),
    /** 3.11, 3.12, 3.13 */
    BEFORE_ASYNC_WITH(Flow.NEXT),
    /** 3.11, 3.12, 3.13 */
    BEFORE_WITH(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    BINARY_OP(Flow.NEXT),
    /** 3.12, 3.13, 3.14 */
    BINARY_SLICE(Flow.NEXT),
    /** 3.11, 3.12, 3.13 */
    BINARY_SUBSCR(Flow.NEXT),
    /** 3.11, 3.12, 3.13 */
    BUILD_CONST_KEY_MAP(Flow.NEXT),
    /** 3.14: builds a {@code string.templatelib.Interpolation} of a t-string (value, expression text, format spec). */
    BUILD_INTERPOLATION(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    BUILD_LIST(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    BUILD_MAP(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    BUILD_SET(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    BUILD_SLICE(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    BUILD_STRING(Flow.NEXT),
    /** 3.14: builds a t-string's {@code string.templatelib.Template} from its strings and interpolations. */
    BUILD_TEMPLATE(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    BUILD_TUPLE(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    CACHE(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    CALL(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    CALL_FUNCTION_EX(Flow.NEXT),
    /** 3.12, 3.13, 3.14 */
    CALL_INTRINSIC_1(Flow.NEXT),
    /** 3.12, 3.13, 3.14 */
    CALL_INTRINSIC_2(Flow.NEXT),
    /** 3.13, 3.14 */
    CALL_KW(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    CHECK_EG_MATCH(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    CHECK_EXC_MATCH(Flow.NEXT),
    /** 3.12, 3.13, 3.14 */
    CLEANUP_THROW(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    COMPARE_OP(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    CONTAINS_OP(Flow.NEXT),
    /** 3.13, 3.14 */
    CONVERT_VALUE(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    COPY(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    COPY_FREE_VARS(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    DELETE_ATTR(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    DELETE_DEREF(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    DELETE_FAST(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    DELETE_GLOBAL(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    DELETE_NAME(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    DELETE_SUBSCR(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    DICT_MERGE(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    DICT_UPDATE(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    END_ASYNC_FOR(Flow.NEXT),
    /** 3.12, 3.13, 3.14 */
    END_FOR(Flow.NEXT),
    /** 3.12, 3.13, 3.14 */
    END_SEND(Flow.NEXT),
    /** 3.13 */
    ENTER_EXECUTOR(Flow.NEXT),
    /** 3.13, 3.14 */
    EXIT_INIT_CHECK(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    EXTENDED_ARG(Flow.NEXT),
    /** 3.13, 3.14 */
    FORMAT_SIMPLE(Flow.NEXT),
    /** 3.11, 3.12 */
    FORMAT_VALUE(Flow.NEXT),
    /** 3.13, 3.14 */
    FORMAT_WITH_SPEC(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    FOR_ITER(Flow.BRANCH),
    /** 3.11, 3.12, 3.13, 3.14 */
    GET_AITER(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    GET_ANEXT(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    GET_AWAITABLE(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    GET_ITER(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    GET_LEN(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    GET_YIELD_FROM_ITER(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    IMPORT_FROM(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    IMPORT_NAME(Flow.NEXT),
    /** 3.11 */
    IMPORT_STAR(Flow.NEXT),
    /** 3.12, 3.13, 3.14 */
    INTERPRETER_EXIT(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    IS_OP(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    JUMP_BACKWARD(Flow.JUMP),
    /** 3.11, 3.12, 3.13, 3.14 */
    JUMP_BACKWARD_NO_INTERRUPT(Flow.JUMP),
    /** 3.11, 3.12, 3.13, 3.14 */
    JUMP_FORWARD(Flow.JUMP),
    /** 3.11 */
    JUMP_IF_FALSE_OR_POP(Flow.BRANCH),
    /** 3.11 */
    JUMP_IF_TRUE_OR_POP(Flow.BRANCH),
    /** 3.11, 3.12 */
    KW_NAMES(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    LIST_APPEND(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    LIST_EXTEND(Flow.NEXT),
    /** 3.11 */
    LIST_TO_TUPLE(Flow.NEXT),
    /** 3.11, 3.12, 3.13 */
    LOAD_ASSERTION_ERROR(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    LOAD_ATTR(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    LOAD_BUILD_CLASS(Flow.NEXT),
    /** 3.11 */
    LOAD_CLASSDEREF(Flow.NEXT),
    /** 3.11, 3.12 */
    LOAD_CLOSURE(Flow.NEXT),
    /** 3.14: pushes one of the interpreter's common constants ({@code AssertionError}, {@code all}...). */
    LOAD_COMMON_CONSTANT(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    LOAD_CONST(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    LOAD_DEREF(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    LOAD_FAST(Flow.NEXT),
    /** 3.12, 3.13, 3.14 */
    LOAD_FAST_AND_CLEAR(Flow.NEXT),
    /** 3.14: {@code LOAD_FAST} pushing a borrowed reference (the compiler proved the local outlives it). */
    LOAD_FAST_BORROW(Flow.NEXT),
    /** 3.14: two {@code LOAD_FAST_BORROW}s. */
    LOAD_FAST_BORROW_LOAD_FAST_BORROW(Flow.NEXT),
    /** 3.12, 3.13, 3.14 */
    LOAD_FAST_CHECK(Flow.NEXT),
    /** 3.13, 3.14 */
    LOAD_FAST_LOAD_FAST(Flow.NEXT),
    /** 3.12, 3.13, 3.14 */
    LOAD_FROM_DICT_OR_DEREF(Flow.NEXT),
    /** 3.12, 3.13, 3.14 */
    LOAD_FROM_DICT_OR_GLOBALS(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    LOAD_GLOBAL(Flow.NEXT),
    /** 3.12, 3.13, 3.14 */
    LOAD_LOCALS(Flow.NEXT),
    /** 3.11 */
    LOAD_METHOD(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    LOAD_NAME(Flow.NEXT),
    /** 3.14: pushes the int that is its oparg (one of the interpreter's cached small ints). */
    LOAD_SMALL_INT(Flow.NEXT),
    /** 3.14: replaces the owner by a special method and self ({@code __enter__}...), or raises {@code TypeError}. */
    LOAD_SPECIAL(Flow.NEXT),
    /** 3.12, 3.13, 3.14 */
    LOAD_SUPER_ATTR(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    MAKE_CELL(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    MAKE_FUNCTION(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    MAP_ADD(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    MATCH_CLASS(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    MATCH_KEYS(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    MATCH_MAPPING(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    MATCH_SEQUENCE(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    NOP(Flow.NEXT),
    /** 3.14: a {@code NOP} on the fall-through path of a conditional jump, for {@code sys.monitoring}. */
    NOT_TAKEN(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    POP_EXCEPT(Flow.NEXT),
    /** 3.14: pops the iterator when a {@code for} loop ends ({@code POP_TOP}, for {@code sys.monitoring}). */
    POP_ITER(Flow.NEXT),
    /** 3.11 */
    POP_JUMP_BACKWARD_IF_FALSE(Flow.BRANCH),
    /** 3.11 */
    POP_JUMP_BACKWARD_IF_NONE(Flow.BRANCH),
    /** 3.11 */
    POP_JUMP_BACKWARD_IF_NOT_NONE(Flow.BRANCH),
    /** 3.11 */
    POP_JUMP_BACKWARD_IF_TRUE(Flow.BRANCH),
    /** 3.11 */
    POP_JUMP_FORWARD_IF_FALSE(Flow.BRANCH),
    /** 3.11 */
    POP_JUMP_FORWARD_IF_NONE(Flow.BRANCH),
    /** 3.11 */
    POP_JUMP_FORWARD_IF_NOT_NONE(Flow.BRANCH),
    /** 3.11 */
    POP_JUMP_FORWARD_IF_TRUE(Flow.BRANCH),
    /** 3.12, 3.13, 3.14 */
    POP_JUMP_IF_FALSE(Flow.BRANCH),
    /** 3.12, 3.13, 3.14 */
    POP_JUMP_IF_NONE(Flow.BRANCH),
    /** 3.12, 3.13, 3.14 */
    POP_JUMP_IF_NOT_NONE(Flow.BRANCH),
    /** 3.12, 3.13, 3.14 */
    POP_JUMP_IF_TRUE(Flow.BRANCH),
    /** 3.11, 3.12, 3.13, 3.14 */
    POP_TOP(Flow.NEXT),
    /** 3.11 */
    PRECALL(Flow.NEXT),
    /** 3.11 */
    PREP_RERAISE_STAR(Flow.NEXT),
    /** 3.11 */
    PRINT_EXPR(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    PUSH_EXC_INFO(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    PUSH_NULL(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    RAISE_VARARGS(Flow.EXIT),
    /** 3.11, 3.12, 3.13, 3.14 */
    RERAISE(Flow.EXIT),
    /** 3.12, 3.13, 3.14 */
    RESERVED(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    RESUME(Flow.NEXT),
    /** 3.12, 3.13 */
    RETURN_CONST(Flow.EXIT),
    /** 3.11, 3.12, 3.13, 3.14 */
    RETURN_GENERATOR(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    RETURN_VALUE(Flow.EXIT),
    /** 3.11, 3.12, 3.13, 3.14 */
    SEND(Flow.BRANCH),
    /** 3.11, 3.12, 3.13, 3.14 */
    SETUP_ANNOTATIONS(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    SET_ADD(Flow.NEXT),
    /** 3.13, 3.14 */
    SET_FUNCTION_ATTRIBUTE(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    SET_UPDATE(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    STORE_ATTR(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    STORE_DEREF(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    STORE_FAST(Flow.NEXT),
    /** 3.13, 3.14 */
    STORE_FAST_LOAD_FAST(Flow.NEXT),
    /** 3.13, 3.14 */
    STORE_FAST_STORE_FAST(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    STORE_GLOBAL(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    STORE_NAME(Flow.NEXT),
    /** 3.12, 3.13, 3.14 */
    STORE_SLICE(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    STORE_SUBSCR(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    SWAP(Flow.NEXT),
    /** 3.13, 3.14 */
    TO_BOOL(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    UNARY_INVERT(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    UNARY_NEGATIVE(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    UNARY_NOT(Flow.NEXT),
    /** 3.11 */
    UNARY_POSITIVE(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    UNPACK_EX(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    UNPACK_SEQUENCE(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    WITH_EXCEPT_START(Flow.NEXT),
    /** 3.11, 3.12, 3.13, 3.14 */
    YIELD_VALUE(Flow.NEXT);

    /** How control leaves an instruction. */
    public enum Flow {
        /** Continues with the next instruction (or, if it raises, the exception handler). */
        NEXT,
        /** Continues with the next instruction or its jump target. */
        BRANCH,
        /** Always continues at its jump target. */
        JUMP,
        /** Leaves the code object: returns or raises. */
        EXIT
    }

    private final Flow flow;

    Opcode(Flow flow) {
        this.flow = flow;
    }

    public Flow flow() {
        return flow;
    }

    /** True if the next instruction can follow this one directly. */
    public boolean fallsThrough() {
        return flow == Flow.NEXT || flow == Flow.BRANCH;
    }

    /** True if this instruction ends a basic block (it jumps, branches or leaves the code). */
    public boolean endsBlock() {
        return flow != Flow.NEXT;
    }
}
