package dev.pyc2c.maven;

import dev.pyc2c.pythons.ArtifactSource;
import dev.pyc2c.pythons.Coordinates;
import dev.pyc2c.pythons.PythonsException;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;

/**
 * The jars of interpreters from Maven, resolved as any dependency of the project is: by Maven's own resolver,
 * with the build's session (its local repository, offline mode, mirrors, proxies, authentication) and the
 * project's remote repositories. A failure becomes a {@link PythonsException} whose message says what to do
 * (offline: run once online, or fetch the artifact; online: what the repositories said).
 */
final class MavenArtifactSource implements ArtifactSource {
    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    MavenArtifactSource(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = Objects.requireNonNull(system, "system");
        this.session = Objects.requireNonNull(session, "session");
        this.repositories = List.copyOf(repositories);
    }

    @Override
    public Path jar(Coordinates c) {
        ArtifactRequest request = new ArtifactRequest(new DefaultArtifact(c.groupId(), c.artifactId(), c.classifier(),
                c.extension(), c.version()), repositories, "pyc2c");
        String series = c.pythonVersion().map(v -> v.substring(0, v.lastIndexOf('.'))).orElse("");
        String local = "local repository " + session.getLocalRepository().getBasedir();
        String instead = series.isEmpty() ? "" : ", or name a local CPython " + series + " (by path, or as " + series
                + " if it is installed)";
        try {
            ArtifactResult result = system.resolveArtifact(session, request);
            File file = result.getArtifact() == null ? null : result.getArtifact().getFile();
            if (file == null || !file.isFile()) {
                throw new PythonsException(PythonsException.Kind.NOT_AVAILABLE, c + " was resolved, but its file is"
                        + " missing from the " + local + ".");
            }
            return file.toPath();
        } catch (ArtifactResolutionException e) {
            if (session.isOffline()) {
                throw new PythonsException(PythonsException.Kind.NOT_AVAILABLE, "CPython from Maven: " + c
                        + " is not in the " + local + ", and Maven is offline (-o), so it cannot be downloaded. Run the"
                        + " build once without -o to download it (about 25 MB, once), or fetch it with mvn dependency:get"
                        + " -Dartifact=" + c + " -Dtransitive=false" + instead + ".", e);
            }
            String where = repositories.stream().map(r -> r.getId() + " (" + r.getUrl() + ")")
                    .collect(Collectors.joining(", "));
            throw new PythonsException(PythonsException.Kind.NOT_AVAILABLE, "CPython from Maven: " + c
                    + " could not be resolved from " + (where.isEmpty() ? "any repository" : where) + ": "
                    + firstLine(e.getMessage()) + ". Check the network and the repositories, mirrors and proxies of"
                    + " your settings.xml (Maven Central, or a mirror of it, must serve org.bytedeco:cpython)" + instead
                    + ".", e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.lines().findFirst().orElse("").strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
