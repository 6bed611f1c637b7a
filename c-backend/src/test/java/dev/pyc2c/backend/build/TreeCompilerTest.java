package dev.pyc2c.backend.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyc2c.backend.CompileReport;
import dev.pyc2c.backend.testing.Pythons;
import dev.pyc2c.backend.toolchain.PythonInterpreter;
import dev.pyc2c.bytecode.PythonVersion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small source tree through {@link TreeCompiler} and its command line, then imported by CPython 3.12. */
class TreeCompilerTest {
    @TempDir
    Path tmp;

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void packageTreeBuildsAndRuns() throws Exception {
        PythonInterpreter python = Pythons.require(PythonVersion.V3_12);
        Path src = tmp.resolve("src");
        write(src.resolve("pkg/__init__.py"), "from .mod import double\nVALUE = double(21)\n");
        write(src.resolve("pkg/mod.py"), "def double(x):\n    return 2 * x\n");
        write(src.resolve("pkg/sub/__init__.py"), "from .. import VALUE as V\n");
        write(src.resolve("pkg/data.txt"), "some data\n");
        write(src.resolve("pkg/py.typed"), "");
        write(src.resolve("tools/update-zips.py"), "print('a script')\n");
        Files.write(src.resolve("latin.py"), "# -*- coding: latin-1 -*-\nWORD = 'caf\u00e9'\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        write(src.resolve("pkg/__pycache__/stale.cpython-312.pyc"), "not copied");
        Path out = tmp.resolve("out");

        TreeCompiler.Result r = TreeCompiler.compile(new TreeCompiler.Request(python, Pythons.sysconfig(PythonVersion.V3_12),
                src, out.resolve("lib"), out.resolve("c"), out.resolve("work"), 2, List.of("-Wall")));

        assertEquals(List.of("latin", "pkg", "pkg.mod", "pkg.sub"), r.modules().stream().map(TreeCompiler.ModuleBuild::name)
                .sorted().toList());
        for (TreeCompiler.ModuleBuild m : r.modules()) {
            assertTrue(Files.isRegularFile(m.extension()), m.extension().toString());
            assertTrue(m.compiled().report().codeObjects().stream().allMatch(c -> c.status()
                    == CompileReport.Status.COMPILED), m.name() + ": " + m.compiled().report());
            assertEquals("", m.diagnostics().strip(), m.name());
        }
        Path lib = out.resolve("lib");
        assertTrue(Files.exists(lib.resolve("pkg/data.txt")) && Files.exists(lib.resolve("pkg/py.typed")));
        assertTrue(Files.exists(lib.resolve("tools/update-zips.py")), "a script is copied as source");
        assertEquals(1, r.copied().size());
        assertTrue(!Files.exists(lib.resolve("pkg/__pycache__")), "__pycache__ is not copied");
        assertTrue(Files.list(lib.resolve("pkg")).anyMatch(p -> p.getFileName().toString().startsWith("__init__.cpython-312")),
                "the package's __init__ is an extension module named __init__");
        assertTrue(Files.readString(out.resolve("c/latin.c")).contains("caf\u00e9"), "the latin-1 source line in the C");

        // Two top-level names (latin, pkg): the runtime module is a top-level module named after them.
        assertTrue(r.runtimeModule().matches("_pyc2c_runtime_[0-9a-f]{8}"), r.runtimeModule());
        assertEquals(lib.resolve(Pythons.sysconfig(PythonVersion.V3_12).extensionFileName(r.runtimeModule())), r.runtime());
        assertTrue(Files.isRegularFile(r.runtime()));
        assertEquals("", r.runtimeDiagnostics().strip());

        Pythons.Run run = Pythons.run(python.command("-c", "import sys, pkg, pkg.sub, latin; print(pkg.VALUE, pkg.sub.V, "
                + "latin.WORD, pkg.__file__.endswith('.so'), pkg.__path__ is not None, "
                + "[m for m in sys.modules if 'pyc2c' in m] == [" + "'" + r.runtimeModule() + "'])"),
                Map.of("PYTHONPATH", lib.toString()));
        assertEquals("42 42 caf\u00e9 True True True", run.stdout().strip(), run.stderr());
    }

    @Test
    void everySyntaxErrorIsReported() throws Exception {
        PythonInterpreter python = Pythons.require(PythonVersion.V3_12);
        Path src = tmp.resolve("src");
        write(src.resolve("good.py"), "X = 1\n");
        write(src.resolve("bad1.py"), "def f(:\n    pass\n");
        write(src.resolve("pkg/bad2.py"), "x = 1\nif x\n    pass\n");
        Path out = tmp.resolve("out");
        BuildException e = assertThrows(BuildException.class, () -> TreeCompiler.compile(new TreeCompiler.Request(python,
                Pythons.sysconfig(PythonVersion.V3_12), src, out.resolve("lib"), out.resolve("c"), out.resolve("work"), 1,
                List.of())));
        assertTrue(e.getMessage().contains("bad1.py:1:"), e.getMessage());
        assertTrue(e.getMessage().contains("bad2.py:2:"), e.getMessage());
        assertTrue(e.getMessage().startsWith("2 of 3 Python sources do not compile"), e.getMessage());
        assertTrue(!Files.exists(out.resolve("lib/good.cpython-312-x86_64-linux-gnu.so")), "nothing is built");
    }

    @Test
    void commandLineSaysWhatIsWrong() throws Exception {
        assertEquals(2, main("only-one-argument").code);
        Main m = main(tmp.resolve("missing").toString(), tmp.resolve("out").toString());
        assertEquals(1, m.code);
        assertTrue(m.err.contains("is not a directory"), m.err);
        Files.createDirectories(tmp.resolve("src"));
        Main nope = main("--python", tmp.resolve("no-such-python").toString(), tmp.resolve("src").toString(),
                tmp.resolve("out").toString());
        assertEquals(1, nope.code);
        assertTrue(nope.err.startsWith("error: ") && !nope.err.contains("\tat "), nope.err);
        for (String bad : List.of("-1", "ten")) {
            Main timeout = main("--compile-timeout", bad, tmp.resolve("src").toString(), tmp.resolve("out").toString());
            assertEquals(2, timeout.code);
            assertEquals("--compile-timeout takes a number of seconds (0: no limit), not '" + bad + "'",
                    timeout.err.strip());
        }
    }

    @Test
    void commandLineTakesACompileTimeout() throws Exception {
        PythonInterpreter python = Pythons.require(PythonVersion.V3_12);
        write(tmp.resolve("src/solo.py"), "ANSWER = 6 * 7\n");
        Main m = main("--python", python.executable().toString(), "--compile-timeout", "600",
                tmp.resolve("src").toString(), tmp.resolve("out").toString());
        assertEquals(0, m.code, m.err);
        Pythons.Run run = Pythons.run(python.command("-c", "import solo; print(solo.ANSWER)"),
                Map.of("PYTHONPATH", tmp.resolve("out").resolve(python.cacheTag()).resolve("lib").toString()));
        assertEquals("42", run.stdout().strip(), run.stderr());
    }

    private record Main(int code, String out, String err) {
    }

    private static Main main(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TreeCompilerMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Main(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
