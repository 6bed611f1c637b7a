package dev.pyc2c.backend.toolchain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the helper scripts shipped as resources of this package ({@code interpreter_probe.py},
 * {@code sysconfig_query.py}, {@code compile_pyc.py}) with an interpreter. A script is passed with
 * {@code -c}, so nothing is written to disk, and run isolated ({@code -I}: no {@code PYTHON*} variables,
 * no user site-packages, not the working directory on {@code sys.path}), so the user's environment
 * cannot change what it reports. The scripts contain no double quotes, which a Windows command line would
 * need escaped.
 */
final class PythonScripts {
    private PythonScripts() {
    }

    /** The text of a script of this package. */
    static String load(String name) {
        try (InputStream in = PythonScripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the pyc2c jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code script} isolated with {@code python}, returns its standard output.
     *
     * @param what what the script does, for messages ("reading the sysconfig")
     * @throws ToolchainException of kind {@code INTERPRETER_FAILED} if the interpreter cannot be started,
     *         times out or exits with a non-zero status (the message carries its standard error)
     */
    static String run(PythonInterpreter python, String script, byte[] stdin, Environment env, Duration timeout,
                      String what) {
        List<String> command = new ArrayList<>(python.command("-I", "-c", load(script)));
        Processes.Output out;
        try {
            out = Processes.run(command, env, null, stdin, timeout, false);
        } catch (IOException e) {
            throw new ToolchainException(ToolchainException.Kind.INTERPRETER_FAILED, "cannot run "
                    + python.executable() + " (" + what + "): " + e.getMessage()
                    + ". Check that the interpreter is still installed, or name another one.", e);
        }
        if (out.timedOut()) {
            throw new ToolchainException(ToolchainException.Kind.INTERPRETER_FAILED, python.executable() + " ("
                    + what + ") did not finish within " + timeout.toSeconds() + " s and was stopped.");
        }
        if (out.exitCode() != 0) {
            throw new ToolchainException(ToolchainException.Kind.INTERPRETER_FAILED, python.executable() + " ("
                    + what + ") failed with exit status " + out.exitCode() + ":\n" + out.stderrText().strip());
        }
        return out.stdoutText();
    }
}
