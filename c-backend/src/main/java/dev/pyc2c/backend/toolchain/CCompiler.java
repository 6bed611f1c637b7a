package dev.pyc2c.backend.toolchain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Compiles and links C sources into a Python extension module for one interpreter, with the compiler and
 * flags of its {@link Sysconfig} (as setuptools would).
 *
 * <p>Every source is compiled to an object file of its own ({@link #compileObject}), then the objects are
 * linked ({@link #link}), even when there is only one source: one way of doing it, compile steps that
 * compiler caches (ccache, sccache) can cache, and units that a parallel build can compile concurrently
 * (both methods are safe to call from several threads). {@link #build} does it all, in order.
 *
 * <p>Everything the compiler and linker print is kept ({@link CBuildResult#diagnostics()}), warnings too.
 * A failing step raises {@link ToolchainException} ({@code C_COMPILE_FAILED}) with the command and its
 * output; a missing compiler, linker or launcher raises {@code COMPILER_NOT_FOUND} saying what to install.
 *
 * <p>Only Unix-like systems (gcc, clang) are implemented; the commands come from a {@link CompilerDriver},
 * so an MSVC driver can be added for Windows.
 */
public final class CCompiler {
    private final Sysconfig sysconfig;
    private final Environment env;
    private final CompilerDriver driver;

    private CCompiler(Sysconfig sysconfig, Environment env, CompilerDriver driver) {
        this.sysconfig = sysconfig;
        this.env = env;
        this.driver = driver;
    }

    /**
     * A compiler for {@code sysconfig}'s interpreter, looking up programs in this JVM's environment.
     *
     * @throws ToolchainException of kind {@code UNSUPPORTED_PLATFORM} for a Windows interpreter
     */
    public static CCompiler of(Sysconfig sysconfig) {
        return of(sysconfig, Environment.system());
    }

    /**
     * A compiler for {@code sysconfig}'s interpreter that looks up programs on {@code env}'s {@code PATH}
     * and runs them with {@code env}'s variables. (The flags come from {@code sysconfig}, already derived
     * with an environment's overrides; see {@link Sysconfig#withEnvironment}.)
     *
     * @throws ToolchainException of kind {@code UNSUPPORTED_PLATFORM} for a Windows interpreter
     */
    public static CCompiler of(Sysconfig sysconfig, Environment env) {
        Objects.requireNonNull(sysconfig, "sysconfig");
        Objects.requireNonNull(env, "env");
        if (sysconfig.isWindows()) {
            throw new ToolchainException(ToolchainException.Kind.UNSUPPORTED_PLATFORM, "building extension modules"
                    + " for " + sysconfig.platform() + " (with MSVC) is not implemented yet; build on Linux (gcc or"
                    + " clang)");
        }
        return new CCompiler(sysconfig, env, new UnixCompilerDriver(sysconfig.buildFlags()));
    }

    public Sysconfig sysconfig() {
        return sysconfig;
    }

    /**
     * Builds the request's extension module: checks the headers and the tools, compiles each source, links.
     *
     * @throws ToolchainException {@code HEADERS_MISSING}, {@code COMPILER_NOT_FOUND}, {@code INVALID_INPUT}
     *         (a missing source), {@code C_COMPILE_FAILED}, {@code IO_ERROR}
     */
    public CBuildResult build(CBuildRequest request) {
        sysconfig.verifyHeaders();
        for (Path s : request.sources()) {
            if (!Files.isRegularFile(s)) {
                throw new ToolchainException(ToolchainException.Kind.INVALID_INPUT, "C source " + s
                        + " does not exist (building " + request.output() + ").");
            }
        }
        resolve(request.launcher().isEmpty() ? driver.compiler() : request.launcher(),
                request.launcher().isEmpty() ? driver.compilerOrigin() : "the compiler launcher");
        if (!request.launcher().isEmpty()) {
            resolve(driver.compiler(), driver.compilerOrigin());
        }
        resolve(driver.linker(), driver.linkerOrigin());

        Path work = request.workDirectory().orElse(null);
        boolean temporary = work == null;
        try {
            work = temporary ? Files.createTempDirectory("pyc2c-cc-") : Files.createDirectories(work);
        } catch (IOException e) {
            throw new ToolchainException(ToolchainException.Kind.IO_ERROR, "cannot create the directory for object"
                    + " files " + (temporary ? "(a temporary one)" : work) + ": " + e.getMessage(), e);
        }
        try {
            List<CommandRun> steps = new ArrayList<>();
            List<Path> objects = new ArrayList<>();
            for (Path source : request.sources()) {
                Path object = objectFile(source, work);
                steps.add(compileObject(source, object, request));
                objects.add(object);
            }
            steps.add(link(objects, request));
            return new CBuildResult(request.output(), steps);
        } finally {
            if (temporary) {
                deleteTree(work);
            }
        }
    }

    /**
     * The object file {@link #build} compiles {@code source} to in {@code workDirectory}: the source's name
     * with the object suffix, plus a hash of its absolute path, so sources of the same name in different
     * directories do not collide, and the name stays the same from build to build.
     */
    public Path objectFile(Path source, Path workDirectory) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String hash = String.format("%08x", source.toAbsolutePath().normalize().toString().hashCode());
        return workDirectory.resolve(stem + "-" + hash + driver.objectSuffix());
    }

    /**
     * Compiles one source to {@code object} (with the request's launcher, defines, include directories and
     * flags).
     *
     * @throws ToolchainException {@code COMPILER_NOT_FOUND} or {@code C_COMPILE_FAILED}
     */
    public CommandRun compileObject(Path source, Path object, CBuildRequest request) {
        List<String> command = new ArrayList<>(request.launcher());
        command.addAll(driver.compileCommand(source, object, request));
        String origin = request.launcher().isEmpty() ? driver.compilerOrigin() : "the compiler launcher";
        return run(command, origin, "compiling " + source, request.timeout());
    }

    /**
     * Links {@code objects} into the request's output, creating its directory.
     *
     * @throws ToolchainException {@code COMPILER_NOT_FOUND}, {@code C_COMPILE_FAILED} or {@code IO_ERROR}
     */
    public CommandRun link(List<Path> objects, CBuildRequest request) {
        Path parent = request.output().toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new ToolchainException(ToolchainException.Kind.IO_ERROR, "cannot create the output directory "
                    + parent + ": " + e.getMessage(), e);
        }
        return run(driver.linkCommand(objects, request), driver.linkerOrigin(), "linking " + request.output(),
                request.timeout());
    }

    private CommandRun run(List<String> command, String origin, String what, Duration timeout) {
        List<String> resolved = new ArrayList<>(command);
        resolved.set(0, resolve(command, origin).toString());
        long start = System.nanoTime();
        Processes.Output out;
        try {
            out = Processes.run(resolved, env, null, null, timeout, true);
        } catch (IOException e) {
            throw new ToolchainException(ToolchainException.Kind.COMPILER_NOT_FOUND, "cannot run " + command.get(0)
                    + " (" + origin + "): " + e.getMessage() + ". " + capitalize(driver.installHint(command.get(0)))
                    + ".", e);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        String output = out.stdoutText();
        if (out.timedOut()) {
            throw new ToolchainException(ToolchainException.Kind.C_COMPILE_FAILED, what + " for CPython "
                    + sysconfig.fullVersion() + " did not finish within the compile timeout of " + timeout.toSeconds()
                    + " s and was stopped. Raise the timeout, or set it to 0 for no limit (the Maven parameter"
                    + " compileTimeout or -Dpyc2c.compileTimeout=SECONDS; on the command line --compile-timeout"
                    + " SECONDS):\n$ " + CommandLine.render(command) + "\n" + output.strip());
        }
        if (out.exitCode() != 0) {
            throw new ToolchainException(ToolchainException.Kind.C_COMPILE_FAILED, what + " for CPython "
                    + sysconfig.fullVersion() + " failed (exit status " + out.exitCode() + "):\n$ "
                    + CommandLine.render(command) + "\n" + output.strip());
        }
        return new CommandRun(command, out.exitCode(), output, elapsed);
    }

    /** The program of {@code command}, looked up on the environment's PATH; fails clearly if it is missing. */
    private Path resolve(List<String> command, String origin) {
        if (command.isEmpty()) {
            throw new ToolchainException(ToolchainException.Kind.COMPILER_NOT_FOUND, "no C compiler is configured ("
                    + origin + " is empty): set CC to the C compiler to use, e.g. CC=gcc");
        }
        String program = command.get(0);
        Optional<Path> found = env.findExecutable(program);
        if (found.isEmpty()) {
            String where = env.isPathLike(program) ? " not found: " : " not found on PATH: ";
            if (origin.equals("the compiler launcher")) {
                throw new ToolchainException(ToolchainException.Kind.COMPILER_NOT_FOUND, "compiler launcher '" + program
                        + "'" + where + driver.installHint(program) + ", or build without a launcher.");
            }
            String role = origin.startsWith("LDSHARED") ? "linker" : "C compiler";
            throw new ToolchainException(ToolchainException.Kind.COMPILER_NOT_FOUND, role + " '" + program + "' ("
                    + origin + ")" + where + driver.installHint(program) + ".");
        }
        return found.get();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a leftover temporary file is not worth failing a build for
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
