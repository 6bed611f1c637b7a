package dev.pyc2c.backend.build;

import dev.pyc2c.backend.ModuleCompiler;
import dev.pyc2c.bytecode.PythonVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 fingerprints for incremental builds: of files, of strings, and of pyc2c itself (so that a
 * rebuilt snapshot of the tool, same version or not, regenerates everything it made).
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    /** The fingerprint of pyc2c: its version and the bytes of the backend and the bytecode model. */
    public static String tool() {
        return ToolHolder.FINGERPRINT;
    }

    /** SHA-256 of {@code parts}, each length-prefixed so that no two lists collide. */
    public static String of(List<String> parts) {
        MessageDigest md = sha256();
        for (String p : parts) {
            byte[] b = p.getBytes(StandardCharsets.UTF_8);
            md.update((b.length + ":").getBytes(StandardCharsets.US_ASCII));
            md.update(b);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** SHA-256 of bytes. */
    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** SHA-256 of a file's content. */
    public static String ofFile(Path file) {
        MessageDigest md = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Computed once, on first use (class initialisation is thread-safe). */
    private static final class ToolHolder {
        static final String FINGERPRINT = Fingerprints.of(List.of(ModuleCompiler.TOOL_VERSION,
                codeOf(ModuleCompiler.class), codeOf(PythonVersion.class)));

        /** A jar's hash, or a classes directory's (its files' relative paths and contents). */
        private static String codeOf(Class<?> c) {
            CodeSource source = c.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "unknown";
            }
            try {
                Path p = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(p)) {
                    return ofFile(p);
                }
                List<String> parts = new java.util.ArrayList<>();
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                        parts.add(p.relativize(f).toString());
                        parts.add(ofFile(f));
                    }
                }
                return Fingerprints.of(parts);
            } catch (URISyntaxException | IOException | IllegalArgumentException e) {
                return "unknown:" + source.getLocation();
            }
        }
    }
}
