package dev.pyc2c.backend.build;

import dev.pyc2c.backend.CompileReport;
import dev.pyc2c.backend.lower.InstructionLowering;
import dev.pyc2c.backend.toolchain.PythonInterpreter;
import dev.pyc2c.backend.toolchain.Sysconfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A project's build, interpreter by interpreter, in two steps that a build tool runs in two phases:
 * {@link #generate} (sources to C, report, copied files) and {@link #compile} (C to extension modules).
 * It fixes where everything goes ({@link Layout}) and what the log says; the Maven plugin's mojos and
 * the command line are thin layers over it.
 *
 * @param sources the Python source set
 * @param outputRoot the root of the per-interpreter output trees ({@code target/pyc2c})
 * @param generatedRoot the root of the per-interpreter generated C ({@code target/generated-sources/pyc2c})
 * @param jobs how many modules to build at once (at least 1)
 * @param compileFlags C compiler flags after the interpreter's own
 * @param launcher a compiler launcher ({@code ccache}, {@code sccache}, {@code distcc}); blank for none
 * @param incremental whether to keep what is up to date
 * @param compileTimeout how long each run of the C compiler or linker may take before it is stopped; zero (the
 *        default) for no limit
 */
public record ProjectBuild(SourceSet sources, Path outputRoot, Path generatedRoot, int jobs, List<String> compileFlags,
                           String launcher, boolean incremental, Duration compileTimeout) {
    public ProjectBuild {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(outputRoot, "outputRoot");
        Objects.requireNonNull(generatedRoot, "generatedRoot");
        compileFlags = List.copyOf(compileFlags);
        launcher = launcher == null ? "" : launcher.strip();
        if (jobs < 1) {
            throw new BuildException("the number of parallel jobs must be at least 1, not " + jobs
                    + " (pyc2c.jobs; 0 means one per processor)");
        }
        compileTimeout = compileTimeout == null ? Duration.ZERO : compileTimeout;
        if (compileTimeout.isNegative()) {
            throw new BuildException("the compile timeout must not be negative, not " + compileTimeout.toSeconds()
                    + " s (pyc2c.compileTimeout, in seconds; 0 means no limit)");
        }
    }

    /** A build with no limit on the time a compiler run may take. */
    public ProjectBuild(SourceSet sources, Path outputRoot, Path generatedRoot, int jobs, List<String> compileFlags,
                        String launcher, boolean incremental) {
        this(sources, outputRoot, generatedRoot, jobs, compileFlags, launcher, incremental, Duration.ZERO);
    }

    /**
     * Where one interpreter's build goes.
     *
     * @param lib the importable tree: {@code PYTHONPATH=lib python -c 'import pkg'} runs the compiled code
     * @param generated the generated C, one file per module
     * @param work object files and the incremental state
     * @param report {@code report.json}
     */
    public record Layout(Path lib, Path generated, Path work, Path report) {
    }

    /** The layout for an interpreter: everything under its cache tag ({@code cpython-312}). */
    public Layout layout(PythonInterpreter python) {
        Path out = outputRoot.resolve(python.cacheTag());
        return new Layout(out.resolve("lib"), generatedRoot.resolve(python.cacheTag()), out.resolve("work"),
                out.resolve("report.json"));
    }

    /**
     * Step 1 for one interpreter: generates the C, copies the other files, writes {@code report.json}.
     *
     * @throws BuildException for syntax errors (all listed) and other build failures
     */
    public Generator.Result generate(PythonInterpreter python, BuildLog log) {
        Layout l = layout(python);
        if (!InstructionLowering.translates(python.version())) {
            log.warn("pyc2c does not translate CPython " + python.version() + " bytecode to C yet (it does "
                    + InstructionLowering.translatedVersions() + "): the modules for " + python
                    + " are extension modules whose code runs in the interpreter");
        }
        Generator.Result r = Generator.generate(new Generator.Request(python, sources, l.lib(), l.generated(),
                l.work(), jobs, incremental, log));
        BuildReport.write(l.report(), python, r.modules(), r.runtimeModule(), r.copiedSources());
        long codes = 0;
        long compiled = 0;
        for (GeneratedModule m : r.modules()) {
            codes += m.report().codeObjects().size();
            compiled += m.report().compiledCount();
            if (r.fresh().containsKey(m.name())) {
                log.debug(m.name() + ": C generated in " + m.cFile() + " (" + m.report().compiledCount() + " of "
                        + m.report().codeObjects().size() + " code objects compiled to C)");
                for (CompileReport.CodeObject c : m.report().codeObjects()) {
                    if (c.status() == CompileReport.Status.INTERPRETED) {
                        log.debug("    stays bytecode: " + c.qualname() + " (line " + c.firstLine() + "): " + c.reason());
                    }
                }
            }
        }
        for (Generator.Copied c : r.copiedSources()) {
            log.warn(c.source() + ": " + c.reason());
        }
        int unchanged = r.modules().size() - r.regenerated();
        log.info(python.cacheTag() + ": " + r.modules().size() + " module" + plural(r.modules().size()) + ": "
                + r.regenerated() + " generated, " + unchanged + " unchanged (not regenerated); " + compiled + " of "
                + codes + " code objects compiled to C, the others stay bytecode (see " + l.report() + "); "
                + r.dataFiles() + " other file" + plural(r.dataFiles()) + " copied");
        return r;
    }

    /**
     * Step 2 for one interpreter: compiles the C that {@link #generate} left into extension modules.
     *
     * @throws BuildException if there is no generated C (generate did not run)
     * @throws dev.pyc2c.backend.toolchain.ToolchainException if the compiler is missing or fails
     */
    public NativeBuilder.Result compile(PythonInterpreter python, Sysconfig sysconfig, BuildLog log) {
        Layout l = layout(python);
        List<GeneratedModule> modules = Generator.modules(l.work()).orElseThrow(() -> new BuildException(
                "no generated C for " + python + " in " + l.work() + ": run the generate goal first (pyc2c:generate,"
                + " bound to generate-sources, with the same pyc2c.pythons)"));
        String runtime = Generator.runtimeModule(l.work()).orElse("");
        NativeBuilder.Result r = NativeBuilder.build(new NativeBuilder.Request(sysconfig, modules, runtime, l.lib(),
                l.work(), jobs, compileFlags, launcher, compileTimeout, incremental, log));
        if (r.runtime() != null) {
            BuildReport.recordRuntimeExtension(l.report(), l.lib().relativize(r.runtime()));
        }
        if (!r.runtimeDiagnostics().isBlank()) {
            log.warn("the C compiler about the pyc2c runtime:\n" + r.runtimeDiagnostics().strip());
        }
        for (NativeBuilder.Built b : r.modules()) {
            if (!b.diagnostics().isBlank()) {
                log.warn("the C compiler about " + b.module().cFile() + ":\n" + b.diagnostics().strip());
            }
        }
        long rebuilt = r.rebuilt();
        long upToDate = r.modules().size() - rebuilt;
        log.info(python.cacheTag() + ": " + r.modules().size() + " extension module" + plural(r.modules().size())
                + ": " + rebuilt + " compiled, " + upToDate + " up to date (not recompiled)"
                + (r.runtimeRebuilt() ? "; runtime compiled (" + runtime + ")" : "")
                + (launcher.isEmpty() ? "" : " with " + launcher)
                + ", in " + String.format(java.util.Locale.ROOT, "%.1f s", r.millis() / 1000.0) + "; importable from "
                + l.lib());
        return r;
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }

    /**
     * Step 3 for one interpreter: packs its output tree into a PEP 427 wheel in {@code outputDirectory},
     * tagged for the interpreter ({@code cp312-cp312-linux_x86_64}).
     *
     * @param metadata the distribution's name, version, summary, license; an empty Requires-Python
     *        becomes the interpreter's series ({@code ==3.12.*})
     * @throws BuildException if the tree was not built (compile did not run)
     */
    public java.nio.file.Path wheel(PythonInterpreter python, Sysconfig sysconfig,
                                    dev.pyc2c.backend.wheel.WheelMetadata metadata, Path outputDirectory,
                                    BuildLog log) {
        Layout l = layout(python);
        if (Generator.modules(l.work()).isEmpty() || !java.nio.file.Files.isDirectory(l.lib())) {
            throw new BuildException("nothing built for " + python + " in " + l.lib() + ": run the generate and"
                    + " compile goals before wheel (with the same pyc2c.pythons)");
        }
        if (metadata.requiresPython().isEmpty()) {
            metadata = metadata.withRequiresPython("==" + python.version() + ".*");
        }
        Path wheel = dev.pyc2c.backend.wheel.WheelBuilder.build(l.lib(), metadata, wheelTag(sysconfig),
                "pyc2c " + dev.pyc2c.backend.ModuleCompiler.TOOL_VERSION, outputDirectory);
        log.info(python.cacheTag() + ": wheel " + wheel);
        return wheel;
    }

    /**
     * The wheel tag of extension modules built for an interpreter: {@code cp3XY}, the ABI with the flags
     * of its {@code SOABI} ({@code cpython-312d-...}: debug; {@code cpython-313t-...}: free-threaded), the
     * platform of {@code sysconfig.get_platform()}.
     */
    public static dev.pyc2c.backend.wheel.WheelTag wheelTag(Sysconfig sysconfig) {
        String flags = "";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("cpython-\\d+([a-z]*)-.*").matcher(sysconfig.soabi());
        if (m.matches()) {
            flags = m.group(1);
        }
        return dev.pyc2c.backend.wheel.WheelTag.cpython(sysconfig.version().major(), sysconfig.version().minor(),
                flags.contains("d"), sysconfig.gilDisabled() || flags.contains("t"), sysconfig.platform());
    }
}
