package dev.pyc2c.bytecode.opcode;

import dev.pyc2c.bytecode.PythonVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@linkplain StackSignature stack signatures} of the opcodes of one CPython version, loaded from
 * {@code stack-3.X.txt}: generated from that version's {@code Python/bytecodes.c} (3.11: from 3.12's
 * and hand-written overrides) by {@code bytecode-model/scripts/gen_stack_signatures.py}, which checks
 * every signature against the interpreter's {@code dis.stack_effect} (see there for the format). There
 * is a signature for every opcode of the version's {@link OpcodeTable}.
 *
 * <p>{@link #forVersion(String)} loads the table of a version by its name, whether or not it is a
 * {@link PythonVersion} yet, and {@link #signature(String)} looks its signatures up by opcode name, for a
 * version whose new opcodes the {@link Opcode} enum does not have yet.
 */
public final class StackSignatures {
    private static final Map<String, StackSignatures> CACHE = new ConcurrentHashMap<>();

    private final String version;
    private final Map<String, StackSignature> byName;

    private StackSignatures(String version, Map<String, StackSignature> byName) {
        this.version = version;
        this.byName = Collections.unmodifiableMap(byName);
    }

    /**
     * The signatures of {@code version}.
     *
     * @throws IllegalStateException if the table is missing or broken, or names an opcode that
     *     {@code version}'s {@link OpcodeTable} does not have
     */
    public static StackSignatures of(PythonVersion version) {
        StackSignatures s = forVersion(version.toString());
        OpcodeTable table = OpcodeTable.of(version);
        for (StackSignature sig : s.signatures()) {
            if (sig.opcode().flatMap(table::info).isEmpty()) {
                throw new IllegalStateException("stack signatures " + version + " has " + sig.name()
                        + ", which is no opcode of CPython " + version);
            }
        }
        return s;
    }

    /**
     * The signatures of the version {@code "3.X"} (3.11 to 3.14 have tables), whether or not it is a
     * {@link PythonVersion} yet.
     *
     * @throws IllegalArgumentException if there is no table for that version
     * @throws IllegalStateException if the table is broken
     */
    public static StackSignatures forVersion(String version) {
        if (!version.matches("3\\.\\d+")) {
            throw new IllegalArgumentException("not a Python version (3.X): \"" + version + "\"");
        }
        return CACHE.computeIfAbsent(version, StackSignatures::load);
    }

    private static StackSignatures load(String version) {
        String resource = "stack-" + version + ".txt";
        try (InputStream in = StackSignatures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no stack signatures for CPython " + version + " (" + resource + ")");
            }
            return parse(version, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Reads a table in the generated format: lines {@code version 3.X}, {@code sig NAME INPUTS -- OUTPUTS},
     * and after a signature, {@code jump NAME EFFECT}, {@code override NAME DIS_EFFECT REASON} and
     * {@code note NAME TEXT} about it; {@code #} starts a comment line.
     *
     * @throws IllegalStateException if the text is not a valid table for {@code version}; the message
     *     names the line
     */
    public static StackSignatures parse(String version, String text) {
        Map<String, StackSignature> sigs = new LinkedHashMap<>();
        String declared = null;
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                String[] f = line.strip().split(" ", 3);
                switch (f[0]) {
                    case "version" -> {
                        if (f.length != 2 || declared != null) {
                            throw new IllegalArgumentException("expected one line \"version 3.X\"");
                        }
                        declared = f[1];
                    }
                    case "sig" -> {
                        StackSignature s = StackSignature.parse(line.strip().substring("sig".length()));
                        if (sigs.putIfAbsent(s.name(), s) != null) {
                            throw new IllegalArgumentException("second signature of " + s.name());
                        }
                    }
                    case "jump", "override", "note" -> {
                        if (f.length != 3) {
                            throw new IllegalArgumentException("expected \"" + f[0] + " NAME ...\"");
                        }
                        StackSignature s = sigs.get(f[1]);
                        if (s == null) {
                            throw new IllegalArgumentException(f[0] + " before the signature of " + f[1]);
                        }
                        sigs.put(s.name(), amend(s, f[0], f[2]));
                    }
                    default -> throw new IllegalArgumentException("unknown keyword \"" + f[0] + "\"");
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException("stack signatures " + version + ", line " + lineNo + ": "
                        + e.getMessage(), e);
            }
        }
        if (!version.equals(declared)) {
            throw new IllegalStateException("stack signatures for " + declared + " given as " + version);
        }
        if (sigs.isEmpty()) {
            throw new IllegalStateException("stack signatures " + version + ": no signature");
        }
        return new StackSignatures(version, sigs);
    }

    private static StackSignature amend(StackSignature s, String keyword, String rest) {
        switch (keyword) {
            case "jump" -> {
                if (s.jumpEffect().isPresent()) {
                    throw new IllegalArgumentException("second jump effect of " + s.name());
                }
                return new StackSignature(s.name(), s.inputs(), s.outputs(), Optional.of(OpargExpression.parse(rest)),
                        s.disEffect(), s.note());
            }
            case "override" -> {
                String[] f = rest.split(" ", 2);
                if (f.length != 2 || s.disEffect().isPresent()) {
                    throw new IllegalArgumentException("expected one \"override NAME DIS_EFFECT REASON\" of " + s.name());
                }
                return new StackSignature(s.name(), s.inputs(), s.outputs(), s.jumpEffect(),
                        Optional.of(OpargExpression.parse(f[0])), Optional.of(join(s.note(), f[1])));
            }
            default -> {
                return new StackSignature(s.name(), s.inputs(), s.outputs(), s.jumpEffect(), s.disEffect(),
                        Optional.of(join(s.note(), rest)));
            }
        }
    }

    private static String join(Optional<String> note, String more) {
        return note.map(n -> n + "; " + more).orElse(more);
    }

    /** {@code "3.12"}. */
    public String version() {
        return version;
    }

    /** The signature of {@code opcode}, if this version has the opcode. */
    public Optional<StackSignature> signature(Opcode opcode) {
        return signature(opcode.name());
    }

    /** The signature of the opcode of this name, if this version has it. */
    public Optional<StackSignature> signature(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The signature of {@code opcode}.
     *
     * @throws IllegalArgumentException if this version does not have the opcode
     */
    public StackSignature require(Opcode opcode) {
        return signature(opcode).orElseThrow(
                () -> new IllegalArgumentException("CPython " + version + " has no stack signature for " + opcode));
    }

    /** Every signature, in the table's order (that of the opcode numbers). */
    public List<StackSignature> signatures() {
        return List.copyOf(new ArrayList<>(byName.values()));
    }
}
