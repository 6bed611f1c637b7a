package dev.pyc2c.backend.toolchain;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the toolchain sees of the machine: the environment variables, the user's home directory and
 * whether this is Windows. Everything that depends on the machine goes through it (looking up
 * executables on {@code PATH}, {@code PYENV_ROOT}, the {@code CC}/{@code CFLAGS}/{@code LDSHARED}/...
 * overrides, the environment of the processes the toolchain starts), so tests can point the toolchain
 * at fake directories and fake variables with {@link #of} and {@link #with}.
 *
 * <p>On Windows variable names are case-insensitive, as they are there. A variable set to an empty (or
 * blank) value counts as unset: an empty {@code CC} cannot have meant "no compiler".
 *
 * @param variables the environment variables (copied)
 * @param home the user's home directory ({@code ~})
 * @param windows whether executables are looked up the Windows way ({@code ;} in {@code PATH},
 *        {@code PATHEXT}) and the {@code py} launcher is tried
 */
public record Environment(Map<String, String> variables, Path home, boolean windows) {
    public Environment {
        Objects.requireNonNull(variables, "variables");
        Objects.requireNonNull(home, "home");
        Map<String, String> copy = windows ? new TreeMap<>(String.CASE_INSENSITIVE_ORDER) : new TreeMap<>();
        variables.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
        variables = Collections.unmodifiableMap(copy);
    }

    /** The environment of this JVM. */
    public static Environment system() {
        return new Environment(System.getenv(), Path.of(System.getProperty("user.home")),
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"));
    }

    /** A made-up Unix environment, for tests. */
    public static Environment of(Map<String, String> variables, Path home) {
        return new Environment(variables, home, false);
    }

    /** This environment with {@code name} set to {@code value}. */
    public Environment with(String name, String value) {
        Map<String, String> copy = mutableCopy();
        copy.put(name, value);
        return new Environment(copy, home, windows);
    }

    /** This environment without {@code name}. */
    public Environment without(String name) {
        Map<String, String> copy = mutableCopy();
        copy.remove(name);
        return new Environment(copy, home, windows);
    }

    private Map<String, String> mutableCopy() {
        Map<String, String> copy = windows ? new TreeMap<>(String.CASE_INSENSITIVE_ORDER) : new TreeMap<>();
        copy.putAll(variables);
        return copy;
    }

    /** The value of a variable, empty if it is unset or blank. */
    public Optional<String> variable(String name) {
        String v = variables.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    /** The directories of {@code PATH}, in order (empty entries are left out). */
    public List<Path> searchPath() {
        List<Path> dirs = new ArrayList<>();
        for (String entry : variable("PATH").orElse("").split(windows ? ";" : ":")) {
            if (!entry.isBlank()) {
                toPath(entry.strip()).ifPresent(dirs::add);
            }
        }
        return dirs;
    }

    /** pyenv's root: {@code PYENV_ROOT}, else {@code ~/.pyenv}. */
    public Path pyenvRoot() {
        return variable("PYENV_ROOT").flatMap(Environment::toPath).orElse(home.resolve(".pyenv"));
    }

    /**
     * Whether a command names a file rather than a program to look up on {@code PATH}: it contains a
     * directory separator, or starts with {@code ~}.
     */
    public boolean isPathLike(String command) {
        return command.contains("/") || (windows && (command.contains("\\") || command.contains(":")))
                || command.startsWith("~");
    }

    /** A path the user wrote, with a leading {@code ~} expanded to {@link #home()}. */
    public Optional<Path> expand(String path) {
        if (path.equals("~")) {
            return Optional.of(home);
        }
        if (path.startsWith("~/") || (windows && path.startsWith("~\\"))) {
            return toPath(path.substring(2)).map(home::resolve);
        }
        return toPath(path);
    }

    /**
     * Finds a program the way a shell does: a path-like command is taken as is (with {@code ~}
     * expanded), a name is looked up in the {@code PATH} directories (on Windows also with each
     * {@code PATHEXT} extension). Only regular, executable files count.
     */
    public Optional<Path> findExecutable(String command) {
        if (command.isBlank()) {
            return Optional.empty();
        }
        if (isPathLike(command)) {
            return expand(command).filter(Environment::isExecutableFile);
        }
        List<String> names = new ArrayList<>();
        if (windows) {
            String lower = command.toLowerCase(Locale.ROOT);
            List<String> extensions = List.of(variable("PATHEXT").orElse(".COM;.EXE;.BAT;.CMD").split(";"));
            if (extensions.stream().anyMatch(e -> !e.isBlank() && lower.endsWith(e.toLowerCase(Locale.ROOT)))) {
                names.add(command);
            }
            for (String e : extensions) {
                if (!e.isBlank()) {
                    names.add(command + e.toLowerCase(Locale.ROOT));
                }
            }
        } else {
            names.add(command);
        }
        for (Path dir : searchPath()) {
            for (String name : names) {
                Optional<Path> candidate = toPath(name).map(dir::resolve).filter(Environment::isExecutableFile);
                if (candidate.isPresent()) {
                    return candidate;
                }
            }
        }
        return Optional.empty();
    }

    static boolean isExecutableFile(Path p) {
        return Files.isRegularFile(p) && Files.isExecutable(p);
    }

    private static Optional<Path> toPath(String s) {
        try {
            return Optional.of(Path.of(s));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
