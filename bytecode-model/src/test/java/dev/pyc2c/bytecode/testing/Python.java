package dev.pyc2c.bytecode.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs Python scripts of this module ({@code bytecode-model/scripts}) with a given interpreter. */
public final class Python {
    private Python() {
    }

    /** {@code bytecode-model/scripts}, found from the test's working directory (the module). */
    public static Path scripts() {
        Path p = Path.of("scripts").toAbsolutePath();
        if (!p.resolve("dis_dump.py").toFile().isFile()) {
            p = Path.of("bytecode-model/scripts").toAbsolutePath();
        }
        return p;
    }

    /** Runs {@code python args...}, returns stdout; fails with stderr if the exit status is not 0. */
    public static String run(Interpreters.Interpreter python, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(python.executable().toString());
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).start();
            p.getOutputStream().close();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + cmd);
            }
            if (p.exitValue() != 0) {
                throw new AssertionError("failed (" + p.exitValue() + "): " + cmd + "\n"
                        + new String(err.join(), StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + cmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + cmd, e);
        }
    }

    static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
