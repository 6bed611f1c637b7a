package dev.pyc2c.backend.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares text with a checked-in golden file under {@code src/test/resources}. With
 * {@code -Dpyc2c.updateGolden=true} the file is (re)written instead and the test fails, so that a run
 * that updates goldens is never mistaken for a passing one: review the diff, then run again.
 */
public final class Golden {
    private Golden() {
    }

    public static Path resources() {
        return Path.of("src/test/resources").toAbsolutePath();
    }

    public static void assertMatches(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("pyc2c.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            throw new AssertionError("updated golden file " + golden + ": review the diff and run the tests again");
        }
        assertTrue(Files.isRegularFile(golden), () -> "missing golden file " + golden
                + " (create it with -Dpyc2c.updateGolden=true)");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, () -> "output differs from " + golden
                + " (if the change is intended, regenerate with -Dpyc2c.updateGolden=true and review the diff)");
    }
}
