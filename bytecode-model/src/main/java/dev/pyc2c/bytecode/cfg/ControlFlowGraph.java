package dev.pyc2c.bytecode.cfg;

import dev.pyc2c.bytecode.PycFormatException;
import dev.pyc2c.bytecode.PycFormatException.Kind;
import dev.pyc2c.bytecode.code.Code;
import dev.pyc2c.bytecode.code.ExceptionEntry;
import dev.pyc2c.bytecode.code.Instruction;
import dev.pyc2c.bytecode.code.Label;
import dev.pyc2c.bytecode.opcode.Opcode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;

/**
 * The control-flow graph of one code object: its basic blocks, the fall-through, jump and exception
 * edges between them, and the stack depth before every reachable instruction, computed the way
 * CPython's compiler computes it ({@code stackdepth()} in {@code Python/flowgraph.c}): from depth 0 at
 * the start, each instruction adds its stack effect (its jump effect along a jump edge), and a
 * handler starts at the depth its exception-table entry gives plus the pushed {@code lasti} and
 * exception. Two paths reaching an instruction with different depths make the bytecode invalid.
 *
 * <p>3.14's {@code END_ASYNC_FOR} names an earlier instruction (the {@code END_SEND} that
 * {@code sys.monitoring} reports as the source of the branch out of the loop; {@code dis} shows it like
 * a jump, "from L3"): that is no edge, as it is none for the compiler's stack depths, which could not
 * agree there. Its {@link dev.pyc2c.bytecode.code.Argument.BranchSource} label still splits a block,
 * like every label. 3.14's {@code NOT_TAKEN}, a {@code NOP} on the fall-through path of a conditional
 * jump, is an ordinary instruction.
 *
 * <p>Dead code the compiler left behind (a handler whose protected range came out empty) is marked
 * unreachable; where its depth can be recovered (from the exception entry it handles, its return, or a
 * block it flows into) it gets that depth too, since the compiler counted it in {@code co_stacksize}.
 */
public final class ControlFlowGraph {
    private final Code code;
    private final List<BasicBlock> blocks;
    private final int[] blockOfInstruction;
    private final int[] depthBefore;
    private final int maxStackDepth;
    private final List<List<Edge>> successors;
    private final List<List<Edge>> predecessors;

    private ControlFlowGraph(Code code, List<BasicBlock> blocks, int[] blockOfInstruction, int[] depthBefore,
            int maxStackDepth, List<List<Edge>> successors, List<List<Edge>> predecessors) {
        this.code = code;
        this.blocks = blocks;
        this.blockOfInstruction = blockOfInstruction;
        this.depthBefore = depthBefore;
        this.maxStackDepth = maxStackDepth;
        this.successors = successors;
        this.predecessors = predecessors;
    }

    /**
     * Builds the graph of {@code code} and computes its stack depths.
     *
     * @throws PycFormatException if the stack depth is inconsistent, underflows, or control runs off the
     *         end of the code
     */
    public static ControlFlowGraph of(Code code) {
        return new Builder(code).build();
    }

    public Code code() {
        return code;
    }

    /** The blocks, in code order. */
    public List<BasicBlock> blocks() {
        return blocks;
    }

    /** The block holding instruction {@code index}. */
    public BasicBlock blockOf(int instructionIndex) {
        return blocks.get(blockOfInstruction[instructionIndex]);
    }

    /** The block that starts at a label. */
    public BasicBlock blockAt(Label label) {
        return blockOf(code.indexOf(label));
    }

    public List<Edge> successors(BasicBlock block) {
        return successors.get(block.index());
    }

    public List<Edge> predecessors(BasicBlock block) {
        return predecessors.get(block.index());
    }

    /** Every edge, grouped by source block in code order. */
    public List<Edge> edges() {
        List<Edge> out = new ArrayList<>();
        successors.forEach(out::addAll);
        return out;
    }

    /** The stack depth before instruction {@code index}, if it is known (reachable, or dead code whose depth could be recovered). */
    public OptionalInt stackDepthBefore(int instructionIndex) {
        int d = depthBefore[instructionIndex];
        return d >= 0 ? OptionalInt.of(d) : OptionalInt.empty();
    }

    /**
     * The largest stack depth the code reaches, counted as the compiler counts {@code co_stacksize}: over
     * the reachable instructions and the dead ones whose depth could be recovered.
     */
    public int maxStackDepth() {
        return maxStackDepth;
    }

    /**
     * The {@code co_stacksize} CPython's compiler records for this code: {@link #maxStackDepth()}, but
     * never below the version's {@link dev.pyc2c.bytecode.PythonVersion#minimumStackSize() floor}.
     */
    public int expectedStackSize() {
        return Math.max(maxStackDepth, code.version().minimumStackSize());
    }

    /** The blocks no path from the start reaches. */
    public List<BasicBlock> unreachableBlocks() {
        return blocks.stream().filter(b -> !b.isReachable()).toList();
    }

    private static final class Builder {
        private final Code code;
        private final List<Instruction> ins;
        private final int n;
        private int[] blockStart;
        private int[] blockOf;
        private ExceptionEntry[] handlers;
        private int[] entryDepth;
        private boolean[] live;
        private int[] depthBefore;
        private int max;

        Builder(Code code) {
            this.code = code;
            this.ins = code.instructions();
            this.n = ins.size();
        }

        ControlFlowGraph build() {
            split();
            computeDepths();
            return assemble();
        }

        /** Block leaders: the first instruction, every label, and whatever follows a jump, branch or exit. */
        private void split() {
            boolean[] leader = new boolean[n + 1];
            leader[0] = true;
            for (Label l : code.labels()) {
                leader[code.indexOf(l)] = true;
            }
            for (int i = 0; i < n; i++) {
                if (ins.get(i).opcode().endsBlock()) {
                    leader[i + 1] = true;
                }
            }
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (leader[i]) {
                    starts.add(i);
                }
            }
            blockStart = starts.stream().mapToInt(Integer::intValue).toArray();
            blockOf = new int[n];
            handlers = new ExceptionEntry[blockStart.length];
            for (int b = 0; b < blockStart.length; b++) {
                int end = b + 1 < blockStart.length ? blockStart[b + 1] : n;
                Arrays.fill(blockOf, blockStart[b], end, b);
                handlers[b] = code.handlerAt(blockStart[b]).orElse(null);
            }
        }

        private int end(int b) {
            return b + 1 < blockStart.length ? blockStart[b + 1] : n;
        }

        private void computeDepths() {
            entryDepth = new int[blockStart.length];
            live = new boolean[blockStart.length];
            depthBefore = new int[n];
            Arrays.fill(entryDepth, -1);
            Arrays.fill(depthBefore, -1);
            if (n == 0) {
                return;
            }
            Deque<Integer> work = new ArrayDeque<>();
            reach(0, 0, -1, work, true);
            drain(work, true);
            // Dead code the compiler left behind (a handler whose protected range came out empty, say)
            // still counted in co_stacksize with the depth it had in the compiler's graph: recover it
            // from a successor whose depth is known, or from the exception entry it handles.
            boolean progress = true;
            while (progress) {
                progress = false;
                for (int b = 0; b < blockStart.length; b++) {
                    if (entryDepth[b] < 0) {
                        int d = inferDeadDepth(b);
                        if (d >= 0) {
                            entryDepth[b] = d;
                            work.push(b);
                            progress = true;
                        }
                    }
                }
                drain(work, false);
            }
        }

        /** Walks the queued blocks forward; {@code isLive} blocks must agree on depths, dead ones take the first. */
        private void drain(Deque<Integer> work, boolean isLive) {
            while (!work.isEmpty()) {
                int b = work.pop();
                live[b] = isLive;
                int d = entryDepth[b];
                for (int i = blockStart[b]; i < end(b); i++) {
                    Instruction in = ins.get(i);
                    depthBefore[i] = d;
                    int next = d + in.stackEffect();
                    if (next < 0) {
                        throw error(in, "the stack underflows (depth " + d + ", effect " + in.stackEffect() + ")");
                    }
                    max = Math.max(max, next);
                    if (in.target().isPresent()) {
                        int jumpDepth = d + in.jumpStackEffect();
                        if (jumpDepth < 0) {
                            throw error(in, "the stack underflows when it jumps");
                        }
                        max = Math.max(max, jumpDepth);
                        reach(blockOf[code.indexOf(in.target().get())], jumpDepth, i, work, isLive);
                    }
                    d = next;
                }
                Instruction last = ins.get(end(b) - 1);
                if (last.opcode().fallsThrough()) {
                    if (b + 1 >= blockStart.length) {
                        throw error(last, "control runs off the end of the code");
                    }
                    reach(b + 1, d, end(b) - 1, work, isLive);
                }
                if (handlers[b] != null) {
                    int hd = handlers[b].handlerDepth();
                    max = Math.max(max, hd);
                    reach(blockOf[code.indexOf(handlers[b].handler())], hd, blockStart[b], work, isLive);
                }
            }
        }

        private void reach(int block, int depth, int from, Deque<Integer> work, boolean isLive) {
            if (entryDepth[block] < 0) {
                entryDepth[block] = depth;
                work.push(block);
            } else if (entryDepth[block] != depth && isLive) {
                Instruction target = ins.get(blockStart[block]);
                String fromText = from < 0 ? "" : " (from offset " + ins.get(from).offset() + ")";
                throw error(target, "inconsistent stack depth: " + entryDepth[block] + " on one path, "
                        + depth + " on another" + fromText);
            }
        }

        /**
         * The entry depth of an unreached block, if it can be recovered: from the exception entry whose
         * handler it is, from its return (the compiler returns from an otherwise empty stack), or from a
         * block it continues into whose depth is known; -1 if not.
         */
        private int inferDeadDepth(int b) {
            for (ExceptionEntry e : code.exceptionTable()) {
                if (blockOf[code.indexOf(e.handler())] == b && code.indexOf(e.handler()) == blockStart[b]) {
                    return e.handlerDepth();
                }
            }
            Instruction last = ins.get(end(b) - 1);
            int body = 0;
            for (int i = blockStart[b]; i < end(b) - 1; i++) {
                body += ins.get(i).stackEffect();
            }
            int d = -1;
            if (last.opcode() == Opcode.RETURN_VALUE || last.opcode() == Opcode.RETURN_CONST) {
                // CPython's compiler unwinds the stack before a return: the value is all that is left.
                d = (last.opcode() == Opcode.RETURN_VALUE ? 1 : 0) - body;
            } else if (last.opcode().fallsThrough() && b + 1 < blockStart.length && entryDepth[b + 1] >= 0) {
                d = entryDepth[b + 1] - body - last.stackEffect();
            } else if (last.target().isPresent()) {
                int t = blockOf[code.indexOf(last.target().get())];
                if (entryDepth[t] >= 0) {
                    d = entryDepth[t] - body - last.jumpStackEffect();
                }
            }
            int depth = d;
            for (int i = blockStart[b]; i < end(b) && depth >= 0; i++) {
                depth += ins.get(i).stackEffect();
            }
            return depth >= 0 ? d : -1;
        }

        private PycFormatException error(Instruction at, String detail) {
            return new PycFormatException(Kind.INVALID_BYTECODE, code.origin(), -1, code.describe()
                    + ", bytecode offset " + at.offset() + " (" + at.opcode() + "): " + detail);
        }

        private ControlFlowGraph assemble() {
            List<BasicBlock> blocks = new ArrayList<>();
            for (int b = 0; b < blockStart.length; b++) {
                blocks.add(new BasicBlock(b, blockStart[b], ins.subList(blockStart[b], end(b)),
                        code.labelAt(blockStart[b]).orElse(null), handlers[b], entryDepth[b], live[b]));
            }
            List<List<Edge>> succ = new ArrayList<>();
            List<List<Edge>> pred = new ArrayList<>();
            for (int b = 0; b < blocks.size(); b++) {
                succ.add(new ArrayList<>());
                pred.add(new ArrayList<>());
            }
            for (BasicBlock b : blocks) {
                Instruction last = b.last();
                List<Edge> out = succ.get(b.index());
                if (last.opcode().fallsThrough() && b.index() + 1 < blocks.size()) {
                    out.add(new Edge(b, blocks.get(b.index() + 1), Edge.Kind.FALL_THROUGH));
                }
                last.target().ifPresent(t -> out.add(new Edge(b, blocks.get(blockOf[code.indexOf(t)]), Edge.Kind.JUMP)));
                b.handler().ifPresent(h -> out.add(new Edge(b, blocks.get(blockOf[code.indexOf(h.handler())]),
                        Edge.Kind.EXCEPTION)));
                for (Edge e : out) {
                    pred.get(e.to().index()).add(e);
                }
            }
            List<List<Edge>> s = succ.stream().map(Collections::unmodifiableList).toList();
            List<List<Edge>> p = pred.stream().map(Collections::unmodifiableList).toList();
            return new ControlFlowGraph(code, List.copyOf(blocks), blockOf, depthBefore, max, s, p);
        }
    }
}
