package dev.pyc2c.backend.lower;

import dev.pyc2c.backend.ir.Node;
import dev.pyc2c.backend.ir.Provenance;
import dev.pyc2c.backend.ir.StackShapes;
import dev.pyc2c.backend.lower.FunctionLowering.Emit;
import dev.pyc2c.backend.model.Helper;
import dev.pyc2c.backend.model.Operand;
import dev.pyc2c.backend.model.Ops;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.code.Argument;
import dev.pyc2c.bytecode.code.Instruction;
import dev.pyc2c.bytecode.opcode.Opcode;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CPython 3.11's instructions as C: 3.12's lowering with what 3.11's {@code Python/ceval.c} does differently.
 *
 * <ul>
 *   <li>a call is {@code PRECALL n; CALL n} (KW_NAMES before the PRECALL), on 3.12's stack {@code [method or NULL,
 *       callable or self, args...]}; PRECALL's unpacking of a bound method into [function, self] is what the
 *       call of the bound method does anyway, so it is no C of its own;</li>
 *   <li>methods are loaded by LOAD_METHOD (3.12's LOAD_ATTR method form, the same items), LOAD_ATTR loads
 *       attributes only;</li>
 *   <li>every LOAD_FAST checks that its local is bound (3.11 has no LOAD_FAST_CHECK): here only where it may not be
 *       ({@link BoundLocals});</li>
 *   <li>the conditional jumps are POP_JUMP_FORWARD_IF_* and POP_JUMP_BACKWARD_IF_* (the backward ones check the eval
 *       breaker after jumping), and JUMP_IF_TRUE_OR_POP / JUMP_IF_FALSE_OR_POP keep the value on the stack when they
 *       jump;</li>
 *   <li>FOR_ITER's exhausted path pops the iterator and jumps to the instruction after the loop (no END_FOR);</li>
 *   <li>PRINT_EXPR, UNARY_POSITIVE, LIST_TO_TUPLE, IMPORT_STAR and PREP_RERAISE_STAR are instructions (3.12: the
 *       intrinsics), LOAD_CLASSDEREF is 3.12's LOAD_LOCALS and LOAD_FROM_DICT_OR_DEREF in one, and there is no
 *       RETURN_CONST, BINARY_SLICE, STORE_SLICE, LOAD_SUPER_ATTR or LOAD_FAST_AND_CLEAR (comprehensions are
 *       functions);</li>
 *   <li>direct calls as 3.12's, on 3.11's frames (pyc2c_frame311.h): from compiled call sites and C callers
 *       (the function's vectorcall field); the interpreter's own calls of a compiled function inline its
 *       trampoline's frame, which runs the body.</li>
 * </ul>
 */
public class Lowering311 extends Lowering312 {
    private static final StackShapes SHAPES = TableStackShapes.of(PythonVersion.V3_11);

    private static final Set<Opcode> SUPPORTED = supported311();

    private static Set<Opcode> supported311() {
        Set<Opcode> s = EnumSet.copyOf(Lowering312.SUPPORTED);
        // 3.12's own instructions: none of them is in 3.11's table
        s.removeAll(EnumSet.of(Opcode.END_FOR, Opcode.BINARY_SLICE, Opcode.STORE_SLICE, Opcode.RETURN_CONST,
                Opcode.LOAD_FAST_CHECK, Opcode.LOAD_FAST_AND_CLEAR, Opcode.LOAD_FROM_DICT_OR_DEREF,
                Opcode.LOAD_FROM_DICT_OR_GLOBALS, Opcode.LOAD_SUPER_ATTR, Opcode.CALL_INTRINSIC_1,
                Opcode.CALL_INTRINSIC_2, Opcode.LOAD_LOCALS, Opcode.POP_JUMP_IF_TRUE, Opcode.POP_JUMP_IF_FALSE,
                Opcode.POP_JUMP_IF_NONE, Opcode.POP_JUMP_IF_NOT_NONE));
        s.addAll(EnumSet.of(Opcode.PRECALL, Opcode.LOAD_METHOD, Opcode.LOAD_CLASSDEREF, Opcode.PRINT_EXPR,
                Opcode.UNARY_POSITIVE, Opcode.LIST_TO_TUPLE, Opcode.IMPORT_STAR, Opcode.PREP_RERAISE_STAR,
                Opcode.JUMP_IF_TRUE_OR_POP, Opcode.JUMP_IF_FALSE_OR_POP, Opcode.POP_JUMP_FORWARD_IF_TRUE,
                Opcode.POP_JUMP_FORWARD_IF_FALSE, Opcode.POP_JUMP_FORWARD_IF_NONE,
                Opcode.POP_JUMP_FORWARD_IF_NOT_NONE, Opcode.POP_JUMP_BACKWARD_IF_TRUE,
                Opcode.POP_JUMP_BACKWARD_IF_FALSE, Opcode.POP_JUMP_BACKWARD_IF_NONE,
                Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE));
        return s;
    }

    /** 3.11's state: the bound locals of the code object, computed at its first LOAD_FAST. */
    static final class State311 extends State {
        BoundLocals bound;
    }

    @Override
    public State newState() {
        return new State311();
    }

    @Override
    public StackShapes shapes() {
        return SHAPES;
    }

    @Override
    protected Set<Opcode> supported() {
        return SUPPORTED;
    }

    /** FOR_ITER's exhausted path pops the iterator itself and jumps to the instruction after the loop. */
    @Override
    protected List<Opcode> forIterSkips() {
        return List.of();
    }

    @Override
    protected Optional<String> methodName(Instruction in) {
        return in.opcode() == Opcode.LOAD_METHOD ? Optional.of(((Argument.Name) in.argument()).name())
                : Optional.empty();
    }

    @Override
    public boolean takesNumber(Node node, String name) {
        return switch (node.instruction().opcode()) {
            case POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE,
                    POP_JUMP_BACKWARD_IF_FALSE -> true;
            default -> super.takesNumber(node, name);
        };
    }

    @Override
    public boolean takesCondition(Instruction in, String name) {
        return switch (in.opcode()) {
            case POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE,
                    POP_JUMP_BACKWARD_IF_FALSE -> true;
            default -> super.takesCondition(in, name);
        };
    }

    @Override
    public void lower(Emit e, Instruction in) throws UnsupportedCodeException {
        int d = e.depth();
        int oparg = in.oparg();
        Opcode op = in.opcode();
        e.provenance(Provenance.INLINE);
        switch (op) {
            // Between KW_NAMES and its CALL: nothing to do (see the class comment).
            case PRECALL -> e.provenance(Provenance.NONE);
            case LOAD_METHOD -> loadMethod(e, oparg);
            case LOAD_ATTR -> loadAttr(e, oparg);
            case LOAD_FAST -> {
                State311 st = (State311) e.state();
                if (st.bound == null) {
                    st.bound = BoundLocals.of(e.code(), e.cfg(), firstBodyInstruction(e.code()));
                }
                if (st.bound.bound(e.index(), oparg)) {
                    super.lower(e, in);
                } else {
                    loadFastChecked(e, oparg);
                }
            }
            // 3.12's LOAD_LOCALS; LOAD_FROM_DICT_OR_DEREF: the class body's namespace, then the cell.
            case LOAD_CLASSDEREF -> helper(e, Helper.LOAD_FROM_DICT_OR_DEREF, "value", List.of("ts", "frame",
                    "frame->f_locals", String.valueOf(oparg)), List.of(), Provenance.GENERIC);
            case PRINT_EXPR -> {
                // sys.displayhook(value), its result dropped
                Operand v = e.in("value");
                e.setIp();
                e.uses("r");
                e.provenance(Provenance.CALL_OUT);
                e.emit(new Ops.HelperCall(Helper.PRINT_EXPR, e.node().hot(), "r", List.of("ts", v.expr()),
                        Ops.owned(List.of(v)), e.error(d - 1)));
                e.emit(new Ops.Decref(List.of("r")));
            }
            case UNARY_POSITIVE -> helper(e, Helper.NUMBER_POSITIVE, "res", List.of(e.in("value")));
            case LIST_TO_TUPLE -> helper(e, Helper.LIST_AS_TUPLE, "tuple", List.of(e.in("list")));
            case IMPORT_STAR -> {
                Operand from = e.in("from");
                status(e, Helper.IMPORT_STAR, List.of("ts", "frame->f_locals", from.expr()), List.of(from), d - 1);
            }
            case PREP_RERAISE_STAR -> helper(e, Helper.EXC_PREP_RERAISE_STAR, "val", List.of(e.in("orig"),
                    e.in("excs")));
            case JUMP_IF_TRUE_OR_POP, JUMP_IF_FALSE_OR_POP -> {
                Operand cond = e.in("cond");
                String keep = e.stackVariable(d - 1);
                if (cond.owned() && !cond.expr().equals(keep)) {
                    throw new IllegalStateException("the value of " + op + " at offset " + in.offset() + " is in "
                            + cond.expr() + ", not " + keep);
                }
                e.uses("e");
                e.emit(new Ops.JumpIfOrPop(cond, op == Opcode.JUMP_IF_TRUE_OR_POP, e.unit(), cond.owned() ? null
                        : keep, e.label(in.target().orElseThrow()), e.error(d)));
            }
            case POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_FORWARD_IF_FALSE -> popJumpIf(e, in,
                    op == Opcode.POP_JUMP_FORWARD_IF_TRUE, false);
            case POP_JUMP_BACKWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_FALSE -> popJumpIf(e, in,
                    op == Opcode.POP_JUMP_BACKWARD_IF_TRUE, true);
            case POP_JUMP_FORWARD_IF_NONE, POP_JUMP_FORWARD_IF_NOT_NONE -> popJumpIfNone(e, in,
                    op == Opcode.POP_JUMP_FORWARD_IF_NONE, false);
            case POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NOT_NONE -> popJumpIfNone(e, in,
                    op == Opcode.POP_JUMP_BACKWARD_IF_NONE, true);
            default -> super.lower(e, in);
        }
    }
}
