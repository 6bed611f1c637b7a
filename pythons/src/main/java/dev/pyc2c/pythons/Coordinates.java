package dev.pyc2c.pythons;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coordinates of a Maven artifact: {@code org.bytedeco:cpython:3.13.5-1.5.12:jar:linux-x86_64}. Each part
 * is also a directory name in the {@link PythonCache cache}, so only letters, digits, {@code .}, {@code _} and
 * {@code -} are allowed (no {@code /}, no {@code ..}).
 *
 * @param groupId {@code org.bytedeco}
 * @param artifactId {@code cpython}
 * @param version {@code 3.13.5-1.5.12}
 * @param extension {@code jar}
 * @param classifier {@code linux-x86_64}; empty for none
 */
public record Coordinates(String groupId, String artifactId, String version, String extension, String classifier) {
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");
    private static final Pattern PYTHON_VERSION = Pattern.compile("(3\\.\\d+\\.\\d+(?:(?:a|b|rc)\\d+)?)(?:[-_+].*)?");

    public Coordinates {
        check("groupId", groupId, false);
        check("artifactId", artifactId, false);
        check("version", version, false);
        check("extension", extension, false);
        check("classifier", classifier, true);
    }

    private static void check(String what, String value, boolean mayBeEmpty) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty() ? !mayBeEmpty : !PART.matcher(value).matches() || value.contains("..")) {
            throw new PythonsException(PythonsException.Kind.INVALID_SPEC, "'" + value + "' is not a valid " + what
                    + " of a Maven artifact (letters, digits, '.', '_' and '-').");
        }
    }

    /**
     * Reads {@code groupId:artifactId:version} (the classifier is then {@code defaultClassifier}),
     * {@code groupId:artifactId:version:classifier} or {@code groupId:artifactId:version:extension:classifier}
     * (the form of {@code mvn dependency:get -Dartifact=...}); the extension is {@code jar} unless given.
     *
     * @throws PythonsException {@code INVALID_SPEC} if it is none of these
     */
    public static Coordinates parse(String text, String defaultClassifier) {
        return parse(text, () -> defaultClassifier);
    }

    /** As {@link #parse(String, String)}, the default classifier asked for only if it is needed. */
    public static Coordinates parse(String text, java.util.function.Supplier<String> defaultClassifier) {
        String[] p = text.strip().split(":", -1);
        return switch (p.length) {
            case 3 -> new Coordinates(p[0], p[1], p[2], "jar", defaultClassifier.get());
            case 4 -> new Coordinates(p[0], p[1], p[2], "jar", p[3]);
            case 5 -> new Coordinates(p[0], p[1], p[2], p[3], p[4]);
            default -> throw new PythonsException(PythonsException.Kind.INVALID_SPEC, "'" + text + "' is not Maven"
                    + " coordinates: give groupId:artifactId:version:classifier, e.g. org.bytedeco:cpython:"
                    + "3.13.5-1.5.12:linux-x86_64.");
        };
    }

    /**
     * The CPython 3 version the artifact's version starts with: {@code 3.13.5} for {@code 3.13.5-1.5.12};
     * empty if it does not start with one.
     */
    public Optional<String> pythonVersion() {
        Matcher m = PYTHON_VERSION.matcher(version);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1));
    }

    /** The file name in a repository: {@code cpython-3.13.5-1.5.12-linux-x86_64.jar}. */
    public String fileName() {
        return artifactId + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier) + "." + extension;
    }

    /** Where the artifact is in a Maven repository of the default layout rooted at {@code repository}. */
    public Path repositoryPath(Path repository) {
        Path p = repository;
        for (String g : groupId.split("\\.")) {
            p = p.resolve(g);
        }
        return p.resolve(artifactId).resolve(version).resolve(fileName());
    }

    /** {@code org.bytedeco:cpython:3.13.5-1.5.12:jar:linux-x86_64}, as {@code mvn dependency:get -Dartifact=} takes it. */
    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version + ":" + extension + (classifier.isEmpty() ? "" : ":" + classifier);
    }
}
