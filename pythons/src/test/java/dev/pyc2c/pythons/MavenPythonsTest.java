package dev.pyc2c.pythons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class MavenPythonsTest {
    private static final Supplier<String> LINUX = () -> "linux-x86_64";

    @Test
    void theTableHasARowPerMinorVersionOldestFirst() {
        Map<String, String> t = MavenPythons.table();
        assertEquals(List.of("3.11", "3.12", "3.13", "3.14"), List.copyOf(t.keySet()));
        assertEquals("3.11.3-1.5.9", t.get("3.11"));
        assertEquals("3.12.1-1.5.10", t.get("3.12"));
        assertEquals("3.13.5-1.5.12", t.get("3.13"));
        assertEquals("3.14.3-1.5.13", t.get("3.14"));
        t.forEach((series, version) -> assertTrue(version.startsWith(series + "."), series));
    }

    @Test
    void aMinorVersion() {
        assertEquals("org.bytedeco:cpython:3.14.3-1.5.13:jar:linux-x86_64",
                MavenPythons.coordinates("maven:3.14", LINUX).toString());
        assertEquals("org.bytedeco:cpython:3.11.3-1.5.9:jar:linux-x86_64",
                MavenPythons.coordinates(" 3.11 ", LINUX).toString());
        assertEquals(Optional.of(new Coordinates("org.bytedeco", "cpython", "3.12.1-1.5.10", "jar", "linux-arm64")),
                MavenPythons.forSeries("3.12", "linux-arm64"));
        assertEquals(Optional.empty(), MavenPythons.forSeries("3.10", "linux-x86_64"));
    }

    @Test
    void theExactVersionOfARow() {
        assertEquals("org.bytedeco:cpython:3.13.5-1.5.12:jar:linux-x86_64",
                MavenPythons.coordinates("maven:3.13.5", LINUX).toString());
        PythonsException e = assertThrows(PythonsException.class, () -> MavenPythons.coordinates("maven:3.13.2", LINUX));
        assertEquals(PythonsException.Kind.UNKNOWN_VERSION, e.kind());
        assertEquals("pyc2c takes CPython 3.13.5 from Maven for 3.13 (org.bytedeco:cpython:3.13.5-1.5.12:jar:linux-x86_64),"
                + " not 3.13.2: give maven:3.13, or the coordinates of another build"
                + " (maven:org.bytedeco:cpython:VERSION:linux-x86_64).", e.getMessage());
    }

    @Test
    void anUnknownMinorVersion() {
        PythonsException e = assertThrows(PythonsException.class, () -> MavenPythons.coordinates("maven:3.10", LINUX));
        assertEquals(PythonsException.Kind.UNKNOWN_VERSION, e.kind());
        assertEquals("pyc2c knows no Maven build of CPython 3.10: maven: takes 3.11 (3.11.3-1.5.9), 3.12 (3.12.1-1.5.10),"
                + " 3.13 (3.13.5-1.5.12), 3.14 (3.14.3-1.5.13), or the coordinates of a build"
                + " (maven:org.bytedeco:cpython:VERSION:linux-x86_64).", e.getMessage());
    }

    @Test
    void coordinatesAreTakenAsTheyAre() {
        assertEquals("org.bytedeco:cpython:3.12.1-1.5.10:jar:linux-x86_64",
                MavenPythons.coordinates("maven:org.bytedeco:cpython:3.12.1-1.5.10:linux-x86_64", LINUX).toString());
        assertEquals("com.example:my-python:3.12.9:jar:linux-x86_64",
                MavenPythons.coordinates("maven:com.example:my-python:3.12.9", LINUX).toString());
        // explicit coordinates need no supported platform, a default classifier does
        Supplier<String> mac = () -> Platform.requireSupported("macosx-arm64", "Mac OS X aarch64", "CPython");
        assertEquals("org.bytedeco:cpython:3.12.1-1.5.10:jar:macosx-arm64",
                MavenPythons.coordinates("maven:org.bytedeco:cpython:3.12.1-1.5.10:macosx-arm64", mac).toString());
        assertEquals(PythonsException.Kind.UNSUPPORTED_PLATFORM,
                assertThrows(PythonsException.class, () -> MavenPythons.coordinates("maven:3.12", mac)).kind());
    }

    @Test
    void whatIsNotASpecification() {
        for (String bad : new String[] {"maven:", "maven:latest", "maven:3", "maven:python3.12"}) {
            PythonsException e = assertThrows(PythonsException.class, () -> MavenPythons.coordinates(bad, LINUX), bad);
            assertEquals(PythonsException.Kind.INVALID_SPEC, e.kind(), bad);
        }
        assertTrue(MavenPythons.isMavenSpec(" maven:3.12"));
        assertFalse(MavenPythons.isMavenSpec("3.12"));
        assertFalse(MavenPythons.isMavenSpec(null));
    }

    @Test
    void series() {
        assertEquals(Optional.of("3.13"), MavenPythons.series("3.13.5"));
        assertEquals(Optional.of("3.14"), MavenPythons.series("3.14"));
        assertEquals(Optional.empty(), MavenPythons.series("python3"));
    }
}
