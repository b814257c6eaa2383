"""Twelfth round, tool sources: what test runners and their retry plugins print when a test is retried.

Each case is a short log written for the test around the lines a runner or a retry plugin prints when
it reruns a failing test, when the rerun passes, when it marks a test flaky or quarantined, and how it
ends the run. The wording was read from each tool's own source (the comment above each case names the
repository and the file holding the format string); where a tool's source was not at hand the wording
rests on its documentation, and the comment names the page. Hosts, packages, tests and paths are made
up; no project's CI log is copied.

The rules the cases hold (outage words on every attempt of a retried test are left as the fault sweep
labels them, transient: tests/data/fault_sweep.jsonl):
  * every failing test passed on a retry, yet the job failed (the runner fails on flakes: surefire's
    failOnFlakeCount, pytest-rerunfailures' --fail-on-flaky, Playwright's failOnFlakyTests, nextest's
    flaky-result = "fail", the Gradle plugin's failOnPassedAfterRetry) -> transient;
  * a test whose assertion or error failed on every attempt -> real (a retry that fails again is no
    flake), even when another test of the same run was flaky;
  * a later step (a lint, a build, a coverage gate) failing after an all-green retried run -> that
    later failure decides;
  * a test marked flaky or quarantined that failed -> transient only when nothing else failed;
  * near-misses: "flaky" in a test's name or a path, "retry" in the application's own log lines, a
    package manager's "Retrying" line before a compile error -> whatever the log's failure is.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ pytest-rerunfailures
    # pytest-dev/pytest-rerunfailures src/pytest_rerunfailures.py: pytest_report_teststatus returns
    # ("rerun", "R", "RERUN"); show_rerun prints the "rerun test summary info" section and
    # "RERUN <nodeid>"; --fail-on-flaky sets the session's exit status to 7 when a rerun passed
    ("rerunfailures-fail-on-flaky-exit-7", "transient",
     "$ pytest --reruns 2 --fail-on-flaky tests/\n"
     "collected 64 items\n"
     "tests/test_queue.py ....R.....                                            [ 15%]\n"
     "tests/test_store.py ......................................................  [100%]\n"
     "=========================== rerun test summary info ============================\n"
     "RERUN tests/test_queue.py::test_consumer_drains\n"
     "======================== 64 passed, 1 rerun in 22.81s =========================\n"
     "##[error]Process completed with exit code 7.\n"),
    # (the same, verbose: the test's own status word per attempt, and the first attempt's traceback
    # printed by --rerun-show-tracebacks above the summary)
    ("rerunfailures-verbose-rerun-then-passed", "transient",
     "tests/test_ws.py::test_reconnects RERUN                                  [ 40%]\n"
     "tests/test_ws.py::test_reconnects PASSED                                 [ 40%]\n"
     "tests/test_ws.py::test_ping PASSED                                       [ 60%]\n"
     "=========================== rerun test summary info ============================\n"
     "RERUN tests/test_ws.py::test_reconnects\n"
     "E       AssertionError: assert 'closed' == 'open'\n"
     "======================== 12 passed, 1 rerun in 4.02s ==========================\n"
     + _CIRCLE),
    # (quiet mode, pytest's other counts before the plugin's "rerun", which pytest puts last)
    ("rerunfailures-fail-on-flaky-with-skips-and-warnings", "transient",
     "$ python -m pytest -q --reruns 3 --fail-on-flaky\n"
     "..............s..R...........s.............                             [100%]\n"
     "38 passed, 2 skipped, 5 warnings, 1 rerun in 30.02s\n"
     "##[error]Process completed with exit code 7.\n"),
    # (under pytest-xdist: the worker and progress in front of each status)
    ("rerunfailures-xdist-rerun-then-passed", "transient",
     "created: 4/4 workers\n"
     "[gw2] [ 37%] RERUN tests/test_mail.py::test_sends_digest\n"
     "[gw2] [ 37%] PASSED tests/test_mail.py::test_sends_digest\n"
     "=========================== rerun test summary info ============================\n"
     "RERUN tests/test_mail.py::test_sends_digest\n"
     "================== 212 passed, 3 skipped, 1 rerun in 48.07s ===================\n"
     "##[error]Process completed with exit code 7.\n"),
    ("rerunfailures-failed-every-rerun", "real",
     "tests/test_price.py ..RRF.....                                            [100%]\n"
     "=================================== FAILURES ===================================\n"
     "____________________________ test_rounds_half_up _____________________________\n"
     "E       assert Decimal('10.04') == Decimal('10.05')\n"
     "tests/test_price.py:31: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_price.py::test_rounds_half_up - assert Decimal('10.04') == Decimal('10.05')\n"
     "=================== 1 failed, 9 passed, 2 rerun in 1.37s ====================\n" + _EXIT),
    ("rerunfailures-one-flaky-another-failed", "real",
     "tests/test_api.py ...R...F..                                            [100%]\n"
     "=================================== FAILURES ===================================\n"
     "_____________________________ test_list_orders ______________________________\n"
     "E       KeyError: 'total'\n"
     "=========================== rerun test summary info ============================\n"
     "RERUN tests/test_api.py::test_webhook_delivery\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_api.py::test_list_orders - KeyError: 'total'\n"
     "=================== 1 failed, 8 passed, 1 rerun in 6.20s ====================\n" + _EXIT),
    ("rerunfailures-green-then-ruff", "real",
     "$ pytest --reruns 2\n"
     "..........R.............................                                 [100%]\n"
     "======================== 40 passed, 1 rerun in 9.11s ==========================\n"
     "$ ruff check .\n"
     "app/billing.py:14:5: F841 Local variable `total` is assigned to but never used\n"
     "Found 1 error.\n" + _EXIT),
    # the plugin's ini key in a config dump, and a test whose name says it reruns something
    ("rerunfailures-test-named-rerun-failed", "real",
     "rootdir: /home/runner/work/jobs/jobs, configfile: pyproject.toml\n"
     "plugins: rerunfailures-14.0\n"
     "tests/test_jobs.py ....F                                                [100%]\n"
     "______________________ test_rerun_failed_jobs_requeues ______________________\n"
     "E       assert 0 == 2\n"
     "FAILED tests/test_jobs.py::test_rerun_failed_jobs_requeues - assert 0 == 2\n"
     "========================= 1 failed, 4 passed in 0.88s ========================\n" + _EXIT),

    # ------------------------------------------------------------------ flaky (box/flaky)
    # box/flaky flaky/_flaky_plugin.py: _retry_failure_message " failed ({0} runs remaining out of
    # {1}).", _failure_message " failed; it passed {0} out of the required {1} times.", the success
    # line " passed {} out of the required {} times. Success!", and the "===Flaky Test Report==="
    # frame around them
    ("flaky-report-failed-then-passed", "transient",
     "tests/test_upload.py ......                                             [100%]\n"
     "===Flaky Test Report===\n"
     "\n"
     "test_resumes_upload failed (1 runs remaining out of 2).\n"
     "\t<class 'ConnectionResetError'>\n"
     "\t[Errno 104] Connection reset by peer\n"
     "test_resumes_upload passed 1 out of the required 1 times. Success!\n"
     "\n"
     "===End Flaky Test Report===\n"
     "============================== 6 passed in 8.34s ==============================\n" + _EXIT),
    ("flaky-report-assertion-then-passed", "transient",
     "===Flaky Test Report===\n"
     "\n"
     "test_cache_expires failed (2 runs remaining out of 3).\n"
     "\t<class 'AssertionError'>\n"
     "\tassert 'stale' == 'fresh'\n"
     "test_cache_expires passed 1 out of the required 1 times. Success!\n"
     "\n"
     "===End Flaky Test Report===\n" + _CIRCLE),
    ("flaky-report-passed-zero-times", "real",
     "===Flaky Test Report===\n"
     "\n"
     "test_totals failed (1 runs remaining out of 2).\n"
     "\t<class 'AssertionError'>\n"
     "\tassert 118 == 119\n"
     "test_totals failed; it passed 0 out of the required 1 times.\n"
     "\t<class 'AssertionError'>\n"
     "\tassert 118 == 119\n"
     "===End Flaky Test Report===\n"
     "FAILED tests/test_cart.py::test_totals - assert 118 == 119\n"
     "========================= 1 failed, 30 passed in 3.10s ========================\n" + _EXIT),
    ("flaky-report-one-flaky-another-failed", "real",
     "===Flaky Test Report===\n"
     "\n"
     "test_listener_connects failed (1 runs remaining out of 2).\n"
     "\t<class 'TimeoutError'>\n"
     "test_listener_connects passed 1 out of the required 1 times. Success!\n"
     "===End Flaky Test Report===\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_parse.py::test_parses_header - ValueError: invalid literal for int() with base 10: 'v2'\n"
     "========================= 1 failed, 44 passed in 5.72s ========================\n" + _EXIT),
    # flaky's "failed and was not selected for rerun": the plugin's rerun_filter turned the error down
    ("flaky-not-selected-for-rerun", "real",
     "===Flaky Test Report===\n"
     "\n"
     "test_schema_migrates failed and was not selected for rerun.\n"
     "\t<class 'sqlalchemy.exc.ProgrammingError'>\n"
     "\t(psycopg2.errors.UndefinedColumn) column \"tenant_id\" does not exist\n"
     "===End Flaky Test Report===\n"
     "FAILED tests/test_db.py::test_schema_migrates - sqlalchemy.exc.ProgrammingError\n"
     "========================= 1 failed, 12 passed in 2.44s ========================\n" + _EXIT),

    # ------------------------------------------------------------------ Maven Surefire / Failsafe
    # apache/maven-surefire maven-surefire-common/.../report/DefaultReporterFactory.java (the "Flakes: "
    # section at level UNSTABLE, "  Run N: PASS" and "  Run N: <trimmed trace>" per attempt),
    # surefire-api .../RunStatistics.java (", Flakes: N"), SurefireHelper.java ("There is 1 flake and
    # failOnFlakeCount is set to N.", "There are test failures.")
    ("surefire-fail-on-flake-count", "transient",
     "[INFO] Results:\n"
     "[INFO] \n"
     "[WARNING] Flakes: \n"
     "[WARNING] com.acme.ledger.ReplicationIT.catchesUp\n"
     "[ERROR]   Run 1: ReplicationIT.catchesUp:57 expected: <42> but was: <40>\n"
     "[INFO]   Run 2: PASS\n"
     "[INFO] \n"
     "[WARNING] Tests run: 118, Failures: 0, Errors: 0, Skipped: 2, Flakes: 1\n"
     "[INFO] BUILD FAILURE\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project ledger: There is 1 flake and failOnFlakeCount is set to 1.\n"
     "[ERROR] \n"
     "[ERROR] See /home/circleci/project/target/surefire-reports for the individual test results.\n"),
    ("failsafe-fail-on-flake-count-plural", "transient",
     "[INFO] --- maven-failsafe-plugin:3.2.5:verify (default) @ gateway ---\n"
     "[WARNING] Flakes: \n"
     "[WARNING] com.acme.gw.RoutingIT.routesByHost\n"
     "[ERROR]   Run 1: RoutingIT.routesByHost:88 » Connect Connection refused\n"
     "[INFO]   Run 2: PASS\n"
     "[WARNING] com.acme.gw.RoutingIT.routesByPath\n"
     "[ERROR]   Run 1: RoutingIT.routesByPath:102 expected: <200> but was: <503>\n"
     "[INFO]   Run 2: PASS\n"
     "[WARNING] Tests run: 24, Failures: 0, Errors: 0, Skipped: 0, Flakes: 2\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-failsafe-plugin:3.2.5:verify (default) on project gateway: There are 2 flakes and failOnFlakeCount is set to 1.\n"),
    # (the excerpt holds only Maven's closing error)
    ("surefire-fail-on-flake-count-closing-lines", "transient",
     "[INFO] BUILD FAILURE\n"
     "[INFO] Total time:  04:12 min\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project ledger: There is 1 flake and failOnFlakeCount is set to 1.\n"
     "[ERROR] \n"
     "[ERROR] See /home/circleci/project/ledger/target/surefire-reports for the individual test results.\n"
     "[ERROR] -> [Help 1]\n"),
    ("surefire-failed-every-run", "real",
     "[INFO] Results:\n"
     "[INFO] \n"
     "[ERROR] Failures: \n"
     "[ERROR] com.acme.ledger.BalanceTest.roundsToCents\n"
     "[ERROR]   Run 1: BalanceTest.roundsToCents:31 expected: <10.05> but was: <10.04>\n"
     "[ERROR]   Run 2: BalanceTest.roundsToCents:31 expected: <10.05> but was: <10.04>\n"
     "[ERROR]   Run 3: BalanceTest.roundsToCents:31 expected: <10.05> but was: <10.04>\n"
     "[INFO] \n"
     "[ERROR] Tests run: 118, Failures: 1, Errors: 0, Skipped: 0\n"
     "[INFO] BUILD FAILURE\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project ledger: There are test failures.\n"),
    ("surefire-flake-and-error-every-run", "real",
     "[ERROR] Errors: \n"
     "[ERROR] com.acme.ledger.ImportTest.readsCsv\n"
     "[ERROR]   Run 1: ImportTest.readsCsv:19 » NullPointer Cannot invoke \"String.trim()\" because \"line\" is null\n"
     "[ERROR]   Run 2: ImportTest.readsCsv:19 » NullPointer Cannot invoke \"String.trim()\" because \"line\" is null\n"
     "[WARNING] Flakes: \n"
     "[WARNING] com.acme.ledger.ReplicationIT.catchesUp\n"
     "[ERROR]   Run 1: ReplicationIT.catchesUp:57 expected: <42> but was: <40>\n"
     "[INFO]   Run 2: PASS\n"
     "[ERROR] Tests run: 118, Failures: 0, Errors: 1, Skipped: 0, Flakes: 1\n"
     "[INFO] BUILD FAILURE\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project ledger: There are test failures.\n"),
    ("surefire-flakes-then-checkstyle", "real",
     "[WARNING] Flakes: \n"
     "[WARNING] com.acme.ledger.ReplicationIT.catchesUp\n"
     "[ERROR]   Run 1: ReplicationIT.catchesUp:57 expected: <42> but was: <40>\n"
     "[INFO]   Run 2: PASS\n"
     "[WARNING] Tests run: 118, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1\n"
     "[INFO] --- maven-checkstyle-plugin:3.3.1:check (validate) @ ledger ---\n"
     "[ERROR] src/main/java/com/acme/ledger/Balance.java:[44,9] (coding) MagicNumber: '100' is a magic number.\n"
     "[INFO] BUILD FAILURE\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-checkstyle-plugin:3.3.1:check (validate) on project ledger: You have 1 Checkstyle violation. -> [Help 1]\n"),
    # (a project whose test class is called FlakyNetworkTest and fails plainly: a name, not a mark)
    # (Surefire before failOnFlakeCount, 2.18 to 2.22: "Flaked tests:", "Failed tests:"; commit
    # fefaae7f0 DefaultReporterFactory.java: flakes never failed the build there, another test did)
    ("surefire-legacy-flaked-and-failed-tests", "real",
     "Results :\n"
     "\n"
     "Failed tests: \n"
     "  OrderTotalsTest.totalIncludesVat:42 expected:<119.00> but was:<100.00>\n"
     "Flaked tests: \n"
     "com.acme.cart.CartClientTest.addsItem(com.acme.cart.CartClientTest)\n"
     "  Run 1: CartClientTest.addsItem:31 Connection reset\n"
     "  Run 2: PASS\n"
     "\n"
     "Tests run: 10, Failures: 1, Errors: 0, Skipped: 0, Flakes: 1\n"
     "[INFO] BUILD FAILURE\n"),
    ("surefire-class-named-flaky-fails", "real",
     "[INFO] Running com.acme.net.FlakyNetworkTest\n"
     "[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.41 s <<< FAILURE! -- in com.acme.net.FlakyNetworkTest\n"
     "[ERROR] com.acme.net.FlakyNetworkTest.backsOffExponentially -- Time elapsed: 0.02 s <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <800> but was: <400>\n"
     "[ERROR] Failures: \n"
     "[ERROR]   FlakyNetworkTest.backsOffExponentially:52 expected: <800> but was: <400>\n"
     "[ERROR] Tests run: 40, Failures: 1, Errors: 0, Skipped: 0\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project net: There are test failures.\n"),

    # ------------------------------------------------------------------ Gradle test-retry plugin
    # gradle/test-retry-gradle-plugin plugin/src/main/java/org/gradle/testretry/internal/executer/
    # RetryTestExecuter.java (the task keeps failing when failOnPassedAfterRetry is set; otherwise
    # ignoreFailures once the retry passed) and README.adoc "Reporting" (every execution of a test
    # is reported on the console); Gradle's own "N tests completed, M failed" and "There were
    # failing tests" (gradle/gradle, read through the code index in the eleventh round)
    ("gradle-retry-fail-on-passed-after-retry", "transient",
     "> Task :service:test\n"
     "\n"
     "InventoryClientTest > reservesStock() FAILED\n"
     "    java.net.SocketTimeoutException at InventoryClientTest.java:61\n"
     "\n"
     "InventoryClientTest > reservesStock() PASSED\n"
     "\n"
     "212 tests completed, 1 failed\n"
     "\n"
     "> Task :service:test FAILED\n"
     "FAILURE: Build failed with an exception.\n"
     "* What went wrong:\n"
     "Execution failed for task ':service:test'.\n"
     "> There were failing tests. See the report at: file:///home/circleci/project/service/build/reports/tests/test/index.html\n"),
    ("gradle-retry-assertion-then-passed", "transient",
     "> Task :service:test\n"
     "\n"
     "LedgerReplicationTest > catchesUpAfterPartition() FAILED\n"
     "    org.opentest4j.AssertionFailedError at LedgerReplicationTest.java:88\n"
     "\n"
     "LedgerReplicationTest > catchesUpAfterPartition() PASSED\n"
     "\n"
     "212 tests completed, 1 failed\n"
     "\n"
     "> Task :service:test FAILED\n"
     "Execution failed for task ':service:test'.\n"
     "> There were failing tests. See the report at: file:///home/circleci/project/service/build/reports/tests/test/index.html\n"),
    # (a parameterized test's invocation, retried alone)
    ("gradle-retry-parameterized-invocation-passed", "transient",
     "ClientTest > fetchesOverScheme(String) > [2] https FAILED\n"
     "    java.lang.AssertionError at ClientTest.kt:40\n"
     "ClientTest > fetchesOverScheme(String) > [2] https PASSED\n"
     "96 tests completed, 1 failed\n"
     "> Task :client:test FAILED\n"
     "FAILURE: Build failed with an exception.\n"
     "Execution failed for task ':client:test'.\n"
     "> There were failing tests. See the report at: file:///home/runner/work/client/build/reports/tests/test/index.html\n"),
    ("gradle-retry-failed-every-retry", "real",
     "> Task :service:test\n"
     "\n"
     "PricingTest > appliesDiscount() FAILED\n"
     "    org.opentest4j.AssertionFailedError at PricingTest.java:27\n"
     "\n"
     "PricingTest > appliesDiscount() FAILED\n"
     "    org.opentest4j.AssertionFailedError at PricingTest.java:27\n"
     "\n"
     "212 tests completed, 2 failed\n"
     "\n"
     "> Task :service:test FAILED\n"
     "Execution failed for task ':service:test'.\n"
     "> There were failing tests. See the report at: file:///home/circleci/project/service/build/reports/tests/test/index.html\n"),
    ("gradle-retry-one-passed-another-failed", "real",
     "InventoryClientTest > reservesStock() FAILED\n"
     "    java.net.SocketTimeoutException at InventoryClientTest.java:61\n"
     "PricingTest > appliesDiscount() FAILED\n"
     "    org.opentest4j.AssertionFailedError at PricingTest.java:27\n"
     "InventoryClientTest > reservesStock() PASSED\n"
     "PricingTest > appliesDiscount() FAILED\n"
     "    org.opentest4j.AssertionFailedError at PricingTest.java:27\n"
     "212 tests completed, 3 failed\n"
     "> Task :service:test FAILED\n"
     "Execution failed for task ':service:test'.\n"
     "> There were failing tests. See the report at: file:///home/circleci/project/service/build/reports/tests/test/index.html\n"),
    ("gradle-retry-green-then-compile-error", "real",
     "InventoryClientTest > reservesStock() FAILED\n"
     "    java.net.SocketTimeoutException at InventoryClientTest.java:61\n"
     "InventoryClientTest > reservesStock() PASSED\n"
     "212 tests completed, 1 failed\n"
     "> Task :web:compileKotlin FAILED\n"
     "e: file:///home/circleci/project/web/src/main/kotlin/acme/web/Routes.kt:33:18 Unresolved reference: reserveStock\n"
     "FAILURE: Build failed with an exception.\n"
     "Execution failed for task ':web:compileKotlin'.\n"
     "> Compilation error. See log for more details\n"),

    # (the same test in two test tasks, one per JDK: it failed under one and passed under the other,
    # which is no retry)
    ("gradle-same-test-failed-in-one-task-passed-in-another", "real",
     "> Task :service:test\n"
     "CalendarTest > parsesLocalDate() PASSED\n"
     "> Task :service:testJava21\n"
     "CalendarTest > parsesLocalDate() FAILED\n"
     "    org.opentest4j.AssertionFailedError at CalendarTest.java:19\n"
     "> Task :service:testJava17\n"
     "CalendarTest > parsesLocalDate() PASSED\n"
     "96 tests completed, 1 failed\n"
     "> Task :service:testJava21 FAILED\n"
     "Execution failed for task ':service:testJava21'.\n"
     "> There were failing tests. See the report at: file:///home/runner/work/service/build/reports/tests/testJava21/index.html\n"),

    # ------------------------------------------------------------------ JUnit 5 rerun extensions
    # junit-pioneer/junit-pioneer src/main/java/org/junitpioneer/jupiter/RetryingTestExtension.java
    # ("Test execution #%d (of up to %d) failed ~> will retry...", "... with at least %d successes)
    # failed ~> test fails - see cause for details")
    ("junit-pioneer-retrying-test-failed-every-attempt", "real",
     "[INFO] Running com.acme.mail.SenderTest\n"
     "[WARNING] Tests run: 3, Failures: 1, Errors: 0, Skipped: 2, Time elapsed: 0.9 s <<< FAILURE! -- in com.acme.mail.SenderTest\n"
     "[ERROR] com.acme.mail.SenderTest.sendsDigest -- Time elapsed: 0.1 s <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: Test execution #3 (of up to 3 with at least 1 successes) failed ~> test fails - see cause for details\n"
     "Caused by: org.opentest4j.AssertionFailedError: expected: <2> but was: <0>\n"
     "[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 2\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project mail: There are test failures.\n"),
    ("junit-pioneer-will-retry-then-compile-error", "real",
     "SenderTest > sendsDigest() > [1] SKIPPED\n"
     "    org.opentest4j.TestAbortedException: Test execution #1 (of up to 3) failed ~> will retry...\n"
     "SenderTest > sendsDigest() > [2] PASSED\n"
     "> Task :mail:compileTestJava FAILED\n"
     "/home/runner/work/mail/src/test/java/com/acme/mail/DigestTest.java:14: error: cannot find symbol\n"
     "    Digest d = Digest.weekly();\n"
     "  symbol:   method weekly()\n"
     "Execution failed for task ':mail:compileTestJava'.\n"
     "> Compilation failed; see the compiler error output for details.\n"),

    # ------------------------------------------------------------------ Jest (jest-circus retryTimes)
    # jestjs/jest packages/jest-reporters/src/DefaultReporter.ts printTestFileHeader (" LOGGING RETRY
    # ERRORS " and " RETRY n " before each earlier attempt's error when logErrorsBeforeRetry is set);
    # packages/jest-circus/src/run.ts retries a test up to retryTimes
    ("jest-retry-failed-every-attempt", "real",
     " LOGGING RETRY ERRORS  cart › totals include tax\n"
     " RETRY 1 \n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "    Expected: 119\n"
     "    Received: 100\n"
     " RETRY 2 \n"
     "    Expected: 119\n"
     "    Received: 100\n"
     "FAIL src/cart.test.ts\n"
     "  ● cart › totals include tax\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "Tests:       1 failed, 40 passed, 41 total\n" + _EXIT),
    ("jest-retry-passed-then-eslint", "real",
     " LOGGING RETRY ERRORS  socket › reconnects after close\n"
     " RETRY 1 \n"
     "    thrown: \"Exceeded timeout of 5000 ms for a test.\n"
     "PASS src/socket.test.ts (7.2 s)\n"
     "Tests:       41 passed, 41 total\n"
     "$ eslint src --max-warnings 0\n"
     "/home/runner/work/web/src/socket.ts\n"
     "  18:7  error  'retryDelay' is assigned a value but never used  @typescript-eslint/no-unused-vars\n"
     "✖ 1 problem (1 error, 0 warnings)\n" + _EXIT),
    ("jest-retry-passed-then-coverage-threshold", "real",
     " LOGGING RETRY ERRORS  socket › reconnects after close\n"
     " RETRY 1 \n"
     "    thrown: \"Exceeded timeout of 5000 ms for a test.\n"
     "PASS src/socket.test.ts (7.2 s)\n"
     "Jest: \"global\" coverage threshold for lines (90%) not met: 86.41%\n"
     "Test Suites: 12 passed, 12 total\n"
     "Tests:       41 passed, 41 total\n" + _EXIT),

    # ------------------------------------------------------------------ Playwright
    # microsoft/playwright packages/playwright/src/reporters/base.ts (generateSummaryMessage: "  N
    # failed", "  N flaky", "  N passed (12.3s)"; "    Retry #N" separators in a test's failure),
    # reporters/list.ts (" (retry #N)" after the title), runner/tasks.ts (the run fails when
    # config.failOnFlakyTests is set and a test is flaky)
    ("playwright-fail-on-flaky-tests", "transient",
     "Running 26 tests using 4 workers\n"
     "  ✘   7 [chromium] › checkout.spec.ts:12:5 › pays with card (6.1s)\n"
     "  ✓   8 [chromium] › checkout.spec.ts:12:5 › pays with card (retry #1) (2.4s)\n"
     "  1) [chromium] › checkout.spec.ts:12:5 › pays with card ─────────────────────────\n"
     "    Error: Timed out 5000ms waiting for expect(locator).toBeVisible()\n"
     "  1 flaky\n"
     "    [chromium] › checkout.spec.ts:12:5 › pays with card ──────────────────────────\n"
     "  25 passed (41.3s)\n" + _EXIT),
    # (the dot reporter's "±" for a flaky test, reporters/dot.ts)
    ("playwright-dot-reporter-fail-on-flaky", "transient",
     "Running 40 tests using 4 workers\n"
     "··········±·····························\n"
     "  1 flaky\n"
     "    [webkit] › profile.spec.ts:31:3 › uploads an avatar ──────────────────────────\n"
     "  39 passed (1.1m)\n" + _EXIT),
    ("playwright-failed-every-retry", "real",
     "  1) [chromium] › login.spec.ts:8:5 › shows the dashboard ─────────────────────────\n"
     "    Error: expect(locator).toHaveText(expected) failed\n"
     "    Expected string: \"Welcome back\"\n"
     "    Received string: \"Welcome\"\n"
     "    Retry #1 ───────────────────────────────────────────────────────────────────────\n"
     "    Error: expect(locator).toHaveText(expected) failed\n"
     "    Expected string: \"Welcome back\"\n"
     "    Received string: \"Welcome\"\n"
     "  1 failed\n"
     "    [chromium] › login.spec.ts:8:5 › shows the dashboard ──────────────────────────\n"
     "  25 passed (38.0s)\n" + _EXIT),
    ("playwright-one-flaky-one-failed", "real",
     "  1 failed\n"
     "    [firefox] › search.spec.ts:20:5 › filters by tag ──────────────────────────────\n"
     "  1 flaky\n"
     "    [chromium] › checkout.spec.ts:12:5 › pays with card ──────────────────────────\n"
     "  24 passed (52.9s)\n" + _EXIT),
    ("playwright-flaky-then-build-error", "real",
     "  1 flaky\n"
     "    [chromium] › checkout.spec.ts:12:5 › pays with card ──────────────────────────\n"
     "  25 passed (41.3s)\n"
     "$ npm run build\n"
     "> shop@2.1.0 build\n"
     "> tsc -p tsconfig.build.json\n"
     "src/pages/cart.tsx(41,9): error TS2322: Type 'string' is not assignable to type 'number'.\n" + _EXIT),

    # ------------------------------------------------------------------ Cypress
    # Cypress test retries, https://docs.cypress.io/app/guides/test-retries ("(Attempt 2 of 3)" before a
    # retried test's title in the spec reporter; documentation, not source); "Timed out retrying after
    # Nms: ..." is the wording of Cypress's own assertion timeout, printed for the final attempt
    ("cypress-failed-every-attempt", "real",
     "  Checkout\n"
     "    (Attempt 1 of 3) applies the coupon\n"
     "    (Attempt 2 of 3) applies the coupon\n"
     "    1) applies the coupon\n"
     "  0 passing (14s)\n"
     "  1 failing\n"
     "  1) Checkout\n"
     "       applies the coupon:\n"
     "     AssertionError: Timed out retrying after 4000ms: expected '<span.total>' to contain '$90.00'\n"
     "  │ ✖  1 of 6 failed (17%)                 00:58        9        8        1        -        -  │\n"
     + _EXIT),
    ("cypress-passed-on-attempt-then-lint", "real",
     "  Checkout\n"
     "    (Attempt 1 of 3) applies the coupon\n"
     "    ✓ applies the coupon (2210ms)\n"
     "  │ ✔  All specs passed!                   00:51        9        9        -        -        -  │\n"
     "$ npm run lint\n"
     "/home/runner/work/shop/src/coupon.js\n"
     "  12:1  error  Expected indentation of 2 spaces but found 4  indent\n"
     "✖ 1 problem (1 error, 0 warnings)\n" + _EXIT),

    # ------------------------------------------------------------------ Mocha retries
    # mochajs/mocha lib/runner.js (EVENT_TEST_RETRY, the spec reporter prints nothing for it): a test
    # that ran out of this.retries() is reported as any failing test
    ("mocha-retries-ran-out", "real",
     "  uploader\n"
     "    ✔ signs the request\n"
     "    1) retries a dropped upload\n"
     "  1 passing (2s)\n"
     "  1 failing\n"
     "  1) uploader\n"
     "       retries a dropped upload:\n"
     "     AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n"
     "3 !== 2\n"
     "npm ERR! Test failed.  See above for more details.\n" + _EXIT),

    # ------------------------------------------------------------------ RSpec::Retry
    # NoRedInk/rspec-retry lib/rspec/retry.rb ("RSpec::Retry: #{ordinalize(n)} try <location>" and
    # "#{ordinalize(n)} Try error in <location>:" under verbose_retry / display_try_failure_messages)
    ("rspec-retry-failed-every-try", "real",
     "RSpec::Retry: 2nd try ./spec/models/invoice_spec.rb:22\n"
     "1st Try error in ./spec/models/invoice_spec.rb:22:\n"
     "expected: 119.0\n"
     "     got: 100.0\n"
     "RSpec::Retry: 3rd try ./spec/models/invoice_spec.rb:22\n"
     "Failures:\n"
     "  1) Invoice#total includes tax\n"
     "     Failure/Error: expect(invoice.total).to eq(119.0)\n"
     "       expected: 119.0\n"
     "            got: 100.0\n"
     "48 examples, 1 failure\n"
     "rspec ./spec/models/invoice_spec.rb:22 # Invoice#total includes tax\n" + _CIRCLE),
    ("rspec-retry-one-passed-another-failed", "real",
     "RSpec::Retry: 2nd try ./spec/features/checkout_spec.rb:9\n"
     "1st Try error in ./spec/features/checkout_spec.rb:9:\n"
     "Capybara::ElementNotFound: Unable to find button \"Pay\"\n"
     "Failures:\n"
     "  1) Invoice#total includes tax\n"
     "     Failure/Error: expect(invoice.total).to eq(119.0)\n"
     "       expected: 119.0\n"
     "            got: 100.0\n"
     "48 examples, 1 failure\n"
     "rspec ./spec/models/invoice_spec.rb:22 # Invoice#total includes tax\n" + _CIRCLE),
    ("rspec-retry-passed-then-rubocop", "real",
     "RSpec::Retry: 2nd try ./spec/features/checkout_spec.rb:9\n"
     "1st Try error in ./spec/features/checkout_spec.rb:9:\n"
     "Net::ReadTimeout with #<TCPSocket:(closed)>\n"
     "48 examples, 0 failures\n"
     "$ bundle exec rubocop\n"
     "app/models/invoice.rb:14:5: C: Style/GuardClause: Use a guard clause (return unless paid?) instead of wrapping the code inside a conditional expression.\n"
     "31 files inspected, 1 offense detected\n" + _CIRCLE),

    # ------------------------------------------------------------------ gotestsum --rerun-fails
    # gotestyourself/gotestsum testjson/summary.go (formatExecStatus "DONE N runs,", the "=== Failed"
    # section with "(re-run N)" after a rerun's test), cmd/rerunfails.go (hasErrors: "rerun aborted
    # because previous run had a suspected panic and some test may not have run")
    ("gotestsum-failed-every-rerun", "real",
     "=== Failed\n"
     "=== FAIL: internal/cache TestEvictsOldest (0.00s)\n"
     "    cache_test.go:41: got 3 entries, want 2\n"
     "=== FAIL: internal/cache TestEvictsOldest (re-run 1) (0.00s)\n"
     "    cache_test.go:41: got 3 entries, want 2\n"
     "=== FAIL: internal/cache TestEvictsOldest (re-run 2) (0.00s)\n"
     "    cache_test.go:41: got 3 entries, want 2\n"
     "\n"
     "DONE 3 runs, 412 tests, 3 failures in 38.104s\n" + _EXIT),
    ("gotestsum-rerun-aborted-on-panic", "real",
     "=== FAIL: internal/queue TestDrain (0.00s)\n"
     "panic: runtime error: index out of range [3] with length 3\n"
     "\n"
     "DONE 412 tests, 1 failure in 21.877s\n"
     "rerun aborted because previous run had a suspected panic and some test may not have run\n" + _EXIT),
    # (cmd/main.go: too many failures for --rerun-fails to rerun: "number of test failures (%d)
    # exceeds maximum (%d) set by --rerun-fails-max-failures")
    ("gotestsum-too-many-failures-to-rerun", "real",
     "=== FAIL: internal/codec TestDecodeHeader (0.00s)\n"
     "    codec_test.go:22: unexpected EOF\n"
     "DONE 412 tests, 14 failures in 19.303s\n"
     "number of test failures (14) exceeds maximum (10) set by --rerun-fails-max-failures\n" + _EXIT),
    ("gotestsum-green-after-rerun-then-golangci", "real",
     "=== FAIL: internal/net TestDialRetries (0.31s)\n"
     "    dial_test.go:58: dial tcp 127.0.0.1:40219: connect: connection refused\n"
     "DONE 2 runs, 412 tests, 1 failure in 40.220s\n"
     "$ golangci-lint run ./...\n"
     "internal/net/dial.go:27:2: ineffectual assignment to err (ineffassign)\n"
     "        err = nil\n" + _EXIT),

    # ------------------------------------------------------------------ Bazel
    # bazelbuild/bazel src/main/java/com/google/devtools/build/lib/runtime/TestSummaryPrinter.java
    # ("FLAKY, failed in N out of M", "FAILED in N out of M"), TerminalTestSummaryPrinter/
    # TestResultNotifier ("Executed N out of M tests: ... fail locally")
    ("bazel-flaky-target-and-failed-target", "real",
     "//svc/ledger:replication_test                                    FLAKY, failed in 1 out of 2 in 12.4s\n"
     "  Stats over 2 runs: max = 12.4s, min = 6.1s, avg = 9.2s, dev = 3.1s\n"
     "//svc/ledger:balance_test                                          FAILED in 3 out of 3 in 0.9s\n"
     "  /root/.cache/bazel/_bazel_root/execroot/ws/bazel-out/k8-fastbuild/testlogs/svc/ledger/balance_test/test.log\n"
     "Executed 2 out of 40 tests: 39 tests pass and 1 fails locally.\n"
     "INFO: Build completed, 1 test FAILED, 88 total actions\n" + _EXIT),
    ("bazel-flaky-target-then-compile-error", "real",
     "//svc/ledger:replication_test                                    FLAKY, failed in 1 out of 2 in 12.4s\n"
     "ERROR: /home/runner/work/ws/svc/api/BUILD.bazel:14:11: Compiling svc/api/server.cc failed: (Exit 1): gcc failed: error executing CppCompile command\n"
     "svc/api/server.cc:88:5: error: 'reserve_stock' was not declared in this scope\n"
     "ERROR: Build did NOT complete successfully\n" + _EXIT),
    ("bazel-failed-every-attempt", "real",
     "//svc/ledger:balance_test                                          FAILED in 3 out of 3 in 0.9s\n"
     "  Stats over 3 runs: max = 0.9s, min = 0.8s, avg = 0.9s, dev = 0.0s\n"
     "Executed 1 out of 40 tests: 39 tests pass and 1 fails locally.\n"
     "INFO: Build completed, 1 test FAILED, 41 total actions\n" + _EXIT),

    # ------------------------------------------------------------------ CTest --repeat until-pass
    # Kitware/CMake Tests/RunCMake/CTestCommandLine/repeat-until-pass-ctest-stdout.txt (the repeated
    # test's "***Failed" line, then the same test again, unnumbered, "Passed"); cmCTestTestHandler's
    # "N% tests passed, M tests failed out of T" and "The following tests FAILED:"
    ("ctest-until-pass-green-then-install-fails", "real",
     "2/9 Test #2: net_roundtrip ....................***Failed    0.52 sec\n"
     "    Start 2: net_roundtrip\n"
     "    Test #2: net_roundtrip ....................   Passed    0.40 sec\n"
     "100% tests passed, 0 tests failed out of 9\n"
     "$ cmake --install build --prefix /opt/acme\n"
     "CMake Error at build/cmake_install.cmake:52 (file):\n"
     "  file INSTALL cannot find \"/home/runner/work/acme/build/libacme_net.so.2\": No such file or directory.\n"
     + _EXIT),
    ("ctest-until-pass-failed-every-repeat", "real",
     "2/9 Test #2: parse_header .....................***Failed    0.02 sec\n"
     "    Start 2: parse_header\n"
     "    Test #2: parse_header .....................***Failed    0.02 sec\n"
     "    Start 2: parse_header\n"
     "    Test #2: parse_header .....................***Failed    0.02 sec\n"
     "89% tests passed, 1 tests failed out of 9\n"
     "The following tests FAILED:\n"
     "\t  2 - parse_header (Failed)\n"
     "Errors while running CTest\n" + _EXIT),

    # ------------------------------------------------------------------ cargo-nextest
    # nextest-rs/nextest nextest-runner/src/reporter/displayer/imp.rs ("TRY N PASS", "FLAKY a/b",
    # "FLKY-FL a/b" and "test configured to fail if flaky" for flaky-result = "fail", "TRY N FAIL"),
    # displayer/progress.rs write_summary_str ("N passed (M flaky), K failed, S skipped"),
    # cargo-nextest/src/errors.rs ("test run failed"); site/src/docs/features/retries.md
    ("nextest-flaky-result-fail", "transient",
     "    Starting 184 tests across 12 binaries\n"
     "        FAIL [   0.214s] ledger::replication catches_up_after_partition\n"
     "  TRY 2 PASS [   0.190s] ledger::replication catches_up_after_partition\n"
     "           - test configured to fail if flaky\n"
     "────────────\n"
     "     Summary [  14.032s] 184 tests run: 183 passed, 1 failed, 0 skipped\n"
     " FLKY-FL 2/3 [   0.190s] ledger::replication catches_up_after_partition\n"
     "error: test run failed\n" + _EXIT),
    ("nextest-flaky-fail-third-try", "transient",
     "        FAIL [   1.002s] ledger::replication catches_up_after_partition\n"
     "  stderr ---\n"
     "    thread 'catches_up_after_partition' panicked at tests/replication.rs:61:5:\n"
     "    assertion `left == right` failed\n"
     "  TRY 2 FAIL [   1.004s] ledger::replication catches_up_after_partition\n"
     "  TRY 3 PASS [   0.611s] ledger::replication catches_up_after_partition\n"
     "           - test configured to fail if flaky\n" + _EXIT),
    ("nextest-flaky-fail-closing-lines", "transient",
     "────────────\n"
     "     Summary [  14.032s] 184 tests run: 183 passed, 1 failed, 0 skipped\n"
     " FLKY-FL 2/3 [   0.190s] ledger::replication catches_up_after_partition\n"
     "error: test run failed\n" + _EXIT),
    ("nextest-failed-every-try", "real",
     "        FAIL [   0.004s] ledger::balance rounds_to_cents\n"
     "  TRY 2 FAIL [   0.004s] ledger::balance rounds_to_cents\n"
     "  stderr ---\n"
     "    thread 'rounds_to_cents' panicked at src/balance.rs:88:9:\n"
     "    assertion `left == right` failed\n"
     "      left: 1004\n"
     "     right: 1005\n"
     "     Summary [   9.120s] 184 tests run: 183 passed, 1 failed, 0 skipped\n"
     "  TRY 2 FAIL [   0.004s] ledger::balance rounds_to_cents\n"
     "error: test run failed\n" + _EXIT),
    ("nextest-flaky-then-failed-test", "real",
     "  TRY 2 PASS [   0.190s] ledger::replication catches_up_after_partition\n"
     "        FAIL [   0.004s] ledger::balance rounds_to_cents\n"
     "  TRY 2 FAIL [   0.004s] ledger::balance rounds_to_cents\n"
     "  TRY 3 FAIL [   0.004s] ledger::balance rounds_to_cents\n"
     "    thread 'rounds_to_cents' panicked at src/balance.rs:88:9:\n"
     "    assertion `left == right` failed\n"
     "     Summary [  14.032s] 184 tests run: 183 passed (1 flaky), 1 failed, 0 skipped\n"
     "   FLAKY 2/3 [   0.190s] ledger::replication catches_up_after_partition\n"
     "  TRY 3 FAIL [   0.004s] ledger::balance rounds_to_cents\n"
     "error: test run failed\n" + _EXIT),
    ("nextest-flaky-then-clippy", "real",
     "     Summary [  14.032s] 184 tests run: 184 passed (1 flaky), 0 skipped\n"
     "   FLAKY 2/3 [   0.190s] ledger::replication catches_up_after_partition\n"
     "$ cargo clippy --all-targets -- -D warnings\n"
     "error: this `if` has identical blocks\n"
     "  --> src/balance.rs:41:9\n"
     "error: could not compile `ledger` (lib) due to 1 previous error\n" + _EXIT),

    # ------------------------------------------------------------------ .NET: Microsoft.Testing.Extensions.Retry
    # microsoft/testfx (Retry extension and its acceptance tests: "Tests suite failed, total failed
    # tests: N, exit code: N, attempt: a/b", "Tests suite completed successfully in N attempts",
    # "Tests suite failed in all N attempts")
    ("dotnet-retry-failed-in-all-attempts", "real",
     "failed Acme.Billing.Tests.InvoiceTests.RoundsToCents (12ms)\n"
     "  Assert.AreEqual failed. Expected:<10.05>. Actual:<10.04>.\n"
     "Tests suite failed, total failed tests: 1, exit code: 2, attempt: 1/3\n"
     "failed Acme.Billing.Tests.InvoiceTests.RoundsToCents (11ms)\n"
     "  Assert.AreEqual failed. Expected:<10.05>. Actual:<10.04>.\n"
     "Tests suite failed, total failed tests: 1, exit code: 2, attempt: 2/3\n"
     "Tests suite failed, total failed tests: 1, exit code: 2, attempt: 3/3\n"
     "Tests suite failed in all 3 attempts\n" + _EXIT),
    ("dotnet-retry-completed-then-format-check", "real",
     "Tests suite failed, total failed tests: 1, exit code: 2, attempt: 1/3\n"
     "Tests suite completed successfully in 2 attempts\n"
     "$ dotnet format --verify-no-changes\n"
     "/home/runner/work/billing/src/Invoice.cs(14,5): error WHITESPACE: Fix whitespace formatting. Replace 8 characters with '\\n\\s\\s\\s\\s'.\n"
     + _EXIT),

    # ------------------------------------------------------------------ Buildkite Test Engine Client
    # buildkite/test-engine-client internal/command/run.go ("+++ Buildkite Test Engine Client: ♻️ Attempt %d
    # of %d to retry failing tests", printReport: "❌ Some tests failed.", "+++ Failed Tests:", the
    # Passed first run / on retry / Muted / Failed table)
    ("bktec-retry-attempts-still-failed", "real",
     "+++ Buildkite Test Engine Client: ♻️ Attempt 1 of 2 to retry failing tests\n"
     "FAIL src/cart.test.ts\n"
     "  ● cart › totals include tax\n"
     "    Expected: 119\n"
     "    Received: 100\n"
     "+++ ========== Buildkite Test Engine Report  ==========\n"
     "❌ Some tests failed.\n"
     "| Passed  | on retry  |  0 |\n"
     "| Failed  |           |  1 |\n"
     "+++ Failed Tests:\n"
     "- cart totals include tax\n"
     "🚨 Error: exit status 1\n"),
    ("bktec-passed-on-retry-then-lint", "real",
     "+++ Buildkite Test Engine Client: ♻️ Attempt 1 of 2 to retry failing tests\n"
     "PASS src/socket.test.ts\n"
     "+++ ========== Buildkite Test Engine Report  ==========\n"
     "✅ All tests passed.\n"
     "| Passed  | on retry  |  1 |\n"
     "$ yarn lint\n"
     "src/socket.ts:18:7: error 'retryDelay' is assigned a value but never used (@typescript-eslint/no-unused-vars)\n"
     "error Command failed with exit code 1.\n"),

    # ------------------------------------------------------------------ Firebase Test Lab (gcloud / Flank)
    # the gcloud SDK's firebase test results table (OUTCOME "Flaky", "N test cases flaky, M passed"),
    # read through the code index (googlecloudsdk tests); Flank prints the same outcome column
    ("test-lab-flaky-and-failed-rows", "real",
     "┌─────────┬────────────────────────┬────────────────────────────────────┐\n"
     "│ OUTCOME │    TEST_AXIS_VALUE     │            TEST_DETAILS            │\n"
     "├─────────┼────────────────────────┼────────────────────────────────────┤\n"
     "│ Failed  │ redfin-30-en-portrait  │ 1 test cases failed, 39 passed     │\n"
     "│ Flaky   │ oriole-33-en-portrait  │ 1 test cases flaky, 39 passed      │\n"
     "└─────────┴────────────────────────┴────────────────────────────────────┘\n" + _EXIT),

    ("flank-failure-row-with-flaky-count", "real",
     "┌─────────┬──────────────────────┬─────────────────┬───────────────────────────────┬────────────────────────────┬──────────────────────────────────────────┐\n"
     "│ OUTCOME │      MATRIX ID       │    APP NAME     │        TEST FILE NAME         │      TEST AXIS VALUE       │               TEST DETAILS               │\n"
     "├─────────┼──────────────────────┼─────────────────┼───────────────────────────────┼────────────────────────────┼──────────────────────────────────────────┤\n"
     "│ failure │ matrix-2k3j4h5g6f7d8 │ app-debug.apk   │ app-debug-androidTest.apk     │ NexusLowRes-30-en-portrait │ 2 test cases failed, 37 passed, 1 flaky  │\n"
     "└─────────┴──────────────────────┴─────────────────┴───────────────────────────────┴────────────────────────────┴──────────────────────────────────────────┘\n"
     + _EXIT),

    # ------------------------------------------------------------------ known-flaky and quarantine marks
    # the engine's own known-flaky-mark entry: a mark that the failing test is known flaky or
    # quarantined, when it is the only failure
    # Kubernetes' e2e label "[Flaky]" in a spec's name (kubernetes/community contributors/devel/sig-testing/
    # e2e-tests.md, "Kinds of tests"; Ginkgo v2's "• [FAILED]" spec header and "Summarizing N Failures")
    ("ginkgo-flaky-labelled-spec-only-failure", "transient",
     "• [FAILED] [62.310 seconds]\n"
     "[sig-network] Services [Flaky] should preserve source IP across restarts\n"
     "test/e2e/network/service.go:1201\n"
     "  [FAILED] Timed out after 60.000s.\n"
     "  Expected\n"
     "      <bool>: false\n"
     "  to be true\n"
     "Summarizing 1 Failure:\n"
     "  [FAIL] [sig-network] Services [Flaky] [It] should preserve source IP across restarts\n"
     "Ran 40 of 7000 Specs in 812.310 seconds\n"
     "FAIL! -- 39 Passed | 1 Failed | 0 Pending | 6960 Skipped\n" + _EXIT),
    ("ginkgo-flaky-labelled-spec-and-another-failed", "real",
     "• [FAILED] [2.104 seconds]\n"
     "[sig-apps] Deployment should roll back to the previous revision\n"
     "test/e2e/apps/deployment.go:412\n"
     "  [FAILED] Expected\n"
     "      <int>: 2\n"
     "  to equal\n"
     "      <int>: 3\n"
     "Summarizing 2 Failures:\n"
     "  [FAIL] [sig-network] Services [Flaky] [It] should preserve source IP across restarts\n"
     "  [FAIL] [sig-apps] Deployment [It] should roll back to the previous revision\n"
     "Ran 40 of 7000 Specs in 812.310 seconds\n"
     "FAIL! -- 38 Passed | 2 Failed | 0 Pending | 6960 Skipped\n" + _EXIT),
    ("quarantined-test-only-failure", "transient",
     "--- FAIL: TestWatchResumes (3.02s)\n"
     "    watch_test.go:77: timed out waiting for event\n"
     "FAIL\tgithub.com/acme/kv/watch\t3.410s\n"
     "1 failure is in a quarantined test: TestWatchResumes is quarantined (tracking issue #812)\n" + _EXIT),
    ("quarantined-test-and-another-failure", "real",
     "--- FAIL: TestWatchResumes (3.02s)\n"
     "    watch_test.go:77: timed out waiting for event\n"
     "TestWatchResumes is quarantined (tracking issue #812)\n"
     "--- FAIL: TestCompactKeepsLatest (0.00s)\n"
     "    compact_test.go:33: got revision 7, want 9\n"
     "FAIL\tgithub.com/acme/kv/watch\t3.410s\n"
     "FAIL\tgithub.com/acme/kv/compact\t0.120s\n" + _EXIT),

    # ------------------------------------------------------------------ near-misses
    # a package manager's "Retrying" line earlier in the log, then a compile error
    ("pip-retrying-then-syntax-error", "real",
     "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)\")': /simple/attrs/\n"
     "Successfully installed attrs-23.2.0 acme-ledger-0.4.1\n"
     "$ python -m compileall -q src\n"
     "*** Error compiling 'src/acme/ledger/balance.py'...\n"
     "  File \"src/acme/ledger/balance.py\", line 41\n"
     "    def total(self)\n"
     "                   ^\n"
     "SyntaxError: expected ':'\n" + _EXIT),
    ("gradle-dependency-retry-then-compile-error", "real",
     "Retrying download of https://repo.maven.apache.org/maven2/com/acme/codec/1.4.0/codec-1.4.0.jar (attempt 2 of 3)\n"
     "> Task :core:compileJava FAILED\n"
     "/home/circleci/project/core/src/main/java/com/acme/Codec.java:19: error: incompatible types: String cannot be converted to int\n"
     "        int width = header.get(\"width\");\n"
     "1 error\n"
     "Execution failed for task ':core:compileJava'.\n"
     "> Compilation failed; see the compiler error output for details.\n"),
    ("yarn-network-retrying-then-tsc-error", "real",
     "info There appears to be trouble with your network connection. Retrying...\n"
     "[4/4] Building fresh packages...\n"
     "Done in 48.12s.\n"
     "$ tsc --noEmit\n"
     "src/retry/backoff.ts(12,7): error TS2339: Property 'jitter' does not exist on type 'BackoffOptions'.\n"
     "error Command failed with exit code 2.\n" + _EXIT),
    # the application's own retry log lines in a failing test's output
    ("app-retry-log-lines-in-failing-test", "real",
     "--- FAIL: TestSyncPushesAll (0.05s)\n"
     "    sync_test.go:64: 2024/05/01 10:00:00 push failed, retrying in 10ms (attempt 1 of 3)\n"
     "    sync_test.go:64: 2024/05/01 10:00:00 push failed, retrying in 20ms (attempt 2 of 3)\n"
     "    sync_test.go:71: pushed 2 items, want 3\n"
     "FAIL\n"
     "FAIL\tgithub.com/acme/sync\t0.210s\n" + _EXIT),
    ("pytest-test-file-named-flaky", "real",
     "tests/flaky/test_flaky_scheduler.py ...F                                   [100%]\n"
     "_______________________ test_flaky_jobs_are_rescheduled _______________________\n"
     "E       AssertionError: assert ['job-2'] == ['job-1', 'job-2']\n"
     "FAILED tests/flaky/test_flaky_scheduler.py::test_flaky_jobs_are_rescheduled - AssertionError: assert ['job-2'] == ['job-1', 'job-2']\n"
     "========================= 1 failed, 3 passed in 0.41s =========================\n" + _EXIT),
    ("jest-test-titled-flaky-network", "real",
     "FAIL src/net.test.ts\n"
     "  ● net › handles a flaky network by backing off\n"
     "    expect(received).toEqual(expected) // deep equality\n"
     "    Expected: [100, 200, 400]\n"
     "    Received: [100, 200, 200]\n"
     "Tests:       1 failed, 30 passed, 31 total\n" + _EXIT),
    ("rspec-example-mentions-retry", "real",
     "Failures:\n"
     "  1) Webhooks::Deliverer retries a failed delivery three times\n"
     "     Failure/Error: expect(client).to have_received(:post).exactly(3).times\n"
     "       (Double \"client\").post(*(any args))\n"
     "           expected: 3 times with any arguments\n"
     "           received: 2 times with any arguments\n"
     "48 examples, 1 failure\n" + _CIRCLE),
]

# Retry words whose log may as well show a persistent cause: no rerun proposed with confidence.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # pytest-rerunfailures' progress letters and RERUN status with the run cut off before its summary
    ("rerunfailures-rerun-lines-cut-off",
     "tests/test_sync.py::test_mirror RERUN                                  [ 50%]\n"
     "tests/test_sync.py::test_mirror RERUN                                  [ 50%]\n"
     "tests/test_sync.py::test_mirror FAILED                                 [ 50%]\n" + _EXIT),
    # junit-pioneer's aborted attempts with the run's end not in the excerpt
    ("junit-pioneer-will-retry-only",
     "SenderTest > sendsDigest() > [1] SKIPPED\n"
     "    org.opentest4j.TestAbortedException: Test execution #1 (of up to 3) failed ~> will retry...\n"
     "SenderTest > sendsDigest() > [2] SKIPPED\n"
     "    org.opentest4j.TestAbortedException: Test execution #2 (of up to 3) failed ~> will retry...\n"
     + _EXIT),
    # the .NET retry extension's per-attempt line, the run's end not shown
    ("dotnet-retry-attempt-line-only",
     "Tests suite failed, total failed tests: 2, exit code: 2, attempt: 1/3\n"
     "Tests suite failed, total failed tests: 1, exit code: 2, attempt: 2/3\n" + _EXIT),
    # Cypress's attempts with the failure's report not shown
    ("cypress-attempt-lines-only",
     "    (Attempt 1 of 3) applies the coupon\n"
     "    (Attempt 2 of 3) applies the coupon\n"
     "    (Attempt 3 of 3) applies the coupon\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_retry_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_retry_words_with_a_possible_persistent_cause_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "CartTest > adds() FAILED CartTest > adds() PASSED > There were failing tests ",
    "  TRY 2 PASS [   0.190s] a b - test configured to fail if flaky FLKY-FL 2/3 [ ",
    "test_x failed (1 runs remaining out of 2). test_x passed 1 out of the required 1 times. ",
    "[ERROR]   Run 1: CartIT.adds:31 expected: <3> but was: <2> Run 2: PASS ",
    "    Retry #1 ─── Error: page.goto: net::ERR_CONNECTION_REFUSED ",
    " LOGGING RETRY ERRORS  RETRY 1 PASS src/a.test.ts ",
    "Tests suite failed in all 3 attempts FAILED in 3 out of 3 in 0.9s ",
    "failed ~> test fails - see cause for details : FAILED in all 3 runs ",
    "│ Failed  │ redfin-30-en-portrait │ 1 test cases failed, 39 passed │ ",
    "  [FAIL] [sig-network] Services [Flaky] [It] should preserve source IP ",
    "     Summary [  14.032s] 184 tests run: 183 passed, 1 failed, 0 skipped ",
]
