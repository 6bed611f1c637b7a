package dev.pyc2c.backend.build;

import dev.pyc2c.backend.CompiledModule;
import dev.pyc2c.backend.toolchain.PythonInterpreter;
import dev.pyc2c.backend.toolchain.Sysconfig;
import dev.pyc2c.backend.toolchain.ToolchainException;
import dev.pyc2c.bytecode.pyc.PycFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compiles a tree of Python sources into a tree of extension modules for one interpreter: the
 * interpreter compiles every {@code .py} to bytecode, pyc2c lowers each module to C, the C compiler
 * builds each into an extension module at the same place in the package tree, with the build's runtime
 * module ({@link dev.pyc2c.backend.runtime.RuntimeModule}) that they all import, and every other file
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
     * @param compileTimeout how long each compiler or linker run may take; zero for no limit
     */
    public record Request(PythonInterpreter python, Sysconfig sysconfig, Path sourceRoot, Path lib, Path generated,
                          Path work, int jobs, List<String> compileFlags, Duration compileTimeout) {
        public Request {
            compileFlags = List.copyOf(compileFlags);
            Objects.requireNonNull(compileTimeout, "compileTimeout");
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

        /** A build with no limit on the time a compiler run may take. */
        public Request(PythonInterpreter python, Sysconfig sysconfig, Path sourceRoot, Path lib, Path generated,
                       Path work, int jobs, List<String> compileFlags) {
            this(python, sysconfig, sourceRoot, lib, generated, work, jobs, compileFlags, Duration.ZERO);
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
     * Everything built; {@code copied} are the {@code .py} files left as source; {@code runtimeModule} is the name
     * of the runtime module the modules import and {@code runtime} its extension module (null when no module is
     * compiled); {@code runtimeDiagnostics} is what the C compiler said about the runtime.
     */
    public record Result(List<ModuleBuild> modules, List<Copied> copied, String runtimeModule, Path runtime,
                         String runtimeDiagnostics, long millis) {
        public Result {
            modules = List.copyOf(modules);
            copied = List.copyOf(copied);
        }
    }

    private TreeCompiler() {
    }

    /**
     * Builds the tree from scratch (nothing is taken from an earlier build in the same directories): the
     * {@link Generator} then the {@link NativeBuilder}.
     *
     * @throws BuildException if a source does not compile (all such errors are listed), or a module's
     *         C does not build
     * @throws ToolchainException if the interpreter or the C compiler cannot be run
     */
    public static Result compile(Request r) {
        long t0 = System.nanoTime();
        Generator.Result generated = Generator.generate(new Generator.Request(r.python(), SourceSet.of(r.sourceRoot()),
                r.lib(), r.generated(), r.work(), r.jobs(), false, BuildLog.NONE));
        NativeBuilder.Result built = NativeBuilder.build(new NativeBuilder.Request(r.sysconfig(), generated.modules(),
                generated.runtimeModule(), r.lib(), r.work(), r.jobs(), r.compileFlags(), "", r.compileTimeout(), false,
                BuildLog.NONE));
        List<ModuleBuild> modules = new ArrayList<>();
        for (NativeBuilder.Built b : built.modules()) {
            GeneratedModule m = b.module();
            Generator.Fresh fresh = generated.fresh().get(m.name());
            modules.add(new ModuleBuild(m.name(), r.sourceRoot().resolve(m.source()), m.cFile(), b.extension(),
                    fresh.compiled(), fresh.pyc(), b.diagnostics()));
        }
        List<Copied> copied = generated.copiedSources().stream()
                .map(c -> new Copied(r.sourceRoot().resolve(c.source()), c.reason())).toList();
        return new Result(modules, copied, generated.runtimeModule(), built.runtime(), built.runtimeDiagnostics(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** The dotted name of the module a source file defines ({@code pkg/__init__.py} is {@code pkg}). */
    public static String moduleName(Path sourceRoot, Path py) {
        return Generator.moduleName(sourceRoot.relativize(py).toString());
    }
}
