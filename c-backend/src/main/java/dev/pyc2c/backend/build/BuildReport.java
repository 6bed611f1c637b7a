package dev.pyc2c.backend.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pyc2c.backend.CompileReport;
import dev.pyc2c.backend.runtime.RuntimeSources;
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
 * {@code .py} files copied as source and why; totals; the build's runtime module, which every compiled module
 * imports (its name, the runtime's ABI tag, and once compiled its extension in the output tree; null when no
 * module is compiled).
 *
 * <pre>
 * {"interpreter": {"executable": ..., "version": "3.12.1", "cacheTag": "cpython-312",
 *                  "artifact": "org.bytedeco:cpython:3.12.1-1.5.10:jar:linux-x86_64" (only if unpacked from Maven)},
 *  "summary": {"modules": 3, "codeObjects": 40, "compiled": 38, "interpreted": 2},
 *  "runtime": {"module": "pkg._pyc2c_runtime", "abi": "3f09c2a1b4d7",
 *              "extension": "pkg/_pyc2c_runtime.cpython-312-x86_64-linux-gnu.so"},
 *  "modules": [{"module": "pkg.mod", "source": "pkg/mod.py", "c": ".../pkg.mod.c",
 *               "codeObjects": [{"qualname": "f", "line": 3, "status": "compiled", "reason": ""}, ...]}],
 *  "copiedSources": [{"source": "update-zips.py", "reason": "..."}]}
 * </pre>
 */
public final class BuildReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BuildReport() {
    }

    /** Writes the report of a generation to {@code file} ({@code runtimeModule} empty: none). */
    public static void write(Path file, PythonInterpreter python, List<GeneratedModule> modules, String runtimeModule,
                             List<Generator.Copied> copiedSources) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode interpreter = root.putObject("interpreter");
        interpreter.put("executable", python.executable().toString());
        interpreter.put("version", python.fullVersion());
        interpreter.put("cacheTag", python.cacheTag());
        if (python.fromMaven()) {
            interpreter.put("artifact", python.artifact());
        }
        ObjectNode summary = root.putObject("summary");
        if (runtimeModule.isEmpty()) {
            root.putNull("runtime");
        } else {
            root.putObject("runtime").put("module", runtimeModule).put("abi", RuntimeSources.abiTag());
        }
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
        writeJson(file, root);
    }

    /**
     * Adds where the runtime module was built ({@code extension}, relative to the output tree) to the report
     * {@link #write} left; nothing if there is no report or it names no runtime module.
     */
    public static void recordRuntimeExtension(Path file, Path extension) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root.path("runtime") instanceof ObjectNode runtime) {
                String relative = extension.toString().replace('\\', '/');
                if (!relative.equals(runtime.path("extension").asText(null))) {
                    runtime.put("extension", relative);
                    writeJson(file, root);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeJson(Path file, JsonNode root) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
