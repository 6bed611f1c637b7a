package dev.pyc2c.bytecode.marshal;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** A {@code bytes} object: co_code, line and exception tables, and bytes constants. */
public final class PyBytes implements PyObject {
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    private final byte[] bytes;

    private PyBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A {@code bytes} holding a copy of {@code bytes}. */
    public static PyBytes of(byte[] bytes) {
        return new PyBytes(bytes.clone());
    }

    /** A {@code bytes} holding a copy of {@code length} bytes of {@code bytes} from {@code offset}. */
    public static PyBytes of(byte[] bytes, int offset, int length) {
        return new PyBytes(Arrays.copyOfRange(bytes, offset, offset + length));
    }

    public int length() {
        return bytes.length;
    }

    /** The byte at {@code index}, 0-255. */
    public int get(int index) {
        return bytes[index] & 0xFF;
    }

    public byte[] toByteArray() {
        return bytes.clone();
    }

    public ByteBuffer asReadOnlyBuffer() {
        return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    }

    @Override
    public String typeName() {
        return "bytes";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBytes other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return Repr.of(this);
    }

    /** The array itself, for the reader and writer of this package (never handed out). */
    byte[] array() {
        return bytes;
    }
}
