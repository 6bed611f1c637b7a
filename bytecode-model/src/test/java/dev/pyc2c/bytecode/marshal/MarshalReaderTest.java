package dev.pyc2c.bytecode.marshal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyc2c.bytecode.PycFormatException;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarshalReaderTest {

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof Character c) {
                out.write(c);
            } else if (p instanceof Integer i) {
                out.write(i);
            } else if (p instanceof String s) {
                out.writeBytes(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            } else if (p instanceof byte[] b) {
                out.writeBytes(b);
            }
        }
        return out.toByteArray();
    }

    private static byte[] i32(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }

    private static PycFormatException bad(byte[] data) {
        PycFormatException e = assertThrows(PycFormatException.class, () -> MarshalReader.read(data, 0, "in.bin"));
        assertTrue(e.getMessage().startsWith("in.bin: at byte " + e.offset() + ": "), e.getMessage());
        assertEquals(PycFormatException.Kind.CORRUPT, e.kind());
        return e;
    }

    @Test
    void readsScalars() {
        assertEquals(PyNone.NONE, MarshalReader.read(bytes('N'), 0, "x").value());
        assertEquals(PyInt.of(-2), MarshalReader.read(bytes('i', i32(-2)), 0, "x").value());
        assertEquals(PyInt.of(Long.MIN_VALUE), MarshalReader.read(bytes('I', 0, 0, 0, 0, 0, 0, 0, 0x80), 0, "x").value());
        // TYPE_LONG: -(2**30): two 15-bit digits 0, 1
        assertEquals(new PyInt(BigInteger.ONE.shiftLeft(30).negate()),
                MarshalReader.read(bytes('l', i32(-3), 0, 0, 0, 0, 1, 0), 0, "x").value());
        assertEquals(PyFloat.of(1.5), MarshalReader.read(bytes('f', 3, "1.5"), 0, "x").value());
        assertEquals(Double.NEGATIVE_INFINITY, ((PyFloat) MarshalReader.read(bytes('f', 4, "-inf"), 0, "x").value()).value());
        assertEquals(PyComplex.of(1, -2), MarshalReader.read(bytes('x', 1, "1", 2, "-2"), 0, "x").value());
        PyStr latin = (PyStr) MarshalReader.read(bytes('a', i32(2), 0xE9, 'x'), 0, "x").value();
        assertEquals("\u00e9x", latin.value());
        assertFalse(latin.isAscii());
    }

    @Test
    void readsContainers() {
        PyObject dict = MarshalReader.read(bytes('{', 'i', i32(1), 'N', ')', 0, 'T', '0'), 0, "x").value();
        assertEquals(new PyDict(List.of(new PyDict.Entry(PyInt.of(1), PyNone.NONE),
                new PyDict.Entry(PyTuple.EMPTY, PyBool.TRUE))), dict);
        assertEquals("{1: None, (): True}", dict.repr());
        PyObject list = MarshalReader.read(bytes('[', i32(2), 'T', 'F'), 0, "x").value();
        assertEquals(new PyList(List.of(PyBool.TRUE, PyBool.FALSE)), list);
        PyObject set = MarshalReader.read(bytes('<', i32(1), '.'), 0, "x").value();
        assertEquals(new PySet(List.of(PyEllipsis.ELLIPSIS)), set);
        assertEquals("{Ellipsis}", set.repr());
    }

    @Test
    void readsAndWritesSlicesOfMarshalVersion5() {
        // slice('a', None, -1), flagged: it takes reference index 0 before its parts are read, so the
        // shared string inside is reference 1 (as CPython 3.14 numbers them).
        byte[] data = bytes('[', i32(3), ':' | 0x80, 'z' | 0x80, 1, "a", 'N', 'i', i32(-1), 'r', i32(0), 'r', i32(1));
        MarshalReader.Result r = MarshalReader.read(data, 0, "x");
        PyList list = (PyList) r.value();
        PySlice slice = (PySlice) list.items().get(0);
        assertEquals(new PySlice(PyStr.of("a"), PyNone.NONE, PyInt.of(-1)), slice);
        assertSame(slice, list.items().get(1));
        assertSame(slice.start(), list.items().get(2));
        assertEquals("[slice('a', None, -1), slice('a', None, -1), 'a']", list.repr());
        assertEquals("slice", slice.typeName());
        assertArrayEquals(data, MarshalWriter.write(list, r.layout()));
        assertArrayEquals(bytes(':', 'N', 'N', 'i', i32(2)), MarshalWriter.write(
                new PySlice(PyNone.NONE, PyNone.NONE, PyInt.of(2)), MarshalLayout.none()));
        assertTrue(bad(bytes(':', 'N', '0', 'N')).getMessage().contains("a slice holds a NULL object"));
        assertEquals(3, bad(bytes(':', 'N', 'N')).offset(), "cut short after two of its parts");
    }

    @Test
    void aReferenceIsTheSameObjectAndIsWrittenAsAReference() {
        byte[] data = bytes(')', 2, 'z' | 0x80, 3, "abc", 'r', i32(0));
        MarshalReader.Result r = MarshalReader.read(data, 0, "x");
        PyTuple t = (PyTuple) r.value();
        assertSame(t.get(0), t.get(1));
        assertTrue(r.layout().isShared(t.get(0)));
        assertArrayEquals(data, MarshalWriter.write(t, r.layout()));
        // Without the layout, the shared string is written twice.
        assertArrayEquals(bytes(')', 2, 'z', 3, "abc", 'z', 3, "abc"), MarshalWriter.write(t, MarshalLayout.none()));
    }

    @Test
    void flaggedSingletonsTakeNoReferenceIndex() {
        // CPython ignores FLAG_REF on None: the string is reference 0.
        byte[] data = bytes(')', 3, 'N' | 0x80, 'z' | 0x80, 1, "s", 'r', i32(0));
        PyTuple t = (PyTuple) MarshalReader.read(data, 0, "x").value();
        assertSame(t.get(1), t.get(2));
    }

    @Test
    void stringsKeepLoneSurrogatesApartFromPairs() {
        PyStr pair = (PyStr) MarshalReader.read(bytes('u', i32(4), 0xF0, 0x90, 0x80, 0x80), 0, "x").value();
        PyStr two = (PyStr) MarshalReader.read(bytes('u', i32(6), 0xED, 0xA0, 0x80, 0xED, 0xB0, 0x80), 0, "x").value();
        assertEquals(1, pair.length());
        assertEquals(2, two.length());
        assertFalse(pair.equals(two));
        assertEquals(pair.value(), two.value(), "as Java text both are one surrogate pair");
        assertEquals("'\\U00010000'".length(), 12);
        assertEquals("'\\ud800\\udc00'", two.repr());
        assertEquals(PyStr.of("\ud800"), PyStr.ofCodePoints(new int[] {0xD800}, false));
        assertTrue(PyStr.interned("a").isInterned());
        assertFalse(PyStr.interned("a").equals(PyStr.of("a")));
        assertTrue(PyStr.interned("a").sameText(PyStr.of("a")));
    }

    @Test
    void corruptInputNamesTheOffset() {
        assertTrue(bad(new byte[0]).getMessage().contains("ends inside"));
        assertEquals(0, bad(bytes('q')).offset());
        assertTrue(bad(bytes('q')).getMessage().contains("unknown marshal type code 0x71 ('q')"));
        PycFormatException shortBytes = bad(bytes('s', i32(5), "ab"));
        assertEquals(0, shortBytes.offset());
        assertTrue(shortBytes.getMessage().contains("a bytes object declares size 5 but only 2 bytes are left"));
        assertEquals(1, bad(bytes('s', 1, 2)).offset(), "cut short inside the size");
        PycFormatException huge = bad(bytes('(', i32(0x7FFFFFFF), 'N'));
        assertTrue(huge.getMessage().contains("declares size 2147483647 but only 1 bytes are left"), huge.getMessage());
        assertTrue(bad(bytes('[', i32(-1))).getMessage().contains("negative size"));
        assertTrue(bad(bytes('r', i32(3))).getMessage().contains("reference to object #3"));
        assertTrue(bad(bytes(')' | 0x80, 1, 'r', i32(0))).getMessage().contains("still being read"));
        assertTrue(bad(bytes('l', i32(1), 0, 0)).getMessage().contains("not normalized"));
        assertTrue(bad(bytes('l', i32(1), 0xFF, 0xFF)).getMessage().contains("digit is out of range"));
        assertTrue(bad(bytes('l', i32(Integer.MIN_VALUE))).getMessage().contains("impossible digit count"));
        assertTrue(bad(bytes('u', i32(2), 0xC3, 0x28)).getMessage().contains("not valid UTF-8"));
        assertTrue(bad(bytes('f', 5, "1.2.3")).getMessage().contains("not a number"));
        assertTrue(bad(bytes('f', 9, "Infinity1")).getMessage().contains("not a number"));
        assertEquals(Double.POSITIVE_INFINITY, ((PyFloat) MarshalReader.read(bytes('f', 8, "Infinity"), 0, "x").value()).value());
        assertTrue(bad(bytes(')', 1, '0')).getMessage().contains("holds a NULL object"));
        assertTrue(bad(bytes('0')).getMessage().contains("NULL object"));
        assertTrue(bad(bytes('{', 'N', '0')).getMessage().contains("dict value is NULL"));
    }

    @Test
    void nestingIsLimitedAsInCPython() {
        byte[] ok = new byte[MarshalReader.MAX_DEPTH * 2];
        for (int i = 0; i < MarshalReader.MAX_DEPTH - 1; i++) {
            ok[2 * i] = ')';
            ok[2 * i + 1] = 1;
        }
        ok[2 * (MarshalReader.MAX_DEPTH - 1)] = 'N';
        byte[] exact = java.util.Arrays.copyOf(ok, 2 * MarshalReader.MAX_DEPTH - 1);
        PyObject deep = MarshalReader.read(exact, 0, "x").value();
        assertArrayEquals(exact, MarshalWriter.write(deep, MarshalLayout.none()));
        assertTrue(deep.repr().startsWith("(((("));
        assertEquals(deep, MarshalReader.read(exact, 0, "x").value());
        assertEquals(deep.hashCode(), MarshalReader.read(exact, 0, "x").value().hashCode());
        byte[] tooDeep = new byte[2 * MarshalReader.MAX_DEPTH + 1];
        for (int i = 0; i < MarshalReader.MAX_DEPTH; i++) {
            tooDeep[2 * i] = ')';
            tooDeep[2 * i + 1] = 1;
        }
        tooDeep[2 * MarshalReader.MAX_DEPTH] = 'N';
        assertTrue(bad(tooDeep).getMessage().contains("nested more than 2000 levels"));
    }

    @Test
    void codeObjectFieldsAreChecked() {
        byte[] code = bytes('c', i32(0), i32(0), i32(0), i32(0), i32(0), 'N');
        PycFormatException e = bad(code);
        assertEquals(21, e.offset());
        assertTrue(e.getMessage().contains("co_code is a NoneType, not a bytes"), e.getMessage());
    }
}
