// Declarations of the base instructions (and the ops they are made of) of CPython 3.14's
// Python/bytecodes.c, transcribed with empty bodies from python/cpython at commit
// 1d17c3edee0ba34dbaf8d9ea3eb32a317493d86c, plus a few other constructs of that file to keep the
// parser honest. Copyright (c) Python Software Foundation; see ../LICENSE.
// That version has "virtual iterators" (GET_ITER pushes
// iter and index_or_null; FOR_ITER and POP_ITER take both), which 3.14.3 does not have. GET_ITER,
// POP_ITER and FOR_ITER are therefore declared here as 3.14.3 defines them (its
// pycore_opcode_metadata.h: GET_ITER pops 1 and pushes 1 (uop _GET_ITER), POP_ITER is _POP_TOP,
// FOR_ITER pops 1 and pushes 2 (uop _FOR_ITER)), in the names 3.13 uses for them.
// It has BUILD_TEMPLATE and LOAD_SMALL_INT, so gen_stack_signatures.py takes it for 3.14.

// BEGIN BYTECODES //
        pure inst(NOP, (--)) {
        }

        family(RESUME, 0) = {
            RESUME_CHECK,
        };

        macro(NOT_TAKEN) = NOP;
        op(_CHECK_PERIODIC, (--)) {}
        op(_CHECK_PERIODIC_IF_NOT_YIELD_FROM, (--)) {}
        op(_QUICKEN_RESUME, (--)) {}
        tier1 op(_MAYBE_INSTRUMENT, (--)) {}
        op(_LOAD_BYTECODE, (--)) {}
        macro(RESUME) =
            _LOAD_BYTECODE +
            _MAYBE_INSTRUMENT +
            _QUICKEN_RESUME +
            _CHECK_PERIODIC_IF_NOT_YIELD_FROM;
        pseudo(LOAD_CLOSURE, (-- unused)) = {
            LOAD_FAST,
        };
        inst(LOAD_FAST_CHECK, (-- value)) {}
        replicate(8) pure inst(LOAD_FAST, (-- value)) {}
        replicate(8) pure inst (LOAD_FAST_BORROW, (-- value)) {}
        inst(LOAD_FAST_AND_CLEAR, (-- value)) {}
        inst(LOAD_FAST_LOAD_FAST, ( -- value1, value2)) {}
        inst(LOAD_FAST_BORROW_LOAD_FAST_BORROW, ( -- value1, value2)) {}
        inst(LOAD_CONST, (-- value)) {}
        replicate(4) inst(LOAD_SMALL_INT, (-- value)) {}
        replicate(8) inst(STORE_FAST, (value --)) {}
        inst(STORE_FAST_LOAD_FAST, (value1 -- value2)) {}
        inst(STORE_FAST_STORE_FAST, (value2, value1 --)) {}
        pure inst(POP_TOP, (value --)) {}
        tier2 op(_POP_TWO, (nos, tos --)) {}
        pure inst(PUSH_NULL, (-- res)) {}
        no_save_ip inst(END_FOR, (value -- )) {}
        macro(POP_ITER) = POP_TOP;
        pure inst(END_SEND, (receiver, value -- val)) {}
        inst(UNARY_NEGATIVE, (value -- res)) {}
        pure inst(UNARY_NOT, (value -- res)) {}
        specializing op(_SPECIALIZE_TO_BOOL, (counter/1, value -- value)) {}
        op(_TO_BOOL, (value -- res)) {}
        macro(TO_BOOL) = _SPECIALIZE_TO_BOOL + unused/2 + _TO_BOOL;
        inst(UNARY_INVERT, (value -- res)) {}
        op(_GUARD_BINARY_OP_EXTEND, (descr/4, left, right -- left, right)) {}
        pure op(_BINARY_OP_EXTEND, (descr/4, left, right -- res)) {}
        macro(BINARY_OP_EXTEND) =
            unused/1 + _GUARD_BINARY_OP_EXTEND + rewind/-4 + _BINARY_OP_EXTEND;
        specializing op(_SPECIALIZE_BINARY_SLICE, (container, start, stop -- container, start, stop)) {}
        op(_BINARY_SLICE, (container, start, stop -- res)) {}
        macro(BINARY_SLICE) = _SPECIALIZE_BINARY_SLICE + _BINARY_SLICE;
        specializing op(_SPECIALIZE_STORE_SLICE, (v, container, start, stop -- v, container, start, stop)) {}
        op(_STORE_SLICE, (v, container, start, stop -- )) {}
        macro(STORE_SLICE) = _SPECIALIZE_STORE_SLICE + _STORE_SLICE;
        inst(LIST_APPEND, (list, unused[oparg-1], v -- list, unused[oparg-1])) {}
        inst(SET_ADD, (set, unused[oparg-1], v -- set, unused[oparg-1])) {}
        specializing op(_SPECIALIZE_STORE_SUBSCR, (counter/1, container, sub -- container, sub)) {}
        op(_STORE_SUBSCR, (v, container, sub -- )) {}
        macro(STORE_SUBSCR) = _SPECIALIZE_STORE_SUBSCR + _STORE_SUBSCR;
        inst(DELETE_SUBSCR, (container, sub --)) {}
        inst(CALL_INTRINSIC_1, (value -- res)) {}
        inst(CALL_INTRINSIC_2, (value2_st, value1_st -- res)) {}
        tier1 inst(RAISE_VARARGS, (args[oparg] -- )) {}
        tier1 inst(INTERPRETER_EXIT, (retval --)) {}
        // The stack effect here is a bit misleading.
        // retval is popped from the stack, but res
        // is pushed to a different frame, the callers' frame.
        inst(RETURN_VALUE, (retval -- res)) {}
        inst(GET_AITER, (obj -- iter)) {}
        inst(GET_ANEXT, (aiter -- aiter, awaitable)) {}
        inst(GET_AWAITABLE, (iterable -- iter)) {}
        specializing op(_SPECIALIZE_SEND, (counter/1, receiver, unused -- receiver, unused)) {}
        op(_SEND, (receiver, v -- receiver, retval)) {}
        macro(SEND) = _SPECIALIZE_SEND + _SEND;
        inst(YIELD_VALUE, (retval -- value)) {}
        inst(POP_EXCEPT, (exc_value -- )) {}
        tier1 inst(RERAISE, (values[oparg], exc_st -- values[oparg])) {}
        tier1 op(_END_ASYNC_FOR, (awaitable_st, exc_st -- )) {}
        macro(END_ASYNC_FOR) = _END_ASYNC_FOR;
        tier1 inst(CLEANUP_THROW, (sub_iter, last_sent_val, exc_value_st -- none, value)) {}
        inst(LOAD_COMMON_CONSTANT, ( -- value)) {}
        inst(LOAD_BUILD_CLASS, ( -- bc)) {}
        inst(STORE_NAME, (v -- )) {}
        inst(DELETE_NAME, (--)) {}
        specializing op(_SPECIALIZE_UNPACK_SEQUENCE, (counter/1, seq -- seq)) {}
        op(_UNPACK_SEQUENCE, (seq -- unused[oparg], top[0])) {}
        macro(UNPACK_SEQUENCE) = _SPECIALIZE_UNPACK_SEQUENCE + _UNPACK_SEQUENCE;
        inst(UNPACK_EX, (seq -- unused[oparg & 0xFF], unused, unused[oparg >> 8], top[0])) {}
        specializing op(_SPECIALIZE_STORE_ATTR, (counter/1, owner -- owner)) {}
        op(_STORE_ATTR, (v, owner --)) {}
        macro(STORE_ATTR) = _SPECIALIZE_STORE_ATTR + unused/3 + _STORE_ATTR;
        inst(DELETE_ATTR, (owner --)) {}
        inst(STORE_GLOBAL, (v --)) {}
        inst(DELETE_GLOBAL, (--)) {}
        inst(LOAD_LOCALS, ( -- locals)) {}
        inst(LOAD_FROM_DICT_OR_GLOBALS, (mod_or_class_dict -- v)) {}
        inst(LOAD_NAME, (-- v)) {}
        specializing op(_SPECIALIZE_LOAD_GLOBAL, (counter/1 -- )) {}
        // res[1] because we need a pointer to res to pass it to _PyEval_LoadGlobalStackRef
        op(_LOAD_GLOBAL, ( -- res[1])) {}
        op(_PUSH_NULL_CONDITIONAL, ( -- null[oparg & 1])) {}
        macro(LOAD_GLOBAL) =
            _SPECIALIZE_LOAD_GLOBAL +
            counter/1 +
            globals_version/1 +
            builtins_version/1 +
            _LOAD_GLOBAL +
            _PUSH_NULL_CONDITIONAL;
        op(_LOAD_GLOBAL_MODULE, (version/1, unused/1, index/1 -- res))
        {
        }
        inst(DELETE_FAST, (--)) {}
        inst(MAKE_CELL, (--)) {}
        inst(DELETE_DEREF, (--)) {}
        inst(LOAD_FROM_DICT_OR_DEREF, (class_dict_st -- value)) {}
        inst(LOAD_DEREF, ( -- value)) {}
        inst(STORE_DEREF, (v --)) {}
        inst(COPY_FREE_VARS, (--)) {}
        inst(BUILD_STRING, (pieces[oparg] -- str)) {}
        inst(BUILD_INTERPOLATION, (value, str, format[oparg & 1] -- interpolation)) {}
        inst(BUILD_TEMPLATE, (strings, interpolations -- template)) {}
        inst(BUILD_TUPLE, (values[oparg] -- tup)) {}
        inst(BUILD_LIST, (values[oparg] -- list)) {}
        inst(LIST_EXTEND, (list_st, unused[oparg-1], iterable_st -- list_st, unused[oparg-1])) {}
        inst(SET_UPDATE, (set, unused[oparg-1], iterable -- set, unused[oparg-1])) {}
        inst(BUILD_SET, (values[oparg] -- set)) {}
        inst(BUILD_MAP, (values[oparg*2] -- map)) {}
        inst(SETUP_ANNOTATIONS, (--)) {}
        pseudo(ANNOTATIONS_PLACEHOLDER, (--)) = {
            NOP,
        };
        inst(DICT_UPDATE, (dict, unused[oparg - 1], update -- dict, unused[oparg - 1])) {}
        inst(DICT_MERGE, (callable, unused, unused, dict, unused[oparg - 1], update -- callable, unused, unused, dict, unused[oparg - 1])) {}
        inst(MAP_ADD, (dict_st, unused[oparg - 1], key, value -- dict_st, unused[oparg - 1])) {}
        specializing op(_SPECIALIZE_LOAD_SUPER_ATTR, (counter/1, global_super_st, class_st, unused -- global_super_st, class_st, unused)) {}
        tier1 op(_LOAD_SUPER_ATTR, (global_super_st, class_st, self_st -- attr)) {}
        macro(LOAD_SUPER_ATTR) =
            _SPECIALIZE_LOAD_SUPER_ATTR +
            _LOAD_SUPER_ATTR +
            _PUSH_NULL_CONDITIONAL;
        specializing op(_SPECIALIZE_LOAD_ATTR, (counter/1, owner -- owner)) {}
        op(_LOAD_ATTR, (owner -- attr, self_or_null[oparg&1])) {}
        macro(LOAD_ATTR) =
            _SPECIALIZE_LOAD_ATTR +
            unused/8 +
            _LOAD_ATTR;
        specializing op(_SPECIALIZE_COMPARE_OP, (counter/1, left, right -- left, right)) {}
        op(_COMPARE_OP, (left, right -- res)) {}
        macro(COMPARE_OP) = _SPECIALIZE_COMPARE_OP + _COMPARE_OP;
        inst(IS_OP, (left, right -- b)) {}
        op(_CONTAINS_OP, (left, right -- b)) {}
        specializing op(_SPECIALIZE_CONTAINS_OP, (counter/1, left, right -- left, right)) {}
        macro(CONTAINS_OP) = _SPECIALIZE_CONTAINS_OP + _CONTAINS_OP;
        inst(CHECK_EG_MATCH, (exc_value_st, match_type_st -- rest, match)) {}
        inst(CHECK_EXC_MATCH, (left, right -- left, b)) {}
         inst(IMPORT_NAME, (level, fromlist -- res)) {}
        inst(IMPORT_FROM, (from -- from, res)) {}
        tier1 inst(JUMP_FORWARD, (--)) {}
        family(JUMP_BACKWARD, 1) = {
            JUMP_BACKWARD_NO_JIT,
            JUMP_BACKWARD_JIT,
        };
        tier1 op(_SPECIALIZE_JUMP_BACKWARD, (--)) {}
        tier1 op(_JIT, (--)) {}
        macro(JUMP_BACKWARD) =
            unused/1 +
            _SPECIALIZE_JUMP_BACKWARD +
            _CHECK_PERIODIC +
            JUMP_BACKWARD_NO_INTERRUPT;
        pseudo(JUMP_IF_FALSE, (cond -- cond)) = [
            COPY, TO_BOOL, POP_JUMP_IF_FALSE,
        ];
        tier1 inst(ENTER_EXECUTOR, (--)) {}
        replaced op(_POP_JUMP_IF_FALSE, (cond -- )) {}
        replaced op(_POP_JUMP_IF_TRUE, (cond -- )) {}
        op(_IS_NONE, (value -- b)) {}
        macro(POP_JUMP_IF_TRUE) = unused/1 + _POP_JUMP_IF_TRUE;
        macro(POP_JUMP_IF_FALSE) = unused/1 + _POP_JUMP_IF_FALSE;
        macro(POP_JUMP_IF_NONE) = unused/1 + _IS_NONE + _POP_JUMP_IF_TRUE;
        macro(POP_JUMP_IF_NOT_NONE) = unused/1 + _IS_NONE + _POP_JUMP_IF_FALSE;
        tier1 inst(JUMP_BACKWARD_NO_INTERRUPT, (--)) {}
        inst(GET_LEN, (obj -- obj, len)) {}
        inst(MATCH_CLASS, (subject, type, names -- attrs)) {}
        inst(MATCH_MAPPING, (subject -- subject, res)) {}
        inst(MATCH_SEQUENCE, (subject -- subject, res)) {}
        inst(MATCH_KEYS, (subject, keys -- subject, keys, values_or_none)) {}
        inst(GET_ITER, (iterable -- iter)) {}
        inst(GET_YIELD_FROM_ITER, (iterable -- iter)) {}
        specializing op(_SPECIALIZE_FOR_ITER, (counter/1, iter -- iter)) {}
        replaced op(_FOR_ITER, (iter -- iter, next)) {}
        macro(FOR_ITER) = _SPECIALIZE_FOR_ITER + _FOR_ITER;
        op(_INSERT_NULL, (self -- method_and_self[2])) {}
        op(_LOAD_SPECIAL, (method_and_self[2] -- method_and_self[2])) {}
        macro(LOAD_SPECIAL) =
            _INSERT_NULL +
            _LOAD_SPECIAL;
        inst(WITH_EXCEPT_START, (exit_func, exit_self, lasti, unused, val -- exit_func, exit_self, lasti, unused, val, res)) {}
        pseudo(SETUP_FINALLY, (-- unused), (HAS_ARG)) = {
            NOP,
        };
        inst(PUSH_EXC_INFO, (exc -- prev_exc, new_exc)) {}
        specializing op(_SPECIALIZE_CALL, (counter/1, callable, self_or_null, unused[oparg] -- callable, self_or_null, unused[oparg])) {}
        op(_MAYBE_EXPAND_METHOD, (callable, self_or_null, unused[oparg] -- callable, self_or_null, unused[oparg])) {}
        op(_DO_CALL, (callable, self_or_null, args[oparg] -- res)) {}
        macro(CALL) = _SPECIALIZE_CALL + unused/2 + _MAYBE_EXPAND_METHOD + _DO_CALL + _CHECK_PERIODIC;
        op(_CHECK_PEP_523, (--)) {}
        op(_CHECK_METHOD_VERSION, (func_version/2, callable, null, unused[oparg] -- callable, null, unused[oparg])) {}
        op(_EXPAND_METHOD, (callable, self_or_null, unused[oparg] -- callable, self_or_null, unused[oparg])) {}
        op(_CHECK_RECURSION_REMAINING, (--)) {}
        op(_PY_FRAME_GENERAL, (callable, self_or_null, args[oparg] -- new_frame)) {}
        op(_SAVE_RETURN_OFFSET, (--)) {}
        op(_PUSH_FRAME, (new_frame -- )) {}
        macro(CALL_BOUND_METHOD_GENERAL) =
            unused/1 + // Skip over the counter
            _CHECK_PEP_523 +
            _CHECK_METHOD_VERSION +
            _EXPAND_METHOD +
            flush + // so that self is in the argument array
            _CHECK_RECURSION_REMAINING +
            _PY_FRAME_GENERAL +
            _SAVE_RETURN_OFFSET +
            _PUSH_FRAME;
        inst(EXIT_INIT_CHECK, (should_be_none -- )) {}
        op(_MAYBE_EXPAND_METHOD_KW, (callable, self_or_null, unused[oparg], unused -- callable, self_or_null, unused[oparg], unused)) {}
        op(_DO_CALL_KW, (callable, self_or_null, args[oparg], kwnames -- res)) {}
        specializing op(_SPECIALIZE_CALL_KW, (counter/1, callable, self_or_null, unused[oparg], unused -- callable, self_or_null, unused[oparg], unused)) {}
        macro(CALL_KW) =
            _SPECIALIZE_CALL_KW +
            unused/2 +
            _MAYBE_EXPAND_METHOD_KW +
            _DO_CALL_KW;
        op(_MAKE_CALLARGS_A_TUPLE, (func, unused, callargs, kwargs -- func, unused, callargs, kwargs)) {}
        op(_DO_CALL_FUNCTION_EX, (func_st, null, callargs_st, kwargs_st -- result)) {}
        macro(CALL_FUNCTION_EX) =
            _MAKE_CALLARGS_A_TUPLE +
            _DO_CALL_FUNCTION_EX +
            _CHECK_PERIODIC;
        inst(MAKE_FUNCTION, (codeobj_st -- func)) {}
        inst(SET_FUNCTION_ATTRIBUTE, (attr_st, func_in -- func_out)) {}
        inst(RETURN_GENERATOR, (-- res)) {}
        inst(BUILD_SLICE, (args[oparg] -- slice)) {}
        inst(CONVERT_VALUE, (value -- result)) {}
        inst(FORMAT_SIMPLE, (value -- res)) {}
        inst(FORMAT_WITH_SPEC, (value, fmt_spec -- res)) {}
        pure replicate(1:4) inst(COPY, (bottom, unused[oparg-1] -- bottom, unused[oparg-1], top)) {}
        specializing op(_SPECIALIZE_BINARY_OP, (counter/1, lhs, rhs -- lhs, rhs)) {}
        op(_BINARY_OP, (lhs, rhs -- res)) {}
        macro(BINARY_OP) = _SPECIALIZE_BINARY_OP + unused/4 + _BINARY_OP;
        pure replicate(2:4) inst(SWAP, (bottom, unused[oparg-2], top --
                    bottom, unused[oparg-2], top)) {
            _PyStackRef temp = bottom;
            bottom = top;
            top = temp;
        }
        tier1 inst(EXTENDED_ARG, ( -- )) {}
        tier1 inst(CACHE, (--)) {
            assert(0 && "Executing a cache.");
            Py_FatalError("Executing a cache.");
        }
        tier1 inst(RESERVED, (--)) {}
        op (_GUARD_IS_TRUE_POP, (flag -- )) {}
        label(pop_1_error) {
            stack_pointer -= 1;
            goto error;
        }
        spilled label(exit_unwind) {
            goto error;
        }
// END BYTECODES //
