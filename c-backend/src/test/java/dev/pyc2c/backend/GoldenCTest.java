package dev.pyc2c.backend;

import dev.pyc2c.backend.testing.Golden;
import dev.pyc2c.bytecode.pyc.PycFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The C generated for a few small functions ({@code golden/small.py}, compiled by CPython 3.12 into
 * {@code small.312.pyc} by {@code scripts/regenerate-fixtures.sh}) stays as checked in
 * ({@code small.312.c}): the generated code is meant to be read, so changes to it are reviewed.
 */
class GoldenCTest {

    @Test
    void smallFunctions312() throws Exception {
        Path dir = Golden.resources().resolve("golden");
        PycFile pyc = PycFile.parse(Files.readAllBytes(dir.resolve("small.312.pyc")), "small.312.pyc");
        CompiledModule m = ModuleCompiler.forVersion(pyc.version())
                .compile(pyc, "small", Files.readString(dir.resolve("small.py")));
        Golden.assertMatches(dir.resolve("small.312.c"), m.cSource());
    }
}
