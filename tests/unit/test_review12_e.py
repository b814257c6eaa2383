"""Review 12e of the older generic transient entries of the timeout, resource and infrastructure families
(oom-killed, killed-137, disk-full, memory- and resource-exhausted, executor-lost, ci-runner-lost,
agent-unresponsive, scheduling-capacity, resource-busy, port-in-use, service-starting, timeouts,
tool-internal-crash, device-lost, timing-sensitive-test): adversarial logs (made up) where the words
sit in an application's own log, a help text, a banner, a test's comparison or a test's name, and
guards where they are the trouble the job ran into."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, logs, not_surely_transient, reads

REAL: list[tuple[str, str]] = [
    # the application's pool logged and restarted its worker; the job failed on an assertion
    ('oom-app-log-worker-killed',
     'tests/test_pool.py::test_spawn PASSED\n[pool] worker 3 was OOM killed, restarting\n[pool] worker 3 restarted (pid 4410)\ntests/test_pool.py::test_resize PASSED\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # a Go test comparing an exit value it computed ('want'), not a process the job lost
    ('killed137-go-test-got-want',
     '=== RUN   TestSupervisorRestart\n    supervisor_test.go:55: child exit = signal: killed, want exit status 0\n--- FAIL: TestSupervisorRestart (0.02s)\nFAIL\nFAIL\texample.com/super\t0.03s\n##[error]Process completed with exit code 1.\n'),
    # a table test of exit codes: 137 is a value under test
    ('killed137-exit-table',
     '=== RUN   TestExitCodeFor/sigkill\n    exitcode_test.go:31: exitCodeFor(SIGKILL) = 9, want exit code 137\n--- FAIL: TestExitCodeFor/sigkill (0.00s)\nFAIL\nFAIL\texample.com/proc\t0.01s\n##[error]Process completed with exit code 1.\n'),
    # a tool's help text prints its default exit status
    ('killed137-help-text',
     '$ ./bin/runner --help\nUsage: runner [options]\n  --oom-status N     exit status to report on OOM (default 137)\n  --timeout SECS     kill the child after SECS\n$ pytest -q\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # a supervisor under test restarted its killed child; the failure is the restart count
    ('killed137-pytest-sigkill-handled',
     'tests/test_signals.py::test_child_killed_reports PASSED\n[supervisor] child 4411 exited with code 137 (SIGKILL), restarting\ntests/test_signals.py::test_restart_count FAILED\nE       assert 2 == 1\n========= 1 failed, 40 passed in 3.10s =========\n##[error]Process completed with exit code 1.\n'),
    # guard: a fixture named enospc.json, and a failing assertion
    ('disk-fixture-path-enospc',
     '$ pytest -q\ntests/test_writer.py::test_write_to[tests/fixtures/enospc.json] PASSED\ntests/test_writer.py::test_write_to[tests/fixtures/ok.json] PASSED\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # a tool's help text describing its free-space check
    ('disk-help-text-not-enough-space',
     '$ ./cachectl --help\n  --min-free SIZE   refuse to start if not enough free disk space (default 1G)\n  --path DIR        cache directory\n$ go test ./...\n--- FAIL: TestEvict (0.00s)\n    evict_test.go:21: evicted 3 entries, want 2\nFAIL\nFAIL\texample.com/cache\t0.02s\n##[error]Process completed with exit code 1.\n'),
    # a store's test of its read-only mode logs the error it simulated
    ('disk-app-log-handles-enospc',
     'tests/test_store.py::test_full_disk_is_reported PASSED\n2024-05-01 10:00:00 WARNING store: write failed (No space left on device), switching to read-only mode\ntests/test_store.py::test_readonly_mode PASSED\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # a cache caught the allocation failure and shrank; the failure is an equality
    ('mem-app-log-bad-alloc-caught',
     '[ RUN      ] Cache.ShrinksUnderPressure\n[cache] std::bad_alloc caught, shrinking to 50%\n[       OK ] Cache.ShrinksUnderPressure (3 ms)\n[ RUN      ] Cache.Evicts\ncache_test.cc:40: Failure\nExpected equality of these values:\n  cache.size()\n    Which is: 3\n  2\n[  FAILED  ] Cache.Evicts (0 ms)\n##[error]Process completed with exit code 1.\n'),
    # a load test's report counts zero such errors
    ('res-loadtest-report-oom-zero',
     'Load test summary\n  requests: 10000  errors: 0\n  out of memory: 0   too many open files: 0\n  p99 latency: 41ms\n$ npm test\n  1) cart\n       applies the discount:\n     AssertionError: expected 100 to equal 90\n  1 failing\n##[error]Process completed with exit code 1.\n'),
    # the words are a pytest parameter id; the failure is a string comparison
    ('res-test-name-out-of-memory',
     "tests/test_errors.py::test_message[out of memory] FAILED\nE       AssertionError: assert 'Out of memory' == 'out of memory'\n========= 1 failed, 30 passed in 0.40s =========\n##[error]Process completed with exit code 1.\n"),
    # EMFILE is a parameter id of an errno table test that raised KeyError
    ('res-pytest-param-too-many-open-files',
     'FAILED tests/test_errno.py::test_describe[EMFILE] - KeyError: 24\n========= 1 failed, 30 passed in 0.40s =========\n##[error]Process completed with exit code 1.\n'),
    # a hub's own log about its client; the job failed on an assertion
    ('exec-app-log-agent-disconnected',
     '[hub] agent disconnected (client closed websocket), cleaning up session 42\ntests/test_hub.py::test_reconnect PASSED\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # a CI system's own Go test comparing its wording
    ('exec-go-concourse-got-want',
     '=== RUN   TestWorkerStatus\n    status_test.go:40: got "worker w1 was lost", want "worker w1 stalled"\n--- FAIL: TestWorkerStatus (0.00s)\nFAIL\nFAIL\texample.com/ci/worker\t0.01s\n##[error]Process completed with exit code 1.\n'),
    # guard: a queue deferred a job; the failure is an assertion
    ('exec-app-log-no-capacity',
     '2024-05-01T10:00:01Z WARN queue: no capacity for job 42, deferring\n2024-05-01T10:00:02Z INFO queue: job 42 scheduled\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # guard: the words are a test's name; it failed on a string comparison
    ('exec-test-name-infrastructure-error',
     "FAILED tests/test_status.py::test_infrastructure_error_is_reported - assert 'failed' == 'errored'\n========= 1 failed, 30 passed in 0.40s =========\n##[error]Process completed with exit code 1.\n"),
    # the application's pool respawned a worker; the job failed on an assertion
    ('runner-lost-app-pool-worker-lost',
     'tests/test_pool.py::test_spawn PASSED\n[pool] worker lost (pid 4411), respawning\ntests/test_pool.py::test_resize PASSED\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # an autoscaler under test logs a scale-in at INFO
    ('runner-lost-moto-instance-terminated',
     'INFO autoscaler: instance terminated i-0abc123 (scale-in), 2 remaining\ntests/test_scale.py::test_scale_in PASSED\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # raft's ordinary election log in a store's tests, then a wrong index
    ('agent-raft-heartbeat-timeout',
     '2024-05-01T10:00:00.100Z [INFO]  raft: heartbeat timeout reached, starting election: last-leader=\n2024-05-01T10:00:00.120Z [INFO]  raft: entering leader state: leader=node1\n--- FAIL: TestApplyOrder (0.31s)\n    fsm_test.go:88: applied index = 4, want 5\nFAIL\nFAIL\texample.com/store\t0.40s\n##[error]Process completed with exit code 1.\n'),
    # a Go test's got/want of a CI wording (the reviewed Concourse case)
    ('agent-go-got-want-worker-disappeared',
     '=== RUN   TestEventText\n    events_test.go:20: got "worker w-1 disappeared", want "worker w-1 stalled"\n--- FAIL: TestEventText (0.00s)\nFAIL\nFAIL\texample.com/ci/events\t0.01s\n##[error]Process completed with exit code 1.\n'),
    # a scheduler reassigned a worker's tasks; the job failed on an assertion
    ('agent-app-lost-connection-to-worker',
     '[scheduler] lost connection to worker 3, reassigning 2 tasks\n[scheduler] worker 3 rejoined\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # a pool retried a worker start; the job failed on an assertion
    ('agent-app-failed-to-start-worker',
     '[pool] failed to start worker: spawn ENOENT node-gyp (retrying)\n[pool] worker 1 started\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # an operator under test recreated an evicted pod; the failure is a wrong label map
    ('sched-app-log-pod-evicted',
     '[operator] pod web-0 evicted (node pressure), recreating\n[operator] pod web-0 ready\n--- FAIL: TestReconcileLabels (0.20s)\n    reconcile_test.go:55: labels = map[app:web], want map[app:web tier:front]\nFAIL\nFAIL\texample.com/op\t0.40s\n##[error]Process completed with exit code 1.\n'),
    # guard: a reader retried on EAGAIN; the failure is an assertion
    ('busy-app-log-eagain-retry',
     '[io] read: EAGAIN, retrying in 10ms\n[io] read ok (512 bytes)\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # a tool's help text quoting the error
    ('port-help-text-address-in-use',
     "$ ./devserver --help\n  --reuse-port   set SO_REUSEPORT to avoid 'address already in use' on restart\n  --port N       listen port (default 8080)\n$ pytest -q\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n"),
    # a dev server moved to the next port and served the tests
    ('port-app-log-fallback',
     '[devserver] port 3000 is already in use, trying 3001\n[devserver] listening on http://localhost:3001\n  1) cart\n       applies the discount:\n     AssertionError: expected 100 to equal 90\n  1 failing\n##[error]Process completed with exit code 1.\n'),
    # the wait loop saw postgres ready; the job then failed an assertion
    ('svc-health-check-starting-then-assert',
     'Waiting for postgres...\npsql: error: connection to server failed: FATAL:  the database system is starting up\nWaiting for postgres...\npostgres is ready\n$ pytest -q\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # a health check waited and the service became ready
    ('svc-app-log-service-not-ready',
     '[health] service is not ready yet (migrations running), retry 1/30\n[health] service ready\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # a timeout configured and printed in the runner's banner
    ('nooutput-banner-inactivity-timeout',
     'Test runner 4.2\n  workers: 4\n  inactivity timeout: 600s\n  retries: 0\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # an application's job queue retried a job
    ('nooutput-app-job-timed-out',
     '[worker] job 42 timed out after 5s, retrying (1/3)\n[worker] job 42 done\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # a benchmark's report of slow iterations
    ('nooutput-benchmark-took-longer',
     'bench: 1000 iterations, execution took longer than 50ms in 3 of them\nbench: p50 4ms p99 48ms\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # a timeout configured and printed in a banner
    ('cijob-banner-execution-timeout',
     '== test config ==\nexecution timeout: 600s\nparallelism: 4\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # a scheduler under test retried a timed-out job
    ('cijob-app-job-timed-out',
     '[scheduler] the job has timed out (id=42), marking as failed and retrying\n[scheduler] job 42 succeeded on retry\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # a pool's own retried wait, then an assertion
    ('test-timeout-app-log-then-assert',
     'WARN pool: timed out waiting for connection, retrying\nINFO pool: connection acquired\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # a settings banner printing the request timeout
    ('test-timeout-banner',
     'Settings: request timeout after 30s, retries 3\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # a load test's report: zero slow requests
    ('test-timing-loadtest-report',
     'k6 summary: 0 requests took longer than 500ms; http_req_failed 0.00%\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # a consumer shed frames and went on
    ('test-timing-app-too-slow',
     '[consumer] consumer too slow, dropping 3 frames\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # guard: the words are a test's name; it failed on a string comparison
    ('browser-test-name-page-crash',
     "FAILED tests/test_recovery.py::test_page_crash_banner_text - assert 'Reload' == 'Reload page'\n========= 1 failed, 30 passed in 0.40s =========\n##[error]Process completed with exit code 1.\n"),
    # an offline-first app's own sync log, then a wrong count
    ('device-offline-first-app-log',
     '[sync] device offline, queueing mutation m-42\n[sync] device online, flushed 1 mutation\n  ● Sync › merges conflicts\n\n    expect(received).toBe(expected)\n\n    Expected: 2\n    Received: 3\n\nTests:       1 failed, 40 passed, 41 total\n##[error]Process completed with exit code 1.\n'),
    # guard: an application's handled OOM, then a compile error
    ('guard-oom-then-compile-error',
     '[pool] worker 3 was OOM killed, restarting\n$ go build ./...\ncmd/server/main.go:41:9: undefined: NewRouter\n##[error]Process completed with exit code 1.\n'),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # guard: an error value, not a plain equality (round 11's case). (twenty-fourth round, timeoutname24) read transient
    # until then: the value is the timeout the test expected and did not get, which public threads found flaky in 10 of
    # 15 decided (tests/unit/test_rules24_timeout_named.py), so it reads unknown
    ('guard-tst-go-timeout-name-err-value',
     '--- FAIL: TestClientTimeoutCancelsRequest (0.61s)\n    client_test.go:88: err = <nil>, want context.DeadlineExceeded\nFAIL\texample.com/client\t3.412s\n'),
    # .NET's OperationCanceledException in a test: the code's cancellation, not the CI's
    ('runner-lost-dotnet-operation-canceled',
     '  Failed Shop.Tests.CheckoutTests.Submits_order [212 ms]\n  Error Message:\n   System.OperationCanceledException : The operation was canceled.\n  Stack Trace:\n     at Shop.Checkout.SubmitAsync(CancellationToken ct) in /src/Checkout.cs:line 40\nFailed!  - Failed:     1, Passed:   211, Skipped:     0, Total:   212\n##[error]Process completed with exit code 1.\n'),
    # an operator requeued its wait; right verdict real, reads unknown (transient-wording, left)
    ('wait-app-log-timed-out-waiting-for-pod',
     '[operator] timed out waiting for pod web-0 to become ready, requeue\n[operator] pod web-0 ready\n--- FAIL: TestReconcileLabels (0.20s)\n    reconcile_test.go:55: labels = map[app:web], want map[app:web tier:front]\nFAIL\nFAIL\texample.com/op\t0.40s\n##[error]Process completed with exit code 1.\n'),
    # the daemon cannot start with a JVM option the JVM refuses: configuration
    ('tool-gradle-daemon-bad-jvm-option',
     "Starting a Gradle Daemon (subsequent builds will be faster)\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\nUnable to start the daemon process.\nThis problem might be caused by incorrect configuration of the daemon.\nFor example, an unrecognized jvm option is used.\nError occurred during initialization of VM\nUnrecognized VM option 'MaxPermSize=512m'\n"),
    # a retry count the code computes, under a name about timeouts
    ('tst-timeout-name-int-equality-pytest',
     'FAILED tests/test_client.py::test_retries_on_read_timeout - assert 2 == 3\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # a message's format, under a name about timeouts
    ('tst-timeout-name-str-equality-pytest',
     "FAILED tests/test_client.py::test_timeout_message - AssertionError: assert 'timed out after 5s' == 'timed out after 5.0s'\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n"),
    # a Go test's attempt count, under a name about timeouts
    ('tst-timeout-name-go-want',
     '--- FAIL: TestRetryOnTimeout (0.00s)\n    retry_test.go:31: attempts = 2, want 3\nFAIL\nFAIL\texample.com/client\t0.01s\n##[error]Process completed with exit code 1.\n'),
    # JUnit's plain integer equality, under a name about timeouts
    ('tst-timeout-name-junit',
     'ClientTest > retriesOnReadTimeout() FAILED\n    org.opentest4j.AssertionFailedError: expected: <3> but was: <2>\n        at app//org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:55)\n\n40 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n'),
    # a formatted delay text, under a name about delays
    ('tst-delay-name-str-equality',
     "FAILED tests/test_format.py::test_format_delay - AssertionError: assert '5 min' == '5 minutes'\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n"),
    # a Go test's label text, under a name about timers
    ('tst-timer-name-go-verbose-want',
     '=== RUN   TestTimerLabel\n    timer_test.go:12: label = "5m", want "5 min"\n--- FAIL: TestTimerLabel (0.00s)\nFAIL\nFAIL\texample.com/ui\t0.01s\n##[error]Process completed with exit code 1.\n'),
]

TRANSIENT: list[tuple[str, str]] = [
    # guard: rustc SIGKILLed while compiling, the runner's memory
    ('guard-oom-kernel-killed-runner',
     "  Compiling serde v1.0.200\n  Compiling tokio v1.37.0\nerror: could not compile `app` (lib)\n\nCaused by:\n  process didn't exit successfully: `rustc --crate-name app` (signal: 9, SIGKILL: kill)\n##[error]Process completed with exit code 1.\n"),
    # guard: the shell's bare 'Killed' and make's Error 137
    ('guard-killed-line',
     '[ 71%] Building CXX object src/CMakeFiles/core.dir/big.cpp.o\nKilled\nmake[2]: *** [src/CMakeFiles/core.dir/build.make:76: src/CMakeFiles/core.dir/big.cpp.o] Error 137\n##[error]Process completed with exit code 1.\n'),
    # guard: npm ran out of disk inside the build
    ('guard-disk-full-real',
     'Step 6/9 : RUN npm ci\nnpm ERR! code ENOSPC\nnpm ERR! syscall write\nnpm ERR! errno -28\nnpm ERR! nospc ENOSPC: no space left on device, write\n##[error]Process completed with exit code 1.\n'),
    # guard: the shell could not fork, the executor's process limit
    ('guard-res-cannot-fork',
     'Running tests...\n/bin/sh: fork: retry: Resource temporarily unavailable\n/bin/sh: fork: Resource temporarily unavailable\nmake: *** [Makefile:12: test] Error 254\n##[error]Process completed with exit code 1.\n'),
    # guard: Azure lost its agent
    ('guard-agent-azure-stopped-hearing',
     '##[section]Starting: Run tests\nRunning 412 tests\nWe stopped hearing from agent Hosted Agent. Verify the agent machine is running and has a healthy network connection.\n'),
    # guard: the test server could not bind
    ('guard-port-in-use',
     'Starting test server...\nError: listen EADDRINUSE: address already in use :::3000\n    at Server.setupListenHandle [as _listen2] (node:net:1817:16)\n##[error]Process completed with exit code 1.\n'),
    # guard: the migration ran into the database still starting
    ('guard-svc-db-starting-fails',
     '$ python manage.py migrate\nTraceback (most recent call last):\npsycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: FATAL:  the database system is starting up\n##[error]Process completed with exit code 1.\n'),
    # guard: CircleCI's no-output limit
    ('guard-nooutput-circleci',
     'Running integration tests\n\nToo long with no output (exceeded 10m0s): context deadline exceeded\n'),
    # guard: a lost update under a concurrency name (as the labelled discourse case)
    ('guard-tst-mutex-count',
     "  1) DistributedLock allows only one holder at a time\n     Failure/Error: expect(count).to eq(10)\n\n       expected: 10\n            got: 8\n\n       (compared using ==)\n     # ./spec/lib/distributed_lock_spec.rb:29:in `block (2 levels) in <main>'\n\n40 examples, 1 failure\n\nFailed examples:\n\nrspec ./spec/lib/distributed_lock_spec.rb:13 # DistributedLock allows only one holder at a time under concurrent access\n"),
    # guard: a lost increment under a concurrency name
    ('guard-tst-race-counter-pytest',
     'FAILED tests/test_counter.py::test_concurrent_increments - assert 9998 == 10000\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # guard: the timeout test itself timed out
    ('guard-tst-timeout-name-raised-timeout',
     'FAILED tests/test_client.py::test_read_timeout_recovers - TimeoutError: timed out\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # guard: GitHub Actions cancelled the job
    ('guard-gha-operation-canceled',
     'Running tests...\ntests/test_a.py::test_x PASSED\n##[error]The operation was canceled.\n'),
    # guard: jest's worker killed
    ('guard-oom-jest-worker-sigkill',
     'PASS src/a.test.js\nA jest worker process (pid=4411) was terminated by another process: signal=SIGKILL. This might be caused by a memory leak.\n##[error]Process completed with exit code 1.\n'),
    # guard: CircleCI lost its executor
    ('guard-executor-circleci-lost',
     'Running tests\nlost connection to job executor\n'),
    # guard: the Gradle daemon went away
    ('guard-gradle-daemon-disappeared',
     '> Task :app:compileJava\nThe message received from the daemon indicates that the daemon has disappeared.\nFAILURE: Build failed with an exception.\n'),
    # guard: the disk filled during the tests
    ('guard-disk-full-in-test-run',
     "tests/test_a.py::test_x PASSED\nOSError: [Errno 28] No space left on device: '/tmp/pytest-of-runner/pytest-0'\n##[error]Process completed with exit code 1.\n"),
    # guard: an ERROR-level bind failure
    ('guard-port-in-use-info-level-not-excused',
     'Starting server\nERROR: listen tcp :8080: bind: address already in use\n##[error]Process completed with exit code 1.\n'),
    # guard: a banner, then the job's real time limit
    ('guard-ci-timeout-banner-then-real-limit',
     'execution timeout: 600s\nRunning tests...\nThe job exceeded the maximum time limit for jobs, and has been terminated.\n'),
    # guard: the timeout test met a socket timeout
    ('guard-tst-junit-timeout-name-timeout-exc',
     'ClientTest > retriesOnReadTimeout() FAILED\n    java.net.SocketTimeoutException: Read timed out\n\n40 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n'),
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
