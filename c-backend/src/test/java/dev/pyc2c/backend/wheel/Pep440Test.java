package dev.pyc2c.backend.wheel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyc2c.backend.testing.Pythons;
import dev.pyc2c.backend.toolchain.PythonInterpreter;
import dev.pyc2c.bytecode.PythonVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Pep440}: validity and normal form as {@code packaging} has them, and Maven versions converted. */
class Pep440Test {
    @ParameterizedTest
    @CsvSource({
        "1.2.3, 1.2.3",
        "1, 1",
        "1.2.3-SNAPSHOT, 1.2.3.dev0",
        "0.1.0-SNAPSHOT, 0.1.0.dev0",
        "1.0-rc1, 1.0rc1",
        "1.0-RC-1, 1.0rc1",
        "1.0.RC1, 1.0rc1",
        "1.0RC1, 1.0rc1",
        "1.0-CR2, 1.0rc2",
        "1.0-rc, 1.0rc0",
        "1.0-alpha-2, 1.0a2",
        "1.0-alpha2, 1.0a2",
        "1.0-beta1, 1.0b1",
        "1.0-BETA-10, 1.0b10",
        "2.0-rc1-SNAPSHOT, 2.0rc1.dev0",
        "2.0-beta-3-SNAPSHOT, 2.0b3.dev0",
        "5.4.0.Final, 5.4.0",
        "1.0-GA, 1.0",
        "4.3.1.RELEASE, 4.3.1",
        "1.0.post1, 1.0.post1",
        "1.0-1, 1.0.post1",
        "1.0.dev3, 1.0.dev3",
        "01.002.3, 1.2.3",
    })
    void mavenVersionsConvert(String maven, String pep440) {
        assertEquals(pep440, Pep440.fromMaven(maven));
        assertTrue(Pep440.isValid(pep440), pep440);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0-foo", "1.0-M3", "1.0-milestone-1", "2.5-SNAPSHOT-1", "1.0-20240101.123456-1", "latest",
        "SNAPSHOT", "", "1.0-rc1-foo"})
    void mavenVersionsWithoutAnEquivalentAreRefusedNamingTheParameter(String maven) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pep440.fromMaven(maven));
        assertTrue(e.getMessage().startsWith("Maven version '" + maven + "' has no PEP 440 equivalent: set"
                + " pyc2c.wheel.version to a PEP 440 version such as "), e.getMessage());
    }

    @Test
    void theRefusalSuggestsTheRelease() {
        assertEquals("Maven version '1.0-foo' has no PEP 440 equivalent: set pyc2c.wheel.version to a PEP 440"
                + " version such as 1.0", assertThrows(IllegalArgumentException.class,
                () -> Pep440.fromMaven("1.0-foo")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Pep440.fromMaven("2.5.1-M3")).getMessage()
                .endsWith("such as 2.5.1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Pep440.fromMaven("nightly")).getMessage()
                .endsWith("such as 1.0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.0", "1.0rc1", "1.0-RC1", "1.0.post1", "1.0-1", "1.0.dev0", "1!2.0", "v1.0",
        "1.0a1.post2.dev3", "1.0+local.7", "1.0+Ubuntu-1", "1.0.preview2", "1.0c1", "1.0.rev", "1.0_dev_1"})
    void validVersions(String version) {
        assertTrue(Pep440.isValid(version), version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.0-foo", "1.0-M3", "1.0.x", "a1", "1.0+", "1.0+-a", "1..0", ".1", "1.0 rc1",
        " 1.0", "1.0-SNAPSHOT", "1.0\n"})
    void invalidVersions(String version) {
        assertFalse(Pep440.isValid(version), version);
        assertThrows(IllegalArgumentException.class, () -> Pep440.normalize(version));
    }

    @Test
    void nullIsNotAVersion() {
        assertFalse(Pep440.isValid(null));
    }

    @ParameterizedTest
    @CsvSource({
        "1.0-RC-1, 1.0rc1",
        "1.0-1, 1.0.post1",
        "v01.02, 1.2",
        "1.0.DEV, 1.0.dev0",
        "1.0+Ubuntu-1, 1.0+ubuntu.1",
        "0!1.0, 1.0",
        "2!1.0.preview3, 2!1.0rc3",
        "1.0alpha.rev2-dev4, 1.0a0.post2.dev4",
        "1.0+abc.007, 1.0+abc.7",
    })
    void normalForms(String version, String normal) {
        assertEquals(normal, Pep440.normalize(version));
    }

    /** Validity and normal form agree with {@code packaging} (as pip vendors it) in a real interpreter. */
    @Test
    void agreesWithPackaging() {
        PythonInterpreter python = Pythons.require(PythonVersion.V3_12);
        List<String> versions = List.of("1", "1.0", "1.0-RC-1", "1.0.post1", "1.0-1", "1.0.DEV", "1!2.0", "v01.02",
                "1.0a1.post2.dev3", "1.0+Ubuntu-1", "1.0+abc.007", "1.0.preview2", "1.0c1", "1.0.rev", "1.0_dev_1",
                "1.0alpha.rev2-dev4", "0!1.0", "1.0-foo", "1.0-M3", "1.0.x", "a1", "1.0+", "1..0", "1.0-SNAPSHOT");
        String script = "import sys\n"
                + "from pip._vendor.packaging.version import Version, InvalidVersion\n"
                + "for v in sys.argv[1:]:\n"
                + "    try:\n"
                + "        print(str(Version(v)))\n"
                + "    except InvalidVersion:\n"
                + "        print('INVALID')\n";
        String[] args = new String[versions.size() + 2];
        args[0] = "-c";
        args[1] = script;
        for (int i = 0; i < versions.size(); i++) {
            args[i + 2] = versions.get(i);
        }
        List<String> answers = Pythons.python(python, Map.of(), args).lines().toList();
        assertEquals(versions.size(), answers.size(), answers.toString());
        for (int i = 0; i < versions.size(); i++) {
            String v = versions.get(i);
            if (answers.get(i).equals("INVALID")) {
                assertFalse(Pep440.isValid(v), v);
            } else {
                assertTrue(Pep440.isValid(v), v);
                assertEquals(answers.get(i), Pep440.normalize(v), v);
            }
        }
    }
}
