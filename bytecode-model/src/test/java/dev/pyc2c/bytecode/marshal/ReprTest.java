package dev.pyc2c.bytecode.marshal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.testing.Interpreters;
import dev.pyc2c.bytecode.testing.Python;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReprTest {

    @Test
    void floats() {
        assertEquals("1e+16", Repr.floatRepr(1e16, true));
        assertEquals("1000000000000000.0", Repr.floatRepr(1e15, true));
        assertEquals("1e-05", Repr.floatRepr(1e-5, true));
        assertEquals("0.0001", Repr.floatRepr(1e-4, true));
        assertEquals("5e-324", Repr.floatRepr(Double.MIN_VALUE, true));
        assertEquals("1.7976931348623157e+308", Repr.floatRepr(Double.MAX_VALUE, true));
        assertEquals("-0.0", Repr.floatRepr(-0.0, true));
        assertEquals("0.1", Repr.floatRepr(0.1, true));
        assertEquals("2", Repr.floatRepr(2.0, false));
        assertEquals("(-0-1j)", PyComplex.of(-0.0, -1).repr());
        assertEquals("-1j", PyComplex.of(0.0, -1).repr());
        assertEquals("(1+nanj)", PyComplex.of(1, Double.NaN).repr());
        assertEquals("(inf-infj)", PyComplex.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY).repr());
    }

    @Test
    void stringsAndBytes() {
        assertEquals("\"it's\"", PyStr.of("it's").repr());
        assertEquals("'a\"b\\'c'", PyStr.of("a\"b'c").repr());
        assertEquals("'\\x00\\x7f\\n\\t\\r\\\\'", PyStr.of("\0\u007f\n\t\r\\").repr());
        assertEquals("'\\x85\\xa0\\xad\\u2028\\u200b\\ufeff\\ue000\\U000e0001\\u0378\u00e9\ud83d\ude00'",
                PyStr.of("\u0085\u00a0\u00ad\u2028\u200b\ufeff\ue000\udb40\udc01\u0378\u00e9\ud83d\ude00").repr());
        assertEquals("b'\\x00\\xff\"'", PyBytes.of(new byte[] {0, -1, '"'}).repr());
        assertEquals("b\"'\"", PyBytes.of(new byte[] {'\''}).repr());
        assertEquals("(1,)", PyTuple.of(PyInt.of(1)).repr());
        assertEquals("frozenset()", new PyFrozenSet(List.of()).repr());
    }

    /** 20,000 random doubles (random bit patterns and random decimal magnitudes) against the interpreter's repr. */
    @Test
    void floatReprMatchesCPython(@TempDir Path tmp) throws Exception {
        Interpreters.Interpreter python = Interpreters.require(PythonVersion.V3_12);
        Random rnd = new Random(20261125);
        List<Long> bits = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            bits.add(rnd.nextLong());
            bits.add(Double.doubleToLongBits(Math.pow(10, rnd.nextInt(60) - 30) * rnd.nextInt(100000)));
        }
        Path input = tmp.resolve("bits.txt");
        Files.write(input, bits.stream().map(Long::toHexString).toList());
        String[] expected = Python.run(python, "-c", "import struct, sys\n"
                + "for h in open(sys.argv[1]).read().split():\n"
                + "    print(repr(struct.unpack('<d', int(h, 16).to_bytes(8, 'little'))[0]))\n",
                input.toString()).split("\n");
        assertEquals(bits.size(), expected.length);
        for (int i = 0; i < bits.size(); i++) {
            double d = Double.longBitsToDouble(bits.get(i));
            assertEquals(expected[i], Repr.floatRepr(d, true), "bits " + Long.toHexString(bits.get(i)));
        }
    }
}
