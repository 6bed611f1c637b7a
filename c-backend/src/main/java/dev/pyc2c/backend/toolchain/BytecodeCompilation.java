package dev.pyc2c.backend.toolchain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of compiling a batch of sources: one outcome per source, in the order they were given.
 * Every failing source is reported, not only the first.
 */
public record BytecodeCompilation(List<CompileOutcome> outcomes) {
    public BytecodeCompilation {
        outcomes = List.copyOf(outcomes);
    }

    /** The sources that compiled. */
    public List<CompileOutcome.Compiled> compiled() {
        return outcomes.stream().filter(CompileOutcome.Compiled.class::isInstance)
                .map(CompileOutcome.Compiled.class::cast).toList();
    }

    /** The errors of the sources that did not compile. */
    public List<SourceError> errors() {
        return outcomes.stream().filter(CompileOutcome.Failed.class::isInstance)
                .map(o -> ((CompileOutcome.Failed) o).error()).toList();
    }

    public boolean hasErrors() {
        return outcomes.stream().anyMatch(CompileOutcome.Failed.class::isInstance);
    }

    /** The errors, one {@code path:line:col: message} line each ({@link SourceError#render()}); empty if none. */
    public String renderErrors() {
        return errors().stream().map(SourceError::render).collect(Collectors.joining("\n"));
    }
}
