package dev.pyc2c.backend.toolchain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PythonScriptsTest {
    @ParameterizedTest
    @ValueSource(strings = {"interpreter_probe.py", "sysconfig_query.py", "compile_pyc.py"})
    void scriptsAreShippedAndSafeOnAnyCommandLine(String name) {
        String script = PythonScripts.load(name);
        assertTrue(script.startsWith("# pyc2c: "), name);
        assertFalse(script.contains("\""), name + " holds a double quote, which -c on Windows would need escaped");
    }
}
