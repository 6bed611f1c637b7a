package dev.pyc2c.it.conformance;

import java.util.List;

/**
 * The modules measured. Grow the lists as the backend grows; {@link #SUBSET} is what the default test run
 * checks (small and fast), {@link #ALL} what {@code -Pconformance} does.
 */
public final class ConformanceSuite {
    private ConformanceSuite() {
    }

    /**
     * Test modules compiled with pyc2c and run with unittest, with the helpers they need from the test package:
     * modules (compiled too) and the data files they read next to their own {@code __file__} (copied). A source
     * {@code a|b} is the first of them the interpreter has (3.13 moved the math data into {@code test/mathdata} and
     * renamed {@code ziptestdata}; 3.14's {@code string} is a package).
     */
    public static final List<ConformanceCase> COMPILED_TESTS = List.of(
            ConformanceCase.compiledTests("test_grammar", "typinganndata"),
            ConformanceCase.compiledTests("test_opcodes"),
            ConformanceCase.compiledTests("test_augassign"),
            ConformanceCase.compiledTests("test_unpack"),
            ConformanceCase.compiledTests("test_unpack_ex"),
            ConformanceCase.compiledTests("test_scope"),
            ConformanceCase.compiledTests("test_keywordonlyarg"),
            ConformanceCase.compiledTests("test_positional_only_arg"),
            ConformanceCase.compiledTests("test_exceptions"),
            ConformanceCase.compiledTests("test_raise"),
            ConformanceCase.compiledTests("test_exception_group"),
            ConformanceCase.compiledTests("test_except_star"),
            ConformanceCase.compiledTests("test_with"),
            ConformanceCase.compiledTests("test_contextlib", "data", "ziptestdata|archivetestdata"),
            ConformanceCase.compiledTests("test_class"),
            ConformanceCase.compiledTests("test_descr"),
            ConformanceCase.compiledTests("test_super"),
            ConformanceCase.compiledTests("test_property"),
            ConformanceCase.compiledTests("test_funcattrs"),
            ConformanceCase.compiledTests("test_dict"),
            ConformanceCase.compiledTests("test_list"),
            ConformanceCase.compiledTests("test_tuple"),
            ConformanceCase.compiledTests("test_set"),
            ConformanceCase.compiledTests("test_string"),
            ConformanceCase.compiledTests("test_fstring"),
            ConformanceCase.compiledTests("test_format"),
            ConformanceCase.compiledTests("test_int"),
            ConformanceCase.compiledTests("test_float", "formatfloat_testcases.txt|mathdata/formatfloat_testcases.txt",
                    "floating_points.txt|mathdata/floating_points.txt"),
            ConformanceCase.compiledTests("test_long"),
            ConformanceCase.compiledTests("test_bool"),
            ConformanceCase.compiledTests("test_compare"),
            ConformanceCase.compiledTests("test_patma"),
            ConformanceCase.compiledTests("test_dataclasses"),
            ConformanceCase.compiledTests("test_enum"),
            ConformanceCase.compiledTests("test_string_literals"),
            ConformanceCase.compiledTests("test_slice"),
            ConformanceCase.compiledTests("test_sort"),
            ConformanceCase.compiledTests("test_builtin"),
            ConformanceCase.compiledTests("test_math", "math_testcases.txt|mathdata/math_testcases.txt",
                    "cmath_testcases.txt|mathdata/cmath_testcases.txt", "ieee754.txt|mathdata/ieee754.txt"),
            ConformanceCase.compiledTests("test_generators"),
            ConformanceCase.compiledTests("test_genexps"),
            ConformanceCase.compiledTests("test_generator_stop"),
            ConformanceCase.compiledTests("test_yield_from"));

    /** Pure-Python library modules compiled with pyc2c, shadowing the originals, under their interpreted tests. */
    public static final List<ConformanceCase> COMPILED_LIBRARIES = List.of(
            ConformanceCase.compiledLibrary("fractions", "test_fractions", List.of("fractions.py"), List.of("fractions")),
            ConformanceCase.compiledLibrary("statistics", "test_statistics", List.of("statistics.py"), List.of("statistics")),
            ConformanceCase.compiledLibrary("difflib", "test_difflib", List.of("difflib.py"), List.of("difflib")),
            ConformanceCase.compiledLibrary("textwrap", "test_textwrap", List.of("textwrap.py"), List.of("textwrap")),
            ConformanceCase.compiledLibrary("dataclasses", "test_dataclasses", List.of("dataclasses.py"),
                    List.of("dataclasses")),
            ConformanceCase.compiledLibrary("enum", "test_enum", List.of("enum.py"), List.of("enum")),
            ConformanceCase.compiledLibrary("json", "test_json", List.of("json"),
                    List.of("json", "json.decoder", "json.encoder", "json.scanner")),
            ConformanceCase.compiledLibrary("heapq", "test_heapq", List.of("heapq.py"), List.of("heapq")),
            ConformanceCase.compiledLibrary("bisect", "test_bisect", List.of("bisect.py"), List.of("bisect")),
            ConformanceCase.compiledLibrary("string", "test_string", List.of("string.py|string"), List.of("string")),
            ConformanceCase.compiledLibrary("shlex", "test_shlex", List.of("shlex.py"), List.of("shlex")));

    /** Everything. */
    public static final List<ConformanceCase> ALL = concat(COMPILED_TESTS, COMPILED_LIBRARIES);

    /** The default test run's fixed subset: small modules of both kinds, a couple of minutes in all. */
    public static final List<ConformanceCase> SUBSET = ALL.stream().filter(c -> List.of("test_opcodes",
            "test_augassign", "test_unpack", "test_keywordonlyarg", "test_slice", "bisect", "textwrap")
            .contains(c.name())).toList();

    private static List<ConformanceCase> concat(List<ConformanceCase> a, List<ConformanceCase> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
