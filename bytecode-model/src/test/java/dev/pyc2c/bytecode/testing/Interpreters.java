package dev.pyc2c.bytecode.testing;

import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.pythons.MavenPythons;
import dev.pyc2c.pythons.PythonsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The CPython interpreters the tests run, one per supported version: those listed in
 * {@code -Dpyc2c.pythons=a,b,c} (paths, names on PATH, or {@code maven:3.X}), else, for each supported version,
 * the CPython build of Maven Central ({@code org.bytedeco:cpython}, see {@link MavenPythons}), which the build
 * fetched into the local repository ({@code -Dpyc2c.mavenRepository}), unpacked once into pyc2c's cache: the
 * tests need no Python on the machine and run the same micro versions everywhere. A candidate counts only if it
 * runs and reports the version.
 *
 * <p>A test that needs a missing interpreter calls {@link #require}, which prints a banner on stderr
 * and aborts the test (reported as skipped, with the reason) unless {@code -Dpyc2c.requirePythons=true},
 * which makes it fail.
 */
public final class Interpreters {
    /** A found interpreter. */
    public record Interpreter(PythonVersion version, Path executable, String fullVersion) {
        @Override
        public String toString() {
            return "CPython " + fullVersion + " (" + executable + ")";
        }
    }

    private static Map<PythonVersion, Interpreter> found;
    /** Why a candidate named by {@code maven:} could not be had, per version. */
    private static final Map<PythonVersion, String> WHY = new EnumMap<>(PythonVersion.class);

    private Interpreters() {
    }

    public static synchronized Map<PythonVersion, Interpreter> all() {
        if (found == null) {
            found = discover();
        }
        return found;
    }

    public static Optional<Interpreter> find(PythonVersion v) {
        return Optional.ofNullable(all().get(v));
    }

    /** The interpreter of {@code v}; if there is none, says so loudly and aborts (or fails) the calling test. */
    public static Interpreter require(PythonVersion v) {
        Optional<Interpreter> i = find(v);
        if (i.isPresent()) {
            return i.get();
        }
        String why;
        synchronized (Interpreters.class) {
            why = WHY.getOrDefault(v, "");
        }
        String msg = "NO CPython " + v + " FOUND: the tests that need it did not run. " + (why.isEmpty() ? ""
                : why + " ") + "(or name one with -Dpyc2c.pythons=/path/to/python" + v + ")";
        System.err.println("\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
        System.err.println("!!! " + msg);
        System.err.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n");
        if (Boolean.getBoolean("pyc2c.requirePythons")) {
            throw new AssertionError(msg);
        }
        Assumptions.abort(msg);
        throw new AssertionError("unreachable");
    }

    private static Map<PythonVersion, Interpreter> discover() {
        Map<PythonVersion, Interpreter> out = new EnumMap<>(PythonVersion.class);
        List<String> candidates = new ArrayList<>();
        String listed = System.getProperty("pyc2c.pythons", "").trim();
        if (!listed.isEmpty()) {
            for (String s : listed.split(",")) {
                if (!s.isBlank()) {
                    candidates.add(s.trim());
                }
            }
        } else {
            for (PythonVersion v : PythonVersion.values()) {
                candidates.add(MavenPythons.PREFIX + v);
            }
        }
        for (String c : candidates) {
            Optional<String> command = MavenPythons.isMavenSpec(c) ? fromMaven(c) : Optional.of(c);
            command.flatMap(Interpreters::probe).ifPresent(i -> out.putIfAbsent(i.version(), i));
        }
        out.values().forEach(i -> System.out.println("[pythons] " + i));
        return out;
    }

    /** The executable of a {@code maven:} interpreter, unpacked if need be; empty (and why) if it cannot be had. */
    private static Optional<String> fromMaven(String spec) {
        try {
            return Optional.of(MavenPythons.fromLocalRepository(spec, m -> System.out.println("[pythons] " + m))
                    .executable().toString());
        } catch (PythonsException e) {
            MavenPythons.series(spec.substring(MavenPythons.PREFIX.length())).flatMap(PythonVersion::parse)
                    .ifPresent(v -> WHY.put(v, e.getMessage()));
            return Optional.empty();
        }
    }

    private static Optional<Interpreter> probe(String command) {
        try {
            Process p = new ProcessBuilder(command, "-c",
                    "import sys; print(sys.executable); print(sys.version.split()[0])")
                    .redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Optional.empty();
            }
            String[] lines = text.strip().split("\\R");
            if (lines.length < 2) {
                return Optional.empty();
            }
            String full = lines[lines.length - 1].trim();
            return PythonVersion.parse(full).map(v -> new Interpreter(v, Path.of(lines[lines.length - 2].trim()), full));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
