package dev.pyc2c.pythons;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The CPython builds pyc2c takes from Maven Central, and what a {@code maven:} specification names.
 *
 * <p>The table ({@code cpython-artifacts.properties}, a resource of this package) gives, per minor version
 * ({@code "3.14"}: data keyed by the version's text, not by any enum, so that a row can exist before the rest
 * of pyc2c supports the version), the version of {@code org.bytedeco:cpython} to use: a complete, relocatable
 * CPython with its headers (internal ones included), standard library and test suite, in the jar of each
 * {@link Platform platform} ({@code org.bytedeco:cpython:3.13.5-1.5.12:jar:linux-x86_64}).
 *
 * <p>A specification after {@value #PREFIX} is a minor version ({@code maven:3.14}), the exact version of the
 * table's row ({@code maven:3.13.5}), or the coordinates of any build of the same layout
 * ({@code maven:org.bytedeco:cpython:3.13.5-1.5.12:linux-x86_64}).
 */
public final class MavenPythons {
    /** What starts a specification of an interpreter from Maven. */
    public static final String PREFIX = "maven:";
    public static final String GROUP_ID = "org.bytedeco";
    public static final String ARTIFACT_ID = "cpython";

    private static final Pattern SERIES = Pattern.compile("(\\d+)\\.(\\d+)");
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(\\.\\d+.*)?");
    private static final Map<String, String> TABLE = load();

    private MavenPythons() {
    }

    private static Map<String, String> load() {
        Properties p = new Properties();
        try (InputStream in = MavenPythons.class.getResourceAsStream("cpython-artifacts.properties")) {
            if (in == null) {
                throw new IllegalStateException("cpython-artifacts.properties is missing from pyc2c-pythons");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> table = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted(Comparator.comparingInt(MavenPythons::minorOf))
                .forEach(series -> table.put(series, p.getProperty(series).strip()));
        table.forEach((series, version) -> {
            Coordinates c = new Coordinates(GROUP_ID, ARTIFACT_ID, version, "jar", "linux-x86_64");
            if (!SERIES.matcher(series).matches() || !c.pythonVersion().map(v -> v.startsWith(series + "."))
                    .orElse(false)) {
                throw new IllegalStateException("cpython-artifacts.properties: " + series + " = " + version
                        + " is not a CPython " + series + " build");
            }
        });
        return Collections.unmodifiableMap(table);
    }

    private static int minorOf(String series) {
        Matcher m = SERIES.matcher(series);
        return m.matches() ? Integer.parseInt(m.group(1)) * 1000 + Integer.parseInt(m.group(2)) : Integer.MAX_VALUE;
    }

    /** Minor version ({@code "3.14"}) to the version of {@code org.bytedeco:cpython} ({@code "3.14.3-1.5.13"}), oldest first. */
    public static Map<String, String> table() {
        return TABLE;
    }

    /** Whether {@code spec} asks for an interpreter from Maven ({@code maven:...}). */
    public static boolean isMavenSpec(String spec) {
        return spec != null && spec.strip().startsWith(PREFIX);
    }

    /** The minor version of a version: {@code "3.13"} for {@code "3.13.5"} or {@code "3.13"}; empty if it is not one. */
    public static Optional<String> series(String version) {
        Matcher m = VERSION.matcher(version.strip());
        return m.matches() ? Optional.of(m.group(1) + "." + m.group(2)) : Optional.empty();
    }

    /** The artifact of a minor version ({@code "3.14"}) for a platform, if the table has one. */
    public static Optional<Coordinates> forSeries(String series, String classifier) {
        String version = TABLE.get(series);
        return version == null ? Optional.empty()
                : Optional.of(new Coordinates(GROUP_ID, ARTIFACT_ID, version, "jar", classifier));
    }

    /**
     * What a specification names, with or without its {@value #PREFIX}: a minor version ({@code 3.14}), the
     * exact version of the table's row ({@code 3.13.5}), both for this machine's platform, or coordinates
     * ({@code org.bytedeco:cpython:3.13.5-1.5.12:linux-x86_64}, taken as they are).
     *
     * @throws PythonsException {@code INVALID_SPEC}, {@code UNKNOWN_VERSION}, or {@code UNSUPPORTED_PLATFORM}
     *         for a version on a platform without builds
     */
    public static Coordinates coordinates(String spec) {
        return coordinates(spec, () -> Platform.requireSupported("CPython " + stripPrefix(spec)));
    }

    static Coordinates coordinates(String spec, Supplier<String> platform) {
        String s = stripPrefix(spec);
        if (s.contains(":")) {
            return Coordinates.parse(s, platform);
        }
        Matcher m = VERSION.matcher(s);
        if (!m.matches()) {
            throw new PythonsException(PythonsException.Kind.INVALID_SPEC, "'" + spec + "' names no CPython from Maven:"
                    + " give " + PREFIX + "3.X (" + PREFIX + "3.13), an exact version of the table (" + PREFIX
                    + "3.13.5) or coordinates (" + PREFIX + "org.bytedeco:cpython:3.13.5-1.5.12:linux-x86_64).");
        }
        String series = m.group(1) + "." + m.group(2);
        String version = TABLE.get(series);
        if (version == null) {
            throw new PythonsException(PythonsException.Kind.UNKNOWN_VERSION, "pyc2c knows no Maven build of CPython "
                    + series + ": " + PREFIX + " takes " + known() + ", or the coordinates of a build"
                    + " (" + PREFIX + "org.bytedeco:cpython:VERSION:" + platformOrDefault(platform) + ").");
        }
        Coordinates c = new Coordinates(GROUP_ID, ARTIFACT_ID, version, "jar", platform.get());
        if (m.group(3) != null && !c.pythonVersion().orElseThrow().equals(s)) {
            throw new PythonsException(PythonsException.Kind.UNKNOWN_VERSION, "pyc2c takes CPython "
                    + c.pythonVersion().orElseThrow() + " from Maven for " + series + " (" + c + "), not " + s + ": give "
                    + PREFIX + series + ", or the coordinates of another build (" + PREFIX + GROUP_ID + ":" + ARTIFACT_ID
                    + ":VERSION:" + c.classifier() + ").");
        }
        return c;
    }

    private static String platformOrDefault(Supplier<String> platform) {
        try {
            return platform.get();
        } catch (PythonsException e) {
            return "linux-x86_64";
        }
    }

    /** The table as text for messages: {@code 3.11 (3.11.3-1.5.9), 3.12 (3.12.1-1.5.10), ...}. */
    public static String known() {
        return TABLE.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String stripPrefix(String spec) {
        String s = spec.strip();
        return s.startsWith(PREFIX) ? s.substring(PREFIX.length()).strip() : s;
    }

    /**
     * The interpreter a specification names, from the local Maven repository ({@link LocalRepository#fromSystem()})
     * unpacked into the default cache ({@link PythonCache#defaultCache()}): what the tests and the command line use.
     *
     * @throws PythonsException as {@link #coordinates} and {@link PythonCache#install(Coordinates, ArtifactSource, Consumer)}
     */
    public static PythonCache.Installed fromLocalRepository(String spec, Consumer<String> log) {
        return PythonCache.defaultCache().install(coordinates(spec), LocalRepository.fromSystem(), log);
    }
}
