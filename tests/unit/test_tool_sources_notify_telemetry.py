"""Fourteenth round, tool sources: the reporting and notification steps a CI job runs, often after its
tests (sentry-cli releases and source-map uploads, datadog-ci's SARIF upload, Bugsnag and Rollbar
source-map uploads, Honeycomb's buildevents, Slack notifications through slackapi/slack-github-action
and @slack/web-api or @slack/webhook, Microsoft Teams and Discord webhooks, GitHub's commit status API
from a script, and the test-report publishers dorny/test-reporter, EnricoMi/publish-unit-test-result-action
and mikepenz/action-junit-report).

Each case is a short log written for the test around one message as the tool prints it, read from the
tool's own source (the comment above each case names the repository and file holding the format string;
the few that rest on a service's documentation say so). Hosts, tokens, channels, projects and paths are
made up; no project's CI log is copied. test_tool_sources_upload.py (datadog-ci's jUnit upload, Codecov,
Coveralls) and test_tool_sources_scanners_forge_api.py (octokit, gh, PyGithub relaying GitHub's answers)
hold the neighbours; their cases are not repeated here.

The rules the cases hold:
  * such a step's outage alone, the tests having passed (Sentry's 502/504 after sentry-cli's retries or
    its 429, Slack's 5xx, its rate limit or its own fatal_error, a connection that timed out, Teams' 429,
    Discord's rate limit, Bugsnag's server error or timeout, GitHub's 5xx after PyGithub's retries) ->
    transient;
  * its own persistent refusals (Sentry's invalid token, an unknown project or organization, a missing
    auth token; Slack's invalid_auth, channel_not_found, not_in_channel, a webhook URL that answers 404;
    Discord's unknown webhook; Rollbar's invalid access token; Bugsnag's invalid API key or a duplicate
    upload; a report publisher finding no report files, or a token lacking a permission) -> real;
  * a deterministic test failure followed by such a step's outage -> real: the outage did not make the
    job fail;
  * a test publisher's own verdict on the results ("test results have status failure", "Tests reported
    3 failures", "Failed test were found") -> real;
  * the tool's words inside a failing test of the code (an assertion quoting "ratelimited", a test title)
    are not its failure.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_SENTRY_END = ("\nAdd --log-level=[info|debug] or export SENTRY_LOG_LEVEL=[info|debug] to see more output.\n"
               "Please attach the full debug log to all bug reports.\n" + _EXIT)
_SENTRY_UP = ("> Found 14 files\n> Analyzing 14 sources\n> Adding source map references\n"
              "> Bundled 14 files for upload\n")
_PYTEST_FAIL = ("============================= test session starts ==============================\n"
                "collected 212 items\n\n"
                "tests/test_cart.py ........F.....                                        [100%]\n"
                "FAILED tests/test_cart.py::test_total_includes_tax - assert 107 == 108\n"
                "========================= 1 failed, 211 passed in 41.20s =========================\n"
                + _EXIT)
_JEST_FAIL = ("FAIL src/cart.test.ts\n"
              "  ● cart › adds tax\n\n"
              "    expect(received).toBe(expected) // Object.is equality\n\n"
              "    Expected: 108\n    Received: 107\n\n"
              "Tests:       1 failed, 87 passed, 88 total\n" + _EXIT)
_JEST_PASS = ("PASS src/cart.test.ts\nTests:       88 passed, 88 total\nTime:        12.4 s\n"
              "Ran all test suites.\n")

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ sentry-cli
    # getsentry/sentry-cli src/api/mod.rs (RETRY_STATUS_CODES 502, 503, 504, 507, 524 retried, then the last
    # answer returned), src/api/errors/sentry_error.rs ("sentry reported an error: {detail} (http status:
    # {status})", 502 -> "bad gateway", 504 -> "gateway timeout"), src/api/errors/api_error.rs ("API request
    # failed"), src/utils/system.rs print_error ("error: {err:?}", anyhow's "Caused by:", "Add --log-level=...")
    ("sentry-cli-upload-502", "transient",
     _SENTRY_UP
     + "error: API request failed\n\nCaused by:\n    sentry reported an error: bad gateway (http status: 502)\n"
     + _SENTRY_END),
    ("sentry-cli-release-new-504", "transient",
     "Run sentry-cli releases new \"web@3.4.1\"\n"
     "error: API request failed\n\nCaused by:\n    sentry reported an error: gateway timeout (http status: 504)\n"
     + _SENTRY_END),
    ("sentry-cli-finalize-503", "transient",
     "Run sentry-cli releases finalize \"web@3.4.1\"\n"
     "error: API request failed\n\nCaused by:\n    sentry reported an error: unknown error (http status: 503)\n"
     + _SENTRY_END),
    # the server's 429 detail (getsentry/sentry src/sentry/middleware/ratelimit.py DEFAULT_ERROR_MESSAGE:
    # "You are attempting to use this endpoint too frequently. Limit is {limit} requests in {window} seconds")
    ("sentry-cli-429-too-frequently", "transient",
     _SENTRY_UP
     + "error: API request failed\n\nCaused by:\n    sentry reported an error: You are attempting to use this "
     "endpoint too frequently. Limit is 40 requests in 1 seconds (http status: 429)\n" + _SENTRY_END),
    # curl's own error under ApiErrorKind::RequestFailed (src/api/errors/api_error.rs From<curl::Error>)
    ("sentry-cli-curl-timeout", "transient",
     _SENTRY_UP
     + "error: API request failed\n\nCaused by:\n    [28] Timeout was reached (Operation timed out after 30001 "
     "milliseconds with 0 bytes received)\n" + _SENTRY_END),
    # src/api/errors/sentry_error.rs with the server's detail for a refused token
    ("sentry-cli-invalid-token-401", "real",
     "Run sentry-cli releases new \"web@3.4.1\"\n"
     "error: API request failed\n\nCaused by:\n    sentry reported an error: Invalid token (http status: 401)\n"
     + _SENTRY_END),
    ("sentry-cli-no-permission-403", "real",
     _SENTRY_UP
     + "error: API request failed\n\nCaused by:\n    sentry reported an error: You do not have permission to "
     "perform this action. (http status: 403)\n" + _SENTRY_END),
    # src/api/errors/api_error.rs (ProjectNotFound, OrganizationNotFound, ReleaseNotFound, AuthMissing)
    ("sentry-cli-project-not-found", "real",
     _SENTRY_UP
     + "error: Project not found. Ensure that you configured the correct project and organization.\n"
     + _SENTRY_END),
    ("sentry-cli-organization-not-found", "real",
     "Run sentry-cli releases set-commits \"web@3.4.1\" --auto\n"
     "error: organization not found\n" + _SENTRY_END),
    ("sentry-cli-release-not-found", "real",
     "Run sentry-cli releases deploys \"web@3.4.1\" new -e production\n"
     "error: Release not found. Ensure that you configured the correct release, project, and organization.\n"
     + _SENTRY_END),
    ("sentry-cli-auth-token-required", "real",
     "Run sentry-cli sourcemaps upload --release web@3.4.1 dist\n"
     "error: Auth token is required for this request. Please run `sentry-cli login` and try again!\n"
     + _SENTRY_END),
    # src/utils/sourcemaps.rs ("Cannot upload: You must either specify a release or have debug ids injected
    # into your sources", "Encountered problems when validating source maps.")
    ("sentry-cli-no-release-no-debug-ids", "real",
     "> Found 14 files\n"
     "error: Cannot upload: You must either specify a release or have debug ids injected into your sources\n"
     + _SENTRY_END),
    ("sentry-cli-sourcemaps-validation", "real",
     "> Found 14 files\n> Rewriting sources\n"
     "  ! source map for dist/app.js is missing its sources\n"
     "error: Encountered problems when validating source maps.\n" + _SENTRY_END),
    # src/commands/releases/set_commits.rs ("Unknown repo '{}'")
    ("sentry-cli-set-commits-unknown-repo", "real",
     "Run sentry-cli releases set-commits web@3.4.1 --commit \"acme/web-frontend@0a1b2c3\"\n"
     "error: Unknown repo 'acme/web-frontend'\n" + _SENTRY_END),
    # a deterministic test failure, then sentry-cli's finalize step (if: always()) meeting Sentry's 502
    ("jest-fail-then-sentry-502", "real",
     _JEST_FAIL
     + "Run sentry-cli releases finalize \"web@3.4.1\"\n"
     "error: API request failed\n\nCaused by:\n    sentry reported an error: bad gateway (http status: 502)\n"
     + _SENTRY_END),
    # ------------------------------------------------------------------ datadog-ci SARIF upload
    # DataDog/datadog-ci packages/plugin-sarif/src/renderer.ts ("[attempt {n}] Retrying SARIF report upload
    # [{path}]: {message}", "Failed upload SARIF report file {path}: {message}")
    ("datadog-sarif-503", "transient",
     "Starting upload with concurrency 20.\nWill upload SARIF file reports/semgrep.sarif\n"
     "[attempt 1] Retrying SARIF report upload [reports/semgrep.sarif]: Request failed with status code 503\n"
     "[attempt 5] Retrying SARIF report upload [reports/semgrep.sarif]: Request failed with status code 503\n"
     "❌ Failed upload SARIF report file reports/semgrep.sarif: Request failed with status code 503\n"
     "API status code: 503\n" + _EXIT),
    ("datadog-sarif-403", "real",
     "Starting upload with concurrency 20.\nWill upload SARIF file reports/semgrep.sarif\n"
     "❌ Failed upload SARIF report file reports/semgrep.sarif: Request failed with status code 403\n"
     "API status code: 403\n" + _EXIT),
    # ------------------------------------------------------------------ slackapi/slack-github-action
    # slackapi/slack-github-action src/client.js (WebClient.apiCall, errors rethrown as SlackError),
    # src/index.js (core.error(error.message)); slackapi/node-slack-sdk packages/web-api/src/errors.ts
    # ("An API error occurred: {error}", "A request error occurred: {message}", "An HTTP protocol error
    # occurred: statusCode = {code}", "A rate-limit has been reached, you may retry this request in {n}
    # seconds")
    ("slack-gha-invalid-auth", "real",
     "Run slackapi/slack-github-action@v2\n"
     "##[error]An API error occurred: invalid_auth\n"
     "SlackError: An API error occurred: invalid_auth\n"
     "    at Client.post (file:///home/runner/work/_actions/slackapi/slack-github-action/v2/src/client.js:71:13)\n"),
    ("slack-gha-channel-not-found", "real",
     "Run slackapi/slack-github-action@v2\n"
     "##[error]An API error occurred: channel_not_found\n"
     "SlackError: An API error occurred: channel_not_found\n"),
    ("slack-gha-not-in-channel", "real",
     "Run slackapi/slack-github-action@v2\n"
     "##[error]An API error occurred: not_in_channel\n"),
    ("slack-gha-rate-limit-reached", "transient",
     "Run slackapi/slack-github-action@v2\n"
     "##[error]A rate-limit has been reached, you may retry this request in 30 seconds\n"
     "SlackError: A rate-limit has been reached, you may retry this request in 30 seconds\n"),
    # Slack's platform error for a rate limit it answers with 200 (api.slack.com: chat.postMessage errors)
    ("slack-gha-platform-ratelimited", "transient",
     "Run slackapi/slack-github-action@v2\n"
     "##[error]An API error occurred: ratelimited\n"),
    # Slack's own server errors as platform errors (api.slack.com, common errors: fatal_error,
    # internal_error, service_unavailable, request_timeout) (documentation)
    ("slack-gha-fatal-error", "transient",
     "Run slackapi/slack-github-action@v2\n"
     "##[error]An API error occurred: fatal_error\n"),
    ("slack-gha-service-unavailable", "transient",
     "Run slackapi/slack-github-action@v2\n"
     "##[error]An API error occurred: service_unavailable\n"),
    ("slack-gha-http-503", "transient",
     "Run slackapi/slack-github-action@v2\n"
     "##[error]An HTTP protocol error occurred: statusCode = 503\n"),
    ("slack-gha-request-etimedout", "transient",
     "Run slackapi/slack-github-action@v2\n"
     "##[error]A request error occurred: connect ETIMEDOUT 203.0.113.20:443\n"),
    # src/webhook.js (IncomingWebhook.send; @slack/webhook packages/webhook/src/errors.ts): a webhook URL
    # Slack no longer knows answers 404 (no_service) or 403 (invalid_token), every time
    ("slack-gha-webhook-404", "real",
     "Run slackapi/slack-github-action@v2\n"
     "##[error]An HTTP protocol error occurred: statusCode = 404\n"),
    ("slack-gha-webhook-403", "real",
     "Run slackapi/slack-github-action@v2\n"
     "##[error]An HTTP protocol error occurred: statusCode = 403\n"),
    ("slack-gha-webhook-500", "transient",
     "Run slackapi/slack-github-action@v2\n"
     "##[error]An HTTP protocol error occurred: statusCode = 500\n"),
    # src/client.js ("No token was provided to post with"), src/webhook.js ("No webhook was provided to post to")
    ("slack-gha-no-token", "real",
     "Run slackapi/slack-github-action@v2\n"
     "##[error]No token was provided to post with\n"),
    ("slack-gha-no-webhook", "real",
     "Run slackapi/slack-github-action@v2\n"
     "##[error]No webhook was provided to post to\n"),
    # a deterministic test failure, then the notification (if: failure()) meeting Slack's 503
    ("pytest-fail-then-slack-503", "real",
     _PYTEST_FAIL
     + "Run slackapi/slack-github-action@v2\n"
     "##[error]An HTTP protocol error occurred: statusCode = 503\n"),
    ("jest-fail-then-slack-rate-limit", "real",
     _JEST_FAIL
     + "Run slackapi/slack-github-action@v2\n"
     "##[error]A rate-limit has been reached, you may retry this request in 12 seconds\n"),
    # the tests passed, then the notification met Slack's outage
    ("jest-pass-then-slack-timeout", "transient",
     _JEST_PASS
     + "Run slackapi/slack-github-action@v2\n"
     "##[error]A request error occurred: read ECONNRESET\n"),
    # ------------------------------------------------------------------ CircleCI slack orb
    # CircleCI-Public/slack-orb src/scripts/notify.sh ("Slack API returned an error message:" then the
    # "error" of Slack's answer); the orb's other wordings are in test_tool_sources_circleci.py
    ("slack-orb-invalid-auth", "real",
     "#!/bin/bash -eo pipefail\n"
     "Sending to Slack Channel: C0123ABCD\n"
     "Slack API returned an error message:\n"
     '"invalid_auth"\n\n\n'
     "View the Setup Guide: https://example.org/slack-orb/wiki/Setup\n" + _CIRCLE),
    ("slack-orb-api-ratelimited", "transient",
     "#!/bin/bash -eo pipefail\n"
     "Sending to Slack Channel: C0123ABCD\n"
     "Slack API returned an error message:\n"
     '"ratelimited"\n\n\n'
     "View the Setup Guide: https://example.org/slack-orb/wiki/Setup\n" + _CIRCLE),
    # ------------------------------------------------------------------ Microsoft Teams / Discord webhooks
    # Teams' connector answers 200 with this text when it throttles (learn.microsoft.com, "Rate limiting for
    # connectors": "Webhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error
    # 429") (documentation)
    ("teams-webhook-429", "transient",
     "$ curl -sS -H 'Content-Type: application/json' -d @card.json \"$TEAMS_WEBHOOK_URL\"\n"
     "Webhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error 429 with "
     "ContextId tcid=0,server=msgapi-example-1,cv=AbCdEf12.0\n"
     "notify: Teams did not accept the message\n" + _EXIT),
    ("mvn-fail-then-teams-429", "real",
     "[ERROR] Tests run: 48, Failures: 1, Errors: 0, Skipped: 0\n"
     "[ERROR] Failures: \n"
     "[ERROR]   CartTest.totalIncludesTax:41 expected: <108> but was: <107>\n"
     "[INFO] BUILD FAILURE\n" + _EXIT
     + "Run ./ci/notify-teams.sh\n"
     "Webhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error 429 with "
     "ContextId tcid=0,server=msgapi-example-1,cv=AbCdEf12.0\n" + _EXIT),
    # Discord's webhook answers (discord.com/developers/docs: rate limits, JSON error codes 10015 Unknown
    # Webhook, 50027 Invalid Webhook Token) (documentation)
    ("discord-webhook-rate-limited", "transient",
     "$ curl -sS -f-with-body -H 'Content-Type: application/json' -d @msg.json \"$DISCORD_WEBHOOK\"\n"
     "{\"message\": \"You are being rate limited.\", \"retry_after\": 1.2, \"global\": false}\n"
     "curl: (22) The requested URL returned error: 429\n" + _EXIT),
    ("discord-webhook-unknown", "real",
     "$ curl -sS -f-with-body -H 'Content-Type: application/json' -d @msg.json \"$DISCORD_WEBHOOK\"\n"
     "{\"message\": \"Unknown Webhook\", \"code\": 10015}\n"
     "curl: (22) The requested URL returned error: 404\n" + _EXIT),
    ("discord-webhook-invalid-token", "real",
     "$ curl -sS -f-with-body -H 'Content-Type: application/json' -d @msg.json \"$DISCORD_WEBHOOK\"\n"
     "{\"message\": \"Invalid Webhook Token\", \"code\": 50027}\n"
     "curl: (22) The requested URL returned error: 401\n" + _EXIT),
    # ------------------------------------------------------------------ Rollbar
    # Rollbar's API answer to a refused token (docs.rollbar.com, API: {"err": 1, "message": "invalid access
    # token"}) from its source-map endpoint (documentation)
    ("rollbar-sourcemap-invalid-token", "real",
     "$ curl -sS --fail-with-body https://api.rollbar.example/api/1/sourcemap -F access_token=*** "
     "-F version=0a1b2c3 -F minified_url=https://cdn.example.org/app.js -F source_map=@dist/app.js.map\n"
     "{\"err\": 1, \"message\": \"invalid access token\"}\n"
     "curl: (22) The requested URL returned error: 401\n" + _EXIT),
    ("rollbar-sourcemap-502", "transient",
     "$ curl -sS --fail-with-body https://api.rollbar.example/api/1/sourcemap -F access_token=*** "
     "-F version=0a1b2c3 -F minified_url=https://cdn.example.org/app.js -F source_map=@dist/app.js.map\n"
     "<html><head><title>502 Bad Gateway</title></head></html>\n"
     "curl: (22) The requested URL returned error: 502\n" + _EXIT),
    # ------------------------------------------------------------------ Bugsnag source maps
    # bugsnag/bugsnag-source-maps src/uploaders/lib/FormatErrorLog.ts ("The provided API key was invalid.",
    # "A server side error occurred while processing the upload.", "The request timed out.", "A source map
    # matching the same criteria has already been uploaded. ...", "The uploaded source map was empty."),
    # src/Request.ts ("HTTP status {code} received from upload API"), logged through consola
    ("bugsnag-invalid-api-key", "real",
     "[info] Preparing upload of browser source map for \"https://cdn.example.org/app.js\"\n"
     "[error] The provided API key was invalid.\n\n"
     "[error] NetworkError: HTTP status 401 received from upload API\n" + _EXIT),
    ("bugsnag-server-side-error", "transient",
     "[info] Preparing upload of browser source map for \"https://cdn.example.org/app.js\"\n"
     "[error] A server side error occurred while processing the upload.\n\n"
     "  responseText = upstream unavailable\n\n"
     "[error] NetworkError: HTTP status 503 received from upload API\n" + _EXIT),
    ("bugsnag-request-timed-out", "transient",
     "[info] Preparing upload of browser source map for \"https://cdn.example.org/app.js\"\n"
     "[error] The request timed out.\n\n"
     "[error] NetworkError: Connection timed out\n" + _EXIT),
    ("bugsnag-duplicate", "real",
     "[info] Preparing upload of browser source map for \"https://cdn.example.org/app.js\"\n"
     "[error] A source map matching the same criteria has already been uploaded. If you want to replace it, "
     "use the \"overwrite\" flag.\n\n"
     "[error] NetworkError: HTTP status 409 received from upload API\n" + _EXIT),
    ("bugsnag-empty-file", "real",
     "[info] Preparing upload of browser source map for \"https://cdn.example.org/app.js\"\n"
     "[error] The uploaded source map was empty.\n\n"
     "[error] NetworkError: HTTP status 422 received from upload API\n" + _EXIT),
    # bugsnag/bugsnag-source-maps src/Request.ts ("Unknown connection error" for a socket error that is neither
    # ECONNREFUSED nor a timeout: a reset or a lookup), src/uploaders/lib/FormatErrorLog.ts ("An unexpected error occurred.")
    ("bugsnag-unknown-connection-error", "transient",
     "[info] Preparing upload of browser source map for \"https://cdn.example.org/app.js\"\n"
     "[error] An unexpected error occurred.\n\n"
     "[error] NetworkError: Unknown connection error\n" + _EXIT),
    # ------------------------------------------------------------------ Honeycomb buildevents
    # honeycombio/buildevents cmd_cmd.go ("running", shell, "-c", subcmd): the wrapped command's own failure
    # is the step's; a step script that then runs `buildevents build` (cmd_build.go: "Unable to create trace
    # URL: %v", printed to stderr and gone on from) before exiting with the test's code
    ("buildevents-cmd-wraps-failing-test", "real",
     "running /bin/bash -c go test ./...\n"
     "--- FAIL: TestTotalIncludesTax (0.00s)\n"
     "    cart_test.go:41: got 107, want 108\n"
     "FAIL\n"
     "FAIL\tgit.example.org/acme/shop/cart\t0.012s\n"
     "Unable to create trace URL: unable to verify API key: Post \"https://api.honeycomb.example/1/auth\": "
     "dial tcp: lookup api.honeycomb.example: i/o timeout\n" + _CIRCLE),
    # ------------------------------------------------------------------ dorny/test-reporter
    # dorny/test-reporter src/main.ts ("No test report files were found", "Failed test were found and
    # 'fail-on-error' option is set to {x}", "Processing test results from {file} failed"), the parsers'
    # "Invalid XML at {path}"
    ("dorny-no-report-files", "real",
     "Run dorny/test-reporter@v1\n"
     "Check runs will be created with SHA=0a1b2c3d4e\n"
     "Warning: No file matches path reports/**/*.xml\n"
     "##[error]No test report files were found\n"),
    ("dorny-failed-tests-found", "real",
     "Run dorny/test-reporter@v1\n"
     "Processing test results for check run JUnit results\n"
     "Creating check run JUnit results\n"
     "Check run create response: 201\n"
     "##[error]Failed test were found and 'fail-on-error' option is set to true\n"),
    ("dorny-invalid-xml", "real",
     "Run dorny/test-reporter@v1\n"
     "Processing test results for check run JUnit results\n"
     "##[error]Processing test results from reports/junit.xml failed\n"
     "##[error]Invalid XML at reports/junit.xml\n\n"
     "Error: Unclosed root tag\nLine: 41\n"),
    ("dorny-resource-not-accessible", "real",
     "Run dorny/test-reporter@v1\n"
     "Processing test results for check run JUnit results\n"
     "Creating check run JUnit results\n"
     "##[error]HttpError: Resource not accessible by integration\n"),
    # ------------------------------------------------------------------ publish-unit-test-result-action
    # EnricoMi/publish-unit-test-result-action python/publish_test_results.py ("This action finished
    # successfully, but test results have status {status}.", "Error processing result file: {message}")
    ("publish-unit-test-status-failure", "real",
     "Run EnricoMi/publish-unit-test-result-action@v2\n"
     "Available memory to read files: 6.8 GiB\n"
     "Reading files test-results/**/*.xml (3 files, 412.0 KiB)\n"
     "Publishing failure results for commit 0a1b2c3d4e\n"
     "##[error]This action finished successfully, but test results have status failure.\n"),
    ("publish-unit-test-parse-error", "real",
     "Run EnricoMi/publish-unit-test-result-action@v2\n"
     "Reading files test-results/**/*.xml (1 files, 2.0 KiB)\n"
     "##[error]Error processing result file: not well-formed (invalid token): line 3, column 12\n"
     "Publishing failure results for commit 0a1b2c3d4e\n"
     "##[error]This action finished successfully, but test results have status failure.\n"),
    # python/publish_test_results.py get_github (PyGithub's GithubRetry over urllib3: a 5xx on every try)
    ("publish-unit-test-github-502-retries", "transient",
     "Run EnricoMi/publish-unit-test-result-action@v2\n"
     "Reading files test-results/**/*.xml (3 files, 412.0 KiB)\n"
     "Publishing success results for commit 0a1b2c3d4e\n"
     "Traceback (most recent call last):\n"
     "  File \"/action/publish_test_results.py\", line 571, in <module>\n"
     "requests.exceptions.RetryError: HTTPSConnectionPool(host='api.github.com', port=443): Max retries "
     "exceeded with url: /repos/acme/shop/check-runs (Caused by ResponseError('too many 502 error responses'))\n"),
    ("publish-unit-test-github-403", "real",
     "Run EnricoMi/publish-unit-test-result-action@v2\n"
     "Publishing success results for commit 0a1b2c3d4e\n"
     "Traceback (most recent call last):\n"
     "  File \"/action/publish_test_results.py\", line 571, in <module>\n"
     "github.GithubException.GithubException: 403 {\"message\": \"Resource not accessible by integration\", "
     "\"documentation_url\": \"https://docs.github.com/rest/checks/runs#create-a-check-run\"}\n"),
    # ------------------------------------------------------------------ mikepenz/action-junit-report
    # mikepenz/action-junit-report src/main.ts ("❌ A token is required to execute this action", "❌ No test
    # results found for {check}", "❌ Tests reported {n} failures", "❌ Failed to create checks using the
    # provided token. ({error})", "⚠️ This usually indicates insufficient permissions. ...")
    ("junit-report-no-results", "real",
     "Run mikepenz/action-junit-report@v5\n"
     "📘 Reading input values\n"
     "##[error]❌ No test results found for JUnit Test Report\n"),
    ("junit-report-tests-failed", "real",
     "Run mikepenz/action-junit-report@v5\n"
     "📘 Reading input values\n"
     "ℹ️ Posting with conclusion 'failure' to refs/pull/42/merge (sha: 0a1b2c3d4e)\n"
     "##[error]❌ Tests reported 3 failures\n"),
    ("junit-report-no-token", "real",
     "Run mikepenz/action-junit-report@v5\n"
     "##[error]❌ A token is required to execute this action\n"),
    ("junit-report-checks-permission", "real",
     "Run mikepenz/action-junit-report@v5\n"
     "ℹ️ Posting with conclusion 'success' to refs/pull/42/merge (sha: 0a1b2c3d4e)\n"
     "##[error]❌ Failed to create checks using the provided token. (HttpError: Resource not accessible by "
     "integration)\n"
     "##[warning]⚠️ This usually indicates insufficient permissions. More details: "
     "https://example.org/action-junit-report/issues/23\n"
     "##[error]❌ Tests reported 1 failures\n"),
    # ------------------------------------------------------------------ commit status from a script
    # GitHub's REST API for statuses (docs.github.com/rest/commits/statuses): an unknown sha answers 422
    # "No commit found for SHA: {sha}" (documentation)
    ("commit-status-no-commit-for-sha", "real",
     "$ curl -sS --fail-with-body -X POST -H \"Authorization: Bearer ***\" "
     "https://api.github.com/repos/acme/shop/statuses/0a1b2c3d4e5f -d @status.json\n"
     "{\"message\":\"No commit found for SHA: 0a1b2c3d4e5f\",\"documentation_url\":"
     "\"https://docs.github.com/rest/commits/statuses#create-a-commit-status\",\"status\":\"422\"}\n"
     "curl: (22) The requested URL returned error: 422\n" + _EXIT),
    ("commit-status-bad-gateway", "transient",
     "$ curl -sS --fail-with-body -X POST -H \"Authorization: Bearer ***\" "
     "https://api.github.com/repos/acme/shop/statuses/0a1b2c3d4e5f -d @status.json\n"
     "{\"message\":\"Server Error\"}\n"
     "curl: (22) The requested URL returned error: 502\n" + _EXIT),
    # ------------------------------------------------------------------ near-misses: the code's own tests
    # a failing test of the code that quotes Slack's error words (pytest's assertion)
    ("pytest-test-quotes-slack-ratelimited", "real",
     "tests/test_notify.py F                                                   [100%]\n"
     "___________________________ test_retries_on_ratelimited ___________________________\n"
     "E       AssertionError: assert 'An API error occurred: ratelimited' == 'retry scheduled'\n"
     "FAILED tests/test_notify.py::test_retries_on_ratelimited - AssertionError: assert 'An API error "
     "occurred: ratelimited' == 'retry scheduled'\n"
     "========================= 1 failed, 40 passed in 3.10s =========================\n" + _EXIT),
    # the code's own log line (pytest's captured log) about Slack's answer, beside a failing assertion
    ("pytest-app-logs-slack-ratelimited", "real",
     "tests/test_alerts.py F                                                   [100%]\n"
     "------------------------------ Captured log call -------------------------------\n"
     "WARNING  app.alerts:notify.py:41 An API error occurred: ratelimited\n"
     "E       assert 0 == 1\n"
     "E        +  where 0 = len([])\n"
     "FAILED tests/test_alerts.py::test_alert_is_queued_when_throttled - assert 0 == 1\n"
     "========================= 1 failed, 12 passed in 1.02s =========================\n" + _EXIT),
    # a jest diff whose unchanged context holds Slack's error code on a line of its own
    ("jest-diff-context-ratelimited", "real",
     "FAIL src/notify.test.ts\n"
     "  ● notify › lists the codes it retries\n\n"
     "    expect(received).toEqual(expected) // deep equality\n\n"
     "    - Expected  - 1\n    + Received  + 0\n\n"
     "      Array [\n"
     "    -   \"service_unavailable\",\n"
     "        \"ratelimited\"\n"
     "      ]\n\n"
     "Tests:       1 failed, 9 passed, 10 total\n" + _EXIT),
    # a test expecting the SDK to raise, on Slack's words
    ("pytest-did-not-raise-slack-error", "real",
     "tests/test_notify.py F                                                   [100%]\n"
     "    def test_invalid_auth_raises():\n"
     ">       with pytest.raises(SlackApiError, match=\"invalid_auth\"):\n"
     "E       Failed: DID NOT RAISE <class 'slack_sdk.errors.SlackApiError'>\n"
     "FAILED tests/test_notify.py::test_invalid_auth_raises - Failed: DID NOT RAISE <class 'slack_sdk.errors.SlackApiError'>\n"
     "========================= 1 failed, 12 passed in 1.02s =========================\n" + _EXIT),
    # a jest test about the app's handling of Sentry's 502 fails on its own expectation
    ("jest-test-about-sentry-502", "real",
     "FAIL src/telemetry.test.ts\n"
     "  ● telemetry › reports sentry reported an error: bad gateway (http status: 502) as retryable\n\n"
     "    expect(received).toBe(expected) // Object.is equality\n\n"
     "    Expected: true\n    Received: false\n\n"
     "Tests:       1 failed, 30 passed, 31 total\n" + _EXIT),
]

# Wordings printed for an outage and for a persistent cause alike: never a sure transient.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # src/utils/file_upload.rs ("Failed to process uploaded files: {detail}"): the server's processing
    ("sentry-cli-failed-to-process",
     _SENTRY_UP
     + "> Uploading completed in 2.31s\n"
     "error: Failed to process uploaded files: an internal error occurred\n" + _SENTRY_END),
    # src/utils/file_upload.rs ("Failed to process files in {}s" with --wait): a slow server, or an upload that
    # large every time
    ("sentry-cli-processing-wait-ran-out",
     _SENTRY_UP
     + "> Uploading completed in 2.31s\n"
     "error: Failed to process files in 300s\n" + _SENTRY_END),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_notify_telemetry_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_notify_telemetry_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "An API error occurred: A rate-limit has been reached, you may retry this request in ",
    "sentry reported an error: (http status: 4 sentry reported an error: ",
    "Webhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error ",
    "No test report files were found ❌ No test results found for ",
]
