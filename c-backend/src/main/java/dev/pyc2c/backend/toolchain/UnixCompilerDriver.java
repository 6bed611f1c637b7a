package dev.pyc2c.backend.toolchain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * gcc and clang, and other compilers with their options, driven as setuptools' {@code UnixCCompiler}
 * drives them:
 * <pre>
 *   compile: compiler compileFlags -Dmacro... -I(request's dirs) -I(interpreter's dirs) -c source -o object compileFlags(request)
 *   link:    linker objects... -L(library dirs) -o output linkFlags(request)
 * </pre>
 * with the compiler, flags and linker of the interpreter's {@link BuildFlags}.
 */
final class UnixCompilerDriver implements CompilerDriver {
    private final BuildFlags flags;

    UnixCompilerDriver(BuildFlags flags) {
        this.flags = Objects.requireNonNull(flags, "flags");
    }

    @Override
    public String objectSuffix() {
        return ".o";
    }

    @Override
    public List<String> compiler() {
        return flags.compiler();
    }

    @Override
    public String compilerOrigin() {
        return flags.compilerOrigin();
    }

    @Override
    public List<String> linker() {
        return flags.linker();
    }

    @Override
    public String linkerOrigin() {
        return flags.linkerOrigin();
    }

    @Override
    public List<String> compileCommand(Path source, Path object, CBuildRequest request) {
        List<String> c = new ArrayList<>(flags.compiler());
        c.addAll(flags.compileFlags());
        for (String d : request.defines()) {
            c.add("-D" + d);
        }
        for (Path dir : request.includeDirs()) {
            c.add("-I" + dir);
        }
        for (Path dir : flags.includeDirs()) {
            c.add("-I" + dir);
        }
        c.addAll(List.of("-c", source.toString(), "-o", object.toString()));
        c.addAll(request.compileFlags());
        return c;
    }

    @Override
    public List<String> linkCommand(List<Path> objects, CBuildRequest request) {
        List<String> c = new ArrayList<>(flags.linker());
        for (Path o : objects) {
            c.add(o.toString());
        }
        for (Path dir : flags.libraryDirs()) {
            c.add("-L" + dir);
        }
        c.addAll(List.of("-o", request.output().toString()));
        c.addAll(request.linkFlags());
        return c;
    }

    @Override
    public String installHint(String program) {
        String name = program.substring(Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\')) + 1);
        if (name.contains("ccache") || name.contains("sccache") || name.contains("distcc")) {
            return "install it (Debian/Ubuntu: apt-get install " + (name.contains("sccache") ? "sccache"
                    : name.contains("distcc") ? "distcc" : "ccache") + ")";
        }
        if (name.contains("clang")) {
            return "install clang (Debian/Ubuntu: apt-get install clang) or set CC to another C compiler";
        }
        return "install a C compiler (Debian/Ubuntu: apt-get install build-essential, which provides gcc)"
                + " or set CC to the C compiler to use";
    }
}
