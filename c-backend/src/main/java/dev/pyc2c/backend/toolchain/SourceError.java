package dev.pyc2c.backend.toolchain;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Why a Python source did not compile, as the interpreter's {@code SyntaxError} (or {@code py_compile})
 * reports it. For a {@code SyntaxError} (and its subclasses {@code IndentationError}, {@code TabError})
 * the position is the exception's own; a {@code SyntaxError} without one (null bytes in the source) and
 * the other failures {@code py_compile} also reports (a {@code ValueError}, an unreadable file) have line 0.
 *
 * @param source the file that was compiled
 * @param filename the name the exception gives the file: the {@code co_filename} asked for (also when
 *        the exception names none)
 * @param line {@code SyntaxError.lineno}, 1-based; 0 if unknown
 * @param column {@code SyntaxError.offset}, 1-based, as the interpreter has it: in characters, except that
 *        3.11 and 3.12 count UTF-8 bytes for some errors on lines with non-ASCII text; 0 if unknown
 * @param endLine {@code SyntaxError.end_lineno}; 0 if unknown
 * @param endColumn {@code SyntaxError.end_offset}; 0 if unknown
 * @param type the exception's class name ({@code SyntaxError}, {@code IndentationError}...)
 * @param message {@code SyntaxError.msg} (e.g. {@code '(' was never closed}); for other exceptions their text
 * @param text the source line the error is on ({@code SyntaxError.text}), empty if unknown
 */
public record SourceError(Path source, String filename, int line, int column, int endLine, int endColumn,
                          String type, String message, String text) {
    public SourceError {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(text, "text");
    }

    /**
     * The error as compilers print them, with the path of the source file:
     * {@code path:line:col: message} ({@code path:line: message} without a column, and
     * {@code path: Type: message} for a failure with no position).
     */
    public String render() {
        if (line <= 0) {
            return source + ": " + type + ": " + message;
        }
        return source + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
    }
}
