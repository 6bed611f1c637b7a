package dev.pyc2c.backend.lower;

import dev.pyc2c.bytecode.cfg.ControlFlowGraph;
import dev.pyc2c.bytecode.code.Code;
import dev.pyc2c.bytecode.code.Instruction;
import dev.pyc2c.bytecode.code.Location;
import dev.pyc2c.bytecode.code.LocationTable;
import dev.pyc2c.bytecode.opcode.ArgKind;
import dev.pyc2c.bytecode.opcode.Opcode;
import dev.pyc2c.bytecode.opcode.OpcodeInfo;
import dev.pyc2c.bytecode.opcode.OpcodeTable;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The bytecode of a compiled generator's trampoline (docs/generators.md): CPython's generator machinery
 * creates, resumes, throws into and closes the generator through it, and it enters the C body at each
 * resumption. Laid out after the original code (whose offsets stay valid for the body's instruction
 * pointer): the first entry, a dispatch on what the body returned, one site per original yield (its
 * {@code YIELD_VALUE} and {@code RESUME}, with the original's opargs and locations), one throw entry per
 * site (the exception-table target of the site), and the return.
 *
 * <p>The value stack of a suspended generator starts with {@code K} saved slots, holding the values the body keeps
 * on its stack across the yield, right-aligned. A call of the body has {@code m} control slots above them: the
 * first holds the sent value or the thrown exception when the body is entered, and the body writes into them the
 * bits of the site it yields at (3.11: and whether it returned). 3.11 enters the body by UNARY_NEGATIVE and pops
 * the controls in its dispatch ({@code assembleUnary}); 3.12 on by FOR_ITER on the runner, which stays on the
 * stack with the controls ({@code assembleForIter}). The body leaves no slot NULL that the trampoline pops.
 *
 * <p>Two landings serve a direct resumption (the runtime's pyc2c_gen_iternext) whose body returned or raised:
 * the generator is suspended again there, and CPython's own resumption runs the trampoline's return, or raises
 * the exception again at its instruction ({@link #returnLanding}, {@link #raiseLanding}).
 *
 * <p>Pure: built the same for the C body (which needs the entry offsets) and for the marshalled trampoline.
 */
public final class GeneratorTrampoline {
    /** A yield of the original: its instruction index and offset, and the values it keeps on the stack. */
    public record Site(int number, int index, Instruction yield, Instruction resume, int kept, boolean discardsSent) {
    }

    private final Code code;
    private final OpcodeTable table;
    private final List<Site> sites;
    private final int saved;
    private final int controls;
    private final byte[] bytecode;
    private final byte[] exceptionTable;
    private final byte[] lineTable;
    private final int startEntry;
    private final int[] resumeEntries;
    private final int[] throwEntries;
    private final int[] yieldUnits;
    private final int[] suspendedUnits;
    private final int returnLanding;
    private final int raiseLanding;
    private final int stackSize;
    private final boolean forIter;

    private GeneratorTrampoline(Code code, ControlFlowGraph cfg, int prologueEnd, int runnerConst)
            throws UnsupportedCodeException {
        this.code = code;
        this.table = OpcodeTable.of(code.version());
        List<Instruction> ins = code.instructions();
        List<Site> found = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < ins.size(); i++) {
            Instruction in = ins.get(i);
            if (in.opcode() != Opcode.YIELD_VALUE || cfg.stackDepthBefore(i).isEmpty()
                    || !cfg.blockOf(i).isReachable()) {
                continue;
            }
            if (i + 1 >= ins.size() || ins.get(i + 1).opcode() != Opcode.RESUME) {
                throw new UnsupportedCodeException("a YIELD_VALUE at offset " + in.offset() + " not followed by RESUME");
            }
            int kept = cfg.stackDepthBefore(i).getAsInt() - 1;
            // The original drops the value sent in (a yield statement): the trampoline may drop it itself.
            boolean discards = i + 2 < ins.size() && ins.get(i + 2).opcode() == Opcode.POP_TOP
                    && code.labelAt(i + 2).isEmpty();
            found.add(new Site(found.size() + 1, i, in, ins.get(i + 1), kept, discards));
            k = Math.max(k, kept);
        }
        this.sites = List.copyOf(found);
        this.saved = k;
        this.controls = 1 + bits(sites.size());
        int m = controls;

        Assembler a = new Assembler(table, code.pyCode().code().toByteArray().length / 2);
        this.forIter = table.info(Opcode.END_FOR).isPresent();
        if (forIter) {
            assembleForIter(a, runnerConst);
        } else {
            assembleUnary(a, runnerConst);
        }

        // The original's prologue, its RESUME 0, and a jump to the first entry; NOPs up to the original length.
        byte[] original = code.pyCode().code().toByteArray();
        Assembler head = new Assembler(table, 0);
        head.raw(original, prologueEnd);
        head.emit(Opcode.RESUME, 0, null);
        head.jumpTo(Opcode.JUMP_FORWARD, a.base());
        int headUnits = head.assemble(Map.of()).length / 2;
        if (headUnits > original.length / 2) {
            throw new UnsupportedCodeException("the generator's code is too short for its trampoline's prologue");
        }
        byte[] t = a.assemble(Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.assemble(Map.of()));
        while (out.size() < original.length) {
            out.writeBytes(Assembler.unit(table, Opcode.NOP, 0));
        }
        out.writeBytes(t);
        this.bytecode = out.toByteArray();
        this.startEntry = a.opUnitOf("start.call");
        this.resumeEntries = new int[sites.size() + 1];
        this.throwEntries = new int[sites.size() + 1];
        this.yieldUnits = new int[sites.size() + 1];
        this.suspendedUnits = new int[sites.size() + 1];
        // 3.13 on, a suspended frame points at the RESUME after its YIELD_VALUE, which has no cache entries.
        int afterYield = table.version().compareTo(dev.pyc2c.bytecode.PythonVersion.V3_13) >= 0 ? 1 : 0;
        ByteArrayOutputStream exc = new ByteArrayOutputStream();
        for (Site s : sites) {
            resumeEntries[s.number()] = a.opUnitOf("resume." + s.number() + ".call");
            throwEntries[s.number()] = a.opUnitOf("throw." + s.number() + ".call");
            int from = a.unitOf("site." + s.number() + ".yield");
            yieldUnits[s.number()] = from;
            suspendedUnits[s.number()] = a.opUnitOf("site." + s.number() + ".yield") + afterYield;
            int to = a.unitOf("site." + s.number() + ".end");
            exceptionEntry(exc, from, to - from, a.unitOf("throw." + s.number()), forIter ? saved + m + 1 : saved,
                    false);
        }
        this.exceptionTable = exc.toByteArray();
        this.returnLanding = a.unitOf("land.return");
        this.raiseLanding = a.unitOf("land.raise");
        this.lineTable = lineTable(a);
        // FOR_ITER: [saved, R, c_2..c_m, runner, value] and the COPY of a bit the dispatch tests.
        this.stackSize = saved + m + 3;
    }

    /**
     * 3.11: the body entered by UNARY_NEGATIVE (UNARY_INVERT with an exception thrown in), which returns what to
     * yield or return; the first control slot says which, the others the site; the dispatch pops them.
     */
    private void assembleUnary(Assembler a, int runnerConst) {
        int m = controls;
        // The first entry, then the dispatch: c_1 (True: returned), then c_m..c_2 (the site's bits).
        a.label("start");
        for (int j = 0; j < saved + m; j++) {
            a.emit(Opcode.PUSH_NULL, 0, null);
        }
        a.emit(Opcode.LOAD_CONST, runnerConst, null);
        a.label("start.call");
        a.emit(Opcode.UNARY_NEGATIVE, 0, null);
        a.label("dispatch");
        a.emit(Opcode.SWAP, m + 1, null);
        a.jump(popJumpIfTrue(), "return");
        tree(a, 0, 0, m - 1);
        for (Site s : sites) {
            a.label("site." + s.number());
            a.label("site." + s.number() + ".yield");
            a.emit(Opcode.YIELD_VALUE, s.yield().oparg(), s.yield().location());
            a.emit(Opcode.RESUME, s.resume().oparg(), s.resume().location());
            a.label("site." + s.number() + ".end");
            for (int j = 1; j < m; j++) {
                a.emit(Opcode.PUSH_NULL, 0, null);
            }
            a.emit(Opcode.LOAD_CONST, runnerConst, null);
            a.label("resume." + s.number() + ".call");
            a.emit(Opcode.UNARY_NEGATIVE, 0, null);
            a.jump(Opcode.JUMP_BACKWARD, "dispatch");
        }
        for (Site s : sites) {
            a.label("throw." + s.number());
            for (int j = 1; j < m; j++) {
                a.emit(Opcode.PUSH_NULL, 0, null);
            }
            a.emit(Opcode.LOAD_CONST, runnerConst, null);
            a.label("throw." + s.number() + ".call");
            a.emit(Opcode.UNARY_INVERT, 0, null);
            a.jump(Opcode.JUMP_BACKWARD, "dispatch");
        }
        a.label("return");
        returnPops(a, m);
        // Where a direct resumption that ended hands the generator back to the interpreter (pyc2c_gen_iternext):
        // the value sent in popped, then the return with [saved, value, c_2..c_m], or the exception raised again at
        // its instruction with [saved, lasti, exception].
        a.label("land.return");
        a.emit(Opcode.POP_TOP, 0, null);
        a.jump(Opcode.JUMP_BACKWARD, "return");
        a.label("land.raise");
        a.emit(Opcode.POP_TOP, 0, null);
        a.emit(Opcode.RERAISE, 1, null);
    }

    /**
     * 3.12 on: the body entered by FOR_ITER on the runner (its tp_iternext), which calls and branches in one
     * instruction: the body returns what to yield, or NULL without an exception when it returns, the value left in
     * the first control slot (R). The other control slots, the site's bits, stay on the stack under the runner; R
     * holds None while the generator is suspended, and the value sent in (or the exception thrown in) when the
     * body is entered at a site that uses it. A site whose original drops the value sent in drops it itself:
     * {@code YIELD_VALUE; RESUME; POP_TOP; FOR_ITER; JUMP_BACKWARD} per item for a generator of one site.
     */
    private void assembleForIter(Assembler a, int runnerConst) {
        int m = controls;
        boolean keepsIterator = table.version().compareTo(dev.pyc2c.bytecode.PythonVersion.V3_14) >= 0;
        a.label("start");
        for (int j = 0; j < saved + m; j++) {
            a.emit(Opcode.PUSH_NULL, 0, null);
        }
        a.emit(Opcode.LOAD_CONST, runnerConst, null);
        a.label("start.call");
        a.jump(Opcode.FOR_ITER, "return");
        a.label("dispatch");
        // The site's bits, c_m first: COPY reaches each beneath the runner and the value.
        forIterTree(a, 0, 0, m - 1, m);
        for (Site s : sites) {
            a.label("site." + s.number());
            a.label("site." + s.number() + ".yield");
            a.emit(Opcode.YIELD_VALUE, s.yield().oparg(), s.yield().location());
            a.emit(Opcode.RESUME, s.resume().oparg(), s.resume().location());
            a.label("site." + s.number() + ".end");
            if (s.discardsSent()) {
                a.emit(Opcode.POP_TOP, 0, null);
            } else {
                a.emit(Opcode.SWAP, m + 2, null);
                a.emit(Opcode.POP_TOP, 0, null);
            }
            a.label("resume." + s.number() + ".call");
            a.jump(Opcode.FOR_ITER, "return");
            a.jump(Opcode.JUMP_BACKWARD, sites.size() == 1 ? "site.1" : "dispatch");
        }
        for (Site s : sites) {
            a.label("throw." + s.number());
            a.emit(Opcode.SWAP, m + 2, null);
            a.emit(Opcode.POP_TOP, 0, null);
            a.label("throw." + s.number() + ".call");
            a.jump(Opcode.FOR_ITER, "return");
            a.jump(Opcode.JUMP_BACKWARD, sites.size() == 1 ? "site.1" : "dispatch");
        }
        // FOR_ITER's exhaustion lands after the END_FOR at its target (3.13: one instruction further); 3.14 leaves
        // the iterator on the stack.
        a.label("return");
        a.emit(Opcode.END_FOR, 0, null);
        a.emit(Opcode.NOP, 0, null);
        a.emit(Opcode.NOP, 0, null);
        if (keepsIterator) {
            a.emit(Opcode.POP_TOP, 0, null);
        }
        a.label("return.pops");
        returnPops(a, m);
        // Where a direct resumption that ended hands the generator back to the interpreter (pyc2c_gen_iternext),
        // with [saved, R, c_2..c_m, runner] and the value sent in: the return (the value in R), or the exception
        // in R raised again at the instruction whose index replaced the runner.
        a.label("land.return");
        a.emit(Opcode.POP_TOP, 0, null);
        a.emit(Opcode.POP_TOP, 0, null);
        a.jump(Opcode.JUMP_BACKWARD, "return.pops");
        a.label("land.raise");
        a.emit(Opcode.POP_TOP, 0, null);
        a.emit(Opcode.COPY, m + 1, null);
        a.emit(Opcode.RERAISE, 1, null);
    }

    /** The return from [saved, value, c_2..c_m]: the controls and the saved slots popped, the value returned. */
    private void returnPops(Assembler a, int m) {
        for (int j = 1; j < m; j++) {
            a.emit(Opcode.POP_TOP, 0, null);
        }
        for (int j = 0; j < saved; j++) {
            a.emit(Opcode.SWAP, 2, null);
            a.emit(Opcode.POP_TOP, 0, null);
        }
        a.emit(Opcode.RETURN_VALUE, 0, null);
    }

    /** The FOR_ITER dispatch over the site bits, which stay on the stack: COPY and POP_JUMP_IF_TRUE per level. */
    private void forIterTree(Assembler a, int level, int prefix, int levels, int m) {
        if (level == levels) {
            int number = prefix + 1;
            if (sites.size() > 1 || level > 0) {
                a.jump(Opcode.JUMP_FORWARD, "site." + (number <= sites.size() ? number : 1));
            }
            return;
        }
        // c_(m-level) sits beneath the runner and the value: c_m at 3 from the top, c_(m-1) at 4...
        a.emit(Opcode.COPY, 3 + level, null);
        String right = "tree." + level + "." + prefix;
        a.jump(popJumpIfTrue(), right);
        forIterTree(a, level + 1, prefix, levels, m);
        a.label(right);
        forIterTree(a, level + 1, prefix | (1 << (levels - 1 - level)), levels, m);
    }

    /** Whether the body is entered by FOR_ITER (3.12 on; see {@link #assembleForIter}), else by UNARY_NEGATIVE. */
    public boolean forIter() {
        return forIter;
    }

    /**
     * The trampoline of generator {@code code}, whose original prologue ends at byte {@code prologueEnd} and whose
     * runner is constant {@code runnerConst}.
     */
    public static GeneratorTrampoline of(Code code, ControlFlowGraph cfg, int prologueEnd, int runnerConst)
            throws UnsupportedCodeException {
        Objects.requireNonNull(code, "code");
        return new GeneratorTrampoline(code, cfg, prologueEnd, runnerConst);
    }

    public List<Site> sites() {
        return sites;
    }

    /** The site of the YIELD_VALUE at instruction {@code index}. */
    public Site siteAt(int index) {
        for (Site s : sites) {
            if (s.index() == index) {
                return s;
            }
        }
        throw new IllegalArgumentException("no yield at instruction " + index);
    }

    /** K: the saved slots at the bottom of the value stack. */
    public int saved() {
        return saved;
    }

    /** m: the control slots of a call of the body. */
    public int controls() {
        return controls;
    }

    public byte[] bytecode() {
        return bytecode.clone();
    }

    public byte[] exceptionTable() {
        return exceptionTable.clone();
    }

    /** The original's line table, extended over the trampoline's own instructions. */
    public byte[] lineTable() {
        return lineTable.clone();
    }

    public int stackSize() {
        return stackSize;
    }

    /** The code unit of the UNARY_NEGATIVE that enters the body first. */
    public int startEntry() {
        return startEntry;
    }

    /** The code unit of the UNARY_NEGATIVE that resumes the body after site {@code n}. */
    public int resumeEntry(int n) {
        return resumeEntries[n];
    }

    /**
     * The code unit of site {@code n}'s YIELD_VALUE: where a suspended generator's frame points, and the
     * instruction of the traceback entry the interpreter adds for an exception thrown in there.
     */
    public int yieldUnit(int n) {
        return yieldUnits[n];
    }

    /**
     * Where the frame of a generator suspended at site {@code n} points: its YIELD_VALUE, 3.13 on the RESUME after
     * it. A body that yields there leaves it so; a direct resumption enters the body with it.
     */
    public int suspendedUnit(int n) {
        return suspendedUnits[n];
    }

    /** The landing that returns for a body whose direct resumption returned (pyc2c_gen_iternext). */
    public int returnLanding() {
        return returnLanding;
    }

    /** The landing that raises again what a body's direct resumption raised (pyc2c_gen_iternext). */
    public int raiseLanding() {
        return raiseLanding;
    }

    /** The code unit of the UNARY_INVERT that enters the body with an exception thrown in at site {@code n}. */
    public int throwEntry(int n) {
        return throwEntries[n];
    }

    private Opcode popJumpIfTrue() {
        return table.info(Opcode.POP_JUMP_IF_TRUE).isPresent() ? Opcode.POP_JUMP_IF_TRUE
                : Opcode.POP_JUMP_FORWARD_IF_TRUE;
    }

    /** ceil(log2(n)) for n > 1, else 0: the bits that number n sites. */
    static int bits(int n) {
        int b = 0;
        while ((1 << b) < n) {
            b++;
        }
        return b;
    }

    /**
     * The dispatch tree over the site bits: at each level a POP_JUMP_IF_TRUE on the next bit (c_m first), the
     * leaves jumping to their site.
     */
    private void tree(Assembler a, int level, int prefix, int levels) {
        if (level == levels) {
            int number = prefix + 1;
            if (sites.size() > 1) {
                a.jump(Opcode.JUMP_FORWARD, "site." + (number <= sites.size() ? number : 1));
            }
            return;
        }
        String right = "tree." + level + "." + prefix;
        a.jump(popJumpIfTrue(), right);
        tree(a, level + 1, prefix, levels);
        a.label(right);
        tree(a, level + 1, prefix | (1 << (levels - 1 - level)), levels);
    }

    /** The bit values the body writes into c_2..c_m (bottom first) for site {@code n}. */
    public boolean[] siteBits(int n) {
        int b = controls - 1;
        boolean[] out = new boolean[b];
        int v = n - 1;
        // The tree pops c_m first and tests it as the most significant bit.
        for (int level = 0; level < b; level++) {
            boolean bit = (v >> (b - 1 - level) & 1) != 0;
            out[b - 1 - level] = bit; // c_m is out[b - 1]
        }
        return out;
    }

    private static void exceptionEntry(ByteArrayOutputStream out, int start, int length, int target, int depth,
            boolean lasti) {
        exceptionVarint(out, start, true);
        exceptionVarint(out, length, false);
        exceptionVarint(out, target, false);
        exceptionVarint(out, depth << 1 | (lasti ? 1 : 0), false);
    }

    /** The exception table's numbers: 6-bit chunks, most significant first, bit 6 for more, bit 7 starts an entry. */
    private static void exceptionVarint(ByteArrayOutputStream out, int value, boolean first) {
        List<Integer> chunks = new ArrayList<>();
        int v = value;
        do {
            chunks.add(0, v & 63);
            v >>>= 6;
        } while (v != 0);
        for (int i = 0; i < chunks.size(); i++) {
            int b = chunks.get(i) | (i + 1 < chunks.size() ? 64 : 0) | (i == 0 && first ? 128 : 0);
            out.write(b);
        }
    }

    /**
     * The original line table (covering the original code) followed by entries for the trampoline's own
     * instructions: their locations (the sites' YIELD_VALUE and RESUME have the original's), or none.
     */
    private byte[] lineTable(Assembler a) throws UnsupportedCodeException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(code.pyCode().linetable().toByteArray());
        List<Location> units;
        try {
            units = LocationTable.decode(code.pyCode());
        } catch (LocationTable.MalformedException e) {
            throw new UnsupportedCodeException("its location table is malformed: " + e.getMessage());
        }
        int line = code.pyCode().firstlineno();
        for (Location l : units) {
            if (l.hasLine()) {
                line = l.line();
            }
        }
        // The original table may stop short of the code's end; pad with no location.
        int covered = coveredUnits(code.pyCode().linetable().toByteArray());
        int originalUnits = code.pyCode().code().toByteArray().length / 2;
        noLocation(out, originalUnits - covered);
        for (Assembler.Placed p : a.placed()) {
            if (p.location() == null || !p.location().hasLine()) {
                noLocation(out, p.units());
                continue;
            }
            Location l = p.location();
            int remaining = p.units();
            while (remaining > 0) {
                int len = Math.min(remaining, 8);
                out.write(0x80 | 14 << 3 | (len - 1));
                locationSvarint(out, l.line() - line);
                locationVarint(out, l.endLine() - l.line());
                locationVarint(out, l.column() + 1);
                locationVarint(out, l.endColumn() + 1);
                line = l.line();
                remaining -= len;
            }
        }
        return out.toByteArray();
    }

    private static int coveredUnits(byte[] t) {
        int units = 0;
        for (int i = 0; i < t.length; i++) {
            if ((t[i] & 0x80) != 0) {
                units += (t[i] & 7) + 1;
            }
        }
        return units;
    }

    private static void noLocation(ByteArrayOutputStream out, int units) {
        while (units > 0) {
            int len = Math.min(units, 8);
            out.write(0x80 | 15 << 3 | (len - 1));
            units -= len;
        }
    }

    private static void locationVarint(ByteArrayOutputStream out, int value) {
        int v = value;
        while (v >= 64) {
            out.write(64 | (v & 63));
            v >>>= 6;
        }
        out.write(v);
    }

    private static void locationSvarint(ByteArrayOutputStream out, int value) {
        locationVarint(out, value < 0 ? (-value) << 1 | 1 : value << 1);
    }

    /** A small assembler: instructions with their caches, EXTENDED_ARG as needed, jumps to labels. */
    static final class Assembler {
        record Item(Opcode op, int oparg, String target, Integer targetUnit, Location location, byte[] raw) {
        }

        record Placed(int unit, int units, Location location) {
        }

        private final OpcodeTable table;
        private final int base;
        private final List<Item> items = new ArrayList<>();
        private final Map<String, Integer> labels = new HashMap<>();
        private final Map<String, Integer> labelUnits = new HashMap<>();
        private final Map<String, Integer> opUnits = new HashMap<>();
        private final List<Placed> placed = new ArrayList<>();

        Assembler(OpcodeTable table, int base) {
            this.table = table;
            this.base = base;
        }

        int base() {
            return base;
        }

        void label(String name) {
            if (labels.put(name, items.size()) != null) {
                throw new IllegalStateException("label " + name + " twice");
            }
        }

        void emit(Opcode op, int oparg, Location location) {
            if (oparg < 0) {
                throw new IllegalArgumentException(op + " " + oparg);
            }
            items.add(new Item(op, oparg, null, null, location, null));
        }

        void jump(Opcode op, String target) {
            items.add(new Item(op, 0, target, null, null, null));
        }

        void jumpTo(Opcode op, int unit) {
            items.add(new Item(op, 0, null, unit, null, null));
        }

        void raw(byte[] bytes, int length) {
            byte[] r = java.util.Arrays.copyOf(bytes, length);
            items.add(new Item(null, 0, null, null, null, r));
        }

        int unitOf(String label) {
            Integer u = labelUnits.get(label);
            if (u == null) {
                throw new IllegalStateException("label " + label + " not assembled");
            }
            return u;
        }

        /** The code unit of the instruction at {@code label} itself, after its EXTENDED_ARGs (where the frame points). */
        int opUnitOf(String label) {
            Integer u = opUnits.get(label);
            if (u == null) {
                throw new IllegalStateException("label " + label + " not assembled");
            }
            return u;
        }

        List<Placed> placed() {
            return placed;
        }

        /** The code units of the instructions, EXTENDED_ARGs settled by iterating until the sizes stay. */
        byte[] assemble(Map<String, Integer> ignored) {
            int[] ext = new int[items.size()];
            while (true) {
                int[] at = new int[items.size() + 1];
                int unit = base;
                for (int i = 0; i < items.size(); i++) {
                    at[i] = unit;
                    unit += size(items.get(i), ext[i]);
                }
                at[items.size()] = unit;
                boolean changed = false;
                int[] opargs = new int[items.size()];
                for (int i = 0; i < items.size(); i++) {
                    Item it = items.get(i);
                    if (it.raw() != null) {
                        continue;
                    }
                    int oparg = it.oparg();
                    if (it.target() != null || it.targetUnit() != null) {
                        int target = it.target() != null ? at[labelIndex(it.target())] : it.targetUnit();
                        OpcodeInfo info = table.require(it.op());
                        int end = at[i] + size(it, ext[i]);
                        oparg = switch (info.argKind()) {
                            case JUMP_FORWARD -> target - end;
                            case JUMP_BACKWARD -> end - target;
                            case JUMP_ABSOLUTE -> target;
                            default -> throw new IllegalStateException(it.op() + " is not a jump");
                        };
                        if (oparg < 0) {
                            throw new IllegalStateException(it.op() + " cannot reach unit " + target);
                        }
                    }
                    opargs[i] = oparg;
                    int need = extendedArgs(oparg);
                    if (need > ext[i]) {
                        ext[i] = need;
                        changed = true;
                    }
                }
                if (changed) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                placed.clear();
                for (int i = 0; i < items.size(); i++) {
                    Item it = items.get(i);
                    if (it.raw() != null) {
                        out.writeBytes(it.raw());
                        continue;
                    }
                    byte[] b = encode(table, it.op(), opargs[i], ext[i]);
                    placed.add(new Placed(at[i], b.length / 2, it.location()));
                    out.writeBytes(b);
                }
                labelUnits.clear();
                opUnits.clear();
                for (var e : labels.entrySet()) {
                    labelUnits.put(e.getKey(), at[e.getValue()]);
                    if (e.getValue() < items.size()) {
                        opUnits.put(e.getKey(), at[e.getValue()] + ext[e.getValue()]);
                    }
                }
                return out.toByteArray();
            }
        }

        private int labelIndex(String name) {
            Integer i = labels.get(name);
            if (i == null) {
                throw new IllegalStateException("no label " + name);
            }
            return i;
        }

        private int size(Item it, int ext) {
            if (it.raw() != null) {
                return it.raw().length / 2;
            }
            return ext + 1 + table.require(it.op()).cacheEntries();
        }

        private static int extendedArgs(int oparg) {
            int n = 0;
            while ((oparg >>> (8 * (n + 1))) != 0) {
                n++;
            }
            return n;
        }

        static byte[] unit(OpcodeTable table, Opcode op, int oparg) {
            return encode(table, op, oparg, 0);
        }

        private static byte[] encode(OpcodeTable table, Opcode op, int oparg, int ext) {
            OpcodeInfo info = table.require(op);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int k = ext; k > 0; k--) {
                out.write(table.require(Opcode.EXTENDED_ARG).number());
                out.write((oparg >>> (8 * k)) & 0xFF);
            }
            out.write(info.number());
            out.write(oparg & 0xFF);
            for (int i = 0; i < info.cacheEntries(); i++) {
                out.write(0);
                out.write(0);
            }
            return out.toByteArray();
        }
    }
}
