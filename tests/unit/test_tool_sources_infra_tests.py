"""Sixteenth round, tool sources: infrastructure and server test tools as CI jobs fail on them.

Covered: Terratest (its retry helpers' "returned an error ... will try again" and "unsuccessful after N
retries", the HTTP helper's "Validation failed for URL", the SSH helper's checks, terraform runs that end in
a FatalError, the Kubernetes waits), ``terraform test`` (.tftest.hcl files: "Test assertion failed", "Missing
expected failure", run blocks that fail and resources left in state), Goss and dgoss (the rspecish and
documentation summaries "Count: N, Failed: M", goss_wait.yaml, a container that failed to start), pytest-
testinfra (its ssh backend's RuntimeError on exit status 255, paramiko's connection errors, the docker backend,
"Unexpected exit code"), Chef InSpec over Train (the CLI reporter's "Profile Summary" / "Test Summary",
Train's "SSH session could not be established" after its retries), Serverspec (RSpec over specinfra),
container-structure-test (its RESULTS block, per-test "Error:" lines, the Docker driver's "Error creating
container") and kyverno/chainsaw (its step log lines, "=== ERROR" sections and "Tests Summary"). Test
Kitchen, InSpec's plain control failures and kuttl are in test_tool_sources_config_mgmt_vms.py and
test_tool_sources_k8s_e2e.py and are not repeated; ``terraform init``'s own registry failures are in
test_tool_sources_signing_auth_iac.py.

Each case is a short log written for this test around one message as the tool prints it. The wording was
read from the tools' source (gruntwork-io/terratest, hashicorp/terraform internal/moduletest and
internal/command/views/test.go, goss-org/goss, pytest-dev/pytest-testinfra, inspec/inspec and inspec/train,
GoogleContainerTools/container-structure-test, kyverno/chainsaw); Serverspec prints through RSpec and
specinfra's net-ssh errors, and those cases rest on RSpec's usual output and net-ssh's exception names (the
comment says "documented"). The cloud API errors inside Terraform runs are worded as the AWS SDK prints
them. Hosts, resources, images and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a machine the job just created that did not answer ssh yet (a dial timeout, a handshake cut short by
    EOF, Train's retries running out on a timeout), a cloud API that throttled or answered 5xx inside the
    Terraform run a test drives, a Docker daemon the test tool could not reach, a registry pull that timed
    out -> transient;
  * a check that fails on the built machine or image (a goss resource, a testinfra or serverspec
    assertion, an InSpec control, a container-structure-test command or file test, a chainsaw assertion, a
    terraform test assertion or a missing expected failure, a Terratest assert on an output), refused
    credentials (ssh "unable to authenticate", "Permission denied (publickey)", net-ssh's
    AuthenticationFailed, a registry's 401), an image or AMI that does not exist, a test file the tool
    cannot parse -> real;
  * near-misses: a retry Terratest handled above a failing assertion, tests ABOUT these errors, an
    application's own log lines quoted by the tool -> real;
  * wordings printed both for an outage and for a broken build (an HTTP check that never got its answer
    within Terratest's retries, a Kubernetes wait that ran out, goss_wait.yaml that never passed, a
    connection refused by the service inside the container under test, a container the test tool could
    not find, a resource chainsaw never saw, a terraform test cleanup that could not destroy) -> not
    surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_GOFAIL = ("--- FAIL: {t} (412.20s)\n"
           "FAIL\n"
           "FAIL\tgithub.com/acme/infra-modules/test\t412.604s\n")

_TT = "TestWebCluster 2026-03-02T10:14:03Z "

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Terratest
    # gruntwork-io/terratest modules/core/retry/retry.go ("%s returned an error: %s. Sleeping for %s and will
    # try again.", MaxRetriesExceeded "'%s' unsuccessful after %d retries"), modules/ssh/ssh.go ("Checking SSH
    # connection to " + host): the instance the test just launched did not answer on port 22 in time
    ("terratest-ssh-dial-timeout-retries-ran-out", "transient",
     "=== RUN   TestWebCluster\n"
     + _TT + "retry.go:91: Checking SSH connection to 203.0.113.9\n"
     + _TT + "retry.go:121: Checking SSH connection to 203.0.113.9 returned an error: dial tcp 203.0.113.9:22: "
     "i/o timeout. Sleeping for 10s and will try again.\n"
     + _TT + "retry.go:91: Checking SSH connection to 203.0.113.9\n"
     + _TT + "retry.go:121: Checking SSH connection to 203.0.113.9 returned an error: dial tcp 203.0.113.9:22: "
     "i/o timeout. Sleeping for 10s and will try again.\n"
     "    ssh.go:262: 'Checking SSH connection to 203.0.113.9' unsuccessful after 30 retries\n"
     + _GOFAIL.format(t="TestWebCluster") + _GHA),
    # terratest retry.go / ssh.go with golang.org/x/crypto/ssh's "ssh: handshake failed: EOF" (sshd still
    # starting on the fresh instance)
    ("terratest-ssh-handshake-eof", "transient",
     "=== RUN   TestBastionHost\n"
     "TestBastionHost 2026-03-02T10:20:11Z retry.go:121: Checking SSH connection to 198.51.100.14 returned an "
     "error: ssh: handshake failed: EOF. Sleeping for 5s and will try again.\n"
     "TestBastionHost 2026-03-02T10:25:11Z retry.go:121: Checking SSH connection to 198.51.100.14 returned an "
     "error: ssh: handshake failed: EOF. Sleeping for 5s and will try again.\n"
     "    ssh.go:262: 'Checking SSH connection to 198.51.100.14' unsuccessful after 60 retries\n"
     + _GOFAIL.format(t="TestBastionHost") + _CIRCLE),
    # near-miss: the same check refused by the key (golang.org/x/crypto/ssh client_auth.go "ssh: unable to
    # authenticate, attempted methods %v, no supported methods remain")
    ("terratest-ssh-unable-to-authenticate", "real",
     "=== RUN   TestBastionHost\n"
     "TestBastionHost 2026-03-02T10:20:11Z retry.go:121: Checking SSH connection to 198.51.100.14 returned an "
     "error: ssh: handshake failed: ssh: unable to authenticate, attempted methods [none publickey], no "
     "supported methods remain. Sleeping for 5s and will try again.\n"
     "    ssh.go:262: 'Checking SSH connection to 198.51.100.14' unsuccessful after 30 retries\n"
     + _GOFAIL.format(t="TestBastionHost") + _CIRCLE),
    # terratest modules/terraform/cmd.go (description "terraform [apply ...]"), retry.go ("Returning due to fatal
    # error: %v", FatalError "FatalError{Underlying: %v}"), shell/command.go ("error while running command: %v;
    # %s") around the AWS provider's error for a throttled RunInstances
    ("terratest-apply-fatal-error-request-limit-exceeded", "transient",
     "=== RUN   TestAsgScaling\n"
     "TestAsgScaling 2026-03-02T11:02:40Z retry.go:91: terraform [apply -input=false -auto-approve -lock=false]\n"
     "TestAsgScaling 2026-03-02T11:04:12Z logger.go:66: aws_launch_template.web: Creation complete after 2s\n"
     "TestAsgScaling 2026-03-02T11:04:58Z logger.go:66: │ Error: creating EC2 Instance: operation error EC2: "
     "RunInstances, https response error StatusCode: 503, RequestID: 5b1e0c7a-91f2, api error "
     "RequestLimitExceeded: Request limit exceeded.\n"
     "TestAsgScaling 2026-03-02T11:04:58Z retry.go:99: Returning due to fatal error: FatalError{Underlying: "
     "error while running command: exit status 1; ╷}\n"
     "    apply.go:15:\n"
     "        \tError Trace:\t/home/runner/go/pkg/mod/github.com/gruntwork-io/terratest/modules/terraform/apply.go:15\n"
     "        \tError:      \tReceived unexpected error:\n"
     "        \t            \tFatalError{Underlying: error while running command: exit status 1; ╷}\n"
     + _GOFAIL.format(t="TestAsgScaling") + _GHA),
    # near-miss: the same apply refused because the AMI does not exist (persistent)
    ("terratest-apply-fatal-error-ami-not-found", "real",
     "=== RUN   TestAsgScaling\n"
     "TestAsgScaling 2026-03-02T11:02:40Z retry.go:91: terraform [apply -input=false -auto-approve -lock=false]\n"
     "TestAsgScaling 2026-03-02T11:03:01Z logger.go:66: │ Error: creating EC2 Instance: operation error EC2: "
     "RunInstances, https response error StatusCode: 400, RequestID: 0c3d11aa-77e0, api error "
     "InvalidAMIID.NotFound: The image id '[ami-0f00dfeedcafe0001]' does not exist\n"
     "TestAsgScaling 2026-03-02T11:03:01Z retry.go:99: Returning due to fatal error: FatalError{Underlying: "
     "error while running command: exit status 1; ╷}\n"
     "        \tError:      \tReceived unexpected error:\n"
     "        \t            \tFatalError{Underlying: error while running command: exit status 1; ╷}\n"
     + _GOFAIL.format(t="TestAsgScaling") + _GHA),
    # terratest modules/terraform/options.go (DefaultRetryableTerraformErrors: "could not query provider
    # registry for", "Failed to retrieve plugin due to transient network error.") with retry.go's "'%s' failed
    # with the error '%s' but this error was expected and warrants a retry" and MaxRetriesExceeded
    ("terratest-init-registry-503-retries-ran-out", "transient",
     "=== RUN   TestVpcModule\n"
     "TestVpcModule 2026-03-02T09:00:14Z logger.go:66: │ Error: Failed to query available provider packages\n"
     "TestVpcModule 2026-03-02T09:00:14Z logger.go:66: │ Could not retrieve the list of available versions for "
     "provider hashicorp/aws: could not query provider registry for registry.terraform.io/hashicorp/aws: the "
     "request failed after 2 attempts, please try again later: 503 Service Unavailable returned from "
     "registry.terraform.io\n"
     "TestVpcModule 2026-03-02T09:00:14Z retry.go:173: 'terraform [init -upgrade=false]' failed with the error "
     "'exit status 1' but this error was expected and warrants a retry. Further details: Failed to retrieve "
     "plugin due to transient network error.\n"
     "    init.go:21: 'terraform [init -upgrade=false]' unsuccessful after 3 retries\n"
     + _GOFAIL.format(t="TestVpcModule") + _GL),
    # near-miss: a retry Terratest handled (init passed on its second try), then the test failed on an output
    # (stretchr/testify assert.Equal "Not equal:")
    ("terratest-handled-init-retry-then-output-mismatch", "real",
     "=== RUN   TestVpcModule\n"
     "TestVpcModule 2026-03-02T09:00:14Z retry.go:173: 'terraform [init -upgrade=false]' failed with the error "
     "'exit status 1' but this error was expected and warrants a retry. Further details: Failed to retrieve "
     "plugin due to transient network error.\n"
     "TestVpcModule 2026-03-02T09:00:29Z logger.go:66: Terraform has been successfully initialized!\n"
     "TestVpcModule 2026-03-02T09:02:51Z logger.go:66: Apply complete! Resources: 14 added, 0 changed, 0 destroyed.\n"
     "    vpc_test.go:41:\n"
     "        \tError Trace:\t/home/runner/work/infra/test/vpc_test.go:41\n"
     "        \tError:      \tNot equal:\n"
     "        \t            \texpected: 3\n"
     "        \t            \tactual  : 2\n"
     "        \tTest:       \tTestVpcModule\n"
     "        \tMessages:   \tprivate subnet count\n"
     + _GOFAIL.format(t="TestVpcModule") + _GL),
    # terratest modules/httphelper/errors.go ("Validation failed for URL %s. Response status: %d. Response
    # body:\n%s"): the app answered, with the wrong body, every time
    ("terratest-http-validation-wrong-body", "real",
     "=== RUN   TestHelloWorldApp\n"
     "TestHelloWorldApp 2026-03-02T12:10:00Z retry.go:121: HTTP GET to URL http://hello-ci-7f3a.example.net:8080 "
     "returned an error: Validation failed for URL http://hello-ci-7f3a.example.net:8080. Response status: 200. "
     "Response body:\n"
     "Hello, Wrold!. Sleeping for 5s and will try again.\n"
     "    http_helper.go:60: 'HTTP GET to URL http://hello-ci-7f3a.example.net:8080' unsuccessful after 30 retries\n"
     + _GOFAIL.format(t="TestHelloWorldApp") + _GHA),
    # terratest assert on a terraform output (testify "Should be true"/"Not equal") naming the tool in its path
    ("terratest-output-assertion-fails", "real",
     "=== RUN   TestS3Bucket\n"
     "TestS3Bucket 2026-03-02T08:41:02Z logger.go:66: Outputs:\n"
     "TestS3Bucket 2026-03-02T08:41:02Z logger.go:66: bucket_versioning = \"Suspended\"\n"
     "    s3_test.go:57:\n"
     "        \tError Trace:\t/home/runner/work/modules/test/s3_test.go:57\n"
     "        \tError:      \tNot equal:\n"
     "        \t            \texpected: \"Enabled\"\n"
     "        \t            \tactual  : \"Suspended\"\n"
     "        \tTest:       \tTestS3Bucket\n"
     + _GOFAIL.format(t="TestS3Bucket") + _CIRCLE),
    # near-miss: a unit test ABOUT throttling (its title and message name RequestLimitExceeded) failing on
    # its assertion
    ("terratest-test-about-throttling-fails-on-assertion", "real",
     "=== RUN   TestRetriesOnRequestLimitExceeded\n"
     "    retry_test.go:33:\n"
     "        \tError Trace:\t/home/runner/work/infra/internal/awsretry/retry_test.go:33\n"
     "        \tError:      \tNot equal:\n"
     "        \t            \texpected: 3\n"
     "        \t            \tactual  : 1\n"
     "        \tTest:       \tTestRetriesOnRequestLimitExceeded\n"
     "        \tMessages:   \tshould retry RequestLimitExceeded: Request limit exceeded.\n"
     "--- FAIL: TestRetriesOnRequestLimitExceeded (0.01s)\n"
     "FAIL\n"
     "FAIL\tgithub.com/acme/infra/internal/awsretry\t0.214s\n" + _GHA),
    # ================================================================== terraform test
    # hashicorp/terraform internal/moduletest/graph/eval_context.go ("Test assertion failed"),
    # internal/command/views/test.go ("  run %q... %s", "%s... %s", "Failure! %d passed, %d failed")
    ("tftest-assertion-failed", "real",
     "$ terraform test\n"
     "tests/bucket.tftest.hcl... in progress\n"
     "  run \"creates_bucket\"... pass\n"
     "  run \"enables_versioning\"... fail\n"
     "╷\n"
     "│ Error: Test assertion failed\n"
     "│\n"
     "│   on tests/bucket.tftest.hcl line 14, in run \"enables_versioning\":\n"
     "│   14:     condition     = aws_s3_bucket_versioning.this.versioning_configuration[0].status == \"Enabled\"\n"
     "│\n"
     "│ versioning must be enabled\n"
     "╵\n"
     "tests/bucket.tftest.hcl... tearing down\n"
     "tests/bucket.tftest.hcl... fail\n\n"
     "Failure! 1 passed, 1 failed.\n" + _GHA),
    # terraform internal/moduletest/run.go ("Missing expected failure", "The checkable object, %s, was expected
    # to report an error but did not.")
    ("tftest-missing-expected-failure", "real",
     "$ terraform test -filter=tests/validation.tftest.hcl\n"
     "tests/validation.tftest.hcl... in progress\n"
     "  run \"rejects_short_name\"... fail\n"
     "╷\n"
     "│ Error: Missing expected failure\n"
     "│\n"
     "│   on tests/validation.tftest.hcl line 9, in run \"rejects_short_name\":\n"
     "│    9:     var.name,\n"
     "│\n"
     "│ The checkable object, var.name, was expected to report an error but did not.\n"
     "╵\n"
     "tests/validation.tftest.hcl... fail\n\n"
     "Failure! 0 passed, 1 failed.\n" + _GL),
    # terraform internal/moduletest/graph/eval_context.go ("Reference to unknown run block"): the test file
    # itself is wrong
    ("tftest-reference-to-unknown-run-block", "real",
     "$ terraform test\n"
     "tests/network.tftest.hcl... in progress\n"
     "  run \"subnets\"... fail\n"
     "╷\n"
     "│ Error: Reference to unknown run block\n"
     "│\n"
     "│   on tests/network.tftest.hcl line 22, in run \"subnets\":\n"
     "│   22:     condition = length(run.vpc_setup.subnet_ids) == 3\n"
     "│\n"
     "│ The run block \"vpc_setup\" does not exist within this test file.\n"
     "╵\n"
     "Failure! 0 passed, 1 failed.\n" + _GHA),
    # terraform test: an HCL argument the run block does not take (hcl "Unsupported argument")
    ("tftest-unsupported-argument-in-test-file", "real",
     "$ terraform test\n"
     "╷\n"
     "│ Error: Unsupported argument\n"
     "│\n"
     "│   on tests/dns.tftest.hcl line 4, in run \"record\":\n"
     "│    4:   expect_failure = [var.zone]\n"
     "│\n"
     "│ An argument named \"expect_failure\" is not expected here. Did you mean \"expect_failures\"?\n"
     "╵\n" + _CIRCLE),
    # terraform test: a run whose apply met a cloud 503 (the AWS provider's wording), and the resources left in
    # state because of it (internal/command/views/test.go "Terraform left the following resources in state
    # after executing %s, and they need to be cleaned up manually:")
    ("tftest-run-apply-503-service-unavailable", "transient",
     "$ terraform test\n"
     "tests/queue.tftest.hcl... in progress\n"
     "  run \"create_queue\"... fail\n"
     "╷\n"
     "│ Error: creating SQS Queue (orders-ci-4411): operation error SQS: CreateQueue, https response error "
     "StatusCode: 503, RequestID: 9d0e5b6f-2a11, api error ServiceUnavailable: Service is unavailable. Try again later.\n"
     "│\n"
     "│   with aws_sqs_queue.orders,\n"
     "│   on main.tf line 1, in resource \"aws_sqs_queue\" \"orders\":\n"
     "╵\n"
     "tests/queue.tftest.hcl... tearing down\n"
     "tests/queue.tftest.hcl... fail\n\n"
     "Failure! 0 passed, 1 failed.\n" + _GHA),
    # near-miss: the same run refused by credentials (AWS "InvalidClientTokenId"; persistent)
    ("tftest-run-invalid-client-token", "real",
     "$ terraform test\n"
     "tests/queue.tftest.hcl... in progress\n"
     "  run \"create_queue\"... fail\n"
     "╷\n"
     "│ Error: Retrieving AWS account details: validating provider credentials: retrieving caller identity from "
     "STS: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: "
     "1f2e3d4c-5b6a, api error InvalidClientTokenId: The security token included in the request is invalid.\n"
     "╵\n"
     "tests/queue.tftest.hcl... fail\n\n"
     "Failure! 0 passed, 1 failed.\n" + _GHA),
    # terraform internal/moduletest/graph/variables.go ("No value for required variable")
    ("tftest-no-value-for-required-variable", "real",
     "$ terraform test\n"
     "tests/main.tftest.hcl... in progress\n"
     "  run \"plan_defaults\"... fail\n"
     "╷\n"
     "│ Error: No value for required variable\n"
     "│\n"
     "│   on variables.tf line 1:\n"
     "│    1: variable \"environment\" {\n"
     "│\n"
     "│ The module under test for run block \"plan_defaults\" has a required variable \"environment\" with no set value.\n"
     "╵\n"
     "Failure! 0 passed, 1 failed.\n" + _GL),
    # ================================================================== Goss / dgoss
    # goss-org/goss outputs/rspecish.go and outputs.go ("Failures/Skipped:", humanizeResult "%s: %s: %s:" then
    # "Expected" / matcher message, summary "Total Duration: %.3fs", "Count: %d, Failed: %d, Skipped: %d")
    ("goss-port-not-listening", "real",
     "+ goss --gossfile goss.yaml validate\n"
     "..........F..\n\n"
     "Failures/Skipped:\n\n"
     "Port: tcp:8080: listening:\n"
     "Expected\n"
     "    false\n"
     "to equal\n"
     "    true\n\n"
     "Total Duration: 0.031s\n"
     "Count: 13, Failed: 1, Skipped: 0\n" + _GHA),
    # goss outputs.go: a package resource whose version does not match
    ("goss-package-version-mismatch", "real",
     "+ goss validate --format rspecish\n"
     ".....F\n\n"
     "Failures/Skipped:\n\n"
     "Package: openssl: version:\n"
     "Expected\n"
     "    [\"3.0.2-0ubuntu1.15\"]\n"
     "to contain element matching\n"
     "    \"3.0.13\"\n\n"
     "Total Duration: 0.412s\n"
     "Count: 6, Failed: 1, Skipped: 0\n" + _CIRCLE),
    # goss extras/dgoss/dgoss ("INFO: Container health", "ERROR: the container failed to start" after the
    # container's own logs): the image's entrypoint refused its config
    ("dgoss-container-failed-to-start-config-error", "real",
     "+ dgoss run -p 8080:80 registry.example.com/web:ci-4411\n"
     "INFO: Starting docker container\n"
     "INFO: Container ID: 4f1c2a9e\n"
     "INFO: Sleeping for 0.2\n"
     "INFO: Container health\n"
     "nginx: [emerg] unknown directive \"proxy_passs\" in /etc/nginx/conf.d/app.conf:12\n"
     "ERROR: the container failed to start\n"
     "INFO: Deleting container\n" + _GHA),
    # goss outputs.go: a command resource's exit status after validate's own retries (validate.go "Retrying in
    # %s (elapsed/timeout time: %.3fs/%s)"): the check kept failing on the image for the whole wait
    ("goss-retry-timeout-then-file-content-fails", "real",
     "+ goss validate --retry-timeout 30s --sleep 5s\n"
     "Retrying in 5s (elapsed/timeout time: 25.004s/30s)\n\n\n"
     "Failures/Skipped:\n\n"
     "File: /etc/app/config.yml: contains:\n"
     "Expected\n"
     "    <string>: \"log_level: debug\"\n"
     "to have patterns\n"
     "    [\"log_level: info\"]\n"
     "the missing elements were\n"
     "    [\"log_level: info\"]\n\n"
     "Total Duration: 30.018s\n"
     "Count: 9, Failed: 1, Skipped: 0\n" + _GL),
    # goss: a file that is not in the image
    ("goss-file-does-not-exist", "real",
     "+ dgoss run registry.example.com/worker:ci\n"
     "INFO: Running Tests\n"
     "File: /usr/local/bin/worker: exists: Expected\n"
     "    false\n"
     "to equal\n"
     "    true\n\n"
     "Total Duration: 0.009s\n"
     "Count: 4, Failed: 1, Skipped: 0\n"
     "INFO: Deleting container\n" + _GHA),
    # dgoss with the Docker daemon gone (docker CLI's "Cannot connect to the Docker daemon at %s. Is the docker
    # daemon running?"), on a GitHub runner (twenty-second round, dockerd22: on a CircleCI job that shows no remote
    # engine the same line is a Docker executor without setup_remote_docker, circleci-docker-executor-no-daemon, real)
    ("dgoss-docker-daemon-unreachable", "transient",
     "+ dgoss run registry.example.com/web:ci-4411\n"
     "INFO: Starting docker container\n"
     "docker: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?.\n"
     "See 'docker run --help'.\n" + _GHA),
    # near-miss: the container's own log line mentions a refused connection, but goss fails on a file mode
    ("goss-app-log-mentions-refused-file-mode-fails", "real",
     "+ dgoss run registry.example.com/api:ci\n"
     "INFO: Container health\n"
     "api  | WARN cache: redis connection refused, running without cache\n"
     "INFO: Running Tests\n"
     "File: /srv/api/run.sh: mode:\n"
     "Expected\n"
     "    \"0644\"\n"
     "to equal\n"
     "    \"0755\"\n\n"
     "Count: 7, Failed: 1, Skipped: 0\n" + _GHA),
    # ================================================================== pytest-testinfra
    # pytest-dev/pytest-testinfra testinfra/backend/ssh.py (rc 255 -> "raise RuntimeError(out)", the
    # CommandResult dataclass repr) around OpenSSH's "ssh: connect to host %s port %s: %s"
    ("testinfra-ssh-255-connection-timed-out", "transient",
     "============================= test session starts ==============================\n"
     "tests/test_web.py::test_nginx_running[ssh://web-ci-3] FAILED\n"
     "E   RuntimeError: CommandResult(backend=<testinfra.backend.ssh.SshBackend object at 0x7f3a2c1d0e50>, "
     "exit_status=255, command=b'systemctl is-active nginx', _stdout=b'', _stderr=b'ssh: connect to host "
     "203.0.113.21 port 22: Connection timed out\\r\\n')\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_web.py::test_nginx_running[ssh://web-ci-3] - RuntimeError: CommandResult(backend=<te...\n"
     "========================= 1 failed, 6 passed in 41.20s =========================\n" + _GHA),
    # near-miss: the same backend refused by the key (OpenSSH "Permission denied (publickey)")
    ("testinfra-ssh-255-permission-denied", "real",
     "tests/test_web.py::test_nginx_running[ssh://web-ci-3] FAILED\n"
     "E   RuntimeError: CommandResult(backend=<testinfra.backend.ssh.SshBackend object at 0x7f3a2c1d0e50>, "
     "exit_status=255, command=b'systemctl is-active nginx', _stdout=b'', _stderr=b'ci@203.0.113.21: "
     "Permission denied (publickey).\\r\\n')\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_web.py::test_nginx_running[ssh://web-ci-3] - RuntimeError: CommandResult(backend=<te...\n"
     "========================= 7 failed in 3.02s =========================\n" + _GHA),
    # testinfra/backend/paramiko.py over paramiko's NoValidConnectionsError ("Unable to connect to port %d on %s")
    ("testinfra-paramiko-unable-to-connect", "transient",
     "tests/test_base.py::test_sshd_config[paramiko://ci@10.20.0.14] ERROR\n"
     "E   paramiko.ssh_exception.NoValidConnectionsError: [Errno None] Unable to connect to port 22 on 10.20.0.14\n"
     "=========================== short test summary info ============================\n"
     "ERROR tests/test_base.py::test_sshd_config[paramiko://ci@10.20.0.14] - paramiko.ssh_exception.NoValidConne...\n"
     "========================= 4 errors in 31.55s =========================\n" + _GL),
    # testinfra/backend/paramiko.py: paramiko's "Error reading SSH protocol banner" (sshd still coming up)
    ("testinfra-paramiko-protocol-banner", "transient",
     "tests/test_base.py::test_users[paramiko://ci@10.20.0.15] ERROR\n"
     "E   paramiko.ssh_exception.SSHException: Error reading SSH protocol banner\n"
     "=========================== short test summary info ============================\n"
     "ERROR tests/test_base.py::test_users[paramiko://ci@10.20.0.15] - paramiko.ssh_exception.SSHException: Error...\n"
     "========================= 1 error in 15.40s =========================\n" + _GHA),
    # near-miss: paramiko's AuthenticationException ("Authentication failed.")
    ("testinfra-paramiko-authentication-failed", "real",
     "tests/test_base.py::test_users[paramiko://ci@10.20.0.15] ERROR\n"
     "E   paramiko.ssh_exception.AuthenticationException: Authentication failed.\n"
     "=========================== short test summary info ============================\n"
     "ERROR tests/test_base.py::test_users[paramiko://ci@10.20.0.15] - paramiko.ssh_exception.AuthenticationE...\n"
     "========================= 1 error in 2.40s =========================\n" + _GHA),
    # testinfra modules (Package.is_installed, Service.is_running) under pytest's assertion rewriting
    ("testinfra-package-not-installed", "real",
     "tests/test_image.py::test_curl_installed[docker://img-ci] FAILED\n"
     "    def test_curl_installed(host):\n"
     ">       assert host.package(\"curl\").is_installed\n"
     "E       AssertionError: assert False\n"
     "E        +  where False = <package curl>.is_installed\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_image.py::test_curl_installed[docker://img-ci] - AssertionError: assert False\n"
     "========================= 1 failed, 11 passed in 4.10s =========================\n" + _CIRCLE),
    ("testinfra-service-not-running", "real",
     "tests/test_web.py::test_app_service[ssh://web-ci-3] FAILED\n"
     ">       assert svc.is_running\n"
     "E       assert False\n"
     "E        +  where False = <service webapp>.is_running\n"
     "FAILED tests/test_web.py::test_app_service[ssh://web-ci-3] - assert False\n"
     "========================= 1 failed, 9 passed in 12.80s =========================\n" + _GHA),
    # testinfra/host.py ("Unexpected exit code %s for %s") on a command that ran and failed on the machine
    ("testinfra-check-output-unexpected-exit-code", "real",
     "tests/test_app.py::test_migrations_applied[ssh://db-ci-1] FAILED\n"
     "E   AssertionError: Unexpected exit code 2 for CommandResult(backend=<testinfra.backend.ssh.SshBackend "
     "object at 0x7f1b2c3d4e50>, exit_status=2, command=b'/opt/app/bin/manage check --deploy', _stdout=b'', "
     "_stderr=b'SystemCheckError: SECRET_KEY must not be empty\\n')\n"
     "FAILED tests/test_app.py::test_migrations_applied[ssh://db-ci-1] - AssertionError: Unexpected exit code 2 for...\n"
     "========================= 1 failed, 3 passed in 6.33s =========================\n" + _GHA),
    # near-miss: a test ABOUT reconnecting (its name says connection reset) failing on its assertion
    ("testinfra-test-about-connection-reset-fails", "real",
     "tests/test_backend.py::test_reconnects_after_connection_reset FAILED\n"
     "    def test_reconnects_after_connection_reset(fake_transport):\n"
     ">       assert fake_transport.connect_calls == 2\n"
     "E       assert 1 == 2\n"
     "E        +  where 1 = <FakeTransport>.connect_calls\n"
     "FAILED tests/test_backend.py::test_reconnects_after_connection_reset - assert 1 == 2\n"
     "========================= 1 failed, 40 passed in 1.90s =========================\n" + _GHA),
    # ================================================================== Chef InSpec / Train
    # inspec/train lib/train/transports/ssh_connection.rb ("[SSH] connection failed, terminating (%s)", then
    # SSHFailed "SSH session could not be established"), inspec/inspec lib/inspec/backend.rb ("Transport error,
    # can't connect to '%s' backend: %s"): the target did not answer on port 22 in time
    ("inspec-ssh-session-not-established-timeout", "transient",
     "+ inspec exec profiles/baseline -t ssh://ec2-user@203.0.113.40 -i ci_key --reporter cli\n"
     "[2026-03-02T10:31:12+00:00] WARN: [SSH] connection failed, terminating (#<Errno::ETIMEDOUT: Connection "
     "timed out - connect(2) for 203.0.113.40:22>)\n"
     "Transport error, can't connect to 'ssh' backend: SSH session could not be established\n" + _GHA),
    # near-miss: the same wording after net-ssh's AuthenticationFailed (Train retries it too, then gives up)
    ("inspec-ssh-session-not-established-auth-failed", "real",
     "+ inspec exec profiles/baseline -t ssh://ec2-user@203.0.113.40 -i ci_key --reporter cli\n"
     "[2026-03-02T10:31:12+00:00] WARN: [SSH] connection failed, terminating (#<Net::SSH::AuthenticationFailed: "
     "Authentication failed for user ec2-user@203.0.113.40>)\n"
     "Transport error, can't connect to 'ssh' backend: SSH session could not be established\n" + _GHA),
    # inspec lib/inspec/reporters/cli.rb ("Profile Summary: %s, %s, %s", "%d control failures", "Test Summary:
    # %s, %s, %s") on a docker target
    ("inspec-docker-target-controls-fail", "real",
     "+ inspec exec test/image -t docker://4f1c2a9e7b11\n\n"
     "Profile:   Image baseline (image-baseline)\n"
     "Target:    docker://4f1c2a9e7b11\n\n"
     "  ×  img-02: No setuid binaries (1 failed)\n"
     "     ×  Command: `find / -perm -4000 -type f` stdout is expected to be empty\n"
     "     expected `\"/usr/bin/newgrp\\n\".empty?` to be truthy, got false\n"
     "  ✔  img-01: Runs as non-root\n\n"
     "Profile Summary: 1 successful control, 1 control failure, 0 controls skipped\n"
     "Test Summary: 6 successful, 1 failure, 0 skipped\n" + _CIRCLE),
    # inspec/train lib/train/transports/docker.rb ("Can't find Docker container %s")
    ("inspec-docker-container-not-found", "real",
     "+ inspec exec test/image -t docker://web-under-test\n"
     "Transport error, can't connect to 'docker' backend: Can't find Docker container web-under-test\n" + _GHA),
    # ================================================================== Serverspec (RSpec over specinfra)
    # mizzy/serverspec resource types (Port "%s" be_listening) with RSpec's failure report (documented)
    ("serverspec-port-not-listening", "real",
     "+ bundle exec rake spec:web01\n"
     "Port \"443\"\n"
     "  is expected to be listening (FAILED - 1)\n\n"
     "Failures:\n\n"
     "  1) Port \"443\" is expected to be listening\n"
     "     On host `web01.ci.example.net'\n"
     "     Failure/Error: it { should be_listening }\n"
     "       expected Port \"443\" to be listening\n"
     "       /bin/sh -c ss\\ -tunl\\ \\|\\ grep\\ -E\\ --\\ :443\\\\\\ \n\n"
     "2 examples, 1 failure\n" + _GHA),
    # serverspec via specinfra's ssh backend with net-ssh's ConnectionTimeout on every example (documented)
    ("serverspec-net-ssh-connection-timeout", "transient",
     "+ bundle exec rake spec:app02\n"
     "Package \"nginx\"\n"
     "  is expected to be installed (FAILED - 1)\n\n"
     "Failures:\n\n"
     "  1) Package \"nginx\" is expected to be installed\n"
     "     On host `app02.ci.example.net'\n"
     "     Failure/Error: it { should be_installed }\n"
     "     Net::SSH::ConnectionTimeout:\n"
     "       Net::SSH::ConnectionTimeout\n\n"
     "1 example, 1 failure\n" + _GL),
    # near-miss: net-ssh's AuthenticationFailed (documented)
    ("serverspec-net-ssh-authentication-failed", "real",
     "+ bundle exec rake spec:app02\n"
     "  1) Package \"nginx\" is expected to be installed\n"
     "     On host `app02.ci.example.net'\n"
     "     Failure/Error: it { should be_installed }\n"
     "     Net::SSH::AuthenticationFailed:\n"
     "       Authentication failed for user deploy@app02.ci.example.net\n\n"
     "1 example, 1 failure\n" + _GL),
    # ================================================================== container-structure-test
    # GoogleContainerTools/container-structure-test pkg/output/output.go ("=== RUN: %s", "--- FAIL", "Error: %s",
    # RESULTS block "Passes:", "Failures:", "Total tests:", "FAIL") and pkg/types/v2/command.go ("Expected string
    # '%s' not found in output '%s'")
    ("cst-command-expected-output-not-found", "real",
     "+ container-structure-test test --image registry.example.com/py:ci --config cst.yaml\n"
     "=== RUN: Command Test: python version\n"
     "--- FAIL\n"
     "duration: 812.4ms\n"
     "stdout: Python 3.11.9\n"
     "Error: Expected string 'Python 3.12' not found in output 'Python 3.11.9'\n"
     "=====================================\n"
     "============== RESULTS ==============\n"
     "=====================================\n"
     "Passes:      4\n"
     "Failures:    1\n"
     "Total tests: 5\n\n"
     "FAIL\n" + _GHA),
    # pkg/types/v2/file_existence.go ("File %s should exist but does not, got error: %s")
    ("cst-file-should-exist", "real",
     "=== RUN: File Existence Test: entrypoint\n"
     "--- FAIL\n"
     "duration: 0s\n"
     "Error: File /usr/local/bin/entrypoint.sh should exist but does not, got error: file does not exist\n"
     "Passes:      2\n"
     "Failures:    1\n"
     "Total tests: 3\n\n"
     "FAIL\n" + _CIRCLE),
    # pkg/types/v2/command.go ("Test '%s' exited with incorrect error code. Expected: %d, Actual: %d")
    ("cst-command-incorrect-exit-code", "real",
     "=== RUN: Command Test: app --help\n"
     "--- FAIL\n"
     "stderr: /usr/local/bin/app: error while loading shared libraries: libssl.so.1.1: cannot open shared object file\n"
     "Error: Test 'app --help' exited with incorrect error code. Expected: 0, Actual: 127\n"
     "Passes:      3\n"
     "Failures:    1\n\n"
     "FAIL\n" + _GHA),
    # pkg/drivers/docker_driver.go (errors.Wrap(err, "Error creating container")) over fsouza/go-dockerclient's
    # ErrConnectionRefused ("cannot connect to Docker endpoint")
    ("cst-error-creating-container-docker-endpoint", "transient",
     "=== RUN: Command Test: nginx -t\n"
     "--- FAIL\n"
     "duration: 3ms\n"
     "Error: Error creating container: cannot connect to Docker endpoint\n"
     "=== RUN: Command Test: curl present\n"
     "--- FAIL\n"
     "Error: Error creating container: cannot connect to Docker endpoint\n"
     "Passes:      0\n"
     "Failures:    2\n\n"
     "FAIL\n" + _GHA),
    # near-miss: go-dockerclient's ErrNoSuchImage ("no such image"): the image was never built or tagged
    ("cst-error-creating-container-no-such-image", "real",
     "=== RUN: Command Test: nginx -t\n"
     "--- FAIL\n"
     "duration: 2ms\n"
     "Error: Error creating container: no such image\n"
     "Passes:      0\n"
     "Failures:    3\n\n"
     "FAIL\n" + _GHA),
    # cmd/container-structure-test/app/cmd/test.go ("error pulling remote image %s: %s") with a registry whose
    # TLS handshake timed out
    ("cst-pull-tls-handshake-timeout", "transient",
     "+ container-structure-test test --pull --image registry.example.com/py:ci --config cst.yaml\n"
     "time=\"2026-03-02T10:40:11Z\" level=fatal msg=\"error pulling remote image registry.example.com/py:ci: "
     "Get \\\"https://registry.example.com/v2/\\\": net/http: TLS handshake timeout\"\n" + _GHA),
    # near-miss: the same pull refused by the registry (401)
    ("cst-pull-unauthorized", "real",
     "+ container-structure-test test --pull --image registry.example.com/py:ci --config cst.yaml\n"
     "time=\"2026-03-02T10:40:11Z\" level=fatal msg=\"error pulling remote image registry.example.com/py:ci: "
     "unauthorized: authentication required\"\n" + _GHA),
    # cmd/container-structure-test/app/cmd/test/util.go ("Unsupported schema version: ") and test.go ("error
    # parsing config file: %s")
    ("cst-unsupported-schema-version", "real",
     "+ container-structure-test test --image app:ci --config tests/cst.yaml\n"
     "time=\"2026-03-02T10:41:00Z\" level=fatal msg=\"error parsing config file: Unsupported schema version: 3.0.0\"\n"
     + _CIRCLE),
    # pkg/output/output.go ("No tests run! Check config file format.")
    ("cst-no-tests-run", "real",
     "+ container-structure-test test --image app:ci --config tests/cst.yaml\n"
     "No tests run! Check config file format.\n" + _GHA),
    # ================================================================== chainsaw
    # kyverno/chainsaw pkg/runner/sink.go ("| %s | %s | %s | %-9s | %-5s |" with "%s/%s @ %s"), pkg/logging
    # section.go ("=== ERROR"), pkg/commands/test/command.go ("Tests Summary...", "- Failed  tests %d", "Done
    # with failures."): an assert whose field never matched
    ("chainsaw-assert-field-mismatch", "real",
     "+ chainsaw test --test-dir tests/e2e\n"
     "    | 10:14:03 | scale-up | step-1   | APPLY     | DONE  | apps/v1/Deployment @ chainsaw-fond-cat/web\n"
     "    | 10:14:33 | scale-up | step-1   | ASSERT    | ERROR | apps/v1/Deployment @ chainsaw-fond-cat/web\n"
     "        === ERROR\n"
     "        -------------------------------------------------\n"
     "        apps/v1/Deployment/chainsaw-fond-cat/web\n"
     "        -------------------------------------------------\n"
     "        * status.readyReplicas: Invalid value: 2: Expected value: 3\n"
     "Tests Summary...\n"
     "- Passed  tests 4\n"
     "- Failed  tests 1\n"
     "- Skipped tests 0\n"
     "Done with failures.\n"
     "Error: some tests failed\n" + _GHA),
    # chainsaw: a script step that failed on the code under test
    ("chainsaw-script-step-failed", "real",
     "    | 11:02:10 | backup | restore | SCRIPT    | RUN   |\n"
     "        === COMMAND\n"
     "        /bin/sh -c ./hack/verify-restore.sh\n"
     "    | 11:02:12 | backup | restore | SCRIPT    | ERROR |\n"
     "        === ERROR\n"
     "        exit status 1\n"
     "        === STDERR\n"
     "        verify-restore: row count 0, want 42\n"
     "- Failed  tests 1\n"
     "Done with failures.\n"
     "Error: some tests failed\n" + _GL),
    # chainsaw apply step whose admission webhook was not reachable yet (apiserver's "failed calling webhook
    # %q: failed to call webhook: ... connection refused"): the webhook's service still starting
    ("chainsaw-apply-webhook-connection-refused", "transient",
     "    | 09:30:05 | policy-audit | step-1   | APPLY     | RUN   | kyverno.io/v1/ClusterPolicy @ require-labels\n"
     "    | 09:30:06 | policy-audit | step-1   | APPLY     | ERROR | kyverno.io/v1/ClusterPolicy @ require-labels\n"
     "        === ERROR\n"
     "        Internal error occurred: failed calling webhook \"validate-policy.kyverno.svc\": failed to call "
     "webhook: Post \"https://kyverno-svc.kyverno.svc:443/policyvalidate?timeout=10s\": dial tcp 10.96.41.7:443: "
     "connect: connection refused\n"
     "Tests Summary...\n"
     "- Failed  tests 1\n"
     "Done with failures.\n"
     "Error: some tests failed\n" + _GHA),
    # near-miss: the webhook answered and denied the object (persistent)
    ("chainsaw-apply-webhook-denied", "real",
     "    | 09:30:06 | policy-audit | step-2   | APPLY     | ERROR | v1/Pod @ chainsaw-quick-owl/nginx\n"
     "        === ERROR\n"
     "        admission webhook \"validate.kyverno.svc-fail\" denied the request: resource Pod/chainsaw-quick-owl/nginx "
     "was blocked due to the following policies require-labels: check-team: 'validation error: label team is "
     "required. rule check-team failed at path /metadata/labels/team/'\n"
     "- Failed  tests 1\n"
     "Done with failures.\n"
     "Error: some tests failed\n" + _GHA),
    # chainsaw against the kind cluster the job had just created, whose API server refused (not up yet, as any
    # refused connection reads without a crash above it)
    ("chainsaw-kind-apiserver-refused", "transient",
     "+ chainsaw test --test-dir tests/e2e\n"
     "Loading default configuration...\n"
     "Error: Get \"https://127.0.0.1:38411/api?timeout=32s\": dial tcp 127.0.0.1:38411: connect: connection refused\n"
     + _GHA),
    # ================================================================== more: outages and near-misses
    # terratest ssh.go / retry.go with x/crypto/ssh's handshake cut by a reset (the instance's sshd restarting
    # under cloud-init)
    ("terratest-ssh-handshake-connection-reset", "transient",
     "=== RUN   TestPackerAmi\n"
     "TestPackerAmi 2026-03-02T14:01:07Z retry.go:121: Checking SSH connection to 198.51.100.77 returned an error: "
     "ssh: handshake failed: read tcp 10.1.0.4:51522->198.51.100.77:22: read: connection reset by peer. Sleeping "
     "for 10s and will try again.\n"
     "    ssh.go:262: 'Checking SSH connection to 198.51.100.77' unsuccessful after 20 retries\n"
     + _GOFAIL.format(t="TestPackerAmi") + _GHA),
    # terratest modules/terraform/options.go (retryable ".*transport is closing.*": "Failed to reach Kubernetes
    # API.") until MaxRetriesExceeded
    ("terratest-apply-transport-is-closing-retries-ran-out", "transient",
     "=== RUN   TestEksAddons\n"
     "TestEksAddons 2026-03-02T15:12:44Z logger.go:66: │ Error: rpc error: code = Unavailable desc = transport is closing\n"
     "TestEksAddons 2026-03-02T15:12:44Z retry.go:173: 'terraform [apply -input=false -auto-approve]' failed with "
     "the error 'exit status 1' but this error was expected and warrants a retry. Further details: Failed to "
     "reach Kubernetes API.\n"
     "    apply.go:15: 'terraform [apply -input=false -auto-approve]' unsuccessful after 3 retries\n"
     + _GOFAIL.format(t="TestEksAddons") + _GHA),
    # inspec/train ssh_connection.rb RESCUE_EXCEPTIONS_ON_ESTABLISH (Errno::ECONNREFUSED) until "SSH session
    # could not be established": the VM the job had just booted was not listening on 22 yet
    ("inspec-ssh-session-not-established-refused", "transient",
     "+ inspec exec profiles/cis -t ssh://vagrant@192.0.2.60 --key-files .vagrant/ci_key\n"
     "[2026-03-02T10:45:02+00:00] WARN: [SSH] connection failed, terminating (#<Errno::ECONNREFUSED: Connection "
     "refused - connect(2) for 192.0.2.60:22>)\n"
     "Transport error, can't connect to 'ssh' backend: SSH session could not be established\n" + _GL),
    # net-ssh's Disconnect ("connection closed by remote host") under Serverspec's report (documented)
    ("serverspec-net-ssh-disconnect", "transient",
     "+ bundle exec rake spec:db01\n"
     "  1) Service \"postgresql\" is expected to be running\n"
     "     On host `db01.ci.example.net'\n"
     "     Failure/Error: it { should be_running }\n"
     "     Net::SSH::Disconnect:\n"
     "       connection closed by remote host\n\n"
     "3 examples, 1 failure\n" + _CIRCLE),
    # terraform test: a run throttled by Azure Resource Manager (the azurerm provider's "unexpected status 429
    # (429 Too Many Requests)")
    ("tftest-run-azure-429-too-many-requests", "transient",
     "$ terraform test\n"
     "tests/rg.tftest.hcl... in progress\n"
     "  run \"resource_group\"... fail\n"
     "╷\n"
     "│ Error: creating Resource Group \"rg-ci-5121\": unexpected status 429 (429 Too Many Requests) with error: "
     "TooManyRequests: The request is being throttled as the limit has been reached for operation type - Write.\n"
     "╵\n"
     "tests/rg.tftest.hcl... fail\n\n"
     "Failure! 0 passed, 1 failed.\n" + _GHA),
    # near-miss for the loopback unless on Go fetch errors: the module proxy itself timed out (still an outage)
    ("go-proxy-fetch-timeout-before-terratest", "transient",
     "+ go test -v -timeout 60m ./test/...\n"
     "go: downloading github.com/gruntwork-io/terratest v0.46.8\n"
     "go: github.com/gruntwork-io/terratest@v0.46.8: Get \"https://proxy.golang.org/github.com/gruntwork-io/"
     "terratest/@v/v0.46.8.zip\": dial tcp 142.250.72.17:443: i/o timeout\n" + _GHA),
    # near-miss: a pytest test ABOUT paramiko's banner error (pytest.raises(match=...)) that failed: the code
    ("test-about-ssh-banner-error-did-not-raise", "real",
     "tests/test_client.py::test_bad_banner_raises FAILED\n"
     "    def test_bad_banner_raises(slow_server):\n"
     ">       with pytest.raises(SSHException, match=\"Error reading SSH protocol banner\"):\n"
     "E       Failed: DID NOT RAISE <class 'paramiko.ssh_exception.SSHException'>\n"
     "FAILED tests/test_client.py::test_bad_banner_raises - Failed: DID NOT RAISE <class 'paramiko.ssh_exception.SSHE...\n"
     "========================= 1 failed, 58 passed in 4.02s =========================\n" + _GHA),
    # near-miss: an RSpec example ABOUT net-ssh's timeout failing on its expectation
    ("rspec-example-about-net-ssh-timeout-fails", "real",
     "  1) Deployer::Remote retries on Net::SSH::ConnectionTimeout\n"
     "     Failure/Error: expect(session).to have_received(:start).exactly(3).times\n"
     "       (Double \"session\").start(*(any args))\n"
     "           expected: 3 times with any arguments\n"
     "           received: 1 time with any arguments\n"
     "     # ./spec/deployer/remote_spec.rb:41:in `block (2 levels) in <top (required)>'\n\n"
     "42 examples, 1 failure\n" + _GHA),
    # near-miss: a Go SSH server's own test logs the handshake error its test client caused, then fails on its
    # assertion (testify "Not equal:")
    ("go-ssh-server-test-logs-handshake-eof-then-assertion", "real",
     "=== RUN   TestServerRejectsOldKex\n"
     "    server_test.go:88: server: ssh: handshake failed: EOF\n"
     "    server_test.go:93:\n"
     "        \tError Trace:\t/home/runner/work/gate/server_test.go:93\n"
     "        \tError:      \tNot equal:\n"
     "        \t            \texpected: \"no common algorithm\"\n"
     "        \t            \tactual  : \"EOF\"\n"
     "--- FAIL: TestServerRejectsOldKex (0.04s)\n"
     "FAIL\n"
     "FAIL\tgithub.com/acme/gate/server\t0.311s\n" + _GHA),
    # near-miss: an application's own log line about an ssh peer (a bastion service it runs), then a goss file
    # check that failed on the image
    ("app-log-ssh-handshake-eof-then-goss-file-check", "real",
     "+ dgoss run registry.example.com/bastion:ci\n"
     "bastion  | 2026/03/02 10:00:01 [WARN] ssh: handshake failed: EOF (peer 172.17.0.1)\n"
     "INFO: Running Tests\n"
     "File: /etc/ssh/sshd_config: contains:\n"
     "Expected\n"
     "    <string>: \"PermitRootLogin yes\"\n"
     "to have patterns\n"
     "    [\"PermitRootLogin no\"]\n\n"
     "Count: 8, Failed: 1, Skipped: 0\n" + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # terratest retry.go and net/http: the app behind the load balancer the test created never answered (its
    # instances may be booting, or the app may crash on start)
    ("terratest-http-connection-refused-retries-ran-out",
     "=== RUN   TestWebCluster\n"
     + _TT + "retry.go:121: HTTP GET to URL http://web-ci-3f2a.example.net returned an error: Get "
     "\"http://web-ci-3f2a.example.net\": dial tcp 203.0.113.7:80: connect: connection refused. Sleeping for 10s "
     "and will try again.\n"
     "    http_helper.go:60: 'HTTP GET to URL http://web-ci-3f2a.example.net' unsuccessful after 30 retries\n"
     + _GOFAIL.format(t="TestWebCluster") + _GHA),
    # terratest httphelper/errors.go: a 502 from the load balancer on every try (no healthy target: slow or
    # broken app)
    ("terratest-http-validation-502-retries-ran-out",
     "=== RUN   TestWebCluster\n"
     + _TT + "retry.go:121: HTTP GET to URL http://web-ci-3f2a.example.net returned an error: Validation failed "
     "for URL http://web-ci-3f2a.example.net. Response status: 502. Response body:\n"
     "<html><head><title>502 Bad Gateway</title></head></html>. Sleeping for 10s and will try again.\n"
     "    http_helper.go:60: 'HTTP GET to URL http://web-ci-3f2a.example.net' unsuccessful after 30 retries\n"
     + _GOFAIL.format(t="TestWebCluster") + _GHA),
    # terratest modules/k8s/pod.go ("Wait for pod %s to be provisioned.", "Timedout waiting for Pod to be
    # provisioned: %s") and errors.go ("Pod %s is not available, reason: %s, message: %s")
    ("terratest-k8s-pod-not-available",
     "=== RUN   TestHelmChart\n"
     "TestHelmChart 2026-03-02T13:00:00Z retry.go:121: Wait for pod web-6d9f8c-x2l7q to be provisioned. returned "
     "an error: Pod web-6d9f8c-x2l7q is not available, reason: , message: . Sleeping for 2s and will try again.\n"
     "TestHelmChart 2026-03-02T13:02:00Z logger.go:66: Timedout waiting for Pod to be provisioned: 'Wait for pod "
     "web-6d9f8c-x2l7q to be provisioned.' unsuccessful after 60 retries\n"
     + _GOFAIL.format(t="TestHelmChart") + _GHA),
    # terraform test: the cleanup could not destroy (AWS DependencyViolation: eventual consistency, or a
    # module that leaves a dependency behind), internal/command/views/test.go's "left the following resources"
    ("tftest-cleanup-dependency-violation",
     "tests/vpc.tftest.hcl... tearing down\n"
     "╷\n"
     "│ Error: deleting EC2 Subnet (subnet-0a1b2c3d4e5f): operation error EC2: DeleteSubnet, https response error "
     "StatusCode: 400, RequestID: 77aa66bb-55cc, api error DependencyViolation: The subnet 'subnet-0a1b2c3d4e5f' "
     "has dependencies and cannot be deleted.\n"
     "╵\n"
     "Terraform left the following resources in state after executing tests/vpc.tftest.hcl/create_vpc, and "
     "they need to be cleaned up manually:\n"
     "  - aws_subnet.private[0]\n"
     "tests/vpc.tftest.hcl... fail\n\n"
     "Failure! 2 passed, 0 failed.\n" + _GHA),
    # dgoss ("ERROR: goss_wait.yaml never passed" after the container's logs)
    ("dgoss-goss-wait-never-passed",
     "+ dgoss run registry.example.com/api:ci\n"
     "INFO: Found goss_wait.yaml, waiting for it to pass before running tests\n"
     "api  | starting api on :8080\n"
     "ERROR: goss_wait.yaml never passed\n"
     "INFO: Deleting container\n" + _GHA),
    # goss HTTP resource inside the container (outputs.go "Error" block carrying net/http's error): the
    # service under test refused on loopback
    ("goss-http-loopback-connection-refused",
     "+ dgoss run registry.example.com/api:ci\n"
     "INFO: Running Tests\n"
     "HTTP: http://localhost:8080/healthz: status:\n"
     "Error\n"
     "    Get \"http://localhost:8080/healthz\": dial tcp 127.0.0.1:8080: connect: connection refused\n\n"
     "Total Duration: 0.004s\n"
     "Count: 5, Failed: 1, Skipped: 0\n" + _GHA),
    # testinfra/backend/docker.py (docker exec into the container under test) with the docker CLI's "Error
    # response from daemon: container %s is not running": the container exited (crashed or was stopped)
    ("testinfra-docker-container-not-running",
     "tests/test_image.py::test_user[docker://app-under-test] FAILED\n"
     "E   AssertionError: Unexpected exit code 1 for CommandResult(backend=<testinfra.backend.docker.DockerBackend "
     "object at 0x7f0a1b2c3d40>, exit_status=1, command=b'id -u app', _stdout=b'', _stderr=b'Error response from "
     "daemon: container 3b2f1e0d9c8a is not running\\n')\n"
     "FAILED tests/test_image.py::test_user[docker://app-under-test] - AssertionError: Unexpected exit code 1 for...\n"
     "========================= 5 failed in 2.20s =========================\n" + _GHA),
    # chainsaw pkg/engine/operations/assert/operation.go ("actual resource not found") after the assert timeout
    ("chainsaw-actual-resource-not-found",
     "    | 10:20:01 | operator-install | step-2   | ASSERT    | RUN   | v1/Secret @ chainsaw-bold-fox/db-creds\n"
     "    | 10:20:31 | operator-install | step-2   | ASSERT    | ERROR | v1/Secret @ chainsaw-bold-fox/db-creds\n"
     "        === ERROR\n"
     "        actual resource not found\n"
     "Tests Summary...\n"
     "- Failed  tests 1\n"
     "Done with failures.\n"
     "Error: some tests failed\n" + _GHA),
    # terratest options.go (".*Provider produced inconsistent result after apply.*": "Provider eventual consistency
    # error.") until MaxRetriesExceeded: eventual consistency for Terratest, a provider bug just as often
    ("terratest-inconsistent-result-after-apply-retries-ran-out",
     "=== RUN   TestIamRoles\n"
     "TestIamRoles 2026-03-02T16:03:10Z logger.go:66: │ Error: Provider produced inconsistent result after apply\n"
     "TestIamRoles 2026-03-02T16:03:10Z retry.go:173: 'terraform [apply -input=false -auto-approve]' failed with "
     "the error 'exit status 1' but this error was expected and warrants a retry. Further details: Provider "
     "eventual consistency error.\n"
     "    apply.go:15: 'terraform [apply -input=false -auto-approve]' unsuccessful after 3 retries\n"
     + _GOFAIL.format(t="TestIamRoles") + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_infra_test_tool_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_infra_test_tool_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "ssh: handshake failed: read tcp ",
    "'HTTP GET to URL ",
    "HTTP: http://localhost:8080",
    "Can't find Docker container ",
    "Error reading SSH protocol banner ",
]
