package dev.pyc2c.it.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyc2c.backend.build.BuildLog;
import dev.pyc2c.backend.build.GeneratedModule;
import dev.pyc2c.backend.build.ProjectBuild;
import dev.pyc2c.backend.build.SourceSet;
import dev.pyc2c.backend.toolchain.PythonInterpreter;
import dev.pyc2c.backend.toolchain.Sysconfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs one {@link ConformanceCase} on one interpreter: copies what is compiled from the interpreter's
 * standard library into a source tree, builds it with pyc2c (the plugin's Maven-free {@link ProjectBuild},
 * incremental, with {@code -O1 -g0} to keep big test modules quick to compile), runs the test module twice
 * with {@code run_tests.py} (interpreted, then with the compiled tree first on the path) at the same time,
 * and compares the outcomes test by test.
 */
final class ConformanceRunner {
    /** How long one run of a test module may take. */
    static final Duration TIMEOUT = Duration.ofMinutes(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PythonInterpreter python;
    private final Path work;
    private final Expectations expectations;

    ConformanceRunner(PythonInterpreter python, Path work, Expectations expectations) {
        this.python = python;
        this.work = work;
        this.expectations = expectations;
    }

    CaseResult run(ConformanceCase c) throws IOException, InterruptedException {
        Path dir = work.resolve(python.cacheTag()).resolve(c.name());
        Path src = dir.resolve("src");
        Path stdlib = stdlib();
        syncSources(c, stdlib, src);
        ProjectBuild build = new ProjectBuild(SourceSet.of(src), dir.resolve("out"), dir.resolve("c"),
                Math.max(1, Runtime.getRuntime().availableProcessors()), List.of("-O1", "-g0"), "", true);
        List<GeneratedModule> modules;
        try {
            modules = build.generate(python, BuildLog.NONE).modules();
            build.compile(python, Sysconfig.read(python), BuildLog.NONE);
        } catch (RuntimeException e) {
            return new CaseResult(c, python.cacheTag(), Map.of(), Map.of(), Map.of(), Map.of(), 0, 0,
                    "pyc2c could not build it: " + e.getMessage());
        }
        long codes = 0;
        long toC = 0;
        for (GeneratedModule m : modules) {
            codes += m.report().codeObjects().size();
            toC += m.report().compiledCount();
        }
        Path lib = build.layout(python).lib();
        Path driver = dir.resolve("run_tests.py");
        try (var in = ConformanceRunner.class.getResourceAsStream("/conformance/run_tests.py")) {
            Files.copy(in, driver, StandardCopyOption.REPLACE_EXISTING);
        }
        CompletableFuture<Run> interpreted = CompletableFuture.supplyAsync(() -> runTests(dir, "interpreted", driver,
                c.testModule(), null, List.of()));
        Run compiled = runTests(dir, "compiled", driver, c.testModule(), lib, c.compiledModules());
        Run plain = interpreted.join();
        if (plain.problem != null) {
            return new CaseResult(c, python.cacheTag(), plain.outcomes, compiled.outcomes, Map.of(), Map.of(), codes,
                    toC, "the interpreted run failed: " + plain.problem);
        }
        Map<String, String> regressions = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        for (Map.Entry<String, String> e : plain.outcomes.entrySet()) {
            if (!CaseResult.PASSING.contains(e.getValue())) {
                continue;
            }
            String now = compiled.outcomes.getOrDefault(e.getKey(), "missing");
            if (CaseResult.PASSING.contains(now)) {
                continue;
            }
            String reason = expectations.reason(e.getKey()).orElse(null);
            if (reason != null) {
                expected.put(e.getKey(), reason);
            } else {
                String detail = compiled.details.getOrDefault(e.getKey(), compiled.problem == null ? "" : compiled.problem);
                regressions.put(e.getKey(), now + (detail.isEmpty() ? "" : ": " + lastLines(detail, 6)));
            }
        }
        return new CaseResult(c, python.cacheTag(), plain.outcomes, compiled.outcomes, regressions, expected, codes,
                toC, compiled.problem == null ? "" : "the compiled run failed: " + compiled.problem);
    }

    /** The interpreter's standard library directory (where {@code test/} is). */
    private Path stdlib() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(python.executable().toString(), "-c",
                "import sysconfig; print(sysconfig.get_paths()['stdlib'])").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            throw new IOException(python + " cannot tell its standard library: " + out);
        }
        return Path.of(out);
    }

    /**
     * Makes {@code src} hold exactly the case's sources (copies only what changed, so that incremental builds
     * stay incremental). Compiled tests also get the harness {@code test/__init__.py}, which appends the
     * interpreter's own {@code test} directory to the package's path: the helpers not compiled
     * ({@code test.support}...) load from there.
     */
    private void syncSources(ConformanceCase c, Path stdlib, Path src) throws IOException {
        Map<Path, byte[]> wanted = new TreeMap<>();
        for (String spec : c.sources()) {
            // "a|b": the first the interpreter has
            String s = java.util.Arrays.stream(spec.split("\\|")).filter(a -> Files.exists(stdlib.resolve(a))
                    || Files.exists(stdlib.resolve(a + ".py"))).findFirst().orElse(spec.split("\\|")[0]);
            Path from = stdlib.resolve(s);
            Path file = Files.exists(from) ? from : stdlib.resolve(s + ".py");
            if (Files.isDirectory(file)) {
                try (Stream<Path> walk = Files.walk(file)) {
                    for (Path f : walk.filter(Files::isRegularFile).filter(ConformanceRunner::taken).toList()) {
                        wanted.put(Path.of(stdlib.relativize(f).toString()), Files.readAllBytes(f));
                    }
                }
            } else if (Files.isRegularFile(file)) {
                wanted.put(Path.of(stdlib.relativize(file).toString()), Files.readAllBytes(file));
            } else {
                throw new IOException(from + " is not in " + python + "'s standard library");
            }
        }
        if (c.kind() == ConformanceCase.Kind.COMPILED_TESTS) {
            wanted.put(Path.of("test", "__init__.py"), ("# pyc2c conformance harness: the test package of the"
                    + " interpreter,\n# with the modules under test compiled (found first, in this directory).\n"
                    + "import os as _os\nimport sysconfig as _sysconfig\n\n"
                    + "__path__.append(_os.path.join(_sysconfig.get_paths()['stdlib'], 'test'))\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (Files.isDirectory(src)) {
            try (Stream<Path> walk = Files.walk(src)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    if (!wanted.containsKey(src.relativize(f))) {
                        Files.delete(f);
                    }
                }
            }
        }
        for (Map.Entry<Path, byte[]> e : wanted.entrySet()) {
            Path to = src.resolve(e.getKey().toString());
            if (!Files.isRegularFile(to) || !java.util.Arrays.equals(Files.readAllBytes(to), e.getValue())) {
                Files.createDirectories(to.getParent());
                Files.write(to, e.getValue());
            }
        }
    }

    private static boolean taken(Path f) {
        String s = f.toString();
        return !s.contains("__pycache__") && !s.endsWith(".pyc");
    }

    /** One run of the driver. */
    private record Run(Map<String, String> outcomes, Map<String, String> details, String problem) {
    }

    private Run runTests(Path dir, String label, Path driver, String module, Path lib, List<String> compiled) {
        try {
            Path cwd = dir.resolve("run-" + label);
            Files.createDirectories(cwd);
            Path out = dir.resolve(label + ".json");
            Path log = dir.resolve(label + ".log");
            Files.deleteIfExists(out);
            List<String> cmd = new ArrayList<>(List.of(python.executable().toString(), "-X", "faulthandler",
                    driver.toString(), module, out.toString()));
            cmd.addAll(compiled);
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().remove("PYTHONPATH");
            pb.environment().remove("PYTHONHOME");
            pb.environment().put("PYTHONHASHSEED", "0");
            if (lib != null) {
                pb.environment().put("PYTHONPATH", lib.toString());
            }
            Process p = pb.start();
            if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                return new Run(Map.of(), Map.of(), "timed out after " + TIMEOUT.toMinutes() + " min");
            }
            if (!Files.isRegularFile(out)) {
                return new Run(Map.of(), Map.of(), "exit status " + p.exitValue() + ", no results; last output:\n"
                        + lastLines(Files.readString(log, StandardCharsets.UTF_8), 15));
            }
            JsonNode json = JSON.readTree(out.toFile());
            Map<String, String> outcomes = new TreeMap<>();
            Map<String, String> details = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = json.path("outcomes").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                outcomes.put(e.getKey(), e.getValue().asText());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = json.path("details").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                details.put(e.getKey(), e.getValue().asText());
            }
            return new Run(outcomes, details, null);
        } catch (IOException e) {
            return new Run(Map.of(), Map.of(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run(Map.of(), Map.of(), "interrupted");
        }
    }

    static String lastLines(String text, int n) {
        String[] lines = text.strip().split("\n");
        return String.join("\n", java.util.Arrays.asList(lines).subList(Math.max(0, lines.length - n), lines.length));
    }
}
