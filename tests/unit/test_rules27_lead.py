"""Twenty-seventh round, lead: node-fetch's own failure of a request, and PowerShell's error record of AppVeyor's download.

node-fetch (lib/index.js, recalled) rejects a request whose socket failed with ``FetchError: request to <url> failed,
reason: <the system error's message>`` (type 'system'); Next.js's font loader, older npm clients and many CLIs carry
it. With the reason printed (``read ECONNRESET``, ``getaddrinfo EAI_AGAIN``) the outage entries read it; where the log
broke the object after ``reason:`` the line was left to uncaught-exception and read real. The entry
``node-fetch-request-failed`` reads it as a network failure to a remote host; not the job's own loopback or
``.local`` service, not a certificate the client refused, not a test that expects the error. The logs are written
here around node-fetch's wording; hosts and paths are made up.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, not_surely_transient, reads_as, signatures

ENTRY = "node-fetch-request-failed"

_STACK = ("    at ClientRequest.<anonymous> (/home/runner/work/site/site/node_modules/next/dist/compiled/node-fetch/"
          "index.js:1:65756)\n"
          "    at ClientRequest.emit (node:events:517:28)\n"
          "    at TLSSocket.socketErrorListener (node:_http_client:501:9)\n"
          "    at processTicksAndRejections (node:internal/process/task_queues:82:21) {\n"
          "  type: 'system',\n")

CUT = [
    ("next-font-reason-cut", "build: FetchError: request to https://fonts.cdn.example.net/s/inter/v12/abc.woff2 "
     "failed, reason: \n" + _STACK.replace("    at", "build:     at").replace("  type", "build:   type")
     + " ELIFECYCLE  Command failed with exit code 1.\n"),
    ("cli-reason-cut-no-stack", "> site@1.0.0 build\n> next build\n\n"
     "FetchError: request to https://api.registry.example.org/v1/index.json failed, reason: \n"
     "Error: Process completed with exit code 1.\n"),
    ("reason-with-port", "FetchError: request to https://mirror.example.io:8443/pkg/a.tgz failed, reason: \n"
     + _STACK),
]

NOT_READ = [
    # the job's own service: a loopback, .local or dotless alias answers nobody outside the job
    ("loopback-service", "FetchError: request to http://localhost:3000/api/health failed, reason: \n" + _STACK),
    ("local-service", "FetchError: request to http://db.local:5432/ready failed, reason: \n" + _STACK),
    ("dotless-alias", "FetchError: request to http://api:8080/v1 failed, reason: \n" + _STACK),
    # a certificate the client refused: a TLS setting or an expired certificate, every run
    ("certificate-refused", "FetchError: request to https://registry.example.com/a.tgz failed, reason: unable to "
     "verify the first certificate\n" + _STACK),
    ("self-signed", "FetchError: request to https://registry.example.com/a.tgz failed, reason: self signed "
     "certificate in certificate chain\n" + _STACK),
    # a test that expects the client's error
    ("test-expects-it", "  ● fetcher › reports a failed request\n\n"
     "    expect(received).toThrow(expected)\n\n"
     "    Expected substring: \"ECONNREFUSED\"\n"
     "    Received message:   \"request to https://api.example.com/x failed, reason: \"\n\n"
     "    but it threw FetchError: request to https://api.example.com/x failed, reason: \n"),
]

assert_unique_ids(CUT + NOT_READ)


@pytest.mark.parametrize(("cid", "log"), [(c, log) for c, log in CUT], ids=[c for c, _ in CUT])
def test_node_fetch_failure_to_a_remote_host_reads_transient_network(cid, log):
    v = reads_as(log, "transient", ENTRY)
    assert v.category == "network", v.rationale


@pytest.mark.parametrize(("cid", "log"), [(c, log) for c, log in NOT_READ], ids=[c for c, _ in NOT_READ])
def test_node_fetch_own_service_certificate_or_expected_error_is_not_this_reading(cid, log):
    assert ENTRY not in signatures(judge(log))
    if cid.startswith(("certificate", "self", "test")):  # a refused certificate, a test's expectation: not an outage
        not_surely_transient(log)


@pytest.mark.parametrize("reason", ["read ECONNRESET", "socket hang up"])
def test_the_reason_printed_still_reads_through_the_outage_entries(reason):
    v = judge(f"FetchError: request to https://fonts.cdn.example.net/a.woff2 failed, reason: {reason}\n" + _STACK)
    assert v.verdict == "transient" and "connection-reset" in signatures(v), v.rationale


# PowerShell's error record of AppVeyor's download cmdlet: the cmdlet's name before " : " on the head line
_HEAD = ("Start-FileDownload 'https://downloads.example.net/quux/quux-2.4.0.zip' -FileName quux.zip\n"
         "Start-FileDownloadInternal : Error downloading remote file: One or more errors occurred.\n")
_RECORD = ("At C:\\Program Files\\AppVeyor\\BuildAgent\\Modules\\build-worker-api\\build-worker-api.psm1:118 char:5\n"
           "    + CategoryInfo          : NotSpecified: (:) [Start-FileDownloadInternal], Exception\n")

RECORDS = [
    ("record-404", "real", _HEAD + "Inner Exception: Remote server returned 404: Not Found\n" + _RECORD),
    ("record-503", "transient", _HEAD + "Inner Exception: Remote server returned 503: Server Unavailable\n" + _RECORD),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(RECORDS))
def test_appveyor_error_record_reads_as_its_inner_exception_says(verdict, log):
    v = judge(log)
    assert v.verdict == verdict, v.rationale
    if verdict == "real":
        assert "download-failed" not in signatures(v)
