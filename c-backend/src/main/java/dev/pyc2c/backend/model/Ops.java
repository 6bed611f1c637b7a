package dev.pyc2c.backend.model;

import java.util.List;
import java.util.Objects;

/**
 * The C operations instructions lower to. Each record is rendered by the template of the same name in
 * {@code c.stg}. Inputs are {@link Operand}s (an expression, and whether its reference is owned); outputs
 * are the C variables the values go to ({@code s<depth>}); {@code err} and {@code reraise} are the labels
 * of exception paths ({@link UnwindHandler}, {@link UnwindExit}). {@code releases} lists the owned
 * inputs an operation releases, which the lowering computes ({@link #owned}).
 */
public final class Ops {
    private Ops() {
    }

    /** The expressions of the owned operands among {@code operands}: what consuming them releases. */
    public static List<String> owned(List<Operand> operands) {
        return operands.stream().filter(Operand::owned).map(Operand::expr).toList();
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

    /**
     * Values moving between stack variables at once (a permutation: SWAP): each {@code dst} gets its
     * {@code src} read before any is written; {@code newRef} marks sources that are borrowed.
     */
    public record Permute(List<String> dsts, List<String> srcs) implements OutputModelObject {
        public Permute {
            dsts = List.copyOf(dsts);
            srcs = List.copyOf(srcs);
            if (dsts.size() != srcs.size()) {
                throw new IllegalArgumentException("unbalanced permutation");
            }
        }
    }

    /** {@code Py_DECREF} of each value. */
    public record Decref(List<String> values) implements OutputModelObject {
    }

    /** {@code Py_XSETREF(dst, src);}: stores a fast local, releasing the old value after. */
    public record XSetRef(String dst, String src) implements OutputModelObject {
    }

    /** STORE_FAST: fast local {@code slot} takes {@code src} (a new reference), its old value released after. */
    public record StoreLocal(String slot, String src) implements OutputModelObject {
    }

    /** LOAD_FAST_AND_CLEAR: {@code dst} takes the value of fast local {@code slot} (NULL if unbound), which is cleared. */
    public record TakeLocal(String dst, String slot) implements OutputModelObject {
    }

    /** LOAD_SPECIAL (3.14): the special method {@code index} of {@code owner}'s type, as a method and self or a bound object and NULL. */
    public record LoadSpecial(Operand owner, int index, String methodDst, String selfDst, String err)
            implements OutputModelObject {
        public List<String> releases() {
            return owned(List.of(owner));
        }
    }

    /** MAKE_CELL in a body (an inlined comprehension's cell): the local's value moves into a new cell. */
    public record MakeCell(String local, String err) implements OutputModelObject {
    }

    /** {@code Py_CLEAR(slot);} */
    public record ClearLocal(String slot) implements OutputModelObject {
    }

    /**
     * Raises the unbound-local error if a fast local is unset. {@code unit}: the frame is pointed at that code unit on
     * the error path only (a load, which runs no code, needs no pointer on its hot path); null where the instruction
     * set it already (DELETE_FAST, whose clearing may run a destructor).
     */
    public record CheckBound(String slot, String name, Integer unit, String err) implements OutputModelObject {
    }

    /**
     * A helper returning a new reference: {@code r = helper(args)}, then the owned inputs are released,
     * then NULL means an exception; else the result goes to {@code dst}. {@code hot}: the instruction is
     * hot code ({@link Helper#cName(boolean)}).
     */
    public record HelperCall(Helper helper, boolean hot, String dst, List<String> args, List<String> releases,
            String err) implements OutputModelObject {
        /** The C function called. */
        public String function() {
            return helper.cName(hot);
        }

        public HelperCall {
            Objects.requireNonNull(helper, "helper");
            args = List.copyOf(args);
            releases = List.copyOf(releases);
            if (helper.result() != Helper.Result.OBJECT) {
                throw new IllegalArgumentException(helper + " does not return an object");
            }
        }
    }

    /** A helper returning a status: {@code e = helper(args)}, owned inputs released, {@code e < 0} raises. */
    public record StatusCall(Helper helper, boolean hot, List<String> args, List<String> releases, String err)
            implements OutputModelObject {
        public String function() {
            return helper.cName(hot);
        }

        public StatusCall {
            Objects.requireNonNull(helper, "helper");
            args = List.copyOf(args);
            releases = List.copyOf(releases);
            if (helper.result() == Helper.Result.OBJECT) {
                throw new IllegalArgumentException(helper + " returns an object");
            }
        }
    }

    /** {@code dst = True or False} from the C int {@code e} (inverted if {@code invert}). */
    public record BoolFromInt(String dst, boolean invert) implements OutputModelObject {
    }

    /** UNARY_NOT. */
    public record Truth(Operand value, String dst, String err) implements OutputModelObject {
        public List<String> releases() {
            return owned(java.util.Arrays.asList(value));
        }

    }

    /** IS_OP: identity, without a call. */
    public record IsOp(String dst, Operand left, Operand right, boolean invert) implements OutputModelObject {
        public List<String> releases() {
            return owned(java.util.Arrays.asList(left, right));
        }

    }

    /** {@code return value;} with what else is on the stack released first. */
    public record Return(String value, List<String> releases) implements OutputModelObject {
    }

    /**
     * A generator body's entry (docs/generators.md): the trampoline instruction that called the body says whether
     * it starts, resumes after a site or has an exception thrown in at one.
     */
    public record GenEntry(int start, List<GenEntrySite> sites) implements OutputModelObject {
        public GenEntry {
            sites = List.copyOf(sites);
        }
    }

    /**
     * The trampoline's resume and throw entries of site {@code number}, and the unit a frame suspended there points
     * at, with which a direct resumption (pyc2c_gen_iternext) enters the body.
     */
    public record GenEntrySite(int number, int resume, int thrown, int suspended) {
    }

    /** A saved slot of a suspended generator's value stack ({@code fast[slot]}) and the stack variable it holds. */
    public record GenSlot(int slot, String var) {
    }

    /** A control slot of a call of a generator body and the bool the body leaves in it. */
    public record GenControl(int slot, boolean on) {
    }

    /**
     * YIELD_VALUE of a compiled generator: the values kept on the stack into their saved slots, the controls
     * (not returned; the site's bits), the value returned to the trampoline; then the site's resume entry (the
     * values back, the sent value into {@code sent}, on at the RESUME) and its throw entry (the values back, the
     * exception raised again at the trampoline's YIELD_VALUE, where the interpreter has added its traceback
     * entry) and its direct entry (the values back, None sent). The frame is left pointing where the interpreter's
     * suspension at the site would ({@code suspendedUnit}), for a direct resumption.
     */
    public record GenYield(int number, List<GenSlot> saves, int controlBase, List<GenControl> bits, Operand value,
            String sent, String resumeLabel, int throwUnit, int suspendedUnit, String reraise, boolean forIter,
            boolean discardsSent)
            implements OutputModelObject {
        public GenYield {
            saves = List.copyOf(saves);
            bits = List.copyOf(bits);
        }
    }

    /** Before a compiled generator returns: the controls say so, and no slot the trampoline pops is NULL. */
    public record GenReturning(int saved, int controls) implements OutputModelObject {
    }

    /**
     * A compiled generator's return where FOR_ITER enters the body (3.12 on): the value into the first control slot
     * ({@code fast[controlBase]}), the saved and other control slots left non-NULL for the trampoline's POP_TOPs,
     * and NULL without an exception returned, which FOR_ITER takes for exhaustion.
     */
    public record GenReturn(String value, List<String> releases, int stackBase, int saved, int controls)
            implements OutputModelObject {
        public GenReturn {
            releases = List.copyOf(releases);
        }
    }

    /** {@code goto label;} */
    public record Goto(String label) implements OutputModelObject {
    }

    /** A backward jump: lets the interpreter handle a set eval breaker (signals, threads), then jumps. */
    public record JumpBackward(String label, String err) implements OutputModelObject {
    }

    /**
     * The eval-breaker check of a conditional jump that goes backward (3.11's POP_JUMP_BACKWARD_IF_*, which check it
     * after jumping, as JUMP_BACKWARD does): on the jump's path, the frame pointed at {@code unit} and pending work
     * handled; {@code err}, where an exception it raises goes. The conditional jumps take none ({@code null}) where
     * the version's jump checks nothing.
     */
    public record Breaker(int unit, String err) {
        public Breaker {
            Objects.requireNonNull(err, "err");
        }
    }

    /** POP_JUMP_IF_TRUE / POP_JUMP_IF_FALSE ({@code breaker}: see {@link Breaker}, or null). */
    public record PopJumpIfBool(Operand cond, boolean ifTrue, int unit, String label, String err, Breaker breaker)
            implements OutputModelObject {
        public List<String> releases() {
            return owned(java.util.Arrays.asList(cond));
        }

    }

    /** POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE ({@code breaker}: see {@link Breaker}, or null). */
    public record PopJumpIfNone(Operand value, boolean ifNone, String label, Breaker breaker)
            implements OutputModelObject {
        public List<String> releases() {
            return owned(java.util.Arrays.asList(value));
        }

    }

    /**
     * JUMP_IF_TRUE_OR_POP / JUMP_IF_FALSE_OR_POP (3.11): to {@code label} with {@code cond} left on the stack if its
     * truth is {@code ifTrue}, else on with it popped. A borrowed {@code cond} (read where it lives) goes to the
     * target in {@code keep}, its stack variable, with a reference of its own; an owned one is there already.
     */
    public record JumpIfOrPop(Operand cond, boolean ifTrue, int unit, String keep, String label, String err)
            implements OutputModelObject {
    }

    /** FOR_ITER: the next item to {@code dst}, or on exhaustion the iterator released and a jump to {@code exit}. */
    public record ForIter(String iter, String dst, boolean num, String exit, String err) implements OutputModelObject {
    }

    /**
     * LOAD_ATTR loading a method, for CALL: the method and self, or the attribute and NULL, into the version's two
     * items: {@code resultDst}, always set (3.12: self or the attribute; 3.13: the method or the attribute), and
     * {@code slotDst} (3.12: the method or NULL; 3.13: self or NULL); the version's template says which is which.
     */
    public record LoadMethod(String resultDst, String slotDst, Operand owner, String name, String cache, boolean cold,
                             String err)
            implements OutputModelObject {
        public List<String> releases() {
            return owned(java.util.Arrays.asList(owner));
        }

    }

    /**
     * LOAD_SUPER_ATTR: attribute {@code name} of {@code global_super(cls, self)} (or of {@code global_super()}),
     * found without a super object where super is the builtin (pyc2c_load_super_attr); with {@code slotDst}, the
     * method form, into the version's two items as for {@link LoadMethod} (3.12: {@code slotDst} the function and
     * {@code dst} self, or NULL and the attribute; 3.13: {@code dst} the function or the attribute, {@code slotDst}
     * self or NULL).
     * {@code generic}: always the call and the super object's attribute (a name the super object answers).
     */
    public record SuperAttr(Operand globalSuper, Operand cls, Operand self, String name, boolean twoArgs,
            boolean generic, String slotDst, String dst, String err) implements OutputModelObject {
        public List<String> releases() {
            return owned(java.util.Arrays.asList(globalSuper, cls, self));
        }

        /** pyc2c_load_super_attr's flags. */
        public String flags() {
            String f = twoArgs ? "PYC2C_SUPER_TWO_ARGS" : "0";
            return generic ? f + " | PYC2C_SUPER_GENERIC" : f;
        }
    }

    /** UNPACK_SEQUENCE / UNPACK_EX: {@code seq}'s items to {@code dsts} (bottom first: the last item first). */
    public record Unpack(Operand seq, List<String> dsts, int before, int after, boolean inline, String err)
            implements OutputModelObject {
        /** The index of the last item. */
        public int last() {
            return dsts.size() - 1;
        }

        public List<String> releases() {
            return owned(java.util.Arrays.asList(seq));
        }

        public Unpack {
            dsts = List.copyOf(dsts);
        }
    }

    /** BUILD_TUPLE ({@code tuple}) / BUILD_LIST: the items' references move into the new sequence. */
    public record BuildSequence(String dst, boolean tuple, List<Operand> items, String err)
            implements OutputModelObject {
        public BuildSequence {
            items = List.copyOf(items);
        }

        public List<String> releases() {
            return owned(items);
        }
    }

    /** BUILD_SET. */
    public record BuildSet(String dst, List<Operand> items, String err) implements OutputModelObject {
        public BuildSet {
            items = List.copyOf(items);
        }

        public List<String> releases() {
            return owned(items);
        }
    }

    /** BUILD_MAP / BUILD_CONST_KEY_MAP: keys and values in order, then {@code releases} (all owned inputs). */
    public record BuildMap(String dst, List<String> keys, List<String> values, List<String> releases, String err)
            implements OutputModelObject {
    }

    /** BUILD_STRING. */
    public record BuildString(String dst, List<String> pieces, List<String> releases, String err)
            implements OutputModelObject {
    }

    /**
     * Where a version's CALL finds what it calls: the two stack items beneath the arguments, of which one may
     * be NULL (the "optional" one).
     */
    public enum CallLayout {
        /** 3.11, 3.12: {@code [method or NULL, callable or self]}: a method is called with the second as self. */
        METHOD_FIRST,
        /** 3.13 on: {@code [callable, self or NULL]}: the callable is called with self first if there is one. */
        SELF_SECOND
    }

    /**
     * CALL: {@code first} and {@code second} are the two stack items beneath the arguments, as the version's
     * {@code layout} has them, the optional one known to be NULL if {@code optionalIsNull}. The arguments are
     * gathered in a C array with room for {@code PY_VECTORCALL_ARGUMENTS_OFFSET}: {@code [first, second,
     * args...]}. {@code kwnames} names the last arguments (or is NULL); {@code positional} counts the
     * positional arguments without self; {@code cache} is the site's pyc2c_call_cache ({@code &C[i]}) where
     * the call is inline, else NULL; {@code ownedKwnames}, the keyword names where the call holds a reference to
     * them (3.13's CALL_KW takes them from the stack), released after it. The version's templates spell the call ({@code callArgv}); the optional
     * item, owned when set, is released there.
     */
    public record Call(CallLayout layout, Operand first, Operand second, boolean optionalIsNull, List<Operand> args,
            int positional, String kwnames, String dst, int unit, int lastCacheUnit, String suffix, String cache,
            String ownedKwnames, String err) implements OutputModelObject {
        public Call {
            Objects.requireNonNull(layout, "layout");
            args = List.copyOf(args);
        }

        /** The arguments' array: {@code [first, second, args...]}, the optional item NULL where known. */
        public List<String> argv() {
            List<String> out = new java.util.ArrayList<>();
            boolean firstOptional = layout == CallLayout.METHOD_FIRST;
            out.add(optionalIsNull && firstOptional ? "NULL" : first.expr());
            out.add(optionalIsNull && !firstOptional ? "NULL" : second.expr());
            args.forEach(a -> out.add(a.expr()));
            return out;
        }

        /** The item that is always there: the callable or self (3.12), the callable (3.13). */
        public Operand required() {
            return layout == CallLayout.METHOD_FIRST ? second : first;
        }

        /** What is released after the call: the required item and the arguments (the optional one by the template). */
        public List<String> releases() {
            List<String> out = new java.util.ArrayList<>(owned(List.of(required())));
            out.addAll(owned(args));
            if (ownedKwnames != null) {
                out.add(ownedKwnames);
            }
            return out;
        }

        /** Whether the call's fast path is inline (pyc2c_call, with a cache argument), not out of line. */
        public boolean inline() {
            return suffix.isEmpty();
        }

        /** The positional arguments of a method's call: self and the others. */
        public int positionalWithSelf() {
            return positional + 1;
        }
    }

    /**
     * TO_BOOL (3.13): the truth of an object ({@code value}), a held number ({@code num}) or a C condition
     * ({@code condIn}), into a bool object {@code dst} or a C condition {@code cond}; an object's or a number's
     * truth points the frame at {@code unit} if it must call (__bool__, __len__).
     */
    public record ToBool(Operand value, String num, String condIn, String dst, String cond, int unit, String err)
            implements OutputModelObject {
        public List<String> releases() {
            return value == null ? List.of() : owned(List.of(value));
        }
    }

    /** SET_FUNCTION_ATTRIBUTE (3.13): {@code func_<field>} of the new function {@code func} takes {@code attr}. */
    public record SetFunctionAttribute(String func, String field, Operand attr) implements OutputModelObject {
    }

    /** CALL_FUNCTION_EX. */
    public record CallEx(Operand nullSlot, Operand func, Operand args, Operand kwargs, String dst, String err)
            implements OutputModelObject {
        /** What is released after the call (the arguments' sequence goes as soon as it is a tuple). */
        public List<String> releasesAfter() {
            List<String> in = new java.util.ArrayList<>(owned(List.of(func)));
            if (kwargs != null) {
                in.addAll(owned(List.of(kwargs)));
            }
            return in;
        }
    }

    /** MAKE_FUNCTION: the function's attributes (each may be null) move into the new function. */
    public record MakeFunction(String dst, Operand code, Operand defaults, Operand kwdefaults, Operand annotations,
            Operand closure, String err) implements OutputModelObject {
        public List<String> releases() {
            List<Operand> all = new java.util.ArrayList<>();
            for (Operand o : new Operand[] {defaults, kwdefaults, annotations, closure}) {
                if (o != null) {
                    all.add(o);
                }
            }
            return owned(all);
        }
    }

    /** RAISE_VARARGS. */
    public record RaiseOp(Operand exc, Operand cause, String err, String reraise) implements OutputModelObject {
    }

    /** RERAISE: restores f_lasti if given, then re-raises {@code exc} without a new traceback entry. */
    public record Reraise(Operand exc, Operand lasti, String err, String reraise) implements OutputModelObject {
    }

    /** PUSH_EXC_INFO. */
    public record PushExcInfo(String prevDst, Operand exc, String excDst) implements OutputModelObject {
    }

    /** POP_EXCEPT. */
    public record PopExcept(Operand value) implements OutputModelObject {
    }

    /** CHECK_EXC_MATCH. */
    public record CheckExcMatch(Operand left, Operand right, String dst, String cond, String err)
            implements OutputModelObject {
        public List<String> releases() {
            return owned(java.util.Arrays.asList(right));
        }

    }

    /** CHECK_EG_MATCH. */
    public record CheckEgMatch(Operand excValue, Operand matchType, String restDst, String matchDst, String err)
            implements OutputModelObject {
        public List<String> releases() {
            return owned(java.util.Arrays.asList(excValue, matchType));
        }

    }

    /** BEFORE_WITH: {@code exitDst} gets {@code __exit__}, {@code resDst} the result of {@code __enter__()}. */
    public record BeforeWith(Operand mgr, String exitDst, String resDst, String err) implements OutputModelObject {
        public List<String> releases() {
            return owned(java.util.Arrays.asList(mgr));
        }

    }

    /** GET_LEN. */
    public record GetLen(Operand obj, String dst, String err) implements OutputModelObject {
    }

    /** MATCH_MAPPING / MATCH_SEQUENCE: a type flag as a bool. */
    public record MatchFlag(Operand subject, String dst, String flag) implements OutputModelObject {
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
     * stack is released down to the handler's depth, lasti and the exception are pushed, and the handler
     * runs.
     */
    public record UnwindHandler(String errorLabel, String reraiseLabel, String description, List<String> releases,
            String lastiDst, String lastiRetry, String excDst, String handler, boolean usesError,
            boolean usesReraise) implements OutputModelObject {
    }

    /**
     * An exception path out of the code object: the stack is released and the body returns NULL. For a
     * new exception the interpreter then adds this frame's traceback entry; for a re-raise the frame is
     * first marked as not started, so that it adds none.
     */
    public record UnwindExit(String errorLabel, String reraiseLabel, String description, List<String> releases,
            boolean usesError, boolean usesReraise) implements OutputModelObject {
    }

    /**
     * A number boxed for an instruction that takes objects: the object it stands for, owned, in the stack
     * variable {@code dst}. On MemoryError the frame points at the instruction that made the number
     * ({@code unit}), where the interpreter would have allocated it.
     */
    public record Box(String box, String num, String dst, int unit, String err) implements OutputModelObject {
    }

    /**
     * BINARY_OP (and UNARY_NEGATIVE / UNARY_INVERT, {@code unary}) on numbers: the result into the number
     * {@code dst}, or, if {@code boxDst} is set, boxed into that stack variable. {@code stored} (or null): the
     * fast local that the next instruction stores the result into, for pyc2c_num_add_stored.
     */
    public record NumArith(String function, String box, String stored, String dst, NumOperand left, NumOperand right, String op,
            int unit, String boxDst, int boxUnit, String err) implements OutputModelObject {
        public List<String> releases() {
            List<String> out = new java.util.ArrayList<>();
            if (left.release() != null) {
                out.add(left.release());
            }
            if (right != null && right.release() != null) {
                out.add(right.release());
            }
            return out;
        }
    }

    /**
     * {@code s += t} stored into fast local {@code local} by the next instruction, on numbers: a str only the
     * local refers to is extended in place, numbers take the number path. {@code right} is an object
     * ({@code rightOwned} if it holds a reference of its own) where {@code guard} (null: always) holds.
     */
    public record NumInplaceConcat(String local, Operand left, String right, boolean rightOwned, String guard,
            String dst, String err, OutputModelObject numeric) implements OutputModelObject {
    }

    /**
     * COMPARE_OP on numbers (and strs): the comparison's result into {@code dst} (its truth as a bool if
     * {@code toBool}: 3.13's oparg & 16), or a C condition into {@code cond};
     * {@code suffix} is {@code ""} for the inlined fast paths, {@code "_cold"} for their out-of-line form.
     */
    public record NumCompare(String dst, String cond, boolean toBool, NumOperand left, NumOperand right, String op, int unit,
            int jump, String suffix, String err) implements OutputModelObject {
        public List<String> releases() {
            List<String> out = new java.util.ArrayList<>();
            if (left.release() != null) {
                out.add(left.release());
            }
            if (right.release() != null) {
                out.add(right.release());
            }
            return out;
        }
    }

    /** STORE_FAST of a number: into the local's own int or float when only it holds one. */
    public record NumStore(String local, String num, int unit, String suffix, String err)
            implements OutputModelObject {
    }

    /** RETURN_VALUE of a number. */
    public record NumReturn(String box, String num, List<String> releases, String err) implements OutputModelObject {
    }

    /** POP_JUMP_IF_TRUE / POP_JUMP_IF_FALSE on a C condition ({@code breaker}: see {@link Breaker}, or null). */
    public record JumpIfCondition(String cond, boolean ifTrue, String label, Breaker breaker)
            implements OutputModelObject {
    }

    /** POP_JUMP_IF_TRUE / POP_JUMP_IF_FALSE on a number ({@code breaker}: see {@link Breaker}, or null). */
    public record JumpIfNum(String num, boolean ifTrue, int unit, String label, String err, Breaker breaker)
            implements OutputModelObject {
    }

    /** IS_OP into a C condition. */
    public record IsCondition(String cond, Operand left, Operand right, boolean invert) implements OutputModelObject {
        public List<String> releases() {
            return owned(java.util.Arrays.asList(left, right));
        }
    }

    /** CONTAINS_OP into a C condition. */
    public record ContainsCondition(String cond, Operand left, Operand right, boolean invert, String err)
            implements OutputModelObject {
        public List<String> releases() {
            return owned(java.util.Arrays.asList(left, right));
        }
    }

    /**
     * CALL of a builtin the generated code calls itself when the callable is exactly that builtin
     * ({@code builtin}, a C object of pyc2c_builtins.h; {@code name} says which: len, abs, isinstance, min,
     * max, list.append); any other callable takes {@code call}, the generic call (whose {@code dst},
     * units and error path are the site's). {@code result} is how the result is kept: {@code num} (a
     * pyc2c_num in {@code dst}; {@code boxNum}: boxed into it instead), {@code cond} (a C condition in
     * {@code dst}, for the jump {@code jumpUnit}), or {@code obj}.
     */
    public record BuiltinCall(String name, String builtin, Call call, String result, boolean boxNum, String box,
                              int jumpUnit)
            implements OutputModelObject {
        public boolean isLen() {
            return name.equals("len");
        }

        public boolean isAbs() {
            return name.equals("abs");
        }

        public boolean isIsinstance() {
            return name.equals("isinstance");
        }

        public boolean isMin() {
            return name.equals("min");
        }

        public boolean isMax() {
            return name.equals("max");
        }

        public boolean isAppend() {
            return name.equals("list.append");
        }

        public boolean num() {
            return result.equals("num") || boxNum;
        }

        public boolean cond() {
            return result.equals("cond");
        }
    }

    /** BINARY_SUBSCR with a number (or an int constant) for the subscript (pyc2c_getitem_num). */
    public record GetItemNum(String dst, Operand container, NumOperand sub, List<String> releases, int unit,
            String err) implements OutputModelObject {
    }

    /** STORE_SUBSCR with numbers (pyc2c_setitem_num); {@code releases} are statements. */
    public record SetItemNum(Operand container, NumOperand sub, NumOperand v, List<String> releases, int unit,
            String err) implements OutputModelObject {
    }
}
