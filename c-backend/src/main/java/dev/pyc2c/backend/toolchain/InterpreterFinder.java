package dev.pyc2c.backend.toolchain;

import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.pythons.ArtifactSource;
import dev.pyc2c.pythons.Coordinates;
import dev.pyc2c.pythons.LocalRepository;
import dev.pyc2c.pythons.MavenPythons;
import dev.pyc2c.pythons.Platform;
import dev.pyc2c.pythons.PythonCache;
import dev.pyc2c.pythons.PythonsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Resolves what a user wrote to name a Python interpreter (a "spec") to a {@link PythonInterpreter}.
 * A spec is one of:
 * <ul>
 *   <li>a path to an executable ({@code /usr/bin/python3.12}, {@code ~/venv/bin/python}, {@code C:\Python312\python.exe});</li>
 *   <li>a name looked up on {@code PATH} ({@code python3}, {@code python3.12}); the default spec is
 *       {@value #DEFAULT_SPEC};</li>
 *   <li>a version, {@code 3.12} (or an exact {@code 3.12.1}), looked up, in this order, as
 *       {@code python3.12} on {@code PATH}, under pyenv's versions ({@code $PYENV_ROOT/versions/3.12.*},
 *       else {@code ~/.pyenv/versions/3.12.*}, newest first) and, on Windows, through the {@code py}
 *       launcher ({@code py -3.12}); if none of these has it, and the finder has a Maven source
 *       ({@link #withMaven}), the CPython of that version from Maven Central, as {@code maven:3.12};</li>
 *   <li>{@code maven:3.12}, {@code maven:3.13.5} or {@code maven:org.bytedeco:cpython:3.13.5-1.5.12:linux-x86_64}:
 *       always the CPython build of that Maven artifact ({@link MavenPythons}), its jar from the finder's
 *       {@link ArtifactSource} (Maven's resolver in the plugin; the local repository {@code ~/.m2/repository} for
 *       {@link #system()}), unpacked once into a {@link PythonCache}.</li>
 * </ul>
 * A candidate counts only if it runs and reports the version asked for: a pyenv shim for a version that
 * is not selected ({@code pyenv: python3.12: command not found}) is passed over. Every failure raises a
 * {@link ToolchainException} that says what was tried and what to do. {@link PythonInterpreter#describe()} says
 * where the interpreter came from.
 *
 * <p>All lookups go through an {@link Environment}, so tests can use fake {@code PATH}s and pyenv roots.
 */
public final class InterpreterFinder {
    /** The spec used when none is given. */
    public static final String DEFAULT_SPEC = "python3";

    private static final Pattern VERSION_LIKE = Pattern.compile("\\d+(\\.\\d+)*");
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(\\.\\d+)?");
    private static final Pattern VERSIONED_NAME = Pattern.compile("python(3\\.\\d+)");

    private final Environment env;
    private final ArtifactSource artifacts;
    private final PythonCache cache;
    private final Consumer<String> log;

    private InterpreterFinder(Environment env, ArtifactSource artifacts, PythonCache cache, Consumer<String> log) {
        this.env = Objects.requireNonNull(env, "env");
        this.artifacts = artifacts;
        this.cache = cache;
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * A finder that looks at this JVM's environment; {@code maven:} interpreters (and versions with no local
     * interpreter) come from the local Maven repository ({@link LocalRepository#fromSystem()}), unpacked into
     * the default cache ({@link PythonCache#defaultCache()}); nothing is downloaded.
     */
    public static InterpreterFinder system() {
        return new InterpreterFinder(Environment.system(), LocalRepository.fromSystem(), PythonCache.defaultCache(),
                m -> { });
    }

    /** A finder that looks at {@code env} only: no interpreter from Maven, until {@link #withMaven} gives a source. */
    public static InterpreterFinder of(Environment env) {
        return new InterpreterFinder(env, null, null, m -> { });
    }

    /**
     * This finder, taking {@code maven:} interpreters, and those of versions with no local interpreter, from the
     * jars {@code source} gives, unpacked into {@code cache}; {@code log} hears about unpacking and fallbacks.
     */
    public InterpreterFinder withMaven(ArtifactSource source, PythonCache cache, Consumer<String> log) {
        return new InterpreterFinder(env, Objects.requireNonNull(source, "source"), Objects.requireNonNull(cache,
                "cache"), log);
    }

    /**
     * The interpreter {@code spec} names; {@code null} or blank means {@value #DEFAULT_SPEC}.
     *
     * @throws ToolchainException if there is none ({@code INTERPRETER_NOT_FOUND}), it does not run
     *         ({@code INTERPRETER_FAILED}), the version is unsupported ({@code UNSUPPORTED_VERSION}), it is
     *         not CPython ({@code NOT_CPYTHON}) or the spec is malformed ({@code INVALID_INPUT})
     */
    public PythonInterpreter find(String spec) {
        String s = spec == null || spec.isBlank() ? DEFAULT_SPEC : spec.strip();
        if (MavenPythons.isMavenSpec(s)) {
            return findMaven(s);
        }
        if (VERSION_LIKE.matcher(s).matches()) {
            return findVersion(s);
        }
        if (env.isPathLike(s)) {
            return findPath(s);
        }
        return findName(s);
    }

    /**
     * The interpreters of a comma-separated list of specs ({@code "3.11,3.12"},
     * {@code "/usr/bin/python3.12, 3.13"}), in order. Each version may appear once: extension modules
     * built for two interpreters of the same version would have the same file name.
     *
     * @throws ToolchainException as {@link #find}, or {@code INVALID_INPUT} if the list is empty or names
     *         a version twice
     */
    public List<PythonInterpreter> findAll(String specs) {
        List<String> list = new ArrayList<>();
        for (String s : (specs == null ? "" : specs).split(",")) {
            if (!s.isBlank()) {
                list.add(s.strip());
            }
        }
        if (list.isEmpty()) {
            throw new ToolchainException(ToolchainException.Kind.INVALID_INPUT, "no Python interpreter given"
                    + " (the list '" + specs + "' is empty): give versions or paths separated by commas, e.g. 3.11,3.12");
        }
        return findAll(list);
    }

    /**
     * The interpreters of a list of specs, in order, each version once.
     *
     * @throws ToolchainException as {@link #findAll(String)}
     */
    public List<PythonInterpreter> findAll(List<String> specs) {
        if (specs.isEmpty()) {
            throw new ToolchainException(ToolchainException.Kind.INVALID_INPUT,
                    "no Python interpreter given: give versions or paths, e.g. 3.11,3.12");
        }
        Map<PythonVersion, String> specOf = new EnumMap<>(PythonVersion.class);
        Map<PythonVersion, PythonInterpreter> seen = new EnumMap<>(PythonVersion.class);
        List<PythonInterpreter> found = new ArrayList<>();
        for (String spec : specs) {
            PythonInterpreter p = find(spec);
            PythonInterpreter before = seen.putIfAbsent(p.version(), p);
            if (before != null) {
                throw new ToolchainException(ToolchainException.Kind.INVALID_INPUT, "Python " + p.version()
                        + " is given twice: '" + specOf.get(p.version()) + "' is " + before + " and '" + spec
                        + "' is " + p + ". Give one interpreter per version.");
            }
            specOf.put(p.version(), spec);
            found.add(p);
        }
        return List.copyOf(found);
    }

    private PythonInterpreter findPath(String spec) {
        Path p = env.expand(spec).orElseThrow(() -> new ToolchainException(ToolchainException.Kind.INVALID_INPUT,
                "'" + spec + "' is not a valid path. Give the path of a Python interpreter, a name on PATH"
                + " (python3.12) or a version (3.12)."));
        if (!Files.exists(p)) {
            throw new ToolchainException(ToolchainException.Kind.INTERPRETER_NOT_FOUND, "Python interpreter " + p
                    + " does not exist. Give the path of an installed interpreter, a name on PATH (python3.12)"
                    + " or a version (3.12).");
        }
        if (Files.isDirectory(p)) {
            throw new ToolchainException(ToolchainException.Kind.INVALID_INPUT, p + " is a directory, not a Python"
                    + " interpreter. Give the interpreter itself, e.g. " + p.resolve(env.windows() ? "python.exe"
                    : "bin/python3") + ".");
        }
        if (!Environment.isExecutableFile(p)) {
            throw new ToolchainException(ToolchainException.Kind.INTERPRETER_FAILED, p + " is not executable."
                    + " Give the path of a Python interpreter (or make it executable).");
        }
        return PythonInterpreter.probe(List.of(p.toString()), env);
    }

    private PythonInterpreter findName(String spec) {
        Optional<Path> p = env.findExecutable(spec);
        if (p.isEmpty()) {
            Matcher m = VERSIONED_NAME.matcher(spec);
            String hint = m.matches() ? " Give the version (" + m.group(1) + ") to also search pyenv ("
                    + env.pyenvRoot().resolve("versions") + ")" + (env.windows() ? " and the py launcher" : "")
                    + ", or give the interpreter's path." : " Give the interpreter's path, or a version such as 3.12.";
            throw new ToolchainException(ToolchainException.Kind.INTERPRETER_NOT_FOUND, "no '" + spec
                    + "' found on PATH." + hint);
        }
        try {
            return PythonInterpreter.probe(List.of(p.get().toString()), env);
        } catch (ToolchainException e) {
            Matcher m = VERSIONED_NAME.matcher(spec);
            if (e.kind() == ToolchainException.Kind.INTERPRETER_FAILED && m.matches()) {
                throw new ToolchainException(e.kind(), "'" + spec + "' on PATH: " + e.getMessage()
                        .replace(" Name a working Python interpreter.", "") + " Give the version (" + m.group(1)
                        + ") instead to also search pyenv, or give the interpreter's path.", e);
            }
            throw e;
        }
    }

    private PythonInterpreter findVersion(String spec) {
        Matcher m = VERSION.matcher(spec);
        if (!m.matches()) {
            throw new ToolchainException(ToolchainException.Kind.INVALID_INPUT, "'" + spec + "' is not a Python"
                    + " version: give major.minor (e.g. 3.12), a name on PATH (python3.12) or a path.");
        }
        String series = m.group(1) + "." + m.group(2);
        PythonVersion version = PythonVersion.parse(series).orElseThrow(() -> new ToolchainException(
                ToolchainException.Kind.UNSUPPORTED_VERSION, "Python " + spec + " is not supported: pyc2c"
                + " compiles for CPython " + PythonVersion.supportedList() + "."));
        boolean exact = m.group(3) != null;
        List<String> tried = new ArrayList<>();

        String name = "python" + series;
        Optional<Path> onPath = env.findExecutable(name);
        if (onPath.isEmpty()) {
            tried.add(name + " on PATH: not found");
        } else {
            Optional<PythonInterpreter> p = attempt(List.of(onPath.get().toString()), version, exact ? spec : null,
                    name + " on PATH (" + onPath.get() + ")", tried);
            if (p.isPresent()) {
                return p.get();
            }
        }

        Path versions = env.pyenvRoot().resolve("versions");
        List<Path> dirs = pyenvDirs(versions, series, exact ? spec : null);
        if (dirs.isEmpty()) {
            tried.add(versions.resolve(series + ".*") + ": none");
        }
        for (Path dir : dirs) {
            Optional<Path> exe = Stream.of("bin/python" + series, "bin/python3", "bin/python", "python.exe")
                    .map(dir::resolve).filter(Environment::isExecutableFile).findFirst();
            if (exe.isEmpty()) {
                tried.add(dir + ": no bin/python in it");
                continue;
            }
            Optional<PythonInterpreter> p = attempt(List.of(exe.get().toString()), version, exact ? spec : null,
                    exe.get().toString(), tried);
            if (p.isPresent()) {
                return p.get();
            }
        }

        if (env.windows()) {
            Optional<Path> py = env.findExecutable("py");
            if (py.isEmpty()) {
                tried.add("the py launcher: not found on PATH");
            } else {
                Optional<PythonInterpreter> p = attempt(List.of(py.get().toString(), "-" + series), version,
                        exact ? spec : null, "py -" + series, tried);
                if (p.isPresent()) {
                    return p.get();
                }
            }
        }
        Optional<Coordinates> maven = mavenFallback(series, exact ? spec : null);
        if (maven.isPresent()) {
            try {
                PythonInterpreter p = fromMaven(maven.get(), spec);
                log.accept("No local CPython " + spec + " (" + String.join("; ", tried) + "): using "
                        + maven.get());
                return p;
            } catch (PythonsException e) {
                if (e.kind() != PythonsException.Kind.NOT_AVAILABLE) {
                    throw toolchain(e);
                }
                String why = e.getMessage();
                tried.add("Maven artifact " + (why.endsWith(".") ? why.substring(0, why.length() - 1) : why));
            }
        }

        boolean mavenHas = artifacts != null && Platform.SUPPORTED.contains(Platform.current())
                && MavenPythons.forSeries(series, Platform.current()).isPresent();
        throw new ToolchainException(ToolchainException.Kind.INTERPRETER_NOT_FOUND, "no CPython " + spec
                + " found. Tried: " + String.join("; ", tried) + ". Install CPython " + series
                + " with its headers (e.g. pyenv install " + series + ", or your system's python" + series + " and python"
                + series + "-dev packages), or give the interpreter's path" + (mavenHas && maven.isEmpty()
                ? ", or take it from Maven Central with maven:" + series : "") + ".");
    }

    /**
     * The Maven artifact a version falls back to when there is no local interpreter of it: the table's for the
     * series (or exactly the version asked for), if this finder has a Maven source and the platform has builds.
     */
    private Optional<Coordinates> mavenFallback(String series, String exactVersion) {
        if (artifacts == null || !Platform.SUPPORTED.contains(Platform.current())) {
            return Optional.empty();
        }
        return MavenPythons.forSeries(series, Platform.current())
                .filter(c -> exactVersion == null || c.pythonVersion().orElse("").equals(exactVersion));
    }

    private PythonInterpreter findMaven(String spec) {
        String rest = spec.substring(MavenPythons.PREFIX.length()).strip();
        if (!rest.contains(":")) {
            Optional<String> series = MavenPythons.series(rest);
            if (series.isPresent() && PythonVersion.parse(series.get()).isEmpty()) {
                throw new ToolchainException(ToolchainException.Kind.UNSUPPORTED_VERSION, "Python " + rest
                        + " is not supported: pyc2c compiles for CPython " + PythonVersion.supportedList() + ".");
            }
        }
        if (artifacts == null) {
            throw new ToolchainException(ToolchainException.Kind.INVALID_INPUT, "'" + spec + "': this build takes no"
                    + " interpreter from Maven. Give a path, a name on PATH or a version.");
        }
        try {
            return fromMaven(MavenPythons.coordinates(spec), rest);
        } catch (PythonsException e) {
            throw toolchain(e);
        }
    }

    /** The interpreter of a Maven artifact, unpacked if need be, probed; {@code asked} is what the user wrote. */
    private PythonInterpreter fromMaven(Coordinates c, String asked) {
        PythonCache.Installed installed = cache.install(c, artifacts, log);
        PythonInterpreter p;
        try {
            p = PythonInterpreter.probe(List.of(installed.executable().toString()), env);
        } catch (ToolchainException e) {
            if (e.kind() == ToolchainException.Kind.INTERRUPTED) {
                throw e;
            }
            throw new ToolchainException(e.kind(), "CPython from Maven artifact " + c + ", unpacked in "
                    + installed.home() + ": " + e.getMessage() + " Remove " + installed.home()
                    + " to have it unpacked again.", e);
        }
        if (VERSION_LIKE.matcher(asked).matches() && !p.fullVersion().equals(asked)
                && !p.version().toString().equals(asked)) {
            throw new ToolchainException(ToolchainException.Kind.INTERPRETER_FAILED, "the interpreter of " + c + " ("
                    + installed.executable() + ") is CPython " + p.fullVersion() + ", not " + asked + ". Remove "
                    + installed.home() + " to unpack it again.");
        }
        return p.withArtifact(c.toString());
    }

    /** The toolchain's exception for a problem with an interpreter from Maven (same message). */
    static ToolchainException toolchain(PythonsException e) {
        ToolchainException.Kind kind = switch (e.kind()) {
            case INVALID_SPEC -> ToolchainException.Kind.INVALID_INPUT;
            case UNKNOWN_VERSION, NOT_AVAILABLE -> ToolchainException.Kind.INTERPRETER_NOT_FOUND;
            case UNSUPPORTED_PLATFORM -> ToolchainException.Kind.UNSUPPORTED_PLATFORM;
            case BAD_ARTIFACT, DOES_NOT_RUN -> ToolchainException.Kind.INTERPRETER_FAILED;
            case IO_ERROR -> ToolchainException.Kind.IO_ERROR;
            case INTERRUPTED -> ToolchainException.Kind.INTERRUPTED;
        };
        return new ToolchainException(kind, e.getMessage(), e);
    }

    /** Probes one candidate; if it is not the version wanted, says why in {@code tried}. */
    private Optional<PythonInterpreter> attempt(List<String> command, PythonVersion version, String exactVersion,
                                                String description, List<String> tried) {
        try {
            PythonInterpreter p = PythonInterpreter.probe(command, env);
            if (p.version() != version || (exactVersion != null && !p.fullVersion().equals(exactVersion))) {
                tried.add(description + ": is " + p.fullVersion());
                return Optional.empty();
            }
            return Optional.of(p);
        } catch (ToolchainException e) {
            if (e.kind() == ToolchainException.Kind.INTERRUPTED) {
                throw e;
            }
            tried.add(description + ": " + brief(e.getMessage(), command));
            return Optional.empty();
        }
    }

    /** A probe failure's message without the command it starts with, and without its advice. */
    private static String brief(String message, List<String> command) {
        String m = message;
        String name = CommandLine.render(command);
        if (m.startsWith(name)) {
            m = m.substring(name.length()).strip();
        }
        int advice = m.indexOf(". ");
        return advice > 0 ? m.substring(0, advice) : m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }

    /** The pyenv version directories of a series, newest first; plain builds before variants (3.13.0t). */
    private static List<Path> pyenvDirs(Path versions, String series, String exactVersion) {
        if (!Files.isDirectory(versions)) {
            return List.of();
        }
        Pattern dir = Pattern.compile(Pattern.quote(series) + "\\.(\\d+)(.*)");
        List<Path> found = new ArrayList<>();
        try (Stream<Path> s = Files.list(versions)) {
            s.filter(p -> dir.matcher(p.getFileName().toString()).matches())
                    .filter(p -> exactVersion == null || p.getFileName().toString().startsWith(exactVersion))
                    .forEach(found::add);
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.<Path>comparingInt(p -> {
            Matcher m = dir.matcher(p.getFileName().toString());
            m.matches();
            return -parsePatch(m.group(1));
        }).thenComparing(p -> {
            Matcher m = dir.matcher(p.getFileName().toString());
            m.matches();
            return m.group(2);
        }));
        return found;
    }

    private static int parsePatch(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
