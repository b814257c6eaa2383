"""Near-misses for the fifteenth round's fixes of strict expected failures (xfail15): logs that share words with
the fixed cases but not their mechanism, which must not move. Short logs written for these tests."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, logs, not_surely_transient, reads

E = "##[error]Process completed with exit code 1.\n"

# Must still read real.
REAL: list[tuple[str, str]] = [
    # syntax-error: jq on a file the repository holds, no error page anywhere
    ("jq-parse-error-own-file",
     "+ jq -r .version package.json\nparse error: Invalid numeric literal at line 3, column 12\n" + E),
    # syntax-error: JSON.parse of a 404 page (a wrong URL), not a 5xx
    ("json-unexpected-token-html-404",
     "Fetching https://registry.acme.dev/api/v1/indx.json\nSyntaxError: Unexpected token '<', \"<html><h\"... is not valid JSON\n"
     "response body: <html><head><title>404 Not Found</title></head></html>\n" + E),
    # code-scanner-findings-gate: zizmor's summary with findings at low or above
    ("zizmor-medium-high-findings",
     "Run zizmor .github/workflows\n 2 findings: 0 unknown, 0 informational, 0 low, 1 medium, 1 high\n" + E),
    ("zizmor-one-low-finding",
     "Run zizmor --min-severity=low .github/workflows\n 1 finding: 0 unknown, 0 informational, 1 low, 0 medium, 0 high\n" + E),
    # pip-connection-retries: urllib3's status retries ran out on 404s (a wrong index path), not 5xx
    ("pip-retries-too-many-404",
     "Collecting acme==1.0\nWARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by "
     "'ResponseError('too many 404 error responses')': /simpel/acme/\nERROR: Could not find a version that satisfies the requirement acme==1.0 "
     "(from versions: none)\nERROR: No matching distribution found for acme==1.0\n" + E),
    # structure.py: the failing lint command ran and reported, its program was found
    ("helm-lint-ran-and-failed",
     "$ helm lint charts/shop\n==> Linting charts/shop\n[ERROR] Chart.yaml: version is required\nError: 1 chart(s) linted, 1 chart(s) failed\n" + E),
    # structure.py: the tool is missing and no outage is in the log (the image lacks it)
    ("helm-not-found-no-outage",
     "$ helm lint charts/shop\n/bin/bash: line 140: helm: command not found\n" + E),
    # placement.py _reported_after: nvm's version not found with no failed fetch above (a version that does not exist)
    ("nvm-version-not-found-no-outage",
     "+ nvm install 99\nVersion '99' not found - try `nvm ls-remote` to browse available versions.\n" + E),
    # placement.py _reported_after: a fetch that timed out, then the compiler's own error (not a downstream symptom)
    ("cargo-fetch-timeout-then-type-error",
     "+ cargo build\nwarning: spurious network error (1 tries remaining): [28] Timeout was reached\n   Compiling shop v0.4.0 (/src)\n"
     "error[E0308]: mismatched types\n  --> src/cart.rs:30:5\nerror: could not compile `shop` (lib) due to 1 previous error\n" + E),
    # vault-sealed: a test comparing Vault's message, not the job's Vault
    ("vault-sealed-in-expectation",
     "--- FAIL: TestUnsealHint (0.00s)\n    vault_test.go:40: got \"permission denied\", want \"Vault is sealed\"\nFAIL\n" + E),
]

# Must not read transient with confidence (0.7 or more).
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # syntax-error: a real syntax error in the code, an unrelated 503 page printed earlier and further than 400 characters away
    ("python-syntax-error-503-page-far",
     "+ curl -s https://status.acme.dev/\n<html><head><title>503 Service Unavailable</title></head></html>\n" + "+ echo waiting\n" * 60
     + "+ python app.py\n  File \"app.py\", line 3\n    def f(:\n          ^\nSyntaxError: invalid syntax\n" + E),
    # kubelet-pod-held-ambiguous: the probe held the pod and the rollout never finished
    ("k8s-probe-then-progress-deadline",
     "  Warning  Unhealthy  40s   kubelet  Readiness probe failed: Get \"http://10.244.0.7:8080/ready\": dial tcp 10.244.0.7:8080: connect: connection refused\n"
     "Waiting for deployment \"api\" rollout to finish: 0 of 1 updated replicas are available...\n"
     "error: deployment \"api\" exceeded its progress deadline\n" + E),
]

# Must still read transient.
TRANSIENT: list[tuple[str, str]] = [
    # distributed-collective-mismatch: NCCL's watchdog timeout alone, no mismatch reported (collective-operation-timeout reads it)
    ("nccl-watchdog-timeout-alone",
     "[rank0]:[E ProcessGroupNCCL.cpp:607] [Rank 0] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=12, OpType=BROADCAST, "
     "Timeout(ms)=600000) ran for 600032 milliseconds before timing out.\n" + E),
    # android-sdk-package-unknown: sdkmanager could not fetch its lists first (the network's doing): not read real,
    # the missing package is that outage's damage
    ("sdkmanager-lists-failed-then-not-found",
     "Warning: Failed to download any source lists!\nError: Failed to find package 'platforms;android-34'\n" + E),
    # cloud-throttled: a real AWS answer in a deploy, no Stubber in the log
    ("aws-internal-server-error-deploy",
     "$ aws dynamodb put-item --table-name shop --item file://item.json\n"
     "An error occurred (InternalServerError) when calling the PutItem operation (reached max retries: 2): Internal server error\n" + E),
    # download-failed: next build could not fetch the font and did not fall back (the build failed on it)
    ("next-build-font-fetch-failed",
     "> next build\nFailed to download `Inter` from Google Fonts.\nPlease check your network connection.\n"
     "Error: getaddrinfo ENOTFOUND fonts.googleapis.com\n> Build failed because of webpack errors\n" + E),
    # killed-137: the job's own process killed (the runner's memory), not a Compose service's line
    ("gradle-daemon-killed-137",
     "> Task :app:compileKotlin\n./gradlew: line 234:  4121 Killed                  \"$JAVACMD\" \"$@\"\n"
     "##[error]Process completed with exit code 137.\n"),
    ("job-step-exit-137-alone",
     "$ npm run build\n> app@1.0.0 build\n> webpack --mode production\n##[error]Process completed with exit code 137.\n"),
    # fastlane-apple-service-outage: the 503 after the login succeeded, and the run ended on it (no success below it)
    ("fastlane-login-then-apple-503",
     "[10:00:09]: Successfully logged in to App Store Connect\n"
     "[10:04:01]: Apple 503 detected - this might be temporary server error, check https://developer.apple.com/system-status/ to see if there is a known downtime\n"
     "[10:04:31]: [!] Apple 503 detected - this might be temporary server error, check https://developer.apple.com/system-status/ to see if there is a known downtime\n" + E),
    # resource-busy: a busy binary with no background writer of the job's own (a parallel step's race)
    ("text-file-busy-no-own-writer",
     "+ make -j4 tools\n+ bin/run-tests --all\nbash: line 4: bin/run-tests: Text file busy\n" + E),
    # vault-sealed: the sealed Vault alone
    ("vault-sealed-alone",
     "Error reading secret/ci/npm: Error making API request.\n\nURL: GET https://vault.internal:8200/v1/secret/data/ci/npm\n"
     "Code: 503. Errors:\n\n* Vault is sealed\n" + E),
]


def test_case_ids_are_unique():
    assert_unique_ids(REAL, NOT_SURELY_TRANSIENT, TRANSIENT)


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log):
    reads(log, "transient")
