package dev.pyc2c.backend.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyc2c.backend.testing.Pythons;
import dev.pyc2c.bytecode.PythonVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PythonInterpreterTest {
    @TempDir
    Path tmp;

    /** A made-up interpreter that answers the probe as {@code interpreter_probe.py} would. */
    static Path fakeInterpreter(Path file, String version, String implementation) throws IOException {
        return Pythons.script(file, "printf 'pyc2c-probe\\nexecutable=%s\\nversion=" + version
                + "\\nimplementation=" + implementation + "\\ncache_tag=" + implementation + "-3x\\n' \"$0\"");
    }

    private Environment env() {
        return Environment.of(Map.of("PATH", tmp.toString()), tmp);
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void probesARealInterpreter(PythonVersion v) {
        PythonInterpreter found = Pythons.require(v);
        PythonInterpreter p = PythonInterpreter.probe(found.executable());
        assertEquals(v, p.version());
        assertEquals(v.cacheTag(), p.cacheTag());
        assertTrue(p.fullVersion().startsWith(v + "."), p.fullVersion());
        String real = Pythons.python(p, Map.of(), "-c", "import sys, platform; print(sys.executable);"
                + " print(platform.python_version())");
        assertEquals(p.executable() + "\n" + p.fullVersion() + "\n", real);
        assertEquals("CPython " + p.fullVersion() + " (" + p.executable() + ")", p.toString());
    }

    @Test
    void anUnsupportedVersionIsNamedWithTheSupportedOnes() throws IOException {
        Path old = fakeInterpreter(tmp.resolve("python3.10"), "3.10.13", "cpython");
        ToolchainException e = assertThrows(ToolchainException.class,
                () -> PythonInterpreter.probe(List.of(old.toString()), env()));
        assertEquals(ToolchainException.Kind.UNSUPPORTED_VERSION, e.kind());
        assertEquals(old + " is Python 3.10.13, which pyc2c does not support: it compiles for CPython "
                + PythonVersion.supportedList() + ". Install one of those (e.g. pyenv install 3.12) and name it,"
                + " by version (3.12) or path.", e.getMessage());
        Path future = fakeInterpreter(tmp.resolve("python3.15"), "3.15.0", "cpython");
        assertEquals(ToolchainException.Kind.UNSUPPORTED_VERSION, assertThrows(ToolchainException.class,
                () -> PythonInterpreter.probe(List.of(future.toString()), env())).kind());
    }

    @Test
    void anotherImplementationIsRefused() throws IOException {
        Path pypy = fakeInterpreter(tmp.resolve("pypy3"), "3.11.9", "pypy");
        ToolchainException e = assertThrows(ToolchainException.class,
                () -> PythonInterpreter.probe(List.of(pypy.toString()), env()));
        assertEquals(ToolchainException.Kind.NOT_CPYTHON, e.kind());
        assertTrue(e.getMessage().startsWith(pypy + " is pypy 3.11.9, not CPython"), e.getMessage());
    }

    @Test
    void aFailingOrStrangeProgramIsNotAnInterpreter() throws IOException {
        Path shim = Pythons.script(tmp.resolve("python3.12"),
                "echo 'pyenv: python3.12: command not found' >&2; exit 127");
        ToolchainException e = assertThrows(ToolchainException.class,
                () -> PythonInterpreter.probe(List.of(shim.toString()), env()));
        assertEquals(ToolchainException.Kind.INTERPRETER_FAILED, e.kind());
        assertEquals(shim + " does not run: it exited with status 127 (pyenv: python3.12: command not found).",
                e.getMessage());

        Path echo = Pythons.script(tmp.resolve("echo"), "echo hello");
        e = assertThrows(ToolchainException.class, () -> PythonInterpreter.probe(List.of(echo.toString()), env()));
        assertEquals(ToolchainException.Kind.INTERPRETER_FAILED, e.kind());
        assertTrue(e.getMessage().startsWith(echo + " does not answer like a Python interpreter (it printed: hello)"),
                e.getMessage());

        Path missing = tmp.resolve("nothing-here");
        e = assertThrows(ToolchainException.class, () -> PythonInterpreter.probe(List.of(missing.toString()), env()));
        assertEquals(ToolchainException.Kind.INTERPRETER_FAILED, e.kind());
        assertTrue(e.getMessage().startsWith(missing + " cannot be run: "), e.getMessage());
    }
}
