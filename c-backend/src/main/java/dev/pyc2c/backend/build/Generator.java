package dev.pyc2c.backend.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.pyc2c.backend.CompileReport;
import dev.pyc2c.backend.CompiledModule;
import dev.pyc2c.backend.ModuleCompiler;
import dev.pyc2c.backend.SourceDecoding;
import dev.pyc2c.backend.runtime.RuntimeModule;
import dev.pyc2c.backend.toolchain.BytecodeCompilation;
import dev.pyc2c.backend.toolchain.BytecodeCompiler;
import dev.pyc2c.backend.toolchain.CompileOutcome;
import dev.pyc2c.backend.toolchain.PythonInterpreter;
import dev.pyc2c.backend.toolchain.PythonSource;
import dev.pyc2c.bytecode.PycFormatException;
import dev.pyc2c.bytecode.pyc.PycFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The first step of a build, for one interpreter: the interpreter compiles every {@code .py} of the
 * source set to bytecode, pyc2c lowers each module to C (one file per module, named after it), and every
 * other file is copied into the output tree. The generator also names the build's runtime module from the
 * set of modules ({@link RuntimeModule}) and writes that name into each module's C. Incremental: a module
 * whose source, interpreter and pyc2c are unchanged since the last build, as is the runtime module's name,
 * keeps its C untouched (and its timestamp), and the log says so; files the sources no longer produce are
 * removed. The state lives in {@code work/generate.json}, which {@link NativeBuilder} reads to know the
 * modules and their runtime module.
 */
public final class Generator {
    static final String STATE_FILE = "generate.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * What to generate.
     *
     * @param python the target interpreter (it compiles the sources to bytecode)
     * @param sources the source tree and the files taken from it
     * @param lib the output tree: files that are not compiled are copied here
     * @param generated where the C goes, {@code <module>.c}
     * @param work where the build keeps its state
     * @param jobs how many modules to lower at once (at least 1)
     * @param incremental whether to keep what is up to date (false: regenerate everything)
     * @param log where to say what happens
     */
    public record Request(PythonInterpreter python, SourceSet sources, Path lib, Path generated, Path work, int jobs,
                          boolean incremental, BuildLog log) {
        public Request {
            Objects.requireNonNull(python, "python");
            Objects.requireNonNull(sources, "sources");
            // Absolute paths: the state records them, and a later build from another directory must
            // recognise its own outputs.
            lib = lib.toAbsolutePath().normalize();
            generated = generated.toAbsolutePath().normalize();
            work = work.toAbsolutePath().normalize();
            Objects.requireNonNull(log, "log");
            if (jobs < 1) {
                throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
            }
        }
    }

    /** What pyc2c made of a module generated in this build (absent for a module that was up to date). */
    public record Fresh(CompiledModule compiled, PycFile pyc) {
    }

    /** A {@code .py} file that is not a module pyc2c compiles, copied as source, and why. */
    public record Copied(String source, String reason) {
    }

    /**
     * The modules (in source order), with what was regenerated in this build; the build's runtime module
     * ({@link RuntimeModule}; empty when no module is compiled); the {@code .py} files copied as source; and how
     * many other files were copied.
     */
    public record Result(List<GeneratedModule> modules, Map<String, Fresh> fresh, String runtimeModule,
                         List<Copied> copiedSources, int dataFiles, long millis) {
        public Result {
            modules = List.copyOf(modules);
            fresh = Map.copyOf(fresh);
            Objects.requireNonNull(runtimeModule, "runtimeModule");
            copiedSources = List.copyOf(copiedSources);
        }

        public int regenerated() {
            return fresh.size();
        }
    }

    /** The persisted state: what each module was generated from, the runtime module they import, the files copied. */
    record State(String config, Map<String, ModuleState> modules, String runtime, List<String> copied) {
        State {
            modules = modules == null ? Map.of() : modules;
            runtime = runtime == null ? "" : runtime;
            copied = copied == null ? List.of() : copied;
        }
    }

    /** One module's entry in the state. */
    record ModuleState(String source, String sourceHash, String cFile, String cHash, String report) {
    }

    private Generator() {
    }

    /**
     * Generates C for the source set.
     *
     * @throws BuildException if sources do not compile (every error is listed, as {@code py_compile} reports
     *         them) or a module cannot be lowered
     * @throws dev.pyc2c.backend.toolchain.ToolchainException if the interpreter cannot be run
     */
    public static Result generate(Request r) {
        long t0 = System.nanoTime();
        try {
            return run(r, t0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The runtime module the modules of the last generation in {@code work} import ({@link RuntimeModule}), for the
     * native step.
     *
     * @return empty if there was no generation, or it has no modules
     */
    public static Optional<String> runtimeModule(Path work) {
        return readState(work).map(State::runtime).filter(r -> !r.isEmpty());
    }

    /**
     * The modules the last generation in {@code work} produced, for the native step.
     *
     * @return empty if there was none
     */
    public static Optional<List<GeneratedModule>> modules(Path work) {
        Optional<State> state = readState(work);
        return state.map(s -> s.modules().entrySet().stream()
                .map(e -> new GeneratedModule(e.getKey(), e.getValue().source(), Path.of(e.getValue().cFile()),
                        CompileReport.fromJson(e.getValue().report())))
                .sorted(java.util.Comparator.comparing(GeneratedModule::source)).toList());
    }

    private static Result run(Request r, long t0) throws IOException {
        String config = Fingerprints.of(List.of("generate", Fingerprints.tool(), r.python().executable().toString(),
                r.python().fullVersion(), r.python().cacheTag(), r.sources().root().toAbsolutePath().toString()));
        // What the last build made, whatever this one keeps: a non-incremental build or a new configuration
        // regenerates everything, but must still remove what the sources no longer give.
        State last = readState(r.work()).orElse(null);
        State previous = r.incremental() ? last : null;
        if (previous != null && !previous.config().equals(config)) {
            r.log().info("pyc2c or the interpreter changed since the last build: regenerating every module");
            previous = null;
        }

        Path root = r.sources().root();
        List<String> modules = new ArrayList<>();
        List<Copied> copiedSources = new ArrayList<>();
        List<String> copied = new ArrayList<>();
        for (String rel : r.sources().scan()) {
            Path file = root.resolve(rel);
            if (rel.endsWith(".py")) {
                String name = moduleName(rel);
                if (ModuleCompiler.isCompilableModuleName(name)) {
                    modules.add(rel);
                    continue;
                }
                copiedSources.add(new Copied(rel, "'" + name + "' is not a module name pyc2c compiles (ASCII"
                        + " identifiers only): copied as source"));
            }
            copyIfChanged(file, r.lib().resolve(rel));
            copied.add(rel);
        }

        // The runtime module they import, named after the module set; its name is in every module's C.
        String runtime = runtimeModule(modules);
        if (previous != null && !previous.runtime().equals(runtime)) {
            r.log().info("the build's runtime module is now " + (runtime.isEmpty() ? "none" : runtime)
                    + (previous.runtime().isEmpty() ? "" : " (it was " + previous.runtime() + ")")
                    + ": regenerating every module");
            previous = null;
        }

        // Which modules are up to date: same source bytes, same configuration, C still there as written.
        Map<String, ModuleState> states = new TreeMap<>();
        Map<String, String> sourceHashes = new LinkedHashMap<>();
        List<String> stale = new ArrayList<>();
        for (String rel : modules) {
            String name = moduleName(rel);
            String hash = Fingerprints.ofFile(root.resolve(rel));
            sourceHashes.put(rel, hash);
            ModuleState old = previous == null ? null : previous.modules().get(name);
            Path c = r.generated().resolve(name + ".c");
            if (old != null && old.source().equals(rel) && old.sourceHash().equals(hash)
                    && old.cFile().equals(c.toString()) && Files.isRegularFile(c)
                    && Fingerprints.ofFile(c).equals(old.cHash())) {
                states.put(name, old);
            } else {
                stale.add(rel);
            }
        }

        Map<String, Fresh> fresh = new TreeMap<>();
        if (!stale.isEmpty()) {
            List<PythonSource> batch = stale.stream()
                    .map(rel -> PythonSource.of(root.resolve(rel), root.resolve(rel).toAbsolutePath().toString()))
                    .toList();
            BytecodeCompilation compilation = BytecodeCompiler.of(r.python()).compile(batch);
            if (compilation.hasErrors()) {
                throw new BuildException(compilation.errors().size() + " of " + batch.size() + " Python source"
                        + (batch.size() == 1 ? "" : "s") + (compilation.errors().size() == 1 ? " does" : " do")
                        + " not compile with " + r.python() + ":\n" + compilation.renderErrors());
            }
            Files.createDirectories(r.generated());
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(r.jobs(), stale.size()));
            try {
                List<Future<Map.Entry<ModuleState, Fresh>>> futures = new ArrayList<>();
                for (CompileOutcome.Compiled c : compilation.compiled()) {
                    String rel = root.relativize(c.source().path()).toString().replace('\\', '/');
                    futures.add(pool.submit(() -> lower(r, rel, sourceHashes.get(rel), c.pyc(), runtime)));
                }
                for (Future<Map.Entry<ModuleState, Fresh>> f : futures) {
                    Map.Entry<ModuleState, Fresh> e = f.get();
                    String name = moduleName(e.getKey().source());
                    states.put(name, e.getKey());
                    fresh.put(name, e.getValue());
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new BuildException("generating C failed: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BuildException("interrupted", e);
            } finally {
                pool.shutdownNow();
            }
        }

        // What earlier builds made that the sources no longer give: their C and their copies.
        if (last != null) {
            for (Map.Entry<String, ModuleState> e : last.modules().entrySet()) {
                if (!states.containsKey(e.getKey())) {
                    Files.deleteIfExists(Path.of(e.getValue().cFile()));
                    r.log().info("removed " + e.getKey() + ": its source " + e.getValue().source() + " is gone");
                }
            }
            for (String rel : last.copied()) {
                if (!copied.contains(rel)) {
                    Files.deleteIfExists(r.lib().resolve(rel));
                    deleteEmptyParents(r.lib().resolve(rel), r.lib());
                }
            }
        }
        writeState(r.work(), new State(config, states, runtime, copied));

        List<GeneratedModule> result = new ArrayList<>();
        for (String rel : modules) {
            String name = moduleName(rel);
            ModuleState s = states.get(name);
            result.add(new GeneratedModule(name, rel, Path.of(s.cFile()), CompileReport.fromJson(s.report())));
        }
        return new Result(result, fresh, runtime, copiedSources, copied.size() - copiedSources.size(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** The runtime module of a build of these sources ({@link RuntimeModule}); empty if there are none. */
    static String runtimeModule(List<String> sources) {
        if (sources.isEmpty()) {
            return "";
        }
        List<String> names = sources.stream().map(Generator::moduleName).toList();
        java.util.Set<String> packages = new java.util.HashSet<>();
        for (String rel : sources) {
            if (rel.endsWith("/__init__.py")) {
                packages.add(moduleName(rel));
            }
        }
        try {
            return RuntimeModule.nameFor(names, packages::contains);
        } catch (IllegalArgumentException e) {
            throw new BuildException(e.getMessage(), e);
        }
    }

    private static Map.Entry<ModuleState, Fresh> lower(Request r, String rel, String sourceHash, byte[] pycBytes,
                                                       String runtime) throws IOException {
        String name = moduleName(rel);
        Path py = r.sources().root().resolve(rel);
        PycFile pyc;
        try {
            pyc = PycFile.parse(pycBytes, py.toString());
        } catch (PycFormatException e) {
            throw new BuildException("the bytecode " + r.python() + " made of " + py + " cannot be read: "
                    + e.getMessage(), e);
        }
        CompiledModule compiled;
        try {
            compiled = ModuleCompiler.forVersion(r.python().version()).compile(pyc, name,
                    SourceDecoding.decode(Files.readAllBytes(py)), runtime);
        } catch (RuntimeException e) {
            throw new BuildException("pyc2c failed to translate " + py + " (module " + name + "): " + e
                    + ". This is a bug in pyc2c; please report it with the source file. To build meanwhile,"
                    + " exclude the file (it can be shipped as source).", e);
        }
        Path c = r.generated().resolve(name + ".c");
        byte[] content = compiled.cSource().getBytes(StandardCharsets.UTF_8);
        if (!Files.isRegularFile(c) || !java.util.Arrays.equals(Files.readAllBytes(c), content)) {
            Files.write(c, content);
        }
        ModuleState state = new ModuleState(rel, sourceHash, c.toString(), Fingerprints.of(content),
                compiled.report().toJson());
        return Map.entry(state, new Fresh(compiled, pyc));
    }

    /** The dotted name of the module a source file defines ({@code pkg/__init__.py} is {@code pkg}). */
    public static String moduleName(String relativePath) {
        String rel = relativePath.replace('\\', '/');
        if (!rel.endsWith(".py")) {
            throw new IllegalArgumentException(relativePath + " is not a .py file");
        }
        rel = rel.substring(0, rel.length() - ".py".length());
        if (rel.equals("__init__")) {
            throw new BuildException(relativePath + ": an __init__.py at the root of the source tree belongs to no"
                    + " package; put the package's directory under the source root");
        }
        if (rel.endsWith("/__init__")) {
            rel = rel.substring(0, rel.length() - "/__init__".length());
        }
        return rel.replace('/', '.');
    }

    static void copyIfChanged(Path from, Path to) throws IOException {
        if (Files.isRegularFile(to) && Files.mismatch(from, to) == -1) {
            return;
        }
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Deletes the directories between {@code file} and {@code root} (exclusive) that are left empty: an empty
     * directory in the output tree would still import, as a namespace package.
     */
    static void deleteEmptyParents(Path file, Path root) throws IOException {
        Path stop = root.toAbsolutePath().normalize();
        for (Path dir = file.toAbsolutePath().normalize().getParent(); dir != null && dir.startsWith(stop)
                && !dir.equals(stop); dir = dir.getParent()) {
            try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            } catch (java.nio.file.NoSuchFileException e) {
                continue;
            }
            Files.deleteIfExists(dir);
        }
    }

    static Optional<State> readState(Path work) {
        Path file = work.resolve(STATE_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), State.class));
        } catch (IOException e) {
            return Optional.empty(); // a damaged or older state: everything is regenerated
        }
    }

    private static void writeState(Path work, State state) throws IOException {
        Files.createDirectories(work);
        Path tmp = work.resolve(STATE_FILE + ".tmp");
        JSON.writeValue(tmp.toFile(), state);
        Files.move(tmp, work.resolve(STATE_FILE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
