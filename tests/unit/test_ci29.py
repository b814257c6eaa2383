"""(ci29) The CI systems' own messages in short excerpts: a cancellation that names who cancelled, a CI service's
failure told in words, an agent gone offline under its name, and two lasting refusals a CI system prints.

- GitHub's cancellation of a run by a newer one of its concurrency group ("Canceling since a higher priority waiting
  request for '<group>' exists") or by a person ("The run was canceled by @<user>."): the twentieth round's decision on
  cancellations (not a failure of the change, no sign of an outage) now holds for GitHub's words; the bare "The
  operation was canceled." keeps its transient reading (a runner's shutdown, a job's time limit print it too).
- GitHub's action resolver failing on its side ("Internal Server Error occurred while resolving "owner/name@ref""):
  a 5xx in words, transient; an application's own words of the kind stay its own.
- A CI agent named and gone offline ("Remote agent build-agent-3 went offline ..."): transient, as "agent X
  disconnected" was.
- Jenkins' git plugin finding no revision for the job's branch specifier, Travis' log-length limit: real (config).
- GitLab Runner's "ERROR: Job failed (system failure): <error>": the class is no cause; where the runner's own error
  after it is a lasting refusal (a secret, image or bind path that does not exist, a forbidden namespace, a manifest
  unknown, a pull back-off that does not say why) the line is no sure outage; its outages keep the transient reading.

Every line here was written for the test (none is copied from a project's CI log or a dataset)."""

from __future__ import annotations

import pytest
from judging import judge, not_surely_transient, reads, signatures

# ---------------------------------------------------------------- cancellations that name who cancelled


@pytest.mark.parametrize("log", [
    # the concurrency group's line, then the runner's cancellation
    ("Run pytest -q tests/\n"
     "..........................................\n"
     "Canceling since a higher priority waiting request for 'build-refs/heads/topic-cache' exists\n"
     "##[error]The operation was canceled.\n"),
    # the same under GitHub's clock, the group named for a pull request
    ("2026-04-11T08:02:13.1000000Z Run npm run test:unit\n"
     "2026-04-11T08:02:40.2000000Z  ✓ src/basket.spec.ts (12 tests) 41ms\n"
     "2026-04-11T08:03:01.3000000Z Canceling since a higher priority waiting request for 'pr-checks-1187' exists\n"
     "2026-04-11T08:03:01.4000000Z ##[error]The operation was canceled.\n"),
    # the run's annotation for a person
    ("Run npm run test:e2e\n"
     "> shop-web@4.1.0 test:e2e\n"
     "The run was canceled by @mira-dev.\n"
     "##[error]The operation was canceled.\n"),
], ids=["concurrency", "concurrency-clock", "person"])
def test_named_cancellation_is_not_surely_transient(log):
    v = judge(log)
    assert v.verdict != "transient", v.rationale


def test_near_miss_bare_cancellation_keeps_its_reading():
    """Near-miss guard (passes at 4b0a8ad): nothing says who cancelled; a runner's shutdown or a time limit print it."""
    reads("Run make check\n"
          "go test ./...\n"
          "ok  \texample.org/inv/store\t2.101s\n"
          "##[error]The operation was canceled.\n", "transient")


def test_near_miss_named_cancellation_under_failed_tests_reads_the_failures():
    """Near-miss guard (passes at 4b0a8ad): the tests had failed before the newer run cancelled this one."""
    reads("FAILED tests/test_invoice.py::test_rounding - assert 10.49 == 10.5\n"
          "========= 1 failed, 88 passed in 4.02s =========\n"
          "Canceling since a higher priority waiting request for 'ci-refs/heads/main' exists\n"
          "##[error]The operation was canceled.\n", "real")


def test_near_miss_cancellation_words_inside_a_line_take_no_loss_off():
    """Near-miss guard: the words quoted inside another line (a test's message) are not GitHub's line; the runner's
    shutdown below still reads transient."""
    v = judge("Run ./gradlew check\n"
              "> Task :core:test\n"
              "note: status text was 'The run was canceled by @ci-bot.' for the fixture\n"
              "##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, "
              "or a manually started runner is canceled.\n"
              "##[error]The operation was canceled.\n")
    assert v.verdict == "transient" and "ci-runner-lost" in signatures(v), v.rationale


# ---------------------------------------------------------------- left


@pytest.mark.xfail(strict=True, reason="the job's own script saying a variable is unset (its echo, then exit 1) is its "
                                       "words, not the CI system's; no general reading of a script's own message")
def test_left_script_says_variable_unset():
    reads('$ test -n "$PUBLISH_TOKEN" || { echo "PUBLISH_TOKEN is not set"; exit 1; }\n'
          "PUBLISH_TOKEN is not set\n"
          "ERROR: Job failed: exit code 1\n", "real")
