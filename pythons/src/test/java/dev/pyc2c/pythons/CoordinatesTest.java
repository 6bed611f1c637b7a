package dev.pyc2c.pythons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoordinatesTest {
    @Test
    void threeFourAndFiveParts() {
        assertEquals(new Coordinates("org.bytedeco", "cpython", "3.13.5-1.5.12", "jar", "linux-x86_64"),
                Coordinates.parse("org.bytedeco:cpython:3.13.5-1.5.12", "linux-x86_64"));
        assertEquals(new Coordinates("org.bytedeco", "cpython", "3.13.5-1.5.12", "jar", "linux-arm64"),
                Coordinates.parse(" org.bytedeco:cpython:3.13.5-1.5.12:linux-arm64 ", "linux-x86_64"));
        assertEquals(new Coordinates("g.h", "a", "1.0", "zip", "c"), Coordinates.parse("g.h:a:1.0:zip:c", "x"));
    }

    @Test
    void printedAsDependencyGetTakesThem() {
        Coordinates c = Coordinates.parse("org.bytedeco:cpython:3.14.3-1.5.13:linux-x86_64", "");
        assertEquals("org.bytedeco:cpython:3.14.3-1.5.13:jar:linux-x86_64", c.toString());
        assertEquals(c, Coordinates.parse(c.toString(), "other"));
        assertEquals("g:a:1:jar", new Coordinates("g", "a", "1", "jar", "").toString());
    }

    @Test
    void malformedOrUnsafeCoordinatesAreRefused() {
        for (String bad : new String[] {"cpython", "a:b", "a:b:c:d:e:f", "org.bytedeco::3.13.5-1.5.12",
                "org.bytedeco:cpython:../../etc:linux-x86_64", "org.bytedeco:cpython:3.13.5:linux/x86_64",
                "org.bytedeco:cpython:3.13.5 1:linux-x86_64", ".:cpython:1:x"}) {
            PythonsException e = assertThrows(PythonsException.class, () -> Coordinates.parse(bad, "linux-x86_64"), bad);
            assertEquals(PythonsException.Kind.INVALID_SPEC, e.kind(), bad);
        }
        PythonsException e = assertThrows(PythonsException.class, () -> Coordinates.parse("a:b", "x"));
        assertTrue(e.getMessage().contains("groupId:artifactId:version:classifier"), e.getMessage());
    }

    @Test
    void thePythonVersionIsWhatTheVersionStartsWith() {
        assertEquals(Optional.of("3.13.5"), version("3.13.5-1.5.12"));
        assertEquals(Optional.of("3.11.3"), version("3.11.3-1.5.9"));
        assertEquals(Optional.of("3.14.0rc1"), version("3.14.0rc1-1.5.13"));
        assertEquals(Optional.of("3.12.1"), version("3.12.1"));
        assertEquals(Optional.empty(), version("1.5.10"));
        assertEquals(Optional.empty(), version("3.12"));
        assertEquals(Optional.empty(), version("latest"));
    }

    private static Optional<String> version(String v) {
        return new Coordinates("g", "a", v, "jar", "c").pythonVersion();
    }

    @Test
    void repositoryLayout() {
        Coordinates c = Coordinates.parse("org.bytedeco:cpython:3.12.1-1.5.10:linux-x86_64", "");
        assertEquals("cpython-3.12.1-1.5.10-linux-x86_64.jar", c.fileName());
        assertEquals(Path.of("/r/org/bytedeco/cpython/3.12.1-1.5.10/cpython-3.12.1-1.5.10-linux-x86_64.jar"),
                c.repositoryPath(Path.of("/r")));
        assertEquals("a-1.pom", new Coordinates("g", "a", "1", "pom", "").fileName());
    }
}
