package dev.pyc2c.backend.lower;

import dev.pyc2c.backend.ir.Node;
import dev.pyc2c.backend.ir.Origin;
import dev.pyc2c.backend.ir.Provenance;
import dev.pyc2c.backend.ir.Repr;
import dev.pyc2c.backend.ir.StackShapes;
import dev.pyc2c.backend.ir.Value;
import dev.pyc2c.backend.lower.FunctionLowering.Emit;
import dev.pyc2c.backend.model.Helper;
import dev.pyc2c.backend.model.NumOperand;
import dev.pyc2c.backend.model.OutputModelObject;
import dev.pyc2c.backend.model.Operand;
import dev.pyc2c.backend.model.Ops;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.code.Argument;
import dev.pyc2c.bytecode.code.Code;
import dev.pyc2c.bytecode.marshal.PyCode;
import dev.pyc2c.bytecode.code.Instruction;
import dev.pyc2c.bytecode.marshal.PyTuple;
import dev.pyc2c.bytecode.opcode.BinaryOperator;
import dev.pyc2c.bytecode.opcode.Opcode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CPython 3.12's instructions as C: each case does what the instruction's definition in 3.12's
 * {@code Python/bytecodes.c} does, reading its inputs and writing its outputs by the names that
 * definition gives them ({@code inst(BINARY_SUBSCR, (container, sub -- res))}), through the C API or the
 * pyc2c runtime where the interpreter uses static functions.
 *
 * <p>Conventions: an instruction that can raise first points the frame at itself ({@code setIp}), and on
 * failure jumps to the path for the stack that remains once it has released its inputs. An input is
 * released only if it is owned ({@link Operand#owned()}); an input that is kept (stored, put into a
 * container, returned) is taken with {@link Operand#ref()}, which adds a reference to a borrowed one.
 */
public class Lowering312 extends InstructionLowering {
    private static final StackShapes SHAPES = TableStackShapes.of(PythonVersion.V3_12);

    /** The opcodes this lowering compiles (the generator and coroutine ones come with generators). */
    static final Set<Opcode> SUPPORTED = EnumSet.of(Opcode.NOP, Opcode.RESUME, Opcode.POP_TOP,
            Opcode.PUSH_NULL, Opcode.END_FOR, Opcode.COPY, Opcode.SWAP, Opcode.UNARY_NEGATIVE, Opcode.UNARY_INVERT,
            Opcode.UNARY_NOT, Opcode.BINARY_OP, Opcode.COMPARE_OP, Opcode.IS_OP, Opcode.CONTAINS_OP,
            Opcode.BINARY_SUBSCR, Opcode.STORE_SUBSCR, Opcode.DELETE_SUBSCR, Opcode.BINARY_SLICE, Opcode.STORE_SLICE,
            Opcode.BUILD_SLICE, Opcode.GET_ITER, Opcode.GET_AITER, Opcode.FOR_ITER, Opcode.GET_LEN,
            Opcode.MATCH_MAPPING, Opcode.MATCH_SEQUENCE, Opcode.MATCH_KEYS, Opcode.MATCH_CLASS, Opcode.LOAD_CONST,
            Opcode.RETURN_VALUE, Opcode.RETURN_CONST, Opcode.LOAD_FAST, Opcode.LOAD_FAST_CHECK, Opcode.LOAD_CLOSURE,
            Opcode.LOAD_FAST_AND_CLEAR, Opcode.STORE_FAST, Opcode.DELETE_FAST, Opcode.MAKE_CELL, Opcode.LOAD_DEREF,
            Opcode.STORE_DEREF, Opcode.DELETE_DEREF, Opcode.LOAD_FROM_DICT_OR_DEREF, Opcode.LOAD_FROM_DICT_OR_GLOBALS,
            Opcode.LOAD_NAME, Opcode.STORE_NAME, Opcode.DELETE_NAME, Opcode.LOAD_GLOBAL, Opcode.STORE_GLOBAL,
            Opcode.DELETE_GLOBAL, Opcode.LOAD_ATTR, Opcode.STORE_ATTR, Opcode.DELETE_ATTR, Opcode.LOAD_SUPER_ATTR,
            Opcode.IMPORT_NAME, Opcode.IMPORT_FROM, Opcode.CALL_INTRINSIC_1, Opcode.CALL_INTRINSIC_2,
            Opcode.RAISE_VARARGS, Opcode.RERAISE, Opcode.PUSH_EXC_INFO, Opcode.POP_EXCEPT, Opcode.CHECK_EXC_MATCH,
            Opcode.CHECK_EG_MATCH, Opcode.WITH_EXCEPT_START, Opcode.BEFORE_WITH, Opcode.LOAD_ASSERTION_ERROR,
            Opcode.LOAD_BUILD_CLASS, Opcode.SETUP_ANNOTATIONS, Opcode.LOAD_LOCALS, Opcode.BUILD_TUPLE,
            Opcode.BUILD_LIST, Opcode.BUILD_SET, Opcode.BUILD_MAP, Opcode.BUILD_CONST_KEY_MAP, Opcode.BUILD_STRING,
            Opcode.LIST_APPEND, Opcode.SET_ADD, Opcode.MAP_ADD, Opcode.LIST_EXTEND, Opcode.SET_UPDATE,
            Opcode.DICT_UPDATE, Opcode.DICT_MERGE, Opcode.FORMAT_VALUE, Opcode.KW_NAMES, Opcode.CALL,
            Opcode.CALL_FUNCTION_EX, Opcode.MAKE_FUNCTION, Opcode.JUMP_FORWARD, Opcode.JUMP_BACKWARD_NO_INTERRUPT,
            Opcode.JUMP_BACKWARD, Opcode.POP_JUMP_IF_TRUE, Opcode.POP_JUMP_IF_FALSE, Opcode.POP_JUMP_IF_NONE,
            Opcode.POP_JUMP_IF_NOT_NONE, Opcode.UNPACK_SEQUENCE, Opcode.UNPACK_EX, Opcode.YIELD_VALUE);

    /**
     * The names this version's stack signatures give the items whose names or order changed between versions;
     * the lowering reads and writes them by these names, and the version's templates spell what differs.
     *
     * @param callOptional CALL's item beneath the arguments that may be NULL (3.12: the method; 3.13: self)
     * @param callRequired CALL's item beneath the arguments that is always there (the callable, or self)
     * @param callMethod CALL's item that holds the method after LOAD_ATTR's method form
     * @param globalResult LOAD_GLOBAL's value
     * @param attrResult LOAD_ATTR's and LOAD_SUPER_ATTR's item that is always there
     * @param attrSlot LOAD_ATTR's item of the method form (3.12: the method or NULL; 3.13: self or NULL)
     * @param superSlot LOAD_SUPER_ATTR's item of the method form
     */
    protected record Names(String callOptional, String callRequired, String callMethod, String globalResult,
            String attrResult, String attrSlot, String superSlot) {
    }

    private static final Names NAMES = new Names("method", "callable", "method", "v", "res", "res2", "res2");

    /** The names of this version's items (see {@link Names}). */
    protected Names names() {
        return NAMES;
    }

    /** Where this version's CALL finds the callable and self. */
    protected Ops.CallLayout callLayout() {
        return Ops.CallLayout.METHOD_FIRST;
    }

    /**
     * The code unit the frame points at while a CALL calls: 3.12's interpreter leaves it on the CALL's last
     * inline cache unit when it runs a Python function (the runtime uses the CALL itself for other callables).
     */
    protected int callIpUnit(Emit e, Instruction in) {
        return e.unit() + in.cache().size();
    }

    /**
     * How many instructions FOR_ITER's exhausted path skips at its target: 3.12's skips END_FOR (it pops the
     * iterator itself).
     */
    protected List<Opcode> forIterSkips() {
        return List.of(Opcode.END_FOR);
    }

    /**
     * How deep DICT_MERGE's callable is (PEEK), for its error messages: beneath the dict, the positional arguments'
     * tuple and the callable's neighbour (3.12: [NULL, callable, ...]).
     */
    protected int dictMergeCallable(int oparg) {
        return oparg + 3;
    }

    /** The opcodes this lowering compiles. */
    protected Set<Opcode> supported() {
        return SUPPORTED;
    }

    @Override
    public StackShapes shapes() {
        return SHAPES;
    }

    @Override
    public Origin origin(Instruction in, String name) {
        return switch (in.opcode()) {
            case LOAD_FAST, LOAD_FAST_CHECK, LOAD_CLOSURE -> new Origin.Local(in.oparg());
            case LOAD_CONST -> new Origin.Const(in.oparg());
            case PUSH_NULL -> Origin.Null.INSTANCE;
            case LOAD_GLOBAL -> name.equals("null") ? Origin.Null.INSTANCE : Origin.Computed.INSTANCE;
            case LOAD_FAST_LOAD_FAST -> new Origin.Local(name.equals("value1") ? in.oparg() >> 4 : in.oparg() & 15);
            case STORE_FAST_LOAD_FAST -> new Origin.Local(in.oparg() & 15);
            default -> Origin.Computed.INSTANCE;
        };
    }

    /** Direct entry (pyc2c_enter) for code taking positional parameters only: no *args, **kwargs, keyword-only. */
    @Override
    public boolean enteredDirectly(Code code) {
        PyCode co = code.pyCode();
        int kinds = PyCode.CO_OPTIMIZED | PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS | PyCode.CO_GENERATOR
                | PyCode.CO_COROUTINE | PyCode.CO_ITERABLE_COROUTINE | PyCode.CO_ASYNC_GENERATOR;
        return (co.flags() & kinds) == PyCode.CO_OPTIMIZED && co.kwonlyargcount() == 0;
    }

    @Override
    public boolean numericOutput(Node node, String name) {
        return switch (node.instruction().opcode()) {
            case BINARY_OP -> name.equals("res") && !operandNotNumber(node);
            case UNARY_NEGATIVE, UNARY_INVERT -> name.equals("res");
            case FOR_ITER -> name.equals("next");
            case CALL -> name.equals("res") && builtinCall(node).map(b -> b.result() == BuiltinResult.NUMBER)
                    .orElse(false);
            default -> false;
        };
    }

    @Override
    public boolean takesNumber(Node node, String name) {
        return switch (node.instruction().opcode()) {
            case BINARY_OP -> !operandNotNumber(node);
            case UNARY_NEGATIVE, UNARY_INVERT, COMPARE_OP, STORE_FAST, RETURN_VALUE, POP_JUMP_IF_TRUE,
                    POP_JUMP_IF_FALSE -> true;
            // Subscripts with a number inline where hot; elsewhere the number is boxed for the generic path.
            case BINARY_SUBSCR -> name.equals("sub") && node.hot();
            case STORE_SUBSCR -> (name.equals("sub") || name.equals("v")) && node.hot();
            default -> false;
        };
    }

    @Override
    public boolean conditionOutput(Node node, String name) {
        return switch (node.instruction().opcode()) {
            case COMPARE_OP -> name.equals("res");
            case IS_OP, CONTAINS_OP, CHECK_EXC_MATCH -> name.equals("b");
            case CALL -> name.equals("res") && builtinCall(node).map(b -> b.result() == BuiltinResult.TRUTH)
                    .orElse(false);
            default -> false;
        };
    }

    /**
     * Whether an operand of a BINARY_OP is known not to be a number (a constant str, bytes, tuple, None...:
     * {@code "%d items" % n}, {@code "key=" + v}): the arithmetic's fast paths can never apply, so the
     * operation is the C API's from the start.
     */
    static boolean operandNotNumber(Node node) {
        for (Node.Port p : node.inputs()) {
            for (Value v : p.values()) {
                switch (v.facts().type()) {
                    case UNKNOWN, BOOL, INT, FLOAT -> {
                    }
                    default -> {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** What a builtin call site gives when the callable is the builtin. */
    enum BuiltinResult {
        /** A number (len, abs). */
        NUMBER,
        /** A truth (isinstance), or its bool. */
        TRUTH,
        /** An object (min, max of two; list.append's None). */
        OBJECT
    }

    /**
     * A call the generated code makes itself when its callable is the builtin (pyc2c_builtins.h): the
     * C object the callable must be, the fast path's C, and what it yields.
     */
    record BuiltinCall(String builtin, String name, BuiltinResult result) {
    }

    /**
     * The builtin a CALL calls if its callable is what the name says: {@code len(x)}, {@code abs(x)},
     * {@code isinstance(x, t)}, {@code min(a, b)}, {@code max(a, b)} loaded by LOAD_GLOBAL, and
     * {@code o.append(x)}. The C checks at run time that the callable is the builtin itself.
     */
    Optional<BuiltinCall> builtinCall(Node call) {
        Instruction in = call.instruction();
        if (in.opcode() != Opcode.CALL) {
            return Optional.empty();
        }
        int n = in.oparg();
        Names names = names();
        var optional = call.input(names.callOptional());
        var callable = call.input(names.callRequired());
        var method = call.input(names.callMethod());
        if (optional.isEmpty() || callable.isEmpty() || method.isEmpty()) {
            return Optional.empty();
        }
        List<Node> nodes = call.block().nodes();
        int at = nodes.indexOf(call);
        if (at > 0 && nodes.get(at - 1).instruction().opcode() == Opcode.PRECALL) {
            at--; // 3.11: KW_NAMES comes before the PRECALL of its CALL
        }
        if (at > 0 && nodes.get(at - 1).instruction().opcode() == Opcode.KW_NAMES) {
            return Optional.empty(); /* keyword arguments: the builtin itself sorts them out */
        }
        Node methodProducer = method.get().value().root().producer();
        Node producer = callable.get().value().root().producer();
        if (producer != null && producer.instruction().opcode() == Opcode.LOAD_GLOBAL
                && optional.get().value().root().origin() == Origin.Null.INSTANCE) {
            String name = ((Argument.GlobalName) producer.instruction().argument()).name();
            return switch (name) {
                case "len" -> n == 1 ? Optional.of(new BuiltinCall("pyc2c_builtin_len", name, BuiltinResult.NUMBER))
                        : Optional.empty();
                case "abs" -> n == 1 ? Optional.of(new BuiltinCall("pyc2c_builtin_abs", name, BuiltinResult.NUMBER))
                        : Optional.empty();
                case "isinstance" -> n == 2 ? Optional.of(new BuiltinCall("pyc2c_builtin_isinstance", name,
                        BuiltinResult.TRUTH)) : Optional.empty();
                case "min", "max" -> n == 2 ? Optional.of(new BuiltinCall("pyc2c_builtin_" + name, name,
                        BuiltinResult.OBJECT)) : Optional.empty();
                default -> Optional.empty();
            };
        }
        if (methodProducer != null && methodName(methodProducer.instruction()).filter("append"::equals).isPresent()
                && n == 1) {
            return Optional.of(new BuiltinCall("pyc2c_list_append", "list.append", BuiltinResult.OBJECT));
        }
        return Optional.empty();
    }

    /** The name of the method {@code in} loads for a CALL, if it is the version's method load (LOAD_ATTR's method form). */
    protected Optional<String> methodName(Instruction in) {
        return in.opcode() == Opcode.LOAD_ATTR && in.argument() instanceof Argument.AttrName a && a.method()
                ? Optional.of(a.name()) : Optional.empty();
    }

    @Override
    public boolean takesCondition(Instruction in, String name) {
        return in.opcode() == Opcode.POP_JUMP_IF_TRUE || in.opcode() == Opcode.POP_JUMP_IF_FALSE;
    }

    @Override
    public boolean readsBelowInputs(Instruction in) {
        return switch (in.opcode()) {
            case MAP_ADD, DICT_UPDATE, DICT_MERGE -> true;
            default -> false;
        };
    }

    @Override
    public boolean writesLocal(Instruction in, int index) {
        return switch (in.opcode()) {
            case STORE_FAST, DELETE_FAST, LOAD_FAST_AND_CLEAR, MAKE_CELL -> in.oparg() == index;
            default -> false;
        };
    }

    @Override
    public boolean othersMayWriteLocals(Instruction in) {
        return false; // 3.12's frame.f_locals is a snapshot: only the frame's own instructions write its locals
    }

    @Override
    public void checkSupported(Instruction in) throws UnsupportedCodeException {
        if (!supported().contains(in.opcode())) {
            throw new UnsupportedCodeException(in.opcode() + " is not compiled yet");
        }
        if (in.opcode() == Opcode.CALL_INTRINSIC_1) {
            switch (((Argument.Intrinsic) in.argument()).intrinsic()) {
                case PRINT, UNARY_POSITIVE, LIST_TO_TUPLE, IMPORT_STAR, TYPEVAR, PARAMSPEC, TYPEVARTUPLE,
                        SUBSCRIPT_GENERIC, TYPEALIAS, STOPITERATION_ERROR -> {
                }
                default -> throw new UnsupportedCodeException(((Argument.Intrinsic) in.argument()).intrinsic().cName()
                        + " is not compiled yet");
            }
        }
        if (in.opcode() == Opcode.CALL_INTRINSIC_2) {
            switch (((Argument.Intrinsic) in.argument()).intrinsic()) {
                case PREP_RERAISE_STAR, TYPEVAR_WITH_BOUND, TYPEVAR_WITH_CONSTRAINTS, SET_FUNCTION_TYPE_PARAMS,
                        SET_TYPEPARAM_DEFAULT -> {
                }
                default -> throw new UnsupportedCodeException(((Argument.Intrinsic) in.argument()).intrinsic().cName()
                        + " is not compiled yet");
            }
        }
    }

    @Override
    public boolean suspends(Instruction in) {
        return in.opcode() == Opcode.YIELD_VALUE;
    }

    /** A generator body's entry: a jump to where the trampoline's calling instruction says it continues. */
    protected void generatorEntry(Emit e, GeneratorTrampoline gt) {
        List<Ops.GenEntrySite> sites = new ArrayList<>();
        for (GeneratorTrampoline.Site s : gt.sites()) {
            sites.add(new Ops.GenEntrySite(s.number(), gt.resumeEntry(s.number()), gt.throwEntry(s.number()),
                    gt.suspendedUnit(s.number())));
        }
        e.emit(new Ops.GenEntry(gt.startEntry(), sites));
    }

    /**
     * YIELD_VALUE in a generator body: the body returns the value to its trampoline, which suspends the generator
     * at the site's own YIELD_VALUE, and is entered again after the site's RESUME.
     */
    protected void yieldValue(Emit e, GeneratorTrampoline gt) throws UnsupportedCodeException {
        GeneratorTrampoline.Site site = gt.siteAt(e.index());
        int d = e.depth();
        int kept = d - 1;
        // The trampoline's value stack starts after the frame's locals, cells and free variables: slot i of it
        // is fast[nlocalsplus + i]. While the body runs, every saved and control slot is NULL (the body took
        // what the trampoline or the last yield left there).
        int stack = e.code().pyCode().nlocalsplus();
        int base = stack + gt.saved();
        List<Ops.GenSlot> saves = new ArrayList<>();
        for (int j = 0; j < kept; j++) {
            saves.add(new Ops.GenSlot(base - kept + j, e.stackVariable(j)));
        }
        boolean[] bits = gt.siteBits(site.number());
        List<Ops.GenControl> controls = new ArrayList<>();
        for (int j = 0; j < bits.length; j++) {
            controls.add(new Ops.GenControl(base + 1 + j, bits[j]));
        }
        Operand value = e.in("retval");
        String sent = e.stackVariable(kept);
        e.emit(new Ops.GenYield(site.number(), saves, base, controls, value, sent, e.labelOf(e.index() + 1),
                gt.yieldUnit(site.number()), gt.suspendedUnit(site.number()), e.reraise(kept), gt.forIter(),
                gt.forIter() && site.discardsSent()));
    }

    /** A generator body's return where FOR_ITER enters it: the value left for the trampoline, NULL returned. */
    protected void generatorReturn(Emit e, String value, List<String> releases) {
        GeneratorTrampoline gt = e.generator().orElseThrow();
        e.emit(new Ops.GenReturn(value, releases, e.code().pyCode().nlocalsplus(), gt.saved(), gt.controls()));
    }

    /** Before a generator body returns: tells its trampoline so. */
    protected void generatorReturning(Emit e) {
        e.generator().ifPresent(gt -> e.emit(new Ops.GenReturning(gt.saved(), gt.controls())));
    }

    @Override
    public void lower(Emit e, Instruction in) throws UnsupportedCodeException {
        State st = e.state();
        Opcode op = in.opcode();
        if (st.kwnames >= 0 && op != Opcode.CALL) {
            throw new UnsupportedCodeException("KW_NAMES at offset " + st.kwnamesOffset + " is not followed by CALL");
        }
        int d = e.depth();
        int oparg = in.oparg();
        e.provenance(Provenance.INLINE);
        switch (op) {
            case NOP -> e.provenance(Provenance.NONE);
            // RESUME: the trampoline's own RESUME has checked the eval breaker (a generator's after each yield too).
            // A generator's body starts at its RESUME 0 by finding out where the trampoline entered it.
            case RESUME -> {
                e.provenance(Provenance.NONE);
                if (oparg == 0 && e.generator().isPresent()) {
                    generatorEntry(e, e.generator().get());
                }
            }
            case YIELD_VALUE -> yieldValue(e, e.generator().orElseThrow(() -> new UnsupportedCodeException(
                    "YIELD_VALUE outside a generator")));
            case POP_TOP -> release(e, List.of(e.in("value")));
            case PUSH_NULL -> produce(e, "res", "NULL", false);
            case END_FOR -> {
                List<Operand> all = new ArrayList<>();
                e.node().inputValues().forEach(v -> all.add(operandOf(e, v)));
                release(e, all);
            }
            case COPY -> produce(e, "top", e.in("bottom").expr(), false);
            case SWAP -> swap(e);
            case UNARY_NEGATIVE, UNARY_INVERT -> numArith(e, "pyc2c_num_unary", e.num("value"), null,
                    op == Opcode.UNARY_NEGATIVE ? "0" : "1", d - 1);
            case UNARY_NOT -> {
                e.setIp();
                e.uses("e");
                e.emit(new Ops.Truth(e.in("value"), e.out("res"), e.error(d - 1)));
            }
            case BINARY_OP -> binaryOp(e, ((Argument.BinaryOp) in.argument()).op(), d);
            case COMPARE_OP -> {
                var compare = (Argument.Compare) in.argument();
                boolean cond = e.outRepr("res") == Repr.CBOOL;
                // The result's truth: taken by the jump after it (3.12), or by the comparison itself when it is
                // asked for a bool (3.13's oparg & 16).
                int jumpUnit = cond && !compare.toBool() ? e.code().instructions().get(e.index() + 1).offset() / 2
                        : e.unit();
                if (!cond) {
                    e.uses(compare.toBool() ? "e" : "r");
                }
                e.provenance(Provenance.FAST_PATH);
                e.emit(new Ops.NumCompare(cond ? null : e.out("res"), cond ? e.out("res") : null, compare.toBool(),
                        e.num("left"), e.num("right"), compare.op().cName(), e.unit(), jumpUnit - e.unit(),
                        inlineSuffix(e), e.error(d - 2)));
            }
            case IS_OP -> {
                if (e.outRepr("b") == Repr.CBOOL) {
                    e.emit(new Ops.IsCondition(e.out("b"), e.in("left"), e.in("right"), oparg == 1));
                } else {
                    e.uses("e");
                    e.emit(new Ops.IsOp(e.out("b"), e.in("left"), e.in("right"), oparg == 1));
                }
            }
            case CONTAINS_OP -> {
                Operand l = e.in("left");
                Operand r = e.in("right");
                if (e.outRepr("b") == Repr.CBOOL) {
                    e.setIp();
                    e.provenance(Provenance.GENERIC);
                    e.emit(new Ops.ContainsCondition(e.out("b"), l, r, oparg == 1, e.error(d - 2)));
                } else {
                    status(e, Helper.CONTAINS, List.of(r.expr(), l.expr()), List.of(l, r), d - 2);
                    e.emit(new Ops.BoolFromInt(e.out("b"), oparg == 1));
                }
            }
            case BINARY_SUBSCR -> {
                if (numberOrIntConstant(e, "sub")) {
                    NumOperand sub = e.num("sub");
                    Operand c = e.in("container");
                    e.uses("r");
                    e.provenance(Provenance.FAST_PATH);
                    e.emit(new Ops.GetItemNum(e.out("res"), c, sub, releases(c, sub), e.unit(), e.error(d - 2)));
                } else {
                    helper(e, Helper.GET_ITEM, "res", List.of(e.in("container"), e.in("sub")), Provenance.FAST_PATH);
                }
            }
            case STORE_SUBSCR -> {
                if (numberOrIntConstant(e, "sub") || numberOrIntConstant(e, "v")) {
                    NumOperand v = e.num("v");
                    NumOperand sub = e.num("sub");
                    Operand c = e.in("container");
                    List<String> releases = new ArrayList<>();
                    if (v.release() != null) {
                        releases.add(v.release());
                    }
                    releases.addAll(releases(c, sub));
                    e.uses("e");
                    e.provenance(Provenance.FAST_PATH);
                    e.emit(new Ops.SetItemNum(c, sub, v, releases, e.unit(), e.error(d - 3)));
                } else {
                    Operand v = e.in("v");
                    Operand c = e.in("container");
                    Operand s = e.in("sub");
                    status(e, Helper.SET_ITEM, List.of(c.expr(), s.expr(), v.expr()), List.of(v, c, s), d - 3);
                }
            }
            case DELETE_SUBSCR -> {
                Operand c = e.in("container");
                Operand s = e.in("sub");
                status(e, Helper.DEL_ITEM, List.of(c.expr(), s.expr()), List.of(c, s), d - 2);
            }
            case BINARY_SLICE -> helper(e, Helper.GET_SLICE, "res", List.of(e.in("container"), e.in("start"),
                    e.in("stop")));
            case STORE_SLICE -> {
                Operand v = e.in("v");
                Operand c = e.in("container");
                Operand a = e.in("start");
                Operand b = e.in("stop");
                status(e, Helper.SET_SLICE, List.of(c.expr(), a.expr(), b.expr(), v.expr()), List.of(v, c, a, b),
                        d - 4);
            }
            case BUILD_SLICE -> {
                Operand start = e.in("start");
                Operand stop = e.in("stop");
                Operand step = e.hasInput("step") ? e.in("step") : null;
                List<Operand> inputs = step == null ? List.of(start, stop) : List.of(start, stop, step);
                helper(e, Helper.SLICE_NEW, "slice", List.of(start.expr(), stop.expr(), step == null ? "NULL"
                        : step.expr()), inputs, Provenance.GENERIC);
            }
            case GET_ITER -> helper(e, Helper.GET_ITER, "iter", List.of(e.in("iterable")));
            // An ordinary function creating an asynchronous generator expression gets its iterator.
            case GET_AITER -> {
                Operand o = e.in("obj");
                helper(e, Helper.GET_AITER, "iter", List.of("ts", o.expr()), List.of(o), Provenance.GENERIC);
            }
            case FOR_ITER -> {
                int target = e.code().indexOf(in.target().orElseThrow());
                List<Opcode> skips = forIterSkips();
                for (int k = 0; k < skips.size(); k++) {
                    if (target + k + 1 >= e.code().instructions().size() || e.opcodeAt(target + k) != skips.get(k)) {
                        throw new UnsupportedCodeException("FOR_ITER at offset " + in.offset() + " does not jump to "
                                + skips);
                    }
                }
                Operand iter = e.in("iter");
                requireOwned(iter, in);
                e.setIp();
                boolean num = e.outRepr("next") == Repr.NUM;
                e.uses(num ? "t" : "r");
                e.provenance(Provenance.FAST_PATH);
                e.emit(new Ops.ForIter(iter.expr(), e.out("next"), num, e.labelOf(target + skips.size()), e.error(d)));
            }
            case GET_LEN -> {
                e.setIp();
                e.uses("r");
                e.emit(new Ops.GetLen(e.in("obj"), e.out("len_o"), e.error(d)));
            }
            case MATCH_MAPPING -> e.emit(new Ops.MatchFlag(e.in("subject"), e.out("res"), "Py_TPFLAGS_MAPPING"));
            case MATCH_SEQUENCE -> e.emit(new Ops.MatchFlag(e.in("subject"), e.out("res"), "Py_TPFLAGS_SEQUENCE"));
            case MATCH_KEYS -> helper(e, Helper.MATCH_KEYS, "values_or_none", List.of("ts", e.in("subject").expr(),
                    e.in("keys").expr()), List.of(), Provenance.GENERIC);
            case MATCH_CLASS -> {
                Operand s = e.in("subject");
                Operand t = e.in("type");
                Operand n = e.in("names");
                helper(e, Helper.MATCH_CLASS, "attrs", List.of("ts", s.expr(), t.expr(), String.valueOf(oparg),
                        n.expr()), List.of(s, t, n), Provenance.GENERIC);
            }
            case LOAD_CONST -> produce(e, "value", e.constant(oparg), false);
            // The instruction pointer at the return, as the interpreter leaves it: a frame object that
            // outlives the call reports the return's line.
            case RETURN_VALUE -> {
                e.setIp();
                if (e.generator().filter(GeneratorTrampoline::forIter).isPresent()) {
                    String v;
                    if (e.inRepr("retval") == Repr.NUM) {
                        e.emit(new Ops.Box(box(e), e.num("retval").init(), e.stackVariable(d - 1), e.unit(),
                                e.error(d)));
                        v = e.stackVariable(d - 1);
                    } else {
                        v = e.in("retval").ref();
                    }
                    generatorReturn(e, v, below(e, d - 1));
                    break;
                }
                generatorReturning(e);
                if (e.inRepr("retval") == Repr.NUM) {
                    e.uses("r");
                    // Boxing fails at the return, where setIp has put the frame already.
                    e.emit(new Ops.NumReturn(box(e), e.num("retval").init(), below(e, d - 1), e.error(d - 1)));
                } else {
                    e.emit(new Ops.Return(e.in("retval").ref(), below(e, d - 1)));
                }
            }
            case RETURN_CONST -> {
                e.setIp();
                if (e.generator().filter(GeneratorTrampoline::forIter).isPresent()) {
                    generatorReturn(e, "Py_NewRef(" + e.constant(oparg) + ")", below(e, d));
                    break;
                }
                generatorReturning(e);
                e.emit(new Ops.Return("Py_NewRef(" + e.constant(oparg) + ")", below(e, d)));
            }
            case LOAD_FAST -> produce(e, "value", e.local(oparg), false);
            case LOAD_FAST_CHECK, LOAD_CLOSURE -> loadFastChecked(e, oparg);
            case LOAD_FAST_AND_CLEAR -> {
                e.emit(new Ops.TakeLocal(e.out("value"), e.localSlot(oparg)));
            }
            case STORE_FAST -> storeFast(e, "value", oparg, d - 1);
            case DELETE_FAST -> {
                e.setIp();
                e.emit(new Ops.CheckBound(e.local(oparg), e.localName(oparg), null, e.error(d)));
                e.emit(new Ops.ClearLocal(e.localSlot(oparg)));
            }
            case MAKE_CELL -> {
                e.setIp();
                e.uses("r");
                e.emit(new Ops.MakeCell(e.localSlot(oparg), e.error(d)));
            }
            case LOAD_DEREF -> {
                e.setIp();
                e.uses("r");
                e.emit(new Ops.LoadDeref(e.out("value"), e.local(oparg), e.localName(oparg), isFree(in), e.error(d)));
            }
            case STORE_DEREF -> {
                e.uses("r");
                e.emit(new Ops.StoreDeref(e.local(oparg), e.in("v").ref()));
            }
            case DELETE_DEREF -> {
                e.setIp();
                e.uses("r");
                e.emit(new Ops.DeleteDeref(e.local(oparg), e.localName(oparg), isFree(in), e.error(d)));
            }
            case LOAD_FROM_DICT_OR_DEREF -> {
                Operand m = e.in("class_dict");
                helper(e, Helper.LOAD_FROM_DICT_OR_DEREF, "value", List.of("ts", "frame", m.expr(),
                        String.valueOf(oparg)), List.of(m), Provenance.GENERIC);
            }
            case LOAD_FROM_DICT_OR_GLOBALS -> {
                Operand m = e.in("mod_or_class_dict");
                helper(e, Helper.LOAD_FROM_DICT_OR_GLOBALS, "v", List.of("ts", "frame", m.expr(), e.name(oparg)),
                        List.of(m), Provenance.GENERIC);
            }
            case LOAD_NAME -> helper(e, Helper.LOAD_NAME, "v", List.of("ts", "frame", e.name(oparg)), List.of(),
                    Provenance.GENERIC);
            case STORE_NAME -> {
                Operand v = e.in("v");
                status(e, Helper.STORE_NAME, List.of("ts", "frame", e.name(oparg), v.expr()), List.of(v), d - 1);
            }
            case DELETE_NAME -> status(e, Helper.DELETE_NAME, List.of("ts", "frame", e.name(oparg)), List.of(), d);
            case LOAD_GLOBAL -> {
                var g = (Argument.GlobalName) in.argument();
                if (g.pushNull()) {
                    produce(e, "null", "NULL", false);
                }
                helper(e, Helper.LOAD_GLOBAL, names().globalResult(), List.of("ts", "frame", e.name(g.index()),
                        e.newGlobalCache()),
                        List.of(), Provenance.CACHED);
            }
            case STORE_GLOBAL -> {
                Operand v = e.in("v");
                status(e, Helper.DICT_SET_ITEM, List.of("frame->f_globals", e.name(oparg), v.expr()), List.of(v),
                        d - 1);
            }
            case DELETE_GLOBAL -> status(e, Helper.DELETE_GLOBAL, List.of("ts", "frame", e.name(oparg)), List.of(), d);
            case LOAD_ATTR -> {
                var a = (Argument.AttrName) in.argument();
                if (a.method()) {
                    loadMethod(e, a.index());
                } else {
                    loadAttr(e, a.index());
                }
            }
            case STORE_ATTR -> {
                Operand v = e.in("v");
                Operand owner = e.in("owner");
                status(e, Helper.STORE_ATTR, List.of(owner.expr(), e.name(oparg), v.expr(), e.newAttrCache()),
                        List.of(v, owner), d - 2);
                e.provenance(Provenance.CACHED);
            }
            case DELETE_ATTR -> {
                Operand owner = e.in("owner");
                status(e, Helper.SET_ATTR, List.of(owner.expr(), e.name(oparg), "NULL"), List.of(owner), d - 1);
            }
            case LOAD_SUPER_ATTR -> {
                var s = (Argument.SuperAttrName) in.argument();
                e.setIp();
                e.uses("r");
                e.provenance(Provenance.CALL_OUT);
                // super().__class__ is the super object's own attribute; CPython's specializations would look it
                // up on the MRO instead.
                e.emit(new Ops.SuperAttr(e.in("global_super"), e.in("class"), e.in("self"), e.name(s.index()),
                        s.twoArgs(), s.name().equals("__class__"), s.method() ? e.out(names().superSlot()) : null,
                        e.out(names().attrResult()), e.error(d - 3)));
            }
            case IMPORT_NAME -> {
                Operand level = e.in("level");
                Operand fromlist = e.in("fromlist");
                helper(e, Helper.IMPORT_NAME, "res", List.of("ts", "frame->f_globals", "frame->f_locals",
                        "frame->f_builtins", e.name(oparg), fromlist.expr(), level.expr()), List.of(level, fromlist),
                        Provenance.CALL_OUT);
            }
            case IMPORT_FROM -> helper(e, Helper.IMPORT_FROM, "res", List.of("ts", e.in("from").expr(), e.name(oparg)),
                    List.of(), Provenance.GENERIC);
            case CALL_INTRINSIC_1 -> intrinsic1(e, (Argument.Intrinsic) in.argument(), d);
            case CALL_INTRINSIC_2 -> {
                var i = ((Argument.Intrinsic) in.argument()).intrinsic();
                Operand v2 = e.in("value2");
                Operand v1 = e.in("value1");
                switch (i) {
                    case PREP_RERAISE_STAR -> helper(e, Helper.EXC_PREP_RERAISE_STAR, "res", List.of(v2.expr(),
                            v1.expr()), List.of(v2, v1), Provenance.GENERIC);
                    case TYPEVAR_WITH_BOUND, TYPEVAR_WITH_CONSTRAINTS, SET_FUNCTION_TYPE_PARAMS, SET_TYPEPARAM_DEFAULT ->
                        helper(e, Helper.INTRINSIC_2, "res", List.of("ts", "frame", i.cName(), v2.expr(), v1.expr()),
                                List.of(v2, v1), Provenance.GENERIC);
                    default -> throw new UnsupportedCodeException(i.cName() + " is not compiled yet");
                }
            }
            case RAISE_VARARGS -> {
                e.setIp();
                List<Operand> args = e.ins("args");
                Operand exc = oparg >= 1 ? args.get(0) : null;
                Operand cause = oparg == 2 ? args.get(1) : null;
                e.emit(new Ops.RaiseOp(exc, cause, e.error(d - oparg), e.reraise(d - oparg)));
            }
            case RERAISE -> {
                if (oparg == 0) {
                    e.setIp(); // the interpreter's RERAISE 0 leaves the frame's instruction pointer on itself
                }
                Operand lasti = oparg > 0 ? e.ins("values").get(0) : null;
                e.emit(new Ops.Reraise(e.in("exc"), lasti, lasti != null ? e.error(d) : null, e.reraise(d - 1)));
            }
            case PUSH_EXC_INFO -> {
                e.uses("r");
                e.emit(new Ops.PushExcInfo(e.out("prev_exc"), e.in("new_exc"), e.out("new_exc")));
            }
            case POP_EXCEPT -> e.emit(new Ops.PopExcept(e.in("exc_value")));
            case CHECK_EXC_MATCH -> {
                e.setIp();
                e.uses("e");
                boolean cond = e.outRepr("b") == Repr.CBOOL;
                e.emit(new Ops.CheckExcMatch(e.in("left"), e.in("right"), cond ? null : e.out("b"),
                        cond ? e.out("b") : null, e.error(d - 1)));
            }
            case CHECK_EG_MATCH -> {
                e.setIp();
                e.uses("e");
                e.emit(new Ops.CheckEgMatch(e.in("exc_value"), e.in("match_type"), e.out("rest"), e.out("match"),
                        e.error(d - 2)));
            }
            case WITH_EXCEPT_START -> helper(e, Helper.WITH_EXCEPT_START, "res", List.of("ts",
                    e.in("exit_func").expr(), e.in("val").expr()), List.of(), Provenance.CALL_OUT);
            case BEFORE_WITH -> {
                e.setIp();
                e.uses("r");
                e.provenance(Provenance.CALL_OUT);
                e.emit(new Ops.BeforeWith(e.in("mgr"), e.out("exit"), e.out("res"), e.error(d - 1)));
            }
            case LOAD_ASSERTION_ERROR -> e.emit(new Ops.NewRef(e.out("value"), "PyExc_AssertionError"));
            case LOAD_BUILD_CLASS -> helper(e, Helper.LOAD_BUILD_CLASS, "bc", List.of("ts", "frame->f_builtins"),
                    List.of(), Provenance.GENERIC);
            case SETUP_ANNOTATIONS -> status(e, Helper.SETUP_ANNOTATIONS, List.of("ts", "frame->f_locals"), List.of(),
                    d);
            case LOAD_LOCALS -> helper(e, Helper.LOAD_LOCALS, "locals", List.of("ts", "frame"), List.of(),
                    Provenance.GENERIC);
            case BUILD_TUPLE, BUILD_LIST -> {
                boolean tuple = op == Opcode.BUILD_TUPLE;
                e.setIp();
                e.uses("r");
                e.emit(new Ops.BuildSequence(e.out(tuple ? "tup" : "list"), tuple, e.ins("values"), e.error(d - oparg)));
            }
            case BUILD_SET -> {
                e.setIp();
                e.uses("r", "e");
                e.emit(new Ops.BuildSet(e.out("set"), e.ins("values"), e.error(d - oparg)));
            }
            case BUILD_MAP -> {
                List<Operand> values = e.ins("values");
                List<String> keys = new ArrayList<>();
                List<String> vals = new ArrayList<>();
                for (int k = 0; k < oparg; k++) {
                    keys.add(values.get(2 * k).expr());
                    vals.add(values.get(2 * k + 1).expr());
                }
                e.setIp();
                e.uses("r", "e");
                e.emit(new Ops.BuildMap(e.out("map"), keys, vals, Ops.owned(values), e.error(d - 2 * oparg)));
            }
            case BUILD_CONST_KEY_MAP -> {
                Operand keyTuple = e.in("keys");
                List<Operand> values = e.ins("values");
                List<String> keys = new ArrayList<>();
                for (int k = 0; k < oparg; k++) {
                    keys.add("PyTuple_GET_ITEM(" + keyTuple.expr() + ", " + k + ")");
                }
                List<Operand> all = new ArrayList<>(values);
                all.add(keyTuple);
                e.setIp();
                e.uses("r", "e");
                e.emit(new Ops.BuildMap(e.out("map"), keys, values.stream().map(Operand::expr).toList(),
                        Ops.owned(all), e.error(d - 1 - oparg)));
            }
            case BUILD_STRING -> {
                if (oparg == 0) {
                    e.emit(new Ops.NewRef(e.out("str"), "pyc2c_empty_str()"));
                } else {
                    List<Operand> pieces = e.ins("pieces");
                    e.setIp();
                    e.uses("r");
                    e.emit(new Ops.BuildString(e.out("str"), pieces.stream().map(Operand::expr).toList(),
                            Ops.owned(pieces), e.error(d - oparg)));
                }
            }
            case LIST_APPEND -> {
                Operand v = e.in("v");
                status(e, Helper.LIST_APPEND, List.of(e.in("list").expr(), v.expr()), List.of(v), d - 1);
            }
            case SET_ADD -> {
                Operand v = e.in("v");
                status(e, Helper.SET_ADD, List.of(e.in("set").expr(), v.expr()), List.of(v), d - 1);
            }
            case MAP_ADD -> {
                Operand k = e.in("key");
                Operand v = e.in("value");
                status(e, Helper.DICT_SET_ITEM, List.of(e.peek(oparg + 2).expr(), k.expr(), v.expr()), List.of(k, v),
                        d - 2);
            }
            case LIST_EXTEND -> {
                Operand it = e.in("iterable");
                status(e, Helper.LIST_EXTEND, List.of("ts", e.in("list").expr(), it.expr()), List.of(it), d - 1);
            }
            case SET_UPDATE -> {
                Operand it = e.in("iterable");
                status(e, Helper.SET_UPDATE, List.of(e.in("set").expr(), it.expr()), List.of(it), d - 1);
            }
            case DICT_UPDATE -> {
                Operand u = e.in("update");
                status(e, Helper.DICT_UPDATE, List.of("ts", e.peek(oparg + 1).expr(), u.expr()), List.of(u), d - 1);
            }
            case DICT_MERGE -> {
                Operand u = e.in("update");
                status(e, Helper.DICT_MERGE, List.of("ts", e.peek(dictMergeCallable(oparg)).expr(), e.peek(oparg + 1).expr(),
                        u.expr()), List.of(u), d - 1);
            }
            case FORMAT_VALUE -> {
                var f = (Argument.Format) in.argument();
                int conv = f.conversion().ordinal();
                Operand v = e.in("value");
                if (f.withSpec()) {
                    Operand spec = e.in("fmt_spec");
                    helper(e, Helper.FORMAT_VALUE, "result", List.of("ts", v.expr(), String.valueOf(conv), spec.expr()),
                            List.of(v, spec), Provenance.GENERIC);
                } else {
                    helper(e, Helper.FORMAT_VALUE, "result", List.of("ts", v.expr(), String.valueOf(conv), "NULL"),
                            List.of(v), Provenance.GENERIC);
                }
            }
            case KW_NAMES -> {
                e.provenance(Provenance.NONE);
                st.kwnames = oparg;
                st.kwnamesOffset = in.offset();
            }
            case CALL -> call(e, in, st, d);
            case CALL_FUNCTION_EX -> {
                boolean kw = (oparg & 1) != 0;
                e.setIp();
                e.uses("r");
                e.provenance(Provenance.CALL_OUT);
                e.emit(new Ops.CallEx(e.in("unused"), e.in("func"), e.in("callargs"), kw ? e.in("kwargs") : null,
                        e.out("result"), e.error(d - 3 - (kw ? 1 : 0))));
            }
            case MAKE_FUNCTION -> {
                Operand closure = e.hasInput("closure") ? e.in("closure") : null;
                Operand annotations = e.hasInput("annotations") ? e.in("annotations") : null;
                Operand kwdefaults = e.hasInput("kwdefaults") ? e.in("kwdefaults") : null;
                Operand defaults = e.hasInput("defaults") ? e.in("defaults") : null;
                int remaining = d - e.node().inputValues().size();
                e.setIp();
                e.uses("r");
                e.emit(new Ops.MakeFunction(e.out("func"), e.in("codeobj"), defaults, kwdefaults, annotations,
                        closure, e.error(remaining)));
            }
            case JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT -> e.emit(new Ops.Goto(e.label(in.target().orElseThrow())));
            case JUMP_BACKWARD -> {
                e.setIp();
                e.emit(new Ops.JumpBackward(e.label(in.target().orElseThrow()), e.error(d)));
            }
            case POP_JUMP_IF_TRUE, POP_JUMP_IF_FALSE -> popJumpIf(e, in, op == Opcode.POP_JUMP_IF_TRUE, false);
            case POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> popJumpIfNone(e, in, op == Opcode.POP_JUMP_IF_NONE, false);
            case UNPACK_SEQUENCE, UNPACK_EX -> {
                int before = op == Opcode.UNPACK_SEQUENCE ? oparg : oparg & 0xFF;
                int after = op == Opcode.UNPACK_SEQUENCE ? -1 : oparg >> 8;
                List<String> dsts = new ArrayList<>();
                for (Value v : e.node().outputValues()) {
                    dsts.add(e.stackVariable(v.depth()));
                    requireOwned(v);
                }
                e.setIp();
                e.uses("e");
                boolean inline = op == Opcode.UNPACK_SEQUENCE && e.node().hot() && before > 0;
                e.provenance(inline ? Provenance.FAST_PATH : Provenance.GENERIC);
                e.emit(new Ops.Unpack(e.in("seq"), dsts, before, after, inline, e.error(d - 1)));
            }
            default -> throw new UnsupportedCodeException(op + " is not compiled yet");
        }
    }

    /**
     * A conditional jump on the truth of its input {@code cond} (POP_JUMP_IF_TRUE / _FALSE): a C condition tested
     * as it is, a number's truth or an object's. {@code backward}: the jump handles a set eval breaker on its way
     * (3.11's POP_JUMP_BACKWARD_IF_*), as JUMP_BACKWARD does.
     */
    protected static void popJumpIf(Emit e, Instruction in, boolean ifTrue, boolean backward) {
        int d = e.depth();
        String label = e.label(in.target().orElseThrow());
        Ops.Breaker breaker = backward ? new Ops.Breaker(e.unit(), e.error(d - 1)) : null;
        switch (e.inRepr("cond")) {
            case CBOOL -> e.emit(new Ops.JumpIfCondition(e.condition("cond"), ifTrue, label, breaker));
            case NUM -> {
                e.uses("e");
                e.emit(new Ops.JumpIfNum(e.num("cond").init(), ifTrue, e.unit(), label, e.error(d - 1), breaker));
            }
            default -> {
                e.uses("e");
                e.emit(new Ops.PopJumpIfBool(e.in("cond"), ifTrue, e.unit(), label, e.error(d - 1), breaker));
            }
        }
    }

    /** A conditional jump on whether its input {@code value} is None (POP_JUMP_IF_NONE / _NOT_NONE); {@code backward} as for {@link #popJumpIf}. */
    protected static void popJumpIfNone(Emit e, Instruction in, boolean ifNone, boolean backward) {
        e.uses("e");
        Ops.Breaker breaker = backward ? new Ops.Breaker(e.unit(), e.error(e.depth() - 1)) : null;
        e.emit(new Ops.PopJumpIfNone(e.in("value"), ifNone, e.label(in.target().orElseThrow()), breaker));
    }

    /**
     * LOAD_FAST_CHECK, LOAD_CLOSURE (3.11: a LOAD_FAST that may find its local unbound): the local, or the unbound-local
     * error if it is unset, the frame pointed at the instruction on that path only.
     */
    protected static void loadFastChecked(Emit e, int index) {
        e.emit(new Ops.CheckBound(e.local(index), e.localName(index), e.unit(), e.error(e.depth())));
        produce(e, "value", e.local(index), false);
        e.provenance(Provenance.INLINE); /* the check, even where the value is borrowed */
    }

    /** LOAD_ATTR of name {@code nameIndex}, through the site's cache, into the version's attribute item. */
    protected void loadAttr(Emit e, int nameIndex) {
        Operand owner = e.in("owner");
        helper(e, Helper.LOAD_ATTR, names().attrResult(), List.of("ts", owner.expr(), e.name(nameIndex),
                e.newAttrCache()), List.of(owner), Provenance.CACHED);
    }

    /**
     * LOAD_ATTR's method form (3.11: LOAD_METHOD) of name {@code nameIndex}, through the site's cache: the method
     * and self, or the attribute and NULL, into the version's two items.
     */
    protected void loadMethod(Emit e, int nameIndex) {
        Operand owner = e.in("owner");
        e.provenance(Provenance.CACHED);
        e.setIp();
        e.uses("r");
        e.emit(new Ops.LoadMethod(e.out(names().attrResult()), e.out(names().attrSlot()), owner,
                e.name(nameIndex), e.newAttrCache(), !e.node().hot(), e.error(e.depth() - 1)));
    }

    /** What releases a container and a number subscript after a subscript's operation read them, in order. */
    private static List<String> releases(Operand container, NumOperand sub) {
        List<String> out = new ArrayList<>();
        Ops.owned(List.of(container)).forEach(x -> out.add("Py_DECREF(" + x + ");"));
        if (sub.release() != null) {
            out.add(sub.release());
        }
        return out;
    }

    /** Whether input {@code name} is a number the instruction takes, or a constant int. */
    private boolean numberOrIntConstant(Emit e, String name) {
        Repr r = e.inRepr(name);
        if (r == Repr.NUM) {
            return true;
        }
        return e.node().hot() && r == Repr.BORROWED && e.inValue(name).facts().constant()
                .filter(c -> c instanceof dev.pyc2c.bytecode.marshal.PyInt i && i.fitsInt64()).isPresent();
    }

    private static void requireOwned(Value v) {
        if (v.repr() != Repr.OWNED) {
            throw new IllegalStateException(v + " of " + v.producer() + " must be owned");
        }
    }

    private static void requireOwned(Operand o, Instruction in) {
        if (!o.owned()) {
            throw new IllegalStateException(o + " of " + in.opcode() + " at offset " + in.offset() + " must be owned");
        }
    }

    /** The operand of one of the node's input values (END_FOR's, whose inputs share a name). */
    private static Operand operandOf(Emit e, Value v) {
        if (!e.node().inputValues().contains(v)) {
            throw new IllegalStateException(v + " is not an input of " + e.node());
        }
        return e.operand(v);
    }

    /**
     * STORE_FAST of input {@code name} into local {@code index}: a held number into the local's own object where
     * it can; {@code remaining}, the stack left if boxing it fails.
     */
    static void storeFast(Emit e, String name, int index, int remaining) {
        if (e.inRepr(name) == Repr.NUM) {
            e.provenance(Provenance.FAST_PATH);
            e.emit(new Ops.NumStore(e.localSlot(index), e.num(name).init(),
                    e.inValue(name).producer().instruction().offset() / 2, inlineSuffix(e), e.error(remaining)));
        } else {
            e.emit(new Ops.StoreLocal(e.localSlot(index), e.in(name).ref()));
        }
    }

    /** Releases the owned operands. */
    private static void release(Emit e, List<Operand> values) {
        List<String> owned = Ops.owned(values);
        if (!owned.isEmpty()) {
            e.emit(new Ops.Decref(owned));
        }
    }

    /**
     * Output {@code name} is {@code src}: if the output is owned (kept in its stack variable), it takes
     * a reference ({@code srcOwned}: {@code src} already is one); a borrowed or NULL output is read where
     * it is and needs no C.
     */
    static void produce(Emit e, String name, String src, boolean srcOwned) {
        Repr repr = e.outRepr(name);
        if (repr == Repr.OWNED) {
            boolean isNull = src.equals("NULL");
            if (srcOwned || isNull) {
                e.emit(new Ops.Move(e.out(name), src));
            } else {
                e.emit(new Ops.NewRef(e.out(name), src));
            }
            e.provenance(Provenance.INLINE);
        } else {
            e.provenance(Provenance.NONE);
        }
    }

    /** SWAP: the values change stack variables at once; a borrowed one moves without C. */
    private static void swap(Emit e) {
        List<String> dsts = new ArrayList<>();
        List<String> srcs = new ArrayList<>();
        for (Value moved : e.node().outputValues()) {
            if (moved.producer() != e.node() || moved.movedFrom() == null || moved.repr() != Repr.OWNED) {
                continue;
            }
            Operand src = operandOf(e, moved.movedFrom());
            dsts.add(e.stackVariable(moved.depth()));
            srcs.add(src.ref());
        }
        e.provenance(dsts.isEmpty() ? Provenance.NONE : Provenance.INLINE);
        if (!dsts.isEmpty()) {
            e.emit(new Ops.Permute(dsts, srcs));
        }
    }

    /**
     * BINARY_OP on numbers ({@code pyc2c_num_binary}: ints and floats in C, exactly; the C API otherwise),
     * and {@code s += t} stored back into the local it read {@code s} from through the runtime's in-place
     * str concatenation, as the interpreter's BINARY_OP_INPLACE_ADD_UNICODE.
     */
    private static void binaryOp(Emit e, BinaryOperator op, int d) {
        var next = e.nextInBlock();
        int target = (op == BinaryOperator.ADD || op == BinaryOperator.INPLACE_ADD) && next.isPresent()
                && next.get().opcode() == Opcode.STORE_FAST && e.inRepr("lhs") != Repr.NUM ? next.get().oparg() : -1;
        // The concatenation can only extend the target's str if the left operand is that local's value: read from it
        // without a reference of its own (its origin tells), or held with one (across a branch: tested at run time).
        boolean maybeTarget = target >= 0 && e.in("lhs").owned();
        boolean fromTarget = target >= 0 && !maybeTarget && e.inValue("lhs").origin() instanceof Origin.Local o
                && o.index() == target;
        if (operandNotNumber(e.node()) && !fromTarget && !maybeTarget) {
            Operand l = e.in("lhs");
            Operand r = e.in("rhs");
            helper(e, Helper.BINARY_OP, "res", List.of(l.expr(), r.expr(), op.nbName()), List.of(l, r),
                    Provenance.GENERIC);
            return;
        }
        if (fromTarget) {
            // `x += y`, `total = total + v`: the number paths first, inline, and the str concatenation in their
            // out-of-line part.
            List<OutputModelObject> arith = new ArrayList<>();
            numArith(e, "pyc2c_num_add_stored", e.localSlot(target), e.num("lhs"), e.num("rhs"), op.nbName(), d - 2,
                    arith);
            arith.forEach(e::emit);
            return;
        }
        if (maybeTarget) {
            // The concatenation first, if the local still holds the left operand; a right operand held as a number
            // (`s += (a if c else b) + t`) must be an object for it.
            Operand l = e.in("lhs");
            String local = e.local(target);
            String slot = e.localSlot(target);
            String right;
            boolean rightOwned;
            String guard = null;
            if (e.inRepr("rhs") != Repr.NUM) {
                Operand r = e.in("rhs");
                right = r.expr();
                rightOwned = r.owned();
            }
            else {
                NumOperand n = e.num("rhs");
                right = n.init() + ".o";
                rightOwned = n.hint().equals("PYC2C_HELD");
                guard = "PYC2C_UNLIKELY(!PYC2C_NUM_IS_C(" + n.init() + "))";
            }
            String dst = e.outRepr("res") == Repr.NUM ? e.out("res") + " = pyc2c_num_of_object(Py_NewRef(" + local
                    + "));" : e.out("res") + " = Py_NewRef(" + local + ");";
            String err = e.error(d - 2);
            List<OutputModelObject> arith = new ArrayList<>();
            numArith(e, "pyc2c_num_binary", null, e.num("lhs"), e.num("rhs"), op.nbName(), d - 2, arith);
            e.emit(new Ops.NumInplaceConcat(slot, l, right, rightOwned, guard, dst, err, arith.get(0)));
            return;
        }
        numArith(e, "pyc2c_num_binary", e.num("lhs"), e.num("rhs"), op.nbName(), d - 2);
    }

    private static void numArith(Emit e, String function, NumOperand left, NumOperand right, String op,
            int remaining) {
        List<OutputModelObject> out = new ArrayList<>();
        numArith(e, function, null, left, right, op, remaining, out);
        out.forEach(e::emit);
    }

    /**
     * How a fast path is emitted: inlined ({@code ""}) where the instruction runs in a loop, as a call of
     * its out-of-line form ({@code "_cold"}) elsewhere, so that code size follows what runs often.
     */
    static String inlineSuffix(Emit e) {
        return FunctionLowering.inlineSuffix(e.node());
    }

    /** What boxes a number here: {@code pyc2c_num_box} in hot code, its compact form elsewhere. */
    static String box(Emit e) {
        return FunctionLowering.box(e.node());
    }

    /**
     * Arithmetic on numbers, its result a number or, if the output must be an object, boxed; {@code stored}: the
     * fast local the next instruction stores it into, for {@code pyc2c_num_add_stored} (else null).
     */
    private static void numArith(Emit e, String function, String stored, NumOperand left, NumOperand right,
            String op, int remaining, List<OutputModelObject> out) {
        e.uses("t");
        e.provenance(Provenance.FAST_PATH);
        boolean num = e.outRepr("res") == Repr.NUM;
        out.add(new Ops.NumArith(function + inlineSuffix(e), box(e), stored, num ? e.out("res") : null, left, right, op, e.unit(),
                num ? null : e.out("res"), e.unit(), e.error(remaining)));
    }

    /** A helper returning a new reference into output {@code out}, its inputs released after. */
    static void helper(Emit e, Helper h, String out, List<Operand> inputs) {
        helper(e, h, out, inputs.stream().map(Operand::expr).toList(), inputs, Provenance.GENERIC);
    }

    private static void helper(Emit e, Helper h, String out, List<Operand> inputs, Provenance p) {
        helper(e, h, out, inputs.stream().map(Operand::expr).toList(), inputs, p);
    }

    /**
     * A helper returning a new reference into output {@code out}; {@code inputs} are released after the
     * call, and on failure the stack below them remains.
     */
    static void helper(Emit e, Helper h, String out, List<String> args, List<Operand> inputs, Provenance p) {
        e.setIp();
        e.uses("r");
        e.provenance(p);
        int remaining = e.depth() - e.node().consumed();
        e.emit(new Ops.HelperCall(h, e.node().hot(), e.out(out), args, Ops.owned(inputs), e.error(remaining)));
    }

    /** A helper returning a status; {@code inputs} are released after it. */
    static void status(Emit e, Helper h, List<String> args, List<Operand> inputs, int remaining) {
        e.setIp();
        e.uses("e");
        e.provenance(Provenance.GENERIC);
        e.emit(new Ops.StatusCall(h, e.node().hot(), args, Ops.owned(inputs), e.error(remaining)));
    }

    /** The values on the stack beneath the top {@code d - n}: what a return releases (top first). */
    private static List<String> below(Emit e, int n) {
        List<String> out = new ArrayList<>();
        for (int k = n; k >= 1; k--) {
            Operand o = e.peek(e.depth() - k + 1);
            if (o.owned()) {
                out.add(o.expr());
            }
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private static boolean isFree(Instruction in) {
        return ((Argument.Local) in.argument()).isFree();
    }

    private void intrinsic1(Emit e, Argument.Intrinsic a, int d) throws UnsupportedCodeException {
        Operand v = e.in("value");
        switch (a.intrinsic()) {
            case PRINT -> helper(e, Helper.PRINT_EXPR, "res", List.of("ts", v.expr()), List.of(v), Provenance.CALL_OUT);
            case UNARY_POSITIVE -> helper(e, Helper.NUMBER_POSITIVE, "res", List.of(v));
            case LIST_TO_TUPLE -> helper(e, Helper.LIST_AS_TUPLE, "res", List.of(v));
            case STOPITERATION_ERROR -> helper(e, Helper.STOPITERATION_ERROR, "res", List.of("frame", v.expr()),
                    List.of(v), Provenance.GENERIC);
            case IMPORT_STAR -> {
                status(e, Helper.IMPORT_STAR, List.of("ts", "frame->f_locals", v.expr()), List.of(v), d - 1);
                e.emit(new Ops.NewRef(e.out("res"), "Py_None"));
            }
            case TYPEVAR, PARAMSPEC, TYPEVARTUPLE, SUBSCRIPT_GENERIC, TYPEALIAS -> helper(e, Helper.INTRINSIC_1, "res",
                    List.of("ts", "frame", a.intrinsic().cName(), v.expr()), List.of(v), Provenance.GENERIC);
            default -> throw new UnsupportedCodeException(a.intrinsic().cName() + " is not compiled yet");
        }
    }

    private void call(Emit e, Instruction in, State st, int d) throws UnsupportedCodeException {
        String kwnames = "NULL";
        int nkw = 0;
        if (st.kwnames >= 0) {
            kwnames = e.constant(st.kwnames);
            nkw = ((PyTuple) e.code().pyCode().consts().get(st.kwnames)).size();
            st.kwnames = -1;
        }
        call(e, in, kwnames, nkw, null, d);
    }

    /**
     * A CALL (or 3.13's CALL_KW: {@code kwnamesOperand}, the names on the stack, released after the call) with
     * {@code nkw} keyword arguments named by the tuple {@code kwnames} (C), or none ({@code "NULL"}).
     */
    void call(Emit e, Instruction in, String kwnames, int nkw, Operand kwnamesOperand, int d) {
        int n = in.oparg();
        Names names = names();
        Value optional = e.inValue(names.callOptional());
        e.uses("r");
        e.provenance(Provenance.CALL_OUT);
        // the inline call (hot code, no keywords) has a cache per site; the out-of-line one none; a builtin's
        // call (below) is out of line where the name no longer means the builtin
        Optional<BuiltinCall> builtin = builtinCall(e.node());
        String suffix = builtin.isPresent() ? "_cold" : inlineSuffix(e);
        String cache = suffix.isEmpty() && nkw == 0 ? e.newCallCache() : "NULL";
        boolean firstOptional = callLayout() == Ops.CallLayout.METHOD_FIRST;
        Operand opt = e.in(names.callOptional());
        Operand req = e.in(names.callRequired());
        int remaining = d - n - 2 - (kwnamesOperand != null ? 1 : 0);
        Ops.Call call = new Ops.Call(callLayout(), firstOptional ? opt : req, firstOptional ? req : opt,
                optional.repr() == Repr.NULL, e.ins("args"), n - nkw, kwnames, e.out("res"), e.unit(),
                callIpUnit(e, in), suffix, cache, kwnamesOperand != null && kwnamesOperand.owned()
                        ? kwnamesOperand.expr() : null, e.error(remaining));
        if (builtin.isPresent()) {
            BuiltinCall b = builtin.get();
            Repr out = e.outRepr("res");
            String result = out == Repr.NUM ? "num" : out == Repr.CBOOL ? "cond" : "obj";
            // A number (kept, or boxed) is made in t, a truth in e (numericOutput and conditionOutput only
            // give NUM and CBOOL outputs to the builtins of those results).
            e.uses(b.result() == BuiltinResult.NUMBER ? "t" : b.result() == BuiltinResult.TRUTH ? "e" : "r");
            boolean boxNum = b.result() == BuiltinResult.NUMBER && out != Repr.NUM;
            int jumpUnit = result.equals("cond") ? e.code().instructions().get(e.index() + 1).offset() / 2 : 0;
            e.provenance(Provenance.FAST_PATH);
            e.emit(new Ops.BuiltinCall(b.name(), b.builtin(), call, result, boxNum, box(e), jumpUnit));
            return;
        }
        e.emit(call);
    }
}
