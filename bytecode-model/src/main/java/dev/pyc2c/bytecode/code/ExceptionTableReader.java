package dev.pyc2c.bytecode.code;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes {@code co_exceptiontable} into entries with byte offsets, as {@code dis._parse_exception_table}
 * does: each entry is four numbers (start, length and target in code units; depth times two plus
 * lasti), each in 6-bit chunks, most significant first, bit 6 meaning another chunk follows.
 */
public final class ExceptionTableReader {
    private ExceptionTableReader() {
    }

    /** An entry with byte offsets: {@code start end target depth lasti}, as {@code dis} prints them. */
    public record RawEntry(int start, int end, int target, int depth, boolean lasti) {
    }

    /** A table that cannot be decoded, and where. */
    public static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int position;

        MalformedException(int position, String message) {
            super(message);
            this.position = position;
        }

        /** The index in {@code co_exceptiontable} of the byte where decoding failed. */
        public int position() {
            return position;
        }
    }

    public static List<RawEntry> read(byte[] table) throws MalformedException {
        List<RawEntry> out = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < table.length) {
            long start = varint(table, pos) * 2;
            long length = varint(table, pos) * 2;
            long target = varint(table, pos) * 2;
            long dl = varint(table, pos);
            long end = start + length;
            if (end > Integer.MAX_VALUE || target > Integer.MAX_VALUE) {
                throw new MalformedException(pos[0], "an exception-table entry has an absurd offset");
            }
            out.add(new RawEntry((int) start, (int) end, (int) target, (int) (dl >> 1), (dl & 1) != 0));
        }
        return out;
    }

    private static long varint(byte[] t, int[] pos) throws MalformedException {
        int at = pos[0];
        long value = 0;
        int chunks = 0;
        int b;
        do {
            if (pos[0] >= t.length) {
                throw new MalformedException(pos[0], "the exception table ends inside an entry");
            }
            if (++chunks > 5) {
                throw new MalformedException(at, "a number in the exception table is too long");
            }
            b = t[pos[0]++] & 0xFF;
            value = value << 6 | b & 63;
        } while ((b & 64) != 0);
        return value;
    }
}
