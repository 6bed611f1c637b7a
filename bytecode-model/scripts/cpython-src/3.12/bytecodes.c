// Declarations of the base instructions of CPython 3.12's Python/bytecodes.c, transcribed with
// empty bodies from a 3.12-branch version of python/cpython's file (which commit is not known; the
// generator checks every signature against 3.12.1's dis.stack_effect). END_FOR is the macro that
// file defines (two POP_TOPs). Copyright (c) Python Software Foundation; see ../LICENSE.
// It has KW_NAMES and CALL_INTRINSIC_1, so gen_stack_signatures.py takes it for 3.12.

// BEGIN BYTECODES //
        inst(NOP, (--)) {}
        inst(RESUME, (--)) {}
        inst(LOAD_CLOSURE, (-- value)) {}
        inst(LOAD_FAST_CHECK, (-- value)) {}
        inst(LOAD_FAST, (-- value)) {}
        inst(LOAD_FAST_AND_CLEAR, (-- value)) {}
        inst(LOAD_CONST, (-- value)) {}
        inst(STORE_FAST, (value --)) {}
        inst(POP_TOP, (value --)) {}
        inst(PUSH_NULL, (-- res)) {}
        macro(END_FOR) = POP_TOP + POP_TOP;
        inst(END_SEND, (receiver, value -- value)) {}
        inst(UNARY_NEGATIVE, (value -- res)) {}
        inst(UNARY_NOT, (value -- res)) {}
        inst(UNARY_INVERT, (value -- res)) {}
        family(binary_subscr, INLINE_CACHE_ENTRIES_BINARY_SUBSCR) = {
            BINARY_SUBSCR,
        };
        inst(BINARY_SUBSCR, (unused/1, container, sub -- res)) {}
        inst(BINARY_SLICE, (container, start, stop -- res)) {}
        inst(STORE_SLICE, (v, container, start, stop -- )) {}
        inst(LIST_APPEND, (list, unused[oparg-1], v -- list, unused[oparg-1])) {}
        inst(SET_ADD, (set, unused[oparg-1], v -- set, unused[oparg-1])) {}
        inst(STORE_SUBSCR, (counter/1, v, container, sub -- )) {}
        inst(DELETE_SUBSCR, (container, sub --)) {}
        inst(CALL_INTRINSIC_1, (value -- res)) {}
        inst(CALL_INTRINSIC_2, (value2, value1 -- res)) {}
        inst(RAISE_VARARGS, (args[oparg] -- )) {}
        inst(INTERPRETER_EXIT, (retval --)) {}
        inst(RETURN_VALUE, (retval --)) {}
        inst(RETURN_CONST, (--)) {}
        inst(GET_AITER, (obj -- iter)) {}
        inst(GET_ANEXT, (aiter -- aiter, awaitable)) {}
        inst(GET_AWAITABLE, (iterable -- iter)) {}
        inst(SEND, (unused/1, receiver, v -- receiver, retval)) {}
        inst(YIELD_VALUE, (retval -- unused)) {}
        inst(POP_EXCEPT, (exc_value -- )) {}
        inst(RERAISE, (values[oparg], exc -- values[oparg])) {}
        inst(END_ASYNC_FOR, (awaitable, exc -- )) {}
        inst(CLEANUP_THROW, (sub_iter, last_sent_val, exc_value -- none, value)) {}
        inst(LOAD_ASSERTION_ERROR, ( -- value)) {}
        inst(LOAD_BUILD_CLASS, ( -- bc)) {}
        inst(STORE_NAME, (v -- )) {}
        inst(DELETE_NAME, (--)) {}
        inst(UNPACK_SEQUENCE, (unused/1, seq -- unused[oparg])) {}
        inst(UNPACK_EX, (seq -- unused[oparg & 0xFF], unused, unused[oparg >> 8])) {}
        inst(STORE_ATTR, (counter/1, unused/3, v, owner --)) {}
        inst(DELETE_ATTR, (owner --)) {}
        inst(STORE_GLOBAL, (v --)) {}
        inst(DELETE_GLOBAL, (--)) {}
        inst(LOAD_LOCALS, ( -- locals)) {}
        inst(LOAD_FROM_DICT_OR_GLOBALS, (mod_or_class_dict -- v)) {}
        inst(LOAD_NAME, (-- v)) {}
        inst(LOAD_GLOBAL, (unused/1, unused/1, unused/1, unused/1 -- null if (oparg & 1), v)) {}
        inst(DELETE_FAST, (--)) {}
        inst(MAKE_CELL, (--)) {}
        inst(DELETE_DEREF, (--)) {}
        inst(LOAD_FROM_DICT_OR_DEREF, (class_dict -- value)) {}
        inst(LOAD_DEREF, ( -- value)) {}
        inst(STORE_DEREF, (v --)) {}
        inst(COPY_FREE_VARS, (--)) {}
        inst(BUILD_STRING, (pieces[oparg] -- str)) {}
        inst(BUILD_TUPLE, (values[oparg] -- tup)) {}
        inst(BUILD_LIST, (values[oparg] -- list)) {}
        inst(LIST_EXTEND, (list, unused[oparg-1], iterable -- list, unused[oparg-1])) {}
        inst(SET_UPDATE, (set, unused[oparg-1], iterable -- set, unused[oparg-1])) {}
        inst(BUILD_SET, (values[oparg] -- set)) {}
        inst(BUILD_MAP, (values[oparg*2] -- map)) {}
        inst(SETUP_ANNOTATIONS, (--)) {}
        inst(BUILD_CONST_KEY_MAP, (values[oparg], keys -- map)) {}
        inst(DICT_UPDATE, (update --)) {}
        inst(DICT_MERGE, (update --)) {}
        inst(MAP_ADD, (key, value --)) {}
        inst(LOAD_SUPER_ATTR, (unused/1, global_super, class, self -- res2 if (oparg & 1), res)) {}
        inst(LOAD_ATTR, (unused/9, owner -- res2 if (oparg & 1), res)) {}
        inst(COMPARE_OP, (unused/1, left, right -- res)) {}
        inst(IS_OP, (left, right -- b)) {}
        inst(CONTAINS_OP, (left, right -- b)) {}
        inst(CHECK_EG_MATCH, (exc_value, match_type -- rest, match)) {}
        inst(CHECK_EXC_MATCH, (left, right -- left, b)) {}
        inst(IMPORT_NAME, (level, fromlist -- res)) {}
        inst(IMPORT_FROM, (from -- from, res)) {}
        inst(JUMP_FORWARD, (--)) {}
        inst(JUMP_BACKWARD, (--)) {}
        inst(POP_JUMP_IF_FALSE, (cond -- )) {}
        inst(POP_JUMP_IF_TRUE, (cond -- )) {}
        inst(POP_JUMP_IF_NOT_NONE, (value -- )) {}
        inst(POP_JUMP_IF_NONE, (value -- )) {}
        inst(JUMP_BACKWARD_NO_INTERRUPT, (--)) {}
        inst(GET_LEN, (obj -- obj, len_o)) {}
        inst(MATCH_CLASS, (subject, type, names -- attrs)) {}
        inst(MATCH_MAPPING, (subject -- subject, res)) {}
        inst(MATCH_SEQUENCE, (subject -- subject, res)) {}
        inst(MATCH_KEYS, (subject, keys -- subject, keys, values_or_none)) {}
        inst(GET_ITER, (iterable -- iter)) {}
        inst(GET_YIELD_FROM_ITER, (iterable -- iter)) {}
        inst(FOR_ITER, (unused/1, iter -- iter, next)) {}
        inst(BEFORE_ASYNC_WITH, (mgr -- exit, res)) {}
        inst(BEFORE_WITH, (mgr -- exit, res)) {}
        inst(WITH_EXCEPT_START, (exit_func, lasti, unused, val -- exit_func, lasti, unused, val, res)) {}
        inst(PUSH_EXC_INFO, (new_exc -- prev_exc, new_exc)) {}
        inst(KW_NAMES, (--)) {}
        inst(CALL, (unused/1, unused/2, method, callable, args[oparg] -- res)) {}
        inst(CALL_FUNCTION_EX, (unused, func, callargs, kwargs if (oparg & 1) -- result)) {}
        inst(MAKE_FUNCTION, (defaults    if (oparg & 0x01),
                             kwdefaults  if (oparg & 0x02),
                             annotations if (oparg & 0x04),
                             closure     if (oparg & 0x08),
                             codeobj -- func)) {}
        inst(RETURN_GENERATOR, (--)) {}
        inst(BUILD_SLICE, (start, stop, step if (oparg == 3) -- slice)) {}
        inst(FORMAT_VALUE, (value, fmt_spec if ((oparg & FVS_MASK) == FVS_HAVE_SPEC) -- result)) {}
        inst(COPY, (bottom, unused[oparg-1] -- bottom, unused[oparg-1], top)) {}
        inst(BINARY_OP, (unused/1, lhs, rhs -- res)) {}
        inst(SWAP, (bottom, unused[oparg-2], top --
                    top, unused[oparg-2], bottom)) {}
        inst(EXTENDED_ARG, ( -- )) {}
        inst(CACHE, (--)) {}
        inst(RESERVED, (--)) {}
// END BYTECODES //
