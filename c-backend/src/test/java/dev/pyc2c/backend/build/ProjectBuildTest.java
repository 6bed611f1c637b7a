package dev.pyc2c.backend.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyc2c.backend.runtime.RuntimeModule;
import dev.pyc2c.backend.runtime.RuntimeSources;
import dev.pyc2c.backend.testing.Pythons;
import dev.pyc2c.backend.toolchain.PythonInterpreter;
import dev.pyc2c.backend.toolchain.Sysconfig;
import dev.pyc2c.bytecode.PythonVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The two-step build of {@link ProjectBuild} ({@link ProjectBuild#generate} then {@link ProjectBuild#compile})
 * with CPython 3.12 (and 3.13 when there is one): what is rebuilt, what is kept, what is removed, and what
 * the log says about it.
 *
 * <p>To see whether a build rewrote a file, its last-modified time is first set to a fixed instant in the
 * past ({@link #STAMP}); a rewrite gives it the current time. The build decides by content hashes, never by
 * timestamps, so the stamp does not change what it does.
 */
class ProjectBuildTest {
    private static final FileTime STAMP = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MODULES = List.of("pkg", "pkg.a", "pkg.b");

    @TempDir
    Path tmp;

    /** A thread-safe log that keeps every message, with its level. */
    static final class RecordingLog implements BuildLog {
        record Entry(String level, String message) {
            @Override
            public String toString() {
                return "[" + level + "] " + message;
            }
        }

        final List<Entry> entries = new CopyOnWriteArrayList<>();

        @Override
        public void info(String message) {
            entries.add(new Entry("info", message));
        }

        @Override
        public void warn(String message) {
            entries.add(new Entry("warn", message));
        }

        @Override
        public void debug(String message) {
            entries.add(new Entry("debug", message));
        }

        List<String> messages(String level) {
            return entries.stream().filter(e -> e.level().equals(level)).map(Entry::message).toList();
        }

        boolean has(String level, String fragment) {
            return messages(level).stream().anyMatch(m -> m.contains(fragment));
        }

        /** Fails unless some message of {@code level} contains {@code fragment}. */
        void assertHas(String level, String fragment) {
            assertTrue(has(level, fragment), "no " + level + " message contains \"" + fragment + "\"; the log:\n"
                    + this);
        }

        /** Fails unless some message of {@code level} matches (somewhere) {@code regex}. */
        void assertMatches(String level, String regex) {
            Pattern p = Pattern.compile(regex);
            assertTrue(messages(level).stream().anyMatch(m -> p.matcher(m).find()), "no " + level
                    + " message matches /" + regex + "/; the log:\n" + this);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            entries.forEach(e -> sb.append(e).append('\n'));
            return sb.toString();
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Path src() {
        return tmp.resolve("src");
    }

    private ProjectBuild project(SourceSet sources, List<String> flags, boolean incremental) {
        return new ProjectBuild(sources, tmp.resolve("target/pyc2c"), tmp.resolve("target/generated-sources/pyc2c"),
                2, flags, "", incremental);
    }

    private ProjectBuild project() {
        return project(SourceSet.of(src()), List.of(), true);
    }

    /** Generate then compile; returns the log of both steps. */
    private static RecordingLog build(ProjectBuild pb, PythonInterpreter python, Sysconfig sysconfig) {
        RecordingLog log = new RecordingLog();
        pb.generate(python, log);
        pb.compile(python, sysconfig, log);
        return log;
    }

    /** pkg/__init__.py, pkg/a.py, pkg/b.py and the data file pkg/data.txt. */
    private void writePackage() throws IOException {
        write(src().resolve("pkg/__init__.py"), "VERSION = 1\n");
        write(src().resolve("pkg/a.py"), "def greet(name):\n    return 'hello ' + name\n");
        write(src().resolve("pkg/b.py"), "def twice(x):\n    return 2 * x\n");
        write(src().resolve("pkg/data.txt"), "some data\n");
    }

    private static Path cFile(ProjectBuild.Layout l, String module) {
        return l.generated().resolve(module + ".c");
    }

    private static Path extension(ProjectBuild.Layout l, Sysconfig sc, String module) {
        String[] parts = module.split("\\.");
        if (parts.length == 1) {
            return l.lib().resolve(parts[0]).resolve(sc.extensionFileName("__init__"));
        }
        return l.lib().resolve(parts[0]).resolve(sc.extensionFileName(parts[1]));
    }

    /** The runtime module's extension in the package {@code pkg} ({@code pkg/_pyc2c_runtime.cpython-312-...so}). */
    private static Path runtime(ProjectBuild.Layout l, Sysconfig sc, String pkg) {
        return l.lib().resolve(pkg).resolve(sc.extensionFileName(RuntimeModule.STEM));
    }

    /** Whether a file holds the runtime: its runner type's name, "pyc2c.runner", is in the runtime's data. */
    private static boolean holdsTheRuntime(Path extension) throws IOException {
        return new String(Files.readAllBytes(extension), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("pyc2c.runner\0");
    }

    /** Sets the modification time of each module's C and extension to {@link #STAMP}. */
    private static void stamp(ProjectBuild.Layout l, Sysconfig sc, List<String> modules) throws IOException {
        for (String m : modules) {
            Files.setLastModifiedTime(cFile(l, m), STAMP);
            Files.setLastModifiedTime(extension(l, sc, m), STAMP);
        }
    }

    private static boolean stamped(Path file) throws IOException {
        return Files.getLastModifiedTime(file).equals(STAMP);
    }

    private static JsonNode report(ProjectBuild.Layout l) throws IOException {
        return JSON.readTree(l.report().toFile());
    }

    private static List<String> reportedModules(JsonNode report) {
        List<String> names = new ArrayList<>();
        report.path("modules").forEach(m -> names.add(m.path("module").asText()));
        return names;
    }

    /** Runs {@code code} with {@code PYTHONPATH=lib} (and no bytecode written into lib); fails if it fails. */
    private static String importing(PythonInterpreter python, ProjectBuild.Layout l, String code) {
        Pythons.Run run = Pythons.run(python.command("-c", code), Map.of("PYTHONPATH", l.lib().toString(),
                "PYTHONDONTWRITEBYTECODE", "1"));
        assertEquals(0, run.exitCode(), "python -c " + code + "\n" + run.stdout() + run.stderr());
        return run.stdout().strip();
    }

    private static List<String> filesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static String counts(PythonInterpreter python, int modules, int generated, int unchanged) {
        return python.cacheTag() + ": " + modules + " module" + (modules == 1 ? "" : "s") + ": " + generated
                + " generated, " + unchanged + " unchanged (not regenerated)";
    }

    private static String compiled(PythonInterpreter python, int modules, int compiled, int upToDate) {
        return python.cacheTag() + ": " + modules + " extension module" + (modules == 1 ? "" : "s") + ": " + compiled
                + " compiled, " + upToDate + " up to date (not recompiled)";
    }

    // ------------------------------------------------------------------------------------------ scenario 1-5

    /** One tree through five builds: first, unchanged, one source changed, a source and a file removed, new flags. */
    @Test
    void incrementalBuildKeepsWhatIsUpToDate() throws Exception {
        PythonInterpreter python = Pythons.require(PythonVersion.V3_12);
        Sysconfig sc = Pythons.sysconfig(PythonVersion.V3_12);
        writePackage();
        ProjectBuild.Layout l = project().layout(python);

        firstBuild(python, sc, l);
        secondBuildWithNothingChanged(python, sc, l);
        oneSourceChanged(python, sc, l);
        sourceAndDataFileRemoved(python, sc, l);
        compileFlagsChanged(python, sc, l);
    }

    private void firstBuild(PythonInterpreter python, Sysconfig sc, ProjectBuild.Layout l) throws Exception {
        RecordingLog log = build(project(), python, sc);

        log.assertHas("info", counts(python, 3, 3, 0));
        log.assertHas("info", "; 1 other file copied");
        log.assertHas("info", compiled(python, 3, 3, 0));
        log.assertHas("info", "runtime compiled");
        assertTrue(log.messages("warn").isEmpty(), "no warnings for 3.12:\n" + log);
        for (String m : MODULES) {
            assertTrue(Files.isRegularFile(cFile(l, m)), "C of " + m);
            assertTrue(Files.isRegularFile(extension(l, sc, m)), "extension of " + m);
            assertTrue(extension(l, sc, m).startsWith(l.lib()));
        }
        assertEquals("some data\n", Files.readString(l.lib().resolve("pkg/data.txt")));
        // One runtime module for the whole build, in the package; the modules hold only their own code.
        Path runtime = runtime(l, sc, "pkg");
        assertTrue(Files.isRegularFile(runtime), "the runtime module " + runtime);
        assertTrue(holdsTheRuntime(runtime), "the runtime module holds the runtime");
        for (String m : MODULES) {
            assertFalse(holdsTheRuntime(extension(l, sc, m)), m + " has a copy of the runtime");
        }
        assertEquals(List.of("pkg/" + sc.extensionFileName("__init__"), "pkg/" + sc.extensionFileName("_pyc2c_runtime"),
                "pkg/" + sc.extensionFileName("a"), "pkg/" + sc.extensionFileName("b"), "pkg/data.txt"), filesUnder(l.lib()));

        JsonNode report = report(l);
        assertEquals("pkg._pyc2c_runtime", report.path("runtime").path("module").asText(), report.toString());
        assertEquals(RuntimeSources.abiTag(), report.path("runtime").path("abi").asText());
        assertEquals("pkg/" + sc.extensionFileName("_pyc2c_runtime"), report.path("runtime").path("extension").asText());
        assertEquals(MODULES, reportedModules(report));
        assertEquals(python.cacheTag(), report.path("interpreter").path("cacheTag").asText());
        assertEquals(3, report.path("summary").path("modules").asInt());
        for (JsonNode m : report.path("modules")) {
            JsonNode codes = m.path("codeObjects");
            assertTrue(codes.isArray() && codes.size() > 0, "code objects of " + m);
            for (JsonNode c : codes) {
                assertEquals("compiled", c.path("status").asText(), m.path("module") + ": " + c);
                assertEquals("", c.path("reason").asText(), c.toString());
            }
        }
        JsonNode a = report.path("modules").get(1);
        assertEquals("pkg/a.py", a.path("source").asText());
        assertTrue(a.path("codeObjects").findValuesAsText("qualname").contains("greet"), a.toString());
        assertEquals(report.path("summary").path("codeObjects").asInt(), report.path("summary").path("compiled").asInt());

        assertEquals("1 hello x 42 some data True", importing(python, l, "import os, pkg, pkg.a, pkg.b; print(pkg.VERSION,"
                + " pkg.a.greet('x'), pkg.b.twice(21), open(os.path.join(os.path.dirname(pkg.__file__), 'data.txt'))"
                + ".read().strip(), pkg.a.__file__.endswith('" + sc.extensionFileName("a") + "'))"));
        assertEquals("['pkg._pyc2c_runtime'] " + RuntimeSources.abiTag(), importing(python, l, "import sys, pkg.a, pkg.b;"
                + " print(sorted(m for m in sys.modules if 'pyc2c' in m), sys.modules['pkg._pyc2c_runtime'].ABI)"));
    }

    private void secondBuildWithNothingChanged(PythonInterpreter python, Sysconfig sc, ProjectBuild.Layout l)
            throws Exception {
        stamp(l, sc, MODULES);
        Files.setLastModifiedTime(runtime(l, sc, "pkg"), STAMP);
        Files.setLastModifiedTime(l.lib().resolve("pkg/data.txt"), STAMP);
        String reportBefore = Files.readString(l.report());

        RecordingLog log = build(project(), python, sc);

        log.assertHas("info", counts(python, 3, 0, 3));
        log.assertHas("info", compiled(python, 3, 0, 3));
        assertFalse(log.has("info", "runtime compiled"), "the runtime is up to date:\n" + log);
        assertTrue(stamped(runtime(l, sc, "pkg")), "the runtime module was rewritten");
        for (String m : MODULES) {
            assertTrue(stamped(cFile(l, m)), "the C of " + m + " was rewritten");
            assertTrue(stamped(extension(l, sc, m)), "the extension of " + m + " was rewritten");
        }
        assertTrue(stamped(l.lib().resolve("pkg/data.txt")), "the unchanged data file was copied again");
        assertEquals(reportBefore, Files.readString(l.report()), "the report of an unchanged tree");
    }

    private void oneSourceChanged(PythonInterpreter python, Sysconfig sc, ProjectBuild.Layout l) throws Exception {
        stamp(l, sc, MODULES);
        write(src().resolve("pkg/a.py"), "def greet(name):\n    return 'goodbye ' + name\n");

        RecordingLog log = build(project(), python, sc);

        log.assertHas("info", counts(python, 3, 1, 2));
        log.assertHas("info", compiled(python, 3, 1, 2));
        assertFalse(stamped(cFile(l, "pkg.a")), "the C of pkg.a is regenerated");
        assertFalse(stamped(extension(l, sc, "pkg.a")), "pkg.a is recompiled");
        assertTrue(Files.readString(cFile(l, "pkg.a")).contains("goodbye"), "the new source in the new C");
        for (String m : List.of("pkg", "pkg.b")) {
            assertTrue(stamped(cFile(l, m)), "the C of " + m + " was rewritten");
            assertTrue(stamped(extension(l, sc, m)), "the extension of " + m + " was rewritten");
        }
        assertEquals("goodbye x 42", importing(python, l, "import pkg.a, pkg.b; print(pkg.a.greet('x'), pkg.b.twice(21))"));
    }

    private void sourceAndDataFileRemoved(PythonInterpreter python, Sysconfig sc, ProjectBuild.Layout l)
            throws Exception {
        Path bC = cFile(l, "pkg.b");
        Path bExt = extension(l, sc, "pkg.b");
        assertTrue(Files.exists(bC) && Files.exists(bExt) && Files.exists(l.lib().resolve("pkg/data.txt")));
        stamp(l, sc, List.of("pkg", "pkg.a"));
        Files.delete(src().resolve("pkg/b.py"));
        Files.delete(src().resolve("pkg/data.txt"));

        RecordingLog log = build(project(), python, sc);

        log.assertHas("info", counts(python, 2, 0, 2));
        log.assertHas("info", "; 0 other files copied");
        log.assertHas("info", compiled(python, 2, 0, 2));
        log.assertHas("info", "removed pkg.b: its source pkg/b.py is gone");
        assertFalse(Files.exists(bC), "the C of the removed module is deleted");
        assertFalse(Files.exists(bExt), "the extension of the removed module is deleted");
        assertFalse(Files.exists(l.lib().resolve("pkg/data.txt")), "the copy of the removed data file is deleted");
        assertEquals(List.of("pkg/" + sc.extensionFileName("__init__"), "pkg/" + sc.extensionFileName("_pyc2c_runtime"),
                "pkg/" + sc.extensionFileName("a")), filesUnder(l.lib()));
        assertEquals(List.of("pkg.a.c", "pkg.c"), filesUnder(l.generated()));
        JsonNode report = report(l);
        assertEquals(List.of("pkg", "pkg.a"), reportedModules(report));
        assertEquals(2, report.path("summary").path("modules").asInt());
        for (String m : List.of("pkg", "pkg.a")) {
            assertTrue(stamped(cFile(l, m)) && stamped(extension(l, sc, m)), m + " was rebuilt");
        }
        assertEquals("ModuleNotFoundError goodbye x", importing(python, l, "import pkg.a\ntry:\n    import pkg.b\n"
                + "except ImportError as e:\n    print(type(e).__name__, pkg.a.greet('x'))"));
    }

    private void compileFlagsChanged(PythonInterpreter python, Sysconfig sc, ProjectBuild.Layout l) throws Exception {
        List<String> modules = List.of("pkg", "pkg.a");
        stamp(l, sc, modules);
        ProjectBuild optimised = project(SourceSet.of(src()), List.of("-O1"), true);
        assertEquals(l, optimised.layout(python), "the flags do not move the outputs");

        RecordingLog log = build(optimised, python, sc);

        log.assertHas("info", counts(python, 2, 0, 2));
        log.assertHas("info", compiled(python, 2, 2, 0));
        log.assertHas("info", "runtime compiled");
        for (String m : modules) {
            assertTrue(stamped(cFile(l, m)), "the C of " + m + " was regenerated");
            assertFalse(stamped(extension(l, sc, m)), m + " is recompiled with the new flags");
        }
        assertEquals("goodbye x", importing(python, l, "import pkg.a; print(pkg.a.greet('x'))"));

        // the same flags again: up to date
        RecordingLog again = build(optimised, python, sc);
        again.assertHas("info", compiled(python, 2, 0, 2));
        assertFalse(again.has("info", "runtime compiled"), again.toString());
    }

    // -------------------------------------------------------------------------------------------- case 6

    @Test
    void nonIncrementalBuildRebuildsEverything() throws Exception {
        PythonInterpreter python = Pythons.require(PythonVersion.V3_12);
        Sysconfig sc = Pythons.sysconfig(PythonVersion.V3_12);
        writePackage();
        ProjectBuild.Layout l = project().layout(python);
        build(project(), python, sc).assertHas("info", compiled(python, 3, 3, 0));
        Map<String, String> cBefore = new HashMap<>();
        for (String m : MODULES) {
            cBefore.put(m, Files.readString(cFile(l, m)));
        }
        stamp(l, sc, MODULES);

        RecordingLog log = build(project(SourceSet.of(src()), List.of(), false), python, sc);

        log.assertHas("info", counts(python, 3, 3, 0));
        log.assertHas("info", compiled(python, 3, 3, 0));
        log.assertHas("info", "runtime compiled");
        for (String m : MODULES) {
            assertFalse(stamped(extension(l, sc, m)), m + " is recompiled");
            assertEquals(cBefore.get(m), Files.readString(cFile(l, m)), "the C of " + m + " is generated the same");
        }
        assertEquals(MODULES, reportedModules(report(l)));
        assertEquals("hello x 42", importing(python, l, "import pkg.a, pkg.b; print(pkg.a.greet('x'), pkg.b.twice(21))"));

        // and an incremental build after it finds everything up to date again
        RecordingLog next = build(project(), python, sc);
        next.assertHas("info", counts(python, 3, 0, 3));
        next.assertHas("info", compiled(python, 3, 0, 3));
    }

    // -------------------------------------------------------------------------------------------- case 7

    @Test
    void syntaxErrorFailsTheBuildAndKeepsWhatWasBuilt() throws Exception {
        PythonInterpreter python = Pythons.require(PythonVersion.V3_12);
        Sysconfig sc = Pythons.sysconfig(PythonVersion.V3_12);
        writePackage();
        ProjectBuild.Layout l = project().layout(python);
        build(project(), python, sc);
        Path aExt = extension(l, sc, "pkg.a");
        byte[] aExtBefore = Files.readAllBytes(aExt);

        write(src().resolve("pkg/a.py"), "def greet(name):\n    return 'goodbye ' + name\n");
        write(src().resolve("pkg/b.py"), "x = 1\nif x\n    pass\n");
        RecordingLog log = new RecordingLog();
        BuildException e = assertThrows(BuildException.class, () -> project().generate(python, log));

        String msg = e.getMessage();
        assertTrue(msg.startsWith("1 of 2 Python sources does not compile with " + python), msg);
        assertTrue(Pattern.compile("b\\.py:2:[1-9]\\d*: ").matcher(msg).find(), "file, line and column: " + msg);
        assertTrue(msg.contains("expected ':'"), msg);
        assertFalse(msg.contains("a.py"), "the good file is not listed: " + msg);
        assertFalse(log.has("info", "generated"), "nothing is said to be generated:\n" + log);
        assertTrue(Files.isRegularFile(aExt), "the extension built before is still there");
        assertTrue(java.util.Arrays.equals(aExtBefore, Files.readAllBytes(aExt)), "and unchanged");
        assertFalse(Files.readString(cFile(l, "pkg.a")).contains("goodbye"), "no C is generated for the good module");
        assertEquals("hello x", importing(python, l, "import pkg.a; print(pkg.a.greet('x'))"));

        write(src().resolve("pkg/b.py"), "x = 1\nif x:\n    pass\ndef twice(x):\n    return 3 * x\n");
        RecordingLog fixed = build(project(), python, sc);
        fixed.assertHas("info", counts(python, 3, 2, 1));
        fixed.assertHas("info", compiled(python, 3, 2, 1));
        assertEquals("goodbye x 63", importing(python, l, "import pkg.a, pkg.b; print(pkg.a.greet('x'), pkg.b.twice(21))"));
    }

    // -------------------------------------------------------------------------------------------- case 8

    @Test
    void excludedFilesAndBytecodeAreNeitherBuiltNorCopied() throws Exception {
        PythonInterpreter python = Pythons.require(PythonVersion.V3_12);
        Sysconfig sc = Pythons.sysconfig(PythonVersion.V3_12);
        write(src().resolve("pkg/__init__.py"), "VERSION = 1\n");
        write(src().resolve("pkg/a.py"), "def greet(name):\n    return 'hello ' + name\n");
        write(src().resolve("pkg/py.typed"), "");
        write(src().resolve("pkg/tests/__init__.py"), "");
        write(src().resolve("pkg/tests/test_a.py"), "def test_greet():\n    assert True\n");
        write(src().resolve("pkg/tests/fixture.txt"), "fixture\n");
        write(src().resolve("pkg/tests/deep/tests/more.py"), "X = 1\n");
        write(src().resolve("pkg/__pycache__/a.cpython-312.pyc"), "not bytecode");
        write(src().resolve("pkg/__pycache__/notes.txt"), "in a __pycache__");
        write(src().resolve("pkg/stray.pyc"), "not bytecode");
        write(src().resolve("pkg/old.pyo"), "not bytecode");
        SourceSet sources = new SourceSet(src(), List.of(), List.of("**/tests/**"));
        ProjectBuild pb = project(sources, List.of(), true);
        ProjectBuild.Layout l = pb.layout(python);

        RecordingLog log = build(pb, python, sc);

        log.assertHas("info", counts(python, 2, 2, 0));
        log.assertHas("info", "; 1 other file copied");
        log.assertHas("info", compiled(python, 2, 2, 0));
        assertEquals(List.of("pkg/" + sc.extensionFileName("__init__"), "pkg/" + sc.extensionFileName("_pyc2c_runtime"),
                "pkg/" + sc.extensionFileName("a"), "pkg/py.typed"), filesUnder(l.lib()));
        assertEquals(List.of("pkg.a.c", "pkg.c"), filesUnder(l.generated()));
        assertEquals(List.of("pkg", "pkg.a"), reportedModules(report(l)));
        assertTrue(report(l).path("copiedSources").isEmpty(), report(l).toString());
        assertEquals("hello x False", importing(python, l, "import importlib.util, pkg.a; print(pkg.a.greet('x'),"
                + " importlib.util.find_spec('pkg.tests') is not None)"));
    }

    // -------------------------------------------------------------------------------------------- case 9

    @Test
    void compileWithoutGenerateSaysToRunGenerateFirst() throws Exception {
        PythonInterpreter python = Pythons.require(PythonVersion.V3_12);
        Sysconfig sc = Pythons.sysconfig(PythonVersion.V3_12);
        write(src().resolve("solo.py"), "ANSWER = 6 * 7\n");
        ProjectBuild pb = project();
        ProjectBuild.Layout l = pb.layout(python);
        RecordingLog generated = new RecordingLog();
        pb.generate(python, generated);
        generated.assertHas("info", counts(python, 1, 1, 0));
        assertTrue(Files.isRegularFile(cFile(l, "solo")));
        assertTrue(filesUnder(l.lib()).isEmpty(), "generate compiles nothing: " + filesUnder(l.lib()));

        ProjectBuild fresh = new ProjectBuild(SourceSet.of(src()), tmp.resolve("elsewhere/pyc2c"),
                tmp.resolve("elsewhere/generated-sources/pyc2c"), 2, List.of(), "", true);
        RecordingLog log = new RecordingLog();
        BuildException e = assertThrows(BuildException.class, () -> fresh.compile(python, sc, log));
        assertTrue(e.getMessage().contains("run the generate goal first"), e.getMessage());
        assertTrue(e.getMessage().contains(fresh.layout(python).work().toString()), e.getMessage());
        assertFalse(log.has("info", "compiled"), log.toString());
        assertFalse(Files.exists(fresh.layout(python).lib()), "nothing is built there");

        // the build that did generate compiles
        RecordingLog compiled = new RecordingLog();
        pb.compile(python, sc, compiled);
        compiled.assertHas("info", compiled(python, 1, 1, 0));
        assertEquals("42", importing(python, l, "import solo; print(solo.ANSWER)"));
    }

    // ------------------------------------------------------------------------------------------- case 10

    /**
     * 3.14 (the last version to get a lowering): its modules' code objects are compiled to C, and the modules
     * import and run.
     */
    @ParameterizedTest
    @EnumSource(value = PythonVersion.class, names = {"V3_14"})
    void modulesOfTheNewestVersionAreCompiledToC(PythonVersion version) throws Exception {
        PythonInterpreter python = Pythons.require(version);
        Sysconfig sc = Pythons.sysconfig(version);
        writePackage();
        ProjectBuild pb = project();
        ProjectBuild.Layout l = pb.layout(python);
        String tag = version.cacheTag();
        assertEquals(tag, python.cacheTag());

        RecordingLog log = build(pb, python, sc);

        assertFalse(log.has("warn", "does not translate"), log.toString());
        log.assertHas("info", counts(python, 3, 3, 0));
        log.assertHas("info", compiled(python, 3, 3, 0));
        JsonNode report = report(l);
        assertEquals(MODULES, reportedModules(report));
        int codes = 0;
        for (JsonNode m : report.path("modules")) {
            for (JsonNode c : m.path("codeObjects")) {
                codes++;
                assertEquals("compiled", c.path("status").asText(), m.path("module") + ": " + c);
            }
        }
        assertTrue(codes >= 5, "module and function code objects: " + codes);
        assertEquals(codes, report.path("summary").path("compiled").asInt());
        log.assertMatches("info", "\\b" + codes + " of " + codes + " code objects compiled to C");
        for (String m : MODULES) {
            assertTrue(Files.isRegularFile(extension(l, sc, m)), "extension of " + m);
        }
        assertTrue(Files.isRegularFile(runtime(l, sc, "pkg")), "the runtime module");
        // Importing loads the whole runtime: a symbol the interpreter does not export fails here (RTLD_NOW).
        assertEquals("1 hello x 42 True ['pkg._pyc2c_runtime']", importing(python, l, "import sys, pkg, pkg.a, pkg.b;"
                + " print(pkg.VERSION, pkg.a.greet('x'), pkg.b.twice(21), pkg.a.__file__.endswith('"
                + sc.extensionFileName("a") + "'), sorted(m for m in sys.modules if 'pyc2c' in m))"));
        assertEquals(tmp.resolve("target/pyc2c/" + tag + "/lib"), l.lib(), "each interpreter has its own tree");
    }

    // ------------------------------------------------------------------------------------------- case 11

    /**
     * The runtime module is named after the build's modules: when a top-level module joins the package, it
     * moves to the top level, every module is regenerated to import it there, and the old one is removed; and
     * back.
     */
    @Test
    void theRuntimeModuleFollowsTheModuleSet() throws Exception {
        PythonInterpreter python = Pythons.require(PythonVersion.V3_12);
        Sysconfig sc = Pythons.sysconfig(PythonVersion.V3_12);
        writePackage();
        ProjectBuild.Layout l = project().layout(python);
        build(project(), python, sc);
        assertTrue(Files.isRegularFile(runtime(l, sc, "pkg")));

        write(src().resolve("tool.py"), "import pkg.b\nTOOL = pkg.b.twice(5)\n");
        RecordingLog log = build(project(), python, sc);
        String moved = report(l).path("runtime").path("module").asText();
        assertTrue(moved.matches("_pyc2c_runtime_[0-9a-f]{8}"), moved);
        log.assertHas("info", "the build's runtime module is now " + moved + " (it was pkg._pyc2c_runtime):"
                + " regenerating every module");
        log.assertHas("info", counts(python, 4, 4, 0));
        log.assertHas("info", compiled(python, 4, 4, 0));
        log.assertHas("info", "runtime compiled (" + moved + ")");
        log.assertHas("info", "removed the runtime module " + runtime(l, sc, "pkg"));
        assertFalse(Files.exists(runtime(l, sc, "pkg")), "the runtime no module uses any more is removed");
        assertTrue(Files.isRegularFile(l.lib().resolve(sc.extensionFileName(moved))));
        assertTrue(Files.readString(cFile(l, "pkg.a")).contains("#define PYC2C_RUNTIME_MODULE \"" + moved + "\""));
        assertEquals("10 hello x ['" + moved + "']", importing(python, l, "import sys, tool, pkg.a; print(tool.TOOL,"
                + " pkg.a.greet('x'), sorted(m for m in sys.modules if 'pyc2c' in m))"));

        Files.delete(src().resolve("tool.py"));
        RecordingLog back = build(project(), python, sc);
        back.assertHas("info", "the build's runtime module is now pkg._pyc2c_runtime (it was " + moved + ")");
        assertFalse(Files.exists(l.lib().resolve(sc.extensionFileName(moved))), "the top-level runtime is removed");
        assertTrue(Files.isRegularFile(runtime(l, sc, "pkg")));
        assertEquals("hello x", importing(python, l, "import pkg.a; print(pkg.a.greet('x'))"));
    }

    // ------------------------------------------------------------------------------------------- case 12

    /**
     * A module finds a runtime module of another ABI (here: the runtime's tag edited in its capsule name, as an
     * older build's runtime would have another): ImportError naming both, saying to rebuild; never a crash.
     * A runtime module that is missing is rebuilt by the next build, alone.
     */
    @Test
    void aRuntimeOfAnotherBuildIsRefusedWithAnImportError() throws Exception {
        PythonInterpreter python = Pythons.require(PythonVersion.V3_12);
        Sysconfig sc = Pythons.sysconfig(PythonVersion.V3_12);
        writePackage();
        ProjectBuild.Layout l = project().layout(python);
        build(project(), python, sc);
        Path runtime = runtime(l, sc, "pkg");
        byte[] original = Files.readAllBytes(runtime);
        String tag = RuntimeSources.abiTag();
        String other = "0".repeat(tag.length()).equals(tag) ? "1".repeat(tag.length()) : "0".repeat(tag.length());
        String text = new String(original, java.nio.charset.StandardCharsets.ISO_8859_1);
        String marker = "[pyc2c ABI " + tag + ", CPython " + python.fullVersion() + "]";
        assertTrue(text.contains(marker), "the runtime's capsule name " + marker);
        Files.write(runtime, text.replace("[pyc2c ABI " + tag, "[pyc2c ABI " + other)
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        Pythons.Run run = Pythons.run(python.command("-c", "import pkg.a"), Map.of("PYTHONPATH", l.lib().toString(),
                "PYTHONDONTWRITEBYTECODE", "1"));
        assertEquals(1, run.exitCode(), "an exception, not a crash:\n" + run.stdout() + run.stderr());
        String error = run.stderr().strip();
        error = error.substring(error.lastIndexOf('\n') + 1);
        assertEquals("ImportError: pyc2c: pkg was built for the runtime 'pkg._pyc2c_runtime._pyc2c_api " + marker + "',"
                + " but the runtime module pkg._pyc2c_runtime found (" + runtime + ") is 'pkg._pyc2c_runtime._pyc2c_api"
                + " [pyc2c ABI " + other + ", CPython " + python.fullVersion() + "]': they come from different builds"
                + " (of another version of the package, of pyc2c or of CPython). Rebuild the modules and their runtime"
                + " module together, and install them together", error);
        assertEquals("ImportError pkg._pyc2c_runtime", importing(python, l, "try:\n    import pkg\nexcept ImportError as e:"
                + "\n    print(type(e).__name__, e.name)"));

        Files.delete(runtime);
        run = Pythons.run(python.command("-c", "import pkg"), Map.of("PYTHONPATH", l.lib().toString()));
        assertTrue(run.stderr().contains("ImportError: pyc2c: pkg cannot run without its runtime module"
                + " pkg._pyc2c_runtime, which cannot be imported (No module named 'pkg._pyc2c_runtime')"), run.stderr());
        RecordingLog log = build(project(), python, sc);
        log.assertHas("info", compiled(python, 3, 0, 3) + "; runtime compiled (pkg._pyc2c_runtime)");
        assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(runtime)), "the same runtime again");
        assertEquals("hello x", importing(python, l, "import pkg.a; print(pkg.a.greet('x'))"));
    }

    // ------------------------------------------------------------------------------------------- case 13

    /**
     * Two builds, each with its own top-level names and so its own runtime module, installed side by side into
     * one directory with pip: both work, and one's compiled functions call the other's.
     */
    @Test
    void twoBuildsInstalledSideBySideBothWork() throws Exception {
        PythonInterpreter python = Pythons.require(PythonVersion.V3_12);
        Sysconfig sc = Pythons.sysconfig(PythonVersion.V3_12);
        Pythons.Run pip = Pythons.run(python.command("-m", "pip", "--version"), Map.of());
        assertEquals(0, pip.exitCode(), "pip is needed to install the wheels: " + python.executable()
                + " -m ensurepip\n" + pip.stdout() + pip.stderr());
        write(tmp.resolve("one/src/alpha/__init__.py"), "def double(x):\n    return 2 * x\n");
        write(tmp.resolve("one/src/alpha/util.py"), "from . import double\ndef quad(x):\n    return double(double(x))\n");
        write(tmp.resolve("two/src/beta/__init__.py"), "import alpha.util\ndef octo(x):\n    return 2 * alpha.util.quad(x)\n");
        write(tmp.resolve("two/src/beta_tool.py"), "import beta\nRESULT = beta.octo(5)\n");
        Path site = tmp.resolve("site");
        List<String> runtimes = new ArrayList<>();
        for (String name : List.of("one", "two")) {
            ProjectBuild pb = new ProjectBuild(SourceSet.of(tmp.resolve(name + "/src")), tmp.resolve(name + "/target/pyc2c"),
                    tmp.resolve(name + "/target/generated-sources/pyc2c"), 2, List.of(), "", true);
            build(pb, python, sc);
            runtimes.add(report(pb.layout(python)).path("runtime").path("module").asText());
            Path wheel = pb.wheel(python, sc, dev.pyc2c.backend.wheel.WheelMetadata.of("dist-" + name, "1.0"),
                    tmp.resolve(name + "/target"), new RecordingLog());
            Pythons.Run install = Pythons.run(python.command("-m", "pip", "install", "--no-index", "--no-deps",
                    "--target", site.toString(), wheel.toString()), Map.of("PIP_DISABLE_PIP_VERSION_CHECK", "1"));
            assertEquals(0, install.exitCode(), "pip install " + wheel + ":\n" + install.stdout() + install.stderr());
        }
        assertEquals("alpha._pyc2c_runtime", runtimes.get(0));
        assertTrue(runtimes.get(1).matches("_pyc2c_runtime_[0-9a-f]{8}"), runtimes.get(1));
        assertTrue(Files.isRegularFile(site.resolve("alpha").resolve(sc.extensionFileName("_pyc2c_runtime"))));
        assertTrue(Files.isRegularFile(site.resolve(sc.extensionFileName(runtimes.get(1)))));

        Pythons.Run run = Pythons.run(python.command("-I", "-c", "import sys; sys.path.insert(0, sys.argv[1]);"
                + " import beta_tool, alpha.util; print(beta_tool.RESULT, alpha.util.quad(3),"
                + " sorted(m for m in sys.modules if 'pyc2c' in m))", site.toString()), Map.of());
        assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
        assertEquals("40 12 " + List.of(runtimes.get(1), "alpha._pyc2c_runtime").stream().sorted()
                .map(n -> "'" + n + "'").toList(), run.stdout().strip());
    }

    // ------------------------------------------------------------------------------------------- case 14

    /** A 10-line package __init__ with the default flags: a small module, and a runtime of reasonable size. */
    @Test
    void aSmallModuleIsSmall() throws Exception {
        PythonInterpreter python = Pythons.require(PythonVersion.V3_12);
        Sysconfig sc = Pythons.sysconfig(PythonVersion.V3_12);
        write(src().resolve("tiny/__init__.py"), "x = 1\ndef f(a):\n    return a + x\n\ndef g(items):\n"
                + "    return [f(i) for i in items]\n\nclass C:\n    def m(self, y):\n        return f(y) * 2\n");
        ProjectBuild.Layout l = project().layout(python);
        build(project(), python, sc);
        long module = Files.size(l.lib().resolve("tiny").resolve(sc.extensionFileName("__init__")));
        long runtime = Files.size(runtime(l, sc, "tiny"));
        System.out.printf("[size] a 10-line module: %,d bytes; the runtime module: %,d bytes (CPython %s, flags %s)%n",
                module, runtime, python.fullVersion(), NativeBuilder.DEFAULT_FLAGS);
        assertTrue(module < 50_000, "the 10-line module has " + module + " bytes");
        assertTrue(runtime < 250_000, "the runtime module has " + runtime + " bytes");
        assertEquals("3 [2, 3] 8", importing(python, l, "import tiny; print(tiny.f(2), tiny.g([1, 2]), tiny.C().m(3))"));
    }

    // ------------------------------------------------------------------------------------------- case 15

    /**
     * The big-module case: the 1,000 small functions (about 6,000 lines) of benchmarks/bigmodule.py with the
     * default flags. Prints the size of the C and of the module and the build time (their bounds, under a
     * minute and 3 MB, are checked by benchmarks/bigmodule.sh, not by a timed test); asserts the compiled
     * module computes what the interpreted one does, and that the C and the module grow with the source in
     * proportion (bounds far above today's figures: a regression to the old sizes fails).
     */
    @Test
    void aThousandFunctionModule() throws Exception {
        PythonInterpreter python = Pythons.require(PythonVersion.V3_12);
        Sysconfig sc = Pythons.sysconfig(PythonVersion.V3_12);
        Path generator = Path.of("..", "benchmarks", "bigmodule.py").toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(generator), generator + " is missing");
        Path source = src().resolve("bigmod.py");
        Files.createDirectories(src());
        Pythons.Run gen = Pythons.run(python.command(generator.toString(), "--functions", "1000", source.toString()),
                Map.of());
        assertEquals(0, gen.exitCode(), gen.stdout() + gen.stderr());
        ProjectBuild.Layout l = project().layout(python);
        long start = System.nanoTime();
        build(project(), python, sc);
        double seconds = (System.nanoTime() - start) / 1e9;
        long lines = Files.readAllLines(source).size();
        Path c;
        try (var files = Files.walk(tmp.resolve("target/generated-sources/pyc2c"))) {
            c = files.filter(f -> f.getFileName().toString().equals("bigmod.c")).findFirst().orElseThrow();
        }
        long cSize = Files.size(c);
        long module = Files.size(l.lib().resolve(sc.extensionFileName("bigmod")));
        System.out.printf("[size] a %,d-line module of 1,000 functions: %,d bytes of C, a %,d-byte module, built "
                + "in %.1f s (CPython %s, flags %s)%n", lines, cSize, module, seconds, python.fullVersion(),
                NativeBuilder.DEFAULT_FLAGS);
        assertTrue(cSize < 3_000L * lines, "C of " + cSize + " bytes for " + lines + " lines");
        assertTrue(module < 6_000_000, "the module has " + module + " bytes");
        assertFalse(Files.readString(c).contains("pyc2c_enter_frame("),
                "a large module's hot bodies get no entries of their own (about 1 KB each)");
        try (var objects = Files.list(l.work().resolve("objects"))) {
            assertEquals(2, objects.filter(o -> o.getFileName().toString().matches("bigmod-.*-part[01]\\.o")).count(),
                    "compiled in two parts, one per job");
        }
        String interpreted = Pythons.run(python.command("-c", "import sys; sys.path.insert(0, sys.argv[1]); "
                + "import bigmod; print(bigmod.main(2))", src().toString()), Map.of("PYTHONDONTWRITEBYTECODE", "1"))
                .stdout().strip();
        assertFalse(interpreted.isEmpty());
        assertEquals(interpreted, importing(python, l, "import bigmod; print(bigmod.main(2))"));
    }
}
