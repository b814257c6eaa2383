"""Twentieth round, second pass over the strict expected failures: guard cases for its edits.

Covered: the server_crashed_then_refused fragment's new form, a service's own structured log line at warn or error
level saying it is exiting (logfmt's ``level=WARN msg="..., exiting"`` as Go's log/slog TextHandler and logrus print
it, and the JSON form ``"level":"error"``), then a refusal from its port on the loopback host. The level keys are
logfmt's and slog's documented forms; the "exiting" wording is a service's own message (assumed: no one tool prints
it). The job time limit: GitHub Actions' "has exceeded the maximum execution time" and "The operation was canceled."
under a compiler's error (no-output-timeout and ci-job-time-limit now stand down under the failed_tests_then_canceled
fragment). Hosts, services and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a service that logged it is exiting, then its port refused: the service stopped on its own (its config, its
    files), the same on every run; never a transient outage (real, or unknown where nothing else reads real);
  * a warn line that says nothing of exiting keeps the standing reading of a loopback refusal (a server not yet up);
  * a compiler's error or a failed test run above the job's time limit and cancellation decides (real); the time limit
    alone keeps its transient reading;
  * a 500 whose body is a database schema error (a missing table or column: PostgreSQL's, MySQL's, SQLite's words,
    recalled) is the server's own deploy lacking its migration (real); a 500 without one keeps the outage reading;
  * a test that opened a file and removes it on the failing line with no close between (pytest's quoted source, then
    "E   PermissionError: [WinError 32]") holds the lock itself (real, in test_tool_sources_runner_workspace.py); one
    that closed it first keeps the reading of another process's handle (transient);
  * curl refused on the loopback host's port that is the container's side of the one "docker run -p HOST:CONTAINER"
    (HOST another port): nothing listens there, not a server still starting (not surely transient); the published
    port probed keeps the readiness reading;
  * a usage line with argparse's help body below it ("-h, --help  show this help message and exit") is help output the
    job printed, no configuration error; argparse's refusal (usage, then "prog: error: ...") still reads real;
  * an exit line whose own message is a timeout or refusal met upstream keeps the transient reading (the upstream's
    trouble stopped the service).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
# GitHub Actions' job time limit and cancellation (as the runner prints them; wording as other tests here quote it)
_GHA_LIMIT = ("##[error]The job running on runner GitHub Actions 3 has exceeded the maximum execution time of 60 minutes.\n"
              "##[error]The operation was canceled.\n")
_GO_IT = ("+ go test -tags integration ./it/...\n--- FAIL: TestGatewayRoutes (0.01s)\n"
          "    routes_test.go:27: Get \"http://127.0.0.1:8080/v1/orders\": dial tcp 127.0.0.1:8080: connect: connection "
          "refused\nFAIL\nFAIL\tgithub.com/acme/gateway/it\t0.022s\nFAIL\n")

CASES: list[tuple[str, str, str]] = [
    # JSON form at warn level, the listen address rejected, then a Go test's Get to localhost refused: real
    ("json-warn-exiting-then-go-get-refused", "real",
     "+ ./bin/gateway &\n{\"level\":\"warn\",\"msg\":\"invalid listen address \\\"::8080\\\", exiting\"}\n"
     "+ go test ./it/...\n--- FAIL: TestRoutes (0.01s)\n"
     "    routes_test.go:27: Get \"http://localhost:8080/v1\": dial tcp [::1]:8080: connect: connection refused\n"
     "FAIL\nFAIL\tgithub.com/acme/gateway/it\t0.022s\nFAIL\n" + _GHA),
    # a warn line that names no exit: the loopback refusal keeps its standing reading (as before this pass)
    ("warn-not-exiting-then-go-get-refused", "transient",
     "+ ./bin/gateway --config testdata/gateway.yaml &\ntime=2026-05-04T10:00:00.101Z level=WARN msg=\"cache disabled\"\n"
     + _GO_IT + _GHA),
    # the service exits on an upstream timeout of its own: the upstream's trouble, transient (as before this pass)
    ("error-exiting-on-upstream-timeout", "transient",
     "+ ./bin/gateway &\ntime=2026-05-04T10:00:00.101Z level=ERROR msg=\"upstream connect timed out, exiting\"\n"
     + _GO_IT + _GHA),
    # a smoke check's 500 whose body is MySQL's missing-table error: the deploy lacks its migration (real)
    ("smoke-500-mysql-table-missing", "real",
     "+ ./scripts/smoke.sh https://staging.acme-shop.example\n"
     "smoke: GET https://staging.acme-shop.example/api/orders: 500 Internal Server Error "
     "{\"error\":\"Error 1146 (42S02): Table 'shop.orders_v2' doesn't exist\"}\n"
     "smoke: 1 of 6 checks failed\n" + _GHA),
    # a registry's 500 with no schema error in it keeps the outage reading
    ("registry-500-plain", "transient",
     "+ ./scripts/smoke.sh https://staging.acme-shop.example\n"
     "smoke: GET https://registry.example-cdn.net/v2/acme/api/manifests/1.4: 500 Internal Server Error\n"
     "smoke: 1 of 6 checks failed\n" + _GHA),
    # a test that closed its handle before removing the file: a scanner's or indexer's handle, the lock reading stands
    ("pytest-closed-file-then-winerror32", "transient",
     "__________________________ test_export_replaces_file __________________________\n\n"
     "    def test_export_replaces_file(tmp_path):\n"
     "        out = tmp_path / \"report.csv\"\n"
     "        handle = open(out, \"w\")\n"
     "        export_report(out)\n"
     "        handle.close()\n"
     ">       os.remove(out)\n"
     "E       PermissionError: [WinError 32] The process cannot access the file because it is being used by "
     "another process: 'C:\\\\Temp\\\\test_export0\\\\report.csv'\n\n"
     "tests\\test_export.py:31: PermissionError\n"
     "FAILED tests/test_export.py::test_export_replaces_file - PermissionError: [WinError 32] The process cannot "
     "access the file because it is being used by another process: 'C:\\\\Temp\\\\...'\n"
     "======================== 1 failed, 211 passed in 18.40s ========================\n" + _GHA),
    # docker run publishing the port curl then probes, refused: a server still starting (the standing readiness reading)
    ("docker-run-published-port-probed-refused", "transient",
     "+ docker run -d -p 8080:8080 --name api acme/api:ci\n3f4e5d6c7b8a\n+ curl -sf http://localhost:8080/health\n"
     "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused\n" + _GHA),
    # two -p flags, one publishing the probed port: left to the standing readiness reading (only one -p is compared)
    ("docker-run-two-ports-probed-refused", "transient",
     "+ docker run -d -p 9090:9000 -p 8080:8080 --name api acme/api:ci\n3f4e5d6c7b8a\n"
     "+ curl -sf http://localhost:8080/health\n"
     "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused\n" + _GHA),
    # argparse refusing an invocation (the usage line, then "prog: error: ..."; no help body): a configuration error
    ("argparse-refusal-then-nothing", "real",
     "+ ./bin/fetchit --retry 2 https://downloads.example.org/data.csv\n"
     "usage: fetchit [-h] [--retries N] URL\n"
     "fetchit: error: unrecognized arguments: --retry\n" + _GHA),
    # argparse's help printed on purpose, then the same tool refused: the refusal still reads (real)
    ("argparse-help-then-refusal", "real",
     "+ ./bin/fetchit --help\nusage: fetchit [-h] [--retries N] URL\n"
     "  -h, --help   show this help message and exit\n"
     "+ ./bin/fetchit --retries two https://downloads.example.org/data.csv\n"
     "usage: fetchit [-h] [--retries N] URL\n"
     "fetchit: error: argument --retries: invalid int value: 'two'\n" + _GHA),
    # GitHub Actions' job time limit with no failure above it: the standing transient reading
    ("gha-job-time-limit-alone", "transient",
     "$ ./scripts/e2e.sh\nwaiting for app...\nwaiting for app...\n" + _GHA_LIMIT),
    # a compiler's error, the build going on, then the job's time limit and cancellation: the error decides (real)
    ("gcc-error-then-gha-job-time-limit", "real",
     "[12/480] Building CXX object src/CMakeFiles/core.dir/a.cpp.o\n"
     "/w/src/a.cpp:12:5: error: 'foo' was not declared in this scope\n"
     "[13/480] Building CXX object src/CMakeFiles/core.dir/b.cpp.o\n" + _GHA_LIMIT),
]

NOT_SURELY_TRANSIENT = [
    # docker run publishing 9090 for the container's 8080, then curl probing 8080 on the loopback: nothing listens there
    ("docker-run-other-port-probed-refused",
     "+ docker run -d -p 9090:8080 --name api acme/api:ci\n3f4e5d6c7b8a\n+ sleep 5\n"
     "+ curl -sf http://127.0.0.1:8080/health\n"
     "curl: (7) Failed to connect to 127.0.0.1 port 8080 after 0 ms: Couldn't connect to server\n" + _GHA),
    # JSON at error level, its database file missing, then curl's refused connect to it: nothing else reads real, so
    # unknown (the base engine read curl's refusal as an outage)
    ("json-error-exiting-then-curl-refused",
     "+ ./bin/api -c ci.json &\n"
     "{\"time\":\"2026-05-04T10:00:00Z\",\"level\":\"error\",\"msg\":\"open ./data/ci.db: no such file or directory, "
     "exiting\"}\n+ curl -fsS http://localhost:8080/health\n"
     "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_xfail20b_case_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_xfail20b_ambiguous_not_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py (the fragment's new
# warn/error-level exit form, expect-test's report in timing-sensitive-test's unless_log, Verify's file pair).
LONG_LINE_WORDS = [
    "time=2026-05-04T10:00:00Z level=WARN msg=\"exiting ",
    "{\"level\":\"error\",\"msg\":\"exiting ",
    "error: expect test failed ",
    "  - Received: T.received.txt ",
    "    Verified: T.verified.txt ",
    "500 relation \\\"",
    "500 Table '",
    "    handle = open(out ",
    ">       os.remove(out) ",
    "+ docker run -d -p 8081:8080 ",
    "usage: x [-h] ",
]
