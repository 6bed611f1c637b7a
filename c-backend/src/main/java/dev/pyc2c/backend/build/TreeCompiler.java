package dev.pyc2c.backend.build;

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
import dev.pyc2c.backend.toolchain.ToolchainException;
import dev.pyc2c.bytecode.PycFormatException;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.pyc.PycFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Compiles a tree of Python sources into a tree of extension modules for one interpreter: the
 * interpreter compiles every {@code .py} to bytecode, pyc2c lowers each module to C, the C compiler
 * builds each into an extension module at the same place in the package tree, and every other file
 * (data, {@code py.typed}, {@code .pyi}) is copied beside them. Maven-free: the plugin and the tests
 * drive it.
 */
public final class TreeCompiler {

    /**
     * What to build.
     *
     * @param python the target interpreter (it compiles the sources to bytecode)
     * @param sysconfig its build configuration (include directory, extension suffix, compiler)
     * @param sourceRoot the root of the package tree
     * @param lib where the importable tree goes
     * @param generated where the generated C goes, one file per module named after it
     * @param work where the runtime sources and object files go
     * @param jobs how many modules to build at once (at least 1)
     * @param compileFlags extra C compiler flags, after the interpreter's own
     */
    public record Request(PythonInterpreter python, Sysconfig sysconfig, Path sourceRoot, Path lib, Path generated,
                          Path work, int jobs, List<String> compileFlags) {
        public Request {
            compileFlags = List.copyOf(compileFlags);
            Objects.requireNonNull(python, "python");
            Objects.requireNonNull(sysconfig, "sysconfig");
            Objects.requireNonNull(sourceRoot, "sourceRoot");
            Objects.requireNonNull(lib, "lib");
            Objects.requireNonNull(generated, "generated");
            Objects.requireNonNull(work, "work");
            if (jobs < 1) {
                throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
            }
        }
    }

    /**
     * One module built.
     *
     * @param name the dotted module name
     * @param source its {@code .py}
     * @param cFile the generated C
     * @param extension the extension module built
     * @param compiled what pyc2c made of it (the C and the report)
     * @param pyc the bytecode the interpreter compiled it to
     * @param diagnostics what the C compiler and linker printed (empty when silent)
     */
    public record ModuleBuild(String name, Path source, Path cFile, Path extension, CompiledModule compiled,
                              PycFile pyc, String diagnostics) {
    }

    /** A {@code .py} file that is not a module pyc2c can compile, copied unchanged, and why. */
    public record Copied(Path source, String reason) {
    }

    /**
     * Everything built; {@code copied} are the {@code .py} files left as source; {@code runtimeDiagnostics} is
     * what the C compiler said about the runtime.
     */
    public record Result(List<ModuleBuild> modules, List<Copied> copied, String runtimeDiagnostics, long millis) {
        public Result {
            modules = List.copyOf(modules);
            copied = List.copyOf(copied);
        }
    }

    private TreeCompiler() {
    }

    /**
     * Builds the tree.
     *
     * @throws BuildException if a source does not compile (all such errors are listed), or a module's
     *         C does not build
     * @throws ToolchainException if the interpreter or the C compiler cannot be run
     */
    public static Result compile(Request request) {
        long t0 = System.nanoTime();
        try {
            return build(request, t0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result build(Request r, long t0) throws IOException {
        PythonVersion version = r.python().version();
        List<Path> pyFiles = new ArrayList<>();
        List<Copied> copied = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(r.sourceRoot())) {
            for (Path p : walk.sorted().toList()) {
                if (isSkipped(r.sourceRoot(), p)) {
                    continue;
                }
                Path target = r.lib().resolve(r.sourceRoot().relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (p.getFileName().toString().endsWith(".py")) {
                    String name = moduleName(r.sourceRoot(), p);
                    if (ModuleCompiler.isCompilableModuleName(name)) {
                        pyFiles.add(p);
                    } else {
                        // A script (update-zips.py) or a module named with non-ASCII letters: the import
                        // system finds it as source, so it stays source.
                        Files.createDirectories(target.getParent());
                        Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        copied.add(new Copied(p, "'" + name + "' is not a module name pyc2c compiles (ASCII"
                                + " identifiers only): copied as source"));
                    }
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        List<PythonSource> sources = pyFiles.stream().map(p -> PythonSource.of(p, p.toAbsolutePath().toString()))
                .toList();
        BytecodeCompilation compilation = BytecodeCompiler.of(r.python()).compile(sources);
        if (compilation.hasErrors()) {
            throw new BuildException(compilation.errors().size() + " of " + sources.size()
                    + " Python sources do not compile with " + r.python() + ":\n" + compilation.renderErrors());
        }

        Files.createDirectories(r.generated());
        Path runtimeDir = r.work().resolve("runtime");
        List<Path> runtimeSources = RuntimeSources.extractTo(runtimeDir);
        CCompiler cc = CCompiler.of(r.sysconfig());
        CBuildRequest base = CBuildRequest.of(List.of(runtimeSources.get(0)), r.work().resolve("unused"))
                .withIncludeDirs(List.of(runtimeDir)).withCompileFlags(r.compileFlags());
        List<Path> runtimeObjects = new ArrayList<>();
        StringBuilder runtimeDiagnostics = new StringBuilder();
        for (Path s : runtimeSources) {
            Path o = cc.objectFile(s, runtimeDir);
            CommandRun run = cc.compileObject(s, o, base);
            runtimeDiagnostics.append(run.output());
            runtimeObjects.add(o);
        }

        ExecutorService pool = Executors.newFixedThreadPool(r.jobs());
        List<Future<ModuleBuild>> futures = new ArrayList<>();
        try {
            for (CompileOutcome.Compiled c : compilation.compiled()) {
                Path py = c.source().path();
                futures.add(pool.submit(() -> buildModule(r, version, cc, runtimeDir, runtimeObjects, py, c.pyc())));
            }
            List<ModuleBuild> modules = new ArrayList<>();
            for (Future<ModuleBuild> f : futures) {
                modules.add(f.get());
            }
            return new Result(modules, copied, runtimeDiagnostics.toString(), (System.nanoTime() - t0) / 1_000_000);
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

    private static ModuleBuild buildModule(Request r, PythonVersion version, CCompiler cc, Path runtimeDir,
            List<Path> runtimeObjects, Path py, byte[] pycBytes) throws IOException {
        String name = moduleName(r.sourceRoot(), py);
        PycFile pyc;
        try {
            pyc = PycFile.parse(pycBytes, py.toString());
        } catch (PycFormatException e) {
            throw new BuildException("the bytecode " + r.python() + " made of " + py + " cannot be read: "
                    + e.getMessage(), e);
        }
        CompiledModule compiled = ModuleCompiler.forVersion(version).compile(pyc, name,
                dev.pyc2c.backend.SourceDecoding.decode(Files.readAllBytes(py)));
        Path c = r.generated().resolve(name + ".c");
        Files.writeString(c, compiled.cSource());
        Path rel = r.sourceRoot().relativize(py);
        Path outDir = rel.getParent() == null ? r.lib() : r.lib().resolve(rel.getParent().toString());
        Files.createDirectories(outDir);
        // A package's __init__.py becomes the package's __init__ extension module; its init function
        // is still named after the package (PyInit_<last component of the module name>).
        String fileName = py.getFileName().toString();
        Path output = outDir.resolve(r.sysconfig().extensionFileName(fileName.substring(0, fileName.length() - 3)));
        CBuildRequest request = CBuildRequest.of(List.of(c), output).withIncludeDirs(List.of(runtimeDir))
                .withCompileFlags(r.compileFlags());
        Path objects = r.work().resolve("objects");
        Files.createDirectories(objects);
        Path object = cc.objectFile(c, objects);
        CommandRun compile = cc.compileObject(c, object, request);
        List<Path> linked = new ArrayList<>(List.of(object));
        linked.addAll(runtimeObjects);
        CommandRun link = cc.link(linked, request);
        return new ModuleBuild(name, py, c, output, compiled, pyc, compile.output() + link.output());
    }

    /** The dotted name of the module a source file defines ({@code pkg/__init__.py} is {@code pkg}). */
    public static String moduleName(Path sourceRoot, Path py) {
        String rel = sourceRoot.relativize(py).toString().replace('\\', '/');
        if (!rel.endsWith(".py")) {
            throw new IllegalArgumentException(py + " is not a .py file");
        }
        rel = rel.substring(0, rel.length() - ".py".length());
        if (rel.equals("__init__")) {
            throw new BuildException(py + ": an __init__.py at the root of the source tree belongs to no package;"
                    + " put the package's directory under the source root");
        }
        if (rel.endsWith("/__init__")) {
            rel = rel.substring(0, rel.length() - "/__init__".length());
        }
        return rel.replace('/', '.');
    }

    private static boolean isSkipped(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            String s = part.toString();
            if (s.equals("__pycache__") || s.endsWith(".pyc")) {
                return true;
            }
        }
        return false;
    }
}
