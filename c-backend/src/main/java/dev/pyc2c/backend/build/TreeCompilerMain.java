package dev.pyc2c.backend.build;

import dev.pyc2c.backend.CompileReport;
import dev.pyc2c.backend.toolchain.InterpreterFinder;
import dev.pyc2c.backend.toolchain.PythonInterpreter;
import dev.pyc2c.backend.toolchain.Sysconfig;
import dev.pyc2c.backend.toolchain.ToolchainException;
import dev.pyc2c.bytecode.PythonVersion;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Command line: compiles a source tree into extension modules without Maven.
 *
 * <pre>java -jar pyc2c-c-backend.jar [--python SPEC] [--cflags FLAGS] SOURCE_ROOT OUTPUT_DIR</pre>
 *
 * <p>SPEC is an executable, a name on PATH or a version such as {@code 3.12} (default {@code python3});
 * FLAGS are C compiler flags added after the interpreter's own (e.g. {@code "-O2 -g0"}).
 * OUTPUT_DIR receives {@code lib/} (the importable tree), {@code c/} (the generated C), {@code work/}
 * and {@code report.json}.
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
        int i = 0;
        while (args.length - i >= 2 && args[i].startsWith("--")) {
            switch (args[i]) {
                case "--python" -> spec = args[i + 1];
                case "--cflags" -> cflags = List.of(args[i + 1].trim().split("\\s+"));
                default -> {
                    err.println("unknown option " + args[i]);
                    return 2;
                }
            }
            i += 2;
        }
        if (args.length - i != 2) {
            err.println("usage: java -jar pyc2c-c-backend.jar [--python SPEC] [--cflags FLAGS] SOURCE_ROOT OUTPUT_DIR");
            return 2;
        }
        Path src = Path.of(args[i]).toAbsolutePath().normalize();
        Path outDir = Path.of(args[i + 1]).toAbsolutePath().normalize();
        if (!Files.isDirectory(src)) {
            err.println("error: " + src + " is not a directory: give the root of the Python source tree");
            return 1;
        }
        try {
            PythonInterpreter python = InterpreterFinder.system().find(spec);
            if (!PythonVersion.V3_12.equals(python.version())) {
                err.println("error: " + python + " is CPython " + python.version()
                        + "; this build of the backend translates CPython 3.12 bytecode");
                return 1;
            }
            Sysconfig sysconfig = Sysconfig.read(python);
            sysconfig.verifyHeaders();
            TreeCompiler.Result r = TreeCompiler.compile(new TreeCompiler.Request(python, sysconfig, src,
                    outDir.resolve("lib"), outDir.resolve("c"), outDir.resolve("work"),
                    Math.max(1, Runtime.getRuntime().availableProcessors()), cflags));
            StringBuilder json = new StringBuilder("[");
            long compiled = 0;
            long total = 0;
            for (TreeCompiler.ModuleBuild m : r.modules()) {
                CompileReport report = m.compiled().report();
                compiled += report.compiledCount();
                total += report.codeObjects().size();
                json.append(json.length() > 1 ? ",\n " : "").append(report.toJson());
                out.printf("%-40s %s (%d of %d code objects compiled to C)%n", m.name(),
                        outDir.relativize(m.extension()), report.compiledCount(), report.codeObjects().size());
                for (CompileReport.CodeObject c : report.codeObjects()) {
                    if (c.status() == CompileReport.Status.INTERPRETED) {
                        out.printf("    interpreted: %s (line %d): %s%n", c.qualname(), c.firstLine(), c.reason());
                    }
                }
                if (!m.diagnostics().isBlank()) {
                    err.println(m.diagnostics());
                }
            }
            for (TreeCompiler.Copied c : r.copied()) {
                out.printf("%-40s copied as source: %s%n", src.relativize(c.source()), c.reason());
            }
            Files.writeString(outDir.resolve("report.json"), json.append("]\n"));
            out.printf("%d modules, %d of %d code objects compiled to C, in %.1f s; import them with PYTHONPATH=%s%n",
                    r.modules().size(), compiled, total, r.millis() / 1000.0, outDir.resolve("lib"));
            return 0;
        } catch (BuildException | ToolchainException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (java.io.IOException e) {
            err.println("error: " + e);
            return 1;
        }
    }
}
