package dev.pyc2c.bytecode.code;

import dev.pyc2c.bytecode.marshal.PyCode;
import dev.pyc2c.bytecode.marshal.PyObject;
import dev.pyc2c.bytecode.opcode.BinaryOperator;
import dev.pyc2c.bytecode.opcode.ComparisonOp;
import dev.pyc2c.bytecode.opcode.Conversion;
import dev.pyc2c.bytecode.opcode.FunctionFlag;
import java.util.Objects;
import java.util.Set;

/**
 * An instruction's oparg resolved to what it means: the constant, the name, the local variable,
 * the jump target, the comparison, the operator... One record per {@link dev.pyc2c.bytecode.opcode.ArgKind}.
 */
public sealed interface Argument {

    /** The instruction takes no argument. */
    enum None implements Argument {
        INSTANCE
    }

    /** A count, flag or stack position, used as it is. */
    record Number(int value) implements Argument {
    }

    /** {@code co_consts[index]}. */
    record Const(int index, PyObject value) implements Argument {
        public Const {
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code co_names[index]}. */
    record Name(int index, String name) implements Argument {
        public Name {
            Objects.requireNonNull(name, "name");
        }
    }

    /** {@code LOAD_GLOBAL}'s name, and whether it also pushes NULL (for a call). */
    record GlobalName(int index, String name, boolean pushNull) implements Argument {
        public GlobalName {
            Objects.requireNonNull(name, "name");
        }
    }

    /** {@code LOAD_ATTR}'s name (3.12+), and whether it loads a method (pushing the method and self, or NULL and the attribute). */
    record AttrName(int index, String name, boolean method) implements Argument {
        public AttrName {
            Objects.requireNonNull(name, "name");
        }
    }

    /** {@code LOAD_SUPER_ATTR}'s name, whether it loads a method, and whether {@code super()} had two arguments. */
    record SuperAttrName(int index, String name, boolean method, boolean twoArgs) implements Argument {
        public SuperAttrName {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A fast-local slot: a plain local, a cell or a free variable.
     *
     * @param kind the slot's {@code CO_FAST_*} bits from {@code co_localspluskinds}
     */
    record Local(int index, String name, int kind) implements Argument {
        public Local {
            Objects.requireNonNull(name, "name");
        }

        public boolean isCell() {
            return (kind & PyCode.CO_FAST_CELL) != 0;
        }

        public boolean isFree() {
            return (kind & PyCode.CO_FAST_FREE) != 0;
        }
    }

    /** Two fast locals ({@code LOAD_FAST_LOAD_FAST} and its kin, 3.13 and later). */
    record LocalPair(Local first, Local second) implements Argument {
        public LocalPair {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }
    }

    /** A jump target. */
    record Jump(Label target) implements Argument {
        public Jump {
            Objects.requireNonNull(target, "target");
        }
    }

    /** {@code COMPARE_OP}: the comparison, and whether the result is converted to bool (3.13 and later). */
    record Compare(ComparisonOp op, boolean toBool) implements Argument {
        public Compare {
            Objects.requireNonNull(op, "op");
        }
    }

    /** {@code BINARY_OP}'s operator. */
    record BinaryOp(BinaryOperator op) implements Argument {
        public BinaryOp {
            Objects.requireNonNull(op, "op");
        }
    }

    /** {@code FORMAT_VALUE} (3.11, 3.12): the conversion, and whether a format spec is on the stack. */
    record Format(Conversion conversion, boolean withSpec) implements Argument {
        public Format {
            Objects.requireNonNull(conversion, "conversion");
        }
    }

    /** {@code CONVERT_VALUE} (3.13 and later): the conversion. */
    record Convert(Conversion conversion) implements Argument {
        public Convert {
            Objects.requireNonNull(conversion, "conversion");
        }
    }

    /** {@code MAKE_FUNCTION}'s or {@code SET_FUNCTION_ATTRIBUTE}'s function attributes. */
    record FunctionFlags(Set<FunctionFlag> flags) implements Argument {
        public FunctionFlags {
            flags = Set.copyOf(flags);
        }
    }

    /** {@code CALL_INTRINSIC_1} / {@code CALL_INTRINSIC_2}'s function. */
    record Intrinsic(dev.pyc2c.bytecode.opcode.Intrinsic intrinsic) implements Argument {
        public Intrinsic {
            Objects.requireNonNull(intrinsic, "intrinsic");
        }
    }

    /**
     * {@code LOAD_SMALL_INT}'s int (3.14): one of the interpreter's cached small ints, so 0 to
     * {@value #MAX} (the compiler uses it for 0 to 255).
     */
    record SmallInt(int value) implements Argument {
        /** The largest cached small int ({@code _PY_NSMALLPOSINTS - 1}). */
        public static final int MAX = 256;

        public SmallInt {
            if (value < 0 || value > MAX) {
                throw new IllegalArgumentException("not a cached small int: " + value);
            }
        }
    }

    /** {@code LOAD_COMMON_CONSTANT}'s object (3.14). */
    record CommonConstant(dev.pyc2c.bytecode.opcode.CommonConstant constant) implements Argument {
        public CommonConstant {
            Objects.requireNonNull(constant, "constant");
        }
    }

    /** {@code LOAD_SPECIAL}'s method (3.14). */
    record SpecialMethod(dev.pyc2c.bytecode.opcode.SpecialMethod method) implements Argument {
        public SpecialMethod {
            Objects.requireNonNull(method, "method");
        }
    }

    /** {@code IS_OP} / {@code CONTAINS_OP} (3.14): whether the test is negated ({@code is not}, {@code not in}). */
    record Negation(boolean negated) implements Argument {
    }

    /**
     * {@code BUILD_INTERPOLATION} (3.14): the conversion of a t-string's replacement field, and whether its
     * format spec is on the stack.
     */
    record Interpolation(Conversion conversion, boolean withSpec) implements Argument {
        public Interpolation {
            Objects.requireNonNull(conversion, "conversion");
        }
    }

    /**
     * {@code END_ASYNC_FOR}'s reference (3.14) to the {@code END_SEND} that {@code sys.monitoring} reports
     * as the source of the branch out of the {@code async for} loop. Not a jump target: control never
     * goes there from the instruction, so it is no edge of the control-flow graph.
     */
    record BranchSource(Label source) implements Argument {
        public BranchSource {
            Objects.requireNonNull(source, "source");
        }
    }
}
