package dev.pyc2c.backend.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.codehaus.plexus.util.DirectoryScanner;

/**
 * The files of a Python source tree that a build takes: a root directory with Ant-style include and
 * exclude patterns, as Maven's own source sets ({@code **}{@code /*.py}, {@code tests/**}). Version-control
 * and editor files (Maven's default excludes), {@code __pycache__} directories and {@code .pyc} files are
 * always left out. Scanning uses plexus-utils' {@code DirectoryScanner}, the scanner Maven plugins use, so
 * patterns mean what they mean everywhere else in a pom.
 *
 * @param root the source root (the directory that {@code import} paths start from)
 * @param includes the patterns of files to take; empty means every file
 * @param excludes the patterns of files to leave out
 */
public record SourceSet(Path root, List<String> includes, List<String> excludes) {
    /** What is always left out, besides Maven's default excludes. */
    public static final List<String> ALWAYS_EXCLUDED = List.of("**/__pycache__/**", "**/*.pyc", "**/*.pyo");

    public SourceSet {
        Objects.requireNonNull(root, "root");
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** Every file under {@code root}. */
    public static SourceSet of(Path root) {
        return new SourceSet(root, List.of(), List.of());
    }

    /**
     * The files taken, relative to the root, sorted (with {@code /} separators).
     *
     * @throws BuildException if the root is not a directory
     */
    public List<String> scan() {
        if (!Files.isDirectory(root)) {
            throw new BuildException("the Python source directory " + root + " does not exist or is not a"
                    + " directory: create it, or set pyc2c.sourceDirectory to where the sources are");
        }
        DirectoryScanner scanner = new DirectoryScanner();
        scanner.setBasedir(root.toFile());
        scanner.setIncludes(includes.isEmpty() ? new String[] {"**/*"} : includes.toArray(String[]::new));
        String[] ex = new String[excludes.size() + ALWAYS_EXCLUDED.size()];
        for (int i = 0; i < excludes.size(); i++) {
            ex[i] = excludes.get(i);
        }
        for (int i = 0; i < ALWAYS_EXCLUDED.size(); i++) {
            ex[excludes.size() + i] = ALWAYS_EXCLUDED.get(i);
        }
        scanner.setExcludes(ex);
        scanner.addDefaultExcludes();
        scanner.setFollowSymlinks(true);
        scanner.scan();
        String[] files = scanner.getIncludedFiles();
        return Arrays.stream(files).map(f -> f.replace('\\', '/')).sorted().toList();
    }
}
