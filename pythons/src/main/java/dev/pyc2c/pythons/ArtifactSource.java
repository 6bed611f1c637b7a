package dev.pyc2c.pythons;

import java.nio.file.Path;

/**
 * Where the jar of an artifact comes from: Maven's resolver in the plugin (remote repositories, mirrors,
 * proxies, offline mode), or a {@link LocalRepository} without Maven.
 */
@FunctionalInterface
public interface ArtifactSource {
    /**
     * The jar of {@code coordinates}, a file that exists.
     *
     * @throws PythonsException {@code NOT_AVAILABLE} with a message saying why and what to do
     */
    Path jar(Coordinates coordinates);
}
