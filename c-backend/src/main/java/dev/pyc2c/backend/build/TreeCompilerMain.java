package dev.pyc2c.backend.build;

import dev.pyc2c.backend.toolchain.InterpreterFinder;
import dev.pyc2c.backend.toolchain.PythonInterpreter;
import dev.pyc2c.backend.toolchain.Sysconfig;
import dev.pyc2c.backend.toolchain.ToolchainException;
import dev.pyc2c.pythons.LocalRepository;
import dev.pyc2c.pythons.PythonCache;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Command line: compiles a source tree into extension modules without Maven, as the plugin does.
 *
 * <pre>java -jar pyc2c-c-backend.jar [--python SPECS] [--cflags FLAGS] [--launcher CMD] [--compile-timeout SECONDS]
 *     SOURCE_ROOT OUTPUT_DIR</pre>
 *
 * <p>SPECS is a comma-separated list of interpreters: executables, names on PATH, versions such as
 * {@code 3.12} (default {@code python3}), or {@code maven:3.12} (the CPython build of Maven Central, found in the
 * local Maven repository, {@code ~/.m2/repository} or {@code -Dpyc2c.mavenRepository}, without downloading, and
 * unpacked into pyc2c's cache; a version with no local interpreter falls back to it); FLAGS are C compiler flags added after the interpreter's own
 * (e.g. {@code "-O2 -g0"}); CMD a compiler launcher such as {@code ccache}; SECONDS how long each run of the C
 * compiler or linker may take before it is stopped (default 0: no limit). For each interpreter,
 * OUTPUT_DIR receives {@code <cache_tag>/lib/} (the importable tree), {@code <cache_tag>/report.json},
 * {@code <cache_tag>/work/} and the generated C in {@code c/<cache_tag>/}. Builds are incremental.
 */
public final class TreeCompilerMain {
    private TreeCompilerMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String spec = InterpreterFinder.DEFAULT_SPEC;
        List<String> cflags = List.of();
        String launcher = "";
        long timeout = 0;
        int i = 0;
        while (args.length - i >= 2 && args[i].startsWith("--")) {
            switch (args[i]) {
                case "--python" -> spec = args[i + 1];
                case "--cflags" -> cflags = dev.pyc2c.backend.toolchain.CommandLine.split(args[i + 1]);
                case "--launcher" -> launcher = args[i + 1];
                case "--compile-timeout" -> {
                    try {
                        timeout = Long.parseLong(args[i + 1].strip());
                    } catch (NumberFormatException e) {
                        timeout = -1;
                    }
                    if (timeout < 0) {
                        err.println("--compile-timeout takes a number of seconds (0: no limit), not '" + args[i + 1]
                                + "'");
                        return 2;
                    }
                }
                default -> {
                    err.println("unknown option " + args[i]);
                    return 2;
                }
            }
            i += 2;
        }
        if (args.length - i != 2) {
            err.println("usage: java -jar pyc2c-c-backend.jar [--python SPECS] [--cflags FLAGS] [--launcher CMD]"
                    + " [--compile-timeout SECONDS] SOURCE_ROOT OUTPUT_DIR");
            return 2;
        }
        Path src = Path.of(args[i]).toAbsolutePath().normalize();
        Path outDir = Path.of(args[i + 1]).toAbsolutePath().normalize();
        if (!Files.isDirectory(src)) {
            err.println("error: " + src + " is not a directory: give the root of the Python source tree");
            return 1;
        }
        BuildLog log = new BuildLog() {
            @Override
            public synchronized void info(String message) {
                out.println(message);
            }

            @Override
            public synchronized void warn(String message) {
                err.println("warning: " + message);
            }

            @Override
            public void debug(String message) {
            }
        };
        try {
            ProjectBuild build = new ProjectBuild(SourceSet.of(src), outDir, outDir.resolve("c"),
                    Math.max(1, Runtime.getRuntime().availableProcessors()), cflags, launcher, true,
                    java.time.Duration.ofSeconds(timeout));
            InterpreterFinder finder = InterpreterFinder.system().withMaven(LocalRepository.fromSystem(),
                    PythonCache.defaultCache(), log::info);
            for (PythonInterpreter python : finder.findAll(spec)) {
                log.info(python.describe());
                Sysconfig sysconfig = Sysconfig.read(python);
                build.generate(python, log);
                build.compile(python, sysconfig, log);
            }
            return 0;
        } catch (BuildException | ToolchainException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getCause());
            return 1;
        }
    }
}
