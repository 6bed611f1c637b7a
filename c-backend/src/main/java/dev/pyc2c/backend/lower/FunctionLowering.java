package dev.pyc2c.backend.lower;

import dev.pyc2c.backend.model.CFunction;
import dev.pyc2c.backend.model.CInstruction;
import dev.pyc2c.backend.model.Ops;
import dev.pyc2c.backend.model.OutputModelObject;
import dev.pyc2c.bytecode.cfg.ControlFlowGraph;
import dev.pyc2c.bytecode.code.Code;
import dev.pyc2c.bytecode.code.ExceptionEntry;
import dev.pyc2c.bytecode.code.Instruction;
import dev.pyc2c.bytecode.code.Label;
import dev.pyc2c.bytecode.dis.Disassembler;
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
 * Lowers one code object to a {@link CFunction}: each reachable instruction, with the stack depth the
 * control-flow graph gives it, becomes C through the version's {@link InstructionLowering}; then come
 * the labels jumps need and the exception paths instructions jump to.
 */
public final class FunctionLowering {
    private final Code code;
    private final ControlFlowGraph cfg;
    private final InstructionLowering lowering;
    private final SourceText source;
    private final String cName;

    /** Instructions something jumps to (by index), and the C label each gets. */
    private final Set<Integer> jumpedTo = new HashSet<>();
    /** Exception paths, by handler (-1: none) and depth. */
    private final Map<String, Unwind> unwinds = new LinkedHashMap<>();
    private final Set<String> uses = new TreeSet<>();
    private int maxSlot;
    private int globalCaches;
    private int attrCaches;

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
        return new FunctionLowering(code, cfg, lowering, source, cName).lower();
    }

    private static final class Unwind {
        final int handler;
        final int depth;
        boolean error;
        boolean reraise;

        Unwind(int handler, int depth) {
            this.handler = handler;
            this.depth = depth;
        }
    }

    private CFunction lower() throws UnsupportedCodeException {
        Optional<String> whole = lowering.unsupported(code);
        if (whole.isPresent()) {
            throw new UnsupportedCodeException(whole.get());
        }
        List<Instruction> ins = code.instructions();
        List<List<String>> comments = new ArrayList<>();
        List<List<OutputModelObject>> ops = new ArrayList<>();
        int firstBodyInstruction = lowering.firstBodyInstruction(code);
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
            if (i < firstBodyInstruction) {
                c.add(CText.comment(dis + "   [run by the trampoline]"));
            } else if (cfg.stackDepthBefore(i).isEmpty() || !cfg.blockOf(i).isReachable()) {
                c.add(CText.comment(dis + "   [unreachable]"));
            } else {
                c.add(CText.comment(dis));
                Emit e = new Emit(i, cfg.stackDepthBefore(i).getAsInt(), body, state);
                lowering.lower(e, in);
            }
            comments.add(c);
            ops.add(body);
        }
        lowering.finish(state);

        // A handler that pushes lasti retries its path at the handler's own depth if making the int fails.
        for (Unwind u : new ArrayList<>(unwinds.values())) {
            if (u.handler >= 0 && code.exceptionTable().get(u.handler).lasti()) {
                unwind(u.handler, code.exceptionTable().get(u.handler).depth()).reraise = true;
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
        if (maxSlot > 0) {
            uses.add("S");
        }
        return new CFunction(cName, header(), Math.max(maxSlot, 1), Set.copyOf(uses), globalCaches, attrCaches, out, paths);
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

    private Unwind unwind(int handler, int depth) {
        return unwinds.computeIfAbsent(handler + ":" + depth, k -> new Unwind(handler, depth));
    }

    private String errorLabel(Unwind u) {
        return (u.handler < 0 ? "error_exit_d" : "error_h" + u.handler + "_d") + u.depth;
    }

    private String reraiseLabel(Unwind u) {
        return (u.handler < 0 ? "reraise_exit_d" : "reraise_h" + u.handler + "_d") + u.depth;
    }

    private OutputModelObject unwindModel(Unwind u) {
        List<String> pops = new ArrayList<>();
        if (u.handler < 0) {
            for (int i = u.depth - 1; i >= 0; i--) {
                pops.add(slot(i));
            }
            return new Ops.UnwindExit(errorLabel(u), reraiseLabel(u), "exceptions at stack depth " + u.depth
                    + " with no handler: leave the frame", pops, u.error, u.reraise);
        }
        ExceptionEntry entry = code.exceptionTable().get(u.handler);
        for (int i = u.depth - 1; i >= entry.depth(); i--) {
            pops.add(slot(i));
        }
        String lastiDst = null;
        String lastiRetry = null;
        int exc = entry.depth();
        if (entry.lasti()) {
            lastiDst = slot(entry.depth());
            lastiRetry = reraiseLabel(unwinds.get(u.handler + ":" + entry.depth()));
            exc++;
        }
        int handlerIndex = code.indexOf(entry.handler());
        jumpedTo.add(handlerIndex);
        String desc = "exceptions at stack depth " + u.depth + " in L" + code.labelNumber(entry.start()) + " to L"
                + code.labelNumber(entry.end()) + ": handled at L" + code.labelNumber(entry.handler()) + ", depth "
                + entry.depth() + (entry.lasti() ? ", with lasti" : "");
        return new Ops.UnwindHandler(errorLabel(u), reraiseLabel(u), desc, pops, lastiDst, lastiRetry, slot(exc),
                cLabel(handlerIndex), u.error, u.reraise);
    }

    private String slot(int i) {
        maxSlot = Math.max(maxSlot, i + 1);
        return "S[" + i + "]";
    }

    /**
     * What the lowering of one instruction works with: its stack depth and slots, the frame's
     * constants, names and locals as C expressions, labels, and exception paths.
     */
    public final class Emit {
        private final int index;
        private final int depth;
        private final List<OutputModelObject> ops;
        private final InstructionLowering.State state;

        Emit(int index, int depth, List<OutputModelObject> ops, InstructionLowering.State state) {
            this.index = index;
            this.depth = depth;
            this.ops = ops;
            this.state = state;
        }

        public Code code() {
            return code;
        }

        public Instruction instruction() {
            return code.instructions().get(index);
        }

        public int index() {
            return index;
        }

        /** The stack depth before the instruction. */
        public int depth() {
            return depth;
        }

        /** The lowering's state across instructions (e.g. KW_NAMES for the next CALL). */
        public InstructionLowering.State state() {
            return state;
        }

        /** Stack slot {@code i} (0 is the bottom). */
        public String slot(int i) {
            if (i < 0) {
                throw new IllegalStateException("stack slot " + i + " at offset " + instruction().offset());
            }
            return FunctionLowering.this.slot(i);
        }

        /** The slot {@code k} from the top before the instruction: {@code peek(1)} is the top. */
        public String peek(int k) {
            return slot(depth - k);
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

        /** {@code fast[i]}: the frame's fast local, cell or free variable {@code i}. */
        public String local(int i) {
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

        /** The instruction after this one, if it is in the same basic block (nothing jumps to it). */
        public Optional<Instruction> nextInBlock() {
            int next = index + 1;
            if (next >= code.instructions().size() || code.labelAt(next).isPresent()
                    || cfg.blockOf(next) != cfg.blockOf(index)) {
                return Optional.empty();
            }
            return Optional.of(code.instructions().get(next));
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
         * Where a new exception raised by this instruction goes when {@code remaining} values are left on
         * the stack (its inputs popped).
         */
        public String error(int remaining) {
            Unwind u = unwindAt(remaining);
            u.error = true;
            return errorLabel(u);
        }

        /** Where a re-raised exception goes (no new traceback entry) with {@code remaining} values left. */
        public String reraise(int remaining) {
            Unwind u = unwindAt(remaining);
            u.reraise = true;
            return reraiseLabel(u);
        }

        private Unwind unwindAt(int remaining) {
            Optional<ExceptionEntry> h = code.handlerAt(index);
            if (h.isPresent() && remaining < h.get().depth()) {
                throw new IllegalStateException("stack depth " + remaining + " below handler depth at offset "
                        + instruction().offset());
            }
            return unwind(h.map(e -> code.exceptionTable().indexOf(e)).orElse(-1), remaining);
        }

        public void emit(OutputModelObject op) {
            ops.add(op);
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
            return index == code.instructions().size() - 1;
        }

        /** The opcode of the instruction at {@code i}. */
        public Opcode opcodeAt(int i) {
            return code.instructions().get(i).opcode();
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
