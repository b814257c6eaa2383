"""Nineteenth round, tool sources: what CI systems other than GitHub Actions print themselves when an agent,
pod or VM is lost, a limit is hit, a job is cancelled or the system fails (not the job's own tools).

Covered: Jenkins and its Pipeline plugins (the kubernetes plugin's "Pod just failed" and its image pull
back-off, the node step's "Agent ... was deleted; cancelling node body", the durable-task step's "Cannot
contact ...: java.lang.InterruptedException" and "process apparently never started in", "script returned
exit code" after the step's own failure, an activity timeout, "Queue task was cancelled", an abort by a
person and by a newer build), TeamCity (its "Process exited with code", a buildProblem service message, its
VCS "Failed to collect changes", a cancellation), Bamboo ("Failing task since return code of"), Buildkite
(the cancellation signal, a command's own exit status), GitLab Runner (the kubernetes executor's failed and
disrupted pods, "prepare environment: exit status 1" of the shell profile, an artifact upload's 502, the
helper image pull, a stuck job, a cancelled one), Azure Pipelines (the older "lost communication" wording, a
pool that does not exist, a task's exit code after a network error, a cancellation), Cirrus CI (the agent
that stopped responding, an instance that could not start), AWS CodeBuild (CLIENT_ERROR for a download that
timed out and for a source version that does not exist, the image pull's rate limit, the build's timeout),
Google Cloud Build through gcloud's closing line (INTERNAL_ERROR, TIMEOUT, CANCELLED, FAILURE), Prow (plank's
"Pod got deleted unexpectedly" and "Pod pending timeout.", podutils' entrypoint interrupt and timeout), Zuul
(NODE_FAILURE, TIMED_OUT, RETRY_LIMIT, POST_FAILURE, FAILURE), Tekton (a TaskRun cancelled with its
PipelineRun, ExceededNodeResources), Bitbucket Pipelines (the docker service over its memory), Travis (a
cancelled job) and AppVeyor (a build worker that stopped answering). Already covered elsewhere and not
repeated here: GitHub Actions, the GitLab system failure on the Docker daemon, its execution time limit and
its k8s pod start timeout, Buildkite's "Exited with status -1 (agent lost)" and its job timeout, Azure's
"We stopped hearing from agent", "ran longer than the maximum time of" and "No hosted parallelism", Jenkins'
ChannelClosedException, the wrapper script not touching its log, "Agent went offline during the build" and
the timeout step's "Timeout has been exceeded", Travis' time limits, Cirrus' rescheduled instance,
Concourse's vanished worker and "no workers satisfying", Tekton's TaskRun timeout, CodeBuild's dead
container and YAML_FILE_ERROR, Bitbucket's build time and 'Build' memory limit, TeamCity's disconnected agent
and execution timeout, AppVeyor's plan time limit (tests/unit/test_tool_sources_ci_systems.py), CircleCI's
agent (test_tool_sources_circleci.py), test runners' own worker losses (test_tool_sources_runners.py) and
the line prefixes of these systems (test_ci_prefixes.py).

Each case is a short log written for this test around one message as the system prints it. Read from the
source (the comment above each case names repository and file): jenkinsci/kubernetes-plugin (Reaper's "%s/%s
Pod just failed (Reason: %s, Message: %s)" and "Unable to pull container image \\"%s\\". Check if image tag
name is spelled correctly."), jenkinsci/workflow-durable-task-step-plugin (ExecutorStepExecution's "Agent %s
was deleted; cancelling node body", DurableTaskStep's "Cannot contact %s: %s"), jenkinsci/durable-task-plugin
(BourneShellScript's "process apparently never started in %s"), buildkite/agent (internal/job/executor.go
"Received cancellation signal, interrupting"), kubernetes-sigs/prow (plank's "Pod got deleted unexpectedly",
"Pod pending timeout.", podutils entrypoint's "Entrypoint received interrupt: %v" and "Process did not finish
before %s timeout"). Documented (the vendor's page quotes it) or recalled, and marked so: the Jenkins
timeout step's activity wording, "Queue task was cancelled" (hudson.AbortException from the node step's
queue item), "Aborted by", the milestone step's "Superseded by", TeamCity's, Bamboo's, GitLab Runner's
"pod status is failed" and "is disrupted", its stuck-job and cancelled texts, Azure's, Cirrus', CodeBuild's
phase codes, gcloud's "build %s completed with status", Zuul's result words, Tekton's cancel and resource
reasons, Travis' and AppVeyor's. Hosts, projects, pods and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * an agent, pod or VM the CI system lost (a pod evicted or deleted under the job, a node deleted, the
    agent that stopped responding, a NODE_FAILURE, a system failure of the runner, a disrupted pod), the
    system's own failure (INTERNAL_ERROR), the CI system's own helper image or artifact store answering 5xx
    or timing out, a pull rate limit, a source download that timed out -> transient;
  * a job's own time limit (Jenkins' activity timeout, Prow's entrypoint timeout, Zuul's TIMED_OUT, Cloud
    Build's TIMEOUT, CodeBuild's timed-out build) reads as the catalogue reads time limits today ->
    transient;
  * a persistent cause (an image tag the kubernetes plugin cannot pull, a source version that does not
    exist, a pool that does not exist, a shell profile that breaks the runner's preparation, a step that
    failed on the code with "script returned exit code" / "Failing task since return code" / buildProblem /
    gcloud's FAILURE / Zuul's FAILURE after it) -> real;
  * near-misses: tests ABOUT these messages failing on their assertions, the words in an application's own
    log lines, outage words after a failing test summary -> real;
  * a cancellation by a person or a newer push (Jenkins' "Aborted by", "Superseded by", "Queue task was
    cancelled", Buildkite's cancellation signal, GitLab's and Travis' cancelled jobs, Cloud Build's
    CANCELLED, Prow's entrypoint interrupt, Tekton's cancelled TaskRun, Azure's bare "The operation was
    canceled."), and wordings printed both for a lost machine and for a persistent cause (Jenkins' "process
    apparently never started", Prow's pod pending timeout, Zuul's RETRY_LIMIT and POST_FAILURE, a GitLab
    job stuck for want of a runner with its tags) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GL = "Cleaning up project directory and file based variables\nERROR: Job failed: exit code 1\n"
_JENKINS = "[Pipeline] End of Pipeline\nFinished: FAILURE\n"
_JENKINS_ABORTED = "[Pipeline] End of Pipeline\nFinished: ABORTED\n"
_AZURE = "##[error]Bash exited with code '1'.\n##[section]Finishing: Run tests\n"
_TRAVIS = "The command \"make test\" exited with 1.\n\nDone. Your build exited with 1.\n"
_BK = "🚨 Error: The command exited with status 1\n"


def _prow(msg: str, level: str = "error") -> str:
    return ('{"component":"entrypoint","file":"sigs.k8s.io/prow/pkg/entrypoint/run.go:169","func":'
            '"sigs.k8s.io/prow/pkg/entrypoint.Options.ExecuteProcess","level":"' + level + '","msg":"' + msg +
            '","severity":"' + level + '","time":"2026-01-04T10:41:00Z"}\n')


_PYTEST_FAIL = ("FAILED tests/test_ledger.py::test_rounding - AssertionError: assert Decimal('10.01') == Decimal('10.00')\n"
                "========================= 1 failed, 311 passed in 41.20s =========================\n")

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Jenkins and its Pipeline plugins
    # jenkinsci/kubernetes-plugin src/main/java/.../pod/retention/Reaper.java ("%s/%s Pod just failed (Reason: %s,
    # Message: %s)"), jenkinsci/workflow-durable-task-step-plugin ExecutorStepExecution.java ("Agent %s was deleted;
    # cancelling node body") and DurableTaskStep.java ("Cannot contact %s: %s"): a pod evicted under the build
    ("jenkins-k8s-pod-just-failed-evicted", "transient",
     "[Pipeline] sh\n"
     "+ ./gradlew test\n"
     "> Task :ledger:test\n"
     "ci-agents/shop-pr-42-7-k2m9c-x2k4q Pod just failed (Reason: Evicted, Message: The node was low on resource: "
     "ephemeral-storage. Threshold quantity: 10Gi, available: 2Gi.)\n"
     "Cannot contact shop-pr-42-7-k2m9c-x2k4q: java.lang.InterruptedException\n"
     "Agent shop-pr-42-7-k2m9c-x2k4q was deleted; cancelling node body\n"
     "Could not connect to shop-pr-42-7-k2m9c-x2k4q to send interrupt signal to process\n"
     "[Pipeline] }\n" + _JENKINS),
    # the same Reaper line for a pod whose node was shut down (a spot node reclaimed)
    ("jenkins-k8s-pod-just-failed-node-shutdown", "transient",
     "[Pipeline] container\n"
     "[Pipeline] {\n"
     "[Pipeline] sh\n"
     "+ make integration\n"
     "ci-agents/shop-main-311-r7t2b-0hq8z Pod just failed (Reason: Terminated, Message: Pod was terminated in "
     "response to imminent node shutdown.)\n"
     "[Pipeline] }\n" + _JENKINS),
    # ExecutorStepExecution.java ("Agent %s was deleted; cancelling node body") on a cloud agent removed mid-build
    ("jenkins-agent-deleted-cancelling-node-body", "transient",
     "Running on ec2-spot-linux-i-0a1b2c3d in /home/ec2-user/workspace/shop_main\n"
     "[Pipeline] sh\n"
     "+ mvn -B verify\n"
     "[INFO] Running com.example.shop.CartTest\n"
     "Agent ec2-spot-linux-i-0a1b2c3d was deleted; cancelling node body\n"
     "[Pipeline] }\n"
     "[Pipeline] // node\n" + _JENKINS),
    # DurableTaskStep.java ("Cannot contact %s: %s") with the remoting channel's closing exception
    ("jenkins-cannot-contact-channel-closed", "transient",
     "[Pipeline] sh\n"
     "+ npm run test:e2e\n"
     "Cannot contact linux-agent-9: hudson.remoting.ChannelClosedException: Channel \"hudson.remoting.Channel@5e1c:"
     "linux-agent-9\": Remote call on linux-agent-9 failed. The channel is closing down or has closed down\n"
     "[Pipeline] }\n" + _JENKINS),
    # jenkinsci/kubernetes-plugin Reaper.java ("Unable to pull container image \"%s\". Check if image tag name is
    # spelled correctly.") and the queue item it cancels (PodUtils.cancelQueueItemFor): a tag that does not exist
    ("jenkins-k8s-unable-to-pull-image-tag", "real",
     "Created Pod: kubernetes ci-agents/shop-pr-42-8-k2m9c-7dq2n\n"
     "[Normal][ci-agents/shop-pr-42-8-k2m9c-7dq2n][Pulling] Pulling image \"registry.example.net/ci/maven:3.9-jdk99\"\n"
     "[Warning][ci-agents/shop-pr-42-8-k2m9c-7dq2n][Failed] Failed to pull image \"registry.example.net/ci/maven:3.9-jdk99\": "
     "rpc error: code = NotFound desc = failed to pull and unpack image \"registry.example.net/ci/maven:3.9-jdk99\": "
     "not found\n"
     "ERROR: Unable to pull container image \"registry.example.net/ci/maven:3.9-jdk99\". Check if image tag name is "
     "spelled correctly.\n"
     "ERROR: Queue task was cancelled\n" + _JENKINS),
    # workflow-durable-task-step-plugin ("script returned exit code %d", hudson.AbortException) after failing tests:
    # the step's own failure
    ("jenkins-script-returned-exit-code-tests", "real",
     "[Pipeline] sh\n"
     "+ mvn -B test\n"
     "[ERROR] Tests run: 214, Failures: 1, Errors: 0, Skipped: 0\n"
     "[ERROR] Failures:\n"
     "[ERROR]   CartTest.appliesCoupon:41 expected:<90> but was:<100>\n"
     "[INFO] BUILD FAILURE\n"
     "[Pipeline] }\n"
     "ERROR: script returned exit code 1\n" + _JENKINS),
    # the same exception as the build's cause printed with its class, after a compile error
    ("jenkins-abort-exception-compile-error", "real",
     "[Pipeline] sh\n"
     "+ make -j4\n"
     "src/ledger.c:88:5: error: implicit declaration of function 'ledger_close' [-Wimplicit-function-declaration]\n"
     "make: *** [Makefile:24: src/ledger.o] Error 1\n"
     "[Pipeline] }\n"
     "hudson.AbortException: script returned exit code 2\n" + _JENKINS),
    # jenkinsci/workflow-basic-steps-plugin TimeoutStepExecution (documented: "Timeout set to expire after %s without
    # activity", "Cancelling nested steps due to timeout"): the build's own no-output limit
    ("jenkins-timeout-no-activity", "transient",
     "[Pipeline] timeout\n"
     "Timeout set to expire after 20 min without activity\n"
     "[Pipeline] {\n"
     "[Pipeline] sh\n"
     "+ ./scripts/e2e.sh\n"
     "Cancelling nested steps due to timeout\n"
     "Sending interrupt signal to process\n"
     "script returned exit code 143\n" + _JENKINS_ABORTED),
    # near-miss: a plugin's own test about the message fails on its assertion
    ("jenkins-test-about-pod-just-failed", "real",
     "[INFO] Running org.example.ci.ReaperMessagesTest\n"
     "[ERROR] Tests run: 6, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.41 s <<< FAILURE! -- in org.example.ci.ReaperMessagesTest\n"
     "[ERROR] org.example.ci.ReaperMessagesTest.formatsEviction -- Time elapsed: 0.02 s <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <ns/pod-1 Pod just failed (Reason: Evicted, Message: low memory)> "
     "but was: <ns/pod-1 Pod failed (Reason: Evicted, Message: low memory)>\n"
     "[ERROR] Tests run: 88, Failures: 1, Errors: 0, Skipped: 0\n"
     "[INFO] BUILD FAILURE\n"
     "ERROR: script returned exit code 1\n" + _JENKINS),

    # ================================================================== TeamCity
    # TeamCity's runner line (documented, jetbrains.com/help/teamcity "Build failure conditions": "Process exited with
    # code %d (Step: %s)") after the kernel killed the JVM: a runner short of memory
    ("teamcity-process-exited-137-killed", "transient",
     "[10:12:01] : Step 2/3: Test (Gradle)\n"
     "[10:12:01]i:\t [Step 2/3] Starting: /opt/gradle/bin/gradle test --parallel\n"
     "[10:31:40]i:\t [Step 2/3] Killed\n"
     "[10:31:40]W:\t [Step 2/3] Process exited with code 137 (Step: Test (Gradle))\n"
     "[10:31:40]E:\t [Step 2/3] Step Test (Gradle) failed\n"),
    # a buildProblem service message the build's script prints (documented: "##teamcity[buildProblem description='...'
    # identity='...']") after its tests failed
    ("teamcity-build-problem-tests", "real",
     "[10:12:01] : Step 2/3: Test (Command Line)\n"
     "[10:14:22]i:\t [Step 2/3] FAIL src/cart.test.ts\n"
     "[10:14:22]i:\t [Step 2/3]   ● cart › applies the coupon\n"
     "[10:14:22]i:\t [Step 2/3]     Expected: 90\n"
     "[10:14:22]i:\t [Step 2/3]     Received: 100\n"
     "[10:14:22]i:\t [Step 2/3] Tests:       1 failed, 120 passed, 121 total\n"
     "[10:14:22]E:\t [Step 2/3] ##teamcity[buildProblem description='Jest: 1 test failed' identity='jest-failures']\n"
     "[10:14:22]W:\t [Step 2/3] Process exited with code 1 (Step: Test (Command Line))\n"),
    # TeamCity's VCS support (recalled: "Failed to collect changes, error: ...") when the git host timed out
    ("teamcity-failed-to-collect-changes-timeout", "transient",
     "[10:00:01] : Collecting changes in 1 VCS root\n"
     "[10:02:11] : Failed to collect changes, error: Error collecting changes for VCS repository '\"git.example.org/shop\" "
     "{instance id=41, parent internal id=7, parent id=Shop_Git, description: \"https://git.example.org/shop.git#refs/heads/main\"}'\n"
     "List remote refs failed: Connection timed out (Connection timed out)\n"),

    # ================================================================== Bamboo
    # Bamboo's task runner (read in a stored Bamboo log: "Failing task since return code of [%s] was %d while
    # expected 0") after failing tests, under Bamboo's stream and clock prefix
    ("bamboo-failing-task-after-tests", "real",
     "build\t04-Jan-2026 10:12:01\t+ python -m pytest -q\n"
     "build\t04-Jan-2026 10:12:41\tFAILED tests/test_ledger.py::test_rounding - AssertionError: assert 10.01 == 10.0\n"
     "build\t04-Jan-2026 10:12:41\t1 failed, 311 passed in 40.11s\n"
     "simple\t04-Jan-2026 10:12:41\tFailing task since return code of [/bin/sh /opt/bamboo-agent-home/temp/SHOP-CI-JOB1-88-"
     "ScriptBuildTask-4711.sh] was 1 while expected 0\n"
     "simple\t04-Jan-2026 10:12:41\tFinished task 'Tests' with result: Failed\n"),
    # the same task line after a download that a mirror refused with 503
    ("bamboo-failing-task-after-mirror-503", "transient",
     "build\t04-Jan-2026 10:02:01\t+ apt-get update\n"
     "error\t04-Jan-2026 10:02:31\tE: Failed to fetch http://mirror.example.net/ubuntu/dists/jammy/InRelease  503  "
     "Service Unavailable [IP: 198.51.100.7 80]\n"
     "error\t04-Jan-2026 10:02:31\tE: Some index files failed to download. They have been ignored, or old ones used instead.\n"
     "simple\t04-Jan-2026 10:02:31\tFailing task since return code of [/bin/sh /opt/bamboo-agent-home/temp/SHOP-CI-JOB1-89-"
     "ScriptBuildTask-4712.sh] was 100 while expected 0\n"),

    # ================================================================== Buildkite
    # buildkite/agent internal/job/executor.go ("The command exited with status %d") after curl timed out
    ("buildkite-command-exit-status-curl-timeout", "transient",
     "~~~ Running commands\n"
     "$ ./scripts/fetch-fixtures.sh\n"
     "curl: (28) Failed to connect to fixtures.example.net port 443 after 130001 ms: Connection timed out\n"
     "🚨 Error: The command exited with status 28\n"),
    # the same line after a Go test failure
    ("buildkite-command-exit-status-go-test", "real",
     "~~~ Running commands\n"
     "$ go test ./...\n"
     "--- FAIL: TestLedgerReplay (0.02s)\n"
     "    ledger_test.go:41: balance = 100, want 90\n"
     "FAIL\texample.org/shop/ledger\t0.412s\n"
     "FAIL\n" + _BK),

    # ================================================================== GitLab Runner
    # gitlab-org/gitlab-runner executors/kubernetes (recalled: "pod status is failed" as the system failure's cause)
    ("gitlab-k8s-pod-status-failed", "transient",
     "Running with gitlab-runner 17.4.0 (b92ee590)\n"
     "Preparing the \"kubernetes\" executor\n"
     "Using Kubernetes namespace: ci-jobs\n"
     "Waiting for pod ci-jobs/runner-xt8f2q-project-41-concurrent-0-h2k9 to be running, status is Pending\n"
     "ERROR: Job failed (system failure): pod status is failed\n"),
    # the kubernetes executor's pod disruption (recalled: "pod %q is disrupted: reason %q, message %q"): an eviction
    ("gitlab-k8s-pod-disrupted-eviction", "transient",
     "$ bundle exec rspec\n"
     "...................................\n"
     "ERROR: Job failed (system failure): pod \"ci-jobs/runner-xt8f2q-project-41-concurrent-2-p7q1\" is disrupted: reason "
     "\"EvictionByEvictionAPI\", message \"Eviction API: evicting\"\n"),
    # the shell executor's preparation failing on the runner user's shell profile (documented in the runner's own
    # hint: docs.gitlab.com/runner/shells/#shell-profile-loading): a persistent setup of that machine
    ("gitlab-prepare-environment-shell-profile", "real",
     "Running with gitlab-runner 17.4.0 (b92ee590)\n"
     "  on build-host-2 Zk3pQ, system ID: s_5d1e\n"
     "Preparing the \"shell\" executor\n"
     "Using Shell (bash) executor...\n"
     "Preparing environment\n"
     "ERROR: Job failed: prepare environment: exit status 1. Check "
     "https://docs.gitlab.com/runner/shells/#shell-profile-loading for more information\n"),
    # network/gitlab.go ("Uploading artifacts as %q to coordinator... %s") answering 502 until the upload gave up
    ("gitlab-artifact-upload-502", "transient",
     "$ make dist\n"
     "dist/shop-2.4.0.tar.gz written\n"
     "Uploading artifacts for successful job\n"
     "Uploading artifacts...\n"
     "dist/: found 3 matching artifact files and directories\n"
     "WARNING: Uploading artifacts as \"archive\" to coordinator... 502 Bad Gateway  id=88413 responseStatus=502 Bad Gateway "
     "status=502 token=glcbt-x9\n"
     "WARNING: Retrying...                                context=artifacts-uploader error=invalid argument\n"
     "ERROR: Uploading artifacts as \"archive\" to coordinator... 502 Bad Gateway  id=88413 responseStatus=502 Bad Gateway "
     "status=502 token=glcbt-x9\n"
     "FATAL: invalid argument\n" + _GL),
    # executors/docker/internal/pull/manager.go ("Failed to pull image with policy %q: %v") for the runner's own
    # helper image while the registry timed out
    ("gitlab-helper-image-pull-tls-timeout", "transient",
     "Preparing the \"docker\" executor\n"
     "Using docker image sha256:9c1a for registry.example.net/ci/python:3.12 ...\n"
     "WARNING: Failed to pull image with policy \"\": Error response from daemon: Get \"https://registry.gitlab.com/v2/\": "
     "net/http: TLS handshake timeout (manager.go:254:10s)\n"
     "ERROR: Job failed: failed to pull image \"registry.gitlab.com/gitlab-org/gitlab-runner/gitlab-runner-helper:"
     "x86_64-v17.4.0\" with specified policies [always]: Error response from daemon: Get "
     "\"https://registry.gitlab.com/v2/\": net/http: TLS handshake timeout (manager.go:254:10s)\n"),
    # near-miss: the artifact upload of the test report fails after the tests themselves failed
    ("gitlab-upload-502-after-test-failure", "real",
     "$ python -m pytest -q --junitxml=report.xml\n" + _PYTEST_FAIL +
     "Uploading artifacts for failed job\n"
     "Uploading artifacts...\n"
     "report.xml: found 1 matching artifact files and directories\n"
     "WARNING: Uploading artifacts as \"junit\" to coordinator... 502 Bad Gateway  id=88414 responseStatus=502 Bad Gateway "
     "status=502 token=glcbt-y2\n"
     "Uploading artifacts as \"junit\" to coordinator... 201 Created  id=88414 responseStatus=201 Created token=glcbt-y2\n"
     + _GL),

    # ================================================================== Azure Pipelines
    # the service's older heartbeat wording (documented, learn.microsoft.com "Troubleshoot pipeline runs": "The agent:
    # %s lost communication with the server")
    ("azure-agent-lost-communication", "transient",
     "##[section]Starting: Integration tests\n"
     "dotnet test Shop.IntegrationTests.csproj --no-build\n"
     "##[error]The agent: Azure Pipelines 12 lost communication with the server. Verify the machine is running and has "
     "a healthy network connection. For more information, see: https://go.microsoft.com/fwlink/?linkid=846610\n"),
    # a pool name that does not exist (documented: "Could not find a pool with name %s")
    ("azure-pool-not-found", "real",
     "##[error]The pipeline is not valid. Could not find a pool with name Linux-GPU. The pool does not exist or has not "
     "been authorized for use. For authorization details, refer to https://aka.ms/yamlauthz.\n"),
    # microsoft/azure-pipelines-agent (the task's "Bash exited with code '%s'.") after a registry timeout
    ("azure-bash-exited-after-registry-timeout", "transient",
     "##[section]Starting: Install\n"
     "npm ci\n"
     "npm ERR! code ETIMEDOUT\n"
     "npm ERR! errno ETIMEDOUT\n"
     "npm ERR! network request to https://registry.npmjs.org/vitest failed, reason: connect ETIMEDOUT 104.16.0.35:443\n"
     "##[error]Bash exited with code '1'.\n"
     "##[section]Finishing: Install\n"),
    # near-miss: an application's own test prints the service's words in its expected output
    ("azure-test-about-stopped-hearing", "real",
     "##[section]Starting: Run tests\n"
     "  Failed Shop.Tests.AgentWatchTests.ReportsLostAgent [12 ms]\n"
     "  Error Message:\n"
     "   Assert.Equal() Failure: Strings differ\n"
     "Expected: \"We stopped hearing from agent build-7\"\n"
     "Actual:   \"agent build-7 is healthy\"\n"
     "Failed!  - Failed:     1, Passed:   410, Skipped:     0, Total:   411, Duration: 9 s - Shop.Tests.dll (net8.0)\n"
     + _AZURE),

    # ================================================================== Cirrus CI, AppVeyor
    # the service's wording (documented, cirrus-ci.org "FAQ": "CI agent stopped responding!")
    ("cirrus-agent-stopped-responding", "transient",
     "Cloning repository...\n"
     "Running test script...\n"
     "cargo test --workspace\n"
     "CI agent stopped responding!\n"),
    # an instance the service could not start because the image does not exist (recalled wording)
    ("cirrus-failed-to-start-instance-image", "real",
     "Failed to start an instance: FAILED_PRECONDITION: Container image ghcr.io/example-org/ci-rust:9.99 not found: "
     "manifest unknown\n"),
    # AppVeyor's build worker (recalled: "Build worker is not responding"): the worker lost mid-build
    ("appveyor-build-worker-not-responding", "transient",
     "Build started\n"
     "msbuild Shop.sln /verbosity:minimal\n"
     "Running Tests...\n"
     "Build worker is not responding. The build was terminated.\n"),

    # ================================================================== AWS CodeBuild
    # CodeBuild's phase context (documented, docs.aws.amazon.com codebuild "Build phase transitions": CLIENT_ERROR)
    # when the source download from S3 timed out
    ("codebuild-client-error-download-timeout", "transient",
     "[Container] 2026/01/04 10:00:01.101 Waiting for agent ping\n"
     "[Container] 2026/01/04 10:00:02.310 Waiting for DOWNLOAD_SOURCE\n"
     "[Container] 2026/01/04 10:02:12.415 Phase complete: DOWNLOAD_SOURCE State: FAILED\n"
     "[Container] 2026/01/04 10:02:12.415 Phase context status code: CLIENT_ERROR Message: RequestError: send request "
     "failed caused by: Get \"https://codepipeline-eu-west-1-111122223333.s3.eu-west-1.amazonaws.com/shop/SourceArti/x.zip\": "
     "dial tcp 52.218.1.10:443: i/o timeout\n"),
    # the same code for a source version that does not exist
    ("codebuild-client-error-reference-not-found", "real",
     "[Container] 2026/01/04 10:00:02.310 Waiting for DOWNLOAD_SOURCE\n"
     "[Container] 2026/01/04 10:00:03.018 Phase complete: DOWNLOAD_SOURCE State: FAILED\n"
     "[Container] 2026/01/04 10:00:03.018 Phase context status code: CLIENT_ERROR Message: reference not found for "
     "primary source and source version feature/ledger-v3\n"),
    # BUILD_CONTAINER_UNABLE_TO_PULL_IMAGE (documented) on Docker Hub's rate limit
    ("codebuild-unable-to-pull-rate-limit", "transient",
     "[Container] 2026/01/04 10:00:01.004 Phase complete: PROVISIONING State: FAILED\n"
     "BUILD_CONTAINER_UNABLE_TO_PULL_IMAGE: Unable to pull customer's container image. CannotPullContainerError: "
     "Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by "
     "authenticating and upgrading: https://www.docker.com/increase-rate-limit\n"),
    # the build's own timeout (recalled: "Phase complete: BUILD State: TIMED_OUT", "Build has timed out.")
    ("codebuild-build-timed-out", "transient",
     "[Container] 2026/01/04 10:00:09.118 Running command npm run test:e2e\n"
     "[Container] 2026/01/04 11:00:09.120 Phase complete: BUILD State: TIMED_OUT\n"
     "[Container] 2026/01/04 11:00:09.120 Phase context status code: BUILD_TIMED_OUT Message: Build has timed out.\n"),

    # ================================================================== Google Cloud Build (gcloud's closing line)
    # gcloud builds submit (recalled: "build %s completed with status \"%s\""): the service's INTERNAL_ERROR
    ("cloudbuild-status-internal-error", "transient",
     "Step #1 - \"unit\": ok  \texample.org/shop/cart\t0.412s\n"
     "Finished Step #1 - \"unit\"\n"
     "ERROR: (gcloud.builds.submit) build 8f2d4c1a-77b0-4e0f-9d1e-3c2b1a0f9e8d completed with status \"INTERNAL_ERROR\"\n"),
    ("cloudbuild-status-timeout", "transient",
     "Step #2 - \"integration\": Running 412 tests\n"
     "ERROR: (gcloud.builds.submit) build 8f2d4c1a-77b0-4e0f-9d1e-3c2b1a0f9e8e completed with status \"TIMEOUT\"\n"),
    ("cloudbuild-status-failure-after-tests", "real",
     "Step #1 - \"unit\": --- FAIL: TestCartTotal (0.00s)\n"
     "Step #1 - \"unit\":     cart_test.go:41: total = 100, want 90\n"
     "Step #1 - \"unit\": FAIL\texample.org/shop/cart\t0.412s\n"
     "Finished Step #1 - \"unit\"\n"
     "ERROR: build step 1 \"golang:1.22\" failed: step exited with non-zero status: 1\n"
     "ERROR: (gcloud.builds.submit) build 8f2d4c1a-77b0-4e0f-9d1e-3c2b1a0f9e8f completed with status \"FAILURE\"\n"),

    # ================================================================== Prow
    # kubernetes-sigs/prow pkg/plank/reconciler.go (ProwJob description "Pod got deleted unexpectedly"), as the job's
    # status reaches the pull request
    ("prow-pod-deleted-unexpectedly", "transient",
     "pull-shop-unit — Job execution failed: Pod got deleted unexpectedly\n"
     "Full PR test history. Your PR dashboard.\n"),
    # pkg/entrypoint/run.go ("Process did not finish before %s timeout"): the job's own time limit
    ("prow-entrypoint-process-timeout", "transient",
     "+ make test-e2e\n"
     "Running Suite: E2E Suite\n"
     + _prow("Process did not finish before 2h0m0s timeout") +
     _prow("Process gracefully exited before 15s grace period")),
    # near-miss: the entrypoint's ordinary failing exit after ginkgo's failures
    ("prow-entrypoint-exit-after-failed-specs", "real",
     "+ make test-e2e\n"
     "[FAIL] Cart applies the coupon [It] totals with the discount\n"
     "  /home/prow/go/src/example.org/shop/e2e/cart_test.go:88\n"
     "  Expected\n      <int>: 100\n  to equal\n      <int>: 90\n"
     "Ran 41 of 41 Specs in 212.004 seconds\n"
     "FAIL! -- 40 Passed | 1 Failed | 0 Pending | 0 Skipped\n"
     + _prow("Error: exit status 1")),

    # ================================================================== Zuul
    # zuul-ci/zuul build results (documented, zuul-ci.org "Job Content" / the reporter's "%s %s : %s in %s"):
    # NODE_FAILURE, the node request nodepool could not fill
    ("zuul-node-failure", "transient",
     "Build failed.\n\n"
     "- shop-tox-py312 https://zuul.example.org/t/example/build/4f1d : NODE_FAILURE Node(set) request 200-0004123 failed in 0s\n"),
    # the job's playbook ran into its time limit (job-output.txt "RUN END RESULT_TIMED_OUT: [...]")
    ("zuul-timed-out", "transient",
     "2026-01-04 10:59:58.012345 | ubuntu-jammy | ok: Item: shop-unit Runtime: 0:59:41.112\n"
     "2026-01-04 11:00:01.000123 | RUN END RESULT_TIMED_OUT: [untrusted : opendev.org/example/shop/playbooks/unit.yaml@master]\n"
     "2026-01-04 11:00:01.000456 | POST-RUN START: [trusted : opendev.org/opendev/base-jobs/playbooks/base/post.yaml@master]\n\n"
     "- shop-tox-py312 https://zuul.example.org/t/example/build/5a2e : TIMED_OUT in 1h 00m 12s\n"),
    # FAILURE after the tests failed
    ("zuul-failure-after-tests", "real",
     "2026-01-04 10:12:41.112345 | ubuntu-jammy | " + _PYTEST_FAIL.splitlines()[0] + "\n"
     "2026-01-04 10:12:41.112399 | ubuntu-jammy | " + _PYTEST_FAIL.splitlines()[1] + "\n"
     "2026-01-04 10:12:41.200111 | ubuntu-jammy | ERROR: InvocationError for command /home/zuul/src/shop/.tox/py312/bin/pytest (exited with code 1)\n"
     "2026-01-04 10:12:41.300000 | RUN END RESULT_NORMAL: [untrusted : opendev.org/example/shop/playbooks/unit.yaml@master]\n\n"
     "- shop-tox-py312 https://zuul.example.org/t/example/build/6b3f : FAILURE in 12m 04s\n"),

    # ================================================================== Tekton, Bitbucket
    # tektoncd/pipeline (recalled: reason ExceededNodeResources, "TaskRun Pod exceeded available resources")
    ("tekton-exceeded-node-resources", "transient",
     "TaskRun \"shop-ci-run-8f2d-build\" failed: ExceededNodeResources\n"
     "TaskRun Pod exceeded available resources\n"
     "PipelineRun \"shop-ci-run-8f2d\" failed\n"),
    # the docker service container over its memory (documented, support.atlassian.com: "Container 'docker' exceeded
    # memory limit.")
    ("bitbucket-docker-service-memory-limit", "transient",
     "+ docker build -t shop-api .\n"
     "#9 [build 4/7] RUN npm run build\n"
     "Container 'docker' exceeded memory limit.\n"),
]

# Cancellations by a person or a newer push, and wordings printed both for a lost machine and for a persistent
# cause: no rerun proposed with confidence.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # jenkinsci/durable-task-plugin BourneShellScript.java ("process apparently never started in %s", exit -2): a
    # container without the workspace or a PATH broken by the Jenkinsfile as often as a starved agent
    ("jenkins-process-apparently-never-started",
     "[Pipeline] sh\n"
     "process apparently never started in /home/jenkins/agent/workspace/shop_main@tmp/durable-6af43c4f\n"
     "(running Jenkins temporarily with -Dorg.jenkinsci.plugins.durabletask.BourneShellScript.LAUNCH_DIAGNOSTICS=true "
     "might make the problem clearer)\n"
     "[Pipeline] }\n"
     "ERROR: script returned exit code -2\n" + _JENKINS),
    # the node step's queue item cancelled (recalled: hudson.AbortException "Queue task was cancelled"): a person or
    # a label no agent serves
    ("jenkins-queue-task-cancelled",
     "[Pipeline] node\n"
     "Still waiting to schedule task\n"
     "Waiting for next available executor on ‘gpu-xl’\n"
     "ERROR: Queue task was cancelled\n" + _JENKINS_ABORTED),
    # an abort by a person (recalled: "Aborted by %s", the durable step's "Sending interrupt signal to process")
    ("jenkins-aborted-by-user",
     "[Pipeline] sh\n"
     "+ ./gradlew connectedCheck\n"
     "Aborted by jdoe\n"
     "Sending interrupt signal to process\n"
     "script returned exit code 143\n"
     "org.jenkinsci.plugins.workflow.steps.FlowInterruptedException\n" + _JENKINS_ABORTED),
    # the milestone step cancelling an older build (recalled: "Superseded by %s")
    ("jenkins-superseded-by-newer-build",
     "[Pipeline] milestone\n"
     "[Pipeline] sh\n"
     "+ make e2e\n"
     "Superseded by shop » PR-42 #9\n"
     "Sending interrupt signal to process\n" + _JENKINS_ABORTED),
    # buildkite/agent internal/job/executor.go ("Received cancellation signal, interrupting") and the shell's
    # "The command was interrupted by a signal"
    ("buildkite-received-cancellation-signal",
     "~~~ Running commands\n"
     "$ bin/ci-test\n"
     "Running 1212 examples\n"
     "# Received cancellation signal, interrupting\n"
     "Terminated\n"
     "🚨 Error: The command was interrupted by a signal: signal: terminated\n"),
    # a GitLab job cancelled (recalled: the runner's "ERROR: Job failed: canceled")
    ("gitlab-job-canceled",
     "$ npm run test:e2e\n"
     "Running 88 tests using 4 workers\n"
     "ERROR: Job failed: canceled\n"),
    # a job stuck for want of a runner with its tags (recalled UI wording "This job is stuck because ...")
    ("gitlab-job-stuck-no-runner-with-tags",
     "This job is stuck because you don't have any active runners online or available with any of these tags "
     "assigned to them: gpu, arm64\n"),
    # TeamCity's cancellation (recalled: "Canceled with comment: %s")
    ("teamcity-canceled-with-comment",
     "[10:12:01] : Step 2/3: Test (Gradle)\n"
     "[10:20:33] : Canceled with comment: newer commit pushed\n"
     "[10:20:33] : Build was interrupted\n"),
    # gcloud builds submit for a cancelled build (recalled, as above)
    ("cloudbuild-status-cancelled",
     "Step #2 - \"integration\": Running 412 tests\n"
     "ERROR: (gcloud.builds.submit) build 8f2d4c1a-77b0-4e0f-9d1e-3c2b1a0f9e90 completed with status \"CANCELLED\"\n"),
    # kubernetes-sigs/prow pkg/entrypoint/run.go ("Entrypoint received interrupt: %v"): the ProwJob aborted, a
    # newer push or a person
    ("prow-entrypoint-received-interrupt",
     "+ make test-e2e\n"
     "Running Suite: E2E Suite\n"
     + _prow("Entrypoint received interrupt: terminated") +
     _prow("Process gracefully exited before 15s grace period")),
    # pkg/plank (ProwJob description "Pod pending timeout."): no capacity, or an image that does not exist
    ("prow-pod-pending-timeout",
     "pull-shop-e2e — Job execution failed: Pod pending timeout.\n"),
    # Zuul's RETRY_LIMIT (a pre-run playbook failing on every attempt: a lost node or a broken role) and
    # POST_FAILURE (a log upload or a post playbook the change broke)
    ("zuul-retry-limit",
     "Build failed.\n\n"
     "- shop-tox-py312 https://zuul.example.org/t/example/build/7c4a : RETRY_LIMIT in 2m 11s\n"),
    ("zuul-post-failure",
     "Build failed.\n\n"
     "- shop-tox-py312 https://zuul.example.org/t/example/build/8d5b : POST_FAILURE in 14m 02s\n"),
    # tektoncd/pipeline (recalled: "TaskRun cancelled as the PipelineRun it belongs to has been cancelled.")
    ("tekton-taskrun-cancelled-with-pipelinerun",
     "TaskRun \"shop-ci-run-9a1e-unit\" was cancelled. TaskRun cancelled as the PipelineRun it belongs to has been "
     "cancelled.\n"
     "PipelineRun \"shop-ci-run-9a1e\" was cancelled\n"),
    # Travis (recalled: "The job was cancelled")
    ("travis-job-cancelled",
     "$ bundle exec rake spec\n"
     "..............................\n"
     "The job was cancelled\n"),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_ci_agent_message_reads_right(verdict, log):
    reads(log, verdict)


# Azure's (and GitHub's) bare cancellation line with nothing else said: the catalogue reads it as a lost runner
# (ci-runner-lost's 'the operation was canceled'); a log with nothing but that line does not say who cancelled (a
# person, or a runner's shutdown or time limit the excerpt left out), so the case stays marked. Where GitHub names a
# newer run or a person (ci_cancel_named, ci29), the cancellation reads not surely transient.
_CANCELED_BARE = ("##[section]Starting: Run tests\n"
                  "dotnet test --no-build\n"
                  "##[error]The operation was canceled.\n"
                  "##[section]Finishing: Run tests\n")


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT) + [pytest.param(
    _CANCELED_BARE, id="azure-operation-canceled-bare",
    marks=pytest.mark.xfail(strict=True, reason="ci-runner-lost reads a bare 'The operation was canceled.' as a lost "
                                                "runner; a cancellation rule is the catalogue owner's decision"))])
def test_ci_cancellations_and_ambiguous_losses_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "ci-agents/shop-pr-42-7-k2m9c-x2k4q Pod just failed (Reason: ",
    "Agent ec2-spot-linux was deleted; cancelling node body",
    "Cannot contact linux-agent-9: ",
    "Unable to pull container image \"",
    "process apparently never started in ",
    "Process exited with code ",
    "Failing task since return code of [",
    "ERROR: Job failed (system failure): pod ",
    "Phase context status code: CLIENT_ERROR Message: ",
    "completed with status \"",
    "Job execution failed: Pod ",
    "https://zuul.example.org/t/example/build/4f1d : ",
    "RUN END RESULT_TIMED_OUT: [",
]
