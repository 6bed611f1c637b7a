package dev.pyc2c.bytecode.marshal;

import dev.pyc2c.bytecode.DeepStack;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link PyObject}s in the marshal format, version 4 (version 5, CPython 3.14's, for a
 * {@link PySlice}, which only it has), choosing each type code as CPython 3.11-3.14 do (short or long
 * forms by size, ASCII or UTF-8 strings, interned or not), and setting
 * {@code FLAG_REF} where the {@link MarshalLayout} says the object carried it. An object written
 * with {@code FLAG_REF} is written again as a reference ({@code TYPE_REF}) wherever the same Java
 * object occurs later.
 *
 * <p>So a stream CPython wrote, read by {@link MarshalReader} and written here with its layout, comes
 * out byte for byte the same. Older encodings CPython no longer writes (text floats, 64-bit ints,
 * long-form short strings) are written in today's form.
 */
public final class MarshalWriter {
    private static final int FLAG_REF = 0x80;

    private final ByteArrayOutputStream out;
    private final MarshalLayout layout;
    private final Map<PyObject, Integer> written = new IdentityHashMap<>();

    private MarshalWriter(ByteArrayOutputStream out, MarshalLayout layout) {
        this.out = out;
        this.layout = layout;
    }

    public static byte[] write(PyObject o, MarshalLayout layout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(o, layout, out);
        return out.toByteArray();
    }

    public static void write(PyObject o, MarshalLayout layout, ByteArrayOutputStream out) {
        MarshalWriter w = new MarshalWriter(out, layout);
        DeepStack.run("marshal writer", () -> {
            w.writeObject(o);
            return null;
        });
    }

    private void i32(int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }

    private void i64(long v) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (v >>> (8 * i)));
        }
    }

    private void bytes(byte[] b) {
        out.write(b, 0, b.length);
    }

    /** Writes the type code, with FLAG_REF and a new reference index if the layout says so. */
    private void type(char code, PyObject o) {
        if (layout.isShared(o)) {
            written.put(o, written.size());
            out.write(code | FLAG_REF);
        } else {
            out.write(code);
        }
    }

    private void writeObject(PyObject o) {
        Integer ref = written.get(o);
        if (ref != null) {
            out.write('r');
            i32(ref);
            return;
        }
        if (o instanceof PyNone) {
            out.write('N');
        } else if (o instanceof PyBool b) {
            out.write(b.value() ? 'T' : 'F');
        } else if (o instanceof PyEllipsis) {
            out.write('.');
        } else if (o instanceof PyStopIteration) {
            out.write('S');
        } else if (o instanceof PyInt i) {
            if (i.fitsInt32()) {
                type('i', o);
                i32(i.value().intValue());
            } else {
                type('l', o);
                writeLongDigits(i.value());
            }
        } else if (o instanceof PyFloat f) {
            type('g', o);
            i64(f.bits());
        } else if (o instanceof PyComplex c) {
            type('y', o);
            i64(c.realBits());
            i64(c.imagBits());
        } else if (o instanceof PyBytes b) {
            type('s', o);
            i32(b.length());
            bytes(b.array());
        } else if (o instanceof PyStr s) {
            writeStr(s);
        } else if (o instanceof PyTuple t) {
            if (t.size() < 256) {
                type(')', o);
                out.write(t.size());
            } else {
                type('(', o);
                i32(t.size());
            }
            items(t.items());
        } else if (o instanceof PyList l) {
            type('[', o);
            i32(l.items().size());
            items(l.items());
        } else if (o instanceof PySet s) {
            type('<', o);
            i32(s.items().size());
            items(s.items());
        } else if (o instanceof PyFrozenSet s) {
            type('>', o);
            i32(s.items().size());
            items(s.items());
        } else if (o instanceof PyDict d) {
            type('{', o);
            for (PyDict.Entry e : d.entries()) {
                writeObject(e.key());
                writeObject(e.value());
            }
            out.write('0');
        } else if (o instanceof PySlice s) {
            type(':', o);
            writeObject(s.start());
            writeObject(s.stop());
            writeObject(s.step());
        } else if (o instanceof PyCode c) {
            type('c', o);
            i32(c.argcount());
            i32(c.posonlyargcount());
            i32(c.kwonlyargcount());
            i32(c.stacksize());
            i32(c.flags());
            writeObject(c.code());
            writeObject(c.consts());
            writeObject(c.names());
            writeObject(c.localsplusnames());
            writeObject(c.localspluskinds());
            writeObject(c.filename());
            writeObject(c.name());
            writeObject(c.qualname());
            i32(c.firstlineno());
            writeObject(c.linetable());
            writeObject(c.exceptiontable());
        } else {
            throw new AssertionError("unhandled " + o.getClass());
        }
    }

    private void items(List<PyObject> items) {
        for (PyObject item : items) {
            writeObject(item);
        }
    }

    private void writeStr(PyStr s) {
        byte[] utf8 = s.utf8();
        boolean interned = s.isInterned();
        if (s.isAscii()) {
            if (utf8.length < 256) {
                type(interned ? 'Z' : 'z', s);
                out.write(utf8.length);
            } else {
                type(interned ? 'A' : 'a', s);
                i32(utf8.length);
            }
        } else {
            type(interned ? 't' : 'u', s);
            i32(utf8.length);
        }
        bytes(utf8);
    }

    /** TYPE_LONG body: signed digit count, then 15-bit digits, least significant first. */
    private void writeLongDigits(BigInteger v) {
        BigInteger mag = v.abs();
        int n = (mag.bitLength() + 14) / 15;
        i32(v.signum() < 0 ? -n : n);
        for (int i = 0; i < n; i++) {
            int d = mag.shiftRight(15 * i).intValue() & 0x7FFF;
            out.write(d);
            out.write(d >>> 8);
        }
    }
}
