"""Review 20c: the twentieth round's circleci_orbs and service_clients sections tried on logs written to break them.

Covered: the new transient entries (circleci-orb-latest-unresolved, piped-installer-rate-limit-page,
service-client-rate-limit-until-reset, go-github-api-5xx), the new real entries that could hide an outage beside them
(circleci-orb-platform-unsupported, circleci-workspace-config, circleci-provisioning-refused-4xx,
busybox-wget-not-found) and the counterweight circleci-no-output-after-test-started, with agent-unresponsive's
in-place unless_log for CircleCI's provisioning 4xx. Each case is labelled by the mechanism a careful engineer would
name, not by what the engine says.

Where the wording comes from: CircleCI-Public/github-cli-orb src/scripts/install.sh ("Couldn't get latest version,
retrying...", "Error: Max retries exceeded.", "The request is getting:"; read); GitHub's rate-limit JSON body and its
raw host's "429: Too Many Requests" / "404: Not Found" bodies (recalled) as bash and dash report a first word they
cannot run ("bash: line 1: 429:: command not found", "sh: 1: 404:: not found"; recalled); google/go-github
github/github.go (checkRateLimitBeforeDo's "API rate limit of %v still exceeded until %v, not making remote request.",
ErrorResponse's "%v %v: %d %v %+v"; as signatures.toml quotes them, read there); railwayapp/cli src/errors.rs
("You are being ratelimited. Try again in {n} seconds"; as signatures.toml quotes it); testify's "Error Trace:" /
"Error:" block, Go's Example output ("got:" / "want:"), Python's doctest "Expected:" / "Got:", pytest's captured-output
sections, goreleaser's "⨯ release failed after" line (recalled); CircleCI's "Too long with no output (exceeded %s):
context deadline exceeded", setup_remote_docker's "Provisioning Service returned status code" and "We had an
unexpected error preparing a VM" and persist_to_workspace's "The specified paths did not match any files in"
(as test_tool_sources_circleci_orbs.py quotes them from CircleCI's articles and public threads); npm's, curl's and
apt's errors (recalled). Hosts, versions, tests and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * the new transient wordings inside a test's own output (a testify block, a doctest, a Go Example's got/want, a
    pytest captured section), beside a mocked server, or written by a job's own staging server -> real;
  * a rate-limit page run by a piped installer that the job went on past (its own test then failing) -> real; the
    host's 404 page run the same way (a wrong URL) -> real;
  * the transient wordings under a CI's line prefix (GitHub's clock, Jenkins' timestamper, BuildKit's step) and far
    above the end -> transient;
  * a new real entry's line beside the outage that failed the job (persist_to_workspace when: always after npm's
    network error, a fallback notice before a download that timed out) -> transient;
  * CircleCI's no-output timeout after a test started and printed nothing: the runner's other forms of that line
    (a parametrized id with a space, go test's "=== CONT", pytest's quiet progress) -> not surely transient; after a
    download that printed its progress and stalled -> transient.
"""

from __future__ import annotations

import pytest
from frames import gha_stamped as _gha_stamped
from judging import assert_unique_ids, labelled, not_surely_transient, reads

_CIRCLE = "\nExited with code exit status 1\n"
_GHA = "##[error]Process completed with exit code 1.\n"
_GL = "ERROR: Job failed: exit code 1\n"
_JENKINS = "ERROR: script returned exit code 1\nFinished: FAILURE\n"
_RUN = "#!/bin/bash -eo pipefail\n"
_NO_OUTPUT = "\nToo long with no output (exceeded 10m0s): context deadline exceeded\n"


def _jenkins_stamped(log: str) -> str:
    """The log as Jenkins' timestamper prints it: a bracketed ISO clock in front of every line."""
    return "".join(f"[2026-05-04T10:01:{i % 60:02d}.{100 + i:03d}Z] {ln}\n"
                   for i, ln in enumerate(log.rstrip("\n").split("\n")))


# 120 lines of apt's ordinary output: a long stretch between a sign and the end of a log
_APT_NOISE = "".join(f"Get:{i} http://archive.ubuntu.com/ubuntu noble/main amd64 libpkg{i} amd64 1.{i}-1 [{100 + i} kB]\n"
                     for i in range(1, 121))

CASES: list[tuple[str, str, str]] = [
    # ================================================================== piped installer's 429 page
    # the node orb's nvm installer as GitHub's raw clock prints it: the 429 page run by bash, nvm missing later
    ("pipe-429-gha-stamped", "transient", _gha_stamped(
     "+ curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash\n"
     "bash: line 1: 429:: command not found\n"
     "bash: line 2: For: command not found\n"
     "+ nvm install 20\n"
     "/home/runner/work/_temp/0b1c.sh: line 4: nvm: command not found\n") + _GHA),
    # the same under Jenkins' timestamper, with [Pipeline] lines around it
    ("pipe-429-jenkins-stamped", "transient",
     "[Pipeline] stage\n[Pipeline] { (Toolchain)\n[Pipeline] sh\n" + _jenkins_stamped(
      "+ curl -fsS https://get.example-tool.dev/install.sh -o- | bash\n"
      "+ curl -sSL https://raw.githubusercontent.com/example-org/tool/main/install.sh\n"
      "+ bash\n"
      "bash: line 1: 429:: command not found\n"
      "bash: line 2: For: command not found\n"
      "+ example-tool --version\n"
      "/var/lib/jenkins/workspace/web@tmp/durable-1c2d/script.sh.copy: 5: example-tool: not found\n")
     + "[Pipeline] }\n[Pipeline] // stage\n" + _JENKINS),
    # the same inside a Docker build (dash runs the page; BuildKit's step prefix in front)
    ("pipe-429-buildkit-dash", "transient",
     "#9 [builder 4/7] RUN curl -sSL https://raw.githubusercontent.com/example-org/tool/main/install.sh | sh\n"
     "#9 0.412 sh: 1: 429:: not found\n"
     "#9 0.413 sh: 2: For: not found\n"
     "#9 ERROR: process \"/bin/sh -c curl -sSL https://raw.githubusercontent.com/example-org/tool/main/install.sh | sh\" "
     "did not complete successfully: exit code: 127\n"
     "------\n"
     "ERROR: failed to solve: process \"/bin/sh -c curl -sSL https://raw.githubusercontent.com/example-org/tool/main/"
     "install.sh | sh\" did not complete successfully: exit code: 127\n" + _GHA),
    # the page far above the end: 120 lines of apt in between, then the missing nvm
    ("pipe-429-far-above-end", "transient",
     _RUN +
     "bash: line 1: 429:: command not found\n"
     "bash: line 2: For: command not found\n"
     "+ sudo apt-get install -y libpq-dev\n" + _APT_NOISE +
     "Fetched 48.2 MB in 3s (15.9 MB/s)\n"
     "+ nvm use 20\n"
     "/bin/bash: line 31: nvm: command not found\n" + _CIRCLE),
    # the raw host's 404 page run by bash: the installer's URL (a branch or a path renamed) does not exist, the same
    # on every run
    ("pipe-404-page-run-by-bash", "real",
     _RUN +
     "+ curl -sSL https://raw.githubusercontent.com/example-org/tool/master/scripts/install.sh | bash\n"
     "bash: line 1: 404:: command not found\n"
     "+ example-tool --version\n"
     "/bin/bash: line 6: example-tool: command not found\n" + _CIRCLE),
    # an optional telemetry installer (|| true) met the 429 page at the top; the job went on and its own test failed
    ("pipe-429-optional-then-test-fails", "real",
     "+ curl -sSL https://raw.githubusercontent.com/example-org/ci-metrics/main/install.sh | bash || true\n"
     "bash: line 1: 429:: command not found\n"
     "bash: line 2: For: command not found\n"
     "+ python -m pytest -q\n"
     "........F.......\n"
     "=================================== FAILURES ===================================\n"
     "____________________________ test_invoice_rounding _____________________________\n"
     "    def test_invoice_rounding():\n"
     ">       assert invoice_total([Decimal('0.105')]) == Decimal('0.11')\n"
     "E       AssertionError: assert Decimal('0.10') == Decimal('0.11')\n"
     "tests/test_invoice.py:14: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_invoice.py::test_invoice_rounding - AssertionError: assert Decimal('0.10') == Decimal('0.11')\n"
     "1 failed, 15 passed in 0.88s\n" + _GHA),
    # a pytest test ABOUT a bootstrap script's handling of a rate-limit page: the page's words are in its captured
    # stderr, the test fails on its exit status
    ("pytest-captured-429-page", "real",
     "+ python -m pytest -q tests/test_bootstrap.py\n"
     "F.\n"
     "=================================== FAILURES ===================================\n"
     "_________________________ test_stops_on_rate_limited_page _________________________\n"
     "    def test_stops_on_rate_limited_page(fake_host):\n"
     "        fake_host.serve('/install.sh', status=429, body='429: Too Many Requests')\n"
     "        proc = run_bootstrap(fake_host.url)\n"
     ">       assert proc.returncode == 3\n"
     "E       assert 127 == 3\n"
     "E        +  where 127 = CompletedProcess(args=['bash', 'bootstrap.sh'], returncode=127).returncode\n"
     "----------------------------- Captured stderr call -----------------------------\n"
     "bash: line 1: 429:: command not found\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_bootstrap.py::test_stops_on_rate_limited_page - assert 127 == 3\n"
     "1 failed, 1 passed in 0.31s\n" + _GL),

    # ================================================================== service-client-rate-limit-until-reset
    # a go test with testify: the client under test (go-github against the test's own httptest server) returned the
    # local refusal where the test expected it to wait for the reset; the words sit on testify's continuation line,
    # not on a "_test.go:N:" line
    ("testify-go-github-limit-own-server", "real",
     "+ go test ./internal/labels/...\n"
     "--- FAIL: TestSyncWaitsForReset (0.00s)\n"
     "    labels_test.go:77: \n"
     "        \tError Trace:\t/home/circleci/project/internal/labels/labels_test.go:77\n"
     "        \tError:      \tReceived unexpected error:\n"
     "        \t            \tGET http://127.0.0.1:38211/repos/o/r/labels?per_page=100: 403 API rate limit of 5000 "
     "still exceeded until 2026-05-01 12:41:07 +0000 UTC, not making remote request. [rate reset in 41m06s]\n"
     "        \tTest:       \tTestSyncWaitsForReset\n"
     "FAIL\n"
     "FAIL\texample.org/shop/internal/labels\t0.119s\n" + _CIRCLE),
    # Python's doctest of a Railway wrapper's message: the expected and the got text, both the CLI's words
    ("doctest-railway-message", "real",
     "+ python -m pytest --doctest-modules src/deploy/railway.py\n"
     "F\n"
     "=================================== FAILURES ===================================\n"
     "_________________ [doctest] deploy.railway.retry_message _________________\n"
     "012 Return the Railway CLI's message for a 429.\n"
     "013\n"
     "014 >>> retry_message(45)\n"
     "Expected:\n"
     "    You are being ratelimited. Try again in 45 seconds\n"
     "Got:\n"
     "    You are being ratelimited. Try again in 44 seconds\n"
     "\n"
     "/home/runner/work/deploy/deploy/src/deploy/railway.py:14: DocTestFailure\n"
     "=========================== short test summary info ============================\n"
     "FAILED src/deploy/railway.py::deploy.railway.retry_message\n"
     "1 failed in 0.12s\n" + _GHA),
    # a Go Example test's got/want of the same message (go test prints both unindented)
    ("go-example-railway-message", "real",
     "+ go test ./internal/railway/...\n"
     "--- FAIL: ExampleRatelimitMessage (0.00s)\n"
     "got:\n"
     "You are being ratelimited. Try again in about 2 minutes\n"
     "want:\n"
     "You are being ratelimited. Try again in 2 minutes\n"
     "FAIL\n"
     "FAIL\texample.org/deployer/internal/railway\t0.004s\n" + _GL),
    # the Railway CLI's own line under GitHub's raw clock -> transient
    ("railway-ratelimited-gha-stamped", "transient", _gha_stamped(
     "+ railway up --service web --ci\n"
     "Indexing...\n"
     "Error: You are being ratelimited. Try again in about 2 minutes\n") + _GHA),
    # go-github's local refusal from a tool run by Jenkins, under its timestamper
    ("go-github-limit-jenkins-stamped", "transient",
     "[Pipeline] sh\n" + _jenkins_stamped(
      "+ ./bin/changelog --since v1.3.0\n"
      "2026/05/04 10:01:02 fetching pull requests for example-org/shop\n"
      "2026/05/04 10:01:03 GET https://api.github.com/repos/example-org/shop/pulls?state=closed: 403 API rate limit "
      "of 60 still exceeded until 2026-05-04 10:44:00 +0000 UTC, not making remote request. [rate reset in 42m57s]\n")
     + _JENKINS),
    # a labeler step that only warned about the limit (the job goes on), then the change's own compile error
    ("go-github-limit-warned-then-compile-error", "real",
     "+ ./bin/labeler || echo 'labels not synced'\n"
     "2026/05/04 10:01:03 GET https://api.github.com/repos/example-org/shop/labels: 403 API rate limit of 60 still "
     "exceeded until 2026-05-04 10:44:00 +0000 UTC, not making remote request. [rate reset in 42m57s]\n"
     "labels not synced\n"
     "+ go build ./...\n"
     "# example.org/shop/internal/cart\n"
     "internal/cart/total.go:41:9: cannot use discount (variable of type float64) as int value in return statement\n"
     + _GHA),

    # the same block with the mocked transport answering for api.github.com itself (gock): the client refused its
    # second request locally where the test expected it to wait
    ("testify-go-github-limit-mocked-api", "real",
     "+ go test ./internal/labels/...\n"
     "--- FAIL: TestSyncRetriesAfterReset (0.00s)\n"
     "    labels_test.go:102: \n"
     "        \tError Trace:\t/home/runner/work/shop/shop/internal/labels/labels_test.go:102\n"
     "        \tError:      \tReceived unexpected error:\n"
     "        \t            \tGET https://api.github.com/repos/o/r/labels?per_page=100: 403 API rate limit of 60 "
     "still exceeded until 2026-05-01 12:41:07 +0000 UTC, not making remote request. [rate reset in 41m06s]\n"
     "        \tTest:       \tTestSyncRetriesAfterReset\n"
     "FAIL\n"
     "FAIL\texample.org/shop/internal/labels\t0.102s\n" + _GHA),
    # a pytest assertion comparing a wrapper's parse of go-github's words
    ("pytest-assert-go-github-words", "real",
     "+ python -m pytest -q tests/test_gh_errors.py\n"
     "F\n"
     "=================================== FAILURES ===================================\n"
     "___________________________ test_parses_reset_time ___________________________\n"
     ">       assert parse_reset(msg) == datetime(2026, 5, 1, 12, 41, 7, tzinfo=UTC)\n"
     "E       AssertionError: assert None == datetime.datetime(2026, 5, 1, 12, 41, 7, tzinfo=datetime.timezone.utc)\n"
     "E        +  where None = parse_reset('GET https://api.github.com/repos/o/r: 403 API rate limit of 60 still "
     "exceeded until 2026-05-01 12:41:07 +0000 UTC, not making remote request. [rate reset in 41m06s]')\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_gh_errors.py::test_parses_reset_time - AssertionError: assert None == datetime.datetime(...)\n"
     "1 failed in 0.09s\n" + _GHA),
    # a Jest snapshot of a deploy wrapper's message (the diff's "- " and "+ " in front of the CLI's words)
    ("jest-snapshot-railway-message", "real",
     "+ npx jest --ci\n"
     " FAIL  src/deploy.test.ts\n"
     "  ● deploy › explains a 429\n\n"
     "    expect(received).toMatchInlineSnapshot(snapshot)\n\n"
     "    Snapshot: \"You are being ratelimited. Try again in 45 seconds\"\n"
     "    Received: \"You are being ratelimited. Try again in 45s\"\n\n"
     "Tests:       1 failed, 40 passed, 41 total\n" + _GHA),
    # ================================================================== go-github-api-5xx
    # a go test of a release client whose HTTP transport is mocked (gock intercepting api.github.com with a 502):
    # testify's block prints the error the client gave up with where the test expected a retry
    ("testify-gock-github-502", "real",
     "+ go test ./internal/release/...\n"
     "--- FAIL: TestLatestReleaseRetriesBadGateway (0.00s)\n"
     "    release_test.go:64: \n"
     "        \tError Trace:\t/home/runner/work/widget/widget/internal/release/release_test.go:64\n"
     "        \tError:      \tReceived unexpected error:\n"
     "        \t            \tGET https://api.github.com/repos/example-org/widget/releases/latest: 502  []\n"
     "        \tTest:       \tTestLatestReleaseRetriesBadGateway\n"
     "        \tMessages:   \tgock served one 502, then 200: the client must retry once\n"
     "FAIL\n"
     "FAIL\texample.org/widget/internal/release\t0.021s\n" + _GHA),
    # a smoke test after a deploy: the job's own staging server (a path that happens to be /api/v3/) answers 500 to
    # the new build, the same layout as go-github's error
    # (left here by review 20c: http-5xx read any "500 Internal Server Error" on a URL as the service's outage. Reads real
    # since xfail20b: http-5xx's unless now takes a 500 whose body is a database schema error, PostgreSQL's 'relation
    # "x" does not exist' among them, a deploy missing its migration; no longer a strict xfail)
    ("smoke-own-staging-api-v3-500", "real",
     "+ ./bin/smoke --base https://staging.acme-shop.example/api/v3/\n"
     "smoke: GET https://staging.acme-shop.example/api/v3/health: 500 Internal Server Error "
     "{\"error\":\"relation \\\"orders_v2\\\" does not exist\"}\n"
     "smoke: 1 of 6 checks failed\n" + _GHA),
    # go-github against a GitHub Enterprise server answering 502 -> transient
    ("go-github-ghe-502", "transient",
     "+ ./bin/sync-teams --enterprise https://ghe.corp.example/\n"
     "sync-teams: GET https://ghe.corp.example/api/v3/orgs/platform/teams?per_page=100: 502  []\n" + _JENKINS),
    # goreleaser's upload through go-github answered 502 by the upload host -> transient
    ("goreleaser-upload-502", "transient",
     "+ goreleaser release --clean\n"
     "  • publishing\n"
     "    • scm releases\n"
     "      • uploading to release                         file=dist/widget_1.4.0_linux_amd64.tar.gz name=widget_1.4.0_linux_amd64.tar.gz\n"
     "  ⨯ release failed after 2m41s                       error=scm releases: failed to publish artifacts: "
     "failed to upload widget_1.4.0_linux_amd64.tar.gz after 1 tries: POST https://uploads.github.com/repos/"
     "example-org/widget/releases/153001122/assets?name=widget_1.4.0_linux_amd64.tar.gz: 502  []\n" + _CIRCLE),
    # go-github's 503 under GitHub's raw clock -> transient
    ("go-github-503-gha-stamped", "transient", _gha_stamped(
     "+ go run ./tools/release-notes\n"
     "2026/05/04 10:00:03 GET https://api.github.com/repos/example-org/shop/compare/v1.3.0...v1.4.0: 503 No server "
     "is currently available to service your request. Sorry about the inconvenience. []\n"
     "exit status 1\n") + _GHA),

    # ================================================================== circleci-orb-latest-unresolved
    # github-cli-orb with its debug parameter: the answer after the retries is GitHub's rate-limit body
    ("gh-orb-latest-debug-rate-limit-body", "transient",
     _RUN +
     "Couldn't get latest version, retrying...\n"
     "Couldn't get latest version, retrying...\n"
     "Couldn't get latest version, retrying...\n"
     "Error: Max retries exceeded.\n"
     "The request is getting:\n"
     "{\"message\":\"API rate limit exceeded for 203.0.113.7. (But here's the good news: Authenticated requests "
     "get a higher rate limit. Check out the documentation for more details.)\",\"documentation_url\":"
     "\"https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting\"}\n" + _CIRCLE),
    # the orb's retry line once, then the version resolved and the job's own build failed to compile
    ("gh-orb-retry-then-compile-error", "real",
     _RUN +
     "Couldn't get latest version, retrying...\n"
     'Downloading the GitHub CLI from "https://github.com/cli/cli/releases/download/v2.62.0/gh_2.62.0_linux_amd64.deb"...\n'
     "Installing the GitHub CLI...\n"
     "gh version 2.62.0 (2024-11-14)\n\n"
     + _RUN + "npm run build\n"
     "src/api/client.ts(12,7): error TS2322: Type 'string' is not assignable to type 'number'.\n" + _CIRCLE),

    # ================================================================== real entries beside an outage
    # persist_to_workspace (when: always) after npm ci lost its registry: the paths match nothing because the build
    # never ran; the registry's reset failed the job
    ("persist-always-after-npm-reset", "transient",
     _RUN + "npm ci\n"
     "npm error code ECONNRESET\n"
     "npm error network aborted\n"
     "npm error network This is a problem related to network connectivity.\n"
     "npm error network In most cases you are behind a proxy or have bad network settings.\n"
     + _CIRCLE + "\n"
     "Persisting to Workspace\n"
     "The specified paths did not match any files in /home/circleci/project/dist\n"),
    # npm retried past a reset and installed; the build wrote to build/, not dist/: persist_to_workspace's paths
    # match nothing because of the job's own config
    ("persist-paths-after-npm-retried-reset", "real",
     _RUN + "npm ci\n"
     "npm warn retry will retry, error on last attempt: Error: read ECONNRESET\n"
     "added 812 packages, and audited 813 packages in 41s\n"
     + _RUN + "npm run build\n"
     "vite v5.4.8 building for production...\n"
     "✓ 412 modules transformed.\n"
     "build/index.html                  0.46 kB\n"
     "✓ built in 12.31s\n\n"
     "Persisting to Workspace\n"
     "The specified paths did not match any files in /home/circleci/project/dist\n"),
    # a setup script's own fallback notice for an architecture it has no binary for, then the source download it
    # fell back to timed out
    ("unsupported-arch-fallback-then-curl-timeout", "transient",
     _RUN + "./ci/install-protoc.sh\n"
     "Unsupported architecture: riscv64\n"
     "Falling back to building protoc from source\n"
     "+ curl -fsSL -o protobuf.tar.gz https://github.com/protocolbuffers/protobuf/releases/download/v27.1/protobuf-27.1.tar.gz\n"
     "curl: (28) Failed to connect to github.com port 443 after 130012 ms: Couldn't connect to server\n" + _CIRCLE),
    # CircleCI's provisioning service throttled the remote Docker request (429): the outage words stand
    ("remote-docker-provisioning-429", "transient",
     "Allocating a remote Docker Engine\n"
     "Requesting version: default\n"
     "Got error while creating host: failed to create host: rpc error: code = Unknown desc = An internal error "
     "occurred when  provisioning resources for this job. Provisioning Service returned status code: 429\n"
     "We had an unexpected error preparing a VM for this build, potentially due to our infrastructure or cloud "
     "provider.  Please retry the build in a few minutes\n"),
    # the same with a 503
    ("remote-docker-provisioning-503", "transient",
     "Allocating a remote Docker Engine\n"
     "Requesting version: default\n"
     "Got error while creating host: failed to create host: rpc error: code = Unknown desc = An internal error "
     "occurred when  provisioning resources for this job. Provisioning Service returned status code: 503\n"
     "We had an unexpected error preparing a VM for this build, potentially due to our infrastructure or cloud "
     "provider.  Please retry the build in a few minutes\n"),

    # ================================================================== the no-output counterweight
    # a go test that failed on its assertion, then the next one hung until the no-output timeout: the failure stands
    # (was LEFT: read unknown, the hang at the end weighed against the failure above it) reads real since the
    # twentieth round's leftovers20 (a go -v test's own log lines are no failures) joined this review's counterweight
    ("go-fail-then-hang", "real",
     _RUN + "go test -v ./internal/queue/...\n"
     "=== RUN   TestEnqueue\n"
     "    queue_test.go:21: got length 2, want 3\n"
     "--- FAIL: TestEnqueue (0.00s)\n"
     "=== RUN   TestDrainWaitsForWorkers\n" + _NO_OUTPUT),
    # (decide33) moved here from NOT_SURELY_TRANSIENT: a runner's progress line or libtest's slow-test note above the
    # stop names no test that stopped; public threads on such hangs mostly find them intermittent and a real GitLab job of
    # the cargo shape is labelled so (own_hang_before_time_limit's comment): the stop's reading, transient, for both, as
    # test_tool_sources_test_runner_infra.py's libtest-slow-then-no-output-limit has it
    ("no-output-after-pytest-progress", "transient",
     _RUN + "python -m pytest tests/\n"
     "============================= test session starts ==============================\n"
     "collected 212 items\n\n"
     "tests/test_cart.py ........................                                  [ 11%]\n"
     "tests/test_queue.py .......\n" + _NO_OUTPUT),
    ("no-output-after-cargo-running-over-60s", "transient",
     _RUN + "cargo test --workspace\n"
     "running 31 tests\n"
     "test queue::tests::enqueue ... ok\n"
     "test queue::tests::drain_waits_for_workers has been running for over 60 seconds\n" + _NO_OUTPUT),
    # pytest -v -s: the test printed the start of a dataset download and its progress, which stalled -> the
    # download, not the test's own code
    ("pytest-dataset-download-stalled", "transient",
     _RUN + "python -m pytest -v -s tests/test_datasets.py\n"
     "tests/test_datasets.py::test_load_mnist Downloading https://datasets.example.org/mnist/train-images-idx3-ubyte.gz "
     "to data/MNIST/raw/train-images-idx3-ubyte.gz\n"
     "  3%|▎         | 294912/9912422 [00:01<00:40, 237415.27it/s]\n" + _NO_OUTPUT),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # CircleCI's no-output timeout right after pytest -v started a parametrized test whose id holds a space
    ("no-output-after-param-id-with-space",
     _RUN + "python -m pytest -v tests/test_api.py\n"
     "tests/test_api.py::test_list_orders[page size 10] PASSED\n"
     "tests/test_api.py::test_list_orders[page size 50] \n" + _NO_OUTPUT),
    # the same after go test -v resumed a parallel test ("=== CONT")
    ("no-output-after-go-cont",
     _RUN + "go test -v -race ./internal/queue/...\n"
     "=== RUN   TestDrain\n"
     "=== PAUSE TestDrain\n"
     "=== RUN   TestEnqueue\n"
     "--- PASS: TestEnqueue (0.01s)\n"
     "=== CONT  TestDrain\n" + _NO_OUTPUT),
    # the counterweight's own case under a long, passing preamble: the hang sits at the end
    ("no-output-after-long-passing-run",
     _RUN + "python -m pytest -v tests/\n"
     + "".join(f"tests/test_models.py::test_field_{i} PASSED\n" for i in range(150)) +
     "tests/test_worker.py::test_shutdown_joins_threads \n" + _NO_OUTPUT),
    # go-github's layout from a Go client of the job's own service (a path under /api/v3/ on its staging host), the
    # new build answering 500 with the migration it lacks: real by its mechanism, but the log holds no signal the
    # engine reads as the change's (unknown, no rerun proposed); it must not read as GitHub Enterprise's 5xx
    ("own-staging-api-v3-500-go-layout",
     "+ go run ./cmd/smoke -base https://staging.acme-shop.example/api/v3/\n"
     "2026/05/04 10:00:03 GET https://staging.acme-shop.example/api/v3/orders?limit=1: 500 relation \"orders_v2\" "
     "does not exist []\n"
     "exit status 1\n" + _GHA),
    # setup_remote_docker refused with a 404 (a Docker version the provisioning service does not offer) under the
    # outage words
    ("remote-docker-provisioning-404",
     "Allocating a remote Docker Engine\n"
     "Requesting version: 19.03.13\n"
     "Got error while creating host: failed to create host: rpc error: code = Unknown desc = An internal error "
     "occurred when  provisioning resources for this job. Provisioning Service returned status code: 404\n"
     "We had an unexpected error preparing a VM for this build, potentially due to our infrastructure or cloud "
     "provider.  Please retry the build in a few minutes\n"),
]


KNOWN_MISREAD: dict[str, str] = {
    # (smoke-own-staging-api-v3-500 reads real since xfail20b: its comment above)
}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_review20_c_reads_right(verdict, log):
    reads(log, verdict)


# (decide33) no-output-after-cargo-running-over-60s, the one entry here, moved to CASES as transient (its comment there)
KNOWN_TRANSIENT: dict[str, str] = {}


@pytest.mark.parametrize("log", [
    pytest.param(log, id=cid, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_TRANSIENT[cid])] if cid in KNOWN_TRANSIENT else [])
    for cid, log in NOT_SURELY_TRANSIENT])
def test_review20_c_ambiguous_not_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py (the words of the
# patterns this review widened or narrowed).
LONG_LINE_WORDS = [
    "bash: line 1: 429:: command not found ",
    "GET https://ghe.corp.example/api/v3/repos/",
    "        GET https://api.github.com/repos/o/r: 403 API rate limit of 60 still exceeded until ",
    "--- FAIL: ExampleRatelimitMessage ",
    "Unsupported architecture: riscv64 ",
    "tests/test_queue.py ",
    "tests/test_api.py::test_list_orders[page size 50 ",
    "=== CONT  TestDrain ",
    "The specified paths did not match any files in ",
]
