package dev.pyc2c.backend.wheel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link WheelMetadata}: checked fields, the escaped name and the METADATA text. */
class WheelMetadataTest {
    @Test
    void metadataFileHasTheGivenFieldsOnly() {
        assertEquals("Metadata-Version: 2.1\nName: my-pkg\nVersion: 1.0\n", WheelMetadata.of("my-pkg", "1.0")
                .metadataFile());
        WheelMetadata m = new WheelMetadata("My.Pkg", "1.0-RC1", "  Compiled\r\n  with pyc2c\n", "MIT",
                "==3.12.*");
        assertEquals("1.0rc1", m.version());
        assertEquals("Compiled with pyc2c", m.summary());
        assertEquals("Metadata-Version: 2.1\nName: My.Pkg\nVersion: 1.0rc1\nSummary: Compiled with pyc2c\n"
                + "License: MIT\nRequires-Python: ==3.12.*\n", m.metadataFile());
        assertEquals("Metadata-Version: 2.1\nName: x\nVersion: 2\nLicense: line one\n        line two\n"
                + "Requires-Python: >=3.11, <3.14\n", WheelMetadata.of("x", "2").withLicense("line one\nline two\n")
                .withRequiresPython(">=3.11, <3.14").metadataFile());
        assertEquals("one line", WheelMetadata.of("x", "2").withSummary("one\nline").summary());
    }

    @ParameterizedTest
    @CsvSource({"my-pkg, my_pkg", "My.Pkg, my_pkg", "a--b__c..d, a_b_c_d", "x, x", "A_1-.2, a_1_2"})
    void escapedName(String name, String escaped) {
        assertEquals(escaped, WheelMetadata.of(name, "1.0").escapedName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-pkg", "pkg-", "my pkg", "pkg/x", "p\u00e4ck", "pkg.", "_"})
    void badNamesAreRefusedNamingTheParameter(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WheelMetadata.of(name, "1.0"));
        assertTrue(e.getMessage().startsWith("'" + name + "' is not a distribution name"), e.getMessage());
        assertTrue(e.getMessage().contains("set pyc2c.wheel.name to one such as "), e.getMessage());
    }

    @Test
    void theNameSuggestionIsValid() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WheelMetadata.of("my pkg!", "1.0"));
        assertTrue(e.getMessage().endsWith("such as my-pkg"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.0-SNAPSHOT", "1.0-M3", "latest", "1.0\n"})
    void badVersionsAreRefusedNamingTheParameter(String version) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WheelMetadata.of("pkg", version));
        assertTrue(e.getMessage().contains("is not a PEP 440 version: set pyc2c.wheel.version"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.12", ">=3.12\nX: y", ">=3.12\n,<4", "==", ">=3.11,", "python>=3"})
    void badRequiresPythonIsRefused(String spec) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WheelMetadata.of("pkg", "1.0").withRequiresPython(spec));
        assertTrue(e.getMessage().contains("is not a PEP 440 version specifier set"), e.getMessage());
    }

    @Test
    void nullFieldsAreRefused() {
        assertThrows(NullPointerException.class, () -> WheelMetadata.of(null, "1.0"));
        assertThrows(NullPointerException.class, () -> WheelMetadata.of("pkg", null));
        assertThrows(NullPointerException.class, () -> new WheelMetadata("pkg", "1.0", null, "", ""));
    }
}
