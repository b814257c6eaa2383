"""Thirteenth round, tool sources: the checks a pull request runs besides its tests (semantic PR
titles, DCO sign-offs, changesets, danger, licence headers and dependency licences, CLA assistants,
Renovate's config validator, CODEOWNERS validation, required labels, spell and prose checkers,
editorconfig-checker, merge queues) and the coverage gates (coverage.py, nyc and c8, JaCoCo, Kover,
go-test-coverage, SimpleCov, SonarQube's quality gate as the scanner and the GitHub action wait for it).

Each case is a short log written for the test around one message as the tool prints it. The wording
was read from the tools' own source (the comment above each case names the repository and file holding
the format string); merge-queue wordings rest on documentation and on the bots' own message modules
where those are public. Hosts, projects, files and people are made up; no project's CI log is copied.
The cases of test_tool_sources_lint.py (commitlint, codespell, typos, markdownlint-cli2) and of
test_tool_sources_upload.py (Codecov, Coveralls, SonarScanner's server errors, cc-test-reporter) are
not repeated here.

The rules the cases hold:
  * a check that ran and found a problem (a PR title that is not conventional, a commit without a
    sign-off, no changeset, a danger rule that failed, a file without a licence header, an unsigned
    CLA, a config the validator rejects, a CODEOWNERS line naming no file, a label missing, a misspelt
    word, coverage under its threshold, a quality gate that failed) -> real;
  * a check whose service did not answer (a GitHub API 5xx or rate limit while the action fetched the
    PR, a SonarQube server answering 502 while the scanner polled its task, a style package download
    answering 503) -> transient;
  * refused credentials or a missing token, a ref that does not exist in a shallow clone -> real;
  * a merge queue that timed out: the queue's timeout counts from the moment the batch is queued, so
    runner starvation and a slow CI backlog trip it, and so does a required check that never starts on
    the queue's branch (a workflow without the merge_group trigger) or a change that hangs, both of
    which repeat on every requeue. The message alone does not tell them apart: such logs must not read
    surely transient (NOT_SURELY_TRANSIENT). SonarQube's own wait on its compute-engine queue timing out
    is a server backlog, not the change: transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_SONAR_MVN_END = ("[ERROR] \n"
                  "[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.\n"
                  "[ERROR] Re-run Maven using the -X switch to enable full debug logging.\n")

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ semantic pull-request title
    # amannn/action-semantic-pull-request src/validatePrTitle.js (raiseError: "No release type found in
    # pull request title \"%s\". Add a prefix ...", "Unknown release type \"%s\" found in pull request
    # title", "No scope found in pull request title"), src/index.js (core.setFailed(error.message))
    ("semantic-pr-no-release-type", "real",
     "Run amannn/action-semantic-pull-request@v5\n"
     "##[error]No release type found in pull request title \"Update the widget cache\". Add a prefix to "
     "indicate what kind of release this pull request corresponds to. For reference, see "
     "https://www.conventionalcommits.org/\n\n"
     "Available types:\n - feat: A new feature\n - fix: A bug fix\n"),
    ("semantic-pr-unknown-type", "real",
     "Run amannn/action-semantic-pull-request@v5\n"
     "##[error]Unknown release type \"feature\" found in pull request title \"feature: add export\".\n\n"
     "Available types:\n - feat\n - fix\n - docs\n"),
    ("semantic-pr-no-scope", "real",
     "Run amannn/action-semantic-pull-request@v5\n"
     "##[error]No scope found in pull request title \"fix: handle empty carts\". Scope must match one of: api, ui, cli.\n"),
    # same action, the single-commit check (src/index.js: "Pull request has only one commit and it's not
    # semantic; ...")
    ("semantic-pr-single-commit-not-semantic", "real",
     "Run amannn/action-semantic-pull-request@v5\n"
     "##[error]Pull request has only one commit and it's not semantic; this may lead to a non-semantic commit "
     "in the base branch (see https://github.com/community/community/discussions/16271 ). Amend the commit "
     "message to match the pull request title, or add another commit.\n"),
    # same action: client.rest.pulls.get failing; octokit's RequestError message on a 502 and on a
    # 403 (core.setFailed(error.message))
    ("semantic-pr-api-bad-gateway", "transient",
     "Run amannn/action-semantic-pull-request@v5\n"
     "##[error]Bad Gateway\n"
     "RequestError [HttpError]: Bad Gateway\n"
     "  status: 502,\n"),
    ("semantic-pr-api-resource-not-accessible", "real",
     "Run amannn/action-semantic-pull-request@v5\n"
     "##[error]Resource not accessible by integration\n"),
    # ------------------------------------------------------------------ DCO
    # christophebedard/dco-check dco_check/dco_check.py (check_infractions: "Missing sign-off(s):",
    # "no sign-off found", "sign-off not found for commit author: %s %s; found: %s")
    ("dco-check-missing-sign-off", "real",
     "Detected: GitHub Actions\n"
     "Checking commits: 3f1c2aa..9b0e7d1\n\n"
     "Missing sign-off(s):\n\n"
     "\t9b0e7d1c4e2f5a6b7c8d9e0f1a2b3c4d5e6f7a8b\n"
     "\t\tno sign-off found\n" + _EXIT),
    ("dco-check-sign-off-other-author", "real",
     "Detected: GitLab\n"
     "Checking commits: 11aa22b..33cc44d\n\n"
     "Missing sign-off(s):\n\n"
     "\t33cc44d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f70\n"
     "\t\tsign-off not found for commit author: Dana Example dana@example.org; found: [('D. Example', 'd@example.net')]\n"
     "ERROR: Job failed: exit code 1\n"),
    # ------------------------------------------------------------------ changesets
    # changesets/changesets packages/cli/src/commands/status/index.ts ("Some packages have been changed but
    # no changesets were found. Run `changeset add` to resolve this error."), packages/logger/src/index.ts
    # (the "🦋  error" prefix)
    ("changeset-status-none-found", "real",
     "$ changeset status --since=origin/main\n"
     "🦋  error Some packages have been changed but no changesets were found. Run changeset add to resolve this error.\n"
     "🦋  error If this change doesn't need a release, run changeset add --empty.\n"
     "error Command failed with exit code 1.\n" + _EXIT),
    # packages/git/src/index.ts getDivergedCommit ("Failed to find where HEAD diverged from \"%s\". Does
    # \"%s\" exist and it's synced with remote?"): a shallow checkout without the base branch
    ("changeset-status-no-base-ref", "real",
     "$ changeset status --since=origin/main\n"
     "🦋  error Error: Failed to find where HEAD diverged from \"origin/main\". Does \"origin/main\" exist and it's synced with remote?\n"
     "🦋  error     at getDivergedCommit (/home/runner/work/kit/node_modules/@changesets/git/dist/changesets-git.cjs.js:52:11)\n"
     + _EXIT),
    # ------------------------------------------------------------------ danger
    # danger/danger-js source/runner/Executor.ts ("Danger: %s Failing the build, there is %d fail.")
    ("danger-js-failing-the-build", "real",
     "$ danger ci\n"
     "Danger: ⅹ Failing the build, there is 1 fail.\n"
     "## Failures\n"
     "Please add a CHANGELOG entry for your changes.\n" + _EXIT),
    # source/api/fetch.ts (retryableFetch: "Request failed [%d]: %s. Attempting retry.", then api():
    # "Request failed [%d]: %s", "Response: %s"), source/platforms/github/GitHubAPI.ts ("Could not get PR
    # Metadata for repos/%s/pulls/%s")
    ("danger-js-github-502", "transient",
     "$ danger ci\n"
     "Request failed [502]: https://api.github.com/repos/acme/storefront/pulls/481. Attempting retry.\n"
     "Retry 1 of 3.\n"
     "Request failed [502]: https://api.github.com/repos/acme/storefront/pulls/481\n"
     "Response: <html><head><title>502 Bad Gateway</title></head></html>\n"
     "Could not get PR Metadata for repos/acme/storefront/pulls/481\n" + _EXIT),
    ("danger-js-github-bad-credentials", "real",
     "$ danger ci\n"
     "Request failed [401]: https://api.github.com/repos/acme/storefront/pulls/481\n"
     "Response: {\n  \"message\": \"Bad credentials\",\n  \"documentation_url\": \"https://docs.github.com/rest\"\n}\n"
     "Could not get PR Metadata for repos/acme/storefront/pulls/481\n" + _EXIT),
    # source/api/fetch.ts retryableFetch: node-fetch's FetchError when the connection itself broke
    ("danger-js-fetch-econnreset", "transient",
     "$ danger ci\n"
     "FetchError: request to https://api.github.com/repos/acme/storefront/pulls/481/files failed, reason: read ECONNRESET\n"
     "    at ClientRequest.<anonymous> (/home/runner/work/storefront/node_modules/node-fetch/lib/index.js:1505:11)\n"
     + _EXIT),
    # danger/danger lib/danger/request_sources/github/github.rb ("Danger has failed this build. \nFound %s.")
    ("danger-ruby-failed-this-build", "real",
     "$ bundle exec danger --fail-on-errors=true\n"
     "Results:\n\nErrors:\n- [ ] Please include a description of your PR changes.\n\n"
     "Danger has failed this build. \n"
     "Found 1 error.\n" + _CIRCLE),
    # danger-ruby goes through Octokit: Octokit::BadGateway's message "<METHOD> <url>: <status> - <body>"
    ("danger-ruby-octokit-bad-gateway", "transient",
     "$ bundle exec danger\n"
     "bundler: failed to load command: danger (/usr/local/bundle/bin/danger)\n"
     "/usr/local/bundle/gems/octokit-8.1.0/lib/octokit/response/raise_error.rb:14:in `on_complete': "
     "GET https://api.github.com/repos/acme/storefront/pulls/481: 502 - Server Error (Octokit::BadGateway)\n"
     + _CIRCLE),
    # ------------------------------------------------------------------ licence headers
    # fsfe/reuse-tool src/reuse/lint.py ("# MISSING COPYRIGHT AND LICENSING INFORMATION", "The following
    # files have no copyright and licensing information:", "Unfortunately, your project is not compliant
    # with version %s of the REUSE Specification :-(")
    ("reuse-lint-not-compliant", "real",
     "$ reuse lint\n"
     "# MISSING COPYRIGHT AND LICENSING INFORMATION\n\n"
     "The following files have no copyright and licensing information:\n"
     "* src/widgets/cache.py\n\n"
     "# SUMMARY\n\n"
     "* Files with copyright information: 41 / 42\n"
     "* Files with license information: 41 / 42\n\n"
     "Unfortunately, your project is not compliant with version 3.3 of the REUSE Specification :-(\n" + _EXIT),
    # src/reuse/cli/download.py (_could_not_download: "Error: Failed to download license.", then "Is your
    # internet connection working?" for a known identifier, or "'%s' is not a valid SPDX License
    # Identifier." for an unknown one); src/reuse/download.py raises URLError on a failed fetch
    ("reuse-download-network", "transient",
     "$ reuse download --all\n"
     "Error: Failed to download license.\n\n"
     "Is your internet connection working?\n" + _EXIT),
    ("reuse-download-bad-identifier", "real",
     "$ reuse download Apache-2\n"
     "Error: Failed to download license.\n\n"
     "'Apache-2' is not a valid SPDX License Identifier.\n"
     "Did you mean:\n* Apache-2.0\n\n"
     "See <https://spdx.org/licenses/> for a list of valid SPDX License Identifiers.\n" + _EXIT),
    # google/addlicense main.go (-check: the path printed on stdout, errors.New("missing license header"),
    # os.Exit(1)): only the file names
    ("addlicense-check-paths", "real",
     "Run addlicense -check -ignore '**/testdata/**' .\n"
     "internal/cache/store.go\n"
     "cmd/server/flags.go\n" + _EXIT),
    # apache/skywalking-eyes pkg/header/result.go ("the following files don't have a valid license
    # header: \n%v", "Totally checked %d files, valid: %d, invalid: %d, ..."), commands/header_check.go
    # ("one or more files does not have a valid license header")
    ("license-eye-header-check", "real",
     "Run apache/skywalking-eyes/header@v0.6.0\n"
     "INFO Loading configuration from file: .licenserc.yaml\n"
     "INFO Totally checked 212 files, valid: 210, invalid: 2, ignored: 0, fixed: 0\n"
     "ERROR the following files don't have a valid license header: \n"
     "src/main/java/org/example/cache/Store.java\n"
     "src/main/resources/schema.sql\n"
     "ERROR one or more files does not have a valid license header\n" + _EXIT),
    # pkg/deps/check.go ("the following licenses are unknown or incompatible with the main license, please
    # check manually: %v\n%v", a "Dependency | License" table), commands/deps_check.go ("one or more errors
    # occurred checking license compatibility")
    ("license-eye-deps-incompatible", "real",
     "Run apache/skywalking-eyes/dependency@v0.6.0\n"
     "ERROR the following licenses are unknown or incompatible with the main license, please check manually: Apache-2.0\n"
     "Dependency                 | License\n"
     "-------------------------- | --------\n"
     "example.org/lib/gpl-thing  | GPL-3.0\n"
     "ERROR one or more errors occurred checking license compatibility\n" + _EXIT),
    # pivotal/LicenseFinder lib/license_finder/cli/main.rb ("Dependencies that need approval:")
    ("license-finder-needs-approval", "real",
     "$ license_finder --decisions-file=doc/dependency_decisions.yml\n"
     "LicenseFinder::Bundler: is active\n\n"
     "Dependencies that need approval:\n"
     "thing-parser, 2.4.1, \"GNU Affero General Public License v3\"\n" + _CIRCLE),
    # ------------------------------------------------------------------ CLA assistant
    # contributor-assistant/github-action src/setupClaCheck.ts ("Committers of Pull Request number %d have to
    # sign the CLA 📝", "Could not update the JSON file: %s", "Could not retrieve repository contents.
    # Status: %s")
    ("cla-assistant-not-signed", "real",
     "Run contributor-assistant/github-action@v2.6.1\n"
     "##[error]Committers of Pull Request number 512 have to sign the CLA 📝\n"),
    ("cla-assistant-contents-502", "transient",
     "Run contributor-assistant/github-action@v2.6.1\n"
     "##[error]Could not update the JSON file: Could not retrieve repository contents. Status: 502\n"),
    ("cla-assistant-contents-401", "real",
     "Run contributor-assistant/github-action@v2.6.1\n"
     "##[error]Could not update the JSON file: Could not retrieve repository contents. Status: 401\n"),
    # src/graphql.ts ("graphql call to get the committers details failed: %s") with GitHub's GraphQL
    # timeout answer
    ("cla-assistant-graphql-timeout", "transient",
     "Run contributor-assistant/github-action@v2.6.1\n"
     "##[error]graphql call to get the committers details failed: GraphqlResponseError: Request failed due to "
     "following response errors:\n"
     " - Something went wrong while executing your query. This may be the result of a timeout, or it could be a "
     "GitHub bug. Please include `4C1E:2B3A:9F0D` when reporting this issue.\n"),
    # src/octokit.ts ("Please add a personal access token as an environment variable for writing signatures
    # in a remote repository/organization as mentioned in the README.md file")
    ("cla-assistant-no-pat", "real",
     "Run contributor-assistant/github-action@v2.6.1\n"
     "##[error]Please add a personal access token as an environment variable for writing signatures in a remote "
     "repository/organization as mentioned in the README.md file\n"),
    # ------------------------------------------------------------------ Renovate config validator
    # renovatebot/renovate lib/config-validator.ts ("Validating %s", "Config contains errors", "File could not
    # be parsed"; newer releases log "Found errors in configuration")
    ("renovate-validator-errors", "real",
     "$ npx --yes --package renovate -- renovate-config-validator --strict\n"
     " INFO: Validating renovate.json\n"
     "ERROR: Found errors in configuration\n"
     "       \"file\": \"renovate.json\",\n"
     "       \"errors\": [{\"topic\": \"Configuration Error\", \"message\": \"Invalid configuration option: packageRule\"}]\n"
     + _EXIT),
    ("renovate-validator-unparsable", "real",
     "$ renovate-config-validator\n"
     " INFO: Validating .github/renovate.json5\n"
     " WARN: File could not be parsed\n"
     "       \"file\": \".github/renovate.json5\",\n"
     "       \"err\": {\"message\": \"JSON5: invalid character '}' at 14:3\"}\n" + _CIRCLE),
    # ------------------------------------------------------------------ CODEOWNERS validation
    # mszostok/codeowners-validator internal/printer/tty.go ("==> Executing %s (%v)", "    [%s] line %d: %s",
    # "%d check(s) executed, %s failure(s)"), internal/check/file_exists.go ("%q does not match any files in
    # repository"), internal/check/valid_owner.go ("Team %q does not exist in organization %q.")
    ("codeowners-validator-issues", "real",
     "==> Executing File Exist Checker (12.4ms)\n"
     "    [err] line 14: \"/legacy/billing/\" does not match any files in repository\n"
     "==> Executing Valid Owner Checker (1.2s)\n"
     "    [err] line 20: Team \"@acme/payments-core\" does not exist in organization \"acme\".\n\n"
     "4 check(s) executed, 2 failure(s)\n" + _EXIT),
    # internal/check/valid_owner.go CheckSatisfied ("HTTP error occurred while calling GitHub: %v", "GitHub
    # rate limit reached: %v"), internal/load/load.go ("while checking if 'owners' checker is satisfied"),
    # main.go (logrus.Fatal); go-github's ErrorResponse "%v %v: %d %v %+v"
    ("codeowners-validator-github-502", "transient",
     "time=\"2024-05-01T12:00:01Z\" level=fatal msg=\"while loading checks: while checking if 'owners' checker is "
     "satisfied: HTTP error occurred while calling GitHub: GET https://api.github.com/repos/acme/storefront: 502  []\"\n"
     + _EXIT),
    ("codeowners-validator-rate-limit", "transient",
     "time=\"2024-05-01T12:00:01Z\" level=fatal msg=\"while loading checks: while checking if 'owners' checker is "
     "satisfied: GitHub rate limit reached: API rate limit exceeded for installation ID 4815162.\"\n" + _EXIT),
    # valid_owner.go ("unknown error occurred while calling GitHub: %v") around net/http's own timeout
    ("codeowners-validator-tls-timeout", "transient",
     "time=\"2024-05-01T12:00:01Z\" level=fatal msg=\"while loading checks: while checking if 'owners' checker is "
     "satisfied: unknown error occurred while calling GitHub: Get \\\"https://api.github.com/repos/acme/storefront\\\": "
     "net/http: TLS handshake timeout\"\n" + _EXIT),
    ("codeowners-validator-repo-not-found", "real",
     "time=\"2024-05-01T12:00:01Z\" level=fatal msg=\"while loading checks: while checking if 'owners' checker is "
     "satisfied: repository acme/storefront not found, or it's private and token doesn't have enough permission\"\n"
     + _EXIT),
    # ------------------------------------------------------------------ required labels
    # mheap/github-action-required-labels action.yml (the default message "Label error. Requires
    # {{errorString}} {{count}} of: {{ provided }}. Found: {{ applied }}"), index.js (core.setFailed)
    ("required-labels-missing", "real",
     "Run mheap/github-action-required-labels@v5\n"
     "##[error]Label error. Requires exactly 1 of: semver:patch, semver:minor, semver:major. Found: documentation\n"),
    # same action: octokit.paginate(listLabelsOnIssue) failing on a 503 (core.setFailed(e.message))
    ("required-labels-api-503", "transient",
     "Run mheap/github-action-required-labels@v5\n"
     "##[error]Service Unavailable\n"
     "RequestError [HttpError]: Service Unavailable\n"
     "  status: 503,\n"),
    # ------------------------------------------------------------------ spell and prose checkers
    # streetsidesoftware/cspell packages/cspell/src/cli-reporter.ts (templateIssue "$filename:$row:$col -
    # $message ($text)", "CSpell: Files checked: %d, Issues found: %d in %s.")
    ("cspell-issues", "real",
     "$ cspell --no-progress \"docs/**/*.md\"\n"
     "docs/setup.md:12:5 - Unknown word (recieve)\n"
     "docs/api.md:40:17 - Unknown word (paramter)\n"
     "CSpell: Files checked: 18, Issues found: 2 in 2 files.\n"
     "error Command failed with exit code 1.\n" + _EXIT),
    # errata-ai/vale cmd/vale/api.go fetch ("could not fetch '%s' (status code '%d')"), cmd/vale/sync.go
    # (core.NewE100("download", err)), internal/core/error.go ("E100 [%s] Runtime error", "Execution stopped
    # with code 1.")
    ("vale-sync-download-503", "transient",
     "$ vale sync\n"
     "E100 [download] Runtime error\n\n"
     "could not fetch 'https://styles.example.org/packages/Acme.zip' (status code '503')\n\n"
     "Execution stopped with code 1.\n" + _EXIT),
    # cmd/vale/api.go fetch: http.Get's own error when the host did not answer
    ("vale-sync-dial-timeout", "transient",
     "$ vale sync\n"
     "E100 [download] Runtime error\n\n"
     "Get \"https://styles.example.org/packages/Acme.zip\": dial tcp 203.0.113.40:443: i/o timeout\n\n"
     "Execution stopped with code 1.\n" + _EXIT),
    ("vale-sync-download-404", "real",
     "$ vale sync\n"
     "E100 [download] Runtime error\n\n"
     "could not fetch 'https://styles.example.org/packages/Acmee.zip' (status code '404')\n\n"
     "Execution stopped with code 1.\n" + _EXIT),
    # ------------------------------------------------------------------ editorconfig-checker
    # editorconfig-checker/editorconfig-checker pkg/error/error.go (default format "%s:", "\t%d: %s",
    # "\n%d errors found"), pkg/validation/validators/validators.go ("Wrong indent style found (tabs instead
    # of spaces)", "Trailing whitespace", "Wrong line endings or no final newline")
    ("editorconfig-checker-errors", "real",
     "$ editorconfig-checker\n"
     "src/widgets/cache.py:\n"
     "\t14: Wrong indent style found (tabs instead of spaces)\n"
     "\t30: Trailing whitespace\n"
     "docs/setup.md:\n"
     "\tWrong line endings or no final newline\n\n"
     "3 errors found\n" + _EXIT),
    # ------------------------------------------------------------------ coverage gates
    # nedbat/coveragepy coverage/cmdline.py ("Coverage failure:", "total of %s is less than fail-under=%s")
    ("coverage-py-fail-under", "real",
     "$ coverage report --fail-under=90\n"
     "Name                    Stmts   Miss  Cover\n"
     "-------------------------------------------\n"
     "src/widgets/cache.py      120     22    82%\n"
     "-------------------------------------------\n"
     "TOTAL                    1204    160    87%\n"
     "Coverage failure: total of 87 is less than fail-under=90\n" + _EXIT),
    # coverage/report_core.py (NoDataError "No data to report."): nothing was measured, a config fault
    ("coverage-py-no-data", "real",
     "$ coverage combine && coverage report\n"
     "No data to combine\n"
     "No data to report.\n" + _CIRCLE),
    # istanbuljs/nyc index.js _checkCoverage ("ERROR: Coverage for %s (%s%) does not meet global threshold
    # (%s%)")
    ("nyc-check-coverage-global", "real",
     "$ nyc check-coverage --lines 90 --branches 80\n"
     "ERROR: Coverage for lines (86.21%) does not meet global threshold (90%)\n"
     "ERROR: Coverage for branches (71.5%) does not meet global threshold (80%)\n" + _EXIT),
    # bcoe/c8 lib/commands/check-coverage.js (per file: "... does not meet threshold (%s%) for %s")
    ("c8-per-file-threshold", "real",
     "$ c8 --check-coverage --per-file --lines 80 npm test\n"
     "  42 passing (1s)\n"
     "ERROR: Coverage for lines (61.11%) does not meet threshold (80%) for src/cart/totals.js\n" + _EXIT),
    # jacoco/jacoco jacoco-maven-plugin/src/org/jacoco/maven/CheckMojo.java ("Coverage checks have not been
    # met. See log for details."), org.jacoco.report check messages ("Rule violated for bundle %s: %s covered
    # ratio is %s, but expected minimum is %s")
    ("jacoco-maven-check", "real",
     "[INFO] --- jacoco-maven-plugin:0.8.12:check (check) @ storefront ---\n"
     "[INFO] Loading execution data file /home/ci/project/target/jacoco.exec\n"
     "[INFO] Analyzed bundle 'storefront' with 214 classes\n"
     "[WARNING] Rule violated for bundle storefront: lines covered ratio is 0.71, but expected minimum is 0.80\n"
     "[INFO] BUILD FAILURE\n"
     "[ERROR] Failed to execute goal org.jacoco:jacoco-maven-plugin:0.8.12:check (check) on project storefront: "
     "Coverage checks have not been met. See log for details. -> [Help 1]\n" + _SONAR_MVN_END),
    # Gradle's jacocoTestCoverageVerification relays the same report check messages
    ("jacoco-gradle-verification", "real",
     "> Task :app:jacocoTestCoverageVerification FAILED\n\n"
     "FAILURE: Build failed with an exception.\n\n"
     "* What went wrong:\n"
     "Execution failed for task ':app:jacocoTestCoverageVerification'.\n"
     "> Rule violated for bundle app: instructions covered ratio is 0.52, but expected minimum is 0.75\n\n"
     "BUILD FAILED in 41s\n" + _CIRCLE),
    # Kotlin/kotlinx-kover kover-features-jvm .../KoverLegacyFeatures.kt violationMessage ("Rule violated: %s",
    # "%s %s is %s, but expected minimum is %s"), KoverVerificationException (a GradleException)
    ("kover-verify", "real",
     "> Task :shared:koverVerify FAILED\n\n"
     "FAILURE: Build failed with an exception.\n\n"
     "* What went wrong:\n"
     "Execution failed for task ':shared:koverVerify'.\n"
     "> Rule violated: lines covered percentage is 64.2, but expected minimum is 80\n\n"
     "BUILD FAILED in 1m 3s\n" + _EXIT),
    # vladopajic/go-test-coverage pkg/testcoverage/report.go ("Total coverage threshold (%d%%) satisfied:\t%s",
    # "below threshold:\tcoverage:\tthreshold:", "Total test coverage: %s")
    ("go-test-coverage-below", "real",
     "Run vladopajic/go-test-coverage@v2\n"
     "File coverage threshold (70%) satisfied:\tFAIL\n"
     "  below threshold:\tcoverage:\tthreshold:\n"
     "  example.org/shop/internal/cart/totals.go\t52.4% (22/42)\t70%\n"
     "Package coverage threshold (80%) satisfied:\tPASS\n"
     "Total coverage threshold (85%) satisfied:\tFAIL\n"
     "Total test coverage: 81.3% (1320/1623)\n" + _EXIT),
    # simplecov-ruby/simplecov lib/simplecov/exit_codes/minimum_overall_coverage_check.rb ("%s coverage (%s)
    # is below the expected minimum coverage (%.2f%%)."), lib/simplecov/exit_handling.rb ("SimpleCov failed
    # with exit %d due to a coverage related error")
    ("simplecov-minimum-coverage", "real",
     "Finished in 12.4 seconds (files took 1.2 seconds to load)\n"
     "310 examples, 0 failures\n\n"
     "Coverage report generated for RSpec to /home/ci/project/coverage. 1801 / 2140 LOC (84.16%) covered.\n"
     "Line coverage (84.16%) is below the expected minimum coverage (90.00%).\n"
     "SimpleCov failed with exit 2 due to a coverage related error\n" + _CIRCLE),
    # lib/simplecov/exit_codes/maximum_coverage_drop_check.rb ("%s coverage has dropped by %.2f%% since the
    # last time (maximum allowed: %.2f%%).")
    ("simplecov-coverage-drop", "real",
     "310 examples, 0 failures\n\n"
     "Line coverage has dropped by 3.20% since the last time (maximum allowed: 1.00%).\n"
     "SimpleCov failed with exit 3 due to a coverage related error\n" + _CIRCLE),
    # jest's coverageThreshold where the tests passed ("Jest: \"global\" coverage threshold for lines (80%)
    # not met: 74.3%")
    ("jest-coverage-threshold-global", "real",
     "Test Suites: 24 passed, 24 total\n"
     "Tests:       181 passed, 181 total\n"
     "Jest: \"global\" coverage threshold for lines (80%) not met: 74.3%\n"
     "Jest: \"global\" coverage threshold for branches (70%) not met: 65.02%\n" + _EXIT),
    # ------------------------------------------------------------------ SonarQube quality gate
    # SonarSource/sonarqube sonar-scanner-engine .../qualitygate/QualityGateCheck.java ("QUALITY GATE STATUS:
    # FAILED - View details on %s", "Failed to get CE Task status - %s", "Quality Gate check timeout exceeded -
    # View details on %s"); DefaultScannerWsClient.createErrorMessage ("HTTP code %d")
    ("sonar-quality-gate-failed-maven", "real",
     "[INFO] ------------- Check Quality Gate status\n"
     "[INFO] Waiting for the analysis report to be processed (max 300s)\n"
     "[INFO] BUILD FAILURE\n"
     "[ERROR] Failed to execute goal org.sonarsource.scanner.maven:sonar-maven-plugin:3.11.0.3922:sonar (default-cli) "
     "on project storefront: QUALITY GATE STATUS: FAILED - View details on "
     "https://sonar.example.org/dashboard?id=storefront&pullRequest=512 -> [Help 1]\n" + _SONAR_MVN_END),
    ("sonar-quality-gate-failed-cli", "real",
     "12:00:41.002 INFO  ------------- Check Quality Gate status\n"
     "12:00:41.002 INFO  Waiting for the analysis report to be processed (max 300s)\n"
     "12:00:46.310 INFO  EXECUTION FAILURE\n"
     "12:00:46.311 ERROR Error during SonarScanner CLI execution\n"
     "12:00:46.311 ERROR QUALITY GATE STATUS: FAILED - View details on https://sonar.example.org/dashboard?id=storefront\n"
     + _EXIT),
    ("sonar-ce-task-status-502", "transient",
     "12:00:41.002 INFO  ------------- Check Quality Gate status\n"
     "12:00:41.002 INFO  Waiting for the analysis report to be processed (max 300s)\n"
     "12:00:46.310 INFO  EXECUTION FAILURE\n"
     "12:00:46.311 ERROR Error during SonarScanner CLI execution\n"
     "12:00:46.311 ERROR Failed to get CE Task status - HTTP code 502\n" + _EXIT),
    ("sonar-quality-gate-status-503", "transient",
     "12:00:46.310 INFO  EXECUTION FAILURE\n"
     "12:00:46.311 ERROR Error during SonarScanner CLI execution\n"
     "12:00:46.311 ERROR Failed to get Quality Gate status - HTTP code 503\n" + _EXIT),
    ("sonar-quality-gate-wait-timeout", "transient",
     "[INFO] ------------- Check Quality Gate status\n"
     "[INFO] Waiting for the analysis report to be processed (max 300s)\n"
     "[INFO] BUILD FAILURE\n"
     "[ERROR] Failed to execute goal org.sonarsource.scanner.maven:sonar-maven-plugin:3.11.0.3922:sonar (default-cli) "
     "on project storefront: Quality Gate check timeout exceeded - View details on "
     "https://sonar.example.org/dashboard?id=storefront -> [Help 1]\n" + _SONAR_MVN_END),
    # SonarSource/sonarqube-quality-gate-action script/check-quality-gate.sh ("Quality Gate has FAILED.",
    # "Polling timeout reached for waiting for finishing of the Sonar scan! Aborting the check for SonarQube's
    # Quality Gate.", "Set the SONAR_TOKEN env variable."); its curl --fail --show-error calls
    ("sonar-gate-action-failed", "real",
     "Run sonarsource/sonarqube-quality-gate-action@v1\n"
     "✖ Quality Gate has FAILED.\n\n"
     "Detailed information can be found at: https://sonar.example.org/dashboard?id=storefront\n" + _EXIT),
    ("sonar-gate-action-polling-timeout", "transient",
     "Run sonarsource/sonarqube-quality-gate-action@v1\n"
     "............................................................\n"
     "Polling timeout reached for waiting for finishing of the Sonar scan! Aborting the check for SonarQube's Quality Gate.\n"
     + _EXIT),
    ("sonar-gate-action-curl-503", "transient",
     "Run sonarsource/sonarqube-quality-gate-action@v1\n"
     "curl: (22) The requested URL returned error: 503\n"
     "jq: error (at <stdin>:0): Cannot index string with \"task\"\n" + _EXIT),
    ("sonar-gate-action-curl-connect-timeout", "transient",
     "Run sonarsource/sonarqube-quality-gate-action@v1\n"
     "curl: (28) Failed to connect to sonar.example.org port 443 after 130041 ms: Couldn't connect to server\n"
     + _EXIT),
    ("sonar-gate-action-no-token", "real",
     "Run sonarsource/sonarqube-quality-gate-action@v1\n"
     "Set the SONAR_TOKEN env variable.\n" + _EXIT),
    # ------------------------------------------------------------------ merge queues
    # Mergify's dequeue comment for failed checks (docs.mergify.com merge-queue lifecycle; the reason
    # CHECKS_FAILED): the checks on the merged result failed
    ("mergify-removed-checks-failed", "real",
     "This pull request has been removed from the queue for the following reason: checks failed.\n\n"
     "The merge conditions cannot be satisfied due to failing checks:\n"
     "  - check-failure = build (ubuntu-latest)\n\n"
     "You may have to fix your CI before adding the pull request to the queue again.\n"),
    # bors-ng/bors-ng lib/worker/batcher/message.ex ("Merge conflict.")
    ("bors-merge-conflict", "real",
     "bors r+\n"
     "Merge conflict.\n"),
]

# Wordings printed both for an outage and for a persistent cause: no confident transient verdict.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # bors-ng/bors-ng lib/worker/batcher/message.ex (generate_status(:timeout) "Timed out",
    # generate_message({:timeout, :failed}) "Timed out.")
    ("bors-timed-out",
     "bors r+\n\n"
     "Timed out.\n"),
    # GitHub's merge queue (docs: managing-a-merge-queue "Status check timeout ... before assuming that checks
    # have failed"), its timeline wording "removed this pull request from the merge queue due to no response
    # for status checks"
    ("github-merge-queue-no-response",
     "github-merge-queue removed this pull request from the merge queue due to no response for status checks\n"),
    # Mergify's dequeue reason CHECKS_TIMEOUT (docs.mergify.com: queue_rules checks_timeout)
    ("mergify-removed-checks-timeout",
     "This pull request has been removed from the queue for the following reason: checks timeout.\n\n"
     "You may have to fix your CI before adding the pull request to the queue again.\n"),
    # christophebedard/dco-check dco_check/dco_check.py ("failed to fetch '%s' from remote '%s'"): a network
    # fault or a branch that is not there
    ("dco-check-fetch-default-branch",
     "Detected: GitHub Actions\n"
     "failed to fetch 'main' from remote 'origin'\n" + _EXIT),
    # SonarQube's compute engine giving up on the report (QualityGateCheck.java "CE Task finished abnormally
    # with status: %s, you can check details here: %s"): a server fault or a report the server rejects
    ("sonar-ce-task-finished-abnormally",
     "12:00:46.311 ERROR Error during SonarScanner CLI execution\n"
     "12:00:46.311 ERROR CE Task finished abnormally with status: FAILED, you can check details here: "
     "https://sonar.example.org/api/ce/task?id=AYx1b2c3d4\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_pr_check_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_pr_check_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "found in pull request title \"a\" doesn't match ",
    "Rule 'r' violated for bundle b: lines covered ratio is 0.5, but ",
    "error occurred while calling GitHub: GET https://x: ",
    "could not fetch 'https://x' (status code '",
    "'x' is not a valid ",
    "bors Timed out ",
]
