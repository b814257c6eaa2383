"""Review 13g of the older test-level and CI-level transient entries (test-timeout, spec-timeout,
async-test-timeout, test-timing, browser-disconnected, test-runner-disconnected, browser-crashed,
known-flaky-mark, passed-on-retry, rerun-advised, transient-more, operation-canceled, ci-step-timeout,
ci-agent-more, windows-dll-init-failed, windows-file-lock): adversarial logs (made up) where their words
sit in a test's name or title, a test's compared values, a banner, help text, a changelog, a project's own
message or an application's own log, or where a deterministic failure comes before or after them; and
guards where the same words are the trouble the job ran into.

How timeouts are judged: the catalogue reads a plain per-test timeout the job met as transient by design
(a deadlock the change brought in looks the same); that choice is kept. Only text that is not a timeout
the job met is attacked (a compared message, a title, the runtime's own deadlock detector)."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, logs, not_surely_transient, reads

REAL: list[tuple[str, str]] = [
    # --- test-timeout ---
    # a Go test comparing the timeout message its code builds: the wording is the value under test
    ('tt-go-got-want-message',
     '=== RUN   TestTimeoutMessage\n    errors_test.go:40: Error() = "timed out after 5s waiting for lock", want "timed out after 10s waiting for lock"\n--- FAIL: TestTimeoutMessage (0.00s)\nFAIL\nFAIL\texample.com/lock\t0.01s\n##[error]Process completed with exit code 1.\n'),
    # Jest's Expected/Received of a wrapper's error text
    ('tt-jest-expected-received-timeout',
     '  ● withDeadline › rejects with the deadline error\n\n    expect(received).toBe(expected) // Object.is equality\n\n    Expected: "deadline exceeded after 100ms"\n    Received: "timeout exceeded after 100ms"\n\n      14 |   await expect(p).rejects.toThrow();\n\nTests:       1 failed, 30 passed, 31 total\n##[error]Process completed with exit code 1.\n'),
    # a jest failing title (the cross mark) names the timeout; the failure is a count
    ('tt-jest-title-cross',
     ' FAIL  src/queue.test.ts\n  ✕ retries when the worker timed out waiting for a lease (4 ms)\n\n    expect(received).toBe(expected)\n\n    Expected: 3\n    Received: 2\n\nTests:       1 failed, 30 passed, 31 total\n##[error]Process completed with exit code 1.\n'),
    # a tool's help text, then a compile error
    ('tt-help-text-then-compile',
     '$ ./bin/waitfor --help\n  --timeout SECS    give up with "timed out waiting for <host>" after SECS (default 30)\n  --quiet           print nothing\n$ go build ./...\ncmd/server/main.go:41:9: undefined: NewRouter\n##[error]Process completed with exit code 1.\n'),
    # a changelog printed by a release step, then a failing assertion
    ('tt-changelog-then-assert',
     '$ cat CHANGELOG.md\n## 2.4.0\n- Raise TimeoutError instead of hanging when the broker is down (#311)\n- Deadline exceeded errors now carry the request id\n$ pytest -q\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # the Go runtime detected a deadlock the change brought in: not a timeout, every run the same
    ('tt-go-runtime-deadlock',
     '=== RUN   TestDrain\n    pool_test.go:30: waiting for workers\nfatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\ntesting.(*T).Run(0xc000102000, {0x5f1a2e, 0x9}, 0x60d7a8)\nFAIL\texample.com/pool\t0.02s\n##[error]Process completed with exit code 1.\n'),
    # --- spec-timeout ---
    # Gomega's comparison inside Ginkgo's own reporter tests: two timeout texts compared
    ('spec-gomega-compared-texts',
     '  [FAILED] Expected\n      <string>: A node timeout occurred\n  to equal\n      <string>: A spec timeout occurred\n  In [It] at: /src/reporters/reporter_test.go:212\n------------------------------\nSummarizing 1 Failure:\n  [FAIL] Reporter renders the timeout reason [It] /src/reporters/reporter_test.go:200\nRan 40 of 40 Specs in 0.120 seconds\nFAIL! -- 39 Passed | 1 Failed | 0 Pending | 0 Skipped\n'),
    # a release-notes step printing the framework's changelog, then a compile error
    ('spec-changelog-then-compile',
     '$ cat docs/RELEASE_NOTES.md\n- report "A suite timeout occurred" with the progress report\n- fix interrupt handling\n$ go vet ./...\n# example.com/op\n./reconcile.go:88:2: undefined: requeueAfter\n##[error]Process completed with exit code 1.\n'),
    # --- async-test-timeout ---
    # Jest comparing the message a client library builds: the text is the value under test
    ('async-jest-compared-message',
     '  ● http client › reports the configured timeout\n\n    expect(received).toBe(expected) // Object.is equality\n\n    Expected: "timeout of 5000ms exceeded"\n    Received: "timeout of 500ms exceeded"\n\n      22 |   expect(err.message).toBe("timeout of 5000ms exceeded");\n\nTests:       1 failed, 30 passed, 31 total\n##[error]Process completed with exit code 1.\n'),
    # mocha's failing title names the timeout; the failure is a wrong status
    ('async-mocha-title-then-equal',
     '  1 failing\n\n  1) retry\n       gives up after timeout of 200ms exceeded three times:\n\n      Error: expected 500 to equal 504\n      at Context.<anonymous> (test/retry.spec.js:40:21)\n\n##[error]Process completed with exit code 1.\n'),
    # a changelog entry, then a lint error
    ('async-changelog-then-lint',
     '$ git log --oneline -3\n3f2a1c1 test: raise "Exceeded timeout of 5000 ms for a test" to 10s for slow e2e\n9ab0c22 feat: add retries\n$ npx eslint .\n/src/app.js\n  12:7  error  \'unused\' is assigned a value but never used  no-unused-vars\n\n1 problem (1 error, 0 warnings)\n##[error]Process completed with exit code 1.\n'),
    # --- test-timing ---
    # Jest comparing the warning text a profiler builds
    ('timing-jest-compared-warning',
     '  ● profiler › warns about slow renders\n\n    expect(received).toEqual(expected) // deep equality\n\n    Expected: "render took longer than 16ms"\n    Received: "render took longer than 16 ms"\n\nTests:       1 failed, 30 passed, 31 total\n##[error]Process completed with exit code 1.\n'),
    # an application's own slow-query log line, then an assertion
    ('timing-app-slow-query-log',
     '[db] slow query took longer than 100ms: SELECT * FROM orders\n[db] 12 rows\n  1) cart\n       applies the discount:\n     AssertionError: expected 100 to equal 90\n  1 failing\n##[error]Process completed with exit code 1.\n'),
    # a Go test of a rate limiter's reason text
    ('timing-go-got-want-too-slow',
     '=== RUN   TestRejectReason\n    limiter_test.go:18: reason = "client too slow", want "client over quota"\n--- FAIL: TestRejectReason (0.00s)\nFAIL\nFAIL\texample.com/limiter\t0.01s\n##[error]Process completed with exit code 1.\n'),
    # --- browser-disconnected / browser-crashed ---
    # Jest comparing the error a CDP wrapper builds
    ('browser-jest-compared-target-closed',
     '  ● cdp session › maps the protocol error\n\n    expect(received).toBe(expected) // Object.is equality\n\n    Expected: "Protocol error: Target closed"\n    Received: "Protocol error: Session closed"\n\nTests:       1 failed, 30 passed, 31 total\n##[error]Process completed with exit code 1.\n'),
    # a Playwright title names a page crash; the failure is a text the page showed
    ('browser-playwright-title-page-crash',
     '  1) [chromium] › recovery.spec.ts:12:5 › shows the reload banner after a page crash ───────────\n\n    Error: expect(locator).toHaveText(expected)\n\n    Expected string: "Reload page"\n    Received string: "Reload"\n\n  1 failed\n  40 passed (30.2s)\n##[error]Process completed with exit code 1.\n'),
    # the page's own code crashed the browser on every engine: the same test, every browser
    ('browser-page-crash-every-browser',
     '  1) [chromium] › editor.spec.ts:8:3 › pastes a large table ─────\n    Error: page.evaluate: Target crashed\n  2) [firefox] › editor.spec.ts:8:3 › pastes a large table ─────\n    Error: page.evaluate: Page crashed\n  3) [webkit] › editor.spec.ts:8:3 › pastes a large table ─────\n    Error: page.evaluate: Page crashed\n\n  3 failed\n  117 passed (1.1m)\n##[error]Process completed with exit code 1.\n'),
    # an application's own handled log line, then an assertion
    ('browser-app-log-handled-crash',
     '[kiosk] renderer tab crashed, reloading\n[kiosk] page reloaded\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # Karma restarted a crashed browser, the second launch ran the tests and one failed
    ('browser-karma-crash-then-assert',
     'ERROR [launcher]: ChromeHeadless crashed.\nINFO [launcher]: Trying to start ChromeHeadless again (1/2).\nChromeHeadless 120.0 (Linux): Executed 200 of 200 (1 FAILED)\nChromeHeadless 120.0 (Linux) Cart applies the discount FAILED\n\tExpected 100 to equal 90.\n\t    at UserContext.<anonymous> (src/cart.spec.ts:20:31)\nTOTAL: 1 FAILED, 199 SUCCESS\n##[error]Process completed with exit code 1.\n'),
    # --- test-runner-disconnected ---
    # karma's own test comparing the disconnect message it builds
    ('runner-disc-compared-message',
     '  1) Browser\n       reports the heartbeat timeout:\n\n      AssertionError: expected \'Disconnected, because no message in 10000 ms.\' to equal \'Disconnected, because no message in 30000 ms.\'\n      at Context.<anonymous> (test/unit/browser.spec.js:210:21)\n\n  1 failing\n##[error]Process completed with exit code 1.\n'),
    # --- known-flaky-mark ---
    # a project's own boilerplate hint printed after every failure
    ('flaky-boilerplate-hint',
     'FAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\nIf you think this is a flaky test, please open an issue with the label ci-flake.\n##[error]Process completed with exit code 1.\n'),
    # a quarantine plugin's summary says nothing is quarantined
    ('flaky-quarantine-summary-zero',
     'quarantine: 0 quarantined tests in this run\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # a jest title of a flake detector's test; the failure is a count
    ('flaky-jest-title',
     ' FAIL  src/detector.test.ts\n  ✕ reports a flaky test once per run (3 ms)\n\n    expect(received).toBe(expected)\n\n    Expected: 1\n    Received: 2\n\nTests:       1 failed, 30 passed, 31 total\n##[error]Process completed with exit code 1.\n'),
    # a flake tracker's Go test comparing a status text
    ('flaky-go-got-want-status',
     '=== RUN   TestStatusText\n    status_test.go:22: Status() = "passed on retry", want "flaky"\n--- FAIL: TestStatusText (0.00s)\nFAIL\nFAIL\texample.com/flake\t0.01s\n##[error]Process completed with exit code 1.\n'),
    # --- passed-on-retry ---
    # the tests passed after a rerun, then the type check in a later step failed
    ('retry-pytest-rerun-then-mypy',
     '$ pytest -q -p rerunfailures --reruns 2\n======= 212 passed, 1 rerun in 14.02s =======\n$ mypy src\nsrc/app/cart.py:41: error: Incompatible return value type (got "str", expected "int")  [return-value]\nFound 1 error in 1 file (checked 40 source files)\n##[error]Process completed with exit code 1.\n'),
    # --- rerun-advised ---
    # the project's own check asks to rerun with a flag: a snapshot the change altered
    ('rerun-snapshot-update-flag',
     'FAIL src/__snapshots__/button.test.tsx.snap\n  › 1 snapshot failed from 1 test suite.\nSnapshots do not match. Please rerun the job with UPDATE_SNAPSHOTS=1 after checking the diff.\n##[error]Process completed with exit code 1.\n'),
    # the project's own codegen check: generated files out of date in the change
    ('rerun-codegen-out-of-date',
     'Generated files are out of date:\n  M api/types.gen.go\nRun `make generate`, commit the result and please re-run the workflow.\n##[error]Process completed with exit code 1.\n'),
    # --- transient-more ---
    # Jest comparing an error text a client maps
    ('more-jest-compared-eof',
     '  ● fetch › maps a truncated response\n\n    expect(received).toBe(expected) // Object.is equality\n\n    Expected: "Unexpected end of file from server"\n    Received: "socket closed"\n\nTests:       1 failed, 30 passed, 31 total\n##[error]Process completed with exit code 1.\n'),
    # a Go test of a retry helper's error text
    ('more-go-got-want-attempts',
     '=== RUN   TestGiveUpMessage\n    retry_test.go:31: err = "failed to make request after 3 attempts", want "failed to make request after 5 attempts"\n--- FAIL: TestGiveUpMessage (0.00s)\nFAIL\nFAIL\texample.com/retry\t0.01s\n##[error]Process completed with exit code 1.\n'),
    # an application's TLS client reconnected; the job failed on an assertion
    ('more-app-log-bad-record-mac-reconnect',
     '[tls] alert bad_record_mac from peer, reconnecting\n[tls] session resumed\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # --- operation-canceled ---
    # xUnit comparing the messages of two exceptions
    ('cancel-xunit-compared-message',
     '  Failed Jobs.Tests.RunnerTests.Cancel_reports_message [4 ms]\n  Error Message:\n   Assert.Equal() Failure: Strings differ\nExpected: "A task was canceled."\nActual:   "The operation was canceled."\n  Stack Trace:\n     at Jobs.Tests.RunnerTests.Cancel_reports_message() in /src/RunnerTests.cs:line 40\nFailed!  - Failed:     1, Passed:    30, Skipped:     0, Total:    31\n##[error]Process completed with exit code 1.\n'),
    # a compile error, cargo waiting for the other jobs, then a newer push cancelled the run
    ('cancel-after-compile-error',
     '   Compiling app v0.1.0 (/home/runner/work/app)\nerror[E0308]: mismatched types\n  --> src/cart.rs:41:9\n   |\n41 |         total\n   |         ^^^^^ expected `u32`, found `i64`\nwarning: build failed, waiting for other jobs to finish...\nError: The operation was canceled.\n'),
    # test failures reported, then the run cancelled (fail-fast / a newer push) during the next suite
    ('cancel-after-pytest-failures',
     'FAILED tests/test_cart.py::test_total - assert 90 == 100\nFAILED tests/test_cart.py::test_tax - assert 7 == 8\n========= 2 failed, 211 passed in 12.40s =========\n$ pytest tests/integration -q\n........\n##[error]The operation was canceled.\n'),
    # --- ci-step-timeout ---
    # JUnit comparing the Jenkins message a plugin builds
    ('ci-step-junit-compared',
     '[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.3 s <<< FAILURE! - in io.jenkins.TimeoutStepTest\n[ERROR] messageOnAbort(io.jenkins.TimeoutStepTest)  Time elapsed: 0.01 s  <<< FAILURE!\norg.opentest4j.AssertionFailedError: expected: <Cancelling nested steps due to timeout> but was: <Cancelling nested steps due to user abort>\n[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n'),
    # --- ci-agent-more ---
    # a Go test comparing an event text of a CI server's own code
    ('agent-go-got-want-disconnected',
     '=== RUN   TestAgentEvent\n    events_test.go:20: got "agent a-1 disconnected", want "agent a-1 lost"\n--- FAIL: TestAgentEvent (0.00s)\nFAIL\nFAIL\texample.com/ci/events\t0.01s\n##[error]Process completed with exit code 1.\n'),
    # a fleet manager's own log, then an assertion
    ('agent-app-log-rescheduling',
     '[fleet] agent a-12 disconnected, rescheduling 3 jobs\n[fleet] jobs rescheduled\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # a database the job starts cannot start with the config the change wrote
    ('agent-db-instance-wrong-config',
     '$ ./scripts/start-db.sh\nLOG:  unrecognized configuration parameter "shared_bufers" in file "/etc/pg/postgresql.conf" line 12\nFATAL:  configuration file "/etc/pg/postgresql.conf" contains errors\nERROR: instance failed to start, see the log above\n##[error]Process completed with exit code 1.\n'),
    # --- windows-dll-init-failed ---
    # a Go test of an NTSTATUS name table
    ('dll-go-got-want-name',
     '=== RUN   TestStatusName\n    ntstatus_test.go:30: Name(0xC0000142) = "", want "STATUS_DLL_INIT_FAILED"\n--- FAIL: TestStatusName (0.00s)\nFAIL\nFAIL\texample.com/winerr\t0.01s\n##[error]Process completed with exit code 1.\n'),
    # a changelog line, then a compile error
    ('dll-changelog-then-compile',
     '$ type CHANGES.txt\n* retry the launch when a child exits with code -1073741502 (0xC0000142)\n* faster startup\n$ msbuild app.sln\nsrc\\Cart.cs(41,9): error CS0103: The name \'totl\' does not exist in the current context [D:\\a\\app\\src\\App.csproj]\n##[error]Process completed with exit code 1.\n'),
    # --- windows-file-lock ---
    # unittest comparing two error texts on Windows
    ('lock-unittest-compared-winerror',
     'FAIL: test_error_text (tests.test_fs.FsTest)\n----------------------------------------------------------------------\nTraceback (most recent call last):\n  File "D:\\a\\app\\tests\\test_fs.py", line 18, in test_error_text\n    self.assertEqual(describe(err), "[WinError 5] Access is denied")\nAssertionError: \'[WinError 32] The process cannot access the file\' != \'[WinError 5] Access is denied\'\n\nRan 9 tests in 0.101s\n\nFAILED (failures=1)\n##[error]Process completed with exit code 1.\n'),
    # a jest title naming the condition; the failure is a count
    ('lock-jest-title-sharing-violation',
     ' FAIL  src/copy.test.ts\n  ✕ retries a copy on sharing violation (5 ms)\n\n    expect(received).toBe(expected)\n\n    Expected: 3\n    Received: 1\n\nTests:       1 failed, 30 passed, 31 total\n##[error]Process completed with exit code 1.\n'),
    # an indexer's own log skipped a locked file; the job failed on an assertion
    ('lock-app-log-skipping',
     '[indexer] the file is locked by: MsMpEng.exe (pid 812), skipping C:\\data\\x.db\n[indexer] 40 files indexed\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # a deterministic failure, then the post-job cleanup met a locked file
    ('lock-post-step-after-assert',
     'FAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\nPost job cleanup.\nRemove-Item : The process cannot access the file \'D:\\a\\app\\.venv\\Scripts\\python.exe\' because it is being used by another process.\n'),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # both browsers went silent at the same spec: the page's own code (an endless loop in the change) or a
    # loaded machine; no confident rerun (a browser farm's lost link drops all its browsers at once, labelled transient)
    ('runner-disc-every-browser',
     'Chrome Headless 120.0 (Linux) Grid sorts 10k rows STARTED\nChrome Headless 120.0 (Linux) ERROR\n  Disconnected, because no message in 30000 ms.\nChrome Headless 120.0 (Linux): Executed 41 of 300 DISCONNECTED (30.1 secs / 0.2 secs)\nFirefox 121.0 (Linux) Grid sorts 10k rows STARTED\nFirefox 121.0 (Linux) ERROR\n  Disconnected, because no message in 30000 ms.\nFirefox 121.0 (Linux): Executed 41 of 300 DISCONNECTED (30.3 secs / 0.3 secs)\n##[error]Process completed with exit code 1.\n'),
    # the JVM's deadlock report, then Jenkins stopped the step: a timeout the job met (transient by the
    # catalogue's design), but the report says what hung; no confident rerun
    ('ci-step-jvm-deadlock-then-timeout',
     'Found one Java-level deadlock:\n=============================\n"pool-1-thread-2":\n  waiting to lock monitor 0x00007f (object 0x000000, a com.example.Ledger),\n  which is held by "pool-1-thread-1"\nTimeout has been exceeded\nCancelling nested steps due to timeout\nFinished: ABORTED\n'),
]

TRANSIENT: list[tuple[str, str]] = [
    # guard: a UI wait in an end-to-end test ran out
    ('g-tt-selenium-timeout',
     'E       selenium.common.exceptions.TimeoutException: Message: \ntests/e2e/test_checkout.py:40: TimeoutException\nFAILED tests/e2e/test_checkout.py::test_checkout - selenium.common.exceptions.TimeoutException: Message:\n========= 1 failed, 20 passed in 80.40s =========\n##[error]Process completed with exit code 1.\n'),
    # guard: Ginkgo stopped a spec at its time limit
    ('g-spec-ginkgo-timedout',
     '  [TIMEDOUT] A spec timeout occurred\n  In [It] at: /src/e2e/deploy_test.go:88 @ 05/01/24 10:00:00.1\n------------------------------\nSummarizing 1 Failure:\n  [TIMEDOUT] Deploy rolls out the new version [It] /src/e2e/deploy_test.go:80\nRan 12 of 12 Specs in 620.120 seconds\nFAIL! - Suite Timeout Elapsed -- 11 Passed | 1 Failed | 0 Pending | 0 Skipped\n'),
    # guard: mocha's own timeout on a hook
    ('g-async-mocha-timeout',
     '  1 failing\n\n  1) api\n       "before all" hook for "lists users":\n     Error: Timeout of 2000ms exceeded. For async tests and hooks, ensure "done()" is called; if returning a Promise, ensure it resolves. (/src/test/api.spec.js)\n\n##[error]Process completed with exit code 1.\n'),
    # guard: ExUnit's assert_receive gave up
    ('g-timing-exunit-assert-receive',
     '  1) test publishes the event (MyApp.BusTest)\n     test/bus_test.exs:20\n     Assertion failed, no matching message after 100ms\n     code: assert_receive {:published, _}\n     stacktrace:\n       test/bus_test.exs:24: (test)\n\nFinished in 1.2 seconds\n40 tests, 1 failure\n##[error]Process completed with exit code 1.\n'),
    # guard: Selenium lost Chrome
    ('g-browser-chrome-not-reachable',
     'E       selenium.common.exceptions.WebDriverException: Message: unknown error: session deleted because of page crash\nE       from unknown error: cannot determine loading status\nE       from tab crashed\nFAILED tests/e2e/test_search.py::test_search\n##[error]Process completed with exit code 1.\n'),
    # guard: Karma lost its one browser
    ('g-runner-karma-disconnected',
     'Chrome Headless 120.0 (Linux) ERROR\n  Disconnected, because no message in 30000 ms.\nChrome Headless 120.0 (Linux): Executed 180 of 300 DISCONNECTED (30.1 secs / 12.2 secs)\n##[error]Process completed with exit code 1.\n'),
    # guard: a browser farm dropped two browsers at once (a lost link, "ping timeout"), at the same count
    ('g-runner-farm-two-browsers-ping-timeout',
     'IE 11.0.0 (Windows 10): Executed 50 of 220 SUCCESS (1.2 secs / 1.0 secs)\nIE 11.0.0 (Windows 10) ERROR\n  Disconnectedreconnect failed before timeout of 2000ms (ping timeout)\nIE 11.0.0 (Windows 10): Executed 50 of 220 DISCONNECTED (33.1 secs / 1.0 secs)\nEdge 18.0.0 (Windows 10) ERROR\n  Disconnectedreconnect failed before timeout of 2000ms (ping timeout)\nEdge 18.0.0 (Windows 10): Executed 50 of 220 DISCONNECTED (33.9 secs / 1.9 secs)\n##[error]Process completed with exit code 1.\n'),
    # guard: one Playwright project's page crashed, the same test passed on the others
    ('g-crash-playwright-one-browser',
     '  1) [firefox] › editor.spec.ts:8:3 › pastes a large table ─────\n    Error: page.evaluate: Page crashed\n\n  1 failed\n  119 passed (1.1m)\n##[error]Process completed with exit code 1.\n'),
    # guard: Cypress's renderer crashed
    ('g-crash-cypress-renderer',
     'We detected that the Chromium Renderer process just crashed.\n\nThis can happen for a number of different reasons.\n\nIf you are running lots of tests on a memory intense application.\n  - Try increasing the CPU/memory on the machine you are running on.\n##[error]Process completed with exit code 1.\n'),
    # guard: a quarantined test failed, nothing else did
    ('g-flaky-quarantined',
     '[Flaky] TestWatchEvents is quarantined\n--- FAIL: TestWatchEvents (5.00s)\nFAIL\nFAIL\texample.com/watch\t5.10s\n##[error]Process completed with exit code 1.\n'),
    # guard: surefire's flake summary and its policy
    ('g-retry-surefire-flakes',
     '[WARNING] Tests run: 120, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1\n[ERROR] There are 1 flakes and failOnFlakeCount is set to 0.\n[INFO] BUILD FAILURE\n'),
    # guard: the CI service's own advice after its internal error
    ('g-rerun-service-advice',
     'Preparing build environment\nERROR: An internal error occurred while preparing the build pod. Re-running the job should help.\n'),
    # guard: curl's low-speed limit
    ('g-more-curl-too-slow',
     '$ curl -fsSL --speed-limit 1000 https://downloads.example.org/sdk.tar.gz -o sdk.tar.gz\ncurl: (28) Operation too slow. Less than 1000 bytes/sec transferred the last 30 seconds\n##[error]Process completed with exit code 28.\n'),
    # guard: Azure cancelled a long test step
    ('g-cancel-azure',
     '##[section]Starting: Run tests\nRunning 412 tests\n..........\n##[error]The operation was canceled.\n##[section]Finishing: Run tests\n'),
    # guard: Jenkins' timeout step
    ('g-ci-step-jenkins-timeout',
     '[Pipeline] timeout\nTimeout set to expire in 30 min\n[Pipeline] sh\n+ ./gradlew test\n> Task :app:test\nCancelling nested steps due to timeout\nSending interrupt signal to process\nFinished: ABORTED\n'),
    # guard: a build agent went away
    ('g-agent-disconnected',
     'Step 4/7: Run tests\nBuild agent ci-win-07 was disconnected\nThe build was interrupted\n'),
    # guard: a Windows child process failed to initialise
    ('g-dll-exit-code',
     'Running tests in D:\\a\\app\\build\\tests\\core_tests.exe\nProcess D:\\a\\app\\build\\tests\\core_tests.exe exited with code -1073741502\nctest: 1 test failed out of 120\n##[error]Process completed with exit code 1.\n'),
    # guard: a locked file in the build
    ('g-lock-msbuild',
     "C:\\Program Files\\dotnet\\sdk\\8.0.100\\Microsoft.Common.CurrentVersion.targets(4879,5): error MSB3027: Could not copy \"obj\\Debug\\App.dll\" to \"bin\\Debug\\App.dll\". Exceeded retry count of 10. Failed. The file is locked by: \"testhost (4412)\" [D:\\a\\app\\App.csproj]\n##[error]Process completed with exit code 1.\n"),
]


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_is_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log):
    reads(log, "transient")


def test_case_ids_are_unique():
    assert_unique_ids(REAL, NOT_SURELY_TRANSIENT, TRANSIENT)
