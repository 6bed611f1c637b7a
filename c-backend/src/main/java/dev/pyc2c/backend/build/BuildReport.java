package dev.pyc2c.backend.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pyc2c.backend.CompileReport;
import dev.pyc2c.backend.toolchain.PythonInterpreter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code report.json}: for one interpreter, every module and every code object in it, with status
 * {@code compiled} (it runs as C) or {@code interpreted} (it stays bytecode) and the reason; the
 * {@code .py} files copied as source and why; totals.
 *
 * <pre>
 * {"interpreter": {"executable": ..., "version": "3.12.1", "cacheTag": "cpython-312"},
 *  "summary": {"modules": 3, "codeObjects": 40, "compiled": 38, "interpreted": 2},
 *  "modules": [{"module": "pkg.mod", "source": "pkg/mod.py", "c": ".../pkg.mod.c",
 *               "codeObjects": [{"qualname": "f", "line": 3, "status": "compiled", "reason": ""}, ...]}],
 *  "copiedSources": [{"source": "update-zips.py", "reason": "..."}]}
 * </pre>
 */
public final class BuildReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BuildReport() {
    }

    /** Writes the report of a generation to {@code file}. */
    public static void write(Path file, PythonInterpreter python, List<GeneratedModule> modules,
                             List<Generator.Copied> copiedSources) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode interpreter = root.putObject("interpreter");
        interpreter.put("executable", python.executable().toString());
        interpreter.put("version", python.fullVersion());
        interpreter.put("cacheTag", python.cacheTag());
        ObjectNode summary = root.putObject("summary");
        ArrayNode ms = root.putArray("modules");
        long codes = 0;
        long compiled = 0;
        for (GeneratedModule m : modules) {
            ObjectNode o = ms.addObject();
            o.put("module", m.name());
            o.put("source", m.source());
            o.put("c", m.cFile().toString());
            ArrayNode cs = o.putArray("codeObjects");
            for (CompileReport.CodeObject c : m.report().codeObjects()) {
                ObjectNode co = cs.addObject();
                co.put("qualname", c.qualname());
                co.put("line", c.firstLine());
                co.put("status", c.status().name().toLowerCase(Locale.ROOT));
                co.put("reason", c.reason());
            }
            codes += m.report().codeObjects().size();
            compiled += m.report().compiledCount();
        }
        summary.put("modules", modules.size());
        summary.put("codeObjects", codes);
        summary.put("compiled", compiled);
        summary.put("interpreted", codes - compiled);
        ArrayNode copied = root.putArray("copiedSources");
        for (Generator.Copied c : copiedSources) {
            copied.addObject().put("source", c.source()).put("reason", c.reason());
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
