package dev.pyc2c.bytecode.marshal;

import java.io.ByteArrayOutputStream;

/**
 * UTF-8 with surrogate code points allowed (Python's {@code "surrogatepass"} error handler), which is
 * how marshal stores non-ASCII strings. The JDK's UTF-8 codec replaces surrogates, so it cannot be used.
 */
final class SurrogatePassUtf8 {
    private SurrogatePassUtf8() {
    }

    static byte[] encode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i); // a valid pair is one code point, a lone surrogate stays itself
            put(out, cp);
            i += Character.charCount(cp);
        }
        return out.toByteArray();
    }

    static byte[] encodeCodePoints(int[] codePoints) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(codePoints.length + 8);
        for (int cp : codePoints) {
            if (cp < 0 || cp > 0x10FFFF) {
                throw new IllegalArgumentException("not a code point: " + cp);
            }
            put(out, cp);
        }
        return out.toByteArray();
    }

    static byte[] encodeLatin1(byte[] bytes, int offset, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        for (int i = offset; i < offset + length; i++) {
            put(out, bytes[i] & 0xFF);
        }
        return out.toByteArray();
    }

    private static void put(ByteArrayOutputStream out, int cp) {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | cp >> 6);
            out.write(0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            out.write(0xE0 | cp >> 12);
            out.write(0x80 | cp >> 6 & 0x3F);
            out.write(0x80 | cp & 0x3F);
        } else {
            out.write(0xF0 | cp >> 18);
            out.write(0x80 | cp >> 12 & 0x3F);
            out.write(0x80 | cp >> 6 & 0x3F);
            out.write(0x80 | cp & 0x3F);
        }
    }

    /**
     * Checks that {@code b} is well-formed UTF-8 apart from surrogates being allowed.
     *
     * @throws IllegalArgumentException naming the index of the first bad byte
     */
    static void validate(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int n = sequenceLength(b, i);
            if (n < 0) {
                throw new IllegalArgumentException("invalid UTF-8 at string byte " + i);
            }
            i += n;
        }
    }

    /** Length of the well-formed sequence at {@code i}, or -1. */
    private static int sequenceLength(byte[] b, int i) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
            return 1;
        }
        int n;
        int min;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            min = 0x10000;
        } else {
            return -1;
        }
        if (i + n > b.length) {
            return -1;
        }
        int cp = c & (0x7F >> n);
        for (int k = 1; k < n; k++) {
            int cc = b[i + k] & 0xFF;
            if ((cc & 0xC0) != 0x80) {
                return -1;
            }
            cp = cp << 6 | cc & 0x3F;
        }
        return cp < min || cp > 0x10FFFF ? -1 : n;
    }

    /** Decodes a validated sequence at {@code i}; returns the code point. */
    private static int codePointAt(byte[] b, int i) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
            return c;
        }
        int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        int cp = c & (0x7F >> n);
        for (int k = 1; k < n; k++) {
            cp = cp << 6 | b[i + k] & 0x3F;
        }
        return cp;
    }

    private static int width(byte[] b, int i) {
        int c = b[i] & 0xFF;
        return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    }

    static int countCodePoints(byte[] b) {
        int count = 0;
        for (int i = 0; i < b.length; i += width(b, i)) {
            count++;
        }
        return count;
    }

    static String decode(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        for (int i = 0; i < b.length; i += width(b, i)) {
            sb.appendCodePoint(codePointAt(b, i));
        }
        return sb.toString();
    }

    static int[] decodeCodePoints(byte[] b, int count) {
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < b.length; i += width(b, i)) {
            out[k++] = codePointAt(b, i);
        }
        return out;
    }
}
