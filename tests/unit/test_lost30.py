"""Thirtieth round, lost30: a runner, agent, pod or process lost or killed from outside, in few words, across CI systems.

Covered:
  * signatures.toml executor-lost and ci-runner-lost: the agent's own "has received a shutdown signal" (Azure Pipelines'
    agent words it as GitHub's runner does), a runner shut down or stopped under the step;
  * ci-pod-or-agent-removed: Jenkins' "Agent x was deleted; cancelling node body" under an "ERROR: ", and the kubelet's
    node-shutdown ("Pod was terminated in response to imminent node shutdown.") and critical-pod preemption ("Preempted
    in order to admit critical pod") messages as a CI system relays them for its agent's or task's pod;
  * agent-unresponsive: an agent named before "stopped responding", an agent or runner that lost contact with its server;
  * ci-process-exit-minus-one (new): an agent's "exited with code -1" off Windows (no status of the process's own);
  * structure.py _CANCELLED_BY_NAME: exit 143 under a cancellation that names who cancelled is no time limit (the
    cancellation stays undecided, as ci_cancel_named reads GitHub's);
  * killed-137's unless_log: a "kill -9" or "timeout -s KILL" the script itself ran;
  * line_checks.py _own_memory_grew: killed-137 and oom-killed stand aside where three or more of the job's own memory
    figures rise to the kill (the process grew to the limit, the same on the next run);
  * the prompt_left_waiting fragment and prompt-left-waiting-until-time-limit (new): a yes/no or "press ENTER" prompt
    left as the job's last line right above the CI's time limit: the job waits on its own input, not a slow machine.

Where the wording comes from: Jenkins' ExecutorStepExecution ("Agent " + name + " was deleted; cancelling node body",
read in a copy); the kubelet's node-shutdown and critical-pod preemption messages (recalled); Azure Pipelines' agent
shutdown notice, TeamCity's "Process exited with code" and its agent lines, Jenkins' "Aborted by" (recalled). Every log
line below is made up: names, hosts, paths and tests are invented; no project's CI log is copied.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, reads, signatures

_TC = "[10:02:11] :\t [Step 1/1] "
_TCE = "[10:09:40]E:\t "

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------ the agent or runner gone from under the step
    ("azure-agent-shutdown-signal", "transient",
     "##[section]Starting: unit tests\npython -m pytest -q\n" + "." * 60 + "\n"
     "##[error]The agent has received a shutdown signal. This can happen when the agent service is stopped, or a "
     "manually started agent is canceled.\n##[section]Finishing: unit tests\n"),
    ("runner-shut-down-under-the-step", "transient",
     "+ ./gradlew assembleDebug\n> Task :app:mergeDebugResources\n> Task :app:compileDebugKotlin\n"
     "The step could not be completed because its runner was shut down.\n"),
    ("runner-stopped-while-executing", "transient",
     "+ make dist\ncc -O2 -c src/queue.c -o build/queue.o\n"
     'Runner "build-host-04" {0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6} stopped while executing the step.\n'),
    ("jenkins-agent-deleted-error-prefix", "transient",
     "[Pipeline] sh\n+ bundle exec rake spec\n" + "." * 50 + "\n"
     "ERROR: Agent ruby-pod-x8k2q was deleted; cancelling node body\n[Pipeline] }\n[Pipeline] // node\n"
     "[Pipeline] End of Pipeline\nFinished: FAILURE\n"),
    ("tekton-pod-node-shutdown", "transient",
     "[build : compile] go build ./cmd/...\n[build : compile] go: downloading example.org/quail/lib v0.3.1\n"
     'TaskRun quail-build-7fk2 failed: "step-compile" exited because the pod was terminated: Pod was terminated in '
     "response to imminent node shutdown.\n"),
    ("task-pod-preempted-for-critical-pod", "transient",
     "[test : unit] [INFO] Running org.quail.core.LedgerTest\n"
     "[test : unit] [INFO] Tests run: 12, Failures: 0, Errors: 0, Skipped: 0\n"
     'TaskRun quail-test-2mz8 failed: pod "quail-test-2mz8-pod" status Failed, reason Preempting: Preempted in order to '
     "admit critical pod\n"),
    ("teamcity-named-agent-stopped-responding", "transient",
     _TC + "[INFO] Running org.heron.api.RouteIT\n"
     + _TCE + "The build was interrupted: build agent 'linux-large-31' stopped responding\n[10:09:40]i:\t Build finished\n"),
    ("agent-lost-contact-with-server", "transient",
     "[go] Task: make test\ngo test ./...\nok  \texample.org/wren/store\t1.204s\n"
     "[go] Job failed: agent wren-agent-06 (10.8.1.14) lost contact with the server\n"),
    # ------------------------------------------------------------ exit -1: the agent has no status of the process's own
    ("teamcity-exit-minus-one-cargo", "transient",
     _TC + "cargo test --workspace\n" + _TC + "running 48 tests\n" + _TC + "test merge::large_tree ... \n"
     "[10:09:40]E:\t [Step 1/1] Process exited with code -1\n[10:09:40]E:\t Step tests (Cargo) failed\n"),
    ("azure-process-failed-exit-minus-one", "transient",
     "##[section]Starting: Gradle\n> Task :service:test\n"
     "##[error]Error: The process '/home/vsts/work/1/s/gradlew' failed with exit code -1\n"
     "##[section]Finishing: Gradle\n"),
    # ------------------------------------------------------------ cancellations by someone: not a time limit (undecided)
    ("jenkins-aborted-by-person-143", "unknown",
     "+ ./gradlew integrationTest\n> Task :api:integrationTest\nAborted by dana.okafor\n"
     "Sending interrupt signal to process\nscript returned exit code 143\nFinished: ABORTED\n"),
    ("build-canceled-by-person-143", "unknown",
     _TC + "." * 40 + "\n[10:03:02]i:\t Build was canceled by: mkowalski\n"
     "[10:03:02]E:\t [Step 1/1] Process exited with code 143\n"),
    # ------------------------------------------------------------ the script's own KILL
    ("script-kill-9-own-server", "unknown",
     "+ ./bin/quail-server --port 9090 &\n+ SERVER_PID=5120\n+ sleep 1\n+ kill -9 5120\n"
     "./ci/smoke.sh: line 12:  5120 Killed                  ./bin/quail-server --port 9090\n"
     "+ ./bin/quail-client --ping 127.0.0.1:9090\nError: Process completed with exit code 3.\n"),
    ("script-timeout-s-kill-own-bound", "unknown",
     "+ timeout -s KILL 240 go test ./internal/lease/...\n=== RUN   TestLeaseRenewal\n"
     "script returned exit code 137\nFinished: FAILURE\n"),
    # ------------------------------------------------------------ a prompt left waiting until the time limit
    ("prompt-yn-then-action-time-limit", "real",
     "Run ./manage.py reset-fixtures\nLoading fixtures from fixtures/dev.json\n"
     "This will delete 812 rows from orders. Continue? [y/N]: \n"
     "Error: The action 'Reset fixtures' has timed out after 20 minutes.\n"),
    ("prompt-yn-then-no-output", "real",
     "#!/bin/bash -eo pipefail\nnpx drizzle-kit push\n? Apply 3 destructive statements? (y/N)\n"
     "Too long with no output (exceeded 10m0s): context deadline exceeded\n"),
    ("press-enter-then-azure-time-limit", "real",
     "##[section]Starting: setup device\n./tools/flash.sh --board q7\nBoard detected. Press ENTER to continue...\n"
     "##[error]The job running on agent lab-agent-2 ran longer than the maximum time of 90 minutes.\n"),
    # ------------------------------------------------------------ near misses: these read as they did before
    ("near-miss-windows-exit-minus-one", "not-transient",
     "[10:02:11] :\t [Step 1/1] Starting: C:\\tools\\nunit\\nunit3-console.exe build\\Quail.Tests.dll --where cat=fast\n"
     "[10:02:12] :\t [Step 1/1] Invalid argument: --where cat=fast\n"
     "[10:02:12]E:\t [Step 1/1] Process exited with code -1\n"),
    ("near-miss-prompt-answered-then-time-limit-far-below", "transient",
     "$ ./manage.py migrate\nApply 2 migrations? [y/N]:\nApplying orders.0041_index... OK\n"
     "Applying orders.0042_backfill... OK\n$ ./scripts/wait-for-search.sh\nwaiting for search cluster (attempt 1)\n"
     "waiting for search cluster (attempt 2)\nwaiting for search cluster (attempt 3)\n"
     "ERROR: Job failed: execution took longer than 1h0m0s seconds\n"),
    ("near-miss-timeout-step-143-stays-a-time-limit", "transient",
     "+ python -m pytest tests/integration -q\n" + "." * 30 + "\nTimeout has been exceeded\n"
     "Sending interrupt signal to process\nscript returned exit code 143\nFinished: ABORTED\n"),
    ("near-miss-script-sigterm-then-oom-kill", "transient",
     "+ ./bin/quail-server --port 9090 &\n+ kill 5120\n+ make test-heavy\n./run-heavy.sh: line 3:  6011 Killed"
     "                  ./heavy-suite\nmake: *** [Makefile:40: test-heavy] Error 137\n"
     "Error: Process completed with exit code 2.\n"),
]

# The kubelet's words in a controller's own test output: the test's, and its failure decides
NEAR_MISS_TEST_QUOTES = [
    ("near-miss-go-test-quotes-node-shutdown",
     "=== RUN   TestDrainEvictsPods\n"
     "    drain_test.go:51: event: Pod was terminated in response to imminent node shutdown.\n"
     "    drain_test.go:60: got 3 pods, want 0\n--- FAIL: TestDrainEvictsPods (0.41s)\n"
     "FAIL\texample.org/quail/drain\t0.512s\nError: Process completed with exit code 1.\n"),
    ("near-miss-app-info-line-quotes-node-shutdown",
     "[INFO] Running org.quail.ops.NodeWatcherIT\n"
     "2026-03-02 10:14:05 INFO  NodeWatcher - pod ci/runner-4 ended: Pod was terminated in response to imminent node "
     "shutdown.\n"
     "[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0 <<< FAILURE! -- in org.quail.ops.NodeWatcherIT\n"
     "java.lang.AssertionError: expected the watcher to reschedule ci/runner-4\n[INFO] BUILD FAILURE\n"),
    ("near-miss-db-client-lost-contact", "$ ./bin/replicate --from primary\n"
     "replica client lost contact with the server after 30s\nERROR: Job failed: exit code 1\n"),
]

# The kill right under the job's own memory figures rising to it (line_checks._own_memory_grew)
MEMORY_CASES: list[tuple[str, str, str]] = [
    ("leak-then-killed-137", "unknown",
     "Run pytest tests/test_buffer.py -s\nround 1: buffered 100000 events (rss 0.5 GiB)\n"
     "round 2: buffered 200000 events (rss 1.1 GiB)\nround 3: buffered 300000 events (rss 1.8 GiB)\n"
     "/home/runner/work/_temp/1f2e.sh: line 1:  3301 Killed                  pytest tests/test_buffer.py -s\n"
     "Error: Process completed with exit code 137.\n"),
    ("heap-figures-rising-then-oom-killed", "unknown",
     "#!/bin/bash -eo pipefail\nnode scripts/index-docs.js\nindexed 50000 docs, heap used 610 MB\n"
     "indexed 100000 docs, heap used 1240 MB\nindexed 150000 docs, heap used 1890 MB\n"
     "indexed 200000 docs, heap used 2530 MB\nReceived 'killed' signal\n"),
    # near misses: figures that stay level, or only two of them: the kill is read as before
    ("near-miss-level-memory-figures-then-killed", "transient",
     "Run ./bin/soak --minutes 30\nminute 10: rss 1.2 GiB\nminute 20: rss 1.2 GiB\nminute 30: rss 1.2 GiB\n"
     "/home/runner/work/_temp/77a1.sh: line 1:  4120 Killed                  ./bin/soak --minutes 30\n"
     "Error: Process completed with exit code 137.\n"),
    ("near-miss-two-memory-figures-then-killed", "transient",
     "Run ./bin/soak --minutes 20\nminute 10: rss 0.9 GiB\nminute 20: rss 1.3 GiB\n"
     "/home/runner/work/_temp/77a1.sh: line 1:  4120 Killed                  ./bin/soak --minutes 20\n"
     "Error: Process completed with exit code 137.\n"),
]


def test_case_ids_are_unique() -> None:
    assert_unique_ids(CASES, NEAR_MISS_TEST_QUOTES, MEMORY_CASES)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_reads(verdict: str, log: str) -> None:
    if verdict == "not-transient":
        v = judge(log)
        assert v.verdict != "transient", v.rationale
    else:
        reads(log, verdict)


@pytest.mark.parametrize(("verdict", "log"), labelled(MEMORY_CASES))
def test_a_kill_under_the_jobs_own_rising_memory_is_not_the_machines(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize(("cid", "log"), NEAR_MISS_TEST_QUOTES, ids=[c[0] for c in NEAR_MISS_TEST_QUOTES])
def test_near_miss_the_words_in_a_test_or_a_client_are_not_a_lost_agent(cid: str, log: str) -> None:
    v = judge(log)
    assert not {"ci-pod-or-agent-removed", "agent-unresponsive"} & signatures(v), v.rationale
    assert v.verdict != "transient", v.rationale


def test_the_lost_agents_read_as_infrastructure() -> None:
    """The agent's or pod's loss is named as the CI infrastructure's, by the entry that reads it."""
    expected = {
        "azure-agent-shutdown-signal": {"ci-runner-lost", "executor-lost"},
        "jenkins-agent-deleted-error-prefix": {"ci-pod-or-agent-removed"},
        "tekton-pod-node-shutdown": {"ci-pod-or-agent-removed"},
        "task-pod-preempted-for-critical-pod": {"ci-pod-or-agent-removed"},
        "teamcity-named-agent-stopped-responding": {"agent-unresponsive"},
        "agent-lost-contact-with-server": {"agent-unresponsive"},
        "teamcity-exit-minus-one-cargo": {"ci-process-exit-minus-one"},
        "prompt-yn-then-action-time-limit": {"prompt-left-waiting-until-time-limit"},
    }
    logs = {cid: log for cid, _, log in CASES}
    for cid, ids in expected.items():
        v = judge(logs[cid])
        assert ids & signatures(v), (cid, v.rationale)
        assert v.category in {"infrastructure", "config"}, (cid, v.category)
