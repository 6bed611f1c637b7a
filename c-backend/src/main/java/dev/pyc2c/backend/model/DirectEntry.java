package dev.pyc2c.backend.model;

import java.util.Objects;

/**
 * A code object's own direct entry ({@code pyc2c_code.enter}, pyc2c.h): the runtime's
 * {@code pyc2c_enter_frame} with the code's counts as constants, so that its argument and local loops
 * unroll and its body is a direct call. Generated for hot bodies that calls may enter directly.
 *
 * @param cName the entry's C name
 * @param body the body's C name
 * @param argcount co_argcount: the positional arguments a direct call passes
 * @param nlocals co_nlocalsplus
 * @param cells whether it has cell or free variables
 * @param inlinesBody whether the body is inlined into the entry (a small body: gcc's {@code flatten}), which saves
 *        the body's own call, register saves and frame loads (about 20 instructions a call, callgrind) for a second
 *        copy of its machine code
 */
public record DirectEntry(String cName, String body, int argcount, int nlocals, boolean cells, boolean inlinesBody)
        implements OutputModelObject {

    public DirectEntry {
        Objects.requireNonNull(cName, "cName");
        Objects.requireNonNull(body, "body");
        if (argcount < 0 || nlocals < argcount) {
            throw new IllegalArgumentException("argcount " + argcount + ", nlocals " + nlocals);
        }
    }
}
