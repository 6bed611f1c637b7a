package dev.pyc2c.backend.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyc2c.backend.testing.Pythons;
import dev.pyc2c.bytecode.PythonVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SysconfigTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void valuesAreSaneAndAsTheInterpreterReportsThem(PythonVersion v) throws IOException {
        PythonInterpreter python = Pythons.require(v);
        Sysconfig s = Sysconfig.read(python);
        assertEquals(python.executable(), s.executable());
        assertEquals(v, s.version());
        assertEquals(python.fullVersion(), s.fullVersion());
        assertEquals(v.cacheTag(), s.cacheTag());
        assertTrue(s.extSuffix().endsWith(".so"), s.extSuffix());
        assertTrue(s.extSuffix().startsWith("." + v.cacheTag()), s.extSuffix());
        assertEquals("." + s.soabi() + ".so", s.extSuffix());
        assertTrue(Files.isRegularFile(s.includeDir().resolve("Python.h")));
        assertTrue(Files.isRegularFile(s.includeDir().resolve("internal/pycore_frame.h")));
        assertEquals(s.includeDir(), s.includeDirs().get(0));
        assertTrue(s.platform().startsWith("linux-"), s.platform());
        assertEquals(s.platform().replace('-', '_'), s.wheelPlatformTag());
        assertFalse(s.gilDisabled());
        assertEquals("hello" + s.extSuffix(), s.extensionFileName("pkg.sub.hello"));

        JsonNode expected = new ObjectMapper().readTree(Pythons.python(python, Map.of(), "-c", "import json, sysconfig;"
                + " v = sysconfig.get_config_var; p = sysconfig.get_paths();"
                + " print(json.dumps([p['include'], p['platinclude'], v('EXT_SUFFIX'), v('CC'), v('CFLAGS'),"
                + " v('CCSHARED'), v('LDSHARED'), v('LDFLAGS'), v('LIBDIR'), bool(v('Py_ENABLE_SHARED'))]))"));
        assertEquals(expected.get(0).asText(), s.includeDir().toString());
        assertEquals(expected.get(1).asText(), s.platIncludeDir().toString());
        assertEquals(expected.get(2).asText(), s.extSuffix());
        assertEquals(expected.get(3).asText(), s.cc());
        assertEquals(expected.get(4).asText(), s.cflags());
        assertEquals(expected.get(5).asText(), s.ccshared());
        assertEquals(expected.get(6).asText(), s.ldshared());
        assertEquals(expected.get(7).asText(), s.ldflags());
        assertEquals(expected.get(8).asText(), s.libDir());
        assertEquals(expected.get(9).asBoolean(), s.enableShared());

        BuildFlags f = s.buildFlags();
        if (System.getenv("CC") == null && System.getenv("CFLAGS") == null && System.getenv("LDSHARED") == null
                && System.getenv("LDFLAGS") == null && System.getenv("CPPFLAGS") == null) {
            assertEquals(CommandLine.split(s.cc()), f.compiler());
            List<String> flags = new ArrayList<>(CommandLine.split(s.cflags()));
            flags.addAll(CommandLine.split(s.ccshared()));
            assertEquals(flags, f.compileFlags());
            assertEquals(CommandLine.split(s.ldshared()), f.linker());
        }
        assertTrue(f.compileFlags().contains("-fPIC"), f.compileFlags().toString());
        assertTrue(f.linker().contains("-shared"), f.linker().toString());
        assertEquals(s.includeDirs(), f.includeDirs());
        assertEquals(s.enableShared() ? List.of(Path.of(s.libDir())) : List.of(), f.libraryDirs());
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void theEnvironmentOverridesTheCompiler(PythonVersion v) {
        Sysconfig s = Sysconfig.read(Pythons.require(v), Environment.system().with("CC", "clang -pthread"));
        assertEquals(List.of("clang", "-pthread"), s.buildFlags().compiler());
        assertEquals("CC in the environment", s.buildFlags().compilerOrigin());
        assertEquals(List.of("clang", "-pthread", "-shared"), s.buildFlags().linker().subList(0, 3));
        Sysconfig back = s.withEnvironment(Environment.system().without("CC").without("LDSHARED"));
        assertEquals(CommandLine.split(s.cc()), back.buildFlags().compiler());
        assertEquals("CC in the sysconfig of " + s.executable(), back.buildFlags().compilerOrigin());
    }

    private static final String CC = "gcc";
    private static final String CFLAGS = "-Wsign-compare -DNDEBUG -g -O3 -Wall";
    private static final String CCSHARED = "-fPIC";
    private static final String LDSHARED = "gcc -shared -L/opt/py/lib";

    private BuildFlags derive(Map<String, String> vars) {
        return BuildFlags.derive(CC, CFLAGS, CCSHARED, LDSHARED, List.of(Path.of("/opt/py/include")), List.of(),
                Environment.of(vars, tmp), "the sysconfig of /opt/py/bin/python");
    }

    @Test
    void buildFlagsFollowSetuptoolsCustomizeCompiler() {
        BuildFlags plain = derive(Map.of());
        assertEquals(List.of("gcc"), plain.compiler());
        assertEquals(List.of("-Wsign-compare", "-DNDEBUG", "-g", "-O3", "-Wall", "-fPIC"), plain.compileFlags());
        assertEquals(List.of("gcc", "-shared", "-L/opt/py/lib"), plain.linker());
        assertEquals("CC in the sysconfig of /opt/py/bin/python", plain.compilerOrigin());
        assertEquals("LDSHARED in the sysconfig of /opt/py/bin/python", plain.linkerOrigin());

        // CC replaces the compiler, and the CC at the start of LDSHARED
        BuildFlags cc = derive(Map.of("CC", "ccache clang"));
        assertEquals(List.of("ccache", "clang"), cc.compiler());
        assertEquals(List.of("ccache", "clang", "-shared", "-L/opt/py/lib"), cc.linker());
        assertEquals("LDSHARED in the sysconfig of /opt/py/bin/python, with CC from the environment", cc.linkerOrigin());

        // LDSHARED replaces the linker, whatever CC says
        BuildFlags ld = derive(Map.of("CC", "clang", "LDSHARED", "ld.lld -shared"));
        assertEquals(List.of("ld.lld", "-shared"), ld.linker());
        assertEquals("LDSHARED in the environment", ld.linkerOrigin());

        // CFLAGS replaces the interpreter's CFLAGS (CCSHARED stays) and is added to the link;
        // CPPFLAGS and LDFLAGS are added
        BuildFlags flags = derive(Map.of("CFLAGS", "-O0 -g3", "CPPFLAGS", "-DX=1", "LDFLAGS", "-L/extra"));
        assertEquals(List.of("-O0", "-g3", "-DX=1", "-fPIC"), flags.compileFlags());
        assertEquals(List.of("gcc", "-shared", "-L/opt/py/lib", "-L/extra", "-O0", "-g3", "-DX=1"), flags.linker());

        // blank variables count as unset
        assertEquals(plain, derive(Map.of("CC", "", "CFLAGS", " ", "LDSHARED", "")));
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void missingHeadersAreReportedWithWhatToInstall(PythonVersion v) throws IOException {
        Sysconfig real = Pythons.sysconfig(v);
        Path empty = Files.createDirectories(tmp.resolve("include/python" + v));
        Sysconfig noHeaders = real.withIncludeDir(empty);
        assertEquals(List.of(empty), noHeaders.buildFlags().includeDirs());
        ToolchainException e = assertThrows(ToolchainException.class, noHeaders::verifyHeaders);
        assertEquals(ToolchainException.Kind.HEADERS_MISSING, e.kind());
        assertEquals("Python.h not found in " + empty + " (the include directory of CPython " + real.fullVersion()
                + ", " + real.executable() + "): pyc2c compiles C against CPython's headers. Install them: on"
                + " Debian/Ubuntu apt-get install python" + v + "-dev (python3-dev for the system's python3); pyenv"
                + " builds include them; elsewhere install the development package of Python " + v + ".",
                e.getMessage());

        Files.writeString(empty.resolve("Python.h"), "/* only the public headers */\n");
        e = assertThrows(ToolchainException.class, noHeaders::verifyHeaders);
        assertEquals(ToolchainException.Kind.HEADERS_MISSING, e.kind());
        assertTrue(e.getMessage().startsWith("CPython's internal headers are missing: "
                + empty.resolve("internal/pycore_frame.h") + " not found (CPython " + real.fullVersion()), e.getMessage());
        assertTrue(e.getMessage().contains("apt-get install python" + v + "-dev"), e.getMessage());
    }
}
