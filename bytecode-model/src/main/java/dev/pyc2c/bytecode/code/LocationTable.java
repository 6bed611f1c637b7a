package dev.pyc2c.bytecode.code;

import dev.pyc2c.bytecode.marshal.PyCode;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes {@code co_linetable}, the location table of CPython 3.11-3.14 (the format described in
 * CPython's {@code InternalDocs/locations.md}): a sequence of entries, each covering 1-8 code units
 * and giving their line, end line, column and end column in one of five encodings.
 */
public final class LocationTable {
    private LocationTable() {
    }

    /** A location table that cannot be decoded, and the index of the offending byte in it. */
    public static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int position;

        MalformedException(int position, String message) {
            super(message);
            this.position = position;
        }

        /** The index in {@code co_linetable} of the byte where decoding failed. */
        public int position() {
            return position;
        }
    }

    /**
     * The location of every code unit of {@code code}, index {@code i} for the unit at byte offset
     * {@code 2*i}. Units the table does not reach get {@link Location#NONE}, as in {@code co_positions()}.
     */
    public static List<Location> decode(PyCode code) throws MalformedException {
        byte[] t = code.linetable().toByteArray();
        Location[] out = new Location[code.codeUnits()];
        Arrays.fill(out, Location.NONE);
        Reader r = new Reader(t);
        int line = code.firstlineno();
        int unit = 0;
        while (r.pos < t.length) {
            int entryStart = r.pos;
            int first = r.u8();
            if ((first & 0x80) == 0) {
                throw new MalformedException(entryStart, "a location entry does not start with its marker bit");
            }
            int kind = first >> 3 & 15;
            int length = (first & 7) + 1;
            Location loc;
            if (kind == 15) {
                loc = Location.NONE;
            } else if (kind == 14) {
                line += r.svarint();
                int endLine = line + r.varint();
                int column = r.varint() - 1;
                int endColumn = r.varint() - 1;
                loc = new Location(line, endLine, column, endColumn);
            } else if (kind == 13) {
                line += r.svarint();
                loc = new Location(line, line, -1, -1);
            } else if (kind >= 10) {
                line += kind - 10;
                int column = r.u8();
                int endColumn = r.u8();
                loc = new Location(line, line, column, endColumn);
            } else {
                int second = r.u8();
                int column = kind << 3 | second >> 4;
                loc = new Location(line, line, column, column + (second & 15));
            }
            for (int k = 0; k < length && unit < out.length; k++) {
                out[unit++] = loc;
            }
        }
        return List.of(out);
    }

    private static final class Reader {
        private final byte[] t;
        private int pos;

        Reader(byte[] t) {
            this.t = t;
        }

        int u8() throws MalformedException {
            if (pos >= t.length) {
                throw new MalformedException(pos, "the location table ends inside an entry");
            }
            return t[pos++] & 0xFF;
        }

        /** 6-bit chunks, least significant first; bit 6 says another chunk follows. */
        int varint() throws MalformedException {
            int at = pos;
            int b = u8();
            int value = b & 63;
            int shift = 0;
            while ((b & 64) != 0) {
                shift += 6;
                if (shift > 30) {
                    throw new MalformedException(at, "a number in the location table is too long");
                }
                b = u8();
                value |= (b & 63) << shift;
            }
            return value;
        }

        int svarint() throws MalformedException {
            int u = varint();
            return (u & 1) != 0 ? -(u >>> 1) : u >>> 1;
        }
    }
}
