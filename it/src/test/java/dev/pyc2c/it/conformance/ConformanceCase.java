package dev.pyc2c.it.conformance;

import java.util.List;
import java.util.Objects;

/**
 * One module of the conformance suite: what is compiled with pyc2c, and which test module is run against it.
 *
 * @param name the name in the tables ({@code test_grammar}, {@code fractions})
 * @param kind what is compiled
 * @param testModule the unittest module to run ({@code test.test_grammar})
 * @param sources what is copied from the interpreter's standard library into the tree pyc2c compiles, relative
 *        to the library's directory ({@code test/test_grammar.py}, {@code json}); directories whole
 * @param compiledModules the modules that must come from the compiled tree in the compiled run (checked
 *        before any test runs)
 */
public record ConformanceCase(String name, Kind kind, String testModule, List<String> sources,
                              List<String> compiledModules) {
    /** The two ways of measuring. */
    public enum Kind {
        /** The test module itself (and the helpers it needs) is compiled, and run with unittest. */
        COMPILED_TESTS,
        /** A pure-Python library module is compiled and shadows the original; its interpreted tests run against it. */
        COMPILED_LIBRARY
    }

    public ConformanceCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(testModule, "testModule");
        sources = List.copyOf(sources);
        compiledModules = List.copyOf(compiledModules);
    }

    /** {@code test/<name>} (a module or a package of the test package), compiled, with extra helper sources. */
    public static ConformanceCase compiledTests(String name, String... helpers) {
        List<String> sources = new java.util.ArrayList<>(List.of("test/" + name));
        for (String h : helpers) {
            sources.add("test/" + String.join("|test/", h.split("\\|")));
        }
        return new ConformanceCase(name, Kind.COMPILED_TESTS, "test." + name, sources, List.of("test." + name));
    }

    /** A library module or package compiled, and {@code test.<testName>} run interpreted against it. */
    public static ConformanceCase compiledLibrary(String name, String testName, List<String> sources,
                                                  List<String> compiledModules) {
        return new ConformanceCase(name, Kind.COMPILED_LIBRARY, "test." + testName, sources, compiledModules);
    }
}
