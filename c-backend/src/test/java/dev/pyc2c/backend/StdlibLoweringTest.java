package dev.pyc2c.backend;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyc2c.backend.testing.Pythons;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.pyc.PycFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The whole standard library of CPython 3.11, 3.12, 3.13 and 3.14 (each its own), compiled by the interpreter, lowered to C by pyc2c: no
 * module may fail, and every code object must be compiled except for the reasons the backend documents
 * (generators and coroutines, for now). The C is not compiled here (that would take most of an hour);
 * the differential corpus does compile and run its own. {@code -Dpyc2c.corpus=sample} lowers a fixed
 * fifth of the library.
 */
class StdlibLoweringTest {
    /** Why a code object may stay bytecode. */
    private static final Set<String> ACCEPTED = Set.of("yield from is not compiled yet", "coroutines are not compiled yet",
            "asynchronous generators are not compiled yet");

    @Test
    void everyModuleOfTheStandardLibraryLowers311() throws Exception {
        lowersStdlib(PythonVersion.V3_11);
    }

    @Test
    void everyModuleOfTheStandardLibraryLowers312() throws Exception {
        lowersStdlib(PythonVersion.V3_12);
    }

    @Test
    void everyModuleOfTheStandardLibraryLowers313() throws Exception {
        lowersStdlib(PythonVersion.V3_13);
    }

    @Test
    void everyModuleOfTheStandardLibraryLowers314() throws Exception {
        lowersStdlib(PythonVersion.V3_14);
    }

    private static void lowersStdlib(PythonVersion version) throws Exception {
        var python = Pythons.require(version);
        Path root = Path.of("target", "stdlib", version.toString()).toAbsolutePath();
        Files.createDirectories(root);
        boolean sample = "sample".equals(System.getProperty("pyc2c.corpus", "full"));
        List<String> args = new ArrayList<>(List.of(Path.of("..", "bytecode-model", "scripts", "corpus_compile.py")
                .toAbsolutePath().normalize().toString(), root.toString()));
        if (sample) {
            args.addAll(List.of("--every", "5"));
        }
        long t0 = System.nanoTime();
        Pythons.Run run = Pythons.run(python.command(args.toArray(String[]::new)), Map.of());
        assertTrue(run.exitCode() == 0, () -> "corpus_compile.py failed:\n" + run.stderr());
        JsonNode summary = new ObjectMapper().readTree(run.stdout());
        Path stdlib = Path.of(summary.get("stdlib").asText());
        List<String> pycs = new ArrayList<>();
        summary.get("compiled").forEach(n -> pycs.add(n.asText()));
        long compiledAt = System.nanoTime();

        AtomicLong codeObjects = new AtomicLong();
        AtomicLong compiled = new AtomicLong();
        AtomicLong cBytes = new AtomicLong();
        AtomicLong skippedScripts = new AtomicLong();
        Map<String, Long> interpreted = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        pycs.parallelStream().forEach(rel -> {
            try {
                Path pyc = root.resolve(rel);
                PycFile file = PycFile.parse(Files.readAllBytes(pyc), rel);
                String py = rel.substring(0, rel.length() - 1); // x.pyc -> x.py
                String source = SourceDecoding.decode(Files.readAllBytes(stdlib.resolve(py)));
                String name = py.substring(0, py.length() - 3).replace('/', '.');
                if (name.endsWith(".__init__")) {
                    name = name.substring(0, name.length() - ".__init__".length());
                }
                if (!ModuleCompiler.isCompilableModuleName(name)) {
                    skippedScripts.incrementAndGet(); // a script (update-zips.py): not importable, stays source
                    return;
                }
                CompiledModule m = ModuleCompiler.forVersion(version).compile(file, name, source);
                cBytes.addAndGet(m.cSource().length());
                for (CompileReport.CodeObject c : m.report().codeObjects()) {
                    codeObjects.incrementAndGet();
                    if (c.status() == CompileReport.Status.COMPILED) {
                        compiled.incrementAndGet();
                    } else {
                        interpreted.merge(c.reason(), 1L, Long::sum);
                        if (!ACCEPTED.contains(c.reason())) {
                            failures.add(rel + ": " + c.qualname() + " (line " + c.firstLine() + "): " + c.reason());
                        }
                    }
                }
            } catch (Exception | AssertionError e) {
                failures.add(rel + ": " + e);
            }
        });
        long done = System.nanoTime();
        System.out.printf("[stdlib lowering %s] %d modules%s (%d scripts whose names are not module names left"
                + " out), %d code objects: %d compiled to C, %d left as bytecode"
                + " %s; %.1f MB of C; compiled by CPython in %.1f s, lowered in %.1f s%n", version, pycs.size() - skippedScripts.get(),
                sample ? " (sample)" : "", skippedScripts.get(), codeObjects.get(), compiled.get(), codeObjects.get() - compiled.get(),
                new TreeMap<>(interpreted), cBytes.get() / 1e6, (compiledAt - t0) / 1e9, (done - compiledAt) / 1e9);
        assertTrue(failures.isEmpty(), () -> failures.size() + " problems, the first ones:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }
}
