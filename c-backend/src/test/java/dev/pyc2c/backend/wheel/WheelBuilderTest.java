package dev.pyc2c.backend.wheel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyc2c.backend.testing.Pythons;
import dev.pyc2c.backend.toolchain.PythonInterpreter;
import dev.pyc2c.bytecode.PythonVersion;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link WheelBuilder}: the archive's names, order, RECORD, METADATA, WHEEL and bytes, then the wheel installed
 * by pip into CPython 3.12 and imported, and refused by pip when tagged for another ABI.
 */
class WheelBuilderTest {
    private static final WheelMetadata METADATA = new WheelMetadata("My.Pkg", "1.0-RC1", "A test\npackage", "MIT",
            "==3.12.*");
    private static final WheelTag TAG = WheelTag.of("cp312", "cp312", "linux_x86_64");
    private static final String DIST_INFO = "my_pkg-1.0rc1.dist-info";

    /** Environment for pip: no configuration, no network, no questions, no version check. */
    private static final Map<String, String> PIP_ENV = Map.of("PIP_CONFIG_FILE", "/dev/null",
            "PIP_DISABLE_PIP_VERSION_CHECK", "1", "PIP_NO_INPUT", "1", "PIP_NO_INDEX", "1",
            "PYTHONNOUSERSITE", "1", "PIP_ROOT_USER_ACTION", "ignore");

    @TempDir
    Path tmp;

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** A package tree, with compiled files that must stay out of the wheel. */
    private Path tree() throws IOException {
        Path src = tmp.resolve("src");
        write(src.resolve("pkg/__init__.py"), "VALUE = 21\n");
        write(src.resolve("pkg/data.txt"), "some data\n");
        write(src.resolve("pkg/sub/__init__.py"), "");
        write(src.resolve("pkg/sub/mod.py"), "from .. import VALUE\nANSWER = 2 * VALUE\n");
        write(src.resolve("pkg/__pycache__/x.cpython-312.pyc"), "stale");
        write(src.resolve("__pycache__/x.pyc"), "stale");
        write(src.resolve("pkg/sub/stray.pyc"), "stale");
        return src;
    }

    private static String sha256(byte[] data) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(data));
    }

    /** The archive's entries and contents, in central directory order. */
    private static Map<String, byte[]> entries(Path wheel) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(wheel.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                assertEquals(ZipEntry.DEFLATED, e.getMethod(), e.getName());
                entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void wheelHasTheTreeThenMetadataWheelAndRecord() throws Exception {
        Path src = tree();
        Path wheel = WheelBuilder.build(src, METADATA, TAG, "pyc2c 0.1.0", tmp.resolve("dist"));

        assertEquals(tmp.resolve("dist/my_pkg-1.0rc1-cp312-cp312-linux_x86_64.whl"), wheel);
        assertEquals(wheel.getFileName().toString(), WheelBuilder.fileName(METADATA, TAG));
        try (Stream<Path> files = Files.list(tmp.resolve("dist"))) {
            assertEquals(List.of(wheel), files.toList(), "only the wheel is left in the output directory");
        }
        Map<String, byte[]> entries = entries(wheel);
        List<String> names = List.of("pkg/__init__.py", "pkg/data.txt", "pkg/sub/__init__.py", "pkg/sub/mod.py",
                DIST_INFO + "/METADATA", DIST_INFO + "/WHEEL", DIST_INFO + "/RECORD");
        assertEquals(names, List.copyOf(entries.keySet()));
        List<String> localOrder = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(wheel))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                localOrder.add(e.getName());
                assertEquals(LocalDateTime.parse("1980-02-01T00:00:00"), e.getTimeLocal(), e.getName());
                assertArrayEquals(entries.get(e.getName()), in.readAllBytes(), e.getName());
            }
        }
        assertEquals(names, localOrder);
        assertEquals("some data\n", new String(entries.get("pkg/data.txt"), StandardCharsets.UTF_8));

        assertEquals("Metadata-Version: 2.1\nName: My.Pkg\nVersion: 1.0rc1\nSummary: A test package\nLicense: MIT\n"
                + "Requires-Python: ==3.12.*\n", new String(entries.get(DIST_INFO + "/METADATA"), StandardCharsets.UTF_8));
        assertEquals("Wheel-Version: 1.0\nGenerator: pyc2c 0.1.0\nRoot-Is-Purelib: false\nTag: cp312-cp312-linux_x86_64\n",
                new String(entries.get(DIST_INFO + "/WHEEL"), StandardCharsets.UTF_8));

        StringBuilder expected = new StringBuilder();
        for (String name : names.subList(0, names.size() - 1)) {
            byte[] data = entries.get(name);
            expected.append(name).append(",sha256=").append(sha256(data)).append(',').append(data.length).append('\n');
        }
        expected.append(DIST_INFO).append("/RECORD,,\n");
        assertEquals(expected.toString(), new String(entries.get(DIST_INFO + "/RECORD"), StandardCharsets.UTF_8));

        for (CentralEntry e : centralDirectory(wheel)) {
            assertEquals(3, e.madeBy() >> 8, e.name() + " is made on Unix");
            assertEquals(0100644, e.externalAttributes() >>> 16, e.name() + " has mode 0644");
        }
    }

    @Test
    void recordQuotesNamesAsPythonsCsvModuleDoes() throws Exception {
        Path src = tmp.resolve("src");
        write(src.resolve("pkg/a,b \"q\".txt"), "x");
        write(src.resolve("pkg/caf\u00e9.txt"), "y");
        Path wheel = WheelBuilder.build(src, WheelMetadata.of("p", "1"), TAG, "test", tmp.resolve("dist"));
        Map<String, byte[]> entries = entries(wheel);
        assertEquals(List.of("pkg/a,b \"q\".txt", "pkg/caf\u00e9.txt", "p-1.dist-info/METADATA",
                "p-1.dist-info/WHEEL", "p-1.dist-info/RECORD"), List.copyOf(entries.keySet()));
        String record = new String(entries.get("p-1.dist-info/RECORD"), StandardCharsets.UTF_8);
        assertTrue(record.startsWith("\"pkg/a,b \"\"q\"\".txt\",sha256=" + sha256("x".getBytes(StandardCharsets.UTF_8))
                + ",1\npkg/caf\u00e9.txt,sha256="), record);
    }

    @Test
    void buildsAreReproducible() throws Exception {
        Path src = tree();
        Path first = WheelBuilder.build(src, METADATA, TAG, "pyc2c 0.1.0", tmp.resolve("a"));
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.toList()) {
                Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2024-06-01T12:34:56Z")));
            }
        }
        Path second = WheelBuilder.build(src, METADATA, TAG, "pyc2c 0.1.0", tmp.resolve("b"));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));

        Path again = WheelBuilder.build(src, METADATA, TAG, "pyc2c 0.1.0", tmp.resolve("a"));
        assertEquals(first, again, "a wheel already there is replaced");
        assertArrayEquals(Files.readAllBytes(second), Files.readAllBytes(again));

        Path dated = WheelBuilder.build(src, METADATA, TAG, "pyc2c 0.1.0", tmp.resolve("c"),
                Instant.parse("2024-06-01T12:34:56Z"));
        assertNotEquals(Files.size(first), 0);
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(dated)));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(dated))) {
            assertEquals(LocalDateTime.parse("2024-06-01T12:34:56"), in.getNextEntry().getTimeLocal());
        }
        assertEquals(entries(first).keySet(), entries(dated).keySet());
    }

    @Test
    void anOutputDirectoryInsideTheContentIsLeftOut() throws Exception {
        Path src = tree();
        Path dist = src.resolve("dist");
        WheelBuilder.build(src, METADATA, TAG, "t", dist);
        Path wheel = WheelBuilder.build(src, METADATA, TAG, "t", dist);
        assertTrue(entries(wheel).keySet().stream().noneMatch(n -> n.startsWith("dist/")), entries(wheel).keySet()
                .toString());
    }

    @Test
    void badContentIsRefusedNamingTheDirectory() throws Exception {
        Path missing = tmp.resolve("missing");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WheelBuilder.build(missing, METADATA, TAG, "t", tmp.resolve("dist")));
        assertEquals("the wheel content directory " + missing + " does not exist", e.getMessage());

        Path file = tmp.resolve("file.txt");
        Files.writeString(file, "x");
        e = assertThrows(IllegalArgumentException.class,
                () -> WheelBuilder.build(file, METADATA, TAG, "t", tmp.resolve("dist")));
        assertEquals("the wheel content directory " + file + " is not a directory", e.getMessage());

        Path compiledOnly = tmp.resolve("compiled");
        write(compiledOnly.resolve("pkg/__pycache__/m.cpython-312.pyc"), "x");
        write(compiledOnly.resolve("m.pyc"), "x");
        e = assertThrows(IllegalArgumentException.class,
                () -> WheelBuilder.build(compiledOnly, METADATA, TAG, "t", tmp.resolve("dist")));
        assertTrue(e.getMessage().startsWith("the wheel content directory " + compiledOnly + " has no files"),
                e.getMessage());

        Path withDistInfo = tmp.resolve("with-dist-info");
        write(withDistInfo.resolve("pkg/__init__.py"), "");
        write(withDistInfo.resolve("other-1.0.dist-info/METADATA"), "");
        e = assertThrows(IllegalArgumentException.class,
                () -> WheelBuilder.build(withDistInfo, METADATA, TAG, "t", tmp.resolve("dist")));
        assertTrue(e.getMessage().contains("holds other-1.0.dist-info"), e.getMessage());

        Path src = tree();
        assertThrows(IllegalArgumentException.class, () -> WheelBuilder.build(src, METADATA, TAG, " ", tmp));
        assertThrows(IllegalArgumentException.class, () -> WheelBuilder.build(src, METADATA, TAG, "a\nb", tmp));
        assertThrows(IllegalArgumentException.class, () -> WheelBuilder.build(src, METADATA, TAG, "t", tmp,
                Instant.parse("1979-12-31T23:59:59Z")));
        assertFalse(Files.exists(tmp.resolve("dist")), "nothing is written for refused content");
    }

    @Test
    void anUnwritableOutputIsAnUncheckedIoException() throws Exception {
        Path src = tree();
        Path blocker = tmp.resolve("blocker");
        Files.writeString(blocker, "a file where the output directory should be");
        assertThrows(java.io.UncheckedIOException.class,
                () -> WheelBuilder.build(src, METADATA, TAG, "t", blocker.resolve("dist")));
    }

    /**
     * The wheel, tagged for the interpreter's platform, passes Python's own checks of its archive and RECORD,
     * installs with pip and imports; tagged for CPython 3.11 it is refused.
     */
    @Test
    void pipInstallsTheWheelAndPythonImportsIt() throws Exception {
        PythonInterpreter python = Pythons.require(PythonVersion.V3_12);
        Pythons.Run pip = Pythons.run(python.command("-m", "pip", "--version"), PIP_ENV);
        assertEquals(0, pip.exitCode(), "pip is not available in " + python + ", so the wheel cannot be installed"
                + " (install it with: " + python.executable() + " -m ensurepip): " + pip.stdout() + pip.stderr());
        String platform = Pythons.python(python, Map.of(), "-c", "import sysconfig; print(sysconfig.get_platform())")
                .strip();
        WheelTag tag = WheelTag.cpython(3, 12, false, false, platform);
        Path src = tree();
        write(src.resolve("pkg/a,b.txt"), "comma\n");
        Path wheel = WheelBuilder.build(src, METADATA, tag, "pyc2c 0.1.0", tmp.resolve("dist"));

        String check = "import base64, csv, hashlib, io, sys, zipfile\n"
                + "z = zipfile.ZipFile(sys.argv[1])\n"
                + "names = z.namelist()\n"
                + "record = [n for n in names if n.endswith('.dist-info/RECORD')]\n"
                + "assert record == [names[-1]], names\n"
                + "rows = list(csv.reader(io.StringIO(z.read(record[0]).decode('utf-8'))))\n"
                + "assert sorted(r[0] for r in rows) == sorted(names), (rows, names)\n"
                + "for path, digest, size in rows:\n"
                + "    if path == record[0]:\n"
                + "        assert (digest, size) == ('', ''), (digest, size)\n"
                + "        continue\n"
                + "    data = z.read(path)\n"
                + "    h = 'sha256=' + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=').decode()\n"
                + "    assert (digest, int(size)) == (h, len(data)), (path, digest, size, h, len(data))\n"
                + "for i in z.infolist():\n"
                + "    assert i.create_system == 3 and i.external_attr >> 16 == 0o100644, (i, oct(i.external_attr))\n"
                + "    assert i.compress_type == zipfile.ZIP_DEFLATED and i.date_time == (1980, 2, 1, 0, 0, 0), i\n"
                + "assert z.testzip() is None\n"
                + "print(len(rows))\n";
        assertEquals("8", Pythons.python(python, Map.of(), "-c", check, wheel.toString()).strip());

        Path site = tmp.resolve("site");
        Pythons.Run install = Pythons.run(python.command("-m", "pip", "install", "--no-index", "--no-deps",
                "--target", site.toString(), wheel.toString()), PIP_ENV);
        assertEquals(0, install.exitCode(), "pip install failed:\n" + install.stdout() + install.stderr());
        assertTrue(Files.isRegularFile(site.resolve(DIST_INFO + "/RECORD")), "pip wrote its RECORD");
        assertFalse(Files.isExecutable(site.resolve("pkg/data.txt")), "data is not executable");

        String out = Pythons.python(python, Map.of("PYTHONNOUSERSITE", "1"), "-c", "import sys; sys.path.insert(0, "
                + "sys.argv[1]); import pkg.sub.mod, importlib.metadata, importlib.resources; "
                + "print(pkg.sub.mod.ANSWER, importlib.metadata.version('my-pkg'), "
                + "importlib.metadata.metadata('my-pkg')['Summary'], "
                + "importlib.resources.files('pkg').joinpath('data.txt').read_text().strip(), "
                + "importlib.resources.files('pkg').joinpath('a,b.txt').read_text().strip(), "
                + "pkg.sub.mod.__file__ == sys.argv[1] + '/pkg/sub/mod.py')", site.toString());
        assertEquals("42 1.0rc1 A test package some data comma True", out.strip());

        Path other = WheelBuilder.build(src, METADATA, WheelTag.cpython(3, 11, false, false, platform), "pyc2c 0.1.0",
                tmp.resolve("dist311"));
        assertTrue(other.getFileName().toString().endsWith("-cp311-cp311-" + tag.platform() + ".whl"), other.toString());
        Pythons.Run refused = Pythons.run(python.command("-m", "pip", "install", "--no-index", "--no-deps",
                "--target", tmp.resolve("site311").toString(), other.toString()), PIP_ENV);
        assertNotEquals(0, refused.exitCode(), "pip installed a cp311 wheel into 3.12:\n" + refused.stdout()
                + refused.stderr());
        assertTrue(refused.stderr().contains("is not a supported wheel on this platform"), refused.stderr());
    }

    /**
     * The wheel of a built tree ({@link dev.pyc2c.backend.build.ProjectBuild#wheel}) ships the build's runtime module
     * with the modules, recorded in RECORD; installed by pip, the modules import it from the installed tree.
     */
    @Test
    void theWheelOfABuildShipsItsRuntimeModule() throws Exception {
        PythonInterpreter python = Pythons.require(PythonVersion.V3_12);
        var sysconfig = Pythons.sysconfig(PythonVersion.V3_12);
        Path src = tmp.resolve("project");
        write(src.resolve("pkg/__init__.py"), "from .sub.mod import ANSWER\n");
        write(src.resolve("pkg/sub/__init__.py"), "");
        write(src.resolve("pkg/sub/mod.py"), "ANSWER = 6 * 7\n");
        var build = new dev.pyc2c.backend.build.ProjectBuild(dev.pyc2c.backend.build.SourceSet.of(src),
                tmp.resolve("target/pyc2c"), tmp.resolve("target/c"), 2, List.of(), "", true);
        build.generate(python, dev.pyc2c.backend.build.BuildLog.NONE);
        build.compile(python, sysconfig, dev.pyc2c.backend.build.BuildLog.NONE);
        Path wheel = build.wheel(python, sysconfig, WheelMetadata.of("runtime-demo", "1.0"), tmp.resolve("dist"),
                dev.pyc2c.backend.build.BuildLog.NONE);

        String runtime = "pkg/" + sysconfig.extensionFileName("_pyc2c_runtime");
        Map<String, byte[]> entries = entries(wheel);
        assertTrue(entries.containsKey(runtime), "the runtime module in " + entries.keySet());
        String record = new String(entries.get("runtime_demo-1.0.dist-info/RECORD"), StandardCharsets.UTF_8);
        assertTrue(record.contains(runtime + ",sha256=" + sha256(entries.get(runtime)) + ","
                + entries.get(runtime).length + "\n"), record);

        Path site = tmp.resolve("site");
        Pythons.Run install = Pythons.run(python.command("-m", "pip", "install", "--no-index", "--no-deps",
                "--target", site.toString(), wheel.toString()), PIP_ENV);
        assertEquals(0, install.exitCode(), "pip install failed:\n" + install.stdout() + install.stderr());
        String out = Pythons.python(python, Map.of("PYTHONNOUSERSITE", "1"), "-c", "import sys; sys.path.insert(0, "
                + "sys.argv[1]); import pkg; print(pkg.ANSWER, sys.modules['pkg._pyc2c_runtime'].__file__.startswith("
                + "sys.argv[1]))", site.toString());
        assertEquals("42 True", out.strip());
    }

    /** A central directory record: the fields the tests look at. */
    private record CentralEntry(String name, int madeBy, long externalAttributes) {
    }

    private static List<CentralEntry> centralDirectory(Path wheel) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(wheel)).order(ByteOrder.LITTLE_ENDIAN);
        int end = b.limit() - 22;
        assertEquals(0x06054b50, b.getInt(end), "the archive ends with its end of central directory record");
        int count = Short.toUnsignedInt(b.getShort(end + 10));
        int at = b.getInt(end + 16);
        List<CentralEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            assertEquals(0x02014b50, b.getInt(at));
            int madeBy = Short.toUnsignedInt(b.getShort(at + 4));
            int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(b.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(b.getShort(at + 32));
            long external = Integer.toUnsignedLong(b.getInt(at + 38));
            assertEquals(0, extraLength, "no extra fields");
            byte[] name = new byte[nameLength];
            b.get(at + 46, name);
            entries.add(new CentralEntry(new String(name, StandardCharsets.UTF_8), madeBy, external));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }
}
