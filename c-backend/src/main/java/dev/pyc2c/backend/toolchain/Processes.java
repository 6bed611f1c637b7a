package dev.pyc2c.backend.toolchain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a tool to completion: feeds its standard input, collects its standard output and error
 * concurrently (so neither pipe can fill up and block it), and kills it (with its children) when it
 * takes longer than allowed.
 */
final class Processes {
    /** How long to wait for the output pipes after a killed process, in case a grandchild holds them. */
    private static final long DRAIN_SECONDS = 5;

    private Processes() {
    }

    /**
     * What a finished process left.
     *
     * @param stderr empty when standard error was merged into {@code stdout}
     */
    record Output(int exitCode, byte[] stdout, byte[] stderr, boolean timedOut) {
        String stdoutText() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        String stderrText() {
            return new String(stderr, StandardCharsets.UTF_8);
        }
    }

    /**
     * Runs {@code command} with exactly the variables of {@code env}.
     *
     * @param workDir the working directory, or {@code null} for this JVM's
     * @param stdin the bytes to write to standard input (then closed), or {@code null} for none
     * @param timeout how long the process may run before it is killed; zero for no limit
     * @param mergeStderr whether standard error goes into the same capture as standard output
     * @throws IOException if the process cannot be started (the program does not exist or is not executable)
     * @throws ToolchainException of kind {@code INTERRUPTED} if this thread is interrupted
     */
    static Output run(List<String> command, Environment env, Path workDir, byte[] stdin, Duration timeout,
                      boolean mergeStderr) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(mergeStderr);
        pb.environment().clear();
        pb.environment().putAll(env.variables());
        if (workDir != null) {
            pb.directory(workDir.toFile());
        }
        Process p = pb.start();
        CompletableFuture<byte[]> out = drain(p.getInputStream());
        CompletableFuture<byte[]> err = mergeStderr ? CompletableFuture.completedFuture(new byte[0])
                : drain(p.getErrorStream());
        if (stdin == null) {
            p.getOutputStream().close();
        } else {
            CompletableFuture.runAsync(() -> {
                try (OutputStream in = p.getOutputStream()) {
                    in.write(stdin);
                } catch (IOException e) {
                    // the process exited without reading all its input; its exit status says why
                }
            }, Processes::daemon);
        }
        try {
            boolean finished = true;
            if (timeout.isZero()) {
                p.waitFor();
            } else {
                finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            if (!finished) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(DRAIN_SECONDS, TimeUnit.SECONDS);
            }
            byte[] o = get(out);
            byte[] e = get(err);
            return new Output(finished ? p.exitValue() : -1, o, e, !finished);
        } catch (InterruptedException e) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ToolchainException(ToolchainException.Kind.INTERRUPTED,
                    "interrupted while waiting for " + CommandLine.render(command));
        }
    }

    private static CompletableFuture<byte[]> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Processes::daemon);
    }

    private static byte[] get(CompletableFuture<byte[]> f) throws InterruptedException {
        try {
            return f.get(DRAIN_SECONDS * 12, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return new byte[0];
        }
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "pyc2c-process-io");
        t.setDaemon(true);
        t.start();
    }
}
