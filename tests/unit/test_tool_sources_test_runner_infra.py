"""Fourteenth round, tool sources: the machinery around the common test runners where a worker, a fork or
an environment dies, stalls or is set up wrong rather than a test failing on the code (pytest-xdist's
collection and worker bookkeeping, coverage.py's combine step, uv run, Maven Surefire/Failsafe's forked
booter, Gradle's test worker start-up, JUnit 4/5 and TestNG timeouts, Jest's environment teardown, Vitest's
pool, Karma's browser capture, go test, cargo test and cargo-nextest).

Each case is a short log written for the test around one message as the tool prints it. The wording was read
from the tools' own source (the comment above each case names the repository and file holding the format
string; pytest-xdist, coverage.py, maven-surefire, vitest and uv were read from their trees; Gradle's,
JUnit's, TestNG's, Jest's and libtest's wordings through the code index). Hosts, packages, tests and paths are
made up; no project's CI log is copied. The wordings already held by the eleventh and twelfth rounds
(test_tool_sources_runners.py, test_tool_sources_python_wrappers.py, test_tool_sources_retries.py,
test_tool_sources_resources.py) are not repeated here.

The rules the cases hold:
  * a fork or worker killed from outside, a runner that lost its parent or could not hear from its worker on
    a loaded host, a browser or worker that never started in time -> transient;
  * a collection that differs between workers, a test that calls exit, a worker that cannot start because of
    its options, a teardown leak, a crash signal in the code under test, no data because nothing wrote any,
    an interpreter or command that is not there -> real;
  * a test's own time limit (JUnit's @Timeout, TestNG's timeOut, Vitest's testTimeout) alone -> transient,
    modestly (a slow host far more often than code that hangs; the cases below always held this, and the
    nineteenth round's one rule for a harness's own time limit, test_rules19_timeouts.py, states it);
  * the runner's words in a test name, an expected value or an application's own log are not its failure.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ pytest-xdist
    # pytest-dev/pytest-xdist src/xdist/report.py ("Different tests were collected between {from_id} and
    # {to_id}. The difference is:"), src/xdist/scheduler/load.py ("**Different tests collected, aborting run**")
    ("xdist-different-tests-collected", "real",
     "created: 4/4 workers\n"
     "4 workers [1207 items]\n"
     "==================================== ERRORS ====================================\n"
     "_____________________________ ERROR collecting gw1 _____________________________\n"
     "Different tests were collected between gw0 and gw1. The difference is:\n"
     "--- gw0\n"
     "+++ gw1\n"
     "-tests/test_ids.py::test_token[0x7f3a21c0]\n"
     "+tests/test_ids.py::test_token[0x7f9b4410]\n"
     "=========================== short test summary info ============================\n"
     "ERROR gw1\n"
     "========================= 1 error in 14.20s =========================\n" + _EXIT),
    # pytest's argparse when the plugin is not installed (pytest src/_pytest/config/argparsing.py
    # "unrecognized arguments: %s")
    ("xdist-plugin-not-installed", "real",
     "$ python -m pytest -n auto tests\n"
     "ERROR: usage: __main__.py [options] [file_or_dir] [file_or_dir] [...]\n"
     "__main__.py: error: unrecognized arguments: -n\n"
     "  inifile: /src/pyproject.toml\n"
     "  rootdir: /src\n" + _EXIT),
    # near-miss: a test of a scheduler whose own name and expected text speak of crashed workers
    ("xdist-words-in-failing-test", "real",
     "4 workers [96 items]\n"
     "..........F.....................................\n"
     "=================================== FAILURES ===================================\n"
     "______________________ test_reports_crashed_worker_gw2 _______________________\n"
     "    def test_reports_crashed_worker_gw2():\n"
     ">       assert summary.lines[-1] == \"replacing crashed worker gw2\"\n"
     "E       AssertionError: assert 'worker gw2 ok' == 'replacing crashed worker gw2'\n"
     "tests/test_pool_report.py:41: AssertionError\n"
     "FAILED tests/test_pool_report.py::test_reports_crashed_worker_gw2\n"
     "========== 1 failed, 95 passed in 8.02s ==========\n" + _EXIT),

    # ------------------------------------------------------------------ coverage.py combine / report
    # nedbat/coveragepy coverage/sqldata.py ("Can't combine branch coverage data with statement data")
    ("coverage-combine-branch-vs-statement", "real",
     "$ coverage combine coverage-data/\n"
     "Combined data file coverage-data/.coverage.runner-a.4411.XkqTzb\n"
     "Can't combine branch coverage data with statement data\n" + _EXIT),
    # coverage/data.py ("Couldn't combine from non-existent path '%s'"): the artifacts step put nothing there
    ("coverage-combine-nonexistent-path", "real",
     "$ coverage combine artifacts/cov-*\n"
     "Couldn't combine from non-existent path 'artifacts/cov-*'\n" + _CIRCLE),
    # coverage/report.py ("No data to report.") after a run that collected nothing (control.py "No data was
    # collected. (no-data-collected)")
    ("coverage-no-data-collected-report", "real",
     "$ coverage run --source=widgetlib -m pytest -q\n"
     "12 passed in 0.91s\n"
     "/opt/venv/lib/python3.12/site-packages/coverage/control.py:915: CoverageWarning: No data was collected. (no-data-collected)\n"
     "$ coverage report --fail-under=80\n"
     "No data to report.\n" + _EXIT),

    # ------------------------------------------------------------------ uv run
    # astral-sh/uv crates/uv-python/src/downloads.rs ("Request failed after {retries} {subject} in
    # {duration}s") while uv run fetches a managed interpreter
    ("uv-run-python-download-502", "transient",
     "$ uv run --python 3.13 pytest -q\n"
     "Downloading cpython-3.13.1-linux-x86_64-gnu (download) (32.1MiB)\n"
     "error: Failed to install cpython-3.13.1-linux-x86_64-gnu\n"
     "  Caused by: Request failed after 3 retries in 9.4s\n"
     "  Caused by: Failed to download https://downloads.example.org/python-build/cpython-3.13.1-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz\n"
     "  Caused by: HTTP status server error (502 Bad Gateway) for url (https://downloads.example.org/python-build/cpython-3.13.1-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz)\n"
     + _EXIT),
    # crates/uv-python/src/discovery.rs ("No interpreter found for {} in {sources}") with downloads off
    ("uv-run-no-interpreter", "real",
     "$ UV_PYTHON_DOWNLOADS=never uv run --python 3.14 pytest\n"
     "error: No interpreter found for Python 3.14 in managed installations or search path\n" + _EXIT),
    # crates/uv/src/commands/project/run.rs ("Failed to spawn: `{}`")
    ("uv-run-failed-to-spawn", "real",
     "$ uv run --frozen pytst -q\n"
     "Installed 41 packages in 212ms\n"
     "error: Failed to spawn: `pytst`\n"
     "  Caused by: No such file or directory (os error 2)\n" + _EXIT),

    # ------------------------------------------------------------------ Maven Surefire / Failsafe forked booter
    # apache/maven-surefire surefire-booter/.../ForkedBooter.java ("Surefire is going to kill self fork JVM.
    # The exit has elapsed %d seconds after System.exit(%d).") beside failing tests: the tests are the failure
    ("surefire-kill-self-after-exit-with-failures", "real",
     "[ERROR] Tests run: 42, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 12.4 s <<< FAILURE! -- in org.example.ledger.PostingTest\n"
     "[ERROR] org.example.ledger.PostingTest.postsReversal -- Time elapsed: 0.08 s <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <-12.50> but was: <12.50>\n"
     "[ERROR] Surefire is going to kill self fork JVM. The exit has elapsed 30 seconds after System.exit(0).\n"
     "[ERROR] Failures: \n"
     "[ERROR]   PostingTest.postsReversal:88 expected: <-12.50> but was: <12.50>\n"
     "[ERROR] Tests run: 310, Failures: 1, Errors: 0, Skipped: 2\n"
     "[INFO] BUILD FAILURE\n" + _EXIT),
    # ForkedBooter.java ("Killing self fork JVM. PING timeout elapsed.") then ForkStarter.java's goodbye
    ("surefire-ping-timeout-killed-self", "transient",
     "[INFO] Running org.example.search.ReindexIT\n"
     "[ERROR] Killing self fork JVM. PING timeout elapsed.\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-failsafe-plugin:3.2.5:integration-test (default) on project search: \n"
     "[ERROR] ExecutionException The forked VM terminated without properly saying goodbye. VM crash or System.exit called?\n"
     "[ERROR] Process Exit Code: 1\n"
     "[ERROR] Crashed tests:\n"
     "[ERROR] org.example.search.ReindexIT\n" + _EXIT),
    # ForkedBooter.java ("Surefire is going to kill self fork JVM. Maven process died.")
    ("surefire-maven-process-died", "transient",
     "[INFO] Running org.example.media.TranscodeTest\n"
     "[ERROR] Surefire is going to kill self fork JVM. Maven process died.\n"
     "Terminated\n" + _CIRCLE),
    # surefire 2.x wording of ForkStarter's goodbye ("The forked VM terminated without saying properly
    # goodbye. VM crash or System.exit called?") with the kernel's kill
    ("surefire-old-goodbye-exit-137", "transient",
     "[INFO] Running org.example.cache.WarmupTest\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:2.22.2:test (default-test) on project cache: Execution default-test of goal org.apache.maven.plugins:maven-surefire-plugin:2.22.2:test failed: The forked VM terminated without saying properly goodbye. VM crash or System.exit called?\n"
     "[ERROR] Command was /bin/sh -c cd /build/cache && /usr/lib/jvm/java-11/bin/java -Xmx3g -jar /build/cache/target/surefire/surefirebooter5512.jar /build/cache/target/surefire 2024 surefire_0tmp\n"
     "[ERROR] Process Exit Code: 137\n" + _EXIT),
    # surefire-api/.../AbstractStreamDecoder.java ("Corrupted channel by directly writing to native stream in
    # forked JVM %d.") is a warning; the tests failed on their own
    ("surefire-corrupted-channel-warning-with-failures", "real",
     "[WARNING] Corrupted channel by directly writing to native stream in forked JVM 1. See FAQ web page and the dump file /build/app/target/surefire-reports/2024-05-01T10-00-00_123-jvmRun1.dumpstream\n"
     "[ERROR] Tests run: 18, Failures: 2, Errors: 0, Skipped: 0, Time elapsed: 3.1 s <<< FAILURE! -- in org.example.app.RouterTest\n"
     "[ERROR] org.example.app.RouterTest.routesWildcard -- Time elapsed: 0.02 s <<< FAILURE!\n"
     "java.lang.AssertionError: expected:<200> but was:<404>\n"
     "[ERROR] There are test failures.\n"
     "[INFO] BUILD FAILURE\n" + _EXIT),
    # maven-surefire-common/.../SurefireHelper.java ("There are test failures." ... "See %s for the individual
    # test results."): a class whose name holds "ForkTimeout" failed an assertion
    ("surefire-class-named-fork-timeout-fails", "real",
     "[INFO] Running org.example.runner.ForkTimeoutPolicyTest\n"
     "[ERROR] Tests run: 6, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.2 s <<< FAILURE! -- in org.example.runner.ForkTimeoutPolicyTest\n"
     "[ERROR] org.example.runner.ForkTimeoutPolicyTest.killsForkAfterLimit -- Time elapsed: 0.01 s <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <true> but was: <false>\n"
     "[ERROR] There are test failures.\n"
     "[ERROR] See /build/runner/target/surefire-reports for the individual test results.\n" + _EXIT),

    # ------------------------------------------------------------------ Gradle test worker start-up
    # gradle/gradle DefaultWorkerProcess.java ("Unable to connect to the child process '%s'. It is likely that
    # the child process have crashed ... This exception might occur when the build machine is extremely loaded.
    # The connection attempt hit a timeout after %.1f seconds")
    ("gradle-worker-connect-timeout", "transient",
     "> Task :service:test\n"
     "\n"
     "FAILURE: Build failed with an exception.\n"
     "\n"
     "* What went wrong:\n"
     "Execution failed for task ':service:test'.\n"
     "> org.gradle.process.internal.ExecException: Unable to connect to the child process 'Gradle Test Executor 7'.\n"
     "  It is likely that the child process have crashed - please find the stack trace in the build log.\n"
     "  This exception might occur when the build machine is extremely loaded.\n"
     "  The connection attempt hit a timeout after 120.0 seconds (last known process state: STARTED, running: true).\n"
     "BUILD FAILED in 4m 3s\n" + _EXIT),
    # the same worker could not start because the JVM refused an option
    ("gradle-test-executor-bad-jvm-arg", "real",
     "> Task :core:test FAILED\n"
     "Unrecognized option: --add-opens=java.base/java.lang=ALL-UNNAMED,bad\n"
     "Error: Could not create the Java Virtual Machine.\n"
     "Error: A fatal exception has occurred. Program will exit.\n"
     "\n"
     "* What went wrong:\n"
     "Execution failed for task ':core:test'.\n"
     "> Process 'Gradle Test Executor 2' finished with non-zero exit value 1\n"
     "  This problem might be caused by incorrect test process configuration.\n" + _EXIT),
    # Gradle's test report ("There were failing tests. See the report at: %s") beside a test named for workers
    ("gradle-failing-test-named-executor-crash", "real",
     "> Task :runner:test\n"
     "\n"
     "ExecutorPoolTest > recoversWhenExecutorCrashes() FAILED\n"
     "    org.opentest4j.AssertionFailedError: expected: <3> but was: <2>\n"
     "        at app//org.example.runner.ExecutorPoolTest.recoversWhenExecutorCrashes(ExecutorPoolTest.java:57)\n"
     "\n"
     "48 tests completed, 1 failed\n"
     "\n"
     "> Task :runner:test FAILED\n"
     "* What went wrong:\n"
     "Execution failed for task ':runner:test'.\n"
     "> There were failing tests. See the report at: file:///build/runner/build/reports/tests/test/index.html\n" + _EXIT),

    # ------------------------------------------------------------------ JUnit / TestNG
    # junit-team/junit4 src/main/java/org/junit/runners/model/TestTimedOutException.java ("test timed out
    # after %d %s") on a test whose loop never ends is the code's own failure when the stack says so; see the
    # ambiguous list for the bare form. Here the timeout sits beside a plain assertion failure.
    ("junit4-timeout-beside-assertion", "real",
     "Running org.example.text.WrapTest\n"
     "Tests run: 5, Failures: 2, Errors: 0, Skipped: 0, Time elapsed: 1.3 sec <<< FAILURE!\n"
     "wrapsLongWords(org.example.text.WrapTest)  Time elapsed: 0.5 sec  <<< ERROR!\n"
     "org.junit.runners.model.TestTimedOutException: test timed out after 500 milliseconds\n"
     "\tat org.example.text.Wrap.split(Wrap.java:44)\n"
     "keepsIndent(org.example.text.WrapTest)  Time elapsed: 0.01 sec  <<< FAILURE!\n"
     "java.lang.AssertionError: expected:<4> but was:<0>\n"
     "Tests run: 5, Failures: 1, Errors: 1, Skipped: 0\n"
     "[INFO] BUILD FAILURE\n" + _EXIT),
    # cbeust/testng src/main/java/org/testng/internal/thread/ThreadTimeoutException.java via
    # MethodInvocationHelper ("Method %s didn't finish within the time-out %d") beside an assertion
    ("testng-timeout-beside-assertion", "real",
     "[ERROR] Tests run: 9, Failures: 2, Errors: 0, Skipped: 0, Time elapsed: 31.2 s <<< FAILURE! -- in org.example.broker.TopicTest\n"
     "[ERROR] org.example.broker.TopicTest.compacts -- Time elapsed: 30.0 s <<< FAILURE!\n"
     "org.testng.internal.thread.ThreadTimeoutException: Method org.example.broker.TopicTest.compacts() didn't finish within the time-out 30000\n"
     "[ERROR] org.example.broker.TopicTest.keepsOrder -- Time elapsed: 0.1 s <<< FAILURE!\n"
     "java.lang.AssertionError: expected [3] but found [2]\n"
     "[ERROR] There are test failures.\n" + _EXIT),

    # ------------------------------------------------------------------ Jest
    # jestjs/jest packages/jest-runtime/src/index.ts ("You are trying to `import` a file after the Jest
    # environment has been torn down.") : a test's leaked async work, the same on every run
    ("jest-import-after-teardown", "real",
     " PASS  src/api/client.test.ts\n"
     " FAIL  src/db/pool.test.ts\n"
     "  ● Test suite failed to run\n"
     "\n"
     "ReferenceError: You are trying to `import` a file after the Jest environment has been torn down. From src/db/pool.test.ts.\n"
     "\n"
     "Test Suites: 1 failed, 31 passed, 32 total\n"
     "Tests:       402 passed, 402 total\n" + _EXIT),
    # packages/jest-console/src/BufferedConsole.ts via jest-circus ("Cannot log after tests are done. Did you
    # forget to wait for something async in your test?") with a failing test
    ("jest-cannot-log-after-done-with-failure", "real",
     " FAIL  src/queue/worker.test.ts\n"
     "  ● worker › retries a job\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "    Expected: 2\n"
     "    Received: 1\n"
     "Cannot log after tests are done. Did you forget to wait for something async in your test?\n"
     "    Attempted to log \"job 17 done\".\n"
     "Tests:       1 failed, 88 passed, 89 total\n" + _EXIT),
    # near-miss: a test expecting the runner's own crash text
    ("jest-expected-worker-crash-text", "real",
     " FAIL  packages/pool/test/report.test.ts\n"
     "  ● report › formats a lost worker\n"
     "    expect(received).toContain(expected) // indexOf\n"
     "    Expected substring: \"Call retries were exceeded\"\n"
     "    Received string:    \"worker 3 lost\"\n"
     "Tests:       1 failed, 12 passed, 13 total\n" + _EXIT),

    # ------------------------------------------------------------------ Vitest pool
    # vitest-dev/vitest packages/vitest/src/node/pools/pool.ts ("[vitest-pool]: Timeout starting %s runner.")
    ("vitest-timeout-starting-runner", "transient",
     " RUN  v3.2.4 /app\n"
     "\n"
     "⎯⎯⎯⎯⎯⎯ Unhandled Errors ⎯⎯⎯⎯⎯⎯\n"
     "Vitest caught 1 unhandled error during the test run.\n"
     "This might cause false positive tests. Resolve unhandled errors to make sure your tests are not affected.\n"
     "⎯⎯⎯⎯⎯⎯ Unhandled Error ⎯⎯⎯⎯⎯⎯⎯\n"
     "Error: [vitest-pool]: Timeout starting forks runner.\n"
     " Test Files  212 passed (214)\n" + _EXIT),
    # packages/vitest/src/node/pools/poolRunner.ts ("Worker exited unexpectedly with exit code %d during
    # starting state") after node refused an option the config passes
    ("vitest-worker-exit-bad-option", "real",
     " RUN  v3.2.4 /app\n"
     "node: bad option: --experimental-vm-modulez\n"
     "⎯⎯⎯⎯⎯⎯ Unhandled Error ⎯⎯⎯⎯⎯⎯⎯\n"
     "Error: [vitest-pool]: Worker forks emitted error.\n"
     "Caused by: Error: Worker exited unexpectedly with exit code 9 during starting state\n"
     " Test Files  no tests\n" + _EXIT),
    # poolRunner.ts with SIGKILL during a run
    ("vitest-forks-worker-sigkill-started", "transient",
     " ✓ src/util/date.test.ts (14 tests) 20ms\n"
     "⎯⎯⎯⎯⎯⎯ Unhandled Error ⎯⎯⎯⎯⎯⎯⎯\n"
     "Error: [vitest-pool]: Worker forks emitted error.\n"
     "Caused by: Error: Worker exited unexpectedly with signal SIGKILL during started state while running test file /app/src/render/pdf.test.ts\n"
     " Test Files  1 failed | 87 passed (88)\n" + _EXIT),

    # ------------------------------------------------------------------ Karma
    # karma-runner/karma lib/launchers/capture_timeout.js ("%s has not captured in %d ms, killing.")
    ("karma-browser-not-captured", "transient",
     "05 01 2025 10:02:11.210:INFO [karma-server]: Karma v6.4.3 server started at http://localhost:9876/\n"
     "05 01 2025 10:02:11.212:INFO [launcher]: Launching browsers ChromeHeadlessCI with concurrency unlimited\n"
     "05 01 2025 10:03:11.220:WARN [launcher]: ChromeHeadless have not captured in 60000 ms, killing.\n"
     "05 01 2025 10:03:13.230:WARN [launcher]: ChromeHeadless was not killed in 2000 ms, sending SIGKILL.\n"
     "05 01 2025 10:03:15.240:ERROR [launcher]: ChromeHeadless failed 2 times (timeout). Giving up.\n" + _EXIT),
    # lib/launchers/process.js ("Cannot start %s\n\t%s") with a library the image lacks
    ("karma-cannot-start-browser-missing-lib", "real",
     "05 01 2025 10:02:11.212:INFO [launcher]: Starting browser ChromeHeadless\n"
     "05 01 2025 10:02:11.400:ERROR [launcher]: Cannot start ChromeHeadless\n"
     "\t/opt/chrome/chrome: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory\n"
     "05 01 2025 10:02:11.401:ERROR [launcher]: ChromeHeadless stdout: \n"
     "05 01 2025 10:02:11.402:ERROR [launcher]: ChromeHeadless failed 2 times (cannot start). Giving up.\n" + _EXIT),
    # lib/reporters/base.js ("Executed %d of %d %s") with a failed spec and the launcher's kill warning
    ("karma-failed-spec-with-kill-warning", "real",
     "Chrome Headless 126.0.0.0 (Linux x86_64) CartComponent should total items FAILED\n"
     "\tExpected 30 to equal 35.\n"
     "\t    at UserContext.<anonymous> (src/app/cart/cart.component.spec.ts:44:31)\n"
     "Chrome Headless 126.0.0.0 (Linux x86_64): Executed 211 of 211 (1 FAILED) (4.102 secs / 3.877 secs)\n"
     "TOTAL: 1 FAILED, 210 SUCCESS\n"
     "05 01 2025 10:05:03.100:WARN [launcher]: ChromeHeadless was not killed in 2000 ms, sending SIGKILL.\n" + _EXIT),

    # ------------------------------------------------------------------ go test
    # golang/go src/cmd/go/internal/test/test.go ("ok  \t%s\t(cached)") passing packages around an assertion
    ("go-test-cached-passes-then-assertion", "real",
     "ok  \texample.org/shop/cart\t(cached)\n"
     "ok  \texample.org/shop/catalog\t(cached)\n"
     "--- FAIL: TestCheckoutTotal (0.00s)\n"
     "    checkout_test.go:41: total = 1250, want 1300\n"
     "FAIL\n"
     "FAIL\texample.org/shop/checkout\t0.021s\n"
     "ok  \texample.org/shop/search\t(cached)\n"
     "FAIL\n" + _EXIT),
    # src/runtime/proc.go ("fatal error: all goroutines are asleep - deadlock!")
    ("go-test-deadlock", "real",
     "=== RUN   TestFanIn\n"
     "fatal error: all goroutines are asleep - deadlock!\n"
     "\n"
     "goroutine 1 [chan receive]:\n"
     "testing.(*T).Run(0xc000102b60, {0x5a1b2c, 0x8}, 0x5b9c10)\n"
     "FAIL\texample.org/pipe\t0.014s\n" + _EXIT),
    # src/cmd/go/internal/test/test.go relays the binary's wait status ("signal: segmentation fault (core
    # dumped)") before the package FAIL line
    ("go-test-signal-segfault", "real",
     "=== RUN   TestDecodeImage\n"
     "signal: segmentation fault (core dumped)\n"
     "FAIL\texample.org/imaging\t0.120s\n" + _EXIT),
    # test.go ("FAIL\t%s [setup failed]") with the module download's network error
    ("go-test-setup-failed-proxy-timeout", "transient",
     "# example.org/gateway\n"
     "go: example.org/deps/metrics@v1.4.0: Get \"https://proxy.example.org/example.org/deps/metrics/@v/v1.4.0.mod\": dial tcp 203.0.113.7:443: i/o timeout\n"
     "FAIL\texample.org/gateway [setup failed]\n" + _EXIT),
    # the same line with go.mod out of step with the imports
    ("go-test-setup-failed-missing-go-sum", "real",
     "# example.org/gateway\n"
     "gateway.go:9:2: missing go.sum entry for module providing package example.org/deps/metrics (imported by example.org/gateway); to add:\n"
     "\tgo get example.org/gateway\n"
     "FAIL\texample.org/gateway [setup failed]\n" + _EXIT),
    # near-miss: a test about process supervision whose want/got quote "signal: killed"
    ("go-test-assertion-about-killed-child", "real",
     "=== RUN   TestSupervisorRestart\n"
     "    supervisor_test.go:77: child exit = \"exit status 1\", want \"signal: killed\"\n"
     "--- FAIL: TestSupervisorRestart (0.31s)\n"
     "FAIL\n"
     "FAIL\texample.org/supervisor\t0.338s\n" + _EXIT),

    # ------------------------------------------------------------------ cargo test / libtest
    # rust-lang/cargo src/cargo/ops/cargo_test.rs ("test failed, to rerun pass `%s`") and
    # cargo-util/src/process_error.rs ("process didn't exit successfully: %s (signal: %d, %s)")
    ("cargo-test-binary-sigkill", "transient",
     "     Running unittests src/lib.rs (target/debug/deps/indexer-5c1e0f2a9b7d3e41)\n"
     "\n"
     "running 212 tests\n"
     "test shard::tests::merge_small ... ok\n"
     "error: test failed, to rerun pass `--lib`\n"
     "\n"
     "Caused by:\n"
     "  process didn't exit successfully: `/build/target/debug/deps/indexer-5c1e0f2a9b7d3e41` (signal: 9, SIGKILL: kill)\n"
     + _EXIT),
    ("cargo-test-binary-sigsegv", "real",
     "     Running tests/ffi.rs (target/debug/deps/ffi-0b3d77e21a4c9f10)\n"
     "\n"
     "running 8 tests\n"
     "test decode_empty ... \n"
     "error: test failed, to rerun pass `--test ffi`\n"
     "\n"
     "Caused by:\n"
     "  process didn't exit successfully: `/build/target/debug/deps/ffi-0b3d77e21a4c9f10` (signal: 11, SIGSEGV: invalid memory reference)\n"
     + _EXIT),
    ("cargo-test-binary-sigabrt", "real",
     "     Running unittests src/lib.rs (target/debug/deps/arena-77a0c3f1d2e4b5a6)\n"
     "running 30 tests\n"
     "free(): double free detected in tcache 2\n"
     "error: test failed, to rerun pass `-p arena --lib`\n"
     "\n"
     "Caused by:\n"
     "  process didn't exit successfully: `/build/target/debug/deps/arena-77a0c3f1d2e4b5a6` (signal: 6, SIGABRT: process abort signal)\n"
     + _EXIT),
    ("cargo-test-exit-101-panic", "real",
     "running 44 tests\n"
     "test parse::tests::rejects_empty ... FAILED\n"
     "\n"
     "failures:\n"
     "\n"
     "---- parse::tests::rejects_empty stdout ----\n"
     "thread 'parse::tests::rejects_empty' panicked at src/parse.rs:88:9:\n"
     "assertion failed: result.is_err()\n"
     "\n"
     "test result: FAILED. 43 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.05s\n"
     "\n"
     "error: test failed, to rerun pass `--lib`\n"
     "Caused by:\n"
     "  process didn't exit successfully: `/build/target/debug/deps/parse-9f8e7d6c5b4a3210` (exit status: 101)\n"
     + _EXIT),
    # rust-lang/rust library/test/src/formatters/pretty.rs ("test %s has been running for over %d seconds")
    # is a note; the run failed on another test's assertion
    ("libtest-slow-note-with-assertion", "real",
     "running 12 tests\n"
     "test sync::tests::full_resync has been running for over 60 seconds\n"
     "test sync::tests::full_resync ... ok\n"
     "test sync::tests::delta ... FAILED\n"
     "---- sync::tests::delta stdout ----\n"
     "thread 'sync::tests::delta' panicked at src/sync.rs:140:5:\n"
     "assertion `left == right` failed\n"
     "  left: 3\n"
     " right: 4\n"
     "test result: FAILED. 11 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 71.02s\n"
     + _EXIT),

    # ------------------------------------------------------------------ cargo-nextest
    # nextest-rs/nextest nextest-runner/src/reporter/displayer (status "SIGABRT") : the code aborted
    ("nextest-sigabrt", "real",
     "        PASS [   0.020s] arena alloc::tests::grow\n"
     "     SIGABRT [   0.031s] arena alloc::tests::free_twice\n"
     "--- STDERR:              arena alloc::tests::free_twice ---\n"
     "free(): double free detected in tcache 2\n"
     "     Summary [   0.402s] 40 tests run: 39 passed, 1 failed, 0 skipped\n"
     "error: test run failed\n" + _EXIT),
    # nextest's plain failure with the same summary line as its timeouts
    ("nextest-fail-assertion", "real",
     "        PASS [   0.011s] geo tests::area\n"
     "        FAIL [   0.013s] geo tests::perimeter\n"
     "--- STDOUT:              geo tests::perimeter ---\n"
     "thread 'tests::perimeter' panicked at src/lib.rs:61:9:\n"
     "assertion `left == right` failed\n"
     "     Summary [   0.210s] 25 tests run: 24 passed, 1 failed, 0 skipped\n"
     "error: test run failed\n" + _EXIT),
    # ------------------------------------------------------------------ a test's own time limit
    # A lone test that ran past its own limit reads as the catalogue's test-timeout reads every runner's
    # (Jest's "Exceeded timeout of %d ms", Mocha's "Timeout of %dms exceeded"): a slow or loaded host,
    # transient, unless a failure of the code sits beside it.
    # junit4 TestTimedOutException alone: a slow host, or a loop in the code under test
    ("junit4-test-timed-out-alone", "transient",
     "Running org.example.text.WrapTest\n"
     "Tests run: 5, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 0.9 sec <<< FAILURE!\n"
     "wrapsLongWords(org.example.text.WrapTest)  Time elapsed: 0.5 sec  <<< ERROR!\n"
     "org.junit.runners.model.TestTimedOutException: test timed out after 500 milliseconds\n"
     "\tat org.example.text.Wrap.split(Wrap.java:44)\n"
     "Tests in error: \n"
     "  WrapTest.wrapsLongWords:31 » TestTimedOut test timed out after 500 milliseconds\n"
     "[INFO] BUILD FAILURE\n" + _EXIT),
    # junit-team/junit5 junit-jupiter-engine/.../TimeoutExceptionFactory.java ("%s timed out after %s") for
    # @Timeout
    ("junit5-timeout-annotation", "transient",
     "[ERROR] Tests run: 14, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 6.2 s <<< FAILURE! -- in org.example.feed.FetcherTest\n"
     "[ERROR] org.example.feed.FetcherTest.fetchesAll -- Time elapsed: 5.01 s <<< ERROR!\n"
     "java.util.concurrent.TimeoutException: fetchesAll() timed out after 5 seconds\n"
     "[ERROR] Errors: \n"
     "[ERROR]   FetcherTest.fetchesAll » Timeout fetchesAll() timed out after 5 seconds\n"
     "[ERROR] Tests run: 140, Failures: 0, Errors: 1, Skipped: 0\n" + _EXIT),
    # TestNG's ThreadTimeoutException alone
    ("testng-thread-timeout-alone", "transient",
     "[ERROR] org.example.broker.TopicTest.compacts -- Time elapsed: 30.0 s <<< FAILURE!\n"
     "org.testng.internal.thread.ThreadTimeoutException: Method org.example.broker.TopicTest.compacts() didn't finish within the time-out 30000\n"
     "[ERROR] Tests run: 9, Failures: 1, Errors: 0, Skipped: 0\n"
     "[ERROR] There are test failures.\n" + _EXIT),
    # vitest packages/vitest/src/runtime/runner/context.ts ("Test timed out in %dms.\nIf this is a long-running
    # test, pass a timeout value ...")
    ("vitest-test-timed-out-in", "transient",
     " FAIL  src/feed/fetch.test.ts > fetch > pages through results\n"
     "Error: Test timed out in 5000ms.\n"
     "If this is a long-running test, pass a timeout value as the last argument or configure it globally with \"testTimeout\".\n"
     " Test Files  1 failed | 40 passed (41)\n"
     "      Tests  1 failed | 388 passed (389)\n" + _EXIT),
    # near-misses for the new entries: the booter's and the pool's words inside a failing test's expectation
    ("surefire-ping-timeout-words-in-expected", "real",
     "[ERROR] org.example.fork.BooterLogTest.reportsPingTimeout -- Time elapsed: 0.02 s <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <Killing self fork JVM. PING timeout elapsed.> but was: <>\n"
     "[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0\n"
     "[ERROR] There are test failures.\n" + _EXIT),
    ("vitest-start-timeout-words-in-expected", "real",
     " FAIL  test/pool-errors.test.ts > pool > reports a slow start\n"
     "AssertionError: expected 'worker ready' to contain '[vitest-pool]: Timeout starting forks runner.'\n"
     " Test Files  1 failed | 19 passed (20)\n"
     "      Tests  1 failed | 140 passed (141)\n" + _EXIT),
    # ------------------------------------------------------------------ runners finding nothing to run
    # jestjs/jest packages/jest-config (ValidationError "Test environment %s cannot be found. Make sure the
    # testEnvironment configuration option points to an existing node module.")
    ("jest-test-environment-missing", "real",
     "$ jest --ci\n"
     "\u25cf Validation Error:\n"
     "\n"
     "  Test environment jest-environment-jsdom cannot be found. Make sure the testEnvironment configuration option points to an existing node module.\n"
     "\n"
     "  Configuration Documentation:\n"
     "  https://jestjs.io/docs/configuration\n" + _EXIT),
    # vitest packages/vitest/src/node/logger.ts ("No test files found, exiting with code 1")
    ("vitest-no-test-files", "real",
     " RUN  v3.2.4 /app\n"
     "include: src/**/*.{test,spec}.?(c|m)[jt]s?(x)\n"
     "exclude:  **/node_modules/**, **/dist/**\n"
     "\n"
     "No test files found, exiting with code 1\n" + _EXIT),
    # rust-lang/rust library/test's slow-test note, then the CI's own no-output limit (CircleCI's "Too long
    # with no output (exceeded %s): context deadline exceeded")
    ("libtest-slow-then-no-output-limit", "transient",
     "running 64 tests\n"
     "test net::tests::reconnects ... ok\n"
     "test net::tests::drains_backlog has been running for over 60 seconds\n"
     "\n"
     "Too long with no output (exceeded 10m0s): context deadline exceeded\n"),
    # golang/go src/testing/testing.go ("race detected during execution of test")
    ("go-test-race-detected", "real",
     "==================\n"
     "WARNING: DATA RACE\n"
     "Write at 0x00c0001a2040 by goroutine 9:\n"
     "  example.org/cache.(*LRU).Put()\n"
     "--- FAIL: TestConcurrentPut (0.01s)\n"
     "    testing.go:1490: race detected during execution of test\n"
     "FAIL\n"
     "FAIL\texample.org/cache\t0.093s\n" + _EXIT),
    # junit-team/junit5 TimeoutExceptionFactory's preemptive wording ("execution timed out after %s", the
    # SEPARATE_THREAD thread mode), alone: read as every lone test timeout above
    ("junit5-preemptive-timeout", "transient",
     "[ERROR] org.example.feed.StreamTest.drains -- Time elapsed: 10.02 s <<< ERROR!\n"
     "java.util.concurrent.TimeoutException: execution timed out after 10 seconds\n"
     "[ERROR] Errors: \n"
     "[ERROR]   StreamTest.drains \u00bb Timeout execution timed out after 10 seconds\n"
     "[ERROR] Tests run: 77, Failures: 0, Errors: 1, Skipped: 0\n" + _EXIT),
    # vitest poolRunner.ts: a worker killed before it even reported ready
    ("vitest-worker-sigkill-starting", "transient",
     " RUN  v3.2.4 /app\n"
     "\u23af\u23af\u23af\u23af\u23af\u23af Unhandled Error \u23af\u23af\u23af\u23af\u23af\u23af\u23af\n"
     "Error: [vitest-pool]: Worker threads emitted error.\n"
     "Caused by: Error: Worker exited unexpectedly with signal SIGKILL during starting state\n"
     " Test Files  64 passed (65)\n" + _EXIT),
    # apache/maven-surefire ForkStarter.java's goodbye with the exit code of a SIGTERM (the job was stopped)
    ("surefire-goodbye-exit-143", "transient",
     "[INFO] Running org.example.etl.LoadIT\n"
     "[ERROR] ExecutionException The forked VM terminated without properly saying goodbye. VM crash or System.exit called?\n"
     "[ERROR] Command was /bin/sh -c cd /build/etl && /opt/java/bin/java -jar /build/etl/target/surefire/surefirebooter77.jar /build/etl/target/surefire 2025 1.tmp\n"
     "[ERROR] Process Exit Code: 143\n"
     "[ERROR] Crashed tests:\n"
     "[ERROR] org.example.etl.LoadIT\n" + _EXIT),
]

# Wordings printed both for an outage and for a persistent cause: no transient verdict at 0.7 or more.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # vitest poolRunner.ts with an exit code the test itself may have chosen (process.exit in the code)
    ("vitest-worker-exit-code-during-run",
     "⎯⎯⎯⎯⎯⎯ Unhandled Error ⎯⎯⎯⎯⎯⎯⎯\n"
     "Error: [vitest-pool]: Worker forks emitted error.\n"
     "Caused by: Error: Worker exited unexpectedly with exit code 42 during started state while running test file /app/src/cli/main.test.ts\n"
     " Test Files  1 failed | 30 passed (31)\n" + _EXIT),
    # gradle's test worker ending on exit 1: System.exit(1) in a test, or a JVM that could not start
    ("gradle-test-executor-exit-1-bare",
     "> Task :cli:test FAILED\n"
     "\n"
     "* What went wrong:\n"
     "Execution failed for task ':cli:test'.\n"
     "> Process 'Gradle Test Executor 4' finished with non-zero exit value 1\n"
     "  This problem might be caused by incorrect test process configuration.\n" + _EXIT),
    # coverage/data.py ("No data to combine") after the upload step: the artifacts may be missing for either
    # reason; the bare line must not read as an outage
    ("coverage-no-data-to-combine-after-download",
     "$ coverage combine\n"
     "No data to combine\n" + _EXIT),
    # coverage/sqldata.py ("Data file %r doesn't seem to be a coverage data file: %s"): a data file truncated
    # by a killed process or written by another coverage version
    ("coverage-data-file-not-a-database",
     "$ coverage combine\n"
     "Data file '/build/.coverage.runner-b.5121.XbqPzt' doesn't seem to be a coverage data file: file is not a database\n"
     + _EXIT),
    # gradle/gradle's exec handle ("Could not write standard input to %s.") when the worker died at once: a
    # sandboxed or loaded host, or a worker that cannot load its main class on this machine
    ("gradle-could-not-write-stdin-to-executor",
     "> Task :testClasses UP-TO-DATE\n"
     "Could not write standard input to Gradle Test Executor 25.\n"
     "java.io.IOException: The pipe is being closed\n"
     "> Task :test FAILED\n"
     "* What went wrong:\n"
     "Execution failed for task ':test'.\n"
     "> Process 'Gradle Test Executor 25' finished with non-zero exit value 1\n" + _EXIT),
]


# Cases the engine still misreads, left as strict expected failures: a test's own timeout beside another test's
# plain assertion failure reads unknown (P(transient) about 0.7: the timeout's 0.8 against an assertion whose
# weight fades above the summary lines); weighing "a timeout and a code failure in the same run" belongs to
# the engine's reading of test reports, not to one more catalogue entry.
# (engine 14b: a test timeout beside another test's assertion now reads real; none left)
KNOWN_MISREAD: dict[str, str] = {}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_runner_infra_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_runner_infra_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Killing self fork JVM. Surefire is going to kill self fork JVM. ",
    "[vitest-pool]: Timeout starting forks runner [vitest-pool]: Timeout starting ",
    "Can't combine branch coverage data with statement data ",
]
