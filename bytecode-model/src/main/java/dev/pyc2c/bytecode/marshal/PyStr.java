package dev.pyc2c.bytecode.marshal;

import java.util.Arrays;
import java.util.Objects;

/**
 * A {@code str}: a sequence of Unicode code points, which may include lone surrogates, and whether
 * it is interned (marshal records that, and the compiler interns names and identifier-like constants).
 *
 * <p>The code points are kept as UTF-8 with surrogates encoded like any other code point (Python's
 * {@code "surrogatepass"}), which is exact: a Java {@code String} cannot tell the two code points
 * {@code "\ud800\udc00"} from the one code point {@code "\U00010000"}; this class can.
 */
public final class PyStr implements PyObject {
    private final byte[] utf8;
    private final boolean interned;
    private final int length;

    private PyStr(byte[] utf8, boolean interned) {
        this.utf8 = utf8;
        this.interned = interned;
        this.length = SurrogatePassUtf8.countCodePoints(utf8);
    }

    /** A non-interned string; surrogate pairs in {@code value} are one code point. */
    public static PyStr of(String value) {
        return new PyStr(SurrogatePassUtf8.encode(value), false);
    }

    /** An interned string; surrogate pairs in {@code value} are one code point. */
    public static PyStr interned(String value) {
        return new PyStr(SurrogatePassUtf8.encode(value), true);
    }

    /** A string of exactly these code points (each 0 to 0x10FFFF). */
    public static PyStr ofCodePoints(int[] codePoints, boolean interned) {
        return new PyStr(SurrogatePassUtf8.encodeCodePoints(codePoints), interned);
    }

    /**
     * The string that {@code utf8} encodes with surrogates allowed.
     *
     * @throws IllegalArgumentException if {@code utf8} is not valid UTF-8 (surrogates allowed)
     */
    public static PyStr fromUtf8SurrogatePass(byte[] utf8, int offset, int length, boolean interned) {
        byte[] copy = Arrays.copyOfRange(utf8, offset, offset + length);
        SurrogatePassUtf8.validate(copy);
        return new PyStr(copy, interned);
    }

    /** The string whose code points are the bytes given (as marshal's ASCII types are read: Latin-1). */
    public static PyStr fromLatin1(byte[] bytes, int offset, int length, boolean interned) {
        return new PyStr(SurrogatePassUtf8.encodeLatin1(bytes, offset, length), interned);
    }

    /** The string as Java text (a lone surrogate code point becomes a lone {@code char}). */
    public String value() {
        return SurrogatePassUtf8.decode(utf8);
    }

    /** The code points, in order. */
    public int[] codePoints() {
        return SurrogatePassUtf8.decodeCodePoints(utf8, length);
    }

    /** The number of code points ({@code len()} in Python). */
    public int length() {
        return length;
    }

    public boolean isInterned() {
        return interned;
    }

    /** True if every code point is below 128. */
    public boolean isAscii() {
        return length == utf8.length;
    }

    /** The string's UTF-8 encoding with surrogates allowed (Python's {@code encode("utf-8", "surrogatepass")}). */
    public byte[] utf8SurrogatePass() {
        return utf8.clone();
    }

    /** This string, interned or not. */
    public PyStr withInterned(boolean interned) {
        return interned == this.interned ? this : new PyStr(utf8, interned);
    }

    @Override
    public String typeName() {
        return "str";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr other && interned == other.interned && Arrays.equals(utf8, other.utf8);
    }

    /** True if both strings have the same code points, interned or not. */
    public boolean sameText(PyStr other) {
        return Arrays.equals(utf8, Objects.requireNonNull(other).utf8);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(utf8) * 31 + (interned ? 1 : 0);
    }

    @Override
    public String toString() {
        return Repr.of(this);
    }

    /** The encoded bytes themselves, for the writer of this package (never handed out). */
    byte[] utf8() {
        return utf8;
    }
}
