package dev.pyc2c.backend.toolchain;

import dev.pyc2c.bytecode.pyc.PycFile;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** What became of one source: {@link Compiled} to {@code .pyc} bytes, or {@link Failed} with its error. */
public sealed interface CompileOutcome permits CompileOutcome.Compiled, CompileOutcome.Failed {
    /** The source compiled. */
    PythonSource source();

    /** The warnings the compiler emitted for it, each once, in line order. */
    List<CompileWarning> warnings();

    /**
     * A source that compiled.
     *
     * @param pyc the complete {@code .pyc} file: header (with the invalidation mode asked for) and the
     *        marshalled module code object, byte for byte what {@code py_compile} writes
     */
    record Compiled(PythonSource source, byte[] pyc, List<CompileWarning> warnings) implements CompileOutcome {
        public Compiled {
            Objects.requireNonNull(source, "source");
            pyc = pyc.clone();
            warnings = List.copyOf(warnings);
        }

        /** A copy of the {@code .pyc} bytes. */
        @Override
        public byte[] pyc() {
            return pyc.clone();
        }

        /** The {@code .pyc} read by the bytecode model, named after the source. */
        public PycFile pycFile() {
            return PycFile.parse(pyc, source.path().toString());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Compiled c && c.source.equals(source) && Arrays.equals(c.pyc, pyc)
                    && c.warnings.equals(warnings);
        }

        @Override
        public int hashCode() {
            return Objects.hash(source, Arrays.hashCode(pyc), warnings);
        }

        @Override
        public String toString() {
            return "Compiled[" + source.path() + ", " + pyc.length + " bytes, " + warnings.size() + " warnings]";
        }
    }

    /** A source that did not compile. */
    record Failed(PythonSource source, SourceError error, List<CompileWarning> warnings) implements CompileOutcome {
        public Failed {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(error, "error");
            warnings = List.copyOf(warnings);
        }
    }
}
