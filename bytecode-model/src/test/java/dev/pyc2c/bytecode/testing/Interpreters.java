package dev.pyc2c.bytecode.testing;

import dev.pyc2c.bytecode.PythonVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The CPython interpreters the tests run, one per supported version: those listed in
 * {@code -Dpyc2c.pythons=a,b,c} (paths or names on PATH), else {@code python3.X} on PATH and
 * {@code ~/.pyenv/versions/3.X.*}. A candidate counts only if it runs and reports the version.
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
        String msg = "NO CPython " + v + " FOUND: the tests that need it did not run. Install it (e.g. pyenv install "
                + v + ") or name it with -Dpyc2c.pythons=/path/to/python" + v;
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
                candidates.add("python" + v);
            }
            Path pyenv = Path.of(System.getenv().getOrDefault("PYENV_ROOT",
                    System.getProperty("user.home") + "/.pyenv"), "versions");
            if (Files.isDirectory(pyenv)) {
                try (Stream<Path> dirs = Files.list(pyenv)) {
                    dirs.sorted(Comparator.reverseOrder()).map(d -> d.resolve("bin/python"))
                            .filter(Files::isExecutable).forEach(p -> candidates.add(p.toString()));
                } catch (IOException e) {
                    // an unreadable pyenv directory just contributes nothing
                }
            }
        }
        for (String c : candidates) {
            probe(c).ifPresent(i -> out.putIfAbsent(i.version(), i));
        }
        return out;
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
