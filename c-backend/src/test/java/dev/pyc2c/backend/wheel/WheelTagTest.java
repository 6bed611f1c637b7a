package dev.pyc2c.backend.wheel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link WheelTag}: CPython tags as bdist_wheel and pip write them, and checked parts. */
class WheelTagTest {
    @ParameterizedTest
    @CsvSource({
        "3, 12, false, false, linux-x86_64, cp312-cp312-linux_x86_64",
        "3, 11, false, false, macosx-11.0-arm64, cp311-cp311-macosx_11_0_arm64",
        "3, 13, false, false, win-amd64, cp313-cp313-win_amd64",
        "3, 13, false, true, linux-aarch64, cp313-cp313t-linux_aarch64",
        "3, 12, true, false, linux-x86_64, cp312-cp312d-linux_x86_64",
        "3, 13, true, true, linux-x86_64, cp313-cp313td-linux_x86_64",
        "3, 12, false, false, macosx-10.9-universal2, cp312-cp312-macosx_10_9_universal2",
    })
    void cpythonTags(int major, int minor, boolean debug, boolean freeThreaded, String platform, String tag) {
        assertEquals(tag, WheelTag.cpython(major, minor, debug, freeThreaded, platform).toString());
    }

    @Test
    void ofKeepsItsParts() {
        WheelTag t = WheelTag.of("py2.py3", "abi3", "manylinux_2_17_x86_64.manylinux2014_x86_64");
        assertEquals("py2.py3", t.python());
        assertEquals("abi3", t.abi());
        assertEquals("py2.py3-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64", t.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "cp-312", "cp 312", "cp312/", "c\u00e9"})
    void badPartsAreRefused(String part) {
        for (IllegalArgumentException e : new IllegalArgumentException[] {
            assertThrows(IllegalArgumentException.class, () -> WheelTag.of(part, "none", "any")),
            assertThrows(IllegalArgumentException.class, () -> WheelTag.of("py3", part, "any")),
            assertThrows(IllegalArgumentException.class, () -> WheelTag.of("py3", "none", part))}) {
            assertTrue(e.getMessage().startsWith("'" + part + "' is not a wheel "), e.getMessage());
        }
        assertThrows(NullPointerException.class, () -> WheelTag.of(null, "none", "any"));
        assertThrows(IllegalArgumentException.class, () -> WheelTag.cpython(3, -1, false, false, "linux-x86_64"));
        assertThrows(IllegalArgumentException.class, () -> WheelTag.cpython(3, 12, false, false, "linux/x86_64"));
    }
}
