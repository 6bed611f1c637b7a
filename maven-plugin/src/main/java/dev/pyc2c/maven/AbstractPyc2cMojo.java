package dev.pyc2c.maven;

import dev.pyc2c.backend.build.BuildException;
import dev.pyc2c.backend.build.BuildLog;
import dev.pyc2c.backend.build.ProjectBuild;
import dev.pyc2c.backend.build.SourceSet;
import dev.pyc2c.backend.toolchain.CommandLine;
import dev.pyc2c.backend.toolchain.InterpreterFinder;
import dev.pyc2c.backend.toolchain.PythonInterpreter;
import dev.pyc2c.backend.toolchain.ToolchainException;
import dev.pyc2c.pythons.PythonCache;
import java.io.File;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * The configuration every pyc2c goal shares (configure it once, at the plugin level, so that the goals
 * agree), and the translation of pyc2c's errors into Maven's: a user's mistake (a syntax error, a missing
 * interpreter, compiler or header) fails the build with pyc2c's message and no stack trace.
 */
abstract class AbstractPyc2cMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** Skips every pyc2c goal. */
    @Parameter(property = "pyc2c.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The target interpreters: executable paths, names on PATH, versions such as {@code 3.12} (looked up
     * on PATH, under pyenv's versions, or through the {@code py} launcher, and if none is there, taken from Maven
     * Central as {@code maven:3.12}), or {@code maven:3.12} (always the CPython build of Maven Central,
     * {@code org.bytedeco:cpython}, resolved as a dependency and unpacked once into {@code pythonCache}; also
     * {@code maven:3.13.5} or {@code maven:org.bytedeco:cpython:3.13.5-1.5.12:linux-x86_64}). As a property,
     * comma-separated: {@code -Dpyc2c.pythons=3.11,maven:3.12}. Default: {@code python3}.
     */
    @Parameter(property = "pyc2c.pythons")
    protected List<String> pythons;

    /**
     * Where interpreters from Maven are unpacked, one directory per artifact
     * ({@code <pythonCache>/org.bytedeco/cpython/3.13.5-1.5.12/linux-x86_64}). Default:
     * {@code ~/.cache/pyc2c/pythons} (or {@code $XDG_CACHE_HOME/pyc2c/pythons}).
     */
    @Parameter(property = "pyc2c.pythonCache")
    protected File pythonCache;

    @Component
    private RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    private RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true, required = true)
    private List<RemoteRepository> remoteRepositories;

    /** The root of the Python package tree. */
    @Parameter(property = "pyc2c.sourceDirectory", defaultValue = "${project.basedir}/src/main/python")
    protected File sourceDirectory;

    /** Ant-style patterns of the files to take from the source directory; default: every file. */
    @Parameter
    protected List<String> includes;

    /** Ant-style patterns of the files to leave out. */
    @Parameter
    protected List<String> excludes;

    /** Where the per-interpreter trees go: {@code <outputDirectory>/<cache_tag>/lib}. */
    @Parameter(property = "pyc2c.outputDirectory", defaultValue = "${project.build.directory}/pyc2c")
    protected File outputDirectory;

    /** Where the generated C goes: {@code <generatedSourcesDirectory>/<cache_tag>/<module>.c}. */
    @Parameter(property = "pyc2c.generatedSourcesDirectory",
            defaultValue = "${project.build.directory}/generated-sources/pyc2c")
    protected File generatedSourcesDirectory;

    /** How many modules to build at once; 0 means one per processor. */
    @Parameter(property = "pyc2c.jobs", defaultValue = "0")
    protected int jobs;

    /** A command the C compiler runs under: {@code ccache}, {@code sccache}, {@code distcc}... */
    @Parameter(property = "pyc2c.compilerLauncher")
    protected String compilerLauncher;

    /** Extra C compiler flags, after the interpreter's own (e.g. {@code -O2 -g0} for faster builds). */
    @Parameter(property = "pyc2c.cflags")
    protected String cflags;

    /**
     * How long, in seconds, each run of the C compiler or linker may take before it is stopped; 0 (the default)
     * for no limit. A big module can take many minutes on a loaded machine.
     */
    @Parameter(property = "pyc2c.compileTimeout", defaultValue = "0")
    protected long compileTimeout;

    /** Whether to keep what is up to date from the last build. */
    @Parameter(property = "pyc2c.incremental", defaultValue = "true")
    protected boolean incremental;

    /** What the goal does, once the configuration is checked. */
    protected abstract void run(ProjectBuild build, List<PythonInterpreter> interpreters, BuildLog log)
            throws MojoExecutionException, MojoFailureException;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("pyc2c: skipped (pyc2c.skip)");
            return;
        }
        if (!sourceDirectory.isDirectory()) {
            getLog().info("pyc2c: no Python sources: " + sourceDirectory + " does not exist");
            return;
        }
        if (compileTimeout < 0) {
            throw new MojoFailureException("pyc2c.compileTimeout must be a number of seconds, 0 for no limit, not "
                    + compileTimeout);
        }
        try {
            ProjectBuild build = new ProjectBuild(new SourceSet(sourceDirectory.toPath(), list(includes),
                    list(excludes)), outputDirectory.toPath(), generatedSourcesDirectory.toPath(),
                    jobs == 0 ? Runtime.getRuntime().availableProcessors() : jobs,
                    cflags == null || cflags.isBlank() ? List.of() : CommandLine.split(cflags),
                    compilerLauncher, incremental, Duration.ofSeconds(compileTimeout));
            List<PythonInterpreter> interpreters = finder().findAll(specs());
            for (PythonInterpreter python : interpreters) {
                getLog().info(python.describe());
            }
            run(build, interpreters, log(getLog()));
        } catch (BuildException | ToolchainException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("pyc2c: " + e.getCause().getMessage(), e);
        }
    }

    /** Finds interpreters on the machine, and those from Maven through the build's own resolver. */
    InterpreterFinder finder() {
        return InterpreterFinder.system().withMaven(
                new MavenArtifactSource(repositorySystem, repositorySession, remoteRepositories),
                pythonCache == null ? PythonCache.defaultCache() : new PythonCache(pythonCache.toPath()),
                getLog()::info);
    }

    /** The interpreter specs, a comma-separated property value split (Maven may hand it over whole). */
    private List<String> specs() {
        List<String> specs = new ArrayList<>();
        for (String p : pythons == null ? List.<String>of() : pythons) {
            for (String s : p.split(",")) {
                if (!s.isBlank()) {
                    specs.add(s.strip());
                }
            }
        }
        return specs.isEmpty() ? List.of(InterpreterFinder.DEFAULT_SPEC) : specs;
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : l;
    }

    private static BuildLog log(Log log) {
        return new BuildLog() {
            @Override
            public void info(String message) {
                log.info(message);
            }

            @Override
            public void warn(String message) {
                log.warn(message);
            }

            @Override
            public void debug(String message) {
                log.debug(message);
            }
        };
    }
}
