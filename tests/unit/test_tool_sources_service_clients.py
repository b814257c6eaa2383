"""Twentieth round, tool sources: the clients a CI job uses to talk to hosted services, read for how
they tell the service's trouble from the job's own.

Covered: Codecov's CLI (a commit over its upload limit, a short commit SHA), the Codecov action's
wrapper (a signature it could not verify, a runner without gpg) and the node uploader's tokenless
"Unable to locate build via Github Actions API"; Coveralls' coverage-reporter (a read timeout inspected
as it is raised, a job added to a closed build); Codacy's coverage reporter (its post retries
exhausted on a timeout or on an HTML 502 page, its "Request URL not found", an empty report, an
unrecognised report format, a short commit SHA); Code Climate's test reporter refused a second report
for a commit; SonarScanner's plugin download reset and its JRE endpoint answering 403 or 400; Semgrep's
``semgrep ci`` starting a scan (a 502 page, an unknown deployment, a token it does not accept);
go-github's rate-limit errors (the primary limit it refuses locally, the secondary limit with a retry
hint and the one it refuses locally), ghr (an asset upload answered 502, a release that already
exists, no token), @octokit/plugin-throttling as actions log it ("Request quota exhausted", "GraphQL
Rate Limit Exceeded"), changesets/action (GitHub refusing pull requests from Actions, a token that
does not match), PyGithub's RateLimitExceededException (primary and secondary) and a 403 "Resource not
accessible by integration", gh's rate limit for an installation and its GraphQL permission refusal,
hub's release conflict, semantic-release's request reset by GitHub, the Netlify CLI (a deploy folder
that is not there, deployments locked, a build that failed, the blob upload), the Railway CLI (an
upload answered 503, its rate limit, a token it refuses, an archive too large, a deploy that failed),
Vercel's and Heroku's build failures, testcontainers-node pulling into Docker Hub's pull rate limit, and
cargo publish on crates.io answering 503.

Already covered elsewhere and not repeated: Codecov's CLI 5xx retries, rate limit, token and
no-report errors, the node uploader's 5xx/429/404/401 and connect timeout, Coveralls' reporter
500/503/429/422 and missing token, coveralls-python and node-coveralls, SonarScanner's version and JRE
metadata 5xx/401 and project errors, cc-test-reporter's 503/401/DNS (test_tool_sources_upload.py);
SonarQube's quality gate, danger and changesets' own checks (test_tool_sources_pr_checks_coverage.py);
Snyk, Trivy's DB download, octokit/github-script 5xx, secondary limit, bad credentials and "Resource
not accessible by integration", gh's HTTP 5xx/401/403/404 and "submitted too quickly", PyGithub's 502,
go-github's 502/404, semantic-release's ENOGHTOKEN/EGHNOPERMISSION/EGITNOPERMISSION, release-please
(test_tool_sources_scanners_forge_api.py); sentry-cli, Slack, Teams, Discord
(test_tool_sources_notify_telemetry.py); npm/twine/cargo/gem publish conflicts and 5xx
(test_tool_sources_release_publish.py, test_tool_sources_clusters_stores_push.py); Netlify's
TextHTTPError and timeouts, Vercel's token and rate limit, Heroku's credentials and app errors, flyctl
(test_tool_sources_deploy.py); composer's GitHub API limit (test_tool_sources_lang_ecosystems_more.py);
Docker Hub's pull rate limit through docker itself (test_tool_sources_containers.py and others).

Each case is a short log written for this test around one message as the tool prints it. The wording
was read from the tools' source (the comment above each case names the repository and file holding
the format string): codecov/codecov-cli, codecov/codecov-action, codecov/codecov-api (the upload
limit's ValidationError), coverallsapp/coverage-reporter, codacy/codacy-coverage-reporter,
SonarSource's scanner engine and bootstrapper (the plugin download and "Error status returned by url"
formats, read through the code search), semgrep/semgrep, google/go-github, tcnksm/ghr,
octokit/plugin-throttling.js, changesets/action, PyGithub/PyGithub, netlify/cli, railwayapp/cli.
Recalled rather than read here, and marked so: the Codecov API's "Unable to locate build via Github
Actions API" detail, Coveralls' "Can't add a job to a build that is already closed", Code Climate's
409 text, GitHub's own answers ("GitHub Actions is not permitted to create or approve pull requests",
"API rate limit exceeded for installation ID", the secondary-limit text), gh's and hub's error
layouts, Crystal's Exception#inspect, docker-modem's "(HTTP code N) server error - " prefix, Vercel's
"Command ... exited with" and Heroku's "Push rejected" lines, cargo's "the remote server responded with
an error". Hosts, repositories, packages, tokens and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a service answering 5xx or an HTML error page, a rate limit (primary, secondary, GraphQL, a
    client refusing locally until the reset, Docker Hub's pull limit), a connection reset or a read
    timeout while the client posts or downloads -> transient;
  * a persistent cause: a token missing, refused or not matching, a permission the token or the
    repository's settings do not grant, a release or report that already exists, a commit over its
    upload limit, a build already closed, a deploy folder or report that is not there or empty, a
    report format the tool does not know, a short commit SHA, deployments locked, a build that fails,
    an archive too large, a runner without a tool the step needs, an OS the server has no JRE for
    -> real;
  * near-misses: tests ABOUT these clients failing on their assertions, an application's own log lines
    quoting a rate limit, an upload outage after a failing test summary -> real;
  * wordings printed for both (a signature the Codecov action could not verify: a key server down or a
    release that does not verify; Codecov's tokenless "Unable to locate build via Github Actions API":
    its GitHub API budget or a fork/workflow it cannot see; Netlify's blob upload error, with no cause
    printed) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"
_JENKINS = "ERROR: script returned exit code 1\nFinished: FAILURE\n"
_AZURE = "##[error]Bash exited with code '1'.\nFinishing: Upload coverage\n"


def _travis(cmd: str) -> str:
    return f'\nThe command "{cmd}" exited with 1.\n\nDone. Your build exited with 1.\n'


_CC_INFO = ("info - 2026-05-01 12:00:00,101 -- ci service found: github-actions\n"
            "info - 2026-05-01 12:00:00,230 -- Found 2 coverage files to report\n"
            "info - 2026-05-01 12:00:00,231 -- > /home/runner/work/shop/shop/coverage.xml\n")
_CODACY = ("+ bash <(curl -Ls https://coverage.codacy.com/get.sh) report -r coverage/lcov.info\n"
           "2026-05-01 12:00:00.101Z  info [CodacyCoverageReporter] Parsing coverage data from: "
           "/home/circleci/app/coverage/lcov.info ... - (ReportRules.scala:41)\n"
           "2026-05-01 12:00:00.530Z  info [CodacyCoverageReporter] Coverage parser used is LCOVParser "
           "- (ReportRules.scala:46)\n")
_SEMGREP = "+ semgrep ci\n                  \n┌────────────────┐\n│ Debugging Info │\n└────────────────┘\n"
_RAILWAY = ("+ railway up --ci --service api\n"
            "Indexed\nCompressed [====================] 100%\n")
_NETLIFY = "+ netlify deploy --dir=dist --prod\nNetlify CLI 17.38.1\n"


CASES: list[tuple[str, str, str]] = [
    # ================================================================== Codecov
    # codecov/codecov-api upload/helpers.py (ValidationError("Too many uploads to this commit.")), relayed by
    # codecov/codecov-cli codecov_cli/helpers/request.py (log_warnings_and_errors_if_any: "{process} failed:
    # {response text}") and codecov/codecov-action dist/codecov.sh (exit_if_error: "==> Failed to run
    # {command}", "    Exiting..."): the commit's limit is spent, a rerun of the same commit fails again
    ("codecov-cli-too-many-uploads-commit", "real",
     _CC_INFO +
     "info - 2026-05-01 12:00:01,500 -- Process Upload complete\n"
     "error - 2026-05-01 12:00:01,501 -- Upload failed: [\"Too many uploads to this commit.\"]\n"
     "==> Failed to run upload-process\n"
     "    Exiting...\n" + _GHA),
    # codecov_cli/helpers/validators.py (click.BadParameter("Use the full commit SHA")) on the -C/--sha/
    # --commit-sha option of codecov_cli/helpers/options.py, in click's "Invalid value for" layout
    ("codecov-cli-short-commit-sha", "real",
     "+ codecovcli upload-process -t $CODECOV_TOKEN -C 0a1b2c3 -f coverage.xml\n"
     "Usage: codecovcli upload-process [OPTIONS]\n"
     "Try 'codecovcli upload-process -h' for help.\n\n"
     "Error: Invalid value for '-C' / '--sha' / '--commit-sha': Use the full commit SHA\n" + _GL),
    # codecov/codecov-action action.yml ("Error: The following required dependencies are missing:%s",
    # "Please install these dependencies before using this action.")
    ("codecov-action-missing-gpg", "real",
     "Run codecov/codecov-action@v5\n"
     "Error: The following required dependencies are missing: gpg\n"
     "Please install these dependencies before using this action.\n" + _GHA),
    # ================================================================== Coveralls
    # coverallsapp/coverage-reporter src/coverage_reporter/cli/cmd.cr (the last rescue: "Log.error ex.inspect";
    # Crystal's Exception#inspect "#<Class:message>" recalled) around an IO::TimeoutError while posting
    ("coveralls-reporter-read-timeout", "transient",
     "⭐️ Coveralls Coverage Reporter v0.6.15\n📄 Using coverage file: coverage/lcov.info\n"
     "🚀 Posting coverage data to https://coveralls.io/api/v1/jobs\n"
     "#<IO::TimeoutError:Read timed out>\n" + _CIRCLE),
    # same file (rescue Api::UnprocessableEntity: "🚨 Oops! It looks like your request was not processible by
    # Coveralls."); the body (recalled) says the build was already closed by the parallel-done call
    ("coveralls-reporter-build-already-closed", "real",
     "⭐️ Coveralls Coverage Reporter v0.6.15\n📄 Using coverage file: coverage/lcov.info\n"
     "🚀 Posting coverage data to https://coveralls.io/api/v1/jobs\n"
     "---\nError: Unprocessable Entity\nResponse: {\"message\":\"Can't add a job to a build that is already "
     "closed. Build 7410512 is closed. See docs.coveralls.io/parallel-builds\",\"error\":true}\n---\n"
     "🚨 Oops! It looks like your request was not processible by Coveralls.\n"
     "This is often the is the result of an incorrectly set repo token.\n"
     "More info/troubleshooting here: https://docs.coveralls.io\n- 💛, Coveralls\n" + _GHA),
    # ================================================================== Codacy coverage reporter
    # codacy/codacy-coverage-reporter api-scala/.../CodacyClient.scala (retryPost: "Error doing a post to
    # {url}/{endpoint}: exhausted retries due to {message}"), src/.../rules/ReportRules.scala ("Failed to upload
    # coverage report {file}: {message}" as a warning, then "No coverage data was sent") and
    # CodacyCoverageReporter.scala (logger.error); wvlet's line layout recalled
    ("codacy-post-exhausted-read-timeout", "transient",
     _CODACY +
     "2026-05-01 12:01:30.902Z  warn [CodacyCoverageReporter] Failed to upload coverage report "
     "/home/circleci/app/coverage/lcov.info: Error doing a post to https://api.codacy.com/2.0/coverage/"
     "5e1f2a7c/javascript?partial=false: exhausted retries due to Read timed out - (ReportRules.scala:60)\n"
     "2026-05-01 12:01:30.903Z error [CodacyCoverageReporter] No coverage data was sent "
     "- (CodacyCoverageReporter.scala:28)\n" + _CIRCLE),
    # same files, the retried failure an HTML gateway page that is not JSON (parseJson: "Failed to parse API
    # response as JSON: {input}\nUnderlying exception - {message}")
    ("codacy-post-exhausted-502-page", "transient",
     _CODACY +
     "2026-05-01 12:01:02.100Z  warn [CodacyCoverageReporter] Failed to upload coverage report "
     "/home/circleci/app/coverage/lcov.info: Error doing a post to https://api.codacy.com/2.0/coverage/"
     "5e1f2a7c/javascript?partial=false: exhausted retries due to Failed to parse API response as JSON: "
     "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
     "</body></html>\n"
     "Underlying exception - Unexpected character ('<' (code 60)): expected a valid value - "
     "(ReportRules.scala:60)\n"
     "2026-05-01 12:01:02.101Z error [CodacyCoverageReporter] No coverage data was sent "
     "- (CodacyCoverageReporter.scala:28)\n" + _GL),
    # ReportRules.scala (handleFailedResponse: "Request URL not found. Check if the API Token you are using and the
    # API base URL are valid.")
    ("codacy-request-url-not-found", "real",
     _CODACY +
     "2026-05-01 12:00:01.200Z  warn [CodacyCoverageReporter] Failed to upload coverage report "
     "/home/circleci/app/coverage/lcov.info: Request URL not found. Check if the API Token you are using and "
     "the API base URL are valid. - (ReportRules.scala:60)\n"
     "2026-05-01 12:00:01.201Z error [CodacyCoverageReporter] No coverage data was sent "
     "- (CodacyCoverageReporter.scala:28)\n" + _CIRCLE),
    # ReportRules.scala ("The generated coverage report {file} is empty or contains no data for repository
    # files.")
    ("codacy-report-no-repository-files", "real",
     _CODACY +
     "2026-05-01 12:00:00.610Z  warn [CodacyCoverageReporter] The generated coverage report "
     "/home/circleci/app/coverage/lcov.info is empty or contains no data for repository files. "
     "- (ReportRules.scala:60)\n"
     "2026-05-01 12:00:00.611Z error [CodacyCoverageReporter] No coverage data was sent "
     "- (CodacyCoverageReporter.scala:28)\n" + _JENKINS),
    # coverage-parser/.../CoverageParser.scala ("Could not parse report, unrecognized report format (tried:
    # {parsers})")
    ("codacy-unrecognized-report-format", "real",
     "+ bash <(curl -Ls https://coverage.codacy.com/get.sh) report -r build/reports/tests.xml\n"
     "2026-05-01 12:00:00.101Z  info [CodacyCoverageReporter] Parsing coverage data from: "
     "/home/runner/work/app/build/reports/tests.xml ... - (ReportRules.scala:41)\n"
     "2026-05-01 12:00:00.402Z  warn [CodacyCoverageReporter] Could not parse report, unrecognized report "
     "format (tried: Cobertura, Jacoco, Clover, OpenCover, DotCover, PhpUnit, LCOV, Go) "
     "- (ReportRules.scala:60)\n"
     "2026-05-01 12:00:00.403Z error [CodacyCoverageReporter] No coverage data was sent "
     "- (CodacyCoverageReporter.scala:28)\n" + _GHA),
    # src/.../model/configuration/Configuration.scala ("Commit SHA-1 hash isn't valid. Make sure it consists of
    # 40 hexadecimal characters.")
    ("codacy-commit-sha-not-valid", "real",
     "+ bash <(curl -Ls https://coverage.codacy.com/get.sh) report --commit-uuid 0a1b2c3 -r coverage.xml\n"
     "2026-05-01 12:00:00.051Z error [CodacyCoverageReporter] Commit SHA-1 hash isn't valid. Make sure it "
     "consists of 40 hexadecimal characters. - (CodacyCoverageReporter.scala:28)\n" + _travis(
         "bash <(curl -Ls https://coverage.codacy.com/get.sh) report")),
    # ================================================================== Code Climate
    # codeclimate/test-reporter upload ("Error: response from {url}.\nHTTP {code}: {body}", read in round eleven);
    # the 409 body recalled: one report per commit
    ("cc-test-reporter-409-report-exists", "real",
     "+ ./cc-test-reporter after-build --exit-code 0\n"
     "Error: response from https://api.codeclimate.com/v1/test_reports.\n"
     "HTTP 409: A test report for commit 9f8e7d6c5b4a39281706f5e4d3c2b1a098765432 already exists, only one "
     "test report per commit can be uploaded.\n"
     "Usage:\n  cc-test-reporter after-build [flags]\n" + _CIRCLE),
    # ================================================================== SonarScanner
    # SonarSource sonar-scanner-engine (plugin files: "Fail to download plugin [%s] into %s"), through
    # sonar-maven-plugin's goal failure, the cause a reset connection
    ("sonar-maven-plugin-download-reset", "transient",
     "[INFO] --- sonar:3.11.0.3922:sonar (default-cli) @ shop ---\n"
     "[INFO] Load plugins index\n"
     "[INFO] Load/download plugins\n"
     "[INFO] ------------------------------------------------------------------------\n"
     "[INFO] BUILD FAILURE\n"
     "[INFO] ------------------------------------------------------------------------\n"
     "[ERROR] Failed to execute goal org.sonarsource.scanner.maven:sonar-maven-plugin:3.11.0.3922:sonar "
     "(default-cli) on project shop: Fail to download plugin [javascript] into "
     "/home/runner/.sonar/_tmp/fileCache8213310414.tmp: Connection reset -> [Help 1]\n" + _GHA),
    # SonarSource scanner bootstrapper (ServerConnection: "Error status returned by url [%s]: %s") on the JRE
    # endpoint: a 403 is the token lacking "Execute Analysis", the same on every run
    ("sonar-jres-403", "real",
     "12:00:00.120 INFO  SonarScanner CLI 7.0.2.4839\n"
     "12:00:00.880 INFO  EXECUTION FAILURE\n"
     "12:00:00.881 ERROR Error during SonarScanner CLI execution\n"
     "java.lang.IllegalStateException: Error status returned by url "
     "[https://api.sonarcloud.io/analysis/jres?os=linux&arch=x86_64]: 403\n" + _AZURE),
    # the same on an OS/arch the server has no JRE for (the scanner's own ITs expect a 400 there)
    ("sonar-jres-400-unsupported-arch", "real",
     "12:00:00.120 INFO  SonarScanner CLI 7.0.2.4839\n"
     "12:00:00.880 INFO  EXECUTION FAILURE\n"
     "12:00:00.881 ERROR Error during SonarScanner CLI execution\n"
     "java.lang.IllegalStateException: Error status returned by url "
     "[https://sonar.example.org/api/v2/analysis/jres?os=alpine&arch=s390x]: 400\n" + _GL),
    # ================================================================== Semgrep
    # semgrep/semgrep cli/src/semgrep/app/scans.py (start_scan: "API server at {url} returned this error:
    # {response.text}" after raise_for_status) with a gateway's HTML page
    ("semgrep-ci-start-scan-502", "transient",
     _SEMGREP +
     "API server at https://semgrep.dev returned this error: <html>\r\n<head><title>502 Bad Gateway</title>"
     "</head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\n" + _GHA),
    # same file (404: "Failed to create a scan with given token and deployment_id.Please make sure they have been
    # set correctly.API server at {url} returned this response: {text}")
    ("semgrep-ci-deployment-404", "real",
     _SEMGREP +
     "Failed to create a scan with given token and deployment_id.Please make sure they have been set correctly."
     "API server at https://semgrep.dev returned this response: {\"error\":\"Not Found\"}\n" + _GHA),
    # same file (401: "API token not valid. Try to run `semgrep logout` and `semgrep login` again. Or in CI,
    # ensure your SEMGREP_APP_TOKEN variable is set correctly.", exit code 13)
    ("semgrep-ci-token-not-valid", "real",
     _SEMGREP +
     "API token not valid. Try to run `semgrep logout` and `semgrep login` again. Or in CI, ensure your "
     "SEMGREP_APP_TOKEN variable is set correctly.\n"
     "##[error]Process completed with exit code 13.\n"),
    # ================================================================== go-github
    # google/go-github github/github.go (checkRateLimitBeforeDo: "API rate limit of %v still exceeded until %v, not
    # making remote request."; RateLimitError.Error "%v %v: %v %v %v" with formatRateReset "[rate reset in ...]")
    ("go-github-rate-limit-still-exceeded", "transient",
     "+ go run ./tools/labeler\n"
     "2026/05/01 12:00:00 syncing labels for example-org/shop\n"
     "2026/05/01 12:00:01 GET https://api.github.com/repos/example-org/shop/labels?per_page=100: 403 API rate "
     "limit of 5000 still exceeded until 2026-05-01 12:41:07 +0000 UTC, not making remote request. "
     "[rate reset in 41m06s]\n"
     "exit status 1\n" + _GHA),
    # same file (AbuseRateLimitError.Error "%v %v: %v %v%v" with " [retry after %v]"); GitHub's secondary limit
    # text recalled
    ("go-github-secondary-rate-limit-retry-after", "transient",
     "+ ./bin/release-notes --repo example-org/shop\n"
     "Error: POST https://api.github.com/repos/example-org/shop/issues/412/comments: 403 You have exceeded a "
     "secondary rate limit and have been temporarily blocked from content creation. Please retry your request "
     "again later. [retry after 1m0s]\n" + _CIRCLE),
    # same file (the secondary limit refused locally: "API secondary rate limit exceeded until %v, not making
    # remote request.")
    ("go-github-secondary-not-making-request", "transient",
     "+ ./bin/backport --pr 1290\n"
     "backport: POST https://api.github.com/repos/example-org/shop/pulls: 403 API secondary rate limit exceeded "
     "until 2026-05-01 12:03:00.114 +0000 UTC, not making remote request. [retry after 58s]\n" + _GL),
    # ================================================================== ghr
    # tcnksm/ghr cli.go ("Failed to upload one of assets: %s"), ghr.go ("one of the goroutines failed: %w",
    # "failed to upload asset: %s %w") over go-github's ErrorResponse ("%v %v: %d %v %+v")
    ("ghr-upload-asset-502", "transient",
     "+ ghr -t $GITHUB_TOKEN -u example-org -r widget v1.4.0 dist/\n"
     "--> Uploading: widget_1.4.0_linux_amd64.tar.gz\n"
     "--> Uploading: widget_1.4.0_darwin_arm64.tar.gz\n"
     "Failed to upload one of assets: one of the goroutines failed: failed to upload asset: "
     "dist/widget_1.4.0_darwin_arm64.tar.gz POST https://uploads.github.com/repos/example-org/widget/releases/"
     "153001122/assets?name=widget_1.4.0_darwin_arm64.tar.gz: 502  []\n" + _CIRCLE),
    # cli.go ("Failed to create GitHub release page: %s"), github.go ("failed to create a release: %w") over a 422
    # whose errors go-github prints with %+v
    ("ghr-create-release-already-exists", "real",
     "+ ghr -t $GITHUB_TOKEN -u example-org -r widget v1.4.0 dist/\n"
     "Failed to create GitHub release page: failed to create a release: POST https://api.github.com/repos/"
     "example-org/widget/releases: 422 Validation Failed [{Resource:Release Field:tag_name Code:already_exists "
     "Message: DocumentationURL:}]\n" + _CIRCLE),
    # cli.go ("Failed to set up ghr: token not found", "To use ghr, you need a GitHub API token.")
    ("ghr-token-not-found", "real",
     "+ ghr v1.4.0 dist/\n"
     "Failed to set up ghr: token not found\n"
     "To use ghr, you need a GitHub API token.\n"
     "Please set it via `GITHUB_TOKEN` env var or `-t` option.\n\n"
     "If you don't have one, visit official doc (goo.gl/jSnoI)\n"
     "and get it first.\n" + _travis("ghr v1.4.0 dist/")),
    # ================================================================== octokit throttling, changesets/action
    # changesets/action src/octokit.ts (plugin-throttling's onRateLimit: "Request quota exhausted for request
    # {method} {url}", "Retrying after {n} seconds!"), the action failing with GitHub's answer (recalled)
    ("changesets-request-quota-exhausted", "transient",
     "Run changesets/action@v1\n"
     "##[warning]Request quota exhausted for request POST /repos/{owner}/{repo}/pulls\n"
     "Retrying after 1893 seconds!\n"
     "##[warning]Request quota exhausted for request POST /repos/{owner}/{repo}/pulls\n"
     "Retrying after 62 seconds!\n"
     "##[warning]Request quota exhausted for request POST /repos/{owner}/{repo}/pulls\n"
     "##[error]API rate limit exceeded for installation ID 48151623.\n"),
    # octokit/plugin-throttling.js src/wrap-request.ts (a GraphQL answer with a RATE_LIMITED error:
    # "GraphQL Rate Limit Exceeded"), thrown through actions/github-script
    ("octokit-graphql-rate-limit-exceeded", "transient",
     "Run actions/github-script@v7\n"
     "RequestError [HttpError]: GraphQL Rate Limit Exceeded\n"
     "    at wrapRequest (/home/runner/work/_actions/actions/github-script/v7/dist/index.js:9321:19)\n"
     "Error: Unhandled error: HttpError: GraphQL Rate Limit Exceeded\n" + _GHA),
    # GitHub's answer when the repository does not let Actions open pull requests (recalled), as changesets/action
    # fails with it (src/index.ts core.setFailed(err.message))
    ("changesets-actions-not-permitted-create-pr", "real",
     "Run changesets/action@v1\n"
     "Switched to a new branch 'changeset-release/main'\n"
     "creating pull request\n"
     "##[error]GitHub Actions is not permitted to create or approve pull requests.\n"),
    # changesets/action src/index.ts ('The GITHUB_TOKEN environment variable is set and does not match the
    # "github-token" input. ...')
    ("changesets-token-mismatch", "real",
     "Run changesets/action@v1\n"
     "##[error]The GITHUB_TOKEN environment variable is set and does not match the \"github-token\" input. "
     "Please pass the custom GitHub token to the \"github-token\" input and remove the GITHUB_TOKEN environment "
     "variable to avoid conflicts.\n"),
    # ================================================================== PyGithub
    # PyGithub/PyGithub github/GithubException.py (RateLimitExceededException, __str__ "{status} {json data}")
    # with GitHub's unauthenticated primary-limit text (recalled)
    ("pygithub-rate-limit-exceeded", "transient",
     "+ python scripts/close_stale.py\n"
     "Traceback (most recent call last):\n"
     "  File \"/builds/shop/scripts/close_stale.py\", line 22, in <module>\n"
     "    for issue in repo.get_issues(state=\"open\"):\n"
     "github.GithubException.RateLimitExceededException: 403 {\"message\": \"API rate limit exceeded for "
     "198.51.100.23. (But here's the good news: Authenticated requests get a higher rate limit. Check out the "
     "documentation for more details.)\", \"documentation_url\": \"https://docs.github.com/rest/overview/"
     "resources-in-the-rest-api#rate-limiting\"}\n" + _GL),
    # the same class on the secondary limit (github/Requester.py matches "you have exceeded a secondary rate limit")
    ("pygithub-secondary-rate-limit", "transient",
     "+ python scripts/label_prs.py\n"
     "Traceback (most recent call last):\n"
     "  File \"/home/runner/work/shop/scripts/label_prs.py\", line 40, in <module>\n"
     "    pr.add_to_labels(\"needs-review\")\n"
     "github.GithubException.RateLimitExceededException: 403 {\"message\": \"You have exceeded a secondary rate "
     "limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please "
     "include the request ID 0A1B:2C3D:4E5F.\", \"documentation_url\": \"https://docs.github.com/free-pro-team@"
     "latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits\"}\n" + _GHA),
    # GithubException.__str__ over a 403 the token's permissions give (GitHub's text, recalled)
    ("pygithub-resource-not-accessible", "real",
     "+ python scripts/label_prs.py\n"
     "Traceback (most recent call last):\n"
     "  File \"/home/runner/work/shop/scripts/label_prs.py\", line 40, in <module>\n"
     "    pr.add_to_labels(\"needs-review\")\n"
     "github.GithubException.GithubException: 403 {\"message\": \"Resource not accessible by integration\", "
     "\"documentation_url\": \"https://docs.github.com/rest/issues/labels#add-labels-to-an-issue\", "
     "\"status\": \"403\"}\n" + _GHA),
    # ================================================================== gh, hub, semantic-release
    # cli/cli api client ("HTTP {code}: {message} ({url})", recalled) over GitHub's installation limit
    ("gh-http-403-installation-rate-limit", "transient",
     "Run gh pr list --label automerge --json number\n"
     "HTTP 403: API rate limit exceeded for installation ID 48151623. If you reach out to GitHub Support for "
     "help, please include the request ID 0A1B:2C3D:4E5F:6A7B and timestamp 2026-05-01 12:00:00 UTC. "
     "(https://api.github.com/repos/example-org/shop/pulls?per_page=100)\n" + _GHA),
    # cli/cli GraphQL errors ("GraphQL: {message} ({path})", recalled): the token may not create the PR
    ("gh-graphql-resource-not-accessible", "real",
     "Run gh pr create --fill --base main\n"
     "pull request create failed: GraphQL: Resource not accessible by integration (createPullRequest)\n"
     + _GHA),
    # mislav/hub release create (recalled: "Error creating release: {status} (HTTP {code})" then the API's
    # field errors)
    ("hub-release-already-exists", "real",
     "+ hub release create -m v2.3.0 v2.3.0\n"
     "Error creating release: Unprocessable Entity (HTTP 422)\n"
     "Release.tag_name already exists\n" + _travis("hub release create -m v2.3.0 v2.3.0")),
    # semantic-release relaying @octokit/request's RequestError on a reset socket (node-fetch's "request to {url}
    # failed, reason: {message}", recalled)
    ("semantic-release-github-econnreset", "transient",
     "[12:00:00 PM] [semantic-release] › ✔  Completed step \"prepare\" of plugin \"@semantic-release/git\"\n"
     "[12:00:04 PM] [semantic-release] › ✘  Failed step \"publish\" of plugin \"@semantic-release/github\"\n"
     "[12:00:04 PM] [semantic-release] › ✘  An error occurred while running semantic-release: RequestError "
     "[HttpError]: request to https://api.github.com/repos/example-org/widget/releases failed, reason: read "
     "ECONNRESET\n"
     "    at /home/runner/work/widget/node_modules/@octokit/request/dist-node/index.js:100:11 {\n"
     "  status: 500,\n"
     "  code: 'ECONNRESET',\n" + _GHA),
    # ================================================================== Netlify CLI
    # netlify/cli src/commands/deploy/deploy.ts ('The deploy directory "{dir}" has not been found. Did you forget
    # to run \'netlify build\'?')
    ("netlify-deploy-directory-not-found", "real",
     _NETLIFY +
     " ›   Error: The deploy directory \"/home/runner/work/site/site/dist\" has not been found. Did you forget "
     "to run 'netlify build'?\n" + _GHA),
    # same file ('Deployments are "locked" for production context of this project.', the override hint)
    ("netlify-deployments-locked", "real",
     _NETLIFY +
     "\n ›   Error: Deployments are \"locked\" for production context of this project\n\n"
     "Error: Deployments are \"locked\" for production context of this project.\n\n"
     "To deploy anyway, use:\n  netlify deploy --dir=dist --prod-if-unlocked\n" + _GHA),
    # same file ("Error while running build{stderr}") with the project's own build failing
    ("netlify-error-while-running-build", "real",
     "+ netlify deploy --build --prod\n"
     "Error: Error while running build\n"
     "src/pages/index.tsx(14,7): error TS2322: Type 'string' is not assignable to type 'number'.\n"
     "Build failed with 1 error\n" + _CIRCLE),
    # ================================================================== Railway CLI
    # railwayapp/cli src/controllers/upload.rs ("Failed to upload code with status code {status}")
    ("railway-upload-503", "transient",
     _RAILWAY +
     "Uploading...\n"
     "Error: Failed to upload code with status code 503 Service Unavailable\n" + _GHA),
    # src/errors.rs (ratelimit_message: "You are being ratelimited. Try again in {secs} seconds")
    ("railway-ratelimited", "transient",
     _RAILWAY +
     "Error: You are being ratelimited. Try again in 45 seconds\n" + _GL),
    # src/errors.rs (UnauthorizedToken: "Unauthorized. Please check that your {0} is valid and has access to the
    # resource you're trying to use.")
    ("railway-unauthorized-token", "real",
     _RAILWAY +
     "Error: Unauthorized. Please check that your RAILWAY_TOKEN is valid and has access to the resource you're "
     "trying to use.\n" + _GHA),
    # src/controllers/upload.rs (413: "Failed to upload code. File too large ({n} bytes): {body}")
    ("railway-upload-too-large", "real",
     _RAILWAY +
     "Uploading...\n"
     "Error: Failed to upload code. File too large (52428800 bytes): request entity too large\n" + _GHA),
    # src/commands/up.rs ("Deploy failed" on the FAILED status in CI mode) after the build log
    ("railway-deploy-failed", "real",
     _RAILWAY +
     "Uploaded\n  Build Logs: https://railway.com/project/6f1c/service/2a9e?id=91bd\nCI mode enabled\n"
     "npm ERR! code ERESOLVE\n"
     "npm ERR! ERESOLVE unable to resolve dependency tree\n"
     "Deploy failed\n" + _GHA),
    # ================================================================== Vercel, Heroku
    # vercel CLI relaying the build's failure (recalled: "Error: Command \"{cmd}\" exited with {code}")
    ("vercel-build-command-exited", "real",
     "+ vercel deploy --prod --token=$VERCEL_TOKEN\n"
     "Vercel CLI 39.1.0\n"
     "Building…\n"
     "Error: src/app/page.tsx:8:3 Type error: Property 'title' does not exist on type 'Props'.\n"
     "Error: Command \"npm run build\" exited with 1\n" + _GHA),
    # Heroku's git push build (recalled: "remote:  !     Push rejected, failed to compile {lang} app.")
    ("heroku-push-rejected-failed-to-compile", "real",
     "+ git push heroku HEAD:main\n"
     "remote: -----> Building on the Heroku-24 stack\n"
     "remote: -----> Installing dependencies\n"
     "remote:        npm ERR! Missing script: \"build\"\n"
     "remote:  !     Push rejected, failed to compile Node.js app.\n"
     "remote:  !     Push failed\n"
     "To https://git.heroku.com/acme-web.git\n"
     " ! [remote rejected] HEAD -> main (pre-receive hook declined)\n"
     "error: failed to push some refs to 'https://git.heroku.com/acme-web.git'\n" + _CIRCLE),
    # ================================================================== Docker Hub through testcontainers-node
    # testcontainers-node pulling through dockerode/docker-modem ("(HTTP code {n}) server error - {message}",
    # recalled) into Docker Hub's pull limit
    ("testcontainers-node-pull-rate-limit", "transient",
     "+ npx vitest run test/integration\n"
     " FAIL  test/integration/orders.test.ts [ test/integration/orders.test.ts ]\n"
     "Error: (HTTP code 500) server error - toomanyrequests: You have reached your pull rate limit. You may "
     "increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit \n"
     " ❯ Modem.buildRequest node_modules/docker-modem/lib/modem.js:383:17\n" + _GHA),
    # ================================================================== crates.io
    # cargo's registry client (recalled: "failed to publish to registry at {url}", "the remote server responded
    # with an error (status {code} {reason}): {body}")
    ("cargo-publish-crates-io-503", "transient",
     "+ cargo publish -p widget-core\n"
     "   Uploading widget-core v0.9.2 (/home/runner/work/widget/widget/crates/core)\n"
     "error: failed to publish to registry at https://crates.io\n\n"
     "Caused by:\n"
     "  the remote server responded with an error (status 503 Service Unavailable): Service Unavailable\n"
     + _GHA),
    # ================================================================== near-misses
    # a project's jest test ABOUT its octokit throttling setup, failing on its assertion
    ("jest-test-about-request-quota-exhausted", "real",
     "+ npx jest\n"
     " FAIL  test/octokit.test.ts\n"
     "  ● setupOctokit › retries twice when the request quota is exhausted\n\n"
     "    expect(jest.fn()).toHaveBeenCalledWith(...expected)\n\n"
     "    Expected: \"Request quota exhausted for request POST /repos/{owner}/{repo}/pulls\"\n"
     "    Number of calls: 0\n\n"
     "Tests:       1 failed, 23 passed, 24 total\n" + _GHA),
    # a pytest test ABOUT a coverage uploader's retries (the 502 is the test's own fixture)
    ("pytest-test-about-codacy-502-retries", "real",
     "+ pytest -q tests/test_uploader.py\n"
     "F.....\n"
     "=================================== FAILURES ===================================\n"
     "______________________ test_post_retries_on_bad_gateway ______________________\n"
     "    def test_post_retries_on_bad_gateway(mock_api):\n"
     "        mock_api.add(\"POST\", \"/2.0/coverage\", status=502, body=\"502 Bad Gateway\")\n"
     "        result = upload(report, retries=3)\n"
     ">       assert mock_api.calls == 3\n"
     "E       assert 1 == 3\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_uploader.py::test_post_retries_on_bad_gateway - assert 1 == 3\n"
     "1 failed, 5 passed in 0.41s\n" + _GL),
    # a go test of a release uploader: its log lines name a 502 and a secondary rate limit, the test fails on its
    # comparison
    ("go-test-about-release-upload-rate-limit", "real",
     "+ go test ./internal/release/...\n"
     "--- FAIL: TestUploadBacksOffOnSecondaryRateLimit (0.02s)\n"
     "    upload_test.go:88: server answered: 403 You have exceeded a secondary rate limit\n"
     "    upload_test.go:91: server answered: 502 Bad Gateway\n"
     "    upload_test.go:97: got 1 attempts, want 3\n"
     "FAIL\n"
     "FAIL\texample.org/widget/internal/release\t0.311s\n" + _CIRCLE),
    # a go test of a go-github client against its own httptest server: the client's words (a 500 from the test's
    # server, the limit refused locally) in the test's log lines, the test failing on its comparison
    ("go-test-go-github-client-own-server", "real",
     "+ go test ./internal/ghclient/...\n"
     "--- FAIL: TestCreateReleaseRetries (0.01s)\n"
     "    client_test.go:55: POST http://127.0.0.1:40123/api/v3/repos/o/r/releases: 500  []\n"
     "    client_test.go:61: GET https://api.github.com/repos/o/r: 403 API rate limit of 60 still exceeded until "
     "2026-05-01 12:41:07 +0000 UTC, not making remote request. [rate reset in 41m06s]\n"
     "    client_test.go:64: got 1 calls, want 2\n"
     "FAIL\n"
     "FAIL\texample.org/shop/internal/ghclient\t0.204s\n" + _GHA),
    # an application's own log lines quoting a rate limit, then its test failing on an assertion
    ("rspec-app-log-quotes-ratelimited", "real",
     "+ bundle exec rspec spec/services/deployer_spec.rb\n"
     "W, [2026-05-01T12:00:00.101] WARN -- : railway: You are being ratelimited. Try again in 30 seconds\n"
     "F\n\nFailures:\n\n"
     "  1) Deployer#deploy! records the deployment id\n"
     "     Failure/Error: expect(deploy.external_id).to eq(\"91bd\")\n\n"
     "       expected: \"91bd\"\n"
     "            got: nil\n\n"
     "Finished in 0.21 seconds (files took 1.2 seconds to load)\n"
     "3 examples, 1 failure\n" + _GHA),
    # a failing test summary, then the coverage upload's outage: the tests decided the job
    ("pytest-fail-then-codacy-exhausted", "real",
     "+ pytest --cov=shop --cov-report=xml\n"
     "FAILED tests/test_cart.py::test_total_with_discount - assert 90 == 81\n"
     "1 failed, 211 passed in 12.02s\n"
     "+ bash <(curl -Ls https://coverage.codacy.com/get.sh) report -r coverage.xml\n"
     "2026-05-01 12:01:30.902Z  warn [CodacyCoverageReporter] Failed to upload coverage report "
     "/builds/shop/coverage.xml: Error doing a post to https://api.codacy.com/2.0/coverage/5e1f2a7c/python: "
     "exhausted retries due to connect timed out - (ReportRules.scala:60)\n"
     "2026-05-01 12:01:30.903Z error [CodacyCoverageReporter] No coverage data was sent "
     "- (CodacyCoverageReporter.scala:28)\n" + _GL),
    # the same with the Railway CLI's 503 after a failing jest run
    ("jest-fail-then-railway-503", "real",
     "+ npx jest --ci\n"
     " FAIL  src/orders.test.ts\n"
     "  ● orders › rejects an empty cart\n\n"
     "    expect(received).toThrow()\n\n"
     "Tests:       1 failed, 88 passed, 89 total\n"
     + _RAILWAY +
     "Error: Failed to upload code with status code 503 Service Unavailable\n" + _GHA),
]


NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # codecov/codecov-action dist/codecov.sh ("==> Could not verify signature. Please contact Codecov if problem
    # continues", "    Exiting..."): the public key fetched from keybase.io or the SHA256SUM files could not be
    # downloaded (a service down), or the CLI release does not verify (the same on every run)
    ("codecov-action-signature-unverified",
     "Run codecov/codecov-action@v5\n"
     "==> Verifying GPG signature integrity\n"
     " -> Downloading https://cli.codecov.io/latest/linux/codecov.SHA256SUM\n"
     "gpg: Signature made Tue Apr 28 09:00:00 2026 UTC\n"
     "gpg: Can't check signature: No public key\n"
     "==> Could not verify signature. Please contact Codecov if problem continues\n"
     "    Exiting...\n" + _GHA),
    # the Codecov API's tokenless answer (recalled): its GitHub API lookup failed, a rate limit of the moment or a
    # run (a fork, a workflow_run) it cannot see on every try
    ("codecov-unable-to-locate-build",
     _CC_INFO +
     "info - 2026-05-01 12:00:01,500 -- Process Upload complete\n"
     "error - 2026-05-01 12:00:01,501 -- Upload failed: {\"message\":\"Unable to locate build via Github Actions "
     "API. Please upload with the Codecov repository upload token to resolve issue.\"}\n" + _GHA),
    # netlify/cli src/commands/deploy/deploy.ts ("Error while uploading blobs to deploy store") with no cause
    # printed
    ("netlify-blobs-upload-error",
     _NETLIFY +
     "✔ Finished hashing 412 files\n"
     " ›   Error: Error while uploading blobs to deploy store\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_service_client_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_service_client_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Upload failed: [\"Too many uploads to this commit.",
    "Error doing a post to https://api.codacy.com/2.0/coverage/",
    "exhausted retries due to ",
    "Fail to download plugin [",
    "Error status returned by url [",
    "API server at https://semgrep.dev returned this error: ",
    "still exceeded until ",
    "Request quota exhausted for request ",
    "GraphQL Rate Limit Exceeded",
    "RateLimitExceededException: 403 ",
    "Failed to upload one of assets: ",
    "Failed to upload code with status code ",
    "You are being ratelimited. Try again in ",
    "(HTTP code 500) server error - toomanyrequests: ",
]
