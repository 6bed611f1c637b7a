package dev.pyc2c.backend.wheel;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a binary wheel (PEP 427) from a directory tree, without Maven or Python: the tree's files at the root
 * of the archive (the wheel is not pure Python: {@code Root-Is-Purelib: false}), then the {@code .dist-info}
 * directory's {@code METADATA}, {@code WHEEL} and, last, {@code RECORD}.
 *
 * <p>The archive is reproducible: entries are in name order, each with the same timestamp
 * ({@link #DEFAULT_TIMESTAMP} unless given), Unix permissions {@code 0644} and no extra fields, so the same tree
 * gives the same bytes. It is written to a temporary file in the output directory and moved into place, so a
 * failed or interrupted build leaves no partial wheel under the wheel's name.
 */
public final class WheelBuilder {
    /** The entries' default timestamp, 1980-02-01T00:00:00Z (early in the ZIP format's range, in any time zone). */
    public static final Instant DEFAULT_TIMESTAMP = Instant.parse("1980-02-01T00:00:00Z");

    private WheelBuilder() {
    }

    /**
     * Builds the wheel with entries timestamped {@link #DEFAULT_TIMESTAMP}; see
     * {@link #build(Path, WheelMetadata, WheelTag, String, Path, Instant)}.
     */
    public static Path build(Path contentRoot, WheelMetadata metadata, WheelTag tag, String generator,
                             Path outputDirectory) {
        return build(contentRoot, metadata, tag, generator, outputDirectory, DEFAULT_TIMESTAMP);
    }

    /**
     * Builds {@code outputDirectory/}{@link #fileName fileName(metadata, tag)} (creating the directory, replacing
     * a wheel already there) from every regular file under {@code contentRoot}, at its path relative to it,
     * except those in {@code __pycache__} directories, {@code .pyc} files and, if it lies inside the content,
     * the output directory.
     *
     * @param contentRoot the wheel's contents, e.g. {@code pkg/__init__.py} and {@code pkg/mod.cpython-312-x86_64-linux-gnu.so}
     * @param generator what made the wheel, for the {@code Generator} field of {@code WHEEL}, e.g.
     *        {@code pyc2c 0.1.0}
     * @param timestamp the modification time of every entry (stored in UTC, to 2 seconds)
     * @return the wheel
     * @throws IllegalArgumentException if {@code contentRoot} is not a directory or has no files to put in the
     *         wheel, holds a top-level {@code .dist-info} directory of its own, the generator is blank or not a
     *         single line, or the timestamp is outside the ZIP format's range (1980 to 2107)
     * @throws UncheckedIOException if the content cannot be read or the wheel cannot be written
     */
    public static Path build(Path contentRoot, WheelMetadata metadata, WheelTag tag, String generator,
                             Path outputDirectory, Instant timestamp) {
        Objects.requireNonNull(contentRoot, "contentRoot");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(timestamp, "timestamp");
        if (generator.isBlank() || generator.contains("\n") || generator.contains("\r")) {
            throw new IllegalArgumentException("the wheel generator '" + generator + "' must be one non-blank line,"
                    + " e.g. pyc2c 0.1.0");
        }
        LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
        if (time.getYear() < 1980 || time.getYear() > 2107) {
            throw new IllegalArgumentException("the wheel timestamp " + timestamp + " is outside the range a ZIP"
                    + " archive can store (1980 to 2107)");
        }
        if (!Files.isDirectory(contentRoot)) {
            throw new IllegalArgumentException("the wheel content directory " + contentRoot
                    + (Files.exists(contentRoot) ? " is not a directory" : " does not exist"));
        }
        List<Content> contents = contents(contentRoot, outputDirectory);
        String distInfo = metadata.escapedName() + "-" + escapedVersion(metadata) + ".dist-info";
        for (Content c : contents) {
            String top = c.name().substring(0, Math.max(c.name().indexOf('/'), 0));
            if (top.endsWith(".dist-info")) {
                throw new IllegalArgumentException("the wheel content directory " + contentRoot + " holds " + top
                        + ": a wheel has one .dist-info directory (" + distInfo + "), which the builder writes");
            }
        }
        if (contents.isEmpty()) {
            throw new IllegalArgumentException("the wheel content directory " + contentRoot + " has no files to"
                    + " put in a wheel (__pycache__ directories and .pyc files are left out)");
        }

        Path wheel = outputDirectory.resolve(fileName(metadata, tag));
        Path tmp = null;
        try {
            Files.createDirectories(outputDirectory);
            tmp = Files.createTempFile(outputDirectory, "." + wheel.getFileName() + ".", ".tmp");
            try (ZipWriter zip = new ZipWriter(new BufferedOutputStream(Files.newOutputStream(tmp)), time)) {
                StringBuilder record = new StringBuilder();
                for (Content c : contents) {
                    byte[] data = Files.readAllBytes(c.file());
                    zip.add(c.name(), data);
                    record.append(recordLine(c.name(), data));
                }
                byte[] metadataFile = metadata.metadataFile().getBytes(StandardCharsets.UTF_8);
                zip.add(distInfo + "/METADATA", metadataFile);
                record.append(recordLine(distInfo + "/METADATA", metadataFile));
                byte[] wheelFile = ("Wheel-Version: 1.0\n"
                        + "Generator: " + generator.strip() + "\n"
                        + "Root-Is-Purelib: false\n"
                        + "Tag: " + tag + "\n").getBytes(StandardCharsets.UTF_8);
                zip.add(distInfo + "/WHEEL", wheelFile);
                record.append(recordLine(distInfo + "/WHEEL", wheelFile));
                record.append(csvField(distInfo + "/RECORD")).append(",,\n");
                zip.add(distInfo + "/RECORD", record.toString().getBytes(StandardCharsets.UTF_8));
            }
            PosixFileAttributeView posix = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
            if (posix != null) {
                posix.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(tmp, wheel, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, wheel, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            return wheel;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the wheel " + wheel + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // the build has failed already; a leftover temporary file has a name no tool reads as a wheel
                }
            }
        }
    }

    /**
     * The wheel's file name, {@code {escaped name}-{version}-{tag}.whl}, e.g.
     * {@code my_pkg-1.0rc1-cp312-cp312-linux_x86_64.whl}.
     */
    public static String fileName(WheelMetadata metadata, WheelTag tag) {
        return metadata.escapedName() + "-" + escapedVersion(metadata) + "-" + tag + ".whl";
    }

    private static String escapedVersion(WheelMetadata metadata) {
        return metadata.version().replace('-', '_');
    }

    /** A file of the wheel's content and its name in the archive. */
    private record Content(String name, Path file) {
    }

    private static List<Content> contents(Path contentRoot, Path outputDirectory) {
        List<Content> contents = new ArrayList<>();
        try {
            Path root = contentRoot.toRealPath();
            Path output = Files.exists(outputDirectory) ? outputDirectory.toRealPath()
                    : outputDirectory.toAbsolutePath().normalize();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && (dir.getFileName().toString().equals("__pycache__")
                            || dir.toAbsolutePath().normalize().equals(output))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // attrs describe a symbolic link itself: a link to a regular file is taken as that file
                    if ((attrs.isRegularFile() || Files.isRegularFile(file))
                            && !file.getFileName().toString().endsWith(".pyc")) {
                        List<String> parts = new ArrayList<>();
                        for (Path p : root.relativize(file)) {
                            parts.add(p.toString());
                        }
                        contents.add(new Content(String.join("/", parts), file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the wheel content directory " + contentRoot + ": "
                    + e.getMessage(), e);
        }
        contents.sort(Comparator.comparing(Content::name));
        return contents;
    }

    /** {@code name,sha256=<urlsafe base64, unpadded>,size} and a line feed, as a RECORD row. */
    private static String recordLine(String name, byte[] data) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
        String hash = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256.digest(data));
        return csvField(name) + ",sha256=" + hash + "," + data.length + "\n";
    }

    /** A CSV field as Python's {@code csv} module writes it by default: quoted if it needs to be. */
    static String csvField(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    /**
     * A minimal ZIP writer: deflated entries with no extra fields or data descriptors, made on Unix with mode
     * {@code 0100644}, all with one DOS timestamp. No ZIP64: at most 65535 entries and 4 GiB.
     */
    private static final class ZipWriter implements AutoCloseable {
        private static final int VERSION = 20;
        private static final int UNIX = 3;
        private static final long EXTERNAL_ATTRIBUTES = 0100644L << 16;
        private static final long LIMIT = 0xFFFFFFFFL;

        private final OutputStream out;
        private final int dosTime;
        private final int dosDate;
        private final ByteArrayOutputStream central = new ByteArrayOutputStream();
        private long offset;
        private int count;

        ZipWriter(OutputStream out, LocalDateTime time) {
            this.out = out;
            this.dosTime = time.getHour() << 11 | time.getMinute() << 5 | time.getSecond() / 2;
            this.dosDate = (time.getYear() - 1980) << 9 | time.getMonthValue() << 5 | time.getDayOfMonth();
        }

        void add(String name, byte[] data) throws IOException {
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            boolean ascii = nameBytes.length == name.length();
            int flags = ascii ? 0 : 0x0800; // bit 11: the name is UTF-8
            CRC32 crc = new CRC32();
            crc.update(data);
            byte[] compressed = deflate(data);
            if (count == 0xFFFF || offset >= LIMIT || compressed.length > LIMIT || nameBytes.length > 0xFFFF) {
                throw new IOException("the wheel is too large for a ZIP archive without ZIP64 (at " + name + ")");
            }
            ByteArrayOutputStream local = new ByteArrayOutputStream();
            int32(local, 0x04034b50);
            int16(local, VERSION);
            int16(local, flags);
            int16(local, 8); // deflated
            int16(local, dosTime);
            int16(local, dosDate);
            int32(local, crc.getValue());
            int32(local, compressed.length);
            int32(local, data.length);
            int16(local, nameBytes.length);
            int16(local, 0); // extra field length
            local.write(nameBytes);

            int32(central, 0x02014b50);
            int16(central, UNIX << 8 | VERSION); // made by
            int16(central, VERSION); // needed to extract
            int16(central, flags);
            int16(central, 8);
            int16(central, dosTime);
            int16(central, dosDate);
            int32(central, crc.getValue());
            int32(central, compressed.length);
            int32(central, data.length);
            int16(central, nameBytes.length);
            int16(central, 0); // extra field length
            int16(central, 0); // comment length
            int16(central, 0); // disk number
            int16(central, 0); // internal attributes
            int32(central, EXTERNAL_ATTRIBUTES);
            int32(central, offset);
            central.write(nameBytes);

            local.writeTo(out);
            out.write(compressed);
            offset += local.size() + (long) compressed.length;
            count++;
        }

        @Override
        public void close() throws IOException {
            try {
                if (offset > LIMIT || central.size() > LIMIT - offset) {
                    throw new IOException("the wheel is too large for a ZIP archive without ZIP64");
                }
                ByteArrayOutputStream end = new ByteArrayOutputStream();
                int32(end, 0x06054b50);
                int16(end, 0); // this disk
                int16(end, 0); // disk of the central directory
                int16(end, count);
                int16(end, count);
                int32(end, central.size());
                int32(end, offset);
                int16(end, 0); // comment length
                central.writeTo(out);
                end.writeTo(out);
            } finally {
                out.close();
            }
        }

        private static byte[] deflate(byte[] data) {
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            try {
                deflater.setInput(data);
                deflater.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 2));
                byte[] buffer = new byte[64 * 1024];
                while (!deflater.finished()) {
                    int n = deflater.deflate(buffer);
                    out.write(buffer, 0, n);
                }
                return out.toByteArray();
            } finally {
                deflater.end();
            }
        }

        private static void int16(ByteArrayOutputStream out, int value) {
            out.write(value & 0xFF);
            out.write(value >>> 8 & 0xFF);
        }

        private static void int32(ByteArrayOutputStream out, long value) {
            out.write((int) (value & 0xFF));
            out.write((int) (value >>> 8 & 0xFF));
            out.write((int) (value >>> 16 & 0xFF));
            out.write((int) (value >>> 24 & 0xFF));
        }
    }
}
