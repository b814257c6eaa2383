"""Twenty-seventh round, coll27 (2): requests' ConnectionError without its cause.

requests' ConnectionError and urllib3's MaxRetryError for a remote host ("HTTPSConnectionPool(host='...', port=443): Max
retries exceeded with url: ...") are read by ``python-http-pool-connection-error`` as a network failure, with or without
their "(Caused by ...)". Under a test runner's report of the failure (unittest's "FAILED (errors=1)" below, an
"ImportError: Failed to import test module" above) the cut form read unknown (network-unreachable's 0.78 against the
uncaught exception and the failed-test count), and a URL holding "authenticate" or "password" read real
(network-unreachable's unless words for credentials); the line cut before "Max retries" read real as an uncaught
exception. Not a dotless host (a compose service's name), a loopback host, an IP address, a .local/.internal name (the
job's own network: network-unreachable's guards, as before), a certificate or proxy cause, a 5xx to every retry, a
test's expectation of the error or a doctest's expected output.

Where the wording comes from: requests' adapters.py and urllib3's exceptions.py (MaxRetryError's "Max retries exceeded
with url: %s (Caused by %r)"), unittest's loader and pytest's report lines are recalled, not read here. Hosts, URLs and
paths are made up.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, reads_as, signatures
from sample_logs import unittest_import_failure

POOL = "python-http-pool-connection-error"

_GA = "Error: Process completed with exit code 2.\n"


def _unittest(exc: str) -> str:
    return unittest_import_failure("FIXTURES = download_fixtures()", exc)


_POOL = "HTTPSConnectionPool(host='downloads.example.org', port=443): Max retries exceeded with url: {url}"
_CAUSE = (" (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f09c2d0>: Failed to "
          "establish a new connection: [Errno 111] Connection refused'))")

POOL_CASES = [
    # under unittest's report of a test module it could not import (it read unknown)
    ("unittest-loader-cut", "transient",
     _unittest("requests.exceptions.ConnectionError: " + _POOL.format(url="/gizmo/fixtures.tar.gz"))),
    ("unittest-loader-full-refused", "transient",
     _unittest("requests.exceptions.ConnectionError: " + _POOL.format(url="/gizmo/fixtures.tar.gz") + _CAUSE)),
    ("unittest-loader-maxretry-cut", "transient",
     _unittest("urllib3.exceptions.MaxRetryError: " + _POOL.format(url="/gizmo/fixtures.tar.gz"))),
    # a URL whose words the generic entry takes for credentials (it read real)
    ("script-cut-url-authenticate", "transient",
     "+ python scripts/sync_catalogue.py\nTraceback (most recent call last):\n"
     '  File "/home/runner/work/gizmo/gizmo/scripts/sync_catalogue.py", line 21, in <module>\n'
     "    token = session.post(AUTH_URL, data=creds).json()\n"
     "requests.exceptions.ConnectionError: " + _POOL.format(url="/oauth/authenticate") + "\n" + _GA),
    ("script-full-url-password", "transient",
     "+ python scripts/rotate.py\n"
     "requests.exceptions.ConnectionError: " + _POOL.format(url="/api/password-policy") + _CAUSE + "\n" + _GA),
    # cut before "Max retries" (it read real as an uncaught exception)
    ("script-cut-before-max-retries", "transient",
     "+ python scripts/fetch_fixtures.py\n"
     "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='downloads.example.org', port=443): Max retr\n"
     + _GA),
    ("script-cut-after-pool", "transient",
     "+ python scripts/fetch_fixtures.py\n"
     "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='downloads.example.org', port=443)\n" + _GA),
    # pip's vendored copy
    ("pip-vendored-requests-cut", "transient",
     "+ python -m pip download --no-deps -d dist gizmo-plugins\n"
     "pip._vendor.requests.exceptions.ConnectionError: HTTPSConnectionPool(host='pypi.example.org', port=443): "
     "Max retries exceeded with url: /simple/gizmo-plugins/\n" + _GA),
]

@pytest.mark.parametrize(("verdict", "log"), labelled(POOL_CASES), ids=[c[0] for c in POOL_CASES])
def test_requests_connection_error_reads_as_a_network_failure(verdict: str, log: str) -> None:
    reads_as(log, verdict, POOL)


POOL_NEAR_MISSES = [
    # a certificate the host presented: tls-certificate's reading (real)
    ("ssl-cause", "real",
     "+ python scripts/fetch_fixtures.py\n"
     "requests.exceptions.SSLError: HTTPSConnectionPool(host='downloads.example.org', port=443): Max retries exceeded "
     "with url: /x (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate "
     "verify failed: self-signed certificate (_ssl.c:1000)')))\n" + _GA),
    # the job's own application server on the loopback, answering 500 to every retry (real, as before)
    ("own-loopback-5xx", "real",
     "+ python scripts/smoke.py\n"
     "requests.exceptions.RetryError: HTTPConnectionPool(host='127.0.0.1', port=8000): Max retries exceeded with url: "
     "/api/orders (Caused by ResponseError('too many 500 error responses'))\n" + _GA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(POOL_NEAR_MISSES), ids=[c[0] for c in POOL_NEAR_MISSES])
def test_a_cause_read_elsewhere_keeps_its_reading(verdict: str, log: str) -> None:
    v = judge(log)
    assert v.verdict == verdict and POOL not in signatures(v), v.rationale


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "nginx-proxy", "minio", "10.1.2.3", "cache.internal"])
def test_a_host_of_the_jobs_own_network_is_not_the_entrys(host: str) -> None:
    log = ("+ python -m pytest tests/e2e -q\n"
           f"E       requests.exceptions.ConnectionError: HTTPConnectionPool(host='{host}', port=80): Max retries "
           "exceeded with url: /health\n"
           f"FAILED tests/e2e/test_proxy.py::test_health - requests.exceptions.ConnectionError: HTTPConnectionPool(host="
           f"'{host}', port=80): Max retries exceeded with url: /health\n1 failed, 3 passed in 4.02s\n" + _GA)
    assert POOL not in signatures(judge(log))


def test_a_test_expecting_the_error_is_not_the_entrys() -> None:
    log = ("E       Failed: DID NOT RAISE <class 'requests.exceptions.ConnectionError'>\n"
           "FAILED tests/test_client.py::test_offline_raises - Failed: DID NOT RAISE <class "
           "'requests.exceptions.ConnectionError'>\n"
           "E       assert 'ConnectionError: HTTPSConnectionPool(host=' in message\n"
           "1 failed, 9 passed in 0.40s\n" + _GA)
    v = judge(log)
    assert POOL not in signatures(v) and v.verdict != "transient", v.rationale


def test_a_doctests_expected_output_is_not_the_entrys() -> None:
    log = ("003 >>> sync_catalogue('https://catalogue.example.org/v2/items')\n"
           "Expected:\n"
           "    Traceback (most recent call last):\n"
           "    requests.exceptions.ConnectionError: HTTPSConnectionPool(host='catalogue.example.org', port=443): Max "
           "retries exceeded with url: /v2/items\n"
           "Got:\n"
           "    []\n"
           "src/gizmo/catalogue.py:40: DocTestFailure\n"
           "=========================== 1 failed, 12 passed in 1.02s ===========================\n" + _GA)
    v = judge(log)
    assert POOL not in signatures(v) and v.verdict == "real", v.rationale


def test_case_ids_are_unique() -> None:
    assert_unique_ids(POOL_CASES, POOL_NEAR_MISSES)


# the words of the entry's pattern, for benchmarks/pattern_speed.py's lines of 50,000 characters
LONG_LINE_WORDS = [
    "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='",
    "urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='a.b",
    "ConnectionError: HTTPSConnectionPool(host='a.example.org', port=443) ",
    "Expected:\n    requests.exceptions.ConnectionError: HTTPSConnectionPool(host=",
]
