package dev.pyc2c.bytecode.pyc;

import dev.pyc2c.bytecode.PycFormatException;
import dev.pyc2c.bytecode.PycFormatException.Kind;
import dev.pyc2c.bytecode.PythonVersion;
import java.util.Objects;

/**
 * The 16-byte header of a {@code .pyc} (PEP 552): the magic number, which names the Python version,
 * a flags word, and then either the source's modification time and size or a hash of the source.
 */
public sealed interface PycHeader permits PycHeader.TimestampBased, PycHeader.HashBased {
    /** Bytes in a header. */
    int SIZE = 16;

    /** The Python version whose magic number the header starts with. */
    PythonVersion version();

    /**
     * A header that validates the {@code .pyc} by the source's modification time and size.
     *
     * @param mtime the source's modification time, seconds, as an unsigned 32-bit value
     * @param sourceSize the source's size in bytes, modulo 2^32
     */
    record TimestampBased(PythonVersion version, long mtime, long sourceSize) implements PycHeader {
        public TimestampBased {
            Objects.requireNonNull(version, "version");
            checkU32(mtime, "mtime");
            checkU32(sourceSize, "sourceSize");
        }
    }

    /**
     * A header that validates the {@code .pyc} by a SipHash of the source.
     *
     * @param checkSource whether the importer checks the hash against the source
     * @param sourceHash the 8 hash bytes, little-endian
     */
    record HashBased(PythonVersion version, boolean checkSource, long sourceHash) implements PycHeader {
        public HashBased {
            Objects.requireNonNull(version, "version");
        }
    }

    private static void checkU32(long v, String what) {
        if (v < 0 || v > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(what + " is not an unsigned 32-bit value: " + v);
        }
    }

    /**
     * Reads the header at the start of {@code data}.
     *
     * @param source names the file in error messages
     * @throws PycFormatException if the data is too short, its magic number is not a CPython one or
     *         is of an unsupported version, or its flags are invalid
     */
    static PycHeader read(byte[] data, String source) {
        if (data.length < 4) {
            throw new PycFormatException(Kind.CORRUPT, source, data.length,
                    "the file ends before the magic number (" + data.length + " bytes): it is not a .pyc");
        }
        int magic = u16(data, 0);
        if (data[2] != '\r' || data[3] != '\n') {
            throw new PycFormatException(Kind.CORRUPT, source, 0, String.format(
                    "not a .pyc file: it does not start with a magic number (first bytes %02x %02x %02x %02x)",
                    data[0], data[1], data[2], data[3]));
        }
        PythonVersion version = PythonVersion.fromMagic(magic).orElseThrow(() -> {
            String writer = PythonVersion.describeMagic(magic).orElse(null);
            if (writer == null) {
                return new PycFormatException(Kind.CORRUPT, source, 0, "not a CPython .pyc: magic number "
                        + magic + " belongs to no known Python version");
            }
            return new PycFormatException(Kind.UNSUPPORTED_VERSION, source, 0, "this .pyc was written by "
                    + writer + " (magic number " + magic + "); pyc2c reads the bytecode of CPython "
                    + PythonVersion.supportedList() + ": compile the source with one of those");
        });
        if (data.length < SIZE) {
            throw new PycFormatException(Kind.CORRUPT, source, data.length,
                    "the file ends inside the 16-byte .pyc header");
        }
        long flags = u32(data, 4);
        if ((flags & ~0b11L) != 0) {
            throw new PycFormatException(Kind.CORRUPT, source, 4, "invalid .pyc flags 0x" + Long.toHexString(flags));
        }
        if ((flags & 0b01) != 0) {
            return new HashBased(version, (flags & 0b10) != 0, u32(data, 8) | u32(data, 12) << 32);
        }
        if (flags != 0) {
            throw new PycFormatException(Kind.CORRUPT, source, 4,
                    "invalid .pyc flags 0x" + Long.toHexString(flags) + " (check_source without hash-based)");
        }
        return new TimestampBased(version, u32(data, 8), u32(data, 12));
    }

    /** The 16 header bytes. */
    default byte[] toBytes() {
        byte[] b = new byte[SIZE];
        int magic = version().magicNumber();
        b[0] = (byte) magic;
        b[1] = (byte) (magic >> 8);
        b[2] = '\r';
        b[3] = '\n';
        if (this instanceof HashBased h) {
            put32(b, 4, h.checkSource() ? 0b11 : 0b01);
            put32(b, 8, h.sourceHash());
            put32(b, 12, h.sourceHash() >>> 32);
        } else if (this instanceof TimestampBased t) {
            put32(b, 8, t.mtime());
            put32(b, 12, t.sourceSize());
        }
        return b;
    }

    private static int u16(byte[] b, int at) {
        return b[at] & 0xFF | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static void put32(byte[] b, int at, long v) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (v >>> (8 * i));
        }
    }
}
