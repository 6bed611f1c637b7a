package dev.pyc2c.backend.toolchain;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What to build: C sources, linked into one extension module. Made with {@link #of} and adjusted with the
 * {@code with...} methods.
 *
 * @param sources the C files, compiled in this order (at least one, no duplicates)
 * @param output the extension module to write (its directory is created), normally named with
 *        {@link Sysconfig#extensionFileName}
 * @param includeDirs directories searched for headers before the interpreter's (the pyc2c runtime's)
 * @param defines preprocessor macros, {@code NAME} or {@code NAME=VALUE}
 * @param compileFlags extra compiler flags, after all others (so they can override, e.g. {@code -O0})
 * @param linkFlags extra linker flags, after all others
 * @param launcher a command the compiler runs under ({@code ccache}, {@code sccache}, {@code distcc}), empty
 *        for none; it prefixes compile commands only, as build tools' compiler launchers do
 * @param workDirectory where the object files go; kept there (for incremental or inspected builds). Empty:
 *        a temporary directory, deleted afterwards
 * @param timeout how long each compiler or linker run may take before it is stopped; {@link #NO_TIMEOUT}
 *        (zero), the default, for no limit
 */
public record CBuildRequest(List<Path> sources, Path output, List<Path> includeDirs, List<String> defines,
                            List<String> compileFlags, List<String> linkFlags, List<String> launcher,
                            Optional<Path> workDirectory, Duration timeout) {
    /** No limit on how long a compiler or linker run may take. */
    public static final Duration NO_TIMEOUT = Duration.ZERO;
    /**
     * How long a compiler or linker run may take by default: no limit, since a big generated module on a loaded
     * machine can take many minutes (a 6 MB C file took more than 10), and a build that is stopped is worse
     * than a slow one. Builds can set one ({@link #withTimeout}).
     */
    public static final Duration DEFAULT_TIMEOUT = NO_TIMEOUT;

    private static final Pattern DEFINE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(=.*)?", Pattern.DOTALL);

    public CBuildRequest {
        sources = List.copyOf(sources);
        Objects.requireNonNull(output, "output");
        includeDirs = List.copyOf(includeDirs);
        defines = List.copyOf(defines);
        compileFlags = List.copyOf(compileFlags);
        linkFlags = List.copyOf(linkFlags);
        launcher = List.copyOf(launcher);
        Objects.requireNonNull(workDirectory, "workDirectory");
        Objects.requireNonNull(timeout, "timeout");
        if (sources.isEmpty()) {
            throw new ToolchainException(ToolchainException.Kind.INVALID_INPUT, "no C sources given to build "
                    + output + ": give at least one .c file");
        }
        Set<Path> seen = new HashSet<>();
        for (Path s : sources) {
            if (!seen.add(s.toAbsolutePath().normalize())) {
                throw new ToolchainException(ToolchainException.Kind.INVALID_INPUT, "C source " + s
                        + " is given twice for " + output + ": give each source once");
            }
        }
        for (String d : defines) {
            if (!DEFINE.matcher(d).matches()) {
                throw new ToolchainException(ToolchainException.Kind.INVALID_INPUT, "'" + d + "' is not a macro"
                        + " definition: write NAME or NAME=VALUE, NAME being a C identifier");
            }
        }
        if (!launcher.isEmpty() && launcher.get(0).isBlank()) {
            throw new ToolchainException(ToolchainException.Kind.INVALID_INPUT, "the compiler launcher is blank:"
                    + " name a program such as ccache, or give none");
        }
        if (timeout.isNegative()) {
            throw new ToolchainException(ToolchainException.Kind.INVALID_INPUT, "the compile timeout must not be"
                    + " negative (" + timeout.toSeconds() + " s): give a number of seconds, or 0 for no limit");
        }
    }

    /**
     * Build {@code sources} into {@code output}, with nothing extra.
     *
     * @throws ToolchainException of kind {@code INVALID_INPUT} if there are no sources or one is given twice
     */
    public static CBuildRequest of(List<Path> sources, Path output) {
        return new CBuildRequest(sources, output, List.of(), List.of(), List.of(), List.of(), List.of(),
                Optional.empty(), DEFAULT_TIMEOUT);
    }

    public CBuildRequest withIncludeDirs(List<Path> dirs) {
        return new CBuildRequest(sources, output, dirs, defines, compileFlags, linkFlags, launcher, workDirectory,
                timeout);
    }

    public CBuildRequest withDefines(List<String> macros) {
        return new CBuildRequest(sources, output, includeDirs, macros, compileFlags, linkFlags, launcher,
                workDirectory, timeout);
    }

    public CBuildRequest withCompileFlags(List<String> flags) {
        return new CBuildRequest(sources, output, includeDirs, defines, flags, linkFlags, launcher, workDirectory,
                timeout);
    }

    public CBuildRequest withLinkFlags(List<String> flags) {
        return new CBuildRequest(sources, output, includeDirs, defines, compileFlags, flags, launcher, workDirectory,
                timeout);
    }

    /** With a launcher command, e.g. {@code ["ccache"]}; an empty list for none. */
    public CBuildRequest withLauncher(List<String> command) {
        return new CBuildRequest(sources, output, includeDirs, defines, compileFlags, linkFlags, command,
                workDirectory, timeout);
    }

    /** With a launcher written as one string ({@code "ccache"}, {@code "distcc -j4"}), split like a shell; blank for none. */
    public CBuildRequest withLauncher(String command) {
        return withLauncher(CommandLine.split(command));
    }

    public CBuildRequest withWorkDirectory(Path dir) {
        return new CBuildRequest(sources, output, includeDirs, defines, compileFlags, linkFlags, launcher,
                Optional.of(dir), timeout);
    }

    /** With a limit on each compiler or linker run; {@link #NO_TIMEOUT} (zero) for none. */
    public CBuildRequest withTimeout(Duration limit) {
        return new CBuildRequest(sources, output, includeDirs, defines, compileFlags, linkFlags, launcher,
                workDirectory, limit);
    }
}
