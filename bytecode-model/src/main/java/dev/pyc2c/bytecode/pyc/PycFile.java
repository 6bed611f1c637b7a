package dev.pyc2c.bytecode.pyc;

import dev.pyc2c.bytecode.PycFormatException;
import dev.pyc2c.bytecode.PycFormatException.Kind;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.marshal.MarshalLayout;
import dev.pyc2c.bytecode.marshal.MarshalReader;
import dev.pyc2c.bytecode.marshal.MarshalWriter;
import dev.pyc2c.bytecode.marshal.PyCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A {@code .pyc} file: its header and the module's code object, with the marshal layout that lets
 * {@link #toBytes()} reproduce the file byte for byte.
 */
public final class PycFile {
    /** Larger files are refused before they are read: no real module comes near. */
    public static final long MAX_SIZE = 1L << 30;

    private final String source;
    private final PycHeader header;
    private final PyCode code;
    private final MarshalLayout layout;

    private PycFile(String source, PycHeader header, PyCode code, MarshalLayout layout) {
        this.source = Objects.requireNonNull(source);
        this.header = Objects.requireNonNull(header);
        this.code = Objects.requireNonNull(code);
        this.layout = Objects.requireNonNull(layout);
    }

    /** A {@code .pyc} built in memory. */
    public static PycFile of(String source, PycHeader header, PyCode code) {
        return new PycFile(source, header, code, MarshalLayout.none());
    }

    /**
     * Reads a {@code .pyc} file.
     *
     * @throws IOException if the file cannot be read
     * @throws PycFormatException if it is not a valid {@code .pyc} of a supported version
     */
    public static PycFile read(Path path) throws IOException {
        long size = Files.size(path);
        if (size > MAX_SIZE) {
            throw new PycFormatException(Kind.CORRUPT, path.toString(), -1,
                    "the file is " + size + " bytes long, too large to be a .pyc");
        }
        return parse(Files.readAllBytes(path), path.toString());
    }

    /**
     * Reads a {@code .pyc} from its bytes.
     *
     * @param source names the input in error messages
     * @throws PycFormatException if it is not a valid {@code .pyc} of a supported version
     */
    public static PycFile parse(byte[] data, String source) {
        PycHeader header = PycHeader.read(data, source);
        if (data.length == PycHeader.SIZE) {
            throw new PycFormatException(Kind.CORRUPT, source, PycHeader.SIZE,
                    "the file ends after the header: it holds no code object");
        }
        MarshalReader.Result r = MarshalReader.read(data, PycHeader.SIZE, source);
        if (!(r.value() instanceof PyCode code)) {
            throw new PycFormatException(Kind.CORRUPT, source, PycHeader.SIZE,
                    "a .pyc holds a code object, but this one holds a " + r.value().typeName());
        }
        if (r.end() != data.length) {
            throw new PycFormatException(Kind.CORRUPT, source, r.end(),
                    (data.length - r.end()) + " unexpected bytes follow the module's code object");
        }
        return new PycFile(source, header, code, r.layout());
    }

    /** Where the file was read from (or what names it in messages). */
    public String source() {
        return source;
    }

    public PycHeader header() {
        return header;
    }

    public PythonVersion version() {
        return header.version();
    }

    /** The module's code object. */
    public PyCode code() {
        return code;
    }

    public MarshalLayout layout() {
        return layout;
    }

    /** The file's bytes: the header, then the code object marshalled with this file's layout. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.toBytes());
        MarshalWriter.write(code, layout, out);
        return out.toByteArray();
    }

    /** Writes {@link #toBytes()} to {@code path}. */
    public void write(Path path) throws IOException {
        Files.write(path, toBytes());
    }
}
