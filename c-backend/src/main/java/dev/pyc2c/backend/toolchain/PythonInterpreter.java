package dev.pyc2c.backend.toolchain;

import dev.pyc2c.bytecode.PythonVersion;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A CPython interpreter of a version pyc2c supports (3.11 to 3.14), as it described itself when
 * {@link #probe probed}: a {@code PythonInterpreter} is never made up from a file name.
 *
 * @param executable the interpreter's own {@code sys.executable}: the real program, also when it was
 *        found through a pyenv shim or the {@code py} launcher (a virtual environment's
 *        {@code bin/python} stays what it is, so it keeps its environment)
 * @param version the supported version it is
 * @param fullVersion its complete version, e.g. {@code 3.12.1} or {@code 3.13.0rc1}
 * @param cacheTag {@code sys.implementation.cache_tag}, e.g. {@code cpython-312}
 * @param artifact the coordinates of the Maven artifact it was unpacked from
 *        ({@code org.bytedeco:cpython:3.13.5-1.5.12:jar:linux-x86_64}); empty for an interpreter of the machine
 */
public record PythonInterpreter(Path executable, PythonVersion version, String fullVersion, String cacheTag,
                                String artifact) {
    /** How long an interpreter may take to answer the probe. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(60);

    public PythonInterpreter {
        Objects.requireNonNull(executable, "executable");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(fullVersion, "fullVersion");
        Objects.requireNonNull(cacheTag, "cacheTag");
        Objects.requireNonNull(artifact, "artifact");
        if (!PythonVersion.parse(fullVersion).equals(Optional.of(version))) {
            throw new IllegalArgumentException("full version " + fullVersion + " is not of Python " + version);
        }
    }

    /** An interpreter of the machine (not from a Maven artifact). */
    public PythonInterpreter(Path executable, PythonVersion version, String fullVersion, String cacheTag) {
        this(executable, version, fullVersion, cacheTag, "");
    }

    /** This interpreter, unpacked from the Maven artifact {@code coordinates}. */
    public PythonInterpreter withArtifact(String coordinates) {
        return new PythonInterpreter(executable, version, fullVersion, cacheTag, coordinates);
    }

    /** Whether it was unpacked from a Maven artifact. */
    public boolean fromMaven() {
        return !artifact.isEmpty();
    }

    /**
     * Where it came from, for the build's log: {@code CPython 3.12.1 at /usr/bin/python3.12}, or
     * {@code CPython 3.14.3 from Maven artifact org.bytedeco:cpython:3.14.3-1.5.13:jar:linux-x86_64, unpacked in
     * /home/u/.cache/pyc2c/pythons/org.bytedeco/cpython/3.14.3-1.5.13/linux-x86_64}.
     */
    public String describe() {
        if (!fromMaven()) {
            return "CPython " + fullVersion + " at " + executable;
        }
        Path bin = executable.getParent();
        Path home = bin != null && bin.getParent() != null ? bin.getParent() : executable;
        return "CPython " + fullVersion + " from Maven artifact " + artifact + ", unpacked in " + home;
    }

    /**
     * Probes the interpreter at {@code executable}, in this JVM's environment.
     *
     * @throws ToolchainException if it does not run ({@code INTERPRETER_FAILED}), is not CPython
     *         ({@code NOT_CPYTHON}) or is not a supported version ({@code UNSUPPORTED_VERSION})
     */
    public static PythonInterpreter probe(Path executable) {
        return probe(List.of(executable.toString()), Environment.system());
    }

    /**
     * Probes the interpreter that {@code command} starts (e.g. {@code ["/usr/bin/python3"]} or
     * {@code ["py", "-3.12"]}): runs it with a small script that prints {@code sys.executable}, the
     * version, {@code sys.implementation.cache_tag} and {@code sys.implementation.name}.
     *
     * @throws ToolchainException if it does not run ({@code INTERPRETER_FAILED}), is not CPython
     *         ({@code NOT_CPYTHON}) or is not a supported version ({@code UNSUPPORTED_VERSION})
     */
    public static PythonInterpreter probe(List<String> command, Environment env) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        String name = CommandLine.render(command);
        List<String> full = new ArrayList<>(command);
        // -E -s rather than -I: an old Python 2 does not know -I, and should be told it is too old
        full.addAll(List.of("-E", "-s", "-c", PythonScripts.load("interpreter_probe.py")));
        Processes.Output out;
        try {
            out = Processes.run(full, env, null, null, PROBE_TIMEOUT, false);
        } catch (IOException e) {
            throw new ToolchainException(ToolchainException.Kind.INTERPRETER_FAILED,
                    name + " cannot be run: " + e.getMessage() + ". Name a working Python interpreter.", e);
        }
        if (out.timedOut()) {
            throw new ToolchainException(ToolchainException.Kind.INTERPRETER_FAILED, name
                    + " does not run: it did not answer within " + PROBE_TIMEOUT.toSeconds() + " s.");
        }
        if (out.exitCode() != 0) {
            String reason = CommandLine.firstLine(out.stderrText());
            throw new ToolchainException(ToolchainException.Kind.INTERPRETER_FAILED, name
                    + " does not run: it exited with status " + out.exitCode()
                    + (reason.isEmpty() ? "" : " (" + reason + ")") + ".");
        }
        Map<String, String> facts = parseProbe(out.stdoutText()).orElseThrow(() -> new ToolchainException(
                ToolchainException.Kind.INTERPRETER_FAILED, name + " does not answer like a Python interpreter"
                + " (it printed: " + CommandLine.firstLine(out.stdoutText() + "\n" + out.stderrText())
                + "). Name a CPython " + PythonVersion.supportedList().replace(", ", "/") + " interpreter."));
        String fullVersion = facts.getOrDefault("version", "");
        String implementation = facts.getOrDefault("implementation", "");
        if (!implementation.equals("cpython")) {
            throw new ToolchainException(ToolchainException.Kind.NOT_CPYTHON, name + " is " + implementation
                    + " " + fullVersion + ", not CPython: pyc2c compiles to the C API of CPython "
                    + PythonVersion.supportedList() + ". Name a CPython interpreter.");
        }
        PythonVersion version = PythonVersion.parse(fullVersion).orElseThrow(() -> new ToolchainException(
                ToolchainException.Kind.UNSUPPORTED_VERSION, name + " is Python " + fullVersion
                + ", which pyc2c does not support: it compiles for CPython " + PythonVersion.supportedList()
                + ". Install one of those (e.g. pyenv install 3.12) and name it, by version (3.12) or path."));
        Path executable = executableOf(facts.getOrDefault("executable", ""), command);
        return new PythonInterpreter(executable, version, fullVersion, facts.getOrDefault("cache_tag", ""));
    }

    /**
     * The same interpreter: the same executable, version and cache tag, however it was found ({@link #artifact()}
     * says where it came from; it does not make it another interpreter).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof PythonInterpreter p && executable.equals(p.executable) && version == p.version
                && fullVersion.equals(p.fullVersion) && cacheTag.equals(p.cacheTag);
    }

    @Override
    public int hashCode() {
        return Objects.hash(executable, version, fullVersion, cacheTag);
    }

    /** {@code [executable, args...]}: the command that runs this interpreter with {@code args}. */
    public List<String> command(String... args) {
        List<String> c = new ArrayList<>(args.length + 1);
        c.add(executable.toString());
        c.addAll(List.of(args));
        return c;
    }

    /** {@code "CPython 3.12.1 (/usr/bin/python3.12)"}. */
    @Override
    public String toString() {
        return "CPython " + fullVersion + " (" + executable + ")";
    }

    private static Optional<Map<String, String>> parseProbe(String stdout) {
        String[] lines = stdout.split("\\R");
        int start = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals("pyc2c-probe")) {
                start = i;
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        Map<String, String> facts = new HashMap<>();
        for (int i = start + 1; i < lines.length; i++) {
            int eq = lines[i].indexOf('=');
            if (eq > 0) {
                facts.put(lines[i].substring(0, eq), lines[i].substring(eq + 1));
            }
        }
        return facts.containsKey("version") ? Optional.of(facts) : Optional.empty();
    }

    private static Path executableOf(String reported, List<String> command) {
        if (!reported.isEmpty()) {
            try {
                return Path.of(reported);
            } catch (InvalidPathException e) {
                // fall through to the command that ran it
            }
        }
        return Path.of(command.get(0));
    }
}
