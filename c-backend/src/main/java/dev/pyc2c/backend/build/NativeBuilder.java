package dev.pyc2c.backend.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.pyc2c.backend.runtime.RuntimeSources;
import dev.pyc2c.backend.toolchain.CBuildRequest;
import dev.pyc2c.backend.toolchain.CCompiler;
import dev.pyc2c.backend.toolchain.CommandRun;
import dev.pyc2c.backend.toolchain.Sysconfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The second step of a build, for one interpreter: compiles the pyc2c runtime once, then each generated
 * module's C into an extension module at its place in the output tree, several at once. Incremental: a
 * module whose C, compiler configuration, flags and runtime are unchanged, and whose extension module is
 * still there, is not recompiled, and the log says so. Extension modules of modules that are gone are
 * removed. The state lives in {@code work/native.json}.
 */
public final class NativeBuilder {
    static final String STATE_FILE = "native.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * What to build.
     *
     * @param sysconfig the target interpreter's build configuration
     * @param modules the generated modules ({@link Generator#modules})
     * @param lib the output tree: each extension goes to its package's directory
     * @param work where object files and the state go
     * @param jobs how many modules to compile at once (at least 1)
     * @param compileFlags C compiler flags after the interpreter's own (e.g. {@code -O2})
     * @param launcher a compiler launcher command ({@code ccache}, {@code sccache}, {@code distcc}); blank for none
     * @param incremental whether to keep what is up to date (false: rebuild everything)
     * @param log where to say what happens
     */
    public record Request(Sysconfig sysconfig, List<GeneratedModule> modules, Path lib, Path work, int jobs,
                          List<String> compileFlags, String launcher, boolean incremental, BuildLog log) {
        public Request {
            Objects.requireNonNull(sysconfig, "sysconfig");
            modules = List.copyOf(modules);
            // Absolute paths: the state records them, and a later build from another directory must
            // recognise its own outputs.
            lib = lib.toAbsolutePath().normalize();
            work = work.toAbsolutePath().normalize();
            compileFlags = List.copyOf(compileFlags);
            launcher = launcher == null ? "" : launcher.strip();
            Objects.requireNonNull(log, "log");
            if (jobs < 1) {
                throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
            }
        }
    }

    /**
     * One extension module.
     *
     * @param rebuilt whether it was compiled in this build (false: it was up to date)
     * @param diagnostics what the compiler and linker printed (empty when silent or not rebuilt)
     */
    public record Built(GeneratedModule module, Path extension, boolean rebuilt, String diagnostics) {
    }

    /** Every extension module, in the order of the modules; what the compiler said about the runtime. */
    public record Result(List<Built> modules, boolean runtimeRebuilt, String runtimeDiagnostics, long millis) {
        public Result {
            modules = List.copyOf(modules);
        }

        public long rebuilt() {
            return modules.stream().filter(Built::rebuilt).count();
        }
    }

    /** The persisted state: the key each extension was built with. */
    record State(String runtime, Map<String, String> keys, Map<String, String> extensions) {
        State {
            runtime = runtime == null ? "" : runtime;
            keys = keys == null ? Map.of() : keys;
            extensions = extensions == null ? Map.of() : extensions;
        }
    }

    private NativeBuilder() {
    }

    /**
     * Builds the extension modules.
     *
     * @throws dev.pyc2c.backend.toolchain.ToolchainException if the compiler is missing or fails (with its
     *         command and output)
     */
    public static Result build(Request r) {
        long t0 = System.nanoTime();
        try {
            return run(r, t0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result run(Request r, long t0) throws IOException {
        // What the last build made: a non-incremental build rebuilds everything but still removes the
        // extensions of modules that are gone.
        State last = readState(r.work());
        State previous = r.incremental() ? last : new State(null, null, null);
        CCompiler cc = CCompiler.of(r.sysconfig());
        Path runtimeDir = r.work().resolve("runtime");
        List<Path> runtimeSources = RuntimeSources.extractTo(runtimeDir);
        CBuildRequest base = CBuildRequest.of(List.of(runtimeSources.get(0)), r.work().resolve("unused"))
                .withIncludeDirs(List.of(runtimeDir)).withCompileFlags(r.compileFlags()).withLauncher(r.launcher());

        // Everything that decides what the compiler makes of a C file, except the file itself. The launcher
        // is left out: ccache and distcc do not change the output.
        List<String> configParts = new ArrayList<>(List.of("native", Fingerprints.tool(), r.sysconfig().toString(),
                String.join(" ", r.compileFlags())));
        List<String> runtimeParts = new ArrayList<>(configParts);
        for (String name : RuntimeSources.HEADERS) {
            runtimeParts.add(Fingerprints.of(RuntimeSources.read(name)));
        }
        List<Path> runtimeObjects = new ArrayList<>();
        for (Path s : runtimeSources) {
            runtimeParts.add(Fingerprints.ofFile(s));
            runtimeObjects.add(cc.objectFile(s, runtimeDir));
        }
        String runtimeKey = Fingerprints.of(runtimeParts);
        boolean runtimeRebuilt = !runtimeKey.equals(previous.runtime())
                || !runtimeObjects.stream().allMatch(Files::isRegularFile);
        StringBuilder runtimeDiagnostics = new StringBuilder();
        if (runtimeRebuilt) {
            for (int i = 0; i < runtimeSources.size(); i++) {
                CommandRun run = cc.compileObject(runtimeSources.get(i), runtimeObjects.get(i), base);
                runtimeDiagnostics.append(run.output());
            }
        }

        Map<String, String> keys = new TreeMap<>();
        Map<String, String> extensions = new TreeMap<>();
        List<Future<Built>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(r.jobs(), r.modules().size())));
        try {
            for (GeneratedModule m : r.modules()) {
                Path dir = m.packageDirectory().isEmpty() ? r.lib() : r.lib().resolve(m.packageDirectory());
                Path extension = dir.resolve(r.sysconfig().extensionFileName(m.stem()));
                String key = Fingerprints.of(List.of(runtimeKey, m.name(), extension.toString(),
                        Fingerprints.ofFile(m.cFile())));
                keys.put(m.name(), key);
                extensions.put(m.name(), extension.toString());
                if (key.equals(previous.keys().get(m.name())) && Files.isRegularFile(extension)) {
                    futures.add(java.util.concurrent.CompletableFuture.completedFuture(
                            new Built(m, extension, false, "")));
                    continue;
                }
                futures.add(pool.submit(() -> compile(r, cc, runtimeDir, runtimeObjects, m, extension)));
            }
            List<Built> built = new ArrayList<>();
            for (Future<Built> f : futures) {
                built.add(f.get());
            }
            for (Map.Entry<String, String> e : last.extensions().entrySet()) {
                if (!extensions.containsValue(Path.of(e.getValue()).toAbsolutePath().normalize().toString())) {
                    Files.deleteIfExists(Path.of(e.getValue()));
                    Generator.deleteEmptyParents(Path.of(e.getValue()), r.lib());
                }
            }
            writeState(r.work(), new State(runtimeKey, keys, extensions));
            return new Result(built, runtimeRebuilt, runtimeDiagnostics.toString(),
                    (System.nanoTime() - t0) / 1_000_000);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new BuildException("building a module failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Built compile(Request r, CCompiler cc, Path runtimeDir, List<Path> runtimeObjects,
                                 GeneratedModule m, Path extension) throws IOException {
        CBuildRequest request = CBuildRequest.of(List.of(m.cFile()), extension).withIncludeDirs(List.of(runtimeDir))
                .withCompileFlags(r.compileFlags()).withLauncher(r.launcher());
        Path objects = r.work().resolve("objects");
        Files.createDirectories(objects);
        Path object = cc.objectFile(m.cFile(), objects);
        CommandRun compile = cc.compileObject(m.cFile(), object, request);
        List<Path> linked = new ArrayList<>(List.of(object));
        linked.addAll(runtimeObjects);
        // Link to a temporary name, then move: an interrupted build never leaves a half-written module.
        Path tmp = extension.resolveSibling(extension.getFileName() + ".tmp");
        CommandRun link = cc.link(linked, new CBuildRequest(request.sources(), tmp, request.includeDirs(),
                request.defines(), request.compileFlags(), request.linkFlags(), List.of(), request.workDirectory(),
                request.timeout()));
        Files.move(tmp, extension, StandardCopyOption.REPLACE_EXISTING);
        return new Built(m, extension, true, compile.output() + link.output());
    }

    private static State readState(Path work) {
        Path file = work.resolve(STATE_FILE);
        if (Files.isRegularFile(file)) {
            try {
                return JSON.readValue(file.toFile(), State.class);
            } catch (IOException e) {
                // a damaged or older state: everything is rebuilt
            }
        }
        return new State(null, null, null);
    }

    private static void writeState(Path work, State state) throws IOException {
        Files.createDirectories(work);
        Path tmp = work.resolve(STATE_FILE + ".tmp");
        JSON.writeValue(tmp.toFile(), state);
        Files.move(tmp, work.resolve(STATE_FILE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
