package dev.pyc2c.bytecode.opcode;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One named stack input or output of an instruction, as CPython's {@code bytecodes.c} declares it: a
 * single value ({@code res}), an array whose size is an expression in the oparg ({@code args[oparg]}),
 * either of them perhaps only there under a condition on the oparg ({@code res2 if (oparg & 1)}).
 * The tables write these as {@code res}, {@code args[oparg]} and {@code res2?(oparg&1)}.
 *
 * @param name the name, a C identifier; {@code unused} names a slot whose value the instruction
 *     does not use
 * @param size the number of values of an array, or {@code null} for a single value
 * @param condition when the item is there (not 0), or {@code null} if it always is
 */
public record StackItem(String name, OpargExpression size, OpargExpression condition) {

    /** The name of items whose value the instruction does not use. */
    public static final String UNUSED = "unused";

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern TEXT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[([^\\]\\s]+)\\])?(?:\\?\\((.+)\\))?");

    public StackItem {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a stack item name: \"" + name + "\"");
        }
    }

    /** A single value that is always there. */
    public static StackItem single(String name) {
        return new StackItem(name, null, null);
    }

    /** An array of {@code size} values that is always there. */
    public static StackItem array(String name, OpargExpression size) {
        return new StackItem(name, Objects.requireNonNull(size, "size"), null);
    }

    /**
     * Reads an item in the tables' form: {@code name}, {@code name[SIZE]}, either followed by
     * {@code ?(COND)}.
     *
     * @throws IllegalArgumentException if the text is not of that form or an expression is malformed
     */
    public static StackItem parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a stack item: \"" + text + "\"");
        }
        return new StackItem(m.group(1), m.group(2) == null ? null : OpargExpression.parse(m.group(2)),
                m.group(3) == null ? null : OpargExpression.parse(m.group(3)));
    }

    /** True for an array ({@code args[oparg]}), whatever its size. */
    public boolean isArray() {
        return size != null;
    }

    /** True if the item is there only under a condition on the oparg. */
    public boolean isConditional() {
        return condition != null;
    }

    /** True if the instruction does not use the value (its name is {@value #UNUSED}). */
    public boolean isUnused() {
        return name.equals(UNUSED);
    }

    /**
     * The stack slots the item takes for this oparg: 0 if its condition is false, else 1 for a single
     * value and the size for an array. A size below 0, which only opargs the compiler never emits give
     * (e.g. {@code unused[oparg-2]} of {@code SWAP 0}), counts as 0.
     */
    public int count(int oparg) {
        if (condition != null && !condition.test(oparg)) {
            return 0;
        }
        return size == null ? 1 : Math.max(0, size.evaluate(oparg));
    }

    /** The item for this oparg, or empty if it takes no slot (condition false, or an empty array). */
    public Optional<ResolvedItem> resolve(int oparg) {
        int n = count(oparg);
        return n == 0 ? Optional.empty() : Optional.of(new ResolvedItem(name, n, isArray()));
    }

    /** The tables' form, which {@link #parse} reads. */
    @Override
    public String toString() {
        return name + (size == null ? "" : "[" + size + "]") + (condition == null ? "" : "?(" + condition + ")");
    }
}
