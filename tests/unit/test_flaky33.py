"""Thirty-third round (flaky33): a test runner's own report that a test flaked (failed, then passed on a retry).

One reading for the family: a run whose only failures are tests its runner reports as failed and then passed on a
retry is a flake's, the runner's report the evidence (signatures.toml "passed-on-retry"; test_layout._survived_attempts
for the runners that print each attempt of a test on its own line); a run that also has a test failing every retry, or
a failure the retries do not cover (a compile error, a lint, a coverage gate, a later command), stays real. Where the
runner can fail a run on a flake (Surefire/Failsafe's failOnFlakeCount, pytest-rerunfailures' --fail-on-flaky,
Playwright's failOnFlakyTests, nextest's flaky-result, the Gradle plugin's failOnPassedAfterRetry) the flake is what
failed it: transient. Where it cannot (Ginkgo, Bazel, rspec-retry, the .NET retry extension, Jest's retryTimes, Cypress,
gotestsum --rerun-fails) the runner passed the run and exited 0, so what failed the job is not in the log: unknown,
leaning transient (signatures.toml "passed-on-retry-run-passed", below the transient threshold; the twenty-third
round's NOT_SURELY_TRANSIENT in test_rules23_retries.py holds the same for rspec-retry's and pytest-retry's reports).

The forms, read in each runner's source (fetched this round) or, where named so, its documentation:
  * Maven Surefire/Failsafe, maven-surefire-common/.../report/DefaultReporterFactory.java (printTestFailures): the
    "Flakes:" section lists a rerun test with one line per run, a failed run's trimmed trace or "Run N: PASS"; the
    summary's "Flakes: N"; a test whose every run failed is under "Failures:"/"Errors:" instead.
  * Ginkgo, reporters/default_reporter.go: a spec that passed after --flake-attempts retries is headed
    "[FLAKEY TEST - TOOK N ATTEMPTS TO PASS]", the suite's summary counts "N Flaked"; "Attempt #N Failed.  Retrying".
  * Bazel (its test summary as parsers of it quote it): a target's "FLAKY, failed in N out of M in T".
  * rspec-retry, lib/rspec/retry/formatter.rb: its summary's "<location>: <description>: passed at attempt N" and
    "N tests failed all retries."; lib/rspec/retry.rb's "RSpec::Retry: 2nd try <location>".
  * Microsoft.Testing.Extensions.Retry (microsoft/testfx, its acceptance tests' expected output): "Tests suite
    completed successfully in N attempts"; "Tests suite failed in all N attempts".
  * Cypress (documented; its system tests' snapshots): "(Attempt N of M) <title>" for a failed attempt, then
    "✓ <title>" or "N) <title>".
  * Jest's retryTimes with logErrorsBeforeRetry: "LOGGING RETRY ERRORS <name>", then the test file's PASS or FAIL.
  * gotestsum --rerun-fails, testjson/format.go and summary.go: "FAIL <pkg.Test> (T)", "PASS <pkg.Test> (re-run N)
    (T)", and "DONE N runs, ... N failures" counting every run's failures.
  * Already read before this round (kept): pytest-rerunfailures' RERUN and "N rerun", flaky's report, Playwright's
    "N flaky" and "(retry #N)", cargo-nextest's "TRY N PASS"/"FLAKY m/n"/"FLKY-FL", the Gradle test-retry plugin's
    FAILED/PASSED pairs.
Left: Mocha's terminal reporters print no retry (lib/reporters: only the JSON reporters carry a test's currentRetry),
nor does Karma's; Xcode's test repetitions and Android's flaky-test reporters were not read (no source at hand).

Every line below was written for this test (names, paths and values made up). The FLAKES and RUN_PASSED cases fail at
79a120f (the forms read transient before this round, Surefire's summary with its flake count, nextest's, Playwright's,
pytest-rerunfailures', flaky's, the Gradle plugin's, are in test_tool_sources_retries.py and test_rules23_retries.py);
the GUARDS are near-misses that read real there too.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, reads, reads_as, signatures

# A runner that can fail a run on a flake (Surefire/Failsafe's failOnFlakeCount) reports only flakes: transient
FLAKES: list[tuple[str, str, str]] = [
    # surefire
    ("sf-flakes-section-only", "transient",
     "[INFO] Results:\n"
     "[INFO] \n"
     "[WARNING] Flakes: \n"
     "[WARNING] org.quillon.ledger.PostingServiceTest.postsInOrder\n"
     "[ERROR]   Run 1: PostingServiceTest.postsInOrder:88 expected:<3> but was:<2>\n"
     "[INFO]   Run 2: PASS\n"
     "[INFO] \n"
     "##[error]Process completed with exit code 1.\n"),
    # failsafe
    ("failsafe-flakes-section-only-run3", "transient",
     "[INFO] Results:\n"
     "[INFO] \n"
     "[WARNING] Flakes: \n"
     "[WARNING] org.quillon.api.OrderIT.createsOrder\n"
     "[ERROR]   Run 1: OrderIT.createsOrder:52 » Connection Connection reset\n"
     "[ERROR]   Run 2: OrderIT.createsOrder:52 » Connection Connection reset\n"
     "[INFO]   Run 3: PASS\n"
     "[INFO] \n"
     "[INFO] BUILD FAILURE\n"
     "[INFO] ------------------------------------------------------------------------\n"
     "##[error]Process completed with exit code 1.\n"),
    # surefire
    ("sf-flakes-section-two-tests-no-summary", "transient",
     "[WARNING] Flakes: \n"
     "[WARNING] org.quillon.net.PeerTest.handshake\n"
     "[ERROR]   Run 1: PeerTest.handshake:41 expected:<DONE> but was:<INIT>\n"
     "[INFO]   Run 2: PASS\n"
     "[INFO] \n"
     "[WARNING] org.quillon.net.PeerTest.rekey\n"
     "[ERROR]   Run 1: PeerTest.rekey:77 » IllegalState Key not ready\n"
     "[INFO]   Run 2: PASS\n"
     "[INFO] \n"
     "Error: Process completed with exit code 1.\n"),
    # (merge of threads33) Ginkgo's and Bazel's flake marks: read by passed-on-retry, transient, as the real threads
    # that quoted them alone were (a rerun passed); the other runners with no fail-on-flaky option stay below
    # ginkgo
    ("ginkgo-flakey-took-2-attempts", "transient",
     "↺ [FLAKEY TEST - TOOK 2 ATTEMPTS TO PASS] [3.412 seconds]\n"
     "Peer handshake [It] completes within the deadline\n"
     "/src/peer/peer_test.go:88\n"
     "\n"
     "Ran 64 of 64 Specs in 21.3 seconds\n"
     "SUCCESS! -- 64 Passed | 0 Failed | 1 Flaked | 0 Pending | 0 Skipped\n"
     "PASS\n"
     "##[error]Process completed with exit code 1.\n"),
    # bazel
    ("bazel-flaky-only", "transient",
     "//app/peer:peer_test                                                      FLAKY, failed in 1 out of 2 in 4.1s\n"
     "  Stats over 2 runs: max = 4.1s, min = 3.9s, avg = 4.0s, dev = 0.1s\n"
     "  /root/.cache/bazel/_bazel_root/1f2e/execroot/_main/bazel-out/k8-fastbuild/testlogs/app/peer/peer_test/run_1_of_2/test.log\n"
     "Executed 1 out of 12 tests: 12 tests pass.\n"
     "##[error]Process completed with exit code 1.\n"),
    # ginkgo
    ("ginkgo-succinct-summary-flaked", "transient",
     "Running Suite: Peer Suite - /src/peer\n"
     "=====================================\n"
     "Random Seed: 1772445\n"
     "\n"
     "Will run 64 of 64 specs\n"
     "••••••••••••••••••••••••••••••••••••••••••••••••••••••••••••••••\n"
     "\n"
     "Ran 64 of 64 Specs in 21.3 seconds\n"
     "SUCCESS! -- 64 Passed | 0 Failed | 2 Flaked | 0 Pending | 0 Skipped\n"
     "PASS\n"
     "##[error]Process completed with exit code 1.\n"),
    # bazel
    ("bazel-flaky-external-repo-target", "transient",
     "INFO: Elapsed time: 48.210s, Critical Path: 30.01s\n"
     "INFO: Build completed successfully, 310 total actions\n"
     "@quillon_rules//tools/lint:lint_test                                      FLAKY, failed in 2 out of 3 in 9.8s\n"
     "  Stats over 3 runs: max = 9.8s, min = 9.1s, avg = 9.4s, dev = 0.3s\n"
     "Executed 1 out of 1 test: 1 test passes.\n"
     "##[error]Process completed with exit code 1.\n"),
]

# A runner with no such option reports only flakes and passed the run: the job's failure is not in the log; unknown,
# leaning transient, the flake the evidence
RUN_PASSED: list[tuple[str, str, str]] = [
    # cypress
    ("cypress-attempt-2-passed", "unknown",
     "  checkout\n"
     "    (Attempt 1 of 3) pays with card\n"
     "    ✓ pays with card (2210ms)\n"
     "\n"
     "  1 passing (4s)\n"
     "\n"
     "  (Results)\n"
     "  │ Tests:        1 │\n"
     "  │ Passing:      1 │\n"
     "  │ Failing:      0 │\n"
     "##[error]Process completed with exit code 1.\n"),
    # gotestsum
    ("gotestsum-rerun-passed", "unknown",
     "FAIL internal/peer.TestHandshake (0.52s)\n"
     "PASS internal/peer.TestHandshake (re-run 1) (0.31s)\n"
     "\n"
     "=== Failed\n"
     "=== FAIL: internal/peer TestHandshake (0.52s)\n"
     "    peer_test.go:41: handshake: got state \"init\", want \"done\"\n"
     "\n"
     "DONE 2 runs, 412 tests, 1 failure in 38.112s\n"
     "##[error]Process completed with exit code 1.\n"),
    # rspec-retry
    ("rspec-retry-passed-at-attempt-2", "unknown",
     "RSpec::Retry: 2nd try ./spec/models/cart_spec.rb:14\n"
     "..........\n"
     "\n"
     "RSpec Retry Summary:\n"
     "\t./spec/models/cart_spec.rb:14: Cart applies the coupon: passed at attempt 2\n"
     "\n"
     "\t1 of 220 tests passed with retries.\n"
     "\t0 tests failed all retries.\n"
     "\n"
     "Finished in 14.2 seconds (files took 2.1 seconds to load)\n"
     "220 examples, 0 failures\n"
     "##[error]Process completed with exit code 1.\n"),
    # jest
    ("jest-retry-errors-then-passed", "unknown",
     "  LOGGING RETRY ERRORS  cart applies the coupon\n"
     "  Retry 1\n"
     "\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "\n"
     "    Expected: 90\n"
     "    Received: 100\n"
     "\n"
     "PASS src/cart.test.ts (5.2 s)\n"
     "\n"
     "Test Suites: 12 passed, 12 total\n"
     "Tests:       140 passed, 140 total\n"
     "Snapshots:   0 total\n"
     "Time:        18.4 s\n"
     "##[error]Process completed with exit code 1.\n"),
    # dotnet-retry
    ("dotnet-retry-extension-passed", "unknown",
     "  failed Quillon.Tests.PeerTests.Handshake (210ms)\n"
     "    Assert.AreEqual failed. Expected:<Done>. Actual:<Init>.\n"
     "\n"
     "Tests suite completed successfully in 2 attempts\n"
     "Test run summary: Passed! - bin/Release/net8.0/Quillon.Tests.dll (net8.0|x64)\n"
     "  total: 88\n"
     "  failed: 0\n"
     "  succeeded: 88\n"
     "##[error]Process completed with exit code 1.\n"),
    # dotnet-retry
    ("dotnet-retry-first-attempt-failed-then-passed", "unknown",
     "Tests suite failed, total failed tests: 1, exit code: 2, attempt: 1/3\n"
     "\n"
     "  failed Quillon.Tests.PeerTests.Handshake (210ms)\n"
     "    Assert.AreEqual failed. Expected:<Done>. Actual:<Init>.\n"
     "\n"
     "Tests suite completed successfully in 2 attempts\n"
     "##[error]Process completed with exit code 1.\n"),
    # cypress
    ("cypress-two-failed-attempts-then-pass-results", "unknown",
     "  Running:  checkout.cy.ts                                                          (3 of 9)\n"
     "\n"
     "\n"
     "  checkout\n"
     "    (Attempt 1 of 3) pays with card\n"
     "    (Attempt 2 of 3) pays with card\n"
     "    ✓ pays with card\n"
     "    ✓ shows the receipt (512ms)\n"
     "\n"
     "  2 passing (9s)\n"
     "\n"
     "  (Run Finished)\n"
     "\n"
     "       Spec                                              Tests  Passing  Failing  Pending  Skipped  \n"
     "  ┌────────────────────────────────────────────────────────────────────────────────────────────────┐\n"
     "  │ ✔  checkout.cy.ts                           00:09        2        2        -        -        - │\n"
     "  └────────────────────────────────────────────────────────────────────────────────────────────────┘\n"
     "    ✔  All specs passed!                        00:09        2        2        -        -        -  \n"
     "##[error]Process completed with exit code 1.\n"),
]

# Near-misses (real at 79a120f too): a test that failed every retry, a flake beside a failure its retries do not
# cover, "flaky" or "quarantined" in a name or a list
GUARDS: list[tuple[str, str, str]] = [
    # surefire
    ("guard-sf-flakes-plus-failure-all-runs", "real",
     "[INFO] Results:\n"
     "[INFO] \n"
     "[ERROR] Failures: \n"
     "[ERROR] org.quillon.ledger.BalanceTest.roundsHalfEven\n"
     "[ERROR]   Run 1: BalanceTest.roundsHalfEven:30 expected:<10.25> but was:<10.24>\n"
     "[ERROR]   Run 2: BalanceTest.roundsHalfEven:30 expected:<10.25> but was:<10.24>\n"
     "[INFO] \n"
     "[WARNING] Flakes: \n"
     "[WARNING] org.quillon.ledger.PostingServiceTest.postsInOrder\n"
     "[ERROR]   Run 1: PostingServiceTest.postsInOrder:88 expected:<3> but was:<2>\n"
     "[INFO]   Run 2: PASS\n"
     "[INFO] \n"
     "[ERROR] Tests run: 212, Failures: 1, Errors: 0, Skipped: 0, Flakes: 1\n"
     "[INFO] BUILD FAILURE\n"
     "[INFO] ------------------------------------------------------------------------\n"),
    # surefire
    ("guard-sf-all-runs-failed", "real",
     "[INFO] Results:\n"
     "[INFO] \n"
     "[ERROR] Failures: \n"
     "[ERROR] org.quillon.ledger.BalanceTest.roundsHalfEven\n"
     "[ERROR]   Run 1: BalanceTest.roundsHalfEven:30 expected:<10.25> but was:<10.24>\n"
     "[ERROR]   Run 2: BalanceTest.roundsHalfEven:30 expected:<10.25> but was:<10.24>\n"
     "[ERROR]   Run 3: BalanceTest.roundsHalfEven:30 expected:<10.25> but was:<10.24>\n"
     "[INFO] \n"
     "[ERROR] Tests run: 40, Failures: 1, Errors: 0, Skipped: 0\n"
     "[INFO] BUILD FAILURE\n"
     "[INFO] ------------------------------------------------------------------------\n"),
    # surefire
    ("guard-sf-flakes-then-compile-error-other-module", "real",
     "[WARNING] Flakes: \n"
     "[WARNING] org.quillon.ledger.PostingServiceTest.postsInOrder\n"
     "[ERROR]   Run 1: PostingServiceTest.postsInOrder:88 expected:<3> but was:<2>\n"
     "[INFO]   Run 2: PASS\n"
     "[INFO] \n"
     "[WARNING] Tests run: 212, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1\n"
     "[INFO] --- compiler:3.13.0:compile (default-compile) @ quillon-web ---\n"
     "[ERROR] /build/quillon-web/src/main/java/org/quillon/web/Routes.java:[41,17] cannot find symbol\n"
     "[ERROR]   symbol:   method mountAll(java.lang.String)\n"
     "[INFO] BUILD FAILURE\n"
     "[INFO] ------------------------------------------------------------------------\n"),
    # gradle-test-retry
    ("guard-gradle-retry-failed-every-time", "real",
     "> Task :core:test\n"
     "\n"
     "LedgerTest > roundsHalfEven() FAILED\n"
     "    org.opentest4j.AssertionFailedError at LedgerTest.java:30\n"
     "\n"
     "LedgerTest > roundsHalfEven() FAILED\n"
     "    org.opentest4j.AssertionFailedError at LedgerTest.java:30\n"
     "\n"
     "LedgerTest > roundsHalfEven() FAILED\n"
     "    org.opentest4j.AssertionFailedError at LedgerTest.java:30\n"
     "\n"
     "212 tests completed, 3 failed\n"
     "\n"
     "> Task :core:test FAILED\n"
     "\n"
     "FAILURE: Build failed with an exception.\n"
     "\n"
     "* What went wrong:\n"
     "Execution failed for task ':core:test'.\n"
     "> There were failing tests. See the report at: file:///build/core/build/reports/tests/test/index.html\n"
     "##[error]Process completed with exit code 1.\n"),
    # gradle-test-retry
    ("guard-gradle-retry-flake-plus-hard-failure", "real",
     "> Task :core:test\n"
     "\n"
     "LedgerTest > postsInOrder() FAILED\n"
     "    org.opentest4j.AssertionFailedError at LedgerTest.java:88\n"
     "\n"
     "LedgerTest > roundsHalfEven() FAILED\n"
     "    org.opentest4j.AssertionFailedError at LedgerTest.java:30\n"
     "\n"
     "LedgerTest > postsInOrder() PASSED\n"
     "\n"
     "LedgerTest > roundsHalfEven() FAILED\n"
     "    org.opentest4j.AssertionFailedError at LedgerTest.java:30\n"
     "\n"
     "212 tests completed, 3 failed\n"
     "\n"
     "> Task :core:test FAILED\n"
     "\n"
     "FAILURE: Build failed with an exception.\n"
     "##[error]Process completed with exit code 1.\n"),
    # pytest-rerunfailures
    ("guard-rerunfailures-failed-after-reruns", "real",
     "tests/test_sync.py::test_pull_merges RERUN                                [ 12%]\n"
     "tests/test_sync.py::test_pull_merges RERUN                                [ 12%]\n"
     "tests/test_sync.py::test_pull_merges FAILED                               [ 12%]\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_sync.py::test_pull_merges - assert 4 == 5\n"
     "============== 1 failed, 87 passed, 2 rerun in 33.01s ===============\n"
     "##[error]Process completed with exit code 1.\n"),
    # pytest-rerunfailures
    ("guard-rerunfailures-flake-then-mypy", "real",
     "=================== 88 passed, 1 rerun in 31.20s ===================\n"
     "$ mypy src\n"
     "src/sync/pull.py:41: error: Argument 1 to \"merge\" has incompatible type \"str\"; expected \"bytes\"  [arg-type]\n"
     "Found 1 error in 1 file (checked 40 source files)\n"
     "##[error]Process completed with exit code 1.\n"),
    # flaky
    ("guard-flaky-plugin-report-gave-up", "real",
     "===Flaky Test Report===\n"
     "\n"
     "test_pull_merges failed (1 runs remaining out of 2).\n"
     "\t<class 'AssertionError'>\n"
     "\tassert 4 == 5\n"
     "test_pull_merges failed; it passed 0 out of the required 1 times.\n"
     "\t<class 'AssertionError'>\n"
     "\tassert 4 == 5\n"
     "\n"
     "===End Flaky Test Report===\n"
     "FAILED tests/test_sync.py::test_pull_merges - assert 4 == 5\n"
     "##[error]Process completed with exit code 1.\n"),
    # playwright
    ("guard-playwright-retry-all-failed", "real",
     "  ✘  3 [chromium] › checkout.spec.ts:12:5 › checkout › pays with card (4.1s)\n"
     "  ✘  4 [chromium] › checkout.spec.ts:12:5 › checkout › pays with card (retry #1) (4.0s)\n"
     "\n"
     "  1) [chromium] › checkout.spec.ts:12:5 › checkout › pays with card ────────────\n"
     "\n"
     "    Error: expect(received).toBe(expected) // Object.is equality\n"
     "\n"
     "    Expected: \"Paid\"\n"
     "    Received: \"Declined\"\n"
     "\n"
     "  1 failed\n"
     "    [chromium] › checkout.spec.ts:12:5 › checkout › pays with card \n"
     "  46 passed (1.2m)\n"
     "##[error]Process completed with exit code 1.\n"),
    # playwright
    ("guard-playwright-flaky-plus-failed", "real",
     "  1 failed\n"
     "    [firefox] › cart.spec.ts:40:3 › cart › applies coupon \n"
     "  1 flaky\n"
     "    [chromium] › checkout.spec.ts:12:5 › checkout › pays with card \n"
     "  45 passed (1.3m)\n"
     "##[error]Process completed with exit code 1.\n"),
    # cypress
    ("guard-cypress-all-attempts-failed", "real",
     "  checkout\n"
     "    (Attempt 1 of 3) pays with card\n"
     "    (Attempt 2 of 3) pays with card\n"
     "    1) pays with card\n"
     "\n"
     "  0 passing (9s)\n"
     "  1 failing\n"
     "\n"
     "  1) checkout\n"
     "       pays with card:\n"
     "     AssertionError: Timed out retrying after 4000ms: expected '<div.status>' to have text 'Paid', but the text was 'Declined'\n"
     "##[error]Process completed with exit code 1.\n"),
    # ginkgo
    ("guard-ginkgo-flaked-plus-failed", "real",
     "↺ [FLAKEY TEST - TOOK 2 ATTEMPTS TO PASS] [3.412 seconds]\n"
     "Peer handshake [It] completes within the deadline\n"
     "/src/peer/peer_test.go:88\n"
     "\n"
     "• [FAILED] [0.021 seconds]\n"
     "Peer rekey [It] rotates keys\n"
     "/src/peer/peer_test.go:120\n"
     "\n"
     "  [FAILED] Expected\n"
     "      <int>: 2\n"
     "  to equal\n"
     "      <int>: 3\n"
     "\n"
     "Ran 64 of 64 Specs in 21.3 seconds\n"
     "FAIL! -- 62 Passed | 1 Failed | 1 Flaked | 0 Pending | 0 Skipped\n"
     "--- FAIL: TestPeer (21.30s)\n"
     "FAIL\n"
     "##[error]Process completed with exit code 1.\n"),
    # ginkgo
    ("guard-ginkgo-flake-attempts-all-failed", "real",
     "  Attempt #1 Failed.  Retrying ↺ @ 10/02/26 11:20:01.114\n"
     "\n"
     "  Attempt #2 Failed.  Retrying ↺ @ 10/02/26 11:20:01.301\n"
     "\n"
     "• [FAILED] [0.410 seconds]\n"
     "Peer rekey [It] rotates keys\n"
     "/src/peer/peer_test.go:120\n"
     "\n"
     "  [FAILED] Expected\n"
     "      <int>: 2\n"
     "  to equal\n"
     "      <int>: 3\n"
     "\n"
     "Ran 64 of 64 Specs in 21.3 seconds\n"
     "FAIL! -- 63 Passed | 1 Failed | 0 Pending | 0 Skipped\n"
     "--- FAIL: TestPeer (21.30s)\n"
     "FAIL\n"
     "##[error]Process completed with exit code 1.\n"),
    # gotestsum
    ("guard-gotestsum-rerun-failed-again", "real",
     "FAIL internal/peer.TestHandshake (0.52s)\n"
     "FAIL internal/peer.TestHandshake (re-run 1) (0.50s)\n"
     "FAIL internal/peer.TestHandshake (re-run 2) (0.51s)\n"
     "\n"
     "=== Failed\n"
     "=== FAIL: internal/peer TestHandshake (0.52s)\n"
     "    peer_test.go:41: handshake: got state \"init\", want \"done\"\n"
     "=== FAIL: internal/peer TestHandshake (re-run 1) (0.50s)\n"
     "    peer_test.go:41: handshake: got state \"init\", want \"done\"\n"
     "=== FAIL: internal/peer TestHandshake (re-run 2) (0.51s)\n"
     "    peer_test.go:41: handshake: got state \"init\", want \"done\"\n"
     "\n"
     "DONE 3 runs, 412 tests, 3 failures in 40.002s\n"
     "##[error]Process completed with exit code 1.\n"),
    # rspec-retry
    ("guard-rspec-retry-failed-all-retries", "real",
     "RSpec::Retry: 2nd try ./spec/models/cart_spec.rb:14\n"
     "RSpec::Retry: 3rd try ./spec/models/cart_spec.rb:14\n"
     "\n"
     "Failures:\n"
     "\n"
     "  1) Cart applies the coupon\n"
     "     Failure/Error: expect(cart.total).to eq(90)\n"
     "\n"
     "       expected: 90\n"
     "            got: 100\n"
     "\n"
     "RSpec Retry Summary:\n"
     "\n"
     "\t0 of 220 tests passed with retries.\n"
     "\t1 tests failed all retries.\n"
     "\n"
     "220 examples, 1 failure\n"
     "\n"
     "Failed examples:\n"
     "\n"
     "rspec ./spec/models/cart_spec.rb:14 # Cart applies the coupon\n"
     "##[error]Process completed with exit code 1.\n"),
    # bazel
    ("guard-bazel-flaky-status-then-failed-target", "real",
     "//app/peer:peer_test                                                      FLAKY, failed in 1 out of 2 in 4.1s\n"
     "  Stats over 2 runs: max = 4.1s, min = 3.9s, avg = 4.0s, dev = 0.1s\n"
     "//app/ledger:ledger_test                                                 FAILED in 3 out of 3 in 1.2s\n"
     "Executed 2 out of 12 tests: 10 tests pass and 2 fail locally.\n"
     "##[error]Process completed with exit code 1.\n"),
    # nextest
    ("guard-nextest-all-tries-failed", "real",
     "   TRY 1 FAIL [   0.211s] quillon-net ledger::tests::rounds_half_even\n"
     "   TRY 2 FAIL [   0.205s] quillon-net ledger::tests::rounds_half_even\n"
     "   TRY 3 FAIL [   0.199s] quillon-net ledger::tests::rounds_half_even\n"
     "------------\n"
     "     Summary [  12.004s] 210 tests run: 209 passed, 1 failed, 3 skipped\n"
     "   TRY 3 FAIL [   0.199s] quillon-net ledger::tests::rounds_half_even\n"
     "error: test run failed\n"
     "##[error]Process completed with exit code 1.\n"),
    # nextest
    ("guard-nextest-flaky-plus-failed", "real",
     "   TRY 2 PASS [   0.190s] quillon-net peer::tests::handshake_completes\n"
     "------------\n"
     "     Summary [  12.004s] 210 tests run: 209 passed (1 flaky), 1 failed, 3 skipped\n"
     "     FLAKY 2/2 [   0.190s] quillon-net peer::tests::handshake_completes\n"
     "   TRY 3 FAIL [   0.199s] quillon-net ledger::tests::rounds_half_even\n"
     "error: test run failed\n"
     "##[error]Process completed with exit code 1.\n"),
    # jest
    ("guard-jest-retry-errors-then-failed", "real",
     "  LOGGING RETRY ERRORS  cart applies the coupon\n"
     "  Retry 1\n"
     "\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "\n"
     "    Expected: 90\n"
     "    Received: 100\n"
     "\n"
     "FAIL src/cart.test.ts (5.2 s)\n"
     "  ● cart › applies the coupon\n"
     "\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "\n"
     "    Expected: 90\n"
     "    Received: 100\n"
     "\n"
     "Test Suites: 1 failed, 11 passed, 12 total\n"
     "Tests:       1 failed, 139 passed, 140 total\n"
     "##[error]Process completed with exit code 1.\n"),
    # dotnet-retry
    ("guard-dotnet-retry-extension-failed-all", "real",
     "  failed Quillon.Tests.LedgerTests.RoundsHalfEven (12ms)\n"
     "    Assert.AreEqual failed. Expected:<10.25>. Actual:<10.24>.\n"
     "\n"
     "Tests suite failed in all 3 attempts\n"
     "Test run summary: Failed! - bin/Release/net8.0/Quillon.Tests.dll (net8.0|x64)\n"
     "  total: 88\n"
     "  failed: 1\n"
     "  succeeded: 87\n"
     "##[error]Process completed with exit code 1.\n"),
    # near-miss
    ("guard-flaky-in-test-name", "real",
     "--- FAIL: TestFlakyNetworkDetector (0.00s)\n"
     "    detector_test.go:31: classify(\"ECONNRESET\") = \"permanent\", want \"flaky\"\n"
     "FAIL\n"
     "FAIL\tgithub.com/quillon/ci/detector\t0.012s\n"
     "##[error]Process completed with exit code 1.\n"),
    # near-miss
    ("guard-quarantine-listing-plus-failure", "real",
     "Skipping 3 tests listed in .ci/flaky-tests.txt\n"
     "=================================== FAILURES ===================================\n"
     "___________________________ test_rounds_half_even ___________________________\n"
     "    def test_rounds_half_even():\n"
     ">       assert round_money(10.245) == 10.25\n"
     "E       assert 10.24 == 10.25\n"
     "\n"
     "tests/test_money.py:12: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_money.py::test_rounds_half_even - assert 10.24 == 10.25\n"
     "========================= 1 failed, 87 passed in 3.10s =========================\n"
     "##[error]Process completed with exit code 1.\n"),
    # near-miss
    ("guard-flake-word-in-spec-title", "real",
     "  retry policy\n"
     "    1) marks a job flaky after two passes\n"
     "\n"
     "  39 passing (1s)\n"
     "  1 failing\n"
     "\n"
     "  1) retry policy\n"
     "       marks a job flaky after two passes:\n"
     "\n"
     "      AssertionError: expected 'failed' to equal 'flaky'\n"
     "      at Context.<anonymous> (test/policy.test.js:22:30)\n"
     "##[error]Process completed with exit code 1.\n"),
    # jest
    ("guard-jest-failed-file-then-retried-file-passed", "real",
     "FAIL src/money.test.ts\n"
     "  ● money › rounds half even\n"
     "\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "\n"
     "    Expected: 10.25\n"
     "    Received: 10.24\n"
     "\n"
     "  LOGGING RETRY ERRORS  cart applies the coupon\n"
     "  Retry 1\n"
     "\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "\n"
     "    Expected: 90\n"
     "    Received: 100\n"
     "\n"
     "PASS src/cart.test.ts (5.2 s)\n"
     "\n"
     "Test Suites: 1 failed, 11 passed, 12 total\n"
     "Tests:       1 failed, 139 passed, 140 total\n"
     "##[error]Process completed with exit code 1.\n"),
    # cypress
    ("guard-cypress-flake-plus-other-failing", "real",
     "  checkout\n"
     "    (Attempt 1 of 3) pays with card\n"
     "    ✓ pays with card (2210ms)\n"
     "    1) refunds an order\n"
     "\n"
     "  1 passing (6s)\n"
     "  1 failing\n"
     "\n"
     "  1) checkout\n"
     "       refunds an order:\n"
     "     AssertionError: expected '<div.status>' to have text 'Refunded', but the text was 'Paid'\n"
     "##[error]Process completed with exit code 1.\n"),
    # bazel
    ("guard-bazel-failed-target-before-flaky", "real",
     "//app/ledger:ledger_test                                                 FAILED in 3 out of 3 in 1.2s\n"
     "  /root/.cache/bazel/_bazel_root/1f2e/execroot/_main/bazel-out/k8-fastbuild/testlogs/app/ledger/ledger_test/test.log\n"
     "//app/peer:peer_test                                                      FLAKY, failed in 1 out of 2 in 4.1s\n"
     "Executed 2 out of 12 tests: 11 tests pass and 1 fails locally.\n"
     "##[error]Process completed with exit code 1.\n"),
    # ginkgo
    ("guard-ginkgo-flaked-suite-then-failed-suite", "real",
     "Ran 64 of 64 Specs in 21.3 seconds\n"
     "SUCCESS! -- 64 Passed | 0 Failed | 1 Flaked | 0 Pending | 0 Skipped\n"
     "PASS\n"
     "\n"
     "Ran 12 of 12 Specs in 2.1 seconds\n"
     "FAIL! -- 11 Passed | 1 Failed | 0 Pending | 0 Skipped\n"
     "--- FAIL: TestLedger (2.10s)\n"
     "FAIL\n"
     "\n"
     "Ginkgo ran 2 suites in 30.2s\n"
     "\n"
     "There were failures detected in the following suites:\n"
     "  ledger ./internal/ledger\n"
     "\n"
     "Test Suite Failed\n"
     "##[error]Process completed with exit code 1.\n"),
    # rspec-retry
    ("guard-rspec-retry-passed-plus-failed-example", "real",
     "RSpec::Retry: 2nd try ./spec/models/cart_spec.rb:14\n"
     "\n"
     "Failures:\n"
     "\n"
     "  1) Money rounds half even\n"
     "     Failure/Error: expect(Money.round(10.245)).to eq(10.25)\n"
     "\n"
     "       expected: 10.25\n"
     "            got: 10.24\n"
     "\n"
     "RSpec Retry Summary:\n"
     "\t./spec/models/cart_spec.rb:14: Cart applies the coupon: passed at attempt 2\n"
     "\n"
     "\t1 of 220 tests passed with retries.\n"
     "\t0 tests failed all retries.\n"
     "\n"
     "220 examples, 1 failure\n"
     "\n"
     "Failed examples:\n"
     "\n"
     "rspec ./spec/models/money_spec.rb:8 # Money rounds half even\n"
     "##[error]Process completed with exit code 1.\n"),
    # surefire
    ("guard-sf-errors-other-module-then-flakes", "real",
     "[INFO] Results:\n"
     "[INFO] \n"
     "[ERROR] Errors: \n"
     "[ERROR]   StoreIT.opensPool:22 » IllegalState Pool already closed\n"
     "[INFO] \n"
     "[ERROR] Tests run: 14, Failures: 0, Errors: 1, Skipped: 0\n"
     "[INFO] \n"
     "[INFO] Results:\n"
     "[INFO] \n"
     "[WARNING] Flakes: \n"
     "[WARNING] org.quillon.ledger.PostingServiceTest.postsInOrder\n"
     "[ERROR]   Run 1: PostingServiceTest.postsInOrder:88 expected:<3> but was:<2>\n"
     "[INFO]   Run 2: PASS\n"
     "[INFO] \n"
     "[INFO] BUILD FAILURE\n"
     "[INFO] ------------------------------------------------------------------------\n"
     "##[error]Process completed with exit code 1.\n"),
    # dotnet-retry
    ("guard-dotnet-retry-passed-then-format-check", "real",
     "Tests suite completed successfully in 2 attempts\n"
     "$ dotnet format --verify-no-changes\n"
     "/src/Quillon/Peer.cs(41,17): error WHITESPACE: Fix whitespace formatting. Replace 1 characters with '\\s'. [/src/Quillon/Quillon.csproj]\n"
     "##[error]Process completed with exit code 1.\n"),
    # gotestsum
    ("guard-gotestsum-one-flaked-one-failed-all", "real",
     "FAIL internal/peer.TestHandshake (0.52s)\n"
     "FAIL internal/ledger.TestRound (0.01s)\n"
     "PASS internal/peer.TestHandshake (re-run 1) (0.31s)\n"
     "FAIL internal/ledger.TestRound (re-run 1) (0.01s)\n"
     "\n"
     "=== Failed\n"
     "=== FAIL: internal/ledger TestRound (0.01s)\n"
     "    round_test.go:12: Round(10.245) = 10.24, want 10.25\n"
     "=== FAIL: internal/ledger TestRound (re-run 1) (0.01s)\n"
     "    round_test.go:12: Round(10.245) = 10.24, want 10.25\n"
     "\n"
     "DONE 2 runs, 412 tests, 3 failures in 39.010s\n"
     "##[error]Process completed with exit code 1.\n"),
    # surefire
    ("guard-sf-flakes-then-coverage-gate", "real",
     "[WARNING] Flakes: \n"
     "[WARNING] org.quillon.ledger.PostingServiceTest.postsInOrder\n"
     "[ERROR]   Run 1: PostingServiceTest.postsInOrder:88 expected:<3> but was:<2>\n"
     "[INFO]   Run 2: PASS\n"
     "[INFO] \n"
     "[WARNING] Tests run: 212, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1\n"
     "[INFO] --- jacoco:0.8.12:check (check) @ quillon-ledger ---\n"
     "[WARNING] Rule violated for bundle quillon-ledger: lines covered ratio is 0.71, but expected minimum is 0.80\n"
     "[ERROR] Failed to execute goal org.jacoco:jacoco-maven-plugin:0.8.12:check (check) on project quillon-ledger: Coverage checks have not been met. See log for details.\n"
     "[INFO] BUILD FAILURE\n"
     "[INFO] ------------------------------------------------------------------------\n"),
    # near-miss
    ("guard-quarantined-skipped-plus-failure", "real",
     "Quarantined tests (skipped): tests/test_sync.py::test_pull_merges\n"
     "=================================== FAILURES ===================================\n"
     "___________________________ test_rounds_half_even ___________________________\n"
     ">       assert round_money(10.245) == 10.25\n"
     "E       assert 10.24 == 10.25\n"
     "\n"
     "tests/test_money.py:12: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_money.py::test_rounds_half_even - assert 10.24 == 10.25\n"
     "========================= 1 failed, 87 passed in 3.10s =========================\n"
     "##[error]Process completed with exit code 1.\n"),
    # near-miss
    ("guard-test-named-passed-on-retry", "real",
     "tests/test_policy.py::test_marks_flaky_when_passed_on_retry FAILED                [ 40%]\n"
     "=================================== FAILURES ===================================\n"
     "_____________________ test_marks_flaky_when_passed_on_retry _____________________\n"
     ">       assert classify(run) == \"flaky\"\n"
     "E       AssertionError: assert 'failed' == 'flaky'\n"
     "\n"
     "tests/test_policy.py:30: AssertionError\n"
     "========================= 1 failed, 40 passed in 1.10s =========================\n"
     "##[error]Process completed with exit code 1.\n"),
    # surefire
    ("guard-sf-flakes-section-then-failures-section-later", "real",
     "[WARNING] Flakes: \n"
     "[WARNING] org.quillon.net.PeerTest.handshake\n"
     "[ERROR]   Run 1: PeerTest.handshake:41 expected:<DONE> but was:<INIT>\n"
     "[INFO]   Run 2: PASS\n"
     "[INFO] \n"
     "[INFO] Results:\n"
     "[INFO] \n"
     "[ERROR] Failures: \n"
     "[ERROR]   LedgerTest.roundsHalfEven:30 expected:<10.25> but was:<10.24>\n"
     "[INFO] \n"
     "[ERROR] Tests run: 40, Failures: 1, Errors: 0, Skipped: 0\n"
     "[INFO] BUILD FAILURE\n"
     "[INFO] ------------------------------------------------------------------------\n"),
]

assert_unique_ids(FLAKES, RUN_PASSED, GUARDS)


@pytest.mark.parametrize(("verdict", "log"), labelled(FLAKES))
def test_a_runners_flake_report_alone_reads_transient(verdict, log):
    reads_as(log, verdict, "passed-on-retry")


@pytest.mark.parametrize(("verdict", "log"), labelled(RUN_PASSED))
def test_a_flake_of_a_runner_that_passed_the_run_leans_transient_unsure(verdict, log):
    v = judge(log)
    assert v.verdict == verdict and "passed-on-retry-run-passed" in signatures(v), v.rationale
    assert "leaning transient" in v.rationale, v.rationale


@pytest.mark.parametrize(("verdict", "log"), labelled(GUARDS))
def test_guard_a_failure_the_retries_do_not_cover_stays_real(verdict, log):
    """Near-miss (real at 79a120f too): a test failing every retry, or a failure beside the flake."""
    reads(log, verdict)
