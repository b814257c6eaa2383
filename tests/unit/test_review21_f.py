"""Review 21f: the twenty-first round's parent failure lines (test_layout.py _parent_only_lines) tried on logs written to
break them.

Covered: a parent test's failure line that only reports its children's failure no longer counts as ANOTHER failing
test where the engine asks whether one did (_plain_test_failed for a timing-named test, _own_report's near() for a
value read as a flake's, _marked_elsewhere_failed for a flaky mark). Tried here: parents whose OWN hook, code or
assertion failed (node:test's hookFailed and cancelledByParent, node-tap's own assertion above the subtest block and a
throw after it, Test::More's subtest that died, go test's parent line in -v output, a race detected in a test, JUnit's
synthetic "classMethod"), siblings that failed on values where the sibling's own line is not one the engine reads as a
failing test's (Test::More's unnamed assertion "not ok 2", Gradle's parameterized "[2] 4" and Spock's feature names in
words: their parent's line was the only one that stood for them), TAP and go test under CI prefixes (GitHub's raw
timestamps, Jenkins' timestamper) and with indentation lost, gotestsum's summary, Maven Surefire's nested classes, a
compile error of another package, and long logs with many children. Each case is labelled by the mechanism a careful
engineer would name, not by what the engine says.

Where the wording comes from: node-tap's subtest blocks, " # time=" and "timeout!" (tapjs/tapjs, as
tests/unit/test_rules21_nested.py quotes it); Node's TAP reporter YAML keys and failureType values 'subtestsFailed',
'hookFailed', 'cancelledByParent', 'testCodeFailure', "failed running before hook", "test did not finish before its
parent and was cancelled" (nodejs/node lib/internal/test_runner/test.js, recalled); Test::More's "# Subtest:",
"#   Failed test", "# Child (x) exited without calling finalize()" and "Looks like your test exited with 255"
(Test-Simple, recalled); go test's "--- FAIL:", "=== RUN/NAME", "testing.go:NNNN: race detected during execution of
test", "[build failed]" (golang/go src/testing, recalled); testify's "Error Trace:" block (recalled); gotestsum's
summary "=== FAIL: <pkg> <test> (<s>)" with the test's own "--- FAIL: <test>" line dropped and its subtests' kept
(gotestyourself/gotestsum testjson/summary.go writeTestCaseSummary/isFramingLine and
testjson/testdata/summary/bug-repeated-test-case-output, read); Gradle's "A > B > c() FAILED" paths and JUnit 5's
parameterized display "[2] 4" (recalled); Spock feature names in words (recalled); Surefire's "Tests run: ... <<<
FAILURE! -- in com.x.OuterTest$Inner" (recalled). Names, paths and numbers are made up; no project's CI log is copied.

The rules the cases hold:
  * a parent line stands for its children only where each failing child has a line of its own the engine reads as a
    failing test's; where a child's line is not one (an unnamed TAP assertion, a Gradle test named in words or by its
    parameters), the nearest parent line that is one still counts as another failing test;
  * a parent's own failure (hook, throw, die, own assertion above or below the children, a race report) -> real;
  * a child's own time limit or a timing-named child alone under parents that failed only by it -> transient, also
    under CI prefixes and in long logs.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"


def _stamped(log: str) -> str:
    """The log as GitHub's raw download prints it: an ISO clock in front of every line."""
    return "".join(f"2026-05-04T10:00:{i % 60:02d}.{1000000 + i:07d}Z {ln}\n"
                   for i, ln in enumerate(log.rstrip("\n").split("\n")))


def _jenkins(log: str) -> str:
    """Jenkins' timestamper in front of every line, the Pipeline's own lines around the step."""
    body = "".join(f"[2026-05-04T10:00:{i % 60:02d}.{100 + i:03d}Z] {ln}\n"
                   for i, ln in enumerate(log.rstrip("\n").split("\n")))
    return "[Pipeline] { (Test)\n[Pipeline] sh\n" + body + "[Pipeline] }\n[Pipeline] // stage\nERROR: script returned exit code 1\nFinished: FAILURE\n"


def _flush(log: str) -> str:
    """The log with every line's leading spaces gone (a CI view that strips them)."""
    return "".join(ln.lstrip(" ") + "\n" for ln in log.rstrip("\n").split("\n"))


# ---------------------------------------------------------------------------------------------- TAP
_TAP_HEAD = "+ npx tap --reporter=tap test/\nTAP version 14\n"
_NT_HEAD = "+ node --test --test-reporter=tap test/\nTAP version 13\n"


def _nt_tail(tests: int = 40, failed: int = 1) -> str:
    return f"1..12\n# tests {tests}\n# suites 6\n# pass {tests - failed}\n# fail {failed}\n# cancelled 0\n" + _EXIT


def _tap_timeout(test: str, indent: str) -> str:
    """node-tap's own time limit inside the test's block, then the test's line in its parent's block."""
    return (f"{indent}# Subtest: {test}\n{indent}    not ok 1 - timeout!\n{indent}      ---\n"
            f"{indent}      expired: {test}\n{indent}      message: timeout!\n{indent}      ...\n"
            f"{indent}    1..1\n{indent}    # failed 1 test\n{indent}not ok 1 - {test} # time=30002.1ms\n")


_TAP_WHEEL = (_TAP_HEAD + "# Subtest: wheel zoom\n" + _tap_timeout("zooms in on scroll", "    ")
              + "    1..1\n    # failed 1 test\nnot ok 12 - wheel zoom # time=30012.4ms\n\n# failed 1 of 40 tests\n")

_NT_WAITED = ("      ---\n      duration_ms: 2003.9\n      type: 'test'\n      location: '/app/test/retry.test.js:9:3'\n"
              "      failureType: 'testCodeFailure'\n      error: 'the second attempt was not made'\n"
              "      code: 'ERR_TEST_FAILURE'\n      ...\n")
_NT_RETRY = ("# Subtest: retry policy\n    # Subtest: retriesAfterDelay\n    not ok 1 - retriesAfterDelay\n" + _NT_WAITED
             + "    1..1\nnot ok 3 - retry policy\n  ---\n  duration_ms: 2012.4\n  type: 'suite'\n"
             "  failureType: 'subtestsFailed'\n  error: '1 subtest failed'\n  code: 'ERR_TEST_FAILURE'\n  ...\n")

_MORE_HEAD = "+ prove -lr t/\nt/pool.t .. \n"
_MORE_TAIL = ("Dubious, test returned 1 (wstat 256, 0x100)\nFailed 1/2 subtests \n\nTest Summary Report\n"
              "-------------------\nt/pool.t (Wstat: 256 Tests: 2 Failed: 1)\n  Failed test:  1\n"
              "Files=1, Tests=2,  3 wallclock secs\nResult: FAIL\n" + _EXIT)


# ---------------------------------------------------------------------------------------------- go test
def _go(body: str, pkg: str = "example.com/pool") -> str:
    return "+ go test ./...\n" + body + f"FAIL\nFAIL\t{pkg}\t2.412s\nFAIL\n" + _EXIT


_GO_V_CHILD = ("=== RUN   TestPool\n=== RUN   TestPool/concurrent_release\n"
               "    pool_test.go:58: second release not seen\n")


# ---------------------------------------------------------------------------------------------- Gradle
def _gradle(body: str, failed: int = 1) -> str:
    return ("> Task :core:test\n\n" + body +
            f"\n42 tests completed, {failed} failed\n\n> Task :core:test FAILED\n\nFAILURE: Build failed with an exception.\n\n"
            "* What went wrong:\nExecution failed for task ':core:test'.\n> There were failing tests. See the report at: "
            "file:///home/runner/work/app/core/build/reports/tests/test/index.html\n\nBUILD FAILED in 1m 12s\n" + _EXIT)


_GRADLE_TIMING = ("com.acme.pool.PoolTest > releasesAfterDelay() FAILED\n"
                  "    org.opentest4j.AssertionFailedError at PoolTest.java:88\n\n")


CASES: list[tuple[str, str, str]] = [
    # ============================================================ real: a parent's own failure, or a child only its parent's line stood for
    # Test::More: an unnamed assertion ("not ok 2", no description) failed on values beside the timing-named one in the
    # same subtest; the subtest's "not ok 1 - pool" was the one failing-test line that stood for it
    ("test-more-unnamed-sibling-assertion", "real",
     _MORE_HEAD + "    # Subtest: pool\n    not ok 1 - releases_after_delay\n    #   Failed test 'releases_after_delay'\n"
     "    #   at t/pool.t line 31.\n    not ok 2\n    #   Failed test at t/pool.t line 40.\n    #          got: '3'\n"
     "    #     expected: '4'\n    1..2\n    # Looks like you failed 2 tests of 2.\nnot ok 1 - pool\n"
     "#   Failed test 'pool'\n#   at t/pool.t line 44.\nok 2 - loads\n1..2\n# Looks like you failed 1 test of 2.\n"
     + _MORE_TAIL),
    # Test::More: the subtest's own code died after its timing-named assertion failed (Test2 rethrows after the subtest's
    # line: the die message and "exited with 255" follow it)
    ("test-more-subtest-died", "real",
     _MORE_HEAD + "    # Subtest: pool\n    not ok 1 - releases_after_delay\n    #   Failed test 'releases_after_delay'\n"
     "    #   at t/pool.t line 31.\n    # Child (pool) exited without calling finalize()\nnot ok 1 - pool\n"
     "#   Failed test 'pool'\n#   at t/pool.t line 44.\nCan't call method \"release\" on an undefined value at "
     "t/pool.t line 33.\n# Tests were run but no plan was declared and done_testing() was not seen.\n"
     "# Looks like your test exited with 255 just after 1.\nDubious, test returned 255 (wstat 65280, 0xff00)\n"
     "Failed 1/1 subtests \nResult: FAIL\n" + _EXIT),
    # ... Test2's Test::More (no "Child ... exited" line): the die is rethrown after the subtest's line, and the script
    # "exited with 255 just after 1", the subtest's own number
    ("test-more-subtest-died-test2", "real",
     _MORE_HEAD + "    # Subtest: pool\n    not ok 1 - releases_after_delay\n    #   Failed test 'releases_after_delay'\n"
     "    #   at t/pool.t line 31.\nnot ok 1 - pool\n#   Failed test 'pool'\n#   at t/pool.t line 44.\n"
     "Can't call method \"release\" on an undefined value at t/pool.t line 33.\n"
     "# Tests were run but no plan was declared and done_testing() was not seen.\n"
     "# Looks like your test exited with 255 just after 1.\nDubious, test returned 255 (wstat 65280, 0xff00)\n"
     "Failed 1/1 subtests \nResult: FAIL\n" + _EXIT),
    # node-tap: the parent test's own assertion printed ABOVE its subtest block, the subtest timed out below it
    ("node-tap-parent-assertion-above-block", "real",
     _TAP_HEAD + "# Subtest: wheel zoom\n    not ok 1 - should be equal\n      ---\n      found: 3\n      wanted: 4\n"
     "      compare: ===\n      at:\n        fileName: test/wheel.js\n        lineNumber: 12\n      ...\n"
     + _tap_timeout("zooms in on scroll", "    ").replace("not ok 1 - zooms", "not ok 2 - zooms")
     + "    1..2\n    # failed 2 of 2 tests\nnot ok 12 - wheel zoom # time=30016.1ms\n\n# failed 1 of 40 tests\n" + _EXIT),
    # node-tap: the parent's own function threw after its subtest timed out (node-tap prints the throw as a test point
    # of the parent's block, "tapCaught: testFunctionThrow")
    ("node-tap-parent-threw-after-block", "real",
     _TAP_HEAD + "# Subtest: wheel zoom\n" + _tap_timeout("zooms in on scroll", "    ")
     + "    not ok 2 - Cannot read properties of undefined (reading 'scale')\n      ---\n      stack: |\n"
     "        Test.<anonymous> (test/wheel.js:20:19)\n      at:\n        fileName: test/wheel.js\n        lineNumber: 20\n"
     "      tapCaught: testFunctionThrow\n      type: TypeError\n      ...\n"
     "    1..2\n    # failed 2 of 2 tests\nnot ok 12 - wheel zoom # time=30016.1ms\n\n# failed 1 of 40 tests\n" + _EXIT),
    # node:test: the suite's "before" hook failed; its tests were cancelled, one of them timing-named
    ("node-test-before-hook-children-cancelled", "real",
     _NT_HEAD + "# Subtest: retry policy\n    # Subtest: retriesAfterDelay\n    not ok 1 - retriesAfterDelay\n"
     "      ---\n      duration_ms: 0.2\n      type: 'test'\n      failureType: 'cancelledByParent'\n"
     "      error: 'test did not finish before its parent and was cancelled'\n      code: 'ERR_TEST_FAILURE'\n      ...\n"
     "    1..1\nnot ok 3 - retry policy\n  ---\n  duration_ms: 3.4\n  type: 'suite'\n  failureType: 'hookFailed'\n"
     "  error: 'failed running before hook'\n  code: 'ERR_TEST_FAILURE'\n  stack: |-\n"
     "    TypeError: Cannot read properties of undefined (reading 'connect')\n"
     "    TestContext.<anonymous> (file:///app/test/retry.test.js:6:20)\n  ...\n" + _nt_tail()),
    # node:test: a sibling suite's test failed in its "beforeEach" hook (its own failureType), beside the timing-named one
    ("node-test-sibling-beforeeach-hook", "real",
     _NT_HEAD + _NT_RETRY + "# Subtest: cache\n    # Subtest: evicts the oldest\n    not ok 1 - evicts the oldest\n"
     "      ---\n      duration_ms: 1.2\n      type: 'test'\n      failureType: 'hookFailed'\n"
     "      error: 'failed running beforeEach hook'\n      code: 'ERR_TEST_FAILURE'\n      stack: |-\n"
     "        ReferenceError: seed is not defined\n      ...\n    1..1\nnot ok 4 - cache\n  ---\n  type: 'suite'\n"
     "  failureType: 'subtestsFailed'\n  error: '1 subtest failed'\n  code: 'ERR_TEST_FAILURE'\n  ...\n"
     + _nt_tail(failed=2)),
    # go test -v: the parent's own testify assertion under "=== NAME  TestPool" (testify's first line is the file:line
    # with nothing after it; its "Error Trace:" block below)
    ("go-verbose-parent-testify", "real",
     _go(_GO_V_CHILD + "=== NAME  TestPool\n    pool_test.go:71: \n        \tError Trace:\t/app/pool_test.go:71\n"
         "        \tError:      \tNot equal: \n        \t            \texpected: 3\n        \t            \tactual  : 2\n"
         "        \tTest:       \tTestPool\n--- FAIL: TestPool (2.01s)\n    --- FAIL: TestPool/concurrent_release (2.00s)\n")),
    # ... the same where the CI's log view trimmed the trailing space after "pool_test.go:71:"
    ("go-verbose-parent-testify-trimmed", "real",
     _go(_GO_V_CHILD + "=== NAME  TestPool\n    pool_test.go:71:\n        \tError Trace:\t/app/pool_test.go:71\n"
         "        \tError:      \tNot equal: \n        \t            \texpected: 3\n        \t            \tactual  : 2\n"
         "        \tTest:       \tTestPool\n--- FAIL: TestPool (2.01s)\n    --- FAIL: TestPool/concurrent_release (2.00s)\n")),
    # go test -race: the race detector's report in the timing-named subtest (a data race is a bug in the code)
    ("go-race-detected-in-child", "real",
     _go("==================\nWARNING: DATA RACE\nWrite at 0x00c0001a2010 by goroutine 9:\n"
         "  example.com/pool.(*Pool).Release()\n      /app/pool.go:41 +0x64\n\nPrevious read at 0x00c0001a2010 by goroutine 8:\n"
         "  example.com/pool.(*Pool).Get()\n      /app/pool.go:30 +0x3c\n==================\n"
         "--- FAIL: TestPool (0.01s)\n    --- FAIL: TestPool/concurrent_release (0.00s)\n"
         "        testing.go:1465: race detected during execution of test\n")),
    # go test: timing-named subtest under a parent with no output, and another package that does not compile
    ("go-timing-child-beside-build-failure", "real",
     "+ go test ./...\n# example.com/api\napi/handler.go:12:2: undefined: NewRouter\n"
     "FAIL\texample.com/api [build failed]\n--- FAIL: TestPool (2.01s)\n    --- FAIL: TestPool/concurrent_release (2.00s)\n"
     "        pool_test.go:58: second release not seen\nFAIL\nFAIL\texample.com/pool\t2.412s\nFAIL\n" + _EXIT),
    # go test: two parents with no output of their own, one child timing-named, the other's child failing on values
    ("go-two-parents-timing-and-values", "real",
     _go("--- FAIL: TestPool (2.01s)\n    --- FAIL: TestPool/concurrent_release (2.00s)\n"
         "        pool_test.go:58: second release not seen\n--- FAIL: TestCache (0.00s)\n"
         "    --- FAIL: TestCache/eviction (0.00s)\n        cache_test.go:33: len = 3, want 2\n")),
    # gotestsum's summary: the parent's own line only in its "=== FAIL:" entry (its "--- FAIL: TestPool" dropped)
    ("gotestsum-summary-parent-own-line", "real",
     "+ gotestsum --format pkgname -- ./...\n✖  pool (2.42s)\n\n=== Failed\n"
     "=== FAIL: pool TestPool/concurrent_release (2.00s)\n    pool_test.go:58: second release not seen\n"
     "    --- FAIL: TestPool/concurrent_release (2.00s)\n\n=== FAIL: pool TestPool (2.01s)\n"
     "    pool_test.go:71: idle = 2, want 3\n\nDONE 40 tests, 2 failures in 3.104s\n" + _EXIT),
    # go test: a test ABOUT test output: its compared text quotes go test's parent and child lines; a timing-named test
    # failed beside it
    ("go-test-quoting-fail-lines", "real",
     _go("--- FAIL: TestSummary (0.01s)\n    summary_test.go:40: output mismatch, got:\n"
         "        --- FAIL: TestNested (0.00s)\n            --- FAIL: TestNested/a (0.00s)\n"
         "--- FAIL: TestPoolConcurrentRelease (2.00s)\n    pool_test.go:58: second release not seen\n")),
    # Gradle (composite events logged): a parameterized sibling failed on values; its invocation's line "[2] 4" has a
    # space, so its method's line "PoolTest > isBounded(int) FAILED" is the one failing-test line that stands for it
    ("gradle-parameterized-sibling-values", "real",
     _gradle(_GRADLE_TIMING + "com.acme.pool.PoolTest > isBounded(int) > [2] 4 FAILED\n"
             "    org.opentest4j.AssertionFailedError: expected: <4> but was: <3>\n        at PoolTest.java:97\n\n"
             "com.acme.pool.PoolTest > isBounded(int) FAILED\n\ncom.acme.pool.PoolTest FAILED\n", failed=2)),
    # ... nested: the parameterized sibling in another nested class
    ("gradle-nested-parameterized-sibling-values", "real",
     _gradle("PoolTest > Release > releasesAfterDelay() FAILED\n    org.opentest4j.AssertionFailedError at PoolTest.java:88\n\n"
             "PoolTest > Size > isBounded(int) > [2] 4 FAILED\n"
             "    org.opentest4j.AssertionFailedError: expected: <4> but was: <3>\n        at PoolTest.java:97\n\n"
             "PoolTest > Size > isBounded(int) FAILED\n\nPoolTest > Release FAILED\n\nPoolTest > Size FAILED\n\n"
             "PoolTest FAILED\n", failed=2)),
    # Spock under Gradle: features named in words; a sibling feature failed on its condition; the spec's line was the
    # one failing-test line that stood for it
    ("gradle-spock-sibling-feature", "real",
     _gradle("com.acme.pool.PoolSpec > releases after delay FAILED\n    org.spockframework.runtime.SpockTimeoutError at "
             "PoolSpec.groovy:30\n\ncom.acme.pool.PoolSpec > computes the size FAILED\n"
             "    org.spockframework.runtime.ConditionNotSatisfiedError at PoolSpec.groovy:44\n\n"
             "com.acme.pool.PoolSpec FAILED\n", failed=2)),
    # Gradle: a nested class's @BeforeClass failed (JUnit 4's synthetic "classMethod", recalled) beside the timing test
    ("gradle-classmethod-beside-timing", "real",
     _gradle("PoolTest > Release > releasesAfterDelay() FAILED\n    java.lang.AssertionError at PoolTest.java:88\n\n"
             "PoolTest > Size > classMethod FAILED\n    java.lang.IllegalStateException at PoolTest.java:120\n\n"
             "PoolTest > Release FAILED\n\nPoolTest > Size FAILED\n\nPoolTest FAILED\n", failed=2)),
    # Surefire: the nested classes' reports, the timing-named test beside a sibling that failed on values
    ("surefire-nested-sibling-values", "real",
     "[INFO] Running com.acme.pool.PoolTest\n[INFO] Running com.acme.pool.PoolTest$Release\n"
     "[ERROR] Tests run: 2, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 2.1 s <<< FAILURE! -- in "
     "com.acme.pool.PoolTest$Release\n[ERROR] com.acme.pool.PoolTest$Release.releasesAfterDelay -- Time elapsed: 2.0 s "
     "<<< FAILURE!\norg.opentest4j.AssertionFailedError: expected: <true> but was: <false>\n"
     "\tat com.acme.pool.PoolTest$Release.releasesAfterDelay(PoolTest.java:88)\n\n"
     "[INFO] Running com.acme.pool.PoolTest$Size\n[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time "
     "elapsed: 0.02 s <<< FAILURE! -- in com.acme.pool.PoolTest$Size\n[ERROR] com.acme.pool.PoolTest$Size.isBounded -- "
     "Time elapsed: 0.01 s <<< FAILURE!\norg.opentest4j.AssertionFailedError: expected: <4> but was: <3>\n"
     "\tat com.acme.pool.PoolTest$Size.isBounded(PoolTest.java:97)\n\n[ERROR] Tests run: 5, Failures: 2, Errors: 0, "
     "Skipped: 0, Time elapsed: 2.2 s <<< FAILURE! -- in com.acme.pool.PoolTest\n[INFO]\n[INFO] Results:\n[INFO]\n"
     "[ERROR] Failures: \n[ERROR]   PoolTest$Release.releasesAfterDelay:88 expected: <true> but was: <false>\n"
     "[ERROR]   PoolTest$Size.isBounded:97 expected: <4> but was: <3>\n[INFO]\n"
     "[ERROR] Tests run: 40, Failures: 2, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n" + _EXIT),
    # go test: the quarantine list marks one subtest flaky; another parent's subtest failed on values
    ("go-flaky-mark-beside-other-parent-values", "real",
     _go("--- FAIL: TestSync (0.31s)\n    --- FAIL: TestSync/pulls_mirror (0.30s)\n"
         "        sync_test.go:41: mirror index not refreshed\n--- FAIL: TestCache (0.00s)\n    --- FAIL: TestCache/eviction (0.00s)\n"
         "        cache_test.go:33: len = 3, want 2\n").replace("FAIL\n" + _EXIT, "")
     + "flaky: TestSync/pulls_mirror (quarantined, see QUARANTINE.md)\n" + _EXIT),
    # node-tap: a timed-out subtest and, in ANOTHER top-level test, a subtest failing on values
    ("node-tap-timeout-beside-other-suite-values", "real",
     _TAP_HEAD + "# Subtest: wheel zoom\n" + _tap_timeout("zooms in on scroll", "    ")
     + "    1..1\n    # failed 1 test\nnot ok 11 - wheel zoom # time=30012.4ms\n"
     "# Subtest: scale\n    # Subtest: computes the scale\n        not ok 1 - should be equal\n          ---\n"
     "          found: 3\n          wanted: 4\n          compare: ===\n          ...\n        1..1\n"
     "    not ok 1 - computes the scale # time=4.2ms\n    1..1\nnot ok 12 - scale # time=5.0ms\n\n"
     "# failed 2 of 40 tests\n" + _EXIT),

    # ============================================================ transient: a child's reading under parents that failed only by it
    # node-tap's time limit, GitHub's raw timestamps on every line
    ("node-tap-timeout-stamped", "transient", _stamped(_TAP_WHEEL + _EXIT)),
    # ... Jenkins' timestamper and Pipeline lines
    ("node-tap-timeout-jenkins", "transient", _jenkins(_TAP_WHEEL)),
    # node:test: the timing-named test under its suite, GitHub's raw timestamps
    ("node-test-timing-named-stamped", "transient", _stamped(_NT_HEAD + _NT_RETRY + _nt_tail())),
    # node:test: the timing-named test with 30 passing siblings printed above it in the suite's block
    ("node-test-timing-named-long-suite", "transient",
     _NT_HEAD + "# Subtest: retry policy\n" + "".join(
         f"    # Subtest: keeps header {n}\n    ok {n} - keeps header {n}\n      ---\n      duration_ms: 0.{n}\n"
         f"      type: 'test'\n      ...\n" for n in range(1, 31))
     + _NT_RETRY.split("\n", 1)[1].replace("not ok 1 - retriesAfterDelay", "not ok 31 - retriesAfterDelay")
     + _nt_tail()),
    # Test::More: nested two deep, the timing-named assertion the only failure
    ("test-more-two-deep-timing", "transient",
     _MORE_HEAD + "    # Subtest: pool\n        # Subtest: release\n        not ok 1 - releases_after_delay\n"
     "        #   Failed test 'releases_after_delay'\n        #   at t/pool.t line 31.\n        1..1\n"
     "        # Looks like you failed 1 test of 1.\n    not ok 1 - release\n    #   Failed test 'release'\n"
     "    #   at t/pool.t line 35.\n    1..1\n    # Looks like you failed 1 test of 1.\nnot ok 1 - pool\n"
     "#   Failed test 'pool'\n#   at t/pool.t line 36.\nok 2 - loads\n1..2\n# Looks like you failed 1 test of 2.\n"
     + _MORE_TAIL),
    # go test -v, GitHub's raw timestamps
    ("go-verbose-timing-child-stamped", "transient",
     _stamped(_go(_GO_V_CHILD + "--- FAIL: TestPool (2.01s)\n    --- FAIL: TestPool/concurrent_release (2.00s)\n"))),
    # go test -v: forty passing subtests above the timing-named one (a long log, the parent far below them)
    ("go-verbose-timing-child-long", "transient",
     _go("=== RUN   TestPool\n" + "".join(f"=== RUN   TestPool/get_{n}\n" for n in range(40))
         + "=== RUN   TestPool/concurrent_release\n    pool_test.go:58: second release not seen\n"
         "--- FAIL: TestPool (2.41s)\n" + "".join(f"    --- PASS: TestPool/get_{n} (0.01s)\n" for n in range(40))
         + "    --- FAIL: TestPool/concurrent_release (2.00s)\n")),
    # gotestsum's summary: only the timing-named subtest printed a line; the parent's entry is empty
    ("gotestsum-summary-timing-child", "transient",
     "+ gotestsum --format pkgname -- ./...\n✖  pool (2.42s)\n\n=== Failed\n"
     "=== FAIL: pool TestPool/concurrent_release (2.00s)\n    pool_test.go:58: second release not seen\n"
     "    --- FAIL: TestPool/concurrent_release (2.00s)\n\n=== FAIL: pool TestPool (2.01s)\n\n"
     "DONE 40 tests, 2 failures in 3.104s\n" + _EXIT),
    # Gradle three levels deep, each suite's line after the timing-named test
    ("gradle-three-levels-timing", "transient",
     _gradle("PoolTest > Release > Async > releasesAfterDelay() FAILED\n    org.opentest4j.AssertionFailedError at "
             "PoolTest.java:88\n\nPoolTest > Release > Async FAILED\n\nPoolTest > Release FAILED\n\nPoolTest FAILED\n")),
    # Gradle: a parameterized timing-named test, its invocation "[1] 50" and its method's line, then the class's
    ("gradle-parameterized-timing", "transient",
     _gradle("com.acme.pool.PoolTest > releasesAfterDelay(int) > [1] 50 FAILED\n"
             "    org.opentest4j.AssertionFailedError at PoolTest.java:88\n\n"
             "com.acme.pool.PoolTest > releasesAfterDelay(int) FAILED\n\ncom.acme.pool.PoolTest FAILED\n")),
    # Gradle nested under Jenkins' timestamper
    ("gradle-nested-timing-jenkins", "transient",
     _jenkins("> Task :core:test\n\nPoolTest > Release > releasesAfterDelay() FAILED\n"
              "    org.opentest4j.AssertionFailedError at PoolTest.java:88\n\nPoolTest > Release FAILED\n\n"
              "PoolTest FAILED\n\n42 tests completed, 1 failed\n\n> Task :core:test FAILED\n\n"
              "FAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':core:test'.\n"
              "> There were failing tests. See the report at: file:///var/jenkins/ws/core/build/reports/tests/test/index.html\n\n"
              "BUILD FAILED in 1m 12s\n")),
    # go test: a CI script's quarantine list marks the subtest flaky; its parent printed no line of its own
    ("go-flaky-mark-child-parent-silent", "transient",
     _go("--- FAIL: TestSync (0.31s)\n    --- FAIL: TestSync/pulls_mirror (0.30s)\n"
         "        sync_test.go:41: mirror index not refreshed\n").replace("FAIL\n" + _EXIT, "")
     + "flaky: TestSync/pulls_mirror (quarantined, see QUARANTINE.md)\n" + _EXIT),
    # Surefire nested class: the timing-named test alone (Surefire prints no parent line of the kind; guard)
    ("surefire-nested-timing-alone", "transient",
     "[INFO] Running com.acme.pool.PoolTest\n[INFO] Running com.acme.pool.PoolTest$Release\n"
     "[ERROR] Tests run: 2, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 2.1 s <<< FAILURE! -- in "
     "com.acme.pool.PoolTest$Release\n[ERROR] com.acme.pool.PoolTest$Release.releasesAfterDelay -- Time elapsed: 2.0 s "
     "<<< FAILURE!\norg.opentest4j.AssertionFailedError: expected: <true> but was: <false>\n"
     "\tat com.acme.pool.PoolTest$Release.releasesAfterDelay(PoolTest.java:88)\n\n"
     "[ERROR] Tests run: 5, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 2.2 s <<< FAILURE! -- in "
     "com.acme.pool.PoolTest\n[INFO]\n[INFO] Results:\n[INFO]\n[ERROR] Failures: \n"
     "[ERROR]   PoolTest$Release.releasesAfterDelay:88 expected: <true> but was: <false>\n[INFO]\n"
     "[ERROR] Tests run: 40, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n" + _EXIT),
    # node:test with every line's indentation lost: the suite line can no longer be told from a test's
    ("node-test-timing-named-flush", "transient", _flush(_NT_HEAD + _NT_RETRY + _nt_tail())),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # node-tap with indentation lost and a sibling's values failure: never a sure transient
    ("node-tap-flush-sibling-values",
     _flush(_TAP_HEAD + "# Subtest: wheel zoom\n" + _tap_timeout("zooms in on scroll", "    ")
            + "    # Subtest: computes the scale\n        not ok 1 - should be equal\n          ---\n          found: 3\n"
            "          wanted: 4\n          ...\n        1..1\n    not ok 2 - computes the scale # time=4.2ms\n    1..2\n"
            "not ok 12 - wheel zoom # time=30016.1ms\n\n# failed 2 of 40 tests\n" + _EXIT)),
]


# Cases read wrong and left so (strict xfails: one that starts passing fails the suite).
KNOWN_MISREAD = {
    # LEFT: another package's compile error beside a timing-named subtest reads unknown (P 0.41), not real: the weighing
    # of compile-go against the timing name, not the parent lines (read so before this round too); no rerun proposed
    "go-timing-child-beside-build-failure": "compile-go does not outweigh the timing name to a sure real",
    # LEFT: with every line's indentation gone the suite's "not ok 3 - retry policy" cannot be told from a test's line
    # (the nesting is what says it is a parent's): it counts as another failing test, real (a recall miss only)
    "node-test-timing-named-flush": "without indentation a TAP parent's line is a test's line",
    # ((hold31a) a quarantine line naming a Go subtest, "flaky: TestSync/pulls_mirror", is read as naming that test since:
    # test_layout._name_words; go-flaky-mark-child-parent-silent reads transient and -beside-other-parent-values real)
}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_parent_lines_read_as_labelled(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)
    assert set(KNOWN_MISREAD) <= {c[0] for c in CASES}


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py (the shapes the line
# readers added here meet).
LONG_LINE_WORDS = [
    "    # Child (",
    ") exited without calling finalize()",
    "# Looks like your test exited with 255 just after ",
    "not ok 1",
    "    pool_test.go:71:",
]
