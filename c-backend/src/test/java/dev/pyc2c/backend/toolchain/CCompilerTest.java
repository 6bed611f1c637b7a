package dev.pyc2c.backend.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyc2c.backend.testing.Pythons;
import dev.pyc2c.bytecode.PythonVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Builds small hand-written extension modules with each interpreter's compiler and flags, and imports them. */
class CCompilerTest {
    @TempDir
    Path tmp;

    /** A module that needs CPython's internal headers, as pyc2c's generated code does. */
    private static final String HELLO = """
            #define PY_SSIZE_T_CLEAN
            #define Py_BUILD_CORE 1
            #include "Python.h"
            #include "internal/pycore_frame.h"
            #if PY_VERSION_HEX >= 0x030E0000
            #  include "internal/pycore_interpframe_structs.h"   /* 3.14 moved the frame's layout here */
            #endif
            #include "greeting.h"

            static PyObject *
            hello(PyObject *self, PyObject *unused)
            {
                (void)self;
                (void)unused;
                return PyUnicode_FromFormat("%s from CPython %s (frames of %d bytes, answer %d)", GREETING, PY_VERSION,
                                            (int)sizeof(_PyInterpreterFrame), ANSWER);
            }

            static PyMethodDef methods[] = {
                {"hello", hello, METH_NOARGS, "Says hello."},
                {NULL, NULL, 0, NULL}
            };

            static struct PyModuleDef module = {
                PyModuleDef_HEAD_INIT, "hello", "A hand-written test module.", -1, methods, NULL, NULL, NULL, NULL
            };

            PyMODINIT_FUNC
            PyInit_hello(void)
            {
                return PyModule_Create(&module);
            }
            """;

    private static final String TWICE_MAIN = """
            #include "Python.h"
            #include "twice.h"

            static PyObject *
            twice_py(PyObject *self, PyObject *arg)
            {
                (void)self;
                long v = PyLong_AsLong(arg);
                if (v == -1 && PyErr_Occurred()) {
                    return NULL;
                }
                return PyLong_FromLong(twice(v));
            }

            static PyMethodDef methods[] = {{"twice", twice_py, METH_O, NULL}, {NULL, NULL, 0, NULL}};
            static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "twice", NULL, -1, methods, NULL, NULL, NULL, NULL};

            PyMODINIT_FUNC
            PyInit_twice(void)
            {
                return PyModule_Create(&module);
            }
            """;

    private static final String TWICE_UTIL = """
            #include "twice.h"

            long
            twice(long v)
            {
                return 2 * v;
            }
            """;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    private static String importAndRun(PythonInterpreter python, Path dir, String code) {
        return Pythons.python(python, Map.of("PYTHONPATH", dir.toString()), "-c", code).strip();
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void buildsAModuleThatImportsAndRunsWithoutWarnings(PythonVersion v) throws IOException {
        PythonInterpreter python = Pythons.require(v);
        Sysconfig sysconfig = Pythons.sysconfig(v);
        Path source = write("src/hello.c", HELLO);
        Path includes = Files.createDirectories(tmp.resolve("include"));
        Files.writeString(includes.resolve("greeting.h"), "#define GREETING \"hello\"\n");
        Path out = tmp.resolve("out").resolve(sysconfig.extensionFileName("hello"));

        CBuildRequest request = CBuildRequest.of(List.of(source), out).withIncludeDirs(List.of(includes))
                .withDefines(List.of("ANSWER=42")).withCompileFlags(List.of("-Wall"));
        CBuildResult result = CCompiler.of(sysconfig).build(request);

        assertEquals(out, result.module());
        assertTrue(Files.isRegularFile(out));
        assertEquals("", result.diagnostics(), "no warnings under -Wall");
        assertTrue(result.isClean());
        assertEquals(2, result.steps().size(), "compile, then link");
        List<String> compile = result.steps().get(0).command();
        assertTrue(compile.containsAll(List.of("-DANSWER=42", "-I" + includes, "-I" + sysconfig.includeDir(), "-c",
                source.toString(), "-fPIC")), compile.toString());
        assertTrue(compile.indexOf("-I" + includes) < compile.indexOf("-I" + sysconfig.includeDir()));
        assertEquals("-Wall", compile.get(compile.size() - 1));
        List<String> link = result.steps().get(1).command();
        assertTrue(link.containsAll(List.of("-shared", "-o", out.toString())), link.toString());

        String said = importAndRun(python, out.getParent(), "import hello; print(hello.hello())");
        assertTrue(said.matches("hello from CPython " + Pattern.quote(python.fullVersion())
                + " \\(frames of [1-9][0-9]* bytes, answer 42\\)"), said);
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void linksSeveralSourcesAndKeepsObjectsInTheWorkDirectory(PythonVersion v) throws IOException {
        PythonInterpreter python = Pythons.require(v);
        Sysconfig sysconfig = Pythons.sysconfig(v);
        Path main = write("src/twice.c", TWICE_MAIN);
        Path util = write("src/util/twice.c", TWICE_UTIL);
        write("src/twice.h", "long twice(long v);\n");
        Path work = tmp.resolve("work");
        Path out = tmp.resolve("lib/pkg").resolve(sysconfig.extensionFileName("pkg.twice"));
        CCompiler compiler = CCompiler.of(sysconfig);
        CBuildResult result = compiler.build(CBuildRequest.of(List.of(main, util), out)
                .withIncludeDirs(List.of(tmp.resolve("src"))).withWorkDirectory(work));
        assertEquals(3, result.steps().size());
        assertTrue(result.isClean(), result.diagnostics());
        Path mainObject = compiler.objectFile(main, work);
        Path utilObject = compiler.objectFile(util, work);
        assertTrue(mainObject.getFileName().toString().matches("twice-[0-9a-f]{8}\\.o"), mainObject.toString());
        assertFalse(mainObject.equals(utilObject), "same name, different directories");
        assertTrue(Files.isRegularFile(mainObject) && Files.isRegularFile(utilObject));
        Files.createFile(tmp.resolve("lib/pkg/__init__.py"));
        assertEquals("42", importAndRun(python, tmp.resolve("lib"), "from pkg import twice; print(twice.twice(21))"));
    }

    @Test
    void theLauncherPrefixesCompileCommands() throws IOException {
        Sysconfig sysconfig = Pythons.sysconfig(PythonVersion.V3_12);
        Path log = tmp.resolve("launcher.log");
        Path launcher = Pythons.script(tmp.resolve("bin/fake-ccache"), "echo \"$@\" >> '" + log + "'\nexec \"$@\"");
        Path source = write("twice.c", TWICE_UTIL);
        write("twice.h", "long twice(long v);\n");
        CBuildResult result = CCompiler.of(sysconfig).build(CBuildRequest.of(List.of(source),
                tmp.resolve("out/twice" + sysconfig.extSuffix())).withLauncher(launcher.toString()));
        assertEquals(launcher.toString(), result.steps().get(0).command().get(0));
        assertFalse(result.steps().get(1).command().get(0).equals(launcher.toString()), "links without the launcher");
        String logged = Files.readString(log);
        assertTrue(logged.startsWith(sysconfig.buildFlags().compiler().get(0) + " "), logged);
        assertEquals(1, logged.lines().count());
    }

    /** No limit by default; a limit stops the compiler and the message says how to raise it. */
    @Test
    void aCompileTimeoutStopsTheCompilerAndSaysHowToRaiseIt() throws IOException {
        Sysconfig sysconfig = Pythons.sysconfig(PythonVersion.V3_12);
        Path slow = Pythons.script(tmp.resolve("bin/slow-ccache"), "sleep 2\nexec \"$@\"");
        Path source = write("twice.c", TWICE_UTIL);
        write("twice.h", "long twice(long v);\n");
        CBuildRequest request = CBuildRequest.of(List.of(source), tmp.resolve("out/twice" + sysconfig.extSuffix()))
                .withLauncher(slow.toString());
        assertEquals(CBuildRequest.NO_TIMEOUT, request.timeout(), "no limit by default");
        assertTrue(CCompiler.of(sysconfig).build(request).isClean(), "a slow compile finishes");

        ToolchainException e = assertThrows(ToolchainException.class,
                () -> CCompiler.of(sysconfig).build(request.withTimeout(java.time.Duration.ofSeconds(1))));
        assertEquals(ToolchainException.Kind.C_COMPILE_FAILED, e.kind());
        assertTrue(e.getMessage().startsWith("compiling " + source + " for CPython " + sysconfig.fullVersion()
                + " did not finish within the compile timeout of 1 s and was stopped. Raise the timeout, or set it to 0"
                + " for no limit (the Maven parameter compileTimeout or -Dpyc2c.compileTimeout=SECONDS; on the command"
                + " line --compile-timeout SECONDS):\n$ " + slow), e.getMessage());
        e = assertThrows(ToolchainException.class, () -> request.withTimeout(java.time.Duration.ofSeconds(-1)));
        assertEquals("the compile timeout must not be negative (-1 s): give a number of seconds, or 0 for no limit",
                e.getMessage());
    }

    @Test
    void aMissingLauncherIsReported() throws IOException {
        Sysconfig sysconfig = Pythons.sysconfig(PythonVersion.V3_12);
        Path source = write("twice.c", TWICE_UTIL);
        ToolchainException e = assertThrows(ToolchainException.class, () -> CCompiler.of(sysconfig).build(CBuildRequest
                .of(List.of(source), tmp.resolve("twice.so")).withLauncher("pyc2c-no-such-ccache")));
        assertEquals(ToolchainException.Kind.COMPILER_NOT_FOUND, e.kind());
        assertEquals("compiler launcher 'pyc2c-no-such-ccache' not found on PATH: install it (Debian/Ubuntu:"
                + " apt-get install ccache), or build without a launcher.", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void aMissingCompilerIsReportedWithWhatToInstall(PythonVersion v) throws IOException {
        PythonInterpreter python = Pythons.require(v);
        Path source = write("hello.c", HELLO);
        Path out = tmp.resolve("hello.so");
        Sysconfig absent = Sysconfig.read(python, Environment.system().with("CC", "/nonexistent/pyc2c-cc"));
        ToolchainException e = assertThrows(ToolchainException.class,
                () -> CCompiler.of(absent).build(CBuildRequest.of(List.of(source), out)));
        assertEquals(ToolchainException.Kind.COMPILER_NOT_FOUND, e.kind());
        assertEquals("C compiler '/nonexistent/pyc2c-cc' (CC in the environment) not found: install a C compiler"
                + " (Debian/Ubuntu: apt-get install build-essential, which provides gcc) or set CC to the C compiler to"
                + " use.", e.getMessage());

        Sysconfig notOnPath = Sysconfig.read(python, Environment.system().with("CC", "pyc2c-no-such-cc -O2"));
        e = assertThrows(ToolchainException.class, () -> CCompiler.of(notOnPath).build(CBuildRequest.of(List.of(source), out)));
        assertEquals("C compiler 'pyc2c-no-such-cc' (CC in the environment) not found on PATH: install a C compiler"
                + " (Debian/Ubuntu: apt-get install build-essential, which provides gcc) or set CC to the C compiler to"
                + " use.", e.getMessage());

        Sysconfig noGccOnPath = Pythons.sysconfig(v);
        Environment emptyPath = Environment.system().with("PATH", tmp.resolve("empty").toString());
        e = assertThrows(ToolchainException.class,
                () -> CCompiler.of(noGccOnPath, emptyPath).build(CBuildRequest.of(List.of(source), out)));
        assertEquals("C compiler '" + noGccOnPath.buildFlags().compiler().get(0) + "' (CC in the sysconfig of "
                + python.executable() + ") not found on PATH: install a C compiler (Debian/Ubuntu: apt-get install"
                + " build-essential, which provides gcc) or set CC to the C compiler to use.", e.getMessage());
        assertFalse(Files.exists(out));
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void missingHeadersAreReportedBeforeCompiling(PythonVersion v) throws IOException {
        Sysconfig sysconfig = Pythons.sysconfig(v);
        Path empty = Files.createDirectories(tmp.resolve("no-headers"));
        Path source = write("hello.c", HELLO);
        ToolchainException e = assertThrows(ToolchainException.class, () -> CCompiler.of(sysconfig.withIncludeDir(empty))
                .build(CBuildRequest.of(List.of(source), tmp.resolve("hello.so"))));
        assertEquals(ToolchainException.Kind.HEADERS_MISSING, e.kind());
        assertTrue(e.getMessage().startsWith("Python.h not found in " + empty + " (the include directory of CPython "
                + sysconfig.fullVersion()), e.getMessage());
        assertTrue(e.getMessage().contains("apt-get install python" + v + "-dev"), e.getMessage());
    }

    @Test
    void compilerErrorsAndWarningsAreReported() throws IOException {
        Sysconfig sysconfig = Pythons.sysconfig(PythonVersion.V3_13);
        Path broken = write("broken.c", "int f(void) { return undefined_thing; }\n");
        ToolchainException e = assertThrows(ToolchainException.class, () -> CCompiler.of(sysconfig)
                .build(CBuildRequest.of(List.of(broken), tmp.resolve("broken.so"))));
        assertEquals(ToolchainException.Kind.C_COMPILE_FAILED, e.kind());
        assertTrue(e.getMessage().startsWith("compiling " + broken + " for CPython " + sysconfig.fullVersion()
                + " failed (exit status 1):\n$ "), e.getMessage());
        // gcc quotes with the locale's quotation marks
        assertTrue(Pattern.compile("broken.c:1:22: error: .undefined_thing. undeclared").matcher(e.getMessage()).find(),
                e.getMessage());

        Path warned = write("warned.c", "int f(void) { int unused = 1; return 0; }\n");
        CBuildResult result = CCompiler.of(sysconfig).build(CBuildRequest.of(List.of(warned), tmp.resolve("warned.so"))
                .withCompileFlags(List.of("-Wall")));
        assertFalse(result.isClean());
        assertTrue(Pattern.compile("warned.c:1:19: warning: unused variable .unused.").matcher(result.diagnostics()).find(),
                result.diagnostics());
        assertEquals(result.diagnostics(), result.steps().get(0).output().strip());
    }

    @Test
    void badRequestsAreRefused() throws IOException {
        Path a = write("a.c", "int a;\n");
        ToolchainException e = assertThrows(ToolchainException.class, () -> CBuildRequest.of(List.of(), tmp.resolve("m.so")));
        assertEquals("no C sources given to build " + tmp.resolve("m.so") + ": give at least one .c file", e.getMessage());
        e = assertThrows(ToolchainException.class, () -> CBuildRequest.of(List.of(a, tmp.resolve("x/../a.c")), tmp.resolve("m.so")));
        assertEquals("C source " + tmp.resolve("x/../a.c") + " is given twice for " + tmp.resolve("m.so")
                + ": give each source once", e.getMessage());
        e = assertThrows(ToolchainException.class, () -> CBuildRequest.of(List.of(a), tmp.resolve("m.so"))
                .withDefines(List.of("1X=2")));
        assertEquals("'1X=2' is not a macro definition: write NAME or NAME=VALUE, NAME being a C identifier", e.getMessage());
        Sysconfig sysconfig = Pythons.sysconfig(PythonVersion.V3_11);
        Path missing = tmp.resolve("missing.c");
        e = assertThrows(ToolchainException.class, () -> CCompiler.of(sysconfig).build(CBuildRequest.of(List.of(missing),
                tmp.resolve("m.so"))));
        assertEquals(ToolchainException.Kind.INVALID_INPUT, e.kind());
        assertEquals("C source " + missing + " does not exist (building " + tmp.resolve("m.so") + ").", e.getMessage());
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("pyc2c-cc-") && isEmptyDir(p)),
                    "temporary object directories are removed");
        }
    }

    private static boolean isEmptyDir(Path p) {
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void windowsIsNotImplementedYet() {
        Sysconfig linux = Pythons.sysconfig(PythonVersion.V3_12);
        Sysconfig windows = new Sysconfig(Path.of("C:/Python312/python.exe"), linux.version(), linux.fullVersion(),
                linux.cacheTag(), linux.includeDir(), linux.includeDir(), List.of(linux.includeDir()),
                ".cp312-win_amd64.pyd", "", "win-amd64", false, "", "", "", "", "", "", false, linux.buildFlags());
        ToolchainException e = assertThrows(ToolchainException.class, () -> CCompiler.of(windows));
        assertEquals(ToolchainException.Kind.UNSUPPORTED_PLATFORM, e.kind());
        assertEquals("building extension modules for win-amd64 (with MSVC) is not implemented yet; build on Linux"
                + " (gcc or clang)", e.getMessage());
        assertEquals("win_amd64", windows.wheelPlatformTag());
    }
}
