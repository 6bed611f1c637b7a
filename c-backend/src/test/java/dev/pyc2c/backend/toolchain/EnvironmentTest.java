package dev.pyc2c.backend.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyc2c.backend.testing.Pythons;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentTest {
    @TempDir
    Path tmp;

    @Test
    void findsExecutablesOnPathInOrderAndSkipsNonExecutables() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(a.resolve("tool"), "not executable");
        Pythons.script(b.resolve("tool"), "exit 0");
        Pythons.script(a.resolve("other"), "exit 0");
        Files.createDirectories(a.resolve("dir-not-file"));
        Environment env = Environment.of(Map.of("PATH", a + "::" + b), tmp.resolve("home"));
        assertEquals(Optional.of(b.resolve("tool")), env.findExecutable("tool"));
        assertEquals(Optional.of(a.resolve("other")), env.findExecutable("other"));
        assertEquals(Optional.empty(), env.findExecutable("dir-not-file"));
        assertEquals(Optional.empty(), env.findExecutable("missing"));
        assertEquals(Optional.empty(), env.findExecutable(""));
        assertEquals(Optional.of(b.resolve("tool")), env.findExecutable(b.resolve("tool").toString()));
        assertEquals(Optional.empty(), env.findExecutable(a.resolve("tool").toString()));
    }

    @Test
    void expandsHomeAndDefaultsPyenvRoot() {
        Path home = tmp.resolve("home");
        Environment env = Environment.of(Map.of(), home);
        assertEquals(home.resolve(".pyenv"), env.pyenvRoot());
        assertEquals(Optional.of(home.resolve("bin/python")), env.expand("~/bin/python"));
        assertTrue(env.isPathLike("~/x"));
        assertTrue(env.isPathLike("./python"));
        assertFalse(env.isPathLike("python3.12"));
        assertEquals(Path.of("/opt/pyenv"), env.with("PYENV_ROOT", "/opt/pyenv").pyenvRoot());
        assertEquals(home.resolve(".pyenv"), env.with("PYENV_ROOT", "  ").pyenvRoot(), "blank counts as unset");
    }

    @Test
    void windowsLookupUsesPathextAndCaseInsensitiveNames() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("win"));
        Pythons.script(dir.resolve("py.exe"), "exit 0");
        Environment env = new Environment(Map.of("Path", dir.toString(), "PATHEXT", ".COM;.EXE"), tmp, true);
        assertEquals(Optional.of(dir.resolve("py.exe")), env.findExecutable("py"));
        assertEquals(Optional.of(dir.resolve("py.exe")), env.findExecutable("py.exe"));
        assertEquals(Optional.of(dir.toString()), env.variable("PATH"));
        assertEquals(Optional.of("x"), env.with("PATH", "x").variable("path"));
        assertTrue(env.isPathLike("C:\\Python312\\python.exe"));
    }

    @Test
    void withAndWithoutLeaveTheOriginalAlone() {
        Environment env = Environment.of(Map.of("CC", "gcc"), tmp);
        assertEquals(Optional.of("clang"), env.with("CC", "clang").variable("CC"));
        assertEquals(Optional.empty(), env.without("CC").variable("CC"));
        assertEquals(Optional.of("gcc"), env.variable("CC"));
    }
}
