"""Twelfth round, tool sources: what the CI systems' own runners, agents and orchestrators print.

CircleCI has its own file (test_tool_sources_circleci.py); this one covers the other systems, most-used
first: GitHub Actions (actions/runner, and the actions/toolkit artifact client), GitLab Runner, Buildkite's
agent, Azure Pipelines, Jenkins (remoting, durable-task, git-client), Travis CI (travis-build), then
Drone/Woodpecker, Cirrus CI, Concourse, Tekton, AWS CodeBuild, Google Cloud Build, Bitbucket Pipelines,
TeamCity, AppVeyor, Semaphore and Bitrise. Each case is a short log written for the test around one
message as the system prints it; the comment above each case names the repository and file holding the
format string, or, for a message the hosted service prints (not its open-source agent) and for the closed
systems, the documentation page that quotes it. Hosts, projects, labels and paths are made up; no
project's CI log is copied.

A runner or agent the system lost, a job stopped at the system's time limit, a runner's own disk
filling up, or a transfer to the system's artifact/action/image store that got a 5xx or timed out must
read transient. A pipeline file the system rejects, a runner label no runner has,
a plan or billing block, a missing secret or variable, a forbidden action or plugin version that does
not exist, an image tag that does not exist, or an artifact too large or in conflict must read real, as
must a test that fails on the code while the CI system merely prints its usual exit line. A job cancelled
by a newer run (ci29) must not read surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, not_surely_transient

_GHA_EXIT = "##[error]Process completed with exit code 1.\n"
_GL_EXIT = "Cleaning up project directory and file based variables\nERROR: Job failed: exit code 1\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== GitHub Actions
    # Printed by the hosted service when the runner stops heartbeating (docs.github.com "Troubleshooting
    # your workflows"; the runner's side is src/Runner.Listener/JobDispatcher.cs' lock renewal)
    ("gha-hosted-runner-lost-communication", "transient",
     "Run npm test\n"
     "> webshop@2.4.0 test\n"
     "> vitest run\n"
     " ✓ src/cart.test.ts (41 tests) 812ms\n"
     "##[error]The hosted runner: GitHub Actions 17 lost communication with the server. Anything in your "
     "workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access "
     "can cause this error.\n"),
    # actions/runner src/Runner.Worker/JobRunner.cs ("The runner has received a shutdown signal. This can
    # happen when the runner service is stopped, or a manually started runner is canceled.")
    ("gha-runner-shutdown-signal", "transient",
     "Run ./gradlew check\n"
     "> Task :core:compileJava\n"
     "> Task :core:test\n"
     "##[error]The runner has received a shutdown signal. This can happen when the runner service is "
     "stopped, or a manually started runner is canceled.\n"
     "##[error]The operation was canceled.\n"
     "Cleaning up orphan processes\n"),
    # the service's job timeout (docs.github.com "Usage limits": 6 hours a job on hosted runners)
    ("gha-max-execution-time", "transient",
     "Run cargo test --workspace\n"
     "   Compiling engine v0.9.1 (/home/runner/work/engine/engine)\n"
     "     Running tests/replay.rs (target/debug/deps/replay-8c1d)\n"
     "running 14 tests\n"
     "##[error]The job running on runner GitHub Actions 9 has exceeded the maximum execution time of 360 minutes.\n"
     "##[error]The operation was canceled.\n"),
    # concurrency groups cancelling the older run (docs.github.com "Using concurrency"): a cancellation by a newer
    # push, not surely transient (the twentieth round's decision on cancellations, held for GitHub's words since ci29:
    # the ci_cancel_named fragment)
    ("gha-cancelled-by-higher-priority", "not_surely_transient",
     "Run make test\n"
     "go test ./...\n"
     "ok  \texample.org/ledger/store\t3.214s\n"
     "Canceling since a higher priority waiting request for 'ci-refs/heads/main' exists\n"
     "##[error]The operation was canceled.\n"),
    # the runner's own disk filling up (actions/runner src/Runner.Listener/JobDispatcher.cs reports the
    # worker's IOException; the message is .NET's)
    ("gha-runner-diag-no-space", "transient",
     "Run docker build -t builder .\n"
     "#12 [stage-1 4/9] RUN apt-get install -y texlive-full\n"
     "System.IO.IOException: No space left on device : '/home/runner/runners/2.317.0/_diag/Worker_20260101-120000-utc.log'\n"
     "   at System.IO.RandomAccess.WriteAtOffset(SafeFileHandle handle, ReadOnlySpan`1 buffer, Int64 fileOffset)\n"
     "   at System.IO.Strategies.BufferedFileStreamStrategy.FlushWrite()\n"
     "Error: Process completed with exit code 1.\n"),
    # actions/runner src/Runner.Worker/ActionManager.cs ("Failed to download action '{url}'. Error: {msg}",
    # "Back off {n} seconds before retry.")
    ("gha-action-download-503", "transient",
     "Prepare all required actions\n"
     "Getting action download info\n"
     "Download action repository 'actions/setup-node@v4' (SHA:60edb5dd545a775178f52524783378180af0d1f8)\n"
     "Warning: Failed to download action 'https://api.github.com/repos/actions/setup-node/tarball/60edb5dd'. "
     "Error: Response status code does not indicate success: 503 (Service Unavailable).\n"
     "Warning: Back off 22.3 seconds before retry.\n"
     "Warning: Failed to download action 'https://api.github.com/repos/actions/setup-node/tarball/60edb5dd'. "
     "Error: Response status code does not indicate success: 503 (Service Unavailable).\n"
     "Error: Response status code does not indicate success: 503 (Service Unavailable).\n"),
    # ActionManager.cs ("Failed to resolve action download info. Error: ...", "Retrying in {n} seconds")
    ("gha-resolve-download-info-timeout", "transient",
     "Prepare all required actions\n"
     "Getting action download info\n"
     "Failed to resolve action download info. Error: The HTTP request timed out after 00:01:40.\n"
     "Retrying in 14.2 seconds\n"
     "Failed to resolve action download info. Error: The HTTP request timed out after 00:01:40.\n"
     "Retrying in 19.8 seconds\n"
     "Error: Failed to resolve action download info. Error: The HTTP request timed out after 00:01:40.\n"),
    # ActionManager.cs / ContainerOperationProvider.cs ("Docker pull failed with exit code {n}, back off
    # {n} seconds before retry.") when the registry answered 5xx
    ("gha-container-pull-retry-502", "transient",
     "Initialize containers\n"
     "/usr/bin/docker pull ghcr.io/example-org/ci-image:2026.1\n"
     "Error response from daemon: Head \"https://ghcr.io/v2/example-org/ci-image/manifests/2026.1\": received unexpected HTTP status: 502 Bad Gateway\n"
     "Warning: Docker pull failed with exit code 1, back off 4.1 seconds before retry.\n"
     "Error response from daemon: Head \"https://ghcr.io/v2/example-org/ci-image/manifests/2026.1\": received unexpected HTTP status: 502 Bad Gateway\n"
     "Error: Docker pull failed with exit code 1\n"),
    # the same pull for a tag that was never pushed: persistent
    ("gha-container-pull-manifest-unknown", "real",
     "Initialize containers\n"
     "/usr/bin/docker pull ghcr.io/example-org/ci-image:2099.9\n"
     "Error response from daemon: manifest unknown\n"
     "Warning: Docker pull failed with exit code 1, back off 3.6 seconds before retry.\n"
     "Error response from daemon: manifest unknown\n"
     "Error: Docker pull failed with exit code 1\n"),
    # actions/runner src/Test/L0/Sdk/LaunchWebApi/LaunchHttpClientL0.cs (the service's "Unable to resolve
    # action '...', repository not found" / "unable to find version")
    ("gha-unable-to-resolve-action-version", "real",
     "Prepare all required actions\n"
     "Getting action download info\n"
     "Error: Unable to resolve action `actions/setup-pyhton@v5`, repository not found\n"),
    # ActionManager.cs ("Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '{path}'. Did you
    # forget to run actions/checkout before running your local action?")
    ("gha-local-action-missing", "real",
     "Prepare all required actions\n"
     "Error: Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '/home/runner/work/shop/shop/.github/actions/setup'. "
     "Did you forget to run actions/checkout before running your local action?\n"),
    # the workflow parser (actions/runner src/Sdk/WorkflowParser; the service prints "Invalid workflow file")
    ("gha-invalid-workflow-file", "real",
     "Invalid workflow file: .github/workflows/ci.yml#L23\n"
     "The workflow is not valid. .github/workflows/ci.yml (Line: 23, Col: 9): Unexpected value 'run-on'\n"),
    # the service's policy check (docs.github.com "Managing GitHub Actions settings for a repository")
    ("gha-action-not-allowed", "real",
     "Error: .github#L1\n"
     "The actions example-vendor/setup-tool@v2 are not allowed in example-org/shop because all actions must "
     "be from a repository owned by example-org or created by GitHub.\n"),
    # billing block (docs.github.com "Troubleshooting ... billing": the job is never started)
    ("gha-billing-spending-limit", "real",
     "The job was not started because recent account payments have failed or your spending limit needs to "
     "be increased. Please check the 'Billing & plans' section in your settings\n"),
    # a runs-on label no runner carries (docs.github.com "Choosing the runner": the request is failed
    # after a day with no runner)
    ("gha-no-runner-for-labels", "real",
     "Requested labels: self-hosted, gpu-a100-xl\n"
     "Job defined at: example-org/shop/.github/workflows/gpu.yml@refs/heads/main\n"
     "Waiting for a runner to pick up this job...\n"
     "Error: No runner matching the specified labels was found: self-hosted, gpu-a100-xl.\n"),
    # a missing secret: the action's required input (actions/toolkit packages/core getInput, "Input
    # required and not supplied: %s")
    ("gha-missing-secret-input", "real",
     "Run example-org/publish-action@v3\n"
     "  with:\n"
     "    registry: npm\n"
     "Error: Input required and not supplied: token\n"),
    # actions/toolkit packages/artifact (artifact-twirp-client: "Attempt %d of %d failed with error: %s.
    # Retrying request in %d ms...", "Failed to %s: Failed to make request after %d attempts: %s")
    ("gha-artifact-create-timeout", "transient",
     "Run actions/upload-artifact@v4\n"
     "With the provided path, there will be 312 files uploaded\n"
     "Attempt 1 of 5 failed with error: Request timeout: /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact. Retrying request in 3000 ms...\n"
     "Attempt 2 of 5 failed with error: Request timeout: /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact. Retrying request in 4581 ms...\n"
     "Error: Failed to CreateArtifact: Failed to make request after 5 attempts: Request timeout: /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact\n"),
    # the same client's non-retryable answer: the name is already taken in this run (a matrix without
    # unique names): persistent
    ("gha-artifact-name-conflict", "real",
     "Run actions/upload-artifact@v4\n"
     "With the provided path, there will be 2 files uploaded\n"
     "Error: Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an "
     "artifact with this name already exists on the workflow run\n"),
    # cache service trouble is a warning; the job failed on its tests
    ("gha-cache-warning-then-test-failure", "real",
     "Run actions/cache@v4\n"
     "Warning: Failed to restore: Cache service responded with 503\n"
     "Run npm test\n"
     "FAIL src/price.test.ts\n"
     "  ● price › applies the coupon\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "    Expected: 90\n"
     "    Received: 100\n"
     "Tests:       1 failed, 88 passed, 89 total\n" + _GHA_EXIT),

    # ================================================================== GitLab Runner
    # gitlab-org/gitlab-runner common/build.go ("Job failed (system failure):", err)
    ("gitlab-system-failure-daemon", "transient",
     "Running with gitlab-runner 17.4.0 (b92ee590)\n"
     "  on shared-runner-7 xT8f2q, system ID: s_2c8a\n"
     "Preparing the \"docker\" executor\n"
     "ERROR: Job failed (system failure): prepare environment: Cannot connect to the Docker daemon at "
     "unix:///var/run/docker.sock. Is the docker daemon running? (docker.go:958:0s). Check "
     "https://docs.gitlab.com/runner/shells/#shell-profile-loading for more information\n"),
    # common/build.go ("Preparation failed:", "Will be retried in", PreparationRetryInterval)
    ("gitlab-preparation-failed-retried", "transient",
     "Running with gitlab-runner 17.4.0 (b92ee590)\n"
     "Preparing the \"docker+machine\" executor\n"
     "ERROR: Preparation failed: exit status 1 (docker_machine.go:312:4s)\n"
     "Will be retried in 3s ...\n"
     "ERROR: Preparation failed: exit status 1 (docker_machine.go:312:4s)\n"
     "Will be retried in 3s ...\n"
     "ERROR: Job failed (system failure): exit status 1 (docker_machine.go:312:4s)\n"),
    # common/build.go ("execution took longer than %v seconds")
    ("gitlab-execution-took-longer", "transient",
     "$ bundle exec rspec spec/system\n"
     "........................................\n"
     "ERROR: Job failed: execution took longer than 1h0m0s seconds\n"),
    # docs/executors/kubernetes/troubleshooting.md (the coordinator's stuck-job message)
    ("gitlab-job-got-stuck", "transient",
     "Running with gitlab-runner 17.4.0 (b92ee590)\n"
     "$ make integration\n"
     "There has been a timeout failure or the job got stuck. Check your timeout limits or try again\n"),
    # a job killed with SIGKILL (exit 137) by the executor's memory limit
    ("gitlab-exit-code-137", "transient",
     "$ ./gradlew test --parallel\n"
     "> Task :api:test\n"
     "Killed\n"
     "ERROR: Job failed: exit code 137\n"),
    # executors/docker/internal/pull/manager.go ("failed to pull image %q with specified policies %v: %w")
    # when the registry timed out
    ("gitlab-pull-policy-registry-timeout", "transient",
     "Preparing the \"docker\" executor\n"
     "Using docker image sha256:4f1d for postgres:16 ...\n"
     "WARNING: Failed to pull image with policy \"always\": Error response from daemon: Get "
     "\"https://registry.example.net/v2/\": net/http: request canceled while waiting for connection "
     "(Client.Timeout exceeded while awaiting headers) (manager.go:254:15s)\n"
     "ERROR: Job failed: failed to pull image \"registry.example.net/ci/builder:3.2\" with specified policies "
     "[always]: Error response from daemon: Get \"https://registry.example.net/v2/\": net/http: request "
     "canceled while waiting for connection (Client.Timeout exceeded while awaiting headers) (manager.go:254:15s)\n"),
    # the same message for an image tag that does not exist
    ("gitlab-pull-policy-manifest-unknown", "real",
     "Preparing the \"docker\" executor\n"
     "WARNING: Failed to pull image with policy \"always\": Error response from daemon: manifest for "
     "registry.example.net/ci/builder:9.9 not found: manifest unknown: manifest unknown (manager.go:254:1s)\n"
     "ERROR: Job failed: failed to pull image \"registry.example.net/ci/builder:9.9\" with specified policies "
     "[always]: Error response from daemon: manifest for registry.example.net/ci/builder:9.9 not found: "
     "manifest unknown: manifest unknown (manager.go:254:1s)\n"),
    # a pull refused for credentials
    ("gitlab-pull-policy-access-denied", "real",
     "Preparing the \"docker\" executor\n"
     "ERROR: Job failed: failed to pull image \"registry.example.net/private/builder:3.2\" with specified "
     "policies [if-not-present]: Error response from daemon: pull access denied for "
     "registry.example.net/private/builder, repository does not exist or may require 'docker login': "
     "denied: requested access to the resource is denied (manager.go:254:0s)\n"),
    # network/gitlab.go ("Uploading artifacts as %q to coordinator..." with the status) and
    # commands/helpers/artifacts_uploader.go (503 is retried)
    # (velo32) the upload of a successful job's artifacts: the job failed there. A failed job's upload ("Uploading
    # artifacts for failed job") runs after the script had failed and says nothing of why (test_velo32.py)
    ("gitlab-artifact-upload-503", "transient",
     "Uploading artifacts for successful job\n"
     "Uploading artifacts...\n"
     "coverage/: found 214 matching artifact files and directories\n"
     "ERROR: Uploading artifacts as \"archive\" to coordinator... 503 Service Unavailable  id=88412 responseStatus=503 Service Unavailable status=503 token=glcbt-x1\n"
     "WARNING: Retrying...                               context=artifacts-uploader error=service unavailable\n"
     "ERROR: Uploading artifacts as \"archive\" to coordinator... 503 Service Unavailable  id=88412 responseStatus=503 Service Unavailable status=503 token=glcbt-x1\n"
     "FATAL: service unavailable\n"
     "ERROR: Job failed: exit code 1\n"),
    # network/gitlab.go, StatusRequestEntityTooLarge: the artifact is over the instance's limit
    ("gitlab-artifact-too-large", "real",
     "Uploading artifacts for successful job\n"
     "Uploading artifacts...\n"
     "build/: found 9120 matching artifact files and directories\n"
     "ERROR: Uploading artifacts as \"archive\" to coordinator... too large archive  id=99102 responseStatus=413 Request Entity Too Large status=413 token=glcbt-x3\n"
     "FATAL: too large\n"
     "ERROR: Job failed: exit code 1\n"),
    # the pipeline editor's validation (docs.gitlab.com "Validate GitLab CI/CD configuration")
    ("gitlab-invalid-ci-yaml", "real",
     "Pipeline cannot be run.\n"
     "This GitLab CI configuration is invalid: jobs:unit-tests config contains unknown keys: scirpt\n"),
    ("gitlab-yaml-syntax", "real",
     "Found errors in your .gitlab-ci.yml:\n"
     "(<unknown>): did not find expected key while parsing a block mapping at line 14 column 3\n"),
    # a job that failed on its tests: the runner's usual exit line
    ("gitlab-test-failure-exit-1", "real",
     "$ python -m pytest -q\n"
     "F.......................................\n"
     "FAILED tests/test_invoice.py::test_rounding - AssertionError: assert Decimal('10.01') == Decimal('10.00')\n"
     "1 failed, 311 passed in 12.04s\n" + _GL_EXIT),
    # a protected variable not exposed on this branch: the script fails on the empty value
    ("gitlab-missing-variable", "real",
     "$ ./scripts/deploy.sh staging\n"
     "./scripts/deploy.sh: line 7: DEPLOY_TOKEN: parameter null or not set\n" + _GL_EXIT),

    # ================================================================== Buildkite agent
    # buildkite/agent (the job's exit status -1 when the agent stopped heartbeating: "Exited with status
    # -1 (agent lost)" in the job's header)
    ("buildkite-agent-lost", "transient",
     "~~~ Running commands\n"
     "$ bin/ci-test\n"
     "Running 1212 examples\n"
     "Exited with status -1 (agent lost)\n"),
    # internal/job/checkout.go ("Checkout failed! %s (%s)" with roko's "Attempt n/m Retrying in ...")
    ("buildkite-checkout-retry-fetch", "transient",
     "~~~ Preparing working directory\n"
     "$ git fetch -v --prune -- origin refs/heads/main\n"
     "fatal: unable to access 'https://git.example.org/shop/api.git/': Could not resolve host: git.example.org\n"
     "⚠️ Warning: Checkout failed! fetching refspec \"refs/heads/main\": exit status 128 (Attempt 1/3 Retrying in 2s)\n"
     "fatal: unable to access 'https://git.example.org/shop/api.git/': Could not resolve host: git.example.org\n"
     "⚠️ Warning: Checkout failed! fetching refspec \"refs/heads/main\": exit status 128 (Attempt 2/3 Retrying in 4s)\n"
     "🚨 Error: fetching refspec \"refs/heads/main\": exit status 128\n"),
    # internal/job/plugin.go ("failed to checkout plugin %s: %w") for a version that does not exist
    ("buildkite-plugin-checkout-missing-ref", "real",
     "~~~ Preparing plugins\n"
     "# Plugin \"github.com/buildkite-plugins/docker-compose-buildkite-plugin#v99.0.0\" will be checked out to \"/var/lib/buildkite-agent/plugins/docker-compose\"\n"
     "$ git clone -v -- https://github.com/buildkite-plugins/docker-compose-buildkite-plugin .\n"
     "$ git checkout -f v99.0.0\n"
     "error: pathspec 'v99.0.0' did not match any file(s) known to git\n"
     "🚨 Error: failed to checkout plugin docker-compose: exit status 1\n"),
    # core/client.go (the API client's "POST https://...: 500 (Attempt 0/4 Retrying in ..)") and
    # internal/artifact/uploader.go
    ("buildkite-artifact-upload-5xx", "transient",
     "~~~ Uploading artifacts\n"
     "Uploading artifact 01923b pkg/shop-2.4.0.tgz (18 MiB)\n"
     "2026-01-04 10:12:01 WARN   PUT https://agent.buildkite.com/v3/jobs/0192/artifacts: 502 Bad Gateway (Attempt 1/10 Retrying in 5s)\n"
     "2026-01-04 10:12:06 WARN   PUT https://agent.buildkite.com/v3/jobs/0192/artifacts: 502 Bad Gateway (Attempt 2/10 Retrying in 5s)\n"
     "2026-01-04 10:12:56 ERROR  Error updating artifact states: PUT https://agent.buildkite.com/v3/jobs/0192/artifacts: 502 Bad Gateway\n"
     "🚨 Error: failed to upload artifacts: 502 Bad Gateway\n"),
    # internal/job/executor.go ("The command exited with status %d") after failing specs
    ("buildkite-command-exit-status-tests", "real",
     "$ bundle exec rspec\n"
     "Failures:\n"
     "  1) Cart#total applies the discount\n"
     "     Failure/Error: expect(cart.total).to eq(90)\n"
     "       expected: 90\n"
     "            got: 100\n"
     "Finished in 41.3 seconds\n"
     "1212 examples, 1 failure\n"
     "🚨 Error: The command exited with status 1\n"),
    # agent/run_job.go (CancelReasonJobTimeout: "job timed out on Buildkite")
    ("buildkite-job-timed-out", "transient",
     "$ make e2e\n"
     "waiting for selenium...\n"
     "Canceling job 0192ab with a signal grace period of 9s (job timed out on Buildkite)\n"
     "🚨 Error: The command was interrupted by a signal: signal: terminated\n"),

    # ================================================================== Azure Pipelines
    # the service's agent heartbeat (learn.microsoft.com "Troubleshoot pipeline runs": "We stopped hearing
    # from agent")
    ("azure-stopped-hearing-from-agent", "transient",
     "##[section]Starting: Run tests\n"
     "dotnet test --no-build\n"
     "##[error]We stopped hearing from agent Azure Pipelines 5. Verify the agent machine is running and has a "
     "healthy network connection. Anything that terminates an agent process, starves it for CPU, or blocks "
     "its network access can cause this error.\n"),
    # the job's time limit (same page)
    ("azure-ran-longer-than-max", "transient",
     "##[section]Starting: Integration\n"
     "npm run test:e2e\n"
     "##[error]The job running on agent Hosted Agent ran longer than the maximum time of 60 minutes. For more "
     "information, see https://go.microsoft.com/fwlink/?linkid=2077134\n"
     "##[error]The operation was canceled.\n"),
    # the parallelism grant (learn.microsoft.com "Configure and pay for parallel jobs")
    ("azure-no-hosted-parallelism", "real",
     "##[error]No hosted parallelism has been purchased or granted. To request a free parallelism grant, "
     "please fill out the following form https://aka.ms/azpipelines-parallelism-request\n"),
    # a demand no agent in the pool meets (learn.microsoft.com "Demands")
    ("azure-no-agent-satisfies-demands", "real",
     "##[error]No agent found in pool Default which satisfies the specified demands: cuda, "
     "Agent.Version -gtVersion 3.220.0\n"),
    # a variable group that does not exist or is not authorised (learn.microsoft.com "Variable groups")
    ("azure-variable-group-not-authorized", "real",
     "##[error]Variable group deploy-secrets could not be found. The variable group does not exist or has "
     "not been authorized for use. For authorization details, refer to https://aka.ms/yamlauthz.\n"),
    # microsoft/azure-pipelines-agent (the task's "##[error]Bash exited with code '1'.") after failing tests
    ("azure-bash-exited-tests", "real",
     "Failed!  - Failed:     2, Passed:   410, Skipped:     0, Total:   412, Duration: 9 s - Shop.Tests.dll (net8.0)\n"
     "##[error]Bash exited with code '1'.\n"
     "##[section]Finishing: Run tests\n"),

    # ================================================================== Jenkins
    # jenkinsci/remoting src/main/java/hudson/remoting/ChannelClosedException.java, Channel.java
    ("jenkins-channel-closed", "transient",
     "[Pipeline] sh\n"
     "+ ./gradlew test\n"
     "> Task :core:test\n"
     "hudson.remoting.ChannelClosedException: Channel \"hudson.remoting.Channel@3f2a:JNLP4-connect connection "
     "from 10.9.8.7/10.9.8.7:51234\": Remote call on JNLP4-connect connection from 10.9.8.7/10.9.8.7:51234 failed. "
     "The channel is closing down or has closed down\n"
     "Finished: FAILURE\n"),
    # jenkinsci/workflow-durable-task-step-plugin DurableTaskStep.java ("wrapper script does not seem to be
    # touching the log file in %s", "Cannot contact %s: %s")
    ("jenkins-wrapper-not-touching-log", "transient",
     "[Pipeline] sh\n"
     "+ make check\n"
     "wrapper script does not seem to be touching the log file in /home/jenkins/agent/workspace/shop@tmp/durable-4c1e9a2b\n"
     "(JENKINS-48300: if on an extremely laggy filesystem, consider -Dorg.jenkinsci.plugins.durabletask.BourneShellScript.HEARTBEAT_CHECK_INTERVAL=86400)\n"
     "[Pipeline] End of Pipeline\n"
     "ERROR: script returned exit code -1\n"
     "Finished: FAILURE\n"),
    # jenkinsci/jenkins core (the executor's "Agent went offline during the build")
    ("jenkins-agent-went-offline", "transient",
     "Building remotely on linux-agent-4 (linux docker) in workspace /var/jenkins/workspace/shop\n"
     "[shop] $ /bin/sh -xe /tmp/jenkins812.sh\n"
     "+ mvn -B verify\n"
     "[INFO] Running com.example.shop.CartTest\n"
     "FATAL: command execution failed\n"
     "java.io.EOFException\n"
     "Caused: java.io.IOException: Unexpected termination of the channel\n"
     "Agent went offline during the build\n"
     "ERROR: Connection was broken\n"
     "Finished: FAILURE\n"),
    # the same "FATAL: command execution failed" when the program is missing on the agent: persistent
    ("jenkins-command-execution-failed-missing-program", "real",
     "Building in workspace /var/jenkins/workspace/shop\n"
     "[shop] $ gradle-8 test\n"
     "FATAL: command execution failed\n"
     "java.io.IOException: error=2, No such file or directory\n"
     "Caused: java.io.IOException: Cannot run program \"gradle-8\" (in directory \"/var/jenkins/workspace/shop\"): error=2, No such file or directory\n"
     "Build step 'Invoke Gradle script' marked build as failure\n"
     "Finished: FAILURE\n"),
    # jenkinsci/git-client-plugin CliGitAPIImpl.java ("Error fetching remote repo", "Failed to fetch from")
    ("jenkins-git-fetch-unreachable", "transient",
     " > git fetch --tags --force --progress -- https://git.example.org/shop/api.git +refs/heads/*:refs/remotes/origin/* # timeout=10\n"
     "ERROR: Error fetching remote repo 'origin'\n"
     "hudson.plugins.git.GitException: Failed to fetch from https://git.example.org/shop/api.git\n"
     "Caused by: hudson.plugins.git.GitException: Command \"git fetch --tags --force --progress -- https://git.example.org/shop/api.git +refs/heads/*:refs/remotes/origin/*\" returned status code 128:\n"
     "stderr: fatal: unable to access 'https://git.example.org/shop/api.git/': Failed to connect to git.example.org port 443 after 130012 ms: Connection timed out\n"
     "Finished: FAILURE\n"),
    ("jenkins-git-fetch-auth-failed", "real",
     " > git fetch --tags --force --progress -- https://git.example.org/shop/api.git +refs/heads/*:refs/remotes/origin/* # timeout=10\n"
     "ERROR: Error fetching remote repo 'origin'\n"
     "hudson.plugins.git.GitException: Failed to fetch from https://git.example.org/shop/api.git\n"
     "Caused by: hudson.plugins.git.GitException: Command \"git fetch --tags --force --progress -- https://git.example.org/shop/api.git +refs/heads/*:refs/remotes/origin/*\" returned status code 128:\n"
     "stderr: remote: HTTP Basic: Access denied\n"
     "fatal: Authentication failed for 'https://git.example.org/shop/api.git/'\n"
     "Finished: FAILURE\n"),
    # jenkinsci/workflow-basic-steps-plugin TimeoutStepExecution.java ("Timeout has been exceeded")
    ("jenkins-timeout-step-exceeded", "transient",
     "[Pipeline] timeout\n"
     "Timeout set to expire in 45 min\n"
     "[Pipeline] sh\n"
     "+ ./run-e2e.sh\n"
     "Cancelling nested steps due to timeout\n"
     "Sending interrupt signal to process\n"
     "Timeout has been exceeded\n"
     "Finished: ABORTED\n"),
    # a label no node carries (jenkinsci/jenkins core hudson/model/Messages.properties, "There are no nodes
    # with the label ''{0}''"): the build waits until someone aborts it
    ("jenkins-no-nodes-with-label", "real",
     "[Pipeline] node\n"
     "Still waiting to schedule task\n"
     "There are no nodes with the label ‘gpu-xl’\n"
     "Aborted by ci-admin\n"
     "Finished: ABORTED\n"),
    # jenkinsci/credentials-binding-plugin: a credentials id that does not exist
    ("jenkins-credentials-not-found", "real",
     "[Pipeline] withCredentials\n"
     "[Pipeline] // withCredentials\n"
     "ERROR: Could not find credentials entry with ID 'npm-publish-token'\n"
     "Finished: FAILURE\n"),

    # ================================================================== Travis CI
    # travis-ci/travis-build (the worker's "The job exceeded the maximum time limit for jobs, and has been
    # terminated.")
    ("travis-max-time-limit", "transient",
     "$ bundle exec rake spec\n"
     "..............................................\n"
     "The job exceeded the maximum time limit for jobs, and has been terminated.\n"),
    ("travis-no-output-10m", "transient",
     "$ ./gradlew connectedCheck\n"
     "> Task :app:connectedDebugAndroidTest\n"
     "No output has been received in the last 10m0s, this potentially indicates a stalled build or something "
     "wrong with the build itself.\n"
     "Check the details on how to adjust your build configuration on: https://docs.travis-ci.com/user/common-build-problems/#build-times-out-because-no-output-was-received\n"
     "The build has been terminated\n"),
    # lib/travis/build/bash/travis_jigger.bash ("Timeout (%s minutes) reached. Terminating \"%s\"")
    ("travis-wait-timeout-reached", "transient",
     "$ travis_wait 30 mvn -B verify\n"
     "Still running (29 of 30): mvn -B verify\n"
     "Timeout (30 minutes) reached. Terminating \"mvn -B verify\"\n"
     "The command mvn -B verify exited with 137.\n"
     "Done. Your build exited with 1.\n"),
    # lib/travis/build/bash/travis_assert.bash ("The command \"%s\" failed and exited with %s during %s.",
    # "Your build has been stopped.") after an install that failed on a version that does not exist
    ("travis-install-failed-during", "real",
     "$ pip install -r requirements.txt\n"
     "ERROR: Could not find a version that satisfies the requirement shoplib==9.9.9 (from versions: 1.0.0, 1.1.0)\n"
     "ERROR: No matching distribution found for shoplib==9.9.9\n"
     "The command \"pip install -r requirements.txt\" failed and exited with 1 during .\n"
     "Your build has been stopped.\n"),
    # travis_retry.bash ("The command \"%s\" failed. Retrying, %d of 3.") around a mirror that answered 503
    ("travis-retry-503-mirror", "transient",
     "$ travis_retry sudo apt-get update\n"
     "E: Failed to fetch http://mirror.example.net/ubuntu/dists/jammy/InRelease  503  Service Unavailable [IP: 198.51.100.7 80]\n"
     "The command \"sudo apt-get update\" failed. Retrying, 2 of 3.\n"
     "E: Failed to fetch http://mirror.example.net/ubuntu/dists/jammy/InRelease  503  Service Unavailable [IP: 198.51.100.7 80]\n"
     "The command \"sudo apt-get update\" failed 3 times.\n"
     "The command \"sudo apt-get update\" failed and exited with 100 during .\n"
     "Your build has been stopped.\n"),
    # travis_result.bash ("The command \"%s\" exited with %s.") after failing tests
    ("travis-script-exited-tests", "real",
     "$ npm test\n"
     "  1 failing\n"
     "  1) cart\n"
     "       applies the coupon:\n"
     "     AssertionError: expected 100 to equal 90\n"
     "The command \"npm test\" exited with 1.\n"
     "Done. Your build exited with 1.\n"),
    # lib/travis/build/appliances/validate.rb ("Could not fetch .travis.yml from GitHub.")
    ("travis-could-not-fetch-config", "transient",
     "Could not fetch .travis.yml from GitHub.\n"
     "Done. Your build exited with 1.\n"),

    # ================================================================== Drone / Woodpecker
    # woodpecker-ci/woodpecker pipeline/frontend/yaml/linter/linter.go ("Insufficient trust level to use
    # `volumes`") as cli/lint's FormatLintError prints it: a setting the repository may not use
    ("woodpecker-insufficient-trust", "real",
     "# test.yaml\n"
     "🔥 test.yaml has 1 errors:\n"
     "   ❌ steps.test.volumes\tInsufficient trust level to use `volumes`\n"),

    # ================================================================== Cirrus CI
    # the service's wording (cirrus-ci.org "FAQ": "Instance got rescheduled!", "CI agent stopped responding!")
    ("cirrus-instance-rescheduled", "transient",
     "Cloning repository...\n"
     "Running test script...\n"
     "Instance got rescheduled!\n"),
    # the config parser (cirrus-cli: "failed to parse" / unknown field)
    ("cirrus-config-parse-error", "real",
     "Failed to parse .cirrus.yml: parsing error: 12:3: unknown field \"scirpt\"\n"),

    # ================================================================== Concourse, Tekton
    # concourse/concourse atc/worker/gardenruntime/transport/errors.go ("worker %s disappeared while trying to
    # reach it", "worker '%s' is unreachable (state is '%s')")
    ("concourse-worker-disappeared", "transient",
     "running ci/tasks/unit.sh\n"
     "go test ./...\n"
     "worker ci-worker-3 disappeared while trying to reach it\n"
     "errored\n"),
    ("concourse-worker-unreachable-stalled", "transient",
     "fetching golang@sha256:4f1d\n"
     "worker 'ci-worker-5' is unreachable (state is 'stalled')\n"
     "errored\n"),
    # tektoncd/pipeline pkg/reconciler/taskrun/taskrun.go ("TaskRun %q failed to finish within %q")
    ("tekton-taskrun-timeout", "transient",
     "[unit : run-tests] === RUN   TestLedgerReplay\n"
     "TaskRun \"shop-ci-run-8f2d-unit\" failed to finish within \"1h0m0s\"\n"
     "PipelineRun \"shop-ci-run-8f2d\" failed: TaskRunTimeout\n"),
    # tektoncd/pipeline pkg/reconciler/pipelinerun/pipelinerun.go ("Pipeline %s/%s can't be Run; it contains
    # Tasks that don't exist: %s", reason CouldntGetTask)
    ("tekton-couldnt-get-task", "real",
     "PipelineRun \"shop-ci-run-9a1e\" failed to finish: CouldntGetTask\n"
     "Pipeline default/shop-ci can't be Run; it contains Tasks that don't exist: Couldn't retrieve Task "
     "\"golang-tset\": tasks.tekton.dev \"golang-tset\" not found\n"),

    # ================================================================== AWS CodeBuild, Google Cloud Build
    # docs.aws.amazon.com codebuild "Troubleshooting" ("Build container found dead before completing the
    # build. Build container died because it was out of memory, or the Docker image is not supported.")
    ("codebuild-container-found-dead", "transient",
     "[Container] 2026/01/04 10:01:12.401 Running command npm run build\n"
     "Build container found dead before completing the build. Build container died because it was out of "
     "memory, or the Docker image is not supported. ErrorCode: 500\n"),
    # the same doc: COMMAND_EXECUTION_ERROR after the project's tests failed
    ("codebuild-command-execution-error-tests", "real",
     "[Container] 2026/01/04 10:03:40.118 Running command npm test\n"
     "  ● cart › applies the coupon\n"
     "    expect(received).toBe(expected)\n"
     "Tests:       1 failed, 120 passed, 121 total\n"
     "[Container] 2026/01/04 10:04:02.771 Command did not exit successfully npm test exit status 1\n"
     "[Container] 2026/01/04 10:04:02.775 Phase complete: BUILD State: FAILED\n"
     "[Container] 2026/01/04 10:04:02.775 Phase context status code: COMMAND_EXECUTION_ERROR Message: Error "
     "while executing command: npm test. Reason: exit status 1\n"),
    # YAML_FILE_ERROR (docs.aws.amazon.com codebuild "Build phase transitions")
    ("codebuild-yaml-file-error", "real",
     "[Container] 2026/01/04 10:00:03.210 Phase complete: DOWNLOAD_SOURCE State: FAILED\n"
     "[Container] 2026/01/04 10:00:03.210 Phase context status code: YAML_FILE_ERROR Message: Expected "
     "Commands[0] to be of string type: found subkeys instead at line 14, value of the key tag on line 13 "
     "might be empty\n"),
    # cloud.google.com/build/docs "Troubleshooting build errors" (a build over its timeout)
    ("cloudbuild-timeout", "transient",
     "Step #2 - \"integration\": Running 412 tests\n"
     "ERROR: context deadline exceeded\n"
     "TIMEOUT\n"
     "ERROR: build step 2 \"gcr.io/example-project/ci-runner\" failed: context deadline exceeded\n"),
    ("cloudbuild-step-failed-tests", "real",
     "Step #1 - \"unit\": FAIL\texample.org/shop/cart\t0.412s\n"
     "Step #1 - \"unit\":     cart_test.go:41: total = 100, want 90\n"
     "Finished Step #1 - \"unit\"\n"
     "ERROR: build step 1 \"golang:1.22\" failed: step exited with non-zero status: 1\n"),
    ("cloudbuild-invalid-build-config", "real",
     "ERROR: (gcloud.builds.submit) INVALID_ARGUMENT: invalid build: invalid .steps field: build step 0 must specify name\n"),

    # ================================================================== Bitbucket, TeamCity, AppVeyor, Semaphore, Bitrise
    # support.atlassian.com bitbucket-cloud "Troubleshoot failed pipelines" ("Exceeded build time limit")
    ("bitbucket-build-time-limit", "transient",
     "+ ./gradlew check\n"
     "> Task :app:test\n"
     "Exceeded build time limit of 120 minutes.\n"),
    # the build container killed at its memory limit (support.atlassian.com "Container 'Build' exceeded
    # memory limit"): read like any process killed for memory (exit 137, the OOM killer), transient
    ("bitbucket-container-memory-limit", "transient",
     "+ npm run build\n"
     "Container 'Build' exceeded memory limit.\n"),
    # jetbrains.com/help/teamcity ("The build agent ... was disconnected" / "Agent was disconnected while
    # running a build")
    ("teamcity-agent-disconnected", "transient",
     "[10:12:01] : Step 2/3: Test (Gradle)\n"
     "[10:12:01] :\t [Step 2/3] Starting: /opt/gradle/bin/gradle test\n"
     "[10:41:55] : The build agent linux-agent-3 was disconnected while running a build\n"
     "[10:41:55] : Build was interrupted: agent was disconnected\n"),
    ("teamcity-execution-timeout", "transient",
     "[10:12:01] : Step 2/3: Test (Gradle)\n"
     "[11:12:01] : Execution timeout\n"
     "[11:12:01] : The build has been stopped\n"),
    # www.appveyor.com/docs/build-configuration ("Build execution time has reached the maximum allowed
    # time for your plan (60 minutes).")
    ("appveyor-max-build-time", "transient",
     "Running Tests...\n"
     "Build execution time has reached the maximum allowed time for your plan (60 minutes).\n"),
    # appveyor.yml rejected ("Error parsing appveyor.yml")
    ("appveyor-yml-parse-error", "real",
     "Error parsing appveyor.yml: (Line: 12, Col: 3, Idx: 210) - (Line: 12, Col: 9, Idx: 216): Expected "
     "'MappingStart', got 'Scalar'.\n"),
    # bitrise-io/bitrise models/models.go ("This Step failed, because it has not sent any output for %s.",
    # "This Step timed out after %s.") and stepruncmd/timeoutcmd/errors.go
    ("bitrise-no-output-timeout", "transient",
     "+------------------------------------------------------------------------------+\n"
     "| (4) xcode-test@5                                                             |\n"
     "+------------------------------------------------------------------------------+\n"
     "Testing started\n"
     "timed out, as no output was received for 15m0s\n"
     "This Step failed, because it has not sent any output for 15m.\n"),
    # semaphoreci/agent pkg/executors/docker_compose_executor.go ("Pulling docker images...", "Failed to
    # start the docker image") for an image tag that does not exist
    ("semaphore-image-manifest-unknown", "real",
     "Pulling docker images...\n"
     "main Pulling\n"
     "Error response from daemon: manifest for registry.example.net/ci/ruby:9.9-node not found: manifest unknown: manifest unknown\n"
     "Failed to start the docker image\n"
     "exit status 18\n"),
    ("bitrise-step-failed-tests", "real",
     "Testing failed:\n"
     "\tShopTests.CartTests testCoupon(): XCTAssertEqual failed: (\"100\") is not equal to (\"90\")\n"
     "** TEST FAILED **\n"
     "|  x  | xcode-test@5 (exit code: 1)                                        | 3.4 min  |\n"),

    # ================================================================== more near-misses and persistent causes
    # GitHub Actions: self-hosted runners all offline for a day (docs.github.com "Monitoring and
    # troubleshooting self-hosted runners"): the pool is down or the label is wrong; no rerun is sure to help
    ("gha-no-enabled-runners-online", "not_surely_transient",
     "Requested labels: self-hosted, linux, arm64\n"
     "Waiting for a runner to pick up this job...\n"
     "This request was automatically failed because there were no enabled runners online to process the "
     "request for more than 1 days.\n"),
    # billing: the account locked (docs.github.com "About billing for GitHub Actions")
    ("gha-account-locked-billing", "real",
     "The job was not started because your account is locked due to a billing issue.\n"),
    # actions/checkout (the toolkit's exec: "The process '%s' failed with exit code %s") on a repository
    # the token cannot see, and on a 500 from the git host
    ("gha-checkout-repository-not-found", "real",
     "Run actions/checkout@v4\n"
     "Fetching the repository\n"
     "/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +refs/heads/main:refs/remotes/origin/main\n"
     "remote: Repository not found.\n"
     "Error: fatal: repository 'https://github.com/example-org/private-fixtures/' not found\n"
     "Error: The process '/usr/bin/git' failed with exit code 128\n"),
    ("gha-checkout-git-host-500", "transient",
     "Run actions/checkout@v4\n"
     "Fetching the repository\n"
     "Error: fatal: unable to access 'https://github.com/example-org/shop/': The requested URL returned error: 500\n"
     "The process '/usr/bin/git' failed with exit code 128\n"
     "Waiting 13 seconds before trying again\n"
     "Error: fatal: unable to access 'https://github.com/example-org/shop/': The requested URL returned error: 500\n"
     "Error: The process '/usr/bin/git' failed with exit code 128\n"),
    # GitLab Runner executors/kubernetes/util.go ("timed out waiting for pod to start (last phase: %s)") and
    # kubernetes.go ("waiting for pod running: %w")
    ("gitlab-k8s-pod-start-timeout", "transient",
     "Preparing the \"kubernetes\" executor\n"
     "Using Kubernetes namespace: ci-jobs\n"
     "Waiting for pod ci-jobs/runner-xt8f2q-project-41-concurrent-0-h2k9 to be running, status is Pending\n"
     "ERROR: Job failed (system failure): prepare environment: waiting for pod running: timed out waiting for "
     "pod to start (last phase: Pending). Check https://docs.gitlab.com/runner/shells/#shell-profile-loading for more information\n"),
    # Buildkite agent clicommand/pipeline_upload.go ("pipeline parsing of %q failed: %w") through
    # clicommand/errors.go ("buildkite-agent: fatal: %s")
    ("buildkite-pipeline-parse-failed", "real",
     "$ buildkite-agent pipeline upload .buildkite/pipeline.yml\n"
     "buildkite-agent: fatal: pipeline parsing of \".buildkite/pipeline.yml\" failed: yaml: line 12: did not find expected key\n"),
    # Azure Pipelines: a service connection the pipeline is not authorised for (learn.microsoft.com
    # "Troubleshoot ... service connections")
    ("azure-service-connection-not-found", "real",
     "##[error]The pipeline is not valid. Job Deploy: Step AzureCLI input connectedServiceNameARM references "
     "service connection prod-connection which could not be found. The service connection does not exist, "
     "has been disabled or has not been authorized for use. For authorization details, refer to https://aka.ms/yamlauthz.\n"),
    # Jenkins script-security (RejectedAccessException "Scripts not permitted to use %s"): a forbidden call
    ("jenkins-script-security-rejected", "real",
     "[Pipeline] End of Pipeline\n"
     "org.jenkinsci.plugins.scriptsecurity.sandbox.RejectedAccessException: Scripts not permitted to use "
     "method groovy.json.JsonSlurperClassic parseText java.lang.String\n"
     "Finished: FAILURE\n"),
    # workflow-cps (a Jenkinsfile that does not compile: "WorkflowScript: %d: %s @ line %d, column %d.")
    ("jenkins-jenkinsfile-compile-error", "real",
     "org.codehaus.groovy.control.MultipleCompilationErrorsException: startup failed:\n"
     "WorkflowScript: 14: Expected a step @ line 14, column 17.\n"
     "                   sh 'make' else\n"
     "1 error\n"
     "Finished: FAILURE\n"),
    # Drone's linter (drone/drone-yaml linter: "linter: untrusted repositories cannot mount host volumes"):
    # a forbidden setting
    ("drone-linter-untrusted-volume", "real",
     "linter: untrusted repositories cannot mount host volumes\n"),
    # Concourse atc/worker/errors.go ("no workers satisfying: %s, version: '%s'"): no worker with the
    # platform or tags the step asks for, a pool that is down or tags that are wrong
    ("concourse-no-workers-satisfying", "not_surely_transient",
     "selected worker: none\n"
     "no workers satisfying: platform 'windows', tag 'gpu', version: '2.5'\n"
     "errored\n"),
    # Concourse: a resource check that failed on a branch that does not exist
    ("concourse-resource-check-missing-branch", "real",
     "resource script '/opt/resource/check []' failed: exit status 128\n"
     "stderr:\n"
     "Cloning into '/tmp/git-resource-repo-cache'...\n"
     "warning: Could not find remote branch relese-2 to clone.\n"
     "fatal: Remote branch relese-2 not found in upstream origin\n"),
    # AWS CodeBuild: a queue over the account's limit (docs.aws.amazon.com codebuild "Quotas"), and an
    # image it cannot pull because it does not exist
    ("codebuild-account-queue-limit", "transient",
     "An error occurred (AccountLimitExceededException) when calling the StartBuild operation: Cannot have "
     "more than 1 builds in queue for the account\n"),
    ("codebuild-cannot-pull-image-not-found", "real",
     "[Container] 2026/01/04 10:00:01.004 Phase complete: PROVISIONING State: FAILED\n"
     "BUILD_CONTAINER_UNABLE_TO_PULL_IMAGE: Unable to pull customer's container image. "
     "CannotPullContainerError: Error response from daemon: manifest for 111122223333.dkr.ecr.eu-west-1.amazonaws.com/ci:9.9 "
     "not found: manifest unknown: Requested image not found\n"),
    # Google Cloud Build: the pull ran out of retries (a registry outage) and a permission the build's
    # service account lacks
    ("cloudbuild-pull-out-of-retries", "transient",
     "Pulling image: gcr.io/example-project/ci-runner:2026.1\n"
     "Error response from daemon: Get \"https://gcr.io/v2/\": net/http: request canceled (Client.Timeout exceeded while awaiting headers)\n"
     "ERROR: failed to pull because we ran out of retries.\n"
     "ERROR: build step 0 \"gcr.io/example-project/ci-runner:2026.1\" failed: error pulling build step 0 \"gcr.io/example-project/ci-runner:2026.1\": generic::unknown: retry budget exhausted (10 attempts): step exited with non-zero status: 1\n"),
    ("cloudbuild-permission-denied", "real",
     "ERROR: (gcloud.builds.submit) PERMISSION_DENIED: The caller does not have permission. This command is "
     "authenticated as ci-bot@example-project.iam.gserviceaccount.com\n"),
    # tektoncd/pipeline pkg/reconciler/taskrun/taskrun.go ("the %s %q in TaskRun %q failed to pull the image
    # %q. The pod errored with the message: \"%s.\""): a back-off on a tag that does not exist
    ("tekton-image-pull-failed", "real",
     "TaskRun \"shop-ci-run-7b3c-build\" failed: TaskRunImagePullFailed\n"
     "the step \"build\" in TaskRun \"shop-ci-run-7b3c-build\" failed to pull the image \"registry.example.net/ci/golang:9.99\". "
     "The pod errored with the message: \"Back-off pulling image \"registry.example.net/ci/golang:9.99\".\"\n"),
    # Bitbucket: a bitbucket-pipelines.yml the service rejects
    ("bitbucket-invalid-yml", "real",
     "There is an error in your bitbucket-pipelines.yml at [pipelines > default > 0 > step]. "
     "To be precise: This section should be a map (it is currently defined as a list).\n"),
    # TeamCity: no compatible agent (jetbrains.com/help/teamcity "Agent Requirements")
    ("teamcity-no-compatible-agents", "real",
     "[10:00:01] : Build queued\n"
     "[10:00:01] : There are no compatible agents which can run this build\n"
     "[10:00:01] : Unmet requirements: env.ANDROID_HOME exists\n"),
]


@pytest.mark.parametrize("cid,expected,log", CASES, ids=[c[0] for c in CASES])
def test_ci_system_messages(cid: str, expected: str, log: str) -> None:
    if expected == "not_surely_transient":
        not_surely_transient(log)
        return
    v = judge(log)
    assert v.verdict == expected, (v.verdict, v.confidence, v.rationale)


def test_ids_are_unique() -> None:
    assert_unique_ids(CASES)
