package dev.pyc2c.backend.testing;

import dev.pyc2c.backend.toolchain.InterpreterFinder;
import dev.pyc2c.backend.toolchain.PythonInterpreter;
import dev.pyc2c.backend.toolchain.Sysconfig;
import dev.pyc2c.backend.toolchain.ToolchainException;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.pythons.LocalRepository;
import dev.pyc2c.pythons.MavenPythons;
import dev.pyc2c.pythons.PythonCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The CPython interpreters the tests run, one per supported version, found with the toolchain's own
 * {@link InterpreterFinder}: those listed in {@code -Dpyc2c.pythons=a,b,c} (specs: paths, names on PATH,
 * versions or {@code maven:3.X}; a listed one that cannot be used fails the tests), else, for each supported
 * version, the CPython build of Maven Central ({@code maven:3.12}: {@code org.bytedeco:cpython}, which the build
 * fetched into the local repository, {@code -Dpyc2c.mavenRepository}, unpacked once into pyc2c's cache), so that
 * the tests need no Python on the machine and run the same micro versions everywhere.
 *
 * <p>A test that needs a missing interpreter calls {@link #require}, which prints a banner on stderr saying
 * why it is missing and aborts the test (reported as skipped, with the reason) unless
 * {@code -Dpyc2c.requirePythons=true}, which makes it fail.
 */
public final class Pythons {
    private static Map<PythonVersion, PythonInterpreter> found;
    private static Map<PythonVersion, String> missing;
    private static final Map<PythonVersion, Sysconfig> SYSCONFIGS = new EnumMap<>(PythonVersion.class);

    private Pythons() {
    }

    private static synchronized void discover() {
        if (found != null) {
            return;
        }
        found = new EnumMap<>(PythonVersion.class);
        missing = new EnumMap<>(PythonVersion.class);
        InterpreterFinder finder = InterpreterFinder.system().withMaven(LocalRepository.fromSystem(),
                PythonCache.defaultCache(), m -> System.out.println("[pythons] " + m));
        String listed = System.getProperty("pyc2c.pythons", "").trim();
        if (!listed.isEmpty()) {
            for (PythonInterpreter p : finder.findAll(listed)) {
                found.put(p.version(), p);
            }
            for (PythonVersion v : PythonVersion.values()) {
                if (!found.containsKey(v)) {
                    missing.put(v, "-Dpyc2c.pythons=" + listed + " names no CPython " + v);
                }
            }
        } else {
            for (PythonVersion v : PythonVersion.values()) {
                try {
                    found.put(v, finder.find(MavenPythons.PREFIX + v));
                } catch (ToolchainException e) {
                    missing.put(v, e.getMessage());
                }
            }
        }
        found.values().forEach(p -> System.out.println("[pythons] " + p.describe()));
    }

    /** The interpreter of {@code v}; if there is none, says so loudly and aborts (or fails) the calling test. */
    public static PythonInterpreter require(PythonVersion v) {
        discover();
        PythonInterpreter p = found.get(v);
        if (p != null) {
            return p;
        }
        String msg = "NO CPython " + v + " FOUND: the tests that need it did not run. " + missing.get(v)
                + " (or name one with -Dpyc2c.pythons=/path/to/python" + v + ")";
        System.err.println("\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
        System.err.println("!!! " + msg);
        System.err.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n");
        if (Boolean.getBoolean("pyc2c.requirePythons")) {
            throw new AssertionError(msg);
        }
        Assumptions.abort(msg);
        throw new AssertionError("unreachable");
    }

    /** The sysconfig of {@link #require}'s interpreter (read once). */
    public static synchronized Sysconfig sysconfig(PythonVersion v) {
        PythonInterpreter p = require(v);
        return SYSCONFIGS.computeIfAbsent(v, k -> Sysconfig.read(p));
    }

    /** What a finished command left. */
    public record Run(int exitCode, String stdout, String stderr) {
    }

    /** Runs a command with extra environment variables; returns its exit status and output. */
    public static Run run(List<String> command, Map<String, String> extraEnv) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().putAll(extraEnv);
            Process p = pb.start();
            p.getOutputStream().close();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError("timed out after 5 minutes (killed): " + command);
            }
            return new Run(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                    new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + command, e);
        }
    }

    /** Runs {@code python args...}; fails the test if it exits with a non-zero status. */
    public static String python(PythonInterpreter python, Map<String, String> extraEnv, String... args) {
        List<String> cmd = new ArrayList<>(python.command(args));
        Run r = run(cmd, extraEnv);
        if (r.exitCode() != 0) {
            throw new AssertionError("failed (" + r.exitCode() + "): " + cmd + "\n" + r.stdout() + r.stderr());
        }
        return r.stdout();
    }

    /** Writes an executable shell script (a fake interpreter or tool). */
    public static Path script(Path file, String body) throws IOException {
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        if (!file.toFile().setExecutable(true)) {
            throw new IOException("cannot make " + file + " executable");
        }
        return file;
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
