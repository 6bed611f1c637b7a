package dev.pyc2c.bytecode.marshal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.testing.Interpreters;
import dev.pyc2c.bytecode.testing.Python;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Objects of every type marshal handles, marshalled by each interpreter with every marshal version
 * ({@code scripts/marshal_samples.py}): read back here, their repr is Python's, and those written with
 * version 4 (what {@code .pyc} files use) are written back byte for byte.
 */
class MarshalInterpreterTest {

    @ParameterizedTest(name = "CPython {0}")
    @EnumSource(PythonVersion.class)
    void readsWhatTheInterpreterWritesAndWritesItBack(PythonVersion v) throws Exception {
        Interpreters.Interpreter python = Interpreters.require(v);
        JsonNode samples = new ObjectMapper().readTree(
                Python.run(python, Python.scripts().resolve("marshal_samples.py").toString()));
        int roundTrips = 0;
        for (JsonNode s : samples) {
            String what = s.get("expr").asText() + " (marshal version " + s.get("version").asInt() + ")";
            byte[] data = HexFormat.of().parseHex(s.get("hex").asText());
            MarshalReader.Result r = MarshalReader.read(data, 0, what);
            assertEquals(data.length, r.end(), what + ": read to the end");
            if (!s.get("repr").isNull()) {
                assertEquals(s.get("repr").asText(), r.value().repr(), what);
            } else {
                assertTrue(r.value() instanceof PyCode, what);
            }
            if (s.get("version").asInt() == 4) {
                assertArrayEquals(data, MarshalWriter.write(r.value(), r.layout()), what + ": written back");
                roundTrips++;
            }
            // Whatever the version read, writing it again and reading that gives the same object.
            PyObject again = MarshalReader.read(MarshalWriter.write(r.value(), MarshalLayout.none()), 0, what).value();
            assertEquals(r.value(), again, what);
        }
        assertTrue(roundTrips > 70, "round trips: " + roundTrips);
    }
}
