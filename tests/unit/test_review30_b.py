"""(review30_b) Attacks on the lost30 and perm30 readings: made-up CI logs around a runner, agent or pod that went away
(its words in a test's or an operator's own output, a shutdown after the script had already failed), exit -1 (a Windows
tool, a Node process's own exit), exit 143 under a named abort, a script's own kill -9, memory figures above a kill, a
prompt left waiting, a registry's "denied:" / "unauthorized:" lines (a token service's outage, a pull limit, a test of
a read-only registry), cloud refusals right after the grant was made, missing secrets and variables, certificate
alerts, git's "RPC failed; HTTP 4xx".

Fixed in this review (the cases pin them): a zerolog "INF"/"DBG"/"TRC" line is an application's own log as INFO is;
git's "RPC failed; HTTP 413" (any 4xx but 408/429) with its sideband disconnect is the server's answer; ci-runner-lost
stands aside under a prompt left waiting above Travis' no-output stop, and the prompt reading not where the job pipes
`yes` into its program; exit -1 not on a "D:/" Windows path nor under a CI's own report of a real status; the registry's
read-only words only where the job pushed or pulled, and not a storage quota; access-denied undecided right under a
grant the job made; the kubelet's words not on a Kubernetes events row, Jenkins' deleted agent not under the step's own
failed status; the agent that stopped responding or lost contact not under the step's own failed status; the memory
figures of the whole machine are not the job's own; an env variable "is not set" line the job went on past; a secret's
"parameter does not exist ..., using defaults"; got's 403 under GitHub's rate-limit message; killed-137's own-kill
guard only with the kill right above the Killed report; a registry "unauthorized" right under a broken token fetch.

Each case is (id, expected, log, failed_tests); expected is "transient" or "real" (that verdict), "not_transient"
(real or unknown: no confident rerun) or "not_real" (transient or unknown: a rerun is worth it). The ones still
misread are strict xfails whose reason starts "LEFT:". Every line here was written for the test (none is copied from a
project's CI log or a dataset); hosts, names and paths are made up."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, failed_test, judge, teamcity_lines

J = "\n".join


_t = failed_test


def _tc(lines: list[str], status: str = " ", clock: str = "10:41:07", step: str = "Step 1/1") -> list[str]:
    """TeamCity's downloaded build log lines: clock, status, colon, tab, the step."""
    return teamcity_lines(lines, clock=clock, status=status, step=step)


_GH_SHUTDOWN = ("##[error]The runner has received a shutdown signal. This can happen when the runner service is "
                "stopped, or a manually started runner is canceled.")
_AZ_SHUTDOWN = ("##[error]The agent has received a shutdown signal. This can happen when the agent service is stopped, "
                "or a manually started agent is canceled.")

# (id, expected, log, failed_tests or None)
CASES = [
# ---- (1) a runner or agent gone: its words in a test's own output, or after the script had already failed
("go_test_of_agent_prints_lost_contact", "not_transient", J([
 "=== RUN   TestAgentReconnect",
 "2026/12/05 10:02:11 agent build-7 lost contact with the server, retrying in 2s",
 "2026/12/05 10:02:13 agent build-7 lost contact with the server, retrying in 4s",
 "    reconnect_test.go:64: agent did not re-register within 5s",
 "--- FAIL: TestAgentReconnect (5.02s)",
 "FAIL",
 "FAIL\tgitlab.quarry.example/ci/agentd/pool\t5.311s",
 "##[error]Process completed with exit code 1.",
 ""]), None),
("kotlin_pool_test_prints_agent_stopped_responding", "not_transient", J([
 "> Task :pool:test",
 "[pool] agent 'linux-17' stopped responding, reassigning build #4411",
 "[pool] agent 'linux-17' stopped responding, reassigning build #4412",
 "AgentPoolTest > reassignsEachBuildOnce() FAILED",
 "    org.opentest4j.AssertionFailedError: expected: <1> but was: <2>",
 "        at app//io.quarry.pool.AgentPoolTest.reassignsEachBuildOnce(AgentPoolTest.kt:88)",
 "12 tests completed, 1 failed",
 "> Task :pool:test FAILED",
 "FAILURE: Build failed with an exception.",
 ""]), None),
("operator_warn_log_quotes_node_shutdown", "not_transient", J([
 "tests/e2e/test_drain.py::test_drain_respects_pdb ",
 "-------------------------------- live log call ---------------------------------",
 "2026-12-05 10:11:02 WARNING reconciler: pod ci-worker-3 Pod was terminated in response to imminent node shutdown.",
 "2026-12-05 10:11:04 WARNING reconciler: pod ci-worker-4 Preempted in order to admit critical pod",
 "FAILED",
 "=================================== FAILURES ===================================",
 "___________________________ test_drain_respects_pdb ____________________________",
 "E       assert 2 <= 1",
 "tests/e2e/test_drain.py:77: AssertionError",
 "=========================== short test summary info ============================",
 "FAILED tests/e2e/test_drain.py::test_drain_respects_pdb - assert 2 <= 1",
 "========================= 1 failed, 22 passed in 41.20s ========================",
 ""]), None),
("runner_shutdown_after_compile_error", "not_transient", J([
 "##[group]Run cargo build --locked",
 "   Compiling tallyd v0.4.1 (/home/runner/work/tallyd/tallyd)",
 "error[E0308]: mismatched types",
 "  --> src/store.rs:41:20",
 "   |",
 "41 |     let n: u32 = self.len();",
 "   |            ---   ^^^^^^^^^^ expected `u32`, found `usize`",
 "error: could not compile `tallyd` (lib) due to 1 previous error",
 "##[error]Process completed with exit code 101.",
 "##[group]Run actions/upload-artifact@v4",
 _GH_SHUTDOWN,
 ""]), None),
("azure_agent_shutdown_after_test_failures", "not_transient", J([
 "##[section]Starting: unit tests",
 "npx jest --ci",
 "FAIL src/cart/total.test.ts",
 "  ● total › applies the discount once",
 "    expect(received).toBe(expected) // Object.is equality",
 "    Expected: 90",
 "    Received: 81",
 "Tests:       1 failed, 140 passed, 141 total",
 "##[error]Bash exited with code '1'.",
 "##[section]Finishing: unit tests",
 "##[section]Starting: publish test results",
 _AZ_SHUTDOWN,
 ""]), None),
("azure_agent_shutdown_mid_tests", "transient", J([
 "##[section]Starting: unit tests",
 "python -m pytest -q",
 "........................................................................ [ 31%]",
 "...............................................",
 _AZ_SHUTDOWN,
 "##[section]Finishing: unit tests",
 ""]), None),
("gh_runner_shutdown_mid_build", "transient", J([
 "##[group]Run ./gradlew assembleRelease",
 "> Task :app:mergeReleaseResources",
 "> Task :app:compileReleaseKotlin",
 _GH_SHUTDOWN,
 "##[error]The operation was canceled.",
 ""]), None),
("runner_service_test_prints_shutdown_signal", "not_transient", J([
 "=== RUN   TestServiceStopsGracefully",
 "2026-12-05T10:20:01Z INF listener: The runner has received a shutdown signal.",
 "    service_test.go:52: job still running after stop: want canceled, got running",
 "--- FAIL: TestServiceStopsGracefully (0.31s)",
 "FAIL\tgit.quarry.example/ci/runnerd/service\t0.402s",
 "##[error]Process completed with exit code 1.",
 ""]), None),
("runner_shut_down_because_in_step_message", "transient", J([
 "##[group]Run make integration",
 "go test -tags integration ./...",
 "ok  \tgit.quarry.example/ci/ledger/store\t12.1s",
 "##[error]The step could not be completed because its runner was shut down.",
 ""]), None),
("gocd_agent_lost_contact", "transient", J([
 "[go] Task: ./gradlew test",
 "> Task :core:test",
 "[go] Agent ci-agent-04 lost contact with the Go server; the job was rescheduled and failed",
 ""]), None),
("teamcity_agent_stopped_responding_mid_build", "transient", J(
 _tc(["Step 1/2: Gradle (2m:11s)", "> Task :core:compileJava"])
 + ["[10:47:02]E:\t Build agent 'linux-22' stopped responding; the build was interrupted", ""]), None),
("tekton_node_shutdown", "transient", J([
 "[build : step-compile] > Task :core:compileJava",
 "task build has failed: pod build-pod-7xk2 was terminated",
 "Pod was terminated in response to imminent node shutdown.",
 ""]), None),
("jenkins_pod_preempted_for_critical", "transient", J([
 "[Pipeline] sh",
 "+ make test",
 "go test ./...",
 "ERROR: Pod ci-agent-x71 Preempted in order to admit critical pod",
 "[Pipeline] End of Pipeline",
 "Finished: FAILURE",
 ""]), None),
# ---- (2) exit -1
("teamcity_exit_minus_one_interrupted", "transient", J(
 _tc(["Starting: /opt/buildagent/temp/agentTmp/custom_script81.sh", "> Task :app:test"])
 + ["[10:44:00]E:\t [Step 1/1] Process exited with code -1", ""]), None),
("teamcity_windows_nunit_bad_arg_forward_slashes", "not_transient", J(
 _tc(["Starting: nunit3-console D:/BuildAgent/work/9f1/Ledger.Tests/bin/Release/Ledger.Tests.dll --where \"cat == Fast\" --wokers=4",
      "NUnit Console 3.16.3 (Release)",
      "Invalid argument(s):",
      "  Invalid argument: --wokers=4"])
 + ["[10:44:00]E:\t [Step 1/1] Process exited with code -1", ""]), None),
("node_wrapper_prints_exit_minus_one_after_error", "not_transient", J([
 "$ node scripts/e2e.js",
 "[e2e] starting dev server on :4173",
 "TypeError: Cannot read properties of undefined (reading 'routes')",
 "    at loadConfig (/builds/quarry/shop/scripts/e2e.js:31:22)",
 "Process exited with code -1",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("node_process_exit_minus_one_on_linux_is_255", "not_transient", J([
 "##[group]Run node scripts/check-bundle-size.js",
 "bundle main.js is 412 kB, the budget is 350 kB",
 "##[error]Process completed with exit code 255.",
 ""]), None),
("azure_bash_exit_minus_one_after_failed_tests", "not_transient", J([
 "##[section]Starting: test",
 "./ci/run-tests.sh",
 "FAILED tests/test_tax.py::test_rounding - AssertionError: assert 10.05 == 10.04",
 "============== 1 failed, 203 passed in 18.31s ==============",
 "##[error]Bash exited with code '-1'.",
 "##[section]Finishing: test",
 ""]), None),
("azure_task_exit_minus_one_mid_restore", "transient", J([
 "##[section]Starting: restore",
 "/usr/bin/dotnet restore Ledger.sln",
 "  Determining projects to restore...",
 "##[error]The process '/usr/bin/dotnet' failed with exit code -1",
 "##[section]Finishing: restore",
 ""]), None),
# ---- (3) exit 143 under a named abort, a script's own kill -9, memory figures above a kill
("jenkins_aborted_by_user_after_test_failure", "not_transient", J([
 "[Pipeline] sh",
 "+ ./gradlew test",
 "OrderTest > totals() FAILED",
 "    java.lang.AssertionError: expected:<12> but was:<11>",
 "37 tests completed, 1 failed",
 "> Task :test FAILED",
 "Sending interrupt signal to process",
 "Aborted by maria.lopes",
 "script returned exit code 143",
 "Finished: ABORTED",
 ""]), None),
("jenkins_aborted_by_user_exit_143_hang", "not_real", J([
 "[Pipeline] sh",
 "+ ./gradlew integrationTest",
 "> Task :integrationTest",
 "Sending interrupt signal to process",
 "Aborted by maria.lopes",
 "script returned exit code 143",
 "Finished: ABORTED",
 ""]), None),
("kill9_leftover_then_oom_killed", "transient", J([
 "$ kill -9 $(cat /tmp/redis-ci.pid) || true",
 "$ redis-server --daemonize yes --pidfile /tmp/redis-ci.pid",
 "$ ./gradlew test --no-daemon",
 "> Task :core:test",
 "/builds/quarry/ledger.tmp/CI_SCRIPT: line 148:  2211 Killed                  ./gradlew test --no-daemon",
 "ERROR: Job failed: exit code 137",
 ""]), None),
("kill9_own_hung_server_then_test_fail", "not_transient", J([
 "$ ./scripts/start-stub.sh &",
 "$ pytest -q tests/api",
 "FAILED tests/api/test_refund.py::test_partial - assert 400 == 201",
 "1 failed, 88 passed in 9.12s",
 "$ kill -9 %1",
 "/builds/quarry/pay.tmp/CI_SCRIPT: line 90:  3121 Killed                  ./scripts/start-stub.sh",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("own_memory_grew_to_oom", "not_transient", J([
 "$ python tools/build_index.py --all",
 "[index] shard 1/6 done rss=1.1GB",
 "[index] shard 2/6 done rss=2.3GB",
 "[index] shard 3/6 done rss=3.6GB",
 "[index] shard 4/6 done rss=5.0GB",
 "/builds/quarry/search.tmp/CI_SCRIPT: line 72:   981 Killed                  python tools/build_index.py --all",
 "ERROR: Job failed: exit code 137",
 ""]), None),
("host_memory_monitor_rises_neighbour_oom", "not_real", J([
 "$ ./gradlew check",
 "[runner-monitor] host memory used: 5.1 GiB of 7.8 GiB",
 "> Task :core:compileJava",
 "[runner-monitor] host memory used: 6.4 GiB of 7.8 GiB",
 "> Task :core:test",
 "[runner-monitor] host memory used: 7.6 GiB of 7.8 GiB",
 "/builds/quarry/ledger.tmp/CI_SCRIPT: line 61:  1502 Killed                  ./gradlew check",
 "ERROR: Job failed: exit code 137",
 ""]), None),
("memory_figures_falling_oom", "not_real", J([
 "$ ./gradlew test",
 "[gc] heap used: 3.1 GB",
 "[gc] heap used: 2.2 GB",
 "[gc] heap used: 1.4 GB",
 "/builds/quarry/ledger.tmp/CI_SCRIPT: line 61:  1502 Killed                  ./gradlew test",
 "ERROR: Job failed: exit code 137",
 ""]), None),
("heap_figures_progress_in_mb_small_oom", "not_real", J([
 "$ npm run build",
 "webpack: heap used 210 MB",
 "webpack: heap used 240 MB",
 "webpack: heap used 260 MB",
 "Killed",
 "ERROR: Job failed: exit code 137",
 ""]), None),
# ---- (4) a prompt left waiting, or answered by yes
("yes_piped_license_prompt_then_quiet_download", "not_real", J([
 "$ yes | sdkmanager \"system-images;android-34;google_apis;x86_64\"",
 "Accept? (y/N): ",
 "",
 "No output has been received in the last 10m0s, this potentially indicates a stalled build or something wrong with the build itself.",
 "The build has been terminated",
 ""]), None),
("migration_prompt_left_waiting_gh", "not_transient", J([
 "##[group]Run npx prisma migrate reset",
 "Prisma schema loaded from prisma/schema.prisma",
 "? Are you sure you want to reset your database? All data will be lost. › (y/N)",
 "##[error]The job running on runner gh-runner-12 has exceeded the maximum execution time of 30 minutes.",
 ""]), None),
("yes_answered_prompt_then_test_hangs_until_timeout", "not_real", J([
 "##[group]Run yes | ./manage.py flush && ./manage.py test",
 "You have requested a flush of the database. Are you sure you want to do this? Type 'yes' to continue, or 'no' to cancel: ",
 "Creating test database for alias 'default'...",
 "System check identified no issues (0 silenced).",
 "..........",
 "##[error]The job running on runner gh-runner-3 has exceeded the maximum execution time of 60 minutes.",
 ""]), None),
("press_enter_left_waiting_travis", "not_transient", J([
 "$ ./scripts/setup-emulator.sh",
 "Emulator image installed.",
 "Press ENTER to continue...",
 "",
 "No output has been received in the last 10m0s, this potentially indicates a stalled build or something wrong with the build itself.",
 "The build has been terminated",
 ""]), None),
# ---- (5) registries
("harbor_unauthorized_token_service_503", "transient", J([
 "#12 pushing layers",
 "#12 WARN: failed to fetch anonymous token: unexpected status from GET request to https://harbor.quarry.example/service/token?scope=repository%3Aci%2Fapp%3Apull%2Cpush: 503 Service Unavailable",
 "#12 ERROR: failed to push harbor.quarry.example/ci/app:5f2c1e0: unauthorized: unauthorized to access repository: ci/app, action: push: unauthorized to access repository: ci/app, action: push",
 "ERROR: failed to solve: failed to push harbor.quarry.example/ci/app:5f2c1e0: unauthorized: unauthorized to access repository: ci/app, action: push: unauthorized to access repository: ci/app, action: push",
 "##[error]Process completed with exit code 1.",
 ""]), None),
("docker_hub_anonymous_pull_limit", "transient", J([
 "##[group]Run docker pull postgres:16",
 "Error response from daemon: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit",
 "##[error]Process completed with exit code 1.",
 ""]), None),
("ghcr_push_denied_write_package", "real", J([
 "##[group]Run docker push ghcr.io/quarry-labs/ledger:pr-412",
 "The push refers to repository [ghcr.io/quarry-labs/ledger]",
 "5f70bf18a086: Preparing",
 "denied: permission_denied: write_package",
 "##[error]Process completed with exit code 1.",
 ""]), None),
("harbor_read_only_transient", "transient", J([
 "$ docker push harbor.quarry.example/ci/app:1.4.2",
 "The push refers to repository [harbor.quarry.example/ci/app]",
 "denied: The system is in read only mode. Any modification is prohibited.",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("harbor_e2e_test_of_read_only_mode", "not_transient", J([
 "==============================================================================",
 "Test Read Only Mode :: push is refused while the system is read-only",
 "denied: The system is in read only mode. Any modification is prohibited.",
 "Test Read Only Mode :: push is refused while the system is read-only | PASS |",
 "Test Replication Rule :: a rule copies tags to the target            | FAIL |",
 "'0' does not match '3'",
 "==============================================================================",
 "2 tests, 1 passed, 1 failed",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("ecr_token_expired_long_build", "not_real", J([
 "$ docker push 111122223333.dkr.ecr.eu-west-1.amazonaws.com/ledger:9a1c",
 "The push refers to repository [111122223333.dkr.ecr.eu-west-1.amazonaws.com/ledger]",
 "denied: Your authorization token has expired. Reauthenticate and try again.",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("ecr_name_unknown_real", "real", J([
 "$ docker push 111122223333.dkr.ecr.eu-west-1.amazonaws.com/ledger-api:9a1c",
 "The push refers to repository [111122223333.dkr.ecr.eu-west-1.amazonaws.com/ledger-api]",
 "name unknown: The repository with name 'ledger-api' does not exist in the registry with id '111122223333'",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("registry_client_test_prints_denied_then_passes_net_reset", "not_real", J([
 "$ go test ./...",
 "denied: requested access to the resource is denied",
 "ok  \tgit.quarry.example/ci/regclient/push\t0.512s",
 "ok  \tgit.quarry.example/ci/regclient/pull\t0.410s",
 "$ curl -sSf -o /tmp/cov.sh https://cov.quarry.example/upload.sh",
 "curl: (56) Recv failure: Connection reset by peer",
 "ERROR: Job failed: exit code 56",
 ""]), None),
("registry_please_retry_later_transient", "transient", J([
 "#14 ERROR: failed to push registry.quarry.example/web/app:c81e2a: denied: registry is busy, please retry later",
 "ERROR: failed to solve: failed to push registry.quarry.example/web/app:c81e2a: denied: registry is busy, please retry later",
 "##[error]Process completed with exit code 1.",
 ""]), None),
# ---- (6) cloud refusals
("azure_role_assignment_then_mismatch", "not_real", J([
 "##[group]Run az role assignment create --assignee $SP_ID --role \"Storage Blob Data Contributor\" --scope $ACCOUNT_ID",
 "{",
 "  \"principalType\": \"ServicePrincipal\",",
 "  \"roleDefinitionName\": \"Storage Blob Data Contributor\"",
 "}",
 "##[group]Run az storage blob upload --auth-mode login --account-name quarrystate -c releases -f dist/app.tgz",
 "ERROR: This request is not authorized to perform this operation using this permission.",
 "RequestId:1f0e2c1a-501e-0031-7d2c-44b1c5000000",
 "ErrorCode:AuthorizationPermissionMismatch",
 "##[error]Process completed with exit code 1.",
 ""]), None),
("terraform_s3_accessdenied_real", "real", J([
 "$ terraform init -input=false",
 "Initializing the backend...",
 "Error: Failed to get existing workspaces: S3 bucket does not exist.",
 "Error: AccessDenied: Access Denied",
 "\tstatus code: 403, request id: 7Q1N5K2M0Y, host id: aGVsbG8=",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("terraform_bucket_policy_just_created_accessdenied", "not_real", J([
 "aws_s3_bucket.artifacts: Creation complete after 2s [id=quarry-ci-artifacts-pr412]",
 "aws_s3_bucket_policy.artifacts: Creating...",
 "aws_s3_bucket_policy.artifacts: Creation complete after 1s [id=quarry-ci-artifacts-pr412]",
 "aws_s3_object.manifest: Creating...",
 "Error: uploading object to S3 bucket (quarry-ci-artifacts-pr412): AccessDenied: Access Denied",
 "\tstatus code: 403, request id: 1W2E3R4T5Y, host id: d29ybGQ=",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("ec2_unauthorized_operation_real", "real", J([
 "$ aws ec2 run-instances --launch-template LaunchTemplateName=ci-runner --count 1",
 "An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: AbC123",
 "ERROR: Job failed: exit code 254",
 ""]), None),
("test_name_insufficient_scopes_then_network_reset", "not_real", J([
 "tests/test_auth.py::test_rejects_insufficient_scopes PASSED                [ 50%]",
 "tests/test_auth.py::test_accepts_admin_token PASSED                        [100%]",
 "============================== 2 passed in 0.41s ===============================",
 "$ curl -sSf -o /tmp/cov.sh https://cov.quarry.example/upload.sh",
 "curl: (56) Recv failure: Connection reset by peer",
 "ERROR: Job failed: exit code 56",
 ""]), None),
("gcloud_insufficient_authentication_scopes_real", "real", J([
 "$ gcloud artifacts docker images list europe-docker.pkg.dev/quarry/ci",
 "ERROR: (gcloud.artifacts.docker.images.list) Request had insufficient authentication scopes.",
 "ERROR: Job failed: exit code 1",
 ""]), None),
# ---- (7) secrets and variables
("vault_no_value_found_real", "real", J([
 "$ export DB_PASS=$(vault kv get -field=password secret/ci/ledger-db)",
 "No value found at secret/data/ci/ledger-db",
 "ERROR: Job failed: exit code 2",
 ""]), None),
("test_fixture_prints_no_value_found_then_net_reset", "not_real", J([
 "$ pytest -q -s tests/test_secrets.py",
 "No value found at secret/data/test/missing",
 "..",
 "2 passed in 0.33s",
 "$ curl -sSf -o /tmp/cov.sh https://cov.quarry.example/upload.sh",
 "curl: (56) Recv failure: Connection reset by peer",
 "ERROR: Job failed: exit code 56",
 ""]), None),
("token_empty_after_vault_503", "not_real", J([
 "$ VAULT_TOKEN=$(curl -sf -X POST https://vault.quarry.example/v1/auth/jwt/login -d @/tmp/jwt.json | jq -r .auth.client_token)",
 "curl: (22) The requested URL returned error: 503",
 "$ test -n \"$VAULT_TOKEN\" || { echo \"ERROR: VAULT_TOKEN is empty\"; exit 1; }",
 "ERROR: VAULT_TOKEN is empty",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("sentry_token_not_set_on_fork_real", "not_transient", J([
 "##[group]Run ./scripts/upload-sourcemaps.sh",
 "SENTRY_AUTH_TOKEN is not set",
 "##[error]Process completed with exit code 1.",
 ""]), None),
("display_not_set_notice_then_net_fail", "transient", J([
 "$ ./scripts/prepare.sh",
 "DISPLAY is not set",
 "starting Xvfb on :99",
 "$ npm ci",
 "npm ERR! code ECONNRESET",
 "npm ERR! network aborted",
 "npm ERR! network This is a problem related to network connectivity.",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("keyvault_secret_not_found_real", "real", J([
 "##[section]Starting: AzureKeyVault",
 "##[error]A secret with (name/id) ledger-db-pass was not found in this key vault. If you are using an Azure Pipelines variable group, check the secret name.",
 "##[section]Finishing: AzureKeyVault",
 ""]), None),
("codebuild_parameter_does_not_exist_real", "real", J([
 "[Container] 2026/12/05 10:02:11.201 Phase context status code: Decrypted Variables Error Message: parameter does not exist: /ledger/prod/DB_PASS",
 "[Container] 2026/12/05 10:02:11.211 Phase complete: DOWNLOAD_SOURCE State: FAILED",
 ""]), None),
("ssm_test_prints_parameter_does_not_exist_then_net_fail", "transient", J([
 "$ go test ./config/...",
 "2026/12/05 10:02:11 config: optional override: parameter does not exist: /ledger/dev/FEATURE_FLAGS, using defaults",
 "ok  \tgit.quarry.example/ledger/config\t0.233s",
 "$ go mod download",
 "go: github.com/quarry-labs/wire@v1.4.0: Get \"https://proxy.golang.org/github.com/quarry-labs/wire/@v/v1.4.0.zip\": read tcp 10.1.0.4:51244->142.250.0.1:443: read: connection reset by peer",
 "ERROR: Job failed: exit code 1",
 ""]), None),
# ---- (8) auth
("got_403_api_rate_limit", "transient", J([
 "##[group]Run quarry-labs/setup-tool@v2",
 "Fetching the latest release of tallyctl",
 "API rate limit exceeded for 20.55.1.9. (But here's the good news: Authenticated requests get a higher rate limit.)",
 "##[error]Response code 403 (Forbidden)",
 ""]), None),
("got_401_vault_action_real", "real", J([
 "##[group]Run hashicorp/vault-action@v3",
 "##[error]Response code 401 (Unauthorized)",
 ""]), None),
("npm_eneedauth_publish_real", "real", J([
 "$ npm publish --access public",
 "npm ERR! code ENEEDAUTH",
 "npm ERR! need auth This command requires you to be logged in to https://registry.npmjs.org/",
 "npm ERR! need auth You need to authorize this machine using `npm adduser`",
 "ERROR: Job failed: exit code 1",
 ""]), None),
# ---- (9) certificates
("mtls_client_cert_expired_alert_real", "real", J([
 "$ curl -sSf --cert ci.pem --key ci.key https://deploy.quarry.example/api/release",
 "curl: (56) OpenSSL SSL_read: error:0A000415:SSL routines::sslv3 alert certificate expired, errno 0",
 "ERROR: Job failed: exit code 56",
 ""]), None),
("jdk_certificate_expired_real", "real", J([
 "> Could not resolve all files for configuration ':app:compileClasspath'.",
 "   > Could not resolve com.quarry:ledger-core:4.1.0.",
 "      > Could not GET 'https://maven.quarry.example/releases/com/quarry/ledger-core/4.1.0/ledger-core-4.1.0.pom'.",
 "         > PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed",
 "Caused by: java.security.cert.CertificateExpiredException: NotAfter: Fri Dec 04 23:59:59 UTC 2026",
 "FAILURE: Build failed with an exception.",
 ""]), None),
("passing_test_logs_certificate_expired_then_502", "not_real", J([
 "CertValidatorTest > rejectsExpired() STANDARD_OUT",
 "    WARN c.q.tls.CertValidator - refusing peer: java.security.cert.CertificateExpiredException: NotAfter: Mon Jan 01 00:00:00 UTC 2024",
 "CertValidatorTest > rejectsExpired() PASSED",
 "> Task :app:publish",
 "Could not PUT 'https://maven.quarry.example/releases/com/quarry/app/2.0.1/app-2.0.1.jar'. Received status code 502 from server: Bad Gateway",
 "FAILURE: Build failed with an exception.",
 ""]), None),
("unknown_ca_alert_proxy_real", "not_transient", J([
 "$ pip install -r requirements.txt",
 "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'SSLError(SSLError(1, '[SSL: TLSV1_ALERT_UNKNOWN_CA] tlsv1 alert unknown ca (_ssl.c:1006)'))': /simple/requests/",
 "ERROR: Could not find a version that satisfies the requirement requests==2.32.3 (from versions: none)",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("cert_not_yet_valid_runner_clock", "not_real", J([
 "$ date -u",
 "Thu Dec  3 09:58:40 UTC 2026",
 "$ ./mvnw -B verify",
 "[ERROR] Failed to execute goal on project ledger: Could not transfer artifact com.quarry:wire:pom:1.2.0 from/to quarry (https://maven.quarry.example/releases): PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed",
 "Caused by: java.security.cert.CertificateNotYetValidException: NotBefore: Sat Dec 05 10:00:00 UTC 2026",
 "ERROR: Job failed: exit code 1",
 ""]), None),
# ---- (10) git RPC failed
("git_rpc_failed_http_408", "not_real", J([
 "$ git fetch --depth 50 origin main",
 "error: RPC failed; HTTP 408 curl 22 The requested URL returned error: 408",
 "fatal: the remote end hung up unexpectedly",
 "ERROR: Job failed: exit code 128",
 ""]), None),
("git_rpc_failed_http_429", "not_real", J([
 "$ git clone https://git.quarry.example/quarry/ledger.git",
 "Cloning into 'ledger'...",
 "error: RPC failed; HTTP 429 curl 22 The requested URL returned error: 429",
 "fatal: expected flush after ref listing",
 "ERROR: Job failed: exit code 128",
 ""]), None),
("git_rpc_failed_http_403_real", "real", J([
 "$ git push origin HEAD:release/4.1",
 "error: RPC failed; HTTP 403 curl 22 The requested URL returned error: 403",
 "send-pack: unexpected disconnect while reading sideband packet",
 "fatal: the remote end hung up unexpectedly",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("git_rpc_failed_http_413_real", "not_transient", J([
 "$ git push origin main",
 "error: RPC failed; HTTP 413 curl 22 The requested URL returned error: 413",
 "send-pack: unexpected disconnect while reading sideband packet",
 "fatal: the remote end hung up unexpectedly",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("git_rpc_failed_curl_92_transient", "transient", J([
 "$ git clone https://git.quarry.example/quarry/ledger.git",
 "error: RPC failed; curl 92 HTTP/2 stream 5 was not closed cleanly: CANCEL (err 8)",
 "error: 4312 bytes of body are still expected",
 "fetch-pack: unexpected disconnect while reading sideband packet",
 "fatal: early EOF",
 "ERROR: Job failed: exit code 128",
 ""]), None),
# ---- (11) the transient twins
("ecr_server_exception_transient", "transient", J([
 "$ aws ecr get-login-password --region eu-west-1 | docker login --username AWS --password-stdin 111122223333.dkr.ecr.eu-west-1.amazonaws.com",
 "An error occurred (ServerException) when calling the GetAuthorizationToken operation: Service error",
 "Error: Cannot perform an interactive login from a non TTY device",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("aadsts90033_transient", "transient", J([
 "##[group]Run azure/login@v2",
 "##[error]AADSTS90033: A transient error has occurred. Please try again. Trace ID: 0c1d Correlation ID: 77ab Timestamp: 2026-12-05 10:02:11Z",
 "##[error]Login failed with Error: The process '/usr/bin/az' failed with exit code 1. Double check if the 'auth-type' is correct.",
 ""]), None),
("vault_429_transient", "transient", J([
 "$ vault kv get -field=token secret/ci/npm",
 "Error reading secret/data/ci/npm: Error making API request.",
 "",
 "URL: GET https://vault.quarry.example/v1/secret/data/ci/npm",
 "Code: 429. Errors:",
 "",
 "* rate limit quota exceeded",
 "ERROR: Job failed: exit code 2",
 ""]), None),
# ---- (12) more: the fixes' edges and other wordings
("teamcity_wrapper_minus_one_then_own_exit_1", "not_transient", J(
 _tc(["Starting: /opt/buildagent/temp/agentTmp/custom_script12.sh",
      "[e2e] child ./bin/api-server died: Error: Cannot find module './routes/v2'",
      "Process exited with code -1"])
 + ["[10:44:00]E:\t [Step 1/1] Process exited with code 1", ""]), None),
("zerolog_dbg_agent_lost_contact_in_test", "not_transient", J([
 "=== RUN   TestHeartbeatBackoff",
 "2026-12-05T10:02:11Z DBG heartbeat: agent build-3 lost contact with the server",
 "    heartbeat_test.go:40: backoff = 8s, want 4s",
 "--- FAIL: TestHeartbeatBackoff (0.02s)",
 "FAIL\tgit.quarry.example/ci/agentd/heartbeat\t0.114s",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("gitlab_yes_piped_reset_then_quiet_time_limit", "not_real", J([
 "$ yes y | ./scripts/reset-sandbox.sh",
 "Reset the sandbox tenant? [y/N]: ",
 "ERROR: Job failed: execution took longer than 1h0m0s seconds",
 ""]), None),
("kaniko_maintenance_try_later", "transient", J([
 "INFO[0210] Pushing image to registry.quarry.example/web/app:1.9.0",
 "error pushing image: failed to push to destination registry.quarry.example/web/app:1.9.0: denied: registry in maintenance mode, try again later",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("docker_login_503_then_pull_unauthorized", "not_real", J([
 "$ docker login -u ci -p $REG_PASS registry.quarry.example",
 "Error response from daemon: Get \"https://registry.quarry.example/v2/\": received unexpected HTTP status: 503 Service Unavailable",
 "$ docker pull registry.quarry.example/base/python:3.12",
 "Error response from daemon: Head \"https://registry.quarry.example/v2/base/python/manifests/3.12\": unauthorized: authentication required",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("events_dump_node_shutdown_after_compile_error", "not_transient", J([
 "$ make build",
 "cmd/ctl/main.go:41:2: undefined: flags.Parse",
 "make: *** [Makefile:12: build] Error 1",
 "$ kubectl get events -n ci-42 --sort-by=.lastTimestamp",
 "5m   Normal   Killing   pod/node-exporter-x2   Pod was terminated in response to imminent node shutdown.",
 "ERROR: Job failed: exit code 2",
 ""]), None),
("jenkins_agent_deleted_after_test_failure", "not_transient", J([
 "[Pipeline] sh",
 "+ npm test",
 "  1) cart",
 "       applies the discount once:",
 "     AssertionError: expected 81 to equal 90",
 "  140 passing (3s)",
 "  1 failing",
 "script returned exit code 1",
 "[Pipeline] }",
 "Agent ci-linux-4 was deleted; cancelling node body",
 "[Pipeline] End of Pipeline",
 "Finished: FAILURE",
 ""]), None),
("gitlab_system_failure_node_shutdown", "transient", J([
 "Running with gitlab-runner 17.4.0 (b92ee590)",
 "$ ./gradlew test",
 "> Task :core:test",
 "ERROR: Job failed (system failure): pod \"ci/runner-x7-project-9-concurrent-0\" status is \"Failed\": Pod was terminated in response to imminent node shutdown.",
 ""]), None),
("passing_mtls_test_captures_unknown_ca_then_reset", "not_real", J([
 "tests/test_mtls.py::test_rejects_unknown_client_ca PASSED                 [ 50%]",
 "------------------------------ Captured log call -------------------------------",
 "WARNING  gateway.tls:tls.py:88 handshake refused: [SSL: TLSV1_ALERT_UNKNOWN_CA] tlsv1 alert unknown ca (_ssl.c:1006)",
 "tests/test_mtls.py::test_accepts_known_client_ca PASSED                   [100%]",
 "============================== 2 passed in 0.72s ===============================",
 "$ curl -sSf -o /tmp/cov.sh https://cov.quarry.example/upload.sh",
 "curl: (56) Recv failure: Connection reset by peer",
 "ERROR: Job failed: exit code 56",
 ""]), None),
("test_prints_vault_429_then_assertion", "not_transient", J([
 "=== RUN   TestRetryOnQuota",
 "Code: 429. Errors:",
 "* rate limit quota exceeded",
 "    retry_test.go:58: attempts = 1, want 3",
 "--- FAIL: TestRetryOnQuota (0.01s)",
 "FAIL\tgit.quarry.example/ci/secrets/vault\t0.088s",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("unit_test_mock_prints_aadsts90033_then_fail", "not_transient", J([
 "  ● TokenCache › does not retry a transient error twice",
 "    console.warn",
 "      AADSTS90033: A transient error has occurred. Please try again.",
 "    expect(received).toHaveBeenCalledTimes(expected)",
 "    Expected number of calls: 2",
 "    Received number of calls: 3",
 "Tests:       1 failed, 57 passed, 58 total",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("pytest_failed_ecr_server_exception_moto", "not_transient", J([
 "=========================== short test summary info ============================",
 "FAILED tests/test_ecr.py::test_login_gives_up_after_two - botocore.exceptions.ClientError: An error occurred (ServerException) when calling the GetAuthorizationToken operation: stubbed",
 "========================= 1 failed, 30 passed in 2.04s =========================",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("gh_macos_xcode_test_failed_then_minus_one", "not_transient", J([
 "##[group]Run xcodebuild test -scheme Ledger -destination 'platform=iOS Simulator,name=iPhone 15'",
 "Test Case '-[LedgerTests.TotalsTests testDiscount]' failed (0.012 seconds).",
 "/Users/runner/work/ledger/ledger/LedgerTests/TotalsTests.swift:31: error: -[LedgerTests.TotalsTests testDiscount] : XCTAssertEqual failed: (\"81\") is not equal to (\"90\")",
 "** TEST FAILED **",
 "##[error]Process completed with exit code -1.",
 ""]), None),
("vault_kv_get_after_outage_no_value_real", "real", J([
 "$ vault kv get -mount=secret -field=api_key ci/payments",
 "No value found at secret/data/ci/payments",
 "ERROR: Job failed: exit code 2",
 ""]), None),
("required_var_missing_in_dotenv_check_real", "not_transient", J([
 "##[group]Run ./scripts/check-env.sh",
 "ERROR: DATABASE_URL is not set.",
 "##[error]Process completed with exit code 1.",
 ""]), None),
("harbor_quota_exceeded_retry_later", "not_transient", J([
 "$ docker push harbor.quarry.example/ml/trainer:2026.12.05",
 "The push refers to repository [harbor.quarry.example/ml/trainer]",
 "3c1d2e4f5a6b: Pushing  1.9GB/2.4GB",
 "denied: project ml quota exceeded: storage 49.8 GiB of 50.0 GiB used; delete unused artifacts and retry later",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("teamcity_agent_stopped_responding_after_test_failure", "not_transient", J(
 _tc(["> Task :core:test", "RatesTest > convertsEur() FAILED",
      "    org.opentest4j.AssertionFailedError: expected: <0.92> but was: <0.91>",
      "120 tests completed, 1 failed", "> Task :core:test FAILED"])
 + ["[10:43:02]E:\t [Step 1/1] Process exited with code 1",
    "[10:43:40]E:\t The build was interrupted: build agent 'linux-17' stopped responding", ""]), None),
("proxy_cert_flip_same_host_worked_before", "not_real", J([
 "$ curl -sSfLO https://files.quarry.example/toolchains/zig-0.13.0.tar.xz",
 "$ curl -sSfLO https://files.quarry.example/toolchains/wasi-sdk-24.tar.gz",
 "curl: (60) SSL certificate problem: self-signed certificate in certificate chain",
 "More details here: https://curl.se/docs/sslcerts.html",
 "ERROR: Job failed: exit code 60",
 ""]), None),
("gocd_agent_lost_contact_after_compile_error", "not_transient", J([
 "[go] Task: make build",
 "src/ledger.c:88:5: error: implicit declaration of function 'ledger_flush' [-Wimplicit-function-declaration]",
 "make: *** [Makefile:21: build/ledger.o] Error 1",
 "[go] Task status: failed, took: 12.3s",
 "[go] Agent ci-agent-04 lost contact with the Go server while uploading artifacts",
 ""]), None),
("jest_console_throttling_in_failed_test", "not_transient", J([
 "  ● uploader › gives up after the third throttle",
 "    console.warn",
 "      ThrottlingException: Rate exceeded",
 "    expect(received).toBe(expected) // Object.is equality",
 "    Expected: 3",
 "    Received: 4",
 "Tests:       1 failed, 22 passed, 23 total",
 "ERROR: Job failed: exit code 1",
 ""]), None),
("oom_killed_build_then_after_script_kill9", "transient", J([
 "$ ./gradlew test --no-daemon",
 "> Task :core:test",
 "/builds/quarry/ledger.tmp/CI_SCRIPT: line 150:  2211 Killed                  ./gradlew test --no-daemon",
 "Running after_script",
 "$ kill -9 $(cat /tmp/stub-server.pid) || true",
 "ERROR: Job failed: exit code 137",
 ""]), None),
("jenkins_kill9_own_server_before_hang_timeout_s_kill", "not_transient", J([
 "+ ./bin/relay --port 7070 &",
 "+ timeout -s KILL 300 go test ./internal/relay/...",
 "=== RUN   TestRelayDrain",
 "script returned exit code 137",
 "Finished: FAILURE",
 ""]), None),
("jenkins_agent_deleted_after_kill_143", "transient", J([
 "[Pipeline] sh",
 "+ ./gradlew integrationTest",
 "> Task :api:integrationTest",
 "Cannot contact ci-linux-9: java.io.EOFException",
 "script returned exit code 143",
 "Agent ci-linux-9 was deleted; cancelling node body",
 "[Pipeline] End of Pipeline",
 "Finished: FAILURE",
 ""]), None),
("env_not_set_failed_exit_then_always_step", "not_transient", J([
 "##[group]Run ./scripts/upload-sourcemaps.sh",
 "SENTRY_AUTH_TOKEN is not set",
 "##[error]Process completed with exit code 1.",
 "##[group]Run actions/upload-artifact@v4",
 "With the provided path, there will be 3 files uploaded",
 ""]), None),
("azure_agent_shutdown_zerolog_trc_in_tests_then_fail", "not_transient", J([
 "##[section]Starting: go test",
 "TRC agentctl: The agent has received a shutdown signal.",
 "--- FAIL: TestAgentDrain (0.20s)",
 "    drain_test.go:30: drained 2 jobs, want 3",
 "FAIL\tgit.quarry.example/ci/agentctl\t0.301s",
 "##[error]Bash exited with code '1'.",
 ""]), None),
]


LEFT: dict[str, str] = {
    "azure_role_assignment_then_mismatch": ("LEFT: with access-denied standing aside under the role assignment the job "
                                            "just made, structure-unexplained-error still reads the 'ERROR: This request "
                                            "is not authorized ...' line real (0.71)"),
    "cert_not_yet_valid_runner_clock": ("LEFT: CertificateNotYetValidException under a runner clock two days behind (its "
                                        "own 'date -u' above) reads real (tls-certificate; perm30's decided "
                                        "jdk-not-yet-valid); the runner's clock is not read"),
    "proxy_cert_flip_same_host_worked_before": ("LEFT: a self-signed certificate in the chain from a host the job fetched "
                                                "from a line above reads real (tls-certificate, before this round too): an "
                                                "intercepting proxy's minute is not told from its lasting setup"),
}

_ALLOWED = {"transient": {"transient"}, "real": {"real"}, "not_transient": {"real", "unknown"},
            "not_real": {"transient", "unknown"}}


def test_case_ids_are_unique():
    assert_unique_ids(CASES)


@pytest.mark.parametrize(("expected", "log", "failed"), [
    pytest.param(expected, log, failed, id=cid,
                 marks=[pytest.mark.xfail(strict=True, reason=LEFT[cid])] if cid in LEFT else [])
    for cid, expected, log, failed in CASES])
def test_review30_b(expected, log, failed):
    v = judge(log, failed_tests=failed) if failed else judge(log)
    assert v.verdict in _ALLOWED[expected], (v.verdict, v.confidence, v.rationale)
