package dev.pyc2c.backend.lower;

import dev.pyc2c.backend.ir.Node;
import dev.pyc2c.backend.ir.Provenance;
import dev.pyc2c.backend.ir.Repr;
import dev.pyc2c.backend.ir.StackShapes;
import dev.pyc2c.backend.lower.FunctionLowering.Emit;
import dev.pyc2c.backend.model.Helper;
import dev.pyc2c.backend.model.Operand;
import dev.pyc2c.backend.model.Ops;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.code.Argument;
import dev.pyc2c.bytecode.code.Instruction;
import dev.pyc2c.bytecode.marshal.PyTuple;
import dev.pyc2c.bytecode.opcode.FunctionFlag;
import dev.pyc2c.bytecode.opcode.Opcode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * CPython 3.13's instructions as C: 3.12's lowering with what 3.13's {@code Python/bytecodes.c} changed.
 *
 * <ul>
 *   <li>CALL's stack is {@code [callable, self or NULL, args...]} (3.12: {@code [method or NULL, callable or
 *       self, args...]}), LOAD_ATTR's method form pushes {@code attr, self_or_null}, LOAD_GLOBAL pushes its
 *       NULL above the value, and keyword arguments come with CALL_KW, their names on the stack;</li>
 *   <li>conditional jumps take exact bools: TO_BOOL makes them (here a C condition where its reader is a
 *       jump), and COMPARE_OP can be asked for a bool (oparg & 16);</li>
 *   <li>the superinstructions LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST and STORE_FAST_STORE_FAST;</li>
 *   <li>f-strings by CONVERT_VALUE, FORMAT_SIMPLE and FORMAT_WITH_SPEC, functions by MAKE_FUNCTION and
 *       SET_FUNCTION_ATTRIBUTE;</li>
 *   <li>FOR_ITER's exhausted path skips END_FOR and the POP_TOP after it;</li>
 *   <li>the frame points at the CALL itself while it calls;</li>
 *   <li>frame.f_locals writes through to the fast locals (PEP 667), so a call may rebind them.</li>
 * </ul>
 */
public class Lowering313 extends Lowering312 {
    private static final StackShapes SHAPES = TableStackShapes.of(PythonVersion.V3_13);

    private static final Names NAMES = new Names("self_or_null", "callable", "callable", "res", "attr",
            "self_or_null", "null");

    private static final Set<Opcode> SUPPORTED = supported313();

    /** Instructions that run no code but their own: nothing they do can reach the frame's locals. */
    private static final Set<Opcode> RUNS_NO_CODE = EnumSet.of(Opcode.NOP, Opcode.RESUME, Opcode.LOAD_FAST,
            Opcode.LOAD_FAST_LOAD_FAST, Opcode.LOAD_CONST, Opcode.PUSH_NULL, Opcode.COPY, Opcode.SWAP,
            Opcode.JUMP_FORWARD, Opcode.JUMP_BACKWARD_NO_INTERRUPT);

    static Set<Opcode> supported313() {
        Set<Opcode> s = EnumSet.copyOf(Lowering312.SUPPORTED);
        s.removeAll(EnumSet.of(Opcode.KW_NAMES, Opcode.FORMAT_VALUE, Opcode.LOAD_CLOSURE));
        s.addAll(EnumSet.of(Opcode.TO_BOOL, Opcode.CALL_KW, Opcode.CONVERT_VALUE, Opcode.FORMAT_SIMPLE,
                Opcode.FORMAT_WITH_SPEC, Opcode.LOAD_FAST_LOAD_FAST, Opcode.STORE_FAST_LOAD_FAST,
                Opcode.STORE_FAST_STORE_FAST, Opcode.SET_FUNCTION_ATTRIBUTE));
        return s;
    }

    @Override
    public StackShapes shapes() {
        return SHAPES;
    }

    @Override
    protected Names names() {
        return NAMES;
    }

    @Override
    protected Ops.CallLayout callLayout() {
        return Ops.CallLayout.SELF_SECOND;
    }

    /** 3.13's interpreter leaves the frame on the CALL itself while the callee runs (its return_offset says where to go on). */
    @Override
    protected int callIpUnit(Emit e, Instruction in) {
        return e.unit();
    }

    /** CALL_FUNCTION_EX's stack is [callable, NULL, args, kwargs]. */
    @Override
    protected int dictMergeCallable(int oparg) {
        return oparg + 4;
    }

    @Override
    protected List<Opcode> forIterSkips() {
        return List.of(Opcode.END_FOR, Opcode.POP_TOP);
    }

    @Override
    protected Set<Opcode> supported() {
        return SUPPORTED;
    }

    @Override
    public boolean writesLocal(Instruction in, int index) {
        return switch (in.opcode()) {
            case STORE_FAST_LOAD_FAST -> in.oparg() >> 4 == index;
            case STORE_FAST_STORE_FAST -> in.oparg() >> 4 == index || (in.oparg() & 15) == index;
            default -> super.writesLocal(in, index);
        };
    }

    /** 3.13's frame.f_locals writes through: any code a call, a finalizer or a signal handler runs may rebind a local. */
    @Override
    public boolean othersMayWriteLocals(Instruction in) {
        return !runsNoCode(in);
    }

    /** Whether {@code in} runs no code but its own (no call, finalizer or signal handler can run). */
    protected boolean runsNoCode(Instruction in) {
        return RUNS_NO_CODE.contains(in.opcode());
    }

    @Override
    public boolean takesNumber(Node node, String name) {
        return switch (node.instruction().opcode()) {
            case TO_BOOL, STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST -> true;
            default -> super.takesNumber(node, name);
        };
    }

    @Override
    public boolean conditionOutput(Node node, String name) {
        return node.instruction().opcode() == Opcode.TO_BOOL || super.conditionOutput(node, name);
    }

    @Override
    public boolean takesCondition(Instruction in, String name) {
        return in.opcode() == Opcode.TO_BOOL || in.opcode() == Opcode.UNARY_NOT || super.takesCondition(in, name);
    }

    @Override
    public void lower(Emit e, Instruction in) throws UnsupportedCodeException {
        int oparg = in.oparg();
        int d = e.depth();
        switch (in.opcode()) {
            case TO_BOOL -> toBool(e);
            case UNARY_NOT -> {
                if (e.inRepr("value") == Repr.CBOOL) {
                    e.provenance(Provenance.INLINE);
                    e.emit(new Ops.NewRef(e.out("res"), e.condition("value") + " ? Py_False : Py_True"));
                } else {
                    super.lower(e, in);
                }
            }
            case CALL_KW -> {
                Operand kwnames = e.in("kwnames");
                if (!(e.inValue("kwnames").facts().constant().orElse(null) instanceof PyTuple names)) {
                    throw new UnsupportedCodeException("CALL_KW at offset " + in.offset()
                            + " takes keyword names that are not a constant tuple");
                }
                call(e, in, kwnames.expr(), names.size(), kwnames, d);
            }
            case CONVERT_VALUE -> {
                Operand v = e.in("value");
                int conv = ((Argument.Convert) in.argument()).conversion().ordinal();
                helper(e, Helper.CONVERT_VALUE, "result", List.of("ts", v.expr(), String.valueOf(conv)), List.of(v),
                        Provenance.GENERIC);
            }
            case FORMAT_SIMPLE -> {
                Operand v = e.in("value");
                helper(e, Helper.FORMAT_VALUE, "res", List.of("ts", v.expr(), "0", "NULL"), List.of(v),
                        Provenance.GENERIC);
            }
            case FORMAT_WITH_SPEC -> {
                Operand v = e.in("value");
                Operand spec = e.in("fmt_spec");
                helper(e, Helper.FORMAT_VALUE, "res", List.of("ts", v.expr(), "0", spec.expr()), List.of(v, spec),
                        Provenance.GENERIC);
            }
            case LOAD_FAST_LOAD_FAST -> {
                produce(e, "value1", e.local(oparg >> 4), false);
                produce(e, "value2", e.local(oparg & 15), false);
                if (e.outRepr("value1") == Repr.OWNED || e.outRepr("value2") == Repr.OWNED) {
                    e.provenance(Provenance.INLINE);
                }
            }
            case STORE_FAST_LOAD_FAST -> {
                storeFast(e, "value1", oparg >> 4, d - 1);
                produce(e, "value2", e.local(oparg & 15), false);
                e.provenance(Provenance.INLINE);
            }
            case STORE_FAST_STORE_FAST -> {
                storeFast(e, "value1", oparg >> 4, d - 1);
                storeFast(e, "value2", oparg & 15, d - 2);
                e.provenance(Provenance.INLINE);
            }
            case SET_FUNCTION_ATTRIBUTE -> {
                var flags = ((Argument.FunctionFlags) in.argument()).flags();
                if (flags.size() != 1) {
                    throw new UnsupportedCodeException("SET_FUNCTION_ATTRIBUTE at offset " + in.offset() + " sets "
                            + flags);
                }
                FunctionFlag flag = flags.iterator().next();
                e.provenance(Provenance.INLINE);
                Operand func = e.in("func");
                e.emit(new Ops.SetFunctionAttribute(func.expr(), flag.label(), e.in("attr")));
                // the function moves down over the attribute it took
                if (!func.owned()) {
                    throw new IllegalStateException("the function of SET_FUNCTION_ATTRIBUTE at offset " + in.offset()
                            + " must be owned");
                }
                e.emit(new Ops.Move(e.out("func"), func.expr()));
            }
            default -> super.lower(e, in);
        }
    }

    /** TO_BOOL: a C condition for the jump after it where it can be, else the bool object. */
    private static void toBool(Emit e) {
        boolean cond = e.outRepr("res") == Repr.CBOOL;
        String dst = cond ? null : e.out("res");
        String condDst = cond ? e.out("res") : null;
        switch (e.inRepr("value")) {
            case CBOOL -> {
                e.provenance(Provenance.INLINE);
                e.emit(new Ops.ToBool(null, null, e.condition("value"), dst, condDst, e.unit(), null));
            }
            case NUM -> {
                e.uses("e");
                e.provenance(Provenance.FAST_PATH);
                e.emit(new Ops.ToBool(null, e.num("value").init(), null, dst, condDst, e.unit(),
                        e.error(e.depth() - 1)));
            }
            default -> {
                e.uses("e");
                e.provenance(Provenance.FAST_PATH);
                e.emit(new Ops.ToBool(e.in("value"), null, null, dst, condDst, e.unit(), e.error(e.depth() - 1)));
            }
        }
    }
}
