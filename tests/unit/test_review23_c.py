"""Twenty-third round, review c: the retry-report reading (failed-every-retry, the survived attempts of pytest-retry and
gotestsum) and the Docker setup readings of review23_docker, tried from the side they could get wrong.

Covered: (a) a retry report where one test passed on a retry (its failed attempt an outage or a time limit) and ANOTHER
test failed on every attempt, in each tool's format (pytest-rerunfailures, pytest-retry, Surefire's "Flakes:" beside
"Failures:", Gradle's test logging, Jest, Playwright's list reporter, cargo-nextest, Cypress, the .NET retry extension,
Bazel); (b) a test that failed on every attempt because a service it calls was down or hanging all job long (DNS, a 503,
a read time limit, a navigation time limit to an external site, crates.io unreachable from nextest's "TRY 3 FAIL"), and
Bazel's "TIMEOUT in 3 out of 3" with and without a remote executor's own failure; (c) retry words where no retry ran
(Surefire's "Run 1:" alone, the .NET extension's "after 1/1 attempts", Bazel's "out of 1"); (d) the Docker setup entries
beside a cause a rerun clears: a socket refused because an earlier setup step failed on the network, a Podman socket the
job's script starts in the background and uses before it is up, Testcontainers finding no Docker while the runner's
daemon restarted (its journal in the log), a client too NEW for an old daemon ("client version 1.52 is too new.
Maximum supported API version is 1.43", the fix is configuration too), Docker 29's permission wording on GitLab's shell
executor.

Where the wording comes from: the retry tools' lines as tests/unit/test_rules23_retries.py quotes them from each tool's
source (pytest-rerunfailures, pytest-retry, Surefire DefaultReporterFactory, Jest DefaultReporter, Playwright list.ts,
nextest displayer/imp.rs, the .NET retry extension's resources); Bazel's and Cypress's summaries documented. Docker's
"client version %s is too new. Maximum supported API version is %s" (moby api/server/middleware/version.go, as quoted in
public projects' notes and code comments; recalled, the source not read here); dockerd's "Processing signal '%v'" (moby
cmd/dockerd trap, read in public copies), "Daemon shutdown complete" and "API listen on /run/docker.sock" (recalled);
podman's "unable to connect to Podman socket" (as review23_docker read it). Page errors (Playwright's "page.goto: Timeout
30000ms exceeded." and "net::ERR_NAME_NOT_RESOLVED", reqwest's and requests' connection errors) are recalled. CI lines
(GitHub's "##[error]Process completed", GitLab's "ERROR: Job failed", Jenkins' "Finished: FAILURE", Buildkite's "🚨 Error")
recalled. Every log is short and written for this test; hosts, tests and paths are made up.

The rules the cases hold:
  * one test passed on a retry and another failed on every attempt -> real, whatever the flaky one's failed attempt says
    (a connection reset, a time limit): the flake explains its own test, not the job's failure;
  * a test that failed on every attempt with a service's own outage error (DNS, a 503, a read time limit, a navigation to
    an external site that did not load) -> transient: the service was down all job long, a rerun later passes;
  * a test that timed out on every attempt with nothing but its own time limit -> not surely transient;
  * retry words with no retry behind them ("Run 1:" alone, one attempt of one) do not drop a flake's signs;
  * the Docker setup entries stand aside where the log shows the cause a rerun clears (a daemon restarted under the job,
    its journal printed after the failure); not where the job's own script restarted it or the daemon did not come
    back; a client too new for the daemon -> real.

Before the fixes (main at 9f739cf) 9 of these 41 logs read wrong: 1 real log read transient (Playwright's
"TimeoutError: locator.click" on every retry, kept as a request's time limit), 1 real read unknown (the .NET
extension's flaky test's refused connection and its "flaky: 1 (passed after retry)" cancelled the other test's report),
4 transient logs read real (a navigation time limit and Firefox's unknown host on every retry, the daemon restarted
under Testcontainers twice), 1 transient read unknown (left, see KNOWN_MISREAD) and the 2 one-attempt retry summaries
read real where the same log without them reads unknown.
"""

from __future__ import annotations

import pytest
from judging import (
    assert_unique_ids,
    judge,
    labelled,
    logs,
    not_surely_transient,
    reads,
    signatures,
)

_GHA = "##[error]Process completed with exit code 1.\n"
_GL = "ERROR: Job failed: exit code 1\n"
_JENKINS = "ERROR: script returned exit code 1\nFinished: FAILURE\n"
_BK = "🚨 Error: The command exited with status 1\n"
_CIRCLE = "\nExited with code exit status 1\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------ (a) one test flaky, ANOTHER failed every attempt
    ("c-rerunfailures-flaky-reset-beside-failed-every-rerun", "real",
     "$ pytest -rR --reruns 2 tests/\n"
     "tests/test_hooks.py R.                                                     [ 20%]\n"
     "tests/test_price.py RRF                                                    [ 40%]\n"
     "tests/test_misc.py ...                                                     [100%]\n"
     "=================================== FAILURES ===================================\n"
     "______________________________ test_rounds_half_up _____________________________\n"
     "E       assert Decimal('10.04') == Decimal('10.05')\n"
     "tests/test_price.py:12: AssertionError\n"
     "=========================== rerun test summary info ============================\n"
     "RERUN tests/test_hooks.py::test_delivers_webhook - requests.exceptions.ConnectionError: ('Connection aborted.', "
     "ConnectionResetError(104, 'Connection reset by peer'))\n"
     "RERUN tests/test_price.py::test_rounds_half_up - assert Decimal('10.04') == Decimal('10.05')\n"
     "RERUN tests/test_price.py::test_rounds_half_up - assert Decimal('10.04') == Decimal('10.05')\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_price.py::test_rounds_half_up - assert Decimal('10.04') == Decimal('10.05')\n"
     "=================== 1 failed, 4 passed, 3 rerun in 4.51s ======================\n" + _GHA),
    ("c-pytest-retry-flaky-timeout-beside-failed-after-attempts", "real",
     "tests/test_sync.py R.R.F                                                    [100%]\n"
     "=================================== FAILURES ===================================\n"
     "__________________________ test_merges_two_changesets __________________________\n"
     "E       assert {'a': 1} == {'a': 1, 'b': 2}\n"
     "tests/test_sync.py:40: AssertionError\n"
     "======================= the following tests were retried =======================\n"
     "\ttest_pulls_remote_feed failed on attempt 1! Retrying!\n"
     "\trequests.exceptions.ReadTimeout: HTTPSConnectionPool(host='feeds.example.org', port=443): Read timed out. "
     "(read timeout=10)\n"
     "\n"
     "\ttest_pulls_remote_feed passed on attempt 2!\n"
     "\n"
     "\ttest_merges_two_changesets failed on attempt 1! Retrying!\n"
     "\tAssertionError: assert {'a': 1} == {'a': 1, 'b': 2}\n"
     "\n"
     "\ttest_merges_two_changesets failed after 2 attempts!\n"
     "\tAssertionError: assert {'a': 1} == {'a': 1, 'b': 2}\n"
     "\n"
     "========================= end of test retry report =========================\n"
     "FAILED tests/test_sync.py::test_merges_two_changesets - assert {'a': 1} == {'a': 1, 'b': 2}\n"
     "================== 1 failed, 2 passed, 2 retried in 13.02s ==================\n" + _GHA),
    ("c-surefire-flakes-socket-timeout-and-failures-assertion", "real",
     "[INFO] Results:\n"
     "[INFO] \n"
     "[ERROR] Failures: \n"
     "[ERROR] com.acme.billing.InvoiceTest.addsVat\n"
     "[ERROR]   Run 1: InvoiceTest.addsVat:31 expected: <119.00> but was: <100.00>\n"
     "[ERROR]   Run 2: InvoiceTest.addsVat:31 expected: <119.00> but was: <100.00>\n"
     "[INFO] \n"
     "[WARNING] Flakes: \n"
     "[WARNING] com.acme.billing.RatesClientIT.fetchesRates\n"
     "[ERROR]   Run 1: RatesClientIT.fetchesRates:58 » SocketTimeout Read timed out\n"
     "[INFO]   Run 2: PASS\n"
     "[INFO] \n"
     "[ERROR] Tests run: 88, Failures: 1, Errors: 0, Skipped: 0, Flakes: 1\n"
     "[INFO] \n"
     "[INFO] BUILD FAILURE\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.5.2:test (default-test) on "
     "project billing: There are test failures.\n" + _JENKINS),
    ("c-surefire-flakes-refused-and-errors-npe-every-run", "real",
     "[INFO] Results:\n"
     "[INFO] \n"
     "[ERROR] Errors: \n"
     "[ERROR] com.acme.shop.CartServiceTest.mergesCarts\n"
     "[ERROR]   Run 1: CartServiceTest.mergesCarts:77 » NullPointer Cannot invoke \"com.acme.shop.Cart.items()\" "
     "because \"guest\" is null\n"
     "[ERROR]   Run 2: CartServiceTest.mergesCarts:77 » NullPointer Cannot invoke \"com.acme.shop.Cart.items()\" "
     "because \"guest\" is null\n"
     "[ERROR]   Run 3: CartServiceTest.mergesCarts:77 » NullPointer Cannot invoke \"com.acme.shop.Cart.items()\" "
     "because \"guest\" is null\n"
     "[INFO] \n"
     "[WARNING] Flakes: \n"
     "[WARNING] com.acme.shop.StockClientIT.reserves\n"
     "[ERROR]   Run 1: StockClientIT.reserves:40 » Connect Connection refused\n"
     "[ERROR]   Run 2: StockClientIT.reserves:40 » Connect Connection refused\n"
     "[INFO]   Run 3: PASS\n"
     "[INFO] \n"
     "[ERROR] Tests run: 140, Failures: 0, Errors: 1, Skipped: 0, Flakes: 1\n"
     "[INFO] BUILD FAILURE\n" + _GHA),
    ("c-gradle-flaky-unknown-host-beside-failed-twice", "real",
     "> Task :app:test\n"
     "\n"
     "GeoClientTest > resolvesCity() FAILED\n"
     "    java.net.UnknownHostException: geo.example-partner.com: Temporary failure in name resolution\n"
     "\n"
     "GeoClientTest > resolvesCity() PASSED\n"
     "\n"
     "SlugTest > keepsUnicode() FAILED\n"
     "    org.opentest4j.AssertionFailedError: expected: <café-crème> but was: <caf-crme>\n"
     "\n"
     "SlugTest > keepsUnicode() FAILED\n"
     "    org.opentest4j.AssertionFailedError: expected: <café-crème> but was: <caf-crme>\n"
     "\n"
     "212 tests completed, 3 failed\n"
     "\n"
     "> Task :app:test FAILED\n"
     "Execution failed for task ':app:test'.\n"
     "> There were failing tests. See the report at: file:///home/runner/work/app/build/reports/tests/test/index.html\n"
     + _GHA),
    ("c-jest-flaky-timeout-beside-failed-every-retry", "real",
     " LOGGING RETRY ERRORS  feed › loads the remote feed\n"
     " RETRY 1 \n"
     "\n"
     "    thrown: \"Exceeded timeout of 5000 ms for a test.\n"
     "\n"
     "PASS src/feed.test.ts (9.1 s)\n"
     " LOGGING RETRY ERRORS  money › formats euros\n"
     " RETRY 1 \n"
     "\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "\n"
     "FAIL src/money.test.ts\n"
     "  ● money › formats euros\n"
     "\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "\n"
     "    Expected: \"1.234,50 €\"\n"
     "    Received: \"1,234.50 €\"\n"
     "\n"
     "Test Suites: 1 failed, 22 passed, 23 total\n"
     "Tests:       1 failed, 301 passed, 302 total\n" + _GHA),
    ("c-playwright-flaky-goto-timeout-beside-failed-every-retry", "real",
     "Running 40 tests using 2 workers\n"
     "\n"
     "  ✘  7 [chromium] › tests/docs.spec.ts:5:3 › links to the status page (30.0s)\n"
     "  ✓  8 [chromium] › tests/docs.spec.ts:5:3 › links to the status page (retry #1) (2.1s)\n"
     "  ✘  9 [chromium] › tests/cart.spec.ts:12:3 › applies the coupon (1.2s)\n"
     "  ✘  10 [chromium] › tests/cart.spec.ts:12:3 › applies the coupon (retry #1) (1.1s)\n"
     "  ✘  11 [chromium] › tests/cart.spec.ts:12:3 › applies the coupon (retry #2) (1.1s)\n"
     "\n"
     "  1) [chromium] › tests/cart.spec.ts:12:3 › applies the coupon ──────────────────────────\n"
     "\n"
     "    Error: expect(received).toBe(expected) // Object.is equality\n"
     "\n"
     "    Expected: \"$90.00\"\n"
     "    Received: \"$100.00\"\n"
     "\n"
     "  2) [chromium] › tests/docs.spec.ts:5:3 › links to the status page ─────────────────────\n"
     "\n"
     "    Error: page.goto: Timeout 30000ms exceeded.\n"
     "    Call log:\n"
     "      - navigating to \"https://status.example-vendor.com/\", waiting until \"load\"\n"
     "\n"
     "  1 failed\n"
     "    [chromium] › tests/cart.spec.ts:12:3 › applies the coupon ───────────────────────────\n"
     "  1 flaky\n"
     "    [chromium] › tests/docs.spec.ts:5:3 › links to the status page ──────────────────────\n"
     "  38 passed (1.9m)\n" + _GHA),
    ("c-nextest-flaky-dns-beside-failed-every-try", "real",
     "    Starting 140 tests across 6 binaries\n"
     "  TRY 1 FAIL [   0.402s] mirror::fetch pulls_index\n"
     "  stderr ---\n"
     "    thread 'pulls_index' panicked at tests/fetch.rs:22:10:\n"
     "    called `Result::unwrap()` on an `Err` value: reqwest::Error { kind: Request, url: \"https://index.example.org/"
     "config.json\", source: hyper_util::client::legacy::Error(Connect, ConnectError(\"dns error\", Custom { kind: "
     "Uncategorized, error: \"failed to lookup address information: Temporary failure in name resolution\" })) }\n"
     "\n"
     "  TRY 2 PASS [   0.120s] mirror::fetch pulls_index\n"
     "  TRY 1 FAIL [   0.004s] mirror::semver orders_prereleases\n"
     "  stderr ---\n"
     "    thread 'orders_prereleases' panicked at src/semver.rs:88:5:\n"
     "    assertion `left == right` failed\n"
     "      left: Less\n"
     "     right: Greater\n"
     "\n"
     "  TRY 2 FAIL [   0.003s] mirror::semver orders_prereleases\n"
     "  TRY 3 FAIL [   0.003s] mirror::semver orders_prereleases\n"
     "────────────\n"
     "     Summary [   8.020s] 140 tests run: 139 passed (1 flaky), 1 failed, 0 skipped\n"
     "   FLAKY 2/3 [   0.120s] mirror::fetch pulls_index\n"
     "  TRY 3 FAIL [   0.003s] mirror::semver orders_prereleases\n"
     "error: test run failed\n" + _GHA),
    ("c-cypress-flaky-visit-502-beside-failed-every-attempt", "real",
     "  Checkout\n"
     "    (Attempt 1 of 3) loads the partner widget\n"
     "    ✓ loads the partner widget (2310ms)\n"
     "    (Attempt 1 of 3) totals the basket\n"
     "    (Attempt 2 of 3) totals the basket\n"
     "    1) totals the basket\n"
     "\n"
     "  1 passing (31s)\n"
     "  1 failing\n"
     "\n"
     "  1) Checkout\n"
     "       totals the basket:\n"
     "     AssertionError: expected '$100.00' to equal '$90.00'\n"
     "\n"
     "  │ ✖  1 of 6 failed (17%)                 01:40       24       23        1        -        -  │\n" + _GHA),
    ("c-dotnet-retry-flaky-http-beside-failed-every-attempt", "real",
     "failed Acme.Api.Tests.RatesTests.FetchesRates (10s 12ms)\n"
     "  System.Net.Http.HttpRequestException: Connection refused (rates.example-partner.com:443)\n"
     "failed Acme.Api.Tests.SlugTests.KeepsUnicode (8ms)\n"
     "  Assert.AreEqual failed. Expected:<café>. Actual:<caf>.\n"
     "Retry: attempt 1/3 failed - 2 failing test(s), retrying\n"
     "failed Acme.Api.Tests.SlugTests.KeepsUnicode (7ms)\n"
     "  Assert.AreEqual failed. Expected:<café>. Actual:<caf>.\n"
     "Retry: attempt 2/3 failed - 1 failing test(s), retrying\n"
     "failed Acme.Api.Tests.SlugTests.KeepsUnicode (7ms)\n"
     "  Assert.AreEqual failed. Expected:<café>. Actual:<caf>.\n"
     "Retry summary: Failed! after 3/3 attempts\n"
     "  total: 212\n"
     "  failed: 1\n"
     "  flaky: 1 (passed after retry)\n"
     "Flaky tests:\n"
     "  Acme.Api.Tests.RatesTests.FetchesRates (failed -> passed)\n" + _GHA),
    ("c-bazel-flaky-target-beside-failed-every-attempt", "real",
     "//svc/feed:fetch_test                                             FLAKY, failed in 1 out of 2 in 31.0s\n"
     "  Stats over 2 runs: max = 31.0s, min = 1.2s, avg = 16.1s, dev = 14.9s\n"
     "//svc/price:round_test                                            FAILED in 3 out of 3 in 0.4s\n"
     "  Stats over 3 runs: max = 0.4s, min = 0.4s, avg = 0.4s, dev = 0.0s\n"
     "\n"
     "Executed 2 out of 140 tests: 139 tests pass and 1 fails locally.\n"
     "INFO: Build completed, 1 test FAILED, 980 total actions\n" + _BK),

    # ------------------------------------------------------------ (b) a service down or hanging all job long
    ("c-rerunfailures-dns-every-rerun", "transient",
     "tests/test_github.py RRF                                                   [100%]\n"
     "=================================== FAILURES ===================================\n"
     "___________________________ test_lists_release_assets ____________________________\n"
     "E   requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.github.com', port=443): Max retries "
     "exceeded with url: /repos/acme/tool/releases/latest (Caused by NameResolutionError(\"<urllib3.connection."
     "HTTPSConnection object at 0x7f3a2c1d0>: Failed to resolve 'api.github.com' ([Errno -3] Temporary failure in "
     "name resolution)\"))\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_github.py::test_lists_release_assets - requests.exceptions.ConnectionError: "
     "HTTPSConnectionPool(host='api.github.com', port=443): Max retries exceeded\n"
     "=================== 1 failed, 40 passed, 2 rerun in 31.40s ====================\n" + _GHA),
    ("c-rerunfailures-read-timeout-named-timeout-every-rerun", "transient",
     "=================================== FAILURES ===================================\n"
     "__________________________ test_download_timeout_retry __________________________\n"
     "E   requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='files.example-cdn.net', port=443): Read timed "
     "out. (read timeout=30)\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_fetch.py::test_download_timeout_retry - requests.exceptions.ReadTimeout: "
     "HTTPSConnectionPool(host='files.example-cdn.net', port=443): Read timed out. (read timeout=30)\n"
     "=================== 1 failed, 12 passed, 2 rerun in 95.12s ====================\n" + _GHA),
    ("c-surefire-503-every-run", "transient",
     "[ERROR] Errors: \n"
     "[ERROR] com.acme.geo.GeocoderIT.geocodesAddress\n"
     "[ERROR]   Run 1: GeocoderIT.geocodesAddress:44 » HttpServerError 503 Service Unavailable: \"<html><body>"
     "<h1>503 Service Unavailable</h1>No server is available to handle this request.</body></html>\"\n"
     "[ERROR]   Run 2: GeocoderIT.geocodesAddress:44 » HttpServerError 503 Service Unavailable: \"<html><body>"
     "<h1>503 Service Unavailable</h1>No server is available to handle this request.</body></html>\"\n"
     "[ERROR]   Run 3: GeocoderIT.geocodesAddress:44 » HttpServerError 503 Service Unavailable: \"<html><body>"
     "<h1>503 Service Unavailable</h1>No server is available to handle this request.</body></html>\"\n"
     "[INFO] \n"
     "[ERROR] Tests run: 12, Failures: 0, Errors: 1, Skipped: 0\n"
     "[INFO] BUILD FAILURE\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-failsafe-plugin:3.5.2:verify (default) on project "
     "geo: There are test failures.\n" + _GL),
    ("c-gradle-unknown-host-every-execution", "transient",
     "> Task :client:test\n"
     "\n"
     "PartnerApiTest > fetchesCatalogue() FAILED\n"
     "    java.net.UnknownHostException: api.example-partner.com: Temporary failure in name resolution\n"
     "\n"
     "PartnerApiTest > fetchesCatalogue() FAILED\n"
     "    java.net.UnknownHostException: api.example-partner.com: Temporary failure in name resolution\n"
     "\n"
     "PartnerApiTest > fetchesCatalogue() FAILED\n"
     "    java.net.UnknownHostException: api.example-partner.com: Temporary failure in name resolution\n"
     "\n"
     "57 tests completed, 3 failed\n"
     "\n"
     "> Task :client:test FAILED\n"
     "Execution failed for task ':client:test'.\n"
     "> There were failing tests. See the report at: file:///builds/acme/client/build/reports/tests/test/index.html\n"
     + _GL),
    ("c-jest-eai-again-every-retry", "transient",
     " LOGGING RETRY ERRORS  rates › converts with today's rate\n"
     " RETRY 1 \n"
     "\n"
     "    FetchError: request to https://rates.example-bank.com/v1/latest failed, reason: getaddrinfo EAI_AGAIN "
     "rates.example-bank.com\n"
     "\n"
     " RETRY 2 \n"
     "\n"
     "    FetchError: request to https://rates.example-bank.com/v1/latest failed, reason: getaddrinfo EAI_AGAIN "
     "rates.example-bank.com\n"
     "\n"
     "FAIL src/rates.test.ts\n"
     "  ● rates › converts with today's rate\n"
     "\n"
     "    FetchError: request to https://rates.example-bank.com/v1/latest failed, reason: getaddrinfo EAI_AGAIN "
     "rates.example-bank.com\n"
     "\n"
     "Test Suites: 1 failed, 9 passed, 10 total\n"
     "Tests:       1 failed, 88 passed, 89 total\n" + _CIRCLE),
    ("c-playwright-goto-timeout-external-every-retry", "transient",
     "  ✘  3 [chromium] › tests/sso.spec.ts:8:3 › signs in through the identity provider (30.1s)\n"
     "  ✘  4 [chromium] › tests/sso.spec.ts:8:3 › signs in through the identity provider (retry #1) (30.1s)\n"
     "  ✘  5 [chromium] › tests/sso.spec.ts:8:3 › signs in through the identity provider (retry #2) (30.0s)\n"
     "\n"
     "  1) [chromium] › tests/sso.spec.ts:8:3 › signs in through the identity provider ─────────────\n"
     "\n"
     "    Error: page.goto: Timeout 30000ms exceeded.\n"
     "    Call log:\n"
     "      - navigating to \"https://login.example-idp.com/authorize?client_id=ci\", waiting until \"load\"\n"
     "\n"
     "    Retry #1 ───────────────────────────────────────────────────────────────────────────────\n"
     "\n"
     "    Error: page.goto: Timeout 30000ms exceeded.\n"
     "\n"
     "    Retry #2 ───────────────────────────────────────────────────────────────────────────────\n"
     "\n"
     "    Error: page.goto: Timeout 30000ms exceeded.\n"
     "\n"
     "  1 failed\n"
     "    [chromium] › tests/sso.spec.ts:8:3 › signs in through the identity provider ──────────────\n"
     "  29 passed (2.9m)\n" + _GHA),
    # the test's own wait for a button that never appeared, on every attempt (Playwright's TimeoutError on a locator
    # action): the page changed, not a service
    ("c-playwright-locator-timeout-error-every-retry", "real",
     "  ✘  3 [chromium] › tests/pay.spec.ts:20:3 › pays by card (12.1s)\n"
     "  ✘  4 [chromium] › tests/pay.spec.ts:20:3 › pays by card (retry #1) (12.0s)\n"
     "  ✘  5 [chromium] › tests/pay.spec.ts:20:3 › pays by card (retry #2) (12.0s)\n"
     "\n"
     "  1) [chromium] › tests/pay.spec.ts:20:3 › pays by card ──────────────────────────────────\n"
     "\n"
     "    TimeoutError: locator.click: Timeout 10000ms exceeded.\n"
     "    Call log:\n"
     "      - waiting for getByRole('button', { name: 'Pay now' })\n"
     "\n"
     "    Retry #1 ───────────────────────────────────────────────────────────────────────────────\n"
     "\n"
     "    TimeoutError: locator.click: Timeout 10000ms exceeded.\n"
     "\n"
     "  1 failed\n"
     "    [chromium] › tests/pay.spec.ts:20:3 › pays by card ───────────────────────────────────\n"
     "  29 passed (1.9m)\n" + _GHA),
    # the same navigation time limit to the job's own server on every attempt: the app hangs on its page
    ("c-playwright-goto-timeout-localhost-every-retry", "real",
     "  ✘  3 [chromium] › tests/home.spec.ts:4:3 › renders the dashboard (30.1s)\n"
     "  ✘  4 [chromium] › tests/home.spec.ts:4:3 › renders the dashboard (retry #1) (30.1s)\n"
     "\n"
     "  1) [chromium] › tests/home.spec.ts:4:3 › renders the dashboard ─────────────────────────\n"
     "\n"
     "    Error: page.goto: Timeout 30000ms exceeded.\n"
     "    Call log:\n"
     "      - navigating to \"http://localhost:3000/dashboard\", waiting until \"load\"\n"
     "\n"
     "  1 failed\n"
     "    [chromium] › tests/home.spec.ts:4:3 › renders the dashboard ──────────────────────────\n"
     "  29 passed (2.1m)\n" + _GHA),
    # ... and to the job's compose service by its bare name
    ("c-playwright-goto-timeout-compose-service-every-retry", "real",
     "  ✘  3 [webkit] › tests/home.spec.ts:4:3 › renders the dashboard (30.1s)\n"
     "  ✘  4 [webkit] › tests/home.spec.ts:4:3 › renders the dashboard (retry #1) (30.1s)\n"
     "\n"
     "  1) [webkit] › tests/home.spec.ts:4:3 › renders the dashboard ───────────────────────────\n"
     "\n"
     "    Error: page.goto: Timeout 30000ms exceeded.\n"
     "    Call log:\n"
     "      - navigating to \"http://web:3000/dashboard\", waiting until \"load\"\n"
     "\n"
     "  1 failed\n"
     "  29 passed (2.1m)\n" + _BK),
    ("c-playwright-name-not-resolved-every-retry", "transient",
     "  ✘  3 [firefox] › tests/maps.spec.ts:4:3 › shows the map tiles (1.1s)\n"
     "  ✘  4 [firefox] › tests/maps.spec.ts:4:3 › shows the map tiles (retry #1) (1.0s)\n"
     "\n"
     "  1) [firefox] › tests/maps.spec.ts:4:3 › shows the map tiles ───────────────────────────────\n"
     "\n"
     "    Error: page.goto: NS_ERROR_UNKNOWN_HOST\n"
     "    Call log:\n"
     "      - navigating to \"https://tiles.example-maps.com/demo\", waiting until \"load\"\n"
     "\n"
     "  1 failed\n"
     "    [firefox] › tests/maps.spec.ts:4:3 › shows the map tiles ────────────────────────────────\n"
     "  19 passed (40.2s)\n" + _GHA),
    ("c-nextest-try3-dns-every-try", "transient",
     "  TRY 1 FAIL [   0.402s] mirror::fetch pulls_index\n"
     "  stderr ---\n"
     "    thread 'pulls_index' panicked at tests/fetch.rs:22:10:\n"
     "    called `Result::unwrap()` on an `Err` value: reqwest::Error { kind: Request, url: \"https://index.crates.io/"
     "config.json\", source: hyper_util::client::legacy::Error(Connect, ConnectError(\"dns error\", Custom { kind: "
     "Uncategorized, error: \"failed to lookup address information: Temporary failure in name resolution\" })) }\n"
     "\n"
     "  TRY 2 FAIL [   0.311s] mirror::fetch pulls_index\n"
     "  TRY 3 FAIL [   0.309s] mirror::fetch pulls_index\n"
     "────────────\n"
     "     Summary [   8.020s] 140 tests run: 139 passed, 1 failed, 0 skipped\n"
     "  TRY 3 FAIL [   0.309s] mirror::fetch pulls_index\n"
     "error: test run failed\n" + _GHA),
    ("c-gotestsum-proxy-timeout-every-rerun", "transient",
     "=== Failed\n"
     "=== FAIL: internal/modcache TestFetchesModule (30.01s)\n"
     "    fetch_test.go:31: Get \"https://proxy.golang.org/golang.org/x/text/@v/list\": dial tcp: lookup "
     "proxy.golang.org on 127.0.0.53:53: read udp 127.0.0.1:41234->127.0.0.53:53: i/o timeout\n"
     "=== FAIL: internal/modcache TestFetchesModule (re-run 1) (30.01s)\n"
     "    fetch_test.go:31: Get \"https://proxy.golang.org/golang.org/x/text/@v/list\": dial tcp: lookup "
     "proxy.golang.org on 127.0.0.53:53: read udp 127.0.0.1:51022->127.0.0.53:53: i/o timeout\n"
     "\n"
     "DONE 2 runs, 310 tests, 2 failures in 75.400s\n" + _GHA),
    ("c-cypress-visit-502-every-attempt", "transient",
     "  Partner widget\n"
     "    (Attempt 1 of 3) loads the widget\n"
     "    (Attempt 2 of 3) loads the widget\n"
     "    1) loads the widget\n"
     "\n"
     "  0 passing (19s)\n"
     "  1 failing\n"
     "\n"
     "  1) Partner widget\n"
     "       loads the widget:\n"
     "     CypressError: `cy.visit()` failed trying to load:\n"
     "\n"
     "https://staging.example-partner.com/widget\n"
     "\n"
     "The response we received from your web server was:\n"
     "\n"
     "  > 502: Bad Gateway\n"
     "\n"
     "This was considered a failure because the status code was not `2xx`.\n"
     "\n"
     "  │ ✖  1 of 4 failed (25%)                 00:41       9        8        1        -        -  │\n" + _GHA),
    # ------------------------------------------------------------ (c) retry words with no retry behind them
    ("c-surefire-run1-alone-connection-reset", "transient",
     "[ERROR] Errors: \n"
     "[ERROR] com.acme.feed.FeedClientIT.pollsFeed\n"
     "[ERROR]   Run 1: FeedClientIT.pollsFeed:52 » SocketException Connection reset\n"
     "[INFO] \n"
     "[ERROR] Tests run: 20, Failures: 0, Errors: 1, Skipped: 0\n"
     "[INFO] BUILD FAILURE\n" + _JENKINS),
    # --only-rerun: the flaky test's connection reset was rerun and passed; the failing test was never rerun (its
    # error is not among --only-rerun's), and the summary's "1 rerun" is the other test's
    ("c-rerunfailures-only-rerun-other-test-failed-once", "real",
     "$ pytest -rR --reruns 2 --only-rerun ConnectionError tests/\n"
     "tests/test_hooks.py R.                                                     [ 20%]\n"
     "tests/test_audit.py F                                                      [ 40%]\n"
     "=================================== FAILURES ===================================\n"
     "___________________________ test_audit_entry_is_signed ___________________________\n"
     "E       AssertionError: assert 'unsigned' == 'signed'\n"
     "tests/test_audit.py:19: AssertionError\n"
     "=========================== rerun test summary info ============================\n"
     "RERUN tests/test_hooks.py::test_delivers_webhook - requests.exceptions.ConnectionError: ('Connection aborted.', "
     "ConnectionResetError(104, 'Connection reset by peer'))\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_audit.py::test_audit_entry_is_signed - AssertionError: assert 'unsigned' == 'signed'\n"
     "=================== 1 failed, 30 passed, 1 rerun in 6.20s ======================\n" + _GHA),
    # ------------------------------------------------------------ (d) Docker setup entries beside a cause a rerun clears
    # testcontainers-java found no socket while the self-hosted runner's daemon was restarted (unattended upgrades); the
    # job's after-failure step prints the daemon's journal
    ("c-tc-java-no-docker-daemon-restarting-journal", "transient",
     "[INFO] Running com.acme.orders.OrderRepositoryIT\n"
     "10:04:02.118 [main] ERROR org.testcontainers.dockerclient.DockerClientProviderStrategy -- Could not find a valid "
     "Docker environment. Please check configuration. Attempted configurations were:\n"
     "\tUnixSocketClientProviderStrategy: failed with exception InvalidConfigurationException (Could not find unix "
     "domain socket). Root cause NoSuchFileException (/var/run/docker.sock)\n"
     "As no valid configuration was found, execution cannot continue.\n"
     "[ERROR] Tests run: 4, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 0.9 s <<< FAILURE! -- in "
     "com.acme.orders.OrderRepositoryIT\n"
     "[ERROR] com.acme.orders.OrderRepositoryIT -- Time elapsed: 0.9 s <<< ERROR!\n"
     "java.lang.IllegalStateException: Could not find a valid Docker environment. Please see logs and check "
     "configuration\n"
     "[INFO] BUILD FAILURE\n"
     "+ sudo journalctl -u docker --since '15 minutes ago' --no-pager\n"
     "May 01 10:03:58 ci-runner-07 systemd[1]: Stopping docker.service - Docker Application Container Engine...\n"
     "May 01 10:03:58 ci-runner-07 dockerd[1123]: time=\"2024-05-01T10:03:58.412051Z\" level=info msg=\"Processing "
     "signal 'terminated'\"\n"
     "May 01 10:04:01 ci-runner-07 dockerd[1123]: time=\"2024-05-01T10:04:01.907311Z\" level=info msg=\"Daemon "
     "shutdown complete\"\n"
     "May 01 10:04:01 ci-runner-07 systemd[1]: docker.service: Deactivated successfully.\n"
     "May 01 10:04:09 ci-runner-07 systemd[1]: Starting docker.service - Docker Application Container Engine...\n"
     "May 01 10:04:11 ci-runner-07 dockerd[20411]: time=\"2024-05-01T10:04:11.530112Z\" level=info msg=\"API listen "
     "on /run/docker.sock\"\n"
     "May 01 10:04:11 ci-runner-07 systemd[1]: Started docker.service - Docker Application Container Engine.\n"
     + _JENKINS),
    # a client pinned to an API version newer than the self-hosted runner's old daemon (DOCKER_API_VERSION in the CI
    # variables): the daemon refuses it on every run
    ("c-docker-client-too-new-for-old-daemon", "real",
     "$ export DOCKER_API_VERSION=1.52\n"
     "$ docker compose up -d --wait\n"
     "Error response from daemon: client version 1.52 is too new. Maximum supported API version is 1.43\n" + _GL),
    ("c-docker-py-client-too-new", "real",
     "$ pytest tests/integration\n"
     "E   docker.errors.APIError: 400 Client Error for http+docker://localhost/v1.47/containers/create: Bad Request "
     "(\"client version 1.47 is too new. Maximum supported API version is 1.41\")\n"
     "=========================== short test summary info ============================\n"
     "ERROR tests/integration/test_store.py::test_roundtrip - docker.errors.APIError: 400 Client Error\n"
     "========================= 1 error in 0.81s =========================\n" + _GHA),
    ("c-docker29-permission-gitlab-shell-executor", "real",
     "Running with gitlab-runner 17.5.0 (12030cf4)\n"
     "  on shell-runner-2 Zx81kLm0, system ID: s_5a1e77c0d2b4\n"
     "Preparing the \"shell\" executor\n"
     "Using Shell (bash) executor...\n"
     "$ docker build -t \"$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA\" .\n"
     "permission denied while trying to connect to the docker API at unix:///var/run/docker.sock\n" + _GL),
    # the setup step that grants the runner's user the socket failed on the network (continue-on-error), and the build
    # then met the socket it may not use: the earlier step's outage is why; a rerun passes
    ("c-docker-permission-after-setup-step-network-failure", "transient",
     "Run ./ci/setup-docker-access.sh\n"
     "+ curl -fsSL https://get.docker.com -o /tmp/get-docker.sh\n"
     "curl: (28) Failed to connect to get.docker.com port 443 after 130211 ms: Connection timed out\n"
     "##[error]Process completed with exit code 28.\n"
     "Run docker build -t app:ci .\n"
     "ERROR: permission denied while trying to connect to the docker API at unix:///var/run/docker.sock\n" + _GHA),
    # the same restart on GitHub's self-hosted runner, older systemd's wording, the journal in a failure step
    ("c-tc-java-gha-no-docker-older-systemd-journal", "transient",
     "Run ./gradlew integrationTest\n"
     "OrderRepositoryIT > initializationError FAILED\n"
     "    java.lang.IllegalStateException: Previous attempts to find a Docker environment failed. Will not retry. "
     "Please see logs and check configuration\n"
     "12 tests completed, 12 failed\n"
     "> Task :app:integrationTest FAILED\n"
     "##[error]Process completed with exit code 1.\n"
     "Run sudo journalctl -u docker --since '-15min' --no-pager\n"
     "May 01 10:03:58 gh-runner-4 systemd[1]: Stopping Docker Application Container Engine...\n"
     "May 01 10:04:01 gh-runner-4 systemd[1]: Stopped Docker Application Container Engine.\n"
     "May 01 10:04:09 gh-runner-4 systemd[1]: Starting Docker Application Container Engine...\n"
     "May 01 10:04:11 gh-runner-4 systemd[1]: Started Docker Application Container Engine.\n"),
    # a compiler's error, and a journal (printed by the same failure step) with the daemon stopped when the job ended:
    # the job met Docker fine, the stop explains nothing
    ("c-compile-error-then-journal-with-stop", "real",
     "Run ./gradlew build\n"
     "> Task :app:compileKotlin FAILED\n"
     "e: file:///home/runner/work/app/src/main/kotlin/acme/Orders.kt:41:17 Unresolved reference: totl\n"
     "FAILURE: Build failed with an exception.\n"
     "##[error]Process completed with exit code 1.\n"
     "Run sudo journalctl -u docker --since '-15min' --no-pager\n"
     "May 01 10:09:58 gh-runner-4 systemd[1]: Stopping docker.service - Docker Application Container Engine...\n"
     "May 01 10:10:01 gh-runner-4 systemd[1]: docker.service: Deactivated successfully.\n"),
]

# Logs whose cause the log does not settle: no rerun proposed with confidence.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # a test that timed out on every attempt with nothing but its own time limit: a hang that reproduced
    ("c-bazel-timeout-every-attempt-bare",
     "//svc/search:index_test                                           TIMEOUT in 3 out of 3 in 300.1s\n"
     "  Stats over 3 runs: max = 300.1s, min = 300.0s, avg = 300.0s, dev = 0.0s\n"
     "\n"
     "Executed 1 out of 1 test: 1 fails locally.\n"
     "INFO: Build completed, 1 test FAILED, 61 total actions\n" + _BK),
    ("c-nextest-timed-out-every-try",
     "  TRY 1 TMT [  60.001s] ledger::replay replays_journal\n"
     "  TRY 2 TMT [  60.001s] ledger::replay replays_journal\n"
     "  TRY 3 TMT [  60.002s] ledger::replay replays_journal\n"
     "────────────\n"
     "     Summary [ 190.310s] 212 tests run: 211 passed, 1 timed out, 3 skipped\n"
     "  TRY 3 TMT [  60.002s] ledger::replay replays_journal\n"
     "error: test run failed\n" + _GHA),
    # a CI image that starts Podman's API service in the background and uses its socket at once: the socket appears a
    # moment later (the after-script lists it); a race in the job's own script, a rerun may pass or not
    ("c-podman-socket-appears-later",
     "$ podman system service --time=0 unix:///run/user/1000/podman/podman.sock &\n"
     "$ export DOCKER_HOST=unix:///run/user/1000/podman/podman.sock\n"
     "$ docker compose up -d --wait\n"
     "Cannot connect to the Docker daemon at unix:///run/user/1000/podman/podman.sock. Is the docker daemon running?\n"
     "Running after_script\n"
     "$ ls -l /run/user/1000/podman/podman.sock\n"
     "srw-rw----. 1 runner runner 0 May  1 10:00 /run/user/1000/podman/podman.sock\n" + _GL),
    # the remote cache's own deadline beside a test that timed out on every attempt: the cache's slowness (Bazel falls
    # back to running locally) says nothing of why the test ran past its time limit three times
    ("c-bazel-timeout-every-attempt-remote-cache-deadline",
     "INFO: Invocation ID: 3f2c9a1e-5b7d-4c2e-9f10-2a6b8c4d0e11\n"
     "WARNING: Remote Cache: io.grpc.StatusRuntimeException: DEADLINE_EXCEEDED: deadline exceeded after "
     "59.999870800s\n"
     "//svc/search:index_test                                           TIMEOUT in 3 out of 3 in 300.1s\n"
     "  Stats over 3 runs: max = 300.1s, min = 300.0s, avg = 300.0s, dev = 0.0s\n"
     "\n"
     "Executed 1 out of 1 test: 1 fails remotely.\n"
     "INFO: Build completed, 1 test FAILED, 61 total actions\n" + _BK),
    # the job's own script restarted the daemon (a new daemon.json) and used it before it was back: a race in the script
    ("c-own-restart-then-tc-no-docker",
     "$ echo '{\"registry-mirrors\": [\"https://mirror.example.internal\"]}' | sudo tee /etc/docker/daemon.json\n"
     "$ sudo systemctl restart docker\n"
     "$ ./mvnw -B verify\n"
     "ERROR org.testcontainers.dockerclient.DockerClientProviderStrategy - Could not find a valid Docker environment. "
     "Please check configuration. Attempted configurations were:\n"
     "\tUnixSocketClientProviderStrategy: failed with exception InvalidConfigurationException (Could not find unix "
     "domain socket). Root cause NoSuchFileException (/var/run/docker.sock)\n"
     "[INFO] BUILD FAILURE\n"
     "Running after_script\n"
     "$ sudo journalctl -u docker --since '-10min' --no-pager\n"
     "May 01 10:03:58 shell-runner-2 systemd[1]: Stopping docker.service - Docker Application Container Engine...\n"
     "May 01 10:04:09 shell-runner-2 systemd[1]: Started docker.service - Docker Application Container Engine.\n"
     + _GL),
    # the daemon stopped and did not come back (its configuration): not a restart a rerun gets past
    ("c-daemon-stopped-and-failed-to-start",
     "+ ./gradlew integrationTest\n"
     "OrderRepositoryIT > initializationError FAILED\n"
     "    java.lang.IllegalStateException: Could not find a valid Docker environment. Please see logs and check "
     "configuration\n"
     "+ sudo journalctl -u docker --since '-15min' --no-pager\n"
     "May 01 10:03:58 ci-runner-07 systemd[1]: Stopping docker.service - Docker Application Container Engine...\n"
     "May 01 10:04:09 ci-runner-07 dockerd[20411]: failed to start daemon: error initializing graphdriver: driver not "
     "supported: overlay2\n"
     "May 01 10:04:09 ci-runner-07 systemd[1]: docker.service: Failed with result 'exit-code'.\n"
     "May 01 10:04:09 ci-runner-07 systemd[1]: Failed to start docker.service - Docker Application Container Engine.\n"
     + _JENKINS),
]

# Retry words where no retry ran: the log reads as it does without them (one attempt of one)
NO_RETRY: list[tuple[str, str, str]] = [
    # the .NET retry extension configured with no retry ("after 1/1 attempts")
    ("c-dotnet-retry-one-attempt-of-one-second-apart",
     "failed Acme.Audit.Tests.StampTests.StampsEntry (1s 4ms)\n"
     "  Assert.AreEqual failed. Expected:<2024-05-01T10:00:00Z>. Actual:<2024-05-01T10:00:01Z>.\n"
     "Retry summary: Failed! after 1/1 attempts\n"
     "  total: 212\n"
     "  failed: 1\n"
     "  succeeded: 211\n" + _GHA,
     "Retry summary: Failed! after 1/1 attempts\n"),
    ("c-dotnet-suite-failed-in-all-1-attempts-timing",
     "failed Acme.Audit.Tests.StampTests.StampsEntry (1s 4ms)\n"
     "  Assert.AreEqual failed. Expected:<2024-05-01T10:00:00Z>. Actual:<2024-05-01T10:00:01Z>.\n"
     "Tests suite failed in all 1 attempts\n" + _GHA,
     "Tests suite failed in all 1 attempts\n"),
]

KNOWN_MISREAD: dict[str, str] = {
    "c-docker-permission-after-setup-step-network-failure":
        "LEFT: unknown (curl's timeout in the earlier step against the socket's permission): nothing in the log ties "
        "the permission to that step, and reading an earlier step's outage as the cause of any later setup failure "
        "would make the setup entries' real readings transient wherever a download failed first",
}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_review23_c_case_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_review23_c_unsettled_log_does_not_read_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize(("log", "words"), [pytest.param(log, words, id=cid) for cid, log, words in NO_RETRY])
def test_retry_words_without_a_retry_read_as_without_them(log, words):
    with_words, without = judge(log), judge(log.replace(words, ""))
    assert "failed-every-retry" not in signatures(with_words), with_words.rationale
    assert (with_words.verdict, round(with_words.confidence, 2)) == (without.verdict, round(without.confidence, 2))


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT, NO_RETRY)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack).
LONG_LINE_WORDS = [
    "page.goto: NS_ERROR_UNKNOWN_HOST NS_ERROR_UNKNOWN_HOST ",
    "client version 1.52 is too new. Maximum supported API version is 1.43 ",
    "Stopping docker.service - Docker Application Container Engine... Stopping Docker Application Container Engine... ",
    "Could not find a valid Docker environment cannot connect to the docker daemon at error during connect: ",
    "sudo systemctl restart docker service docker stop failed to start daemon docker.service: Failed with result ",
    "Retry summary: Failed! after 1/1 attempts Tests suite failed in all 1 attempts ",
    "  Acme.Api.Tests.RatesTests.FetchesRates (failed -> passed) failed Acme.Api (10s) ",
]
