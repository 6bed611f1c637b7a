package dev.pyc2c.backend.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyc2c.backend.testing.Pythons;
import dev.pyc2c.backend.toolchain.CBuildRequest;
import dev.pyc2c.backend.toolchain.CCompiler;
import dev.pyc2c.backend.toolchain.CommandRun;
import dev.pyc2c.backend.toolchain.Sysconfig;
import dev.pyc2c.bytecode.PythonVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The interpreter-semantics helpers of the runtime ({@code pyc2c_ops.c}) against the interpreter itself,
 * for every supported version: {@code src/test/ops/opstest.c} exposes each helper to Python and
 * {@code src/test/ops/test_ops.py} runs every case both ways (real Python code that makes the interpreter
 * execute the instruction, and the helper) and compares results, exceptions and observable calls, with
 * a reference-leak check. The runtime must build without a warning under {@code -Wall -Wextra -Werror}, and the
 * runtime module made of it must import and hand out its API capsule.
 */
class RuntimeOpsTest {
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) passed, (\\d+) failed");
    private static final Pattern FAILED = Pattern.compile("^FAIL (.+?): ", Pattern.MULTILINE);

    /**
     * Cases where a helper knowingly does not behave as a version's interpreter does: none. (3.14's with
     * statement and annotations are checked against 3.14's own helpers: test_ops.py runs LOAD_SPECIAL's for the
     * with statement there, and SETUP_ANNOTATIONS under {@code from __future__ import annotations}, the only
     * code that still runs it.)
     */
    private static final Map<PythonVersion, List<String>> KNOWN_DIFFERENCES = Map.of();

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void helpersBehaveLikeTheInterpreter(PythonVersion version) throws Exception {
        var python = Pythons.require(version);
        Sysconfig sysconfig = Pythons.sysconfig(version);
        Path ops = Path.of("src", "test", "ops").toAbsolutePath();
        Path dir = Path.of("target", "ops", version.toString()).toAbsolutePath();
        Files.createDirectories(dir);
        List<Path> runtime = RuntimeSources.extractTo(dir.resolve("runtime"));
        Path opsC = runtime.stream().filter(p -> p.getFileName().toString().equals("pyc2c_ops.c")).findFirst()
                .orElseThrow();
        CCompiler cc = CCompiler.of(sysconfig);
        Path module = dir.resolve(sysconfig.extensionFileName("opstest"));
        CBuildRequest strict = CBuildRequest.of(List.of(opsC), module)
                .withIncludeDirs(List.of(dir.resolve("runtime")))
                .withCompileFlags(List.of("-Wall", "-Wextra", "-Werror"));
        Path opsO = cc.objectFile(opsC, dir);
        CommandRun a = cc.compileObject(opsC, opsO, strict);
        assertEquals("", a.output().strip(), "the runtime's pyc2c_ops.c has warnings");
        Path testC = ops.resolve("opstest.c");
        Path testO = cc.objectFile(testC, dir);
        cc.compileObject(testC, testO, strict.withCompileFlags(List.of("-Wall", "-Wno-unused-parameter")));
        cc.link(new ArrayList<>(List.of(opsO, testO)), strict);
        Files.copy(ops.resolve("test_ops.py"), dir.resolve("test_ops.py"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Pythons.Run run = Pythons.run(python.command(dir.resolve("test_ops.py").toString(), "--leaks"), Map.of());
        Matcher m = SUMMARY.matcher(run.stdout());
        assertTrue(m.find(), () -> "no summary from test_ops.py (exit " + run.exitCode() + ")\nstdout:\n" + run.stdout()
                + "\nstderr:\n" + run.stderr());
        System.out.printf("[ops %s] %s passed, %s failed%n", version, m.group(1), m.group(2));
        List<String> known = KNOWN_DIFFERENCES.getOrDefault(version, List.of()).stream().sorted().toList();
        List<String> failed = FAILED.matcher(run.stdout()).results().map(r -> r.group(1)).sorted().toList();
        assertEquals(known, failed, () -> "test_ops.py on " + version + " failed other cases than the known ones:\n"
                + run.stdout() + run.stderr());
        assertEquals(known.isEmpty() ? 0 : 1, run.exitCode(), () -> "test_ops.py on " + version + ":\n" + run.stdout()
                + run.stderr());
        assertEquals(Integer.toString(known.size()), m.group(2));
        assertTrue(Integer.parseInt(m.group(1)) > 1000, "suspiciously few cases: " + m.group(1));
    }

    /** The whole runtime, warning-free under -Wall -Wextra, linked into a runtime module that imports. */
    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void theRuntimeModuleBuildsWithoutWarningsAndImports(PythonVersion version) throws Exception {
        var python = Pythons.require(version);
        Sysconfig sysconfig = Pythons.sysconfig(version);
        Path dir = Path.of("target", "runtime-module", version.toString()).toAbsolutePath();
        Path lib = dir.resolve("lib");
        Files.createDirectories(lib);
        List<Path> sources = RuntimeSources.extractTo(dir.resolve("runtime"));
        CCompiler cc = CCompiler.of(sysconfig);
        String name = "_pyc2c_runtime_0badcafe";
        CBuildRequest strict = CBuildRequest.of(sources, lib.resolve(sysconfig.extensionFileName(name)))
                .withIncludeDirs(List.of(dir.resolve("runtime"))).withDefines(RuntimeModule.defines(name))
                .withCompileFlags(List.of("-Wall", "-Wextra", "-Werror"));
        List<Path> objects = new ArrayList<>();
        for (Path source : sources) {
            Path object = cc.objectFile(source, dir);
            CommandRun run = cc.compileObject(source, object, strict);
            assertEquals("", run.output().strip(), source.getFileName() + " has warnings");
            objects.add(object);
        }
        cc.link(objects, strict);
        String out = Pythons.python(python, Map.of("PYTHONPATH", lib.toString()), "-c", "import " + name + " as r, sys;"
                + " print(r.ABI, repr(r._pyc2c_api).split('\"')[1], r.__doc__ is not None)").strip();
        assertEquals(RuntimeSources.abiTag() + " " + name + "._pyc2c_api [pyc2c ABI " + RuntimeSources.abiTag()
                + ", CPython " + python.fullVersion() + "] True", out);
    }

    /**
     * A runtime module built for another micro release of the same CPython (compiled as if its headers were of
     * micro version + 1) imports when every size it checks is the running interpreter's, and raises ImportError
     * naming both versions when one differs (a size skewed by 8 bytes, on 3.13): never a crash later.
     */
    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void anotherMicroReleaseIsCheckedAtImport(PythonVersion version) throws Exception {
        var python = Pythons.require(version);
        Sysconfig sysconfig = Pythons.sysconfig(version);
        long hex = Long.parseLong(Pythons.python(python, Map.of(), "-c", "import sys; print(sys.hexversion)").strip());
        long other = hex + 0x100; // the next micro release
        String otherVersion = (other >> 24 & 0xFF) + "." + (other >> 16 & 0xFF) + "." + (other >> 8 & 0xFF);
        String running = (hex >> 24 & 0xFF) + "." + (hex >> 16 & 0xFF) + "." + (hex >> 8 & 0xFF);
        // The refusal is the same code on every version: checked once (3.13); the sizes, on each.
        for (int skew : version == PythonVersion.V3_13 ? new int[] {0, 8} : new int[] {0}) {
            Path dir = Path.of("target", "runtime-skew", version.toString(), "skew" + skew).toAbsolutePath();
            Path lib = dir.resolve("lib");
            Files.createDirectories(lib);
            List<Path> sources = RuntimeSources.extractTo(dir.resolve("runtime"));
            CCompiler cc = CCompiler.of(sysconfig);
            String name = "_pyc2c_runtime_5ca1ab1e";
            List<String> defines = new ArrayList<>(RuntimeModule.defines(name));
            defines.add("PYC2C_BUILT_VERSION_HEX=0x" + Long.toHexString(other) + "UL");
            defines.add("PYC2C_LAYOUT_SKEW=" + skew);
            CBuildRequest request = CBuildRequest.of(sources, lib.resolve(sysconfig.extensionFileName(name)))
                    .withIncludeDirs(List.of(dir.resolve("runtime"))).withDefines(defines);
            List<Path> objects = new ArrayList<>();
            for (Path source : sources) {
                Path object = cc.objectFile(source, dir);
                cc.compileObject(source, object, request);
                objects.add(object);
            }
            cc.link(objects, request);
            String out = Pythons.python(python, Map.of("PYTHONPATH", lib.toString()), "-c", "try:\n import " + name
                    + "\n print('imported')\nexcept ImportError as e:\n print(e)").strip();
            if (skew == 0) {
                assertEquals("imported", out, "the same layout, another micro release");
            } else {
                String expected = "pyc2c: " + name + " was built for CPython " + otherVersion + " and cannot run on this"
                        + " interpreter, CPython " + running + ", whose internal layout differs (code objects: ";
                assertTrue(out.startsWith(expected) && out.contains("Rebuild it with this interpreter"),
                        () -> "expected " + expected + "..., got: " + out);
            }
        }
    }
}
