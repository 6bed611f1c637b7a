package dev.pyc2c.backend.lower;

import dev.pyc2c.backend.ir.IrBuilder;
import dev.pyc2c.backend.ir.IrFunction;
import dev.pyc2c.backend.ir.Node;
import dev.pyc2c.backend.ir.Origin;
import dev.pyc2c.backend.ir.Pass;
import dev.pyc2c.backend.ir.Provenance;
import dev.pyc2c.backend.ir.Repr;
import dev.pyc2c.backend.ir.Value;
import dev.pyc2c.backend.model.CFunction;
import dev.pyc2c.backend.model.CInstruction;
import dev.pyc2c.backend.model.NumOperand;
import dev.pyc2c.backend.model.Operand;
import dev.pyc2c.backend.model.Ops;
import dev.pyc2c.backend.model.OutputModelObject;
import dev.pyc2c.bytecode.cfg.ControlFlowGraph;
import dev.pyc2c.bytecode.code.Code;
import dev.pyc2c.bytecode.code.ExceptionEntry;
import dev.pyc2c.bytecode.code.Instruction;
import dev.pyc2c.bytecode.code.Label;
import dev.pyc2c.bytecode.dis.Disassembler;
import dev.pyc2c.bytecode.marshal.PyFloat;
import dev.pyc2c.bytecode.marshal.PyInt;
import dev.pyc2c.bytecode.marshal.PyObject;
import dev.pyc2c.bytecode.opcode.Opcode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lowers one code object to a {@link CFunction}: builds its lowering form ({@link IrFunction}: nodes
 * whose stack inputs and outputs are {@link Value}s), runs the version's passes over it, then turns each
 * node into output-model objects through the version's {@link InstructionLowering}, and adds the labels
 * jumps need and the exception paths instructions jump to.
 *
 * <p>Stack values live in C variables, one per depth ({@code s0}, {@code s1}...), never in memory whose
 * address escapes, so the C compiler keeps them in registers; a value a pass made
 * {@link Repr#BORROWED borrowed} is read where it lives (a fast local, a constant) and never counted.
 */
public final class FunctionLowering {
    private final Code code;
    private final ControlFlowGraph cfg;
    private final InstructionLowering lowering;
    private final SourceText source;
    private final String cName;
    private IrFunction ir;

    /** Instructions something jumps to (by index), and the C label each gets. */
    private final Set<Integer> jumpedTo = new HashSet<>();
    /** Exception paths, by handler, depth and what they release. */
    private final Map<String, Unwind> unwinds = new LinkedHashMap<>();
    private final Set<String> uses = new TreeSet<>();
    private final Set<Integer> stackVariables = new TreeSet<>();
    private final Set<Integer> numVariables = new TreeSet<>();
    private final Set<Integer> condVariables = new TreeSet<>();
    /** Numbers the current node boxed into their stack variable before it runs (it takes no numbers there). */
    private final Set<Value> boxed = new HashSet<>();
    private int globalCaches;
    private int attrCaches;
    private int callCaches;

    private FunctionLowering(Code code, ControlFlowGraph cfg, InstructionLowering lowering, SourceText source,
            String cName) {
        this.code = code;
        this.cfg = cfg;
        this.lowering = lowering;
        this.source = source;
        this.cName = cName;
    }

    /**
     * The C body of {@code code}.
     *
     * @throws UnsupportedCodeException if an instruction (or the code object) cannot be compiled yet
     */
    public static CFunction lower(Code code, ControlFlowGraph cfg, InstructionLowering lowering, SourceText source,
            String cName) throws UnsupportedCodeException {
        return lower(code, cfg, lowering, source, cName, 0);
    }

    /** The C body of {@code code}, in a module of {@code moduleInstructions} instructions (see {@link #LARGE_MODULE}). */
    public static CFunction lower(Code code, ControlFlowGraph cfg, InstructionLowering lowering, SourceText source,
            String cName, int moduleInstructions) throws UnsupportedCodeException {
        return lower(code, cfg, lowering, source, cName, moduleInstructions, null);
    }

    /**
     * The C body of {@code code}, in a module of {@code moduleInstructions} instructions; {@code generator} is the
     * trampoline of a generator, coroutine or async generator (null for any other code object).
     */
    public static CFunction lower(Code code, ControlFlowGraph cfg, InstructionLowering lowering, SourceText source,
            String cName, int moduleInstructions, GeneratorTrampoline generator) throws UnsupportedCodeException {
        FunctionLowering fl = new FunctionLowering(code, cfg, lowering, source, cName);
        fl.moduleInstructions = moduleInstructions;
        fl.generator = generator;
        return fl.lower();
    }

    private int moduleInstructions;
    private GeneratorTrampoline generator;

    /**
     * A module of more instructions than this is large: only its loops count as hot (the inlined fast
     * paths of all its small functions would cost more in code size than they win).
     */
    public static final int LARGE_MODULE = 20_000;

    /** The lowering form of {@code code} after the version's passes (for tests and reports). */
    public static IrFunction lowerToIr(Code code, ControlFlowGraph cfg, InstructionLowering lowering)
            throws UnsupportedCodeException {
        return lowerToIr(code, cfg, lowering, 0);
    }

    /** The lowering form of {@code code}, in a module of {@code moduleInstructions} instructions. */
    public static IrFunction lowerToIr(Code code, ControlFlowGraph cfg, InstructionLowering lowering,
            int moduleInstructions) throws UnsupportedCodeException {
        IrFunction f = build(code, cfg, lowering);
        f.setSmallFunctionsHot(moduleInstructions <= LARGE_MODULE);
        for (Pass p : lowering.passes()) {
            p.run(f);
        }
        return f;
    }

    private static IrFunction build(Code code, ControlFlowGraph cfg, InstructionLowering lowering)
            throws UnsupportedCodeException {
        Optional<String> whole = lowering.unsupported(code);
        if (whole.isPresent()) {
            throw new UnsupportedCodeException(whole.get());
        }
        int first = lowering.firstBodyInstruction(code);
        for (int i = first; i < code.instructions().size(); i++) {
            if (cfg.stackDepthBefore(i).isPresent() && cfg.blockOf(i).isReachable()) {
                lowering.checkSupported(code.instructions().get(i));
            }
        }
        return IrBuilder.build(code, cfg, lowering.shapes(), lowering, first);
    }

    private static final class Unwind {
        final int handler;
        final int depth;
        /** The values released, top first. */
        final List<String> releases;
        final String name;
        boolean error;
        boolean reraise;

        Unwind(int handler, int depth, List<String> releases, String name) {
            this.handler = handler;
            this.depth = depth;
            this.releases = releases;
            this.name = name;
        }
    }

    private CFunction lower() throws UnsupportedCodeException {
        ir = lowerToIr(code, cfg, lowering, moduleInstructions);
        List<Instruction> ins = code.instructions();
        List<List<String>> comments = new ArrayList<>();
        List<List<OutputModelObject>> ops = new ArrayList<>();
        int previousLine = Integer.MIN_VALUE;
        InstructionLowering.State state = lowering.newState();
        for (int i = 0; i < ins.size(); i++) {
            Instruction in = ins.get(i);
            List<String> c = new ArrayList<>();
            int line = in.location().line();
            if (line != previousLine && line >= 0) {
                c.add(CText.comment("line " + line + ": " + source.line(line).orElse("")).stripTrailing());
            }
            previousLine = line;
            String label = code.labelAt(i).map(l -> "L" + code.labelNumber(l) + ":").orElse("");
            String dis = String.format("%4d %-5s %s", in.offset(), label, Disassembler.instructionText(code, in));
            List<OutputModelObject> body = new ArrayList<>();
            Node node = ir.node(i);
            if (i < ir.firstBodyInstruction()) {
                c.add(CText.comment(dis + "   [run by the trampoline]"));
            } else if (node == null) {
                c.add(CText.comment(dis + "   [unreachable]"));
            } else {
                Emit e = new Emit(node, body, state);
                boxInputs(e);
                lowering.lower(e, in);
                boxed.clear();
                c.add(CText.comment(dis + describe(node)));
            }
            comments.add(c);
            ops.add(body);
        }
        lowering.finish(state);

        // A handler that pushes lasti retries its path at the handler's own depth if making the int fails.
        for (Unwind u : new ArrayList<>(unwinds.values())) {
            if (u.handler >= 0 && code.exceptionTable().get(u.handler).lasti()) {
                unwind(u.handler, code.exceptionTable().get(u.handler).depth(), List.of()).reraise = true;
            }
        }
        List<OutputModelObject> paths = new ArrayList<>();
        for (Unwind u : unwinds.values()) {
            paths.add(unwindModel(u));
        }
        // Labels last: the exception paths jump to handlers too.
        List<CInstruction> out = new ArrayList<>();
        for (int i = 0; i < ins.size(); i++) {
            String label = jumpedTo.contains(i) ? cLabel(i) : null;
            out.add(new CInstruction(comments.get(i), label, ops.get(i)));
        }
        List<String> stack = stackVariables.stream().map(d -> "s" + d).toList();
        List<String> nums = numVariables.stream().map(d -> "n" + d).toList();
        List<String> conds = condVariables.stream().map(d -> "c" + d).toList();
        boolean cold = true;
        for (Node n : ir.nodes()) {
            cold &= !n.hot();
        }
        return new CFunction(cName, header(), stack, nums, conds, Set.copyOf(uses), globalCaches, attrCaches, callCaches, out,
                paths, cold, null);
    }

    /**
     * Boxes the numbers among the node's inputs that it does not take as numbers, bottom first: each
     * becomes the object the interpreter would have had, owned, in its stack variable. A failure
     * (MemoryError) is reported at the instruction that made the number, as the interpreter would.
     */
    /**
     * The C that boxes a number at {@code node}: {@code pyc2c_num_box} (the cached small ints inline) in hot code,
     * {@code pyc2c_num_box_cold} (every int through PyLong_FromLongLong) elsewhere, which keeps big modules small:
     * the inline small ints at every site made the 1,000-function module 163 KB bigger.
     */
    static String box(Node node) {
        return "pyc2c_num_box" + inlineSuffix(node);
    }

    /** The suffix of a runtime operation's form at {@code node}: none (inlined) in hot code, {@code _cold} elsewhere. */
    static String inlineSuffix(Node node) {
        return node.hot() ? "" : "_cold";
    }

    private void boxInputs(Emit e) {
        Node node = e.node();
        for (Node.Port p : node.inputs()) {
            for (Value v : p.values()) {
                if (v.repr() == Repr.NUM && !lowering.takesNumber(node, p.name())) {
                    String err = e.error(node.depth());
                    e.emit(new Ops.Box(box(node), expr(v), stackVariable(v.depth()),
                            v.producer().instruction().offset() / 2,
                            err));
                    boxed.add(v);
                }
            }
        }
    }

    /** The comment after an instruction's disassembly: what the passes made of its values. */
    private static String describe(Node node) {
        List<String> notes = new ArrayList<>();
        for (Value v : node.outputValues()) {
            if (v.producer() == node && v.repr() != Repr.OWNED) {
                notes.add(v.repr().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (node.provenance() == Provenance.NONE && !node.outputValues().isEmpty() && notes.isEmpty()) {
            return "";
        }
        return notes.isEmpty() ? "" : "   [" + String.join(", ", notes) + "]";
    }

    private List<String> header() {
        List<String> h = new ArrayList<>();
        var co = code.pyCode();
        h.add(CText.comment(code.qualname() + "  (" + co.filename().value() + ", line " + co.firstlineno() + ")"));
        h.add(CText.comment("args " + co.argcount() + " (positional-only " + co.posonlyargcount() + ", keyword-only "
                + co.kwonlyargcount() + "), locals " + String.join(", ", co.varnames()) + (co.cellvars().isEmpty()
                        ? "" : "; cells " + String.join(", ", co.cellvars())) + (co.freevars().isEmpty() ? ""
                                : "; free " + String.join(", ", co.freevars()))));
        h.add("stack depth " + cfg.maxStackDepth() + ", " + code.instructions().size() + " instructions");
        return h;
    }

    /** The C label of instruction {@code index}: its dis label {@code L<n>}, or {@code I<offset>}. */
    private String cLabel(int index) {
        return code.labelAt(index).map(l -> "L" + code.labelNumber(l))
                .orElseGet(() -> "I" + code.instructions().get(index).offset());
    }

    private Unwind unwind(int handler, int depth, List<String> releases) {
        String key = handler + ":" + depth + ":" + String.join(",", releases);
        return unwinds.computeIfAbsent(key, k -> new Unwind(handler, depth, releases, String.valueOf(unwinds.size())));
    }

    private OutputModelObject unwindModel(Unwind u) {
        String errorLabel = "error_" + u.name;
        String reraiseLabel = "reraise_" + u.name;
        String releases = u.releases.isEmpty() ? "" : ", releasing " + String.join(", ", u.releases.stream()
                .map(r -> r.replaceAll(".*\\(([a-z0-9]+)\\);$", "$1")).toList());
        if (u.handler < 0) {
            return new Ops.UnwindExit(errorLabel, reraiseLabel, "exceptions at stack depth " + u.depth
                    + " with no handler: leave the frame" + releases, u.releases, u.error, u.reraise);
        }
        ExceptionEntry entry = code.exceptionTable().get(u.handler);
        String lastiDst = null;
        String lastiRetry = null;
        int exc = entry.depth();
        if (entry.lasti()) {
            lastiDst = stackVariable(entry.depth());
            lastiRetry = "reraise_" + unwinds.get(u.handler + ":" + entry.depth() + ":").name;
            exc++;
        }
        int handlerIndex = code.indexOf(entry.handler());
        jumpedTo.add(handlerIndex);
        String desc = "exceptions at stack depth " + u.depth + " in L" + code.labelNumber(entry.start()) + " to L"
                + code.labelNumber(entry.end()) + ": handled at L" + code.labelNumber(entry.handler()) + ", depth "
                + entry.depth() + (entry.lasti() ? ", with lasti" : "") + releases;
        return new Ops.UnwindHandler(errorLabel, reraiseLabel, desc, u.releases, lastiDst, lastiRetry,
                stackVariable(exc), cLabel(handlerIndex), u.error, u.reraise);
    }

    /** The C variable of stack depth {@code d}: {@code s<d>}. */
    private String stackVariable(int d) {
        stackVariables.add(d);
        return "s" + d;
    }

    /** The C expression of a value, by its representation. */
    private String expr(Value v) {
        if (boxed.contains(v)) {
            return stackVariable(v.depth());
        }
        return switch (v.repr()) {
            case OWNED -> stackVariable(v.depth());
            case NUM -> {
                numVariables.add(v.depth());
                yield "n" + v.depth();
            }
            case CBOOL -> {
                condVariables.add(v.depth());
                yield "c" + v.depth();
            }
            case NULL -> "NULL";
            case BORROWED -> {
                Origin o = v.root().origin();
                if (o instanceof Origin.Local l) {
                    yield lowering.localExpr(l.index());
                }
                if (o instanceof Origin.SmallInt n) {
                    yield "pyc2c_small_int_object(" + n.value() + ")";
                }
                if (o instanceof Origin.Const c) {
                    uses.add("K");
                    yield "K[" + c.index() + "]";
                }
                throw new IllegalStateException(v + " is borrowed from " + o);
            }
        };
    }

    private Operand operand(Value v) {
        if (boxed.contains(v)) {
            return Operand.owned(stackVariable(v.depth()));
        }
        if (v.repr() == Repr.NUM || v.repr() == Repr.CBOOL) {
            throw new IllegalStateException(v + " is not an object where " + v.consumer() + " reads it");
        }
        return new Operand(expr(v), v.repr() == Repr.OWNED, false);
    }

    /** A value as a number: what it holds, a view of its object, or a constant with its value. */
    private NumOperand numOperand(Value v) {
        if (v.repr() == Repr.NUM && !boxed.contains(v)) {
            String n = expr(v);
            return new NumOperand(n, "PYC2C_HELD", "pyc2c_num_clear(" + n + ");");
        }
        Operand o = operand(v);
        if (v.repr() == Repr.BORROWED && v.facts().constant().isPresent()) {
            PyObject c = v.facts().constant().get();
            if (c instanceof PyInt i && i.fitsInt64()) {
                return new NumOperand("pyc2c_num_const_int(" + o.expr() + ", " + CText.int64Literal(i.value()) + ")",
                        "PYC2C_CINT", null);
            }
            if (c instanceof PyFloat f && Double.isFinite(f.value())) {
                return new NumOperand("pyc2c_num_const_float(" + o.expr() + ", " + CText.doubleLiteral(f.value())
                        + ")", "PYC2C_CFLOAT", null);
            }
        }
        return new NumOperand("pyc2c_num_of_object(" + o.expr() + ")", "PYC2C_VIEW",
                o.owned() ? "Py_DECREF(" + o.expr() + ");" : null);
    }

    /**
     * What releasing a value on an exception path is, or null if it holds nothing: CPython's out-of-line
     * Py_DecRef (NULL allowed), as exception paths are rare; the hot code stays small.
     */
    private String releaseStatement(Value v) {
        if (boxed.contains(v)) {
            return "Py_DecRef(" + stackVariable(v.depth()) + ");";
        }
        return switch (v.repr()) {
            case OWNED -> "Py_DecRef(" + expr(v) + ");";
            case NUM -> "pyc2c_num_clear(" + expr(v) + ");";
            default -> null;
        };
    }

    /**
     * What the lowering of one node works with: its named inputs and outputs as C operands, the frame's
     * constants, names and locals as C expressions, labels, and exception paths.
     */
    public final class Emit {
        private final Node node;
        private final List<OutputModelObject> ops;
        private final InstructionLowering.State state;

        Emit(Node node, List<OutputModelObject> ops, InstructionLowering.State state) {
            this.node = node;
            this.ops = ops;
            this.state = state;
        }

        public Code code() {
            return code;
        }

        /** The code object's control-flow graph. */
        public ControlFlowGraph cfg() {
            return cfg;
        }

        /** The trampoline of a generator, coroutine or async generator body; empty for any other. */
        public Optional<GeneratorTrampoline> generator() {
            return Optional.ofNullable(generator);
        }

        public Node node() {
            return node;
        }

        public Instruction instruction() {
            return node.instruction();
        }

        public int index() {
            return node.index();
        }

        /** The stack depth before the instruction. */
        public int depth() {
            return node.depth();
        }

        /** The lowering's state across instructions (e.g. KW_NAMES for the next CALL). */
        public InstructionLowering.State state() {
            return state;
        }

        private Node.Port inPort(String name) {
            return node.input(name).orElseThrow(() -> new IllegalStateException(
                    node.instruction().opcode() + " has no input '" + name + "'"));
        }

        private Node.Port outPort(String name) {
            return node.output(name).orElseThrow(() -> new IllegalStateException(
                    node.instruction().opcode() + " has no output '" + name + "'"));
        }

        /** Input {@code name}. */
        public Operand in(String name) {
            return operand(inPort(name).value());
        }

        /** Whether the instruction has input {@code name} (a conditional item present for this oparg). */
        public boolean hasInput(String name) {
            return node.input(name).isPresent();
        }

        public boolean hasOutput(String name) {
            return node.output(name).isPresent();
        }

        /** Array input {@code name}, bottom first. */
        public List<Operand> ins(String name) {
            // An array of no values is no item at all in the resolved signature.
            return node.input(name).map(p -> p.values().stream().map(FunctionLowering.this::operand).toList())
                    .orElse(List.of());
        }

        /** Any value of the node (an input, or one beneath it), as an operand. */
        public Operand operand(Value v) {
            return FunctionLowering.this.operand(v);
        }

        /** Input {@code name} as a number (for the instructions that take numbers). */
        public NumOperand num(String name) {
            return numOperand(inPort(name).value());
        }

        /** The C condition of input {@code name}, a {@link Repr#CBOOL} value. */
        public String condition(String name) {
            Value v = inPort(name).value();
            if (v.repr() != Repr.CBOOL) {
                throw new IllegalStateException(v + " is not a condition");
            }
            return expr(v);
        }

        /** The representation of input {@code name}. */
        public Repr inRepr(String name) {
            Value v = inPort(name).value();
            return boxed.contains(v) ? Repr.OWNED : v.repr();
        }

        /** The value of input {@code name}, for its facts. */
        public Value inValue(String name) {
            return inPort(name).value();
        }

        /** The value of output {@code name}. */
        public Value outValue(String name) {
            return outPort(name).value();
        }

        /** Output {@code name}: where the instruction puts it (its stack variable, for an owned value). */
        public String out(String name) {
            return expr(outPort(name).value());
        }

        /** Array output {@code name}, bottom first. */
        public List<String> outs(String name) {
            return outPort(name).values().stream().map(FunctionLowering.this::expr).toList();
        }

        /** The representation a pass chose for output {@code name}. */
        public Repr outRepr(String name) {
            return outPort(name).value().repr();
        }

        /**
         * The value {@code k} from the top before the instruction, with its inputs still on the stack
         * ({@code PEEK(k)} of CPython's definitions, for what an instruction reads below its signature).
         */
        public Operand peek(int k) {
            List<Value> st = node.stackBefore();
            return operand(st.get(st.size() - k));
        }

        /** The C variable of stack depth {@code d}. */
        public String stackVariable(int d) {
            return FunctionLowering.this.stackVariable(d);
        }

        /** {@code K[i]}: co_consts[i]. */
        public String constant(int i) {
            uses.add("K");
            return "K[" + i + "]";
        }

        /** {@code N[i]}: co_names[i]. */
        public String name(int i) {
            uses.add("N");
            return "N[" + i + "]";
        }

        /**
         * The object in the frame's fast local, cell or free variable {@code i}, as a C expression to read
         * ({@code fast[i]}; 3.14: {@code PYC2C_LOCAL(fast[i])}, the slot being a stack reference).
         */
        public String local(int i) {
            return lowering.localExpr(i);
        }

        /** The frame's slot of fast local {@code i} itself ({@code fast[i]}), for the operations that write it. */
        public String localSlot(int i) {
            return "fast[" + i + "]";
        }

        /** The name of fast local {@code i}, as a C expression. */
        public String localName(int i) {
            return "PyTuple_GET_ITEM(co->co_localsplusnames, " + i + ")";
        }

        /** A new LOAD_GLOBAL cache of this function: {@code &G[i]}. */
        public String newGlobalCache() {
            return "&G[" + globalCaches++ + "]";
        }

        /** A new LOAD_ATTR / STORE_ATTR site cache: its address. */
        public String newAttrCache() {
            return "&A[" + attrCaches++ + "]";
        }

        /** A new CALL site cache (pyc2c_call_cache): its address. */
        public String newCallCache() {
            return "&C[" + callCaches++ + "]";
        }

        /** Declares that the C uses the temporary {@code r} or {@code e}. */
        public void uses(String... temps) {
            uses.addAll(List.of(temps));
        }

        /** The C label of a jump target. */
        public String label(Label target) {
            int i = code.indexOf(target);
            jumpedTo.add(i);
            return cLabel(i);
        }

        /** The C label of instruction {@code i}. */
        public String labelOf(int i) {
            jumpedTo.add(i);
            return cLabel(i);
        }

        /**
         * Where a new exception raised by this instruction goes when the {@code remaining} bottom values of
         * the stack before it are still there (its inputs released).
         */
        public String error(int remaining) {
            Unwind u = unwindAt(remaining);
            u.error = true;
            return "error_" + u.name;
        }

        /** Where a re-raised exception goes (no new traceback entry) with {@code remaining} values left. */
        public String reraise(int remaining) {
            Unwind u = unwindAt(remaining);
            u.reraise = true;
            return "reraise_" + u.name;
        }

        private Unwind unwindAt(int remaining) {
            Optional<ExceptionEntry> h = code.handlerAt(node.index());
            int floor = h.map(ExceptionEntry::depth).orElse(0);
            if (remaining < floor) {
                throw new IllegalStateException("stack depth " + remaining + " below handler depth at offset "
                        + instruction().offset());
            }
            List<Value> st = node.stackBefore();
            if (remaining > st.size()) {
                throw new IllegalStateException("stack depth " + remaining + " above the depth before offset "
                        + instruction().offset());
            }
            List<String> releases = new ArrayList<>();
            for (int d = remaining - 1; d >= floor; d--) {
                String r = releaseStatement(st.get(d));
                if (r != null) {
                    releases.add(r);
                }
            }
            for (int d = 0; d < floor; d++) {
                Value v = st.get(d);
                if (v.repr() != Repr.OWNED || v.depth() != d) {
                    throw new IllegalStateException(v + " below the handler's depth is not in s" + d + " at offset "
                            + instruction().offset());
                }
                stackVariable(d);
            }
            return unwind(h.map(e -> code.exceptionTable().indexOf(e)).orElse(-1), remaining, releases);
        }

        public void emit(OutputModelObject op) {
            ops.add(op);
        }

        public void provenance(Provenance p) {
            node.setProvenance(p);
        }

        /** Points the frame at this instruction (before anything that can raise or call). */
        public void setIp() {
            emit(new Ops.SetIp(instruction().offset() / 2));
        }

        /** This instruction's code unit. */
        public int unit() {
            return instruction().offset() / 2;
        }

        /** Whether the instruction is the last of the code (nothing follows it). */
        public boolean isLast() {
            return node.index() == code.instructions().size() - 1;
        }

        /** The opcode of the instruction at {@code i}. */
        public Opcode opcodeAt(int i) {
            return code.instructions().get(i).opcode();
        }

        /** The instruction after this one, if it is in the same basic block (nothing jumps to it). */
        public Optional<Instruction> nextInBlock() {
            int next = node.index() + 1;
            if (next >= code.instructions().size() || code.labelAt(next).isPresent()
                    || cfg.blockOf(next) != cfg.blockOf(node.index())) {
                return Optional.empty();
            }
            return Optional.of(code.instructions().get(next));
        }
    }

    /** The lines of a module's source, for comments; may be absent. */
    public static final class SourceText {
        private static final SourceText NONE = new SourceText(null);
        private final String[] lines;
        private final Map<Integer, String> cache = new HashMap<>();

        private SourceText(String text) {
            this.lines = text == null ? new String[0] : text.split("\r\n|\r|\n", -1);
        }

        public static SourceText of(String text) {
            return text == null ? NONE : new SourceText(text);
        }

        public static SourceText none() {
            return NONE;
        }

        /** Line {@code n} (1-based), stripped of its indentation's trailing spaces. */
        public Optional<String> line(int n) {
            if (n < 1 || n > lines.length) {
                return Optional.empty();
            }
            return Optional.of(cache.computeIfAbsent(n, k -> lines[k - 1].stripTrailing()));
        }
    }
}
