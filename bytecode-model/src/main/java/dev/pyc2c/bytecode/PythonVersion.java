package dev.pyc2c.bytecode;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A CPython version whose bytecode pyc2c reads. Each has its own opcode numbering and
 * bytecode rules; the magic number at the start of a {@code .pyc} says which one wrote it.
 *
 * <p>The per-version facts that are not in the generated opcode tables live here, as data:
 * how {@code COMPARE_OP} packs its oparg, the smallest {@code co_stacksize} the compiler records, and
 * the marshal version its {@code .pyc}s are written with.
 */
public enum PythonVersion {
    /** CPython 3.11: {@code COMPARE_OP} oparg is the comparison index. */
    V3_11(11, 3495, 0, false, 0, 4),
    /** CPython 3.12: {@code COMPARE_OP} oparg is {@code index << 4 | mask}. */
    V3_12(12, 3531, 4, false, 0, 4),
    /**
     * CPython 3.13: {@code COMPARE_OP} oparg is {@code index << 5 | 16 if coerced to bool | mask}; its
     * compiler never records a {@code co_stacksize} below 1 (none of the 80,342 code objects of its
     * standard library has 0, where 3.12's has 3,346, e.g. {@code def f(): pass}).
     */
    V3_13(13, 3571, 5, true, 1, 4),
    /**
     * CPython 3.14: {@code COMPARE_OP} oparg packed as in 3.13; {@code co_stacksize} at least 1 as in 3.13;
     * {@code .pyc}s written with marshal version 5, which adds {@code slice} objects (3.14 folds constant
     * slices such as {@code a[1:2]} into {@code co_consts}). What else changed, for a lowering to C, is in
     * {@code bytecode-model/docs/3.14-notes.md}.
     */
    V3_14(14, 3627, 5, true, 1, 5);

    private final int minor;
    private final int magic;
    private final int compareShift;
    private final boolean compareHasBoolFlag;
    private final int minimumStackSize;
    private final int marshalVersion;

    PythonVersion(int minor, int magic, int compareShift, boolean compareHasBoolFlag, int minimumStackSize,
            int marshalVersion) {
        this.minor = minor;
        this.magic = magic;
        this.compareShift = compareShift;
        this.compareHasBoolFlag = compareHasBoolFlag;
        this.minimumStackSize = minimumStackSize;
        this.marshalVersion = marshalVersion;
    }

    public int major() {
        return 3;
    }

    public int minor() {
        return minor;
    }

    /** The magic number of this version's final release (the first two bytes of its {@code .pyc}s). */
    public int magicNumber() {
        return magic;
    }

    /** {@code sys.implementation.cache_tag}, e.g. {@code cpython-312}. */
    public String cacheTag() {
        return "cpython-3" + minor;
    }

    /** How far {@code COMPARE_OP}'s oparg is shifted right to give the index into {@code cmp_op}. */
    public int compareOpShift() {
        return compareShift;
    }

    /** Whether bit 4 of {@code COMPARE_OP}'s oparg asks for the result as a bool (3.13 and later). */
    public boolean compareOpHasBoolFlag() {
        return compareHasBoolFlag;
    }

    /** The smallest {@code co_stacksize} this version's compiler records, whatever the code needs. */
    public int minimumStackSize() {
        return minimumStackSize;
    }

    /**
     * The marshal version ({@code marshal.version}, {@code Py_MARSHAL_VERSION}) this version writes its
     * {@code .pyc}s with: 4, or 5 from 3.14 on (which adds {@code TYPE_SLICE}).
     */
    public int marshalVersion() {
        return marshalVersion;
    }

    /** True if this version is {@code other} or newer. */
    public boolean atLeast(PythonVersion other) {
        return compareTo(other) >= 0;
    }

    /** {@code "3.12"}. */
    @Override
    public String toString() {
        return "3." + minor;
    }

    /** The supported version whose final release writes this magic number. */
    public static Optional<PythonVersion> fromMagic(int magic) {
        return Arrays.stream(values()).filter(v -> v.magic == magic).findFirst();
    }

    /** Parses {@code "3.12"} or {@code "3.12.1"}. */
    public static Optional<PythonVersion> parse(String text) {
        String[] parts = text.trim().split("\\.");
        if (parts.length < 2 || !parts[0].equals("3")) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(v -> parts[1].equals(Integer.toString(v.minor))).findFirst();
    }

    /** The supported versions, as {@code "3.11, 3.12, 3.13, 3.14"}, for messages. */
    public static String supportedList() {
        return Arrays.stream(values()).map(PythonVersion::toString).collect(Collectors.joining(", "));
    }

    /** Magic numbers and the Python release series that used them, from CPython's
     *  {@code Lib/importlib/_bootstrap_external.py}; used to name the version of an unsupported {@code .pyc}. */
    private static final List<int[]> KNOWN_MAGIC_RANGES = List.of(
            new int[] {3000, 3131, 0}, new int[] {3141, 3151, 1}, new int[] {3160, 3180, 2},
            new int[] {3190, 3230, 3}, new int[] {3250, 3310, 4}, new int[] {3320, 3351, 5},
            new int[] {3360, 3379, 6}, new int[] {3390, 3394, 7}, new int[] {3400, 3413, 8},
            new int[] {3420, 3425, 9}, new int[] {3430, 3439, 10}, new int[] {3450, 3495, 11},
            new int[] {3500, 3531, 12}, new int[] {3550, 3571, 13}, new int[] {3600, 3649, 14},
            new int[] {3650, 3699, 15});

    /**
     * Names the Python release series that wrote a magic number, for an error message:
     * {@code "Python 3.10"}, {@code "a pre-release of Python 3.12"}, or empty if unknown.
     */
    public static Optional<String> describeMagic(int magic) {
        for (int[] r : KNOWN_MAGIC_RANGES) {
            if (magic >= r[0] && magic <= r[1]) {
                String series = "Python 3." + r[2];
                Optional<PythonVersion> supported = parse(series.substring("Python ".length()));
                if (supported.isPresent() && supported.get().magic != magic) {
                    return Optional.of("a pre-release of " + series);
                }
                return Optional.of(series);
            }
        }
        if (magic >= 20121 && magic <= 62211) {
            return Optional.of("Python 1.x or 2.x");
        }
        return Optional.empty();
    }
}
