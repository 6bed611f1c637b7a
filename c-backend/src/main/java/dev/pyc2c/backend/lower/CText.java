package dev.pyc2c.backend.lower;

import java.nio.charset.StandardCharsets;

/** What the generator knows about C text: comments, string literals, identifiers. */
public final class CText {
    private CText() {
    }

    /**
     * Text made safe inside a C block comment: {@code * /} cannot end the comment early, {@code ??}
     * cannot form a trigraph, and control characters are shown as {@code \xNN}. Non-ASCII text is kept
     * (the generated file is UTF-8).
     */
    public static String comment(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                sb.append("* ");
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                sb.append("/ ");
            } else if (c == '?' && i + 1 < text.length() && text.charAt(i + 1) == '?') {
                sb.append("? ");
            } else if (c == '\t') {
                sb.append("    ");
            } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The contents of a C string literal holding {@code text} as UTF-8 (without the quotes). Bytes
     * outside printable ASCII become three-digit octal escapes, which never absorb a following digit.
     */
    public static String stringLiteral(String text) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c == '"' || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '?') {
                sb.append("\\?"); // never part of a trigraph
            } else if (c < 0x20 || c >= 0x7F) {
                sb.append(String.format("\\%03o", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    /** A C identifier part made from any text: letters, digits and underscores, at most {@code max} long. */
    public static String identifier(String text, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length() && sb.length() < max; i++) {
            char c = text.charAt(i);
            boolean ok = c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
            if (ok) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
                sb.append('_');
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '_') {
            sb.setLength(sb.length() - 1);
        }
        return sb.length() == 0 ? "code" : sb.toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Byte literals, {@code perLine} to a line: {@code 0xe3, 0x00, ...}. */
    public static java.util.List<String> byteLines(byte[] data, int perLine) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < data.length; i++) {
            int b = data[i] & 0xFF;
            sb.append('0').append('x').append(HEX[b >> 4]).append(HEX[b & 0xF]).append(',');
            if ((i + 1) % perLine == 0 || i == data.length - 1) {
                lines.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(' ');
            }
        }
        return lines;
    }

    /** A C expression of type int64_t for {@code value}, which must fit. */
    public static String int64Literal(java.math.BigInteger value) {
        long v = value.longValueExact();
        if (v == Long.MIN_VALUE) {
            return "(-INT64_C(9223372036854775807) - 1)";
        }
        return "INT64_C(" + v + ")";
    }

    /** An exact C literal of a finite double: hexadecimal, as C99 reads it back bit for bit. */
    public static String doubleLiteral(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not finite: " + value);
        }
        return Double.toHexString(value);
    }
}
