package dev.pyc2c.backend.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void splitsLikeDistutilsSplitQuoted() {
        assertEquals(List.of("gcc", "-shared", "-L/x", "-Wl,-rpath,/x"), CommandLine.split("  gcc -shared\t-L/x  -Wl,-rpath,/x "));
        assertEquals(List.of("/opt/my cc/bin/gcc", "-DX=a b"), CommandLine.split("'/opt/my cc/bin/gcc' \"-DX=a b\""));
        assertEquals(List.of("-DQ=\"q\"", "a b"), CommandLine.split("-DQ=\\\"q\\\" a\\ b"));
        assertEquals(List.of("-Dx=\"y\""), CommandLine.split("\"-Dx=\\\"y\\\"\""));
        assertEquals(List.of(), CommandLine.split("   "));
        assertEquals(List.of(""), CommandLine.split("''"));
    }

    @Test
    void rendersForAShell() {
        assertEquals("gcc -c 'a b.c' -o x.o '' 'it'\\''s'", CommandLine.render(List.of("gcc", "-c", "a b.c", "-o", "x.o", "", "it's")));
    }

    @Test
    void firstLineIsShortened() {
        assertEquals("pyenv: python3.12: command not found", CommandLine.firstLine("\n\npyenv: python3.12: command not found\n\nmore"));
        assertEquals(303, CommandLine.firstLine("x".repeat(1000)).length());
    }
}
