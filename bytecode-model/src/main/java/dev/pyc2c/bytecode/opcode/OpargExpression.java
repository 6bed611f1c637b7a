package dev.pyc2c.bytecode.opcode;

import java.util.Objects;

/**
 * An integer expression in an instruction's oparg, as the stack-signature tables write array sizes,
 * conditions and stack effects: C's syntax and {@code int} arithmetic restricted to integer literals,
 * {@code oparg}, parentheses and the operators
 * <pre>
 *   ?:   ||   &amp;&amp;   |   ^   &amp;   == !=   &lt; &lt;= &gt; &gt;=   &lt;&lt; &gt;&gt;   + -   * / %   unary - + ! ~
 * </pre>
 * with C's precedence and associativity (a comparison or logical operator gives 0 or 1; {@code /} and
 * {@code %} truncate towards zero). Examples: {@code oparg}, {@code oparg*2}, {@code oparg&1},
 * {@code (oparg&4)==4}, {@code oparg>>8}, {@code -1+oparg}.
 *
 * <p>Immutable; {@link #parse} reads the text once, {@link #evaluate} is then cheap. Two expressions are
 * equal if their text is.
 */
public final class OpargExpression {
    private final String text;
    private final Node root;

    private OpargExpression(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /**
     * Reads an expression.
     *
     * @throws IllegalArgumentException if {@code text} is not an expression of the form above; the
     *     message names the text and the position of the problem
     */
    public static OpargExpression parse(String text) {
        Objects.requireNonNull(text, "text");
        Parser p = new Parser(text);
        Node root = p.parse();
        return new OpargExpression(text.strip(), root);
    }

    /** A constant expression. */
    public static OpargExpression constant(int value) {
        return new OpargExpression(Integer.toString(value), new Num(value));
    }

    /**
     * The value for this oparg.
     *
     * @throws ArithmeticException on a division or remainder by zero
     */
    public int evaluate(int oparg) {
        return root.eval(oparg);
    }

    /** True if the value is not 0 for this oparg (how a condition is read). */
    public boolean test(int oparg) {
        return evaluate(oparg) != 0;
    }

    /** True if the expression does not mention {@code oparg}. */
    public boolean isConstant() {
        return !root.usesOparg();
    }

    /** The expression as it was written (without surrounding blanks). */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpargExpression e && e.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    // ------------------------------------------------------------------------------------------

    private sealed interface Node permits Num, Oparg, Unary, Binary, Conditional {
        int eval(int oparg);

        boolean usesOparg();
    }

    private record Num(int value) implements Node {
        @Override
        public int eval(int oparg) {
            return value;
        }

        @Override
        public boolean usesOparg() {
            return false;
        }
    }

    private record Oparg() implements Node {
        @Override
        public int eval(int oparg) {
            return oparg;
        }

        @Override
        public boolean usesOparg() {
            return true;
        }
    }

    private record Unary(char op, Node operand) implements Node {
        @Override
        public int eval(int oparg) {
            int v = operand.eval(oparg);
            return switch (op) {
                case '-' -> -v;
                case '!' -> v == 0 ? 1 : 0;
                case '~' -> ~v;
                default -> throw new AssertionError(op);
            };
        }

        @Override
        public boolean usesOparg() {
            return operand.usesOparg();
        }
    }

    private record Binary(String op, Node left, Node right) implements Node {
        @Override
        public int eval(int oparg) {
            int a = left.eval(oparg);
            if (op.equals("&&")) {
                return a != 0 && right.eval(oparg) != 0 ? 1 : 0;
            }
            if (op.equals("||")) {
                return a != 0 || right.eval(oparg) != 0 ? 1 : 0;
            }
            int b = right.eval(oparg);
            return switch (op) {
                case "|" -> a | b;
                case "^" -> a ^ b;
                case "&" -> a & b;
                case "==" -> a == b ? 1 : 0;
                case "!=" -> a != b ? 1 : 0;
                case "<" -> a < b ? 1 : 0;
                case "<=" -> a <= b ? 1 : 0;
                case ">" -> a > b ? 1 : 0;
                case ">=" -> a >= b ? 1 : 0;
                case "<<" -> a << b;
                case ">>" -> a >> b;
                case "+" -> a + b;
                case "-" -> a - b;
                case "*" -> a * b;
                case "/" -> a / b;
                case "%" -> a % b;
                default -> throw new AssertionError(op);
            };
        }

        @Override
        public boolean usesOparg() {
            return left.usesOparg() || right.usesOparg();
        }
    }

    private record Conditional(Node condition, Node then, Node otherwise) implements Node {
        @Override
        public int eval(int oparg) {
            return condition.eval(oparg) != 0 ? then.eval(oparg) : otherwise.eval(oparg);
        }

        @Override
        public boolean usesOparg() {
            return condition.usesOparg() || then.usesOparg() || otherwise.usesOparg();
        }
    }

    /** Recursive descent over C's precedence levels, lowest first. */
    private static final class Parser {
        private static final String[][] LEVELS = {
            {"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<=", ">=", "<", ">"}, {"<<", ">>"},
            {"+", "-"}, {"*", "/", "%"}};
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Node parse() {
            skipBlanks();
            if (pos == text.length()) {
                throw error("empty expression");
            }
            Node n = conditional();
            skipBlanks();
            if (pos != text.length()) {
                throw error("unexpected '" + text.charAt(pos) + "'");
            }
            return n;
        }

        private Node conditional() {
            Node c = binary(0);
            if (accept("?")) {
                Node a = conditional();
                if (!accept(":")) {
                    throw error("expected ':'");
                }
                return new Conditional(c, a, conditional());
            }
            return c;
        }

        private Node binary(int level) {
            if (level == LEVELS.length) {
                return unary();
            }
            Node left = binary(level + 1);
            for (String op = operator(level); op != null; op = operator(level)) {
                left = new Binary(op, left, binary(level + 1));
            }
            return left;
        }

        /** Takes an operator of this level if one is next (not the first character of a longer one). */
        private String operator(int level) {
            skipBlanks();
            for (String op : LEVELS[level]) {
                if (!text.startsWith(op, pos)) {
                    continue;
                }
                String after = text.substring(pos + op.length());
                boolean longer = switch (op) {
                    case "|" -> after.startsWith("|");
                    case "&" -> after.startsWith("&");
                    case "<", ">" -> after.startsWith("=") || after.startsWith(op);
                    default -> false;
                };
                if (!longer) {
                    pos += op.length();
                    return op;
                }
            }
            return null;
        }

        private Node unary() {
            skipBlanks();
            if (pos == text.length()) {
                throw error("unexpected end");
            }
            char c = text.charAt(pos);
            if (c == '-' || c == '!' || c == '~' || c == '+') {
                pos++;
                Node operand = unary();
                return c == '+' ? operand : new Unary(c, operand);
            }
            if (c == '(') {
                pos++;
                Node n = conditional();
                if (!accept(")")) {
                    throw error("expected ')'");
                }
                return n;
            }
            if (Character.isDigit(c)) {
                int start = pos;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
                try {
                    return new Num(Integer.parseInt(text.substring(start, pos)));
                } catch (NumberFormatException e) {
                    pos = start;
                    throw error("integer out of range");
                }
            }
            if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                    pos++;
                }
                String name = text.substring(start, pos);
                if (name.equals("oparg")) {
                    return new Oparg();
                }
                pos = start;
                throw error("unknown name '" + name + "' (only oparg is allowed)");
            }
            throw error("unexpected '" + c + "'");
        }

        private boolean accept(String s) {
            skipBlanks();
            if (text.startsWith(s, pos)) {
                pos += s.length();
                return true;
            }
            return false;
        }

        private void skipBlanks() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("not an oparg expression: \"" + text + "\": " + what
                    + " at position " + pos);
        }
    }
}
