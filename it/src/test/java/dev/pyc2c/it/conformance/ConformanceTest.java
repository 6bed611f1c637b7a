package dev.pyc2c.it.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyc2c.backend.toolchain.InterpreterFinder;
import dev.pyc2c.backend.toolchain.PythonInterpreter;
import dev.pyc2c.backend.toolchain.ToolchainException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * CPython's own tests, compiled with pyc2c, must pass wherever the interpreter passes them. The default test
 * run checks {@link ConformanceSuite#SUBSET}; {@code -Pconformance} (system property
 * {@code pyc2c.conformance=full}) checks everything and writes the tables to {@code it/target/conformance/}
 * (and to {@code docs/conformance.md} with {@code -Dpyc2c.conformance.updateDocs=true}, replacing the tables of the
 * interpreters that ran and keeping the others'). Interpreters:
 * {@code pyc2c.conformance.pythons} (comma-separated specs; default {@link #DEFAULT_PYTHONS}, the CPython builds of
 * Maven Central the build fetched, every supported version). Each case is one test,
 * failing with the list of its regressions.
 */
class ConformanceTest {
    private static final List<CaseResult> RESULTS = Collections.synchronizedList(new ArrayList<>());
    private static final boolean FULL = "full".equals(System.getProperty("pyc2c.conformance"));
    /**
     * {@code -Dpyc2c.conformance.modules=a,b}: only these cases of the whole suite; with {@code updateDocs} their rows
     * replace theirs in the committed tables, the other rows kept.
     */
    private static final List<String> ONLY = java.util.Arrays.stream(System.getProperty("pyc2c.conformance.modules",
            "").split(",")).map(String::strip).filter(m -> !m.isEmpty()).toList();
    static final String DEFAULT_PYTHONS = "maven:3.11,maven:3.12,maven:3.13,maven:3.14";

    @TestFactory
    Stream<DynamicTest> compiledModulesPassWhereTheInterpreterPasses() {
        String specs = System.getProperty("pyc2c.conformance.pythons", DEFAULT_PYTHONS);
        List<PythonInterpreter> pythons = new ArrayList<>();
        for (String spec : specs.split(",")) {
            try {
                pythons.add(InterpreterFinder.system().find(spec.strip()));
            } catch (ToolchainException e) {
                String banner = "!!! conformance: no interpreter for '" + spec.strip() + "': " + e.getMessage();
                System.err.println(banner);
                if (Boolean.getBoolean("pyc2c.requirePythons") || FULL) {
                    throw new AssertionError(banner, e);
                }
            }
        }
        Expectations expectations = Expectations.load();
        Path work = Path.of(System.getProperty("pyc2c.conformance.work", "target/conformance/work")).toAbsolutePath();
        List<ConformanceCase> cases = !ONLY.isEmpty()
                ? ConformanceSuite.ALL.stream().filter(c -> ONLY.contains(c.name())).toList()
                : FULL ? ConformanceSuite.ALL : ConformanceSuite.SUBSET;
        return pythons.stream().flatMap(python -> cases.stream().map(c -> DynamicTest.dynamicTest(
                python.cacheTag() + " " + c.name(), () -> {
                    CaseResult r = new ConformanceRunner(python, work, expectations).run(c);
                    RESULTS.add(r);
                    System.out.printf("conformance %s %-24s run %5d, passed interpreted %5d, compiled %5d,"
                            + " regressions %d, expected %d, %.0f%% of %d code objects in C%s%n", r.cacheTag(),
                            c.name(), r.run(), r.passedInterpreted(), r.passedCompiled(), r.regressions().size(),
                            r.expected().size(), 100 * r.shareCompiled(), r.codeObjects(),
                            r.problem().isEmpty() ? "" : " -- " + r.problem().lines().findFirst().orElse(""));
                    assertTrue(r.problem().isEmpty() && r.run() > 0, c.name() + " on " + python + ": "
                            + (r.problem().isEmpty() ? "no test ran" : r.problem()));
                    assertTrue(r.regressions().isEmpty(), c.name() + " on " + python + ": "
                            + r.regressions().size() + " tests pass interpreted and not compiled:\n"
                            + String.join("\n", r.regressions().entrySet().stream()
                            .map(e -> e.getKey() + " -> " + e.getValue()).toList()));
                })));
    }

    @AfterAll
    static void writeTables() throws Exception {
        if (RESULTS.isEmpty()) {
            return;
        }
        List<CaseResult> sorted = new ArrayList<>(RESULTS);
        sorted.sort(java.util.Comparator.comparing(CaseResult::cacheTag)
                .thenComparing(r -> ConformanceSuite.ALL.indexOf(r.testCase())));
        String md = ConformanceReport.write(sorted, FULL ? "every listed module" : "the default run's subset",
                Path.of("target/conformance"));
        if (FULL && Boolean.getBoolean("pyc2c.conformance.updateDocs")) {
            Path docs = Path.of("..", "docs", "conformance.md");
            Files.createDirectories(docs.getParent());
            Files.writeString(docs, !Files.exists(docs) ? md : ONLY.isEmpty()
                    ? ConformanceReport.merge(Files.readString(docs), md)
                    : ConformanceReport.mergeRows(Files.readString(docs), md, ConformanceSuite.ALL));
        }
    }
}
