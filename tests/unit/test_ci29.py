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
- actions/upload-artifact finding no file at its path ("No files were found with the provided path", if-no-files-found:
  error): real (config), downstream of a network or resource failure above it. Jenkins' junit step's "No test report
  files were found" stays a closing line that only relays a failure (test_unexplained_error.py).
- GitLab Runner's "ERROR: Job failed (system failure): <error>": the class is no cause; where the runner's own error
  after it is a lasting refusal (a secret, image or bind path that does not exist, a forbidden namespace, a manifest
  unknown, a pull back-off that does not say why) the line is no sure outage; its outages keep the transient reading.
  Its kubernetes executor's "image pull failed: <the runtime's answer>" reads as the kubelet's own pull event does: a
  tag the registry does not have, real.

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


# ---------------------------------------------------------------- GitHub's action resolver failing on its side


def test_action_resolver_internal_error_reads_transient():
    v = reads("Prepare workflow directory\n"
              "Prepare all required actions\n"
              "Getting action download info\n"
              'Error: Internal Server Error occurred while resolving "actions/setup-go@v5". '
              'Internal Server Error occurred while resolving "acme-tools/lint-action@v2"\n', "transient")
    assert "http-5xx" in signatures(v), v.rationale


def test_near_miss_application_internal_error_words_are_not_the_ci_service():
    """Near-miss guard (passes at 4b0a8ad): an application's own message of the kind, in a failed test."""
    not_surely_transient(
        "FAILED tests/test_api.py::test_resolve_ticket - AssertionError: assert 'An internal server error occurred "
        "while resolving the ticket.' == 'resolved'\n"
        "========= 1 failed, 40 passed in 2.10s =========\n"
        "##[error]Process completed with exit code 1.\n")


# ---------------------------------------------------------------- an agent named and gone offline


def test_named_agent_went_offline_reads_transient():
    reads("build\t11-Apr-2026 08:00:01\t[INFO] Building billing-api 1.8.0\n"
          "build\t11-Apr-2026 08:02:44\t[INFO] Running com.example.billing.LedgerIT\n"
          "error\t11-Apr-2026 08:14:10\tRemote agent build-agent-3 went offline while running this build.\n",
          "transient")


def test_near_miss_agent_offline_words_in_an_assertion():
    """Near-miss guard: a test comparing a fleet manager's status text."""
    not_surely_transient(
        "  1) FleetStatus reports an offline agent:\n"
        "     AssertionError: expected 'agent linux-7 went offline at 10:02' to equal 'agent linux-7 online'\n"
        "  12 passing\n  1 failing\n")


# ---------------------------------------------------------------- lasting refusals a CI system prints


def test_jenkins_git_no_revision_reads_real():
    v = reads(" > git rev-parse origin/trunk^{commit} # timeout=10\n"
              "ERROR: Couldn't find any revision to build. Verify the repository and branch configuration for this job.\n"
              "Finished: FAILURE\n", "real")
    assert v.category == "config", v.category


def test_travis_log_length_limit_reads_real():
    v = reads("$ ./gradlew build --info\n"
              "Resolving dependency configuration 'compileClasspath'\n"
              "\n"
              "The job exceeded the maximum log length, and has been terminated.\n", "real")
    assert v.category == "config", v.category


def test_near_miss_travis_time_limit_stays_transient():
    """Near-miss guard (passes at 4b0a8ad): the time limit's words, not the log's size."""
    reads("$ ./gradlew connectedCheck\n"
          "> Task :app:connectedDebugAndroidTest\n"
          "The job exceeded the maximum time limit for jobs, and has been terminated.\n", "transient")


# ---------------------------------------------------------------- GitLab's "(system failure)" and the error after it

_SYSTEM_FAILURE = "ERROR: Job failed (system failure): "


@pytest.mark.parametrize("cause", [
    'prepare environment: setting up credentials: secrets "deploy-pull-secret" not found. Check '
    "https://docs.gitlab.com/runner/shells/index.html#shell-profile-loading for more information",
    'pods is forbidden: User "system:serviceaccount:builds:runner" cannot create resource "pods" in API group "" in the '
    'namespace "builds-prod"',
    'Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /data/ci-cache '
    "(docker.go:650:0s)",
    "Error response from daemon: manifest for debian:13.99-slim not found: manifest unknown: manifest unknown "
    "(docker.go:650:0s)",
    'prepare environment: waiting for pod running: pulling image "registry.example.net/tools/builder:0.0.0-x": image '
    'pull failed: Back-off pulling image "registry.example.net/tools/builder:0.0.0-x"',
], ids=["secret-missing", "namespace-forbidden", "bind-path-missing", "manifest-unknown", "pull-back-off"])
def test_system_failure_with_a_lasting_cause_is_not_transient(cause):
    v = judge('Preparing the "kubernetes" executor\n' + _SYSTEM_FAILURE + cause + "\n")
    assert v.verdict != "transient", v.rationale


@pytest.mark.parametrize("cause", [
    'Error response from daemon: Get "https://registry.example.net/v2/": read tcp 10.2.0.4:50112->10.2.0.9:443: read: '
    "connection reset by peer (docker.go:650:0s)",
    'pod "builds/runner-q1w2e3-project-8-concurrent-1-abcd" is disrupted: reason "EvictionByEvictionAPI", message '
    '"Eviction API: evicting"',
    'unable to upgrade connection: container not found ("build")',
    "prepare environment: waiting for pod running: timed out waiting for pod to start",
], ids=["registry-reset", "evicted", "container-gone-mid-job", "pod-start-timeout"])
def test_near_miss_system_failure_outages_stay_transient(cause):
    """Near-miss guard (passes at 4b0a8ad): the runner's outages after its "(system failure)" keep their reading; a
    container "not found" mid-job is the runner's pod deleted under it, not a missing resource."""
    reads("$ ./gradlew test\n> Task :app:test\n" + _SYSTEM_FAILURE + cause + "\n", "transient")


def test_runner_relayed_image_pull_not_found_reads_real():
    v = reads('Preparing the "kubernetes" executor\n'
              'ERROR: Job failed: prepare environment: waiting for pod running: pulling image "docker.io/example/tools:0.0.0-x":'
              ' image pull failed: rpc error: code = NotFound desc = failed to pull and unpack image '
              '"docker.io/example/tools:0.0.0-x": failed to resolve reference "docker.io/example/tools:0.0.0-x": '
              "docker.io/example/tools:0.0.0-x: not found\n", "real")
    assert "kubelet-image-pull-refused" in signatures(v), v.rationale


def test_near_miss_runner_relayed_image_pull_rate_limit_stays_transient():
    """Near-miss guard (passes at 4b0a8ad): the registry's rate limit in the same relayed answer."""
    reads('Preparing the "kubernetes" executor\n'
          'ERROR: Job failed: prepare environment: waiting for pod running: pulling image "python:3.12": image pull '
          'failed: rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/python:3.12": '
          "unexpected status code https://registry-1.docker.io/v2/library/python/manifests/3.12: 429 Too Many Requests - "
          "Server message: toomanyrequests\n", "transient")


# ---------------------------------------------------------------- an artifact step that found nothing


def test_upload_artifact_finding_nothing_reads_real():
    v = reads("Run actions/upload-artifact@v4\n"
              "  with:\n    name: site\n    path: public/\n    if-no-files-found: error\n"
              "Error: No files were found with the provided path: public/. No artifacts will be uploaded.\n", "real")
    assert "ci-artifact-none-found" in signatures(v) and v.category == "config", v.rationale


def test_near_miss_report_missing_after_a_network_failure_reads_the_network():
    """Near-miss guard (passes at 4b0a8ad): the install was cut off, so nothing wrote the files (downstream)."""
    reads("Run pip install -r requirements.txt\n"
          "ERROR: Could not install packages due to an OSError: ('Connection aborted.', ConnectionResetError(104, "
          "'Connection reset by peer'))\n"
          "##[error]Process completed with exit code 1.\n"
          "Run actions/upload-artifact@v4\n"
          "Error: No files were found with the provided path: reports/. No artifacts will be uploaded.\n", "transient")


def test_near_miss_upload_artifact_warning_is_passed_over():
    """Near-miss guard: the default "warn" prints the words as a warning, which no real reading takes."""
    v = judge("Run actions/upload-artifact@v4\n"
              "Warning: No files were found with the provided path: public/. No artifacts will be uploaded.\n"
              "##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, "
              "or a manually started runner is canceled.\n")
    assert v.verdict == "transient" and "ci-artifact-none-found" not in signatures(v), v.rationale


# ---------------------------------------------------------------- left


def test_left_script_says_variable_unset():
    """(perm30, was a strict xfail) the script's whole line naming an upper-case variable as not set reads real
    (required-environment-variable-missing)."""
    reads('$ test -n "$PUBLISH_TOKEN" || { echo "PUBLISH_TOKEN is not set"; exit 1; }\n'
          "PUBLISH_TOKEN is not set\n"
          "ERROR: Job failed: exit code 1\n", "real")
