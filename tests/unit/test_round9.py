"""Ninth round: tool wordings from a fresh thread set and from a loopback fault sweep.

Every log here was written for the test (none is copied from a project's CI); the fault-sweep
corpus the last tests read is tool output generated on our own machine (tests/data/README.md)."""

from __future__ import annotations

import pytest
from judging import judge, overall, reads_as, signatures
from shared_data import shared_cases

# --- after final15's measurement: mechanisms its misses showed, in other words than its logs ---

@pytest.mark.parametrize(("log", "signature"), [
    ("Fetching schema for revision 4f1c2a9\n"
     "API rate-limiter rejected the request; retry later or use a token.\n"
     "make: *** [Makefile:40: schemas] Error 1\n", "rate-limited"),
    ("E: package index signature check failed for mirror.example.org/texlive/tlpkg/texlive.tlpdb\n"
     "Please try from a different mirror and/or wait a few minutes\n"
     "and try again.\n", "transient-wording"),
    ("--2025-03-01 10:00:00--  https://downloads.example.org/libfoo-1.2.tar.gz\n"
     "Connecting to downloads.example.org|203.0.113.5|:443... connected.\n"
     "HTTP request sent, awaiting response... No data received.\n"
     "Giving up.\n", "transfer-dropped"),
    ("error: Module fetch 'https://modules.example.org/std@1.0/path/mod.ts' failed: 502 Bad Gateway\n"
     "Error: Process completed with exit code 1.\n", "http-5xx"),
    ("[main] Starting test server\nFailed to listen on 127.0.0.1:40231\n[ERROR] Script failure.\n",
     "port-in-use"),
    ("FAIL src/upload.spec.ts\n  ● Test suite failed to run\n"
     "    A jest worker process was terminated by another process: signal=SIGKILL\n", "oom-killed"),
])
def test_wordings_of_outages_from_the_ninth_threads(log, signature):
    reads_as(log, "transient", signature)


def test_a_test_of_sleeping_that_slept_too_little_is_timing():
    log = ("┌──────────────────────────────────────────────┐\n"
           "│ [FAIL]        interruptible sleep   2   short.  │\n"
           "└──────────────────────────────────────────────┘\n"
           "ASSERT slept too briefly, total duration = 4.80ms < 5ms\n"
           "FAIL slept too briefly, total duration = 4.80ms < 5ms\n")
    v = judge(log)
    assert {"timing-sensitive-test", "test-timing"} & signatures(v)
    assert v.verdict == "transient", v.rationale
    # the same report on a test of parsing is an assertion of the change
    plain = judge(log.replace("interruptible sleep", "config parsing ").replace(
        "slept too briefly, total duration = 4.80ms < 5ms", "expected 3 sections, got 2"))
    assert plain.verdict != "transient", plain.rationale


def test_a_timer_test_failing_on_its_assertion_leans_transient_but_one_beside_it_does_not():
    log = ("[ RUN      ] retryTimer_tests.fires_once\n"
           "/src/tests/RetryTimerTests.cpp(51): error: Value of: t.fired()\n  Actual: false\nExpected: true\n"
           "[  FAILED  ] retryTimer_tests.fires_once (512 ms)\n")
    assert judge(log).verdict == "transient", judge(log).rationale
    # a name that only contains the word ("Timeremaining" is no word of its own) stays an assertion
    other = log.replace("retryTimer_tests", "Timeremaining_tests")
    assert "timing-sensitive-test" not in signatures(judge(other))


@pytest.mark.parametrize(("log", "signature"), [
    ("[ Info: Populate: populating indices.\n"
     "ERROR: LoadError: `makedocs` encountered an error [:cross_references] -- terminating build before rendering.\n",
     "docs-check"),
    ("tlmgr: Local TeX Live (2023) is older than remote repository (2024).\n"
     "Cross release updates are only supported with\n  update-tlmgr-latest(.sh/.exe) --update\n",
     "toolchain-version"),
    ("==> cowboy (compile)\nERROR: OTP release 19 does not match required regex 2[0-9]\n"
     "ERROR: compile failed while processing /build/deps/cowboy: rebar_abort\n", "toolchain-version"),
])
def test_toolchain_and_docs_checks_are_real(log, signature):
    reads_as(log, "real", signature)


# --- after final16's measurement (excerpts written here) ---

@pytest.mark.parametrize(("log", "signature"), [
    ("failed to solve: alpine:3.19: failed to resolve source metadata for registry.example.org/library/alpine:3.19:\n"
     "failed to authorize: failed to fetch oauth token: unexpected status from POST request to\n"
     "https://auth.registry.example.org/token: 503 Service Unavailable\n", "http-5xx"),
    (" Resolving dependencies\n  error: ConnectionRefused downloading tarball left-pad@1.3.0\n"
     "  error: ConnectionRefused downloading tarball chalk@5.3.0\n", "connection-refused"),
    ("error: failed to fetch index from channels\n\nCaused by:\n"
     "    0: error reading a body from connection: stream error received: refused stream before processing\n",
     "transfer-dropped"),
    ("Failed to fetch record for acme/acme_pro from registry (using cache instead)\n:timeout\n"
     "** (Mix) Unknown package acme_pro in lockfile\n", "registry-unavailable"),
])
def test_wordings_of_outages_from_the_sixteenth_threads(log, signature):
    reads_as(log, "transient", signature)


@pytest.mark.parametrize("log", [
    "# example.com/app/internal/cache\ngo: no such tool \"covdata\"\n# example.com/app/internal/store\n"
    "go: no such tool \"covdata\"\n",
    "Ruby 1.9.3 is supported only on Trusty.\nTerminating.\n",
])
def test_a_toolchain_the_image_does_not_carry_is_real(log):
    reads_as(log, "real", "toolchain-version")


# --- after the loopback fault sweep: tool output for outages and for persistent misconfiguration ---

@pytest.mark.parametrize("log", [
    "curl: (60) SSL certificate problem: self-signed certificate\n"
    "More details here: https://curl.se/docs/sslcerts.html\n\n"
    "curl failed to verify the legitimacy of the server and therefore could not\n"
    "establish a secure connection to it.\n",
    "TypeError: fetch failed\n    at node:internal/deps/undici/undici:13185:13\n"
    "  [cause]: Error: self-signed certificate\n      code: 'DEPTH_ZERO_SELF_SIGNED_CERT'\n",
    "[ERROR] Failed to execute goal on project app: Could not transfer artifact org.example:core:pom:1.0"
    " from/to corp (https://nexus.corp.example/repo/): transfer failed for"
    " https://nexus.corp.example/repo/org/example/core/1.0/core-1.0.pom: PKIX path building failed:"
    " unable to find valid certification path to requested target\n",
    "fatal: unable to access 'https://git.corp.example/team/app.git/': server certificate verification"
    " failed. CAfile: none CRLfile: none\n",
    "ERROR: The certificate of ‘downloads.corp.example’ is not trusted.\n",
])
def test_an_untrusted_certificate_is_no_broken_download(log):
    v = judge(log)
    assert "tls-certificate" in signatures(v), v.rationale
    assert v.verdict != "transient", v.rationale


@pytest.mark.parametrize("line", [
    "fatal: unable to access 'https://git.example.org/team/app.git/': The requested URL returned error: 429",
    "curl: (22) The requested URL returned error: 429",
])
def test_429_in_libcurls_words_is_a_rate_limit(line):
    reads_as(line + "\n", "transient", "rate-limited")


def test_a_missing_git_dependency_is_no_spurious_network_error():
    log = ("    Updating git repository `https://git.example.org/team/helpers`\n"
           "warning: spurious network error (1 try remaining): failed to receive HTTP 200 response: got 404;"
           " class=Net (12)\n"
           "error: failed to get `helpers` as a dependency of package `app v0.1.0`\n\n"
           "Caused by:\n  failed to load source for dependency `helpers`\n\n"
           "Caused by:\n  network failure seems to have happened\n"
           "  if a proxy or similar is necessary `net.git-fetch-with-cli` may help here\n\n"
           "Caused by:\n  failed to receive HTTP 200 response: got 404; class=Net (12)\n")
    v = judge(log)
    assert v.verdict == "real", v.rationale
    # the same fetch answered 503 is an outage
    outage = judge(log.replace("got 404", "got 503"))
    assert outage.verdict == "transient", outage.rationale


PIP_RETRIES = (
    "$ pip install -r requirements.txt\n"
    "Looking in indexes: https://pypi.corp.example/simple/\n"
    "WARNING: Retrying (Retry(total=1, connect=None, read=None, redirect=None, status=None)) after connection"
    " broken by 'ConnectTimeoutError(<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f>,"
    " 'Connection to pypi.corp.example timed out. (connect timeout=15)')': /simple/flask/\n"
    "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection"
    " broken by 'ConnectTimeoutError(<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f>,"
    " 'Connection to pypi.corp.example timed out. (connect timeout=15)')': /simple/flask/\n"
    "ERROR: Could not find a version that satisfies the requirement flask==3.0.3 (from versions: none)\n"
    "ERROR: No matching distribution found for flask==3.0.3\n"
    "Error: Process completed with exit code 1.\n"
)


def test_pip_running_out_of_connection_retries_is_the_outage_not_a_missing_version():
    v = judge(PIP_RETRIES)
    assert "pip-connection-retries" in signatures(v)
    assert v.verdict == "transient", v.rationale
    # with no retry warnings, the same words are a version that does not exist
    bare = judge("".join(line + "\n" for line in PIP_RETRIES.splitlines() if "WARNING" not in line))
    assert bare.verdict == "real", bare.rationale
    # retries that stopped short of the last one, and an install that went through, are no outage
    recovered = PIP_RETRIES.replace("total=0", "total=3").replace(
        "ERROR: Could not find", "Successfully installed flask-3.0.3\nERROR: Could not find")
    assert "pip-connection-retries" not in signatures(judge(recovered))


def test_a_test_whose_service_refused_it_in_node_test_and_pytest_is_transient():
    node = ("not ok 1 - GET /health answers\n  ---\n  duration_ms: 12.5\n  failureType: 'testCodeFailure'\n"
            "  error: 'fetch failed'\n  code: 'ERR_TEST_FAILURE'\n  ...\n# tests 1\n# fail 1\n")
    assert judge(node).verdict == "transient", judge(node).rationale
    py = ("E       urllib.error.URLError: <urlopen error [Errno 111] Connection refused>\n\n"
          "/opt/hostedtoolcache/Python/3.12.1/x64/lib/python3.12/urllib/request.py:1347: URLError\n"
          "FAILED tests/test_client.py::test_health - urllib.error.URLError: <urlopen error [Errno 111]...\n")
    v = judge(py)
    assert "file-diagnostic" not in signatures(v) and v.verdict == "transient", v.rationale


# --- after the third fault sweep: a test runner's own retries ---

MAVEN_FLAKE_THEN_COMPILE = '[INFO] --- maven-surefire-plugin:3.2.5:test (default-test) @ orders-core ---\n[INFO] Running com.example.orders.ReplicaTest\n[WARNING] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1, Time elapsed: 1.2 s -- in com.example.orders.ReplicaTest\n[INFO] Results:\n[WARNING] Flakes:\n[ERROR]   Run 1: ReplicaTest.orderReplicatesAsShipped:9 expected: <shipped> but was: <pending>\n[INFO]   Run 2: PASS\n[WARNING] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1\n[INFO] Building orders-api 1.4.0-SNAPSHOT [2/2]\n[INFO] --- maven-compiler-plugin:3.13.0:compile (default-compile) @ orders-api ---\n[ERROR] COMPILATION ERROR :\n[ERROR] /home/circleci/project/orders-api/src/main/java/com/example/api/OrderController.java:[42,17] cannot find symbol\n  symbol:   method shippedAt()\n  location: variable order of type com.example.orders.Order\n[INFO] BUILD FAILURE\n[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.13.0:compile (default-compile) on project orders-api: Compilation failure\n'


def test_a_flake_that_passed_on_retry_does_not_excuse_a_compile_error_in_the_next_module():
    v = judge(MAVEN_FLAKE_THEN_COMPILE)
    assert v.verdict == "real", v.rationale
    # the flake alone, with the build failed on it, is the flake's
    flake_only = MAVEN_FLAKE_THEN_COMPILE.split("[INFO] Building orders-api")[0] + (
        "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test"
        " (default-test) on project orders-core: There is 1 flake and failOnFlakeCount is set to 1.\n")
    assert judge(flake_only).verdict == "transient", judge(flake_only).rationale


def test_a_flake_policy_failing_the_job_after_the_retry_passed_is_transient():
    log = ("tests/test_sync.py R.                                                    [100%]\n"
           "========================== 3 passed, 1 rerun in 0.41s ==========================\n"
           "Error: Process completed with exit code 7.\n")
    reads_as(log, "transient", "passed-on-retry")
    # a test that failed every attempt beside it is no flake's doing
    failed = log.replace("3 passed, 1 rerun", "1 failed, 2 passed, 3 rerun")
    assert judge(failed).verdict != "transient", judge(failed).rationale


def test_flakys_report_of_a_test_that_never_passed_marks_no_flakiness():
    log = ("===Flaky Test Report===\n"
           "test_total failed (2 runs remaining out of 3).\n"
           "test_total failed (1 runs remaining out of 3).\n"
           "test_total failed; it passed 0 out of the required 1 times.\n"
           "===End Flaky Test Report===\n"
           "FAILED tests/test_invoice.py::test_total - AssertionError: assert 1100 == 1200\n")
    v = judge(log)
    assert "known-flaky-mark" not in signatures(v) and v.verdict == "real", v.rationale


# --- figures ---

def test_the_ninth_thread_set_keeps_its_figures():
    """final15: 86 thread cases (42 transient, 44 real) from projects in no earlier set, collected
    blind to the engine. Measured once with the engine at the round's start (c57f188): transient
    1.000 / 0.524 with 10 unknowns. Development data since: 1.000 / 0.667 with 4 unknowns."""
    o = overall(shared_cases("eval", "collected15", "final15.jsonl"))
    assert o.n == 86
    assert o.precision("transient") >= 0.95 and o.recall("transient") >= 0.66
    assert o.unknown <= 0.06 * o.n


def test_the_sixteenth_thread_set_keeps_its_figures():
    """final16: 44 thread cases (19 transient, 25 real) from projects in no earlier set, collected
    blind while the round went on. Measured once with the round's engine after final15's and the
    first fault sweep's changes (b64f015; identical with the engine before the round): transient
    0.875 / 0.368 with 10 unknowns (23 %). Development data since: 0.917 / 0.579 with 4."""
    o = overall(shared_cases("eval", "collected16", "final16.jsonl"))
    assert o.n == 44
    assert o.precision("transient") >= 0.9 and o.recall("transient") >= 0.57
    assert o.unknown <= 0.1 * o.n
