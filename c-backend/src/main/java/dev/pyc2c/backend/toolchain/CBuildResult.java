package dev.pyc2c.backend.toolchain;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A built extension module.
 *
 * @param module the file written
 * @param steps the compiler runs, one per source, then the link
 */
public record CBuildResult(Path module, List<CommandRun> steps) {
    public CBuildResult {
        Objects.requireNonNull(module, "module");
        steps = List.copyOf(steps);
    }

    /** Everything the compiler and linker printed (warnings, notes), in order; empty for a clean build. */
    public String diagnostics() {
        return steps.stream().map(CommandRun::output).filter(o -> !o.isBlank()).map(String::strip)
                .collect(Collectors.joining("\n"));
    }

    /** Whether the compiler and linker printed nothing at all: no warnings. */
    public boolean isClean() {
        return diagnostics().isEmpty();
    }
}
