package dev.pyc2c.bytecode.pyc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyc2c.bytecode.PycFormatException;
import dev.pyc2c.bytecode.PycFormatException.Kind;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.testing.Golden;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PycHeaderTest {

    private static byte[] fixture(PythonVersion v) throws IOException {
        return Files.readAllBytes(Golden.resources().resolve("fixtures/" + v + "/fixture.pyc"));
    }

    private static PycFormatException bad(byte[] data) {
        PycFormatException e = assertThrows(PycFormatException.class, () -> PycFile.parse(data, "mod.pyc"));
        assertTrue(e.getMessage().startsWith("mod.pyc: "), e.getMessage());
        return e;
    }

    private static byte[] withMagic(byte[] data, int magic) {
        byte[] b = data.clone();
        b[0] = (byte) magic;
        b[1] = (byte) (magic >> 8);
        return b;
    }

    @Test
    void headersRoundTrip() throws IOException {
        for (PythonVersion v : PythonVersion.values()) {
            byte[] data = fixture(v);
            PycFile pyc = PycFile.parse(data, "fixture.pyc");
            assertEquals(v, pyc.version());
            assertTrue(pyc.header() instanceof PycHeader.HashBased h && !h.checkSource());
            assertArrayEquals(Arrays.copyOf(data, 16), pyc.header().toBytes());
        }
        PycHeader t = new PycHeader.TimestampBased(PythonVersion.V3_12, 0xFFFF_FFFFL, 12);
        assertEquals(t, PycHeader.read(t.toBytes(), "x"));
        PycHeader h = new PycHeader.HashBased(PythonVersion.V3_13, true, 0x0123_4567_89AB_CDEFL);
        assertEquals(h, PycHeader.read(h.toBytes(), "x"));
        assertThrows(IllegalArgumentException.class, () -> new PycHeader.TimestampBased(PythonVersion.V3_11, -1, 0));
    }

    @Test
    void unsupportedVersionsAreNamed() throws IOException {
        byte[] data = fixture(PythonVersion.V3_12);
        PycFormatException e = bad(withMagic(data, 3439));
        assertEquals(Kind.UNSUPPORTED_VERSION, e.kind());
        assertTrue(e.getMessage().contains("written by Python 3.10 (magic number 3439)"), e.getMessage());
        assertTrue(e.getMessage().contains("CPython 3.11, 3.12, 3.13, 3.14:"), e.getMessage());
        assertTrue(bad(withMagic(data, 3510)).getMessage().contains("a pre-release of Python 3.12"));
        assertTrue(bad(withMagic(data, 3600)).getMessage().contains("a pre-release of Python 3.14"));
        PycFormatException newer = bad(withMagic(data, 3655));
        assertEquals(Kind.UNSUPPORTED_VERSION, newer.kind());
        assertTrue(newer.getMessage().contains("written by Python 3.15 (magic number 3655)"), newer.getMessage());
        assertTrue(bad(withMagic(data, 62211)).getMessage().contains("Python 1.x or 2.x"));
        PycFormatException unknown = bad(withMagic(data, 1234));
        assertEquals(Kind.CORRUPT, unknown.kind());
        assertTrue(unknown.getMessage().contains("magic number 1234 belongs to no known Python version"));
    }

    @Test
    void corruptHeaders() throws IOException {
        byte[] data = fixture(PythonVersion.V3_11);
        assertTrue(bad(new byte[0]).getMessage().contains("ends before the magic number"));
        assertTrue(bad("print('hello')\n".getBytes()).getMessage().contains("not a .pyc file"));
        assertTrue(bad(Arrays.copyOf(data, 10)).getMessage().contains("inside the 16-byte .pyc header"));
        assertTrue(bad(Arrays.copyOf(data, 16)).getMessage().contains("holds no code object"));
        byte[] flags = data.clone();
        flags[4] = 4;
        assertTrue(bad(flags).getMessage().contains("invalid .pyc flags 0x4"));
        flags[4] = 2;
        assertTrue(bad(flags).getMessage().contains("check_source without hash-based"));
        byte[] longer = Arrays.copyOf(data, data.length + 3);
        PycFormatException trailing = bad(longer);
        assertEquals(data.length, trailing.offset());
        assertTrue(trailing.getMessage().contains("3 unexpected bytes follow"));
        byte[] notCode = Arrays.copyOf(data, 17);
        notCode[16] = 'N';
        assertTrue(bad(notCode).getMessage().contains("holds a NoneType"));
        PycFormatException cut = bad(Arrays.copyOf(data, data.length - 1));
        assertEquals(Kind.CORRUPT, cut.kind());
        assertTrue(cut.getMessage().contains("ends inside"), cut.getMessage());
    }

    @Test
    void filesTooLargeToBeAPycAreRefusedUnread(@TempDir Path tmp) throws IOException {
        Path big = tmp.resolve("big.pyc");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(PycFile.MAX_SIZE + 1); // sparse
        }
        PycFormatException e = assertThrows(PycFormatException.class, () -> PycFile.read(big));
        assertTrue(e.getMessage().contains("too large to be a .pyc"));
        assertThrows(IOException.class, () -> PycFile.read(tmp.resolve("missing.pyc")));
    }
}
