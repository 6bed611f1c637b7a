package dev.pyc2c.backend.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyc2c.backend.testing.Pythons;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.pythons.ArtifactSource;
import dev.pyc2c.pythons.Coordinates;
import dev.pyc2c.pythons.MavenPythons;
import dev.pyc2c.pythons.Platform;
import dev.pyc2c.pythons.PythonCache;
import dev.pyc2c.pythons.PythonsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interpreters from Maven ({@code maven:} specifications, and versions with no local interpreter), with a
 * made-up artifact source whose jars hold a shell script that answers as CPython does (the cache's check and
 * the toolchain's probe), in a made-up environment with nothing on {@code PATH} and an empty pyenv root.
 */
class InterpreterFinderMavenTest {
    @TempDir
    Path tmp;
    Path bin;
    Path pyenv;
    PythonCache cache;
    /** The artifacts the source was asked for. */
    final List<String> asked = new CopyOnWriteArrayList<>();
    final List<String> log = new CopyOnWriteArrayList<>();

    @BeforeEach
    void dirs() throws IOException {
        Assumptions.assumeTrue(Platform.SUPPORTED.contains(Platform.current()), "no Maven CPython builds here");
        bin = Files.createDirectories(tmp.resolve("bin"));
        pyenv = Files.createDirectories(tmp.resolve("pyenv"));
        cache = new PythonCache(tmp.resolve("cache"));
    }

    private Environment env() {
        return Environment.of(Map.of("PATH", bin.toString(), "PYENV_ROOT", pyenv.toString()), tmp.resolve("home"));
    }

    /** A source of jars whose interpreter says it is the CPython of the coordinates' version. */
    private ArtifactSource jars() {
        return c -> {
            asked.add(c.toString());
            try {
                return fakeJar(tmp.resolve("repo").resolve(c.fileName()), c.pythonVersion().orElse("3.12.7"));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        };
    }

    private InterpreterFinder finder(ArtifactSource source) {
        return InterpreterFinder.of(env()).withMaven(source, cache, log::add);
    }

    /** A jar laid out as org.bytedeco:cpython's, whose bin/python3.X answers both the cache's check and the probe. */
    static Path fakeJar(Path file, String version) throws IOException {
        String series = version.substring(0, version.lastIndexOf('.'));
        String tag = "cpython-" + series.replace(".", "");
        String script = "#!/bin/sh\nprintf 'pyc2c-probe\\nexecutable=%s\\nversion=" + version
                + "\\nimplementation=cpython\\ncache_tag=" + tag + "\\npyc2c-python cpython " + version + "\\n' \"$0\"\n";
        Files.createDirectories(file.getParent());
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            z.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("org/bytedeco/cpython/linux-x86_64/bin/python" + series));
            z.write(script.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return file;
    }

    @Test
    void mavenSpecsAlwaysTakeMavensInterpreter() throws IOException {
        // even with a python3.12 on PATH
        Pythons.script(bin.resolve("python3.12"), "exec '" + Pythons.require(PythonVersion.V3_12).executable() + "' \"$@\"");
        PythonInterpreter p = finder(jars()).find("maven:3.12");
        Coordinates c = MavenPythons.forSeries("3.12", "linux-x86_64").orElseThrow();
        Path home = cache.directory(c);
        assertEquals(home.resolve("bin/python3.12"), p.executable());
        assertEquals(PythonVersion.V3_12, p.version());
        assertEquals(c.pythonVersion().orElseThrow(), p.fullVersion());
        assertEquals("cpython-312", p.cacheTag());
        assertEquals(c.toString(), p.artifact());
        assertTrue(p.fromMaven());
        assertEquals("CPython " + p.fullVersion() + " from Maven artifact " + c + ", unpacked in " + home, p.describe());
        assertEquals(List.of(c.toString()), asked);
        assertTrue(log.get(0).startsWith("Unpacking " + c), log.toString());

        // the exact version of the table's row, and full coordinates, are the same interpreter; unpacked once
        assertEquals(p, finder(jars()).find("maven:" + p.fullVersion()));
        assertEquals(p, finder(jars()).find(" maven:org.bytedeco:cpython:" + c.version() + ":linux-x86_64"));
        assertEquals(List.of(c.toString()), asked, "in the cache: the source is not asked again");
    }

    @Test
    void aVersionWithNoLocalInterpreterFallsBackToMaven() {
        PythonInterpreter p = finder(jars()).find("3.13");
        Coordinates c = MavenPythons.forSeries("3.13", "linux-x86_64").orElseThrow();
        assertEquals(c.toString(), p.artifact());
        assertEquals(PythonVersion.V3_13, p.version());
        assertTrue(log.contains("No local CPython 3.13 (python3.13 on PATH: not found; " + pyenv.resolve("versions/3.13.*")
                + ": none): using " + c), log.toString());
        // the exact version of the row too; another exact version is not taken from Maven
        assertEquals(p, finder(jars()).find(c.pythonVersion().orElseThrow()));
        ToolchainException e = assertThrows(ToolchainException.class, () -> finder(jars()).find("3.13.1"));
        assertEquals(ToolchainException.Kind.INTERPRETER_NOT_FOUND, e.kind());
        assertTrue(e.getMessage().endsWith("or give the interpreter's path, or take it from Maven Central with"
                + " maven:3.13."), e.getMessage());
    }

    @Test
    void aLocalInterpreterOfTheVersionIsPreferred() throws IOException {
        PythonInterpreter real = Pythons.require(PythonVersion.V3_12);
        Pythons.script(bin.resolve("python3.12"), "exec '" + real.executable() + "' \"$@\"");
        PythonInterpreter p = finder(jars()).find("3.12");
        assertEquals(real, p);
        assertFalse(p.fromMaven());
        assertEquals("CPython " + real.fullVersion() + " at " + real.executable(), p.describe());
        assertEquals(List.of(), asked);
    }

    @Test
    void anArtifactThatCannotBeHadIsListedWithWhatWasTried() {
        ArtifactSource offline = c -> {
            throw new PythonsException(PythonsException.Kind.NOT_AVAILABLE, c + " is not in the local repository,"
                    + " and Maven is offline (-o).");
        };
        ToolchainException e = assertThrows(ToolchainException.class, () -> finder(offline).find("3.12"));
        assertEquals(ToolchainException.Kind.INTERPRETER_NOT_FOUND, e.kind());
        Coordinates c = MavenPythons.forSeries("3.12", "linux-x86_64").orElseThrow();
        assertEquals("no CPython 3.12 found. Tried: python3.12 on PATH: not found; " + pyenv.resolve("versions/3.12.*")
                + ": none; Maven artifact " + c + " is not in the local repository, and Maven is offline (-o). Install"
                + " CPython 3.12 with its headers (e.g. pyenv install 3.12, or your system's python3.12 and python3.12-dev"
                + " packages), or give the interpreter's path.", e.getMessage());

        e = assertThrows(ToolchainException.class, () -> finder(offline).find("maven:3.12"));
        assertEquals(ToolchainException.Kind.INTERPRETER_NOT_FOUND, e.kind());
        assertEquals(c + " is not in the local repository, and Maven is offline (-o).", e.getMessage());
    }

    @Test
    void unsupportedAndUnknownVersionsAreRefusedBeforeAnythingIsFetched() {
        for (String spec : new String[] {"maven:3.10", "maven:3.9.18", "maven:2.7"}) {
            ToolchainException e = assertThrows(ToolchainException.class, () -> finder(jars()).find(spec), spec);
            assertEquals(ToolchainException.Kind.UNSUPPORTED_VERSION, e.kind(), spec);
            assertEquals("Python " + spec.substring(6) + " is not supported: pyc2c compiles for CPython "
                    + PythonVersion.supportedList() + ".", e.getMessage());
        }
        ToolchainException e = assertThrows(ToolchainException.class, () -> finder(jars()).find("maven:3.12.4"));
        assertEquals(ToolchainException.Kind.INTERPRETER_NOT_FOUND, e.kind());
        assertTrue(e.getMessage().startsWith("pyc2c takes CPython 3.12.1 from Maven for 3.12"), e.getMessage());
        e = assertThrows(ToolchainException.class, () -> finder(jars()).find("maven:cpython"));
        assertEquals(ToolchainException.Kind.INVALID_INPUT, e.kind());
        assertEquals(List.of(), asked);
    }

    @Test
    void coordinatesOfAnotherBuildAreProbedForTheirVersion() throws IOException {
        ArtifactSource own = c -> {
            try {
                return fakeJar(tmp.resolve("own.jar"), "3.12.7");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        };
        PythonInterpreter p = finder(own).find("maven:com.example:python:7:linux-x86_64");
        assertEquals("3.12.7", p.fullVersion());
        assertEquals("com.example:python:7:jar:linux-x86_64", p.artifact());
    }

    @Test
    void anUnpackedInterpreterThatStoppedWorkingSaysHowToUnpackItAgain() throws IOException {
        PythonInterpreter p = finder(jars()).find("maven:3.12");
        Pythons.script(p.executable(), "echo 'error while loading shared libraries' >&2; exit 127");
        ToolchainException e = assertThrows(ToolchainException.class, () -> finder(jars()).find("maven:3.12"));
        assertEquals(ToolchainException.Kind.INTERPRETER_FAILED, e.kind());
        Path home = p.executable().getParent().getParent();
        assertEquals("CPython from Maven artifact " + p.artifact() + ", unpacked in " + home + ": " + p.executable()
                + " does not run: it exited with status 127 (error while loading shared libraries). Remove " + home
                + " to have it unpacked again.", e.getMessage());
    }

    @Test
    void withoutAMavenSourceMavenSpecsAreRefused() {
        ToolchainException e = assertThrows(ToolchainException.class, () -> InterpreterFinder.of(env()).find("maven:3.12"));
        assertEquals(ToolchainException.Kind.INVALID_INPUT, e.kind());
        e = assertThrows(ToolchainException.class, () -> InterpreterFinder.of(env()).find("3.12"));
        assertEquals(ToolchainException.Kind.INTERPRETER_NOT_FOUND, e.kind());
        assertTrue(e.getMessage().endsWith("or give the interpreter's path."), e.getMessage());
    }

    @Test
    void listsMixLocalAndMavenInterpreters() throws IOException {
        PythonInterpreter real = Pythons.require(PythonVersion.V3_12);
        List<String> specs = new ArrayList<>(List.of("maven:3.11", real.executable().toString(), "3.13"));
        List<PythonInterpreter> found = finder(jars()).findAll(specs);
        assertEquals(List.of(PythonVersion.V3_11, PythonVersion.V3_12, PythonVersion.V3_13),
                found.stream().map(PythonInterpreter::version).toList());
        assertEquals(List.of(true, false, true), found.stream().map(PythonInterpreter::fromMaven).toList());
        ToolchainException e = assertThrows(ToolchainException.class, () -> finder(jars()).findAll("maven:3.11,3.11"));
        assertTrue(e.getMessage().startsWith("Python 3.11 is given twice"), e.getMessage());
    }
}
