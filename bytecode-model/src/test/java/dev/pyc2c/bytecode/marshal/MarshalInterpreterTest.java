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
 * the version {@code .pyc} files use ({@link PythonVersion#marshalVersion()}: 4, or 5 from 3.14 on, which
 * adds slices) are written back byte for byte.
 */
class MarshalInterpreterTest {

    @ParameterizedTest(name = "CPython {0}")
    @EnumSource(PythonVersion.class)
    void readsWhatTheInterpreterWritesAndWritesItBack(PythonVersion v) throws Exception {
        Interpreters.Interpreter python = Interpreters.require(v);
        JsonNode samples = new ObjectMapper().readTree(
                Python.run(python, Python.scripts().resolve("marshal_samples.py").toString()));
        int roundTrips = 0;
        int slices = 0;
        int newest = 0;
        for (JsonNode s : samples) {
            newest = Math.max(newest, s.get("version").asInt());
            String what = s.get("expr").asText() + " (marshal version " + s.get("version").asInt() + ")";
            byte[] data = HexFormat.of().parseHex(s.get("hex").asText());
            MarshalReader.Result r = MarshalReader.read(data, 0, what);
            assertEquals(data.length, r.end(), what + ": read to the end");
            if (!s.get("repr").isNull()) {
                assertEquals(s.get("repr").asText(), r.value().repr(), what);
            } else {
                assertTrue(r.value() instanceof PyCode, what);
            }
            if (s.get("version").asInt() == v.marshalVersion()) {
                assertArrayEquals(data, MarshalWriter.write(r.value(), r.layout()), what + ": written back");
                roundTrips++;
                slices += s.get("expr").asText().contains("slice") ? 1 : 0;
            }
            // Whatever the version read, writing it again and reading that gives the same object.
            PyObject again = MarshalReader.read(MarshalWriter.write(r.value(), MarshalLayout.none()), 0, what).value();
            assertEquals(r.value(), again, what);
        }
        assertTrue(roundTrips > 70, "round trips: " + roundTrips);
        assertEquals(v.marshalVersion(), newest, "the interpreter's marshal.version");
        assertEquals(v.atLeast(PythonVersion.V3_14) ? 4 : 0, slices, "slices, which marshal version 5 added");
    }
}
