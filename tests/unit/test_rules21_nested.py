"""Twenty-first round, nested21: a parent's failure line is not another failing test.

What is read: the failing-test lines the engine counts when it asks whether ANOTHER test failed (rules.py:
_plain_test_failed for a timing-named test, _own_report for a value read as a flake's, _marked_elsewhere_failed for
a flaky mark), now without the lines of parents that report only their children's failure (_parent_only_lines).
Test runners that nest tests print a parent's failure as well as the child's:

  * TAP's subtests (TAP14 "# Subtest:" blocks indented four spaces): node-tap prints a failed assertion or its own
    "not ok 1 - timeout!" inside the test's block, then the test's "not ok 1 - <test> # time=...ms" in its parent's
    block, and so on out to the file's line (tapjs/tapjs src/core/src/test-base.ts #printResult, #writeSubComment;
    src/core/src/test-point.ts " # time=" ; src/core/src/base.ts timeout(), message 'timeout!'); Node's built-in
    runner prints each test's "not ok N - <name>" with its YAML block and, for the suite, "not ok 12 - <suite>" with
    "failureType: 'subtestsFailed'" and "error: '1 subtest failed'" (nodejs/node
    lib/internal/test_runner/reporter/tap.js reportTest/reportDetails/jsToYaml; lib/internal/test_runner/test.js
    postRun(): `${failed} subtest${failed > 1 ? 's' : ''} failed`, kSubtestsFailed only where the parent had passed
    itself; a hook's failure is its own: 'hookFailed', "failed running after hook"); Test::More's subtests are the
    same TAP shape (recalled);
  * go test: "--- FAIL: TestParent (..)" then, indented, the subtests' "--- FAIL: TestParent/child (..)" blocks among
    the parent's own output (golang/go src/testing/testing.go report() and flushToParent(): the header, then the
    test's output; -v streams the log lines under "=== RUN/CONT/NAME" headers). The header comes ABOVE its children
    in both modes, not after them;
  * Gradle: where its test logging's granularity takes in composite descriptors, "WheelTest > Zoom FAILED" and
    "WheelTest FAILED" follow "WheelTest > Zoom > zoomsAfterDelay() FAILED", the suite's own exceptions indented
    under it only where it has any (gradle/gradle TestEventLogger.after(), AbstractTestLogger.getEventPath()).
    Gradle's synthetic "classMethod" test for a failing @BeforeAll is recalled, not read. A nested class's test,
    "PoolTest > Size > isBounded() FAILED", was not read as a failing test's line at all (only the one-level path
    was), so a sibling in another nested class did not count; it does now;
  * Mocha (nested describe titles under one "1) " entry), Jest ("● a › b › c", one line per test), pytest
    (class-based ids, one line per test) and libtest (module paths) print no parent line of their own (recalled);
    their cases guard that nothing changed there.

The rules the cases hold:
  * a child's own time limit, a timing-named test, or a value read as a flake's (timestamps a second apart, items in
    another order) under parents that failed only because it did -> transient, as it reads alone;
  * a REAL second failure still drops it: a sibling that failed on compared values or an error, a parent's own
    hook error (node:test "failureType: 'hookFailed'") or code error, a parent test's own assertion or output beside
    its children (node-tap's "not ok 2 - should be equal" in the parent's block, go test's own "x_test.go:12:" line), a
    Gradle suite line with its own exception, a test of another nested class (Gradle) -> real;
  * ambiguous: a go parent that only logged a line of its own beside a timing-named child, a Gradle suite line with
    indented output below it -> not surely transient.

Logs are written here around the runners' formats (names, paths and numbers made up); no project's CI log is copied.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"


# ---------------------------------------------------------------------------------------------- TAP (node:test)
def _nt_test(num: int, name: str, yaml: list[str], indent: str = "    ") -> str:
    """Node's TAP reporter: a test's "# Subtest:", its "not ok" line and YAML block, at one nesting level."""
    body = "".join(f"{indent}  {ln}\n" for ln in yaml)
    return f"{indent}# Subtest: {name}\n{indent}not ok {num} - {name}\n{indent}  ---\n{body}{indent}  ...\n"


def _nt_suite(num: int, name: str, failed: int = 1, indent: str = "", kind: str = "subtestsFailed",
              error: str | None = None) -> str:
    """Node's TAP reporter: a suite's own line after its subtests, its YAML as postRun() fails it."""
    if error is None:
        error = f"'{failed} subtest{'s' if failed > 1 else ''} failed'"
    return (f"{indent}not ok {num} - {name}\n{indent}  ---\n{indent}  duration_ms: 5012.4\n{indent}  type: 'suite'\n"
            f"{indent}  location: '/app/test/retry.test.js:4:1'\n{indent}  failureType: '{kind}'\n"
            f"{indent}  error: {error}\n{indent}  code: 'ERR_TEST_FAILURE'\n{indent}  ...\n")


_NT_HEAD = "+ node --test --test-reporter=tap test/\nTAP version 13\n"


def _nt_tail(tests: int = 40, failed: int = 1) -> str:
    return f"1..12\n# tests {tests}\n# suites 6\n# pass {tests - failed}\n# fail {failed}\n# cancelled 0\n" + _EXIT


_NT_TIMEOUT = ["duration_ms: 5001.2", "type: 'test'", "location: '/app/test/retry.test.js:9:3'",
               "failureType: 'testTimeoutFailure'", "error: 'test timed out after 5000ms'", "code: 'ERR_TEST_FAILURE'"]
# (a timing-named test that failed on a wait of its own, no time limit of the runner's)
_NT_WAITED = ["duration_ms: 2003.9", "type: 'test'", "location: '/app/test/retry.test.js:9:3'",
              "failureType: 'testCodeFailure'", "error: 'the second attempt was not made'", "code: 'ERR_TEST_FAILURE'",
              "stack: |-", "  TestContext.<anonymous> (file:///app/test/retry.test.js:15:11)"]
_NT_VALUES = ["duration_ms: 3.1", "type: 'test'", "location: '/app/test/retry.test.js:30:3'",
              "failureType: 'testCodeFailure'", "error: |-", "  Expected values to be strictly equal:", "  ",
              "  3 !== 4", "  ", "code: 'ERR_ASSERTION'", "name: 'AssertionError'", "expected: 4", "actual: 3",
              "operator: 'strictEqual'", "stack: |-", "  TestContext.<anonymous> (file:///app/test/retry.test.js:33:12)"]
_NT_OUTAGE = ["duration_ms: 212.3", "type: 'test'", "location: '/app/test/sync.test.js:9:3'",
              "failureType: 'testCodeFailure'", "error: 'read ECONNRESET'", "code: 'ECONNRESET'", "stack: |-",
              "  TLSWrap.onStreamRead (node:internal/stream_base_commons:218:20)"]
_NT_STAMPS = ["duration_ms: 12.3", "type: 'test'", "location: '/app/test/audit.test.js:9:3'",
              "failureType: 'testCodeFailure'", "error: |-", "  Expected values to be strictly equal:", "  ",
              "  '2024-03-01T10:00:01.000Z' !== '2024-03-01T10:00:00.000Z'", "  ", "code: 'ERR_ASSERTION'",
              "name: 'AssertionError'", "expected: '2024-03-01T10:00:00.000Z'", "actual: '2024-03-01T10:00:01.000Z'",
              "operator: 'strictEqual'"]


# ---------------------------------------------------------------------------------------------- TAP (node-tap)
def _tap_timeout(test: str, indent: str) -> str:
    """node-tap's own time limit inside the test's block (Base.timeout(): "not ok 1 - timeout!", expired: <name>)."""
    return (f"{indent}# Subtest: {test}\n{indent}    not ok 1 - timeout!\n{indent}      ---\n"
            f"{indent}      expired: {test}\n{indent}      message: timeout!\n{indent}      ...\n"
            f"{indent}    1..1\n{indent}    # failed 1 test\n{indent}not ok 1 - {test} # time=30002.1ms\n")


_TAP_HEAD = "+ npx tap --reporter=tap test/\nTAP version 14\n"


# ---------------------------------------------------------------------------------------------- go test
def _go(body: str) -> str:
    return "+ go test ./...\n" + body + "FAIL\nFAIL\texample.com/pool\t30.412s\nFAIL\n" + _EXIT


# ---------------------------------------------------------------------------------------------- Gradle
def _gradle(body: str) -> str:
    return ("> Task :core:test\n\n" + body +
            "\n42 tests completed, 1 failed\n\n> Task :core:test FAILED\n\nFAILURE: Build failed with an exception.\n\n"
            "* What went wrong:\nExecution failed for task ':core:test'.\n> There were failing tests. See the report at: "
            "file:///home/runner/work/app/core/build/reports/tests/test/index.html\n\nBUILD FAILED in 1m 12s\n" + _EXIT)


_GRADLE_TIMING_LEAF = ("PoolTest > Release > releasesAfterDelay() FAILED\n"
                       "    org.opentest4j.AssertionFailedError at PoolTest.java:88\n")


CASES: list[tuple[str, str, str]] = [
    # ============================================================ a child's reading survives parents that failed only by it
    # node-tap: the test's own time limit (base.ts timeout()) two levels down; its test's and suite's lines follow it
    ("node-tap-timeout-under-suite", "transient",
     _TAP_HEAD + "# Subtest: test/wheel.js\n    # Subtest: wheel zoom\n" + _tap_timeout("zooms in on scroll", "        ")
     + "        1..1\n        # failed 1 test\n    not ok 1 - wheel zoom # time=30012.4ms\n    1..1\n"
     "    # failed 1 test\nnot ok 12 - test/wheel.js # time=30950.2ms\n\n# failed 1 of 40 tests\n# time=41.2s\n" + _EXIT),
    # ... the same with no file level (a single file run): "not ok 12 - wheel zoom # time=30012.4ms" right below
    ("node-tap-timeout-suite-line", "transient",
     _TAP_HEAD + "# Subtest: wheel zoom\n" + _tap_timeout("zooms in on scroll", "    ")
     + "    1..1\n    # failed 1 test\nnot ok 12 - wheel zoom # time=30012.4ms\n\n# failed 1 of 40 tests\n" + _EXIT),
    # node:test: a timing-named test that failed on a wait of its own, under a suite whose YAML says subtestsFailed
    ("node-test-timing-named-under-suite", "transient",
     _NT_HEAD + "# Subtest: retry policy\n" + _nt_test(1, "retriesAfterDelay", _NT_WAITED) + "    1..1\n"
     + _nt_suite(3, "retry policy") + _nt_tail()),
    # ... two suites deep (describe in describe), each suite's line after its block
    ("node-test-timing-named-two-suites", "transient",
     _NT_HEAD + "# Subtest: client\n    # Subtest: retry policy\n"
     + _nt_test(1, "retriesAfterDelay", _NT_WAITED, indent="        ") + "        1..1\n"
     + _nt_suite(2, "retry policy", indent="    ") + "    1..2\n" + _nt_suite(3, "client") + _nt_tail()),
    # ... the file's own line of a test file run in its own process (runner.js: 'test failed', subtestsFailed, exitCode)
    ("node-test-timing-named-file-line", "transient",
     _NT_HEAD + "# Subtest: /app/test/retry.test.js\n    # Subtest: retry policy\n"
     + _nt_test(1, "retriesAfterDelay", _NT_WAITED, indent="        ") + "        1..1\n"
     + _nt_suite(2, "retry policy", indent="    ") + "    1..2\n"
     "not ok 1 - /app/test/retry.test.js\n  ---\n  duration_ms: 2210.5\n  failureType: 'subtestsFailed'\n  exitCode: 1\n"
     "  signal: ~\n  error: 'test failed'\n  code: 'ERR_TEST_FAILURE'\n  ...\n" + _nt_tail()),
    # node:test: the runner's own time limit on a test whose name speaks of a delay (test.js kTestTimeoutFailure)
    ("node-test-timeout-under-suite", "transient",
     _NT_HEAD + "# Subtest: retry policy\n" + _nt_test(1, "retriesAfterDelay", _NT_TIMEOUT) + "    1..1\n"
     + _nt_suite(3, "retry policy") + _nt_tail()),
    # node:test: timestamps a second apart in a suite (read before as well: the suite's YAML names no failure)
    ("node-test-stamps-under-suite", "transient",
     _NT_HEAD + "# Subtest: audit log\n" + _nt_test(1, "stamps the entry", _NT_STAMPS) + "    1..1\n"
     + _nt_suite(4, "audit log") + _nt_tail()),
    # node:test: an outage inside one test's own report, under its suite (read so before as well)
    ("node-test-outage-under-suite", "transient",
     _NT_HEAD + "# Subtest: mirror sync\n" + _nt_test(1, "pulls the index", _NT_OUTAGE) + "    1..1\n"
     + _nt_suite(3, "mirror sync") + _nt_tail()),
    # Test::More's subtest (TAP, prove): a timing-named test inside it, the subtest's own "not ok" after the block
    ("test-more-subtest-timing-named", "transient",
     "+ prove -lr t/\nt/pool.t .. \n    # Subtest: pool\n    ok 1 - opens a connection\n"
     "    not ok 2 - releases_after_delay\n    #   Failed test 'releases_after_delay'\n    #   at t/pool.t line 31.\n"
     "    1..2\n    # Looks like you failed 1 test of 2.\nnot ok 1 - pool\n#   Failed test 'pool'\n#   at t/pool.t line 34.\n"
     "1..1\n# Looks like you failed 1 test of 1.\nDubious, test returned 1 (wstat 256, 0x100)\n"
     "Failed 1/1 subtests \n\nTest Summary Report\n-------------------\nt/pool.t (Wstat: 256 Tests: 1 Failed: 1)\n"
     "  Failed test:  1\nFiles=1, Tests=1,  3 wallclock secs\nResult: FAIL\n" + _EXIT),
    # go test: the parent's header above its timing-named subtest, no line of its own (read before as well)
    ("go-parent-no-output", "transient",
     _go("--- FAIL: TestPool (2.01s)\n    --- FAIL: TestPool/concurrent_release (2.00s)\n"
         "        pool_test.go:58: second release not seen\n")),
    # ... the same in -v output: the subtest's line under its own "=== RUN" header
    ("go-parent-no-output-verbose", "transient",
     _go("=== RUN   TestPool\n=== RUN   TestPool/concurrent_release\n    pool_test.go:58: second release not seen\n"
         "--- FAIL: TestPool (2.01s)\n    --- FAIL: TestPool/concurrent_release (2.00s)\n")),
    # Gradle with composite events logged: the nested class's and the class's lines after the timing-named test
    ("gradle-suite-lines-after-nested-test", "transient",
     _gradle(_GRADLE_TIMING_LEAF + "\nPoolTest > Release FAILED\n\nPoolTest FAILED\n")),
    # ... and the nested test alone, no suite line (read so before as well)
    ("gradle-nested-test-alone", "transient", _gradle(_GRADLE_TIMING_LEAF)),
    ("gradle-class-line-after-test", "transient",
     _gradle("com.acme.pool.PoolTest > releasesAfterDelay() FAILED\n"
             "    org.opentest4j.AssertionFailedError at PoolTest.java:88\n\ncom.acme.pool.PoolTest FAILED\n")),
    # runners that print no parent line: guards (read so before as well)
    ("mocha-nested-describe-timeout", "transient",
     "+ npx mocha\n\n  wheel\n    zoom\n      1) zooms in on scroll\n\n  39 passing (12s)\n  1 failing\n\n"
     "  1) wheel\n       zoom\n         zooms in on scroll:\n     Error: Timeout of 2000ms exceeded. For async tests and hooks, "
     "ensure \"done()\" is called; if returning a Promise, ensure it resolves. (/app/test/wheel.test.js)\n"
     "      at listOnTimeout (node:internal/timers:573:17)\n\n" + _EXIT),
    ("jest-nested-describe-timeout", "transient",
     "FAIL src/wheel.test.ts (7.1 s)\n  ● wheel › zoom › zooms in on scroll\n\n"
     "    thrown: \"Exceeded timeout of 5000 ms for a test.\n    Add a timeout value to this test to increase the timeout, "
     "if this is a long-running test. See https://jestjs.io/docs/api#testname-fn-timeout.\"\n\n"
     "      12 |   describe('zoom', () => {\n    > 13 |     it('zooms in on scroll', async () => {\n"
     "         |     ^\n\nTests:       1 failed, 39 passed, 40 total\n" + _EXIT),
    ("pytest-class-timing-named", "transient",
     "+ pytest -q\n...F.....\n=================================== FAILURES ===================================\n"
     "_____________________ TestPool.test_release_after_delay ______________________\n\n"
     "    def test_release_after_delay(self):\n>       assert self.pool.wait_released(timeout=2)\n"
     "E       assert False\n\ntests/test_pool.py:41: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_pool.py::TestPool::test_release_after_delay - assert False\n1 failed, 38 passed in 4.12s\n"
     + _EXIT),

    # ============================================================ a REAL second failure still drops it
    # node-tap: a sibling failed on its values (found/wanted), beside the timed-out test, both under the suite
    ("node-tap-timeout-beside-sibling-values", "real",
     _TAP_HEAD + "# Subtest: wheel zoom\n" + _tap_timeout("zooms in on scroll", "    ")
     + "    # Subtest: computes the scale\n        not ok 1 - should be equal\n          ---\n          found: 3\n"
     "          wanted: 4\n          compare: ===\n          ...\n        1..1\n        # failed 1 test\n"
     "    not ok 2 - computes the scale # time=4.2ms\n    1..2\n    # failed 2 of 2 tests\n"
     "not ok 12 - wheel zoom # time=30016.1ms\n\n# failed 2 of 40 tests\n" + _EXIT),
    # node-tap: the parent test's own assertion in its block, beside its timed-out subtest
    ("node-tap-timeout-parent-own-assertion", "real",
     _TAP_HEAD + "# Subtest: wheel zoom\n" + _tap_timeout("zooms in on scroll", "    ")
     + "    not ok 2 - should be equal\n      ---\n      found: 3\n      wanted: 4\n      compare: ===\n      ...\n"
     "    1..2\n    # failed 2 of 2 tests\nnot ok 12 - wheel zoom # time=30016.1ms\n\n# failed 1 of 40 tests\n" + _EXIT),
    # node:test: a sibling failed on compared values; the suite's YAML says 2 subtests failed
    ("node-test-timing-named-beside-sibling-values", "real",
     _NT_HEAD + "# Subtest: retry policy\n" + _nt_test(1, "retriesAfterDelay", _NT_WAITED)
     + _nt_test(2, "counts the attempts", _NT_VALUES) + "    1..2\n" + _nt_suite(3, "retry policy", failed=2)
     + _nt_tail(failed=2)),
    # node:test: the suite's own "after" hook failed (test.js runHook: 'failed running after hook', kHookFailure)
    ("node-test-timing-named-suite-hook-failed", "real",
     _NT_HEAD + "# Subtest: retry policy\n" + _nt_test(1, "retriesAfterDelay", _NT_WAITED) + "    1..1\n"
     + _nt_suite(3, "retry policy", kind="hookFailed", error="'failed running after hook'")
     + "  stack: |-\n    TestContext.<anonymous> (file:///app/test/retry.test.js:6:20)\n" + _nt_tail()),
    # node:test: the suite's own code threw (its own failureType, testCodeFailure), beside the child's failure
    ("node-test-timing-named-suite-own-error", "real",
     _NT_HEAD + "# Subtest: retry policy\n" + _nt_test(1, "retriesAfterDelay", _NT_WAITED) + "    1..1\n"
     + _nt_suite(3, "retry policy", kind="testCodeFailure", error="'the suite set-up threw'") + _nt_tail()),
    # node:test: timestamps a second apart, and a sibling that failed on other values
    ("node-test-stamps-beside-sibling-values", "real",
     _NT_HEAD + "# Subtest: audit log\n" + _nt_test(1, "stamps the entry", _NT_STAMPS)
     + _nt_test(2, "counts the entries", _NT_VALUES) + "    1..2\n" + _nt_suite(4, "audit log", failed=2)
     + _nt_tail(failed=2)),
    # node:test: the outage's test beside a sibling that failed on compared values (read so before as well)
    ("node-test-outage-beside-sibling-values", "real",
     _NT_HEAD + "# Subtest: mirror sync\n" + _nt_test(1, "pulls the index", _NT_OUTAGE)
     + _nt_test(2, "counts the attempts", _NT_VALUES) + "    1..2\n" + _nt_suite(3, "mirror sync", failed=2)
     + _nt_tail(failed=2)),
    # Test::More: a plain sibling subtest failed beside the timing-named one
    ("test-more-subtest-timing-named-beside-plain", "real",
     "+ prove -lr t/\nt/pool.t .. \n    # Subtest: pool\n    not ok 1 - releases_after_delay\n"
     "    #   Failed test 'releases_after_delay'\n    #   at t/pool.t line 31.\n    1..1\n"
     "    # Looks like you failed 1 test of 1.\nnot ok 1 - pool\n#   Failed test 'pool'\n#   at t/pool.t line 34.\n"
     "not ok 2 - parses the config\n#   Failed test 'parses the config'\n#   at t/pool.t line 40.\n"
     "#          got: '3'\n#     expected: '4'\n1..2\n# Looks like you failed 2 tests of 2.\n"
     "Dubious, test returned 2 (wstat 512, 0x200)\nFailed 2/2 subtests \nResult: FAIL\n" + _EXIT),
    # go test: the parent failed on its own line beside its timing-named subtest's (flushToParent: its own output)
    ("go-parent-own-assertion", "real",
     _go("--- FAIL: TestPool (2.01s)\n    --- FAIL: TestPool/concurrent_release (2.00s)\n"
         "        pool_test.go:58: second release not seen\n    pool_test.go:71: idle = 2, want 3\n")),
    # ... in -v output, its own line under "=== NAME  TestPool" (Go 1.20's header when the test's output resumes)
    ("go-parent-own-assertion-verbose", "real",
     _go("=== RUN   TestPool\n=== RUN   TestPool/concurrent_release\n    pool_test.go:58: second release not seen\n"
         "=== NAME  TestPool\n    pool_test.go:71: idle = 2, want 3\n"
         "--- FAIL: TestPool (2.01s)\n    --- FAIL: TestPool/concurrent_release (2.00s)\n")),
    # ... and a sibling subtest that failed (read so before as well)
    ("go-sibling-subtest", "real",
     _go("--- FAIL: TestPool (2.01s)\n    --- FAIL: TestPool/concurrent_release (2.00s)\n"
         "        pool_test.go:58: second release not seen\n    --- FAIL: TestPool/size (0.00s)\n"
         "        pool_test.go:90: size = 3, want 4\n")),
    # Gradle: the nested class's line carries its own exception (its @BeforeAll failed)
    ("gradle-suite-line-own-exception", "real",
     _gradle(_GRADLE_TIMING_LEAF + "\nPoolTest > Release FAILED\n"
             "    java.lang.IllegalStateException at PoolTest.java:31\n\nPoolTest FAILED\n")),
    # Gradle: a sibling test failed beside the timing-named one
    ("gradle-sibling-test", "real",
     _gradle("com.acme.pool.PoolTest > releasesAfterDelay() FAILED\n"
             "    org.opentest4j.AssertionFailedError at PoolTest.java:88\n\n"
             "com.acme.pool.PoolTest > sizeIsBounded() FAILED\n"
             "    org.opentest4j.AssertionFailedError: expected: <4> but was: <3>\n        at PoolTest.java:97\n\n"
             "com.acme.pool.PoolTest FAILED\n")),
    # Gradle: a test of another nested class failed beside it (its nested path, "A > B > c() FAILED", now a failing
    # test's line of its own; before, only the one-level "A > c() FAILED" was)
    ("gradle-nested-sibling-test", "real",
     _gradle(_GRADLE_TIMING_LEAF + "\nPoolTest > Size > isBounded() FAILED\n"
             "    org.opentest4j.AssertionFailedError: expected: <4> but was: <3>\n        at PoolTest.java:97\n")),
    # Mocha: another describe's "before all" hook failed on compared values (read so before as well)
    ("mocha-timeout-beside-before-all-hook", "real",
     "+ npx mocha\n\n  39 passing (12s)\n  2 failing\n\n"
     "  1) wheel\n       zoom\n         zooms in on scroll:\n     Error: Timeout of 2000ms exceeded. For async tests and "
     "hooks, ensure \"done()\" is called; if returning a Promise, ensure it resolves. (/app/test/wheel.test.js)\n"
     "      at listOnTimeout (node:internal/timers:573:17)\n\n"
     "  2) scale\n       \"before all\" hook for \"computes the scale\":\n\n"
     "      AssertionError: expected 3 to equal 4\n      + expected - actual\n\n      -3\n      +4\n\n"
     "      at Context.<anonymous> (test/scale.test.js:8:30)\n\n" + _EXIT),
    # Jest: a sibling in the same nested describe failed on compared values (read so before as well)
    ("jest-nested-timeout-beside-sibling-values", "real",
     "FAIL src/wheel.test.ts (7.1 s)\n  ● wheel › zoom › zooms in on scroll\n\n"
     "    thrown: \"Exceeded timeout of 5000 ms for a test.\n    Add a timeout value to this test to increase the timeout, "
     "if this is a long-running test. See https://jestjs.io/docs/api#testname-fn-timeout.\"\n\n"
     "  ● wheel › zoom › computes the scale\n\n    expect(received).toBe(expected) // Object.is equality\n\n"
     "    Expected: 4\n    Received: 3\n\n      20 |     expect(scale(2)).toBe(4);\n\n"
     "Tests:       2 failed, 38 passed, 40 total\n" + _EXIT),
    # pytest: a sibling in the same class failed on its values (read so before as well)
    ("pytest-class-timing-named-beside-sibling", "real",
     "+ pytest -q\n...FF....\n=================================== FAILURES ===================================\n"
     "_____________________ TestPool.test_release_after_delay ______________________\n\n"
     "E       assert False\n\ntests/test_pool.py:41: AssertionError\n"
     "_____________________ TestPool.test_size ______________________\n\n"
     "E       assert 3 == 4\n\ntests/test_pool.py:60: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_pool.py::TestPool::test_release_after_delay - assert False\n"
     "FAILED tests/test_pool.py::TestPool::test_size - assert 3 == 4\n2 failed, 37 passed in 4.12s\n" + _EXIT),
]

# Not surely transient: a parent whose line of its own may be a log line or a failure, a suite line with lines below it
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # go test: the parent printed a line of its own (t.Log and t.Error print alike): it counts as another failure
    ("go-parent-logged-a-line",
     _go("--- FAIL: TestPool (2.01s)\n    pool_test.go:20: using 4 workers\n"
         "    --- FAIL: TestPool/concurrent_release (2.00s)\n        pool_test.go:58: second release not seen\n")),
    # Gradle: a suite line with indented lines under it (its own exception, or output): it counts as another failure
    ("gradle-suite-line-with-lines-below",
     _gradle(_GRADLE_TIMING_LEAF + "\nPoolTest > Release FAILED\n    pool size was 3 at teardown\n")),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_a_parent_line_is_no_other_failing_test(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_a_parent_with_lines_of_its_own_does_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py (the shapes the new
# line readers of test_layout.py, _parent_only_lines, meet).
LONG_LINE_WORDS = [
    "not ok 12 - wheel zoom # time=",
    "    not ok 1 - timeout!",
    "  failureType: 'subtestsFailed'",
    "  error: '1 subtest failed'",
    "--- FAIL: TestPool/",
    "    pool_test.go:71: ",
    "PoolTest > Release > ",
    " FAILED",
]
