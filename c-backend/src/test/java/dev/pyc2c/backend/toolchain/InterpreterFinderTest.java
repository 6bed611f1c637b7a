package dev.pyc2c.backend.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyc2c.backend.testing.Pythons;
import dev.pyc2c.bytecode.PythonVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Finding interpreters: on this machine (by version and by path, for each supported version), and
 * in made-up directories (a fake PATH, a fake pyenv root, fake home, fake Windows) whose "interpreters"
 * are shell scripts that run the real ones, fail like a pyenv shim, or pretend to be another version.
 */
class InterpreterFinderTest {
    @TempDir
    Path tmp;
    Path bin;
    Path pyenv;

    @BeforeEach
    void dirs() throws IOException {
        bin = Files.createDirectories(tmp.resolve("bin"));
        pyenv = Files.createDirectories(tmp.resolve("pyenv"));
    }

    private Environment env() {
        return Environment.of(Map.of("PATH", bin.toString(), "PYENV_ROOT", pyenv.toString()), tmp.resolve("home"));
    }

    /** A script at {@code file} that runs the real interpreter of {@code v} (and logs that it was run to {@code log}). */
    private static Path wrapper(Path file, PythonVersion v, Path log) throws IOException {
        String logging = log == null ? "" : "echo " + file.getParent().getParent().getFileName() + " >> '" + log + "'\n";
        return Pythons.script(file, logging + "exec '" + Pythons.require(v).executable() + "' \"$@\"");
    }

    private static Path failingShim(Path file) throws IOException {
        String name = file.getFileName().toString();
        return Pythons.script(file, "echo 'pyenv: " + name + ": command not found' >&2; exit 127");
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void findsEachVersionOnThisMachineByVersionAndByPath(PythonVersion v) {
        PythonInterpreter expected = Pythons.require(v);
        InterpreterFinder finder = InterpreterFinder.system();
        assertEquals(expected, finder.find(expected.executable().toString()));
        if (expected.fromMaven()) {
            // the tests' interpreters come from Maven Central; by version, a local one comes first if there is one
            assertEquals(expected, finder.find("maven:" + v));
            assertEquals(expected.artifact(), finder.find("maven:" + v).artifact());
            assertEquals(v, finder.find(v.toString()).version());
        } else if (System.getProperty("pyc2c.pythons", "").isBlank()) {
            assertEquals(expected, finder.find(v.toString()));
        } else {
            PythonInterpreter byVersion = finder.find(v.toString());
            assertEquals(v, byVersion.version());
        }
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void findsEachVersionInAPyenvRootAndOnPath(PythonVersion v) throws IOException {
        PythonInterpreter real = Pythons.require(v);
        wrapper(pyenv.resolve("versions/" + v + ".99/bin/python"), v, null);
        assertEquals(real, InterpreterFinder.of(env()).find(v.toString()));
        assertEquals(real, InterpreterFinder.of(env()).find(" " + v + " "));
        Files.delete(pyenv.resolve("versions/" + v + ".99/bin/python"));
        wrapper(bin.resolve("python" + v), v, null);
        assertEquals(real, InterpreterFinder.of(env()).find(v.toString()));
        assertEquals(real, InterpreterFinder.of(env()).find("python" + v));
        assertEquals(real, InterpreterFinder.of(env()).find(bin.resolve("python" + v).toString()));
    }

    @Test
    void aFailingShimOnPathIsPassedOver() throws IOException {
        Path shim = failingShim(bin.resolve("python3.12"));
        wrapper(pyenv.resolve("versions/3.12.1/bin/python"), PythonVersion.V3_12, null);
        assertEquals(Pythons.require(PythonVersion.V3_12), InterpreterFinder.of(env()).find("3.12"));

        ToolchainException e = assertThrows(ToolchainException.class, () -> InterpreterFinder.of(env()).find("python3.12"));
        assertEquals(ToolchainException.Kind.INTERPRETER_FAILED, e.kind());
        assertEquals("'python3.12' on PATH: " + shim + " does not run: it exited with status 127 (pyenv: python3.12:"
                + " command not found). Give the version (3.12) instead to also search pyenv, or give the"
                + " interpreter's path.", e.getMessage());
    }

    @Test
    void pyenvVersionsAreTriedNewestFirst() throws IOException {
        Path log = tmp.resolve("log");
        for (String dir : List.of("3.12.2", "3.12.9", "3.12.10", "3.12.10t", "3.12-dev", "3.13.0")) {
            wrapper(pyenv.resolve("versions/" + dir + "/bin/python"), PythonVersion.V3_12, log);
        }
        assertEquals(Pythons.require(PythonVersion.V3_12), InterpreterFinder.of(env()).find("3.12"));
        assertEquals("3.12.10\n", Files.readString(log));
    }

    @Test
    void aCandidateOfAnotherVersionIsPassedOverAndReported() throws IOException {
        Path shim = failingShim(bin.resolve("python3.12"));
        Path wrong = wrapper(pyenv.resolve("versions/3.12.5/bin/python"), PythonVersion.V3_13, null);
        Path old = PythonInterpreterTest.fakeInterpreter(pyenv.resolve("versions/3.12.4/bin/python"), "3.10.1", "cpython");
        Files.createDirectories(pyenv.resolve("versions/3.12.3"));
        ToolchainException e = assertThrows(ToolchainException.class, () -> InterpreterFinder.of(env()).find("3.12"));
        assertEquals(ToolchainException.Kind.INTERPRETER_NOT_FOUND, e.kind());
        assertEquals("no CPython 3.12 found. Tried: python3.12 on PATH (" + shim + "): does not run: it exited with"
                + " status 127 (pyenv: python3.12: command not found); " + wrong + ": is "
                + Pythons.require(PythonVersion.V3_13).fullVersion() + "; " + old + ": is Python 3.10.1, which pyc2c"
                + " does not support: it compiles for CPython 3.11, 3.12, 3.13, 3.14; " + pyenv.resolve("versions/3.12.3")
                + ": no bin/python in it. Install CPython 3.12 with its headers (e.g. pyenv install 3.12, or your"
                + " system's python3.12 and python3.12-dev packages), or give the interpreter's path.", e.getMessage());
    }

    @Test
    void nothingFoundSaysWhatWasTriedAndWhatToDo() {
        ToolchainException e = assertThrows(ToolchainException.class, () -> InterpreterFinder.of(env()).find("3.13"));
        assertEquals(ToolchainException.Kind.INTERPRETER_NOT_FOUND, e.kind());
        assertEquals("no CPython 3.13 found. Tried: python3.13 on PATH: not found; " + pyenv.resolve("versions/3.13.*")
                + ": none. Install CPython 3.13 with its headers (e.g. pyenv install 3.13, or your system's python3.13"
                + " and python3.13-dev packages), or give the interpreter's path.", e.getMessage());

        e = assertThrows(ToolchainException.class, () -> InterpreterFinder.of(env()).find("python3.13"));
        assertEquals(ToolchainException.Kind.INTERPRETER_NOT_FOUND, e.kind());
        assertEquals("no 'python3.13' found on PATH. Give the version (3.13) to also search pyenv ("
                + pyenv.resolve("versions") + "), or give the interpreter's path.", e.getMessage());

        e = assertThrows(ToolchainException.class, () -> InterpreterFinder.of(env()).find(null));
        assertEquals("no 'python3' found on PATH. Give the interpreter's path, or a version such as 3.12.", e.getMessage());
    }

    @Test
    void anUnsupportedOrMalformedVersionIsRefusedAtOnce() {
        ToolchainException e = assertThrows(ToolchainException.class, () -> InterpreterFinder.of(env()).find("3.10"));
        assertEquals(ToolchainException.Kind.UNSUPPORTED_VERSION, e.kind());
        assertEquals("Python 3.10 is not supported: pyc2c compiles for CPython 3.11, 3.12, 3.13, 3.14.", e.getMessage());
        assertEquals(ToolchainException.Kind.UNSUPPORTED_VERSION, assertThrows(ToolchainException.class,
                () -> InterpreterFinder.of(env()).find("2.7")).kind());
        e = assertThrows(ToolchainException.class, () -> InterpreterFinder.of(env()).find("3"));
        assertEquals(ToolchainException.Kind.INVALID_INPUT, e.kind());
        assertEquals("'3' is not a Python version: give major.minor (e.g. 3.12), a name on PATH (python3.12) or a path.",
                e.getMessage());
    }

    @Test
    void anUnsupportedInterpreterByPathIsRefused() throws IOException {
        Path old = PythonInterpreterTest.fakeInterpreter(bin.resolve("python3.10"), "3.10.13", "cpython");
        ToolchainException e = assertThrows(ToolchainException.class, () -> InterpreterFinder.of(env()).find(old.toString()));
        assertEquals(ToolchainException.Kind.UNSUPPORTED_VERSION, e.kind());
        assertTrue(e.getMessage().startsWith(old + " is Python 3.10.13, which pyc2c does not support: it compiles for"
                + " CPython 3.11, 3.12, 3.13, 3.14."), e.getMessage());
        assertEquals(ToolchainException.Kind.UNSUPPORTED_VERSION,
                assertThrows(ToolchainException.class, () -> InterpreterFinder.of(env()).find("python3.10")).kind());
    }

    @Test
    void badPathsAreReportedClearly() throws IOException {
        InterpreterFinder f = InterpreterFinder.of(env());
        Path missing = tmp.resolve("no/python3");
        ToolchainException e = assertThrows(ToolchainException.class, () -> f.find(missing.toString()));
        assertEquals(ToolchainException.Kind.INTERPRETER_NOT_FOUND, e.kind());
        assertEquals("Python interpreter " + missing + " does not exist. Give the path of an installed interpreter,"
                + " a name on PATH (python3.12) or a version (3.12).", e.getMessage());
        e = assertThrows(ToolchainException.class, () -> f.find(bin.toString()));
        assertEquals(ToolchainException.Kind.INVALID_INPUT, e.kind());
        assertEquals(bin + " is a directory, not a Python interpreter. Give the interpreter itself, e.g. "
                + bin.resolve("bin/python3") + ".", e.getMessage());
        Path text = Files.writeString(bin.resolve("python"), "print('hi')");
        e = assertThrows(ToolchainException.class, () -> f.find(text.toString()));
        assertEquals(ToolchainException.Kind.INTERPRETER_FAILED, e.kind());
        assertEquals(text + " is not executable. Give the path of a Python interpreter (or make it executable).",
                e.getMessage());
    }

    @Test
    void homeIsExpandedAndTheDefaultIsPython3() throws IOException {
        PythonInterpreter real = Pythons.require(PythonVersion.V3_11);
        wrapper(tmp.resolve("home/venv/bin/python"), PythonVersion.V3_11, null);
        assertEquals(real, InterpreterFinder.of(env()).find("~/venv/bin/python"));
        wrapper(bin.resolve("python3"), PythonVersion.V3_11, null);
        assertEquals(real, InterpreterFinder.of(env()).find(null));
        assertEquals(real, InterpreterFinder.of(env()).find("  "));
        assertEquals(real, InterpreterFinder.of(env()).find(InterpreterFinder.DEFAULT_SPEC));
    }

    @Test
    void listsOfSpecs() throws IOException {
        for (PythonVersion v : PythonVersion.values()) {
            Pythons.require(v);
        }
        wrapper(pyenv.resolve("versions/3.11.0/bin/python"), PythonVersion.V3_11, null);
        wrapper(pyenv.resolve("versions/3.12.0/bin/python"), PythonVersion.V3_12, null);
        wrapper(pyenv.resolve("versions/3.13.0/bin/python"), PythonVersion.V3_13, null);
        Path p312 = Pythons.require(PythonVersion.V3_12).executable();
        InterpreterFinder f = InterpreterFinder.of(env());
        assertEquals(List.of(Pythons.require(PythonVersion.V3_13), Pythons.require(PythonVersion.V3_12),
                Pythons.require(PythonVersion.V3_11)), f.findAll("3.13, " + p312 + ",,3.11"));
        ToolchainException e = assertThrows(ToolchainException.class, () -> f.findAll("3.11," + p312 + ",3.12"));
        assertEquals(ToolchainException.Kind.INVALID_INPUT, e.kind());
        assertTrue(e.getMessage().startsWith("Python 3.12 is given twice: '" + p312 + "' is "), e.getMessage());
        assertTrue(e.getMessage().endsWith(". Give one interpreter per version."), e.getMessage());
        e = assertThrows(ToolchainException.class, () -> f.findAll(" , "));
        assertEquals(ToolchainException.Kind.INVALID_INPUT, e.kind());
        assertEquals("no Python interpreter given (the list ' , ' is empty): give versions or paths separated by"
                + " commas, e.g. 3.11,3.12", e.getMessage());
        e = assertThrows(ToolchainException.class, () -> f.findAll("3.11,3.10"));
        assertEquals(ToolchainException.Kind.UNSUPPORTED_VERSION, e.kind());
    }

    @Test
    void windowsUsesThePyLauncher() throws IOException {
        Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"), "fakes the launcher with sh");
        Path real = Pythons.require(PythonVersion.V3_12).executable();
        Pythons.script(bin.resolve("py.exe"), "[ \"$1\" = -3.12 ] || exit 9\nshift\nexec '" + real + "' \"$@\"");
        Environment windows = new Environment(Map.of("Path", bin.toString(), "PATHEXT", ".COM;.EXE"), tmp.resolve("home"),
                true);
        assertEquals(Pythons.require(PythonVersion.V3_12), InterpreterFinder.of(windows).find("3.12"));
        ToolchainException e = assertThrows(ToolchainException.class, () -> InterpreterFinder.of(windows).find("3.11"));
        assertTrue(e.getMessage().contains("; py -3.11: does not run: it exited with status 9"), e.getMessage());
    }
}
