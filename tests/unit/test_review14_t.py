"""Review 14t of the fourteenth round's code_analysis_hooks entries (code-scanner-findings-gate,
reviewdog-runner-failed-without-findings, codeql-configuration-error, codeql-out-of-memory,
http-retries-exhausted-on-5xx, git-hook-runner-failed, bot-config-schema-invalid, renovate-config-migration-needed,
dependabot-source-timed-out, dependabot-update-persistent-error) and lang_ecosystems_more entries
(composer-github-api-limit-exhausted, artifact-transfer-refused-status, cpanm-install-failed,
bun-no-version-matching), with what those helpers changed in download-failed, test-timeout, transient-wording,
package-fetch-words and the compared-values reading (ExUnit's left:/right:, clojure.test's expected:/actual:).
Adversarial logs, made up. 55 written; 12 read wrong on main ("[wrong on main]": 4 high, 5 medium, 3 low);
2 were left (LEFT, xfail strict; both read right since xfail15). husky's and lefthook's failure marks and reviewdog's "failed with zero
findings" relay whatever the hook or linter met, so an outage above them is their cause (git-hook-script-failed
and reviewdog's entry read downstream); urllib3's exhausted retries on a loopback server are the job's own
application failing (http-retries-exhausted-on-own-server); Dependabot's timeout stands aside beside a persistent
error of the same job and inside a test's expectation."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

REAL: list[tuple[str, str, str]] = [
    # husky over eslint's own error: the change's lint finding
    ('husky-hook-eslint-real', 'real',
     '> lint-staged\n'
     '✖ eslint --fix:\n'
     '/app/src/cart.ts\n'
     "  12:7  error  'total' is assigned a value but never used  @typescript-eslint/no-unused-vars\n"
     '✖ 1 problem (1 error, 0 warnings)\n'
     'husky - pre-commit script failed (code 1)\n'
     '##[error]Process completed with exit code 1.\n'),
    # reviewdog relays a linter that rejected its flag: the setup, every run
    ('reviewdog-linter-bad-flag', 'real',
     'reviewdog: running shellcheck\n'
     "shellcheck: unrecognized option `--severity-level=warn'\n"
     'reviewdog: shellcheck failed with zero findings: The command itself failed (exit status 3) or reviewdog cannot parse the results\n'
     '##[error]Process completed with exit code 1.\n'),
    # Semgrep's blocking findings end the job; the SARIF upload's 502 is a post-step
    ('semgrep-findings-then-upload-502', 'real',
     'Ran 412 rules on 188 files: 2 findings.\n'
     'Has findings for blocking rules so exiting with code 1\n'
     '##[error]Process completed with exit code 1.\n'
     'Post job cleanup.\n'
     'Warning: Failed to upload SARIF: 502 Bad Gateway\n'
     'Error: Request failed with status 502 Bad Gateway while uploading to https://uploads.github.com\n'),
    # [wrong on main] the job's own server on 127.0.0.1 answered 500 to every retry: its code
    ('pytest-own-app-500-retries', 'real',
     'tests/test_orders.py::test_create_order FAILED\n'
     '=================================== FAILURES ===================================\n'
     '___________________________ test_create_order ____________________________\n'
     "E   requests.exceptions.RetryError: HTTPConnectionPool(host='127.0.0.1', port=8000): Max retries exceeded with url: /api/orders (Caused by ResponseError('too many 500 error responses'))\n"
     'tests/test_orders.py:22: RetryError\n'
     '=========================== short test summary info ============================\n'
     "FAILED tests/test_orders.py::test_create_order - requests.exceptions.RetryError: HTTPConnectionPool(host='127.0.0.1', port=8000): Max retries exceeded with url: /api/orders (Caused by ResponseError('too many 500 error responses'))\n"
     '=================== 1 failed, 33 passed in 6.02s ===================\n'
     '##[error]Process completed with exit code 1.\n'),
    # [wrong on main] the app failed to import and its own health check got 503s
    ('app-crash-then-healthcheck-retries', 'real',
     'Starting server: python -m app.main\n'
     'Traceback (most recent call last):\n'
     '  File "/app/app/main.py", line 4, in <module>\n'
     '    from app.routes import router\n'
     "ImportError: cannot import name 'router' from 'app.routes' (/app/app/routes.py)\n"
     'waiting for http://localhost:8080/healthz ...\n'
     "requests.exceptions.RetryError: HTTPConnectionPool(host='localhost', port=8080): Max retries exceeded with url: /healthz (Caused by ResponseError('too many 503 error responses'))\n"
     '##[error]Process completed with exit code 1.\n'),
    # [wrong on main] 501 Not Implemented from the job's own server: the same every time
    ('own-server-retries-501', 'real',
     'INFO client: calling PATCH http://127.0.0.1:5000/v2/items/4\n'
     "requests.exceptions.RetryError: HTTPConnectionPool(host='127.0.0.1', port=5000): Max retries exceeded with url: /v2/items/4 (Caused by ResponseError('too many 501 error responses'))\n"
     '##[error]Process completed with exit code 1.\n'),
    # [wrong on main] the test's server on localhost answered 500: the code under test
    ('unittest-error-retry-own-500', 'real',
     'ERROR: test_sync (tests.test_sync.SyncTest)\n'
     '----------------------------------------------------------------------\n'
     'Traceback (most recent call last):\n'
     '  File "/app/tests/test_sync.py", line 30, in test_sync\n'
     '    sync.push(records)\n'
     "requests.exceptions.RetryError: HTTPConnectionPool(host='localhost', port=5001): Max retries exceeded with url: /push (Caused by ResponseError('too many 500 error responses'))\n"
     '----------------------------------------------------------------------\n'
     'Ran 12 tests in 3.1s\n'
     '\n'
     'FAILED (errors=1)\n'
     '##[error]Process completed with exit code 1.\n'),
    # a fixtures fetch gave up and fell back; the test's assertion ends the job
    ('retry-5xx-then-pytest-assert', 'real',
     'Downloading fixtures from https://data.example.org/fixtures.tar.gz\n'
     "Warning: fixtures fetch failed: HTTPSConnectionPool(host='data.example.org', port=443): Max retries exceeded with url: /fixtures.tar.gz (Caused by ResponseError('too many 502 error responses')); using bundled copy\n"
     'tests/test_parse.py::test_parse_header FAILED\n'
     "E       assert 'v2' == 'v3'\n"
     "FAILED tests/test_parse.py::test_parse_header - AssertionError: assert 'v2' == 'v3'\n"
     '=================== 1 failed, 80 passed in 4.1s ===================\n'
     '##[error]Process completed with exit code 1.\n'),
    # [wrong on main] beside the timeout, an unparsable package.json fails every run
    ('dependabot-timeout-and-unparseable', 'real',
     'updater | 2026/12/04 02:11:03 INFO <job_812> Checking if acme-client 2.1.0 needs updating\n'
     'updater | 2026/12/04 02:11:33 ERROR <job_812> Handled error whilst updating acme-client: private_source_timed_out {:source=>"npm.internal.acme.io"}\n'
     'updater | 2026/12/04 02:11:34 ERROR <job_812> Handled error whilst processing job: dependency_file_not_parseable {:file_path=>"/package.json", :message=>"Unexpected token } in JSON at position 812"}\n'
     'updater | 2026/12/04 02:11:34 INFO <job_812> Finished job processing\n'
     'Failure running container 7e1c...\n'
     '##[error]Process completed with exit code 1.\n'),
    # PHPUnit compares Composer's limit text: a test of the message
    ('phpunit-failed-asserting-limit-message', 'real',
     'PHPUnit 10.5.3 by Sebastian Bergmann and contributors.\n'
     '..F.....\n'
     'There was 1 failure:\n'
     '\n'
     '1) Tests\\Unit\\TokenPromptTest::testExplainsLimit\n'
     'Failed asserting that \'GitHub API limit (60 calls/hr) is exhausted, could not fetch https://api.github.com/x\' contains "OAuth token".\n'
     '\n'
     '/app/tests/Unit/TokenPromptTest.php:41\n'
     '\n'
     'FAILURES!\n'
     'Tests: 8, Assertions: 12, Failures: 1.\n'
     '##[error]Process completed with exit code 1.\n'),
    # a multi-line PHPUnit diff of the limit text (unquoted '-' line)
    ('phpunit-multiline-diff-limit', 'real',
     'There was 1 failure:\n'
     '\n'
     '1) Composer\\Test\\Util\\RemoteFilesystemTest::testRateLimitMessage\n'
     'Failed asserting that two strings are identical.\n'
     '--- Expected\n'
     '+++ Actual\n'
     '@@ @@\n'
     " 'Loading composer repositories\\n\n"
     '-GitHub API limit (60 calls/hr) is exhausted, could not fetch https://api.github.com/repos/a/b\\n\n'
     '+GitHub API limit (5000 calls/hr) is exhausted, could not fetch https://api.github.com/repos/a/b\\n\n'
     " '\n"
     '\n'
     '/app/tests/Util/RemoteFilesystemTest.php:88\n'
     '\n'
     'FAILURES!\n'
     'Tests: 40, Assertions: 80, Failures: 1.\n'
     '##[error]Process completed with exit code 1.\n'),
    # Composer fell back to a clone; the suite's failing assertion ends the job
    ('composer-limit-then-phpunit-failure', 'real',
     'Loading composer repositories with package information\n'
     'GitHub API limit (60 calls/hr) is exhausted, could not fetch https://api.github.com/repos/acme/legacy. Falling back to git clone\n'
     "Cloning into '/home/runner/.cache/composer/vcs/acme-legacy'\n"
     'Package operations: 40 installs, 0 updates, 0 removals\n'
     'Generating autoload files\n'
     '> vendor/bin/phpunit\n'
     'PHPUnit 10.5.3 by Sebastian Bergmann and contributors.\n'
     '....F..\n'
     'There was 1 failure:\n'
     '\n'
     '1) Tests\\Unit\\CartTest::testTotal\n'
     'Failed asserting that 1200 matches expected 1250.\n'
     '\n'
     '/app/tests/Unit/CartTest.php:19\n'
     '\n'
     'FAILURES!\n'
     'Tests: 7, Assertions: 9, Failures: 1.\n'
     '##[error]Process completed with exit code 1.\n'),
    # Composer fell back to a clone; PHPStan's error ends the job
    ('composer-limit-then-phpstan', 'real',
     'Loading composer repositories with package information\n'
     'GitHub API limit (60 calls/hr) is exhausted, could not fetch https://api.github.com/repos/acme/legacy. Falling back to git clone\n'
     'Generating autoload files\n'
     '> vendor/bin/phpstan analyse\n'
     ' ------ ------------------------------------------\n'
     '  Line   src/Cart.php\n'
     ' ------ ------------------------------------------\n'
     '  19     Method App\\Cart::total() should return int but returns string.\n'
     ' ------ ------------------------------------------\n'
     ' [ERROR] Found 1 error\n'
     '##[error]Process completed with exit code 1.\n'),
    # a private repository refused the credentials
    ('lein-transfer-401-clojars', 'real',
     'Retrieving acme/http-kit/2.7.0/http-kit-2.7.0.pom from private\n'
     'Could not transfer artifact acme:http-kit:pom:2.7.0 from/to private (https://maven.acme.io/releases/): status code: 401, reason phrase: Unauthorized (401)\n'
     'This could be due to a typo in :dependencies, file system permissions, or network issues.\n'
     '##[error]Process completed with exit code 1.\n'),
    # javac's error ends the job
    ('gradle-transfer-403-plugin-portal-then-compile', 'real',
     '> Task :compileJava FAILED\n'
     '/app/src/main/java/com/acme/Cart.java:19: error: cannot find symbol\n'
     '    return totl;\n'
     '           ^\n'
     '  symbol:   variable totl\n'
     '1 error\n'
     'FAILURE: Build failed with an exception.\n'
     '##[error]Process completed with exit code 1.\n'),
    # a distribution's own tests failed: no outage in the log
    ('cpanm-test-failed-network-tests', 'real',
     '--> Working on Acme::Client\n'
     'Fetching http://www.cpan.org/authors/id/A/AC/ACME/Acme-Client-1.02.tar.gz ... OK\n'
     'Configuring Acme-Client-1.02 ... OK\n'
     'Building and testing Acme-Client-1.02 ... FAIL\n'
     '! Installing Acme::Client failed. See /home/runner/.cpanm/work/1733281/build.log for details. Retry with --force to force install it.\n'
     '##[error]Process completed with exit code 1.\n'),
    # the package has no version in the range
    ('bun-no-version-matching', 'real',
     'bun install v1.1.38\n'
     'error: No version matching "^4.2.0" found for specifier "@acme/ui" (but package exists)\n'
     'error: @acme/ui@^4.2.0 failed to resolve\n'
     '##[error]Process completed with exit code 1.\n'),
    # ExUnit's left:/right: are compared values, not the job's network
    ('exunit-left-right-econnrefused', 'real',
     '  1) test fetch returns error on refused port (Acme.ClientTest)\n'
     '     test/acme/client_test.exs:22\n'
     '     Assertion with == failed\n'
     '     code:  assert Client.fetch("http://127.0.0.1:1") == {:error, :timeout}\n'
     '     left:  {:error, :econnrefused}\n'
     '     right: {:error, :timeout}\n'
     '     stacktrace:\n'
     '       test/acme/client_test.exs:23: (test)\n'
     '\n'
     'Finished in 0.2 seconds (0.1s async, 0.1s sync)\n'
     '12 tests, 1 failure\n'
     '##[error]Process completed with exit code 1.\n'),
    # clojure.test's actual: (not (= 200 503)) is a compared value
    ('clojure-test-actual-503', 'real',
     'FAIL in (fetch-status) (client_test.clj:14)\n'
     'expected: (= 200 (:status resp))\n'
     '  actual: (not (= 200 503))\n'
     '\n'
     'Ran 9 tests containing 14 assertions.\n'
     '1 failures, 0 errors.\n'
     'Tests failed.\n'
     '##[error]Process completed with exit code 1.\n'),
    # an npm audit warning, then jest's failing expectation under husky
    ('husky-outage-then-jest-fail', 'real',
     '> lint-staged && npm test\n'
     'npm WARN audit request to https://registry.npmjs.org/-/npm/v1/security/audits/quick failed, reason: connect ETIMEDOUT 104.16.0.35:443\n'
     ' FAIL  src/cart.test.ts\n'
     '  ● cart › totals lines\n'
     '\n'
     '    expect(received).toBe(expected) // Object.is equality\n'
     '\n'
     '    Expected: 1250\n'
     '    Received: 1200\n'
     '\n'
     'Tests:       1 failed, 40 passed, 41 total\n'
     'husky - pre-commit script failed (code 1)\n'
     '##[error]Process completed with exit code 1.\n'),
    # rubocop's offence under lefthook
    ('lefthook-rubocop-offences', 'real',
     'RUNNING HOOK: pre-commit\n'
     '┃  rubocop ❯ \n'
     'app/models/cart.rb:12:5: C: Style/RedundantReturn: Redundant return detected.\n'
     '1 file inspected, 1 offense detected, 1 offense autocorrectable\n'
     '────────────────────────────────────\n'
     'summary: (done in 2.10 seconds)\n'
     '🥊 rubocop\n'
     '##[error]Process completed with exit code 1.\n'),
    # a registry retry that went through, then blocking findings
    ('semgrep-retry-then-findings', 'real',
     'Fetching configuration from Semgrep registry\n'
     'Warning: request to https://semgrep.dev/c/p/python failed: 502 Bad Gateway; retrying\n'
     'Ran 300 rules on 120 files: 1 finding.\n'
     '  src/app.py\n'
     '     python.lang.security.audit.eval-detected\n'
     '        12┆ eval(user_input)\n'
     'Has findings for blocking rules so exiting with code 1\n'
     '##[error]Process completed with exit code 1.\n'),
    # reviewdog's fail level over golangci findings
    ('reviewdog-fail-level', 'real',
     'reviewdog: [golangci] reported: https://github.com/acme/app/pull/9 (conclusion=failure)\n'
     'main.go:12:2: ineffectual assignment to err (ineffassign)\n'
     'reviewdog: found at least one issue with severity greater than or equal to the given level: error\n'
     '##[error]Process completed with exit code 1.\n'),
    # a query pack that does not exist
    ('codeql-pack-not-found', 'real',
     'Run github/codeql-action/init@v3\n'
     'A fatal error occurred: Query pack acme/missing-queries cannot be found. Check the spelling of the pack.\n'
     'Error: Encountered a fatal error while running "/opt/hostedtoolcache/CodeQL/2.19.0/x64/codeql/codeql resolve queries". Exit code was 2\n'
     '##[error]Process completed with exit code 1.\n'),
    # CodeQL out of memory on this code at this runner size
    ('codeql-oom', 'real',
     'Run github/codeql-action/analyze@v3\n'
     'Running queries.\n'
     'Oops! A fatal internal error occurred. Details:\n'
     'CodeQL is out of memory.\n'
     'Error: Encountered a fatal error while running "codeql database run-queries". Exit code was 99\n'
     '##[error]Process completed with exit code 1.\n'),
    # an invalid CodeQL config file
    ('codeql-config-invalid', 'real',
     'Run github/codeql-action/init@v3\n'
     "Error: Config file .github/codeql/codeql-config.yml is not valid: property 'paths-ignore' must be an array\n"
     '##[error]Process completed with exit code 1.\n'),
    # under --strict the migration warning fails the run
    ('renovate-strict-migration', 'real',
     ' INFO: Validating renovate.json\n'
     ' WARN: Config migration necessary\n'
     '       "oldConfig": {"extends": ["config:base"]},\n'
     '       "newConfig": {"extends": ["config:recommended"]}\n'
     '##[error]Process completed with exit code 1.\n'),
    # dependabot.yml fails its schema
    ('check-jsonschema-dependabot', 'real',
     'Run check-jsonschema --builtin-schema vendor.dependabot .github/dependabot.yml\n'
     'Schema validation errors were encountered.\n'
     "  .github/dependabot.yml::$.updates[0]: 'schedule' is a required property\n"
     '##[error]Process completed with exit code 1.\n'),
    # the private registry refused Dependabot's credentials
    ('dependabot-auth-failure', 'real',
     'updater | 2026/12/04 02:11:33 ERROR <job_812> Handled error whilst updating acme-client: private_source_authentication_failure {:source=>"npm.internal.acme.io"}\n'
     '##[error]Process completed with exit code 1.\n'),
    # [wrong on main] an RSpec expectation quoting the updater's log line
    ('rspec-dependabot-handled-error', 'real',
     'Failures:\n'
     '\n'
     '  1) Dependabot::Updater::ErrorHandler logs the timeout\n'
     '     Failure/Error: expect(logger).to have_received(:error).with("Handled error whilst updating rails: private_source_timed_out {}")\n'
     '       received :error with unexpected arguments\n'
     '         expected: ("Handled error whilst updating rails: private_source_timed_out {}")\n'
     '              got: ("Handled error whilst updating rails: unknown_error {}")\n'
     '     # ./spec/dependabot/updater/error_handler_spec.rb:40\n'
     '\n'
     '120 examples, 1 failure\n'
     '##[error]Process completed with exit code 1.\n'),
    # the deploy's 401 after a retried checksum upload
    ('maven-deploy-401-after-retry', 'real',
     '[INFO] Uploading to acme: https://maven.acme.io/releases/com/acme/api/1.2.0/api-1.2.0.jar\n'
     '[WARNING] Failed to upload checksum: 502 Bad Gateway; retrying\n'
     '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy (default-deploy) on project api: Failed to deploy artifacts: Could not transfer artifact com.acme:api:jar:1.2.0 from/to acme (https://maven.acme.io/releases/): status code: 401, reason phrase: Unauthorized (401)\n'
     '##[error]Process completed with exit code 1.\n'),
    # Clojars refused the transfer with 403
    ('clj-transfer-403', 'real',
     'Error building classpath. Could not transfer artifact acme:kit:jar:1.0.0 from/to clojars (https://repo.clojars.org/): status code: 403, reason phrase: Forbidden (403)\n'
     '##[error]Process completed with exit code 1.\n'),
    # opam's abort after a checksum mismatch
    ('opam-abort-checksum', 'real',
     '[ERROR] Failed to get sources of lwt.5.7.0: Checksum mismatch\n'
     '\n'
     'OpamSolution.Fetch_fail("https://github.com/ocsigen/lwt/archive/5.7.0.tar.gz (Checksum mismatch)")\n'
     "[ERROR] The sources of the following couldn't be obtained, aborting:\n"
     '          - lwt.5.7.0\n'
     '##[error]Process completed with exit code 1.\n'),
    # the dist 404 and the source clone's failed authentication
    ('composer-dist-404-source-auth', 'real',
     '  - Downloading acme/private (v1.0.0)\n'
     '    Failed to download acme/private from dist: The "https://api.github.com/repos/acme/private/zipball/abc" file could not be downloaded (HTTP/2 404 )\n'
     '    Now trying to download from source\n'
     'In Git.php line 472:\n'
     "  Failed to execute git clone --no-checkout -- 'https://github.com/acme/private.git' '/app/vendor/acme/private'\n"
     '  remote: Repository not found.\n'
     "  fatal: Authentication failed for 'https://github.com/acme/private.git/'\n"
     '##[error]Process completed with exit code 1.\n'),
]

TRANSIENT: list[tuple[str, str, str]] = [
    # [wrong on main] husky relays npx's registry timeout: the hook met an outage
    ('husky-hook-npm-timeout', 'transient',
     "> git commit -m 'wip'\n"
     '> lint-staged && npm run check-deps\n'
     '\n'
     '> app@1.0.0 check-deps\n'
     '> npx --yes license-checker --summary\n'
     'npm ERR! code ETIMEDOUT\n'
     'npm ERR! errno ETIMEDOUT\n'
     'npm ERR! network request to https://registry.npmjs.org/license-checker failed, reason: connect ETIMEDOUT 104.16.3.35:443\n'
     'npm ERR! network This is a problem related to network connectivity.\n'
     'husky - pre-commit script failed (code 1)\n'
     '##[error]Process completed with exit code 1.\n'),
    # [wrong on main] lefthook's 🥊 relays go's proxy 502: the hook met an outage
    ('lefthook-hook-go-proxy-502', 'transient',
     'Lefthook v1.7.2\n'
     'RUNNING HOOK: pre-push\n'
     '┃  vet ❯ \n'
     'go: downloading github.com/acme/kit v1.4.0\n'
     'go: github.com/acme/kit@v1.4.0: reading https://proxy.golang.org/github.com/acme/kit/@v/v1.4.0.zip: 502 Bad Gateway\n'
     '────────────────────────────────────\n'
     'summary: (done in 12.41 seconds)\n'
     '🥊 vet\n'
     '##[error]Process completed with exit code 1.\n'),
    # [wrong on main] lefthook's 🥊 relays curl's unresolved host
    ('lefthook-hook-dns', 'transient',
     'RUNNING HOOK: pre-commit\n'
     '┃  schema ❯ \n'
     'curl: (6) Could not resolve host: schemas.example.org\n'
     '────────────────────────────────────\n'
     'summary: (done in 0.88 seconds)\n'
     '🥊 schema\n'
     '##[error]Process completed with exit code 1.\n'),
    # [wrong on main] reviewdog relays golangci-lint that could not download its modules
    ('reviewdog-linter-module-timeout', 'transient',
     'reviewdog: running golangci-lint\n'
     'go: downloading golang.org/x/sync v0.7.0\n'
     'level=error msg="Running error: context loading failed: failed to load packages: go: golang.org/x/sync@v0.7.0: Get \\"https://proxy.golang.org/golang.org/x/sync/@v/v0.7.0.zip\\": dial tcp 142.250.72.17:443: i/o timeout"\n'
     'reviewdog: golangci failed with zero findings: The command itself failed (exit status 3) or reviewdog cannot parse the results\n'
     '##[error]Process completed with exit code 1.\n'),
    # Semgrep's registry answered 502 to every try: an outage
    ('semgrep-config-download-500', 'transient',
     'Run semgrep ci\n'
     'Fetching configuration from Semgrep Cloud Platform\n'
     'Failed to download configuration from https://semgrep.dev/api/cli/scans Failed after multiple attempts (too many 502 error responses)\n'
     '##[error]Process completed with exit code 1.\n'),
    # Dependabot's private registry timed out and nothing else failed
    ('dependabot-timeout-only', 'transient',
     'updater | 2026/12/04 02:11:03 INFO <job_812> Checking if acme-client 2.1.0 needs updating\n'
     'updater | 2026/12/04 02:11:33 ERROR <job_812> Handled error whilst updating acme-client: private_source_timed_out {:source=>"npm.internal.acme.io"}\n'
     'updater | 2026/12/04 02:11:34 INFO <job_812> Finished job processing\n'
     '##[error]Process completed with exit code 1.\n'),
    # 429 inside 'Could not transfer artifact' is throttling, not a refusal
    ('maven-transfer-429-not-refused', 'transient',
     '[ERROR] Failed to execute goal on project api: Could not resolve dependencies for project com.acme:api:jar:1.0: Could not transfer artifact com.google.guava:guava:jar:33.0.0-jre from/to mirror (https://nexus.acme.io/repository/public/): status code: 429, reason phrase: Too Many Requests (429)\n'
     '[ERROR] -> [Help 1]\n'
     '##[error]Process completed with exit code 1.\n'),
    # cpanm's download timed out on the mirror
    ('cpanm-fetch-fail-then-installing-failed', 'transient',
     '--> Working on Acme::Client\n'
     'Fetching http://www.cpan.org/authors/id/A/AC/ACME/Acme-Client-1.02.tar.gz ... \n'
     '! Download http://www.cpan.org/authors/id/A/AC/ACME/Acme-Client-1.02.tar.gz failed. Retrying ...\n'
     '! Download http://www.cpan.org/authors/id/A/AC/ACME/Acme-Client-1.02.tar.gz failed. Retrying ...\n'
     "! Failed to download http://www.cpan.org/authors/id/A/AC/ACME/Acme-Client-1.02.tar.gz: 500 Can't connect to www.cpan.org:80 (Connection timed out)\n"
     '! Failed to fetch distribution Acme-Client-1.02\n'
     '##[error]Process completed with exit code 1.\n'),
    # Hex's request timed out: an outage
    ('exunit-left-then-mix-deps-timeout', 'transient',
     'Resolving Hex dependencies...\n'
     "** (Mix) httpc request failed with: {:failed_connect, [{:to_address, {'repo.hex.pm', 443}}, {:inet, [:inet], :etimedout}]}\n"
     '##[error]Process completed with exit code 1.\n'),
    # opam's abort names the 504 beside it: an outage
    ('opam-sources-504', 'transient',
     '[ERROR] Failed to get sources of lwt.5.7.0: curl error code 504\n'
     '\n'
     'OpamSolution.Fetch_fail("https://opam.ocaml.org/cache/sha256/ab/abcd")\n'
     "[ERROR] The sources of the following couldn't be obtained, aborting:\n"
     '          - lwt.5.7.0\n'
     '##[error]Process completed with exit code 1.\n'),
    # the dist answered 502 and no git to fall back on: the 502 is the cause
    ('composer-dist-502-source-no-git', 'transient',
     '  - Downloading acme/router (v2.4.0)\n'
     '    Failed to download acme/router from dist: The "https://api.github.com/repos/acme/router/zipball/abc" file could not be downloaded (HTTP/2 502 )\n'
     '    Now trying to download from source\n'
     '  - Syncing acme/router (v2.4.0) into cache\n'
     'In GitDownloader.php line 82:\n'
     '  git was not found in your PATH, skipping source download\n'
     '##[error]Process completed with exit code 1.\n'),
    # the SARIF upload answered 502: an outage
    ('codeql-upload-502', 'transient',
     'Run github/codeql-action/analyze@v3\n'
     'Interpreting results.\n'
     'Uploading results\n'
     'Error: Unable to upload SARIF: Request failed with status 502 Bad Gateway\n'
     '##[error]Process completed with exit code 1.\n'),
    # a non-strict validator's migration WARN, then the registry's 503 ends the job
    ('renovate-migration-warn-then-503', 'transient',
     ' INFO: Validating renovate.json\n'
     ' WARN: Config migration necessary\n'
     '       "oldConfig": {"extends": ["config:base"]},\n'
     '       "newConfig": {"extends": ["config:recommended"]}\n'
     ' INFO: Config validated successfully\n'
     'Run npm ci\n'
     'npm ERR! code E503\n'
     'npm ERR! 503 Service Unavailable - GET https://registry.npmjs.org/acme-kit\n'
     '##[error]Process completed with exit code 1.\n'),
    # the schema's download answered 503
    ('check-jsonschema-schema-download-503', 'transient',
     'Run check-jsonschema --schemafile https://json.schemastore.org/renovate.json renovate.json\n'
     'Error: Unexpected Error building schema validator\n'
     'FailedDownloadError: got response with status=503, retries exhausted\n'
     '  in "check_jsonschema/cachedownloader.py", line 110\n'
     '##[error]Process completed with exit code 1.\n'),
    # pip gave up on PyPI's 503s: an outage
    ('pip-oserror-503', 'transient',
     'Collecting torch==2.3.0\n'
     '  Downloading torch-2.3.0-cp311-cp311-manylinux1_x86_64.whl (779.1 MB)\n'
     "ERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Max retries exceeded with url: /packages/ab/torch-2.3.0-cp311-cp311-manylinux1_x86_64.whl (Caused by ResponseError('too many 503 error responses'))\n"
     '##[error]Process completed with exit code 1.\n'),
    # (xfail15) code-scanner-findings-gate passes over zizmor's summary with nothing at low or above
    ('zizmor-info-then-npm-503', 'transient',
     'Run zizmor --min-severity=medium .github/workflows\n'
     ' 1 finding (1 suppressed): 0 unknown, 1 informational, 0 low, 0 medium, 0 high\n'
     'Run npm ci\n'
     'npm ERR! code E503\n'
     'npm ERR! 503 Service Unavailable - GET https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\n'
     'npm ERR! A complete log of this run can be found in: /home/runner/.npm/_logs/x.log\n'
     '##[error]Process completed with exit code 1.\n'),
    # (xfail15) pip-connection-retries reads urllib3's 'too many 503 error responses' on pip's last retry
    ('pip-index-retries-503', 'transient',
     'Collecting numpy==1.26.4\n'
     "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ResponseError('too many 503 error responses')': /simple/numpy/\n"
     'ERROR: Could not find a version that satisfies the requirement numpy==1.26.4 (from versions: none)\n'
     'ERROR: No matching distribution found for numpy==1.26.4\n'
     '##[error]Process completed with exit code 1.\n'),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # the project's own suite ran past Composer's process timeout: not surely transient
    ('composer-script-phpunit-timeout-hung',
     '> vendor/bin/phpunit --testsuite integration\n'
     '.....\n'
     'In Process.php line 1204:\n'
     '  The process "vendor/bin/phpunit --testsuite integration" exceeded the timeout of 300 seconds.\n'
     '##[error]Process completed with exit code 1.\n'),
    # opam's abort with no cause beside it: not surely transient
    ('opam-abort-bare',
     "[ERROR] The sources of the following couldn't be obtained, aborting:\n"
     '          - lwt.5.7.0\n'
     '##[error]Process completed with exit code 1.\n'),
    # Composer's 'Could not authenticate' is a bad token as often as the limit
    ('composer-auth-alone',
     'In GitHubDriver.php line 551:\n'
     '  Could not authenticate against github.com\n'
     '##[error]Process completed with exit code 1.\n'),
    # cpanm's watchdog: a hung test as often as a slow host
    ('cpanm-timed-out',
     'Building and testing Acme-Slow-0.1 ... \n'
     '! Timed out (> 1800s). Use --verbose to retry.\n'
     '! Testing Acme::Slow failed. See /root/.cpanm/work/1/build.log for details. Retry with --force to force install it.\n'
     '##[error]Process completed with exit code 1.\n'),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(REAL + TRANSIENT))
def test_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(REAL, TRANSIENT, NOT_SURELY_TRANSIENT)
