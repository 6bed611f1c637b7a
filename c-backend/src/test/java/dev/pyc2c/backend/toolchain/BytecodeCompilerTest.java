package dev.pyc2c.backend.toolchain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pyc2c.backend.testing.Pythons;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.pyc.PycFile;
import dev.pyc2c.bytecode.pyc.PycHeader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BytecodeCompilerTest {
    @TempDir
    Path tmp;

    private static final String GOOD = """
            '''A module.'''
            import sys

            def greet(name):
                '''Says hello.'''
                assert name, "no name"
                return f"hello {name} from {sys.version_info[:2]}"

            class Greeter:
                def __call__(self, name):
                    return greet(name)
            """;

    /** Bad sources, each with a different kind of error; compared with what the interpreter itself says. */
    private static final Map<String, byte[]> BAD = new LinkedHashMap<>();

    static {
        BAD.put("unclosed.py", "import os\n\ndef f(x):\n    return (x +\n".getBytes(StandardCharsets.UTF_8));
        BAD.put("indent.py", "if True:\nprint(1)\n".getBytes(StandardCharsets.UTF_8));
        BAD.put("unexpected_indent.py", "x = 1\n  y = 2\n".getBytes(StandardCharsets.UTF_8));
        BAD.put("print.py", "s = \"\u00e9\u00e9\"; print \"hi\"\n".getBytes(StandardCharsets.UTF_8));
        BAD.put("invalid.py", "def f():\n    x = 1 +\n".getBytes(StandardCharsets.UTF_8));
        BAD.put("tabs.py", "if 1:\n        a = 1\n\tb = 2\n".getBytes(StandardCharsets.UTF_8));
        BAD.put("return.py", "x = 1\nreturn x\n".getBytes(StandardCharsets.UTF_8));
        BAD.put("latin1.py", "x = '\u00ff'\n".getBytes(StandardCharsets.ISO_8859_1));
        BAD.put("nul.py", "x = 1\0\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    /** What {@code py_compile.compile} writes for {@code source}, with the given dfile, optimization and mode. */
    private byte[] pyCompile(PythonInterpreter python, Path source, String dfile, int optimize, String mode)
            throws IOException {
        Path out = tmp.resolve("expected-" + System.nanoTime() + ".pyc");
        Pythons.python(python, Map.of(), "-c", "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2],"
                + " dfile=sys.argv[3], doraise=True, optimize=int(sys.argv[4]),"
                + " invalidation_mode=py_compile.PycInvalidationMode[sys.argv[5]])",
                source.toString(), out.toString(), dfile, Integer.toString(optimize), mode);
        return Files.readAllBytes(out);
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void compilesExactlyAsPyCompile(PythonVersion v) throws IOException {
        PythonInterpreter python = Pythons.require(v);
        Path good = write("src/pkg/good.py", GOOD);
        BytecodeCompiler compiler = BytecodeCompiler.of(python);
        List<PythonSource> sources = List.of(PythonSource.of(good, "pkg/good.py"),
                PythonSource.of(good, "pkg/good.py").withOptimize(2), PythonSource.of(good));
        BytecodeCompilation result = compiler.compile(sources);
        assertFalse(result.hasErrors());
        assertEquals("", result.renderErrors());
        assertEquals(3, result.compiled().size());

        CompileOutcome.Compiled plain = result.compiled().get(0);
        assertArrayEquals(pyCompile(python, good, "pkg/good.py", -1, "UNCHECKED_HASH"), plain.pyc());
        assertArrayEquals(pyCompile(python, good, "pkg/good.py", 2, "UNCHECKED_HASH"), result.compiled().get(1).pyc());
        assertArrayEquals(pyCompile(python, good, good.toString(), -1, "UNCHECKED_HASH"), result.compiled().get(2).pyc());
        assertEquals(List.of(), plain.warnings());

        PycFile pyc = plain.pycFile();
        assertEquals(v, pyc.version());
        assertInstanceOf(PycHeader.HashBased.class, pyc.header());
        assertFalse(((PycHeader.HashBased) pyc.header()).checkSource());
        assertEquals("pkg/good.py", pyc.code().filename().value());

        CompileOutcome timestamp = compiler.withInvalidation(PycInvalidation.TIMESTAMP).compile(sources.get(0));
        assertArrayEquals(pyCompile(python, good, "pkg/good.py", -1, "TIMESTAMP"),
                ((CompileOutcome.Compiled) timestamp).pyc());
        CompileOutcome checked = compiler.withInvalidation(PycInvalidation.CHECKED_HASH).compile(sources.get(0));
        assertArrayEquals(pyCompile(python, good, "pkg/good.py", -1, "CHECKED_HASH"),
                ((CompileOutcome.Compiled) checked).pyc());
    }

    /** The position and message of {@code compile()}'s exception for each file, from the interpreter. */
    private static JsonNode compileErrors(PythonInterpreter python, List<Path> files) throws IOException {
        List<String> args = new ArrayList<>(List.of("-c", """
                import json, sys
                out = []
                for f in sys.argv[1:]:
                    try:
                        compile(open(f, 'rb').read(), f, 'exec')
                        out.append(None)
                    except SyntaxError as e:
                        out.append([type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno or 0, e.end_offset or 0])
                    except Exception as e:
                        out.append([type(e).__name__, str(e), 0, 0, 0, 0])
                print(json.dumps(out))
                """));
        files.forEach(f -> args.add(f.toString()));
        return new ObjectMapper().readTree(Pythons.python(python, Map.of(), args.toArray(String[]::new)));
    }

    private static final Pattern SORRY_WITH_LINE = Pattern.compile("Sorry: (\\w+): (.*) \\((.*), line (\\d+)\\)");
    private static final Pattern SORRY = Pattern.compile("Sorry: (\\w+): (.*)");
    private static final Pattern FILE_LINE = Pattern.compile(" *File \"(.*)\", line (\\d+)");
    private static final Pattern LAST = Pattern.compile("(\\w+): (.*)");

    /** Checks {@code error} against what {@code python -m py_compile file} prints. */
    private static void assertLikePyCompile(PythonInterpreter python, Path file, SourceError error) {
        Pythons.Run run = Pythons.run(python.command("-m", "py_compile", file.toString()), Map.of());
        assertEquals(1, run.exitCode(), run.stderr());
        String said = run.stderr().strip();
        String where = file + " (" + python.fullVersion() + "): py_compile said\n" + said + "\nand pyc2c " + error;
        Matcher m;
        if ((m = SORRY_WITH_LINE.matcher(said)).matches()) {
            // str(SyntaxError) names the file by its base name
            assertEquals(List.of(m.group(1), m.group(2), m.group(3), Integer.parseInt(m.group(4))), List.of(error.type(),
                    error.message(), Path.of(error.filename()).getFileName().toString(), error.line()), where);
        } else if ((m = SORRY.matcher(said)).matches()) {
            assertEquals(List.of(m.group(1), m.group(2), 0), List.of(error.type(), error.message(), error.line()), where);
        } else if ((m = LAST.matcher(said)).matches()) {
            // a SyntaxError without a position (null bytes in the source)
            assertEquals(List.of(m.group(1), m.group(2), 0), List.of(error.type(), error.message(), error.line()), where);
        } else {
            List<String> lines = said.lines().toList();
            Matcher fileLine = FILE_LINE.matcher(lines.get(0));
            Matcher last = LAST.matcher(lines.get(lines.size() - 1));
            assertTrue(fileLine.matches() && last.matches(), where);
            assertEquals(List.of(fileLine.group(1), Integer.parseInt(fileLine.group(2)), last.group(1), last.group(2)),
                    List.of(error.filename(), error.line(), error.type(), error.message()), where);
            // the caret sits under column `offset` (for ASCII lines; 3.11 and 3.12 misplace it after non-ASCII text)
            if (lines.size() == 4 && lines.get(2).strip().startsWith("^") && error.text().chars().allMatch(c -> c < 128)) {
                String text = error.text();
                int indent = text.length() - text.stripLeading().length();
                int caret = lines.get(2).indexOf('^') - 4 + indent + 1;
                assertEquals(caret, error.column(), where);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void reportsEverySyntaxErrorAsTheInterpreterDoes(PythonVersion v) throws IOException {
        PythonInterpreter python = Pythons.require(v);
        Path good = write("good.py", GOOD);
        List<PythonSource> sources = new ArrayList<>(List.of(PythonSource.of(good)));
        List<Path> bad = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : BAD.entrySet()) {
            Path p = Files.write(tmp.resolve(e.getKey()), e.getValue());
            bad.add(p);
            sources.add(PythonSource.of(p));
        }
        sources.add(PythonSource.of(good, "again.py"));

        BytecodeCompilation result = BytecodeCompiler.of(python).compile(sources);
        assertEquals(sources.size(), result.outcomes().size());
        assertInstanceOf(CompileOutcome.Compiled.class, result.outcomes().get(0));
        assertInstanceOf(CompileOutcome.Compiled.class, result.outcomes().get(sources.size() - 1));
        List<SourceError> errors = result.errors();
        assertEquals(bad.size(), errors.size(), result.renderErrors());

        JsonNode expected = compileErrors(python, bad);
        List<String> rendered = new ArrayList<>();
        for (int i = 0; i < bad.size(); i++) {
            SourceError error = errors.get(i);
            JsonNode x = expected.get(i);
            assertEquals(bad.get(i), error.source());
            assertEquals(List.of(x.get(0).asText(), x.get(1).asText(), x.get(2).asInt(), x.get(3).asInt(),
                    x.get(4).asInt(), x.get(5).asInt()), List.of(error.type(), error.message(), error.line(),
                    error.column(), error.endLine(), error.endColumn()), bad.get(i).toString());
            assertLikePyCompile(python, bad.get(i), error);
            rendered.add(error.line() > 0 ? bad.get(i) + ":" + x.get(2).asInt() + ":" + x.get(3).asInt() + ": "
                    + x.get(1).asText() : bad.get(i) + ": " + x.get(0).asText() + ": " + x.get(1).asText());
        }
        assertEquals(String.join("\n", rendered), result.renderErrors());

        SourceError unclosed = errors.get(0);
        assertEquals(tmp.resolve("unclosed.py") + ":4:12: '(' was never closed", unclosed.render());
        assertEquals("IndentationError", errors.get(1).type());
        assertEquals(tmp.resolve("indent.py") + ":2:1: expected an indented block after 'if' statement on line 1",
                errors.get(1).render());
        // the column is SyntaxError.offset as is: 3.13 counts characters, 3.11 and 3.12 count the UTF-8 bytes of
        // the non-ASCII text before it for this error (a CPython bug, reported as the interpreter has it)
        int column = v.atLeast(PythonVersion.V3_13) ? 11 : 13;
        assertEquals(tmp.resolve("print.py") + ":1:" + column + ": Missing parentheses in call to 'print'. Did you mean"
                + " print(...)?", errors.get(3).render());
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void capturesCompilerWarningsWithoutDisturbingTheAnswer(PythonVersion v) throws IOException {
        PythonInterpreter python = Pythons.require(v);
        Path warned = write("warned.py", "import re\n\nx = 1 is 1\npattern = re.compile('\\d+')\ny = x is 1\n");
        Path bad = write("bad.py", "z = 2 is 2\nprint 'x'\n");
        BytecodeCompilation result = BytecodeCompiler.of(python).compile(List.of(PythonSource.of(warned),
                PythonSource.of(bad)));
        CompileOutcome.Compiled ok = assertInstanceOf(CompileOutcome.Compiled.class, result.outcomes().get(0));
        String escapeCategory = v.atLeast(PythonVersion.V3_12) ? "SyntaxWarning" : "DeprecationWarning";
        String escapeMessage = v.atLeast(PythonVersion.V3_14)
                ? "\"\\d\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean"
                        + " \"\\\\d\"? A raw string is also an option."
                : "invalid escape sequence '\\d'";
        assertEquals(List.of(
                new CompileWarning(3, "SyntaxWarning", "\"is\" with a literal. Did you mean \"==\"?"),
                new CompileWarning(4, escapeCategory, escapeMessage),
                new CompileWarning(5, "SyntaxWarning", "\"is\" with a literal. Did you mean \"==\"?")),
                ok.warnings().stream().map(w -> new CompileWarning(w.line(), w.category(),
                        w.message().replace("'int' literal", "a literal"))).toList());
        assertArrayEquals(pyCompile(python, warned, warned.toString(), -1, "UNCHECKED_HASH"), ok.pyc());
        assertTrue(result.hasErrors());
        assertEquals(2, result.errors().get(0).line());
    }

    @ParameterizedTest
    @EnumSource(PythonVersion.class)
    void nothingButTheAnswerReachesStandardOutput(PythonVersion v) throws IOException {
        PythonInterpreter python = Pythons.require(v);
        Path good = write("good.py", GOOD);
        String script = PythonScripts.load("compile_pyc.py");
        String noisy = script.replace("    results = [", "    print('noise from print'); sys.stdout.flush();"
                + " os.write(1, b'noise on fd 1\\n')\n    results = [");
        assertFalse(noisy.equals(script));
        byte[] request = ("{\"invalidation\": \"unchecked-hash\", \"files\": [{\"source\": " + Json.quote(good.toString())
                + ", \"filename\": \"good.py\", \"optimize\": -1}]}").getBytes(StandardCharsets.UTF_8);
        Processes.Output out = Processes.run(python.command("-I", "-c", noisy), Environment.system(), null, request,
                java.time.Duration.ofMinutes(1), false);
        assertEquals(0, out.exitCode(), out.stderrText());
        Map<?, ?> answer = (Map<?, ?>) Json.parse(out.stdoutText());
        assertEquals(1, ((List<?>) answer.get("results")).size());
        assertEquals("noise from print\nnoise on fd 1\n", out.stderrText());
    }

    @Test
    void aMissingSourceIsReportedBeforeCompiling() throws IOException {
        PythonInterpreter python = Pythons.require(PythonVersion.V3_12);
        Path good = write("good.py", GOOD);
        Path missing = tmp.resolve("missing.py");
        ToolchainException e = assertThrows(ToolchainException.class, () -> BytecodeCompiler.of(python)
                .compile(List.of(PythonSource.of(good), PythonSource.of(missing))));
        assertEquals(ToolchainException.Kind.INVALID_INPUT, e.kind());
        assertEquals("Python source " + missing + " does not exist.", e.getMessage());
        assertEquals(new BytecodeCompilation(List.of()), BytecodeCompiler.of(python).compile(List.of()));
    }

    @Test
    void optimizationLevelsAreChecked() {
        ToolchainException e = assertThrows(ToolchainException.class, () -> PythonSource.of(Path.of("a.py")).withOptimize(3));
        assertEquals(ToolchainException.Kind.INVALID_INPUT, e.kind());
        assertEquals("optimization level 3 for a.py is invalid: use -1 (the interpreter's), 0, 1 (like -O) or 2"
                + " (like -OO)", e.getMessage());
        assertEquals(new PythonSource(Path.of("a.py"), "a.py", -1), PythonSource.of(Path.of("a.py")));
    }
}
