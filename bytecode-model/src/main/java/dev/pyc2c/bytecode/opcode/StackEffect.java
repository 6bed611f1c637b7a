package dev.pyc2c.bytecode.opcode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The net change in stack depth an instruction makes, as a linear formula in its oparg:
 * <pre>
 *   constant + perOparg*oparg + bit0*(oparg&amp;1) + bit1*((oparg&gt;&gt;1)&amp;1)
 *            + bit2*((oparg&gt;&gt;2)&amp;1) + bit3*((oparg&gt;&gt;3)&amp;1) + high*(oparg&gt;&gt;8)
 * </pre>
 * which is enough for every opcode of 3.11-3.14 ({@code BUILD_MAP} is {@code 1-2*oparg},
 * {@code MAKE_FUNCTION} subtracts one per flag bit, {@code UNPACK_EX} is {@code oparg-255*(oparg>>8)}).
 * The tables hold the formula as text, in the form {@link #toString()} prints and {@link #parse} reads.
 */
public record StackEffect(int constant, int perOparg, int bit0, int bit1, int bit2, int bit3, int high) {

    private static final String[] TERMS = {
        "(oparg&1)", "oparg", "((oparg>>1)&1)", "((oparg>>2)&1)", "((oparg>>3)&1)", "(oparg>>8)"};
    private static final Pattern TERM = Pattern.compile(
            "([+-]?)(?:(\\d+)\\*)?(\\(oparg&1\\)|\\(\\(oparg>>[123]\\)&1\\)|\\(oparg>>8\\)|oparg|\\d+)");

    public static StackEffect constant(int value) {
        return new StackEffect(value, 0, 0, 0, 0, 0, 0);
    }

    /** The effect for this oparg. */
    public int apply(int oparg) {
        return constant + perOparg * oparg + bit0 * (oparg & 1) + bit1 * ((oparg >> 1) & 1)
                + bit2 * ((oparg >> 2) & 1) + bit3 * ((oparg >> 3) & 1) + high * (oparg >> 8);
    }

    /** True if the effect does not depend on the oparg. */
    public boolean isConstant() {
        return perOparg == 0 && bit0 == 0 && bit1 == 0 && bit2 == 0 && bit3 == 0 && high == 0;
    }

    /**
     * Reads a formula such as {@code 1-2*oparg} or {@code -2+(oparg&1)}.
     *
     * @throws IllegalArgumentException if the text is not such a formula
     */
    public static StackEffect parse(String text) {
        int[] c = new int[7]; // constant, then the coefficients in TERMS order
        Matcher m = TERM.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at || m.end() == at) {
                throw new IllegalArgumentException("not a stack-effect formula: \"" + text + "\"");
            }
            if (at > 0 && m.group(1).isEmpty()) {
                throw new IllegalArgumentException("missing operator in stack-effect formula: \"" + text + "\"");
            }
            int sign = m.group(1).equals("-") ? -1 : 1;
            String term = m.group(3);
            if (term.chars().allMatch(Character::isDigit)) {
                if (m.group(2) != null) {
                    throw new IllegalArgumentException("not a stack-effect formula: \"" + text + "\"");
                }
                c[0] += sign * Integer.parseInt(term);
            } else {
                int factor = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                int index = java.util.Arrays.asList(TERMS).indexOf(term);
                c[1 + index] += sign * factor;
            }
            at = m.end();
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty stack-effect formula");
        }
        return new StackEffect(c[0], c[2], c[1], c[3], c[4], c[5], c[6]);
    }

    /** The formula in the tables' form: the constant first, then the terms in a fixed order. */
    @Override
    public String toString() {
        int[] coeff = {bit0, perOparg, bit1, bit2, bit3, high};
        StringBuilder sb = new StringBuilder();
        if (constant != 0 || isConstant()) {
            sb.append(constant);
        }
        for (int i = 0; i < TERMS.length; i++) {
            int k = coeff[i];
            if (k == 0) {
                continue;
            }
            if (k == 1) {
                sb.append('+');
            } else if (k == -1) {
                sb.append('-');
            } else {
                sb.append(k > 0 ? "+" : "-").append(Math.abs(k)).append('*');
            }
            sb.append(TERMS[i]);
        }
        return sb.charAt(0) == '+' ? sb.substring(1) : sb.toString();
    }
}
