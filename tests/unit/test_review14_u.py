"""Review 14u: adversarial logs (made up) for the fourteenth round's notify_telemetry entries
(notify-service-throttled-or-down, notify-service-refused-request, test-report-publisher-found-nothing, the
[noise] line for buildevents' trace URL) and artifact_repos entries (aws-api-server-side-error,
bundler-source-credentials-refused, nuget-push-forbidden, hosted-repo-redeploy-refused,
artifact-repo-storage-quota, jfrog-no-files-affected): their words in text that is not the tool's message
(a diff's context, a listing of codes, an application's console or structured log, a pytest E line, an
emulator's own failure, a build script's download), a notification's outage beside a failed test or compile,
and a test-report publisher finding nothing after the test step timed out or was stopped."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, logs, not_surely_transient, reads

# read real: the change failed, whatever else the log shows
REAL: list[tuple[str, str]] = [
    # pytest failed on a value, then the report upload met S3's internal error (no step line between): the tests failed
    # (left at first; reads real since this round's engine change for outages below a failed test)
    ('pytest-fail-then-s3-upload-no-step-line',
     'collected 212 items\n\ntests/test_cart.py ........F.....                                        [100%]\nFAILED tests/test_cart.py::test_total_includes_tax - assert 107 == 108\n========================= 1 failed, 211 passed in 41.20s =========================\nupload failed: reports/junit.xml to s3://acme-ci-reports/run-41/junit.xml An error occurred (InternalError) when calling the PutObject operation (reached max retries: 4): We encountered an internal error. Please try again.\n\nExited with code exit status 1\n'),
    # a structured app log line about an AWS 500 beside a failing count assertion: the test's failure
    # (left at first; reads real since review 14v gave aws-service-internal-error the failing-test summaries)
    ('json-app-log-internal-server-then-assert',
     'tests/test_sync.py F\n------------------------------ Captured stdout call -------------------------------\n{"level":"error","msg":"An error occurred (InternalServerException) when calling the ListPackages operation","attempt":1}\nE       assert 3 == 4\nFAILED tests/test_sync.py::test_mirror_sync - assert 3 == 4\n========================= 1 failed, 30 passed in 1.10s =========================\n##[error]Process completed with exit code 1.\n'),
    # a mocha diff's context line holds Slack's code in quotes: a list the test compared, the assertion failed
    ('mocha-diff-context-internal-error',
     '  1) SlackNotifier\n       lists the codes it retries:\n\n      AssertionError: expected [ \'ratelimited\', \'internal_error\' ] to deeply equal [ \'ratelimited\', \'fatal_error\', \'internal_error\' ]\n      + expected - actual\n\n       [\n         "ratelimited"\n      +  "fatal_error"\n         "internal_error"\n       ]\n\n      at Context.<anonymous> (test/notifier.spec.js:14:28)\n\n  12 passing (40ms)\n  1 failing\n##[error]Process completed with exit code 1.\n'),
    # jq listing the job's own config, then the config check refuses a key: the change
    ('jq-config-list-then-config-check',
     '$ jq \'.retry_on[]\' config/slack.json\n"ratelimited"\n"service_unavailable"\n$ ./scripts/check-config.sh\nconfig/slack.json: unknown key "retry_on_codes" at .notifier\n##[error]Process completed with exit code 1.\n'),
    # an API diff names the enum value the change removed: a breaking change, not Slack's answer
    ('openapi-diff-enum-removed',
     '$ oasdiff breaking base.yaml openapi.yaml --fail-on ERR\n1 breaking changes: 1 error, 0 warning\nerror\t[response-property-enum-value-removed] at openapi.yaml\n\tin API GET /v1/status\n\t\tremoved the enum value from the \'code\' response property:\n\t\t"service_unavailable"\n##[error]Process completed with exit code 1.\n'),
    # the code's console.error under a failing Jest test: the test's expectation failed
    ('jest-console-error-slack-then-assert',
     ' FAIL  src/alerts.test.ts\n  ● alerts › queues the message when Slack is down\n\n    console.error\n      An API error occurred: service_unavailable\n\n      at Object.<anonymous> (src/alerts.ts:22:13)\n\n    expect(received).toHaveLength(expected)\n\n    Expected length: 1\n    Received length: 0\n\nTests:       1 failed, 20 passed, 21 total\n##[error]Process completed with exit code 1.\n'),
    # RSpec failed on a value, then the CircleCI orb met Slack's rate limit (no step line between): the tests failed
    ('rspec-fail-then-slack-orb-ratelimited',
     'Failures:\n\n  1) Cart#total includes tax\n     Failure/Error: expect(cart.total).to eq(108)\n\n       expected: 108\n            got: 107\n\nFinished in 2.1 seconds (files took 1.4 seconds to load)\n120 examples, 1 failure\n\n#!/bin/bash -eo pipefail\nSending to Slack Channel: C0123ABCD\nSlack API returned an error message:\n"ratelimited"\n\nExited with code exit status 1\n'),
    # cargo test failed an assertion, then Teams throttled the notice: the test failure stands
    ('cargo-test-fail-then-teams-429',
     "running 14 tests\ntest cart::tests::total_includes_tax ... FAILED\n\nfailures:\n\n---- cart::tests::total_includes_tax stdout ----\nthread 'cart::tests::total_includes_tax' panicked at src/cart.rs:41:9:\nassertion `left == right` failed\n  left: 107\n right: 108\n\ntest result: FAILED. 13 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s\n\nWebhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error 429 with ContextId tcid=0,server=msgapi-2\n##[error]Process completed with exit code 1.\n"),
    # a Go compile error, then Slack's fatal_error in the notify step: the compile error stands
    ('go-compile-then-slack-fatal',
     '# example.org/acme/shop/cart\ncart/cart.go:41:9: undefined: taxRate\n##[error]An API error occurred: fatal_error\n'),
    # the start notice met Slack's rate limit, then pytest failed on a value: a notification cannot fail a test
    ('slack-start-notice-ratelimited-then-pytest-fail',
     'Run slackapi/slack-github-action@v2\n##[error]An API error occurred: ratelimited\nRun pytest -q\ncollected 212 items\n\ntests/test_cart.py ........F.....                                        [100%]\nFAILED tests/test_cart.py::test_total_includes_tax - assert 107 == 108\n========================= 1 failed, 211 passed in 41.20s =========================\n##[error]Process completed with exit code 1.\n'),
    # pytest failed on a value, then sentry-cli met a 429: the test failure stands
    ('sentry-429-after-pytest-fail',
     'collected 212 items\n\ntests/test_cart.py ........F.....                                        [100%]\nFAILED tests/test_cart.py::test_total_includes_tax - assert 107 == 108\n========================= 1 failed, 211 passed in 41.20s =========================\nerror: API request failed\n\nCaused by:\n    sentry reported an error: You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 seconds (http status: 429)\n##[error]Process completed with exit code 1.\n'),
    # guard: Slack refuses the token: the job's secret, every run
    ('slack-not-authed-guard',
     'Run slackapi/slack-github-action@v2\n##[error]An API error occurred: not_authed\n'),
    # guard: the tests crashed (segfault), so no report: the crash is the change's
    ('segfault-then-dorny-nothing-guard',
     'Run ctest --output-junit report.xml\n    Start 1: parser_test\n1/1 Test #1: parser_test ......................***Exception: SegFault  0.12 sec\n0% tests passed, 1 tests failed out of 1\n##[error]Process completed with exit code 1.\nRun dorny/test-reporter@v1\n##[error]No test report files were found\n'),
    # guard: tsc refused the source, then no report: the compile error
    ('tsc-error-then-dorny-nothing-guard',
     "Run npm test\nsrc/cart.ts(41,9): error TS2304: Cannot find name 'taxRate'.\n##[error]Process completed with exit code 1.\nRun dorny/test-reporter@v1\n##[error]No test report files were found\n"),
    # guard: pytest failed, then the report upload met S3's internal error in its own step
    ('pytest-fail-then-s3-upload-internal-error',
     'collected 212 items\n\ntests/test_cart.py ........F.....                                        [100%]\nFAILED tests/test_cart.py::test_total_includes_tax - assert 107 == 108\n========================= 1 failed, 211 passed in 41.20s =========================\n##[error]Process completed with exit code 1.\nRun aws s3 cp reports/ s3://acme-ci-reports/run-41/ --recursive\nupload failed: reports/junit.xml to s3://acme-ci-reports/run-41/junit.xml An error occurred (InternalError) when calling the PutObject operation (reached max retries: 4): We encountered an internal error. Please try again.\n##[error]Process completed with exit code 1.\n'),
    # guard: a CodeArtifact login error the script went on from, then a Go compile error of the change's own
    ('codeartifact-error-then-go-compile',
     '$ aws codeartifact login --tool pip --domain acme --repository py-store || true\nAn error occurred (InternalServerException) when calling the GetAuthorizationToken operation (reached max retries: 2): An internal error occurred.\n$ go vet ./... && go build ./...\n# example.org/acme/api\napi/handler.go:41:17: undefined: pb.OrderStatus_SHIPPED\n\nExited with code exit status 1\n'),
    # guard: Bundler's private source refused the credentials
    ('bundler-bad-password-guard',
     'Fetching source index from https://gems.example.test/private/\nBad username or password for https://ci-bot@gems.example.test/private/.\nPlease double-check your credentials and correct them.\n##[error]Process completed with exit code 1.\n'),
    # guard: dotnet nuget push refused with 403
    ('nuget-push-403-guard',
     "Pushing Acme.Core.3.2.1.nupkg to 'https://nuget.pkg.github.com/acme'...\n  PUT https://nuget.pkg.github.com/acme/\n  Forbidden https://nuget.pkg.github.com/acme/ 412ms\nerror: Response status code does not indicate success: 403 (Forbidden).\n##[error]Process completed with exit code 1.\n"),
    # guard: xUnit failed an assertion
    ('xunit-fail-then-nuget-403',
     '  Failed Acme.Tests.CartTests.TotalIncludesTax [3 ms]\n  Error Message:\n   Assert.Equal() Failure\nExpected: 108\nActual:   107\nFailed!  - Failed:     1, Passed:    30, Skipped:     0, Total:    31\n'),
    # guard: Nexus refuses to overwrite a released version
    ('gradle-publish-redeploy-guard',
     "> Task :lib:publishMavenPublicationToNexusRepository FAILED\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':lib:publishMavenPublicationToNexusRepository'.\n> Failed to publish publication 'maven' to repository 'nexus'\n   > Could not PUT 'https://nexus.example.org/repository/maven-releases/com/acme/lib/1.2.0/lib-1.2.0.jar'. Received status code 400 from server: Repository does not allow updating assets: maven-releases\n##[error]Process completed with exit code 1.\n"),
    # guard: pytest failed, then Artifactory's quota refused the upload
    ('pytest-fail-then-artifactory-quota',
     'collected 212 items\n\ntests/test_cart.py ........F.....                                        [100%]\nFAILED tests/test_cart.py::test_total_includes_tax - assert 107 == 108\n========================= 1 failed, 211 passed in 41.20s =========================\n[Error] server response: 413 Request Entity Too Large\n{"errors":[{"status":413,"message":"Datastore disk usage is too high. Contact your Artifactory administrator."}]}\n##[error]Process completed with exit code 1.\n'),
    # Vitest failed on a value, then Slack's rate limit: the test failure stands
    ('vitest-fail-then-slack-ratelimit',
     ' FAIL  src/cart.test.ts > cart > adds tax\nAssertionError: expected 107 to be 108 // Object.is equality\n\n Test Files  1 failed | 12 passed (13)\n      Tests  1 failed | 120 passed (121)\n##[error]A rate-limit has been reached, you may retry this request in 20 seconds\n'),
    # ExUnit failed an assertion, then Slack's internal_error: the test failure stands
    ('exunit-fail-then-slack-internal-error',
     '  1) test total includes tax (Shop.CartTest)\n     test/cart_test.exs:12\n     Assertion with == failed\n     code:  assert Cart.total(cart) == 108\n     left:  107\n     right: 108\n\nFinished in 0.4 seconds (0.1s async, 0.3s sync)\n48 tests, 1 failure\nError: An API error occurred: internal_error\n##[error]Process completed with exit code 1.\n'),
    # a moto-backed test raised the fault its hook injected and the code did not handle it: pytest's E line is the test's failure
    ('moto-e-line-internal-error',
     "    @mock_aws\n    def test_upload_handles_server_error(monkeypatch):\n>       uploader.push('build.zip')\nE       botocore.exceptions.ClientError: An error occurred (ServiceUnavailableException) when calling the PublishPackageVersion operation: injected by the test's fault hook\ntests/test_uploader.py:33: ClientError\n========================= 1 failed, 18 passed in 0.90s =========================\n##[error]Process completed with exit code 1.\n"),
    # (xfail15) cloud-throttled passes over a log whose test injected the error with botocore's Stubber (add_client_error)
    # a botocore Stubber's error the code did not handle: the test's failure
    ('pytest-stubber-internal-server-error',
     "tests/test_store.py F                                                    [100%]\n    def test_save_retries_on_server_error(stubber):\n        stubber.add_client_error('put_item', service_error_code='InternalServerError', http_status_code=500)\n        stubber.activate()\n>       store.save({'id': '1'})\nE       botocore.exceptions.ClientError: An error occurred (InternalServerError) when calling the PutItem operation: \nFAILED tests/test_store.py::test_save_retries_on_server_error - botocore.exceptions.ClientError: An error occurred (InternalServerError) when calling the PutItem operation: \n========================= 1 failed, 40 passed in 1.20s =========================\n##[error]Process completed with exit code 1.\n"),
]

# not a sure transient: the log fits a persistent cause as well
AMBIGUOUS: list[tuple[str, str]] = [
    # missing translation keys listed in quotes: the change's locale file (no entry reads the checker's line: unknown, not a Slack outage)
    ('i18n-missing-keys-listing',
     '$ npm run i18n:check\n\n> web@2.1.0 i18n:check\n> node scripts/check-locales.js\n\nMissing translation keys in locales/de.json:\n  "internal_error"\n  "request_timeout"\n2 keys missing\n##[error]Process completed with exit code 1.\n'),
    # LocalStack's own exception inside the emulator: often a feature it lacks or a bug, the same on every run
    ('localstack-internal-error-exception-while-calling',
     "$ awslocal s3api put-bucket-lifecycle-configuration --bucket assets --lifecycle-configuration file://lifecycle.json\nAn error occurred (InternalError) when calling the PutBucketLifecycleConfiguration operation (reached max retries: 4): exception while calling s3.PutBucketLifecycleConfiguration: 'NoneType' object has no attribute 'get'\n##[error]Process completed with exit code 1.\n"),
    # go test's own time limit, then no report: a hang in the change or a slow runner, never the reporter's path
    ('go-test-timeout-panic-then-dorny-nothing',
     'Run go test ./... 2>&1 | go-junit-report -set-exit-code > report.xml\npanic: test timed out after 10m0s\n\trunning tests:\n\t\tTestSyncLoop (10m0s)\n\ngoroutine 41 [running]:\nFAIL\texample.org/acme/sync\t600.021s\n##[error]Process completed with exit code 1.\nRun dorny/test-reporter@v1\n##[error]No test report files were found\n'),
    # a CloudWatch metric call the script went on from, then pytest failed on a value: no sure rerun
    ('cloudwatch-metric-error-then-pytest-fail',
     '$ aws cloudwatch put-metric-data --namespace CI --metric-name Started --value 1 || true\nAn error occurred (InternalServiceError) when calling the PutMetricData operation (reached max retries: 2): Internal service error\nAn error occurred (InternalError) when calling the PutMetricData operation (reached max retries: 2): We encountered an internal error.\n$ pytest -q\ncollected 212 items\n\ntests/test_cart.py ........F.....                                        [100%]\nFAILED tests/test_cart.py::test_total_includes_tax - assert 107 == 108\n========================= 1 failed, 211 passed in 41.20s =========================\n\nExited with code exit status 1\n'),
]

# not read real: nothing says the cause stays
NOT_REAL: list[tuple[str, str]] = [
    # a Cake build's download met GitHub's 403 (its rate limit as often as a permission): no NuGet push refused
    ('cake-github-download-403',
     "========================================\nDownloadTools\n========================================\nDownloading https://api.github.com/repos/acme/tools/releases/latest\nAn error occurred when executing task 'DownloadTools'.\nError: Response status code does not indicate success: 403 (Forbidden).\n##[error]Process completed with exit code 1.\n"),
]

# read transient: the service's or the runner's trouble
TRANSIENT: list[tuple[str, str]] = [
    # guard: the tests passed, then Slack's internal_error: the service
    ('slack-gha-ratelimited-alone-guard',
     'Run slackapi/slack-github-action@v2\nPASS src/cart.test.ts\nTests:       88 passed, 88 total\n##[error]An API error occurred: internal_error\n'),
    # guard: the CircleCI orb's jq'd service_unavailable under its header
    ('slack-orb-service-unavailable-guard',
     '#!/bin/bash -eo pipefail\nSending to Slack Channel: C0123ABCD\nSlack API returned an error message:\n"service_unavailable"\n\n\nView the Setup Guide: https://example.org/slack-orb/wiki/Setup\n\nExited with code exit status 1\n'),
    # a listing's quoted channel_not_found is no Slack refusal; npm's connection reset is what failed
    ('i18n-listing-channel-not-found-then-network',
     'Missing keys resolved:\n  "channel_not_found"\nnpm error code ECONNRESET\nnpm error network aborted\nnpm error network This is a problem related to network connectivity.\n##[error]Process completed with exit code 1.\n'),
    # guard: pytest was killed (OOM), then no report: the resource
    ('pytest-oom-killed-then-dorny-nothing',
     'Run pytest -n 4 --junitxml=reports/junit.xml\ncollected 1840 items\ntests/test_model.py ........\n/home/runner/work/_temp/3f1a.sh: line 1:  2231 Killed                  pytest -n 4 --junitxml=reports/junit.xml\n##[error]Process completed with exit code 137.\nRun dorny/test-reporter@v1\nWarning: No file matches path reports/**/*.xml\n##[error]No test report files were found\n'),
    # the test step hit its time limit, then no report: the timeout's damage, not the report path
    ('step-timeout-then-dorny-nothing',
     "Run npm test -- --ci --reporters=jest-junit\n PASS  src/cart.test.ts\n PASS  src/order.test.ts\n##[error]The action 'Run tests' has timed out after 30 minutes.\nRun dorny/test-reporter@v1\nWarning: No file matches path junit.xml\n##[error]No test report files were found\n"),
    # guard: the job's time limit, then no report
    ('job-time-limit-then-junit-report-nothing',
     'Run ./gradlew test\n> Task :app:test\n##[error]The job running on runner GitHub Actions 12 has exceeded the maximum execution time of 60 minutes.\n##[error]The operation was canceled.\nRun mikepenz/action-junit-report@v5\n📘 Reading input values\n##[error]❌ No test results found for JUnit Test Report\n'),
    # guard: the runner shut down, then no report
    ('runner-shutdown-then-dorny-nothing',
     'Run pytest --junitxml=reports/junit.xml\ncollected 900 items\n##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.\nRun dorny/test-reporter@v1\n##[error]No test report files were found\n'),
    # guard: a Jest worker SIGKILLed, then no report
    ('jest-worker-sigkill-then-junit-report-nothing',
     'Run npx jest --ci\n FAIL  src/big.test.ts\n  ● Test suite failed to run\n\n    A jest worker process (pid=2231) was terminated by another process: signal=SIGKILL. Operating system logs may contain more information on why this occurred.\n\nTest Suites: 1 failed, 40 passed, 41 total\n##[error]Process completed with exit code 1.\nRun mikepenz/action-junit-report@v5\n##[error]❌ No test results found for Jest Report\n'),
    # guard: npm ci met a 503, the tests never ran, then no report (downstream)
    ('npm-ci-503-then-dorny-nothing-guard',
     'Run npm ci\nnpm error code E503\nnpm error 503 Service Unavailable - GET https://registry.npmjs.org/left-pad\n##[error]Process completed with exit code 1.\nRun dorny/test-reporter@v1\nWarning: No file matches path junit.xml\n##[error]No test report files were found\n'),
    # guard: aws s3 sync met S3's InternalError after its retries
    ('s3-cp-internal-error-alone-guard',
     'Run aws s3 sync dist/ s3://acme-site/\nupload failed: dist/index.html to s3://acme-site/index.html An error occurred (InternalError) when calling the PutObject operation (reached max retries: 4): We encountered an internal error. Please try again.\n##[error]Process completed with exit code 1.\n'),
    # guard: Lambda's ServiceException after the CLI's retries
    ('lambda-invoke-service-exception-guard',
     '$ aws lambda invoke --function-name smoke-check out.json\n\nAn error occurred (ServiceException) when calling the Invoke operation (reached max retries: 2): An error occurred and the request cannot be processed.\n\nExited with code exit status 1\n'),
    # guard: buildevents' trace-URL notice is noise; npm's ETIMEDOUT is what failed
    ('buildevents-trace-url-only-then-network',
     'running /bin/bash -c npm ci\nnpm error code ETIMEDOUT\nnpm error network request to https://registry.npmjs.org/left-pad failed, reason: connect ETIMEDOUT 104.16.0.35:443\nUnable to create trace URL: unable to verify API key: 401 Unauthorized\n\nExited with code exit status 1\n'),
    # guard: tests passed, then Slack's rate limit
    ('jest-pass-then-slack-ratelimited-guard',
     'PASS src/cart.test.ts\nTests:       88 passed, 88 total\nTime:        12.4 s\nRun slackapi/slack-github-action@v2\n##[error]An API error occurred: ratelimited\n'),
    # guard: Teams' 503 alone
    ('teams-503-alone-guard',
     '$ ./ci/notify-teams.sh\nWebhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error 503 with ContextId tcid=0,server=msgapi-4\n##[error]Process completed with exit code 1.\n'),
    # guard: tests passed, then Sentry's 429
    ('pytest-pass-then-sentry-429-guard',
     '========================= 212 passed in 41.20s =========================\nerror: API request failed\n\nCaused by:\n    sentry reported an error: You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 seconds (http status: 429)\n##[error]Process completed with exit code 1.\n'),
]

# read wrong by aws-service-internal-error (outside these sections): left, see the reason on the test
LEFT_REAL: list[tuple[str, str]] = [
    # Sphinx -W failed on a docs warning; the indented AWS line is the page's text
    ('rst-docs-listing-aws-errors',
     '$ sphinx-build -W -b html docs docs/_build\nRunning Sphinx v7.2.6\ndocs/errors.rst:12: WARNING: Inline literal start-string without end-string.\n   An error occurred (InternalServerException) when calling the GetAuthorizationToken operation: ...\nbuild finished with problems, 1 warning (with warnings treated as errors).\n##[error]Process completed with exit code 1.\n'),
]


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(AMBIGUOUS))
def test_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(NOT_REAL))
def test_not_surely_real(log):
    v = judge(log)
    assert not (v.verdict == "real" and v.confidence >= 0.7), (v.confidence, v.rationale)


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log):
    reads(log, "transient")


@pytest.mark.xfail(strict=True, reason="aws-service-internal-error reads the AWS error line Sphinx's output shows under a docs warning (page text, not a call the job made); the engine cannot tell a docs builder's quoted line from a client's, and an unless_log on Sphinx's -W summary would drop a real AWS outage in a docs job that fetched from AWS (xfail15 fixed the Stubber case: cloud-throttled passes over add_client_error)")
@pytest.mark.parametrize("log", logs(LEFT_REAL))
def test_left_real(log):
    reads(log, "real")


def test_case_ids_are_unique():
    assert_unique_ids(REAL, AMBIGUOUS, NOT_REAL, TRANSIENT, LEFT_REAL)
