package dev.pyc2c.backend.toolchain;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Has an interpreter compile Python sources to {@code .pyc} bytes: its own compiler, so the bytecode is
 * exactly what that CPython would run. All sources of a call are compiled by one interpreter process
 * (the resource script {@code compile_pyc.py}, which reads a JSON request on standard input and answers
 * JSON on standard output), each exactly as {@code py_compile.compile} does it.
 *
 * <p>A source that does not compile is an outcome, not an exception: the result lists every source's
 * error ({@link SourceError}) with the position and message the interpreter's {@code SyntaxError} gives.
 * Compiler warnings are captured per source and never mix with the answer.
 *
 * <p>Headers are {@link PycInvalidation#UNCHECKED_HASH unchecked-hash} ones unless
 * {@link #withInvalidation asked otherwise}: they depend only on the source's content (reproducible builds).
 */
public final class BytecodeCompiler {
    /** The default time one batch may take. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    private final PythonInterpreter python;
    private final PycInvalidation invalidation;
    private final Environment env;
    private final Duration timeout;

    private BytecodeCompiler(PythonInterpreter python, PycInvalidation invalidation, Environment env,
                             Duration timeout) {
        this.python = Objects.requireNonNull(python, "python");
        this.invalidation = Objects.requireNonNull(invalidation, "invalidation");
        this.env = Objects.requireNonNull(env, "env");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    /** A compiler that uses {@code python}, writes unchecked-hash headers and runs in this JVM's environment. */
    public static BytecodeCompiler of(PythonInterpreter python) {
        return new BytecodeCompiler(python, PycInvalidation.UNCHECKED_HASH, Environment.system(), DEFAULT_TIMEOUT);
    }

    /** This compiler writing headers of another kind. */
    public BytecodeCompiler withInvalidation(PycInvalidation mode) {
        return new BytecodeCompiler(python, mode, env, timeout);
    }

    /** This compiler running the interpreter in {@code environment}. */
    public BytecodeCompiler withEnvironment(Environment environment) {
        return new BytecodeCompiler(python, invalidation, environment, timeout);
    }

    /** This compiler allowing a batch {@code limit} to finish. */
    public BytecodeCompiler withTimeout(Duration limit) {
        return new BytecodeCompiler(python, invalidation, env, limit);
    }

    public PythonInterpreter interpreter() {
        return python;
    }

    /**
     * Compiles one source.
     *
     * @throws ToolchainException as {@link #compile(List)}
     */
    public CompileOutcome compile(PythonSource source) {
        return compile(List.of(source)).outcomes().get(0);
    }

    /**
     * Compiles {@code sources} in one interpreter process.
     *
     * @return one outcome per source, in order
     * @throws ToolchainException {@code INVALID_INPUT} if a source file does not exist (before anything is
     *         compiled), {@code INTERPRETER_FAILED} if the interpreter fails or times out
     */
    public BytecodeCompilation compile(List<PythonSource> sources) {
        if (sources.isEmpty()) {
            return new BytecodeCompilation(List.of());
        }
        StringBuilder request = new StringBuilder("{\"invalidation\": ").append(Json.quote(invalidation.wireName()))
                .append(", \"files\": [");
        for (int i = 0; i < sources.size(); i++) {
            PythonSource s = sources.get(i);
            if (!Files.isRegularFile(s.path())) {
                throw new ToolchainException(ToolchainException.Kind.INVALID_INPUT, "Python source " + s.path()
                        + (Files.isDirectory(s.path()) ? " is a directory, not a file." : " does not exist."));
            }
            request.append(i == 0 ? "" : ", ").append("{\"source\": ")
                    .append(Json.quote(s.path().toAbsolutePath().toString()))
                    .append(", \"filename\": ").append(Json.quote(s.filename()))
                    .append(", \"optimize\": ").append(s.optimize()).append('}');
        }
        request.append("]}");
        String out = PythonScripts.run(python, "compile_pyc.py", request.toString().getBytes(StandardCharsets.UTF_8),
                env, timeout, "compiling " + sources.size() + " Python source" + (sources.size() == 1 ? "" : "s"));
        List<?> results;
        try {
            results = (List<?>) ((Map<?, ?>) Json.parse(out)).get("results");
        } catch (IllegalArgumentException | ClassCastException e) {
            throw unreadable(out, e);
        }
        if (results == null || results.size() != sources.size()) {
            throw unreadable(out, null);
        }
        List<CompileOutcome> outcomes = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            try {
                outcomes.add(outcome(sources.get(i), (Map<?, ?>) results.get(i)));
            } catch (ClassCastException | IllegalArgumentException | NullPointerException e) {
                throw unreadable(out, e);
            }
        }
        return new BytecodeCompilation(outcomes);
    }

    private static CompileOutcome outcome(PythonSource source, Map<?, ?> result) {
        List<CompileWarning> warnings = new ArrayList<>();
        for (Object o : (List<?>) result.get("warnings")) {
            Map<?, ?> w = (Map<?, ?>) o;
            warnings.add(new CompileWarning(integer(w, "line"), (String) w.get("category"), (String) w.get("message")));
        }
        if (result.get("error") instanceof Map<?, ?> e) {
            SourceError error = new SourceError(source.path(), (String) e.get("filename"), integer(e, "line"),
                    integer(e, "column"), integer(e, "end_line"), integer(e, "end_column"), (String) e.get("type"),
                    (String) e.get("message"), (String) e.get("text"));
            return new CompileOutcome.Failed(source, error, warnings);
        }
        byte[] pyc = Base64.getDecoder().decode((String) result.get("pyc"));
        return new CompileOutcome.Compiled(source, pyc, warnings);
    }

    private static int integer(Map<?, ?> m, String key) {
        return ((Number) m.get(key)).intValue();
    }

    private ToolchainException unreadable(String out, Exception cause) {
        return new ToolchainException(ToolchainException.Kind.INTERPRETER_FAILED, python.executable()
                + " gave an unreadable answer when compiling Python sources: "
                + CommandLine.firstLine(out.length() > 300 ? out.substring(0, 300) : out), cause);
    }
}
