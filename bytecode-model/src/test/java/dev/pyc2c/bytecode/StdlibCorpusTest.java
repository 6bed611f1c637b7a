package dev.pyc2c.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pyc2c.bytecode.cfg.ControlFlowGraph;
import dev.pyc2c.bytecode.code.Argument;
import dev.pyc2c.bytecode.code.Code;
import dev.pyc2c.bytecode.code.ExceptionEntry;
import dev.pyc2c.bytecode.code.Instruction;
import dev.pyc2c.bytecode.dis.Disassembler;
import dev.pyc2c.bytecode.marshal.PyBool;
import dev.pyc2c.bytecode.marshal.PyBytes;
import dev.pyc2c.bytecode.marshal.PyCode;
import dev.pyc2c.bytecode.marshal.PyComplex;
import dev.pyc2c.bytecode.marshal.PyEllipsis;
import dev.pyc2c.bytecode.marshal.PyFloat;
import dev.pyc2c.bytecode.marshal.PyFrozenSet;
import dev.pyc2c.bytecode.marshal.PyInt;
import dev.pyc2c.bytecode.marshal.PyNone;
import dev.pyc2c.bytecode.marshal.PyObject;
import dev.pyc2c.bytecode.marshal.PySlice;
import dev.pyc2c.bytecode.marshal.PyStr;
import dev.pyc2c.bytecode.marshal.PyTuple;
import dev.pyc2c.bytecode.pyc.PycFile;
import dev.pyc2c.bytecode.pyc.PycHeader;
import dev.pyc2c.bytecode.testing.Corpus;
import dev.pyc2c.bytecode.testing.Python;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The standard library of each interpreter, compiled by that interpreter, read by pyc2c and compared
 * with what the interpreter's own {@code dis} sees in the same files ({@code scripts/dis_dump.py}):
 * <ol>
 *   <li>every {@code .pyc} written back from the model is byte-identical to the file;</li>
 *   <li>every code object's instructions (offset, start offset, opname, oparg, resolved jump target or
 *       3.14's {@code END_ASYNC_FOR} reference, constant, name or local, dis's argument text, the four
 *       position fields) and exception-table entries equal dis's;</li>
 *   <li>the maximum stack depth of every code object's control-flow graph equals {@code co_stacksize}
 *       (3.13 and 3.14 never record less than 1: {@link ControlFlowGraph#expectedStackSize()}).</li>
 * </ol>
 * The whole library; {@code -Dpyc2c.corpus=sample} compares a fixed fifth of it, for quick local runs.
 */
class StdlibCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REPORTED = 40;

    /** What one comparison found. */
    private static final class Stats {
        long files;
        long hashHeaders;
        long codeObjects;
        long instructions;
        long exceptionEntries;
        long mismatches;
        final List<String> reported = new ArrayList<>();

        void mismatch(String where, String what) {
            mismatches++;
            if (reported.size() < MAX_REPORTED) {
                reported.add(where + ": " + what);
            }
        }

        void add(Stats o) {
            files += o.files;
            hashHeaders += o.hashHeaders;
            codeObjects += o.codeObjects;
            instructions += o.instructions;
            exceptionEntries += o.exceptionEntries;
            mismatches += o.mismatches;
            for (String r : o.reported) {
                if (reported.size() < MAX_REPORTED) {
                    reported.add(r);
                }
            }
        }
    }

    @ParameterizedTest(name = "CPython {0}")
    @EnumSource(PythonVersion.class)
    void standardLibraryMatchesDis(PythonVersion version) throws Exception {
        Corpus.Compiled corpus = Corpus.of(version);
        long t0 = System.nanoTime();
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        List<List<Path>> parts = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            parts.add(new ArrayList<>());
        }
        for (int i = 0; i < corpus.pycs().size(); i++) {
            parts.get(i % workers).add(corpus.pycs().get(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers * 2);
        Stats total = new Stats();
        try {
            List<Future<Stats>> futures = new ArrayList<>();
            for (List<Path> part : parts) {
                futures.add(pool.submit(() -> compareAll(corpus, part, pool)));
            }
            for (Future<Stats> f : futures) {
                total.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("[corpus %s] CPython %s (%s): %s of %d standard-library sources: compiled %d .pyc (%d skipped as"
                + " uncompilable) in %.1f s; compared %d files (%d with hash-based headers), %d code objects, %d"
                + " instructions, %d exception-table entries in %.1f s: %d mismatches%n",
                version, corpus.python().fullVersion(), corpus.python().executable(),
                corpus.full() ? "all" : "every " + Corpus.SAMPLE_EVERY + "th", corpus.sources(), corpus.pycs().size(),
                corpus.skipped().size(), corpus.millis() / 1000.0, total.files, total.hashHeaders, total.codeObjects,
                total.instructions, total.exceptionEntries, ms / 1000.0, total.mismatches);
        assertEquals(corpus.pycs().size(), total.files, "files compared");
        assertTrue(total.codeObjects > total.files, "code objects were compared");
        assertEquals(0, total.mismatches, () -> "mismatches with dis (first " + total.reported.size() + "):\n  "
                + String.join("\n  ", total.reported));
    }

    /** Streams the files through one dis_dump.py process and compares each with pyc2c's reading. */
    private static Stats compareAll(Corpus.Compiled corpus, List<Path> files, ExecutorService pool) throws Exception {
        Stats stats = new Stats();
        Process p = new ProcessBuilder(corpus.python().executable().toString(),
                Python.scripts().resolve("dis_dump.py").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Future<?> writer = pool.submit(() -> {
            try (Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
                for (Path f : files) {
                    w.write(f.toString());
                    w.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8),
                1 << 20)) {
            for (Path f : files) {
                String line = r.readLine();
                if (line == null) {
                    stats.mismatch(f.toString(), "dis_dump.py stopped early");
                    break;
                }
                JsonNode dump = JSON.readTree(line);
                String where = corpus.root().relativize(f).toString();
                if (!dump.get("file").asText().equals(f.toString())) {
                    stats.mismatch(where, "dis_dump.py answered for " + dump.get("file").asText());
                    break;
                }
                if (dump.has("error")) {
                    stats.mismatch(where, "dis could not read it: " + dump.get("error").asText());
                    continue;
                }
                compareFile(f, where, dump, stats);
            }
        }
        writer.get();
        p.waitFor();
        return stats;
    }

    private static void compareFile(Path file, String where, JsonNode dump, Stats stats) throws IOException {
        stats.files++;
        byte[] data = Files.readAllBytes(file);
        PycFile pyc;
        Code top;
        try {
            pyc = PycFile.parse(data, file.toString());
            top = Code.decode(pyc);
        } catch (PycFormatException e) {
            stats.mismatch(where, "pyc2c cannot read it: " + e.getMessage());
            return;
        }
        if (pyc.header() instanceof PycHeader.HashBased) {
            stats.hashHeaders++;
        }
        byte[] again = pyc.toBytes();
        if (!Arrays.equals(data, again)) {
            stats.mismatch(where, "written back, it differs from the file at byte " + Arrays.mismatch(data, again)
                    + " (lengths " + data.length + ", " + again.length + ")");
        }
        List<Code> codes = new ArrayList<>();
        flatten(top, codes);
        JsonNode expected = dump.get("codes");
        if (expected.size() != codes.size()) {
            stats.mismatch(where, "dis found " + expected.size() + " code objects, pyc2c " + codes.size());
            return;
        }
        for (int i = 0; i < codes.size(); i++) {
            compareCode(codes.get(i), expected.get(i), where + " " + codes.get(i).describe(), stats);
        }
    }

    private static void flatten(Code code, List<Code> out) {
        out.add(code);
        for (Code c : code.children()) {
            flatten(c, out);
        }
    }

    private static void compareCode(Code code, JsonNode exp, String where, Stats stats) {
        stats.codeObjects++;
        if (!code.qualname().equals(exp.get("qualname").asText())
                || code.pyCode().firstlineno() != exp.get("firstlineno").asInt()) {
            stats.mismatch(where, "dis has code object " + exp.get("qualname") + " line " + exp.get("firstlineno"));
            return;
        }
        List<Instruction> ins = code.instructions();
        JsonNode ei = exp.get("instructions");
        if (ei.size() != ins.size()) {
            stats.mismatch(where, "dis has " + ei.size() + " instructions, pyc2c " + ins.size());
            return;
        }
        for (int i = 0; i < ins.size(); i++) {
            stats.instructions++;
            Instruction in = ins.get(i);
            JsonNode e = ei.get(i);
            String at = where + " offset " + in.offset() + " " + in.opcode();
            List<String> diffs = new ArrayList<>();
            if (in.offset() != e.get(0).asInt() || in.start() != e.get(1).asInt()) {
                diffs.add("offset/start " + in.offset() + "/" + in.start() + " vs dis " + e.get(0) + "/" + e.get(1));
            }
            if (!in.opcode().name().equals(e.get(2).asText())) {
                diffs.add("opname vs dis " + e.get(2).asText());
            }
            JsonNode arg = e.get(3);
            if (arg.isNull() ? in.info().hasArgument() : !in.info().hasArgument() || in.oparg() != arg.asInt()) {
                diffs.add("oparg " + in.oparg() + " vs dis " + arg);
            }
            JsonNode argrepr = e.get(4);
            JsonNode argval = e.get(5);
            if (in.argument() instanceof Argument.Const c) {
                JsonNode mine = encode(c.value());
                if (!canonical(mine).equals(canonical(argval))) {
                    diffs.add("constant " + mine + " vs dis " + argval);
                }
            } else if (in.argument() instanceof Argument.Jump j) {
                if (code.offsetOf(j.target()) != argval.asInt()) {
                    diffs.add("jump target " + code.offsetOf(j.target()) + " vs dis " + argval);
                }
            } else if (in.argument() instanceof Argument.BranchSource b) {
                if (code.offsetOf(b.source()) != argval.asInt()) {
                    diffs.add("branch source " + code.offsetOf(b.source()) + " vs dis " + argval);
                }
            } else if (!argrepr.isNull() && !Disassembler.argRepr(code, in).equals(argrepr.asText())) {
                diffs.add("argument '" + Disassembler.argRepr(code, in) + "' vs dis '" + argrepr.asText() + "'");
            }
            JsonNode pos = e.get(6);
            var loc = in.location();
            if (loc.line() != pos.get(0).asInt() || loc.endLine() != pos.get(1).asInt()
                    || loc.column() != pos.get(2).asInt() || loc.endColumn() != pos.get(3).asInt()) {
                diffs.add("location " + loc + " vs dis " + pos);
            }
            if (!diffs.isEmpty()) {
                stats.mismatch(at, String.join("; ", diffs));
            }
        }
        JsonNode ee = exp.get("exceptions");
        if (ee.size() != code.exceptionTable().size()) {
            stats.mismatch(where, "dis has " + ee.size() + " exception entries, pyc2c " + code.exceptionTable().size());
        } else {
            for (int i = 0; i < ee.size(); i++) {
                stats.exceptionEntries++;
                ExceptionEntry x = code.exceptionTable().get(i);
                JsonNode e = ee.get(i);
                if (code.offsetOf(x.start()) != e.get(0).asInt() || code.offsetOf(x.end()) != e.get(1).asInt()
                        || code.offsetOf(x.handler()) != e.get(2).asInt() || x.depth() != e.get(3).asInt()
                        || x.lasti() != e.get(4).asBoolean()) {
                    stats.mismatch(where, "exception entry " + i + ": " + code.offsetOf(x.start()) + " "
                            + code.offsetOf(x.end()) + " " + code.offsetOf(x.handler()) + " " + x.depth() + " "
                            + x.lasti() + " vs dis " + e);
                }
            }
        }
        try {
            int depth = ControlFlowGraph.of(code).expectedStackSize();
            if (depth != exp.get("stacksize").asInt()) {
                stats.mismatch(where, "stack size " + depth + " vs co_stacksize " + exp.get("stacksize"));
            }
        } catch (PycFormatException x) {
            stats.mismatch(where, "no control-flow graph: " + x.getMessage());
        }
    }

    /** The constant in dis_dump.py's encoding. */
    static JsonNode encode(PyObject o) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ArrayNode a = f.arrayNode();
        if (o instanceof PyNone) {
            a.add("None");
        } else if (o instanceof PyEllipsis) {
            a.add("Ellipsis");
        } else if (o instanceof PyBool b) {
            a.add("bool").add(b.value());
        } else if (o instanceof PyInt i) {
            BigInteger v = i.value();
            a.add("int").add((v.signum() < 0 ? "-" : "") + "0x" + v.abs().toString(16));
        } else if (o instanceof PyFloat x) {
            a.add("float").add(leHex(x.bits()));
        } else if (o instanceof PyComplex c) {
            a.add("complex").add(leHex(c.realBits())).add(leHex(c.imagBits()));
        } else if (o instanceof PyStr s) {
            a.add("str").add(HexFormat.of().formatHex(s.utf8SurrogatePass()));
        } else if (o instanceof PyBytes b) {
            a.add("bytes").add(HexFormat.of().formatHex(b.toByteArray()));
        } else if (o instanceof PyTuple t) {
            ArrayNode items = a.add("tuple").addArray();
            t.items().forEach(x -> items.add(encode(x)));
        } else if (o instanceof PyFrozenSet s) {
            ArrayNode items = a.add("frozenset").addArray();
            s.items().forEach(x -> items.add(encode(x)));
        } else if (o instanceof PySlice s) {
            a.add("slice").addArray().add(encode(s.start())).add(encode(s.stop())).add(encode(s.step()));
        } else if (o instanceof PyCode c) {
            a.add("code").add(c.qualname().value()).add(c.firstlineno());
        } else {
            a.add("other").add(o.typeName());
        }
        return a;
    }

    private static String leHex(long bits) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            sb.append(String.format("%02x", (bits >>> (8 * i)) & 0xFF));
        }
        return sb.toString();
    }

    /** The encoding with frozenset elements in one order, whichever order either side listed them in. */
    static JsonNode canonical(JsonNode n) {
        if (!n.isArray()) {
            return n;
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        List<JsonNode> items = new ArrayList<>();
        n.forEach(x -> items.add(canonical(x)));
        if (n.size() == 2 && n.get(0).asText().equals("frozenset") && n.get(1).isArray()) {
            List<JsonNode> elems = new ArrayList<>();
            items.get(1).forEach(elems::add);
            elems.sort(Comparator.comparing(JsonNode::toString));
            out.add("frozenset");
            out.addArray().addAll(elems);
            return out;
        }
        out.addAll(items);
        return out;
    }
}
