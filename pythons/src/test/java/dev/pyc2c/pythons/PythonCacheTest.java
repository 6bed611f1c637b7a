package dev.pyc2c.pythons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache with small jars laid out as {@code org.bytedeco:cpython}'s, whose "interpreter" is a shell script
 * that answers as the real one does.
 */
class PythonCacheTest {
    private static final Coordinates C312 = new Coordinates("org.bytedeco", "cpython", "3.12.1-1.5.10", "jar",
            "linux-x86_64");
    private static final String PREFIX = "org/bytedeco/cpython/linux-x86_64/";
    private static final byte[] ELF = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};

    @TempDir
    Path tmp;

    /** A jar as JavaCPP makes them: zip entries without Unix modes, the installation under a prefix, META-INF. */
    static Path jar(Path file, String pythonBody) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
        entries.put("META-INF/maven/org.bytedeco/cpython/pom.properties", "version=x\n".getBytes(StandardCharsets.UTF_8));
        entries.put(PREFIX, null);
        entries.put(PREFIX + "bin/", null);
        entries.put(PREFIX + "bin/python3.12", ("#!/bin/sh\n" + pythonBody + "\n").getBytes(StandardCharsets.UTF_8));
        entries.put(PREFIX + "bin/python3.12-config", "echo config\n".getBytes(StandardCharsets.UTF_8));
        entries.put(PREFIX + "bin/pip3", "#!/somewhere/python3.12\nimport pip\n".getBytes(StandardCharsets.UTF_8));
        entries.put(PREFIX + "python3.12", ELF);
        entries.put(PREFIX + "libpython3.12.so.1.0", ELF);
        entries.put(PREFIX + "libffi.so.7", ELF);
        entries.put(PREFIX + "lib/python3.12/os.py", "#! /usr/bin/env python3\n'os'\n".getBytes(StandardCharsets.UTF_8));
        entries.put(PREFIX + "lib/python3.12/abc.py", "'abc'\n".getBytes(StandardCharsets.UTF_8));
        entries.put(PREFIX + "lib/python3.12/lib-dynload/_ssl.cpython-312-x86_64-linux-gnu.so", ELF);
        entries.put(PREFIX + "lib/python3.12/test/archivetestdata/header.sh", "#!/bin/bash\n".getBytes(StandardCharsets.UTF_8));
        entries.put(PREFIX + "include/python3.12/Python.h", "/* Python.h */\n".getBytes(StandardCharsets.UTF_8));
        entries.put(PREFIX + "include/python3.12/internal/pycore_frame.h", "\n".getBytes(StandardCharsets.UTF_8));
        entries.put(PREFIX + "x", new byte[0]);
        return zip(file, entries);
    }

    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        Files.createDirectories(file.getParent());
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setLastModifiedTime(FileTime.from(Instant.parse("2024-01-26T15:14:50Z")));
                z.putNextEntry(entry);
                if (e.getValue() != null) {
                    z.write(e.getValue());
                }
                z.closeEntry();
            }
        }
        return file;
    }

    static String answer(String version) {
        return "echo pyc2c-python cpython " + version;
    }

    private static List<String> logTo(List<String> log, String line) {
        log.add(line);
        return log;
    }

    @Test
    void unpacksOnceWithoutMetaInfAndWithTheExecutableBitsZipLoses() throws Exception {
        Path jar = jar(tmp.resolve("cpython.jar"), answer("3.12.1"));
        PythonCache cache = new PythonCache(tmp.resolve("cache"));
        List<String> log = new ArrayList<>();
        PythonCache.Installed p = cache.install(C312, jar, line -> logTo(log, line));

        Path home = tmp.resolve("cache/org.bytedeco/cpython/3.12.1-1.5.10/linux-x86_64");
        assertEquals(home, p.home());
        assertEquals(home.resolve("bin/python3.12"), p.executable());
        assertEquals("3.12.1", p.version());
        assertTrue(p.unpacked());
        assertEquals("CPython 3.12.1 from Maven artifact org.bytedeco:cpython:3.12.1-1.5.10:jar:linux-x86_64,"
                + " unpacked in " + home, p.toString());
        assertTrue(log.get(0).startsWith("Unpacking org.bytedeco:cpython:3.12.1-1.5.10:jar:linux-x86_64 (0 MB) into " + home),
                log.toString());

        assertEquals(Set.of(".pyc2c-python", "bin", "include", "lib", "libffi.so.7", "libpython3.12.so.1.0", "python3.12",
                "x"), names(home));
        // the libraries at the root are where lib-dynload's modules look for them ($ORIGIN/..)
        Path ffi = home.resolve("lib/python3.12/libffi.so.7");
        assertTrue(Files.isSymbolicLink(ffi));
        assertEquals(home.resolve("libffi.so.7").toRealPath(), ffi.toRealPath());
        assertFalse(Files.exists(home.resolve("lib/python3.12/libpython3.12.so.1.0")));
        Set<String> executables = new TreeSet<>();
        try (Stream<Path> s = Files.walk(home)) {
            s.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)).filter(Files::isExecutable).forEach(f -> executables.add(home.relativize(f).toString()));
        }
        assertEquals(new TreeSet<>(List.of("bin/pip3", "bin/python3.12", "bin/python3.12-config", "lib/python3.12/os.py",
                "lib/python3.12/lib-dynload/_ssl.cpython-312-x86_64-linux-gnu.so",
                "lib/python3.12/test/archivetestdata/header.sh", "libffi.so.7", "libpython3.12.so.1.0", "python3.12")),
                executables);
        assertEquals("'abc'\n", Files.readString(home.resolve("lib/python3.12/abc.py")));
        assertEquals(Instant.parse("2024-01-26T15:14:50Z"),
                Files.getLastModifiedTime(home.resolve("lib/python3.12/abc.py")).toInstant());
        assertEquals(Set.of("linux-x86_64", "linux-x86_64.lock"), names(home.getParent()), "no temporary directory left");

        // the second time it is in the cache: the jar is not even read
        Files.delete(jar);
        PythonCache.Installed again = cache.install(C312, (ArtifactSource) c -> {
            throw new AssertionError("asked for the jar");
        }, line -> logTo(log, line));
        assertFalse(again.unpacked());
        assertEquals(p.executable(), again.executable());
        assertEquals(p.version(), again.version());
        assertEquals(2, log.size(), log.toString());
    }

    @Test
    void theInterpreterMustReportTheVersionOfTheCoordinates() throws Exception {
        Path jar = jar(tmp.resolve("cpython.jar"), answer("3.12.4"));
        PythonCache cache = new PythonCache(tmp.resolve("cache"));
        PythonsException e = assertThrows(PythonsException.class, () -> cache.install(C312, jar, line -> { }));
        assertEquals(PythonsException.Kind.BAD_ARTIFACT, e.kind());
        assertEquals("org.bytedeco:cpython:3.12.1-1.5.10:jar:linux-x86_64 holds CPython 3.12.4, not the 3.12.1 its"
                + " version says: give the coordinates of a CPython 3.12.1 build.", e.getMessage());
        assertEquals(Set.of("linux-x86_64.lock"), names(cache.directory(C312).getParent()), "nothing half-made is left");
        assertTrue(cache.lookup(C312).isEmpty());
    }

    @Test
    void coordinatesWithoutAPythonVersionTakeWhatTheInterpreterSays() throws Exception {
        Coordinates custom = new Coordinates("com.example", "python", "7", "jar", "linux-x86_64");
        Path jar = jar(tmp.resolve("python.jar"), answer("3.12.9"));
        PythonCache.Installed p = new PythonCache(tmp.resolve("cache")).install(custom, jar, line -> { });
        assertEquals("3.12.9", p.version());
    }

    @Test
    void anInterpreterThatDoesNotRun() throws Exception {
        Path jar = jar(tmp.resolve("cpython.jar"), "echo 'error while loading shared libraries: libc.so.6' >&2; exit 127");
        PythonsException e = assertThrows(PythonsException.class,
                () -> new PythonCache(tmp.resolve("cache")).install(C312, jar, line -> { }));
        assertEquals(PythonsException.Kind.DOES_NOT_RUN, e.kind());
        assertTrue(e.getMessage().contains("does not run on this machine (exit status 127: error while loading shared"
                + " libraries: libc.so.6). Install CPython with its headers and name it by path or version instead."),
                e.getMessage());
    }

    @Test
    void aJarThatIsNoCPython() throws Exception {
        Path jar = zip(tmp.resolve("other.jar"), Map.of("META-INF/MANIFEST.MF", new byte[0], "a/b.txt", new byte[0]));
        PythonsException e = assertThrows(PythonsException.class,
                () -> new PythonCache(tmp.resolve("cache")).install(C312, jar, line -> { }));
        assertEquals(PythonsException.Kind.BAD_ARTIFACT, e.kind());
        assertTrue(e.getMessage().startsWith("org.bytedeco:cpython:3.12.1-1.5.10:jar:linux-x86_64 (" + jar
                + ") is not a CPython build: it has no bin/python3.X."), e.getMessage());
    }

    @Test
    void anEntryOutsideItsDirectoryIsRefused() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(PREFIX + "bin/python3.12", ("#!/bin/sh\n" + answer("3.12.1") + "\n").getBytes(StandardCharsets.UTF_8));
        entries.put(PREFIX + "../../../../evil", new byte[] {1});
        Path jar = zip(tmp.resolve("evil.jar"), entries);
        PythonsException e = assertThrows(PythonsException.class,
                () -> new PythonCache(tmp.resolve("cache")).install(C312, jar, line -> { }));
        assertEquals(PythonsException.Kind.BAD_ARTIFACT, e.kind());
        assertTrue(e.getMessage().contains("has an entry outside its directory"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("evil")));
        assertFalse(Files.exists(tmp.resolve("cache/org.bytedeco/evil")));
    }

    @Test
    void whatAKilledBuildLeftIsNeverUsedAndIsCleanedUp() throws Exception {
        PythonCache cache = new PythonCache(tmp.resolve("cache"));
        Path dir = cache.directory(C312);
        // a build killed while unpacking: a temporary directory of a process that is gone
        Path deadTmp = dir.resolveSibling("linux-x86_64.tmp-" + deadPid() + "-1a2b");
        Files.createDirectories(deadTmp.resolve("bin"));
        Files.writeString(deadTmp.resolve("bin/python3.12"), "half");
        // a build that is unpacking right now, in another process that is alive: left alone
        long parent = ProcessHandle.current().parent().orElseThrow().pid();
        Path liveTmp = dir.resolveSibling("linux-x86_64.tmp-" + parent + "-3c4d");
        Files.createDirectories(liveTmp);
        // a final directory without its marker (copied by hand, or half deleted): not used, replaced
        Files.createDirectories(dir.resolve("bin"));
        Files.writeString(dir.resolve("bin/python3.12"), "#!/bin/sh\necho broken\n");
        assertTrue(cache.lookup(C312).isEmpty());

        List<String> log = new CopyOnWriteArrayList<>();
        PythonCache.Installed p = cache.install(C312, jar(tmp.resolve("cpython.jar"), answer("3.12.1")), log::add);
        assertTrue(p.unpacked());
        assertEquals("3.12.1", p.version());
        assertTrue(Files.readString(p.executable()).contains("pyc2c-python"));
        assertEquals(dir + " is incomplete (no valid .pyc2c-python): unpacking it again", log.get(0));
        assertEquals(Set.of("linux-x86_64", "linux-x86_64.lock", liveTmp.getFileName().toString()), names(dir.getParent()));
    }

    @Test
    void aMarkerOfOtherCoordinatesOrAnExecutableWithoutItsBitDoesNotCount() throws Exception {
        PythonCache cache = new PythonCache(tmp.resolve("cache"));
        PythonCache.Installed p = cache.install(C312, jar(tmp.resolve("cpython.jar"), answer("3.12.1")), line -> { });
        assertTrue(cache.lookup(C312).isPresent());
        assertTrue(p.executable().toFile().setExecutable(false, false));
        assertTrue(cache.lookup(C312).isEmpty());
        assertTrue(p.executable().toFile().setExecutable(true, false));
        Path marker = p.home().resolve(PythonCache.MARKER);
        Files.writeString(marker, Files.readString(marker).replace("3.12.1-1.5.10", "3.12.1-1.5.11"));
        assertTrue(cache.lookup(C312).isEmpty());
    }

    @Test
    void threadsInstallingTheSameArtifactAtOnceUnpackItOnce() throws Exception {
        Path jar = jar(tmp.resolve("cpython.jar"), "sleep 0.3; " + answer("3.12.1"));
        PythonCache cache = new PythonCache(tmp.resolve("cache"));
        int n = 6;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PythonCache.Installed>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return new PythonCache(tmp.resolve("cache")).install(C312, jar, line -> { });
            }));
        }
        start.countDown();
        List<PythonCache.Installed> done = new ArrayList<>();
        for (Future<PythonCache.Installed> f : results) {
            done.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(1, done.stream().filter(PythonCache.Installed::unpacked).count());
        assertEquals(1, done.stream().map(PythonCache.Installed::executable).distinct().count());
        assertEquals(Set.of("linux-x86_64", "linux-x86_64.lock"), names(cache.directory(C312).getParent()));
    }

    @Test
    void processesInstallingTheSameArtifactAtOnceAllGetOneCompleteDirectory() throws Exception {
        Path jar = jar(tmp.resolve("cpython.jar"), "sleep 0.5; " + answer("3.12.1"));
        Path root = tmp.resolve("cache");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Process> children = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            children.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Child.class.getName(),
                    root.toString(), jar.toString()).redirectErrorStream(true).start());
        }
        List<String> outputs = new ArrayList<>();
        for (Process c : children) {
            String out = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(c.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, c.exitValue(), out);
            outputs.add(out.strip());
        }
        assertEquals(1, outputs.stream().filter(o -> o.endsWith("unpacked=true")).count(), outputs.toString());
        assertEquals(1, outputs.stream().map(o -> o.lines().reduce((a, b) -> b).orElseThrow().replace("unpacked=true", "")
                .replace("unpacked=false", "")).distinct().count(), outputs.toString());
        assertEquals(Set.of("linux-x86_64", "linux-x86_64.lock"), names(new PythonCache(root).directory(C312).getParent()));
    }

    /** A build in another process: installs, prints the executable and whether it unpacked it. */
    public static final class Child {
        public static void main(String[] args) {
            PythonCache.Installed p = new PythonCache(Path.of(args[0])).install(C312, Path.of(args[1]), System.out::println);
            System.out.println(p.executable() + " unpacked=" + p.unpacked());
        }
    }

    @Test
    void whenAnotherBuildWinsTheRenameItsDirectoryIsUsed() throws Exception {
        // No lock held it back (a file system without locks): while this build checks its interpreter, another
        // one puts a complete directory in place. The rename fails; the other directory is used, ours removed.
        PythonCache cache = new PythonCache(tmp.resolve("cache"));
        Path dir = cache.directory(C312);
        Path theirs = tmp.resolve("theirs");
        PythonCache.Installed other = new PythonCache(theirs).install(C312, jar(tmp.resolve("a.jar"), answer("3.12.1")),
                line -> { });
        String racer = "if [ ! -d '" + dir + "' ]; then cp -rp '" + other.home() + "' '" + dir + "'; fi; "
                + answer("3.12.1");
        PythonCache.Installed p = cache.install(C312, jar(tmp.resolve("b.jar"), racer), line -> { });
        assertFalse(p.unpacked());
        assertEquals(dir.resolve("bin/python3.12"), p.executable());
        assertEquals(Files.readString(other.executable()), Files.readString(p.executable()), "the other build's");
        assertEquals(Set.of("linux-x86_64", "linux-x86_64.lock"), names(dir.getParent()));
    }

    @Test
    void theCacheIsWhereItIsToldToBe() {
        Path home = Path.of("/home/u");
        assertEquals(Path.of("/c/p"), PythonCache.defaultRoot(k -> k.equals("pyc2c.pythonCache") ? "/c/p" : null,
                Map.of("PYC2C_PYTHON_CACHE", "/e", "XDG_CACHE_HOME", "/x"), home));
        assertEquals(Path.of("/e"), PythonCache.defaultRoot(k -> null,
                Map.of("PYC2C_PYTHON_CACHE", "/e", "XDG_CACHE_HOME", "/x"), home));
        assertEquals(Path.of("/x/pyc2c/pythons"), PythonCache.defaultRoot(k -> null, Map.of("XDG_CACHE_HOME", "/x"), home));
        assertEquals(Path.of("/home/u/.cache/pyc2c/pythons"), PythonCache.defaultRoot(k -> "",
                Map.of("XDG_CACHE_HOME", "relative"), home));
    }

    @Test
    void executableHeads() {
        assertTrue(PythonCache.startsLikeAnExecutable("#!/bin/sh".getBytes(StandardCharsets.UTF_8)));
        assertTrue(PythonCache.startsLikeAnExecutable(ELF));
        assertFalse(PythonCache.startsLikeAnExecutable("# comment".getBytes(StandardCharsets.UTF_8)));
        assertFalse(PythonCache.startsLikeAnExecutable(new byte[] {'#'}));
        assertFalse(PythonCache.startsLikeAnExecutable(new byte[0]));
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long pid = p.pid();
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        return pid;
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
