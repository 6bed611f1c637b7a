package dev.pyc2c.bytecode.opcode;

import dev.pyc2c.bytecode.PythonVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The opcodes of one CPython version and the numbering of its argument enumerations, loaded from
 * {@code opcodes-3.X.txt}: generated from that interpreter's {@code opcode} and {@code dis} modules
 * by {@code bytecode-model/scripts/gen_opcode_table.py} (see there for the format).
 */
public final class OpcodeTable {
    private static final Map<PythonVersion, OpcodeTable> CACHE = new ConcurrentHashMap<>();

    private final PythonVersion version;
    private final int magic;
    private final OpcodeInfo[] byNumber = new OpcodeInfo[256];
    private final Map<Opcode, OpcodeInfo> byOpcode = new EnumMap<>(Opcode.class);
    private final List<BinaryOperator> binaryOps = new ArrayList<>();
    private final List<ComparisonOp> comparisons = new ArrayList<>();
    private final List<Intrinsic> intrinsics1 = new ArrayList<>();
    private final List<Intrinsic> intrinsics2 = new ArrayList<>();
    private final Map<Integer, FunctionFlag> functionFlags = new LinkedHashMap<>();
    private final List<CommonConstant> commonConstants = new ArrayList<>();
    private final List<SpecialMethod> specialMethods = new ArrayList<>();
    private final Map<Opcode, String> overrides = new EnumMap<>(Opcode.class);

    private OpcodeTable(PythonVersion version, int magic) {
        this.version = version;
        this.magic = magic;
    }

    /** The table of {@code version}. */
    public static OpcodeTable of(PythonVersion version) {
        return CACHE.computeIfAbsent(version, OpcodeTable::load);
    }

    private static OpcodeTable load(PythonVersion version) {
        String resource = "opcodes-" + version + ".txt";
        try (InputStream in = OpcodeTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(version, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Reads a table in the generated format.
     *
     * @throws IllegalStateException if the text is not a valid table for {@code version}
     */
    public static OpcodeTable parse(PythonVersion version, String text) {
        OpcodeTable t = null;
        int magic = -1;
        String declared = null;
        List<String[]> rows = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split(" ", -1);
            switch (f[0]) {
                case "version" -> declared = f[1];
                case "magic" -> magic = Integer.parseInt(f[1]);
                default -> rows.add(prepend(lineNo, f));
            }
        }
        if (!version.toString().equals(declared)) {
            throw new IllegalStateException("opcode table for " + declared + " given as " + version);
        }
        if (magic != version.magicNumber()) {
            throw new IllegalStateException("opcode table for " + version + " has magic " + magic
                    + ", expected " + version.magicNumber());
        }
        t = new OpcodeTable(version, magic);
        for (String[] r : rows) {
            try {
                t.add(r);
            } catch (RuntimeException e) {
                throw new IllegalStateException("opcode table " + version + ", line " + r[0] + ": " + e.getMessage(), e);
            }
        }
        return t;
    }

    private static String[] prepend(int lineNo, String[] f) {
        String[] r = new String[f.length + 1];
        r[0] = Integer.toString(lineNo);
        System.arraycopy(f, 0, r, 1, f.length);
        return r;
    }

    private void add(String[] r) {
        switch (r[1]) {
            case "opcode" -> {
                OpcodeInfo info = new OpcodeInfo(Opcode.valueOf(r[2]), Integer.parseInt(r[3]), Integer.parseInt(r[4]),
                        ArgKind.valueOf(r[5]), StackEffect.parse(r[6]), StackEffect.parse(r[7]));
                if (byNumber[info.number()] != null || byOpcode.containsKey(info.opcode())) {
                    throw new IllegalStateException("duplicate opcode " + info.opcode() + " / " + info.number());
                }
                if (info.hasJumpTarget() != (info.opcode().flow() == Opcode.Flow.BRANCH
                        || info.opcode().flow() == Opcode.Flow.JUMP)) {
                    throw new IllegalStateException(info.opcode() + " has arg kind " + info.argKind()
                            + " but flow " + info.opcode().flow());
                }
                byNumber[info.number()] = info;
                byOpcode.put(info.opcode(), info);
            }
            case "override" -> overrides.put(Opcode.valueOf(r[2]), r[3] + " " + r[4]);
            case "binary_op" -> {
                BinaryOperator op = BinaryOperator.valueOf(r[3].substring("NB_".length()));
                check(binaryOps.size() == Integer.parseInt(r[2]) && op.symbol().equals(r[4]), "binary_op", r);
                binaryOps.add(op);
            }
            case "compare_op" -> {
                check(comparisons.size() == Integer.parseInt(r[2]), "compare_op", r);
                comparisons.add(ComparisonOp.ofSymbol(r[3]));
            }
            case "intrinsic1", "intrinsic2" -> {
                List<Intrinsic> list = r[1].equals("intrinsic1") ? intrinsics1 : intrinsics2;
                Intrinsic i = Intrinsic.ofCName(r[3]);
                check(list.size() == Integer.parseInt(r[2]) && i.arity() == (list == intrinsics1 ? 1 : 2), r[1], r);
                list.add(i);
            }
            case "function_flag" -> {
                FunctionFlag flag = FunctionFlag.valueOf(r[3].toUpperCase(java.util.Locale.ROOT));
                check(flag.bit() == Integer.parseInt(r[2]), "function_flag", r);
                functionFlags.put(flag.bit(), flag);
            }
            case "common_constant" -> {
                CommonConstant c = CommonConstant.ofName(r[3]);
                check(commonConstants.size() == Integer.parseInt(r[2])
                        && r[4].equals(c.isType() ? "type" : "function"), "common_constant", r);
                commonConstants.add(c);
            }
            case "special_method" -> {
                check(specialMethods.size() == Integer.parseInt(r[2]), "special_method", r);
                specialMethods.add(SpecialMethod.ofName(r[3]));
            }
            default -> throw new IllegalStateException("unknown keyword " + r[1]);
        }
    }

    private static void check(boolean ok, String what, String[] r) {
        if (!ok) {
            throw new IllegalStateException("unexpected " + what + " entry " + String.join(" ", r));
        }
    }

    public PythonVersion version() {
        return version;
    }

    public int magicNumber() {
        return magic;
    }

    /** The opcode with this byte value, if the version has one. */
    public Optional<OpcodeInfo> byNumber(int number) {
        return number >= 0 && number < 256 ? Optional.ofNullable(byNumber[number]) : Optional.empty();
    }

    /** This version's definition of {@code opcode}, if it has it. */
    public Optional<OpcodeInfo> info(Opcode opcode) {
        return Optional.ofNullable(byOpcode.get(opcode));
    }

    /**
     * This version's definition of {@code opcode}.
     *
     * @throws IllegalArgumentException if the version does not have it
     */
    public OpcodeInfo require(Opcode opcode) {
        OpcodeInfo info = byOpcode.get(opcode);
        if (info == null) {
            throw new IllegalArgumentException("CPython " + version + " has no opcode " + opcode);
        }
        return info;
    }

    /** Every opcode of this version, in numeric order. */
    public List<OpcodeInfo> opcodes() {
        List<OpcodeInfo> out = new ArrayList<>();
        for (OpcodeInfo i : byNumber) {
            if (i != null) {
                out.add(i);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Opcodes whose stack effect here differs from what this version's {@code dis.stack_effect} says,
     * each with dis's two values ({@code "0 0"}); the generator script gives the reason.
     */
    public Map<Opcode, String> stackEffectOverrides() {
        return Collections.unmodifiableMap(overrides);
    }

    /** The operator of {@code BINARY_OP} with this oparg, if valid. */
    public Optional<BinaryOperator> binaryOperator(int oparg) {
        return oparg >= 0 && oparg < binaryOps.size() ? Optional.of(binaryOps.get(oparg)) : Optional.empty();
    }

    /** The comparison at this index of {@code cmp_op}, if valid. */
    public Optional<ComparisonOp> comparison(int index) {
        return index >= 0 && index < comparisons.size() ? Optional.of(comparisons.get(index)) : Optional.empty();
    }

    /** The intrinsic of {@code CALL_INTRINSIC_1} ({@code arity} 1) or {@code CALL_INTRINSIC_2} with this oparg. */
    public Optional<Intrinsic> intrinsic(int arity, int oparg) {
        List<Intrinsic> list = arity == 1 ? intrinsics1 : intrinsics2;
        return oparg >= 0 && oparg < list.size() ? Optional.of(list.get(oparg)) : Optional.empty();
    }

    /** The object {@code LOAD_COMMON_CONSTANT} (3.14) pushes for this oparg, if valid. */
    public Optional<CommonConstant> commonConstant(int oparg) {
        return oparg >= 0 && oparg < commonConstants.size() ? Optional.of(commonConstants.get(oparg)) : Optional.empty();
    }

    /** The special method {@code LOAD_SPECIAL} (3.14) loads for this oparg, if valid. */
    public Optional<SpecialMethod> specialMethod(int oparg) {
        return oparg >= 0 && oparg < specialMethods.size() ? Optional.of(specialMethods.get(oparg)) : Optional.empty();
    }

    /** The function attributes whose bits are set in {@code oparg}, if all of its bits are known. */
    public Optional<Set<FunctionFlag>> functionFlags(int oparg) {
        Set<FunctionFlag> out = EnumSet.noneOf(FunctionFlag.class);
        int rest = oparg;
        for (FunctionFlag f : functionFlags.values()) {
            if ((oparg & f.bit()) != 0) {
                out.add(f);
                rest &= ~f.bit();
            }
        }
        return rest == 0 ? Optional.of(Collections.unmodifiableSet(out)) : Optional.empty();
    }
}
