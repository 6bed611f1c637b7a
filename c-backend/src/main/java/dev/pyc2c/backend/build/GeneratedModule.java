package dev.pyc2c.backend.build;

import dev.pyc2c.backend.CompileReport;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A module the generation step has C for: what the native step needs to build its extension module.
 *
 * @param name the dotted module name ({@code pkg.sub.mod}; a package's {@code __init__.py} is {@code pkg})
 * @param source its {@code .py}, relative to the source root, with {@code /} separators
 * @param cFile the generated C
 * @param report which code objects were compiled to C, which stay bytecode and why
 */
public record GeneratedModule(String name, String source, Path cFile, CompileReport report) {
    public GeneratedModule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cFile, "cFile");
        Objects.requireNonNull(report, "report");
    }

    /** The directory of the package the module's extension goes into, relative to the output root ("" at the top). */
    public String packageDirectory() {
        int slash = source.lastIndexOf('/');
        return slash < 0 ? "" : source.substring(0, slash);
    }

    /**
     * The extension module's name without the suffix: the file's stem ({@code __init__} for a package,
     * whose init function is still named after the package).
     */
    public String stem() {
        String file = source.substring(source.lastIndexOf('/') + 1);
        return file.substring(0, file.length() - ".py".length());
    }
}
