package dev.pyc2c.pythons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalRepositoryTest {
    @TempDir
    Path repo;

    @Test
    void anArtifactThatIsThere() throws Exception {
        Coordinates c = MavenPythons.forSeries("3.12", "linux-x86_64").orElseThrow();
        Path jar = c.repositoryPath(repo);
        Files.createDirectories(jar.getParent());
        Files.write(jar, new byte[] {1});
        assertEquals(jar, new LocalRepository(repo).jar(c));
    }

    @Test
    void anArtifactThatIsNotSaysHowToFetchIt() {
        Coordinates c = MavenPythons.forSeries("3.13", "linux-x86_64").orElseThrow();
        PythonsException e = assertThrows(PythonsException.class, () -> new LocalRepository(repo).jar(c));
        assertEquals(PythonsException.Kind.NOT_AVAILABLE, e.kind());
        assertEquals("org.bytedeco:cpython:3.13.5-1.5.12:jar:linux-x86_64 is not in the local Maven repository " + repo
                + " (no " + c.repositoryPath(repo) + "). Fetch it from Maven Central with: mvn dependency:get"
                + " -Dartifact=org.bytedeco:cpython:3.13.5-1.5.12:jar:linux-x86_64 -Dtransitive=false (a build of"
                + " pyc2c's tests, or of a project whose pyc2c plugin names maven:3.13, fetches it too).", e.getMessage());
    }
}
