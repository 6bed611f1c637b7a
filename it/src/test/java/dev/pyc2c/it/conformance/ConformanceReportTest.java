package dev.pyc2c.it.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * docs/conformance.md updated by a run on some interpreters (their tables replaced, the others' kept, in order) or
 * of some modules (their rows replaced, the others kept, the totals summed again).
 */
class ConformanceReportTest {
    private static String doc(String head, String... sections) {
        StringBuilder sb = new StringBuilder(head);
        for (String s : sections) {
            sb.append("\n## ").append(s).append("\n\n| ").append(s).append(" row |\n");
        }
        return sb.toString();
    }

    @Test
    void aRunReplacesItsInterpretersTablesAndKeepsTheOthers() {
        String existing = doc("# Conformance\n\nold text.\n", "cpython-311", "cpython-312", "cpython-314")
                .replace("| cpython-312 row |", "| old 312 row |");
        String fresh = doc("# Conformance\n\nnew text.\n", "cpython-312", "cpython-313");
        assertEquals(doc("# Conformance\n\nnew text.\n", "cpython-311", "cpython-312", "cpython-313", "cpython-314"),
                ConformanceReport.merge(existing, fresh));
    }

    @Test
    void aDocumentWithoutTablesTakesTheFreshOnes() {
        String fresh = doc("# Conformance\n\ntext.\n", "cpython-313");
        assertEquals(fresh, ConformanceReport.merge("# Conformance\n", fresh));
    }

    private static final String HEADER = "| module | kind | tests run | passed interpreted | passed compiled | regressions |"
            + " expected differences | code objects compiled to C |\n|---|---|---:|---:|---:|---|---:|---:|\n";

    private static String row(String module, int run, int passed, String regressions) {
        return "| " + module + " | compiled tests | " + run + " | " + passed + " | " + passed + " | " + regressions
                + " | 0 | 100.0% (1 of 1) |\n";
    }

    @Test
    void aRunOfSomeModulesReplacesTheirRowsAndSumsTheTotalsAgain() {
        String existing = "# Conformance\n\ntext.\n\n## cpython-313\n\n" + HEADER + row("test_grammar", 78, 78, "0")
                + row("test_math", 1, 1, "0") + "| **total** | | 79 | 79 | 79 | 0 | | |\n\n## cpython-314\n\n" + HEADER
                + row("test_grammar", 80, 80, "0") + "| **total** | | 80 | 80 | 80 | 0 | | |\n";
        String fresh = "# Conformance\n\nother text.\n\n## cpython-314\n\n" + HEADER
                + row("test_math", 89, 89, "1: `test.test_math.X`") + "| **total** | | 89 | 89 | 89 | 1 | | |\n";
        String expected = "# Conformance\n\ntext.\n\n## cpython-313\n\n" + HEADER + row("test_grammar", 78, 78, "0")
                + row("test_math", 1, 1, "0") + "| **total** | | 79 | 79 | 79 | 0 | | |\n\n## cpython-314\n\n" + HEADER
                + row("test_grammar", 80, 80, "0") + row("test_math", 89, 89, "1: `test.test_math.X`")
                + "| **total** | | 169 | 169 | 169 | 1 | | |\n";
        assertEquals(expected, ConformanceReport.mergeRows(existing, fresh, ConformanceSuite.ALL));
    }
}
