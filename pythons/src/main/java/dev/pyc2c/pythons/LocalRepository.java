package dev.pyc2c.pythons;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A local Maven repository of the default layout ({@code ~/.m2/repository}), read without Maven: an artifact
 * is there or it is not; nothing is downloaded. For the command line and the tests, whose build fetched the
 * artifacts beforehand.
 *
 * @param root the repository's directory
 */
public record LocalRepository(Path root) implements ArtifactSource {
    /** The system property that names the repository ({@code -Dpyc2c.mavenRepository=...}). */
    public static final String PROPERTY = "pyc2c.mavenRepository";

    public LocalRepository {
        Objects.requireNonNull(root, "root");
    }

    /**
     * The repository named by the system property {@value #PROPERTY}, else by {@code maven.repo.local}, else
     * {@code ~/.m2/repository}. (A {@code localRepository} set in Maven's {@code settings.xml} is not read:
     * name it with the property.)
     */
    public static LocalRepository fromSystem() {
        for (String property : new String[] {PROPERTY, "maven.repo.local"}) {
            String v = System.getProperty(property, "");
            if (!v.isBlank()) {
                return new LocalRepository(Path.of(v.strip()));
            }
        }
        return new LocalRepository(Path.of(System.getProperty("user.home"), ".m2", "repository"));
    }

    @Override
    public Path jar(Coordinates coordinates) {
        Path jar = coordinates.repositoryPath(root);
        if (!Files.isRegularFile(jar)) {
            throw new PythonsException(PythonsException.Kind.NOT_AVAILABLE, coordinates + " is not in the local Maven"
                    + " repository " + root + " (no " + jar + "). Fetch it from Maven Central with: mvn"
                    + " dependency:get -Dartifact=" + coordinates + " -Dtransitive=false (a build of pyc2c's"
                    + " tests, or of a project whose pyc2c plugin names maven:" + coordinates.pythonVersion()
                    .map(v -> v.substring(0, v.lastIndexOf('.'))).orElse("3.X") + ", fetches it too).");
        }
        return jar;
    }
}
