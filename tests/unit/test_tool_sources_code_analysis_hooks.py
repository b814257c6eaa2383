"""Fourteenth round, tool sources: the git-hook runners and code-analysis steps a CI job runs beside its
build (pre-commit's hook environments, husky and lint-staged, lefthook, CodeQL's init/autobuild/analyze
and SARIF upload, Semgrep, reviewdog, danger-js, Renovate's config validator and check-jsonschema on
dependabot.yml/renovate.json, Dependabot's updater, actionlint and zizmor).

Each case is a short log written for the test around one message as the tool prints it. The wording was
read from the tools' own source (the comment above each case names the repository and file holding the
format string); the few that rest on documentation or on a library's well-known wording say so. Hosts,
repositories, packages, hooks and paths are made up; no project's CI log is copied. The cases of
test_tool_sources_python_wrappers.py (pre-commit's clone and pip failures, its config errors, hooks
that failed or modified files), test_tool_sources_lint.py (actionlint's expression and runner-label
findings), test_tool_sources_scanners_forge_api.py (CodeQL's no-source-seen, SARIF rejections, 502,
rate limit and token errors) and test_tool_sources_pr_checks_coverage.py (danger's failing rules and
API errors, Renovate's validator errors) are not repeated here.

The rules the cases hold:
  * a tool that could not fetch what it runs with (a hook's Go modules or toolchain, the CodeQL bundle,
    Semgrep's registry rules, a JSON schema, the GitHub API answering 5xx while reviewdog or zizmor
    read the pull request) -> transient;
  * a tool that ran and found something (a hook that failed or changed files, lint-staged's task, a
    lefthook job, Semgrep's blocking findings, reviewdog's reported issues, zizmor's findings,
    actionlint's YAML error), a config it rejects, a version or pack or ruleset that does not exist,
    refused credentials, a permission the token lacks ("Resource not accessible by integration"),
    a repository without code scanning or Advanced Security, autobuild that cannot build the code
    -> real;
  * the tools' words inside a failing test, or a tool killed by the runner itself because a sibling
    task failed, are not an outage.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_PC_LOG = "Check the log at /home/ci/.cache/pre-commit/pre-commit.log\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ pre-commit
    # pre-commit/pre-commit pre_commit/languages/golang.py (install_environment: setup_cmd('go', 'install',
    # './...')) under pre_commit/util.py CalledProcessError and pre_commit/error_handler.py
    # ("An unexpected error has occurred: %s: %s", "Check the log at %s"); go's proxy answering 502
    ("pre-commit-golang-hook-proxy-502", "transient",
     "[INFO] Installing environment for https://git.example.org/tools/go-hooks.\n"
     "[INFO] Once installed this environment will be reused.\n"
     "An unexpected error has occurred: CalledProcessError: command: ('/home/ci/.cache/pre-commit/repo4f/golangenv-default/.go/bin/go', 'install', './...')\n"
     "return code: 1\n"
     "stdout: (none)\n"
     "stderr:\n"
     "    go: example.org/lintkit@v0.9.1: reading https://goproxy.example.org/example.org/lintkit/@v/v0.9.1.zip: 502 Bad Gateway\n"
     + _PC_LOG + _EXIT),
    # pre_commit/languages/golang.py _infer_go_version / _install_go (urllib.request.urlopen of the Go
    # download list) failing on the network: a URLError through error_handler.py
    ("pre-commit-golang-toolchain-urlopen-timeout", "transient",
     "[INFO] Installing environment for https://git.example.org/tools/go-hooks.\n"
     "An unexpected error has occurred: URLError: <urlopen error [Errno 110] Connection timed out>\n"
     + _PC_LOG + _EXIT),
    # same file: a 404 for the toolchain is turned into "Could not find a version matching your system
    # requirements (os=%s; arch=%s)"
    ("pre-commit-golang-toolchain-no-version", "real",
     "[INFO] Installing environment for https://git.example.org/tools/go-hooks.\n"
     "An unexpected error has occurred: ValueError: Could not find a version matching your system requirements (os=linux; arch=riscv64)\n"
     + _PC_LOG + _EXIT),
    # pre_commit/commands/run.py (--show-diff-on-failure: "pre-commit hook(s) made changes.", "If you are
    # seeing this message in CI, reproduce locally with: `pre-commit run --all-files`.", "All changes made
    # by hooks:")
    ("pre-commit-show-diff-on-failure", "real",
     "end-of-file-fixer........................................................Failed\n"
     "- hook id: end-of-file-fixer\n"
     "- exit code: 1\n"
     "- files were modified by this hook\n"
     "pre-commit hook(s) made changes.\n"
     "If you are seeing this message in CI, reproduce locally with: `pre-commit run --all-files`.\n"
     "To run `pre-commit` as part of git workflow, use `pre-commit install`.\n"
     "All changes made by hooks:\n"
     "diff --git a/docs/intro.md b/docs/intro.md\n" + _EXIT),
    # pre_commit/commands/run.py ("Your pre-commit configuration is unstaged.\n`git add %s` to fix this.")
    ("pre-commit-config-unstaged", "real",
     "$ pre-commit run --from-ref origin/main --to-ref HEAD\n"
     "[ERROR] Your pre-commit configuration is unstaged.\n"
     "`git add .pre-commit-config.yaml` to fix this.\n" + _CIRCLE),
    # pre_commit/commands/install_uninstall.py ("Cowardly refusing to install hooks with `core.hooksPath`
    # set.\nhint: `git config --unset-all core.hooksPath`")
    ("pre-commit-install-hookspath-set", "real",
     "$ pre-commit install --install-hooks\n"
     "[ERROR] Cowardly refusing to install hooks with `core.hooksPath` set.\n"
     "hint: `git config --unset-all core.hooksPath`\n" + _CIRCLE),
    # pre_commit/git.py ("git failed. Is it installed, and are you in a Git repository directory?") as a
    # FatalError through error_handler.py ("An error has occurred")
    ("pre-commit-not-a-git-checkout", "real",
     "Step 7/9 : RUN pre-commit run --all-files\n"
     "An error has occurred: FatalError: git failed. Is it installed, and are you in a Git repository directory?\n"
     "Check the log at /root/.cache/pre-commit/pre-commit.log\n"
     "The command '/bin/sh -c pre-commit run --all-files' returned a non-zero code: 1\n"),
    # ------------------------------------------------------------------ husky
    # typicode/husky husky (the hook wrapper: "husky - $n script failed (code $c)", and on 127 "husky -
    # command not found in PATH=$PATH")
    ("husky-pre-commit-script-failed", "real",
     "$ git commit -m 'chore: bump version'\n"
     "> widget-shop@2.4.0 lint\n"
     "> eslint src\n"
     "/home/ci/project/src/cart.ts\n"
     "  14:7  error  'total' is assigned a value but never used  @typescript-eslint/no-unused-vars\n"
     "✖ 1 problem (1 error, 0 warnings)\n"
     "husky - pre-commit script failed (code 1)\n" + _EXIT),
    ("husky-hook-command-not-found", "real",
     "$ git commit -m 'release: 2.4.0'\n"
     ".husky/pre-commit: 2: lint-staged: not found\n"
     "husky - pre-commit script failed (code 127)\n"
     "husky - command not found in PATH=node_modules/.bin:/usr/local/bin:/usr/bin:/bin\n" + _EXIT),
    # husky's prepare script (index.js) run by npm with the dev dependencies left out: the shell cannot
    # find husky (npm's "npm error code 127"; the wording is npm's and sh's)
    ("husky-prepare-without-dev-deps", "real",
     "$ npm ci --omit=dev\n"
     "> widget-shop@2.4.0 prepare\n"
     "> husky\n"
     "sh: 1: husky: not found\n"
     "npm error code 127\n"
     "npm error path /home/ci/project\n"
     "npm error command failed\n"
     "npm error command sh -c husky\n" + _EXIT),
    # ------------------------------------------------------------------ lint-staged
    # lint-staged/lint-staged lib/getSpawnedTask.js ("✖ <command>:" above the task's output) and
    # lib/messages.js (TASK_ERROR "Skipped because of errors from tasks.")
    ("lint-staged-task-failed", "real",
     "✔ Preparing lint-staged...\n"
     "❯ Running tasks for staged files...\n"
     "  ✖ eslint --max-warnings=0 [FAILED]\n"
     "↓ Skipped because of errors from tasks.\n"
     "✖ eslint --max-warnings=0:\n"
     "/home/ci/project/src/api/orders.ts\n"
     "  31:12  error  Unexpected any. Specify a different type  @typescript-eslint/no-explicit-any\n"
     "husky - pre-commit script failed (code 1)\n" + _EXIT),
    # lib/getSpawnedTask.js ("✖ Task killed: %s"): lint-staged kills the sibling tasks itself after one
    # failed, so a killed task next to a failed one is no outage
    ("lint-staged-sibling-task-killed", "real",
     "❯ Running tasks for staged files...\n"
     "  ✖ tsc --noEmit [FAILED]\n"
     "  ✖ jest --findRelatedTests --passWithNoTests [KILLED]\n"
     "✖ tsc --noEmit:\n"
     "src/api/orders.ts(31,12): error TS2322: Type 'string' is not assignable to type 'number'.\n"
     "✖ Task killed: jest --findRelatedTests --passWithNoTests\n" + _EXIT),
    # lib/messages.js (GIT_ERROR "✖ lint-staged failed due to a git error.") in a shallow CI checkout
    ("lint-staged-git-error", "real",
     "$ npx lint-staged --diff=origin/main...HEAD\n"
     "✖ lint-staged failed due to a git error.\n"
     "  Error: fatal: origin/main...HEAD: no merge base\n" + _EXIT),
    # lib/messages.js (NO_CONFIGURATION "✖ lint-staged could not find any valid configuration.")
    ("lint-staged-no-configuration", "real",
     "$ npx lint-staged\n"
     "✖ lint-staged could not find any valid configuration.\n" + _EXIT),
    # lib/messages.js (PREVENTED_TASK_MODIFICATIONS "✖ lint-staged failed because `--fail-on-changes` was used.")
    ("lint-staged-fail-on-changes", "real",
     "$ npx lint-staged --fail-on-changes\n"
     "✔ Running tasks for staged files...\n"
     "✖ lint-staged failed because `--fail-on-changes` was used.\n" + _EXIT),
    # lib/messages.js (failedToParseConfig "✖ Failed to parse config from file \"%s\".")
    ("lint-staged-config-parse-error", "real",
     "$ npx lint-staged\n"
     "✖ Failed to parse config from file \"/home/ci/project/.lintstagedrc.json\".\n"
     "SyntaxError: Unexpected token } in JSON at position 58\n"
     "See https://github.com/lint-staged/lint-staged#configuration.\n" + _EXIT),
    # ------------------------------------------------------------------ lefthook
    # evilmartians/lefthook internal/logger/execution_logger.go (the summary "summary: (done in %.2f
    # seconds)", "✔️ %s", "🥊 %s%s" with the job's fail_text)
    ("lefthook-job-failed", "real",
     "│ 🥊 lefthook v1.7.18  hook: pre-push │\n"
     "┃  rubocop ❯ \n"
     "app/models/order.rb:12:5: C: Style/GuardClause: Use a guard clause instead of wrapping the code inside a conditional expression.\n"
     "1 file inspected, 1 offense detected\n"
     "summary: (done in 3.41 seconds)\n"
     "✔️ prettier (0.52 seconds)\n"
     "🥊 rubocop (2.80 seconds)\n" + _EXIT),
    ("lefthook-fail-text", "real",
     "summary: (done in 1.12 seconds)\n"
     "🥊 typecheck: Run `pnpm tsc` locally and fix the types (1.02 seconds)\n" + _EXIT),
    # internal/config/loader.go (ConfigNotFoundError "No config files with names %q have been found in \"%s\"")
    ("lefthook-config-not-found", "real",
     "$ lefthook run pre-commit --all-files\n"
     "Error: No config files with names [\"lefthook\" \".lefthook\"] have been found in \"/home/ci/project\"\n"
     + _EXIT),
    # internal/command/run.go ("required lefthook version (%s) is higher than current (%s) at %s")
    ("lefthook-min-version", "real",
     "$ lefthook run pre-commit\n"
     "Error: required lefthook version (1.9.0) is higher than current (1.6.4) at /usr/local/bin/lefthook\n"
     + _EXIT),
    # ------------------------------------------------------------------ CodeQL
    # github/codeql-action src/cli-errors.ts (NoBuildCommandAutodetected "Could not auto-detect a suitable
    # build method", the wrapper "Encountered a fatal error while running \"%s\". Exit code was %d and last
    # log line was: %s See the logs for more details.") and src/autobuild-action.ts ("We were unable to
    # automatically build your code. Please replace the call to the autobuild action with your custom build
    # steps.")
    ("codeql-autobuild-no-build-method", "real",
     "Run github/codeql-action/autobuild@v3\n"
     "Attempting to automatically build csharp code\n"
     "Could not auto-detect a suitable build method\n"
     "Error: We were unable to automatically build your code. Please replace the call to the autobuild action "
     "with your custom build steps. Encountered a fatal error while running "
     "\"/opt/hostedtoolcache/CodeQL/2.18.1/x64/codeql/csharp/tools/autobuild.sh\". Exit code was 1 and last "
     "log line was: Could not auto-detect a suitable build method. See the logs for more details.\n"),
    # src/cli-errors.ts (MavenBuildFailed "[autobuild] [ERROR] Failed to execute goal")
    ("codeql-autobuild-maven-compile", "real",
     "Run github/codeql-action/autobuild@v3\n"
     "[2024-06-11 09:14:02] [autobuild] [ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile (default-compile) on project billing: Compilation failure\n"
     "[2024-06-11 09:14:02] [autobuild] [ERROR] /home/runner/work/billing/src/main/java/acme/Invoice.java:[41,17] cannot find symbol\n"
     "Error: We were unable to automatically build your code. Please replace the call to the autobuild action "
     "with your custom build steps. Encountered a fatal error while running autobuild.\n"),
    # src/tools-download.ts ("Failed to download CodeQL bundle from %s. HTTP status code: %d.") under
    # src/codeql.ts ("Unable to download and extract CodeQL CLI: %s")
    ("codeql-bundle-download-503", "transient",
     "Run github/codeql-action/init@v3\n"
     "Downloading CodeQL tools from https://github.com/github/codeql-action/releases/download/codeql-bundle-v2.18.1/codeql-bundle-linux64.tar.zst . This may take a while.\n"
     "Error: Unable to download and extract CodeQL CLI: Failed to download CodeQL bundle from "
     "https://github.com/github/codeql-action/releases/download/codeql-bundle-v2.18.1/codeql-bundle-linux64.tar.zst. HTTP status code: 503.\n"),
    ("codeql-bundle-download-404", "real",
     "Run github/codeql-action/init@v3\n"
     "Error: Unable to download and extract CodeQL CLI: Failed to download CodeQL bundle from "
     "https://github.com/github/codeql-action/releases/download/codeql-bundle-v9.9.9/codeql-bundle-linux64.tar.zst. HTTP status code: 404.\n"),
    # src/upload-lib.ts (uploadPayload: core.warning(httpError.message) then wrapApiConfigurationError)
    # with a 503 and a 504 from the upload endpoint
    ("codeql-upload-service-unavailable", "transient",
     "Run github/codeql-action/upload-sarif@v3\n"
     "Uploading results\n"
     "Warning: Service Unavailable\n"
     "Error: Service Unavailable\n"),
    ("codeql-upload-gateway-timeout", "transient",
     "Run github/codeql-action/analyze@v3\n"
     "Uploading results\n"
     "Warning: Gateway Timeout\n"
     "Error: HttpError: Gateway Timeout\n"),
    # src/api-client.ts (wrapApiConfigurationError: "Resource not accessible by integration" kept as a
    # ConfigurationError): a fork's token without security-events: write
    ("codeql-upload-resource-not-accessible", "real",
     "Run github/codeql-action/upload-sarif@v3\n"
     "Uploading results\n"
     "Warning: Resource not accessible by integration - https://docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data\n"
     "Error: Resource not accessible by integration - https://docs.github.com/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data\n"),
    # src/api-client.ts (isEnablementError /Advanced Security must be enabled/, getFeatureEnablementError
    # "Please verify that the necessary features are enabled: %s")
    ("codeql-advanced-security-not-enabled", "real",
     "Run github/codeql-action/analyze@v3\n"
     "Uploading results\n"
     "Warning: Advanced Security must be enabled for this repository to use code scanning.\n"
     "Error: Please verify that the necessary features are enabled: Advanced Security must be enabled for this repository to use code scanning.\n"),
    ("codeql-code-scanning-not-enabled", "real",
     "Run github/codeql-action/upload-sarif@v3\n"
     "Warning: Code Scanning is not enabled for this repository. Please enable code scanning in the repository settings.\n"
     "Error: Please verify that the necessary features are enabled: Code Scanning is not enabled for this repository. "
     "Please enable code scanning in the repository settings.\n"),
    # src/cli-errors.ts (PackCannotBeFound "Query pack .* cannot be found. Check the spelling of the pack.")
    ("codeql-query-pack-not-found", "real",
     "Run github/codeql-action/init@v3\n"
     "Error: Encountered a fatal error while running \"/opt/hostedtoolcache/CodeQL/2.18.1/x64/codeql/codeql "
     "resolve queries --format=bylanguage acme/securty-queries\". Exit code was 2 and error was: Query pack "
     "acme/securty-queries cannot be found. Check the spelling of the pack. See the logs for more details.\n"),
    # src/cli-errors.ts (PackMissingAuth "Do you need to specify a token to authenticate to the registry?")
    ("codeql-pack-registry-auth", "real",
     "Run github/codeql-action/init@v3\n"
     "Error: Encountered a fatal error while running \"codeql pack download acme/private-queries\". Exit code "
     "was 2 and error was: A fatal error occurred: GitHub Container registry returned 403 Forbidden for "
     "acme/private-queries. Do you need to specify a token to authenticate to the registry? See the logs for more details.\n"),
    # src/cli-errors.ts (InvalidConfigFile "Config file .* is not valid")
    ("codeql-config-file-invalid", "real",
     "Run github/codeql-action/init@v3\n"
     "Error: Config file .github/codeql/codeql-config.yml is not valid: The \"paths-ignore\" property must be an array of strings\n"),
    # an autobuild that failed because Gradle's repository answered 502 (the build tool's own wording
    # inside the autobuild wrapper): the fetch failed, not the code
    ("codeql-autobuild-gradle-502", "transient",
     "Run github/codeql-action/autobuild@v3\n"
     "[2024-06-11 09:20:41] [autobuild] > Could not resolve all files for configuration ':app:compileClasspath'.\n"
     "[2024-06-11 09:20:41] [autobuild]    > Could not GET 'https://repo.example.org/maven2/acme/ledger/3.1.0/ledger-3.1.0.pom'. Received status code 502 from server: Bad Gateway\n"
     "[2024-06-11 09:20:41] [autobuild] FAILURE: Build failed with an exception.\n"
     "Error: We were unable to automatically build your code. Please replace the call to the autobuild action "
     "with your custom build steps. Encountered a fatal error while running autobuild.\n"),
    # ------------------------------------------------------------------ Semgrep
    # semgrep/semgrep cli/src/semgrep/config_resolver.py (_download_config_from_url: "Failed to download
    # configuration from %s" + " HTTP %d." or " Failed after multiple attempts (%s)")
    ("semgrep-registry-retries-502", "transient",
     "Run semgrep scan --config p/python --error\n"
     "[ERROR] Failed to download configuration from https://semgrep.dev/c/p/python Failed after multiple attempts (too many 502 error responses)\n"
     + _EXIT),
    ("semgrep-registry-http-503", "transient",
     "$ semgrep --config p/secrets --error .\n"
     "Failed to download configuration from https://semgrep.dev/c/p/secrets HTTP 503.\n" + _CIRCLE),
    ("semgrep-registry-unknown-ruleset-404", "real",
     "$ semgrep --config p/pythn --error .\n"
     "Failed to download configuration from https://semgrep.dev/c/p/pythn HTTP 404.\n" + _CIRCLE),
    # same file (_fetch_config_from_remote... "Invalid API Key. Run `semgrep logout` and `semgrep login` again.")
    ("semgrep-ci-invalid-api-key", "real",
     "Run semgrep ci\n"
     "Fetching configuration from Semgrep Cloud Platform\n"
     "Invalid API Key. Run `semgrep logout` and `semgrep login` again.\n"
     "##[error]Process completed with exit code 13.\n"),
    # same file ("API server at %s returned this error: %s") with the server's 502 page
    ("semgrep-ci-api-server-502", "transient",
     "Run semgrep ci\n"
     "Fetching configuration from Semgrep Cloud Platform\n"
     "API server at https://semgrep.dev returned this error: <html><head><title>502 Bad Gateway</title></head></html>\n"
     + _EXIT),
    # cli/src/semgrep/commands/ci.py ("  Has findings for blocking rules so exiting with code 1")
    ("semgrep-ci-blocking-findings", "real",
     "Run semgrep ci\n"
     "  python.lang.security.audit.subprocess-shell-true\n"
     "     src/tasks/export.py:44\n"
     "  Has findings for blocking rules so exiting with code 1\n" + _EXIT),
    # cli/src/semgrep/output.py ("Ran %s on %s: %s." with unit_str counts) under --error
    ("semgrep-scan-error-findings", "real",
     "$ semgrep scan --config .semgrep/ --error\n"
     "    src/web/views.py\n"
     "     ❯❱ acme.flask-debug-enabled\n"
     "          41┆ app.run(debug=True)\n"
     "Ran 38 rules on 212 files: 1 finding.\n" + _CIRCLE),
    # cli/src/semgrep/run_scan.py ("invalid configuration file found (%d configs were invalid)")
    ("semgrep-invalid-rule-file", "real",
     "$ semgrep --config .semgrep/rules.yml --error .\n"
     "[ERROR] Invalid rule schema\n"
     "  --> .semgrep/rules.yml:7\n"
     "invalid configuration file found (1 configs were invalid)\n" + _CIRCLE),
    # ------------------------------------------------------------------ reviewdog
    # reviewdog/reviewdog reviewdog.go ("found at least one issue with severity greater than or equal to
    # the given level: %s"), cmd/reviewdog/main.go ("reviewdog: %v")
    ("reviewdog-found-issue", "real",
     "Run reviewdog -reporter=github-pr-review -fail-level=error -f=golangci-lint\n"
     "reviewdog: found at least one issue with severity greater than or equal to the given level: error\n"
     + _EXIT),
    # resultmap.go ("%s failed with zero findings: The command itself failed (%v) or reviewdog cannot
    # parse the results")
    ("reviewdog-runner-failed-zero-findings", "real",
     "Run reviewdog -conf=.reviewdog.yml -reporter=github-check\n"
     "reviewdog: eslint failed with zero findings: The command itself failed (exit status 2) or reviewdog cannot parse the results\n"
     + _EXIT),
    # service/github/check.go ("failed to create check: %w") with go-github's ErrorResponse ("%v %v: %d %v %+v")
    ("reviewdog-check-resource-not-accessible", "real",
     "Run reviewdog -reporter=github-check -f=rdjson\n"
     "reviewdog: failed to create check: POST https://api.github.com/repos/acme/shop/check-runs: 403 Resource not accessible by integration []\n"
     + _EXIT),
    # reviewdog.go ("fail to get diff: %w") with the GitHub API's 502 through go-github
    ("reviewdog-get-diff-502", "transient",
     "Run reviewdog -reporter=github-pr-review -f=rdjsonl\n"
     "reviewdog: fail to get diff: GET https://api.github.com/repos/acme/shop/pulls/812: 502 Bad Gateway []\n"
     + _EXIT),
    # service/github/check.go ("failed to post annotations: %w") with a 503
    ("reviewdog-post-annotations-503", "transient",
     "Run reviewdog -reporter=github-check -f=shellcheck\n"
     "reviewdog: post failed for shellcheck: failed to post annotations: PATCH https://api.github.com/repos/acme/shop/check-runs/991: 503 Service Unavailable []\n"
     + _EXIT),
    # ------------------------------------------------------------------ danger-js
    # danger/danger-js source/commands/utils/fileUtils.ts ("Could not find a 'dangerfile.js' or 'dangerfile.ts' in the
    # current working directory (%s).")
    ("danger-js-no-dangerfile", "real",
     "$ yarn danger ci\n"
     "Error: Could not find a 'dangerfile.js' or 'dangerfile.ts' in the current working directory (/home/ci/project).\n"
     "error Command failed with exit code 1.\n" + _CIRCLE),
    # source/commands/ci/runner.ts ("Could not find a source code hosting platform for %s.", "Currently
    # Danger JS only supports GitHub, ...")
    ("danger-js-no-platform", "real",
     "$ npx danger ci\n"
     "Could not find a source code hosting platform for GitHub Actions.\n"
     "Currently Danger JS only supports GitHub, BitBucket Server, Gitlab and Bitbucket Cloud, if you want other "
     "platforms, consider the Ruby version or help add support.\n" + _EXIT),
    # ------------------------------------------------------------------ Renovate config validator
    # renovatebot/renovate lib/config-validator.ts ("Config migration necessary", and under --strict the
    # migration fails the run)
    ("renovate-validator-migration-strict", "real",
     "$ npx --yes --package renovate -- renovate-config-validator --strict\n"
     " INFO: Validating renovate.json\n"
     " WARN: Config migration necessary\n"
     "       \"oldConfig\": {\"stabilityDays\": 3},\n"
     "       \"newConfig\": {\"minimumReleaseAge\": \"3 days\"}\n" + _EXIT),
    # same file ("File does not exist")
    ("renovate-validator-file-missing", "real",
     "$ renovate-config-validator .github/renovate.json\n"
     "ERROR: File does not exist\n"
     "       \"file\": \".github/renovate.json\"\n" + _EXIT),
    # npm fetching the validator's package first (npm's own wording, E503)
    ("renovate-validator-npx-registry-503", "transient",
     "$ npx --yes --package renovate -- renovate-config-validator\n"
     "npm error code E503\n"
     "npm error 503 Service Unavailable - GET https://registry.npmjs.org/renovate\n"
     "npm error A complete log of this run can be found in: /home/ci/.npm/_logs/2024-06-11T09_00_00_000Z-debug-0.log\n"
     + _EXIT),
    # ------------------------------------------------------------------ check-jsonschema (dependabot.yml,
    # renovate.json)
    # python-jsonschema/check-jsonschema src/check_jsonschema/reporter.py ("Schema validation errors were
    # encountered.", "%s::%s: %s")
    ("check-jsonschema-dependabot-invalid", "real",
     "check-jsonschema --builtin-schema vendor.dependabot .github/dependabot.yml\n"
     "Schema validation errors were encountered.\n"
     "  .github/dependabot.yml::$.updates[0]: 'schedule' is a required property\n" + _EXIT),
    # src/check_jsonschema/cachedownloader.py (FailedDownloadError "got response with status=%d, retries
    # exhausted", "encountered error during download"), checker.py ("Error: Unexpected Error building schema
    # validator")
    ("check-jsonschema-schema-download-503", "transient",
     "check-jsonschema --schemafile https://json.example.org/renovate.json renovate.json\n"
     "Error: Unexpected Error building schema validator\n"
     "FailedDownloadError: got response with status=503, retries exhausted\n" + _EXIT),
    ("check-jsonschema-schema-download-timeout", "transient",
     "check-jsonschema --schemafile https://json.example.org/renovate.json renovate.json\n"
     "Error: Unexpected Error building schema validator\n"
     "ReadTimeout: HTTPSConnectionPool(host='json.example.org', port=443): Read timed out. (read timeout=None)\n"
     "The above exception was the direct cause of the following exception:\n"
     "FailedDownloadError: encountered error during download\n" + _EXIT),
    ("check-jsonschema-schema-download-404", "real",
     "check-jsonschema --schemafile https://json.example.org/renovat.json renovate.json\n"
     "Error: Unexpected Error building schema validator\n"
     "FailedDownloadError: got response with status=404, retries exhausted\n" + _EXIT),
    # ------------------------------------------------------------------ Dependabot's updater
    # dependabot/dependabot-core updater/lib/dependabot/updater/error_handler.rb ("Handled error whilst
    # updating %s: %s %s") with the error types of common/lib/dependabot/errors.rb
    ("dependabot-private-source-timed-out", "transient",
     "updater | 2024/06/11 09:30:12 INFO <job_81234> Checking if ledger-client 3.1.0 needs updating\n"
     "updater | 2024/06/11 09:31:12 INFO <job_81234> Handled error whilst updating ledger-client: private_source_timed_out {:source=>\"npm.example.org\"}\n"
     "updater | 2024/06/11 09:31:13 INFO <job_81234> Finished job processing\n"
     "Failure running container 4f1a2b: Error: The updater encountered one or more errors.\n"),
    ("dependabot-private-source-auth-failure", "real",
     "updater | 2024/06/11 09:30:12 INFO <job_81235> Checking if ledger-client 3.1.0 needs updating\n"
     "updater | 2024/06/11 09:30:13 INFO <job_81235> Handled error whilst updating ledger-client: private_source_authentication_failure {:source=>\"npm.example.org\"}\n"
     "Failure running container 4f1a2c: Error: The updater encountered one or more errors.\n"),
    ("dependabot-dependency-file-not-found", "real",
     "updater | 2024/06/11 09:30:12 INFO <job_81236> Starting job processing\n"
     "updater | 2024/06/11 09:30:13 INFO <job_81236> Handled error whilst processing job: dependency_file_not_found {:\"file-path\"=>\"/services/api/requirements.txt\"}\n"
     "Failure running container 4f1a2d: Error: The updater encountered one or more errors.\n"),
    # ------------------------------------------------------------------ actionlint
    # rhysd/actionlint parse.go ("could not parse as YAML: %s", kind syntax-check)
    ("actionlint-yaml-syntax", "real",
     "Run ./actionlint -color\n"
     ".github/workflows/release.yml:22:9: could not parse as YAML: yaml: line 22: did not find expected key [syntax-check]\n"
     + _EXIT),
    # rule_shellcheck.go ("shellcheck reported issue in this script: SC%d:%s:%d:%d: %s")
    ("actionlint-shellcheck", "real",
     "Run ./actionlint\n"
     ".github/workflows/ci.yml:31:9: shellcheck reported issue in this script: SC2086:info:2:15: Double quote to "
     "prevent globbing and word splitting [shellcheck]\n" + _EXIT),
    # scripts/download-actionlint.bash ("Downloading %s with curl"), curl -f's own wording on a 502
    ("actionlint-download-script-502", "transient",
     "Start downloading actionlint v1.7.1 to /home/runner/work/shop/shop\n"
     "Detected OS=linux ext=tar.gz arch=amd64\n"
     "Downloading https://github.com/rhysd/actionlint/releases/download/v1.7.1/actionlint_1.7.1_linux_amd64.tar.gz with curl\n"
     "curl: (22) The requested URL returned error: 502\n"
     "gzip: stdin: unexpected end of file\n" + _EXIT),
    # ------------------------------------------------------------------ zizmor
    # woodruffw/zizmor crates/zizmor/src/output/plain.rs ("%d findings (%s): %d unknown, ...") and its
    # per-finding "error[<audit>]: ..." lines
    ("zizmor-findings", "real",
     "Run zizmor --format plain .github/workflows\n"
     "error[template-injection]: code injection via template expansion\n"
     "  --> .github/workflows/triage.yml:18:9\n"
     "3 findings (1 suppressed): 0 unknown, 0 informational, 0 low, 1 medium, 1 high\n"
     "##[error]Process completed with exit code 14.\n"),
    # crates/zizmor/src/main.rs ("fatal: no audit was performed", then the error chain), github_api.rs
    # ("couldn't retrieve tags for %s/%s@%s") with reqwest's "HTTP status server error (%s) for url (%s)"
    ("zizmor-github-api-502", "transient",
     "Run zizmor .github/workflows\n"
     "fatal: no audit was performed\n"
     "couldn't retrieve tags for acme/setup-widget@3f1c0de\n"
     "\n"
     "Caused by:\n"
     "    HTTP status server error (502 Bad Gateway) for url (https://api.github.com/repos/acme/setup-widget/tags?per_page=100)\n"
     + _EXIT),
    # main.rs ("failed to load config: %s")
    ("zizmor-config-invalid", "real",
     "Run zizmor .github/workflows\n"
     "fatal: no audit was performed\n"
     "failed to load config: unknown field `rule`, expected `rules` at line 1 column 1\n" + _EXIT),
    # ------------------------------------------------------------------ near-misses: the tools' words in tests
    # a jest test of a SARIF uploader: the title and the expected message speak of a 503
    ("jest-test-about-sarif-upload-503", "real",
     "FAIL test/upload.test.ts\n"
     "  ● uploadSarif › retries when the upload answers 503 Service Unavailable\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "    Expected: 3\n"
     "    Received: 1\n"
     "Tests:       1 failed, 41 passed, 42 total\n" + _EXIT),
    # a pytest test of a semgrep wrapper checking its handling of the registry's outage message
    ("pytest-test-about-semgrep-registry-outage", "real",
     "tests/test_scan.py::test_registry_outage_is_reported FAILED\n"
     "    def test_registry_outage_is_reported(fake_registry):\n"
     "        fake_registry.fail_with(502)\n"
     ">       assert run_scan() == 'Failed to download configuration from https://rules.example.org/c/p/python HTTP 502.'\n"
     "E       AssertionError: assert None == 'Failed to download configuration from https://rules.example.org/c/p/python HTTP 502.'\n"
     "FAILED tests/test_scan.py::test_registry_outage_is_reported - AssertionError: assert None == 'Failed to download configurat...\n"
     "========================= 1 failed, 63 passed in 4.02s =========================\n" + _EXIT),
    # a lint-staged task's test run failing on the code, the runner's "Task killed" words nowhere near
    ("lint-staged-jest-task-assertion", "real",
     "✖ jest --bail --findRelatedTests:\n"
     "FAIL src/cart.test.ts\n"
     "  ● cart › applies the discount once\n"
     "    expect(received).toEqual(expected)\n"
     "    Expected: 90\n"
     "    Received: 81\n"
     "husky - pre-commit script failed (code 1)\n" + _EXIT),
    # near-misses for the new entries: urllib3's retry wording inside a pytest.raises test that failed
    ("pytest-raises-about-retries-exhausted", "real",
     "tests/test_client.py::test_gives_up_after_retries FAILED\n"
     "    def test_gives_up_after_retries(flaky_server):\n"
     "        with pytest.raises(RetryError, match='too many 503 error responses'):\n"
     ">           client.fetch('/rules')\n"
     "E           Failed: DID NOT RAISE <class 'requests.exceptions.RetryError'>\n"
     "FAILED tests/test_client.py::test_gives_up_after_retries - Failed: DID NOT RAISE <class 'requests.exceptions.RetryError'>\n"
     "========================= 1 failed, 27 passed in 2.20s =========================\n" + _EXIT),
    # the application's own log line beside an assertion that failed on the code
    ("app-log-retries-exhausted-beside-assertion", "real",
     "tests/test_sync.py::test_sync_marks_stale PASSED\n"
     "------------------------------ Captured log call -------------------------------\n"
     "WARNING  inventory.sync:sync.py:88 upstream gave up: too many 502 error responses (handled, using cache)\n"
     "tests/test_sync.py::test_sync_counts FAILED\n"
     "E       assert 41 == 42\n"
     "FAILED tests/test_sync.py::test_sync_counts - assert 41 == 42\n"
     "========================= 1 failed, 30 passed in 3.02s =========================\n" + _EXIT),
    # an RSpec example about Dependabot's error handler quoting the handled-error line
    ("rspec-about-dependabot-handled-error", "real",
     "Failures:\n"
     "  1) ErrorHandler#handle_dependency_error logs the timed out source\n"
     "     Failure/Error: expect(logger).to have_received(:info).with(\"Handled error whilst updating dummy-pkg: private_source_timed_out {:source=>\\\"npm.example.org\\\"}\")\n"
     "     # ./spec/updater/error_handler_spec.rb:42\n"
     "Finished in 1.31 seconds (files took 2.4 seconds to load)\n"
     "48 examples, 1 failure\n" + _EXIT),
    # lefthook's header carries its boxing-glove mark too: a run whose jobs all passed, then npm's
    # connection reset while installing
    ("lefthook-header-then-npm-econnreset", "transient",
     "│ 🥊 lefthook v1.7.18  hook: pre-commit │\n"
     "summary: (done in 0.91 seconds)\n"
     "✔️ prettier (0.52 seconds)\n"
     "$ npm ci\n"
     "npm error code ECONNRESET\n"
     "npm error network aborted\n"
     "npm error network This is a problem related to network connectivity.\n" + _EXIT),
    # a Semgrep blocking-findings line printed in audit mode by a passing scan, then the upload of its
    # results answering 502
    ("semgrep-ci-audit-then-upload-502", "transient",
     "Run semgrep ci --audit-on push\n"
     "  Audit mode is on for push, so exiting with code 0 even if matches found\n"
     "Uploading scan results\n"
     "API server at https://semgrep.dev returned this error: <html><head><title>502 Bad Gateway</title></head></html>\n"
     + _EXIT),
]


NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # github/codeql-action src/cli-errors.ts (OutOfMemoryOrDisk "CodeQL is out of memory."): the runner's
    # memory is the same on the next run for the same code base; a rerun seldom helps
    ("codeql-out-of-memory",
     "Run github/codeql-action/analyze@v3\n"
     "Error: Encountered a fatal error while running \"codeql database run-queries --ram=14567 --threads=4 "
     "/home/runner/work/_temp/codeql_databases/java\". Exit code was 99 and last log line was: CodeQL is out of "
     "memory. For more information, see https://gh.io/troubleshooting-code-scanning/out-of-disk-or-memory See "
     "the logs for more details.\n"),
    # src/cli-errors.ts (ExternalRepositoryCloneFailed "Failed to clone external Git repository"): as often a
    # repository or token that is wrong as a network that blinked
    ("codeql-external-repo-clone-failed",
     "Run github/codeql-action/init@v3\n"
     "Error: Encountered a fatal error while running \"codeql resolve queries\". Exit code was 2 and error was: "
     "Failed to clone external Git repository acme/codeql-config. See the logs for more details.\n"),
    # semgrep/semgrep cli/src/semgrep/core_runner.py ("semgrep timed out waiting for the semgrep-core process
    # to exit after an exception was raised"): follows an error of its own
    ("semgrep-core-exit-wait-timeout",
     "$ semgrep --config .semgrep/ --error .\n"
     "semgrep timed out waiting for the semgrep-core process to exit after an exception was raised\n" + _CIRCLE),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_hook_and_analysis_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_hook_and_analysis_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "1 findings (1 suppressed): 0 unknown, 0 informational ",
    "Handled error whilst updating x: private_source_timed_out ",
    "No config files with names [\"lefthook\" ",
    "🥊 husky - pre-commit script failed (code 1 too many 502 error responses ",
]
