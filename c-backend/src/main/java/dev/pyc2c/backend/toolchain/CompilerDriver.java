package dev.pyc2c.backend.toolchain;

import java.nio.file.Path;
import java.util.List;

/**
 * The commands of one compiler family. {@link CCompiler} does the running, checking and reporting; a
 * driver only knows how its compiler spells things. {@link UnixCompilerDriver} covers gcc and clang (any
 * compiler taking {@code -c}, {@code -o}, {@code -I}, {@code -D}, {@code -L}); an MSVC driver
 * ({@code cl.exe /c /Fo}, {@code link.exe /DLL /OUT:}, found through vswhere) would be the second.
 */
interface CompilerDriver {
    /** The extension of object files ({@code .o}, {@code .obj}). */
    String objectSuffix();

    /** The compiler program and its leading arguments, without launcher (to check it is installed). */
    List<String> compiler();

    /** Where {@link #compiler()} came from, for messages. */
    String compilerOrigin();

    /** The linker program and its leading arguments. */
    List<String> linker();

    /** Where {@link #linker()} came from, for messages. */
    String linkerOrigin();

    /** Compiles {@code source} to {@code object}, without launcher. */
    List<String> compileCommand(Path source, Path object, CBuildRequest request);

    /** Links {@code objects} into the request's output. */
    List<String> linkCommand(List<Path> objects, CBuildRequest request);

    /** What to install to get {@code program}, for the message when it is missing. */
    String installHint(String program);
}
