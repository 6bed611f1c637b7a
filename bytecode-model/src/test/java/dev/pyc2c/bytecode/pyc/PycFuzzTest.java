package dev.pyc2c.bytecode.pyc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyc2c.bytecode.PycFormatException;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.cfg.ControlFlowGraph;
import dev.pyc2c.bytecode.code.Code;
import dev.pyc2c.bytecode.dis.Disassembler;
import dev.pyc2c.bytecode.testing.Corpus;
import dev.pyc2c.bytecode.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Thousands of damaged {@code .pyc} files, made from the compiled standard library and the fixtures:
 * truncated, bytes flipped, absurd sizes written over the data, type codes swapped, ranges deleted or
 * duplicated. Reading, decoding, building the control-flow graph, disassembling and writing each one
 * must either work or raise {@link PycFormatException} with a message naming the file; anything else
 * fails the test, and the input is kept under {@code target/fuzz-failures/} to reproduce it.
 */
class PycFuzzTest {
    private static final int SEEDS = 30;
    private static final int MUTATIONS_PER_SEED = 120;
    private static final int[] ABSURD = {0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x40000000, 0x00FFFFFF, 65536, 257};
    private static final String TYPE_CODES = "0NFTS.iIlfgxysaAzZut()[{<>:cr?";

    @ParameterizedTest(name = "CPython {0}")
    @EnumSource(PythonVersion.class)
    void damagedFilesRaiseOnlyPycFormatException(PythonVersion version) throws IOException {
        List<byte[]> seeds = seeds(version);
        Random rnd = new Random(0x5EED0000L + version.ordinal());
        int rejected = 0;
        int accepted = 0;
        List<String> failures = new ArrayList<>();
        for (int s = 0; s < seeds.size(); s++) {
            byte[] seed = seeds.get(s);
            for (int m = 0; m < MUTATIONS_PER_SEED; m++) {
                StringBuilder how = new StringBuilder();
                byte[] input = mutate(seed, rnd, how);
                String name = "fuzz-" + version + "-" + s + "-" + m + ".pyc";
                try {
                    exercise(input, name);
                    accepted++;
                } catch (PycFormatException e) {
                    rejected++;
                    if (e.getMessage() == null || !e.getMessage().startsWith(name + ": ") || e.detail().isBlank()) {
                        failures.add(name + " (" + how + "): message does not name the file: " + e.getMessage());
                        keep(name, input);
                    }
                } catch (Throwable t) {
                    failures.add(name + " (" + how + "): " + t);
                    keep(name, input);
                }
            }
        }
        int total = seeds.size() * MUTATIONS_PER_SEED;
        System.out.printf("[fuzz %s] %d damaged files from %d seeds: %d rejected with PycFormatException, %d still"
                + " valid, %d other failures%n", version, total, seeds.size(), rejected, accepted, failures.size());
        assertTrue(failures.isEmpty(), () -> failures.size() + " inputs raised something else:\n  "
                + String.join("\n  ", failures.subList(0, Math.min(20, failures.size()))));
        assertEquals(total, rejected + accepted);
        assertTrue(rejected > total / 2, "most damaged files are rejected: " + rejected);
    }

    /** The fixture, and standard-library .pyc files of every size from the corpus (when the interpreter exists). */
    private static List<byte[]> seeds(PythonVersion version) throws IOException {
        List<byte[]> out = new ArrayList<>();
        out.add(Files.readAllBytes(Golden.resources().resolve("fixtures/" + version + "/fixture.pyc")));
        List<Path> pycs = new ArrayList<>(Corpus.of(version).pycs());
        pycs.sort(Comparator.comparingLong(PycFuzzTest::size));
        pycs.removeIf(p -> size(p) > 60_000); // keep each round quick; small files exercise the same paths
        for (int i = 0; i < SEEDS - 1 && !pycs.isEmpty(); i++) {
            out.add(Files.readAllBytes(pycs.get((int) ((long) i * (pycs.size() - 1) / (SEEDS - 2)))));
        }
        return out;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void exercise(byte[] input, String name) {
        PycFile pyc = PycFile.parse(input, name);
        Code code = Code.decode(pyc);
        List<Code> all = new ArrayList<>();
        collect(code, all);
        for (Code c : all) {
            ControlFlowGraph.of(c);
        }
        new Disassembler(new Disassembler.Options(true, true, true)).disassemble(code);
        pyc.toBytes();
    }

    private static void collect(Code code, List<Code> out) {
        out.add(code);
        code.children().forEach(c -> collect(c, out));
    }

    private static byte[] mutate(byte[] seed, Random rnd, StringBuilder how) {
        byte[] b = seed.clone();
        int kind = rnd.nextInt(6);
        switch (kind) {
            case 0 -> {
                int len = rnd.nextInt(b.length);
                how.append("truncated to ").append(len);
                return Arrays.copyOf(b, len);
            }
            case 1 -> {
                int n = 1 + rnd.nextInt(8);
                how.append(n).append(" random bytes");
                for (int i = 0; i < n; i++) {
                    b[16 + rnd.nextInt(b.length - 16)] = (byte) rnd.nextInt(256);
                }
            }
            case 2 -> {
                int at = 16 + rnd.nextInt(b.length - 20);
                int v = ABSURD[rnd.nextInt(ABSURD.length)];
                how.append("size ").append(Integer.toUnsignedString(v)).append(" at ").append(at);
                for (int i = 0; i < 4; i++) {
                    b[at + i] = (byte) (v >>> (8 * i));
                }
            }
            case 3 -> {
                int at = 16 + rnd.nextInt(b.length - 16);
                int c = TYPE_CODES.charAt(rnd.nextInt(TYPE_CODES.length())) | (rnd.nextBoolean() ? 0x80 : 0);
                how.append("type code ").append(c).append(" at ").append(at);
                b[at] = (byte) c;
            }
            case 4 -> {
                int from = 16 + rnd.nextInt(b.length - 16);
                int len = Math.min(b.length - from, 1 + rnd.nextInt(64));
                how.append("deleted ").append(len).append(" at ").append(from);
                byte[] out = new byte[b.length - len];
                System.arraycopy(b, 0, out, 0, from);
                System.arraycopy(b, from + len, out, from, b.length - from - len);
                return out;
            }
            default -> {
                int from = 16 + rnd.nextInt(b.length - 16);
                int len = Math.min(b.length - from, 1 + rnd.nextInt(64));
                how.append("duplicated ").append(len).append(" at ").append(from);
                byte[] out = new byte[b.length + len];
                System.arraycopy(b, 0, out, 0, from + len);
                System.arraycopy(b, from, out, from + len, b.length - from);
                return out;
            }
        }
        return b;
    }

    private static void keep(String name, byte[] input) {
        try {
            Path dir = Path.of("target", "fuzz-failures");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), input);
        } catch (IOException e) {
            // the failure itself is reported; keeping the input is a convenience
        }
    }
}
