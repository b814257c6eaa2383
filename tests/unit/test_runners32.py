"""Thirty-second round, runners32: the CI runners' own failure lines, read from their source.

Each case is a short log written for the test around one line as the runner prints it; the docstring of each test (and
the comment above each case) names the runner's repository and the file holding the message's format string. Hosts,
projects, pods, workers and tests are made up; no project's CI log is copied.

A runner that lost its agent, worker or the worker's volume, or stopped a step at its time limit, must read transient;
a runner's own refusal of the job's container (a CrashLoopBackOff the runner files as a configuration error) and a
test of the job's own that hung until the runner's time limit must read real. Near-miss guards (marked so) keep the
same runner lines from deciding where the job's own step had failed first.
"""

from __future__ import annotations

from judging import assert_unique_ids, judge, signatures

_GL_HEAD = [
    "Running with gitlab-runner 17.4.0 (b92ee590)",
    "  on k8s-runner-green x9_QwErTy, system ID: s_7e2a11f0c3d4",
]


def _log(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


# (id, verdict, category or "", log lines)
CASES: list[tuple[str, str, str, list[str]]] = [
    # jenkinsci/workflow-durable-task-step-plugin src/main/java/org/jenkinsci/plugins/workflow/support/steps/
    # ExecutorStepExecution.java (RemovedNodeCause.getShortDescription: "Agent was removed")
    ("jenkins-agent-was-removed", "transient", "infrastructure", [
        "[Pipeline] node",
        "Running on pod-agent-q7w2e in /home/jenkins/agent/workspace/catalog_main",
        "[Pipeline] sh",
        "+ ./gradlew :catalog:integrationTest",
        "> Task :catalog:integrationTest",
        "[Pipeline] }",
        "[Pipeline] // node",
        "Agent was removed",
        "Finished: ABORTED",
    ]),
    # ExecutorStepExecution.java (RemovedNodeTimeoutCause.getShortDescription: "Timeout waiting for agent to come back")
    ("jenkins-timeout-waiting-for-agent", "transient", "infrastructure", [
        "[Pipeline] sh",
        "+ make e2e",
        "running suite checkout-flow ...",
        "[Pipeline] }",
        "Timeout waiting for agent to come back",
        "Finished: ABORTED",
    ]),
    # concourse/concourse atc/worker/gardenruntime/errors.go ("volume '%s' disappeared from worker '%s'")
    ("concourse-volume-disappeared", "transient", "infrastructure", [
        "initializing",
        "selected worker: build-worker-4",
        "volume '0c9d8e7f-1a2b-4c3d-9e8f-7a6b5c4d3e2f' disappeared from worker 'build-worker-4'",
        "errored",
    ]),
    # atc/worker/gardenruntime/errors.go ("volume mounted to container is missing '%s' from worker '%s'")
    ("concourse-mounted-volume-missing", "transient", "infrastructure", [
        "initializing",
        "selected worker: build-worker-1",
        "running ./ci/tasks/unit.sh",
        "volume mounted to container is missing 'f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9' from worker 'build-worker-1'",
        "errored",
    ]),
    # tektoncd/pipeline pkg/pod/status.go ("%q exited because the step exceeded the specified timeout limit")
    ("tekton-step-exceeded-timeout", "transient", "timeout", [
        "[lint : step-vet] go vet ./...",
        "[lint : step-vet] # downloading modules",
        "\"step-vet\" exited because the step exceeded the specified timeout limit",
    ]),
    # gitlab-org/gitlab-runner executors/kubernetes/internal/watchers/pod.go ('container %q is in CrashLoopBackOff: %s',
    # filed as a ConfigurationError, under 'pod %q failed: %w'; the build logger's "ERROR: Job failed: " of common/build.go)
    ("gitlab-crashloop-exec-format", "real", "config", _GL_HEAD + [
        "Preparing the \"kubernetes\" executor",
        "Using Kubernetes executor with image registry.example.net/tools/builder:armv7 ...",
        "Waiting for pod build/runner-x9qwerty-project-21-concurrent-1-m2n3b to be running, status is Pending",
        "ERROR: Job failed: pod \"build/runner-x9qwerty-project-21-concurrent-1-m2n3b\" failed: container \"build\" is in "
        "CrashLoopBackOff: back-off 20s restarting failed container=build pod=runner-x9qwerty-project-21-concurrent-1-m2n3b"
        "_build(8d1c): exec /bin/sh: exec format error",
    ]),
    # the same file ('container configuration error: %s' for CreateContainerConfigError)
    ("gitlab-container-config-error", "real", "config", _GL_HEAD + [
        "Preparing the \"kubernetes\" executor",
        "Using Kubernetes executor with image node:22 ...",
        "ERROR: Job failed: container configuration error: secret \"npm-token\" not found",
    ]),
    # common/build.go ("execution took longer than %v seconds") stopping a docs build: the runner's time limit, not the
    # docs tool's verdict (structure's _CI_STOPPED now reads the runner's line)
    ("gitlab-time-limit-docs-build", "transient", "timeout", _GL_HEAD + [
        "Executing \"step_script\" stage of the job script",
        "$ ./tools/build-docs.sh --all-versions",
        "Building documentation for 9 versions",
        "[2/9] v3.1 ...",
        "[3/9] v3.2 ...",
        "ERROR: Job failed: execution took longer than 2h0m0s seconds",
    ]),
    # actions/runner src/Runner.Worker/StepsRunner.cs ("The action '{0}' has timed out after {1} minutes.") over a docs build
    ("gha-step-time-limit-docs-build", "transient", "timeout", [
        "Run mkdocs build --strict",
        "INFO    -  Cleaning site directory",
        "INFO    -  Building documentation to directory: /home/runner/work/handbook/handbook/site",
        "##[error]The action 'Build site' has timed out after 20 minutes.",
    ]),
    # go test -v's streamed t.Log lines under the test that never finished, then GitHub's step limit (StepsRunner.cs)
    ("gha-time-limit-go-test-logging-hang", "real", "timeout", [
        "Run go test -v -count=1 ./broker/...",
        "=== RUN   TestBroker_Publish",
        "--- PASS: TestBroker_Publish (0.01s)",
        "=== RUN   TestBroker_RedeliverAfterNack",
        "    broker_test.go:212: waiting for redelivery",
        "    broker_test.go:212: waiting for redelivery",
        "    broker_test.go:212: waiting for redelivery",
        "##[error]The action 'Go tests' has timed out after 25 minutes.",
    ]),
    # ... and under GitLab's job limit (common/build.go)
    ("gitlab-time-limit-go-test-logging-hang", "real", "timeout", _GL_HEAD + [
        "$ go test -v -count=1 ./pool/...",
        "=== RUN   TestPool_CloseWaitsForIdle",
        "    pool_test.go:57: 3 connections still checked out",
        "    pool_test.go:57: 3 connections still checked out",
        "ERROR: Job failed: execution took longer than 1h0m0s seconds",
    ]),
]

# Near-miss guards: pass at 1c2a3be and must keep passing.
GUARDS: list[tuple[str, str, list[str]]] = [
    # ExecutorStepExecution.java's cause below a sh step that had already failed (DurableTaskStep.java "script returned
    # exit code %d"): the step's own failure came first
    ("guard-jenkins-agent-removed-after-failed-step", "real", [
        "[Pipeline] sh",
        "+ mvn -B verify",
        "[ERROR] Tests run: 64, Failures: 1, Errors: 0, Skipped: 0",
        "org.opentest4j.AssertionFailedError: expected: <3> but was: <2>",
        "ERROR: script returned exit code 1",
        "[Pipeline] }",
        "[Pipeline] // node",
        "Agent was removed",
        "Finished: FAILURE",
    ]),
    # a Go test that logged, then finished (failed) before the limit: the test did not hang, its failure decides
    ("guard-go-test-logged-then-failed-before-limit", "real", _GL_HEAD + [
        "$ go test -v ./cache/...",
        "=== RUN   TestCache_Evict",
        "    cache_test.go:33: evicting 10 entries",
        "--- FAIL: TestCache_Evict (0.02s)",
        "    cache_test.go:40: len = 4, want 0",
        "FAIL",
        "$ ./scripts/publish-report.sh",
        "ERROR: Job failed: execution took longer than 1h0m0s seconds",
    ]),
    # a line like Concourse's, inside a Go test's own output (a test of a worker client): the unless keeps it off
    ("guard-concourse-volume-words-in-go-test", "real", [
        "--- FAIL: TestVolumeGone (0.00s)",
        "    client_test.go:91: got \"volume 'v1' disappeared from worker 'w1'\", want \"volume 'v1' not found\"",
        "FAIL",
        "##[error]Process completed with exit code 1.",
    ]),
]


_SOURCES = ['jenkins-agent-was-removed', 'jenkins-timeout-waiting-for-agent', 'concourse-volume-disappeared', 'concourse-mounted-volume-missing', 'tekton-step-exceeded-timeout', 'gitlab-crashloop-exec-format', 'gitlab-container-config-error', 'gitlab-time-limit-docs-build', 'gha-step-time-limit-docs-build', 'gha-time-limit-go-test-logging-hang', 'gitlab-time-limit-go-test-logging-hang', 'guard-jenkins-agent-removed-after-failed-step', 'guard-go-test-logged-then-failed-before-limit', 'guard-concourse-volume-words-in-go-test']


def _check(group: list, case_id: str) -> None:
    case = next(c for c in group if c[0] == case_id)
    verdict, lines = case[1], case[-1]
    v = judge(_log(lines))
    assert v.verdict == verdict, (case_id, v.verdict, v.confidence, v.rationale)
    if len(case) == 4 and case[2]:
        assert v.category == case[2], (case_id, v.category, sorted(signatures(v)))


def test_ids_are_unique():
    """Every case and guard of this file has an id of its own."""
    assert_unique_ids(CASES, GUARDS)
    assert {c[0] for c in CASES} | {g[0] for g in GUARDS} == set(_SOURCES)


def test_jenkins_agent_was_removed():
    """jenkinsci/workflow-durable-task-step-plugin src/main/java/org/jenkinsci/plugins/workflow/support/steps/ExecutorStepExecution.java (RemovedNodeCause: "Agent was removed")."""
    _check(CASES, "jenkins-agent-was-removed")

def test_jenkins_timeout_waiting_for_agent():
    """jenkinsci/workflow-durable-task-step-plugin src/main/java/org/jenkinsci/plugins/workflow/support/steps/ExecutorStepExecution.java (RemovedNodeTimeoutCause: "Timeout waiting for agent to come back")."""
    _check(CASES, "jenkins-timeout-waiting-for-agent")

def test_concourse_volume_disappeared():
    """concourse/concourse atc/worker/gardenruntime/errors.go ("volume '%s' disappeared from worker '%s'")."""
    _check(CASES, "concourse-volume-disappeared")

def test_concourse_mounted_volume_missing():
    """concourse/concourse atc/worker/gardenruntime/errors.go ("volume mounted to container is missing '%s' from worker '%s'")."""
    _check(CASES, "concourse-mounted-volume-missing")

def test_tekton_step_exceeded_timeout():
    """tektoncd/pipeline pkg/pod/status.go ("%q exited because the step exceeded the specified timeout limit")."""
    _check(CASES, "tekton-step-exceeded-timeout")

def test_gitlab_crashloop_exec_format():
    """gitlab-org/gitlab-runner executors/kubernetes/internal/watchers/pod.go ("container %q is in CrashLoopBackOff: %s" under "pod %q failed: %w") and common/build.go ("Job failed: ")."""
    _check(CASES, "gitlab-crashloop-exec-format")

def test_gitlab_container_config_error():
    """gitlab-org/gitlab-runner executors/kubernetes/internal/watchers/pod.go ("container configuration error: %s")."""
    _check(CASES, "gitlab-container-config-error")

def test_gitlab_time_limit_docs_build():
    """gitlab-org/gitlab-runner common/build.go ("execution took longer than %v seconds")."""
    _check(CASES, "gitlab-time-limit-docs-build")

def test_gha_step_time_limit_docs_build():
    """actions/runner src/Runner.Worker/StepsRunner.cs ("The action '{0}' has timed out after {1} minutes.")."""
    _check(CASES, "gha-step-time-limit-docs-build")

def test_gha_time_limit_go_test_logging_hang():
    """actions/runner src/Runner.Worker/StepsRunner.cs ("The action '{0}' has timed out after {1} minutes."), under go test -v's streamed t.Log lines."""
    _check(CASES, "gha-time-limit-go-test-logging-hang")

def test_gitlab_time_limit_go_test_logging_hang():
    """gitlab-org/gitlab-runner common/build.go ("execution took longer than %v seconds"), under go test -v's streamed t.Log lines."""
    _check(CASES, "gitlab-time-limit-go-test-logging-hang")

def test_guard_jenkins_agent_removed_after_failed_step():
    """Near-miss guard. jenkinsci/workflow-durable-task-step-plugin ExecutorStepExecution.java ("Agent was removed") below DurableTaskStep.java's "script returned exit code %d"."""
    _check(GUARDS, "guard-jenkins-agent-removed-after-failed-step")

def test_guard_go_test_logged_then_failed_before_limit():
    """Near-miss guard. gitlab-org/gitlab-runner common/build.go ("execution took longer than %v seconds") after a Go test that logged and then failed."""
    _check(GUARDS, "guard-go-test-logged-then-failed-before-limit")

def test_guard_concourse_volume_words_in_go_test():
    """Near-miss guard. concourse/concourse atc/worker/gardenruntime/errors.go's wording inside a Go test's own got/want line."""
    _check(GUARDS, "guard-concourse-volume-words-in-go-test")
