package dev.pyc2c.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyc2c.backend.runtime.RuntimeSources;
import dev.pyc2c.backend.testing.Golden;
import dev.pyc2c.backend.testing.Pythons;
import dev.pyc2c.backend.toolchain.CBuildRequest;
import dev.pyc2c.backend.toolchain.CCompiler;
import dev.pyc2c.backend.toolchain.CommandRun;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.pyc.PycFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The C generated for a few small functions ({@code golden/small.py}, compiled by CPython 3.11 to 3.14 into
 * {@code small.311.pyc} ... {@code small.314.pyc} by {@code scripts/regenerate-fixtures.sh})
 * stays as checked in ({@code small.311.c} ... {@code small.314.c}): the generated code is meant to be read, so changes to it are reviewed. The
 * golden C itself compiles without a warning under {@code -Wall -Werror}.
 */
class GoldenCTest {
    @TempDir
    Path tmp;

    @Test
    void smallFunctions311() throws Exception {
        smallFunctions("311");
    }

    @Test
    void smallFunctions312() throws Exception {
        smallFunctions("312");
    }

    @Test
    void smallFunctions313() throws Exception {
        smallFunctions("313");
    }

    @Test
    void smallFunctions314() throws Exception {
        smallFunctions("314");
    }

    @Test
    void goldenCompilesWithoutWarnings311() throws Exception {
        compilesWithoutWarnings(PythonVersion.V3_11, "311");
    }

    @Test
    void goldenCompilesWithoutWarnings312() throws Exception {
        compilesWithoutWarnings(PythonVersion.V3_12, "312");
    }

    @Test
    void goldenCompilesWithoutWarnings313() throws Exception {
        compilesWithoutWarnings(PythonVersion.V3_13, "313");
    }

    @Test
    void goldenCompilesWithoutWarnings314() throws Exception {
        compilesWithoutWarnings(PythonVersion.V3_14, "314");
    }

    private static void smallFunctions(String tag) throws Exception {
        Path dir = Golden.resources().resolve("golden");
        PycFile pyc = PycFile.parse(Files.readAllBytes(dir.resolve("small." + tag + ".pyc")), "small." + tag + ".pyc");
        CompiledModule m = ModuleCompiler.forVersion(pyc.version())
                .compile(pyc, "small", Files.readString(dir.resolve("small.py")));
        Golden.assertMatches(dir.resolve("small." + tag + ".c"), m.cSource());
    }

    private void compilesWithoutWarnings(PythonVersion version, String tag) throws Exception {
        var sysconfig = Pythons.sysconfig(version);
        Path runtime = tmp.resolve("runtime");
        RuntimeSources.extractTo(runtime);
        Path c = Golden.resources().resolve("golden").resolve("small." + tag + ".c");
        CCompiler cc = CCompiler.of(sysconfig);
        CBuildRequest request = CBuildRequest.of(List.of(c), tmp.resolve(sysconfig.extensionFileName("small")))
                .withIncludeDirs(List.of(runtime)).withCompileFlags(List.of("-Wall", "-Werror"));
        CommandRun run = cc.compileObject(c, cc.objectFile(c, tmp), request);
        assertEquals("", run.output().strip(), "the compiler's diagnostics");
    }
}
