package dev.pyc2c.backend.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.pyc2c.backend.runtime.RuntimeModule;
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
import java.time.Duration;
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
 * The second step of a build, for one interpreter: compiles the pyc2c runtime once into the build's runtime
 * module ({@link RuntimeModule}), and each generated module's C into an extension module at its place in the
 * output tree, several at once. A generated module holds only its own code and imports the runtime module
 * when it is executed. Incremental: the runtime module is rebuilt only when the runtime, its name, the
 * compiler configuration or the flags change, and a module whose C, compiler configuration, flags and
 * runtime are unchanged, and whose extension module is still there, is not recompiled; the log says so.
 * Extension modules of modules that are gone, and a runtime module no longer used, are removed. The state
 * lives in {@code work/native.json}.
 */
public final class NativeBuilder {
    static final String STATE_FILE = "native.json";
    /**
     * C compiler flags pyc2c adds after the interpreter's own and before the build's ({@code cflags}, which can
     * undo them): no debug information ({@code -g0}). The interpreter's flags usually ask for it ({@code -g}),
     * and CPython's internal headers, which the runtime and every module include, make it several times the
     * size of the code (a 10-line module: 180 KB instead of 31 KB); it changes nothing in the code itself.
     * Give {@code -g} in {@code cflags} to keep it. And no {@code -Wmisleading-indentation} (which the interpreter's
     * {@code -Wall} turns on): GCC's check of it alone took 86 of the 170 s a module of 1,000 functions took to
     * compile, and it can only warn about the layout of generated code. And no unwind tables
     * ({@code -fno-asynchronous-unwind-tables}): C code raises no C++ exceptions, so only native debuggers and
     * profilers walking the C stack read them, and they were 6% of a module (186 KB of a 1,000-function module);
     * with {@code -g} in {@code cflags} the compiler writes the same information as debug information.
     */
    public static final List<String> DEFAULT_FLAGS = List.of("-g0", "-Wno-misleading-indentation",
            "-fno-asynchronous-unwind-tables");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * What to build.
     *
     * @param sysconfig the target interpreter's build configuration
     * @param modules the generated modules ({@link Generator#modules})
     * @param runtimeModule the runtime module the modules import ({@link Generator#runtimeModule}); empty if there
     *        are no modules
     * @param lib the output tree: each extension goes to its package's directory
     * @param work where object files and the state go
     * @param jobs how many modules to compile at once (at least 1)
     * @param compileFlags C compiler flags after the interpreter's own and {@link #DEFAULT_FLAGS} (e.g. {@code -O2})
     * @param launcher a compiler launcher command ({@code ccache}, {@code sccache}, {@code distcc}); blank for none
     * @param compileTimeout how long each compiler or linker run may take; zero for no limit
     * @param incremental whether to keep what is up to date (false: rebuild everything)
     * @param log where to say what happens
     */
    public record Request(Sysconfig sysconfig, List<GeneratedModule> modules, String runtimeModule, Path lib, Path work,
                          int jobs, List<String> compileFlags, String launcher, Duration compileTimeout,
                          boolean incremental, BuildLog log) {
        public Request {
            Objects.requireNonNull(sysconfig, "sysconfig");
            modules = List.copyOf(modules);
            runtimeModule = runtimeModule == null ? "" : runtimeModule;
            if (runtimeModule.isEmpty() != modules.isEmpty()) {
                throw new IllegalArgumentException(modules.isEmpty() ? "no modules, yet a runtime module"
                        : "modules without a runtime module");
            }
            // Absolute paths: the state records them, and a later build from another directory must
            // recognise its own outputs.
            lib = lib.toAbsolutePath().normalize();
            work = work.toAbsolutePath().normalize();
            compileFlags = List.copyOf(compileFlags);
            launcher = launcher == null ? "" : launcher.strip();
            Objects.requireNonNull(compileTimeout, "compileTimeout");
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

    /**
     * Every extension module, in the order of the modules; the runtime module's extension (null when there are
     * no modules), whether it was rebuilt and what the compiler said about it.
     */
    public record Result(List<Built> modules, Path runtime, boolean runtimeRebuilt, String runtimeDiagnostics,
                         long millis) {
        public Result {
            modules = List.copyOf(modules);
        }

        public long rebuilt() {
            return modules.stream().filter(Built::rebuilt).count();
        }
    }

    /** The persisted state: the key each extension was built with, and the runtime module's. */
    record State(String runtime, String runtimeExtension, Map<String, String> keys, Map<String, String> extensions) {
        State {
            runtime = runtime == null ? "" : runtime;
            runtimeExtension = runtimeExtension == null ? "" : runtimeExtension;
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

    /** Where the runtime module {@code name} goes in the output tree {@code lib}. */
    public static Path runtimeExtension(Sysconfig sysconfig, Path lib, String name) {
        String dir = RuntimeModule.packageDirectory(name);
        return (dir.isEmpty() ? lib : lib.resolve(dir)).resolve(sysconfig.extensionFileName(name));
    }

    private static Result run(Request r, long t0) throws IOException {
        // What the last build made: a non-incremental build rebuilds everything but still removes the
        // extensions of modules that are gone.
        State last = readState(r.work());
        State previous = r.incremental() ? last : new State(null, null, null, null);
        CCompiler cc = CCompiler.of(r.sysconfig());
        Path runtimeDir = r.work().resolve("runtime");
        List<Path> runtimeSources = RuntimeSources.extractTo(runtimeDir);
        List<String> flags = new ArrayList<>(DEFAULT_FLAGS);
        flags.addAll(r.compileFlags());
        CBuildRequest base = CBuildRequest.of(List.of(runtimeSources.get(0)), r.work().resolve("unused"))
                .withIncludeDirs(List.of(runtimeDir)).withCompileFlags(flags).withLauncher(r.launcher())
                .withTimeout(r.compileTimeout());

        // Everything that decides what the compiler makes of a C file, except the file itself. The launcher
        // is left out: ccache and distcc do not change the output.
        List<String> runtimeParts = new ArrayList<>(List.of("native", Fingerprints.tool(), r.sysconfig().toString(),
                String.join(" ", flags), RuntimeSources.abiTag(), r.runtimeModule()));
        for (String name : RuntimeSources.HEADERS) {
            runtimeParts.add(Fingerprints.of(RuntimeSources.read(name)));
        }
        List<Path> runtimeObjects = new ArrayList<>();
        for (Path s : runtimeSources) {
            runtimeParts.add(Fingerprints.ofFile(s));
            runtimeObjects.add(cc.objectFile(s, runtimeDir));
        }
        String runtimeKey = Fingerprints.of(runtimeParts);
        Path runtime = r.modules().isEmpty() ? null : runtimeExtension(r.sysconfig(), r.lib(), r.runtimeModule());
        boolean runtimeRebuilt = runtime != null && (!runtimeKey.equals(previous.runtime())
                || !runtime.toString().equals(previous.runtimeExtension()) || !Files.isRegularFile(runtime));

        Map<String, String> keys = new TreeMap<>();
        Map<String, String> extensions = new TreeMap<>();
        List<Future<Built>> futures = new ArrayList<>();
        List<Future<CommandRun>> runtimeRuns = new ArrayList<>();
        int tasks = r.modules().size() + (runtimeRebuilt ? runtimeSources.size() : 0);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(r.jobs(), tasks)));
        try {
            // The runtime's objects first: the longest compiles, and the modules do not need them (a module
            // links alone; it finds the runtime when it is imported).
            if (runtimeRebuilt) {
                for (int i = 0; i < runtimeSources.size(); i++) {
                    Path source = runtimeSources.get(i);
                    Path object = runtimeObjects.get(i);
                    CBuildRequest request = source.getFileName().toString().equals(RuntimeSources.MODULE_SOURCE)
                            ? base.withDefines(RuntimeModule.defines(r.runtimeModule())) : base;
                    runtimeRuns.add(pool.submit(() -> cc.compileObject(source, object, request)));
                }
            }
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
                futures.add(pool.submit(() -> compile(r, cc, base, m, extension)));
            }
            StringBuilder runtimeDiagnostics = new StringBuilder();
            for (Future<CommandRun> f : runtimeRuns) {
                runtimeDiagnostics.append(f.get().output());
            }
            if (runtimeRebuilt) {
                runtimeDiagnostics.append(link(cc, base, runtimeObjects, runtime).output());
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
            if (!last.runtimeExtension().isEmpty() && (runtime == null
                    || !runtime.toString().equals(last.runtimeExtension()))) {
                Path stale = Path.of(last.runtimeExtension());
                Files.deleteIfExists(stale);
                Generator.deleteEmptyParents(stale, r.lib());
                r.log().info("removed the runtime module " + stale + ": the modules of the build no longer use it");
            }
            writeState(r.work(), new State(runtime == null ? "" : runtimeKey, runtime == null ? "" : runtime.toString(),
                    keys, extensions));
            return new Result(built, runtime, runtimeRebuilt, runtimeDiagnostics.toString(),
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

    /**
     * C of a module beyond which it is compiled in parts, in parallel (up to {@code jobs} of them): the C compiler
     * takes time in proportion to the code, so that a module of 1,000 functions (11 MB of C, mostly comments)
     * takes 45 s in two parts instead of 80 s in one.
     */
    static final long PART_BYTES = 3_000_000;

    /** How many parts the C file of a module of {@code cBytes} is compiled in (see pyc2c_runtime.h). */
    static int parts(long cBytes, int jobs) {
        return (int) Math.max(1, Math.min(jobs, (cBytes + PART_BYTES - 1) / PART_BYTES));
    }

    private static Built compile(Request r, CCompiler cc, CBuildRequest base, GeneratedModule m, Path extension)
            throws IOException {
        Path objects = r.work().resolve("objects");
        Files.createDirectories(objects);
        Path object = cc.objectFile(m.cFile(), objects);
        int parts = parts(Files.size(m.cFile()), r.jobs());
        if (parts == 1) {
            CommandRun compile = cc.compileObject(m.cFile(), object, base);
            CommandRun link = link(cc, base, List.of(object), extension);
            return new Built(m, extension, true, compile.output() + link.output());
        }
        String name = object.getFileName().toString();
        int dot = name.lastIndexOf('.');
        List<Path> partObjects = new ArrayList<>();
        List<Future<CommandRun>> runs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(parts);
        try {
            for (int k = 0; k < parts; k++) {
                Path partObject = object.resolveSibling(name.substring(0, dot) + "-part" + k + name.substring(dot));
                partObjects.add(partObject);
                List<String> defines = new ArrayList<>(base.defines());
                defines.add("PYC2C_PARTS=" + parts);
                defines.add("PYC2C_PART=" + k);
                CBuildRequest request = base.withDefines(defines);
                runs.add(pool.submit(() -> cc.compileObject(m.cFile(), partObject, request)));
            }
            StringBuilder output = new StringBuilder();
            for (Future<CommandRun> f : runs) {
                output.append(f.get().output());
            }
            output.append(link(cc, base, partObjects, extension).output());
            return new Built(m, extension, true, output.toString());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new BuildException("compiling " + m.cFile() + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Links to a temporary name, then moves into place: an interrupted build never leaves a half-written module. */
    private static CommandRun link(CCompiler cc, CBuildRequest base, List<Path> objects, Path extension)
            throws IOException {
        Path tmp = extension.resolveSibling(extension.getFileName() + ".tmp");
        CommandRun link = cc.link(objects, new CBuildRequest(List.of(objects.get(0)), tmp, base.includeDirs(),
                base.defines(), base.compileFlags(), base.linkFlags(), List.of(), base.workDirectory(),
                base.timeout()));
        Files.move(tmp, extension, StandardCopyOption.REPLACE_EXISTING);
        return link;
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
        return new State(null, null, null, null);
    }

    private static void writeState(Path work, State state) throws IOException {
        Files.createDirectories(work);
        Path tmp = work.resolve(STATE_FILE + ".tmp");
        JSON.writeValue(tmp.toFile(), state);
        Files.move(tmp, work.resolve(STATE_FILE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
