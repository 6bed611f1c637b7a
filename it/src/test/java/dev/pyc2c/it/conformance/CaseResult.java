package dev.pyc2c.it.conformance;

import java.util.List;
import java.util.Map;

/**
 * What a case measured on one interpreter.
 *
 * @param interpreted each test's outcome in the interpreted run (test id to outcome)
 * @param compiled each test's outcome in the compiled run
 * @param regressions tests that passed interpreted and not compiled, unexplained, with the compiled outcome
 *        and its detail
 * @param expected tests that differ by design (listed in the expectations file), with the reason
 * @param codeObjects the code objects pyc2c compiled, and how many of them went to C
 * @param problem a failure of the whole case (a crash, a timeout, a build error); empty if none
 */
public record CaseResult(ConformanceCase testCase, String cacheTag, Map<String, String> interpreted,
                         Map<String, String> compiled, Map<String, String> regressions, Map<String, String> expected,
                         long codeObjects, long compiledToC, String problem) {
    /** Outcomes that count as passing. */
    static final List<String> PASSING = List.of("passed", "expected-failure");

    public long run() {
        return interpreted.size();
    }

    public long passedInterpreted() {
        return interpreted.values().stream().filter(PASSING::contains).count();
    }

    public long passedCompiled() {
        return compiled.values().stream().filter(PASSING::contains).count();
    }

    public double shareCompiled() {
        return codeObjects == 0 ? 0 : (double) compiledToC / codeObjects;
    }
}
