package dev.pyc2c.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyc2c.pythons.Coordinates;
import dev.pyc2c.pythons.MavenPythons;
import dev.pyc2c.pythons.PythonsException;
import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.LocalRepositoryManager;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin's resolution of interpreter jars, with a made-up repository system standing for Maven's. */
class MavenArtifactSourceTest {
    private static final Coordinates C = MavenPythons.forSeries("3.13", "linux-x86_64").orElseThrow();
    private static final RemoteRepository CENTRAL = new RemoteRepository.Builder("central", "default",
            "https://repo.maven.apache.org/maven2").build();

    @TempDir
    Path tmp;
    final List<ArtifactRequest> requests = new ArrayList<>();

    /** A repository system whose resolveArtifact gives {@code file}, or fails (file null) as the resolver does. */
    private RepositorySystem system(File file) {
        return (RepositorySystem) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {RepositorySystem.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("resolveArtifact")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    ArtifactRequest request = (ArtifactRequest) args[1];
                    requests.add(request);
                    ArtifactResult result = new ArtifactResult(request);
                    if (file == null) {
                        result.addException(new RuntimeException("Could not find artifact " + request.getArtifact()));
                        throw new ArtifactResolutionException(List.of(result), "Could not find artifact "
                                + request.getArtifact() + " in central (https://repo.maven.apache.org/maven2)\nmore");
                    }
                    result.setArtifact(request.getArtifact().setFile(file));
                    return result;
                });
    }

    private DefaultRepositorySystemSession session(boolean offline) {
        DefaultRepositorySystemSession s = new DefaultRepositorySystemSession();
        LocalRepository local = new LocalRepository(tmp.resolve("repo").toFile());
        s.setLocalRepositoryManager((LocalRepositoryManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {LocalRepositoryManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getRepository")) {
                        return local;
                    }
                    throw new UnsupportedOperationException(method.getName());
                }));
        s.setOffline(offline);
        return s;
    }

    @Test
    void resolvesTheJarOfTheCoordinatesFromTheProjectsRepositories() throws Exception {
        Path jar = Files.write(tmp.resolve("cpython.jar"), new byte[] {1});
        Path got = new MavenArtifactSource(system(jar.toFile()), session(false), List.of(CENTRAL)).jar(C);
        assertEquals(jar, got);
        assertEquals(1, requests.size());
        ArtifactRequest r = requests.get(0);
        assertEquals("org.bytedeco:cpython:jar:linux-x86_64:3.13.5-1.5.12", r.getArtifact().toString());
        assertEquals(List.of(CENTRAL), r.getRepositories());
    }

    @Test
    void offlineAndMissingSaysWhatToDo() {
        PythonsException e = assertThrows(PythonsException.class,
                () -> new MavenArtifactSource(system(null), session(true), List.of(CENTRAL)).jar(C));
        assertEquals(PythonsException.Kind.NOT_AVAILABLE, e.kind());
        assertEquals("CPython from Maven: org.bytedeco:cpython:3.13.5-1.5.12:jar:linux-x86_64 is not in the local"
                + " repository " + tmp.resolve("repo") + ", and Maven is offline (-o), so it cannot be downloaded. Run the"
                + " build once without -o to download it (about 25 MB, once), or fetch it with mvn dependency:get"
                + " -Dartifact=org.bytedeco:cpython:3.13.5-1.5.12:jar:linux-x86_64 -Dtransitive=false, or name a local"
                + " CPython 3.13 (by path, or as 3.13 if it is installed).", e.getMessage());
    }

    @Test
    void onlineFailureNamesTheRepositoriesAndTheResolversReason() {
        PythonsException e = assertThrows(PythonsException.class,
                () -> new MavenArtifactSource(system(null), session(false), List.of(CENTRAL)).jar(C));
        assertEquals(PythonsException.Kind.NOT_AVAILABLE, e.kind());
        assertEquals("CPython from Maven: org.bytedeco:cpython:3.13.5-1.5.12:jar:linux-x86_64 could not be resolved from"
                + " central (https://repo.maven.apache.org/maven2): Could not find artifact"
                + " org.bytedeco:cpython:jar:linux-x86_64:3.13.5-1.5.12 in central (https://repo.maven.apache.org/maven2)."
                + " Check the network and the repositories, mirrors and proxies of your settings.xml (Maven Central, or"
                + " a mirror of it, must serve org.bytedeco:cpython), or name a local CPython 3.13 (by path, or as 3.13 if"
                + " it is installed).", e.getMessage());
        assertTrue(e.getCause() instanceof ArtifactResolutionException);
    }
}
