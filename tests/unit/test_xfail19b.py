"""Guards for the nineteenth round's second pass over the strict expected failures (section xfail19b).

Covered, beside the formerly expected failures it fixed (in their own files): gunicorn's "Worker (pid:N) was sent
SIGKILL! Perhaps out of memory?" with and without its own "WORKER TIMEOUT (pid:N)" above (benoitc/gunicorn
gunicorn/arbiter.py murder_workers and reap_workers, read in the source: after WORKER TIMEOUT gunicorn sends SIGABRT,
then SIGKILL itself; reap_workers appends "Perhaps out of memory?" to any SIGKILL); a command's help text option line
quoting outage words (fragment cli_help_option_line; the option layout of argparse, cobra and clap recalled); a
loopback curl answered 429 (fragment loopback_http_answer_throttled; curl -i's status line is curl's documented
output); Cypress's run summary "✖  N of M failed (P%)" (a test-summary-failed pattern; layout recalled, not read from
cypress-io/cypress's print-run source).
The rules the cases hold: a SIGKILL gunicorn did not announce as its own timeout still reads as memory; a real
timeout line from a fetch (wget's, curl's) still reads transient; a 429 from a registry still reads rate-limited;
a Cypress run whose specs all passed is not read as failed.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, not_surely_transient, reads, signatures

_GHA = "##[error]Process completed with exit code 1.\n"
_GUNICORN_HEAD = ("[2026-05-04 10:00:01 +0000] [7] [INFO] Starting gunicorn 22.0.0\n"
                  "[2026-05-04 10:00:01 +0000] [7] [INFO] Listening at: http://0.0.0.0:8000 (7)\n"
                  "[2026-05-04 10:00:01 +0000] [8] [INFO] Booting worker with pid: 8\n")

CASES: list[tuple[str, str, str]] = [
    # a SIGKILL with no WORKER TIMEOUT of gunicorn's own before it: the kernel's OOM killer (assumption, as
    # resource-exhausted reads the words elsewhere)
    ("gunicorn-sigkill-without-own-timeout", "transient",
     "+ gunicorn shop.wsgi:application --bind 0.0.0.0:8000 &\n" + _GUNICORN_HEAD +
     "[2026-05-04 10:00:32 +0000] [7] [ERROR] Worker (pid:8) was sent SIGKILL! Perhaps out of memory?\n"
     "+ ./wait-for-it.sh localhost:8000 -t 40\n"
     "wait-for-it.sh: timeout occurred after waiting 40 seconds for localhost:8000\n" + _GHA),
    # wget's own progress line starts with "--" and a date, not an option: its connect timeout still reads
    ("wget-connect-timeout-not-help-text", "transient",
     "--2026-05-04 10:00:01--  https://downloads.example.org/tool.tar.gz\n"
     "Connecting to downloads.example.org (downloads.example.org)|93.184.216.34|:443... failed: Connection timed out.\n"
     + _GHA),
    # a registry's 429 to a curl -i (not the loopback) still reads rate-limited
    ("curl-registry-429-still-rate-limited", "transient",
     "$ curl -si https://registry.example.org/v2/acme/app/manifests/1.0\n"
     "HTTP/2 429\n"
     "retry-after: 30\n\n"
     "{\"errors\":[{\"code\":\"TOOMANYREQUESTS\",\"message\":\"rate limit exceeded\"}]}\n" + _GHA),
    # Cypress's run table with failed specs and nothing else said
    ("cypress-run-finished-two-failed", "real",
     "  (Run Finished)\n\n"
     "       Spec                                              Tests  Passing  Failing\n"
     "  │ ✖  cart.cy.ts                               00:09        4        2        2 │\n"
     "    ✖  1 of 3 failed (33%)                      00:31       12       10        2\n" + _GHA),
]

# help text quoting outage words under a failing test of a CLI: no rerun proposed with confidence
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    ("help-text-two-column-options",
     "FAIL: test_usage (tests.test_cli.CliTest.test_usage)\n"
     "usage: fetchit [-h] [--retries N] URL\n"
     "  -h, --help   show this help message and exit\n"
     "  --retries N  retry after 'connection refused', 'connection timed out' or a network error\n"
     "FAILED (failures=1)\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_xfail19b_case_reads_its_label(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", [pytest.param(log, id=cid) for cid, log in NOT_SURELY_TRANSIENT])
def test_xfail19b_not_surely_transient(log):
    not_surely_transient(log)


def test_gunicorn_sigkill_without_own_timeout_is_memory():
    assert "resource-exhausted" in signatures(judge(CASES[0][2]))


def test_cypress_passing_run_is_not_read_failed():
    log = ("  (Run Finished)\n\n"
           "    ✔  All specs passed!                        00:31       12       12        -\n")
    assert "test-summary-failed" not in signatures(judge(log))


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py.
LONG_LINE_WORDS = [
    "WORKER TIMEOUT (pid:",
    "Worker (pid:8) was sent SIGKILL! Perhaps out of memory?",
    "  --retries N",
    "# --",
    "$ curl http://localhost:",
    "HTTP/1.1 429",
    "✖  1 of ",
]
