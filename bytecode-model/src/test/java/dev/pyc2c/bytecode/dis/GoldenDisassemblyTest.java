package dev.pyc2c.bytecode.dis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.code.Code;
import dev.pyc2c.bytecode.pyc.PycFile;
import dev.pyc2c.bytecode.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The disassembly of {@code fixtures/fixture.py}, compiled by each version ({@code fixtures/3.X/fixture.pyc},
 * made by {@code scripts/regenerate.sh}), stays as checked in ({@code fixtures/3.X/fixture.dis}): the format
 * readers of the generated C will see, with the stack depth before each instruction.
 */
class GoldenDisassemblyTest {

    @ParameterizedTest(name = "CPython {0}")
    @EnumSource(PythonVersion.class)
    void fixtureDisassemblyIsStable(PythonVersion version) throws Exception {
        Path dir = Golden.resources().resolve("fixtures").resolve(version.toString());
        byte[] data = Files.readAllBytes(dir.resolve("fixture.pyc"));
        PycFile pyc = PycFile.parse(data, "fixture.pyc");
        assertEquals(version, pyc.version());
        assertArrayEquals(data, pyc.toBytes(), "the fixture round-trips");
        String text = new Disassembler(new Disassembler.Options(false, true, true)).disassemble(Code.decode(pyc));
        Golden.assertMatches(dir.resolve("fixture.dis"), text);
    }

    @ParameterizedTest(name = "CPython {0}")
    @EnumSource(PythonVersion.class)
    void offsetsColumn(PythonVersion version) throws Exception {
        Path dir = Golden.resources().resolve("fixtures").resolve(version.toString());
        PycFile pyc = PycFile.parse(Files.readAllBytes(dir.resolve("fixture.pyc")), "fixture.pyc");
        String text = new Disassembler(new Disassembler.Options(true, false, false)).disassemble(Code.decode(pyc));
        Golden.assertMatches(dir.resolve("fixture-module-offsets.dis"), text);
    }
}
