package dev.pyc2c.backend.toolchain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The commands that build an extension module for one interpreter, as setuptools would run them on a
 * Unix-like system: the interpreter's build configuration (sysconfig) with the environment's overrides
 * applied the way setuptools' {@code customize_compiler} (from pypa/distutils, setuptools 75.7 and
 * later) applies them:
 * <ul>
 *   <li>compiler = {@code $CC}, else sysconfig's {@code CC};</li>
 *   <li>compile flags = ({@code $CFLAGS}, else sysconfig's {@code CFLAGS}) + {@code $CPPFLAGS} + sysconfig's
 *       {@code CCSHARED} (e.g. {@code -fPIC}); the include directories come on top, with {@code -I};</li>
 *   <li>linker = {@code $LDSHARED}, else sysconfig's {@code LDSHARED}, whose leading sysconfig {@code CC}
 *       is replaced by {@code $CC} when that is set; then + {@code $LDFLAGS} + {@code $CFLAGS} +
 *       {@code $CPPFLAGS}. Sysconfig's own {@code LDFLAGS} is not added: its {@code LDSHARED} already
 *       holds them (setuptools does not add them either).</li>
 * </ul>
 * Note that {@code $CFLAGS} <em>replaces</em> the interpreter's {@code CFLAGS} (as setuptools does since
 * pypa/distutils#322; older setuptools and the standard library's distutils appended it), while
 * {@code $CPPFLAGS} and {@code $LDFLAGS} are added. Blank variables count as unset. The values are split
 * into arguments as distutils' {@code split_quoted} does. macOS's extra adjustments
 * ({@code _osx_support}) are not applied.
 *
 * @param compiler the compiler command ({@code ["gcc"]}, or e.g. {@code ["gcc", "-pthread"]})
 * @param compileFlags the flags after the compiler, before the include directories and the source
 * @param linker the command that links objects into a shared library ({@code ["gcc", "-shared", ...]})
 * @param includeDirs the interpreter's include directories, passed after any the caller adds
 * @param libraryDirs directories passed with {@code -L} when linking (sysconfig's {@code LIBDIR} when
 *        Python is built as a shared library, as setuptools' {@code build_ext} adds it)
 * @param compilerOrigin where {@code compiler} came from, for messages ("CC in the environment")
 * @param linkerOrigin where {@code linker} came from, for messages
 */
public record BuildFlags(List<String> compiler, List<String> compileFlags, List<String> linker,
                         List<Path> includeDirs, List<Path> libraryDirs, String compilerOrigin,
                         String linkerOrigin) {
    public BuildFlags {
        compiler = List.copyOf(compiler);
        compileFlags = List.copyOf(compileFlags);
        linker = List.copyOf(linker);
        includeDirs = List.copyOf(includeDirs);
        libraryDirs = List.copyOf(libraryDirs);
        Objects.requireNonNull(compilerOrigin, "compilerOrigin");
        Objects.requireNonNull(linkerOrigin, "linkerOrigin");
    }

    /**
     * Applies the environment's overrides to an interpreter's configuration values.
     *
     * @param cc sysconfig's {@code CC}
     * @param cflags sysconfig's {@code CFLAGS}
     * @param ccshared sysconfig's {@code CCSHARED}
     * @param ldshared sysconfig's {@code LDSHARED}
     * @param configName names the configuration in messages ("the sysconfig of /usr/bin/python3.12")
     */
    public static BuildFlags derive(String cc, String cflags, String ccshared, String ldshared,
                                    List<Path> includeDirs, List<Path> libraryDirs, Environment env,
                                    String configName) {
        String compiler = cc;
        String linker = ldshared;
        String compilerOrigin = "CC in " + configName;
        String linkerOrigin = "LDSHARED in " + configName;
        if (env.variable("CC").isPresent()) {
            String newCc = env.variable("CC").get();
            if (env.variable("LDSHARED").isEmpty() && !cc.isEmpty() && linker.startsWith(cc)) {
                linker = newCc + linker.substring(cc.length());
                linkerOrigin = "LDSHARED in " + configName + ", with CC from the environment";
            }
            compiler = newCc;
            compilerOrigin = "CC in the environment";
        }
        if (env.variable("LDSHARED").isPresent()) {
            linker = env.variable("LDSHARED").get();
            linkerOrigin = "LDSHARED in the environment";
        }
        linker = addFlags(linker, env, "LDFLAGS");
        String flags = env.variable("CFLAGS").orElse(cflags);
        linker = addFlags(linker, env, "CFLAGS");
        flags = addFlags(flags, env, "CPPFLAGS");
        linker = addFlags(linker, env, "CPPFLAGS");

        List<String> compileFlags = new ArrayList<>(CommandLine.split(flags));
        compileFlags.addAll(CommandLine.split(ccshared));
        return new BuildFlags(CommandLine.split(compiler), compileFlags, CommandLine.split(linker),
                includeDirs, libraryDirs, compilerOrigin, linkerOrigin);
    }

    private static String addFlags(String value, Environment env, String variable) {
        return env.variable(variable).map(f -> value + " " + f).orElse(value);
    }
}
