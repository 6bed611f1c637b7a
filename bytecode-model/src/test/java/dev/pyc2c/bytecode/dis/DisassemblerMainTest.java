package dev.pyc2c.bytecode.dis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyc2c.bytecode.testing.Golden;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisassemblerMainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return DisassemblerMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void disassemblesAFile() {
        Path pyc = Golden.resources().resolve("fixtures/3.12/fixture.pyc");
        assertEquals(0, run("--offsets", pyc.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Disassembly of <code object <module>, file \"fixture.py\", line 1>:"), text);
        assertTrue(text.contains("Disassembly of <code object scale, file \"fixture.py\", line 9>:"));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badFilesAreOneLineErrorsWithoutStackTraces(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.pyc");
        Files.write(bad, "not bytecode at all".getBytes(StandardCharsets.UTF_8));
        Path old = tmp.resolve("old.pyc");
        byte[] fixture = Files.readAllBytes(Golden.resources().resolve("fixtures/3.11/fixture.pyc"));
        fixture[0] = (byte) 3439;
        fixture[1] = (byte) (3439 >> 8);
        Files.write(old, fixture);
        assertEquals(1, run(bad.toString(), old.toString(), tmp.resolve("missing.pyc").toString()));
        String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(3, lines.length, String.join("\n", lines));
        assertTrue(lines[0].startsWith("error: " + bad + ": at byte 0: not a .pyc file"), lines[0]);
        assertTrue(lines[1].contains("written by Python 3.10"), lines[1]);
        assertTrue(lines[2].contains("missing.pyc: no such file"), lines[2]);
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("Exception"));
    }

    @Test
    void usage() {
        assertEquals(2, run());
        assertEquals(2, run("--bogus", "x.pyc"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --bogus"));
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage:"));
    }
}
