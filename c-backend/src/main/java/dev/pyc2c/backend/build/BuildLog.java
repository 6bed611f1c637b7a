package dev.pyc2c.backend.build;

/**
 * Where a build says what it does: the Maven plugin adapts its {@code Log}, the command line prints.
 * Implementations must accept calls from several threads.
 */
public interface BuildLog {
    /** A log that drops everything. */
    BuildLog NONE = new BuildLog() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void debug(String message) {
        }
    };

    void info(String message);

    void warn(String message);

    void debug(String message);
}
