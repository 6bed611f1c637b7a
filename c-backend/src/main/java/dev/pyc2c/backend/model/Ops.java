package dev.pyc2c.backend.model;

import java.util.List;

/**
 * The C operations instructions lower to. Each record is rendered by the template of the same name
 * in {@code c.stg}. Operands are C expressions made by the lowering: stack slots {@code S[i]}, locals
 * {@code fast[i]}, constants {@code K[i]}, names {@code N[i]}; {@code err} and {@code reraise} are the
 * labels of exception paths ({@link UnwindHandler}, {@link UnwindExit}).
 */
public final class Ops {
    private Ops() {
    }

    /** Points the frame at the instruction about to run: for line numbers, f_lasti and tracebacks. */
    public record SetIp(int unit) implements OutputModelObject {
    }

    /** {@code dst = Py_NewRef(src);} */
    public record NewRef(String dst, String src) implements OutputModelObject {
    }

    /** {@code dst = src;} (a reference moves). */
    public record Move(String dst, String src) implements OutputModelObject {
    }

    /** {@code Py_DECREF} of each value. */
    public record Decref(List<String> values) implements OutputModelObject {
    }

    /** {@code Py_XSETREF(dst, src);}: stores a fast local, releasing the old value after. */
    public record XSetRef(String dst, String src) implements OutputModelObject {
    }

    /** MAKE_CELL in a body (an inlined comprehension's cell): the local's value moves into a new cell. */
    public record MakeCell(String local, String err) implements OutputModelObject {
    }

    /** {@code Py_CLEAR(slot);} */
    public record ClearLocal(String slot) implements OutputModelObject {
    }

    /** Raises the unbound-variable error if a fast local is unset. */
    public record CheckBound(String slot, String name, boolean free, String err) implements OutputModelObject {
    }

    /** Exchanges two stack slots. */
    public record Swap(String a, String b) implements OutputModelObject {
    }

    /**
     * A call returning a new reference: {@code r = call}, then the inputs are released, then NULL means
     * an exception; else the result goes to {@code dst}.
     */
    public record ObjectCall(String dst, String call, List<String> decrefs, String err) implements OutputModelObject {
    }

    /**
     * {@code s += t} (or {@code s = s + t}) stored back into the fast local {@code local}: a str only
     * the local refers to is extended in place; anything else takes {@code fallback}.
     */
    public record InplaceConcat(String local, String left, String right, String dst, String err,
            OutputModelObject fallback) implements OutputModelObject {
    }

    /** A call returning an int, negative on error: {@code e = call}, inputs released, {@code e < 0} raises. */
    public record IntCall(String call, List<String> decrefs, String err) implements OutputModelObject {
    }

    /** {@code dst = True or False} from the C int {@code e} (inverted if {@code invert}). */
    public record BoolFromInt(String dst, boolean invert) implements OutputModelObject {
    }

    /** UNARY_NOT. */
    public record Truth(String slot, String err) implements OutputModelObject {
    }

    /** IS_OP: identity, without a call. */
    public record IsOp(String dst, String left, String right, boolean invert) implements OutputModelObject {
    }

    /** {@code return value;} with what else is on the stack released first. */
    public record Return(String value, List<String> decrefs) implements OutputModelObject {
    }

    /** {@code goto label;} */
    public record Goto(String label) implements OutputModelObject {
    }

    /** A backward jump: lets the interpreter handle a set eval breaker (signals, threads), then jumps. */
    public record JumpBackward(String label, String err) implements OutputModelObject {
    }

    /** POP_JUMP_IF_TRUE / POP_JUMP_IF_FALSE. */
    public record PopJumpIfBool(String cond, boolean ifTrue, String label, String err) implements OutputModelObject {
    }

    /** POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE. */
    public record PopJumpIfNone(String value, boolean ifNone, String label) implements OutputModelObject {
    }

    /** FOR_ITER: the next item to {@code dst}, or on exhaustion the iterator released and a jump to {@code exit}. */
    public record ForIter(String iter, String dst, String exit, String err) implements OutputModelObject {
    }

    /** LOAD_ATTR loading a method: {@code meth, self} for CALL, or {@code NULL, attr}. */
    public record LoadMethod(String methDst, String selfDst, String owner, String name, String cache, String err)
            implements OutputModelObject {
    }

    /** LOAD_SUPER_ATTR: {@code global_super(cls, self)} (or with no arguments), then the attribute. */
    public record SuperAttr(String globalSuper, String cls, String self, String name, boolean twoArgs,
            String nullDst, String dst, String err) implements OutputModelObject {
    }

    /** UNPACK_SEQUENCE / UNPACK_EX into the stack from {@code seq}'s slot up. */
    public record Unpack(String seq, String dest, int before, int after, String err) implements OutputModelObject {
    }

    /** BUILD_TUPLE / BUILD_LIST: the items' references move into the new sequence. */
    public record BuildSequence(String dst, String newFunction, String setItem, List<String> items, String err)
            implements OutputModelObject {
    }

    /** BUILD_SET. */
    public record BuildSet(String dst, List<String> items, String err) implements OutputModelObject {
    }

    /** BUILD_MAP / BUILD_CONST_KEY_MAP: keys and values in order, then {@code decrefs} (the keys tuple). */
    public record BuildMap(String dst, List<String> keys, List<String> values, List<String> decrefs, String err)
            implements OutputModelObject {
    }

    /** BUILD_STRING. */
    public record BuildString(String dst, List<String> pieces, String err) implements OutputModelObject {
    }

    /**
     * CALL: {@code method} is NULL (call {@code callable} with the arguments) or a function to call with
     * {@code callable} (self) and the arguments. {@code kwnames} names the last arguments (or is NULL);
     * {@code positional} and {@code positionalWithSelf} count the positional arguments in each case.
     */
    public record Call(String method, String callable, String args, int positional, int positionalWithSelf,
            String kwnames, List<String> argSlots, int unit, int lastCacheUnit, String err) implements OutputModelObject {
    }

    /** CALL_FUNCTION_EX. */
    public record CallEx(String func, String args, String kwargs, String dst, String err) implements OutputModelObject {
    }

    /** MAKE_FUNCTION: the function's attributes (each may be null) move into the new function. */
    public record MakeFunction(String dst, String code, String defaults, String kwdefaults, String annotations,
            String closure, String err) implements OutputModelObject {
    }

    /** RAISE_VARARGS. */
    public record RaiseOp(String exc, String cause, String err, String reraise) implements OutputModelObject {
    }

    /** RERAISE: restores f_lasti if given, then re-raises {@code exc} without a new traceback entry. */
    public record Reraise(String exc, String lasti, String err, String reraise) implements OutputModelObject {
    }

    /** PUSH_EXC_INFO. */
    public record PushExcInfo(String prevDst, String exc, String excDst) implements OutputModelObject {
    }

    /** POP_EXCEPT. */
    public record PopExcept(String value) implements OutputModelObject {
    }

    /** CHECK_EXC_MATCH. */
    public record CheckExcMatch(String left, String right, String err) implements OutputModelObject {
    }

    /** CHECK_EG_MATCH. */
    public record CheckEgMatch(String excValue, String matchType, String err) implements OutputModelObject {
    }

    /** BEFORE_WITH: {@code mgr}'s slot gets {@code __exit__}, {@code resDst} the result of {@code __enter__()}. */
    public record BeforeWith(String mgr, String resDst, String err) implements OutputModelObject {
    }

    /** GET_LEN. */
    public record GetLen(String obj, String dst, String err) implements OutputModelObject {
    }

    /** MATCH_MAPPING / MATCH_SEQUENCE: a type flag as a bool. */
    public record MatchFlag(String subject, String dst, String flag) implements OutputModelObject {
    }

    /** LOAD_DEREF. */
    public record LoadDeref(String dst, String cell, String name, boolean free, String err) implements OutputModelObject {
    }

    /** STORE_DEREF. */
    public record StoreDeref(String cell, String src) implements OutputModelObject {
    }

    /** DELETE_DEREF. */
    public record DeleteDeref(String cell, String name, boolean free, String err) implements OutputModelObject {
    }

    /**
     * An exception path into a handler of this code object: a new exception first gets this frame's
     * traceback entry ({@code errorLabel}); a re-raise enters after that ({@code reraiseLabel}). Then the
     * stack is popped to the handler's depth, lasti and the exception are pushed, and the handler runs.
     */
    public record UnwindHandler(String errorLabel, String reraiseLabel, String description, List<String> pops,
            String lastiDst, String lastiRetry, String excDst, String handler, boolean usesError,
            boolean usesReraise) implements OutputModelObject {
    }

    /**
     * An exception path out of the code object: the stack is released and the body returns NULL. For a
     * new exception the interpreter then adds this frame's traceback entry; for a re-raise the frame is
     * first marked as not started, so that it adds none.
     */
    public record UnwindExit(String errorLabel, String reraiseLabel, String description, List<String> pops,
            boolean usesError, boolean usesReraise) implements OutputModelObject {
    }
}
