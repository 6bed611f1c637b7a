package dev.pyc2c.backend.toolchain;

import dev.pyc2c.bytecode.PythonVersion;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How an interpreter builds extension modules: its build configuration as {@code sysconfig} reports it
 * (read by {@code sysconfig_query.py}, a resource of this package), and the {@link BuildFlags} that
 * result once the environment's {@code CC}/{@code CFLAGS}/{@code CPPFLAGS}/{@code LDSHARED}/{@code LDFLAGS}
 * are applied as setuptools applies them.
 *
 * <p>The raw values are kept as the interpreter reported them (an empty string where sysconfig has no
 * value, e.g. {@code CC} on Windows), so {@link #withEnvironment} can apply other overrides.
 *
 * @param executable the interpreter
 * @param version its version
 * @param fullVersion its complete version, e.g. {@code 3.12.1}
 * @param cacheTag {@code sys.implementation.cache_tag}, e.g. {@code cpython-312}
 * @param includeDir {@code sysconfig.get_paths()['include']}: where {@code Python.h} is
 * @param platIncludeDir {@code sysconfig.get_paths()['platinclude']} (usually the same directory)
 * @param includeDirs every directory setuptools passes with {@code -I}: {@code includeDir}, then
 *        {@code platIncludeDir} if different, then a virtual environment's {@code include} if it exists
 * @param extSuffix {@code EXT_SUFFIX}, e.g. {@code .cpython-312-x86_64-linux-gnu.so}
 * @param soabi {@code SOABI}, e.g. {@code cpython-312-x86_64-linux-gnu}
 * @param platform {@code sysconfig.get_platform()}, e.g. {@code linux-x86_64}; see {@link #wheelPlatformTag()}
 * @param gilDisabled {@code Py_GIL_DISABLED}: a free-threaded build (3.13t)
 * @param cc {@code CC}
 * @param cflags {@code CFLAGS}
 * @param ccshared {@code CCSHARED}, e.g. {@code -fPIC}
 * @param ldshared {@code LDSHARED}, e.g. {@code gcc -shared}
 * @param ldflags {@code LDFLAGS} (informative: {@code LDSHARED} already holds them)
 * @param libDir {@code LIBDIR}
 * @param enableShared {@code Py_ENABLE_SHARED}: libpython is a shared library
 * @param buildFlags the compile and link commands, with the environment's overrides applied
 */
public record Sysconfig(Path executable, PythonVersion version, String fullVersion, String cacheTag,
                        Path includeDir, Path platIncludeDir, List<Path> includeDirs,
                        String extSuffix, String soabi, String platform, boolean gilDisabled,
                        String cc, String cflags, String ccshared, String ldshared, String ldflags,
                        String libDir, boolean enableShared, BuildFlags buildFlags) {
    /** How long reading the configuration may take. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    public Sysconfig {
        Objects.requireNonNull(executable, "executable");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(fullVersion, "fullVersion");
        Objects.requireNonNull(cacheTag, "cacheTag");
        Objects.requireNonNull(includeDir, "includeDir");
        Objects.requireNonNull(platIncludeDir, "platIncludeDir");
        includeDirs = List.copyOf(includeDirs);
        Objects.requireNonNull(extSuffix, "extSuffix");
        Objects.requireNonNull(soabi, "soabi");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(cc, "cc");
        Objects.requireNonNull(cflags, "cflags");
        Objects.requireNonNull(ccshared, "ccshared");
        Objects.requireNonNull(ldshared, "ldshared");
        Objects.requireNonNull(ldflags, "ldflags");
        Objects.requireNonNull(libDir, "libDir");
        Objects.requireNonNull(buildFlags, "buildFlags");
    }

    /**
     * Reads the configuration of {@code python}, with this JVM's environment, and checks that its headers
     * are installed.
     *
     * @throws ToolchainException {@code INTERPRETER_FAILED} if the interpreter cannot report it,
     *         {@code HEADERS_MISSING} if {@code Python.h} or CPython's internal headers are missing
     */
    public static Sysconfig read(PythonInterpreter python) {
        return read(python, Environment.system());
    }

    /**
     * Reads the configuration of {@code python}, applies the overrides of {@code env}, and checks that its
     * headers are installed ({@link #verifyHeaders()}).
     *
     * @throws ToolchainException {@code INTERPRETER_FAILED} if the interpreter cannot report it,
     *         {@code HEADERS_MISSING} if {@code Python.h} or CPython's internal headers are missing
     */
    public static Sysconfig read(PythonInterpreter python, Environment env) {
        String out = PythonScripts.run(python, "sysconfig_query.py", null, env, TIMEOUT,
                "reading its sysconfig");
        String[] lines = out.strip().split("\\R");
        Map<?, ?> info;
        try {
            info = (Map<?, ?>) Json.parse(lines[lines.length - 1]);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new ToolchainException(ToolchainException.Kind.INTERPRETER_FAILED, python.executable()
                    + " gave an unreadable answer when asked for its sysconfig (" + e.getMessage() + "): "
                    + CommandLine.firstLine(out), e);
        }
        Map<?, ?> vars = (Map<?, ?>) info.get("vars");
        Path include = path(python, text(info, "include"), "include");
        Path platInclude = text(info, "platinclude").isEmpty() ? include
                : path(python, text(info, "platinclude"), "platinclude");
        List<Path> includeDirs = new ArrayList<>(List.of(include));
        if (!platInclude.equals(include)) {
            includeDirs.add(platInclude);
        }
        if (!text(info, "venv_include").isEmpty()) {
            Path venv = path(python, text(info, "venv_include"), "venv include");
            if (Files.isDirectory(venv)) {
                includeDirs.add(venv);
            }
        }
        Sysconfig s = new Sysconfig(python.executable(), python.version(), text(info, "version"),
                text(info, "cache_tag"), include, platInclude, includeDirs, text(vars, "EXT_SUFFIX"),
                text(vars, "SOABI"), text(info, "platform"), flag(text(vars, "Py_GIL_DISABLED")),
                text(vars, "CC"), text(vars, "CFLAGS"), text(vars, "CCSHARED"), text(vars, "LDSHARED"),
                text(vars, "LDFLAGS"), text(vars, "LIBDIR"), flag(text(vars, "Py_ENABLE_SHARED")),
                placeholderFlags());
        s = s.withEnvironment(env);
        s.verifyHeaders();
        return s;
    }

    /** This configuration with the build flags derived again, with the overrides of {@code env}. */
    public Sysconfig withEnvironment(Environment env) {
        List<Path> libraryDirs = enableShared && !libDir.isEmpty() ? List.of(Path.of(libDir)) : List.of();
        BuildFlags flags = BuildFlags.derive(cc, cflags, ccshared, ldshared, includeDirs, libraryDirs, env,
                "the sysconfig of " + executable);
        return new Sysconfig(executable, version, fullVersion, cacheTag, includeDir, platIncludeDir, includeDirs,
                extSuffix, soabi, platform, gilDisabled, cc, cflags, ccshared, ldshared, ldflags, libDir,
                enableShared, flags);
    }

    /**
     * This configuration with {@code dir} as its only include directory (in the build flags too), e.g. to
     * build against another copy of the headers. The headers there are not checked until used.
     */
    public Sysconfig withIncludeDir(Path dir) {
        BuildFlags f = buildFlags;
        BuildFlags flags = new BuildFlags(f.compiler(), f.compileFlags(), f.linker(), List.of(dir), f.libraryDirs(),
                f.compilerOrigin(), f.linkerOrigin());
        return new Sysconfig(executable, version, fullVersion, cacheTag, dir, dir, List.of(dir), extSuffix, soabi,
                platform, gilDisabled, cc, cflags, ccshared, ldshared, ldflags, libDir, enableShared, flags);
    }

    /**
     * Checks that the headers pyc2c compiles against are installed: {@code Python.h} and CPython's internal
     * headers ({@code internal/pycore_frame.h}, for the layout of the interpreter's frames) in
     * {@link #includeDir()}.
     *
     * @throws ToolchainException of kind {@code HEADERS_MISSING}, naming the directory and what to install
     */
    public void verifyHeaders() {
        String install = " Install them: on Debian/Ubuntu apt-get install python" + version + "-dev (python3-dev for"
                + " the system's python3); pyenv builds include them; elsewhere install the development package"
                + " of Python " + version + ".";
        if (!Files.isRegularFile(includeDir.resolve("Python.h"))) {
            throw new ToolchainException(ToolchainException.Kind.HEADERS_MISSING, "Python.h not found in "
                    + includeDir + " (the include directory of CPython " + fullVersion + ", " + executable
                    + "): pyc2c compiles C against CPython's headers." + install);
        }
        Path internal = includeDir.resolve("internal").resolve("pycore_frame.h");
        if (!Files.isRegularFile(internal)) {
            throw new ToolchainException(ToolchainException.Kind.HEADERS_MISSING, "CPython's internal headers"
                    + " are missing: " + internal + " not found (CPython " + fullVersion + ", " + executable
                    + "). pyc2c needs them for the layout of the interpreter's frames." + install);
        }
    }

    /** Whether the interpreter is a Windows one (its modules are built with MSVC). */
    public boolean isWindows() {
        return platform.startsWith("win");
    }

    /**
     * The file name of extension module {@code moduleName} (dotted names allowed: its last part is
     * the file's), e.g. {@code hello.cpython-312-x86_64-linux-gnu.so} for {@code pkg.hello}.
     */
    public String extensionFileName(String moduleName) {
        if (moduleName.isBlank() || moduleName.startsWith(".") || moduleName.endsWith(".")) {
            throw new ToolchainException(ToolchainException.Kind.INVALID_INPUT, "'" + moduleName
                    + "' is not a module name");
        }
        return moduleName.substring(moduleName.lastIndexOf('.') + 1) + extSuffix;
    }

    /** The platform part of a wheel's tag, e.g. {@code linux_x86_64} (PEP 425: {@code -} and {@code .} become {@code _}). */
    public String wheelPlatformTag() {
        return platform.replace('-', '_').replace('.', '_');
    }

    private static BuildFlags placeholderFlags() {
        return new BuildFlags(List.of(), List.of(), List.of(), List.of(), List.of(), "", "");
    }

    private static String text(Map<?, ?> map, String key) {
        Object v = map == null ? null : map.get(key);
        return v == null ? "" : v.toString();
    }

    private static boolean flag(String value) {
        return !value.isEmpty() && !value.equals("0") && !value.equalsIgnoreCase("false");
    }

    private static Path path(PythonInterpreter python, String value, String what) {
        try {
            if (value.isEmpty()) {
                throw new InvalidPathException(value, "empty");
            }
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new ToolchainException(ToolchainException.Kind.INTERPRETER_FAILED, python.executable()
                    + " reports no usable " + what + " directory in its sysconfig ('" + value + "').", e);
        }
    }
}
