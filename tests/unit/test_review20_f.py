"""Review 20f: the twentieth round's generic readings tried on logs written to break them.

Covered: epoch-timestamps-a-second-apart (values_time.py _second_apart_values' epoch fallback, _names_a_time),
script-retry-gave-up-on-fetch (_gave_up_on_fetch), curl-network-exit-status (structure.exit_meaning),
rustup-manifest-mid-update and rustup-toolchain-not-installable. Each case is labelled by the mechanism a careful
engineer would name, not by what the engine says.

Where the wording comes from: PHPUnit's "Failed asserting that ... matches expected ...", Jest's Expected/Received
and numbered source frame, pytest's source listing and "E" lines, testify's "Error Trace:" block, RSpec's
"expected:/got:", JUnit 5's "expected: <a> but was: <b>" (recalled, as tests/unit/test_rules20_generic.py quotes
them); nick-fields/retry's "Attempt N failed. Reason: Child_process exited with error code N" and "Final attempt
failed. ..." (as signatures.toml quotes them from its src/index.ts); curl's "curl: (N) ..." error lines (recalled);
the exit lines of GitHub Actions, CircleCI, GitLab ("ERROR: Job failed: exit code N"), Jenkins ("ERROR: script
returned exit code N", recalled) and Azure Pipelines ("##[error]Bash exited with code 'N'.", recalled); docker's
"Error response from daemon: manifest unknown" and helm's "failed to download ... at version" (recalled); rustup's
"info: update not yet available, sorry! try again later", "info: this is likely due to an ongoing update of the
official release server, please try again later" and "error: toolchain '...' is not installable" (as
signatures.toml quotes them from rust-lang/rustup), its "error: no release found for '...'" (recalled); elan, a
fork of rustup, printing rustup's notice (assumption). Hosts, values, tests and paths are made up; no project's CI
log is copied.

The rules the cases hold:
  * epoch numbers a second apart are read transient only where a running clock was read: not where the test's
    printed source holds an epoch literal (a fixed input: _epoch_in_source), not in a conversion test (the
    conversion words added to _TIME_ARITHMETIC), not in a file's unified diff (a generated file's stamp under a
    "git diff --exit-code" check: _file_diff_above), not under a key naming no time, not beside a real failure;
  * a retry loop that gave up is read transient only over a fetch from elsewhere: not a smoke check of the job's
    own deploy (smoke/deploy/staging/preview in _RETRIED_OWN), not where the answer was a 4xx printed as
    "Response: 401" / "status=404" or the host said the thing does not exist ("manifest unknown");
  * curl's network exit code reads transient for Jenkins' sh step too (its exit line and the shell's "+ curl"
    trace), and not for a curl to a health/ready/status/ping path (the service the job deployed);
  * rustup's notice beside a compile error or a failing test, or as a value in a test, stays real.
"""

from __future__ import annotations

import pytest
from frames import gha_stamped as _gha_stamped
from judging import assert_unique_ids, labelled, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"


def _jenkins_stamped(log: str) -> str:
    """The log as Jenkins' timestamper prints it: a bracketed ISO clock in front of every line."""
    return "".join(f"[2026-05-04T10:01:{i % 60:02d}.{100 + i:03d}Z] {ln}\n" for i, ln in enumerate(log.rstrip("\n").split("\n")))


# 120 lines of apt's ordinary output: a long stretch between a sign and the end of a log
_NOISE = "".join(f"Get:{i} http://archive.ubuntu.com/ubuntu noble/main amd64 libpkg{i} amd64 1.{i}-1 [{100 + i} kB]\n" for i in range(1, 121))

CASES: list[tuple[str, str, str]] = [
    # ================================================================== epoch
    # a rounding test fed a fixed input (the literal in its source): the code's answer, every run
    ("epoch-rounding-fixed-input-jest", "real",
      "FAIL src/time.test.ts\n  ● toUnixTime › rounds half a second up\n\n"
      "    expect(received).toBe(expected) // Object.is equality\n\n"
      "    Expected: 1717000001\n    Received: 1717000000\n\n"
      "      20 | test('rounds half a second up', () => {\n"
      "    > 21 |   expect(toUnixTime(1717000000500)).toBe(1717000001);\n         |                                     ^\n\n"
      "Tests:       1 failed, 40 passed, 41 total\n" + _GHA),
    # an expiry computed as issued_at + ttl - 1 from constants the test set (pytest's source listing shows them): an
    # off-by-one in the code, every run (read transient on main before this review: fixed by _epoch_in_source)
    ("epoch-expiry-fixed-constants-pytest", "real",
      "============================= FAILURES =============================\n"
      "______________________ test_token_expiry ______________________\n\n"
      "    def test_token_expiry():\n"
      "        token = make_token(issued_at=1717000000, ttl=300)\n"
      ">       assert token.expires_at == 1717000300\n"
      "E       assert 1717000299 == 1717000300\n"
      "E        +  where 1717000299 = Token(sub='u1', issued_at=1717000000, expires_at=1717000299).expires_at\n\n"
      "tests/test_token.py:12: AssertionError\n"
      "=========================== short test summary info ============================\n"
      "FAILED tests/test_token.py::test_token_expiry - assert 1717000299 == 1717000300\n"
      "========================= 1 failed, 57 passed in 3.21s =========================\n" + _GHA),
    # a millisecond-to-seconds conversion test one off: a truncation bug (read transient on main before this review:
    # the conversion words in _TIME_ARITHMETIC)
    ("epoch-ms-to-s-phpunit-fixed", "real",
      "PHPUnit 10.5.2 by Sebastian Bergmann and contributors.\n\n....F\n\nThere was 1 failure:\n\n"
      "1) Tests\\Unit\\ClockTest::testMillisecondsToTimestamp\n"
      "Failed asserting that 1717000000 matches expected 1717000001.\n\n/app/tests/Unit/ClockTest.php:28\n\n"
      "FAILURES!\nTests: 5, Assertions: 9, Failures: 1.\n" + _GHA),
    # a generated file's embedded stamp in a 'git diff --exit-code' check: it differs on every run, no test compared
    # two clock reads (read unknown on main before this review: fixed by _file_diff_above)
    ("epoch-generated-file-diff-check", "real",
      "##[group]Run git diff --exit-code -- dist/\ngit diff --exit-code -- dist/\nshell: /usr/bin/bash -e {0}\n##[endgroup]\n"
      "diff --git a/dist/manifest.json b/dist/manifest.json\nindex 3c1f2a..9e8d0b 100644\n--- a/dist/manifest.json\n"
      "+++ b/dist/manifest.json\n@@ -1,5 +1,5 @@\n {\n   \"name\": \"acme-widget\",\n   \"version\": \"2.3.0\",\n"
      "-  \"timestamp\": 1717000000,\n+  \"timestamp\": 1717000001,\n   \"files\": 12\n }\n"
      "##[error]Process completed with exit code 1.\n"),
    # a clock-tick pair beside another test's real failure (a tax total): the job has a real failure
    ("epoch-pair-beside-real-failure-junit", "real",
      "> Task :test\n\nSessionTest > createdAtIsSet() FAILED\n"
      "    org.opentest4j.AssertionFailedError: expected: <1717000001> but was: <1717000000>\n"
      "        at app//org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:151)\n\n"
      "OrderServiceTest > totalIncludesTax() FAILED\n"
      "    org.opentest4j.AssertionFailedError: expected: <119.00> but was: <100.00>\n"
      "        at app//org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:151)\n\n"
      "42 tests completed, 2 failed\n\nFAILURE: Build failed with an exception.\n" + _GHA),
    # a clock-tick pair, then the type check's compile error: real
    ("epoch-pair-then-compile-error", "real",
      "FAIL src/token.test.ts\n  ● token › sets createdAt\n\n    expect(received).toBe(expected) // Object.is equality\n\n"
      "    Expected: 1717000001000\n    Received: 1717000000000\n\n"
      "      14 |   const token = issue(user);\n    > 15 |   expect(token.createdAt).toBe(Date.now());\n         |                           ^\n\n"
      "Tests:       1 failed, 12 passed, 13 total\n"
      "> tsc --noEmit\n\nsrc/api/orders.ts(42,7): error TS2322: Type 'string' is not assignable to type 'number'.\n\n"
      "Found 1 error in src/api/orders.ts:42\n" + _GHA),
    # a 'latest wins' test picking the wrong element of two events a second apart: a logic error
    ("epoch-sorted-latest-wrong-pick", "real",
      "--- FAIL: TestLatestEventWins (0.00s)\n"
      "    store_test.go:58: latest event timestamp = 1717000000, want 1717000001 (events: [{id:1 ts:1717000000} {id:2 ts:1717000001}])\n"
      "FAIL\nFAIL\tgithub.com/acme/events/store\t0.012s\n" + _GHA),
    # testify's expected/actual of a created-at under GitHub's raw clock prefix: a clock tick
    ("epoch-testify-gha-stamped", "transient", _gha_stamped(
      "--- FAIL: TestSessionCreatedAt (0.00s)\n"
      "    session_test.go:42: \n"
      "        \tError Trace:\t/home/runner/work/app/session_test.go:42\n"
      "        \tError:      \tNot equal: \n"
      "        \t            \texpected: 1717000000\n"
      "        \t            \tactual  : 1717000001\n"
      "        \tTest:       \tTestSessionCreatedAt\n"
      "FAIL\nFAIL\tgithub.com/acme/app/session\t0.031s") + _GHA),
    # pytest comparing a JWT iat with int(time.time()) under Jenkins' timestamper: a clock tick
    ("epoch-pytest-iat-jenkins", "transient",
      "[Pipeline] sh\n" + _jenkins_stamped(
      "+ python -m pytest -q tests/\n"
      "______________________ test_issue_sets_iat ______________________\n\n"
      "    def test_issue_sets_iat():\n        token = issue('u1')\n"
      ">       assert token.iat == int(time.time())\n"
      "E       assert 1717000000 == 1717000001\n"
      "E        +  where 1717000001 = int(1717000001.0021)\n\n"
      "tests/test_jwt.py:9: AssertionError\n"
      "FAILED tests/test_jwt.py::test_issue_sets_iat - assert 1717000000 == 1717000001\n"
      "1 failed, 88 passed in 4.02s") + "ERROR: script returned exit code 1\nFinished: FAILURE\n"),
    # RSpec's expected/got of updated_at.to_i against Time.now.to_i, 120 lines above the end: a clock tick
    ("epoch-rspec-updated-at-far-above", "transient",
      "Failures:\n\n  1) Post#touch sets updated_at\n     Failure/Error: expect(post.updated_at.to_i).to eq(Time.now.to_i)\n\n"
      "       expected: 1717000001\n            got: 1717000000\n\n       (compared using ==)\n"
      "     # ./spec/models/post_spec.rb:14:in `block (2 levels) in <top (required)>'\n\n"
      "Finished in 12.3 seconds (files took 2.1 seconds to load)\n212 examples, 1 failure\n\n"
      "Failed examples:\n\nrspec ./spec/models/post_spec.rb:12 # Post#touch sets updated_at\n\n" + _NOISE + _GHA),
    # ================================================================== retry loop
    # the smoke check of the PR's own staging deploy gave up on 502s: the new build does not serve. (Was LEFT: http-5xx
    # read the 502s as an outage, as at d681428; the retry reading no longer claims it (smoke/deploy/staging in
    # _RETRIED_OWN).) Reads real since xfail21: smoke-check-of-own-deploy-gave-up reads the give-up line below the
    # job's helm deploy, and the retry lines' 502s above it stand down (line_checks.py _gave_up_on_own_deploy)
    ("retry-own-staging-status", "real",
      "Deploying pr-482 to https://pr-482.staging.acme.dev ...\nRelease \"pr-482\" has been upgraded. Happy Helming!\n"
      "Checking https://pr-482.staging.acme.dev/api/status ... got 502, retrying in 10s (attempt 1/5)\n"
      "Checking https://pr-482.staging.acme.dev/api/status ... got 502, retrying in 10s (attempt 2/5)\n"
      "Checking https://pr-482.staging.acme.dev/api/status ... got 502, retrying in 10s (attempt 3/5)\n"
      "Checking https://pr-482.staging.acme.dev/api/status ... got 502, retrying in 10s (attempt 4/5)\n"
      "Smoke check failed after 5 attempts, giving up\n" + _GHA),
    # a script's retry loop over an API answering a bare 'Response: 401' every try: bad credentials (read transient on
    # main before this review; then unknown, as at d681428: no real signal. Reads real since xfail21: the new
    # script-retry-gave-up-on-refusal reads the give-up line where every answer the loop printed was a 4xx)
    ("retry-response-401-bare", "real",
      "Fetching release metadata from https://api.acme-artifacts.io/v1/releases/latest\n"
      "Response: 401\n"
      "Retrying in 5s (attempt 1/3)\nResponse: 401\nRetrying in 5s (attempt 2/3)\nResponse: 401\n"
      "Error: failed after 3 attempts\n" + _GHA),
    # a download retried on 'status=404' every try: a version that does not exist (read transient on main before this
    # review; then unknown, as at d681428. Reads real since xfail21: script-retry-gave-up-on-refusal, as above)
    ("retry-status-eq-404", "real",
      "Downloading https://downloads.acme-tools.io/cli/v9.9.9/acme-linux-amd64.tar.gz\n"
      "request failed (status=404), retrying in 3s...\nrequest failed (status=404), retrying in 3s...\n"
      "request failed (status=404), retrying in 3s...\nMax retries exceeded\n" + _GHA),
    # a retried pull of the PR's image tag that was never pushed: 'manifest unknown' every try
    ("retry-docker-pull-manifest-unknown", "real",
      "+ for i in 1 2 3; do docker pull ghcr.io/acme/api:pr-4711 && break || { echo \"pull failed, retrying in 10s\"; sleep 10; }; done\n"
      "Error response from daemon: manifest unknown\npull failed, retrying in 10s\n"
      "Error response from daemon: manifest unknown\npull failed, retrying in 10s\n"
      "Error response from daemon: manifest unknown\npull failed, retrying in 10s\n"
      "+ echo 'giving up on ghcr.io/acme/api:pr-4711'\ngiving up on ghcr.io/acme/api:pr-4711\n+ exit 1\n" + _GHA),
    # a chart version missing from the repository index, retried: every run. LEFT: download-failed reads helm's
    # 'failed to download' as transient, as at d681428, and the retry reading still sees a fetch (helm's wording names
    # no refusal the engine knows)
    ("retry-helm-chart-version-missing", "real",
      "Fetching chart acme/gateway 9.9.9 from https://charts.acme.io\n"
      "Error: failed to download \"acme/gateway\" at version \"9.9.9\" (hint: running `helm repo update` may help)\n"
      "Retrying in 5 seconds (attempt 1 of 3)\n"
      "Error: failed to download \"acme/gateway\" at version \"9.9.9\" (hint: running `helm repo update` may help)\n"
      "Retrying in 5 seconds (attempt 2 of 3)\n"
      "Error: failed to download \"acme/gateway\" at version \"9.9.9\" (hint: running `helm repo update` may help)\n"
      "Giving up.\n" + _GHA),
    # a unit test of a retry helper whose captured log holds 'failed after 4 attempts': the test's assertion is the
    # failure
    ("retry-test-about-retry-helper", "real",
      "=================================== FAILURES ===================================\n"
      "_____________________ test_download_gives_up_after_three ______________________\n\n"
      "    def test_download_gives_up_after_three(fake_http):\n        fake_http.fail_with(503)\n"
      "        with pytest.raises(DownloadError):\n            download('https://example.org/f.bin', retries=3)\n"
      ">       assert fake_http.calls == 3\nE       assert 4 == 3\nE        +  where 4 = <FakeHTTP>.calls\n\n"
      "tests/test_download.py:31: AssertionError\n"
      "------------------------------ Captured log call -------------------------------\n"
      "WARNING  fetcher:fetcher.py:40 Download of https://example.org/f.bin failed (503), retrying in 0s (attempt 1/3)\n"
      "WARNING  fetcher:fetcher.py:40 Download of https://example.org/f.bin failed (503), retrying in 0s (attempt 2/3)\n"
      "WARNING  fetcher:fetcher.py:40 Download of https://example.org/f.bin failed (503), retrying in 0s (attempt 3/3)\n"
      "ERROR    fetcher:fetcher.py:44 Download of https://example.org/f.bin failed after 4 attempts\n"
      "=========================== short test summary info ============================\n"
      "FAILED tests/test_download.py::test_download_gives_up_after_three - assert 4 == 3\n"
      "========================= 1 failed, 120 passed in 8.80s =========================\n" + _GHA),
    # nick-fields/retry around a Cypress run that failed the same assertion three times: real
    ("retry-final-attempt-e2e-script", "real",
      "##[group]Run nick-fields/retry@v3\nwith:\n  timeout_minutes: 10\n  max_attempts: 3\n"
      "  command: npx cypress run --spec cypress/e2e/checkout.cy.ts --record false\n##[endgroup]\n"
      "  1) checkout\n       applies the coupon:\n     AssertionError: Timed out retrying after 4000ms: expected '$100.00' to equal '$90.00'\n"
      "Attempt 1 failed. Reason: Child_process exited with error code 1\n"
      "  1) checkout\n       applies the coupon:\n     AssertionError: Timed out retrying after 4000ms: expected '$100.00' to equal '$90.00'\n"
      "Attempt 2 failed. Reason: Child_process exited with error code 1\n"
      "  1) checkout\n       applies the coupon:\n     AssertionError: Timed out retrying after 4000ms: expected '$100.00' to equal '$90.00'\n"
      "##[error]Final attempt failed. Child_process exited with error code 1\n"),
    # a download script's retry loop giving up after curl 56 on every try, under GitHub's clock prefix
    ("retry-gave-up-gha-stamped", "transient", _gha_stamped(
      "##[group]Run ./scripts/install-protoc.sh\n./scripts/install-protoc.sh\nshell: /usr/bin/bash -e {0}\n##[endgroup]\n"
      "Downloading https://github.com/protocolbuffers/protobuf/releases/download/v27.1/protoc-27.1-linux-x86_64.zip\n"
      "curl: (56) Recv failure: Connection reset by peer\nDownload failed. Retrying in 5 seconds (attempt 1/3)\n"
      "curl: (56) Recv failure: Connection reset by peer\nDownload failed. Retrying in 5 seconds (attempt 2/3)\n"
      "curl: (56) Recv failure: Connection reset by peer\nDownload failed after 3 attempts") + _GHA),
    # a dependency fetch that could not resolve its mirror, retried, 'Exceeded max retries' (Jenkins)
    ("retry-exceeded-max-retries-jenkins", "transient",
      "[Pipeline] sh\n+ ./ci/fetch-deps.sh\n"
      "Fetching https://repo.acme-mirror.net/deps/libfoo-1.2.tgz\n"
      "wget: unable to resolve host address 'repo.acme-mirror.net'\nretrying in 10s...\n"
      "wget: unable to resolve host address 'repo.acme-mirror.net'\nretrying in 10s...\n"
      "wget: unable to resolve host address 'repo.acme-mirror.net'\n"
      "Exceeded max retries (3), aborting\n"
      "[Pipeline] }\nERROR: script returned exit code 1\nFinished: FAILURE\n"),
    # an SDK download timing out on every try (GitLab)
    ("retry-all-attempts-failed-gitlab", "transient",
      "$ ./ci/get-sdk.sh\n"
      "Downloading SDK from https://dl.acme-sdk.dev/sdk/3.2.1/sdk.tar.gz\n"
      "Request timed out, will retry (1/4)\nRequest timed out, will retry (2/4)\nRequest timed out, will retry (3/4)\n"
      "All 4 attempts failed\n"
      "Cleaning up project directory and file based variables\nERROR: Job failed: exit code 1\n"),
    # ================================================================== curl exit
    # curl to the health path of the PR's own staging deploy, refused: the new release is not up. (Was LEFT: network-
    # open-timeout read curl's 'Failed to connect' as transient, as at d681428; the curl exit reading no longer claims
    # it (_CURL_OWN_CHECK).) Reads real since xfail21: curl-health-check-of-own-deploy takes curl's line where the curl
    # checked a health path below the job's helm deploy (line_checks.py _curl_checked_own_deploy)
    ("curl-own-staging-health-7", "real",
      "##[group]Run helm upgrade --install pr-482 ./chart --set image.tag=pr-482\n"
      "helm upgrade --install pr-482 ./chart --set image.tag=pr-482\nshell: /usr/bin/bash -e {0}\n##[endgroup]\n"
      "Release \"pr-482\" has been upgraded. Happy Helming!\n"
      "##[group]Run curl -fsS --max-time 20 https://pr-482.staging.acme.dev/healthz\n"
      "curl -fsS --max-time 20 https://pr-482.staging.acme.dev/healthz\nshell: /usr/bin/bash -e {0}\n##[endgroup]\n"
      "curl: (7) Failed to connect to pr-482.staging.acme.dev port 443 after 3 ms: Couldn't connect to server\n"
      "##[error]Process completed with exit code 7.\n"),
    # curl to a misspelt public host (api.githbu.com): exit 6 on every run. Left here before; read real since review30_a
    # ("githbu" is "github" with two letters swapped: dns-lookup-of-misspelt-host)
    ("curl-misspelt-host-6", "real",
      "#!/bin/bash -eo pipefail\ncurl -fsSL -o /tmp/gh.json https://api.githbu.com/repos/acme/app/releases/latest\n"
      "curl: (6) Could not resolve host: api.githbu.com\n\nExited with code exit status 6\n"),
    # curl 35 from an image whose TLS library the server refuses ('tlsv1 alert protocol version'): every run
    ("curl-old-tls-35", "real",
      "$ curl -sS -o vendor.tgz https://downloads.acme-vendor.com/sdk/vendor-4.2.tgz\n"
      "curl: (35) error:1407742E:SSL routines:SSL23_GET_SERVER_HELLO:tlsv1 alert protocol version\n"
      "Cleaning up project directory and file based variables\nERROR: Job failed: exit code 35\n"),
    # Jenkins' sh step: curl timed out mid-download
    ("curl-jenkins-silent-28", "transient",
      "[Pipeline] sh\n+ curl -fsS --max-time 60 -o node.tar.xz https://nodejs.org/dist/v20.12.2/node-v20.12.2-linux-x64.tar.xz\n"
      "curl: (28) Operation timed out after 60001 milliseconds with 4194304 out of 25165824 bytes received\n"
      "[Pipeline] }\nERROR: script returned exit code 28\nFinished: FAILURE\n"),
    # Jenkins' sh step: a silent curl (-s, no -S) to a public host, exit 7, nothing printed (missed on main before
    # this review: Jenkins' exit line and the shell's '+ curl' trace now read)
    ("curl-jenkins-quiet-7", "transient",
      "[Pipeline] sh\n+ curl -s -o schema.json https://schemas.acme-public.org/v2/schema.json\n"
      "[Pipeline] }\n[Pipeline] // stage\nERROR: script returned exit code 7\nFinished: FAILURE\n"),
    # GitHub's curl step under its clock prefix: TLS read cut off, exit 56
    ("curl-gha-stamped-56", "transient", _gha_stamped(
      "##[group]Run curl -sSfL -o kind https://kind.sigs.k8s.io/dl/v0.23.0/kind-linux-amd64\n"
      "curl -sSfL -o kind https://kind.sigs.k8s.io/dl/v0.23.0/kind-linux-amd64\nshell: /usr/bin/bash -e {0}\n##[endgroup]\n"
      "curl: (56) OpenSSL SSL_read: error:0A000126:SSL routines::unexpected eof while reading, errno 0\n"
      "##[error]Process completed with exit code 56.")),
    # Azure Pipelines' Bash task: curl connect timeout, exit 28
    ("curl-azure-bash-28", "transient",
      "##[section]Starting: Fetch schema\nScript contents:\ncurl -sS -o schema.json https://schemas.acme-public.org/v2/schema.json\n"
      "========================== Starting Command Output ===========================\n"
      "/usr/bin/bash --noprofile --norc /home/vsts/work/_temp/3f1c.sh\n"
      "curl: (28) Failed to connect to schemas.acme-public.org port 443 after 130012 ms: Timeout was reached\n"
      "##[error]Bash exited with code '28'.\n##[section]Finishing: Fetch schema\n"),
    # ================================================================== rustup
    # a pinned nightly whose date does not exist: rustup finds no release, every run
    ("rustup-pinned-date-missing", "real",
      "##[group]Run rustup show\nrustup show\nshell: /usr/bin/bash -e {0}\n##[endgroup]\n"
      "info: syncing channel updates for 'nightly-2024-02-30-x86_64-unknown-linux-gnu'\n"
      "error: no release found for 'nightly-2024-02-30'\n" + _GHA),
    # rustup's manifest mid-update kept the old toolchain, then the crate failed to compile: real
    ("rustup-mid-update-then-compile-error", "real",
      "info: syncing channel updates for 'stable-x86_64-unknown-linux-gnu'\n"
      "info: latest update on 2024-06-13, rust version 1.79.0 (129f3b996 2024-06-10)\n"
      "info: update not yet available, sorry! try again later\n"
      "info: default toolchain set to 'stable-x86_64-unknown-linux-gnu'\n"
      "  stable-x86_64-unknown-linux-gnu unchanged - rustc 1.78.0 (9b00956e5 2024-04-29)\n"
      "   Compiling acme-core v0.4.0 (/home/runner/work/acme/acme/core)\n"
      "error[E0308]: mismatched types\n --> core/src/lib.rs:42:20\n   |\n42 |     let n: u32 = total;\n   |            ---   ^^^^^ expected `u32`, found `u64`\n\n"
      "error: could not compile `acme-core` (lib) due to 1 previous error\n" + _GHA),
    # rustup's checksum mismatch on the official server mid-update, under Jenkins' timestamper
    ("rustup-mid-update-jenkins-stamped", "transient",
      "[Pipeline] sh\n" + _jenkins_stamped(
      "+ rustup toolchain install 1.80.0 --profile minimal\n"
      "info: syncing channel updates for '1.80.0-x86_64-unknown-linux-gnu'\n"
      "warn: checksum failed for 'https://static.rust-lang.org/dist/channel-rust-1.80.0.toml', expected: 'a1b2', calculated: 'c3d4'\n"
      "info: this is likely due to an ongoing update of the official release server, please try again later\n"
      "error: toolchain '1.80.0-x86_64-unknown-linux-gnu' is not installable") +
      "ERROR: script returned exit code 1\nFinished: FAILURE\n"),
    # rustup's notice as a value in a Rust test's assertion (a test of the message itself): real
    ("rustup-mid-update-quoted-in-test-output", "real",
      "running 3 tests\ntest notify::tests::renders_checksum_hack ... FAILED\n\nfailures:\n\n"
      "---- notify::tests::renders_checksum_hack stdout ----\n"
      "thread 'notify::tests::renders_checksum_hack' panicked at src/notify.rs:88:9:\nassertion `left == right` failed\n"
      "  left: \"info: update not yet available, sorry! try again later\"\n"
      " right: \"info: update not yet available, sorry! try again later\\n\"\n\n"
      "failures:\n    notify::tests::renders_checksum_hack\n\n"
      "test result: FAILED. 2 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s\n\n"
      "error: test failed, to rerun pass `--lib`\n" + _GHA),
    # nick-fields/retry around a fixture download ending curl 56 on each attempt
    ("retry-nick-fields-fixtures-transient", "transient",
      "##[group]Run nick-fields/retry@v3\nwith:\n  timeout_minutes: 5\n  max_attempts: 3\n"
      "  command: ./scripts/download-fixtures.sh\n  retry_wait_seconds: 15\n##[endgroup]\n"
      "Attempt 1 failed. Reason: Child_process exited with error code 56\n"
      "Attempt 2 failed. Reason: Child_process exited with error code 56\n"
      "##[error]Final attempt failed. Child_process exited with error code 56\n"),
    # a 'latest version' loop giving up with GitHub's '##[error]' prefix on the give-up line
    ("retry-error-prefixed-max-retries", "transient",
      "##[group]Run ./ci/latest-terraform.sh\n./ci/latest-terraform.sh\nshell: /usr/bin/bash -e {0}\n##[endgroup]\n"
      "Couldn't get latest version from https://checkpoint-api.hashicorp.com/v1/check/terraform, retrying...\n"
      "Couldn't get latest version from https://checkpoint-api.hashicorp.com/v1/check/terraform, retrying...\n"
      "Couldn't get latest version from https://checkpoint-api.hashicorp.com/v1/check/terraform, retrying...\n"
      "##[error]Max retries exceeded\n" + _GHA),
    # an optional cache download gave up and the job went on; a test then failed far below: real
    ("retry-gave-up-optional-cache-then-test-fails", "real",
      "Fetching https://cache.acme-builds.net/deps-3f1c.tgz\nfetch failed (HTTP 503), retrying in 2s (attempt 1/3)\n"
      "fetch failed (HTTP 503), retrying in 2s (attempt 2/3)\nfetch failed (HTTP 503), retrying in 2s (attempt 3/3)\n"
      "warning: cache download failed after 3 attempts, continuing without cache\n" + _NOISE +
      "=================================== FAILURES ===================================\n"
      "_____________________________ test_invoice_total ______________________________\n\n"
      "    def test_invoice_total():\n>       assert invoice_total([10, 20]) == 30\nE       assert 33 == 30\n\n"
      "tests/test_invoice.py:7: AssertionError\n"
      "FAILED tests/test_invoice.py::test_invoice_total - assert 33 == 30\n"
      "========================= 1 failed, 310 passed in 41.2s =========================\n" + _GHA),
    # rustup's notice, the old toolchain kept, then a test's assertion failed: real
    ("rustup-mid-update-then-test-panic", "real",
      "info: syncing channel updates for 'stable-x86_64-unknown-linux-gnu'\n"
      "info: update not yet available, sorry! try again later\n"
      "  stable-x86_64-unknown-linux-gnu unchanged - rustc 1.78.0 (9b00956e5 2024-04-29)\n"
      "     Running unittests src/lib.rs (target/debug/deps/acme_core-3f1c)\n\nrunning 14 tests\n"
      "test parse::tests::reads_header ... FAILED\n\nfailures:\n\n---- parse::tests::reads_header stdout ----\n"
      "thread 'parse::tests::reads_header' panicked at src/parse.rs:77:9:\nassertion `left == right` failed\n  left: 3\n right: 4\n\n"
      "failures:\n    parse::tests::reads_header\n\n"
      "test result: FAILED. 13 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.02s\n\n"
      "error: test failed, to rerun pass `--lib`\n" + _GHA),
    # elan (rustup's fork for Lean) with rustup's mid-update notice, then 'not installable' (GitLab)
    ("elan-mid-update-gitlab", "transient",
      "$ elan toolchain install leanprover/lean4:v4.9.0\n"
      "info: syncing channel updates for 'leanprover/lean4:v4.9.0'\n"
      "info: update not yet available, sorry! try again later\n"
      "error: toolchain 'leanprover/lean4:v4.9.0' is not installable\n"
      "Cleaning up project directory and file based variables\nERROR: Job failed: exit code 1\n"),
    # Jest comparing an entry's timestamp with Date.now() in ms, 999 vs 1000, sixty suites above the end
    ("epoch-ms-jest-far-above-two-suites", "transient",
      "PASS src/cart.test.ts\nPASS src/price.test.ts\n"
      "FAIL src/audit.test.ts\n  ● audit › stamps the entry with the current time\n\n"
      "    expect(received).toBe(expected) // Object.is equality\n\n"
      "    Expected: 1717000000999\n    Received: 1717000001000\n\n"
      "      30 |   const entry = audit.record('login');\n    > 31 |   expect(entry.timestamp).toBe(Date.now());\n         |                           ^\n\n"
      + "".join(f"PASS src/mod{i}.test.ts\n" for i in range(60)) +
      "Test Suites: 1 failed, 62 passed, 63 total\nTests:       1 failed, 400 passed, 401 total\n" + _GHA),
    # two ids a unit apart under a key that names no time ('snapshotId'): a logic error
    ("epoch-id-key-a-unit-apart", "real",
      "FAIL src/store.test.ts\n  ● store › saves the record\n\n    expect(received).toEqual(expected) // deep equality\n\n"
      "    - Expected  - 1\n    + Received  + 1\n\n      Object {\n"
      "    -   \"snapshotId\": 1717000000,\n    +   \"snapshotId\": 1717000001,\n        \"kind\": \"full\",\n      }\n\n"
      "Tests:       1 failed, 30 passed, 31 total\n" + _GHA),
]


KNOWN_MISREAD = {
    "retry-helm-chart-version-missing": "download-failed and the retry reading take helm's wording (LEFT above)",
}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_review20_f_reads_right(verdict, log):
    reads(log, verdict)


# The LEFT cases whose answer is a refusal the retry reading now sees: whatever else they read, no rerun proposed.
NOT_SURELY_TRANSIENT = [(cid + "-no-rerun", log) for cid, _, log in CASES
                        if cid in ("retry-response-401-bare", "retry-status-eq-404")]


@pytest.mark.parametrize("log", [pytest.param(log, id=cid) for cid, log in NOT_SURELY_TRANSIENT])
def test_review20_f_not_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py (the words of the
# patterns this review widened).
LONG_LINE_WORDS = [
    "ERROR: script returned exit code 7",
    "+ curl -s https://a.example.org/",
    "curl -fsS https://pr-1.staging.example.dev/",
    "Response: 401 retrying ",
    "testMillisecondsToTimestamp ",
    "    > 15 |   expect(t(1717000000500)).toBe(",
    "diff --git a/x b/x",
]
