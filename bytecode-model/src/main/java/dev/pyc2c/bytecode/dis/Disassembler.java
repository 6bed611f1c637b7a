package dev.pyc2c.bytecode.dis;

import dev.pyc2c.bytecode.DeepStack;
import dev.pyc2c.bytecode.PycFormatException;
import dev.pyc2c.bytecode.PythonVersion;
import dev.pyc2c.bytecode.cfg.ControlFlowGraph;
import dev.pyc2c.bytecode.code.Argument;
import dev.pyc2c.bytecode.code.Code;
import dev.pyc2c.bytecode.code.ExceptionEntry;
import dev.pyc2c.bytecode.code.Instruction;
import dev.pyc2c.bytecode.opcode.FunctionFlag;
import dev.pyc2c.bytecode.opcode.Opcode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints code objects in the style of CPython 3.13's and 3.14's {@code dis}: a line-number column shown
 * where the line changes, labels {@code L1:} at jump targets and exception-table boundaries, the opcode,
 * its oparg and what the oparg means, then the exception table as {@code L1 to L2 -> L3 [depth] lasti}.
 * Argument descriptions follow the {@code dis} of the code's own version ({@code NULL + print} in 3.11
 * and 3.12, {@code print + NULL} from 3.13 on), except that jumps name labels in every version.
 * Nested code objects follow, each under a {@code Disassembly of} heading. Unlike {@code dis}, code
 * objects are named without their address, so the output is the same on every run.
 */
public final class Disassembler {
    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;
    private static final String NO_LINENO = "  --";

    /**
     * What to print beyond {@code dis}'s default columns.
     *
     * @param offsets each instruction's byte offset, as {@code dis --show-offsets}
     * @param stackDepths the stack depth before each instruction, from the control-flow graph
     * @param recursive the nested code objects too
     */
    public record Options(boolean offsets, boolean stackDepths, boolean recursive) {
        public static final Options DEFAULT = new Options(false, false, true);
    }

    private final Options options;

    public Disassembler(Options options) {
        this.options = options;
    }

    public Disassembler() {
        this(Options.DEFAULT);
    }

    /** The disassembly of {@code code} (and, if recursive, everything nested in it). */
    public String disassemble(Code code) {
        StringBuilder sb = new StringBuilder();
        DeepStack.run("disassembler", () -> {
            disassemble(code, sb, true);
            return null;
        });
        return sb.toString();
    }

    private void disassemble(Code code, StringBuilder sb, boolean first) {
        if (!first) {
            sb.append('\n');
        }
        sb.append("Disassembly of ").append(code.pyCode().repr()).append(":\n");
        body(code, sb);
        if (options.recursive()) {
            for (Code child : code.children()) {
                disassemble(child, sb, false);
            }
        }
    }

    /** The instruction lines and the exception table of one code object. */
    public String body(Code code) {
        StringBuilder sb = new StringBuilder();
        body(code, sb);
        return sb.toString();
    }

    private void body(Code code, StringBuilder sb) {
        List<Instruction> ins = code.instructions();
        int maxLine = -1;
        boolean noLine = false;
        for (Instruction in : ins) {
            maxLine = Math.max(maxLine, in.location().line());
            noLine |= !in.location().hasLine();
        }
        int linenoWidth = maxLine < 0 ? 0 : Math.max(3, Integer.toString(maxLine).length());
        if (linenoWidth > 0 && linenoWidth < NO_LINENO.length() && noLine) {
            linenoWidth = NO_LINENO.length();
        }
        int labelWidth = code.labels().isEmpty() ? 0 : 4 + Integer.toString(code.labels().size()).length();
        int offsetWidth = options.offsets()
                ? Integer.toString(Math.max(code.pyCode().code().length() - 2, 9999)).length() : 0;
        int[] depths = options.stackDepths() ? depths(code) : null;

        int previousLine = Integer.MIN_VALUE;
        for (int i = 0; i < ins.size(); i++) {
            Instruction in = ins.get(i);
            int line = in.location().line();
            boolean startsLine = linenoWidth > 0 && line != previousLine;
            previousLine = line;
            if (startsLine && i > 0) {
                sb.append('\n');
            }
            StringBuilder row = new StringBuilder();
            if (linenoWidth > 0) {
                String lineText = !startsLine ? "" : line >= 0 ? Integer.toString(line) : NO_LINENO;
                row.append(pad(lineText, linenoWidth)).append(' ');
            }
            String label = code.labelAt(i).map(l -> "L" + code.labelNumber(l) + ":").orElse("");
            row.append(pad(label, labelWidth)).append(' ');
            if (offsetWidth > 0) {
                row.append(pad(Integer.toString(in.offset()), offsetWidth)).append("   ");
            }
            if (depths != null) {
                row.append(pad(depths[i] >= 0 ? "[" + depths[i] + "]" : "[-]", 5)).append(' ');
            }
            row.append("   ");
            row.append(instructionText(code, in));
            sb.append(row.toString().stripTrailing()).append('\n');
        }
        if (!code.exceptionTable().isEmpty()) {
            sb.append("ExceptionTable:\n");
            for (ExceptionEntry e : code.exceptionTable()) {
                sb.append("  L").append(code.labelNumber(e.start())).append(" to L").append(code.labelNumber(e.end()))
                        .append(" -> L").append(code.labelNumber(e.handler())).append(" [").append(e.depth())
                        .append(']').append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    private static int[] depths(Code code) {
        int[] out = new int[code.instructions().size()];
        try {
            ControlFlowGraph cfg = ControlFlowGraph.of(code);
            for (int i = 0; i < out.length; i++) {
                out[i] = cfg.stackDepthBefore(i).orElse(-1);
            }
        } catch (PycFormatException e) {
            java.util.Arrays.fill(out, -1);
        }
        return out;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    /** {@code LOAD_GLOBAL              1 (print + NULL)}: opname, oparg and what it means. */
    public static String instructionText(Code code, Instruction in) {
        StringBuilder sb = new StringBuilder();
        String opname = in.opcode().name();
        sb.append(opname);
        for (int k = opname.length(); k < OPNAME_WIDTH; k++) {
            sb.append(' ');
        }
        if (in.info().hasArgument()) {
            sb.append(' ');
            int excess = Math.max(0, opname.length() - OPNAME_WIDTH);
            sb.append(pad(Integer.toString(in.oparg()), OPARG_WIDTH - excess));
            String repr = argRepr(code, in);
            if (!repr.isEmpty()) {
                sb.append(" (").append(repr).append(')');
            }
        }
        return sb.toString().stripTrailing();
    }

    /**
     * What the instruction's argument means, as its version's {@code dis} prints it (jumps as {@code to L3},
     * {@code END_ASYNC_FOR}'s reference as {@code from L3}).
     */
    public static String argRepr(Code code, Instruction in) {
        PythonVersion v = code.version();
        boolean modern = v.atLeast(PythonVersion.V3_13);
        Argument a = in.argument();
        if (a instanceof Argument.Const c) {
            return c.value().repr();
        } else if (a instanceof Argument.Name n) {
            return n.name();
        } else if (a instanceof Argument.GlobalName g) {
            return !g.pushNull() ? g.name() : modern ? g.name() + " + NULL" : "NULL + " + g.name();
        } else if (a instanceof Argument.AttrName at) {
            return !at.method() ? at.name() : modern ? at.name() + " + NULL|self" : "NULL|self + " + at.name();
        } else if (a instanceof Argument.SuperAttrName s) {
            return !s.method() ? s.name() : modern ? s.name() + " + NULL|self" : "NULL|self + " + s.name();
        } else if (a instanceof Argument.Local l) {
            return l.name();
        } else if (a instanceof Argument.LocalPair p) {
            return p.first().name() + ", " + p.second().name();
        } else if (a instanceof Argument.Jump j) {
            return "to L" + code.labelNumber(j.target());
        } else if (a instanceof Argument.Compare c) {
            return c.toBool() ? "bool(" + c.op().symbol() + ")" : c.op().symbol();
        } else if (a instanceof Argument.BinaryOp b) {
            return b.op().symbol();
        } else if (a instanceof Argument.Format f) {
            String conv = f.conversion().label();
            return f.withSpec() ? (conv.isEmpty() ? "" : conv + ", ") + "with format" : conv;
        } else if (a instanceof Argument.Convert c) {
            return c.conversion().label();
        } else if (a instanceof Argument.FunctionFlags f) {
            return f.flags().stream().sorted().map(FunctionFlag::label).collect(Collectors.joining(", "));
        } else if (a instanceof Argument.Intrinsic i) {
            return i.intrinsic().cName();
        } else if (a instanceof Argument.BranchSource b) {
            return "from L" + code.labelNumber(b.source());
        } else if (a instanceof Argument.CommonConstant c) {
            return c.constant().disRepr();
        } else if (a instanceof Argument.SpecialMethod m) {
            return m.method().pyName();
        } else if (a instanceof Argument.Negation n) {
            boolean is = in.opcode() == Opcode.IS_OP;
            return n.negated() ? (is ? "is not" : "not in") : (is ? "is" : "in");
        }
        return ""; // also LOAD_SMALL_INT's int and BUILD_INTERPOLATION's conversion, which dis does not describe
    }
}
