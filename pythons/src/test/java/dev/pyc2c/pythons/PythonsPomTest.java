package dev.pyc2c.pythons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The parent pom fetches, for the tests, exactly the artifacts of the table: one {@code fetch-python-3.X} execution
 * of {@code dependency:get} per row, with the row's version.
 */
class PythonsPomTest {
    @Test
    void theParentPomFetchesEveryRowOfTheTable() throws Exception {
        Path pom = Path.of(System.getProperty("basedir", ".")).resolve("../pom.xml").normalize();
        assertTrue(Files.isRegularFile(pom), pom.toString());
        Matcher m = Pattern.compile("<id>fetch-python-(3\\.\\d+)</id>.*?<artifact>org\\.bytedeco:cpython:([^:<]+):jar:"
                + "linux-x86_64</artifact>", Pattern.DOTALL).matcher(Files.readString(pom));
        Map<String, String> fetched = new LinkedHashMap<>();
        while (m.find()) {
            fetched.put(m.group(1), m.group(2));
        }
        assertEquals(MavenPythons.table(), fetched, "the fetch-python-3.X executions of " + pom
                + " and cpython-artifacts.properties must list the same artifacts");
    }
}
