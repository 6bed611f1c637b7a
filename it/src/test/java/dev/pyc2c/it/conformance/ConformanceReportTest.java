package dev.pyc2c.it.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** docs/conformance.md updated by a run on some interpreters: their tables replaced, the others' kept, in order. */
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
}
