package dev.pyc2c.backend;

import dev.pyc2c.backend.lower.CText;
import dev.pyc2c.backend.lower.FunctionLowering;
import dev.pyc2c.backend.lower.GeneratorTrampoline;
import dev.pyc2c.backend.lower.InstructionLowering;
import dev.pyc2c.backend.lower.Trampolines;
import dev.pyc2c.backend.lower.UnsupportedCodeException;
import dev.pyc2c.backend.model.CFunction;
import dev.pyc2c.backend.model.CModule;
import dev.pyc2c.backend.model.DirectEntry;
import dev.pyc2c.backend.runtime.RuntimeModule;
import dev.pyc2c.backend.template.CTemplates;
import dev.pyc2c.bytecode.PycFormatException;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.cfg.ControlFlowGraph;
import dev.pyc2c.bytecode.code.Code;
import dev.pyc2c.bytecode.marshal.MarshalWriter;
import dev.pyc2c.bytecode.marshal.PyCode;
import dev.pyc2c.bytecode.marshal.PyObject;
import dev.pyc2c.bytecode.marshal.PyTuple;
import dev.pyc2c.bytecode.pyc.PycFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Compiles a module's bytecode into the C source of an extension module: every code object the
 * backend can translate becomes a C body behind a trampoline; the others stay bytecode, and the
 * {@link CompileReport} says why.
 */
public final class ModuleCompiler {
    /** pyc2c's version, written into the generated files. */
    public static final String TOOL_VERSION = "0.1.0-SNAPSHOT";
    /**
     * A body of at most this many instructions is inlined into its direct entry: a method of a few lines, whose
     * call costs about as much as its body. Callgrind against entries that call their bodies: deltablue -4.3%,
     * richards -2.8%, calls -1.6%, nqueens -1.3% instructions for modules 8-22% bigger (every body inlined: -4.9%,
     * -4.1%, -1.7%, -1.6% for 51-72% bigger; at most 40 instructions: -4.7%, -3.6%, -1.8%, -1.6% for 21-33%).
     */
    static final int SMALL_BODY = 24;

    private static final Pattern MODULE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private final PythonVersion version;
    /** The instruction lowering of the version; null if it has none yet (every code object stays bytecode). */
    private final InstructionLowering lowering;

    /** Whether an internal error fails the compilation instead of leaving the code object as bytecode. */
    private final boolean strict;

    private ModuleCompiler(PythonVersion version, boolean strict) {
        this.version = version;
        this.lowering = InstructionLowering.translates(version) ? InstructionLowering.of(version) : null;
        this.strict = strict;
    }

    /**
     * The compiler for one Python version. For a version whose bytecode the backend does not translate
     * yet ({@link #translatesToC()} false), the module is still an extension module, but every code
     * object stays bytecode and runs in the interpreter; the report says so for each one.
     */
    public static ModuleCompiler forVersion(PythonVersion version) {
        return new ModuleCompiler(Objects.requireNonNull(version), Boolean.getBoolean(STRICT_PROPERTY));
    }

    /**
     * The system property that makes every compiler strict: an internal error while lowering a code
     * object (a bug of pyc2c's) then fails the compilation instead of leaving the code object as
     * bytecode with the error as the reason. The tests set it.
     */
    public static final String STRICT_PROPERTY = "pyc2c.strict";

    /** This compiler, strict or not (see {@link #STRICT_PROPERTY}). */
    public ModuleCompiler strict(boolean on) {
        return new ModuleCompiler(version, on);
    }

    public PythonVersion version() {
        return version;
    }

    /** Whether this version's code objects are translated to C (else they all stay bytecode). */
    public boolean translatesToC() {
        return lowering != null;
    }

    /** Whether pyc2c can compile a module of this dotted name: ASCII identifiers (PEP 489 punycode init names are not supported). */
    public static boolean isCompilableModuleName(String moduleName) {
        return MODULE_NAME.matcher(moduleName).matches();
    }

    /**
     * Compiles a module on its own: as {@link #compile(PycFile, String, String, String)} with the runtime module
     * a build of this module alone would have ({@link RuntimeModule#nameFor}).
     */
    public CompiledModule compile(PycFile pyc, String moduleName, String source) {
        return compile(pyc, moduleName, source, RuntimeModule.nameFor(List.of(moduleName), m -> false));
    }

    /**
     * Compiles a module.
     *
     * @param pyc the module's bytecode, of this compiler's Python version
     * @param moduleName the full dotted module name (ASCII identifiers)
     * @param source the module's source text, for the comments (null if unknown)
     * @param runtimeModule the absolute name of the runtime module of the build ({@link RuntimeModule}), which
     *        the module imports when it is executed
     * @throws PycFormatException if the bytecode is invalid
     * @throws IllegalArgumentException if the module name or the version does not fit
     */
    public CompiledModule compile(PycFile pyc, String moduleName, String source, String runtimeModule) {
        if (!MODULE_NAME.matcher(runtimeModule).matches()) {
            throw new IllegalArgumentException("'" + runtimeModule + "' is not a runtime module name");
        }
        if (pyc.version() != version) {
            throw new IllegalArgumentException(pyc.source() + " is CPython " + pyc.version() + " bytecode, not "
                    + version);
        }
        if (!MODULE_NAME.matcher(moduleName).matches()) {
            throw new IllegalArgumentException("'" + moduleName + "' is not a module name pyc2c can compile: the names"
                    + " of compiled modules and packages must be ASCII identifiers");
        }
        Code top = Code.decode(pyc);
        State state = new State(FunctionLowering.SourceText.of(source));
        state.moduleInstructions = countInstructions(top);
        PyCode shadow = translate(top, state);
        byte[] data = MarshalWriter.write(shadow, pyc.layout());

        String last = moduleName.substring(moduleName.lastIndexOf('.') + 1);
        List<String> fallbacks = new ArrayList<>();
        for (CompileReport.CodeObject c : state.report) {
            if (c.status() == CompileReport.Status.INTERPRETED) {
                fallbacks.add(CText.comment(c.qualname() + " (line " + c.firstLine() + "): " + c.reason()));
            }
        }
        CModule module = new CModule(moduleName, "PyInit_" + last, CText.comment(pyc.code().filename().value()),
                version.toString(), TOOL_VERSION, state.functions, state.codes, CText.byteLines(data, 16), fallbacks);
        String c = withRuntimeModule(CTemplates.of(version).render(module), runtimeModule);
        return new CompiledModule(moduleName, c, new CompileReport(moduleName, state.report));
    }

    /** The module's C naming its runtime module: the define goes just before {@code #include "pyc2c.h"}. */
    private static String withRuntimeModule(String c, String runtimeModule) {
        String include = "#include \"pyc2c.h\"\n";
        int at = c.indexOf(include);
        if (at < 0 || c.indexOf(include, at + 1) >= 0) {
            throw new IllegalStateException("the module template does not include pyc2c.h exactly once");
        }
        return c.substring(0, at) + RuntimeModule.cDefine(runtimeModule) + "\n" + c.substring(at);
    }

    private static int countInstructions(Code code) {
        int n = code.instructions().size();
        for (Code c : code.children()) {
            n += countInstructions(c);
        }
        return n;
    }

    /** What accumulates over a module's code objects. */
    private static final class State {
        final FunctionLowering.SourceText source;
        final List<CFunction> functions = new ArrayList<>();
        final List<CModule.CodeEntry> codes = new ArrayList<>();
        final List<CompileReport.CodeObject> report = new ArrayList<>();
        /** The instructions of every code object of the module: its size, for the lowering's inlining. */
        int moduleInstructions;

        State(FunctionLowering.SourceText source) {
            this.source = source;
        }
    }

    /** The code object to marshal for {@code code}: its trampoline if it compiles, else itself, nested ones translated. */
    private PyCode translate(Code code, State state) {
        PyCode co = code.pyCode();
        int reportIndex = state.report.size();
        state.report.add(null); // this code object's row, filled below: the report lists code objects in tree order
        List<PyObject> consts = new ArrayList<>();
        int child = 0;
        for (PyObject c : co.consts().items()) {
            consts.add(c instanceof PyCode ? translate(code.children().get(child++), state) : c);
        }
        String reason;
        if (lowering == null) {
            reason = "pyc2c does not translate CPython " + version + " bytecode to C yet (it does "
                    + InstructionLowering.translatedVersions() + "): the code object runs in the interpreter";
        } else {
            try {
                return lowerToC(code, consts, state, reportIndex);
            } catch (UnsupportedCodeException e) {
                reason = e.getMessage();
            } catch (PycFormatException e) {
                reason = "its bytecode could not be analysed: " + e.detail();
            } catch (RuntimeException e) {
                if (strict) {
                    throw new IllegalStateException("internal error lowering " + code.qualname() + " (line "
                            + co.firstlineno() + "): " + e, e);
                }
                reason = "internal error in pyc2c (please report it): " + e;
            }
        }
        state.report.set(reportIndex, new CompileReport.CodeObject(code.qualname(), co.firstlineno(),
                CompileReport.Status.INTERPRETED, reason));
        return new PyCode(co.argcount(), co.posonlyargcount(), co.kwonlyargcount(), co.stacksize(), co.flags(),
                co.code(), new PyTuple(consts), co.names(), co.localsplusnames(), co.localspluskinds(), co.filename(),
                co.name(), co.qualname(), co.firstlineno(), co.linetable(), co.exceptiontable());
    }

    /** Lowers {@code code} to a C body and returns its trampoline (its constants being {@code consts}). */
    private PyCode lowerToC(Code code, List<PyObject> consts, State state, int reportIndex)
            throws UnsupportedCodeException {
        PyCode co = code.pyCode();
        ControlFlowGraph cfg = ControlFlowGraph.of(code);
        int index = state.codes.size();
        String cName = "body_" + index + "_" + CText.identifier(code.qualname(), 40);
        Optional<String> whole = lowering.unsupported(code);
        if (whole.isPresent()) {
            throw new UnsupportedCodeException(whole.get());
        }
        GeneratorTrampoline generator = null;
        if ((co.flags() & (PyCode.CO_GENERATOR | PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR)) != 0) {
            int first = lowering.firstBodyInstruction(code);
            int prologueEnd = first < code.instructions().size() ? code.instructions().get(first).start() : 0;
            generator = GeneratorTrampoline.of(code, cfg, prologueEnd, consts.size());
        }
        CFunction f = FunctionLowering.lower(code, cfg, lowering, state.source, cName, state.moduleInstructions,
                generator);
        boolean direct = lowering.enteredDirectly(code);
        boolean cells = !co.cellvars().isEmpty() || !co.freevars().isEmpty();
        int nlocals = co.localsplusnames().size();
        if (direct && !f.cold() && state.moduleInstructions <= FunctionLowering.LARGE_MODULE) {
            // A hot body gets its own entry: a direct call into it costs about 35 instructions less (callgrind,
            // nqueens), for about 1 KB of machine code; not in a large module, whose size matters more.
            f = f.withEntry(new DirectEntry("enter_" + cName.substring("body_".length()), cName, co.argcount(),
                    nlocals, cells, code.instructions().size() <= SMALL_BODY));
        }
        state.functions.add(f);
        state.codes.add(new CModule.CodeEntry(CText.stringLiteral(code.qualname()), cName, direct, co.argcount(),
                nlocals, cells, co.consts().size(), co.names().size(), f.entry() == null ? null : f.entry().cName(),
                generator == null ? null : new CModule.GeneratorEntry(generator.saved(), generator.controls(),
                        generator.returnLanding(), generator.raiseLanding()),
                CText.comment(code.qualname() + ", line " + co.firstlineno())));
        state.report.set(reportIndex, new CompileReport.CodeObject(code.qualname(), co.firstlineno(),
                CompileReport.Status.COMPILED, ""));
        return generator != null ? Trampolines.generatorTrampoline(code, generator, consts, index)
                : Trampolines.trampoline(code, consts, lowering.firstBodyInstruction(code), index);
    }
}
