package dev.pyc2c.backend;

import java.util.List;
import java.util.Objects;

/**
 * What happened to each code object of a module: compiled to C, or left as bytecode and why.
 */
public record CompileReport(String moduleName, List<CodeObject> codeObjects) {

    /** Whether a code object runs as C or in the interpreter. */
    public enum Status {
        COMPILED,
        INTERPRETED
    }

    /**
     * One code object.
     *
     * @param reason why it is interpreted (empty when compiled)
     */
    public record CodeObject(String qualname, int firstLine, Status status, String reason) {
        public CodeObject {
            Objects.requireNonNull(qualname);
            Objects.requireNonNull(status);
            Objects.requireNonNull(reason);
        }
    }

    public CompileReport {
        codeObjects = List.copyOf(codeObjects);
    }

    public long compiledCount() {
        return codeObjects.stream().filter(c -> c.status() == Status.COMPILED).count();
    }

    /** A JSON object: {@code {"module": ..., "codeObjects": [{"qualname", "line", "status", "reason"}...]}}. */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{\"module\": ").append(json(moduleName)).append(", \"codeObjects\": [");
        String sep = "";
        for (CodeObject c : codeObjects) {
            sb.append(sep).append("{\"qualname\": ").append(json(c.qualname())).append(", \"line\": ")
                    .append(c.firstLine()).append(", \"status\": \"").append(c.status().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\", \"reason\": ").append(json(c.reason())).append('}');
            sep = ", ";
        }
        return sb.append("]}").toString();
    }

    /**
     * The report {@link #toJson()} wrote.
     *
     * @throws IllegalArgumentException if {@code json} is not such a report
     */
    public static CompileReport fromJson(String json) {
        try {
            com.fasterxml.jackson.databind.JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
            java.util.List<CodeObject> codes = new java.util.ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode c : n.path("codeObjects")) {
                codes.add(new CodeObject(c.path("qualname").asText(), c.path("line").asInt(),
                        Status.valueOf(c.path("status").asText().toUpperCase(java.util.Locale.ROOT)),
                        c.path("reason").asText()));
            }
            if (!n.path("module").isTextual()) {
                throw new IllegalArgumentException("not a compile report: " + json);
            }
            return new CompileReport(n.path("module").asText(), codes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | NullPointerException e) {
            throw new IllegalArgumentException("not a compile report: " + e.getMessage(), e);
        }
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
