"""Review 14v of the fourteenth round's secrets_env_config and clocks_time_certs entries, fix 14's
timing-named tests on compared texts, and review 14q's crash-above-refusal unless_log: adversarial logs
(made up, copied from no project) where those entries' words sit beside failing tests of the code, under a
secret store's outage, or in a flaky timer test's compared values, and guards where they are the trouble met."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"

READS: list[tuple[str, str, str]] = [
    # a stubbed client's InternalServiceError the code under test did not handle, under unittest's FAILED (errors=1)
    ('aws-internal-unittest-stubber', 'real',
     'ERROR: test_rotation_handles_failure (tests.test_rotate.RotateTest)\n----------------------------------------------------------------------\nTraceback (most recent call last):\n  File "/app/tests/test_rotate.py", line 31, in test_rotation_handles_failure\n    rotate(client, "prod/db")\n  File "/app/rotate.py", line 12, in rotate\n    value = client.get_secret_value(SecretId=name)\nbotocore.exceptions.ClientError: An error occurred (InternalServiceError) when calling the GetSecretValue operation: stubbed failure\n\n----------------------------------------------------------------------\nRan 14 tests in 0.220s\n\nFAILED (errors=1)\n' + _EXIT),
    # the application's own log line of an AWS error, beside an RSpec failure on a missing key
    ('aws-internal-app-log-then-rspec', 'real',
     '2026-03-04T02:00:01Z ERROR secrets: An error occurred (InternalServiceError) when calling the GetSecretValue operation (reached max retries: 4)\nFailures:\n\n  1) Config loads defaults\n     Failure/Error: config.fetch(:region)\n\n     KeyError:\n       key not found: :region\n     # ./spec/config_spec.rb:9\n\n12 examples, 1 failure\n' + _EXIT),
    # aws-sdk's stubbed RequestTimeTooSkewed inside an RSpec failure: the uploader's handling, every run
    ('rspec-stubbed-skew', 'real',
     "Failures:\n\n  1) Uploader retries on skew\n     Failure/Error: uploader.call(file)\n\n     Aws::S3::Errors::RequestTimeTooSkewed:\n       The difference between the request time and the current time is too large.\n     # ./lib/uploader.rb:22:in `call'\n     # ./spec/uploader_spec.rb:14:in `block (2 levels) in <top (required)>'\n\nFinished in 0.3 seconds (files took 0.9 seconds to load)\n18 examples, 1 failure\n\nFailed examples:\n\nrspec ./spec/uploader_spec.rb:12 # Uploader retries on skew\n" + _EXIT),
    # a signature dated 2020 under freezegun: the test froze the clock, no runner skew
    ('frozen-clock-sigv4-unittest', 'real',
     'ERROR: test_upload_report (tests.test_report.ReportTest)\n----------------------------------------------------------------------\nTraceback (most recent call last):\n  File "/usr/lib/python3/site-packages/freezegun/api.py", line 816, in wrapper\n    result = func(*args, **kwargs)\n  File "/app/tests/test_report.py", line 44, in test_upload_report\n    upload(report)\nbotocore.exceptions.ClientError: An error occurred (InvalidSignatureException) when calling the PutObject operation: Signature expired: 20200101T000000Z is now earlier than 20260304T020500Z (20260304T021000Z - 5 min.)\n\n----------------------------------------------------------------------\nRan 20 tests in 1.2s\n\nFAILED (errors=1)\n' + _EXIT),
    # gpg's time-warp warning (the import went on), then a Rust assertion failing
    ('gpg-time-warp-warning-then-cargo-fail', 'real',
     'gpg: key 7F438280EF8D349F: public key "Runner CI <ci@example.com>" imported\ngpg: key 7F438280EF8D349F was created 2 seconds in the future (time warp or clock problem)\ngpg: Total number processed: 1\n     Running unittests src/lib.rs (target/debug/deps/core-1a2b)\nrunning 3 tests\ntest parse::tests::empty ... FAILED\n\nfailures:\n\n---- parse::tests::empty stdout ----\nthread \'parse::tests::empty\' panicked at src/parse.rs:40:9:\nassertion `left == right` failed\n  left: 0\n right: 1\n\ntest result: FAILED. 2 passed; 1 failed; 0 ignored\nerror: test failed, to rerun pass `--lib`\n' + _EXIT),
    # a skewed cache restore the job went past, then a TypeScript error
    ('skew-then-tsc-error', 'real',
     "Restoring cache from s3...\nAn error occurred (RequestTimeTooSkewed) when calling the GetObject operation: The difference between the request time and the current time is too large.\nCache not found, continuing\n$ npx tsc --noEmit\nsrc/api.ts(14,7): error TS2322: Type 'string' is not assignable to type 'number'.\nFound 1 error in src/api.ts:14\n" + _EXIT),
    # a TypeScript error, then a post-step's skewed cache upload
    ('tsc-error-then-skew-post-step', 'real',
     "$ npx tsc --noEmit\nsrc/api.ts(14,7): error TS2322: Type 'string' is not assignable to type 'number'.\nFound 1 error in src/api.ts:14\n" + _EXIT + 'Post Run cache-s3\nAn error occurred (RequestTimeTooSkewed) when calling the PutObject operation: The difference between the request time and the current time is too large.\n'),
    # a secret fetch the job went past, then a rustc type error
    ('aws-internal-then-rustc-error', 'real',
     'Run aws secretsmanager get-secret-value --secret-id ci/sccache\nAn error occurred (InternalServiceError) when calling the GetSecretValue operation: Internal error\nsccache disabled\n   Compiling core v0.1.0 (/src/core)\nerror[E0308]: mismatched types\n  --> src/lib.rs:10:5\n   |\n10 |     "x"\n   |     ^^^ expected `u32`, found `&str`\nerror: could not compile `core` (lib) due to 1 previous error\n' + _EXIT),
    # a Go test failing, then a post-step's AWS internal error
    ('test-fail-then-aws-internal-post-step', 'real',
     '    parse_test.go:14: got 3 items, want 4\n--- FAIL: TestParse (0.00s)\nFAIL\texample.com/cfg\t0.01s\nPost job cleanup.\nRun aws cloudwatch put-metric-data --namespace CI --metric-name runs --value 1\nAn error occurred (InternalServiceError) when calling the PutMetricData operation (reached max retries: 2): Internal service error\n' + _EXIT),
    # a ${VAR:?} message with no outage above: the variable was not given
    ('fork-pr-required-var-plain', 'real',
     'Run ./scripts/release.sh\n./scripts/release.sh: line 4: NPM_TOKEN: must be set to publish\n' + _EXIT),
    # an npm retry (not about secrets) above a missing token: the fork's variable
    ('required-var-fork-after-npm-retry', 'real',
     'npm WARN retry will retry, error on last attempt: Error: connect ETIMEDOUT 104.16.0.35:443\nadded 312 packages in 14s\n$ node scripts/publish.js\nError: required environment variable NPM_TOKEN is not set\n' + _EXIT),
    # age finding no identity: the runner lacks the key
    ('sops-age-no-identity', 'real',
     '$ sops -d env.enc.json\nFailed to get the data key required to decrypt the SOPS file.\n\nGroup 0: FAILED\n  age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqysx0mx3: FAILED\n    - | failed to decrypt: no identity matched any of the recipients\n\nRecovery failed because no master key was able to decrypt the file.\n' + _EXIT),
    # SSM says the parameter does not exist
    ('secret-missing-then-network', 'real',
     'Run aws ssm get-parameter --name /ci/token\nAn error occurred (ParameterNotFound) when calling the GetParameter operation: \n' + _EXIT),
    # Key Vault refusing the identity
    ('kv-forbidden-plain', 'real',
     'Run az keyvault secret show --vault-name ci-kv --name db-pass\nERROR: (Forbidden) Caller is not authorized to perform action on resource.\nIf role assignments, deny assignments or role definitions were changed recently, please observe propagation time.\nCode: Forbidden\n' + _EXIT),
    # a skew the job went past, then a Jest assertion
    ('skew-then-jest-fail', 'real',
     'Uploading coverage...\nAn error occurred (RequestTimeTooSkewed) when calling the PutObject operation: The difference between the request time and the current time is too large.\nupload skipped\n FAIL  src/sum.test.ts\n  ● sum › adds\n    expect(received).toBe(expected)\n    Expected: 3\n    Received: 4\nTests:       1 failed, 9 passed, 10 total\n' + _EXIT),
    # Go without tzdata
    ('tz-missing-plain', 'real',
     'panic: unknown time zone America/New_York\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/main.go:12 +0x1d\nexit status 2\n' + _EXIT),
    # fake-timers' loop guard: the test's interval
    ('fake-timers-abort', 'real',
     ' FAIL  src/poll.test.js\n  ● poller › stops\n    Aborting after running 100000 timers, assuming an infinite loop!\nTests:       1 failed, 3 passed, 4 total\n' + _EXIT),
    # a timeout-named test comparing two wordings (a word missing): the code's message
    ('gradle-timeout-wording-real', 'real',
     'ClientTest > timeoutMessageNamesHost() FAILED\n    org.opentest4j.AssertionFailedError: expected: <Request to db-1 timed out> but was: <Request timed out>\n        at app//org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:55)\n\n40 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n'),
    # go vet's printf check
    ('go-vet-real', 'real',
     '$ go vet ./...\n# example.com/app/cart\ncart/cart.go:30:2: fmt.Printf format %d has arg name of wrong type string\n' + _EXIT),
    # a test's own panic in another package: real whatever the refusal below
    ('go-panic-other-pkg-then-refused', 'real',
     '=== RUN   TestSplit\n--- FAIL: TestSplit (0.00s)\npanic: runtime error: index out of range [3] with length 3 [recovered]\n\ngoroutine 7 [running]:\nexample.com/app/strs.TestSplit(0xc000102000)\n\t/src/strs/split_test.go:12 +0x1d\nFAIL\texample.com/app/strs\t0.004s\n=== RUN   TestStore\n    store_test.go:20: dial tcp 127.0.0.1:5432: connect: connection refused\n--- FAIL: TestStore (0.00s)\nFAIL\texample.com/app/store\t0.010s\n' + _EXIT),
    # Vault answering 503, then the variable it should have filled missing: the outage's damage
    ('vault-503-then-required-var', 'transient',
     'Run hashicorp/vault-action@v3\nError: failed to retrieve vault token. code: 503, message: Service Unavailable, vaultResponse: {"errors":["Vault is sealed"]}\nRun ./scripts/deploy.sh\nError: required environment variable DB_PASSWORD is not set\n' + _EXIT),
    # Secrets Manager unavailable, then a Go program missing the DSN it would have held
    ('secrets-timeout-then-required-var-go', 'transient',
     'Fetching secrets from AWS Secrets Manager...\nAn error occurred (ServiceUnavailableException) when calling the GetSecretValue operation: Service is temporarily unavailable\nWARNING: secret prod/api not loaded, continuing\n$ go run ./cmd/migrate\n2026/03/04 02:10:11 required environment variable DATABASE_URL is not set\nexit status 1\n' + _EXIT),
    # Doppler unreachable, then ${VAR:?} on the key it would have injected
    ('doppler-timeout-then-shell-required', 'transient',
     '$ doppler run -- ./deploy.sh || true\nDoppler Error: Get "https://api.doppler.com/v3/configs/config/secrets/download": dial tcp 34.1.2.3:443: i/o timeout\n$ ./deploy.sh\n./deploy.sh: line 7: STRIPE_KEY: must be set\n' + _EXIT),
    # a warning about an optional variable, then npm's network timeout
    ('env-var-warning-then-network-timeout', 'transient',
     '> app@1.0.0 build\nwarning: environment variable SENTRY_DSN is not set.\nnpm ERR! code ETIMEDOUT\nnpm ERR! errno ETIMEDOUT\nnpm ERR! network request to https://registry.npmjs.org/lodash failed, reason: connect ETIMEDOUT 104.16.0.35:443\nnpm ERR! network This is a problem related to network connectivity.\n' + _EXIT),
    # the AWS CLI's own InternalServiceError after its retries
    ('aws-internal-plain', 'transient',
     'Run aws secretsmanager get-secret-value --secret-id prod/api\n\nAn error occurred (InternalServiceError) when calling the GetSecretValue operation (reached max retries: 2): An error occurred on the server side.\n' + _EXIT),
    # SOPS's KMS key unreachable (i/o timeout); the PGP key beside it was never on the runner
    ('sops-kms-timeout-pgp-group', 'transient',
     '$ sops -d secrets.enc.yaml > secrets.yaml\nFailed to get the data key required to decrypt the SOPS file.\n\nGroup 0: FAILED\n  arn:aws:kms:us-east-1:111122223333:key/abcd: FAILED\n    - | Error decrypting key: RequestError: send request failed\n      | caused by: Post "https://kms.us-east-1.amazonaws.com/": dial\n      | tcp: lookup kms.us-east-1.amazonaws.com: i/o timeout\n\n  FBC7B9E2A4F9289AC0C1D4843D16CEE4A27381B4: FAILED\n    - | could not decrypt data key with PGP key:\n      | github.com/ProtonMail/go-crypto/openpgp error: could not\n      | load secring: open /home/runner/.gnupg/secring.gpg: no such\n      | file or directory\n\nRecovery failed because no master key was able to decrypt the file.\n' + _EXIT),
    # S3 refusing a skewed runner clock
    ('s3-skew-plain', 'transient',
     'upload: failed to upload dist/app.tgz to s3://builds/app.tgz An error occurred (RequestTimeTooSkewed) when calling the PutObject operation: The difference between the request time and the current time is too large.\n' + _EXIT),
    # ntpdate finding no server
    ('ntpdate-no-server', 'transient',
     '$ sudo ntpdate -u pool.ntp.org\n 4 Mar 02:10:11 ntpdate[2211]: no server suitable for synchronization found\n' + _EXIT),
    # a timer test counting one tick for two: the timer fired late
    ('xunit-timer-count-late', 'transient',
     '  Failed Sched.Tests.TimerTests.TimerFiresTwiceWithinWindow [512 ms]\n  Error Message:\n   Assert.Equal() Failure: Strings differ\nExpected: "ticks=2"\nActual:   "ticks=1"\n  Stack Trace:\n     at Sched.Tests.TimerTests.TimerFiresTwiceWithinWindow() in /src/TimerTests.cs:line 30\nFailed!  - Failed:     1, Passed:    41, Skipped:     0, Total:    42\n' + _EXIT),
    # a debounce test saving one edit more: the same sentence, another count
    ('nunit-delay-count-sentence', 'transient',
     '  Failed DebounceDelay_CollapsesBurst [300 ms]\n  Error Message:\n   Expected string length 17 but was 17. Strings differ at index 6.\n  Expected: "saved 1 of 5 edits"\n  But was:  "saved 2 of 5 edits"\n  Stack Trace:\n     at Editor.Tests.DebounceDelay_CollapsesBurst() in /src/EditorTests.cs:line 18\nFailed!  - Failed:     1, Passed:    41, Skipped:     0, Total:    42\n' + _EXIT),
    # a timeout test whose job was still Running: one state word for another
    ('mstest-timeout-state-late', 'transient',
     '  Failed RetryAfterTimeoutCompletesJob [2 s]\n  Error Message:\n   Assert.AreEqual failed. Expected:<Completed>. Actual:<Running>.\n  Stack Trace:\n     at Jobs.Tests.RetryAfterTimeoutCompletesJob() in /src/JobTests.cs:line 55\nFailed!  - Failed:     1, Passed:    41, Skipped:     0, Total:    42\n' + _EXIT),
    # a timer spec still PENDING: the timer had not fired
    ('spock-timer-state-late', 'transient',
     'Condition not satisfied:\n\njob.state == "FIRED"\n|   |     |\n|   |     false\n|   "PENDING"\n\n\tat com.acme.TimerSpec.timer fires after delay(TimerSpec.groovy:22)\nTimerSpec > timer fires after delay FAILED\n> Task :test FAILED\nBUILD FAILED in 41s\n'),
    # Rust's panic (message on the next line) is the refusal itself: the database not up
    ('rust-new-panic-format-refused', 'transient',
     '     Running tests/db.rs (target/debug/deps/db-9f8e)\nrunning 1 test\ntest connects ... FAILED\n\nfailures:\n\n---- connects stdout ----\nthread \'connects\' panicked at tests/db.rs:9:45:\ncalled `Result::unwrap()` on an `Err` value: Error { kind: Io(Os { code: 111, kind: ConnectionRefused, message: "Connection refused" }) }\n\ntest result: FAILED. 0 passed; 1 failed; 0 ignored\n' + _EXIT),
    # a seed container that exited on its own refusal, then the API's refusal: the database still starting
    ('compose-init-exited-then-refused', 'transient',
     'db-1       | 2026-03-04 02:00:01.120 UTC [1] LOG:  database system is starting up\nseed-1     | psql: error: connection to server at "db" (172.18.0.2), port 5432 failed: Connection refused\nseed-1 exited with code 2\napi-1      | Error: connect ECONNREFUSED 172.18.0.2:5432\n' + _EXIT),
    # (review 14w: the non-blocking command's own output no longer counts; reads transient)
    ('go-vet-nonblocking-then-proxy-timeout', 'transient',
     '$ go vet ./... || echo "vet findings (non-blocking)"\n# example.com/app/cart\ncart/cart.go:30:2: fmt.Printf format %d has arg name of wrong type string\nvet findings (non-blocking)\n$ go mod download\ngo: github.com/lib/pq@v1.10.9: Get "https://proxy.golang.org/github.com/lib/pq/@v/v1.10.9.zip": dial tcp 142.250.1.1:443: i/o timeout\n' + _EXIT),
    # (xfail15) vault-sealed reads '* Vault is sealed'
    ('vault-sealed-then-required-var-at-level', 'transient',
     'Run vault kv get -field=token secret/ci/npm\nError reading secret/ci/npm: Error making API request.\n\nURL: GET https://vault.internal:8200/v1/secret/data/ci/npm\nCode: 503. Errors:\n\n* Vault is sealed\n$ node scripts/publish.js\nError: required environment variable NPM_TOKEN is not set\n' + _EXIT),
    # (xfail16, compared_reports.py _in_power_assertion) under "Condition failed with Exception:" the line under the bars naming an exception class is what the condition threw (a connect timeout to a live mirror), not a compared value: network-timeout reads it
    ('spock-exception-network', 'transient',
     'Condition failed with Exception:\n\nclient.fetch("https://repo.maven.apache.org/maven2/").status == 200\n|      |\n|      java.net.SocketTimeoutException: Connect timed out\n\tat com.acme.MirrorSpec.mirror answers(MirrorSpec.groovy:14)\nMirrorSpec > mirror answers FAILED\n> Task :test FAILED\nBUILD FAILED in 41s\n'),
    # (xfail16) network-open-timeout and download-failed now carry the server_crashed_then_refused fragment, and rust-main-thread-panicked reads the panic whose message names no network trouble
    ('rust-new-panic-other-msg-then-refused', 'real',
     "thread 'main' panicked at src/server.rs:40:9:\nfailed to parse config: missing field `port`\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n$ ./scripts/smoke.sh\ncurl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused\n" + _EXIT),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # an AWS error the script retried past, then a Go test failing on its values
    ('aws-internal-then-go-test-fail',
     'Loading parameters...\nAn error occurred (InternalServerException) when calling the GetParameters operation: Internal error\nretry 1/3 ok\n=== RUN   TestParse\n    parse_test.go:14: got 3 items, want 4\n--- FAIL: TestParse (0.00s)\nFAIL\nFAIL\texample.com/cfg\t0.01s\n' + _EXIT),
    # a pytest assertion failing, then a report upload's AWS 503
    ('pytest-fail-then-aws-internal-post',
     'FAILED tests/test_calc.py::test_add - assert 3 == 4\n========================= 1 failed, 40 passed in 2.11s =========================\nRun aws s3 cp report.xml s3://ci-reports/\nAn error occurred (ServiceUnavailableException) when calling the PutObject operation: Please retry\n' + _EXIT),
]

# Read wrong and left (xfail, strict): each comment says why.
LEFT: list[tuple[str, str, str]] = [
    # LEFT (older timing-sensitive-test unless_log, review 12e/fix 13, outside this review): a delay test whose list came out in another order (a timer fired late) reads real; fix 14's xUnit/MSTest/Spock path now keeps such counts, orders and states
    ('gradle-delay-order-late', 'transient',
     'DelayQueueTest > delayedEventsArriveInOrder() FAILED\n    org.opentest4j.AssertionFailedError: expected: <[tick, tick, done]> but was: <[tick, done, tick]>\n        at app//org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:55)\n\n40 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n'),
    # LEFT (curl-runtests-failed, fix 14): curl's own test timing out (exit 28) against the suite's local server is the suite's classic flake; reads real at 0.84
    ('curl-runtests-flaky-timeout', 'transient',
     'test 1510...[HTTP GET connection cache limit (CURLOPT_MAXCONNECTS)]\n\n curl returned 28, when expecting 0\n 1510: exit FAILED\n== Contents of files in the log/ dir after test 1510\n=== Start of file stderr1510\n curl: (28) Operation timed out after 10000 milliseconds with 0 bytes received\nTESTFAIL: These test cases failed: 1510\n' + _EXIT),
    # LEFT (review 14q unless_log): a helper's segfault the script ignored (|| true) above Redis refusing: the crash is not the server's; reads unknown with no finding
    ('segfault-tool-then-refused-service', 'transient',
     '$ ./tools/print-version.sh || true\n./tools/print-version.sh: line 3:  4121 Segmentation fault      (core dumped) legacy-ver\n$ npm run test:integration\n> api@1.0.0 test:integration\nError: connect ECONNREFUSED 127.0.0.1:6379\n    at TCPConnectWrapper.afterConnect [as oncomplete] (node:net:1555:16)\nnpm ERR! Lifecycle script `test:integration` failed with error: 1\n' + _EXIT),
    # LEFT (low): a library's notice "sentry: environment variable X is not set." above npm's timeout reads unknown
    ('env-var-not-set-info-then-network-timeout', 'transient',
     '> app@1.0.0 build\nsentry: environment variable SENTRY_DSN is not set.\nnpm ERR! code ETIMEDOUT\nnpm ERR! errno ETIMEDOUT\nnpm ERR! network request to https://registry.npmjs.org/lodash failed, reason: connect ETIMEDOUT 104.16.0.35:443\nnpm ERR! network This is a problem related to network connectivity.\n' + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(READS))
def test_reads(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", [pytest.param(log, id=cid) for cid, log in NOT_SURELY_TRANSIENT])
def test_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


@pytest.mark.xfail(strict=True, reason="left: see the comment above each LEFT case")
@pytest.mark.parametrize(("want", "log"), labelled(LEFT))
def test_left(want: str, log: str) -> None:
    reads(log, want)


def test_ids_unique() -> None:
    assert_unique_ids(READS, NOT_SURELY_TRANSIENT, LEFT)
