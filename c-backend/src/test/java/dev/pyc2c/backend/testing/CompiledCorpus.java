package dev.pyc2c.backend.testing;

import dev.pyc2c.backend.CompiledModule;
import dev.pyc2c.backend.ModuleCompiler;
import dev.pyc2c.backend.runtime.RuntimeSources;
import dev.pyc2c.backend.toolchain.BytecodeCompilation;
import dev.pyc2c.backend.toolchain.BytecodeCompiler;
import dev.pyc2c.backend.toolchain.CBuildRequest;
import dev.pyc2c.backend.toolchain.CCompiler;
import dev.pyc2c.backend.toolchain.CommandRun;
import dev.pyc2c.backend.toolchain.CompileOutcome;
import dev.pyc2c.backend.toolchain.PythonInterpreter;
import dev.pyc2c.backend.toolchain.PythonSource;
import dev.pyc2c.backend.toolchain.Sysconfig;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.code.Code;
import dev.pyc2c.bytecode.pyc.PycFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        Path cDir = root.resolve("c");
        copyTree(programs(), src);
        copyTree(programs(), lib, p -> !p.toString().endsWith(".py"));
        Files.createDirectories(cDir);

        List<Path> pyFiles;
        try (Stream<Path> walk = Files.walk(src)) {
            pyFiles = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        List<PythonSource> sources = pyFiles.stream().map(p -> PythonSource.of(p, p.toString())).toList();
        BytecodeCompilation compilation = BytecodeCompiler.of(python).compile(sources);
        if (compilation.hasErrors()) {
            throw new AssertionError("the corpus does not compile with " + python + ":\n" + compilation.renderErrors());
        }

        Path runtimeDir = root.resolve("runtime");
        List<Path> runtimeSources = RuntimeSources.extractTo(runtimeDir);
        CCompiler cc = CCompiler.of(sysconfig);
        CBuildRequest base = CBuildRequest.of(List.of(runtimeDir.resolve("pyc2c_core.c")), lib.resolve("unused"))
                .withIncludeDirs(List.of(runtimeDir));
        List<Path> runtimeObjects = new ArrayList<>();
        StringBuilder runtimeDiagnostics = new StringBuilder();
        for (Path s : runtimeSources) {
            Path o = cc.objectFile(s, runtimeDir);
            CommandRun run = cc.compileObject(s, o, base);
            runtimeDiagnostics.append(run.output());
            runtimeObjects.add(o);
        }

        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        List<Future<Module>> futures = new ArrayList<>();
        for (CompileOutcome.Compiled c : compilation.compiled()) {
            Path py = c.source().path();
            String name = moduleName(src, py);
            futures.add(pool.submit(() -> buildModule(version, cc, sysconfig, runtimeDir, runtimeObjects, src, lib, cDir,
                    py, name, c.pyc())));
        }
        List<Module> modules = new ArrayList<>();
        try {
            for (Future<Module> f : futures) {
                modules.add(f.get());
            }
        } catch (Exception e) {
            throw new AssertionError("building the corpus failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        if (!runtimeDiagnostics.toString().isBlank()) {
            modules.add(new Module("<runtime>", runtimeDir, runtimeDir, null, null, runtimeDiagnostics.toString()));
        }
        return new Built(version, python, src, lib, List.copyOf(modules), (System.nanoTime() - t0) / 1_000_000);
    }

    private static Module buildModule(PythonVersion version, CCompiler cc, Sysconfig sysconfig, Path runtimeDir,
            List<Path> runtimeObjects, Path src, Path lib, Path cDir, Path py, String name, byte[] pyc)
            throws IOException {
        PycFile file = PycFile.parse(pyc, py.toString());
        CompiledModule compiled = ModuleCompiler.forVersion(version).compile(file, name, Files.readString(py));
        Path c = cDir.resolve(name + ".c");
        Files.writeString(c, compiled.cSource());
        Path rel = src.relativize(py);
        Path outDir = rel.getParent() == null ? lib : lib.resolve(rel.getParent());
        Files.createDirectories(outDir);
        String last = name.substring(name.lastIndexOf('.') + 1);
        Path output = outDir.resolve(sysconfig.extensionFileName(last));
        CBuildRequest request = CBuildRequest.of(List.of(c), output).withIncludeDirs(List.of(runtimeDir));
        Path object = cc.objectFile(c, cDir);
        CommandRun compile = cc.compileObject(c, object, request);
        List<Path> objects = new ArrayList<>(List.of(object));
        objects.addAll(runtimeObjects);
        CommandRun link = cc.link(objects, request);
        return new Module(name, py, c, compiled, Code.decode(file), compile.output() + link.output());
    }

    private static String moduleName(Path src, Path py) {
        String rel = src.relativize(py).toString().replace('\\', '/');
        rel = rel.substring(0, rel.length() - ".py".length());
        if (rel.endsWith("/__init__")) {
            rel = rel.substring(0, rel.length() - "/__init__".length());
        }
        return rel.replace('/', '.');
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
