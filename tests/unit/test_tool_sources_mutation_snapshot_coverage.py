"""Seventeenth round, tool sources: mutation testing, snapshot and approval testing, coverage tools' own failures.

Covered: the mutation tools' gates and their own trouble beyond what test_tool_sources_sanitizers_fuzz_
property_bench.py holds (Stryker's break threshold, PIT's score threshold, cargo-mutants' missed mutants and
Stryker's failing initial run are there): Infection's MSI, covered-MSI and maximum-timeout gates and its
"tests must be in a passing state", PIT's help texts (a red suite, no mutations, no test plugin, an unknown
mutator) and its minions that died, Stryker's "No tests were executed", its dashboard reporter's refused or
failed upload and its test runners that ran out of memory, cargo-mutants' timeouts and failing baseline,
mutmut's clean and forced-fail runs, gremlins' efficacy gate; the snapshot tools' verdicts (Jest's unwritten
snapshot under --ci and its obsolete snapshots, insta's failed assertion, pending and unreferenced snapshots,
syrupy's failed and unused snapshots, pytest-snapshot, Verify, ApprovalTests, swift-snapshot-testing's
recorded reference); the coverage tools' own errors (coverage.py's data file, combine and source errors,
lcov/geninfo's mismatch and version errors, gcovr's minimums and gcov errors, tarpaulin's threshold, ptrace
and test timeouts). coverage.py fail-under and "No data to report.", nyc/c8, JaCoCo and Kover rules,
go-test-coverage and SimpleCov are in test_tool_sources_pr_checks_coverage.py; Codecov and Coveralls uploads
in test_tool_sources_upload.py; they are not repeated.

Each case is a short log written for this test around one message as the tool prints it. The comment above
each case names the repository and file holding the format string, read from a snapshot of the tool's
source (stryker-mutator/stryker-js, hcoles/pitest, infection/infection, boxed/mutmut, sourcefrog/cargo-
mutants, go-gremlins/gremlins, jestjs/jest, mitsuhiko/insta, syrupy-project/syrupy, joseph-roitman/pytest-
snapshot, VerifyTests/Verify, nedbat/coveragepy, linux-test-project/lcov, gcovr/gcovr, xd009642/tarpaulin)
or through the code index (Stryker.NET, ApprovalTests, swift-snapshot-testing); Vitest's mismatch wording
and libgcov's "profiling:" lines rest on memory of those trees and are marked so. Hosts, packages, tests and
paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a gate that measured the change (a mutation score or MSI under its minimum, surviving mutants, coverage
    under a minimum), a snapshot that does not match, is missing from the repository (Jest's "New snapshot
    was not written" under --ci, swift-snapshot-testing's "No reference was found on disk" on a fresh
    checkout, a missing approved file), obsolete, unused, unreferenced or pending review -> real, whatever
    "re-run" or "timed out" the tool's hint holds;
  * mutants that timed out: a mutant that loops is the mutation's doing, and a gate on their number
    (Infection's maximum timeouts, cargo-mutants' timeouts) fails the same on every run -> real;
  * a worker that died or ran out of memory: the tool's own wording blames the tests (Stryker's "memory leak
    in your tests") -> not transient; PIT's "minion exited abnormally" may be a System.exit in a test as
    well as the host -> not surely transient; the CI's own words for a lost runner or a killed job during a
    mutation run -> transient;
  * the tool's configuration or environment (no tests found, an unknown mutator, a missing test plugin, a
    coverage file in the wrong place, a gcov that does not match the compiler, ptrace refused in a
    container) -> real;
  * the services around the tools (a dashboard answering 5xx or 429, a download of the tool or its agent
    that timed out) -> transient; a refused API key -> real;
  * near-misses: tests ABOUT these tools (a report parser's assertion), a real test failure under a
    coverage run that merely names the tool.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_MVN_END = ("[ERROR] \n"
            "[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.\n"
            "[ERROR] Re-run Maven using the -X switch to enable full debug logging.\n")

CASES: list[tuple[str, str, str]] = [
    # ================================================================== mutation testing: gates
    # infection/infection src/Metrics/MinMsiCheckFailed.php ("The minimum required MSI percentage should be
    # %s%%, but actual is %s%%. Improve your tests!")
    ("infection-min-msi", "real",
     "$ vendor/bin/infection --threads=4 --min-msi=80 --min-covered-msi=90\n"
     "Processing source code files: 42/42\n"
     "212 mutations were generated:\n"
     "     150 mutants were killed by Test Framework\n"
     "      48 covered mutants were not detected\n"
     "Metrics:\n"
     "         Mutation Score Indicator (MSI): 71%\n"
     "In 1m 12s | Memory: 64.00MB | Peak Memory: 80.00MB\n"
     "  [ERROR] The minimum required MSI percentage should be 80%, but actual is 71%. Improve your tests!\n"
     + _GHA),
    # src/Metrics/MinMsiCheckFailed.php createCoveredMsi
    ("infection-min-covered-msi", "real",
     "Metrics:\n"
     "         Mutation Score Indicator (MSI): 86%\n"
     "         Covered Code MSI: 88%\n"
     "  [ERROR] The minimum required Covered Code MSI percentage should be 95%, but actual is 88%. Improve your tests!\n"
     + _CIRCLE),
    # src/Metrics/MaxTimeoutCountReached.php ("The maximum allowed timeouts is %d, but %d timed out. Reduce
    # timeouts or increase the limit!"): mutants that loop, the same ones on every run
    ("infection-max-timeouts", "real",
     "212 mutations were generated:\n"
     "     190 mutants were killed by Test Framework\n"
     "       9 time outs were encountered\n"
     "Metrics:\n"
     "         Mutation Score Indicator (MSI): 94%\n"
     "  [ERROR] The maximum allowed timeouts is 5, but 9 timed out. Reduce timeouts or increase the limit!\n"
     + _GHA),
    # src/Process/Runner/InitialTestsFailed.php ("Project tests must be in a passing state before running
    # Infection.", "%s reported an exit code of %d.")
    ("infection-initial-tests-failed", "real",
     "Running initial test suite...\n"
     "PHPUnit version: 10.5.20\n"
     "In InitialTestsFailed.php line 72:\n"
     "  Project tests must be in a passing state before running Infection.\n"
     "  PHPUnit reported an exit code of 1.\n"
     "  Refer to the PHPUnit's output below:\n"
     "  STDOUT:\n"
     "  There was 1 failure:\n"
     "  1) Acme\\Cart\\TotalsTest::testDiscount\n"
     "  Failed asserting that 90 is identical to 85.\n" + _GHA),
    # src/TestFramework/Coverage/XmlReport/IndexXmlCoverageLocator.php ("Could not find the XML coverage index
    # report in \"%s\": no file with the pattern \"%s\" was found.")
    ("infection-coverage-index-not-found", "real",
     "$ vendor/bin/infection --skip-initial-tests --coverage=build/coverage\n"
     "In IndexXmlCoverageLocator.php line 109:\n"
     "  Could not find the XML coverage index report in \"/home/ci/project/build/coverage\": no file with the pattern \"index.xml\" was found.\n"
     + _CIRCLE),
    # go-gremlins/gremlins internal/report/report.go (fullRunReport "Test efficacy: %.2f%%"),
    # internal/execution/execution.go ("below efficacy-threshold", exit status 10)
    ("gremlins-below-efficacy-threshold", "real",
     "$ gremlins unleash --threshold-efficacy 80\n"
     "Mutation testing completed in 2m14s\n"
     "Killed: 61, Lived: 23, Not covered: 4\n"
     "Timed out: 2, Not viable: 0, Skipped: 0\n"
     "Test efficacy: 72.62%\n"
     "Mutator coverage: 95.45%\n"
     "Error: below efficacy-threshold\n"
     "##[error]Process completed with exit code 10.\n"),
    # sourcefrog/cargo-mutants src/console.rs ("TIMEOUT"), src/outcome.rs ("N timeouts"): the mutant made the
    # tests loop; cargo-mutants exits 3 for it
    ("cargo-mutants-timeouts", "real",
     "Found 57 mutants to test\n"
     "ok       Unmutated baseline in 14.2s build + 4.1s test\n"
     "TIMEOUT  src/queue.rs:41:15: replace < with <= in Queue::drain in 1.3s build + 20.0s test\n"
     "TIMEOUT  src/queue.rs:58:9: replace Queue::pop -> Option<u32> with None in 1.1s build + 20.0s test\n"
     "57 mutants tested in 3m 2s: 51 caught, 4 unviable, 2 timeouts\n"
     "##[error]Process completed with exit code 3.\n"),
    # src/lab.rs ("cargo {phase} failed in an unmutated tree, so no mutants were tested")
    ("cargo-mutants-baseline-failed", "real",
     "Found 57 mutants to test\n"
     "FAILED   Unmutated baseline in 14.2s build + 3.8s test\n"
     "test queue::tests::drains_in_order ... FAILED\n"
     "Error: cargo test failed in an unmutated tree, so no mutants were tested\n"
     "##[error]Process completed with exit code 4.\n"),
    # boxed/mutmut src/mutmut/__main__.py ("Failed to run clean test")
    ("mutmut-clean-test-failed", "real",
     "$ mutmut run\n"
     "⠋ Generating mutants\n"
     "    done in 812ms\n"
     "⠋ Running clean tests\n"
     "FAILED tests/test_parser.py::test_parses_header - AssertionError: assert 'v1' == 'v2'\n"
     "Failed to run clean test\n" + _GHA),
    # mutmut __main__.py run_forced_fail_test ("FAILED: Unable to force test failures"): the tests do not
    # import the mutated code (a config fault)
    ("mutmut-unable-to-force-failures", "real",
     "$ mutmut run\n"
     "⠋ Running clean tests\n"
     "    done\n"
     "⠋ Running forced fail test\n"
     "======== 48 passed in 3.10s ========\n"
     "FAILED: Unable to force test failures\n" + _CIRCLE),
    # hcoles/pitest pitest/src/main/java/org/pitest/help/Help.java FAILING_TESTS ("%s tests did not pass
    # without mutation when calculating line coverage. Mutation testing requires a green suite.")
    ("pit-red-suite", "real",
     "[INFO] --- pitest-maven:1.15.8:mutationCoverage (default-cli) @ ledger ---\n"
     "SEVERE : Description [testClass=com.example.ledger.BalanceTest, name=[engine:junit-jupiter]/[class:com.example.ledger.BalanceTest]/[method:overdraft()]] did not pass without mutation.\n"
     "[INFO] BUILD FAILURE\n"
     "[ERROR] Failed to execute goal org.pitest:pitest-maven:1.15.8:mutationCoverage (default-cli) on project ledger: "
     "Execution default-cli of goal org.pitest:pitest-maven:1.15.8:mutationCoverage failed: "
     "1 tests did not pass without mutation when calculating line coverage. Mutation testing requires a green suite.\n"
     + _MVN_END + _GHA),
    # Help.java NO_MUTATIONS_FOUND ("No mutations found. This probably means there is an issue with either the
    # supplied classpath or filters.")
    ("pit-no-mutations-found", "real",
     "> Task :ledger:pitest\n"
     "12:01:44 PM PIT >> INFO : Created  0 mutation test units\n"
     "Exception in thread \"main\" org.pitest.help.PitHelpError: No mutations found. This probably means there is an issue with either the supplied classpath or filters.\n"
     "See https://pitest.org for more details.\n"
     "> Task :ledger:pitest FAILED\n"
     "FAILURE: Build failed with an exception.\n" + _CIRCLE),
    # pitest-entry .../DefaultCoverageGenerator.java (TEST_PLUGIN_ISSUE: "Please check you have correctly
    # installed the pitest plugin for your project's test library (JUnit 5, TestNG, JUnit 4 etc). ")
    ("pit-test-plugin-missing", "real",
     "[INFO] --- pitest-maven:1.15.8:mutationCoverage (default-cli) @ ledger ---\n"
     "SEVERE : Pitest could not run any tests. Please check that you have installed the pitest plugin for your testing library (eg JUnit 5, TestNG).\n"
     "[ERROR] Failed to execute goal org.pitest:pitest-maven:1.15.8:mutationCoverage (default-cli) on project ledger: "
     "Execution default-cli of goal org.pitest:pitest-maven:1.15.8:mutationCoverage failed: "
     "Please check you have correctly installed the pitest plugin for your project's test library (JUnit 5, TestNG, JUnit 4 etc).\n"
     + _MVN_END + _GHA),
    # Help.java UNKNOWN_MUTATOR ("Mutator or group %s is unknown. Check PIT configuration and try again.")
    ("pit-unknown-mutator", "real",
     "> Task :core:pitest\n"
     "Exception in thread \"main\" org.pitest.help.PitHelpError: Mutator or group STRONGEST is unknown. Check PIT configuration and try again.\n"
     "See https://pitest.org for more details.\n"
     "> Task :core:pitest FAILED\n"
     "BUILD FAILED in 22s\n" + _GL),
    # PIT's minions that died (MutationTestUnit.java "Minion did not start or died during analysis. This may
    # indicate an issue in your environment such as insufficient memory.") above the score gate that ended
    # the job: the gate decides
    ("pit-minion-died-then-score-gate", "real",
     "SEVERE : Minion did not start or died during analysis. This may indicate an issue in your environment such as insufficient memory.\n"
     "WARNING : Minion exited abnormally due to RUN_ERROR\n"
     "[INFO] >> Generated 212 mutations Killed 150 (71%)\n"
     "[INFO] BUILD FAILURE\n"
     "[ERROR] Failed to execute goal org.pitest:pitest-maven:1.15.8:mutationCoverage (default-cli) on project ledger: Mutation score of 71 is below threshold of 80 -> [Help 1]\n"
     + _GHA),
    # stryker-mutator/stryker-js packages/core/src/process/3-dry-run-executor.ts ("No tests were executed.
    # Stryker will exit prematurely. Please check your configuration.")
    ("stryker-no-tests-executed", "real",
     "10:02:11 (4410) INFO DryRunExecutor Starting initial test run (jest test runner with \"perTest\" coverage analysis). This may take a while.\n"
     "10:02:14 (4410) INFO DryRunExecutor Initial test run succeeded. Ran 0 tests in 2 seconds (net 0 ms, overhead 1840 ms).\n"
     "10:02:14 (4410) ERROR Stryker No tests were executed. Stryker will exit prematurely. Please check your configuration.\n"
     + _GHA),
    # stryker-js clear-text reporter "[Timeout]" mutants (timed-out mutants count as detected) and the break
    # threshold of mutation-test-report-helper.ts
    ("stryker-timeout-mutants-then-threshold", "real",
     "#14. [Timeout] EqualityOperator\n"
     "src/queue.ts:41:15\n"
     "-     while (i < items.length) {\n"
     "+     while (i <= items.length) {\n"
     "Mutation testing  [==========] 100% (elapsed: ~3m, remaining: n/a) 140/140 Mutants tested (52 survived, 3 timed out)\n"
     "10:41:03 (3117) ERROR MutationTestReportHelper Final mutation score 61.43 under breaking threshold 70, setting exit code to 1 (failure).\n"
     + _CIRCLE),
    # stryker-js packages/core/src/test-runner/retry-rejected-decorator.ts ("Test runner process [%s] ran out
    # of memory. You probably have a memory leak in your tests.") and "Test runner crashed. Tried twice to
    # restart it without any luck": the tool blames the tests, not the host
    ("stryker-runner-oom-memory-leak-in-tests", "real",
     "10:12:40 (3117) WARN ChildProcessProxy Child process [pid 3190] ran out of memory. Stdout and stderr are logged on debug level.\n"
     "10:12:40 (3117) INFO RetryRejectedDecorator Test runner process [3190] ran out of memory. You probably have a memory leak in your tests. Don't worry, Stryker will restart the process, but you might want to investigate this later, because this decreases performance.\n"
     "10:12:58 (3117) ERROR DryRunExecutor One or more tests resulted in an error:\n"
     "\tTest runner crashed. Tried twice to restart it without any luck. Last time the error message was: Error: Process 3190 ran out of memory\n"
     "10:12:58 (3117) ERROR Stryker Unexpected error occurred while running Stryker Error: Something went wrong in the initial test run\n"
     + _GHA),
    # stryker-js packages/core/src/reporters/dashboard-reporter/dashboard-reporter-client.ts ("Error HTTP PUT
    # %s. Unauthorized. Did you provide the correct api key in the \"STRYKER_DASHBOARD_API_KEY\" environment
    # variable?")
    ("stryker-dashboard-unauthorized", "real",
     "10:41:03 (3117) INFO DashboardReporter PUT report to https://dashboard.example.org/api/reports/github.com/acme/shop/main (~81244 bytes)\n"
     "10:41:04 (3117) ERROR DashboardReporter Could not upload report. StrykerError: Error HTTP PUT https://dashboard.example.org/api/reports/github.com/acme/shop/main. Unauthorized. Did you provide the correct api key in the \"STRYKER_DASHBOARD_API_KEY\" environment variable?\n"
     + _GHA),
    # ================================================================== snapshot and approval testing
    # jestjs/jest packages/jest-snapshot/src/index.ts ("New snapshot was not written. The update flag must be
    # explicitly passed to write a new snapshot. ... This is likely because this test is run in a continuous
    # integration (CI) environment in which snapshots are not written by default."): the snapshot file was
    # not committed
    ("jest-ci-new-snapshot-not-written", "real",
     "$ jest --ci\n"
     " FAIL  src/components/Cart.test.tsx\n"
     "  ● Cart › renders the empty state\n"
     "    expect(received).toMatchSnapshot()\n"
     "    Snapshot name: `Cart renders the empty state 1`\n"
     "    New snapshot was not written. The update flag must be explicitly passed to write a new snapshot.\n"
     "    This is likely because this test is run in a continuous integration (CI) environment in which snapshots are not written by default.\n"
     "Tests:       1 failed, 41 passed, 42 total\n"
     "Snapshots:   1 failed, 18 passed, 19 total\n" + _GHA),
    # the same for an inline snapshot, with the summary's words only
    ("jest-ci-inline-snapshot-not-written", "real",
     "  ● formatPrice › rounds half up\n"
     "    New snapshot was not written. The update flag must be explicitly passed to write a new snapshot.\n"
     "    This is likely because this test is run in a continuous integration (CI) environment in which snapshots are not written by default.\n"
     "    Received: \"12.35\"\n"
     "Test Suites: 1 failed, 9 passed, 10 total\n" + _CIRCLE),
    # packages/jest-reporters/src/getSnapshotSummary.ts ("%s obsolete from %s. To remove them all, run
    # `%s -u`."), jest-core TestScheduler.ts (snapshot.failure: obsolete snapshots fail the run under --ci)
    ("jest-obsolete-snapshots", "real",
     "$ jest --ci\n"
     "Snapshot Summary\n"
     " › 2 snapshots obsolete from 1 test suite. To remove them all, run `npm test -- -u`.\n"
     "   ↳ src/components/Cart.test.tsx\n"
     "       • Cart renders the legacy banner 1\n"
     "Test Suites: 10 passed, 10 total\n"
     "Tests:       42 passed, 42 total\n"
     "Snapshots:   2 obsolete, 19 passed, 21 total\n" + _GHA),
    ("jest-obsolete-snapshot-file", "real",
     "Snapshot Summary\n"
     " › 1 snapshot file obsolete from 1 test suite. To remove it, run `yarn test -u`.\n"
     "   ↳ • src/legacy/__snapshots__/Banner.test.tsx.snap\n"
     "Test Suites: 12 passed, 12 total\n"
     "Snapshots:   1 file obsolete, 30 passed, 30 total\n" + _CIRCLE),
    # Vitest's snapshot client ("Snapshot `%s` mismatched") (from memory of vitest-dev/vitest packages/snapshot)
    ("vitest-snapshot-mismatched", "real",
     " FAIL  src/cart.test.ts > cart > renders totals\n"
     "Error: Snapshot `cart > renders totals 1` mismatched\n"
     "- Expected\n"
     "+ Received\n"
     "-   \"total\": 90,\n"
     "+   \"total\": 85,\n"
     " Test Files  1 failed | 11 passed (12)\n"
     "      Tests  1 failed | 87 passed (88)\n" + _GHA),
    # mitsuhiko/insta insta/src/runtime.rs ("snapshot assertion for '{}' failed in line {}", "To update
    # snapshots run `cargo insta review`")
    ("insta-assertion-failed", "real",
     "running 12 tests\n"
     "Snapshot: render_cart\n"
     "Source: src/render.rs:42\n"
     "-old snapshot\n"
     "+new results\n"
     "To update snapshots run `cargo insta review`\n"
     "thread 'tests::render_cart' panicked at src/render.rs:42:5:\n"
     "snapshot assertion for 'render_cart' failed in line 42\n"
     "test result: FAILED. 11 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.21s\n"
     "error: test failed, to rerun pass `--lib`\n" + _GHA),
    # cargo-insta/src/cli.rs ("{}: {} snapshot{} to review", "use `cargo insta review` to review snapshots")
    ("cargo-insta-test-snapshots-to-review", "real",
     "$ cargo insta test --check\n"
     "test result: ok. 12 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.19s\n"
     "info: 2 snapshots to review\n"
     "use `cargo insta review` to review snapshots\n" + _CIRCLE),
    # cargo-insta/src/cli.rs ("encountered unreferenced snapshots:", "aborting because of unreferenced snapshots")
    ("cargo-insta-unreferenced-snapshots", "real",
     "$ cargo insta test --unreferenced=reject\n"
     "test result: ok. 12 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.19s\n"
     "info: encountered unreferenced snapshots:\n"
     "  src/snapshots/app__render__old_header.snap\n"
     "error: aborting because of unreferenced snapshots\n" + _GHA),
    # syrupy-project/syrupy src/syrupy/report.py ("{} snapshot failed.", "{} snapshots unused.", "Re-run pytest
    # with --snapshot-update to delete unused snapshots.")
    ("syrupy-unused-snapshots", "real",
     "$ pytest --snapshot-details\n"
     "--------------- snapshot report summary ---------------\n"
     "31 snapshots passed. 2 snapshots unused.\n"
     "Unused test_render_header[dark], test_render_header[light] (__snapshots__/test_render.ambr)\n"
     "Re-run pytest with --snapshot-update to delete unused snapshots.\n"
     "============== 24 passed in 1.92s ==============\n" + _GHA),
    ("syrupy-snapshot-failed", "real",
     "E       AssertionError: assert [+ received] == [- snapshot]\n"
     "E         -   'total': 90,\n"
     "E         +   'total': 85,\n"
     "FAILED tests/test_render.py::test_totals - AssertionError: assert [+ received] == [- snapshot]\n"
     "--------------- snapshot report summary ---------------\n"
     "1 snapshot failed. 30 snapshots passed.\n"
     "========== 1 failed, 23 passed in 1.88s ==========\n" + _CIRCLE),
    # src/syrupy/assertion.py ("Snapshot '{}' does not exist!")
    ("syrupy-snapshot-does-not-exist", "real",
     "E       AssertionError: assert [+ received] == [- snapshot]\n"
     "E         Snapshot 'test_invoice_pdf' does not exist!\n"
     "FAILED tests/test_invoice.py::test_invoice_pdf - AssertionError: assert [+ received] == [- snapshot]\n"
     "========== 1 failed, 40 passed in 3.02s ==========\n" + _GHA),
    # joseph-roitman/pytest-snapshot pytest_snapshot/plugin.py ("snapshot {} doesn't exist. (run pytest with
    # --snapshot-update to create it)")
    ("pytest-snapshot-does-not-exist", "real",
     "E       AssertionError: snapshot snapshots/test_cli/test_help/help.txt doesn't exist. (run pytest with --snapshot-update to create it)\n"
     "FAILED tests/test_cli.py::test_help - AssertionError: snapshot snapshots/test_cli/test_help/help.txt doesn't exist. (run pytest with --snapshot-update to create it)\n"
     "========== 1 failed, 17 passed in 0.84s ==========\n" + _GHA),
    # plugin.py ("value does not match the expected value in snapshot {}")
    ("pytest-snapshot-value-mismatch", "real",
     "E       AssertionError: value does not match the expected value in snapshot snapshots/test_cli/test_version/out.txt\n"
     "E         (run pytest with --snapshot-update to update snapshots)\n"
     "E       assert 'acme 2.1.0\\n' == 'acme 2.0.3\\n'\n"
     "FAILED tests/test_cli.py::test_version - AssertionError: value does not match the expected value in snapshot snapshots/test_cli/test_version/out.txt\n"
     "========== 1 failed, 17 passed in 0.81s ==========\n" + _CIRCLE),
    # VerifyTests/Verify src/Verify/Verifier/VerifyExceptionMessageBuilder.cs ("Directory: %s", "NotEqual:",
    # "New:", "Received: ", "Verified: ")
    ("verify-dotnet-not-equal", "real",
     "  Failed Acme.Tests.InvoiceTests.RendersTotals [212 ms]\n"
     "  Error Message:\n"
     "   VerifyException : Directory: /home/ci/project/tests/Acme.Tests\n"
     "NotEqual:\n"
     "  - Received: InvoiceTests.RendersTotals.received.txt\n"
     "    Verified: InvoiceTests.RendersTotals.verified.txt\n"
     "Failed!  - Failed:     1, Passed:   211, Skipped:     0, Total:   212, Duration: 4 s - Acme.Tests.dll (net8.0)\n"
     + _GHA),
    ("verify-dotnet-new-file", "real",
     "  Failed Acme.Tests.ApiTests.ListsOrders [98 ms]\n"
     "  Error Message:\n"
     "   VerifyException : Directory: /home/ci/project/tests/Acme.Tests\n"
     "New:\n"
     "  - Received: ApiTests.ListsOrders.received.json\n"
     "    Verified: ApiTests.ListsOrders.verified.json\n"
     "Failed!  - Failed:     1, Passed:   211, Skipped:     0, Total:   212, Duration: 4 s - Acme.Tests.dll (net8.0)\n"
     + _CIRCLE),
    # approvals/ApprovalTests.Net ApprovalMissingException ("Failed Approval: Approval File \"%s\" Not Found.")
    # (read through the code index)
    ("approvaltests-approval-file-not-found", "real",
     "  Failed Acme.Tests.ReportTests.MonthlySummary [41 ms]\n"
     "  Error Message:\n"
     "   ApprovalTests.Core.Exceptions.ApprovalMissingException : Failed Approval: Approval File \"/home/ci/project/tests/ReportTests.MonthlySummary.approved.txt\" Not Found.\n"
     "Failed!  - Failed:     1, Passed:    64, Skipped:     0, Total:    65\n" + _GHA),
    # pointfreeco/swift-snapshot-testing Sources/SnapshotTesting/AssertSnapshot.swift ("No reference was found on
    # disk. Automatically recorded snapshot: ...", "Re-run \"%s\" to test against the newly-recorded
    # snapshot.") (read through the code index): a fresh checkout has no reference, every run records it again
    ("swift-snapshot-no-reference-on-disk", "real",
     "Test Case '-[AcmeTests.CartViewTests testEmptyState]' started.\n"
     "/Users/ci/project/Tests/AcmeTests/CartViewTests.swift:18: error: -[AcmeTests.CartViewTests testEmptyState] : failed - No reference was found on disk. Automatically recorded snapshot: …\n"
     "open \"/Users/ci/project/Tests/AcmeTests/__Snapshots__/CartViewTests/testEmptyState.1.png\"\n"
     "Re-run \"testEmptyState\" to test against the newly-recorded snapshot.\n"
     "Test Case '-[AcmeTests.CartViewTests testEmptyState]' failed (0.412 seconds).\n"
     "** TEST FAILED **\n" + _GHA),
    # AssertSnapshot.swift ("Snapshot does not match reference.")
    ("swift-snapshot-does-not-match", "real",
     "/Users/ci/project/Tests/AcmeTests/CartViewTests.swift:24: error: -[AcmeTests.CartViewTests testTotals] : failed - Snapshot does not match reference.\n"
     "@−\n"
     "\"/Users/ci/project/Tests/AcmeTests/__Snapshots__/CartViewTests/testTotals.1.txt\"\n"
     "@+\n"
     "\"/tmp/CartViewTests/testTotals.1.txt\"\n"
     "Test Case '-[AcmeTests.CartViewTests testTotals]' failed (0.108 seconds).\n"
     "** TEST FAILED **\n" + _CIRCLE),
    # ================================================================== coverage tools' own failures
    # nedbat/coveragepy coverage/sqldata.py ("Couldn't use data file {!r}: wrong schema: {} instead of {}"): a
    # data file from another coverage version (a cached or downloaded artifact)
    ("coverage-py-wrong-schema", "real",
     "$ coverage combine coverage-artifacts/\n"
     "Traceback (most recent call last):\n"
     "coverage.exceptions.DataError: Couldn't use data file '/home/ci/project/coverage-artifacts/.coverage.py39': wrong schema: 6 instead of 7\n"
     + _GHA),
    # coverage/sqldata.py ("Data file {!r} doesn't seem to be a coverage data file: {}")
    ("coverage-py-not-a-data-file", "real",
     "$ coverage report\n"
     "Data file '/home/ci/project/.coverage' doesn't seem to be a coverage data file: file is not a database\n"
     + _CIRCLE),
    # coverage/data.py ("No data to combine"), coverage/control.py ("No data was collected.")
    ("coverage-py-no-data-collected-then-no-data-to-combine", "real",
     "$ coverage run --parallel-mode -m pytest\n"
     "========== 82 passed in 4.12s ==========\n"
     "/opt/venv/lib/python3.11/site-packages/coverage/control.py:892: CoverageWarning: No data was collected. (no-data-collected)\n"
     "$ coverage combine\n"
     "No data to combine\n" + _GHA),
    # coverage/python.py ("No source for code: '{filename}'.")
    ("coverage-py-no-source-for-code", "real",
     "$ coverage xml -o coverage.xml\n"
     "No source for code: '/tmp/pytest-of-ci/pytest-0/test_plugin0/generated_plugin.py'.\n"
     "Aborting report output, consider using -i.\n" + _GHA),
    # coverage/sqldata.py update() ("Can't combine branch coverage data with statement data"): one job ran with
    # branch coverage, another without
    ("coverage-py-branch-line-mix", "real",
     "$ coverage combine artifacts/\n"
     "Combined data file artifacts/.coverage.linux\n"
     "coverage.exceptions.DataError: Can't combine branch coverage data with statement data\n" + _CIRCLE),
    # linux-test-project/lcov lib/lcovutil.pm (ignorable errors: "\t(use \"%s --ignore-errors %s ...\" to
    # bypass this error)"), bin/geninfo's mismatch messages
    ("geninfo-mismatch-error", "real",
     "+ lcov --capture --directory build --output-file coverage.info\n"
     "Capturing coverage data from build\n"
     "geninfo cmd: '/usr/bin/geninfo build --output-filename coverage.info --memory 0'\n"
     "Found gcov version: 13.2.0\n"
     "geninfo: ERROR: (mismatch) mismatched end line for _ZN4acme5Queue5drainEv at /home/ci/project/src/queue.cpp:41: 41 -> 58\n"
     "\t(use \"geninfo --ignore-errors mismatch ...\" to bypass this error)\n"
     + _GHA),
    # bin/geninfo ("Incompatible GCC/GCOV version found while processing %s: Your test was built with '%s'.
    # You are trying to capture with gcov tool '%s' which is version '%s'.")
    ("geninfo-incompatible-gcov-version", "real",
     "+ lcov --capture --directory build --output-file coverage.info\n"
     "Found gcov version: 11.4.0\n"
     "geninfo: ERROR: (version) Incompatible GCC/GCOV version found while processing build/CMakeFiles/acme.dir/src/queue.cpp.gcda:\n"
     "\tYour test was built with 'B33*'.\n"
     "\tYou are trying to capture with gcov tool '/usr/bin/gcov' which is version 'B14*'.\n"
     + _CIRCLE),
    # gcovr/gcovr src/gcovr/__main__.py ("Failed minimum line coverage (got %s%%, minimum %s%%)")
    ("gcovr-failed-minimum-line-coverage", "real",
     "+ gcovr --root . --fail-under-line 85 --xml coverage.xml\n"
     "(INFO) Reading coverage data...\n"
     "(INFO) Writing coverage report...\n"
     "lines: 78.4% (1204 out of 1536)\n"
     "branches: 61.0% (512 out of 839)\n"
     "(ERROR) Failed minimum line coverage (got 78.4%, minimum 85.0%)\n"
     "##[error]Process completed with exit code 2.\n"),
    # src/gcovr/formats/gcov/read.py ("GCOV produced the following errors processing %r: ... GCOVR could not
    # infer a working directory that resolved it.")
    ("gcovr-no-working-dir-found", "real",
     "+ gcovr --root . --xml coverage.xml build/\n"
     "(ERROR) Trouble processing '/home/ci/project/build/src/CMakeFiles/acme.dir/queue.cpp.gcda' with working directory '/home/ci/project/build/src'.\n"
     "Traceback (most recent call last):\n"
     "RuntimeError: GCOV produced the following errors processing '/home/ci/project/build/src/CMakeFiles/acme.dir/queue.cpp.gcda':\n"
     "\tCannot open source file queue.cpp\n"
     "GCOVR could not infer a working directory that resolved it.\n"
     "To ignore this error use option --gcov-ignore-errors=no_working_dir_found.\n" + _GHA),
    # xd009642/tarpaulin src/errors/mod.rs ("Coverage is below the failure threshold {:.2}% < {:.2}%")
    ("tarpaulin-below-failure-threshold", "real",
     "$ cargo tarpaulin --fail-under 80 --out Xml\n"
     "Jun 01 10:02:11.412  INFO cargo_tarpaulin::report: Coverage Results:\n"
     "|| Tested/Total Lines:\n"
     "|| src/queue.rs: 41/58\n"
     "71.23% coverage, 412/578 lines covered\n"
     "Error: \"Coverage is below the failure threshold 71.23% < 80.00%\"\n" + _GHA),
    # src/process_handling/linux.rs ("ASLR disable failed: %s") as src/errors/mod.rs TestRuntime ("Failed to
    # run tests: %s"): a container without the ptrace/personality permission, on every run
    ("tarpaulin-aslr-disable-eperm", "real",
     "$ cargo tarpaulin --out Xml\n"
     "Jun 01 10:02:11.412  INFO cargo_tarpaulin::process_handling: running /home/ci/project/target/debug/deps/acme-3f1c2b\n"
     "Jun 01 10:02:11.419 ERROR cargo_tarpaulin: Failed to run tests: ASLR disable failed: EPERM: Operation not permitted\n"
     "Error: \"Failed to run tests: ASLR disable failed: EPERM: Operation not permitted\"\n" + _CIRCLE),
    # ================================================================== near-misses
    # a test of the project's own mutation-report parser, whose expected text names Stryker's threshold
    ("pytest-parser-test-quotes-stryker-threshold", "real",
     ">       assert summary.score == 58.33\n"
     "E       AssertionError: assert 60.0 == 58.33\n"
     "FAILED tests/test_mutation_report.py::test_parses_final_mutation_score_under_breaking_threshold - AssertionError: assert 60.0 == 58.33\n"
     "========== 1 failed, 30 passed in 0.44s ==========\n" + _GHA),
    # a real test failure under a coverage run; the coverage tool's own words are only the wrapper
    ("pytest-cov-real-failure", "real",
     "$ pytest --cov=acme --cov-fail-under=85\n"
     "E       KeyError: 'currency'\n"
     "FAILED tests/test_invoice.py::test_totals - KeyError: 'currency'\n"
     "---------- coverage: platform linux, python 3.11.9-final-0 ----------\n"
     "TOTAL                    1204    160    87%\n"
     "Required test coverage of 85% reached. Total coverage: 86.71%\n"
     "========== 1 failed, 81 passed in 6.02s ==========\n" + _GHA),
    # a snapshot whose stored text holds a 503 page (the snapshot's text, not the job's trouble)
    ("insta-snapshot-holding-503-text", "real",
     "Snapshot: error_page\n"
     "Source: src/pages.rs:88\n"
     "-old snapshot\n"
     "+new results\n"
     "────────────┬───────────────────────────────\n"
     "    0     0 │ <h1>503 Service Unavailable</h1>\n"
     "    1       │-<p>Please try again later.</p>\n"
     "          1 │+<p>We are back soon.</p>\n"
     "────────────┴───────────────────────────────\n"
     "snapshot assertion for 'error_page' failed in line 88\n"
     "test result: FAILED. 11 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.21s\n"
     + _GHA),
    # ================================================================== transient: the services and hosts around
    # stryker-js dashboard-reporter-client.ts ("Error HTTP PUT %s. Response status code: %s. Response body:
    # %s") with a 502: the dashboard's outage
    ("stryker-dashboard-502", "transient",
     "10:41:03 (3117) INFO MutationTestReportHelper Final mutation score of 84.29 is greater than or equal to break threshold 70\n"
     "10:41:03 (3117) INFO DashboardReporter PUT report to https://dashboard.example.org/api/reports/github.com/acme/shop/main (~81244 bytes)\n"
     "10:41:09 (3117) ERROR DashboardReporter Could not upload report. StrykerError: Error HTTP PUT https://dashboard.example.org/api/reports/github.com/acme/shop/main. Response status code: 502. Response body: <html><body><h1>502 Bad Gateway</h1></body></html>\n"
     + _GHA),
    ("stryker-dashboard-429", "transient",
     "10:41:03 (3117) INFO DashboardReporter PUT report to https://dashboard.example.org/api/reports/github.com/acme/shop/main (~81244 bytes)\n"
     "10:41:04 (3117) ERROR DashboardReporter Could not upload report. StrykerError: Error HTTP PUT https://dashboard.example.org/api/reports/github.com/acme/shop/main. Response status code: 429. Response body: Too Many Requests\n"
     + _CIRCLE),
    # Maven resolving PIT's JUnit 5 plugin from a mirror that answers 503
    ("pit-plugin-download-503", "transient",
     "[INFO] --- pitest-maven:1.15.8:mutationCoverage (default-cli) @ ledger ---\n"
     "[INFO] BUILD FAILURE\n"
     "[ERROR] Plugin org.pitest:pitest-maven:1.15.8 or one of its dependencies could not be resolved: "
     "Failed to collect dependencies at org.pitest:pitest-maven:jar:1.15.8 -> org.pitest:pitest-junit5-plugin:jar:1.2.1: "
     "Could not transfer artifact org.pitest:pitest-junit5-plugin:pom:1.2.1 from/to central (https://maven.example.org/maven2): "
     "status code: 503, reason phrase: Service Unavailable (503) -> [Help 1]\n"
     + _GHA),
    # Gradle resolving the JaCoCo agent for jacocoTestReport through a proxy that answers 502
    ("jacoco-agent-resolve-502", "transient",
     "> Task :app:test FAILED\n"
     "FAILURE: Build failed with an exception.\n"
     "* What went wrong:\n"
     "Execution failed for task ':app:test'.\n"
     "> Could not resolve all files for configuration ':app:jacocoAgent'.\n"
     "   > Could not resolve org.jacoco:org.jacoco.agent:0.8.12.\n"
     "      > Could not get resource 'https://maven.example.org/org/jacoco/org.jacoco.agent/0.8.12/org.jacoco.agent-0.8.12.pom'.\n"
     "         > Could not GET 'https://maven.example.org/org/jacoco/org.jacoco.agent/0.8.12/org.jacoco.agent-0.8.12.pom'. Received status code 502 from server: Bad Gateway\n"
     "BUILD FAILED in 38s\n" + _CIRCLE),
    # Gradle resolving Kover's coverage agent for koverXmlReport through a mirror that answers 503
    ("kover-agent-resolve-503", "transient",
     "> Task :shared:koverXmlReport FAILED\n"
     "FAILURE: Build failed with an exception.\n"
     "* What went wrong:\n"
     "Execution failed for task ':shared:koverXmlReport'.\n"
     "> Could not resolve all files for configuration ':shared:koverJvmAgent'.\n"
     "   > Could not resolve org.jetbrains.kotlinx:kover-jvm-agent:0.8.3.\n"
     "      > Could not GET 'https://maven.example.org/org/jetbrains/kotlinx/kover-jvm-agent/0.8.3/kover-jvm-agent-0.8.3.pom'. Received status code 503 from server: Service Unavailable\n"
     "BUILD FAILED in 1m 12s\n" + _GHA),
    # cargo installing cargo-mutants, crates.io's download failing mid-transfer
    ("cargo-install-mutants-download-failed", "transient",
     "$ cargo install --locked cargo-mutants\n"
     "    Updating crates.io index\n"
     "  Downloaded cargo-mutants v25.0.1\n"
     "error: failed to download from `https://static.crates.example.org/crates/similar/similar-2.6.0.crate`\n"
     "Caused by:\n"
     "  [55] Failed sending data to the peer (Connection died, tried 5 times before giving up)\n"
     + _GHA),
    # installing cargo-insta with its installer script, the release download answering 502
    ("cargo-insta-installer-502", "transient",
     "$ curl -LsSf https://insta.example.org/install.sh | sh\n"
     "downloading cargo-insta 1.41.1 x86_64-unknown-linux-gnu\n"
     "curl: (22) The requested URL returned error: 502\n"
     "failed to download https://github.com/acme-mirror/insta/releases/download/1.41.1/cargo-insta-x86_64-unknown-linux-gnu.tar.xz\n"
     + _CIRCLE),
    # pip installing mutmut, the index timing out
    ("pip-install-mutmut-read-timeout", "transient",
     "$ pip install mutmut==3.2.0\n"
     "Collecting mutmut==3.2.0\n"
     "ERROR: Exception:\n"
     "pip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='files.pypi.example.org', port=443): Read timed out.\n"
     + _GHA),
    # docker pulling the tarpaulin image, the registry's pull rate limit
    ("tarpaulin-image-pull-rate-limit", "transient",
     "$ docker run --security-opt seccomp=unconfined -v \"$PWD:/volume\" xd009642/tarpaulin cargo tarpaulin --out Xml\n"
     "Unable to find image 'xd009642/tarpaulin:latest' locally\n"
     "docker: Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit.\n"
     + _CIRCLE),
    # rustup adding llvm-tools for cargo-llvm-cov, the download timing out
    ("llvm-tools-component-download-timeout", "transient",
     "$ rustup component add llvm-tools-preview\n"
     "info: downloading component 'llvm-tools'\n"
     "error: component download failed for llvm-tools-x86_64-unknown-linux-gnu: could not download file from "
     "'https://static.rust.example.org/dist/2026-03-01/llvm-tools-1.85.0-x86_64-unknown-linux-gnu.tar.xz' to "
     "'/home/ci/.rustup/downloads/4e1a.partial': failed to make network request: error sending request for url: operation timed out\n"
     + _GHA),
    # Infection's phar fetched with curl, the release host timing out
    ("infection-phar-download-timeout", "transient",
     "$ curl -fsSL -o infection.phar https://releases.example.org/infection/0.29.6/infection.phar\n"
     "curl: (28) Failed to connect to releases.example.org port 443 after 130012 ms: Connection timed out\n"
     + _GHA),
    # a runner lost in the middle of a long mutation run: the CI's own words for the host
    ("pit-run-runner-lost", "transient",
     "[INFO] --- pitest-maven:1.15.8:mutationCoverage (default-cli) @ ledger ---\n"
     "12:01:44 PM PIT >> INFO : Created  96 mutation test units\n"
     "12:04:12 PM PIT >> INFO : Completed in 148 seconds\n"
     "##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.\n"
     "##[error]The operation was canceled.\n"),
    # GitLab's system failure for an evicted pod during a Stryker run
    ("stryker-run-pod-evicted", "transient",
     "10:12:40 (3117) INFO MutationTestExecutor Mutation testing  [=====     ] 48% (elapsed: ~4m, remaining: ~5m) 67/140 Mutants tested (12 survived, 0 timed out)\n"
     "ERROR: Job failed (system failure): pod \"runner-abc123-project-42-concurrent-0\" is disrupted: reason \"EvictionByEvictionAPI\", message \"Eviction API: evicting\"\n"),
    # a Jest worker killed by the host's OOM killer while snapshot suites ran
    ("jest-worker-sigkill-during-snapshots", "transient",
     " PASS  src/components/Cart.test.tsx\n"
     " FAIL  src/components/Checkout.test.tsx\n"
     "  ● Test suite failed to run\n"
     "    A jest worker process (pid=2214) was terminated by another process: signal=SIGKILL, exitCode=null. Operating system logs may contain more information on why this occurred.\n"
     "Test Suites: 1 failed, 23 passed, 24 total\n"
     "Snapshots:   40 passed, 40 total\n" + _GHA),
    # npm installing Stryker, the registry's connection reset
    ("npm-install-stryker-econnreset", "transient",
     "$ npm install --no-save @stryker-mutator/core@8.6.0 @stryker-mutator/jest-runner@8.6.0\n"
     "npm ERR! code ECONNRESET\n"
     "npm ERR! network request to https://registry.npm.example.org/@stryker-mutator%2fcore failed, reason: read ECONNRESET\n"
     "npm ERR! network This is a problem related to network connectivity.\n"
     + _GHA),
    # pip fetching cosmic-ray's wheel, the index answering 503
    ("pip-install-cosmic-ray-503", "transient",
     "$ pip install cosmic-ray==8.4.1\n"
     "Collecting cosmic-ray==8.4.1\n"
     "ERROR: HTTP error 503 while getting https://files.pypi.example.org/packages/py3/c/cosmic-ray/cosmic_ray-8.4.1-py3-none-any.whl\n"
     "ERROR: Could not install requirement cosmic-ray==8.4.1 from https://files.pypi.example.org/packages/py3/c/cosmic-ray/cosmic_ray-8.4.1-py3-none-any.whl because of HTTP error 503 Server Error: Service Unavailable for url: https://files.pypi.example.org/packages/py3/c/cosmic-ray/cosmic_ray-8.4.1-py3-none-any.whl\n"
     + _CIRCLE),
    # apt installing lcov from a mirror that answers 503
    ("apt-install-lcov-503", "transient",
     "+ sudo apt-get install -y lcov\n"
     "Err:1 http://archive.example.org/ubuntu noble/universe amd64 lcov all 2.0-4ubuntu2\n"
     "  503  Service Unavailable [IP: 10.0.0.7 80]\n"
     "E: Failed to fetch http://archive.example.org/ubuntu/pool/universe/l/lcov/lcov_2.0-4ubuntu2_all.deb  503  Service Unavailable [IP: 10.0.0.7 80]\n"
     "E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?\n"
     + _GHA),
    # SwiftPM cloning swift-snapshot-testing, the host name not resolving
    ("spm-clone-snapshot-testing-dns", "transient",
     "Fetching https://github.com/pointfreeco/swift-snapshot-testing\n"
     "error: Failed to clone repository https://github.com/pointfreeco/swift-snapshot-testing:\n"
     "    Cloning into bare repository '/Users/ci/Library/Caches/org.swift.swiftpm/repositories/swift-snapshot-testing-4f1c2b'...\n"
     "    fatal: unable to access 'https://github.com/pointfreeco/swift-snapshot-testing/': Could not resolve host: github.com\n"
     + _GHA),
    # NuGet restoring Verify.Xunit from a feed that answers 503
    ("nuget-restore-verify-503", "transient",
     "  Determining projects to restore...\n"
     "/home/ci/project/tests/Acme.Tests/Acme.Tests.csproj : error NU1301: Failed to retrieve information about 'Verify.Xunit' from remote source 'https://nuget.example.org/v3/package/verify.xunit/index.json'.\n"
     "/home/ci/project/tests/Acme.Tests/Acme.Tests.csproj : error NU1301:   Response status code does not indicate success: 503 (Service Unavailable).\n"
     "  Failed to restore /home/ci/project/tests/Acme.Tests/Acme.Tests.csproj (in 41.2 sec).\n"
     + _GHA),
    # a hosted runner lost in the middle of a tarpaulin run
    ("tarpaulin-run-runner-lost-communication", "transient",
     "$ cargo tarpaulin --out Xml\n"
     "Jun 01 10:02:11.412  INFO cargo_tarpaulin::process_handling: running /home/ci/project/target/debug/deps/acme-3f1c2b\n"
     "##[error]The hosted runner: GitHub Actions 12 lost communication with the server. Anything in your workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access can cause this error.\n"),
    # near-miss: syrupy's unused snapshots under --snapshot-warn-unused (the same words, a warning: the run
    # passed), then the job's later upload answering 502: the upload decides
    ("syrupy-warn-unused-then-upload-502", "transient",
     "$ pytest --snapshot-warn-unused\n"
     "--------------- snapshot report summary ---------------\n"
     "31 snapshots passed. 2 snapshots unused.\n"
     "Re-run pytest with --snapshot-update to delete unused snapshots.\n"
     "============== 24 passed in 1.92s ==============\n"
     "Run actions/upload-artifact@v4\n"
     "Error: Failed to CreateArtifact: Received non-retryable error: Failed request: (502) Bad Gateway\n"
     + _GHA),
    # actions/download-artifact failing (a 503) before coverage combine, which then found nothing: the outage
    # is the cause
    ("coverage-combine-after-artifact-download-503", "transient",
     "Run actions/download-artifact@v4\n"
     "Error: Unable to download artifact(s): Failed to ListArtifacts: Received non-retryable error: Failed request: (503) Service Unavailable\n"
     "$ coverage combine coverage-data/\n"
     "No data to combine\n" + _GHA),
]

# Wordings printed both for an outage and for a persistent cause: no transient verdict at 0.7 or more.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # pitest-entry .../DefaultCoverageGenerator.java ("Coverage generator Minion exited abnormally due to %s",
    # "Coverage generation minion exited abnormally! (%s)"): a test calling System.exit, a crash or a host
    # that killed the JVM
    ("pit-coverage-minion-exited-abnormally",
     "[INFO] --- pitest-maven:1.15.8:mutationCoverage (default-cli) @ ledger ---\n"
     "SEVERE : Coverage generator Minion exited abnormally due to MINION_DIED\n"
     "[ERROR] Failed to execute goal org.pitest:pitest-maven:1.15.8:mutationCoverage (default-cli) on project ledger: "
     "Execution default-cli of goal org.pitest:pitest-maven:1.15.8:mutationCoverage failed: Coverage generation minion exited abnormally! (MINION_DIED)\n"
     + _MVN_END + _GHA),
    # the same with OUT_OF_MEMORY (pitest/src/main/java/org/pitest/util/ExitCode.java): the minion's heap, which
    # the job's jvmArgs set
    ("pit-coverage-minion-out-of-memory",
     "SEVERE : Coverage generator Minion exited abnormally due to OUT_OF_MEMORY\n"
     "[ERROR] Failed to execute goal org.pitest:pitest-maven:1.15.8:mutationCoverage (default-cli) on project ledger: "
     "Execution default-cli of goal org.pitest:pitest-maven:1.15.8:mutationCoverage failed: Coverage generation minion exited abnormally! (OUT_OF_MEMORY)\n"
     + _MVN_END + _CIRCLE),
    # PIT's "Minion did not start or died during analysis. This may indicate an issue in your environment
    # such as insufficient memory." as the last word: "may", and the run goes on
    ("pit-minion-died-may-indicate-environment",
     "12:03:10 PM PIT >> SEVERE : Minion did not start or died during analysis. This may indicate an issue in your environment such as insufficient memory.\n"
     "12:03:10 PM PIT >> WARNING : Minion exited abnormally due to RUN_ERROR\n"
     "> Task :ledger:pitest FAILED\n"
     "BUILD FAILED in 4m 1s\n" + _GL),
    # stryker-js packages/core/src/child-proxy/child-process-proxy.ts ("Child process [pid %s] exited
    # unexpectedly with exit code %s (%s).") with SIGKILL: the host's OOM killer or a mutant that ate memory
    ("stryker-child-process-exited-sigkill",
     "10:12:40 (3117) WARN ChildProcessProxy Child process [pid 3190] exited unexpectedly with exit code null (SIGKILL). Stdout and stderr were empty.\n"
     "10:12:58 (3117) ERROR DryRunExecutor One or more tests resulted in an error:\n"
     "\tTest runner crashed. Tried twice to restart it without any luck. Last time the error message was: Error: Child process [pid 3190] exited unexpectedly with exit code null (SIGKILL).\n"
     "10:12:58 (3117) ERROR Stryker Unexpected error occurred while running Stryker Error: Something went wrong in the initial test run\n"
     + _GHA),
    # tarpaulin src/statemachine/mod.rs ("Error: Timed out waiting for test response"): a hung test or a slow
    # host under ptrace
    ("tarpaulin-timed-out-waiting-for-test",
     "$ cargo tarpaulin --timeout 120 --out Xml\n"
     "Jun 01 10:02:11.412  INFO cargo_tarpaulin::process_handling: running /home/ci/project/target/debug/deps/acme-3f1c2b\n"
     "Jun 01 10:04:11.415 ERROR cargo_tarpaulin: Failed to get test coverage! Error: Failed to run tests: Error: Timed out waiting for test response\n"
     "Error: \"Failed to get test coverage! Error: Failed to run tests: Error: Timed out waiting for test response\"\n"
     + _GHA),
    # coverage/sqlitedb.py ("Couldn't use data file {!r}: {msg}") with "database is locked": processes
    # writing one data file at once (parallel mode off), or a shared filesystem's lock
    ("coverage-py-database-is-locked",
     "$ pytest -n 4 --cov=acme\n"
     "INTERNALERROR> coverage.exceptions.DataError: Couldn't use data file '/home/ci/project/.coverage': database is locked\n"
     + _GHA),
    # swift-snapshot-testing (Snapshotting.wait: "Exceeded timeout of %s seconds waiting for snapshot") (read
    # through the code index): a web view that never loads or a slow simulator
    ("swift-snapshot-exceeded-timeout",
     "/Users/ci/project/Tests/AcmeTests/WebViewTests.swift:31: error: -[AcmeTests.WebViewTests testReceipt] : failed - Exceeded timeout of 5.0 seconds waiting for snapshot\n"
     "Test Case '-[AcmeTests.WebViewTests testReceipt]' failed (5.212 seconds).\n"
     "** TEST FAILED **\n" + _GHA),
    # libgcov's "profiling:%s:Merge mismatch for function %u" (from memory of gcc libgcc/libgcov-driver.c): a
    # stale .gcda from a cached build directory beside a rebuilt object
    ("gcov-merge-mismatch-stale-gcda",
     "+ ./build/bin/unit_tests\n"
     "[  PASSED  ] 48 tests.\n"
     "profiling:/home/ci/project/build/CMakeFiles/acme.dir/src/queue.cpp.gcda:Merge mismatch for function 12\n"
     "+ lcov --capture --directory build --output-file coverage.info\n"
     "geninfo: ERROR: (corrupt) unable to read build/CMakeFiles/acme.dir/src/queue.cpp.gcda\n"
     + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_mutation_snapshot_coverage_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_mutation_snapshot_coverage_messages_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "The minimum required MSI percentage should be 80%, but actual is ",
    "42 mutants tested in 1m: ",
    "TIMEOUT  src/queue.rs:41:15: ",
    " › 2 snapshots obsolete from ",
    "Snapshots:   ",
    "snapshot assertion for '",
    "snapshot snapshots/a/b.txt",
    "Data file '",
    "No source for code: '",
    "────────────┬",
    "─",
]
