package dev.pyc2c.backend.testing;

import dev.pyc2c.backend.CompiledModule;
import dev.pyc2c.backend.build.TreeCompiler;
import dev.pyc2c.backend.toolchain.PythonInterpreter;
import dev.pyc2c.backend.toolchain.Sysconfig;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.code.Code;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The differential corpus ({@code src/test/resources/programs}) built for one Python version, once per
 * test JVM: the sources copied to {@code target/diff/3.X/src}, each module compiled by the interpreter,
 * lowered to C ({@code target/diff/3.X/c}) and built into an extension module in the importable tree
 * {@code target/diff/3.X/lib}, which also gets the other files (data) of the corpus.
 */
public final class CompiledCorpus {
    /** One module of the corpus and what became of it. */
    public record Module(String name, Path source, Path cFile, CompiledModule compiled, Code code,
            String diagnostics) {
    }

    /** A built corpus. */
    public record Built(PythonVersion version, PythonInterpreter python, Path src, Path lib, List<Module> modules,
            long millis) {

        /** The programs to run: the modules whose name starts with {@code p_}. */
        public List<String> programs() {
            return modules.stream().map(Module::name).filter(n -> n.startsWith("p_")).sorted().toList();
        }
    }

    private static final Map<PythonVersion, Built> CACHE = new EnumMap<>(PythonVersion.class);

    private CompiledCorpus() {
    }

    public static Path programs() {
        return Golden.resources().resolve("programs");
    }

    public static synchronized Built of(PythonVersion version) {
        Built b = CACHE.get(version);
        if (b == null) {
            try {
                b = build(version);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            CACHE.put(version, b);
        }
        return b;
    }

    private static Built build(PythonVersion version) throws IOException {
        long t0 = System.nanoTime();
        PythonInterpreter python = Pythons.require(version);
        Sysconfig sysconfig = Pythons.sysconfig(version);
        Path root = Path.of("target", "diff", version.toString()).toAbsolutePath();
        deleteTree(root);
        Path src = root.resolve("src");
        Path lib = root.resolve("lib");
        copyTree(programs(), src, p -> forVersion(p, version));
        TreeCompiler.Result result = TreeCompiler.compile(new TreeCompiler.Request(python, sysconfig, src, lib,
                root.resolve("c"), root.resolve("work"), Math.max(1, Runtime.getRuntime().availableProcessors()),
                cFlags()));
        List<Module> modules = new ArrayList<>();
        for (TreeCompiler.ModuleBuild m : result.modules()) {
            modules.add(new Module(m.name(), m.source(), m.cFile(), m.compiled(), Code.decode(m.pyc()), m.diagnostics()));
        }
        if (!result.runtimeDiagnostics().isBlank()) {
            modules.add(new Module("<runtime>", root, root, null, null, result.runtimeDiagnostics()));
        }
        return new Built(version, python, src, lib, List.copyOf(modules), (System.nanoTime() - t0) / 1_000_000);
    }

    private static final java.util.regex.Pattern VERSIONED = java.util.regex.Pattern.compile("p_py3(\\d+)_.*\\.py");

    /**
     * The C flags the corpus is built with, after the interpreter's own: {@code -Wall} and
     * {@code pyc2c.corpusFlags}, which the default test run sets to {@code -O1} (gcc at -O1 takes half the time
     * of the interpreters' -O3 on this C, and the corpus is 24 MB of it per version) and {@code -Pfull} to
     * {@code interpreter} (the interpreter's optimisation level, as users' builds get).
     */
    static List<String> cFlags() {
        String flags = System.getProperty("pyc2c.corpusFlags", "interpreter").strip();
        List<String> out = new ArrayList<>(List.of("-Wall"));
        if (!flags.equals("interpreter")) {
            out.addAll(List.of(flags.split("\\s+")));
        }
        return out;
    }

    /** Whether a program belongs in the corpus of {@code version}: {@code p_py313_*.py} needs 3.13 or later. */
    static boolean forVersion(Path program, PythonVersion version) {
        java.util.regex.Matcher m = VERSIONED.matcher(program.getFileName().toString());
        return !m.matches() || version.minor() >= Integer.parseInt(m.group(1));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        copyTree(from, to, p -> true);
    }

    private static void copyTree(Path from, Path to, java.util.function.Predicate<Path> files) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    if (!p.getFileName().toString().equals("__pycache__")) {
                        Files.createDirectories(target);
                    }
                } else if (files.test(p) && !p.toString().contains("__pycache__")) {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
