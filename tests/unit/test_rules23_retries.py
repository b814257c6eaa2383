"""Twenty-third round: what test-retry tools print, read both ways (passed on a later attempt, failed on every attempt).

On a bare log the one thing that tells a flaky test from a broken one is a retry tool's own report: the same test run
again in the same job, with its outcome per attempt. These cases hold how the engine reads each common tool's report:

  * passed on a later attempt and the job failed ONLY on the tool's flaky-test policy (pytest-rerunfailures'
    --fail-on-flaky exit 7, Surefire/Failsafe failOnFlakeCount, Playwright's failOnFlakyTests, nextest's
    flaky-result = "fail") -> transient;
  * passed on a later attempt beside a test that failed on every attempt, or before a later step that failed (a
    compile error, a lint, a coverage gate) -> real: the flake explains its own test, not the job's failure;
  * failed on EVERY attempt -> real, whatever the test's name says (a timing, concurrency or async word) and however
    the assertion reads: the failure reproduced in the same job, which is the strongest evidence against "flaky"
    a log can give. (Outage words on every attempt are left as tests/unit/test_tool_sources_retries.py leaves them.)
  * a report whose tool has no fail-on-flaky policy (pytest-retry, jest.retryTimes, rspec-retry, Minitest::Retry,
    Mocha's retries, gotestsum --rerun-fails, Bazel --flaky_test_attempts, dart/flutter test's retry) cannot be why a
    job failed when every test passed in the end: such a log is read by whatever else failed.

The wording was read in each tool's source (fetched for this round; the comment above each group names the file):
pytest-dev/pytest-rerunfailures src/pytest_rerunfailures.py; str0zzapreti/pytest-retry pytest_retry/retry_plugin.py;
box/flaky flaky/_flaky_plugin.py; apache/maven-surefire (as quoted in test_tool_sources_retries.py);
gradle/test-retry-gradle-plugin (prints nothing per retry: Gradle's own test logging shows each execution);
junit-pioneer/junit-pioneer RetryingTestExtension.java; jestjs/jest packages/jest-reporters/src/DefaultReporter.ts and
GitHubActionsReporter.ts; microsoft/playwright packages/playwright/src/reporters/base.ts, list.ts, github.ts and
runner/tasks.ts; mochajs/mocha (the spec reporter prints nothing for a retry); gotestyourself/gotestsum
testjson/summary.go, testjson/format.go; nextest-rs/nextest nextest-runner/src/reporter/displayer/imp.rs and
site/src/outputs/flaky-output.ansi; NoRedInk/rspec-retry lib/rspec/retry.rb and lib/rspec/retry/formatter.rb;
y-yagi/minitest-retry lib/minitest/retry.rb; microsoft/testfx src/Platform/Microsoft.Testing.Extensions.Retry/
Resources/ExtensionResources.resx; kotest/kotest kotest-assertions-core Retry.kt (its message as its RetryTest.kt
asserts it); Kitware/CMake (ctest --repeat until-pass, as quoted in test_tool_sources_retries.py); dart-lang/test
pkgs/test_api/lib/src/backend/invoker.dart ("Retry: <name>"); elixir-lang/elixir lib/mix/lib/mix/tasks/test.ex
(--failed reruns the last run's failures in a new invocation); buildkite/test-engine-client internal/command/run.go.
Bazel's "FLAKY, failed in N out of M" and "FAILED in N out of M" are documented (log parsers quoting its summary; the
bazel repository was too large to fetch here). Cypress's "(Attempt 2 of 3)" is documented (docs.cypress.io test
retries). Hosts, packages, tests and paths are made up; no project's CI log is copied.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ pytest-rerunfailures
    # src/pytest_rerunfailures.py: pytest_report_teststatus ("rerun", "R", "RERUN"), show_rerun ("rerun test summary
    # info", "RERUN <nodeid>"), --fail-on-flaky ("Fail the test run with exit code 7 if a flaky test passes on a rerun")
    ("r23-rerunfailures-verbose-fail-on-flaky", "transient",
     "$ pytest -v --reruns 2 --fail-on-flaky tests/\n"
     "tests/test_sync.py::test_mirror_catches_up RERUN                         [ 33%]\n"
     "tests/test_sync.py::test_mirror_catches_up PASSED                        [ 33%]\n"
     "tests/test_sync.py::test_prunes PASSED                                   [ 66%]\n"
     "tests/test_sync.py::test_lists PASSED                                    [100%]\n"
     "=========================== rerun test summary info ============================\n"
     "RERUN tests/test_sync.py::test_mirror_catches_up\n"
     "========================= 3 passed, 1 rerun in 2.14s ==========================\n"
     "##[error]Process completed with exit code 7.\n"),
    ("r23-rerunfailures-concurrent-named-failed-every-rerun", "real",
     "tests/test_pool.py::test_concurrent_checkout RERUN                       [ 50%]\n"
     "tests/test_pool.py::test_concurrent_checkout RERUN                       [ 50%]\n"
     "tests/test_pool.py::test_concurrent_checkout FAILED                      [ 50%]\n"
     "=================================== FAILURES ===================================\n"
     "___________________________ test_concurrent_checkout ___________________________\n"
     "E       assert 'checked-out' == 'available'\n"
     "tests/test_pool.py:44: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_pool.py::test_concurrent_checkout - assert 'checked-out' == 'available'\n"
     "=================== 1 failed, 11 passed, 2 rerun in 3.02s =====================\n" + _GHA),
    ("r23-rerunfailures-timeout-named-failed-every-rerun-summary-only", "real",
     "FAILED tests/test_client.py::test_read_timeout_is_applied - AssertionError: assert 30 == 5\n"
     "=================== 1 failed, 80 passed, 3 rerun in 9.90s =====================\n" + _GHA),
    ("r23-rerunfailures-flaky-beside-import-error", "real",
     "tests/test_ws.py ..R.                                                     [ 50%]\n"
     "==================================== ERRORS ====================================\n"
     "_____________________ ERROR collecting tests/test_auth.py ______________________\n"
     "ImportError while importing test module '/home/runner/work/app/tests/test_auth.py'.\n"
     "E   ModuleNotFoundError: No module named 'app.tokens'\n"
     "=========================== rerun test summary info ============================\n"
     "RERUN tests/test_ws.py::test_reconnects\n"
     "=========================== short test summary info ============================\n"
     "ERROR tests/test_auth.py\n"
     "============== 4 passed, 1 error, 1 rerun in 1.77s ================\n" + _GHA),

    # ------------------------------------------------------------------ pytest-retry
    # pytest_retry/retry_plugin.py: RetryManager.messages (" failed on attempt {n}! Retrying!", " failed after {n}
    # attempts!", " passed on attempt {n}!"), the report's sections "the following tests were retried" and "end of
    # test retry report", the outcome "retried" (status letter "R", word "RETRY"); no fail-on-flaky option
    ("r23-pytest-retry-failed-after-attempts", "real",
     "tests/test_pricing.py R.F.                                               [100%]\n"
     "=================================== FAILURES ===================================\n"
     "__________________________ test_discount_applies_once __________________________\n"
     "E       assert 90.0 == 81.0\n"
     "tests/test_pricing.py:18: AssertionError\n"
     "======================= the following tests were retried =======================\n"
     "\ttest_discount_applies_once failed on attempt 1! Retrying!\n"
     "\tAssertionError: assert 90.0 == 81.0\n"
     "\n"
     "\ttest_discount_applies_once failed after 2 attempts!\n"
     "\tAssertionError: assert 90.0 == 81.0\n"
     "\n"
     "========================= end of test retry report =========================\n"
     "FAILED tests/test_pricing.py::test_discount_applies_once - assert 90.0 == 81.0\n"
     "================== 1 failed, 3 passed, 1 retried in 0.61s ===================\n" + _GHA),
    ("r23-pytest-retry-async-named-failed-every-attempt", "real",
     "======================= the following tests were retried =======================\n"
     "\ttest_async_flush_orders failed on attempt 1! Retrying!\n"
     "\tAssertionError: assert ['b', 'a'] == ['a', 'b']\n"
     "\n"
     "\ttest_async_flush_orders failed on attempt 2! Retrying!\n"
     "\tAssertionError: assert ['b', 'a'] == ['a', 'b']\n"
     "\n"
     "\ttest_async_flush_orders failed after 3 attempts!\n"
     "\tAssertionError: assert ['b', 'a'] == ['a', 'b']\n"
     "\n"
     "========================= end of test retry report =========================\n"
     "FAILED tests/test_queue.py::test_async_flush_orders - AssertionError: assert ['b', 'a'] == ['a', 'b']\n"
     "================== 1 failed, 40 passed, 1 retried in 2.20s ==================\n" + _GHA),
    ("r23-pytest-retry-passed-then-mypy", "real",
     "======================= the following tests were retried =======================\n"
     "\ttest_webhook_delivery failed on attempt 1! Retrying!\n"
     "\tConnectionResetError: [Errno 104] Connection reset by peer\n"
     "\n"
     "\ttest_webhook_delivery passed on attempt 2!\n"
     "\n"
     "========================= end of test retry report =========================\n"
     "================== 41 passed, 1 retried in 2.20s ==================\n"
     "$ mypy src\n"
     "src/app/hooks.py:31: error: Argument 1 to \"send\" has incompatible type \"str\"; expected \"bytes\"  [arg-type]\n"
     "Found 1 error in 1 file (checked 48 source files)\n" + _GHA),
    ("r23-pytest-retry-passed-beside-failed-test", "real",
     "======================= the following tests were retried =======================\n"
     "\ttest_webhook_delivery failed on attempt 1! Retrying!\n"
     "\tConnectionResetError: [Errno 104] Connection reset by peer\n"
     "\n"
     "\ttest_webhook_delivery passed on attempt 2!\n"
     "\n"
     "========================= end of test retry report =========================\n"
     "FAILED tests/test_orders.py::test_total_rounds - assert Decimal('10.04') == Decimal('10.05')\n"
     "============== 1 failed, 40 passed, 1 retried in 2.20s ==============\n" + _GHA),

    # ------------------------------------------------------------------ flaky (box/flaky)
    # flaky/_flaky_plugin.py (" failed ({0} runs remaining out of {1}).", " failed; it passed {0} out of the required
    # {1} times.", " passed {} out of the required {} times. Success!", "===Flaky Test Report===")
    ("r23-flaky-race-named-passed-zero-times", "real",
     "===Flaky Test Report===\n"
     "\n"
     "test_race_on_counter failed (2 runs remaining out of 3).\n"
     "\t<class 'AssertionError'>\n"
     "\tassert 9 == 10\n"
     "test_race_on_counter failed (1 runs remaining out of 3).\n"
     "\t<class 'AssertionError'>\n"
     "\tassert 9 == 10\n"
     "test_race_on_counter failed; it passed 0 out of the required 1 times.\n"
     "\t<class 'AssertionError'>\n"
     "\tassert 9 == 10\n"
     "\n"
     "===End Flaky Test Report===\n"
     "FAILED tests/test_counter.py::test_race_on_counter - assert 9 == 10\n"
     "========================= 1 failed, 19 passed in 1.08s ========================\n" + _GHA),
    ("r23-flaky-passed-then-coverage-gate", "real",
     "===Flaky Test Report===\n"
     "\n"
     "test_stream_resumes failed (1 runs remaining out of 2).\n"
     "\t<class 'TimeoutError'>\n"
     "\t\n"
     "test_stream_resumes passed 1 out of the required 1 times. Success!\n"
     "\n"
     "===End Flaky Test Report===\n"
     "============================== 64 passed in 8.34s ==============================\n"
     "$ coverage report --fail-under=90\n"
     "TOTAL                                  2841    312    89%\n"
     "Coverage failure: total of 89 is less than fail-under=90\n" + _GHA),

    # ------------------------------------------------------------------ Maven Surefire / Failsafe
    # (DefaultReporterFactory.java's "Flakes:" and "Run N:" lines, SurefireHelper.java's failOnFlakeCount message, as
    # quoted in test_tool_sources_retries.py)
    ("r23-surefire-flake-connection-reset-fail-on-flake-count", "transient",
     "[INFO] Results:\n"
     "[INFO] \n"
     "[WARNING] Flakes: \n"
     "[WARNING] com.acme.orders.OrderClientIT.placesOrder\n"
     "[ERROR]   Run 1: OrderClientIT.placesOrder:77 » SocketTimeout Read timed out\n"
     "[INFO]   Run 2: PASS\n"
     "[INFO] \n"
     "[WARNING] Tests run: 52, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1\n"
     "[INFO] \n"
     "[INFO] ------------------------------------------------------------------------\n"
     "[INFO] BUILD FAILURE\n"
     "[INFO] ------------------------------------------------------------------------\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-failsafe-plugin:3.5.2:verify (default) on project orders: There is 1 flake and failOnFlakeCount is set to 1.\n"),
    ("r23-surefire-concurrency-named-failed-every-run", "real",
     "[INFO] Results:\n"
     "[INFO] \n"
     "[ERROR] Failures: \n"
     "[ERROR] com.acme.cache.ConcurrentLoaderTest.loadsOnce\n"
     "[ERROR]   Run 1: ConcurrentLoaderTest.loadsOnce:40 expected: <1> but was: <2>\n"
     "[ERROR]   Run 2: ConcurrentLoaderTest.loadsOnce:40 expected: <1> but was: <2>\n"
     "[ERROR]   Run 3: ConcurrentLoaderTest.loadsOnce:40 expected: <1> but was: <2>\n"
     "[INFO] \n"
     "[ERROR] Tests run: 31, Failures: 1, Errors: 0, Skipped: 0\n"
     "[INFO] BUILD FAILURE\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.5.2:test (default-test) on project cache: There are test failures.\n"),
    ("r23-surefire-timeout-in-every-run", "real",
     "[ERROR] Errors: \n"
     "[ERROR] com.acme.jobs.SchedulerTest.firesAfterDelay\n"
     "[ERROR]   Run 1: SchedulerTest.firesAfterDelay:55 » ConditionTimeout Condition with lambda expression in com.acme.jobs.SchedulerTest was not fulfilled within 5 seconds.\n"
     "[ERROR]   Run 2: SchedulerTest.firesAfterDelay:55 » ConditionTimeout Condition with lambda expression in com.acme.jobs.SchedulerTest was not fulfilled within 5 seconds.\n"
     "[ERROR]   Run 3: SchedulerTest.firesAfterDelay:55 » ConditionTimeout Condition with lambda expression in com.acme.jobs.SchedulerTest was not fulfilled within 5 seconds.\n"
     "[INFO] \n"
     "[ERROR] Tests run: 31, Failures: 0, Errors: 1, Skipped: 0\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.5.2:test (default-test) on project jobs: There are test failures.\n"),
    ("r23-surefire-flakes-then-enforcer", "real",
     "[WARNING] Flakes: \n"
     "[WARNING] com.acme.orders.OrderClientIT.placesOrder\n"
     "[ERROR]   Run 1: OrderClientIT.placesOrder:77 » SocketTimeout Read timed out\n"
     "[INFO]   Run 2: PASS\n"
     "[WARNING] Tests run: 52, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1\n"
     "[INFO] --- maven-enforcer-plugin:3.4.1:enforce (enforce) @ orders ---\n"
     "[ERROR] Rule 0: org.apache.maven.enforcer.rules.dependency.BannedDependencies failed with message:\n"
     "[ERROR] com.acme:orders:jar:1.4.0\n"
     "[ERROR]    commons-logging:commons-logging:jar:1.2 <--- banned via the exclude/include list\n"
     "[INFO] BUILD FAILURE\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-enforcer-plugin:3.4.1:enforce (enforce) on project orders: Rules violated.\n"),

    # ------------------------------------------------------------------ Gradle test-retry plugin
    # (the plugin prints nothing of its own per retry: Gradle's test logging shows each execution, "Class > test()
    # FAILED" / "PASSED" where events include PASSED; failOnPassedAfterRetry keeps the task failing)
    ("r23-gradle-retry-passed-with-events-fail-on-passed-after-retry", "transient",
     "> Task :api:test\n"
     "\n"
     "SessionStoreTest > expiresIdleSessions() FAILED\n"
     "    org.opentest4j.AssertionFailedError at SessionStoreTest.kt:52\n"
     "\n"
     "SessionStoreTest > expiresIdleSessions() PASSED\n"
     "\n"
     "143 tests completed, 1 failed, 2 skipped\n"
     "\n"
     "> Task :api:test FAILED\n"
     "\n"
     "FAILURE: Build failed with an exception.\n"
     "\n"
     "* What went wrong:\n"
     "Execution failed for task ':api:test'.\n"
     "> There were failing tests. See the report at: file:///home/runner/work/api/api/build/reports/tests/test/index.html\n"
     "\n"
     "BUILD FAILED in 3m 12s\n"),
    ("r23-gradle-retry-timer-named-failed-every-execution", "real",
     "> Task :api:test\n"
     "\n"
     "RetryTimerTest > backsOffTwice() FAILED\n"
     "    org.opentest4j.AssertionFailedError at RetryTimerTest.kt:31\n"
     "\n"
     "RetryTimerTest > backsOffTwice() FAILED\n"
     "    org.opentest4j.AssertionFailedError at RetryTimerTest.kt:31\n"
     "\n"
     "RetryTimerTest > backsOffTwice() FAILED\n"
     "    org.opentest4j.AssertionFailedError at RetryTimerTest.kt:31\n"
     "\n"
     "143 tests completed, 3 failed\n"
     "\n"
     "> Task :api:test FAILED\n"
     "Execution failed for task ':api:test'.\n"
     "> There were failing tests. See the report at: file:///home/runner/work/api/api/build/reports/tests/test/index.html\n"),
    ("r23-gradle-retry-passed-then-detekt", "real",
     "SessionStoreTest > expiresIdleSessions() FAILED\n"
     "    org.opentest4j.AssertionFailedError at SessionStoreTest.kt:52\n"
     "SessionStoreTest > expiresIdleSessions() PASSED\n"
     "143 tests completed, 1 failed\n"
     "> Task :api:detekt FAILED\n"
     "/home/runner/work/api/api/src/main/kotlin/acme/Session.kt:12:5: The function touch is too long (72). The maximum length is 60. [LongMethod]\n"
     "FAILURE: Build failed with an exception.\n"
     "Execution failed for task ':api:detekt'.\n"
     "> Analysis failed with 1 weighted issues.\n"),

    # ------------------------------------------------------------------ JUnit Pioneer @RetryingTest
    # RetryingTestExtension.java ("Test execution #%d (of up to %d) failed ~> will retry...", "Test execution #%d
    # (of up to %d with at least %d successes) failed ~> test fails - see cause for details")
    ("r23-pioneer-deadline-named-failed-every-attempt", "real",
     "DeadlineTest > cancelsPastDeadline() > [1] SKIPPED\n"
     "    org.opentest4j.TestAbortedException: Test execution #1 (of up to 3) failed ~> will retry...\n"
     "DeadlineTest > cancelsPastDeadline() > [2] SKIPPED\n"
     "    org.opentest4j.TestAbortedException: Test execution #2 (of up to 3) failed ~> will retry...\n"
     "DeadlineTest > cancelsPastDeadline() > [3] FAILED\n"
     "    org.opentest4j.AssertionFailedError: Test execution #3 (of up to 3 with at least 1 successes) failed ~> test fails - see cause for details\n"
     "        Caused by: org.opentest4j.AssertionFailedError: expected: <CANCELLED> but was: <DONE>\n"
     "57 tests completed, 1 failed, 2 skipped\n"
     "> Task :core:test FAILED\n"
     "Execution failed for task ':core:test'.\n"
     "> There were failing tests. See the report at: file:///home/runner/work/core/build/reports/tests/test/index.html\n"),
    ("r23-pioneer-passed-on-second-beside-failed-test", "real",
     "MailerTest > sendsDigest() > [1] SKIPPED\n"
     "    org.opentest4j.TestAbortedException: Test execution #1 (of up to 3) failed ~> will retry...\n"
     "MailerTest > sendsDigest() > [2] PASSED\n"
     "InvoiceTest > addsVat() FAILED\n"
     "    org.opentest4j.AssertionFailedError: expected: <119.00> but was: <100.00>\n"
     "57 tests completed, 1 failed, 1 skipped\n"
     "> Task :core:test FAILED\n"
     "Execution failed for task ':core:test'.\n"
     "> There were failing tests. See the report at: file:///home/runner/work/core/build/reports/tests/test/index.html\n"),

    # ------------------------------------------------------------------ Jest jest.retryTimes
    # packages/jest-reporters/src/DefaultReporter.ts printTestFileHeader (" LOGGING RETRY ERRORS <full name>", " RETRY
    # n " per earlier attempt, when logErrorsBeforeRetry is set); GitHubActionsReporter.ts (a warning annotation titled
    # "RETRY n: <title>" per retried attempt, an error annotation per final failure); Jest has no fail-on-flaky option
    ("r23-jest-retry-async-named-failed-every-attempt", "real",
     " LOGGING RETRY ERRORS  queue › drains async jobs in order\n"
     " RETRY 1 \n"
     "\n"
     "    expect(received).toEqual(expected) // deep equality\n"
     "\n"
     "    - Expected  - 1\n"
     "    + Received  + 1\n"
     "\n"
     " RETRY 2 \n"
     "\n"
     "    expect(received).toEqual(expected) // deep equality\n"
     "\n"
     "FAIL src/queue.test.ts\n"
     "  ● queue › drains async jobs in order\n"
     "\n"
     "    expect(received).toEqual(expected) // deep equality\n"
     "\n"
     "Test Suites: 1 failed, 14 passed, 15 total\n"
     "Tests:       1 failed, 120 passed, 121 total\n" + _GHA),
    ("r23-jest-retry-passed-beside-failed-suite", "real",
     " LOGGING RETRY ERRORS  socket › reconnects after close\n"
     " RETRY 1 \n"
     "\n"
     "    thrown: \"Exceeded timeout of 5000 ms for a test.\n"
     "\n"
     "PASS src/socket.test.ts (7.9 s)\n"
     "FAIL src/price.test.ts\n"
     "  ● price › rounds half up\n"
     "\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "\n"
     "    Expected: 10.05\n"
     "    Received: 10.04\n"
     "\n"
     "Test Suites: 1 failed, 14 passed, 15 total\n"
     "Tests:       1 failed, 120 passed, 121 total\n" + _GHA),
    ("r23-jest-github-annotations-failed-every-retry", "real",
     "::warning file=src/cart.test.ts,line=12,col=5,title=RETRY 1: cart › totals include tax::expect(received).toBe(expected) // Object.is equality%0A%0AExpected: 119%0AReceived: 100\n"
     "::warning file=src/cart.test.ts,line=12,col=5,title=RETRY 2: cart › totals include tax::expect(received).toBe(expected) // Object.is equality%0A%0AExpected: 119%0AReceived: 100\n"
     "::error file=src/cart.test.ts,line=12,col=5,title=cart › totals include tax::expect(received).toBe(expected) // Object.is equality%0A%0AExpected: 119%0AReceived: 100\n"
     "Tests:       1 failed, 40 passed, 41 total\n" + _GHA),

    # ------------------------------------------------------------------ Playwright
    # reporters/base.ts ("  N failed", "  N flaky", "    Retry #N" separators), list.ts (" (retry #N)"), github.ts
    # (an error annotation for each attempt of a failed or flaky test; the "🎭 Playwright Run Summary" notice),
    # runner/tasks.ts (failOnFlakyTests fails the run on a flaky test)
    ("r23-playwright-list-flaky-fail-on-flaky-tests", "transient",
     "Running 48 tests using 2 workers\n"
     "\n"
     "  ✘  12 [firefox] › tests/upload.spec.ts:22:7 › uploads a large file (30.1s)\n"
     "  ✓  13 [firefox] › tests/upload.spec.ts:22:7 › uploads a large file (retry #1) (11.2s)\n"
     "\n"
     "  1) [firefox] › tests/upload.spec.ts:22:7 › uploads a large file ─────────────────────────\n"
     "\n"
     "    Test timeout of 30000ms exceeded.\n"
     "\n"
     "  1 flaky\n"
     "    [firefox] › tests/upload.spec.ts:22:7 › uploads a large file ──────────────────────────\n"
     "  47 passed (2.4m)\n" + _GHA),
    ("r23-playwright-wait-timed-out-every-retry", "real",
     "  ✘  3 [chromium] › tests/cart.spec.ts:9:5 › shows the discount (5.3s)\n"
     "  ✘  4 [chromium] › tests/cart.spec.ts:9:5 › shows the discount (retry #1) (5.2s)\n"
     "  ✘  5 [chromium] › tests/cart.spec.ts:9:5 › shows the discount (retry #2) (5.2s)\n"
     "\n"
     "  1) [chromium] › tests/cart.spec.ts:9:5 › shows the discount ─────────────────────────────\n"
     "\n"
     "    Error: Timed out 5000ms waiting for expect(locator).toBeVisible()\n"
     "\n"
     "    Locator: getByText('-10%')\n"
     "    Expected: visible\n"
     "    Received: <element(s) not found>\n"
     "\n"
     "    Retry #1 ───────────────────────────────────────────────────────────────────────────────\n"
     "\n"
     "    Error: Timed out 5000ms waiting for expect(locator).toBeVisible()\n"
     "\n"
     "    Retry #2 ───────────────────────────────────────────────────────────────────────────────\n"
     "\n"
     "    Error: Timed out 5000ms waiting for expect(locator).toBeVisible()\n"
     "\n"
     "  1 failed\n"
     "    [chromium] › tests/cart.spec.ts:9:5 › shows the discount ──────────────────────────────\n"
     "  47 passed (1.2m)\n" + _GHA),
    ("r23-playwright-github-flaky-beside-failed", "real",
     "::error file=tests/upload.spec.ts,title=[firefox] › tests/upload.spec.ts:22:7 › uploads a large file,line=22,col=7::  1) [firefox] › tests/upload.spec.ts:22:7 › uploads a large file ───%0A%0A    Test timeout of 30000ms exceeded.\n"
     "::error file=tests/price.spec.ts,title=[firefox] › tests/price.spec.ts:5:3 › rounds the total,line=9,col=20::  2) [firefox] › tests/price.spec.ts:5:3 › rounds the total ───%0A%0A    Error: expect(received).toBe(expected)%0A%0A    Expected: \"$10.05\"%0A    Received: \"$10.04\"\n"
     "::notice title=🎭 Playwright Run Summary::  1 failed%0A    [firefox] › tests/price.spec.ts:5:3 › rounds the total ───%0A  1 flaky%0A    [firefox] › tests/upload.spec.ts:22:7 › uploads a large file ───%0A  46 passed (2.4m)\n"
     + _GHA),
    ("r23-playwright-summary-flaky-only-fail-on-flaky", "transient",
     "  1 flaky\n"
     "    [webkit] › tests/login.spec.ts:14:3 › remembers the session ──────────────────────────\n"
     "  62 passed (3.1m)\n" + _GHA),

    # ------------------------------------------------------------------ Cypress
    # (documented: docs.cypress.io/app/guides/test-retries, "(Attempt 2 of 3)" before a retried test's title)
    ("r23-cypress-every-attempt-failed-order-words", "real",
     "  Orders list\n"
     "    (Attempt 1 of 3) sorts by date\n"
     "    (Attempt 2 of 3) sorts by date\n"
     "    1) sorts by date\n"
     "\n"
     "  0 passing (21s)\n"
     "  1 failing\n"
     "\n"
     "  1) Orders list\n"
     "       sorts by date:\n"
     "     AssertionError: expected [ '2024-05-02', '2024-05-01' ] to deeply equal [ '2024-05-01', '2024-05-02' ]\n"
     "\n"
     "  │ ✖  1 of 8 failed (13%)                 02:11       31       30        1        -        -  │\n" + _GHA),
    ("r23-cypress-passed-on-attempt-beside-failed-spec", "real",
     "  Upload\n"
     "    (Attempt 1 of 3) uploads the avatar\n"
     "    ✓ uploads the avatar (4120ms)\n"
     "  Profile\n"
     "    1) saves the nickname\n"
     "  1 passing (9s)\n"
     "  1 failing\n"
     "  1) Profile\n"
     "       saves the nickname:\n"
     "     AssertionError: expected 'Anon' to equal 'Robin'\n"
     "  │ ✖  1 of 8 failed (13%)                 02:11       31       30        1        -        -  │\n" + _GHA),

    # ------------------------------------------------------------------ Mocha this.retries()
    # (lib/runner.js emits EVENT_TEST_RETRY; the spec reporter prints nothing for it: a test that ran out of retries
    # is reported as any failing test)
    ("r23-mocha-retries-slow-named-ran-out", "real",
     "  scheduler\n"
     "    ✔ queues a job\n"
     "    1) runs slow jobs last\n"
     "\n"
     "  1 passing (3s)\n"
     "  1 failing\n"
     "\n"
     "  1) scheduler\n"
     "       runs slow jobs last:\n"
     "\n"
     "      AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:\n"
     "+ actual - expected\n"
     "\n"
     "  [\n"
     "+   'slow',\n"
     "    'fast'\n"
     "  ]\n" + _GHA),

    # ------------------------------------------------------------------ RSpec::Retry
    # lib/rspec/retry.rb ("RSpec::Retry: #{ordinalize(n)} try #{location}", "#{ordinalize(n)} Try error in
    # #{location}:"), lib/rspec/retry/formatter.rb ("RSpec Retry Summary:", "#{location}: #{description}: passed at
    # attempt N", "N of M tests passed with retries.", "K tests failed all retries.")
    ("r23-rspec-retry-summary-failed-all-retries", "real",
     "RSpec::Retry: 2nd try ./spec/models/lock_spec.rb:14\n"
     "RSpec::Retry: 3rd try ./spec/models/lock_spec.rb:14\n"
     "\n"
     "Failures:\n"
     "\n"
     "  1) Lock releases the mutex after a timeout\n"
     "     Failure/Error: expect(lock).not_to be_held\n"
     "       expected `#<Lock name=\"sync\">.held?` to be falsey, got true\n"
     "\n"
     "Finished in 12.4 seconds (files took 2.1 seconds to load)\n"
     "120 examples, 1 failure\n"
     "\n"
     "Failed examples:\n"
     "\n"
     "rspec ./spec/models/lock_spec.rb:14 # Lock releases the mutex after a timeout\n"
     "\n"
     "RSpec Retry Summary:\n"
     "\n"
     "\t0 of 120 tests passed with retries.\n"
     "\t1 tests failed all retries.\n" + _CIRCLE),
    ("r23-rspec-retry-summary-passed-beside-failure", "real",
     "RSpec::Retry: 2nd try ./spec/system/checkout_spec.rb:8\n"
     "\n"
     "Failures:\n"
     "\n"
     "  1) Invoice#total includes tax\n"
     "     Failure/Error: expect(invoice.total).to eq(119.0)\n"
     "       expected: 119.0\n"
     "            got: 100.0\n"
     "\n"
     "120 examples, 1 failure\n"
     "\n"
     "rspec ./spec/models/invoice_spec.rb:22 # Invoice#total includes tax\n"
     "\n"
     "RSpec Retry Summary:\n"
     "\t./spec/system/checkout_spec.rb:8: Checkout pays by card: passed at attempt 2\n"
     "\n"
     "\t1 of 120 tests passed with retries.\n"
     "\t1 tests failed all retries.\n" + _CIRCLE),

    # ------------------------------------------------------------------ Minitest::Retry
    # lib/minitest/retry.rb (verbose: "[MinitestRetry] retry '%s' count: %s,  msg: %s"); no fail-on-flaky option
    ("r23-minitest-retry-failed-every-retry", "real",
     "[MinitestRetry] retry 'test_applies_coupon_once' count: 1,  msg: Expected: 90\n"
     "  Actual: 81\n"
     "[MinitestRetry] retry 'test_applies_coupon_once' count: 2,  msg: Expected: 90\n"
     "  Actual: 81\n"
     "[MinitestRetry] retry 'test_applies_coupon_once' count: 3,  msg: Expected: 90\n"
     "  Actual: 81\n"
     "\n"
     "  1) Failure:\n"
     "CouponTest#test_applies_coupon_once [test/models/coupon_test.rb:12]:\n"
     "Expected: 90\n"
     "  Actual: 81\n"
     "\n"
     "212 runs, 498 assertions, 1 failures, 0 errors, 0 skips\n" + _GHA),
    ("r23-minitest-retry-timeout-named-failed-every-retry", "real",
     "[MinitestRetry] retry 'test_session_timeout_expires' count: 1,  msg: Expected true to be falsy.\n"
     "[MinitestRetry] retry 'test_session_timeout_expires' count: 2,  msg: Expected true to be falsy.\n"
     "[MinitestRetry] retry 'test_session_timeout_expires' count: 3,  msg: Expected true to be falsy.\n"
     "\n"
     "  1) Failure:\n"
     "SessionTest#test_session_timeout_expires [test/models/session_test.rb:30]:\n"
     "Expected true to be falsy.\n"
     "\n"
     "212 runs, 498 assertions, 1 failures, 0 errors, 0 skips\n" + _GHA),
    ("r23-minitest-retry-passed-then-rubocop", "real",
     "[MinitestRetry] retry 'test_pays_by_card' count: 1,  msg: Net::ReadTimeout with #<TCPSocket:(closed)>\n"
     "\n"
     "212 runs, 498 assertions, 0 failures, 0 errors, 0 skips\n"
     "$ bin/rubocop\n"
     "app/models/coupon.rb:9:3: C: [Correctable] Style/RedundantReturn: Redundant return detected.\n"
     "148 files inspected, 1 offense detected, 1 offense autocorrectable\n" + _GHA),

    # ------------------------------------------------------------------ gotestsum --rerun-fails
    # testjson/summary.go ("DONE N runs, T tests, F failures in Ds", the "=== Failed" section's "=== FAIL: pkg Test
    # (re-run N) (Ds)"), testjson/format.go testname format ("FAIL pkg.Test (re-run N) (0.00s)"); the run exits 0 when
    # every rerun passed (no fail-on-flaky option)
    ("r23-gotestsum-race-named-failed-every-rerun", "real",
     "FAIL internal/store.TestRaceOnFlush (0.02s)\n"
     "FAIL internal/store.TestRaceOnFlush (re-run 1) (0.02s)\n"
     "FAIL internal/store.TestRaceOnFlush (re-run 2) (0.02s)\n"
     "\n"
     "=== Failed\n"
     "=== FAIL: internal/store TestRaceOnFlush (0.02s)\n"
     "    flush_test.go:88: flushed 9 records, want 10\n"
     "=== FAIL: internal/store TestRaceOnFlush (re-run 1) (0.02s)\n"
     "    flush_test.go:88: flushed 9 records, want 10\n"
     "=== FAIL: internal/store TestRaceOnFlush (re-run 2) (0.02s)\n"
     "    flush_test.go:88: flushed 9 records, want 10\n"
     "\n"
     "DONE 3 runs, 604 tests, 3 failures in 61.002s\n" + _GHA),
    ("r23-gotestsum-timeout-named-failed-every-rerun-summary", "real",
     "=== Failed\n"
     "=== FAIL: internal/client TestDialTimeout (0.00s)\n"
     "    dial_test.go:19: timeout = 30s, want 5s\n"
     "=== FAIL: internal/client TestDialTimeout (re-run 1) (0.00s)\n"
     "    dial_test.go:19: timeout = 30s, want 5s\n"
     "\n"
     "DONE 2 runs, 604 tests, 2 failures in 44.100s\n" + _GHA),
    ("r23-gotestsum-passed-on-rerun-beside-failed", "real",
     "FAIL internal/net.TestDialRetries (0.31s)\n"
     "PASS internal/net.TestDialRetries (re-run 1) (0.05s)\n"
     "FAIL internal/codec.TestDecodeHeader (0.00s)\n"
     "FAIL internal/codec.TestDecodeHeader (re-run 1) (0.00s)\n"
     "\n"
     "=== Failed\n"
     "=== FAIL: internal/net TestDialRetries (0.31s)\n"
     "    dial_test.go:58: dial tcp 127.0.0.1:40219: connect: connection refused\n"
     "=== FAIL: internal/codec TestDecodeHeader (0.00s)\n"
     "    codec_test.go:22: header = \"v1\", want \"v2\"\n"
     "=== FAIL: internal/codec TestDecodeHeader (re-run 1) (0.00s)\n"
     "    codec_test.go:22: header = \"v1\", want \"v2\"\n"
     "\n"
     "DONE 2 runs, 604 tests, 3 failures in 40.220s\n" + _GHA),

    # ------------------------------------------------------------------ Bazel --flaky_test_attempts
    ("r23-bazel-timeout-named-target-failed-every-attempt", "real",
     "//svc/rpc:deadline_test                                           FAILED in 3 out of 3 in 2.1s\n"
     "  Stats over 3 runs: max = 2.1s, min = 2.0s, avg = 2.0s, dev = 0.0s\n"
     "  /root/.cache/bazel/_bazel_root/execroot/ws/bazel-out/k8-fastbuild/testlogs/svc/rpc/deadline_test/test.log\n"
     "\n"
     "Executed 1 out of 120 tests: 119 tests pass and 1 fails locally.\n"
     "There were tests whose specified size is too big. Use the --test_verbose_timeout_warnings command line option to see which ones these are.\n"
     "INFO: Build completed, 1 test FAILED, 412 total actions\n" + _GHA),
    ("r23-bazel-flaky-then-lint-target", "real",
     "//svc/rpc:stream_test                                             FLAKY, failed in 1 out of 2 in 14.0s\n"
     "  Stats over 2 runs: max = 14.0s, min = 3.2s, avg = 8.6s, dev = 5.4s\n"
     "Executed 1 out of 120 tests: 120 tests pass.\n"
     "INFO: Build completed successfully, 412 total actions\n"
     "$ bazel run //:buildifier.check\n"
     "svc/rpc/BUILD.bazel # reformat\n"
     "ERROR: buildifier found files that need formatting\n" + _GHA),

    # ------------------------------------------------------------------ cargo-nextest retries
    # nextest-runner/src/reporter/displayer/imp.rs ("TRY {n} FAIL", "TRY {n} PASS", "FLAKY a/b", "FLKY-FL a/b",
    # "- test configured to fail if flaky"); site/src/outputs/flaky-output.ansi (a first attempt's "TRY 1 FAIL" with
    # its stdout/stderr blocks, "N passed (M flaky)")
    ("r23-nextest-try1-fail-with-output-flaky-fail", "transient",
     "    Starting 212 tests across 9 binaries (3 skipped)\n"
     "  TRY 1 FAIL [   0.031s] ledger::replication catches_up\n"
     "  stdout ---\n"
     "\n"
     "    running 1 test\n"
     "    test catches_up ... FAILED\n"
     "\n"
     "    test result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 88 filtered out; finished in 0.03s\n"
     "\n"
     "  stderr ---\n"
     "    thread 'catches_up' panicked at tests/replication.rs:61:5:\n"
     "    assertion `left == right` failed\n"
     "\n"
     "  TRY 2 PASS [   0.022s] ledger::replication catches_up\n"
     "           - test configured to fail if flaky\n"
     "────────────\n"
     "     Summary [  21.310s] 212 tests run: 211 passed, 1 failed, 3 skipped\n"
     " FLKY-FL 2/3 [   0.022s] ledger::replication catches_up\n"
     "error: test run failed\n" + _GHA),
    ("r23-nextest-concurrent-named-failed-every-try", "real",
     "  TRY 1 FAIL [   0.011s] ledger::pool concurrent_checkout\n"
     "  stderr ---\n"
     "    thread 'concurrent_checkout' panicked at src/pool.rs:140:9:\n"
     "    assertion `left == right` failed\n"
     "      left: 3\n"
     "     right: 4\n"
     "\n"
     "  TRY 2 FAIL [   0.010s] ledger::pool concurrent_checkout\n"
     "  TRY 3 FAIL [   0.010s] ledger::pool concurrent_checkout\n"
     "────────────\n"
     "     Summary [  21.310s] 212 tests run: 211 passed, 1 failed, 3 skipped\n"
     "  TRY 3 FAIL [   0.010s] ledger::pool concurrent_checkout\n"
     "error: test run failed\n" + _GHA),
    ("r23-nextest-flaky-pass-then-doc-tests-fail", "real",
     "  TRY 1 FAIL [   0.031s] ledger::replication catches_up\n"
     "  TRY 2 PASS [   0.022s] ledger::replication catches_up\n"
     "────────────\n"
     "     Summary [  21.310s] 212 tests run: 212 passed (1 flaky), 3 skipped\n"
     "   FLAKY 2/3 [   0.022s] ledger::replication catches_up\n"
     "$ cargo test --doc\n"
     "---- src/balance.rs - balance::Balance::round (line 12) stdout ----\n"
     "error[E0425]: cannot find function `round_half_up` in this scope\n"
     "failures:\n"
     "    src/balance.rs - balance::Balance::round (line 12)\n"
     "test result: FAILED. 14 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 1.20s\n"
     "error: doctest failed, to rerun pass `--doc`\n" + _GHA),

    # ------------------------------------------------------------------ .NET Microsoft.Testing.Extensions.Retry
    # Resources/ExtensionResources.resx ("Retry: attempt {0}/{1} failed - {2} failing test(s), retrying", "Retry
    # summary: Passed! after {0}/{1} attempts", "Retry summary: Failed! after {0}/{1} attempts", "  failed: {0}",
    # "  flaky: {0} (passed after retry)", "Flaky tests:", "  {0} (failed -> passed)")
    ("r23-dotnet-retry-summary-failed-after-all-attempts", "real",
     "failed Acme.Cache.Tests.LoaderTests.LoadsConcurrentlyOnce (31ms)\n"
     "  Assert.AreEqual failed. Expected:<1>. Actual:<2>.\n"
     "Retry: attempt 1/3 failed - 1 failing test(s), retrying\n"
     "failed Acme.Cache.Tests.LoaderTests.LoadsConcurrentlyOnce (30ms)\n"
     "  Assert.AreEqual failed. Expected:<1>. Actual:<2>.\n"
     "Retry: attempt 2/3 failed - 1 failing test(s), retrying\n"
     "failed Acme.Cache.Tests.LoaderTests.LoadsConcurrentlyOnce (29ms)\n"
     "  Assert.AreEqual failed. Expected:<1>. Actual:<2>.\n"
     "Retry summary: Failed! after 3/3 attempts\n"
     "  total: 412\n"
     "  failed: 1\n"
     "  succeeded: 411\n"
     "  retried: 1 test(s), 2 extra run(s)\n" + _GHA),
    ("r23-dotnet-retry-passed-then-format", "real",
     "Retry: attempt 1/3 failed - 1 failing test(s), retrying\n"
     "Retry summary: Passed! after 2/3 attempts\n"
     "  total: 412\n"
     "  flaky: 1 (passed after retry)\n"
     "Flaky tests:\n"
     "  Acme.Cache.Tests.LoaderTests.Evicts (failed -> passed)\n"
     "$ dotnet format --verify-no-changes\n"
     "/home/runner/work/cache/src/Loader.cs(14,5): error WHITESPACE: Fix whitespace formatting. Replace 8 characters with '\\n\\s\\s\\s\\s'.\n"
     + _GHA),

    # ------------------------------------------------------------------ Kotest retry { } (in-test retry)
    # kotest-assertions-core Retry.kt, its message as RetryTest.kt asserts it ("Test failed after 100ms; attempted 2
    # times; underlying cause was expected:<true> but was:<false>"): the block failed on every attempt
    ("r23-kotest-retry-block-failed-every-attempt", "real",
     "ReplicaSpec > replica converges FAILED\n"
     "    io.kotest.assertions.RetryFailure: Test failed after 1.2s; attempted 4 times; underlying cause was expected:<3> but was:<2>\n"
     "48 tests completed, 1 failed\n"
     "> Task :replica:test FAILED\n"
     "Execution failed for task ':replica:test'.\n"
     "> There were failing tests. See the report at: file:///home/runner/work/replica/build/reports/tests/test/index.html\n"),

    # ------------------------------------------------------------------ CTest --repeat until-pass / until-fail
    ("r23-ctest-until-pass-timeout-named-failed-every-repeat", "real",
     "4/12 Test  #4: timer_wheel_expiry ...............***Failed    0.31 sec\n"
     "    Start  4: timer_wheel_expiry\n"
     "    Test  #4: timer_wheel_expiry ...............***Failed    0.30 sec\n"
     "    Start  4: timer_wheel_expiry\n"
     "    Test  #4: timer_wheel_expiry ...............***Failed    0.30 sec\n"
     "\n"
     "92% tests passed, 1 tests failed out of 12\n"
     "\n"
     "The following tests FAILED:\n"
     "\t  4 - timer_wheel_expiry (Failed)\n"
     "Errors while running CTest\n" + _GHA),

    # ------------------------------------------------------------------ dart test / flutter test retry
    # pkgs/test_api/lib/src/backend/invoker.dart (Message.print("Retry: ${liveTest.test.name}") before each rerun of a
    # test that failed and has retries left); the compact reporter's "+N -M:" counts
    ("r23-dart-retry-failed-every-attempt", "real",
     "00:04 +37: test/cart_test.dart: totals include tax\n"
     "Retry: totals include tax\n"
     "Retry: totals include tax\n"
     "00:04 +37 -1: test/cart_test.dart: totals include tax [E]\n"
     "  Expected: <119>\n"
     "    Actual: <100>\n"
     "\n"
     "  package:matcher                expect\n"
     "  test/cart_test.dart 14:5       main.<fn>\n"
     "\n"
     "00:05 +40 -1: Some tests failed.\n" + _GHA),
    ("r23-flutter-retry-passed-then-analyze", "real",
     "00:09 +88: test/sync_test.dart: sync resumes after drop\n"
     "Retry: sync resumes after drop\n"
     "00:10 +120: All tests passed!\n"
     "$ flutter analyze\n"
     "Analyzing app...\n"
     "  error • The method 'resume' isn't defined for the type 'Sync' • lib/sync.dart:31:7 • undefined_method\n"
     "1 issue found. (ran in 4.2s)\n" + _GHA),

    # ------------------------------------------------------------------ ExUnit: mix test --failed
    # lib/mix/lib/mix/tasks/test.ex ("--failed - runs only tests that failed the last time they ran"): a second
    # invocation, not a retry inside the run
    ("r23-exunit-failed-rerun-failed-again", "real",
     "$ mix test || mix test --failed\n"
     "  1) test rounds half up (Shop.PriceTest)\n"
     "     test/shop/price_test.exs:12\n"
     "     Assertion with == failed\n"
     "     code:  assert Price.round(10.045) == 10.05\n"
     "     left:  10.04\n"
     "     right: 10.05\n"
     "Finished in 3.1 seconds (1.2s async, 1.9s sync)\n"
     "212 tests, 1 failure\n"
     "  1) test rounds half up (Shop.PriceTest)\n"
     "     test/shop/price_test.exs:12\n"
     "     Assertion with == failed\n"
     "     left:  10.04\n"
     "     right: 10.05\n"
     "Finished in 0.1 seconds (0.00s async, 0.1s sync)\n"
     "1 test, 1 failure\n" + _GHA),

    # ------------------------------------------------------------------ Buildkite Test Engine Client
    # internal/command/run.go (printReport: "✅ All tests passed.", "❌ Some tests failed.", the Passed / on retry row)
    ("r23-bktec-failed-after-retries-rspec", "real",
     "+++ Buildkite Test Engine Client: ♻️ Attempt 1 of 2 to retry failing tests\n"
     "Failures:\n"
     "  1) Lock releases the mutex after a timeout\n"
     "     Failure/Error: expect(lock).not_to be_held\n"
     "1 example, 1 failure\n"
     "+++ Buildkite Test Engine Client: ♻️ Attempt 2 of 2 to retry failing tests\n"
     "Failures:\n"
     "  1) Lock releases the mutex after a timeout\n"
     "     Failure/Error: expect(lock).not_to be_held\n"
     "1 example, 1 failure\n"
     "+++ ========== Buildkite Test Engine Report  ==========\n"
     "❌ Some tests failed.\n"
     "+++ Failed Tests:\n"
     "- Lock releases the mutex after a timeout\n"
     "🚨 Error: exit status 1\n"),
]

# Retry reports whose job failed for no reason the log shows (a tool with no fail-on-flaky policy reporting every
# test green in the end, the excerpt cut off): no rerun proposed with confidence, and no "real" asserted either.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # pytest-retry's report, every test passed in the end: pytest-retry has no option that fails the run on it
    ("r23-pytest-retry-passed-only",
     "======================= the following tests were retried =======================\n"
     "\ttest_webhook_delivery failed on attempt 1! Retrying!\n"
     "\tConnectionResetError: [Errno 104] Connection reset by peer\n"
     "\n"
     "\ttest_webhook_delivery passed on attempt 2!\n"
     "\n"
     "========================= end of test retry report =========================\n"
     "================== 41 passed, 1 retried in 2.20s ==================\n" + _GHA),
    # rspec-retry's summary alone: no failure left, the job's failure not shown
    ("r23-rspec-retry-summary-only-passed",
     "RSpec Retry Summary:\n"
     "\t./spec/system/checkout_spec.rb:8: Checkout pays by card: passed at attempt 2\n"
     "\n"
     "\t1 of 120 tests passed with retries.\n"
     "\t0 tests failed all retries.\n" + _CIRCLE),
    # the .NET retry extension's attempt lines, its summary cut off
    ("r23-dotnet-retry-attempt-lines-only",
     "Retry: attempt 1/3 failed - 2 failing test(s), retrying\n"
     "Retry: waiting 1s before attempt 2/3\n" + _GHA),
]


# Cases the engine still reads wrong (strict expected failures).
KNOWN_MISREAD = {
    "r23-mocha-retries-slow-named-ran-out":
        "LEFT: (names23 merged after this file) Mocha's numbered failure title now gives the failing test's name, and "
        "'slow' is a time word the round-22 threads held flaky 18 of 19; node:assert's deep-equal diff of strings "
        "holding no time is not among the value forms that say the name is not why (Jest's, chai's, Minitest's, XCTest's)",
    "r23-playwright-github-flaky-beside-failed":
        "LEFT: the GitHub reporter's annotation of the flaky test's failed attempt (its time limit) is not tied to the "
        "\"1 flaky\" list of the run summary notice, so it still weighs against the other test's assertion: unknown",
}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_retry_report_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_retry_report_without_the_jobs_cause_does_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py.
LONG_LINE_WORDS = [
    "\ttest_x failed on attempt 1! Retrying! test_x failed after 3 attempts! passed on attempt 2! ",
    "RSpec Retry Summary: 1 of 120 tests passed with retries. 1 tests failed all retries. ",
    "Retry summary: Failed! after 3/3 attempts   failed: 1   flaky: 1 (passed after retry) ",
    "FAIL internal/store.TestRaceOnFlush (re-run 1) (0.02s) === FAIL: a b (re-run 2) ",
    "[MinitestRetry] retry 'test_x' count: 1,  msg: Expected: 90 ",
    "FAILED in 3 out of 3 in 2.1s FLAKY, failed in 1 out of 2 in 14.0s ",
    "::warning file=a.ts,title=RETRY 1: cart › totals:: ::error file=a.ts,title=cart › totals:: ",
    "    Test  #4: timer_wheel_expiry ......***Failed    0.30 sec The following tests FAILED: 4 - timer_wheel_expiry (",
    "+++ Buildkite Test Engine Client: ♻️ Attempt 1 of 2 to retry failing tests ❌ Some tests failed. ",
    "  ✘  4 [chromium] › tests/cart.spec.ts:9:5 › shows the discount (retry #1) (5.2s) ",
    " LOGGING RETRY ERRORS  queue › drains  ● queue › drains (Attempt 1 of 3) sorts 1) sorts ",
    "CartTest > adds() FAILED CartTest > adds() FAILED [ERROR]   Run 2: CartIT.adds:31 x Run 3: PASS ",
    "     Summary [  21.310s] 212 tests run:   TRY 3 FAIL [   0.010s] a b Retry: totals include tax ",
]
