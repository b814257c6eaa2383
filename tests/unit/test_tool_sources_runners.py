"""Eleventh round, tool sources: what test runners print when their own worker, fork or host dies or stalls.

Each case is a short log written for the test around one message as the runner prints it, read from the
runner's own source (the comment above each case names the repository and the file holding the format
string; Gradle's and Go's trees were read through the code index, their messages' wording is quoted from
there). Hosts, packages, tests and paths are made up; no project's CI log is copied.

A worker killed from outside (SIGKILL, exit 137, the kernel's OOM killer), a runner's watchdog or time
limit with nothing saying the code hangs, or a worker the runner lost touch with must read transient. A
worker that crashed on the code under test (a segfault in the project's native code, a stack overflow, an
unhandled exception that took the host down), a test process the runner could not even start because of
its configuration, or a leak that keeps the runner from exiting must read real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ pytest-xdist
    # pytest-dev/pytest-xdist src/xdist/workermanage.py ("Not properly terminated" when the channel closes),
    # src/xdist/looponfail.py/dsession.py ("[%s] node down: %s", "replacing crashed worker %s",
    # "worker %r crashed while running %r")
    ("xdist-node-down-replaced", "transient",
     "created: 4/4 workers\n"
     "4 workers [812 items]\n"
     "........................................................................ [  8%]\n"
     "[gw2] node down: Not properly terminated\n"
     "F\n"
     "replacing crashed worker gw2\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_archive.py::test_big_bundle\n"
     "========== 1 failed, 811 passed in 241.52s (0:04:01) ==========\n" + _EXIT),
    ("xdist-crashed-while-running", "transient",
     "[gw0] linux -- Python 3.11.8 /opt/venv/bin/python\n"
     "worker 'gw0' crashed while running 'tests/test_render.py::test_many_pages'\n"
     "[gw0] node down: Not properly terminated\n"
     "replacing crashed worker gw0\n"
     "FAILED tests/test_render.py::test_many_pages\n"
     "========== 1 failed, 432 passed in 97.10s ==========\n" + _EXIT),
    # src/xdist/dsession.py ("maximum crashed workers reached: %d" in the "xdist: %s" summary separator)
    ("xdist-max-crashed-workers", "transient",
     "[gw1] node down: Not properly terminated\n"
     "replacing crashed worker gw1\n"
     "[gw3] node down: Not properly terminated\n"
     "maximum crashed workers reached: 2\n"
     "========== xdist: maximum crashed workers reached: 2 ==========\n"
     "========== 2 failed, 120 passed in 63.02s ==========\n" + _EXIT),
    # the same worker death when the project's native extension segfaulted under it (faulthandler's
    # "Fatal Python error: Segmentation fault" with the frames of the code under test)
    ("xdist-worker-segfault-in-extension", "real",
     "........................................................ [ 40%]\n"
     "Fatal Python error: Segmentation fault\n"
     "\n"
     "Current thread 0x00007f3a2b4c1740 (most recent call first):\n"
     "  File \"/src/imgtool/_decode.py\", line 88 in decode_tile\n"
     "  File \"/src/tests/test_decode.py\", line 41 in test_truncated_tile\n"
     "[gw1] node down: Not properly terminated\n"
     "worker 'gw1' crashed while running 'tests/test_decode.py::test_truncated_tile'\n"
     "FAILED tests/test_decode.py::test_truncated_tile\n" + _EXIT),

    # ------------------------------------------------------------------ pytest-timeout
    # pytest-dev/pytest-timeout pytest_timeout.py (PYTEST_FAILURE_MESSAGE "Timeout (>%ss) from pytest-timeout.",
    # the "+ Timeout +" separators around the dumped stacks)
    ("pytest-timeout-failed", "transient",
     "tests/test_sync.py::test_mirror_roundtrip FAILED\n"
     "=================================== FAILURES ===================================\n"
     "___________________________ test_mirror_roundtrip ___________________________\n"
     "+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++\n"
     "~~~~~~~~~~~~~~~~~~~~~ Stack of Thread-3 (140233114552000) ~~~~~~~~~~~~~~~~~~~~~\n"
     "+++++++++++++++++++++++++++++++++++ Timeout ++++++++++++++++++++++++++++++++++++\n"
     "E       Failed: Timeout (>300.0s) from pytest-timeout.\n"
     "FAILED tests/test_sync.py::test_mirror_roundtrip - Failed: Timeout (>300.0s) from pytest-timeout.\n"
     + _EXIT),
    # pytest_timeout.py (session.shouldfail = "session-timeout: %s sec exceeded")
    ("pytest-session-timeout", "transient",
     "tests/test_b.py ........................................ [ 71%]\n"
     "!!!!!!!!!!!!!!!!!!!! session-timeout: 1800.0 sec exceeded !!!!!!!!!!!!!!!!!!!!\n"
     "========== 612 passed in 1801.22s (0:30:01) ==========\n" + _EXIT),

    # ------------------------------------------------------------------ Jest / jest-worker
    # jestjs/jest packages/jest-worker/src/workers/ChildProcessWorker.ts ("A jest worker process (pid=%d) was
    # terminated by another process: signal=%s, exitCode=%s. Operating system logs may contain more ...")
    ("jest-worker-terminated-sigkill", "transient",
     "PASS src/utils/format.test.ts\n"
     " FAIL  src/report/build.test.ts\n"
     "  ● Test suite failed to run\n"
     "\n"
     "    A jest worker process (pid=4121) was terminated by another process: signal=SIGKILL, exitCode=null. "
     "Operating system logs may contain more information on why this occurred.\n"
     "\n"
     "Test Suites: 1 failed, 87 passed, 88 total\n" + _EXIT),
    # ChildProcessWorker.ts ("Jest worker encountered %d child process exceptions, exceeding retry limit")
    ("jest-child-process-retry-limit", "transient",
     " FAIL  src/pages/dashboard.test.tsx\n"
     "  ● Test suite failed to run\n"
     "\n"
     "    Jest worker encountered 4 child process exceptions, exceeding retry limit\n"
     "\n"
     "      at ChildProcessWorker.initialize (node_modules/jest-worker/build/workers/ChildProcessWorker.js:170:21)\n"
     "\n"
     "Test Suites: 1 failed, 140 passed, 141 total\n" + _EXIT),
    # packages/jest-worker/src/workers/NodeThreadsWorker.ts ("Call retries were exceeded")
    ("jest-thread-call-retries", "transient",
     " FAIL  test/parser.test.js\n"
     "  ● Test suite failed to run\n"
     "\n"
     "    Call retries were exceeded\n"
     "\n"
     "      at ExperimentalWorker.initialize (node_modules/jest-worker/build/workers/NodeThreadsWorker.js:165:21)\n"
     "\n"
     "Test Suites: 1 failed, 33 passed, 34 total\n" + _EXIT),
    # packages/jest-cli/src/run.ts ("Jest did not exit one second after the test run has completed. ... asynchronous
    # operations that weren't stopped in your tests"): the job then runs into its own time limit
    ("jest-did-not-exit-open-handles", "real",
     "Test Suites: 64 passed, 64 total\n"
     "Tests:       512 passed, 512 total\n"
     "Ran all test suites.\n"
     "Jest did not exit one second after the test run has completed.\n"
     "\n"
     "This usually means that there are asynchronous operations that weren't stopped in your tests. Consider "
     "running Jest with `--detectOpenHandles` to troubleshoot this issue.\n"
     "##[error]The job running on runner GitHub Actions 7 has exceeded the maximum execution time of 30 minutes.\n"
     "##[error]The operation was canceled.\n"),

    # ------------------------------------------------------------------ Vitest / tinypool
    # vitest-dev/vitest packages/vitest/src/node/pools/poolRunner.ts ("Worker exited unexpectedly with exit code
    # %d signal %s during %s state while running test file %s")
    ("vitest-worker-exited-sigkill", "transient",
     " ✓ src/a.test.ts (12 tests) 210ms\n"
     "⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯ Unhandled Errors ⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯\n"
     "\n"
     "Vitest caught 1 unhandled error during the test run.\n"
     "\n"
     "⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯ Unhandled Error ⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯\n"
     "Error: Worker exited unexpectedly with signal SIGKILL during running state while running test file "
     "src/import/large.test.ts\n"
     " Test Files  1 failed | 57 passed (58)\n" + _EXIT),
    # tinylibs/tinypool src/runtime/process-worker.ts ("Worker exited unexpectedly"), the forks pool of older Vitest
    ("tinypool-worker-exited", "transient",
     "⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯ Unhandled Error ⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯\n"
     "Error: Worker exited unexpectedly\n"
     " ❯ ChildProcess.<anonymous> node_modules/tinypool/dist/index.js:140:34\n"
     " ❯ ChildProcess.emit node:events:519:28\n"
     "⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯\n"
     " Test Files  212 passed (212)\n"
     "      Errors  1 error\n" + _EXIT),
    # packages/vitest/src/node/pools/*.ts (birpc's onTimeoutError: "[vitest-worker]: Timeout calling \"%s\"")
    ("vitest-rpc-timeout", "transient",
     "⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯ Unhandled Error ⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯\n"
     "Error: [vitest-worker]: Timeout calling \"onTaskUpdate\"\n"
     " ❯ Object.onTimeoutError node_modules/vitest/dist/chunks/rpc.js:53:10\n"
     "This error originated in \"test/sync.test.ts\" test file. It doesn't mean the error was thrown inside "
     "the file itself, but while it was running.\n"
     " Test Files  140 passed (140)\n"
     "      Errors  1 error\n" + _EXIT),
    ("vitest-pool-rpc-timeout", "transient",
     "Error: [vitest-pool]: Timeout calling \"fetch\"\n"
     " ❯ Object.onTimeoutError node_modules/vitest/dist/vendor/cac.js:11:12\n"
     " Test Files  3 failed | 88 passed (91)\n" + _EXIT),
    # poolRunner.ts with a segfault of the project's own native addon under the worker
    ("vitest-worker-exited-sigsegv", "real",
     " ✓ test/io.test.ts (4 tests) 20ms\n"
     "⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯ Unhandled Error ⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯\n"
     "Error: Worker exited unexpectedly with signal SIGSEGV during running state while running test file "
     "test/native-decoder.test.ts\n"
     " Test Files  1 failed | 20 passed (21)\n" + _EXIT),

    # packages/vitest/src/node/core.ts ("Tests closed successfully but something prevents the main process from
    # exiting"): the same leak under Vitest, the job then hits its time limit
    ("vitest-something-prevents-exit", "real",
     " Test Files  58 passed (58)\n"
     "      Tests  402 passed (402)\n"
     "close timed out after 10000ms\n"
     "Tests closed successfully but something prevents the main process from exiting\n"
     "You can try to identify the cause by enabling \"hanging-process\" reporter.\n"
     "##[error]The job running on runner GitHub Actions 3 has exceeded the maximum execution time of 20 minutes.\n"
     "##[error]The operation was canceled.\n"),

    # ------------------------------------------------------------------ Mocha (parallel mode, workerpool)
    # mochajs/mocha lib/nodejs/buffered-worker-pool.cjs runs files in workerpool, whose WorkerHandler prints
    # "Workerpool Worker terminated Unexpectedly\n    exitCode: `%s`\n    signalCode: `%s`"
    ("mocha-workerpool-sigkill", "transient",
     "  api/users\n"
     "    ✔ lists users (41ms)\n"
     "Error: Workerpool Worker terminated Unexpectedly\n"
     "    exitCode: `null`\n"
     "    signalCode: `SIGKILL`\n"
     "    workerpool.script: `/app/node_modules/mocha/lib/nodejs/worker.js`\n"
     + _EXIT),

    # ------------------------------------------------------------------ Maven Surefire
    # apache/maven-surefire maven-surefire-common/.../booterclient/ForkStarter.java ("The forked VM terminated
    # without properly saying goodbye. VM crash or System.exit called?", "Process Exit Code: %d", "Crashed tests:")
    ("surefire-goodbye-exit-137", "transient",
     "[INFO] Running org.example.store.BulkImportTest\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) "
     "on project store: \n"
     "[ERROR] ExecutionException The forked VM terminated without properly saying goodbye. VM crash or "
     "System.exit called?\n"
     "[ERROR] Command was /bin/sh -c cd /build/store && /opt/java/bin/java -Xmx2g -jar "
     "/build/store/target/surefire/surefirebooter-20240101.jar /build/store/target/surefire 2024 1.tmp\n"
     "[ERROR] Process Exit Code: 137\n"
     "[ERROR] Crashed tests:\n"
     "[ERROR] org.example.store.BulkImportTest\n" + _EXIT),
    # maven-surefire-common/.../SurefireHelper.java ("There was a timeout in the fork")
    ("surefire-fork-timeout", "transient",
     "[INFO] Running org.example.net.PeerSyncIT\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-failsafe-plugin:3.2.5:integration-test "
     "(default) on project net: There was a timeout in the fork\n"
     "[ERROR] -> [Help 1]\n" + _EXIT),
    # ForkStarter.java ("There was an error in the forked process" with the fork's own error: a test engine
    # the classpath cannot load)
    ("surefire-error-in-fork-engine", "real",
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) "
     "on project core: \n"
     "[ERROR] There was an error in the forked process\n"
     "[ERROR] TestEngine with ID 'junit-jupiter' failed to discover tests\n"
     "[ERROR] org.junit.platform.commons.JUnitException: TestEngine with ID 'junit-jupiter' failed to discover tests\n"
     + _EXIT),
    # ForkStarter.java ("Error occurred in starting fork, check output in log") after the JVM refused an option
    ("surefire-fork-start-bad-option", "real",
     "[ERROR] Unrecognized VM option 'UseConcMarkSweepGC'\n"
     "[ERROR] Error: Could not create the Java Virtual Machine.\n"
     "[ERROR] Error: A fatal exception has occurred. Program will exit.\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) "
     "on project core: Error occurred in starting fork, check output in log -> [Help 1]\n" + _EXIT),

    # ------------------------------------------------------------------ Gradle test executor
    # gradle/gradle DefaultExecHandle ("Process '%s' finished with non-zero exit value %d") for the test worker
    ("gradle-test-executor-exit-137", "transient",
     "> Task :app:test\n"
     "\n"
     "FAILURE: Build failed with an exception.\n"
     "\n"
     "* What went wrong:\n"
     "Execution failed for task ':app:test'.\n"
     "> Process 'Gradle Test Executor 3' finished with non-zero exit value 137\n"
     "  This problem might be caused by incorrect test process configuration.\n"
     + _EXIT),
    # SuiteTestClassProcessor ("Could not complete execution for %s.") with the killed worker behind it
    ("gradle-could-not-complete-killed", "transient",
     "> Task :core:test\n"
     "org.gradle.api.internal.tasks.testing.TestSuiteExecutionException: Could not complete execution for "
     "Gradle Test Executor 12.\n"
     "Caused by: org.gradle.process.internal.ExecException: Process 'Gradle Test Executor 12' finished with "
     "non-zero exit value 137\n"
     "BUILD FAILED in 6m 12s\n" + _EXIT),
    # the same with a test engine the classpath cannot load
    ("gradle-could-not-complete-engine", "real",
     "> Task :core:test FAILED\n"
     "Gradle Test Executor 4 > failed to execute tests FAILED\n"
     "    org.gradle.api.internal.tasks.testing.TestSuiteExecutionException: Could not complete execution for "
     "Gradle Test Executor 4.\n"
     "        Caused by: org.junit.platform.commons.JUnitException: TestEngine with ID 'junit-jupiter' failed "
     "to discover tests\n"
     "BUILD FAILED in 41s\n" + _EXIT),
    # Gradle's task timeout ("Requesting stop of %s as it has exceeded its configured timeout of %s.",
    # "Timeout has been exceeded")
    ("gradle-task-timeout", "transient",
     "> Task :integration:test\n"
     "Requesting stop of task ':integration:test' as it has exceeded its configured timeout of 30m.\n"
     "> Task :integration:test FAILED\n"
     "\n"
     "* What went wrong:\n"
     "Execution failed for task ':integration:test'.\n"
     "> Timeout has been exceeded\n" + _EXIT),
    # Gradle's JUnit Platform detector ("Could not start Gradle Test Executor %d: Failed to load JUnit Platform")
    ("gradle-executor-junit-platform-missing", "real",
     "> Task :lib:test FAILED\n"
     "\n"
     "* What went wrong:\n"
     "Execution failed for task ':lib:test'.\n"
     "> Could not start Gradle Test Executor 1: Failed to load JUnit Platform.  Please ensure that all JUnit "
     "Platform dependencies are available on the test's runtime classpath, including the JUnit Platform launcher.\n"
     + _EXIT),

    # ------------------------------------------------------------------ go test
    # golang/go src/testing/testing.go ("panic: test timed out after %v\nrunning tests:")
    ("go-test-timed-out", "transient",
     "=== RUN   TestReplicaCatchUp\n"
     "panic: test timed out after 10m0s\n"
     "running tests:\n"
     "\tTestReplicaCatchUp (10m0s)\n"
     "\n"
     "goroutine 1 [chan receive]:\n"
     "FAIL\texample.org/store/replica\t600.214s\n" + _EXIT),
    # src/cmd/go/internal/test/test.go ("*** Test killed with %v: ran too long (%v).")
    ("go-test-killed-ran-too-long", "transient",
     "=== RUN   TestWatchStream\n"
     "SIGQUIT: quit\n"
     "PC=0x46f2a1 m=0 sigcode=0\n"
     "*** Test killed with quit: ran too long (11m0s).\n"
     "FAIL\texample.org/watch\t660.030s\n" + _EXIT),
    # test.go relays the test binary's wait error ("signal: killed") before the package's FAIL line
    ("go-test-signal-killed", "transient",
     "ok  \texample.org/api\t3.101s\n"
     "signal: killed\n"
     "FAIL\texample.org/index\t48.770s\n" + _EXIT),
    # runtime's "unexpected signal during runtime execution" in the project's cgo code
    ("go-test-cgo-segv", "real",
     "=== RUN   TestDecodeFrame\n"
     "fatal error: unexpected signal during runtime execution\n"
     "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x7f31c2a1b0c4]\n"
     "\n"
     "runtime stack:\n"
     "goroutine 7 [syscall]:\n"
     "example.org/codec._Cfunc_decode_frame(0x0, 0x10)\n"
     "FAIL\texample.org/codec\t0.042s\n" + _EXIT),

    # ------------------------------------------------------------------ cargo-nextest
    # nextest-rs/nextest nextest-runner/src/reporter/displayer/imp.rs (status_str: "SIG%s", "TIMEOUT"; the
    # "{:>12} [{:>8.3}s] binary test" status line)
    ("nextest-sigkill", "transient",
     "        PASS [   0.412s] store::it load::small_fixture\n"
     "     SIGKILL [  41.203s] store::it load::full_fixture\n"
     "     Summary [  90.000s] 120 tests run: 119 passed, 1 failed, 0 skipped\n"
     "error: test run failed\n" + _EXIT),
    ("nextest-timeout", "transient",
     "        PASS [   1.020s] net::it peers::handshake\n"
     "     TIMEOUT [ 180.001s] net::it peers::waits_for_quorum\n"
     "     Summary [ 182.330s] 64 tests run: 63 passed, 1 timed out, 0 skipped\n"
     "error: test run failed\n" + _EXIT),
    ("nextest-sigsegv", "real",
     "        PASS [   0.011s] codec ffi::tests::decode_ok\n"
     "     SIGSEGV [   0.012s] codec ffi::tests::decode_empty\n"
     "     Summary [   0.300s] 18 tests run: 17 passed, 1 failed, 0 skipped\n"
     "error: test run failed\n" + _EXIT),

    # ------------------------------------------------------------------ dotnet test / vstest
    # microsoft/vstest src/Microsoft.TestPlatform.CommunicationUtilities/Resources/Resources.resx (AbortedTestRun
    # "The active test run was aborted. Reason: {0}", TestHostProcessCrashed "Test host process crashed")
    ("vstest-host-crashed", "transient",
     "Starting test execution, please wait...\n"
     "A total of 1 test files matched the specified pattern.\n"
     "The active test run was aborted. Reason: Test host process crashed\n"
     "Test Run Aborted.\n" + _EXIT),
    # the same with the code under test's stack overflow named as the reason
    ("vstest-host-crashed-stack-overflow", "real",
     "Starting test execution, please wait...\n"
     "The active test run was aborted. Reason: Test host process crashed : Stack overflow.\n"
     "Repeat 19243 times:\n"
     "--------------------------------\n"
     "   at Example.Parsing.Expr.Fold(Example.Parsing.Node)\n"
     "Test Run Aborted with error System.Exception: One or more errors occurred.\n" + _EXIT),
    # src/Microsoft.TestPlatform.CrossPlatEngine/Resources/Resources.resx (TestHostExitedWithError "Testhost
    # process for source(s) '{0}' exited with error: {1}. Please check the diagnostic logs for more information.")
    ("vstest-testhost-exited-unhandled", "real",
     "Starting test execution, please wait...\n"
     "Testhost process for source(s) '/src/Example.Tests/bin/Release/net8.0/Example.Tests.dll' exited with error: "
     "Unhandled exception. System.InvalidOperationException: Collection was modified; enumeration operation may "
     "not execute.\n"
     "   at Example.Cache.Evict()\n"
     ". Please check the diagnostic logs for more information.\n"
     "Test Run Aborted.\n" + _EXIT),
    # src/Microsoft.TestPlatform.Extensions.BlameDataCollector/Resources/Resources.resx (InactivityTimeout "The
    # specified inactivity time of {0} {1} has elapsed. Collecting hang dumps from testhost and its child processes",
    # AbortedTestRun "The active Test Run was aborted because the host process exited unexpectedly.")
    ("vstest-blame-hang-timeout", "transient",
     "Starting test execution, please wait...\n"
     "Blame: The specified inactivity time of 10 minutes has elapsed. Collecting hang dumps from testhost and its "
     "child processes\n"
     "The active Test Run was aborted because the host process exited unexpectedly. Please inspect the call stack "
     "above, if available, to get more information about where the exception originated from.\n"
     "Test Run Aborted.\n" + _EXIT),
]

# Words of a worker's death whose cause may still be the change: the verdict must not be surely transient.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # jestjs/jest packages/jest-worker/src/workers/NodeThreadsWorker.ts: the runner itself names
    # process.exit() in the testing code as a likely cause
    ("jest-thread-exited-process-exit",
     " FAIL  test/cli.test.js\n"
     "  ● Test suite failed to run\n"
     "\n"
     "    A Jest worker thread exited unexpectedly before finishing tests for an unknown reason. One of the ways "
     "this can happen is if process.exit() was called in testing code.\n"
     "Test Suites: 1 failed, 12 passed, 13 total\n" + _EXIT),
    # packages/jest-runner/src/index.ts: a warning about a test's leaked handles, the run failed on a test
    ("jest-force-exited-warning-with-failure",
     " FAIL  src/queue.test.ts\n"
     "  ● queue › drains in order\n"
     "    expect(received).toEqual(expected)\n"
     "A worker process has failed to exit gracefully and has been force exited. This is likely caused by tests "
     "leaking due to improper teardown. Try running with --detectOpenHandles to find leaks. Active timers can "
     "also cause this, ensure that .unref() was called on them.\n"
     "Tests:       1 failed, 230 passed, 231 total\n" + _EXIT),
    # apache/maven-surefire ForkStarter.java: the fork ended on exit code 1 with a test in progress, which is
    # also what System.exit(1) in the code under test looks like
    ("surefire-goodbye-exit-1",
     "[ERROR] ExecutionException The forked VM terminated without properly saying goodbye. VM crash or "
     "System.exit called?\n"
     "[ERROR] Process Exit Code: 1\n"
     "[ERROR] Crashed tests:\n"
     "[ERROR] org.example.cli.MainTest\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_runner_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_worker_deaths_with_a_possible_persistent_cause_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "[gw1] node down: Not properly terminated replacing crashed worker gw1 ",
    "worker 'gw0' crashed while running 'a::b' maximum crashed workers reached: 2 ",
    "Failed: Timeout (>300.0s) from pytest-timeout. session-timeout: 1800.0 sec exceeded ",
    "Jest worker encountered 4 child process exceptions, exceeding retry limit Call retries were exceeded ",
    "Jest did not exit one second after the test run has completed. ",
    "Tests closed successfully but something prevents the main process from exiting ",
    "Error: Worker exited unexpectedly with signal SIGSEGV during running state ",
    "[vitest-worker]: Timeout calling \"onTaskUpdate\" ",
    "Workerpool Worker terminated Unexpectedly signalCode: `SIGKILL` ",
    "There was a timeout in the fork There was an error in the forked process ",
    "Could not complete execution for Gradle Test Executor 12. Timeout has been exceeded ",
    "*** Test killed with quit: ran too long (11m0s). ",
    "     SIGSEGV [   0.012s] a b      TIMEOUT [ 180.001s] ",
    "The active test run was aborted. Reason: Test host process crashed : Stack overflow. ",
    "Testhost process for source(s) 'x' exited with error: Unhandled exception. ",
    "The specified inactivity time of 10 minutes has elapsed. Collecting hang dumps ",
]
