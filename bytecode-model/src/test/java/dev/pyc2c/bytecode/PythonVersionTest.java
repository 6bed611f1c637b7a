package dev.pyc2c.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PythonVersionTest {

    @Test
    void parsesVersionsAndPatchReleases() {
        assertEquals(Optional.of(PythonVersion.V3_14), PythonVersion.parse("3.14.3"));
        assertEquals(Optional.of(PythonVersion.V3_14), PythonVersion.parse("3.14"));
        assertEquals(Optional.of(PythonVersion.V3_14), PythonVersion.parse(" 3.14.0rc1 "));
        assertEquals(Optional.of(PythonVersion.V3_11), PythonVersion.parse("3.11.7"));
        assertTrue(PythonVersion.parse("3.15.0").isEmpty());
        assertTrue(PythonVersion.parse("3.1").isEmpty());
        assertTrue(PythonVersion.parse("2.14").isEmpty());
        assertTrue(PythonVersion.parse("3").isEmpty());
        assertEquals("3.11, 3.12, 3.13, 3.14", PythonVersion.supportedList());
    }

    @Test
    void perVersionFacts() {
        PythonVersion v = PythonVersion.V3_14;
        assertEquals(Optional.of(v), PythonVersion.fromMagic(3627));
        assertEquals(3627, v.magicNumber());
        assertEquals("cpython-314", v.cacheTag());
        assertEquals("3.14", v.toString());
        assertEquals(5, v.compareOpShift());
        assertTrue(v.compareOpHasBoolFlag());
        assertEquals(1, v.minimumStackSize());
        assertEquals(5, v.marshalVersion());
        assertEquals(4, PythonVersion.V3_13.marshalVersion());
        assertTrue(v.atLeast(PythonVersion.V3_13));
        assertFalse(PythonVersion.V3_13.atLeast(v));
    }

    @Test
    void magicNumbersOfOtherReleasesAreNamed() {
        assertEquals(Optional.of("a pre-release of Python 3.14"), PythonVersion.describeMagic(3600));
        assertEquals(Optional.of("Python 3.14"), PythonVersion.describeMagic(3627));
        assertEquals(Optional.of("Python 3.15"), PythonVersion.describeMagic(3655));
        assertEquals(Optional.of("Python 3.10"), PythonVersion.describeMagic(3439));
        assertTrue(PythonVersion.fromMagic(3626).isEmpty());
        assertTrue(PythonVersion.describeMagic(1234).isEmpty());
    }
}
