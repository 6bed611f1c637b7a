package dev.pyc2c.backend.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The C runtime generated modules are compiled with: headers the generated C includes, and
 * {@link #SOURCES}, compiled once and linked into every module. Shipped as resources of this jar.
 */
public final class RuntimeSources {
    /** The runtime's headers. */
    public static final List<String> HEADERS = List.of("pyc2c.h", "pyc2c_python.h", "pyc2c_ops.h", "pyc2c_fast.h", "pyc2c_num.h",
            "pyc2c_attr.h");
    /** The runtime's C files, linked into every generated module. */
    public static final List<String> SOURCES = List.of("pyc2c_core.c", "pyc2c_ops.c", "pyc2c_attr.c", "pyc2c_num.c");

    private RuntimeSources() {
    }

    /**
     * Writes the runtime's headers and sources into {@code dir} (created if needed), leaving files
     * whose content is already the same untouched (so their timestamps do not trigger rebuilds).
     *
     * @return the paths of the C sources written
     */
    public static List<Path> extractTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : concat(HEADERS, SOURCES)) {
            byte[] content = read(name);
            Path target = dir.resolve(name);
            if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), content)) {
                Files.write(target, content);
            }
        }
        return SOURCES.stream().map(dir::resolve).toList();
    }

    /** The content of one runtime file. */
    public static byte[] read(String name) {
        try (InputStream in = RuntimeSources.class.getResourceAsStream("/dev/pyc2c/backend/runtime/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing runtime file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
