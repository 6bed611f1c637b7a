package dev.pyc2c.backend.toolchain;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A Python source file to compile to bytecode.
 *
 * @param path the file to read
 * @param filename the name recorded in the code objects ({@code co_filename}), which tracebacks show;
 *        by default the path as given (as {@code py_compile} does), often a path relative to a source root
 * @param optimize the optimization level: -1 (the interpreter's own, which is 0 since the compiling
 *        interpreter runs without {@code -O}), 0, 1 ({@code -O}: no asserts, {@code __debug__} false) or
 *        2 ({@code -OO}: also no docstrings)
 */
public record PythonSource(Path path, String filename, int optimize) {
    public PythonSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(filename, "filename");
        if (optimize < -1 || optimize > 2) {
            throw new ToolchainException(ToolchainException.Kind.INVALID_INPUT, "optimization level " + optimize
                    + " for " + path + " is invalid: use -1 (the interpreter's), 0, 1 (like -O) or 2 (like -OO)");
        }
    }

    /** {@code path}, recorded under its own name, at the interpreter's optimization level. */
    public static PythonSource of(Path path) {
        return new PythonSource(path, path.toString(), -1);
    }

    /** {@code path}, recorded as {@code filename}, at the interpreter's optimization level. */
    public static PythonSource of(Path path, String filename) {
        return new PythonSource(path, filename, -1);
    }

    /** This source at another optimization level. */
    public PythonSource withOptimize(int level) {
        return new PythonSource(path, filename, level);
    }
}
