package dev.pyc2c.bytecode.marshal;

import dev.pyc2c.bytecode.DeepStack;
import dev.pyc2c.bytecode.PycFormatException;
import dev.pyc2c.bytecode.PycFormatException.Kind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the marshal format (version 4, as CPython 3.11-3.13 write it, and version 5, as 3.14 writes it,
 * which adds {@code slice} objects; the older type codes that CPython still reads are accepted too)
 * into {@link PyObject}s.
 *
 * <p>Every problem is a {@link PycFormatException} naming the input and the byte offset: an unknown
 * type code, data cut short, a dangling or premature reference, a size that cannot fit in what remains
 * of the input (checked before anything is allocated), nesting deeper than CPython allows, a string
 * that is not UTF-8, or a code object whose fields have the wrong types.
 */
public final class MarshalReader {
    /** CPython's {@code MAX_MARSHAL_STACK_DEPTH}. */
    public static final int MAX_DEPTH = 2000;

    private static final int FLAG_REF = 0x80;
    private static final Pattern FLOAT_TEXT = Pattern.compile(
            "[+-]?(?:(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|(?i:inf|infinity|nan))");

    /** What {@link #read} returns: the object, the offset just after it, and its layout. */
    public record Result(PyObject value, int end, MarshalLayout layout) {
    }

    private final byte[] data;
    private final int limit;
    private final String source;
    private int pos;
    private int depth;
    /** Objects registered by FLAG_REF, in index order; {@code null} while an object is being read. */
    private final List<PyObject> refs = new ArrayList<>();
    private final Map<PyObject, Boolean> shared = new IdentityHashMap<>();
    private final Map<PyBytes, Long> dataOffsets = new IdentityHashMap<>();

    private MarshalReader(byte[] data, int start, int limit, String source) {
        this.data = data;
        this.pos = start;
        this.limit = limit;
        this.source = source;
    }

    /**
     * Reads one object from {@code data[start..]}.
     *
     * @param source names the input in error messages (a file path)
     * @throws PycFormatException if the data is not a valid marshal stream
     */
    public static Result read(byte[] data, int start, String source) {
        if (start < 0 || start > data.length) {
            throw new IllegalArgumentException("start " + start + " outside data of length " + data.length);
        }
        MarshalReader r = new MarshalReader(data, start, data.length, source);
        PyObject value = DeepStack.run("marshal reader", r::readObject);
        if (value == null) {
            throw r.error(start, "the stream holds a NULL object (type code '0') where an object was expected");
        }
        return new Result(value, r.pos, new MarshalLayout(r.shared, r.dataOffsets));
    }

    private PycFormatException error(long offset, String detail) {
        return new PycFormatException(Kind.CORRUPT, source, offset, detail);
    }

    private int remaining() {
        return limit - pos;
    }

    private void need(int n, String what) {
        if (n > remaining()) {
            throw error(pos, "the data ends inside " + what + " (" + n + " bytes needed, "
                    + remaining() + " left)");
        }
    }

    private int u8(String what) {
        need(1, what);
        return data[pos++] & 0xFF;
    }

    private int i32(String what) {
        need(4, what);
        int v = data[pos] & 0xFF | (data[pos + 1] & 0xFF) << 8 | (data[pos + 2] & 0xFF) << 16
                | (data[pos + 3] & 0xFF) << 24;
        pos += 4;
        return v;
    }

    private long i64(String what) {
        need(8, what);
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = v << 8 | data[pos + i] & 0xFF;
        }
        pos += 8;
        return v;
    }

    /**
     * A declared size, checked before anything is allocated: not negative, and no larger than what is
     * left of the input when each of its units takes at least {@code minBytesEach} bytes.
     */
    private int size(int n, int minBytesEach, int at, String what) {
        if (n < 0) {
            throw error(at, what + " declares a negative size (" + n + ")");
        }
        if ((long) n * minBytesEach > remaining()) {
            throw error(at, what + " declares size " + n + " but only " + remaining() + " bytes are left");
        }
        return n;
    }

    private int reserve(boolean flag) {
        if (!flag) {
            return -1;
        }
        refs.add(null);
        return refs.size() - 1;
    }

    private <T extends PyObject> T register(T o, boolean flag, int reserved) {
        if (flag) {
            if (reserved >= 0) {
                refs.set(reserved, o);
            } else {
                refs.add(o);
            }
            shared.put(o, Boolean.TRUE);
        }
        return o;
    }

    /** Reads one object; returns null for TYPE_NULL. */
    private PyObject readObject() {
        int start = pos;
        int code = u8("an object's type code");
        if (++depth > MAX_DEPTH) {
            throw error(start, "objects are nested more than " + MAX_DEPTH + " levels deep");
        }
        boolean flag = (code & FLAG_REF) != 0;
        int type = code & ~FLAG_REF;
        PyObject result;
        switch (type) {
            case '0' -> result = null;
            case 'N' -> result = PyNone.NONE;
            case 'F' -> result = PyBool.FALSE;
            case 'T' -> result = PyBool.TRUE;
            case 'S' -> result = PyStopIteration.STOP_ITERATION;
            case '.' -> result = PyEllipsis.ELLIPSIS;
            case 'i' -> result = register(PyInt.of(i32("an int")), flag, -1);
            case 'I' -> result = register(PyInt.of(i64("a 64-bit int")), flag, -1);
            case 'l' -> result = register(readLong(start), flag, -1);
            case 'f' -> result = register(PyFloat.of(readFloatText("a float")), flag, -1);
            case 'g' -> result = register(new PyFloat(i64("a float")), flag, -1);
            case 'x' -> {
                double re = readFloatText("a complex");
                double im = readFloatText("a complex");
                result = register(PyComplex.of(re, im), flag, -1);
            }
            case 'y' -> {
                long re = i64("a complex");
                long im = i64("a complex");
                result = register(new PyComplex(re, im), flag, -1);
            }
            case 's' -> {
                int n = size(i32("a bytes size"), 1, start, "a bytes object");
                PyBytes b = PyBytes.of(data, pos, n);
                dataOffsets.put(b, (long) pos);
                pos += n;
                result = register(b, flag, -1);
            }
            case 'a', 'A' -> result = register(readLatin1(size(i32("a string size"), 1, start, "a string"),
                    type == 'A'), flag, -1);
            case 'z', 'Z' -> result = register(readLatin1(size(u8("a string size"), 1, start, "a string"),
                    type == 'Z'), flag, -1);
            case 'u', 't' -> {
                int n = size(i32("a string size"), 1, start, "a string");
                PyStr s;
                try {
                    s = PyStr.fromUtf8SurrogatePass(data, pos, n, type == 't');
                } catch (IllegalArgumentException e) {
                    throw error(pos, "a string is not valid UTF-8: " + e.getMessage());
                }
                pos += n;
                result = register(s, flag, -1);
            }
            case ')' -> result = readTuple(size(u8("a tuple size"), 1, start, "a tuple"), flag);
            case '(' -> result = readTuple(size(i32("a tuple size"), 1, start, "a tuple"), flag);
            case '[' -> {
                int n = size(i32("a list size"), 1, start, "a list");
                int idx = reserve(flag);
                result = register(new PyList(readItems(n, "list")), flag, idx);
            }
            case '<', '>' -> {
                int n = size(i32("a set size"), 1, start, "a set");
                int idx = reserve(flag);
                List<PyObject> items = readItems(n, "set");
                result = register(type == '<' ? new PySet(items) : new PyFrozenSet(items), flag, idx);
            }
            case '{' -> {
                int idx = reserve(flag);
                List<PyDict.Entry> entries = new ArrayList<>();
                while (true) {
                    PyObject key = readObject();
                    if (key == null) {
                        break;
                    }
                    int valueAt = pos;
                    PyObject value = readObject();
                    if (value == null) {
                        throw error(valueAt, "a dict value is NULL");
                    }
                    entries.add(new PyDict.Entry(key, value));
                }
                result = register(new PyDict(entries), flag, idx);
            }
            case ':' -> {
                int idx = reserve(flag);
                PyObject[] parts = new PyObject[3];
                for (int i = 0; i < 3; i++) {
                    int at = pos;
                    parts[i] = readObject();
                    if (parts[i] == null) {
                        throw error(at, "a slice holds a NULL object");
                    }
                }
                result = register(new PySlice(parts[0], parts[1], parts[2]), flag, idx);
            }
            case 'c' -> result = readCode(flag, start);
            case 'r' -> {
                int n = i32("a reference");
                if (n < 0 || n >= refs.size()) {
                    throw error(start, "reference to object #" + Integer.toUnsignedString(n) + ", but only "
                            + refs.size() + " objects were marked for reference so far");
                }
                result = refs.get(n);
                if (result == null) {
                    throw error(start, "reference to object #" + n + ", which is still being read");
                }
            }
            default -> throw error(start, String.format("unknown marshal type code 0x%02x%s", code,
                    type >= 0x20 && type < 0x7F ? " ('" + (char) type + "')" : ""));
        }
        depth--;
        return result;
    }

    private PyTuple readTuple(int n, boolean flag) {
        int idx = reserve(flag);
        return register(new PyTuple(readItems(n, "tuple")), flag, idx);
    }

    private List<PyObject> readItems(int n, String container) {
        List<PyObject> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int at = pos;
            PyObject item = readObject();
            if (item == null) {
                throw error(at, "a " + container + " holds a NULL object");
            }
            items.add(item);
        }
        return items;
    }

    private PyStr readLatin1(int n, boolean interned) {
        PyStr s = PyStr.fromLatin1(data, pos, n, interned);
        pos += n;
        return s;
    }

    /** TYPE_LONG: a signed count of 15-bit digits, least significant first. */
    private PyInt readLong(int start) {
        int n = i32("an int's digit count");
        if (n == 0) {
            return PyInt.of(0);
        }
        if (n == Integer.MIN_VALUE) {
            throw error(start, "an int declares an impossible digit count");
        }
        int digits = size(Math.abs(n), 2, start, "an int");
        int[] ds = new int[digits];
        for (int i = 0; i < digits; i++) {
            int d = data[pos] & 0xFF | (data[pos + 1] & 0xFF) << 8;
            if (d > 0x7FFF) {
                throw error(pos, "an int digit is out of range (" + d + ")");
            }
            ds[i] = d;
            pos += 2;
        }
        if (ds[digits - 1] == 0) {
            throw error(pos - 2, "an int is not normalized (its top digit is zero)");
        }
        BigInteger value = BigInteger.ZERO;
        for (int i = digits - 1; i >= 0; i--) {
            value = value.shiftLeft(15).or(BigInteger.valueOf(ds[i]));
        }
        return new PyInt(n < 0 ? value.negate() : value);
    }

    /** TYPE_FLOAT / TYPE_COMPLEX parts: a length byte and the repr text. */
    private double readFloatText(String what) {
        int at = pos;
        int n = u8(what);
        need(n, what);
        String text = new String(data, pos, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        pos += n;
        if (!FLOAT_TEXT.matcher(text).matches()) {
            throw error(at, what + " is stored as text that is not a number: \"" + text + "\"");
        }
        String t = text.toLowerCase(java.util.Locale.ROOT);
        boolean neg = t.startsWith("-");
        String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        if (body.startsWith("inf")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return neg ? Double.longBitsToDouble(0xFFF8000000000000L) : Double.NaN;
        }
        return Double.parseDouble(text);
    }

    private PyCode readCode(boolean flag, int start) {
        int idx = reserve(flag);
        int argcount = i32("a code object");
        int posonly = i32("a code object");
        int kwonly = i32("a code object");
        int stacksize = i32("a code object");
        int flags = i32("a code object");
        PyBytes code = field(PyBytes.class, "co_code");
        PyTuple consts = field(PyTuple.class, "co_consts");
        PyTuple names = field(PyTuple.class, "co_names");
        PyTuple localsplusnames = field(PyTuple.class, "co_localsplusnames");
        PyBytes localspluskinds = field(PyBytes.class, "co_localspluskinds");
        PyStr filename = field(PyStr.class, "co_filename");
        PyStr name = field(PyStr.class, "co_name");
        PyStr qualname = field(PyStr.class, "co_qualname");
        int firstlineno = i32("a code object");
        PyBytes linetable = field(PyBytes.class, "co_linetable");
        PyBytes exceptiontable = field(PyBytes.class, "co_exceptiontable");
        PyCode c;
        try {
            c = new PyCode(argcount, posonly, kwonly, stacksize, flags, code, consts, names, localsplusnames,
                    localspluskinds, filename, name, qualname, firstlineno, linetable, exceptiontable);
        } catch (IllegalArgumentException e) {
            throw error(start, "invalid code object: " + e.getMessage());
        }
        return register(c, flag, idx);
    }

    private <T extends PyObject> T field(Class<T> type, String name) {
        int at = pos;
        PyObject o = readObject();
        if (!type.isInstance(o)) {
            String expected = type == PyBytes.class ? "bytes" : type == PyTuple.class ? "tuple" : "str";
            throw error(at, "code object field " + name + " is " + (o == null ? "NULL" : "a " + o.typeName())
                    + ", not a " + expected);
        }
        return type.cast(o);
    }
}
