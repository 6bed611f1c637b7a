package dev.pyc2c.backend.toolchain;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One run of the compiler or linker.
 *
 * @param command the command, as run
 * @param exitCode its exit status
 * @param output what it printed, standard output and error together (its diagnostics)
 * @param elapsed how long it took
 */
public record CommandRun(List<String> command, int exitCode, String output, Duration elapsed) {
    public CommandRun {
        command = List.copyOf(command);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** The command as a shell line, for logs. */
    public String commandLine() {
        return CommandLine.render(command);
    }
}
