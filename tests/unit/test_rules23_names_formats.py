"""Twenty-third round, names23: where a failing test's NAME is found, across runners' report formats; npm's own ENOENT.

Covered: (1) the timing-sensitive-test entry (a failing test whose own name says it measures time, memory or concurrency,
tests/unit/test_rules22_test_names.py) read on the line where each common runner prints the failing test's name. One log per
format with a name holding a word of the entry's (here "slow": "keeps order with a slow consumer", SlowConsumerKeepsOrder,
slow_consumer_keeps_order) and a plain assertion (labelled transient by the round-22 evidence: timeout/delay/timer/sleep/slow
names flaky in 18 of 19 threads), and the same log with a neutral name ("full queue"), labelled real. Formats (31): go test
with a subtest, testify's block, gotestsum's "=== FAIL: pkg TestX", Maven Surefire 3.x and 2.x (JUnit 5 / 4), Gradle, sbt's
junit-interface, ScalaTest, pytest (a class's test), unittest, Jest, Vitest, Mocha, RSpec, Minitest, ExUnit, dotnet test with
xUnit, xUnit's console runner, NUnit's console, MSTest, Catch2, GoogleTest, CTest, Ginkgo, Nim's unittest, XCTest (Darwin and
Linux), PHPUnit, Kotest (through Gradle), Cypress (Mocha's form) and Playwright. On the base of this round (d7ceb2d) 21 of the
31 time-word logs missed the name (gotestsum, both Surefires, sbt junit-interface, Jest, Vitest, Mocha, Minitest, ExUnit,
both xUnit/NUnit consoles, Catch2, CTest, Ginkgo, Nim, both XCTests, PHPUnit, Kotest, Cypress, Playwright); all 31 neutral
logs read real, as they still do. Near-misses: the word in a passing test's name, in a test file's or package's name, in a
Surefire test's class rather than its method; a second failing test of the same form with a neutral name; a runner's own
per-test duration (Surefire's "Time elapsed: 0.012 s", junit-interface's ", took 2.1 sec") is not the sign of timing out an
async-named test needs.

What the new forms read: identifiers (gotestsum, Surefire, sbt, Minitest, PHPUnit, NUnit, xUnit, CTest, XCTest) the words
the older identifier forms read; names in words (Jest, Vitest, Mocha, ExUnit, Ginkgo, Nim, Catch2, Kotest, Playwright) only
the families the round-22 threads held at 80 % or more (time words, leak) and stress, not concurrency or async words, which
in such titles often name what the test is about ("surfaces a concurrent operation"). Review 12e's and fix 13's rules are
read in Jest's, chai's, Minitest's and XCTest's value forms (values_time._new_form_values_say_otherwise), and a measured
time under its lower bound or a fake clock's runaway says the name is not why the test failed.

Report forms are recalled from the runners' output, not read in their source here, except where marked: gotestsum's
"=== FAIL: <pkg> <Test> (0.00s)" summary (corroborated by a public CI-summary tool's comment describing it), sbt
junit-interface's "Test <class>.<method> failed: <exception>, took <n> sec" (its EventDispatcher, form as the brief for this
work quoted it), Nim unittest2's "[FAILED ]" (a public test that checks its output for it). Names, paths and values are
made up.

(2) npm's own install tree: `npm ci` / `npm install` failing with ENOENT on a file inside node_modules (open of a nested
package.json, rename out of ".staging") or ENOTEMPTY renaming a node_modules directory read as missing-build-file (real 0.97)
before; 20 public threads decided by what fixed them split 12 transient / 8 real (ids in signatures.toml,
npm-install-tree-file-missing), so such a failure now reads as neither surely real nor surely transient. The project's own
package.json missing keeps its real reading.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, logs, not_surely_transient, reads, reads_as

from triage_agent.classify.values_time import _TIMING_TEST_ID

_EXIT = "Error: Process completed with exit code 1.\n"


# --- each runner's report of one failing test (c: CamelCase name, s: snake_case name, w: name in words) ---

def _go_subtest(c, s, w):
    return (f"=== RUN   TestLease\n=== RUN   TestLease/{s}\n"
            f"    lease_test.go:57: renewed 0 leases, want 4\n"
            f"--- FAIL: TestLease (0.21s)\n    --- FAIL: TestLease/{s} (0.20s)\nFAIL\nFAIL\texample.com/lease\t0.412s\n" + _EXIT)

def _testify(c, s, w):
    return (f"=== RUN   TestLease{c}/ClientTLS\n    lease_test.go:57: \n"
            f"        \tError Trace:\t/home/runner/work/lease/lease_test.go:57\n"
            f"        \tError:      \tNot equal: \n        \t            \texpected: 4\n        \t            \tactual  : 0\n"
            f"        \tTest:       \tTestLease{c}/ClientTLS\n"
            f"--- FAIL: TestLease{c} (0.21s)\n    --- FAIL: TestLease{c}/ClientTLS (0.20s)\nFAIL\nFAIL\texample.com/lease\t0.412s\n" + _EXIT)

def _gotestsum(c, s, w):
    return ("✖  internal/lease (412ms)\n\n=== Failed\n"
            f"=== FAIL: internal/lease TestLease{c} (0.20s)\n    lease_test.go:57: renewed 0 leases, want 4\n\n"
            "DONE 12 tests, 1 failure in 1.532s\n" + _EXIT)

def _surefire3(c, s, w):
    lc = c[0].lower() + c[1:]
    return ("[INFO] Running com.acme.PoolTest\n"
            "[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.051 s <<< FAILURE! -- in com.acme.PoolTest\n"
            f"[ERROR] com.acme.PoolTest.{lc} -- Time elapsed: 0.012 s <<< FAILURE!\n"
            "org.opentest4j.AssertionFailedError: expected: <4> but was: <0>\n"
            "\tat org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:151)\n"
            f"\tat com.acme.PoolTest.{lc}(PoolTest.java:42)\n\n"
            "[INFO] Results:\n[INFO] \n[ERROR] Failures: \n"
            f"[ERROR]   PoolTest.{lc}:42 expected: <4> but was: <0>\n[INFO] \n"
            "[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n" + _EXIT)

def _surefire2(c, s, w):
    lc = c[0].lower() + c[1:]
    return ("Running com.acme.PoolTest\n"
            "Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.05 sec <<< FAILURE!\n"
            f"{lc}(com.acme.PoolTest)  Time elapsed: 0.01 sec  <<< FAILURE!\n"
            "java.lang.AssertionError: expected:<4> but was:<0>\n"
            f"\tat com.acme.PoolTest.{lc}(PoolTest.java:42)\n\n"
            "Results :\n\nFailed tests: \n"
            f"  PoolTest.{lc}:42 expected:<4> but was:<0>\n\n"
            "Tests run: 3, Failures: 1, Errors: 0, Skipped: 0\n\n[INFO] BUILD FAILURE\n" + _EXIT)

def _gradle(c, s, w):
    lc = c[0].lower() + c[1:]
    return ("> Task :test\n\n"
            f"PoolTest > {lc}() FAILED\n    org.opentest4j.AssertionFailedError at PoolTest.java:42\n\n"
            "3 tests completed, 1 failed\n\n> Task :test FAILED\n\nFAILURE: Build failed with an exception.\n" + _EXIT)

def _sbt_junit(c, s, w):
    lc = c[0].lower() + c[1:]
    return ("[info] Test run started\n"
            f"[error] Test com.acme.PoolSpec.{lc} failed: java.lang.AssertionError: expected:<4> but was:<0>, took 0.2 sec\n"
            "[error]     at com.acme.PoolSpec.keep(PoolSpec.java:42)\n"
            "[info] Test run finished: 1 failed, 0 ignored, 3 total, 0.4s\n"
            "[error] Failed: Total 3, Failed 1, Errors 0, Passed 2\n[error] Failed tests:\n[error] \tcom.acme.PoolSpec\n"
            "[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n" + _EXIT)

def _scalatest(c, s, w):
    return ("[info] PoolSpec:\n[info] - should start empty\n"
            f"[info] - should {w} *** FAILED ***\n[info]   0 did not equal 4 (PoolSpec.scala:42)\n"
            "[info] *** 1 TEST FAILED ***\n[error] Failed tests:\n[error] \tcom.acme.PoolSpec\n"
            "[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n" + _EXIT)

def _pytest_class(c, s, w):
    return ("=========================== short test summary info ============================\n"
            f"FAILED tests/test_pool.py::TestPool::test_{s} - assert 0 == 4\n"
            "========================= 1 failed, 41 passed in 3.12s =========================\n" + _EXIT)

def _unittest(c, s, w):
    return ("======================================================================\n"
            f"FAIL: test_{s} (tests.test_pool.PoolTest.test_{s})\n"
            "----------------------------------------------------------------------\n"
            "Traceback (most recent call last):\n"
            f"  File \"/src/tests/test_pool.py\", line 42, in test_{s}\n    self.assertEqual(count, 4)\n"
            "AssertionError: 0 != 4\n\n"
            "----------------------------------------------------------------------\nRan 12 tests in 0.310s\n\nFAILED (failures=1)\n" + _EXIT)

def _jest(c, s, w):
    return ("FAIL src/pool.test.ts\n"
            f"  ● PoolService › {w}\n\n"
            "    expect(received).toBe(expected) // Object.is equality\n\n    Expected: 4\n    Received: 0\n\n"
            "      40 |     await pool.drain();\n    > 42 |     expect(count).toBe(4);\n         |                   ^\n\n"
            "      at Object.<anonymous> (src/pool.test.ts:42:19)\n\n"
            "Test Suites: 1 failed, 3 passed, 4 total\nTests:       1 failed, 11 passed, 12 total\n" + _EXIT)

def _vitest(c, s, w):
    return (f" FAIL  src/pool.test.ts > PoolService > {w}\n"
            "AssertionError: expected 0 to be 4 // Object.is equality\n\n- Expected\n+ Received\n\n- 4\n+ 0\n\n"
            " ❯ src/pool.test.ts:42:19\n\n"
            " Test Files  1 failed | 3 passed (4)\n      Tests  1 failed | 11 passed (12)\n" + _EXIT)

def _mocha(c, s, w):
    return ("  11 passing (2s)\n  1 failing\n\n"
            f"  1) PoolService\n       {w}:\n\n"
            "      AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n0 !== 4\n\n"
            "      + expected - actual\n\n      -0\n      +4\n\n"
            "      at Context.<anonymous> (test/pool.test.js:42:12)\n\n" + _EXIT)

def _rspec(c, s, w):
    return ("Failures:\n\n"
            f"  1) Pool {w}\n     Failure/Error: expect(pool.count).to eq(4)\n\n"
            "       expected: 4\n            got: 0\n\n       (compared using ==)\n"
            "     # ./spec/pool_spec.rb:42:in `block (2 levels) in <top (required)>'\n\n"
            "Finished in 0.31 seconds (files took 0.5 seconds to load)\n12 examples, 1 failure\n\nFailed examples:\n\n"
            f"rspec ./spec/pool_spec.rb:40 # Pool {w}\n" + _EXIT)

def _minitest(c, s, w):
    return ("Finished in 0.310s, 38.7 runs/s, 64.5 assertions/s.\n\n"
            "  1) Failure:\n"
            f"PoolTest#test_{s} [test/pool_test.rb:42]:\n"
            "Expected: 4\n  Actual: 0\n\n"
            "12 runs, 20 assertions, 1 failures, 0 errors, 0 skips\n" + _EXIT)

def _exunit(c, s, w):
    return (f"  1) test {w} (MyApp.PoolTest)\n     test/pool_test.exs:40\n"
            "     Assertion with == failed\n     code:  assert count == 4\n     left:  0\n     right: 4\n"
            "     stacktrace:\n       test/pool_test.exs:42: (test)\n\n"
            "Finished in 0.3 seconds (0.1s async, 0.2s sync)\n12 tests, 1 failure\n" + _EXIT)

def _xunit(c, s, w):
    return (f"[xUnit.net 00:00:01.23]     Acme.Tests.PoolTests.{c} [FAIL]\n"
            f"  Failed Acme.Tests.PoolTests.{c} [12 ms]\n  Error Message:\n   Assert.Equal() Failure: Values differ\n"
            "Expected: 4\nActual:   0\n  Stack Trace:\n     at Acme.Tests.PoolTests.Run() in /src/PoolTests.cs:line 42\n\n"
            "Failed!  - Failed:     1, Passed:    11, Skipped:     0, Total:    12, Duration: 310 ms - Acme.Tests.dll (net8.0)\n" + _EXIT)

def _xunit_console(c, s, w):
    return (f"[xUnit.net 00:00:01.23]     Acme.Tests.PoolTests.{c} [FAIL]\n"
            "[xUnit.net 00:00:01.23]       Assert.Equal() Failure: Values differ\n"
            "[xUnit.net 00:00:01.23]       Expected: 4\n[xUnit.net 00:00:01.23]       Actual:   0\n"
            "[xUnit.net 00:00:01.25]   Finished:    Acme.Tests\n"
            "=== TEST EXECUTION SUMMARY ===\n   Acme.Tests  Total: 12, Errors: 0, Failed: 1, Skipped: 0, Time: 0.310s\n" + _EXIT)

def _nunit(c, s, w):
    return ("Errors, Failures and Warnings\n\n"
            f"1) Failed : Acme.Tests.PoolTests.{c}\n  Expected: 4\n  But was:  0\n"
            "   at Acme.Tests.PoolTests.Run() in /src/PoolTests.cs:line 42\n\n"
            "Test Run Summary\n  Overall result: Failed\n  Test Count: 12, Passed: 11, Failed: 1, Warnings: 0, Inconclusive: 0, Skipped: 0\n" + _EXIT)

def _mstest(c, s, w):
    return (f"  Failed {c} [12 ms]\n  Error Message:\n   Assert.AreEqual failed. Expected:<4>. Actual:<0>. \n"
            "  Stack Trace:\n     at Acme.Tests.PoolTests.Run() in /src/PoolTests.cs:line 42\n\n"
            "Failed!  - Failed:     1, Passed:    11, Skipped:     0, Total:    12, Duration: 310 ms - Acme.Tests.dll (net8.0)\n" + _EXIT)

def _catch2(c, s, w):
    return ("-------------------------------------------------------------------------------\n"
            f"Pool {w}\n"
            "-------------------------------------------------------------------------------\n"
            "/src/tests/pool.cpp:40\n...............................................................................\n\n"
            "/src/tests/pool.cpp:42: FAILED:\n  REQUIRE( count == 4 )\nwith expansion:\n  0 == 4\n\n"
            "===============================================================================\n"
            "test cases:  12 |  11 passed | 1 failed\nassertions: 20 | 19 passed | 1 failed\n\n" + _EXIT)

def _gtest(c, s, w):
    return ("[ RUN      ] PoolTest." + c + "\n/src/pool_test.cc:42: Failure\nExpected equality of these values:\n  count\n    Which is: 0\n  4\n"
            f"[  FAILED  ] PoolTest.{c} (12 ms)\n[==========] 12 tests from 3 test suites ran. (310 ms total)\n"
            f"[  PASSED  ] 11 tests.\n[  FAILED  ] 1 test, listed below:\n[  FAILED  ] PoolTest.{c}\n\n 1 FAILED TEST\n" + _EXIT)

def _ctest(c, s, w):
    return (f"3/12 Test  #3: pool_{s} ..........***Failed    0.12 sec\n"
            "/src/tests/pool.cpp:42: check count == 4 failed [0 != 4]\n\n"
            "92% tests passed, 1 tests failed out of 12\n\nThe following tests FAILED:\n"
            f"\t  3 - pool_{s} (Failed)\nErrors while running CTest\n" + _EXIT)

def _ginkgo(c, s, w):
    return ("------------------------------\n• [FAILED] [0.003 seconds]\nPool\n/src/pool_test.go:20\n"
            f"  [It] {w}\n  /src/pool_test.go:31\n\n  [FAILED] Expected\n      <int>: 0\n  to equal\n      <int>: 4\n"
            "  In [It] at: /src/pool_test.go:42 @ 01/02/24 10:00:00.000\n------------------------------\n\n"
            f"Summarizing 1 Failure:\n  [FAIL] Pool [It] {w}\n  /src/pool_test.go:42\n\n"
            "Ran 12 of 12 Specs in 0.310 seconds\nFAIL! -- 11 Passed | 1 Failed | 0 Pending | 0 Skipped\n--- FAIL: TestPool (0.31s)\nFAIL\n" + _EXIT)

def _nim(c, s, w):
    return ("[Suite] pool\n  [OK] starts empty\n"
            "    /src/tests/tpool.nim(42, 11): Check failed: count == 4\n    count was 0\n"
            f"  [FAILED] {w}\n"
            "Error: execution of an external program failed: '/src/tests/tpool'\n" + _EXIT)

def _xctest(c, s, w):
    return (f"Test Case '-[PoolTests.PoolTests test{c}]' started.\n"
            f"/src/Tests/PoolTests/PoolTests.swift:42: error: -[PoolTests.PoolTests test{c}] : XCTAssertEqual failed: (\"0\") is not equal to (\"4\")\n"
            f"Test Case '-[PoolTests.PoolTests test{c}]' failed (0.012 seconds).\n"
            "Test Suite 'PoolTests' failed at 2024-01-02 10:00:00.310.\n\t Executed 12 tests, with 1 failure (0 unexpected) in 0.310 (0.312) seconds\n" + _EXIT)

def _xctest_linux(c, s, w):
    return (f"Test Case 'PoolTests.test{c}' started at 2024-01-02 10:00:00.298\n"
            f"/src/Tests/PoolTests/PoolTests.swift:42: error: PoolTests.test{c} : XCTAssertEqual failed: (\"0\") is not equal to (\"4\") - \n"
            f"Test Case 'PoolTests.test{c}' failed (0.012 seconds)\n"
            "Test Suite 'PoolTests' failed at 2024-01-02 10:00:00.310\n\t Executed 12 tests, with 1 failure (0 unexpected) in 0.310 (0.312) seconds\n" + _EXIT)

def _phpunit(c, s, w):
    return ("There was 1 failure:\n\n"
            f"1) Tests\\PoolTest::test{c}\nFailed asserting that 0 matches expected 4.\n\n/src/tests/PoolTest.php:42\n\n"
            "FAILURES!\nTests: 12, Assertions: 20, Failures: 1.\n" + _EXIT)

def _kotest(c, s, w):
    return ("> Task :test\n\n"
            f"PoolSpec > {w} FAILED\n    io.kotest.assertions.AssertionFailedError at PoolSpec.kt:42\n\n"
            "12 tests completed, 1 failed\n\n> Task :test FAILED\n\nFAILURE: Build failed with an exception.\n" + _EXIT)

def _cypress(c, s, w):
    return ("  Pool\n    ✓ starts empty (120ms)\n    1) " + w + "\n\n\n  1 passing (2s)\n  1 failing\n\n"
            f"  1) Pool\n       {w}:\n\n      AssertionError: expected 0 to equal 4\n"
            "      at Context.eval (webpack:///./cypress/e2e/pool.cy.ts:42:12)\n\n"
            "  (Run Finished)\n\n       Spec                                              Tests  Passing  Failing\n"
            "  │ ✖  pool.cy.ts                               00:02        2        1        1 │\n"
            "    ✖  1 of 4 failed (25%)                      00:08       12       11        1\n" + _EXIT)

def _playwright(c, s, w):
    return ("Running 12 tests using 2 workers\n\n"
            f"  1) [chromium] › tests/pool.spec.ts:40:5 › Pool › {w} ───────────────────\n\n"
            "    Error: expect(received).toBe(expected) // Object.is equality\n\n    Expected: 4\n    Received: 0\n\n"
            "      at /src/tests/pool.spec.ts:42:19\n\n"
            f"  1 failed\n    [chromium] › tests/pool.spec.ts:40:5 › Pool › {w} ────────────────────\n  11 passed (8.1s)\n" + _EXIT)


_FORMATS = {
    "go-subtest": _go_subtest,
    "testify": _testify,
    "gotestsum": _gotestsum,
    "surefire3": _surefire3,
    "surefire2": _surefire2,
    "gradle": _gradle,
    "sbt-junit": _sbt_junit,
    "scalatest": _scalatest,
    "pytest-class": _pytest_class,
    "unittest": _unittest,
    "jest": _jest,
    "vitest": _vitest,
    "mocha": _mocha,
    "rspec": _rspec,
    "minitest": _minitest,
    "exunit": _exunit,
    "xunit": _xunit,
    "xunit-console": _xunit_console,
    "nunit": _nunit,
    "mstest": _mstest,
    "catch2": _catch2,
    "gtest": _gtest,
    "ctest": _ctest,
    "ginkgo": _ginkgo,
    "nim": _nim,
    "xctest": _xctest,
    "xctest-linux": _xctest_linux,
    "phpunit": _phpunit,
    "kotest": _kotest,
    "cypress": _cypress,
    "playwright": _playwright,
}

# the failing test's name in three spellings: CamelCase, snake_case and words
_TIME_NAME = ("SlowConsumerKeepsOrder", "slow_consumer_keeps_order", "keeps order with a slow consumer")
_NEUTRAL_NAME = ("FullQueueKeepsOrder", "full_queue_keeps_order", "keeps order with a full queue")

CASES: list[tuple[str, str, str]] = [
    *[(f"{fmt}-time-word-name", "transient", build(*_TIME_NAME)) for fmt, build in _FORMATS.items()],
    *[(f"{fmt}-neutral-name", "real", build(*_NEUTRAL_NAME)) for fmt, build in _FORMATS.items()],
]

# The word elsewhere than in the failing test's own name, or a second failing test with a neutral name: real.
NEAR_MISSES: list[tuple[str, str, str]] = [
    ("jest-word-in-a-passing-test-only", "real",
     "FAIL src/pool.test.ts\n  PoolService\n    ✓ keeps order with a slow consumer (5 ms)\n    ✕ keeps order with a full queue (3 ms)\n\n"
     "  ● PoolService › keeps order with a full queue\n\n    expect(received).toBe(expected) // Object.is equality\n\n"
     "    Expected: 4\n    Received: 0\n\nTests:       1 failed, 11 passed, 12 total\n" + _EXIT),
    ("jest-word-in-the-test-file-only", "real",
     "FAIL src/slow-queue.test.ts\n  ● Queue › drains in order\n\n    expect(received).toBe(expected) // Object.is equality\n\n"
     "    Expected: 4\n    Received: 0\n\nTests:       1 failed, 11 passed, 12 total\n" + _EXIT),
    ("vitest-word-in-the-test-file-only", "real",
     " FAIL  src/slow-queue.test.ts > Queue > drains in order\nAssertionError: expected 0 to be 4 // Object.is equality\n\n"
     " Test Files  1 failed | 3 passed (4)\n      Tests  1 failed | 11 passed (12)\n" + _EXIT),
    ("pytest-word-in-the-module-only", "real",
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_slow_paths.py::test_get_returns_rows - assert 0 == 4\n"
     "========================= 1 failed, 41 passed in 3.12s =========================\n" + _EXIT),
    ("gotestsum-word-in-the-package-only", "real",
     "=== Failed\n=== FAIL: internal/slow TestLeaseRenew (0.20s)\n    lease_test.go:57: renewed 0 leases, want 4\n\n"
     "DONE 12 tests, 1 failure in 1.532s\n" + _EXIT),
    ("surefire-word-in-the-class-only", "real",
     "[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.051 s <<< FAILURE! -- in com.acme.SlowPoolTest\n"
     "[ERROR] com.acme.SlowPoolTest.keepsOrder -- Time elapsed: 0.012 s <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <4> but was: <0>\n[INFO] BUILD FAILURE\n" + _EXIT),
    ("xctest-word-in-a-passing-test-only", "real",
     "Test Case '-[PoolTests.PoolTests testSlowConsumerKeepsOrder]' passed (0.004 seconds).\n"
     "/src/Tests/PoolTests/PoolTests.swift:42: error: -[PoolTests.PoolTests testFullQueueKeepsOrder] : XCTAssertEqual failed: (\"0\") is not equal to (\"4\")\n"
     "Test Case '-[PoolTests.PoolTests testFullQueueKeepsOrder]' failed (0.012 seconds).\n"
     "\t Executed 12 tests, with 1 failure (0 unexpected) in 0.310 (0.312) seconds\n" + _EXIT),
    ("sbt-junit-second-failure-neutral", "real",
     "[error] Test com.acme.PoolSpec.concurrentWritersKeepOrder failed: java.lang.AssertionError: expected:<4> but was:<0>, took 0.2 sec\n"
     "[error] Test com.acme.PoolSpec.emptyPoolHasNoEntries failed: java.lang.AssertionError: expected:<0> but was:<2>, took 0.0 sec\n"
     "[error] Failed: Total 3, Failed 2, Errors 0, Passed 1\n[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n" + _EXIT),
    ("kotest-second-failure-neutral", "real",
     "> Task :test\n\nPoolSpec > keeps order with a slow consumer FAILED\n    io.kotest.assertions.AssertionFailedError at PoolSpec.kt:42\n\n"
     "PoolSpec > reports the pool size FAILED\n    io.kotest.assertions.AssertionFailedError at PoolSpec.kt:50\n\n"
     "12 tests completed, 2 failed\n\n> Task :test FAILED\n" + _EXIT),
    ("gotestsum-second-failure-neutral", "real",
     "=== Failed\n=== FAIL: internal/lease TestLeaseRenewSlowFollower (0.20s)\n    lease_test.go:57: renewed 0 leases, want 4\n\n"
     "=== FAIL: internal/lease TestLeaseRevoke (0.00s)\n    lease_test.go:80: revoked 0 leases, want 1\n\n"
     "DONE 12 tests, 2 failures in 1.532s\n" + _EXIT),
    ("mocha-second-failure-neutral", "real",
     "  10 passing (2s)\n  2 failing\n\n  1) PoolService\n       keeps order with a slow consumer:\n\n"
     "      AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n0 !== 4\n\n"
     "  2) PoolService\n       reports the pool size:\n\n      AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n0 !== 2\n\n" + _EXIT),
    ("catch2-second-failure-neutral", "real",
     "-------------------------------------------------------------------------------\nPool keeps order with a slow consumer\n"
     "-------------------------------------------------------------------------------\n/src/tests/pool.cpp:40\n"
     "...............................................................................\n\n/src/tests/pool.cpp:42: FAILED:\n  REQUIRE( count == 4 )\nwith expansion:\n  0 == 4\n\n"
     "-------------------------------------------------------------------------------\nPool reports its size\n"
     "-------------------------------------------------------------------------------\n/src/tests/pool.cpp:50\n"
     "...............................................................................\n\n/src/tests/pool.cpp:52: FAILED:\n  REQUIRE( size == 2 )\nwith expansion:\n  0 == 2\n\n"
     "===============================================================================\ntest cases: 12 | 10 passed | 2 failed\n" + _EXIT),
]

# An async-named test (round 22: counted only beside a sign of timing out) under a runner that prints every test's
# duration: the duration is not that sign.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    ("surefire-async-name-time-elapsed-is-no-timeout",
     "[ERROR] com.acme.ClientTest.asyncGetUser -- Time elapsed: 0.012 s <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <bob> but was: <alice>\n[INFO] BUILD FAILURE\n" + _EXIT),
    ("sbt-junit-async-name-took-is-no-timeout",
     "[error] Test com.acme.ClientTest.asyncGetUser failed: org.junit.ComparisonFailure: expected:<[bob]> but was:<[alice]>, took 2.1 sec\n"
     "[error] Failed: Total 3, Failed 1, Errors 0, Passed 2\n[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n" + _EXIT),
]

_NPM_TAIL = "\nnpm ERR! A complete log of this run can be found in:\nnpm ERR!     /home/runner/.npm/_logs/2024-01-02T10_00_00_000Z-debug-0.log\nError: Process completed with exit code 254.\n"

# npm losing a file of its own install tree (node_modules): 12 of 20 threads transient, short of a rerun's 80 %.
NPM_NOT_SURELY_REAL: list[tuple[str, str]] = [
    ("npm-ci-nested-package-json-enoent",
     "Run npm ci\nnpm ERR! code ENOENT\nnpm ERR! syscall open\n"
     "npm ERR! path /home/runner/work/app/app/node_modules/@babel/cli/node_modules/fsevents/node_modules/abbrev/package.json\n"
     "npm ERR! errno -2\nnpm ERR! enoent ENOENT: no such file or directory, open "
     "'/home/runner/work/app/app/node_modules/@babel/cli/node_modules/fsevents/node_modules/abbrev/package.json'\n"
     "npm ERR! enoent This is related to npm not being able to find a file.\nnpm ERR! enoent \n" + _NPM_TAIL),
    ("npm-install-staging-rename-enoent",
     "npm ERR! path /app/node_modules/.staging/lodash-5a1c2b3d\nnpm ERR! code ENOENT\nnpm ERR! errno -2\nnpm ERR! syscall rename\n"
     "npm ERR! enoent ENOENT: no such file or directory, rename '/app/node_modules/.staging/lodash-5a1c2b3d' -> "
     "'/app/node_modules/lodash'\nnpm ERR! enoent This is related to npm not being able to find a file.\n" + _NPM_TAIL),
    ("npm-install-enotempty-rename",
     "npm ERR! code ENOTEMPTY\nnpm ERR! syscall rename\nnpm ERR! path /app/node_modules/webpack\n"
     "npm ERR! dest /app/node_modules/.webpack-Xk3j2a\nnpm ERR! errno -39\n"
     "npm ERR! ENOTEMPTY: directory not empty, rename '/app/node_modules/webpack' -> '/app/node_modules/.webpack-Xk3j2a'\n" + _NPM_TAIL),
    ("npm10-error-prefix-nested-package-json",
     "npm error code ENOENT\nnpm error syscall open\nnpm error path /w/app/node_modules/a/node_modules/b/package.json\n"
     "npm error errno -2\nnpm error enoent ENOENT: no such file or directory, open '/w/app/node_modules/a/node_modules/b/package.json'\n"
     "npm error enoent This is related to npm not being able to find a file.\n" + _NPM_TAIL),
]

NPM_CASES: list[tuple[str, str, str]] = [
    # the project's own package.json missing: the job runs npm where there is none, the same on every run
    ("npm-project-package-json-missing", "real",
     "Run npm run build --if-present\nnpm ERR! code ENOENT\nnpm ERR! syscall open\nnpm ERR! path /home/runner/work/site/site/package.json\n"
     "npm ERR! errno -2\nnpm ERR! enoent ENOENT: no such file or directory, open '/home/runner/work/site/site/package.json'\n"
     "npm ERR! enoent This is related to npm not being able to find a file.\n" + _NPM_TAIL),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_failing_test_name_found_in_each_format(verdict, log):
    reads(log, verdict)
    if verdict == "transient":
        reads_as(log, verdict, _TIMING_TEST_ID)


@pytest.mark.parametrize(("verdict", "log"), labelled(NEAR_MISSES))
def test_word_outside_the_failing_tests_own_name_does_not_count(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_runner_duration_is_no_sign_of_timing_out(log):
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(NPM_NOT_SURELY_REAL))
def test_npm_install_tree_file_missing_is_not_surely_real(log):
    v = judge(log)
    assert not (v.verdict == "real" and v.confidence >= 0.7), (v.confidence, v.rationale)
    assert not (v.verdict == "transient" and v.confidence >= 0.7), (v.confidence, v.rationale)


@pytest.mark.parametrize(("verdict", "log"), labelled(NPM_CASES))
def test_npm_project_files_keep_their_reading(verdict, log):
    reads(log, verdict)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NEAR_MISSES, NOT_SURELY_TRANSIENT, NPM_NOT_SURELY_REAL, NPM_CASES)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py (a guard against
# patterns that backtrack; a timing is a benchmark's, not a test's).
LONG_LINE_WORDS = [
    "=== FAIL: internal/lease TestSlow",
    "[ERROR] com.acme.PoolTest.slow",
    "slowConsumer(com.acme.PoolTest)  Time elapsed: ",
    "[error] Test com.acme.PoolSpec.slow",
    "  ● PoolService › slow ",
    " FAIL  src/pool.test.ts > slow ",
    "  1) PoolService slow ",
    "PoolSpec#test_0001_keeps order with a slow ",
    "  1) test slow consumer ",
    "1) Tests\\PoolTest::testSlow",
    "1) Failed : Acme.Tests.PoolTests.Slow",
    "[xUnit.net 00:00:01.23]     Acme.Slow",
    "3/12 Test  #3: pool_slow_",
    "  3 - pool_slow_",
    "  [FAIL] Pool [It] slow ",
    "  [FAILED] slow ",
    "Test Case '-[PoolTests.PoolTests testSlow",
    "PoolSpec > slow consumer > ",
    "  1) [chromium] › tests/pool.spec.ts:40:5 › slow ",
    "npm ERR! enoent ENOENT: no such file or directory, open '/app/node_modules/",
    "npm ERR! ENOTEMPTY: directory not empty, rename '/app/node_modules/",
]
