"""(review29_c) Attacks on the hold29 readings: made-up CI logs around TeamCity's downloaded build log prefix, a failed
test in the case's own list under a summary that says every test passed after a retry, tests named for a time-out
that got another error (PHPUnit, RSpec, Minitest, Jest, Go), Go's context.DeadlineExceeded as an identifier, pytest's
integral floats, Jenkins durable-task's lost agent, docker compose's schema refusal, Azure's tool cache and AppVeyor's
MSBuild mode with nothing to build.

Each case is (id, expected, log, failed_tests); expected is "transient" or "real" (that verdict), "not_transient"
(real or unknown: no confident rerun) or "not_real" (transient or unknown: a rerun is worth it). The ones still
misread are strict xfails whose reason starts "LEFT:". Every line here was written for the test (none is copied from a
project's CI log or a dataset); hosts, names and paths are made up."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, failed_test, judge, teamcity_lines

J = "\n".join


_t = failed_test


def _tc(lines: list[str], status: str = " ", clock: str = "10:41:07", step: str = "Step 2/3") -> list[str]:
    """TeamCity's downloaded build log lines: clock, status, colon, tab, the step."""
    return teamcity_lines(lines, clock=clock, status=status, step=step)


# Surefire's summary of one flaky test that passed on its second run, the build failed on failOnFlakeCount: read with
# three different failed-test lists (the flaky test by its method, by its full name, and another test altogether)
_SUREFIRE_FLAKE_ONLY = J([
 "[INFO] Results:",
 "[WARNING] Flakes:",
 "[WARNING] com.quillpay.cache.LruTest.evictsOldest",
 "[ERROR]   Run 1: LruTest.evictsOldest:33 expected:<null> but was:<k1>",
 "[INFO]   Run 2: PASS",
 "[WARNING] Tests run: 41, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1",
 "[INFO] BUILD FAILURE",
 "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project cache: There are 1 flakes and failOnFlakeCount is set to 1.",
 ""])


# (id, expected, log, failed_tests or None)
CASES = [
# ---- (1) a failed test in the case's own list under a summary with a flake passed on retry
("surefire_flake_and_other_module_failed", "not_transient", J([
 "[INFO] --- surefire:3.2.5:test (default-test) @ ledger-core ---",
 "[WARNING] Flakes:",
 "[WARNING] com.quillpay.ledger.core.JournalTest.appendsInOrder",
 "[ERROR]   Run 1: JournalTest.appendsInOrder:58 expected:<4> but was:<3>",
 "[INFO]   Run 2: PASS",
 "[WARNING] Tests run: 212, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1",
 "[INFO] --- surefire:3.2.5:test (default-test) @ ledger-api ---",
 "[ERROR] There are test failures.",
 "[ERROR] Please refer to /home/ci/work/ledger/ledger-api/target/surefire-reports for the individual test results.",
 "[INFO] BUILD FAILURE",
 "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project ledger-api: There are test failures.",
 ""]), [_t("rejectsNegativeAmount", "com.quillpay.ledger.api.TransferControllerTest",
         "expected:<400> but was:<500>")]),
("nextest_flake_and_other_failed_every_try", "not_transient", J([
 "        FAIL [   0.233s] tallyd store::tests::snapshot_roundtrip",
 "  TRY 2 PASS [   0.219s] tallyd store::tests::snapshot_roundtrip",
 "        FAIL [   0.051s] tallyd wire::tests::decodes_v2_frame",
 "  TRY 2 FAIL [   0.049s] tallyd wire::tests::decodes_v2_frame",
 "  TRY 3 FAIL [   0.050s] tallyd wire::tests::decodes_v2_frame",
 "error: test run failed",
 ""]), [_t("wire::tests::decodes_v2_frame", "tallyd", "assertion `left == right` failed\n  left: 7\n right: 9")]),
("pytest_rerun_flake_and_listed_failure", "not_transient", J([
 "tests/test_sync.py::test_pull_merges R                                [ 40%]",
 "tests/test_sync.py::test_pull_merges PASSED                           [ 40%]",
 "tests/test_parse.py::test_parses_dates FAILED                         [ 80%]",
 "=========================== short test summary info ============================",
 "FAILED tests/test_parse.py::test_parses_dates - AssertionError: assert '2024-02-30' is None",
 "============= 1 failed, 48 passed, 1 rerun in 6.12s =============",
 ""]), [_t("test_parses_dates", "tests.test_parse", "AssertionError: assert '2024-02-30' is None")]),
("gradle_retry_flake_summary_other_listed", "not_transient", J([
 "> Task :orders:test",
 "",
 "OrderServiceTest > placesOrder() FAILED",
 "    java.lang.AssertionError at OrderServiceTest.java:41",
 "",
 "OrderServiceTest > placesOrder() PASSED",
 "",
 "PricingTest > appliesDiscount() FAILED",
 "    org.opentest4j.AssertionFailedError at PricingTest.java:77",
 "",
 "PricingTest > appliesDiscount() FAILED",
 "    org.opentest4j.AssertionFailedError at PricingTest.java:77",
 "",
 "BUILD FAILED in 1m 12s",
 ""]), [_t("appliesDiscount()", "com.tillwise.orders.PricingTest", "expected: <90.00> but was: <100.00>")]),
("surefire_flake_listed_alone_stays_transient", "transient", _SUREFIRE_FLAKE_ONLY, [_t("evictsOldest", "com.quillpay.cache.LruTest", "Run 1: expected:<null> but was:<k1>; Run 2: PASS")]),
("surefire_flake_summary_listed_test_differs", "not_transient", _SUREFIRE_FLAKE_ONLY, [_t("expiresAfterTtl", "com.quillpay.cache.TtlCacheTest", "expected:<null> but was:<v2>")]),
("nextest_flake_listed_other_test", "not_transient", J([
 "        FAIL [   0.412s] ledger store::tests::compaction_keeps_latest",
 "  TRY 2 PASS [   0.398s] ledger store::tests::compaction_keeps_latest",
 "  - test configured to fail if flaky",
 "     Summary [  12.004s] 214 tests run: 214 passed (1 flaky), 0 skipped",
 "error: test run failed",
 ""]), [_t("codec::tests::rejects_truncated", "ledger", "called `Result::unwrap()` on an `Err` value: Truncated")]),
("jest_retry_summary_failed_listed", "not_transient", J([
 " PASS  src/cart/__tests__/cart.test.ts",
 "  ● cart › totals the basket (retry 1)",
 " FAIL  src/cart/__tests__/tax.test.ts",
 "  ● tax › rounds half up",
 "",
 "    expect(received).toBe(expected) // Object.is equality",
 "",
 "    Expected: 1.13",
 "    Received: 1.12",
 "",
 "Tests:       1 failed, 61 passed, 62 total",
 ""]), [_t("tax rounds half up", "src/cart/__tests__/tax.test.ts", "Expected: 1.13\nReceived: 1.12")]),
# ---- (2) Jenkins durable-task's "Cannot contact" and interrupt lines
("jenkins_plugin_test_prints_cannot_contact", "not_transient", J([
 "[INFO] Running org.example.jenkins.relay.AgentReconnectTest",
 "Cannot contact relay-agent-0: java.io.EOFException",
 "[ERROR] Tests run: 4, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 31.4 s <<< FAILURE! - in org.example.jenkins.relay.AgentReconnectTest",
 "[ERROR] org.example.jenkins.relay.AgentReconnectTest.resumesAfterDisconnect  Time elapsed: 12.1 s  <<< FAILURE!",
 "java.lang.AssertionError: expected build #2 to resume but it was aborted",
 "\tat org.example.jenkins.relay.AgentReconnectTest.resumesAfterDisconnect(AgentReconnectTest.java:88)",
 "[ERROR] Tests run: 52, Failures: 1, Errors: 0, Skipped: 0",
 "[INFO] BUILD FAILURE",
 ""]), None),
("jenkins_app_cannot_contact_own_service", "not_transient", J([
 "+ java -jar build/libs/seeder.jar --env ci",
 "Seeder 1.4.2 starting",
 "Cannot contact inventory-db: java.io.EOFException",
 "Caused by: javax.net.ssl.SSLHandshakeException: PKIX path building failed: unable to find valid certification path to requested target",
 "Seeder failed; exit 2",
 "script returned exit code 2",
 "Finished: FAILURE",
 ""]), None),
("jenkins_retry_lost_agent_then_compile_error", "not_transient", J([
 "[Pipeline] retry",
 "[Pipeline] {",
 "[Pipeline] node",
 "Running on spot-agent-14 in /home/jenkins/workspace/billing",
 "+ ./gradlew build",
 "Cannot contact spot-agent-14: hudson.remoting.ChannelClosedException: Channel \"hudson.remoting.Channel@5c1f:spot-agent-14\": Remote call on spot-agent-14 failed. The channel is closing down or has closed down",
 "[Pipeline] }",
 "ERROR: Execution failed",
 "Retrying",
 "[Pipeline] node",
 "Running on spot-agent-09 in /home/jenkins/workspace/billing",
 "+ ./gradlew build",
 "> Task :billing:compileJava FAILED",
 "/home/jenkins/workspace/billing/src/main/java/io/tillwise/billing/Invoice.java:42: error: cannot find symbol",
 "        return taxRate.multiply(total);",
 "               ^",
 "  symbol:   variable taxRate",
 "1 error",
 "FAILURE: Build failed with an exception.",
 "Finished: FAILURE",
 ""]), None),
("jenkins_cannot_contact_closed_channel", "transient", J([
 "+ make -j8 check",
 "CC src/wire.o",
 "Cannot contact arm-builder-2: java.nio.channels.ClosedChannelException",
 "[Pipeline] }",
 "Finished: FAILURE",
 ""]), None),
("jenkins_interrupt_after_hung_test_agent_alive", "not_transient", J([
 "+ go test -count=1 ./...",
 "ok  \texample.net/quarry/store\t2.113s",
 "=== RUN   TestReplica_CatchUp",
 "Timeout has been exceeded",
 "Cancelling nested steps due to timeout",
 "Sending interrupt signal to process",
 "panic: test timed out after 10m0s",
 "running tests:",
 "\tTestReplica_CatchUp (10m0s)",
 "goroutine 41 [chan receive]:",
 "example.net/quarry/replica.(*Follower).waitApplied(...)",
 "FAIL\texample.net/quarry/replica\t600.012s",
 "script returned exit code 1",
 "Finished: ABORTED",
 ""]), None),
# ---- (3) TeamCity's build log prefix
("tc_warning_retry_then_compile_error", "real", J(
 _tc(["npm WARN deprecated request@2.88.2: request has been deprecated"], "W")
 + _tc(["warning: failed to fetch telemetry config: connect ECONNREFUSED 10.3.0.5:443, continuing"], "W", "10:41:09")
 + _tc(["src/app/routes.ts(41,7): error TS2322: Type 'string' is not assignable to type 'number'."], "E", "10:41:30")
 + _tc(["Process exited with code 2"], "E", "10:41:31")
 + ["[10:41:31]E:\t [Step 2/3] Step Build (Command Line) failed", ""]), None),
("tc_maven_connection_reset", "transient", J(
 _tc(["[INFO] Downloading from central: https://repo.maven.apache.org/maven2/org/slf4j/slf4j-api/2.0.9/slf4j-api-2.0.9.jar"])
 + _tc(["[ERROR] Failed to execute goal on project api: Could not resolve dependencies for project io.tillwise:api:jar:3.1.0: "
        "Could not transfer artifact org.slf4j:slf4j-api:jar:2.0.9 from/to central (https://repo.maven.apache.org/maven2): "
        "Connection reset"], "E", "10:42:55")
 + ["[10:42:56]E:\t [Step 2/3] Step Maven (Maven) failed", ""]), None),
("tc_warning_only_apt_503_then_test_fail", "not_transient", J(
 _tc(["W: Failed to fetch http://mirror.quarry.example/ubuntu/dists/jammy-updates/InRelease  503  Service Unavailable [IP: 10.9.0.4 80]"],
     "W", "10:40:02", "Step 1/3")
 + _tc(["W: Some index files failed to download. They have been ignored, or old ones used instead."], "W", "10:40:02", "Step 1/3")
 + _tc(["Reading package lists..."], " ", "10:40:03", "Step 1/3")
 + _tc(["FAILED tests/test_invoice.py::test_total_includes_vat - assert 119 == 121"], " ", "10:43:10")
 + _tc(["============= 1 failed, 310 passed in 52.1s ============="], " ", "10:43:10")
 + _tc(["Process exited with code 1"], "E", "10:43:10")
 + [""]), None),
("tc_compile_error_plain", "real", J(
 _tc(["> Task :core:compileKotlin FAILED"], " ")
 + _tc(["e: file:///opt/buildagent/work/8f2a/core/src/main/kotlin/Parser.kt:17:9 Unresolved reference: tokenz"], "E")
 + _tc(["FAILURE: Build failed with an exception."], "E")
 + ["[10:41:08]E:\t [Step 2/3] Step Gradle (Gradle) failed", ""]), None),
("tc_git_fetch_502", "transient", J(
 ["[10:30:00] : Collecting changes in 1 VCS root",
  "[10:30:01]E: Failed to collect changes, error: Error while fetching: git fetch ... https://git.quarry.example/platform/api.git: "
  "error: RPC failed; HTTP 502 curl 22 The requested URL returned error: 502",
  ""]), None),
("tc_nested_blocks_tests_failed", "not_transient", J(
 ["[10:50:01] :\t [Step 2/3] Running tests",
  "[10:50:01] :\t\t [Step 2/3] tests.test_rates",
  "[10:50:02]E:\t\t\t [Step 2/3] Test tests.test_rates.test_converts_eur failed",
  "[10:50:02] :\t\t\t [Step 2/3] AssertionError: 0.92 != 0.91",
  "[10:50:05]F:\t [Step 2/3] Tests failed: 1 (1 new), passed: 233",
  "[10:50:05]E:\t [Step 2/3] Process exited with code 1",
  ""]), None),
("tc_verbose_line_with_outage_words_then_real", "real", J(
 _tc(["retrying GET https://pkgs.quarry.example/simple/ after 503 Service Unavailable (attempt 1/5)"], "i", "10:40:10")
 + _tc(["Successfully installed quarry-client-2.3.1"], " ", "10:40:14")
 + _tc(["ERROR: tests/test_cli.py - ModuleNotFoundError: No module named 'quarry_client.v3'"], "E", "10:40:20")
 + _tc(["Process exited with code 2"], "E", "10:40:20") + [""]), None),
("tc_timestamper_apt_e_line_not_tc", "real", J([
 "[11:02:03] + sudo apt-get install -y libpq5-dev",
 "[11:02:04] Reading package lists...",
 "[11:02:05] E: Unable to locate package libpq5-dev",
 "[11:02:05] script returned exit code 100",
 ""]), None),
("tc_agent_host_out_of_memory", "not_real", J(
 _tc(["> Task :search:test"], " ", "10:55:00")
 + _tc(["Java HotSpot(TM) 64-Bit Server VM warning: INFO: os::commit_memory failed; error='Not enough space' (errno=12)"], "W", "10:58:41")
 + _tc(["# There is insufficient memory for the Java Runtime Environment to continue."], "E", "10:58:41")
 + _tc(["Process exited with code 1"], "E", "10:58:42") + [""]), None),
# ---- (4) a test named for a time-out that got another error
("phpunit_expected_timeout_got_live_refused", "not_real", J([
 "PHPUnit 10.5.2 by Sebastian Bergmann and contributors.",
 "",
 "There was 1 failure:",
 "",
 "1) Tests\\Integration\\PartnerApiTest::testSlowPartnerTimesOut",
 'Failed asserting that exception of type "GuzzleHttp\\Exception\\ConnectException" matches expected exception "App\\Http\\PartnerTimeoutException". Message was: "cURL error 7: Failed to connect to partner-sandbox.tillwise.example port 443 after 3 ms: Connection refused".',
 "",
 "FAILURES!",
 "Tests: 18, Assertions: 40, Failures: 1.",
 ""]), None),
("phpunit_expected_timeout_got_typeerror", "real", J([
 "There was 1 failure:",
 "",
 "1) Tests\\Unit\\RetryPolicyTest::testGivesUpWithTimeout",
 'Failed asserting that exception of type "TypeError" matches expected exception "App\\Http\\TimeoutException". Message was: "App\\Http\\RetryPolicy::next(): Argument #1 ($attempt) must be of type int, string given".',
 "",
 "FAILURES!",
 "Tests: 12, Assertions: 30, Failures: 1.",
 ""]), None),
("rspec_expected_read_timeout_got_reset", "not_real", J([
 "Failures:",
 "",
 "  1) PartnerClient against the sandbox raises on a slow answer",
 "     Failure/Error: expect { client.fetch_quote(sku: 'A-1') }.to raise_error(Net::ReadTimeout)",
 "",
 "       expected Net::ReadTimeout, got #<Errno::ECONNRESET: Connection reset by peer - SSL_connect> with backtrace:",
 "         # ./lib/partner_client.rb:41:in `fetch_quote'",
 "     # ./spec/integration/partner_client_spec.rb:22:in `block (3 levels) in <top (required)>'",
 "",
 "Finished in 8.41 seconds (files took 1.2 seconds to load)",
 "64 examples, 1 failure",
 ""]), None),
("rspec_expected_timeout_got_nomethod", "real", J([
 "Failures:",
 "",
 "  1) Fetcher gives up after the deadline",
 "     Failure/Error: expect { fetcher.call }.to raise_error(Fetcher::DeadlineExceeded)",
 "",
 "       expected Fetcher::DeadlineExceeded, got #<NoMethodError: undefined method `retries' for nil:NilClass> with backtrace:",
 "         # ./lib/fetcher.rb:18:in `call'",
 "",
 "12 examples, 1 failure",
 ""]), None),
("minitest_expected_open_timeout_got_dns_again", "not_real", J([
 "  1) Failure:",
 "PartnerSandboxTest#test_open_timeout_on_blackhole [test/integration/partner_sandbox_test.rb:14]:",
 "[Net::OpenTimeout] exception expected, not",
 "Class: <SocketError>",
 "Message: <\"Failed to open TCP connection to blackhole.sandbox.tillwise.example:81 (getaddrinfo: Temporary failure in name resolution)\">",
 "---Backtrace---",
 "",
 "22 runs, 40 assertions, 1 failures, 0 errors, 0 skips",
 ""]), None),
("minitest_expected_timeout_got_argument_error", "real", J([
 "  1) Failure:",
 "ClientTest#test_read_timeout_raises [test/client_test.rb:30]:",
 "[Net::ReadTimeout] exception expected, not",
 "Class: <ArgumentError>",
 "Message: <\"unknown keyword: :read_timout\">",
 "---Backtrace---",
 "",
 "9 runs, 11 assertions, 1 failures, 0 errors, 0 skips",
 ""]), None),
("jest_expected_timeout_got_fetch_503", "not_real", J([
 " FAIL  test/e2e/gateway.e2e.test.ts",
 "  ● gateway › times out a slow upstream",
 "",
 "    expect(received).rejects.toThrow(expected)",
 "",
 "    Expected constructor: TimeoutError",
 "    Received constructor: HTTPError",
 "",
 "    Received message: \"Response code 503 (Service Unavailable)\"",
 "",
 "Tests:       1 failed, 20 passed, 21 total",
 ""]), None),
("jest_expected_timeout_got_typeerror", "real", J([
 " FAIL  src/__tests__/poller.test.ts",
 "  ● poller › rejects with a timeout",
 "",
 "    expect(received).rejects.toThrow(expected)",
 "",
 "    Expected constructor: TimeoutError",
 "    Received constructor: TypeError",
 "",
 "    Received message: \"Cannot read properties of undefined (reading 'intervalMs')\"",
 "",
 "Tests:       1 failed, 33 passed, 34 total",
 ""]), None),
("go_errors_is_deadline_got_503", "not_real", J([
 "=== RUN   TestSandbox_SlowEndpointTimesOut",
 "    sandbox_test.go:57: errors.Is(err, context.DeadlineExceeded) = false; err = \"GET https://sandbox.quarry.example/slow?ms=5000: unexpected status 503 Service Unavailable\"",
 "--- FAIL: TestSandbox_SlowEndpointTimesOut (0.41s)",
 "FAIL",
 "FAIL\texample.net/quarry/sandbox\t0.433s",
 ""]), None),
("go_errors_is_deadline_got_reset", "not_real", J([
 "=== RUN   TestUpstream_DeadlineHonoured",
 "    upstream_test.go:33: errors.Is(err, context.DeadlineExceeded) = false; err = \"read tcp 10.4.0.7:51234->10.4.2.9:443: read: connection reset by peer\"",
 "--- FAIL: TestUpstream_DeadlineHonoured (1.02s)",
 "FAIL",
 "FAIL\texample.net/quarry/upstream\t1.051s",
 ""]), None),
("go_errors_is_deadline_got_nil_url", "real", J([
 "=== RUN   TestClient_TimeoutPropagates",
 "    client_test.go:88: errors.Is(err, context.DeadlineExceeded) = false; err = \"parse \\\"http//127.0.0.1:0/slow\\\": missing protocol scheme\"",
 "--- FAIL: TestClient_TimeoutPropagates (0.00s)",
 "FAIL",
 "FAIL\texample.net/quarry/client\t0.012s",
 ""]), None),
("go_errors_is_deadline_got_io_timeout", "not_real", J([
 "=== RUN   TestDial_DeadlineHonoured",
 "    dial_test.go:21: errors.Is(err, context.DeadlineExceeded) = false; err = \"dial tcp 10.4.2.9:443: i/o timeout\"",
 "--- FAIL: TestDial_DeadlineHonoured (5.00s)",
 "FAIL",
 ""]), None),
("go_grpc_deadline_from_cloud_with_identifier", "not_real", J([
 "=== RUN   TestSpannerLive_Insert",
 "    live_test.go:40: insert: rpc error: code = DeadlineExceeded desc = Deadline Exceeded",
 "    live_test.go:41: (want nil, not context.DeadlineExceeded)",
 "--- FAIL: TestSpannerLive_Insert (60.01s)",
 "FAIL",
 ""]), None),
("go_want_deadline_got_nil", "not_transient", J([
 "=== RUN   TestWorker_StopsAtDeadline",
 "    worker_test.go:64: got err = <nil>, want context.DeadlineExceeded",
 "--- FAIL: TestWorker_StopsAtDeadline (0.20s)",
 "FAIL",
 "FAIL\texample.net/quarry/worker\t0.218s",
 ""]), None),
("pytest_backoff_float_real", "real", J([
 "FAILED tests/test_backoff.py::test_delay_after_timeout - assert 8.0 == 4.0",
 "========================= 1 failed, 77 passed in 3.02s =========================",
 ""]), None),
("pytest_timeout_measured_exact_float", "not_transient", J([
 "FAILED tests/test_scheduler.py::test_timeout_fires_on_time - assert 2.0031 == 2.0",
 "========================= 1 failed, 77 passed in 3.02s =========================",
 ""]), None),
# ---- (5) compose, Azure tool cache, AppVeyor
("compose_schema_refusal_real", "real", J([
 "+ docker compose -f ci/compose.test.yml up -d --wait",
 "validating /home/runner/work/ledger/ledger/ci/compose.test.yml: services.postgres additional properties 'healthchek' not allowed",
 "Error: Process completed with exit code 15.",
 ""]), None),
("compose_include_fetch_503", "not_real", J([
 "+ docker compose -f compose.ci.yml up -d",
 "fetching include oci://registry.quarry.example/compose/base:1.4 ...",
 "failed to fetch oci://registry.quarry.example/compose/base:1.4: GET https://registry.quarry.example/v2/compose/base/manifests/1.4: 503 Service Unavailable",
 "Error: Process completed with exit code 1.",
 ""]), None),
("compose_schema_in_tool_test_expected", "not_transient", J([
 "=== RUN   TestLint_RejectsUnknownKey",
 "    lint_test.go:30: got \"\", want \"validating fixtures/bad.yml: services.web additional properties 'imagee' not allowed\"",
 "--- FAIL: TestLint_RejectsUnknownKey (0.01s)",
 "FAIL",
 ""]), None),
("azure_python_version_missing_real", "real", J([
 "Starting: UsePythonVersion",
 "Task         : Use Python version",
 "##[error]Version spec 3.6 for architecture x64 did not match any version in Agent.ToolsDirectory.",
 "Finishing: UsePythonVersion",
 ""]), None),
("azure_python_download_failed_then_missing", "not_real", J([
 "Starting: UsePythonVersion",
 "Downloading: https://raw.githubusercontent.com/actions/python-versions/main/versions-manifest.json",
 "##[warning]Failed to download Python from the Github Actions python registry (https://github.com/actions/python-versions). Error: Error: Unexpected HTTP response: 503",
 "##[error]Version spec 3.12 for architecture x64 did not match any version in Agent.ToolsDirectory.",
 "Finishing: UsePythonVersion",
 ""]), None),
("appveyor_msbuild_no_project_real", "real", J([
 "Build started",
 "git clone -q --branch=main https://github.com/tillwise/ledger-cli.git C:\\projects\\ledger-cli",
 "git checkout -qf 4e1a9c0",
 'The build phase is set to "MSBuild" mode (default), but no Visual Studio project or solution files were found in the root directory. If you are not building Visual Studio project switch build mode to "Script" and provide your custom build command.',
 ""]), None),
("appveyor_shallow_archive_failed", "not_real", J([
 "Build started",
 "Fetching repository commit (4e1a9c0)...Error downloading repository archive: The remote server returned an error: (502) Bad Gateway.",
 'The build phase is set to "MSBuild" mode (default), but no Visual Studio project or solution files were found in the root directory.',
 ""]), None),
# ---- (6) near misses of this review's changes
("surefire_flake_listed_full_name", "transient", _SUREFIRE_FLAKE_ONLY, [_t("com.quillpay.cache.LruTest.evictsOldest", "", "Run 1: expected:<null> but was:<k1>; Run 2: PASS")]),
("phpunit_expected_timeout_got_503", "not_real", J([
 "There was 1 failure:",
 "",
 "1) Tests\\Integration\\PartnerApiTest::testSlowPartnerTimesOut",
 'Failed asserting that exception of type "GuzzleHttp\\Exception\\ServerException" matches expected exception "App\\Http\\PartnerTimeoutException". Message was: "Server error: `GET https://partner-sandbox.tillwise.example/slow` resulted in a `503 Service Unavailable` response".',
 "",
 "FAILURES!",
 "Tests: 18, Assertions: 40, Failures: 1.",
 ""]), None),
("jest_expected_timeout_got_refused_local", "not_transient", J([
 " FAIL  src/__tests__/client.test.ts",
 "  ● client › times out a stalled server",
 "",
 "    expect(received).rejects.toThrow(expected)",
 "",
 "    Expected constructor: TimeoutError",
 "    Received constructor: RequestError",
 "",
 "    Received message: \"connect ECONNREFUSED 127.0.0.1:39211\"",
 "",
 "Tests:       1 failed, 33 passed, 34 total",
 ""]), None),
("azure_python_download_404_then_missing", "real", J([
 "Starting: UsePythonVersion",
 "##[warning]Failed to download Python from the Github Actions python registry (https://github.com/actions/python-versions). Error: Error: Unexpected HTTP response: 404",
 "##[error]Version spec 3.5 for architecture x86 did not match any version in Agent.ToolsDirectory.",
 "Finishing: UsePythonVersion",
 ""]), None),
("jenkins_cannot_contact_eof_then_pipeline_lines", "transient", J([
 "+ ./gradlew :web:test",
 "> Task :web:test",
 "Cannot contact win-agent-07: java.io.EOFException",
 "[Pipeline] }",
 "[Pipeline] // node",
 "[Pipeline] End of Pipeline",
 "Finished: FAILURE",
 ""]), None),
("tc_warning_reset_retried_then_test_fail", "not_transient", J(
 _tc(["Connection reset by peer while fetching https://cache.quarry.example/gradle/caches; retrying (1/3)"], "W", "10:41:07")
 + _tc(["BUILD CACHE restored"], " ", "10:41:09")
 + _tc(["RatesTest > convertsEur() FAILED"], " ", "10:43:00")
 + _tc(["    org.opentest4j.AssertionFailedError: expected: <0.92> but was: <0.91>"], " ", "10:43:00")
 + _tc(["3 tests completed, 1 failed"], " ", "10:43:01")
 + _tc(["Process exited with code 1"], "E", "10:43:02") + [""]), None),
]


LEFT: dict[str, str] = {
    'jenkins_plugin_test_prints_cannot_contact': ("LEFT: a Jenkins plugin's own test printing durable-task's 'Cannot contact <node>: "
                                                  "java.io.EOFException' line before its failed assertion reads as the lost agent"),
    'jenkins_retry_lost_agent_then_compile_error': ('LEFT: a lost agent (ci-runner-lost) inside retry() outweighs the compile error '
                                                    'of the retried attempt after it (at the base too)'),
    'phpunit_expected_timeout_got_live_refused': ('LEFT: a time-out test that got a remote sandbox host\'s refusal reads real, as '
                                                  "the decided reading of a refusal from a test's local server (review29_a's "
                                                  'phpunit_timeout_msg_vs_refused)'),
    'rspec_expected_read_timeout_got_reset': ("LEFT: RSpec's 'expected Net::ReadTimeout, got #<Errno::ECONNRESET ...>' from a "
                                              'sandbox host reads real (test-assertion; at the base too)'),
}

_ALLOWED = {"transient": {"transient"}, "real": {"real"}, "not_transient": {"real", "unknown"},
            "not_real": {"transient", "unknown"}}


def test_case_ids_are_unique():
    assert_unique_ids(CASES)


@pytest.mark.parametrize(("expected", "log", "failed"), [
    pytest.param(expected, log, failed, id=cid,
                 marks=[pytest.mark.xfail(strict=True, reason=LEFT[cid])] if cid in LEFT else [])
    for cid, expected, log, failed in CASES])
def test_review29_c(expected, log, failed):
    v = judge(log, failed_tests=failed) if failed else judge(log)
    assert v.verdict in _ALLOWED[expected], (v.verdict, v.confidence, v.rationale)
