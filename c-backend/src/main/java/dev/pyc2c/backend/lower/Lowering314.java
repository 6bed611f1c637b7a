package dev.pyc2c.backend.lower;

import dev.pyc2c.backend.ir.Node;
import dev.pyc2c.backend.ir.Origin;
import dev.pyc2c.backend.ir.Provenance;
import dev.pyc2c.backend.ir.StackShapes;
import dev.pyc2c.backend.lower.FunctionLowering.Emit;
import dev.pyc2c.backend.model.Helper;
import dev.pyc2c.backend.model.NumOperand;
import dev.pyc2c.backend.model.Operand;
import dev.pyc2c.backend.model.Ops;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.code.Argument;
import dev.pyc2c.bytecode.code.Instruction;
import dev.pyc2c.bytecode.opcode.BinaryOperator;
import dev.pyc2c.bytecode.opcode.Opcode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CPython 3.14's instructions as C: 3.13's lowering with what 3.14's {@code Python/bytecodes.c} changed
 * (bytecode-model/docs/3.14-notes.md lists the differences).
 *
 * <ul>
 *   <li>the frame's fast locals are stack references ({@code _PyStackRef}): the body reads one through
 *       {@code PYC2C_LOCAL} (which drops the tag of an immortal or borrowed reference) and writes through the
 *       frame layer's macros (pyc2c_frame314.h);</li>
 *   <li>subscription is BINARY_OP 26 (NB_SUBSCR), lowered as 3.13's BINARY_SUBSCR; RETURN_CONST is LOAD_CONST +
 *       RETURN_VALUE; LOAD_SMALL_INT pushes a cached small int (a constant to the passes) and
 *       LOAD_COMMON_CONSTANT one of the interpreter's common constants ({@code AssertionError}, and the builtins
 *       against which inlined {@code all()}, {@code any()} and {@code tuple()} calls check the name);</li>
 *   <li>LOAD_FAST_BORROW and LOAD_FAST_BORROW_LOAD_FAST_BORROW are LOAD_FAST and LOAD_FAST_LOAD_FAST (a reference
 *       that the passes find it may borrow is borrowed anyway); NOT_TAKEN does nothing; POP_ITER is POP_TOP;</li>
 *   <li>{@code with} loads its methods by LOAD_SPECIAL (the TypeError naming a missing method included), and
 *       WITH_EXCEPT_START calls {@code __exit__} with its self;</li>
 *   <li>FOR_ITER's exhausted path skips END_FOR and the POP_ITER after it;</li>
 *   <li>CALL_FUNCTION_EX always has its kwargs item (NULL without {@code **});</li>
 *   <li>t-strings: BUILD_INTERPOLATION and BUILD_TEMPLATE; deferred annotations: SET_FUNCTION_ATTRIBUTE 16
 *       sets {@code __annotate__}.</li>
 * </ul>
 *
 * <p>3.14's stack signatures name some items differently from 3.13's ({@code _st} suffixes, single-value
 * arrays): {@link #SHAPES} gives them 3.13's names, so that 3.13's lowering reads them as they are.
 */
public class Lowering314 extends Lowering313 {
    private static final StackShapes SHAPES = new Renamed(TableStackShapes.of(PythonVersion.V3_14));

    private static final Set<Opcode> SUPPORTED = supported314();

    /** Instructions that run no code but their own: nothing they do can reach the frame's locals. */
    private static final Set<Opcode> RUNS_NO_CODE = EnumSet.of(Opcode.NOP, Opcode.NOT_TAKEN, Opcode.RESUME,
            Opcode.LOAD_FAST, Opcode.LOAD_FAST_BORROW, Opcode.LOAD_FAST_LOAD_FAST,
            Opcode.LOAD_FAST_BORROW_LOAD_FAST_BORROW, Opcode.LOAD_CONST, Opcode.LOAD_SMALL_INT,
            Opcode.LOAD_COMMON_CONSTANT, Opcode.PUSH_NULL, Opcode.COPY, Opcode.SWAP, Opcode.JUMP_FORWARD,
            Opcode.JUMP_BACKWARD_NO_INTERRUPT);

    private static Set<Opcode> supported314() {
        Set<Opcode> s = EnumSet.copyOf(Lowering313.supported313());
        s.removeAll(EnumSet.of(Opcode.BINARY_SUBSCR, Opcode.BUILD_CONST_KEY_MAP, Opcode.RETURN_CONST,
                Opcode.LOAD_ASSERTION_ERROR, Opcode.BEFORE_WITH));
        s.addAll(EnumSet.of(Opcode.LOAD_FAST_BORROW, Opcode.LOAD_FAST_BORROW_LOAD_FAST_BORROW, Opcode.NOT_TAKEN,
                Opcode.POP_ITER, Opcode.LOAD_SMALL_INT, Opcode.LOAD_COMMON_CONSTANT, Opcode.LOAD_SPECIAL,
                Opcode.BUILD_INTERPOLATION, Opcode.BUILD_TEMPLATE));
        return s;
    }

    @Override
    public StackShapes shapes() {
        return SHAPES;
    }

    @Override
    protected Set<Opcode> supported() {
        return SUPPORTED;
    }

    /** A fast local is a stack reference: its object, without the tag bit (NULL for PyStackRef_NULL). */
    @Override
    public String localExpr(int i) {
        return "PYC2C_LOCAL(fast[" + i + "])";
    }

    /** FOR_ITER's exhausted path jumps past END_FOR to the POP_ITER that pops the iterator: both are skipped. */
    @Override
    protected List<Opcode> forIterSkips() {
        return List.of(Opcode.END_FOR, Opcode.POP_ITER);
    }

    /**
     * A value replaced through frame.f_locals stays alive as long as the frame (3.14's f_overwritten_fast_locals):
     * code a consumer runs after reading a local cannot free what it read. A local read where it lives is read at
     * each use in the consumer's C, though, and the interpreter reads it once: only the consumers whose C reads
     * every input before anything that may run code (a call, a finalizer) may read it there; the others
     * (a method load, which takes self after the lookup; a return, whose value is taken after the stack below is
     * released; the builders that allocate or hash between their items; STORE_FAST_STORE_FAST, which stores its
     * first input, releasing the local's old value, before it reads the second, in `a, b = b, a` the local just
     * stored...) take their own reference, as on 3.13.
     */
    @Override
    public boolean consumerMayFreeLocal(Instruction consumer) {
        boolean readsFirst = switch (consumer.opcode()) {
            case BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, UNARY_NEGATIVE, UNARY_INVERT, UNARY_NOT, TO_BOOL,
                    POP_JUMP_IF_TRUE, POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, STORE_ATTR,
                    STORE_SUBSCR, DELETE_SUBSCR, GET_ITER, CALL, CALL_KW, LIST_APPEND, SET_ADD, MAP_ADD, FORMAT_SIMPLE,
                    FORMAT_WITH_SPEC, CONVERT_VALUE, BUILD_STRING, UNPACK_SEQUENCE, UNPACK_EX, STORE_FAST,
                    STORE_FAST_LOAD_FAST, STORE_DEREF, STORE_GLOBAL, STORE_NAME, POP_TOP,
                    BINARY_SLICE, STORE_SLICE -> true;
            case LOAD_ATTR -> !((Argument.AttrName) consumer.argument()).method();
            default -> false;
        };
        return !readsFirst && super.consumerMayFreeLocal(consumer);
    }

    @Override
    protected boolean runsNoCode(Instruction in) {
        return RUNS_NO_CODE.contains(in.opcode());
    }

    @Override
    public Origin origin(Instruction in, String name) {
        return switch (in.opcode()) {
            case LOAD_FAST_BORROW -> new Origin.Local(in.oparg());
            case LOAD_FAST_BORROW_LOAD_FAST_BORROW -> new Origin.Local(name.equals("value1") ? in.oparg() >> 4
                    : in.oparg() & 15);
            case LOAD_SMALL_INT -> new Origin.SmallInt(((Argument.SmallInt) in.argument()).value());
            default -> super.origin(in, name);
        };
    }

    private static boolean isSubscript(Instruction in) {
        return in.opcode() == Opcode.BINARY_OP && ((Argument.BinaryOp) in.argument()).op() == BinaryOperator.SUBSCR;
    }

    @Override
    public boolean numericOutput(Node node, String name) {
        if (isSubscript(node.instruction())) {
            return false;
        }
        return super.numericOutput(node, name);
    }

    @Override
    public boolean takesNumber(Node node, String name) {
        if (isSubscript(node.instruction())) {
            // a number subscript inline where hot, as 3.13's BINARY_SUBSCR
            return name.equals("rhs") && node.hot();
        }
        return super.takesNumber(node, name);
    }

    @Override
    public void lower(Emit e, Instruction in) throws UnsupportedCodeException {
        int d = e.depth();
        int oparg = in.oparg();
        switch (in.opcode()) {
            case NOT_TAKEN -> e.provenance(Provenance.NONE);
            case POP_ITER -> {
                e.provenance(Provenance.INLINE);
                Operand v = e.in("value");
                if (v.owned()) {
                    e.emit(new Ops.Decref(List.of(v.expr())));
                }
            }
            case LOAD_FAST_BORROW -> {
                e.provenance(Provenance.INLINE);
                produce(e, "value", e.local(oparg), false);
            }
            case LOAD_FAST_BORROW_LOAD_FAST_BORROW -> {
                e.provenance(Provenance.INLINE);
                produce(e, "value1", e.local(oparg >> 4), false);
                produce(e, "value2", e.local(oparg & 15), false);
                if (e.outRepr("value1") == dev.pyc2c.backend.ir.Repr.OWNED
                        || e.outRepr("value2") == dev.pyc2c.backend.ir.Repr.OWNED) {
                    e.provenance(Provenance.INLINE);
                }
            }
            case LOAD_SMALL_INT -> {
                e.provenance(Provenance.INLINE);
                produce(e, "value", "pyc2c_small_int_object(" + ((Argument.SmallInt) in.argument()).value() + ")", false);
            }
            case LOAD_COMMON_CONSTANT -> {
                e.provenance(Provenance.INLINE);
                e.emit(new Ops.NewRef(e.out("value"), "ts->interp->common_consts[" + oparg + "]"));
            }
            case BINARY_OP -> {
                if (isSubscript(in)) {
                    subscript(e, d);
                } else {
                    super.lower(e, in);
                }
            }
            case LOAD_SPECIAL -> {
                e.provenance(Provenance.GENERIC);
                e.setIp();
                e.uses("r");
                List<String> outs = e.outs("method_and_self");
                e.emit(new Ops.LoadSpecial(e.in("self"), oparg, outs.get(0), outs.get(1), e.error(d - 1)));
            }
            case WITH_EXCEPT_START -> helper(e, Helper.WITH_EXCEPT_START_SELF, "res", List.of("ts",
                    e.in("exit_func").expr(), e.in("exit_self").expr(), e.in("val").expr()), List.of(),
                    Provenance.CALL_OUT);
            case CALL_FUNCTION_EX -> {
                e.setIp();
                e.uses("r");
                e.provenance(Provenance.CALL_OUT);
                Operand kwargs = e.in("kwargs");
                if (kwargs.owned() && e.inValue("kwargs").root().origin() == Origin.Null.INSTANCE) {
                    throw new UnsupportedCodeException("CALL_FUNCTION_EX at offset " + in.offset()
                            + " takes a NULL kwargs from another block");
                }
                e.emit(new Ops.CallEx(e.in("unused"), e.in("func"), e.in("callargs"), kwargs, e.out("result"),
                        e.error(d - 4)));
            }
            case BUILD_SLICE -> {
                if (oparg != 2 && oparg != 3) {
                    throw new UnsupportedCodeException("BUILD_SLICE " + oparg + " at offset " + in.offset());
                }
                super.lower(e, in);
            }
            case BUILD_INTERPOLATION -> {
                var a = (Argument.Interpolation) in.argument();
                Operand value = e.in("value");
                Operand str = e.in("str");
                Operand format = a.withSpec() ? e.in("format") : null;
                List<Operand> inputs = format == null ? List.of(value, str) : List.of(value, str, format);
                helper(e, Helper.BUILD_INTERPOLATION, "interpolation", List.of(value.expr(), str.expr(),
                        String.valueOf(oparg >> 2), format == null ? "pyc2c_empty_str()" : format.expr()), inputs,
                        Provenance.GENERIC);
            }
            case BUILD_TEMPLATE -> helper(e, Helper.BUILD_TEMPLATE, "template", List.of(e.in("strings"),
                    e.in("interpolations")));
            default -> super.lower(e, in);
        }
    }

    /** BINARY_OP 26 (NB_SUBSCR): {@code container[sub]}, as 3.13's BINARY_SUBSCR (PyObject_GetItem). */
    private void subscript(Emit e, int d) {
        if (e.inRepr("rhs") == dev.pyc2c.backend.ir.Repr.NUM || (e.node().hot()
                && e.inRepr("rhs") == dev.pyc2c.backend.ir.Repr.BORROWED && e.inValue("rhs").facts().constant()
                        .filter(c -> c instanceof dev.pyc2c.bytecode.marshal.PyInt i && i.fitsInt64()).isPresent())) {
            NumOperand sub = e.num("rhs");
            Operand c = e.in("lhs");
            List<String> releases = new ArrayList<>();
            Ops.owned(List.of(c)).forEach(x -> releases.add("Py_DECREF(" + x + ");"));
            if (sub.release() != null) {
                releases.add(sub.release());
            }
            e.uses("r");
            e.provenance(Provenance.FAST_PATH);
            e.emit(new Ops.GetItemNum(e.out("res"), c, sub, releases, e.unit(), e.error(d - 2)));
        } else {
            e.provenance(Provenance.FAST_PATH);
            helper(e, Helper.GET_ITEM, "res", List.of(e.in("lhs"), e.in("rhs")));
            e.provenance(Provenance.FAST_PATH);
        }
    }

    /**
     * 3.14's stack signatures with 3.13's names where only the name changed: {@code _st} suffixes dropped, a
     * single value declared as an array of one ({@code res[1]}, {@code null[oparg&1]}) a single value again,
     * and BUILD_SLICE's {@code args[oparg]} as 3.13's start, stop and step.
     */
    static final class Renamed implements StackShapes {
        private static final Map<Opcode, Map<String, String>> RENAMES = Map.of(
                Opcode.GET_LEN, Map.of("len", "len_o"),
                Opcode.PUSH_EXC_INFO, Map.of("exc", "new_exc"),
                Opcode.SET_FUNCTION_ATTRIBUTE, Map.of("func_in", "func", "func_out", "func"),
                Opcode.CALL_FUNCTION_EX, Map.of("null", "unused"));
        private static final Set<String> SCALAR_ARRAYS = Set.of("LOAD_GLOBAL:res", "LOAD_GLOBAL:null",
                "LOAD_ATTR:self_or_null", "LOAD_SUPER_ATTR:null");

        private final StackShapes table;

        Renamed(StackShapes table) {
            this.table = table;
        }

        @Override
        public Shape shape(Instruction in) {
            Shape s = table.shape(in);
            return new Shape(items(in, s.inputs()), items(in, s.outputs()));
        }

        private static List<Item> items(Instruction in, List<Item> items) {
            List<Item> out = new ArrayList<>();
            Map<String, String> renames = RENAMES.getOrDefault(in.opcode(), Map.of());
            for (Item i : items) {
                String name = i.name();
                if (name.endsWith("_st")) {
                    name = name.substring(0, name.length() - 3);
                }
                name = renames.getOrDefault(name, name);
                if (in.opcode() == Opcode.BUILD_SLICE && name.equals("args")) {
                    List<String> parts = List.of("start", "stop", "step");
                    for (int k = 0; k < i.count() && k < 3; k++) {
                        out.add(Item.one(parts.get(k)));
                    }
                    continue;
                }
                if (i.array() && SCALAR_ARRAYS.contains(in.opcode() + ":" + name)) {
                    if (i.count() == 1) {
                        out.add(Item.one(name));
                    }
                    continue;
                }
                out.add(new Item(name, i.count(), i.array()));
            }
            return out;
        }

        @Override
        public int disSkew(Instruction in) {
            return table.disSkew(in);
        }
    }
}
