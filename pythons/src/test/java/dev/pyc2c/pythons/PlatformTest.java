package dev.pyc2c.pythons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlatformTest {
    @Test
    void classifiersAsJavaCppNamesThem() {
        assertEquals("linux-x86_64", Platform.classifier("Linux", "amd64"));
        assertEquals("linux-x86_64", Platform.classifier("Linux", "x86_64"));
        assertEquals("linux-arm64", Platform.classifier("Linux", "aarch64"));
        assertEquals("linux-ppc64le", Platform.classifier("Linux", "ppc64le"));
        assertEquals("linux-x86", Platform.classifier("Linux", "i386"));
        assertEquals("macosx-arm64", Platform.classifier("Mac OS X", "aarch64"));
        assertEquals("macosx-x86_64", Platform.classifier("Mac OS X", "x86_64"));
        assertEquals("windows-x86_64", Platform.classifier("Windows 11", "amd64"));
        assertEquals("freebsd-x86_64", Platform.classifier("FreeBSD", "amd64"));
        assertEquals("unknown-unknown", Platform.classifier("", ""));
    }

    @Test
    void onlyLinuxX8664IsSupported() {
        assertEquals("linux-x86_64", Platform.requireSupported("linux-x86_64", "Linux amd64", "CPython 3.13"));
        PythonsException e = assertThrows(PythonsException.class,
                () -> Platform.requireSupported("macosx-arm64", "Mac OS X aarch64", "CPython 3.13"));
        assertEquals(PythonsException.Kind.UNSUPPORTED_PLATFORM, e.kind());
        assertEquals("pyc2c takes CPython from Maven Central (org.bytedeco:cpython) on linux-x86_64 only, and this"
                + " machine is Mac OS X aarch64 (macosx-arm64): install CPython 3.13 with its headers and name it by"
                + " path or version instead.", e.getMessage());
    }

    @Test
    void thisMachine() {
        String c = Platform.current();
        assertTrue(c.matches("[a-z0-9]+-[a-z0-9_]+"), c);
    }
}
