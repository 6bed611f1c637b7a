package dev.pyc2c.pythons;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Interpreters unpacked from their Maven artifacts, each once, in a directory of its own keyed by its coordinates:
 * {@code <root>/<groupId>/<artifactId>/<version>/<classifier>/}, e.g.
 * {@code ~/.cache/pyc2c/pythons/org.bytedeco/cpython/3.13.5-1.5.12/linux-x86_64/bin/python3.13}. The directory
 * is the installation's prefix ({@code sys.prefix}): the jar's {@code org/bytedeco/cpython/linux-x86_64/} (the
 * directory holding {@code bin/python3.X}), without the jar's {@code META-INF}, and with its shared libraries
 * linked where the interpreter's extension modules look for them ({@link #linkLibraries}).
 *
 * <p>Unpacking is atomic: the jar is unpacked into a temporary directory beside the final one
 * ({@code linux-x86_64.tmp-<pid>-<random>}), the executable bits that zip files do not keep are restored (every
 * file of {@code bin/}, and every file that starts like an executable, {@code #!} or ELF: the interpreter,
 * shared libraries, scripts such as those of the test suite), the interpreter is run and must report the version
 * of the coordinates, a marker file ({@value #MARKER}) is written, and only then is the directory renamed to its
 * final name. A directory without the marker is never used: a build killed while unpacking leaves only a
 * temporary directory, which a later install removes once its process is gone; a final directory without a
 * complete marker (copied by hand, half deleted) is moved aside and unpacked again. Two builds unpacking the
 * same artifact at once (threads of one build, or separate processes) are serialized by a lock file beside the
 * directory ({@code linux-x86_64.lock}); should the lock not work (some network file systems), the rename still
 * lets only one complete directory in, and the other build uses it.
 */
public final class PythonCache {
    /** The system property that moves the cache ({@code -Dpyc2c.pythonCache=/path}); the plugin's parameter has the same name. */
    public static final String PROPERTY = "pyc2c.pythonCache";
    /** The environment variable that moves the cache, for scripts and when no system property is set. */
    public static final String ENVIRONMENT = "PYC2C_PYTHON_CACHE";
    /** The file that marks a complete directory, with what was unpacked. */
    public static final String MARKER = ".pyc2c-python";

    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STALE = Duration.ofDays(1);
    private static final Pattern EXECUTABLE = Pattern.compile("(.*/)?bin/python(\\d+\\.\\d+)");
    private static final Pattern SHARED_LIBRARY = Pattern.compile("lib[A-Za-z0-9_+.-]+?\\.so(\\.\\d+)*");
    private static final Pattern LEFTOVER = Pattern.compile("\\.(tmp|broken)-(\\d+)-[0-9a-f]+");
    private static final Set<PosixFilePermission> EXEC = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> PLAIN = PosixFilePermissions.fromString("rw-r--r--");
    private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private final Path root;

    public PythonCache(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /** The cache at {@link #defaultRoot()}. */
    public static PythonCache defaultCache() {
        return new PythonCache(defaultRoot());
    }

    /**
     * Where the cache is unless told otherwise: the system property {@value #PROPERTY}, else the environment
     * variable {@value #ENVIRONMENT}, else {@code $XDG_CACHE_HOME/pyc2c/pythons}, else
     * {@code ~/.cache/pyc2c/pythons}.
     */
    public static Path defaultRoot() {
        return defaultRoot(System::getProperty, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path defaultRoot(Function<String, String> properties, Map<String, String> env, Path home) {
        String p = properties.apply(PROPERTY);
        if (p != null && !p.isBlank()) {
            return Path.of(p.strip());
        }
        String e = env.get(ENVIRONMENT);
        if (e != null && !e.isBlank()) {
            return Path.of(e.strip());
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg.strip()).isAbsolute()) {
            return Path.of(xdg.strip(), "pyc2c", "pythons");
        }
        return home.resolve(".cache").resolve("pyc2c").resolve("pythons");
    }

    public Path root() {
        return root;
    }

    /** The directory of an artifact's interpreter: {@code <root>/<groupId>/<artifactId>/<version>/<classifier>}. */
    public Path directory(Coordinates c) {
        return root.resolve(c.groupId()).resolve(c.artifactId()).resolve(c.version())
                .resolve(c.classifier().isEmpty() ? "no-classifier" : c.classifier());
    }

    /**
     * An interpreter ready in the cache.
     *
     * @param coordinates the artifact it was unpacked from
     * @param home its directory (its {@code sys.prefix})
     * @param executable {@code <home>/bin/python3.X}
     * @param version the version it reported when it was unpacked ({@code 3.13.5})
     * @param unpacked whether this call unpacked it (false: it was in the cache)
     */
    public record Installed(Coordinates coordinates, Path home, Path executable, String version, boolean unpacked) {
        /** {@code CPython 3.13.5 from Maven artifact org.bytedeco:cpython:3.13.5-1.5.12:jar:linux-x86_64, unpacked in /...}. */
        @Override
        public String toString() {
            return "CPython " + version + " from Maven artifact " + coordinates + ", unpacked in " + home;
        }
    }

    /** The interpreter of {@code c}, if the cache has it complete. */
    public Optional<Installed> lookup(Coordinates c) {
        Path dir = directory(c);
        Properties marker = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve(MARKER), StandardCharsets.UTF_8)) {
            marker.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String exe = marker.getProperty("executable", "");
        String version = marker.getProperty("version", "");
        if (!c.toString().equals(marker.getProperty("coordinates")) || exe.isEmpty() || version.isEmpty()) {
            return Optional.empty();
        }
        Path executable = dir.resolve(exe).normalize();
        if (!executable.startsWith(dir) || !Files.isRegularFile(executable) || !Files.isExecutable(executable)) {
            return Optional.empty();
        }
        return Optional.of(new Installed(c, dir, executable, version, false));
    }

    /**
     * The interpreter of {@code c}: from the cache if it is there (the source is then not asked), else its jar,
     * from {@code source}, unpacked.
     *
     * @throws PythonsException as {@code source} and {@link #install(Coordinates, Path, Consumer)}
     */
    public Installed install(Coordinates c, ArtifactSource source, Consumer<String> log) {
        Optional<Installed> cached = lookup(c);
        return cached.isPresent() ? cached.get() : install(c, source.jar(c), log);
    }

    /**
     * The interpreter of {@code c}, unpacked from {@code jar} unless the cache has it.
     *
     * @throws PythonsException {@code BAD_ARTIFACT} if the jar is not a CPython build or its interpreter reports
     *         another version than the coordinates', {@code DOES_NOT_RUN} if it does not run here, {@code IO_ERROR}
     *         if the cache cannot be written
     */
    public Installed install(Coordinates c, Path jar, Consumer<String> log) {
        Optional<Installed> cached = lookup(c);
        if (cached.isPresent()) {
            return cached.get();
        }
        Path dir = directory(c);
        ReentrantLock lock = LOCKS.computeIfAbsent(dir, d -> new ReentrantLock());
        lock.lock();
        ProcessLock processLock = null;
        try {
            processLock = ProcessLock.acquire(dir.resolveSibling(dir.getFileName() + ".lock"), log);
            cached = lookup(c);
            if (cached.isPresent()) {
                return cached.get();
            }
            removeLeftovers(dir);
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                log.accept(dir + " is incomplete (no valid " + MARKER + "): unpacking it again");
                Path aside = dir.resolveSibling(dir.getFileName() + ".broken-" + suffix());
                Files.move(dir, aside, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(aside);
            }
            return unpack(c, jar, dir, log);
        } catch (IOException e) {
            throw new PythonsException(PythonsException.Kind.IO_ERROR, "cannot unpack " + c + " into " + dir + ": "
                    + e + ". Check that the directory is writable, or move the cache with -D" + PROPERTY + "=DIR.", e);
        } finally {
            try {
                if (processLock != null) {
                    processLock.close();
                }
            } catch (IOException e) {
                // releasing a lock of this process cannot fail in a way that matters: closing the channel releases it
            } finally {
                lock.unlock();
            }
        }
    }

    private Installed unpack(Coordinates c, Path jar, Path dir, Consumer<String> log) throws IOException {
        Files.createDirectories(dir.getParent());
        Path tmp = dir.resolveSibling(dir.getFileName() + ".tmp-" + suffix());
        long t0 = System.nanoTime();
        log.accept("Unpacking " + c + " (" + Files.size(jar) / (1024 * 1024) + " MB) into " + dir);
        try {
            String executable = extract(c, jar, tmp);
            Path exe = tmp.resolve(executable);
            String version = run(c, exe);
            Optional<String> expected = c.pythonVersion();
            if (expected.isPresent() && !expected.get().equals(version)) {
                throw new PythonsException(PythonsException.Kind.BAD_ARTIFACT, c + " holds CPython " + version
                        + ", not the " + expected.get() + " its version says: give the coordinates of a CPython "
                        + expected.get() + " build.");
            }
            Properties marker = new Properties();
            marker.setProperty("coordinates", c.toString());
            marker.setProperty("executable", executable);
            marker.setProperty("version", version);
            marker.setProperty("jar", jar.toAbsolutePath().toString());
            marker.setProperty("unpacked", Instant.now().toString());
            try (Writer w = Files.newBufferedWriter(tmp.resolve(MARKER), StandardCharsets.UTF_8)) {
                marker.store(w, "pyc2c: a complete CPython from " + c);
            }
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + dir.getParent() + " cannot rename directories atomically", e);
            } catch (IOException e) {
                // another build (whose lock did not hold this one back) finished first: use its directory
                Optional<Installed> theirs = lookup(c);
                if (theirs.isPresent()) {
                    return theirs.get();
                }
                throw e;
            }
            log.accept("Unpacked CPython " + version + " in " + (System.nanoTime() - t0) / 1_000_000_000 + " s: "
                    + dir.resolve(executable));
            return new Installed(c, dir, dir.resolve(executable), version, true);
        } finally {
            deleteTree(tmp);
        }
    }

    /** Unpacks the installation in {@code jar} into {@code into}; returns its executable, relative ({@code bin/python3.13}). */
    static String extract(Coordinates c, Path jar, Path into) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            String prefix = null;
            String executable = null;
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                Matcher m = EXECUTABLE.matcher(e.getName());
                if (!e.isDirectory() && m.matches()) {
                    String p = m.group(1) == null ? "" : m.group(1);
                    if (prefix == null || p.length() < prefix.length()) {
                        prefix = p;
                        executable = "bin/python" + m.group(2);
                    }
                }
            }
            if (prefix == null) {
                throw new PythonsException(PythonsException.Kind.BAD_ARTIFACT, c + " (" + jar + ") is not a CPython"
                        + " build: it has no bin/python3.X. Give the coordinates of a CPython build such as "
                        + MavenPythons.GROUP_ID + ":" + MavenPythons.ARTIFACT_ID + ":"
                        + MavenPythons.table().values().stream().reduce((a, b) -> b).orElse("VERSION") + ":linux-x86_64.");
            }
            Files.createDirectories(into);
            Path base = into.toRealPath();
            boolean posix = Files.getFileStore(base).supportsFileAttributeView("posix");
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                if (!e.getName().startsWith(prefix) || e.getName().length() == prefix.length()) {
                    continue;
                }
                String rel = e.getName().substring(prefix.length());
                Path target = base.resolve(rel).normalize();
                if (!target.startsWith(base) || target.equals(base) || rel.contains("\\")) {
                    throw new PythonsException(PythonsException.Kind.BAD_ARTIFACT, c + " (" + jar + ") has an entry"
                            + " outside its directory: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                boolean executableFile;
                try (InputStream in = new BufferedInputStream(zip.getInputStream(e));
                     OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                             StandardOpenOption.WRITE)) {
                    in.mark(4);
                    byte[] head = in.readNBytes(4);
                    in.reset();
                    executableFile = rel.startsWith("bin/") || startsLikeAnExecutable(head);
                    in.transferTo(out);
                }
                if (posix) {
                    Files.setPosixFilePermissions(target, executableFile ? EXEC : PLAIN);
                } else if (executableFile && !target.toFile().setExecutable(true, false)) {
                    throw new IOException("cannot make " + target + " executable");
                }
                FileTime time = e.getLastModifiedTime();
                if (time != null) {
                    Files.setLastModifiedTime(target, time);
                }
            }
            linkLibraries(base, executable.substring("bin/".length()));
            return executable;
        }
    }

    /**
     * Links the shared libraries at the root of the installation ({@code libffi.so.7}; not libpython, which
     * {@code bin/python3.X} finds, nor JavaCPP's {@code libjni*}) into
     * {@code lib/python3.X/}: the modules of {@code lib/python3.X/lib-dynload} look for them there
     * ({@code $ORIGIN/..}), not at the root where the jar has them (JavaCPP loads them itself), so without the link
     * {@code import ctypes} fails wherever the system has no library of that name.
     */
    private static void linkLibraries(Path base, String python) throws IOException {
        Path lib = base.resolve("lib").resolve(python);
        if (!Files.isDirectory(lib)) {
            return;
        }
        List<Path> libraries;
        try (Stream<Path> s = Files.list(base)) {
            libraries = s.filter(p -> SHARED_LIBRARY.matcher(p.getFileName().toString()).matches())
                    .filter(p -> !p.getFileName().toString().startsWith("libpython")
                            && !p.getFileName().toString().startsWith("libjni"))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path library : libraries) {
            Path link = lib.resolve(library.getFileName());
            if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, Path.of("..", "..", library.getFileName().toString()));
            }
        }
    }

    /** {@code #!} (a script) or ELF's magic (a program or a shared library). */
    static boolean startsLikeAnExecutable(byte[] head) {
        return (head.length >= 2 && head[0] == '#' && head[1] == '!')
                || (head.length >= 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F');
    }

    /** Runs the unpacked interpreter; returns the version it reports. */
    private static String run(Coordinates c, Path exe) {
        List<String> command = List.of(exe.toString(), "-E", "-s", "-B", "-c",
                "import sys; print('pyc2c-python', sys.implementation.name, sys.version.split()[0])");
        String what = "the interpreter of " + c + " (" + exe + ")";
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readNBytes(64 * 1024);
            }
            if (!p.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new PythonsException(PythonsException.Kind.DOES_NOT_RUN, what + " did not answer within "
                        + RUN_TIMEOUT.toSeconds() + " s.");
            }
            String text = new String(out, StandardCharsets.UTF_8).strip();
            String[] last = text.isEmpty() ? new String[0] : text.lines().reduce((a, b) -> b).orElse("").split(" ");
            if (p.exitValue() != 0 || last.length != 3 || !last[0].equals("pyc2c-python")) {
                throw new PythonsException(PythonsException.Kind.DOES_NOT_RUN, what + " does not run on this machine"
                        + " (exit status " + p.exitValue() + (text.isEmpty() ? "" : ": " + text.lines().findFirst()
                        .orElse("")) + "). Install CPython with its headers and name it by path or version instead.");
            }
            if (!last[1].equals("cpython")) {
                throw new PythonsException(PythonsException.Kind.BAD_ARTIFACT, c + " is " + last[1] + ", not CPython.");
            }
            return last[2];
        } catch (IOException e) {
            throw new PythonsException(PythonsException.Kind.DOES_NOT_RUN, what + " cannot be run: " + e.getMessage()
                    + ". Install CPython with its headers and name it by path or version instead.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PythonsException(PythonsException.Kind.INTERRUPTED, "interrupted while running " + what, e);
        }
    }

    /**
     * Removes what killed builds left beside {@code dir}: temporary and set-aside directories whose process is
     * gone, or that are older than a day.
     */
    private static void removeLeftovers(Path dir) throws IOException {
        String name = dir.getFileName().toString();
        List<Path> leftovers = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.getParent())) {
            s.filter(p -> p.getFileName().toString().startsWith(name + ".")).forEach(leftovers::add);
        } catch (NoSuchFileException e) {
            return;
        }
        Instant stale = Instant.now().minus(STALE);
        for (Path p : leftovers) {
            Matcher m = LEFTOVER.matcher(p.getFileName().toString().substring(name.length()));
            if (!m.matches()) {
                continue;
            }
            long pid = Long.parseLong(m.group(2));
            boolean alive = pid != ProcessHandle.current().pid()
                    && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            boolean old = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(stale);
            if (!alive || old) {
                deleteTree(p);
            }
        }
    }

    private static String suffix() {
        return ProcessHandle.current().pid() + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A lock file held by this process; a no-op where file locks do not work. */
    private static final class ProcessLock {
        private final FileChannel channel;
        private final FileLock lock;

        private ProcessLock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        static ProcessLock acquire(Path file, Consumer<String> log) throws IOException {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    log.accept("Waiting for another build that is unpacking into " + file.getParent());
                    lock = channel.lock();
                }
                return new ProcessLock(channel, lock);
            } catch (IOException | OverlappingFileLockException e) {
                // no file locks here: the atomic rename still keeps the cache consistent
                return new ProcessLock(channel, null);
            }
        }

        void close() throws IOException {
            try {
                if (lock != null) {
                    lock.release();
                }
            } finally {
                channel.close();
            }
        }
    }
}
