"""Generic 16: older generic entries that misread logs, each with near-misses (made-up logs, none copied from a
project's CI). A test named for a timeout that failed on a compared value (not by timing out); a connection drop
raised in an RSpec unit spec of the project's own client; a 5xx from the job's own loopback server after its own
error, a rate limit above a test that failed on its score; msiexec's 1618 (Windows Installer's mutex held)."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, logs, not_surely_transient, reads, signatures

GHA = "##[error]Process completed with exit code 1.\n"

REAL: list[tuple[str, str]] = [
    # (lead, engine) a go test's "--- FAIL: TestX" closes TestX's report: the next test's value mismatch does not
    # inherit it, and "redisstore_test.go:31:" is a file, not a host; another test failed on values: a rerun fails
    ('go-outage-in-one-test-values-in-the-next',
     '=== RUN   TestRedisStore\n    redisstore_test.go:31: create: Post "http://toxiproxy:8474/proxies": dial tcp '
     '172.18.0.3:8474: connect: connection refused\n--- FAIL: TestRedisStore (0.00s)\n=== RUN   TestKeyPrefix\n'
     '    keys_test.go:12: got "cache:user:1", want "cachekit:user:1"\n--- FAIL: TestKeyPrefix (0.00s)\n'
     'FAIL\tgithub.com/acme/cachekit/redisstore\t0.412s\nFAIL\n' + GHA),
    # a client's timeout setting compared with the one wanted: the code's value, the same on every run
    ('go-timeout-setting-value-mismatch',
     "=== RUN   TestClientTimeoutIsApplied\n    client_test.go:31: client.Timeout = 30s, want 5s\n--- FAIL: TestClientTimeoutIsApplied (0.00s)\nFAIL\nFAIL\texample.com/httpx\t0.012s\n" + GHA),
    # a config test asserting a timeout's default: a float compared
    ('pytest-read-timeout-default',
     "tests/test_config.py::test_read_timeout_config FAILED\n\n___ test_read_timeout_config ___\n\n>       assert cfg.read_timeout == 10.0\nE       assert 30.0 == 10.0\n\ntests/test_config.py:12: AssertionError\nFAILED tests/test_config.py::test_read_timeout_config - assert 30.0 == 10.0\n========================= 1 failed, 41 passed in 0.52s =========================\n" + GHA),
    # RSpec's matcher naming the drop the project's code raised in a unit spec
    ('rspec-raise-error-matcher-names-drop',
     "Failures:\n\n  1) Mailer::Smtp#deliver retries once\n     Failure/Error: expect { mailer.deliver(msg) }.not_to raise_error\n\n       expected no Exception, got #<EOFError: connection closed by remote host> with backtrace:\n         # ./lib/mailer/smtp.rb:30:in `deliver'\n     # ./spec/mailer/smtp_spec.rb:18:in `block (3 levels) in <top (required)>'\n\n30 examples, 1 failure\n" + GHA),
    # the job's own API server on loopback logged its own traceback, then a test got its 502
    ('own-loopback-api-traceback-then-502',
     "+ python -m myapi --port 9000 &\nINFO: server started on http://127.0.0.1:9000\nTraceback (most recent call last):\nAttributeError: 'NoneType' object has no attribute 'pool'\ntests/test_api.py::test_list_items FAILED\nE   httpx.HTTPStatusError: Server error '502 Bad Gateway' for url 'http://127.0.0.1:9000/items'\n========================= 1 failed, 8 passed in 1.1s =========================\n" + GHA),
    # a rate limit logged above a test that failed on a value it compared
    ('rate-limit-logged-then-value-assert',
     "WARNING client: Rate limit reached for requests; sleeping 2s\nevals/test_tags.py::test_tags[case4] FAILED\nE   AssertionError: assert ['billing'] == ['billing', 'refund']\nFAILED evals/test_tags.py::test_tags[case4] - AssertionError: assert ['billing'] == ['billing', 'refund']\n========================= 1 failed, 9 passed in 30.0s =========================\n" + GHA),
    # (generic 16b) near-miss: the t.Error line's own test failed; a later test passed: its next verdict below is not its own
    ('go-failing-test-line-then-another-passes',
     "=== RUN   TestParse\n    parse_test.go:31: error: got 3 entries, want 4\n--- FAIL: TestParse (0.00s)\n=== RUN   TestFormat\n--- PASS: TestFormat (0.00s)\nFAIL\nFAIL\texample.com/wixlog\t0.012s\n" + GHA),
    # (generic 16b) near-miss: parallel tests: TestB's PASS is printed between TestA's resumed line and TestA's FAIL
    ('go-parallel-line-of-failing-test-before-others-pass',
     "=== RUN   TestA\n=== PAUSE TestA\n=== RUN   TestB\n=== PAUSE TestB\n=== CONT  TestA\n    a_test.go:20: expected 200, got 500\n=== CONT  TestB\n--- PASS: TestB (0.01s)\n--- FAIL: TestA (0.02s)\nFAIL\nFAIL\texample.com/api\t0.05s\n" + GHA),
    # (generic 16b) near-miss: a subtest failed beside one that passed: the parent's FAIL, the failing subtest's line
    ('go-subtest-fails-beside-passing-one',
     "=== RUN   TestTotal\n=== RUN   TestTotal/empty\n=== RUN   TestTotal/two_items\n    cart_test.go:18: total = 30, want 40\n--- FAIL: TestTotal (0.00s)\n    --- PASS: TestTotal/empty (0.00s)\n    --- FAIL: TestTotal/two_items (0.00s)\nFAIL\nFAIL\texample.com/cart\t0.01s\n" + GHA),
    # (generic 16b) near-miss: a remote executor's worker went away on one action (Bazel with Buildbarn), another
    # action's compile error failed the build: the RE worker is the build tool's (remote-execution-outage's), not the CI's
    ('bazel-rbe-worker-went-away-beside-compile-error',
     "INFO: Analyzed target //app:server (112 packages loaded, 2410 targets configured).\nERROR: /src/app/BUILD.bazel:12:10: Compiling app/server.cc failed: (Exit 1): gcc failed: error executing CppCompile command (from target //app:server)\napp/server.cc:40:5: error: 'hanlder' was not declared in this scope\nERROR: /src/lib/BUILD.bazel:3:11: Compiling lib/net.cc failed: worker bb-worker-7f9c went away\nTarget //app:server failed to build\nFAILED: Build did NOT complete successfully\n" + GHA),
    # (generic 16b) near-miss: Buck2's remote execution lost a worker under one action; another's compile error
    ('buck2-re-worker-lost-beside-compile-error',
     "Action failed: root//lib:net (cxx_compile net.cpp)\nRemote command returned non-zero exit code 1\nlib/net.cpp:12:3: error: use of undeclared identifier 'sokcet'\nlost connection to worker re-12 during remote execution of root//lib:util\nBUILD FAILED\n" + GHA),
    # (generic 16b) near-miss: a Gradle worker daemon went away beside a Kotlin compile error
    ('gradle-worker-daemon-went-away-beside-kotlin-error',
     "> Task :app:compileKotlin FAILED\ne: file:///home/runner/work/app/src/main/kotlin/App.kt:14:9 Unresolved reference: fooo\n> Task :lib:compileJava\nLost connection to worker daemon Gradle Worker Daemon 2\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':app:compileKotlin'.\n> Compilation error. See log for more details\n\nBUILD FAILED in 41s\n" + GHA),
    # (generic 16b) near-miss: a bare executor line in a remotely executed Bazel build (its process summary says so)
    ('bazel-remote-build-executor-lost-beside-compile-error',
     "INFO: 214 processes: 12 remote cache hit, 190 remote, 12 internal.\nlost connection to executor exec-3\nERROR: /src/app/BUILD.bazel:12:10: Compiling app/server.cc failed: (Exit 1): gcc failed: error executing CppCompile command (from target //app:server)\napp/server.cc:40:5: error: 'hanlder' was not declared in this scope\nFAILED: Build did NOT complete successfully\n" + GHA),
]

TRANSIENT: list[tuple[str, str]] = [
    # the same kind of name, but the test failed by timing out: the deadline passed
    ('go-timeout-test-deadline-exceeded',
     "=== RUN   TestClientTimeoutRetries\n    client_test.go:44: request did not complete: context deadline exceeded\n--- FAIL: TestClientTimeoutRetries (5.00s)\nFAIL\nFAIL\texample.com/httpx\t5.012s\n" + GHA),
    # pytest-timeout's own limit on a test named for a timeout
    ('pytest-timeout-limit-on-timeout-test',
     "tests/test_client.py::test_read_timeout_retry FAILED\nE   Failed: Timeout >10.0s\nFAILED tests/test_client.py::test_read_timeout_retry - Failed: Timeout >10.0s\n========================= 1 failed, 41 passed in 12.52s =========================\n" + GHA),
    # msiexec's 1618 in a wrapper's words: Windows Installer busy with another install
    ('msiexec-1618-wrapper-words',
     "> Installing vcredist_x64.msi\ninstall failed: msiexec returned 1618: Another installation is already in progress.\n" + GHA),
    # (generic 16b) a passing subtest's t.Log line with 'assertion failed' in the text it parses; the codecov upload met a 503
    ('go-passing-subtest-log-then-codecov-503',
     "=== RUN   TestParse\n=== RUN   TestParse/assert_line\n    parse_test.go:52: input: assertion failed: x == y\n--- PASS: TestParse (0.00s)\n    --- PASS: TestParse/assert_line (0.00s)\nPASS\nok  \texample.com/logparse\t0.01s\n+ curl -sSf -X POST https://codecov.example.io/upload/v4 -F file=@coverage.out\ncurl: (22) The requested URL returned error: 503\n" + GHA),
    # (generic 16b) go before 1.14 printed a passing test's lines under its verdict, indented deeper
    ('go-old-verdict-then-log-then-push-503',
     "=== RUN   TestCleanup\n--- PASS: TestCleanup (0.40s)\n    store_test.go:58: cleanup: expected 0 rows, got 2 (ignored)\nPASS\nok  \texample.com/store\t0.41s\n+ docker push ghcr.io/acme/store:1.0.0\nreceived unexpected HTTP status: 503 Service Unavailable\n" + GHA),
    # (generic 16b) a parallel test's resumed line, its PASS printed after another test's
    ('go-parallel-passing-log-then-registry-503',
     "=== RUN   TestA\n=== PAUSE TestA\n=== RUN   TestB\n=== PAUSE TestB\n=== CONT  TestA\n    a_test.go:20: expected error, got error: boom\n=== CONT  TestB\n--- PASS: TestB (0.01s)\n--- PASS: TestA (0.02s)\nPASS\nok  \texample.com/api\t0.05s\n+ docker push ghcr.io/acme/api:2.0.0\nreceived unexpected HTTP status: 503 Service Unavailable\n" + GHA),
    # (generic 16b) the CI runner's own loss in a remotely executed Bazel build: still the runner, not the build's workers
    ('gha-runner-lost-communication-in-remote-bazel-build',
     "INFO: 214 processes: 12 remote cache hit, 190 remote, 12 internal.\nINFO: Build completed successfully, 214 total actions\n(12:00:02) INFO: Found 40 test targets...\n##[error]The self-hosted runner: ci-runner-04 lost communication with the server. Verify the machine is running and has a healthy network connection.\n"),
    # (generic 16b) Concourse's worker (the CI's own) went away during a Gradle build: still the CI's machine
    ('concourse-worker-went-away-in-gradle-build',
     "running ci/tasks/unit.sh\n+ ./gradlew test\n> Task :app:test\nworker ci-worker-3 went away while the task was running\nerrored\n"),
    # (generic 16b) the job's executor lost (a CI system's wording)
    ('ci-executor-lost-connection',
     "Running tests...\nlost connection to the executor ci-exec-7\n" + GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # a status code compared in a test of a timeout handler, nothing timing out
    ('go-timeout-handler-status-compared',
     "--- FAIL: TestTimeoutMiddleware (0.01s)\n    mw_test.go:22: got status 500, want 504\nFAIL\nFAIL\texample.com/mw\t0.02s\n" + GHA),
]

NOT_SURELY_REAL: list[tuple[str, str]] = [
    # (lead, engine) the outage is logged inside the very test whose values came out empty: tied to it, a possible cause
    ('go-outage-inside-the-test-whose-values-differ',
     '=== RUN   TestKeyPrefix\n--- PASS: TestKeyPrefix (0.00s)\n=== RUN   TestChargeCard\n    charge_test.go:40: '
     'charge: Post "https://payments.acme.dev/v1/charge": dial tcp 10.0.4.7:443: connect: connection refused\n'
     '    charge_test.go:41: got 0 receipts, want 1\n--- FAIL: TestChargeCard (0.00s)\n'
     'FAIL\tgithub.com/acme/shop/checkout\t0.212s\nFAIL\n' + GHA),
    # the drop's first frame is in an integration spec talking to a real host: no sure real
    ('rspec-integration-spec-drop',
     "Failures:\n\n  1) Deployer deploys to staging\n     Failure/Error: session.exec!(cmd)\n\n     Net::SSH::Disconnect:\n       connection closed by remote host\n     # ./lib/deployer/remote.rb:41:in `run'\n     # ./spec/integration/deploy_spec.rb:9:in `block (2 levels) in <top (required)>'\n\n3 examples, 1 failure\n" + GHA),
    # a loopback server that started fine, then the upstream provider's 503 relayed: no sure real
    ('own-loopback-server-no-error-upstream-503',
     "INFO:     Uvicorn running on http://127.0.0.1:8080 (Press CTRL+C to quit)\nWARNING:  upstream api.provider.example returned 503\ntests/smoke/test_gateway.py::test_chat FAILED\nE   openai.InternalServerError: Error code: 503 - {'detail': 'upstream unavailable'}\n========================= 1 failed, 3 passed in 2.0s =========================\n" + GHA),
]


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log):
    reads(log, "transient")


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(NOT_SURELY_REAL))
def test_not_surely_real(log):
    v = judge(log)
    assert not (v.verdict == "real" and v.confidence >= 0.7), (v.confidence, v.rationale)


def test_a_timeout_named_test_that_timed_out_keeps_the_timing_reading():
    assert "timing-sensitive-test" in signatures(judge(TRANSIENT[0][1]))


def test_case_ids_are_unique():
    assert_unique_ids(REAL, TRANSIENT, NOT_SURELY_TRANSIENT, NOT_SURELY_REAL)
