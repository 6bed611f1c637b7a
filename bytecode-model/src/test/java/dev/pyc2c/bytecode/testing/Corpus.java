package dev.pyc2c.bytecode.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyc2c.bytecode.PythonVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The standard library of an interpreter compiled to {@code .pyc} files (by {@code scripts/corpus_compile.py}),
 * once per test JVM and version, under {@code target/corpus/3.X}. Which files: all of them, or with
 * {@code -Dpyc2c.corpus=sample} (for quick local runs) every {@value #SAMPLE_EVERY}th in sorted order.
 */
public final class Corpus {
    /** With {@code -Dpyc2c.corpus=sample}, every this-many-th file of the standard library. */
    public static final int SAMPLE_EVERY = 5;

    /** A compiled corpus. */
    public record Compiled(PythonVersion version, Interpreters.Interpreter python, Path root, int sources,
            List<Path> pycs, List<String> skipped, boolean full, long millis) {
    }

    private static final Map<PythonVersion, Compiled> CACHE = new EnumMap<>(PythonVersion.class);

    private Corpus() {
    }

    public static boolean full() {
        return !"sample".equals(System.getProperty("pyc2c.corpus", "full"));
    }

    /** The compiled corpus of {@code v}; aborts (loudly) if there is no interpreter of that version. */
    public static synchronized Compiled of(PythonVersion v) {
        Compiled c = CACHE.get(v);
        if (c != null) {
            return c;
        }
        Interpreters.Interpreter python = Interpreters.require(v);
        long t0 = System.nanoTime();
        Path root = Path.of("target", "corpus", v.toString()).toAbsolutePath();
        try {
            deleteTree(root);
            Files.createDirectories(root);
            List<String> args = new ArrayList<>(List.of(Python.scripts().resolve("corpus_compile.py").toString(),
                    root.toString()));
            if (!full()) {
                args.addAll(List.of("--every", Integer.toString(SAMPLE_EVERY)));
            }
            JsonNode summary = new ObjectMapper().readTree(Python.run(python, args.toArray(String[]::new)));
            List<Path> pycs = new ArrayList<>();
            summary.get("compiled").forEach(n -> pycs.add(root.resolve(n.asText())));
            List<String> skipped = new ArrayList<>();
            summary.get("skipped").forEach(n -> skipped.add(n.get(0).asText() + " (" + n.get(1).asText() + ")"));
            c = new Compiled(v, python, root, summary.get("sources").asInt(), List.copyOf(pycs), List.copyOf(skipped),
                    full(), (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CACHE.put(v, c);
        return c;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
