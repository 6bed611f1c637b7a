package dev.pyc2c.backend.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The C runtime of generated modules, shipped as resources of this jar: the headers the generated C
 * includes, and {@link #SOURCES}, compiled once per build and interpreter into the build's runtime module
 * ({@link RuntimeModule}), which every generated module imports. What generated code reaches in the
 * runtime is listed in {@code pyc2c_api.h}; {@code pyc2c_runtime.h} says how.
 */
public final class RuntimeSources {
    /** The runtime's headers. */
    public static final List<String> HEADERS = List.of("pyc2c.h", "pyc2c_python.h", "pyc2c_runtime.h", "pyc2c_api.h",
            "pyc2c_ops.h", "pyc2c_call.h", "pyc2c_fast.h", "pyc2c_num.h", "pyc2c_builtins.h", "pyc2c_attr.h",
            "pyc2c_cold_begin.h", "pyc2c_cold_end.h", "pyc2c_frame.h", "pyc2c_frame311.h", "pyc2c_frame312.h",
            "pyc2c_frame313.h", "pyc2c_frame314.h");
    /** The runtime's C files: together, the runtime module ({@code pyc2c_runtime.c} is its init). */
    public static final List<String> SOURCES = List.of("pyc2c_core.c", "pyc2c_ops.c", "pyc2c_attr.c",
            "pyc2c_num.c", "pyc2c_runtime.c");
    /** The runtime module's own C file, compiled with the module's name ({@link RuntimeModule#defines}). */
    public static final String MODULE_SOURCE = "pyc2c_runtime.c";
    /** The header {@link #extractTo} writes beside the others: {@code #define PYC2C_ABI_TAG "<abiTag()>"}. */
    public static final String ABI_TAG_HEADER = "pyc2c_abi_tag.h";

    private static final String ABI_TAG = computeAbiTag();

    private RuntimeSources() {
    }

    /**
     * The runtime's ABI tag: 12 hex digits of a SHA-256 of every runtime file (the API list, the headers,
     * the sources). A generated module accepts only a runtime module of the same tag (and compiled for the
     * same CPython version); any change of the runtime changes it.
     */
    public static String abiTag() {
        return ABI_TAG;
    }

    /**
     * Writes the runtime's headers and sources, and {@link #ABI_TAG_HEADER}, into {@code dir} (created if
     * needed), leaving files whose content is already the same untouched (so their timestamps do not
     * trigger rebuilds).
     *
     * @return the paths of the C sources written ({@link #SOURCES}, in order)
     */
    public static List<Path> extractTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : Stream.concat(HEADERS.stream(), SOURCES.stream()).toList()) {
            writeIfChanged(dir.resolve(name), read(name));
        }
        writeIfChanged(dir.resolve(ABI_TAG_HEADER), abiTagHeader().getBytes(StandardCharsets.US_ASCII));
        return SOURCES.stream().map(dir::resolve).toList();
    }

    /** The content of {@link #ABI_TAG_HEADER}. */
    public static String abiTagHeader() {
        return "/* pyc2c runtime: the runtime's ABI tag, a hash of its sources (written by the build). */\n"
                + "#define PYC2C_ABI_TAG \"" + ABI_TAG + "\"\n";
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

    private static void writeIfChanged(Path target, byte[] content) throws IOException {
        if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), content)) {
            Files.write(target, content);
        }
    }

    private static String computeAbiTag() {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        for (String name : Stream.concat(HEADERS.stream(), SOURCES.stream()).sorted().toList()) {
            byte[] content = read(name);
            md.update((name + ":" + content.length + ":").getBytes(StandardCharsets.UTF_8));
            md.update(content);
        }
        return HexFormat.of().formatHex(md.digest()).substring(0, 12);
    }
}
