package dev.pyc2c.backend;

import java.util.Objects;

/** The C source of an extension module, and what became of each code object. */
public record CompiledModule(String moduleName, String cSource, CompileReport report) {
    public CompiledModule {
        Objects.requireNonNull(moduleName);
        Objects.requireNonNull(cSource);
        Objects.requireNonNull(report);
    }
}
