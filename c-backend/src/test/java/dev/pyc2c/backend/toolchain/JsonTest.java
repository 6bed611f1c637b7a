package dev.pyc2c.backend.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void parsesWhatPythonsJsonModuleWrites() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", List.of(1L, -2L, 3.5, true, false));
        expected.put("b", null);
        expected.put("s", "\u00e9\ud83d\ude00 \"q\" \\ / \n\t");
        expected.put("e", Map.of());
        expected.put("l", List.of());
        assertEquals(expected, Json.parse(" {\"a\": [1, -2, 3.5, true, false], \"b\": null,"
                + " \"s\": \"\\u00e9\\ud83d\\ude00 \\\"q\\\" \\\\ \\/ \\n\\t\", \"e\": {}, \"l\": []} "));
    }

    @Test
    void quoteRoundTrips() {
        String s = "a\"b\\c\nd\u0001\u00e9\ud83d\ude00";
        assertEquals(s, Json.parse(Json.quote(s)));
        assertEquals("\"\\u00e9\"", Json.quote("\u00e9"));
    }

    @Test
    void rejectsBrokenText() {
        for (String bad : Arrays.asList("", "{", "[1,", "\"abc", "{\"a\" 1}", "tru", "1 2", "{1: 2}", "\"\\x\"")) {
            assertThrows(IllegalArgumentException.class, () -> Json.parse(bad), bad);
        }
    }
}
