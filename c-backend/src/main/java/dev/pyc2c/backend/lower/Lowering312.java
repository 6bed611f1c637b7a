package dev.pyc2c.backend.lower;

import dev.pyc2c.backend.lower.FunctionLowering.Emit;
import dev.pyc2c.backend.model.Ops;
import dev.pyc2c.bytecode.code.Argument;
import dev.pyc2c.bytecode.code.Instruction;
import dev.pyc2c.bytecode.marshal.PyTuple;
import dev.pyc2c.bytecode.opcode.BinaryOperator;
import dev.pyc2c.bytecode.opcode.Opcode;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.12's instructions as C: each case does what the instruction's definition in 3.12's
 * {@code Python/bytecodes.c} does, with the stack in {@code S[]} at the depth the control-flow graph
 * gives, through the C API or the pyc2c runtime where the interpreter uses static functions.
 *
 * <p>Conventions: {@code e.peek(1)} is the top of the stack before the instruction; an instruction
 * that can raise first points the frame at itself ({@code setIp}), and on failure jumps to the path
 * for the stack depth that remains once it has released its inputs.
 */
public class Lowering312 extends InstructionLowering {

    @Override
    public void lower(Emit e, Instruction in) throws UnsupportedCodeException {
        State st = e.state();
        Opcode op = in.opcode();
        if (st.kwnames >= 0 && op != Opcode.CALL) {
            throw new UnsupportedCodeException("KW_NAMES at offset " + st.kwnamesOffset + " is not followed by CALL");
        }
        int d = e.depth();
        int oparg = in.oparg();
        switch (op) {
            case NOP, RESUME -> {
                // RESUME 0: the trampoline's own RESUME has checked the eval breaker.
            }
            case POP_TOP -> e.emit(new Ops.Decref(List.of(e.peek(1))));
            case PUSH_NULL -> e.emit(new Ops.Move(e.slot(d), "NULL"));
            case END_FOR -> e.emit(new Ops.Decref(List.of(e.peek(1), e.peek(2))));
            case COPY -> e.emit(new Ops.NewRef(e.slot(d), e.peek(oparg)));
            case SWAP -> e.emit(new Ops.Swap(e.peek(1), e.peek(oparg)));
            case UNARY_NEGATIVE -> unary(e, "PyNumber_Negative");
            case UNARY_INVERT -> unary(e, "PyNumber_Invert");
            case UNARY_NOT -> {
                e.setIp();
                e.uses("e");
                e.emit(new Ops.Truth(e.peek(1), e.error(d - 1)));
            }
            case BINARY_OP -> binaryOp(e, ((Argument.BinaryOp) in.argument()).op(), d);
            case COMPARE_OP -> {
                var cmp = ((Argument.Compare) in.argument()).op();
                objectCall(e, e.peek(2), "pyc2c_compare(" + e.peek(2) + ", " + e.peek(1) + ", " + cmp.cName()
                        + ")", List.of(e.peek(2), e.peek(1)), d - 2);
            }
            case IS_OP -> {
                e.uses("e");
                e.emit(new Ops.IsOp(e.peek(2), e.peek(2), e.peek(1), oparg == 1));
            }
            case CONTAINS_OP -> {
                e.setIp();
                e.uses("e");
                e.emit(new Ops.IntCall("PySequence_Contains(" + e.peek(1) + ", " + e.peek(2) + ")",
                        List.of(e.peek(2), e.peek(1)), e.error(d - 2)));
                e.emit(new Ops.BoolFromInt(e.peek(2), oparg == 1));
            }
            case BINARY_SUBSCR -> objectCall(e, e.peek(2), "pyc2c_getitem(" + e.peek(2) + ", " + e.peek(1) + ")",
                    List.of(e.peek(2), e.peek(1)), d - 2);
            case STORE_SUBSCR -> intCall(e, "pyc2c_setitem(" + e.peek(2) + ", " + e.peek(1) + ", " + e.peek(3) + ")",
                    List.of(e.peek(3), e.peek(2), e.peek(1)), d - 3);
            case DELETE_SUBSCR -> intCall(e, "PyObject_DelItem(" + e.peek(2) + ", " + e.peek(1) + ")",
                    List.of(e.peek(2), e.peek(1)), d - 2);
            case BINARY_SLICE -> objectCall(e, e.peek(3), "pyc2c_get_slice(" + e.peek(3) + ", " + e.peek(2) + ", "
                    + e.peek(1) + ")", List.of(e.peek(3), e.peek(2), e.peek(1)), d - 3);
            case STORE_SLICE -> intCall(e, "pyc2c_set_slice(" + e.peek(3) + ", " + e.peek(2) + ", " + e.peek(1) + ", "
                    + e.peek(4) + ")", List.of(e.peek(4), e.peek(3), e.peek(2), e.peek(1)), d - 4);
            case BUILD_SLICE -> {
                String step = oparg == 3 ? e.peek(1) : "NULL";
                List<String> inputs = new ArrayList<>();
                for (int k = oparg; k >= 1; k--) {
                    inputs.add(e.peek(k));
                }
                objectCall(e, e.peek(oparg), "PySlice_New(" + e.peek(oparg) + ", " + e.peek(oparg - 1) + ", " + step
                        + ")", inputs, d - oparg);
            }
            case GET_ITER -> objectCall(e, e.peek(1), "PyObject_GetIter(" + e.peek(1) + ")", List.of(e.peek(1)), d - 1);
            // An ordinary function creating an asynchronous generator expression gets its iterator.
            case GET_AITER -> objectCall(e, e.peek(1), "pyc2c_get_aiter(ts, " + e.peek(1) + ")", List.of(e.peek(1)),
                    d - 1);
            case FOR_ITER -> {
                int target = e.code().indexOf(in.target().orElseThrow());
                if (e.opcodeAt(target) != Opcode.END_FOR || target + 1 >= e.code().instructions().size()) {
                    throw new UnsupportedCodeException("FOR_ITER at offset " + in.offset() + " does not jump to END_FOR");
                }
                e.setIp();
                e.uses("r");
                e.emit(new Ops.ForIter(e.peek(1), e.slot(d), e.labelOf(target + 1), e.error(d)));
            }
            case GET_LEN -> {
                e.setIp();
                e.uses("r");
                e.emit(new Ops.GetLen(e.peek(1), e.slot(d), e.error(d)));
            }
            case MATCH_MAPPING -> e.emit(new Ops.MatchFlag(e.peek(1), e.slot(d), "Py_TPFLAGS_MAPPING"));
            case MATCH_SEQUENCE -> e.emit(new Ops.MatchFlag(e.peek(1), e.slot(d), "Py_TPFLAGS_SEQUENCE"));
            case MATCH_KEYS -> objectCall(e, e.slot(d), "pyc2c_match_keys(ts, " + e.peek(2) + ", " + e.peek(1) + ")",
                    List.of(), d);
            case MATCH_CLASS -> objectCall(e, e.peek(3), "pyc2c_match_class(ts, " + e.peek(3) + ", " + e.peek(2) + ", "
                    + oparg + ", " + e.peek(1) + ")", List.of(e.peek(3), e.peek(2), e.peek(1)), d - 3);
            case LOAD_CONST -> e.emit(new Ops.NewRef(e.slot(d), e.constant(oparg)));
            // The instruction pointer at the return, as the interpreter leaves it: a frame object that
            // outlives the call reports the return's line.
            case RETURN_VALUE -> {
                e.setIp();
                e.emit(new Ops.Return(e.peek(1), below(e, d - 1)));
            }
            case RETURN_CONST -> {
                e.setIp();
                e.emit(new Ops.Return("Py_NewRef(" + e.constant(oparg) + ")", below(e, d)));
            }
            case LOAD_FAST -> e.emit(new Ops.NewRef(e.slot(d), e.local(oparg)));
            case LOAD_FAST_CHECK, LOAD_CLOSURE -> {
                e.setIp();
                e.emit(new Ops.CheckBound(e.local(oparg), e.localName(oparg), false, e.error(d)));
                e.emit(new Ops.NewRef(e.slot(d), e.local(oparg)));
            }
            case LOAD_FAST_AND_CLEAR -> {
                e.emit(new Ops.Move(e.slot(d), e.local(oparg)));
                e.emit(new Ops.Move(e.local(oparg), "NULL"));
            }
            case STORE_FAST -> e.emit(new Ops.XSetRef(e.local(oparg), e.peek(1)));
            case DELETE_FAST -> {
                e.setIp();
                e.emit(new Ops.CheckBound(e.local(oparg), e.localName(oparg), false, e.error(d)));
                e.emit(new Ops.ClearLocal(e.local(oparg)));
            }
            case MAKE_CELL -> {
                e.setIp();
                e.uses("r");
                e.emit(new Ops.MakeCell(e.local(oparg), e.error(d)));
            }
            case LOAD_DEREF -> {
                e.setIp();
                e.uses("r");
                e.emit(new Ops.LoadDeref(e.slot(d), e.local(oparg), e.localName(oparg), isFree(in), e.error(d)));
            }
            case STORE_DEREF -> {
                e.uses("r");
                e.emit(new Ops.StoreDeref(e.local(oparg), e.peek(1)));
            }
            case DELETE_DEREF -> {
                e.setIp();
                e.uses("r");
                e.emit(new Ops.DeleteDeref(e.local(oparg), e.localName(oparg), isFree(in), e.error(d)));
            }
            case LOAD_FROM_DICT_OR_DEREF -> objectCall(e, e.peek(1), "pyc2c_load_from_dict_or_deref(ts, frame, "
                    + e.peek(1) + ", " + oparg + ")", List.of(e.peek(1)), d - 1);
            case LOAD_FROM_DICT_OR_GLOBALS -> objectCall(e, e.peek(1), "pyc2c_load_from_dict_or_globals(ts, frame, "
                    + e.peek(1) + ", " + e.name(oparg) + ")", List.of(e.peek(1)), d - 1);
            case LOAD_NAME -> objectCall(e, e.slot(d), "pyc2c_load_name(ts, frame, " + e.name(oparg) + ")", List.of(), d);
            case STORE_NAME -> intCall(e, "pyc2c_store_name(ts, frame, " + e.name(oparg) + ", " + e.peek(1) + ")",
                    List.of(e.peek(1)), d - 1);
            case DELETE_NAME -> intCall(e, "pyc2c_delete_name(ts, frame, " + e.name(oparg) + ")", List.of(), d);
            case LOAD_GLOBAL -> {
                var g = (Argument.GlobalName) in.argument();
                String dst = e.slot(g.pushNull() ? d + 1 : d);
                if (g.pushNull()) {
                    e.emit(new Ops.Move(e.slot(d), "NULL"));
                }
                objectCall(e, dst, "pyc2c_load_global_cached(ts, frame, " + e.name(g.index()) + ", "
                        + e.newGlobalCache() + ")", List.of(), d);
            }
            case STORE_GLOBAL -> intCall(e, "PyDict_SetItem(frame->f_globals, " + e.name(oparg) + ", " + e.peek(1) + ")",
                    List.of(e.peek(1)), d - 1);
            case DELETE_GLOBAL -> intCall(e, "pyc2c_delete_global(ts, frame, " + e.name(oparg) + ")", List.of(), d);
            case LOAD_ATTR -> {
                var a = (Argument.AttrName) in.argument();
                if (a.method()) {
                    e.setIp();
                    e.uses("r");
                    e.emit(new Ops.LoadMethod(e.peek(1), e.slot(d), e.peek(1), e.name(a.index()), e.newAttrCache(),
                            e.error(d - 1)));
                } else {
                    objectCall(e, e.peek(1), "pyc2c_load_attr(ts, " + e.peek(1) + ", " + e.name(a.index()) + ", "
                            + e.newAttrCache() + ")", List.of(e.peek(1)), d - 1);
                }
            }
            case STORE_ATTR -> intCall(e, "pyc2c_store_attr(" + e.peek(1) + ", " + e.name(oparg) + ", " + e.peek(2) + ", "
                    + e.newAttrCache() + ")", List.of(e.peek(2), e.peek(1)), d - 2);
            case DELETE_ATTR -> intCall(e, "PyObject_SetAttr(" + e.peek(1) + ", " + e.name(oparg) + ", NULL)",
                    List.of(e.peek(1)), d - 1);
            case LOAD_SUPER_ATTR -> {
                var s = (Argument.SuperAttrName) in.argument();
                e.setIp();
                e.uses("r");
                e.emit(new Ops.SuperAttr(e.peek(3), e.peek(2), e.peek(1), e.name(s.index()), s.twoArgs(),
                        s.method() ? e.peek(3) : null, s.method() ? e.peek(2) : e.peek(3), e.error(d - 3)));
            }
            case IMPORT_NAME -> objectCall(e, e.peek(2), "pyc2c_import_name(ts, frame->f_globals, frame->f_locals, "
                    + "frame->f_builtins, " + e.name(oparg) + ", " + e.peek(1) + ", " + e.peek(2) + ")",
                    List.of(e.peek(2), e.peek(1)), d - 2);
            case IMPORT_FROM -> objectCall(e, e.slot(d), "pyc2c_import_from(ts, " + e.peek(1) + ", " + e.name(oparg) + ")",
                    List.of(), d);
            case CALL_INTRINSIC_1 -> intrinsic1(e, (Argument.Intrinsic) in.argument(), d);
            case CALL_INTRINSIC_2 -> {
                var i = ((Argument.Intrinsic) in.argument()).intrinsic();
                String call = switch (i) {
                    case PREP_RERAISE_STAR -> "PyUnstable_Exc_PrepReraiseStar(" + e.peek(2) + ", " + e.peek(1) + ")";
                    case TYPEVAR_WITH_BOUND, TYPEVAR_WITH_CONSTRAINTS, SET_FUNCTION_TYPE_PARAMS, SET_TYPEPARAM_DEFAULT ->
                        "pyc2c_intrinsic_2(ts, frame, " + i.cName() + ", " + e.peek(2) + ", " + e.peek(1) + ")";
                    default -> throw new UnsupportedCodeException(i.cName() + " is not compiled yet");
                };
                objectCall(e, e.peek(2), call, List.of(e.peek(2), e.peek(1)), d - 2);
            }
            case RAISE_VARARGS -> {
                e.setIp();
                String exc = oparg >= 1 ? e.peek(oparg) : null;
                String cause = oparg == 2 ? e.peek(1) : null;
                e.emit(new Ops.RaiseOp(exc, cause, e.error(d - oparg), e.reraise(d - oparg)));
            }
            case RERAISE -> {
                if (oparg == 0) {
                    e.setIp(); // the interpreter's RERAISE 0 leaves the frame's instruction pointer on itself
                }
                String lasti = oparg > 0 ? e.peek(oparg + 1) : null;
                e.emit(new Ops.Reraise(e.peek(1), lasti, lasti != null ? e.error(d) : null, e.reraise(d - 1)));
            }
            case PUSH_EXC_INFO -> {
                e.uses("r");
                e.emit(new Ops.PushExcInfo(e.peek(1), e.peek(1), e.slot(d)));
            }
            case POP_EXCEPT -> e.emit(new Ops.PopExcept(e.peek(1)));
            case CHECK_EXC_MATCH -> {
                e.setIp();
                e.uses("e");
                e.emit(new Ops.CheckExcMatch(e.peek(2), e.peek(1), e.error(d - 1)));
            }
            case CHECK_EG_MATCH -> {
                e.setIp();
                e.uses("e");
                e.emit(new Ops.CheckEgMatch(e.peek(2), e.peek(1), e.error(d - 2)));
            }
            case WITH_EXCEPT_START -> objectCall(e, e.slot(d), "pyc2c_with_except_start(ts, " + e.peek(4) + ", "
                    + e.peek(1) + ")", List.of(), d);
            case BEFORE_WITH -> {
                e.setIp();
                e.uses("r");
                e.emit(new Ops.BeforeWith(e.peek(1), e.slot(d), e.error(d - 1)));
            }
            case LOAD_ASSERTION_ERROR -> e.emit(new Ops.NewRef(e.slot(d), "PyExc_AssertionError"));
            case LOAD_BUILD_CLASS -> objectCall(e, e.slot(d), "pyc2c_load_build_class(ts, frame->f_builtins)",
                    List.of(), d);
            case SETUP_ANNOTATIONS -> intCall(e, "pyc2c_setup_annotations(ts, frame->f_locals)", List.of(), d);
            case LOAD_LOCALS -> objectCall(e, e.slot(d), "pyc2c_load_locals(ts, frame)", List.of(), d);
            case BUILD_TUPLE, BUILD_LIST -> {
                List<String> items = top(e, oparg);
                boolean tuple = op == Opcode.BUILD_TUPLE;
                e.setIp();
                e.uses("r");
                e.emit(new Ops.BuildSequence(e.slot(d - oparg), tuple ? "PyTuple_New" : "PyList_New",
                        tuple ? "PyTuple_SET_ITEM" : "PyList_SET_ITEM", items, e.error(d - oparg)));
            }
            case BUILD_SET -> {
                e.setIp();
                e.uses("r", "e");
                e.emit(new Ops.BuildSet(e.slot(d - oparg), top(e, oparg), e.error(d - oparg)));
            }
            case BUILD_MAP -> {
                List<String> keys = new ArrayList<>();
                List<String> values = new ArrayList<>();
                for (int k = 0; k < oparg; k++) {
                    keys.add(e.slot(d - 2 * oparg + 2 * k));
                    values.add(e.slot(d - 2 * oparg + 2 * k + 1));
                }
                e.setIp();
                e.uses("r", "e");
                e.emit(new Ops.BuildMap(e.slot(d - 2 * oparg), keys, values, keys, e.error(d - 2 * oparg)));
            }
            case BUILD_CONST_KEY_MAP -> {
                List<String> keys = new ArrayList<>();
                for (int k = 0; k < oparg; k++) {
                    keys.add("PyTuple_GET_ITEM(" + e.peek(1) + ", " + k + ")");
                }
                List<String> values = new ArrayList<>();
                for (int k = 0; k < oparg; k++) {
                    values.add(e.slot(d - 1 - oparg + k));
                }
                e.setIp();
                e.uses("r", "e");
                e.emit(new Ops.BuildMap(e.slot(d - 1 - oparg), keys, values, List.of(e.peek(1)),
                        e.error(d - 1 - oparg)));
            }
            case BUILD_STRING -> {
                if (oparg == 0) {
                    e.emit(new Ops.NewRef(e.slot(d), "pyc2c_empty_str()"));
                } else {
                    e.setIp();
                    e.uses("r");
                    e.emit(new Ops.BuildString(e.slot(d - oparg), top(e, oparg), e.error(d - oparg)));
                }
            }
            case LIST_APPEND -> intCall(e, "PyList_Append(" + e.peek(oparg + 1) + ", " + e.peek(1) + ")",
                    List.of(e.peek(1)), d - 1);
            case SET_ADD -> intCall(e, "PySet_Add(" + e.peek(oparg + 1) + ", " + e.peek(1) + ")", List.of(e.peek(1)),
                    d - 1);
            case MAP_ADD -> intCall(e, "PyDict_SetItem(" + e.peek(oparg + 2) + ", " + e.peek(2) + ", " + e.peek(1) + ")",
                    List.of(e.peek(2), e.peek(1)), d - 2);
            case LIST_EXTEND -> intCall(e, "pyc2c_list_extend(ts, " + e.peek(oparg + 1) + ", " + e.peek(1) + ")",
                    List.of(e.peek(1)), d - 1);
            case SET_UPDATE -> intCall(e, "_PySet_Update(" + e.peek(oparg + 1) + ", " + e.peek(1) + ")",
                    List.of(e.peek(1)), d - 1);
            case DICT_UPDATE -> intCall(e, "pyc2c_dict_update(ts, " + e.peek(oparg + 1) + ", " + e.peek(1) + ")",
                    List.of(e.peek(1)), d - 1);
            case DICT_MERGE -> intCall(e, "pyc2c_dict_merge(ts, " + e.peek(oparg + 3) + ", " + e.peek(oparg + 1) + ", "
                    + e.peek(1) + ")", List.of(e.peek(1)), d - 1);
            case FORMAT_VALUE -> {
                var f = (Argument.Format) in.argument();
                int conv = f.conversion().ordinal();
                if (f.withSpec()) {
                    objectCall(e, e.peek(2), "pyc2c_format_value(ts, " + e.peek(2) + ", " + conv + ", " + e.peek(1) + ")",
                            List.of(e.peek(2), e.peek(1)), d - 2);
                } else {
                    objectCall(e, e.peek(1), "pyc2c_format_value(ts, " + e.peek(1) + ", " + conv + ", NULL)",
                            List.of(e.peek(1)), d - 1);
                }
            }
            case KW_NAMES -> {
                st.kwnames = oparg;
                st.kwnamesOffset = in.offset();
            }
            case CALL -> call(e, in, st, d);
            case CALL_FUNCTION_EX -> {
                int kw = oparg & 1;
                e.setIp();
                e.uses("r");
                e.emit(new Ops.CallEx(e.peek(2 + kw), e.peek(1 + kw), kw == 1 ? e.peek(1) : null, e.peek(3 + kw),
                        e.error(d - 3 - kw)));
            }
            case MAKE_FUNCTION -> {
                int k = 2;
                String closure = (oparg & 8) != 0 ? e.peek(k++) : null;
                String annotations = (oparg & 4) != 0 ? e.peek(k++) : null;
                String kwdefaults = (oparg & 2) != 0 ? e.peek(k++) : null;
                String defaults = (oparg & 1) != 0 ? e.peek(k++) : null;
                int remaining = d - (k - 1);
                e.setIp();
                e.uses("r");
                e.emit(new Ops.MakeFunction(e.slot(remaining), e.peek(1), defaults, kwdefaults, annotations, closure,
                        e.error(remaining)));
            }
            case JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT -> e.emit(new Ops.Goto(e.label(in.target().orElseThrow())));
            case JUMP_BACKWARD -> {
                e.setIp();
                e.emit(new Ops.JumpBackward(e.label(in.target().orElseThrow()), e.error(d)));
            }
            case POP_JUMP_IF_TRUE, POP_JUMP_IF_FALSE -> {
                e.setIp();
                e.uses("e");
                e.emit(new Ops.PopJumpIfBool(e.peek(1), op == Opcode.POP_JUMP_IF_TRUE, e.label(in.target().orElseThrow()),
                        e.error(d - 1)));
            }
            case POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> {
                e.uses("e");
                e.emit(new Ops.PopJumpIfNone(e.peek(1), op == Opcode.POP_JUMP_IF_NONE, e.label(in.target().orElseThrow())));
            }
            case UNPACK_SEQUENCE, UNPACK_EX -> {
                int before = op == Opcode.UNPACK_SEQUENCE ? oparg : oparg & 0xFF;
                int after = op == Opcode.UNPACK_SEQUENCE ? -1 : oparg >> 8;
                int count = op == Opcode.UNPACK_SEQUENCE ? before : before + 1 + after;
                e.slot(d - 1 + Math.max(count, 1) - 1); // the stack array holds every item
                e.setIp();
                e.uses("r", "e");
                e.emit(new Ops.Unpack(e.peek(1), e.peek(1), before, after, e.error(d - 1)));
            }
            default -> throw new UnsupportedCodeException(op + " is not compiled yet");
        }
    }

    /**
     * BINARY_OP: + - * through the runtime's fast paths, and {@code s += t} into a local through its
     * in-place str concatenation; the other operators through the C API.
     */
    private static void binaryOp(Emit e, BinaryOperator op, int d) {
        String l = e.peek(2);
        String r = e.peek(1);
        boolean inplace = op.isInplace();
        String call = switch (op) {
            case ADD, INPLACE_ADD -> "pyc2c_add(" + l + ", " + r + ", " + (inplace ? 1 : 0) + ")";
            case SUBTRACT, INPLACE_SUBTRACT -> "pyc2c_subtract(" + l + ", " + r + ", " + (inplace ? 1 : 0) + ")";
            case MULTIPLY, INPLACE_MULTIPLY -> "pyc2c_multiply(" + l + ", " + r + ", " + (inplace ? 1 : 0) + ")";
            case POWER, INPLACE_POWER -> binaryFunction(op) + "(" + l + ", " + r + ", Py_None)";
            default -> binaryFunction(op) + "(" + l + ", " + r + ")";
        };
        var next = e.nextInBlock();
        if ((op == BinaryOperator.ADD || op == BinaryOperator.INPLACE_ADD) && next.isPresent()
                && next.get().opcode() == Opcode.STORE_FAST) {
            int local = next.get().oparg();
            e.setIp();
            e.uses("r");
            String err = e.error(d - 2);
            e.emit(new Ops.InplaceConcat(e.local(local), l, r, l, err, new Ops.ObjectCall(l, call, List.of(l, r), err)));
            return;
        }
        objectCall(e, l, call, List.of(l, r), d - 2);
    }

    private static void unary(Emit e, String function) {
        objectCall(e, e.peek(1), function + "(" + e.peek(1) + ")", List.of(e.peek(1)), e.depth() - 1);
    }

    /** A C API call returning a new reference; on failure {@code remaining} values are left on the stack. */
    protected static void objectCall(Emit e, String dst, String call, List<String> decrefs, int remaining) {
        e.setIp();
        e.uses("r");
        e.emit(new Ops.ObjectCall(dst, call, decrefs, e.error(remaining)));
    }

    /** A C API call returning an int, negative on failure. */
    protected static void intCall(Emit e, String call, List<String> decrefs, int remaining) {
        e.setIp();
        e.uses("e");
        e.emit(new Ops.IntCall(call, decrefs, e.error(remaining)));
    }

    /** The top {@code n} slots, bottom first. */
    protected static List<String> top(Emit e, int n) {
        List<String> out = new ArrayList<>();
        for (int k = n; k >= 1; k--) {
            out.add(e.peek(k));
        }
        return out;
    }

    /** Slots 0 to n-1, top first: what a return releases beneath its value. */
    private static List<String> below(Emit e, int n) {
        List<String> out = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            out.add(e.slot(i));
        }
        return out;
    }

    private static boolean isFree(Instruction in) {
        return ((Argument.Local) in.argument()).isFree();
    }

    private void intrinsic1(Emit e, Argument.Intrinsic a, int d) throws UnsupportedCodeException {
        String v = e.peek(1);
        switch (a.intrinsic()) {
            case PRINT -> objectCall(e, v, "pyc2c_print_expr(ts, " + v + ")", List.of(v), d - 1);
            case UNARY_POSITIVE -> objectCall(e, v, "PyNumber_Positive(" + v + ")", List.of(v), d - 1);
            case LIST_TO_TUPLE -> objectCall(e, v, "PyList_AsTuple(" + v + ")", List.of(v), d - 1);
            case IMPORT_STAR -> {
                intCall(e, "pyc2c_import_star(ts, frame->f_locals, " + v + ")", List.of(v), d - 1);
                e.emit(new Ops.NewRef(v, "Py_None"));
            }
            case TYPEVAR, PARAMSPEC, TYPEVARTUPLE, SUBSCRIPT_GENERIC, TYPEALIAS -> objectCall(e, v,
                    "pyc2c_intrinsic_1(ts, frame, " + a.intrinsic().cName() + ", " + v + ")", List.of(v), d - 1);
            default -> throw new UnsupportedCodeException(a.intrinsic().cName() + " is not compiled yet");
        }
    }

    private void call(Emit e, Instruction in, State st, int d) {
        int n = in.oparg();
        String kwnames = "NULL";
        int nkw = 0;
        if (st.kwnames >= 0) {
            kwnames = e.constant(st.kwnames);
            nkw = ((PyTuple) e.code().pyCode().consts().get(st.kwnames)).size();
            st.kwnames = -1;
        }
        List<String> args = top(e, n);
        e.slot(d); // &S[d - n] must be a valid address when there are no arguments
        e.uses("r");
        e.emit(new Ops.Call(e.peek(n + 2), e.peek(n + 1), "&" + e.slot(d - n), n - nkw, n + 1 - nkw, kwnames, args,
                e.unit(), e.unit() + in.cache().size(), e.error(d - n - 2)));
    }

    /** The C API function of a binary operator ({@code PyNumber_Power} takes a third argument). */
    protected static String binaryFunction(BinaryOperator op) {
        return switch (op) {
            case ADD -> "PyNumber_Add";
            case AND -> "PyNumber_And";
            case FLOOR_DIVIDE -> "PyNumber_FloorDivide";
            case LSHIFT -> "PyNumber_Lshift";
            case MATRIX_MULTIPLY -> "PyNumber_MatrixMultiply";
            case MULTIPLY -> "PyNumber_Multiply";
            case REMAINDER -> "PyNumber_Remainder";
            case OR -> "PyNumber_Or";
            case POWER -> "PyNumber_Power";
            case RSHIFT -> "PyNumber_Rshift";
            case SUBTRACT -> "PyNumber_Subtract";
            case TRUE_DIVIDE -> "PyNumber_TrueDivide";
            case XOR -> "PyNumber_Xor";
            case INPLACE_ADD -> "PyNumber_InPlaceAdd";
            case INPLACE_AND -> "PyNumber_InPlaceAnd";
            case INPLACE_FLOOR_DIVIDE -> "PyNumber_InPlaceFloorDivide";
            case INPLACE_LSHIFT -> "PyNumber_InPlaceLshift";
            case INPLACE_MATRIX_MULTIPLY -> "PyNumber_InPlaceMatrixMultiply";
            case INPLACE_MULTIPLY -> "PyNumber_InPlaceMultiply";
            case INPLACE_REMAINDER -> "PyNumber_InPlaceRemainder";
            case INPLACE_OR -> "PyNumber_InPlaceOr";
            case INPLACE_POWER -> "PyNumber_InPlacePower";
            case INPLACE_RSHIFT -> "PyNumber_InPlaceRshift";
            case INPLACE_SUBTRACT -> "PyNumber_InPlaceSubtract";
            case INPLACE_TRUE_DIVIDE -> "PyNumber_InPlaceTrueDivide";
            case INPLACE_XOR -> "PyNumber_InPlaceXor";
        };
    }
}
