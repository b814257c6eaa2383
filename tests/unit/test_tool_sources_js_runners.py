"""Eighteenth round, tool sources: the machinery of JavaScript test runners as CI logs show it.

Covered: Karma's launcher and browser lifecycle (a browser never captured or silent past its no-activity
timeout, the reporter's per-browser "Executed N of M" line with ERROR or DISCONNECTED, a script error while the
files load, its coverage reporter's threshold), Jasmine's node runner (an incomplete run from focused or no
specs, "Expected ... to equal"), Mocha (its timeout, --forbid-only, no test files, done() called twice, an
uncaught error outside a test), AVA (a file with no tests, no files at all, a test with no assertions, a promise
that never resolved, a per-test timeout, a file that exited non-zero, an unhandled rejection), node-tap (its
"# failed N of M tests" summary, an unfinished test), uvu, node:test's spec reporter and a promise the event loop
left pending, Jest's worker machinery (an empty suite, a hook's timeout, a heap limit inside a worker), Vitest's
pools (a forks worker that could not start, unhandled errors and rejections, coverage thresholds) and Node's
heap limit (V8's "Reached heap limit" / "Ineffective mark-compacts near heap limit") with and without a cap the
job set with --max-old-space-size. Karma's not-captured, no-message and crash cases, AVA's and node:test's
timeouts, node-tap's "timeout!", Jest's retries and force-exit warning, Vitest's "Worker exited unexpectedly"
and start timeout, Jest's snapshots and coverage thresholds and V8's heap limit without a cap are in
test_tool_sources_browser.py, test_tool_sources_test_runner_infra.py, test_tool_sources_test_frameworks_xlang.py,
test_tool_sources_runners.py, test_tool_sources_mutation_snapshot_coverage.py, test_tool_sources_pr_checks_coverage.py
and test_tool_sources_resources.py; they are not repeated.

Each case is a short log written for this test around one message as the tool prints it. The comment above each
case names the repository and file holding the format string, read from snapshots of karma-runner/karma,
mochajs/mocha, avajs/ava, tapjs/tapjs, lukeed/uvu, jestjs/jest, vitest-dev/vitest and jasmine/jasmine (jasmine-core).
Jasmine's node runner's console reporter (jasmine/jasmine-npm), node:test (nodejs/node lib/internal/test_runner),
older node-tap's summary, Chromium's out-of-memory line and V8's GC trace rest on memory of those trees and their
documentation, not on a snapshot read here. Hosts, packages, tests and paths are made up; no project's CI log is
copied.

The rules the cases hold:
  * a browser that never connected, went silent or crashed for memory, a worker or a runner killed by the host,
    a worker that could not be spawned for want of processes, V8's heap limit with no cap the job set -> transient;
  * V8's heap limit under a cap the job set itself (NODE_OPTIONS=--max-old-space-size=N, node
    --max-old-space-size=N): the build outgrew its own limit and does so on every run -> real; the OOM killer
    taking a node process whatever its cap -> transient;
  * failing assertions, a focused or empty suite, --forbid-only, no test files, done() called twice, a promise
    that never settles, a file that exits non-zero, an unhandled error or rejection from the code, coverage under
    its threshold -> real;
  * a test's own timeout (Mocha's "Timeout of 2000ms exceeded", AVA's t.timeout, a Jest hook's timeout) is open
    -> not surely transient; so is a refused connection to a loopback service the job started itself;
  * near-misses: a spec or test titled after the outage words, an assertion quoting them, a disconnect after a
    spec that failed on its values -> real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

# Karma's log4js layout ("%d{DATE}:%p [%c]: %m")
_K = "14 03 2025 09:12:44.518:"
_CHROME = "Chrome Headless 124.0.6367.60 (Linux x86_64)"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Karma
    # karma-runner/karma lib/reporters/base.js renderBrowser ("%s: Executed %d of %d" + " DISCONNECTED") and
    # lib/browser.js refreshNoActivityTimeout (", because no message in %d ms."): the reporter's own lines only,
    # the excerpt without the WARN line above them
    ("karma-reporter-disconnected-no-message", "transient",
     "> ng test --watch=false --browsers=ChromeHeadlessCI\n"
     f"{_CHROME}: Executed 311 of 642 SUCCESS (0 secs / 41.2 secs)\n"
     f"{_CHROME} ERROR\n"
     "  Disconnected , because no message in 30000 ms.\n"
     f"{_CHROME}: Executed 311 of 642 DISCONNECTED (1 min 12.4 secs / 41.2 secs)\n"
     "npm ERR! code ELIFECYCLE\n" + _GHA),
    # lib/launchers/capture_timeout.js ("%s has not captured in %d ms, killing.") then lib/launchers/base.js's
    # kill and lib/launchers/retry.js; the browser never connected, on a short excerpt with no Giving up line
    ("karma-has-not-captured-killing-excerpt", "transient",
     _K + "INFO [karma-server]: Karma v6.4.3 server started at http://localhost:9876/\n" +
     _K + "INFO [launcher]: Launching browsers FirefoxHeadless with concurrency unlimited\n" +
     _K + "INFO [launcher]: Starting browser FirefoxHeadless\n" +
     _K + "WARN [launcher]: FirefoxHeadless has not captured in 60000 ms, killing.\n" +
     _K + "INFO [launcher]: Trying to start FirefoxHeadless again (1/2).\n" + _CIRCLE),
    # lib/launchers/process.js ("%s crashed.\n\t%s") with Chromium's own out-of-memory line in the output it
    # quotes (Chromium base/process/memory.cc "Out of memory. size=%zu", from memory of the tree)
    ("karma-chrome-crashed-out-of-memory", "transient",
     _K + "INFO [launcher]: Starting browser ChromeHeadless\n" +
     f"{_CHROME}: Executed 120 of 400 SUCCESS (12.1 secs / 11.8 secs)\n" +
     _K + "ERROR [launcher]: ChromeHeadless crashed.\n"
     "\t[0314/091310.112233:FATAL:memory.cc(40)] Out of memory. size=262144\n" +
     _K + "ERROR [launcher]: ChromeHeadless failed 2 times (crashed). Giving up.\n" + _GHA),
    # lib/server.js ("Error during file loading or preprocessing\n" + err.stack): a preprocessor (webpack,
    # esbuild) that could not build the bundle: the code, every run
    ("karma-error-during-file-loading", "real",
     _K + "INFO [karma-server]: Karma v6.4.3 server started at http://localhost:9876/\n" +
     _K + "ERROR [karma-server]: Error during file loading or preprocessing\n"
     "Error: Build failed with 1 error:\n"
     "src/cart/cart.service.ts:14:9: ERROR: Expected \";\" but found \"total\"\n" + _GHA),
    # client/karma.js this.error (window.onerror's message sent as karma_error) and lib/reporters/base.js
    # ("%s ERROR" then the message), a script that threw while loading: "Executed 0 of 0 ERROR"
    ("karma-script-error-executed-0-of-0", "real",
     _K + "INFO [Chrome Headless 124.0.6367.60 (Linux x86_64)]: Connected on socket 7Hq2 with id 5513\n" +
     f"{_CHROME} ERROR\n"
     "  Uncaught ReferenceError: process is not defined\n"
     "  at webpack:///./src/config/env.js:3:18 <- test.bundle.js:4412:18\n"
     f"{_CHROME}: Executed 0 of 0 ERROR (0.004 secs / 0 secs)\n" + _GHA),
    # lib/reporters/base.js (SPEC_FAILURE "%s %s FAILED", " (%d FAILED)", "TOTAL: %d FAILED, %d SUCCESS") for a
    # spec named after the outage words: a title, the assertion decides
    ("karma-spec-titled-disconnected-failed", "real",
     f"{_CHROME} SyncService reconnects after the socket is disconnected because no message came FAILED\n"
     "\tExpected 'offline' to equal 'online'.\n"
     "\t    at UserContext.<anonymous> (src/app/sync/sync.service.spec.ts:61:29)\n"
     f"{_CHROME}: Executed 214 of 214 (1 FAILED) (5.231 secs / 4.901 secs)\n"
     "TOTAL: 1 FAILED, 213 SUCCESS\n" + _GHA),
    # a spec of a project's own launcher named after the capture timeout's words (Karma's SPEC_FAILURE line and
    # its failed count): a title, the assertion decides
    ("karma-spec-titled-not-captured", "real",
     f"{_CHROME} Launcher kills a browser that has not captured in 100 ms, killing it once FAILED\n"
     "\tExpected spy kill to have been called once. It was called 2 times.\n"
     "\t    at UserContext.<anonymous> (src/launcher/launcher.spec.ts:71:28)\n"
     f"{_CHROME}: Executed 96 of 96 (1 FAILED) (0.811 secs / 0.702 secs)\n"
     "TOTAL: 1 FAILED, 95 SUCCESS\n" + _GHA),
    # lib/browser.js disconnect after a spec that failed on its values earlier in the same run: the failure recurs
    ("karma-failed-spec-then-disconnected", "real",
     f"{_CHROME} PriceFormatter formats euros FAILED\n"
     "\tExpected '12,00 €' to equal '12.00 €'.\n"
     "\t    at UserContext.<anonymous> (src/app/price/price-formatter.spec.ts:22:41)\n" +
     _K + f"WARN [{_CHROME}]: Disconnected (0 times), because no message in 30000 ms.\n"
     f"{_CHROME}: Executed 188 of 402 (1 FAILED) DISCONNECTED (1 min 2.3 secs / 31.9 secs)\n"
     "TOTAL: 1 FAILED, 187 SUCCESS\n" + _GHA),
    # karma-runner/karma-coverage lib/reporter.js (its check "Coverage for %s (%s%) does not meet global
    # threshold (%s%)", from memory of the tree): the tests pass, the gate does not
    ("karma-coverage-global-threshold", "real",
     f"{_CHROME}: Executed 214 of 214 SUCCESS (5.112 secs / 4.870 secs)\n"
     "TOTAL: 214 SUCCESS\n" +
     _K + "ERROR [coverage]: Chrome Headless 124.0.6367.60 (Linux x86_64): Coverage for statements (78.31%) does not meet global threshold (80%)\n" +
     _K + "ERROR [coverage]: Chrome Headless 124.0.6367.60 (Linux x86_64): Coverage for branches (61.02%) does not meet global threshold (70%)\n" + _CIRCLE),

    # ================================================================== Jasmine (node runner)
    # jasmine/jasmine lib/jasmine-core/jasmine.js (incompleteReason 'fit() or fdescribe() was found') and
    # jasmine-npm's console reporter ("Incomplete: %s", exit code 2): a focused spec committed
    ("jasmine-incomplete-fit-found", "real",
     "> jasmine --config=spec/support/jasmine.json\n"
     "Randomized with seed 80412\n"
     "Started\n"
     "....\n\n"
     "4 specs, 0 failures\n"
     "Finished in 0.018 seconds\n"
     "Incomplete: fit() or fdescribe() was found\n"
     "npm ERR! code 2\n" + _GHA),
    # jasmine.js (incompleteReason 'No specs found'): the spec glob matched nothing
    ("jasmine-no-specs-found", "real",
     "> jasmine --config=spec/support/jasmine.json\n"
     "Randomized with seed 13507\n"
     "Started\n\n\n"
     "No specs found\n"
     "Finished in 0.002 seconds\n"
     "Incomplete: No specs found\n" + _CIRCLE),
    # jasmine-core's toEqual diff ("Expected $.%s = %s to equal %s.") under the console reporter's
    # "Failures:" / "Message:" block
    ("jasmine-expected-path-to-equal", "real",
     "Started\n"
     "......F..\n\n"
     "Failures:\n"
     "1) Invoice totals adds the tax\n"
     "  Message:\n"
     "    Expected $.total = 118.5 to equal 119.\n"
     "  Stack:\n"
     "        at <Jasmine>\n\n"
     "9 specs, 1 failure\n"
     "Finished in 0.04 seconds\n" + _GL),
    # jasmine.js ("An asynchronous spec, beforeEach, or afterEach function called its 'done' callback more than
    # once.") as the reporter's message: a code path calling back twice, every run
    ("jasmine-done-called-more-than-once", "real",
     "Failures:\n"
     "1) Uploader emits progress\n"
     "  Message:\n"
     "    Error: An asynchronous spec, beforeEach, or afterEach function called its 'done' callback more than once.\n"
     "    (in spec: Uploader emits progress)\n\n"
     "12 specs, 1 failure\n" + _GHA),

    # ================================================================== Mocha
    # mochajs/mocha lib/errors.js createForbiddenExclusivityError ("`.only` forbidden by --forbid-only")
    ("mocha-only-forbidden", "real",
     "> mocha --forbid-only 'test/**/*.spec.js'\n\n"
     "Error: `.only` forbidden by --forbid-only\n"
     "    at createForbiddenExclusivityError (/home/ci/app/node_modules/mocha/lib/errors.js:276:13)\n"
     "    at Function.only (/home/ci/app/node_modules/mocha/lib/interfaces/common.js:98:17)\n"
     "npm ERR! Lifecycle script `test` failed with error:\n" + _GHA),
    # lib/cli/collect-files.cjs ("Error: No test files found: %s")
    ("mocha-no-test-files-found", "real",
     "> mocha 'test/unit/**/*.test.mjs'\n\n"
     "Error: No test files found: \"test/unit/**/*.test.mjs\"\n"
     "npm ERR! code 1\n"
     "npm ERR! command sh -c mocha 'test/unit/**/*.test.mjs'\n" + _CIRCLE),
    # lib/errors.js createMultipleDoneError ("done() called multiple times in %s %s")
    ("mocha-done-called-multiple-times", "real",
     "  Queue\n"
     "    ✔ drains\n"
     "    1) retries a failed job\n\n"
     "  1 passing (41ms)\n"
     "  1 failing\n\n"
     "  1) Queue\n"
     "       retries a failed job:\n"
     "     Error: done() called multiple times in test <Queue retries a failed job> of file /home/ci/app/test/queue.spec.js\n"
     + _GHA),
    # lib/runner.cjs ("Uncaught error outside test suite") with the error a required module threw
    ("mocha-uncaught-error-outside-suite", "real",
     "  0 passing (3ms)\n"
     "  1 failing\n\n"
     "  1) Uncaught error outside test suite:\n"
     "     Uncaught TypeError: Cannot read properties of undefined (reading 'port')\n"
     "      at Object.<anonymous> (test/setup.js:7:31)\n" + _GL),
    # lib/reporters/base.js ("  %d failing") with chai's assertion, the test titled after a reset
    ("mocha-failing-titled-econnreset", "real",
     "  HttpClient\n"
     "    1) retries the request after ECONNRESET\n\n"
     "  23 passing (412ms)\n"
     "  1 failing\n\n"
     "  1) HttpClient\n"
     "       retries the request after ECONNRESET:\n"
     "     AssertionError: expected 1 to equal 3\n"
     "      at Context.<anonymous> (test/http-client.spec.js:88:32)\n" + _GHA),

    # ================================================================== AVA
    # avajs/ava lib/reporters/default.js ("No tests found in %s, make sure to import \"ava\" at the top of your
    # test file")
    ("ava-no-tests-found-import-ava", "real",
     "> ava\n\n"
     "  ✔ slug › keeps digits\n"
     "  ✘ No tests found in test/helpers/fixtures.js, make sure to import \"ava\" at the top of your test file\n"
     "  ─\n\n"
     "  6 tests passed\n" + _GHA),
    # lib/reporters/default.js ("Couldn’t find any files to test")
    ("ava-couldnt-find-any-files", "real",
     "> ava --config ava.config.mjs\n\n"
     "  ✘ Couldn’t find any files to test\n"
     "npm ERR! Lifecycle script `test` failed with error:\n"
     "npm ERR! Error: command failed\n" + _CIRCLE),
    # lib/test.js ("Test finished without running any assertions") with failWithoutAssertions
    ("ava-finished-without-assertions", "real",
     "  ✘ [fail]: parser › handles an empty document Test finished without running any assertions\n"
     "  ─\n\n"
     "  parser › handles an empty document\n\n"
     "  Error: Test finished without running any assertions\n\n"
     "  ─\n\n"
     "  1 test failed\n" + _GHA),
    # lib/test.js ("Promise returned by test never resolved")
    ("ava-promise-never-resolved", "real",
     "  ✘ [fail]: queue › drains after close Promise returned by test never resolved\n"
     "  ─\n\n"
     "  queue › drains after close\n\n"
     "  Error: Promise returned by test never resolved\n\n"
     "  ─\n\n"
     "  1 test failed\n" + _GL),
    # lib/reporters/default.js ("%s exited with a non-zero exit code: %d"): the test file's own process.exit
    ("ava-exited-non-zero-exit-code", "real",
     "  ✔ cli › prints the version\n"
     "  ✘ test/cli-config.js exited with a non-zero exit code: 2\n"
     "  ─\n\n"
     "  3 tests passed\n"
     "  1 uncaught exception\n" + _GHA),
    # lib/reporters/default.js ("Unhandled rejection in %s") then "%d unhandled rejection"
    ("ava-unhandled-rejection-typeerror", "real",
     "  ✔ store › reads back\n\n"
     "  Unhandled rejection in test/store.js\n\n"
     "  TypeError: Cannot read properties of null (reading 'close')\n"
     "      at Store.flush (src/store.js:41:18)\n\n"
     "  ─\n\n"
     "  9 tests passed\n"
     "  1 unhandled rejection\n" + _CIRCLE),

    # ================================================================== node-tap
    # older node-tap's summary (tap v12-v15 "# failed %d of %d tests", from memory) under a failed assertion
    ("tap-failed-n-of-m-tests", "real",
     "TAP version 13\n"
     "# Subtest: test/range.js\n"
     "    not ok 3 - should be equal\n"
     "      ---\n"
     "      found: 9\n"
     "      wanted: 10\n"
     "      ...\n"
     "not ok 1 - test/range.js # time=812ms\n"
     "# failed 1 of 24 tests\n"
     "# time=1.91s\n" + _GHA),
    # tapjs/tapjs src/core/src/spawn.ts ("test unfinished", the parser aborted when the child exited before its
    # plan ended): a test that never calls end() or a child that exits early, the code
    ("tap-test-unfinished", "real",
     "# Subtest: test/server.js\n"
     "    ok 1 - listens\n"
     "    not ok 2 - test unfinished\n"
     "      ---\n"
     "      test: handles shutdown\n"
     "      ...\n"
     "not ok 1 - test/server.js # time=402ms\n"
     "# failed 1 test\n" + _GHA),

    # ================================================================== uvu
    # lukeed/uvu src/index.js (FAILURE " FAIL ", "Total:", "Passed:") and src/assert.js ("Expected values to be
    # deeply equal:  (equal)")
    ("uvu-fail-deeply-equal", "real",
     "> uvu tests\n"
     "math  • • ✘   (2 / 3)\n\n"
     "   FAIL  math  \"rounds half to even\"\n"
     "    Expected values to be deeply equal:  (equal)\n\n"
     "        ++2    (Expected)\n"
     "        --3    (Actual)\n\n"
     "  Total:     3\n"
     "  Passed:    2\n"
     "  Skipped:   0\n" + _GHA),
    # the same for a test titled after a timeout: the assertion decides
    ("uvu-fail-titled-timeout", "real",
     "client  • ✘   (1 / 2)\n\n"
     "   FAIL  client  \"gives up after a connect timeout\"\n"
     "    Expected values to be strictly equal:  (is)\n\n"
     "        ++3    (Expected)\n"
     "        --1    (Actual)\n\n"
     "  Total:     2\n"
     "  Passed:    1\n" + _CIRCLE),

    # ================================================================== node:test
    # nodejs/node lib/internal/test_runner/reporter/spec.js ("✖ failing tests:", "ℹ fail %d") with an
    # assertion (from memory of the tree)
    ("node-test-spec-failing-tests-assertion", "real",
     "> node --test test/\n"
     "✖ parses the header (1.2ms)\n"
     "ℹ tests 18\n"
     "ℹ pass 17\n"
     "ℹ fail 1\n"
     "✖ failing tests:\n"
     "test at test/header.test.mjs:12:1\n"
     "✖ parses the header (1.2ms)\n"
     "  AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n"
     "  'text/plain' !== 'text/html'\n" + _GHA),
    # lib/internal/test_runner/test.js ("Promise resolution is still pending but the event loop has already
    # resolved", failureType 'cancelledByParent'): a test awaiting something nothing will settle, every run
    ("node-test-promise-pending-event-loop-resolved", "real",
     "not ok 4 - waits for the drain event\n"
     "  ---\n"
     "  duration_ms: 3.12\n"
     "  failureType: 'cancelledByParent'\n"
     "  error: 'Promise resolution is still pending but the event loop has already resolved'\n"
     "  code: 'ERR_TEST_FAILURE'\n"
     "  ...\n"
     "# tests 9\n"
     "# pass 8\n"
     "# fail 1\n" + _GHA),

    # ================================================================== Jest
    # jestjs/jest packages/jest-core/src/TestScheduler.ts ("Your test suite must contain at least one test.")
    ("jest-suite-must-contain-one-test", "real",
     " FAIL  src/utils/__tests__/fixtures.ts\n"
     "  ● Test suite failed to run\n\n"
     "    Your test suite must contain at least one test.\n\n"
     "      at onResult (node_modules/@jest/core/build/TestScheduler.js:133:18)\n\n"
     "Test Suites: 1 failed, 41 passed, 42 total\n"
     "Tests:       388 passed, 388 total\n" + _GHA),
    # a heap limit inside a Jest worker under the cap the job set (node --max-old-space-size=N): the suite's
    # memory outgrew its own limit; V8 src/heap/heap.cc and Node's OOM handler
    ("jest-worker-heap-limit-job-cap", "real",
     "+ node --max-old-space-size=2048 node_modules/.bin/jest --ci --maxWorkers=2\n"
     " PASS  src/cart/cart.test.ts\n"
     "<--- Last few GCs --->\n"
     "[3121:0x6a4e2c0]    88012 ms: Mark-Compact 2033.8 (2082.1) -> 2030.2 (2083.9) MB, 1502.11 / 0.00 ms  (average mu = 0.121, current mu = 0.018) allocation failure\n"
     "<--- JS stacktrace --->\n"
     "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n"
     " 1: 0xb8d0a3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]\n" + _GHA),

    # ================================================================== Vitest
    # vitest-dev/vitest packages/vitest/src/node/pools/pool.ts ("[vitest-pool]: Failed to start %s worker for
    # test files %s.") caused by a spawn the host refused for want of processes
    ("vitest-failed-to-start-forks-eagain", "transient",
     " RUN  v3.1.2 /home/ci/app\n"
     " ✓ src/math.test.ts (12 tests) 8ms\n"
     "Error: [vitest-pool]: Failed to start forks worker for test files /home/ci/app/src/report.test.ts.\n"
     " ❯ src/node/pools/pool.ts:126:15\n"
     "Caused by: Error: spawn /usr/local/bin/node EAGAIN\n"
     " Test Files  1 passed (2)\n" + _GHA),
    # packages/vitest/src/node/logger.ts printUnhandledErrors ("Vitest caught %d unhandled error during the test
    # run.", the 'Unhandled Rejection' banner) for the code's own TypeError
    ("vitest-unhandled-rejection-typeerror", "real",
     " Test Files  14 passed (14)\n"
     "      Tests  203 passed (203)\n"
     "⎯⎯⎯⎯⎯⎯⎯⎯ Unhandled Errors ⎯⎯⎯⎯⎯⎯⎯⎯\n\n"
     "Vitest caught 1 unhandled error during the test run.\n"
     "This might cause false positive tests. Resolve unhandled errors to make sure your tests are not affected.\n\n"
     "⎯⎯⎯⎯⎯⎯ Unhandled Rejection ⎯⎯⎯⎯⎯⎯\n"
     "TypeError: Cannot read properties of undefined (reading 'flush')\n"
     " ❯ Cache.dispose src/cache.ts:58:17\n" + _GHA),
    # packages/vitest/src/node/coverage.ts ("ERROR: Coverage for %s (%s%) does not meet %s threshold (%s%)")
    ("vitest-coverage-global-threshold", "real",
     " Test Files  22 passed (22)\n"
     "      Tests  311 passed (311)\n"
     " % Coverage report from v8\n"
     "All files          |   82.11 |    74.02 |   71.42 |   82.11 |\n"
     "ERROR: Coverage for functions (71.42%) does not meet global threshold (80%)\n"
     "ERROR: Coverage for branches (74.02%) does not meet global threshold (75%)\n" + _GHA),
    # the same for a per-file glob threshold (label "\"src/core/**\"")
    ("vitest-coverage-glob-threshold", "real",
     " Test Files  22 passed (22)\n"
     "ERROR: Coverage for lines (88.2%) does not meet \"src/core/**\" threshold (95%)\n"
     " ELIFECYCLE  Test failed. See above for more details.\n" + _GHA),
    # packages/vitest/src/node/pools/poolRunner.ts ("Worker exited unexpectedly with exit code %d during %s
    # state") after V8's heap limit in the fork, under the execArgv cap the job set in its config
    ("vitest-fork-heap-limit-job-cap", "real",
     "+ NODE_OPTIONS=--max-old-space-size=1536 npx vitest run\n"
     " RUN  v3.1.2 /home/ci/app\n"
     "<--- JS stacktrace --->\n"
     "FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory\n"
     "Error: [vitest-pool]: Worker forks emitted error.\n"
     "Caused by: Error: Worker exited unexpectedly with exit code 134 during running state while running test file /home/ci/app/src/importer.test.ts\n"
     + _GHA),

    # ================================================================== Node's heap
    # V8 src/heap/heap.cc ("Reached heap limit") and nodejs/node src/node_errors.cc OOMErrorHandler under the cap
    # the job set in its environment (the GitHub Actions env block): the build outgrew its own limit
    ("node-heap-limit-env-max-old-space-size", "real",
     "Run npm run build\n"
     "  env:\n"
     "    NODE_OPTIONS: --max-old-space-size=4096\n"
     "> storefront@2.8.0 build\n"
     "> webpack --mode production\n"
     "<--- Last few GCs --->\n"
     "<--- JS stacktrace --->\n"
     "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n"
     "Aborted (core dumped)\n" + _GHA),
    # the same on the command line (node --max-old-space-size=N) with "Ineffective mark-compacts"
    ("node-mark-compacts-cli-max-old-space-size", "real",
     "$ node --max-old-space-size=3072 node_modules/@angular/cli/bin/ng build --configuration production\n"
     "- Generating browser application bundles (phase: building)...\n"
     "<--- Last few GCs --->\n"
     "[2210:0x61c5b20]   201455 ms: Mark-Compact 3021.6 (3083.2) -> 3019.8 (3084.7) MB, 2102.4 / 0.0 ms  (average mu = 0.092, current mu = 0.011) allocation failure\n"
     "FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory\n"
     "error Command failed with exit code 134.\n" + _CIRCLE),
    # V8's flag as the underscore spelling (--max_old_space_size) in an exported variable
    ("node-heap-limit-export-underscore-flag", "real",
     "$ export NODE_OPTIONS=\"--max_old_space_size=2048\"\n"
     "$ yarn tsc -p tsconfig.build.json\n"
     "<--- JS stacktrace --->\n"
     "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n"
     "error Command failed with exit code 134.\n" + _GL),
    # no cap of the job's: V8's default heap follows the executor's memory -> transient (a Karma run whose
    # webpack preprocessor ran out)
    # (twentieth round, leftovers20) was transient: a build step's own out-of-memory is neither surely transient nor surely
    # real (a larger resource class or a config change as often as a one-off; test_rules20_leftovers.py)
    ("karma-webpack-heap-limit-no-cap", "unknown",
     _K + "INFO [karma-server]: Karma v6.4.3 server started at http://localhost:9876/\n"
     "<--- Last few GCs --->\n"
     "<--- JS stacktrace --->\n"
     "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n"
     " 1: 0xb8d0a3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]\n"
     "Aborted (core dumped)\n" + _GHA),
    # the OOM killer took the node process before V8 reached the cap the job set (bash jobs.c "Killed", exit 137):
    # the executor's memory, whatever the flag says
    ("node-oom-killed-despite-cap", "transient",
     "+ export NODE_OPTIONS=--max-old-space-size=8192\n"
     "+ npx jest --ci --maxWorkers=4\n"
     " PASS  src/catalog/catalog.test.ts\n"
     "./ci/test.sh: line 12:  2211 Killed                  npx jest --ci --maxWorkers=4\n"
     "##[error]Process completed with exit code 137.\n"),
    # an assertion quoting V8's words beside the job's cap: the test decides
    ("jest-expects-heap-words-with-cap", "real",
     "+ node --max-old-space-size=2048 node_modules/.bin/jest --ci\n"
     " FAIL  src/build/report.test.ts\n"
     "  ● report › names an out-of-memory build\n"
     "    expect(received).toContain(expected) // indexOf\n"
     "    Expected substring: \"JavaScript heap out of memory\"\n"
     "    Received string:    \"build failed: exit code 1\"\n"
     "Tests:       1 failed, 60 passed, 61 total\n" + _GHA),

    # ================================================================== more of the same runners
    # mochajs/mocha lib/runnable.js ("Timeout of %dms exceeded. ...") beside a failed assertion of the same run:
    # the assertion recurs whatever the timeout does
    ("mocha-timeout-beside-assertion", "real",
     "  23 passing (4s)\n"
     "  2 failing\n\n"
     "  1) Importer\n"
     "       imports the sample workbook:\n"
     "     Error: Timeout of 2000ms exceeded. For async tests and hooks, ensure \"done()\" is called; if returning a Promise, ensure it resolves. (/home/ci/app/test/importer.spec.js)\n\n"
     "  2) Importer\n"
     "       keeps the column order:\n"
     "     AssertionError: expected [ 'b', 'a' ] to deeply equal [ 'a', 'b' ]\n" + _GHA),
    # lib/runner.cjs ("Pending test forbidden") under --forbid-pending
    ("mocha-pending-test-forbidden", "real",
     "> mocha --forbid-pending\n"
     "  Exporter\n"
     "    1) writes the csv header\n\n"
     "  0 passing (6ms)\n"
     "  1 failing\n\n"
     "  1) Exporter\n"
     "       writes the csv header:\n"
     "     Error: Pending test forbidden\n" + _CIRCLE),
    # jestjs/jest packages/jest-runner/src/index.ts ("A worker process has failed to exit gracefully and has been
    # force exited...") printed after all tests passed, the job failing on the coverage gate
    ("jest-force-exit-then-coverage-threshold", "real",
     "Test Suites: 48 passed, 48 total\n"
     "Tests:       512 passed, 512 total\n"
     "A worker process has failed to exit gracefully and has been force exited. This is likely caused by tests leaking due to improper teardown. Try running with --detectOpenHandles to find leaks. Active timers can also cause this, ensure that .unref() was called on them.\n"
     "Jest: \"global\" coverage threshold for lines (85%) not met: 81.37%\n" + _GHA),
    # nyc's check-coverage under node-tap ("ERROR: Coverage for %s (%s%) does not meet global threshold (%s%)",
    # istanbuljs/nyc index.js, from memory)
    ("tap-nyc-coverage-threshold", "real",
     "# { total: 96, pass: 96 }\n"
     "# time=4102.3ms\n"
     "ERROR: Coverage for lines (97.12%) does not meet global threshold (100%)\n"
     "ERROR: Coverage for branches (91.3%) does not meet global threshold (100%)\n" + _CIRCLE),
    # nodejs/node lib/internal/test_runner/test.js ("Test \"%s\" at %s generated asynchronous activity after the
    # test ended. ..."): the code left work running, every run (from memory of the tree)
    ("node-test-async-activity-after-end", "real",
     "✔ sends the digest (4.1ms)\n"
     "✖ test/digest.test.mjs (61.2ms)\n"
     "  'Error: Test \"sends the digest\" at test/digest.test.mjs:9:1 generated asynchronous activity after the test ended. This activity created the error \"TypeError: Cannot read properties of undefined (reading \\'send\\')\" and would have caused the test to fail, but instead triggered an uncaughtException event.'\n"
     "ℹ tests 6\n"
     "ℹ pass 5\n"
     "ℹ fail 1\n" + _GHA),
    # vitest-dev/vitest packages/browser/src/node/rpc.ts ("[vitest] Browser connection was closed while running
    # tests. Was the page closed unexpectedly?"): the browser went away under the run
    ("vitest-browser-connection-closed", "transient",
     " RUN  v3.1.2 /home/ci/app\n"
     " ✓  chromium  src/button.test.tsx (6 tests) 212ms\n"
     "Error: [vitest] Browser connection was closed while running tests. Was the page closed unexpectedly?\n"
     " Test Files  1 passed (4)\n"
     "      Tests  6 passed (6)\n" + _GHA),
    # the heap limit inside a Jest worker with no cap of the job's: V8's default heap follows the executor's memory
    # (twentieth round, leftovers20) was transient: a build step's own out-of-memory is neither surely transient nor surely
    # real (a larger resource class or a config change as often as a one-off; test_rules20_leftovers.py)
    ("jest-worker-heap-limit-no-cap", "unknown",
     "$ jest --ci --maxWorkers=50%\n"
     " PASS  src/orders/orders.test.ts (8.1 s)\n"
     "<--- Last few GCs --->\n"
     "<--- JS stacktrace --->\n"
     "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n"
     " 1: 0xb8d0a3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]\n"
     "error Command failed with exit code 134.\n" + _CIRCLE),
    # a tool's hint printed BELOW the heap limit names the flag as advice: no cap of the job's was in force
    # (twentieth round, leftovers20) was transient: a build step's own out-of-memory is neither surely transient nor surely
    # real (a larger resource class or a config change as often as a one-off; test_rules20_leftovers.py)
    ("node-heap-limit-hint-names-flag", "unknown",
     "> next build\n"
     "   Creating an optimized production build ...\n"
     "<--- JS stacktrace --->\n"
     "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n"
     "hint: raise the limit, e.g. NODE_OPTIONS=--max-old-space-size=4096\n"
     " ELIFECYCLE  Command failed with exit code 134.\n" + _GHA),
    # vitest logger.ts ('Unhandled Rejection') for a refused connection to the Redis the job started on loopback,
    # nothing else failing: the service was not (yet) up
    ("vitest-unhandled-rejection-loopback-refused", "transient",
     " Test Files  6 passed (6)\n"
     "⎯⎯⎯⎯⎯⎯⎯⎯ Unhandled Errors ⎯⎯⎯⎯⎯⎯⎯⎯\n\n"
     "Vitest caught 1 unhandled error during the test run.\n"
     "⎯⎯⎯⎯⎯⎯ Unhandled Rejection ⎯⎯⎯⎯⎯⎯\n"
     "Error: connect ECONNREFUSED 127.0.0.1:6379\n"
     " ❯ TCPConnectWrap.afterConnect [as oncomplete] node:net:1607:16\n" + _GHA),
    # jasmine-npm console reporter ("An error was thrown in afterAll") for the job's own database on loopback
    ("jasmine-afterall-loopback-refused", "transient",
     "Failures:\n"
     "1) Repository\n"
     "  Message:\n"
     "    An error was thrown in afterAll\n"
     "    Error: connect ECONNREFUSED 127.0.0.1:5432\n"
     "  Stack:\n"
     "        at <Jasmine>\n\n"
     "14 specs, 1 failure\n" + _GHA),
]


# Wordings a rerun may or may not clear: no transient verdict at 0.7 or more.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # avajs/ava lib/reporters/default.js ("%s exited due to %s") for SIGABRT: a native addon's assertion or V8's
    # own abort after a heap limit alike
    ("ava-exited-due-to-sigabrt",
     "  ✔ image › reads the header\n"
     "  ✘ test/resize.js exited due to SIGABRT\n"
     "  ─\n\n"
     "  8 tests passed\n"
     "  1 uncaught exception\n" + _GHA),
    # vitest pool.ts ("Failed to start %s worker") with no cause printed: a host or a bad execArgv alike
    ("vitest-failed-to-start-threads-bare",
     " RUN  v3.1.2 /home/ci/app\n"
     "Error: [vitest-pool]: Failed to start threads worker for test files /home/ci/app/src/a.test.ts.\n"
     " Test Files  (1)\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_js_runner_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_js_runner_messages_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "NODE_OPTIONS: --max-old-space-size=",
    "FATAL ERROR: Reached heap limit Allocation failed - ",
    "ERROR [coverage]: Chrome Headless: Coverage for statements (",
    "Error: [vitest-pool]: Failed to start forks worker for test files ",
    "Incomplete: ",
    "✘ No tests found in ",
]
