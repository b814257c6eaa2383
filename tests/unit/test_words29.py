"""(words29) Outage words that a keyword match reads as transient, and the same words where the cause lasts.

A test-retry tool's report that a test failed on every attempt (Jest's "LOGGING RETRY ERRORS" header names the test with
its titles joined by a blank, its failure title joins them with " › "); the line a Jest or Babel code frame marks as the
failing one is the test's source, whose words are what it expects; a PHPUnit test named for a time that compared two
texts. Near-miss guards beside each: the same words where the job met them, or where a time was measured, still read
transient.

Every line here was written for the test (none is copied from a project's CI or a dataset)."""

from __future__ import annotations

import pytest
from judging import judge, labelled, signatures

# --- Jest's retries: the header's full name against the failure's title -----------------------------------------------


def _jest_retried(title_below: str) -> str:
    return (" FAIL  src/basket/__tests__/pay.test.ts (16.02 s)\n"
            "  LOGGING RETRY ERRORS  Basket charges the saved card\n"
            "  RETRY 1\n\n"
            '    thrown: "Exceeded timeout of 5000 ms for a test.\n\n'
            "  RETRY 2\n\n"
            '    thrown: "Exceeded timeout of 5000 ms for a test.\n\n'
            f"  ● {title_below}\n\n"
            '    thrown: "Exceeded timeout of 5000 ms for a test.\n'
            '    Add a timeout value to this test to increase the timeout, if this is a long-running test.\n\n'
            "Tests:       1 failed, 87 passed, 88 total\n")


def test_jest_retried_test_failed_again_in_a_describe_block_reads_real():
    v = judge(_jest_retried("Basket › charges the saved card"))
    assert "failed-every-retry" in signatures(v)
    assert v.verdict == "real", v.rationale


def test_jest_retried_test_nested_two_blocks_deep_reads_real():
    log = _jest_retried("Basket › charges the saved card").replace(
        "LOGGING RETRY ERRORS  Basket charges", "LOGGING RETRY ERRORS  Shop Basket charges").replace(
        "● Basket ›", "● Shop › Basket ›")
    v = judge(log)
    assert "failed-every-retry" in signatures(v) and v.verdict == "real", v.rationale


def test_near_miss_jest_retry_header_then_another_tests_failure_is_no_failed_every_retry():
    """Near-miss guard: the retried test is not the one whose failure follows (another test's title below)."""
    v = judge(_jest_retried("Basket › empties after checkout"))
    assert "failed-every-retry" not in signatures(v)


# --- a code frame's marked line is the test's source -----------------------------------------------------------------

_JEST_TO_MATCH = (
    " FAIL  src/probe/__tests__/http.test.ts\n"
    "  ● HttpProbe › reports a refused connection\n\n"
    "    expect(received).toMatch(expected)\n\n"
    "    Expected pattern: /ECONNREFUSED/\n"
    '    Received string:  "connect ETIMEDOUT 10.0.0.9:8080"\n\n'
    '      22 |     const res = await probe("http://10.0.0.9:8080");\n'
    "    > 23 |     expect(res.error).toMatch(/ECONNREFUSED/);\n"
    "         |                       ^\n"
    "      24 |   });\n")


def test_jest_code_frame_naming_a_refusal_the_test_expects_reads_real():
    v = judge(_JEST_TO_MATCH)
    assert "connection-refused" not in signatures(v)
    assert v.verdict == "real", v.rationale


def test_jest_code_frame_with_a_timeout_error_name_reads_real():
    log = _JEST_TO_MATCH.replace("toMatch(/ECONNREFUSED/)", "toThrow(SocketHangUpError) // ECONNRESET").replace(
        "expect(received).toMatch(expected)", "expect(received).toThrow(expected)")
    assert judge(log).verdict == "real"


def test_near_miss_a_quoted_reply_line_is_no_code_frame():
    """Near-miss guard: a line opening on ">" that is no frame (no number and bar) still reads as what the job met."""
    log = ("$ ./scripts/smoke.sh\n> connecting to db.internal:5432\n"
           "> psql: error: connection to server at \"db.internal\" (10.1.2.3), port 5432 failed: Connection refused\n"
           "Error: Process completed with exit code 2.\n")
    assert "connection-refused" in signatures(judge(log))


def test_near_miss_elapsed_time_near_bound_still_reads_a_code_frame():
    """Near-miss guard: the one entry that reads a frame's marked line (the measured name) still reads it."""
    log = ("  ● render › draws the chart\n\n    expect(received).toBeLessThan(expected)\n\n"
           "    Expected: < 200\n    Received:   214\n\n"
           "      12 |     const duration = await time(() => draw(chart));\n"
           "    > 13 |     expect(duration).toBeLessThan(200);\n         |                      ^\n")
    assert "elapsed-time-near-bound" in signatures(judge(log))


# --- PHPUnit: a test named for a time that compared two texts ----------------------------------------------------------


def _phpunit(wanted: str, got: str, name: str = "testTimeoutMessage") -> str:
    return ("There was 1 failure:\n\n"
            f"1) Shop\\Tests\\Http\\ClientTest::{name}\n"
            "Failed asserting that two strings are identical.\n--- Expected\n+++ Actual\n@@ @@\n"
            f"-'{wanted}'\n+'{got}'\n\n/srv/app/tests/Http/ClientTest.php:44\n\n"
            "FAILURES!\nTests: 120, Assertions: 311, Failures: 1.\n")


def test_phpunit_timeout_named_test_comparing_two_texts_reads_real():
    v = judge(_phpunit("Request timed out", "Connection timed out"))
    assert "timing-sensitive-test" not in signatures(v)
    assert v.verdict == "real", v.rationale


def test_phpunit_assert_equals_on_two_texts_reads_real():
    log = _phpunit("Gave up: deadline expired", "Gave up: timed out", name="testDeadlineMessage").replace(
        "identical", "equal")
    assert judge(log).verdict == "real"


def test_near_miss_phpunit_text_holding_a_measured_time_still_reads_timing():
    """Near-miss guard: a value holding a time the run measured ("after 3s") is what the timing test is about."""
    v = judge(_phpunit("Request timed out", "timed out after 3s"))
    assert "timing-sensitive-test" in signatures(v)


def test_near_miss_phpunit_only_the_got_text_names_the_time_out_still_reads_timing():
    """Near-miss guard: the test wanted another text and its client met the time-out ("-'ok'" over "+'... timed out'")."""
    v = judge(_phpunit("ok", "Connection timed out"))
    assert "timing-sensitive-test" in signatures(v)


def test_near_miss_phpunit_longer_diff_is_not_read_as_two_texts():
    """Near-miss guard: the guard reads one line each side; a diff that runs on (an array) is left to the rest."""
    log = _phpunit("Request timed out", "Connection timed out").replace(
        "+'Connection timed out'\n", "+'Connection timed out'\n+'retry 2'\n")
    assert "timing-sensitive-test" in signatures(judge(log))


def test_near_miss_phpunit_text_holding_milliseconds_still_reads_timing():
    """Near-miss guard: a time in milliseconds is a measured time too ("... after 1000 milliseconds")."""
    v = judge(_phpunit("Request timed out", "cURL error 28: Operation timed out after 1000 milliseconds"))
    assert "timing-sensitive-test" in signatures(v)


# --- a tool's outage under a line that alone reads as a lasting cause ------------------------------------------------

_CMAKE_DOWNLOAD = ("-- Fetching the model archive\n"
                   "CMake Error at cmake/fetch_assets.cmake:27 (file):\n"
                   "  file DOWNLOAD cannot compute hash on failed download\n\n"
                   '    status: [{status}]\n'
                   "Call Stack (most recent call first):\n  CMakeLists.txt:30 (include)\n\n"
                   "-- Configuring incomplete, errors occurred!\n")


def test_cmake_file_download_timed_out_reads_transient():
    v = judge(_CMAKE_DOWNLOAD.format(status='28;"Timeout was reached"'))
    assert "native-prebuilt-download-outage" in signatures(v)
    assert v.verdict == "transient", v.rationale


def test_cmake_file_download_could_not_connect_reads_transient():
    assert judge(_CMAKE_DOWNLOAD.format(status='7;"Couldn\'t connect to server"')).verdict == "transient"


def test_near_miss_cmake_file_download_http_error_is_no_outage():
    """Near-miss guard: curl's 22 is an HTTP error (as often a file that is not there), not read as an outage."""
    v = judge(_CMAKE_DOWNLOAD.format(status='22;"HTTP response code said error"'))
    assert "native-prebuilt-download-outage" not in signatures(v) and v.verdict != "transient"


def test_near_miss_cmake_hash_mismatch_after_a_download_that_came_is_no_outage():
    """Near-miss guard: status 0 under a hash mismatch: the file came and differs."""
    log = ("CMake Error at cmake/fetch_assets.cmake:27 (file):\n  file DOWNLOAD HASH mismatch\n\n"
           "    for file: [/build/_deps/model.tar.gz]\n      expected hash: [1f2e3d]\n        actual hash: [9a8b7c]\n"
           '             status: [0;"No error"]\n\n-- Configuring incomplete, errors occurred!\n')
    v = judge(log)
    assert "native-prebuilt-download-outage" not in signatures(v) and v.verdict != "transient"


_NUGET = ("  Determining projects to restore...\n"
          "/src/Shop.Api/Shop.Api.csproj : error NU1301: Unable to load the service index for source {src}.\n"
          "/src/Shop.Api/Shop.Api.csproj : error NU1301:   The SSL connection could not be established, see inner exception.\n"
          "/src/Shop.Api/Shop.Api.csproj : error NU1301:   {inner}\n"
          "  Failed to restore /src/Shop.Api/Shop.Api.csproj (in 3.1 sec).\n")


def test_nuget_service_index_behind_an_untrusted_certificate_reads_real():
    v = judge(_NUGET.format(src="https://feeds.shop.example/v3/index.json",
                            inner="The remote certificate is invalid because of errors in the certificate chain: "
                                  "UntrustedRoot"))
    assert "tls-certificate" in signatures(v)
    assert v.verdict == "real", v.rationale


def test_nuget_service_index_certificate_name_mismatch_reads_real():
    v = judge(_NUGET.format(src="https://feeds.shop.example/v3/index.json",
                            inner="The remote certificate is invalid according to the validation procedure: "
                                  "RemoteCertificateNameMismatch"))
    assert v.verdict == "real", v.rationale


def test_near_miss_nuget_ssl_connection_reset_still_reads_transient():
    """Near-miss guard: the same SSL words where the connection was reset: an outage."""
    v = judge(_NUGET.format(src="https://api.nuget.org/v3/index.json",
                            inner="Unable to read data from the transport connection: Connection reset by peer."))
    assert v.verdict == "transient", v.rationale


_POETRY = ("Installing dependencies from lock file\n\n"
           "  {name}\n\n"
           "  {message}\n\n"
           "  at /opt/poetry/venv/lib/python3.12/site-packages/requests/adapters.py:519 in send\n"
           "      515│\n")


def test_poetry_connection_error_title_over_an_unreachable_network_reads_transient():
    v = judge(_POETRY.format(
        name="ConnectionError",
        message="HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with url: /pypi/rich/json "
                "(Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f00aa11bb22>: "
                "Failed to establish a new connection: [Errno 101] Network is unreachable'))"))
    assert "uncaught-exception" not in signatures(v)
    assert v.verdict == "transient", v.rationale


def test_near_miss_another_class_named_alone_still_reads_as_an_uncaught_exception():
    """Near-miss guard: only a network error's class alone is a title; the code's own error alone still counts."""
    v = judge(_POETRY.format(name="KeyError", message="'python'"))
    assert "uncaught-exception" in signatures(v)


def test_go_invalid_version_whose_ls_remote_could_not_resolve_the_host_reads_transient():
    log = ("go: downloading github.com/shopkit/ledger v0.9.2\n"
           "go: github.com/shopkit/ledger@v0.9.2: invalid version: git ls-remote -q origin in "
           "/home/runner/go/pkg/mod/cache/vcs/5d4c3b2a1f0e: exit status 128:\n"
           "\tfatal: unable to access 'https://github.com/shopkit/ledger/': Could not resolve host: github.com\n")
    v = judge(log)
    assert "package-not-published" not in signatures(v)
    assert v.verdict == "transient", v.rationale


def test_near_miss_go_invalid_version_with_an_unknown_revision_below_reads_real():
    """Near-miss guard: the same opening line over git's "unknown revision": the tag is not there."""
    log = ("go: github.com/shopkit/ledger@v0.9.2: invalid version: unknown revision v0.9.2\n")
    assert judge(log).verdict == "real"


# --- left as they read: the message form does not tell the two apart -------------------------------------------------

LEFT: list[tuple[str, str, str]] = [
    # a registry host misspelt in the project's config: the resolver's words are those of a resolver that failed
    ("yarn-registry-host-misspelt", "real",
     "[1/4] Resolving packages...\n"
     'error An unexpected error occurred: "https://registry.yarnpkg.cmo/left-pad: getaddrinfo ENOTFOUND '
     'registry.yarnpkg.cmo".\n'),
    # (review30_a) read real now: "regsitry" is "registry" with two letters swapped (dns-lookup-of-misspelt-host); so is
    # "exmaple" below; yarn's ".cmo" above stays left (a top-level name, no word of host names)
    ("docker-registry-host-misspelt", "real",
     'ERROR: failed to solve: regsitry.shop.example/base:1.0: failed to resolve source metadata for '
     'regsitry.shop.example/base:1.0: failed to do request: Head "https://regsitry.shop.example/v2/base/manifests/1.0": '
     "dial tcp: lookup regsitry.shop.example on 127.0.0.53:53: no such host\n"),
    ("curl-host-misspelt", "real",
     "+ curl -fsSL https://get.shop.exmaple/install.sh -o install.sh\ncurl: (6) Could not resolve host: get.shop.exmaple\n"
     "Error: Process completed with exit code 6.\n"),
    # go test -count=3: the same time-out in every run of one test
    ("go-count-same-timeout-every-run", "real",
     "=== RUN   TestWorkerDrains\n    worker_test.go:51: timed out waiting for the ack\n--- FAIL: TestWorkerDrains (5.00s)\n"
     "=== RUN   TestWorkerDrains\n    worker_test.go:51: timed out waiting for the ack\n--- FAIL: TestWorkerDrains (5.00s)\n"
     "=== RUN   TestWorkerDrains\n    worker_test.go:51: timed out waiting for the ack\n--- FAIL: TestWorkerDrains (5.00s)\n"
     "FAIL\nFAIL\tgithub.com/shopkit/worker\t15.020s\n"),
    # xUnit: the test wanted TimeoutException and got the HttpClient's cancellation for the time-out it set
    ("xunit-throws-timeout-got-canceled", "real",
     "  Failed Shop.Tests.ClientTests.Get_ThrowsTimeout [1 s]\n  Error Message:\n"
     "   Assert.Throws() Failure: Exception type was not an exact match\nExpected: typeof(System.TimeoutException)\n"
     "Actual:   typeof(System.Threading.Tasks.TaskCanceledException)\n"
     "---- System.Threading.Tasks.TaskCanceledException : The request was canceled due to the configured "
     "HttpClient.Timeout of 1 seconds elapsing.\n"
     "Failed!  - Failed:     1, Passed:    80, Skipped:     0, Total:    81, Duration: 2 s - Shop.Tests.dll (net8.0)\n"),
    # PHPUnit: the wanted message against the raw one that holds the time the run measured
    ("phpunit-message-with-measured-time", "real",
     "1) Shop\\Tests\\Http\\ClientTest::testTimeoutMessage\nFailed asserting that two strings are identical.\n"
     "--- Expected\n+++ Actual\n@@ @@\n-'Request timed out'\n+'cURL error 28: Operation timed out after 1000 milliseconds'\n"
     "\nFAILURES!\nTests: 12, Assertions: 31, Failures: 1.\n"),
    # a Go test that wanted its dial to hit the deadline and got no error
    ("go-test-wanted-deadline-got-nil", "real",
     "--- FAIL: TestDialHonoursDeadline (0.10s)\n    dial_test.go:33: Dial() error = <nil>, want \"i/o timeout\"\nFAIL\n"
     "FAIL\tgithub.com/shopkit/netx\t0.214s\n"),
    # Gradle's plugin not found with the portal's read time-out under it
    ("gradle-plugin-portal-read-timeout", "transient",
     "* What went wrong:\nPlugin [id: 'com.shopkit.conventions', version: '2.1.0'] was not found in any of the following "
     "sources:\n\n- Gradle Core Plugins (plugin is not in 'org.gradle' namespace)\n"
     "- Plugin Repositories (could not resolve plugin artifact 'com.shopkit.conventions:com.shopkit.conventions."
     "gradle.plugin:2.1.0')\n  Searched in the following repositories:\n    Gradle Central Plugin Repository\n"
     "> Could not GET 'https://plugins.gradle.org/m2/com/shopkit/conventions/2.1.0/conventions-2.1.0.pom'.\n"
     "   > Read timed out\n"),
]

KNOWN_MISREAD = {
    "yarn-registry-host-misspelt": "a name that never existed and a resolver that failed print the same words; the log "
                                   "does not say which host names exist (the transient reading is the common one)",
    "go-count-same-timeout-every-run": "go test -count's repeated runs and gotestsum's reprint of one failure in its "
                                       "summary both show a test's '--- FAIL' twice; the log does not tell them apart",
    "xunit-throws-timeout-got-canceled": "the exception the test got is the time-out it set, under another type: a "
                                         "time-out the run met either way; left to the time-out's reading",
    "phpunit-message-with-measured-time": "a compared text holding a measured time is what timing-sensitive-test is "
                                          "written for; the guard declines it by design",
    "go-test-wanted-deadline-got-nil": "a deadline the test set and the run did not reach may be the run's speed as well "
                                       "as the code's: unknown, not transient, is the reading",
    "gradle-plugin-portal-read-timeout": "a plugin not found with a read time-out under it: the time-out may be one "
                                         "repository's of several; unknown is the cautious reading",
}


@pytest.mark.parametrize(("verdict", "log"), labelled(LEFT, KNOWN_MISREAD))
def test_left_as_read(verdict, log):
    assert judge(log).verdict == verdict
