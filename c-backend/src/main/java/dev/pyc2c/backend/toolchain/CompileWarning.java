package dev.pyc2c.backend.toolchain;

import java.util.Objects;

/**
 * A warning the Python compiler emitted while compiling a source, e.g.
 * {@code SyntaxWarning: "is" with 'int' literal. Did you mean "=="?}.
 *
 * @param line the line it is about (1-based), 0 if none
 * @param category the warning's class name ({@code SyntaxWarning}, {@code DeprecationWarning})
 * @param message the warning's text
 */
public record CompileWarning(int line, String category, String message) {
    public CompileWarning {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(message, "message");
    }
}
