package dev.pyc2c.it.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The committed list of test results that differ by design ({@code conformance/expected-differences.txt}):
 * a test id (or a prefix ending in {@code *}), two or more spaces, the reason.
 */
final class Expectations {
    private final Map<String, String> reasons;

    private Expectations(Map<String, String> reasons) {
        this.reasons = reasons;
    }

    static Expectations load() {
        try (InputStream in = Expectations.class.getResourceAsStream("/conformance/expected-differences.txt")) {
            if (in == null) {
                throw new IllegalStateException("conformance/expected-differences.txt is missing");
            }
            Map<String, String> reasons = new LinkedHashMap<>();
            int lineNo = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                lineNo++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s{2,}", 2);
                if (parts.length != 2 || parts[1].isBlank()) {
                    throw new IllegalStateException("expected-differences.txt:" + lineNo
                            + ": write the test id, two spaces, then the reason");
                }
                reasons.put(parts[0], parts[1].strip());
            }
            return new Expectations(reasons);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why {@code testId} differs by design, if it is listed. */
    Optional<String> reason(String testId) {
        for (Map.Entry<String, String> e : reasons.entrySet()) {
            String k = e.getKey();
            if (k.endsWith("*") ? testId.startsWith(k.substring(0, k.length() - 1)) : testId.equals(k)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}
