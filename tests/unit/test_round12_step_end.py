"""Twelfth round: GitHub Actions and CircleCI stop a job's own steps at the first that fails, so an
outage printed after that step's exit line (a post step, an always-step's upload, cache save or
notification) did not cause a deterministic failure before it. The reviews of the round's entries
found such logs read transient (tests/unit/test_review12_{a,b,c}.py). Made-up logs; no project's
log is copied."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, reads, reads_as

_GHA_EXIT = "##[error]Process completed with exit code 1.\n"

CASES: list[tuple[str, str, str]] = [
    # a failing Go test, then an always-step's upload to a bucket answered 503
    ("gha-go-test-then-bucket-503", "real",
     "=== RUN   TestParse\n"
     '    parse_test.go:22: got "a", want "b"\n'
     "--- FAIL: TestParse (0.00s)\n"
     "FAIL\n"
     "FAIL\tgithub.com/acme/p\t0.02s\n" + _GHA_EXIT +
     "Run google-github-actions/upload-cloud-storage@v2\n"
     "CommandException: 1 file/object could not be transferred.\n"
     "ResumableUploadAbortException: 503 Server Error\n" + _GHA_EXIT),
    # a failing Jest test, then a later audit step whose endpoint failed (if: always())
    ("gha-jest-then-audit-endpoint", "real",
     "  ● cart › computes the total\n"
     "\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "\n"
     "    Expected: 12\n"
     "    Received: 13\n"
     "Tests:       1 failed, 41 passed, 42 total\n" + _GHA_EXIT +
     "Run npm audit --audit-level=high\n"
     "npm ERR! code ECONNRESET\n"
     "npm ERR! audit endpoint returned an error\n" + _GHA_EXIT),
    # CircleCI: a type error, then a when: always step's artifact upload answered 503
    ("circleci-tsc-then-upload-503", "real",
     "src/app.ts(12,5): error TS2322: Type 'string' is not assignable to type 'number'.\n"
     "Exited with code exit status 2\n"
     "Uploading artifacts\n"
     "Error uploading artifacts: 503 Service Unavailable\n"),
    # a lint failure, then a Slack notification that timed out
    ("gha-lint-then-slack-timeout", "real",
     "Run npx eslint src\n"
     "/src/a.js\n"
     "  3:7  error  'x' is assigned a value but never used  no-unused-vars\n"
     "\n"
     "✖ 1 problem (1 error, 0 warnings)\n" + _GHA_EXIT +
     "Run slackapi/slack-github-action@v1\n"
     "Error: connect ETIMEDOUT 52.1.2.3:443\n"),
    # pytest's one-line summary is the step's only report, then the post step was canceled
    ("gha-pytest-summary-then-post-step-canceled", "real",
     "Run pytest -q\n"
     "..........F.....\n"
     "FAILED tests/test_totals.py::test_sum - assert 90 == 100\n"
     "1 failed, 15 passed in 0.41s\n" + _GHA_EXIT +
     "Post Run actions/cache@v4\n"
     "##[error]The operation was canceled.\n"),
    # pytest's short summary alone (-q --tb=no), after an outage the install step survived
    ("pytest-short-summary-after-survived-retry", "real",
     "Run pip install -r requirements.txt\n"
     "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection"
     " broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.org', port=443): Read timed out.\")'\n"
     "Successfully installed requests-2.32.3\n"
     "Run pytest -q --tb=no\n"
     "..........F.....\n"
     "FAILED tests/test_totals.py::test_sum - assert 90 == 100\n"
     "1 failed, 15 passed in 0.41s\n" + _GHA_EXIT),
    # the guards: an outage inside the failing step still explains its test's failure ...
    ("gha-outage-inside-the-failing-step", "transient",
     "Run go test ./...\n"
     '    client_test.go:40: Get "https://api.example.org/v1": dial tcp 10.0.0.3:443: i/o timeout\n'
     "--- FAIL: TestFetch (30.00s)\n"
     "FAIL\n" + _GHA_EXIT +
     "Run actions/upload-artifact@v4\n"),
    # ... a step that failed on the outage itself reads as before ...
    ("gha-install-outage-step", "transient",
     "Run npm ci\n"
     "npm ERR! code ECONNRESET\n"
     "npm ERR! network aborted\n" + _GHA_EXIT +
     "Post Run actions/checkout@v4\n"),
    # ... and so does an outage after a step that failed with nothing deterministic in it
    ("gha-bare-failure-then-outage", "transient",
     "Run ./scripts/smoke.sh\n"
     "smoke: step 3 of 5\n" + _GHA_EXIT +
     "Run ./scripts/fetch-report.sh\n"
     "curl: (28) Operation timed out after 30001 milliseconds with 0 bytes received\n" + _GHA_EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_outage_after_the_failed_step(verdict, log):
    reads(log, verdict)


def test_case_ids_are_unique():
    assert_unique_ids(CASES)


def test_pytest_short_summary_alone_is_an_assertion():
    # pytest -q --tb=no prints no "E  assert" block: its short-summary line is the assertion's only report
    v = reads_as("Run pytest -q --tb=no\n"
                 "..........F.....\n"
                 "FAILED tests/test_totals.py::test_sum - assert 90 == 100\n"
                 "1 failed, 15 passed in 0.41s\n" + _GHA_EXIT, "real", "test-assertion")
    assert v.confidence >= 0.7
