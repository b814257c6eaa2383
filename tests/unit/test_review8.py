"""Defects a review of the eighth round found, each with an excerpt the review wrote (none is
copied from a project's CI)."""

from __future__ import annotations

import pytest
from judging import judge, reads_as, signatures


def test_the_jvm_bind_exception_a_test_expects_is_no_port_in_use():
    expected = ("HttpServerTest > refusesSecondServerOnSamePort() FAILED\n"
                "    org.opentest4j.AssertionFailedError: Expected java.net.BindException to be thrown, but nothing"
                " was thrown.\n")
    v = judge(expected)
    assert "port-in-use" not in signatures(v) and v.verdict == "real", v.rationale
    config = ("[ERROR] Tests run: 3, Failures: 0, Errors: 1\n"
              "[ERROR] startsOnConfiguredAddress  Time elapsed: 0.1 s  <<< ERROR!\n"
              "java.net.BindException: Cannot assign requested address\n"
              "\tat java.base/sun.nio.ch.Net.bind0(Native Method)\n")
    v = judge(config)
    assert "port-in-use" not in signatures(v) and v.verdict != "transient", v.rationale


@pytest.mark.parametrize("log", [
    # a wait in one test, an assertion in another test of the same file
    ("--- FAIL: TestHealthz (30.00s)\n"
     "    server_integration_test.go:57: timed out waiting for /healthz\n"
     "--- FAIL: TestOrders (0.01s)\n"
     "    server_integration_test.go:102: GET /orders: status = 500, want 200\n"),
    # a wait in one test, an assertion in another test of the same class
    ("CheckoutTests.swift:40: error: -[AppTests.CheckoutTests testLoadsCart] : Asynchronous wait failed:"
     " Exceeded timeout of 5 seconds, with unfulfilled expectations: \"cart loaded\".\n"
     "CheckoutTests.swift:88: error: -[AppTests.CheckoutTests testTotalIncludesTax] : XCTAssertEqual failed:"
     " (\"107.0\") is not equal to (\"100.0\")\n"),
    # the program's own log line saying something timed out, then an unrelated assertion
    ("2024-05-01 10:00:01 Cache warmer: timed out waiting for redis:6379, continuing without cache\n"
     "OrderServiceTest > marksShipped FAILED\n"
     '    org.opentest4j.AssertionFailedError: expected: <"shipped"> but was: <"pending">\n'),
])
def test_an_assertion_of_another_test_is_not_the_waits_report(log):
    v = judge(log)
    assert v.verdict != "transient", v.rationale


@pytest.mark.parametrize("cause", [
    "Certificate for <nexus.acme.internal> doesn't match any of the subject alternative names: [*.acme.dev]",
    "Username must not be null!",
    "PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find"
    " valid certification path to requested target",
    'Unable to tunnel through proxy. Proxy returns "HTTP/1.1 407 Proxy Authentication Required"',
])
def test_a_gradle_fetch_whose_nested_cause_persists_is_no_failed_download(cause):
    log = ("* What went wrong:\n"
           "Execution failed for task ':app:checkDebugAarMetadata'.\n"
           "> Could not resolve all files for configuration ':app:debugRuntimeClasspath'.\n"
           "   > Could not resolve com.acme:billing-core:2.4.0.\n"
           "      > Could not get resource 'https://nexus.acme.internal/repo/com/acme/billing-core/2.4.0/billing-core-2.4.0.pom'.\n"
           "         > Could not GET 'https://nexus.acme.internal/repo/com/acme/billing-core/2.4.0/billing-core-2.4.0.pom'.\n"
           f"            > {cause}\n")
    v = judge(log)
    assert "artifact-fetch-failed" not in signatures(v) and v.verdict != "transient", v.rationale


@pytest.mark.parametrize("log", [
    '    index_test.go:41: FetchIndex() err = Get "https://index.acme.dev/v1": dial tcp 10.4.0.7:443: connect:'
    " connection refused, want <nil>\n--- FAIL: TestFetchIndex (0.02s)\n",
    "    push_test.go:58: Push() err = dial tcp: lookup mirror.acme.dev: no such host, want nil\n"
    "--- FAIL: TestPush (0.01s)\n",
    "  1) uploads the bundle:\n     Error: expected no error but got: getaddrinfo EAI_AGAIN uploads.acme.dev\n",
    "    registry_test.go:77: Pull(): dial tcp 140.82.112.33:443: i/o timeout; want a manifest\n"
    "--- FAIL: TestPull (30.00s)\n",
])
def test_network_trouble_a_test_ran_into_while_wanting_no_error_still_counts(log):
    v = judge(log)
    assert v.verdict == "transient", v.rationale


def test_a_test_binary_that_failed_to_initialise_is_not_decided_transient_on_that_alone():
    log = ("     Running unittests src/lib.rs (target\\debug\\deps\\imgtool-6f1d2c0a9b3e4f5a.exe)\n"
           "error: test failed, to rerun pass `--lib`\n"
           "Caused by:\n"
           "  process didn't exit successfully: `D:\\a\\imgtool\\target\\debug\\deps\\imgtool-6f1d2c0a9b3e4f5a.exe`"
           " (exit code: 0xc0000142, STATUS_DLL_INIT_FAILED)\n")
    v = judge(log)
    assert v.verdict != "transient", v.rationale


# --- a second review, of the wordings added after the thirteenth set's measurement ---

def test_a_maven_central_download_line_with_403_in_its_speed_is_no_refusal():
    log = ("Downloaded from central: https://repo.maven.apache.org/maven2/org/apache/maven/surefire/"
           "surefire-junit-platform/3.2.5/surefire-junit-platform-3.2.5.pom (4.7 kB at 403 kB/s)\n"
           "[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0\n"
           "[ERROR] PriceTest.roundsHalfUp:41 expected: <10.05> but was: <10.04>\n")
    v = judge(log)
    assert "public-repository-refused" not in signatures(v) and v.verdict == "real", v.rationale


@pytest.mark.parametrize("noise", [
    '   Compiling tokio-io-timeout v1.2.0\n',
    'WARNING: Uploading artifacts as "archive" to coordinator... 502 Bad Gateway  id=1234 responseStatus=502\n',
])
def test_a_build_script_failing_on_its_own_stays_real_whatever_else_the_log_says(noise):
    log = (noise +
           "error: failed to run custom build command for `proto-gen v0.4.0`\n\n"
           "Caused by:\n  process didn't exit successfully: `/work/target/debug/build/proto-gen-1a2b/build-script-build`"
           " (exit status: 1)\n"
           "  --- stderr\n  protoc failed: api.proto:12:3: \"Strng\" is not defined.\n")
    reads_as(log, "real", "build-script-failed")


def test_a_truncated_archive_is_light_and_nothing_after_a_404():
    cut = judge("Fetching http://mirror.example.org/dist/Foo-Bar-1.02.tar.gz ... OK\n\n"
                "gzip: stdin: unexpected end of file\n/usr/bin/tar: Child returned status 1\n"
                "/usr/bin/tar: Error is not recoverable: exiting now\n")
    assert "archive-truncated" in signatures(cut) and cut.verdict != "real", cut.rationale
    missing = judge("curl: (22) The requested URL returned error: 404\n"
                    "gzip: stdin: unexpected end of file\n/usr/bin/tar: Child returned status 1\n")
    assert "archive-truncated" not in signatures(missing) and missing.verdict != "transient", missing.rationale
    committed = judge("+ tar -xzf - < tests/data/golden-images.tar.gz\n"
                      "gzip: stdin: unexpected end of file\ntar: Child returned status 1\n"
                      "FAILED tests/test_render.py::test_matches_golden - AssertionError: assert 0.91 >= 0.99\n")
    assert committed.verdict != "transient", committed.rationale


def test_a_pinned_hash_of_the_projects_own_is_no_mirror_sync():
    log = ("Wrong checksum for https://github.com/example/tool/archive/v1.2.3.tar.gz:\n"
           "Expected: 0c1d2e3f4a5b6c7d8e9f00112233445566778899aabbccddeeff001122334455\n"
           "Actual:   ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100\n")
    v = judge(log)
    assert "package-mirror" not in signatures(v) and v.verdict != "transient", v.rationale


def test_dart_results_with_a_new_failure_and_other_tools_timeouts_are_not_a_wait():
    mixed = judge("(vm-linux-release-x64):\n"
                  "    language/await_deadlock_test   (Pass -> Timeout, expected Pass) at 1a2b..3c4d\n"
                  "    language/await_order_test   (Pass -> RuntimeError, expected Pass) at 1a2b..3c4d\n")
    assert mixed.verdict != "transient", mixed.rationale
    igt = judge("Possible regressions\n  * igt@gem_exec_fence@basic-wait:\n    - shard-dg2: PASS -> TIMEOUT\n")
    assert "test-timeout" not in signatures(igt), igt.rationale


def test_a_zig_test_expecting_a_timeout_error_is_no_network_trouble():
    log = ("test \"dial gives up\"... FAIL (TestExpectedError)\n"
           "failed: expected error.ConnectionTimedOut, found error.ConnectionRefused\n"
           "    try std.testing.expectError(error.ConnectionTimedOut, dialSlowPeer(allocator));\n")
    v = judge(log)
    assert v.verdict != "transient", v.rationale


def test_pacmans_summary_after_mirrors_said_not_found_is_no_network_trouble():
    log = (":: Retrieving packages...\n"
           "error: failed retrieving file 'libfoo-2.0-1-x86_64.pkg.tar.zst' from mirror.example.org : The"
           " requested URL returned error: 404\n"
           "warning: failed to retrieve some files\n"
           "error: failed to commit transaction (download library error)\n")
    v = judge(log)
    assert "pacman-download-failed" not in signatures(v) and v.verdict != "transient", v.rationale


@pytest.mark.parametrize("line", [
    "--- FAIL: TestRedisSlowlogGet (0.00s)",            # SLOWLOG, a Redis command
    "FAILED tests/test_pool.py::test_asynchat_banner - AssertionError",
    "com.example.LeakybucketTest > refillsAtRate FAILED",
])
def test_a_timing_word_inside_another_word_is_no_timing_named_test(line):
    v = judge(f"{line}\n    expected 3 but was 2\n")
    assert "timing-sensitive-test" not in signatures(v), v.rationale


@pytest.mark.parametrize("line", [
    "--- FAIL: TestPoolConcurrentGet (0.02s)",
    # (names22) an async name counts only where the log shows the test timing out (async-named failures were flaky
    # in 8 of 13 public threads, test_rules22_test_names.py), so this one fails by a timeout
    "FAILED tests/test_loop.py::test_asyncio_cancel_in_flight - asyncio.exceptions.TimeoutError",
    "com.example.CacheTest > releasesNoLeaks FAILED",
])
def test_the_word_as_a_part_of_the_name_still_counts(line):
    v = judge(f"{line}\n    expected 3 but was 2\n")
    assert "timing-sensitive-test" in signatures(v), v.rationale
