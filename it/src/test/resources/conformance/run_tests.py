"""pyc2c conformance driver: runs one test module with unittest and writes every test's outcome as JSON.

usage: python run_tests.py TEST_MODULE OUTPUT_JSON [COMPILED_MODULE ...]

COMPILED_MODULEs must be loaded from extension modules (the compiled copy shadows the interpreter's
own); if one is not, the run stops with exit status 3 before any test runs, so that a broken setup is
never mistaken for a pass. Outcomes: passed, failed, error, skipped, expected-failure,
unexpected-success. A test whose subtests fail is failed (or error).
"""
import importlib
import json
import sys
import time
import traceback
import unittest


class Recorder(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.outcomes = {}
        self.details = {}

    def _set(self, test, outcome, err=None):
        tid = test.id()
        # A failing subtest makes the whole test fail; a later success does not undo it.
        if self.outcomes.get(tid) in ("failed", "error") and outcome == "passed":
            return
        self.outcomes[tid] = outcome
        if err is not None:
            self.details[tid] = "".join(traceback.format_exception(*err))[-2000:]

    def addSuccess(self, test):
        super().addSuccess(test)
        self._set(test, "passed")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._set(test, "failed", err)

    def addError(self, test, err):
        super().addError(test, err)
        self._set(test, "error", err)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._set(test, "skipped")
        self.details[test.id()] = str(reason)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._set(test, "expected-failure")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._set(test, "unexpected-success")

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            failed = issubclass(err[0], test.failureException)
            self._set(test, "failed" if failed else "error", err)


def main():
    module, output, compiled = sys.argv[1], sys.argv[2], sys.argv[3:]
    for name in compiled:
        mod = importlib.import_module(name)
        origin = getattr(mod, "__file__", "") or ""
        if not origin.endswith((".so", ".pyd")):
            print(f"pyc2c conformance: {name} was not loaded from the compiled tree but from {origin}",
                  file=sys.stderr)
            sys.exit(3)
    started = time.monotonic()
    suite = unittest.defaultTestLoader.loadTestsFromName(module)
    result = Recorder()
    suite.run(result)
    files = {name: getattr(sys.modules.get(name), "__file__", None) for name in compiled}
    with open(output, "w", encoding="utf-8") as f:
        json.dump({"module": module, "seconds": round(time.monotonic() - started, 2), "files": files,
                   "outcomes": result.outcomes, "details": result.details}, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
