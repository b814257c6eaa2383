"""Twelfth round, review b: logs the retries, scanners_forge_api and links_downloads entries were
not written from (near-misses from other tools and contexts, runs of the same test that are no retry,
outage lines beside a deterministic failure). Made-up logs; no project's log is copied.

Left as they read (see the report): a Gradle excerpt with no task header where the same test name
fails and then passes (two modules or a retry: nothing in the lines tells them apart). Fixed after the
review by the lead: an outage in a later step after a step that failed on a deterministic error (a
test's assertion, then "Run npm audit" and the audit endpoint's error) is no evidence where GitHub
Actions' or CircleCI's exit line separates them (tests/unit/test_round12_step_end.py); http-5xx on a
test's quoted 5xx wording (Jest's and Vitest's quoted Expected/Received values are compared values).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ retries: the attempt lines the engine pairs (nextest, flaky, Gradle, Surefire, Jest) and flaky marks
    # two nextest runs in one step (a feature matrix): the second run's pass is no retry of the first run's assertion
    ('nextest-two-runs-same-test', 'real',
     '+ cargo nextest run --no-default-features\n'
     '    Starting 40 tests across 3 binaries\n'
     '        FAIL [   0.004s] ledger::balance rounds_to_cents\n'
     '  stderr ---\n'
     "    thread 'rounds_to_cents' panicked at src/balance.rs:88:9:\n"
     '    assertion `left == right` failed\n'
     '     Summary [   1.120s] 40 tests run: 39 passed, 1 failed, 0 skipped\n'
     '        FAIL [   0.004s] ledger::balance rounds_to_cents\n'
     'error: test run failed\n'
     '+ cargo nextest run --all-features\n'
     '    Starting 44 tests across 3 binaries\n'
     '        PASS [   0.004s] ledger::balance rounds_to_cents\n'
     '     Summary [   1.320s] 44 tests run: 44 passed, 0 skipped\n'
     '##[error]Process completed with exit code 1.\n'),
    # the same without the shell's echo: nextest's own "Starting" line begins each run
    ('nextest-two-runs-no-echo', 'real',
     '    Starting 40 tests across 3 binaries\n'
     '        FAIL [   0.004s] ledger::balance rounds_to_cents\n'
     '  stderr ---\n'
     "    thread 'rounds_to_cents' panicked at src/balance.rs:88:9:\n"
     '    assertion `left == right` failed\n'
     '     Summary [   1.120s] 40 tests run: 39 passed, 1 failed, 0 skipped\n'
     '        FAIL [   0.004s] ledger::balance rounds_to_cents\n'
     'error: test run failed\n'
     '    Starting 44 tests across 3 binaries\n'
     '        PASS [   0.004s] ledger::balance rounds_to_cents\n'
     '     Summary [   1.320s] 44 tests run: 44 passed, 0 skipped\n'
     '##[error]Process completed with exit code 1.\n'),
    # cargo-hack's "info: running" line begins another run; the failed run's assertion stands
    ('nextest-cargo-hack-features', 'real',
     'info: running `cargo nextest run --no-default-features` on ledger (1/2)\n'
     '        FAIL [   0.004s] ledger::balance rounds_to_cents\n'
     "    thread 'rounds_to_cents' panicked at src/balance.rs:88:9:\n"
     '    assertion `left == right` failed\n'
     'info: running `cargo nextest run --all-features` on ledger (2/2)\n'
     '        PASS [   0.004s] ledger::balance rounds_to_cents\n'
     "error: process didn't exit successfully: `cargo nextest run --no-default-features` (exit status: 100)\n"
     '##[error]Process completed with exit code 1.\n'),
    # flaky reported the first test_connect failed for good; the later pass is another file's test of that name
    ('flaky-same-name-two-files', 'real',
     '===Flaky Test Report===\n'
     '\n'
     'test_connect failed (1 runs remaining out of 2).\n'
     "\t<class 'AssertionError'>\n"
     '\tassert 401 == 200\n'
     'test_connect failed; it passed 0 out of the required 1 times.\n'
     "\t<class 'AssertionError'>\n"
     '\tassert 401 == 200\n'
     'test_connect failed (1 runs remaining out of 2).\n'
     "\t<class 'TimeoutError'>\n"
     'test_connect passed 1 out of the required 1 times. Success!\n'
     '===End Flaky Test Report===\n'
     '##[error]Process completed with exit code 1.\n'),
    # the same with pytest's summary naming the failed test
    ('flaky-same-name-two-files-pytest', 'real',
     '===Flaky Test Report===\n'
     '\n'
     'test_connect failed (1 runs remaining out of 2).\n'
     "\t<class 'AssertionError'>\n"
     '\tassert 401 == 200\n'
     'test_connect failed; it passed 0 out of the required 1 times.\n'
     "\t<class 'AssertionError'>\n"
     '\tassert 401 == 200\n'
     'test_connect failed (1 runs remaining out of 2).\n'
     "\t<class 'TimeoutError'>\n"
     'test_connect passed 1 out of the required 1 times. Success!\n'
     '===End Flaky Test Report===\n'
     '=========================== short test summary info ============================\n'
     'FAILED tests/auth/test_api.py::test_connect - assert 401 == 200\n'
     '========================= 1 failed, 44 passed in 5.72s ========================\n'
     '##[error]Process completed with exit code 1.\n'),
    # two compose services run the suite against two databases: mysql's failure is not retried by pg's pass
    ('compose-two-services-same-test', 'real',
     'tests-pg-1     | > Task :store:test\n'
     'tests-mysql-1  | > Task :store:test\n'
     'tests-mysql-1  | RepositoryTest > upsertsRow() FAILED\n'
     'tests-mysql-1  |     org.opentest4j.AssertionFailedError at RepositoryTest.java:44\n'
     'tests-pg-1     | RepositoryTest > upsertsRow() PASSED\n'
     'tests-mysql-1  | 80 tests completed, 1 failed\n'
     'tests-mysql-1  | > There were failing tests. See the report at: file:///app/store/build/reports/tests/test/index.html\n'
     'tests-mysql-1 exited with code 1\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: a test of the same name in another module's task is another test
    ('gradle-same-name-two-modules-parallel-headers', 'real',
     '> Task :billing:test\n'
     'ApplicationTests > contextLoads() FAILED\n'
     '    java.lang.IllegalStateException at DefaultCacheAwareContextLoaderDelegate.java:143\n'
     '> Task :orders:test\n'
     'ApplicationTests > contextLoads() PASSED\n'
     '24 tests completed, 1 failed\n'
     '> Task :billing:test FAILED\n'
     'FAILURE: Build failed with an exception.\n'
     "Execution failed for task ':billing:test'.\n"
     '> There were failing tests. See the report at: file:///home/runner/work/app/billing/build/reports/tests/test/index.html\n'),
    # guard: the retried test passed, then detekt failed the job
    ('gradle-retry-then-detekt-next-cmd', 'real',
     '> Task :service:test\n'
     'InventoryClientTest > reservesStock() FAILED\n'
     '    java.net.SocketTimeoutException at InventoryClientTest.java:61\n'
     'InventoryClientTest > reservesStock() PASSED\n'
     '212 tests completed, 1 failed\n'
     'BUILD SUCCESSFUL in 2m 3s\n'
     '$ ./gradlew detekt\n'
     '> Task :service:detekt FAILED\n'
     'src/main/kotlin/acme/Inventory.kt:12:5: The function reserve is too long (72). The maximum length is 60. [LongMethod]\n'
     'FAILURE: Build failed with an exception.\n'
     "Execution failed for task ':service:detekt'.\n"
     '> Analysis failed with 1 weighted issues.\n'),
    # guard: the retried test passed, a Jest test in a later task failed on its assertion
    ('gradle-retry-passed-then-other-test-assert', 'real',
     '> Task :service:test\n'
     'InventoryClientTest > reservesStock() FAILED\n'
     '    java.net.SocketTimeoutException at InventoryClientTest.java:61\n'
     'InventoryClientTest > reservesStock() PASSED\n'
     '212 tests completed, 1 failed\n'
     '> Task :web:jsTest\n'
     'FAIL src/cart.test.ts\n'
     '  ● cart › totals include tax\n'
     '    expect(received).toBe(expected) // Object.is equality\n'
     '    Expected: 119\n'
     '    Received: 100\n'
     '> Task :web:jsTest FAILED\n'
     'FAILURE: Build failed with an exception.\n'
     "Execution failed for task ':web:jsTest'.\n"
     "> Process 'command 'npm'' finished with non-zero exit value 1\n"),
    # guard: a different test passing is no retry of the failing one
    ('gradle-different-tests', 'real',
     '> Task :a:test\n'
     'PricingTest > appliesDiscount() FAILED\n'
     '    org.opentest4j.AssertionFailedError at PricingTest.java:27\n'
     'PricingTest > appliesTax() PASSED\n'
     '12 tests completed, 1 failed\n'
     '> Task :a:test FAILED\n'
     "Execution failed for task ':a:test'.\n"
     '> There were failing tests. See the report at: file:///x/index.html\n'),
    # guard: the retried test passed, then javac failed
    ('gradle-retry-then-javac', 'real',
     '> Task :service:test\n'
     'InventoryClientTest > reservesStock() FAILED\n'
     '    java.net.SocketTimeoutException at InventoryClientTest.java:61\n'
     'InventoryClientTest > reservesStock() PASSED\n'
     '212 tests completed, 1 failed\n'
     '> Task :web:compileJava\n'
     '/home/runner/work/app/web/src/main/java/acme/Web.java:14: error: cannot find symbol\n'
     '    Routes.reserve(stock);\n'
     '1 error\n'
     '> Task :web:compileJava FAILED\n'
     'FAILURE: Build failed with multiple failures.\n'),
    # guard: another test of the task failed on a missing class
    ('gradle-retry-with-task-failed-on-other', 'real',
     '> Task :service:test\n'
     'InventoryClientTest > reservesStock() FAILED\n'
     '    java.net.SocketTimeoutException at InventoryClientTest.java:61\n'
     'InventoryClientTest > reservesStock() PASSED\n'
     'PricingTest > initializationError FAILED\n'
     '    java.lang.NoClassDefFoundError at PricingTest.java:12\n'
     '213 tests completed, 2 failed\n'
     '> Task :service:test FAILED\n'
     "Execution failed for task ':service:test'.\n"
     '> There were failing tests. See the report at: file:///x/index.html\n'),
    # guard: the mark names TestUploadResumable, TestUploadResumableChecksum failed on a value
    ('flaky-mark-name-prefix', 'real',
     '[Flaky] TestUploadResumable is quarantined\n'
     '--- FAIL: TestUploadResumable (2.00s)\n'
     '    upload_test.go:40: read: connection reset by peer\n'
     '--- FAIL: TestUploadResumableChecksum (0.00s)\n'
     '    upload_test.go:88: got 0xdeadbeef, want 0xcafebabe\n'
     'FAIL\n'
     'FAIL\tgithub.com/acme/up\t3.02s\n'
     '##[error]Process completed with exit code 1.\n'),
    # the mark names test_mirror_pull_rejects_bad_sha, not test_mirror_pull, which failed on an assertion
    ('flaky-mark-pytest-other', 'real',
     'tests/test_sync.py::test_mirror_pull FAILED                        [ 40%]\n'
     'tests/test_sync.py::test_mirror_pull_rejects_bad_sha FAILED        [ 41%]\n'
     'known flaky: tests/test_sync.py::test_mirror_pull_rejects_bad_sha (issue #77)\n'
     '=========================== short test summary info ============================\n'
     "FAILED tests/test_sync.py::test_mirror_pull - assert 'abc' == 'abd'\n"
     'FAILED tests/test_sync.py::test_mirror_pull_rejects_bad_sha - ConnectionResetError\n'
     '========================= 2 failed, 44 passed in 5.72s ========================\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: one test flaked, another failed both runs
    ('surefire-flake-and-fail-adjacent', 'real',
     '[ERROR] Failures: \n'
     '[ERROR] com.acme.PricingTest.rounds\n'
     '[ERROR]   Run 1: PricingTest.rounds:27 expected: <10.05> but was: <10.04>\n'
     '[ERROR]   Run 2: PricingTest.rounds:27 expected: <10.05> but was: <10.04>\n'
     '[INFO] \n'
     '[WARNING] Flakes: \n'
     '[WARNING] com.acme.ReplicationIT.catchesUp\n'
     '[ERROR]   Run 1: ReplicationIT.catchesUp:57 » SocketTimeout Read timed out\n'
     '[INFO]   Run 2: PASS\n'
     '[INFO] \n'
     '[ERROR] Tests run: 118, Failures: 1, Errors: 0, Skipped: 2, Flakes: 1\n'
     '[INFO] BUILD FAILURE\n'
     '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project ledger: There are test failures.\n'),
    # guard: the failed runs before another test's pass are not that test's
    ('surefire-runs-no-header-between', 'real',
     '[ERROR] Errors: \n'
     '[ERROR] com.acme.SchemaIT.migrates\n'
     '[ERROR]   Run 1: SchemaIT.migrates:12 » PSQL ERROR: column "tenant_id" does not exist\n'
     '[ERROR]   Run 2: SchemaIT.migrates:12 » PSQL ERROR: column "tenant_id" does not exist\n'
     '[INFO]   Run 1: PASS\n'
     '[INFO] \n'
     '[ERROR] Tests run: 40, Failures: 0, Errors: 1, Skipped: 0\n'
     '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project db: There are test failures.\n'),
    # guard: the retried test failed every attempt
    ('jest-retry-block-then-fail-nocolor', 'real',
     ' LOGGING RETRY ERRORS  cart › totals include tax\n'
     ' RETRY 1 \n'
     '    expect(received).toBe(expected) // Object.is equality\n'
     '    Expected: 119\n'
     '    Received: 100\n'
     'FAIL src/cart.test.ts\n'
     '  ● cart › totals include tax\n'
     '    expect(received).toBe(expected) // Object.is equality\n'
     '    Expected: 119\n'
     '    Received: 100\n'
     'PASS src/other.test.ts\n'
     'Tests:       1 failed, 40 passed, 41 total\n'
     '##[error]Process completed with exit code 1.\n'),
    # a flaky file passed (Jest's coloured " PASS  " header), another file failed on its assertion
    ('jest-retry-colored-other-file-fails', 'real',
     ' LOGGING RETRY ERRORS  socket › reconnects after close\n'
     ' RETRY 1 \n'
     '    thrown: "Exceeded timeout of 5000 ms for a test.\n'
     ' PASS  src/socket.test.ts (7.2 s)\n'
     ' FAIL  src/cart.test.ts\n'
     '  ● cart › totals include tax\n'
     '    expect(received).toBe(expected) // Object.is equality\n'
     '    Expected: 119\n'
     '    Received: 100\n'
     'Tests:       1 failed, 40 passed, 41 total\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: a test failed, the post step's cache save timed out
    ('gradle-failed-then-cache-save-timeout', 'real',
     '> Task :service:test\n'
     'PricingTest > appliesDiscount() FAILED\n'
     '    org.opentest4j.AssertionFailedError at PricingTest.java:27\n'
     '212 tests completed, 1 failed\n'
     '> Task :service:test FAILED\n'
     "Execution failed for task ':service:test'.\n"
     '> There were failing tests. See the report at: file:///x/index.html\n'
     '##[error]Process completed with exit code 1.\n'
     'Post job cleanup.\n'
     'Warning: Failed to save: Unable to reserve cache: connect ETIMEDOUT 140.82.112.21:443\n'),
    # ------------------------------------------------------------------ scanners_forge_api: advisory-data fetches and forge 5xx
    # guard: a DB repository that does not exist is the job's setting
    ('trivy-db-manifest-unknown', 'real',
     '2024-05-01T10:00:00Z\tFATAL\tinit error: DB error: failed to download vulnerability DB: OCI artifact error: failed to download vulnerability DB: GET https://ghcr.io/v2/acme/trivy-db/manifests/2: MANIFEST_UNKNOWN: manifest unknown\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: the registry throttled the DB download
    ('trivy-db-toomanyrequests', 'transient',
     '2024-05-01T10:00:00Z\tFATAL\tinit error: DB error: failed to download vulnerability DB: OCI artifact error: failed to download vulnerability DB: GET https://ghcr.io/v2/aquasecurity/trivy-db/manifests/2: TOOMANYREQUESTS: retry-after: 125.2µs, allowed: 44000/minute\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: Snyk's codes are values in a test's diff
    ('snyk-code-in-fixture-diff', 'real',
     '$ pytest tests/test_snyk_parse.py\n'
     "E       AssertionError: assert {'code': 'SNYK-9999'} == {'code': 'SNYK-0005'}\n"
     'E         Differing items:\n'
     "E         {'code': 'SNYK-9999'} != {'code': 'SNYK-0005'}\n"
     'FAILED tests/test_snyk_parse.py::test_maps_error_code - AssertionError\n'
     '==== 1 failed, 30 passed in 1.20s ====\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: the forge words are a snapshot's lines
    ('forge-httperror-in-snapshot-diff', 'real',
     ' FAIL  src/release.test.ts\n'
     '  ● release › logs the server error\n'
     '    expect(received).toMatchSnapshot()\n'
     '    - Snapshot  - 1\n'
     '    + Received  + 1\n'
     '    -   "HttpError: Server Error",\n'
     '    +   "HttpError: Bad credentials",\n'
     'Tests:       1 failed, 12 passed, 13 total\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: a status post got a 502, then a test failed on its assertion
    ('pygithub-502-then-test-fail', 'real',
     'WARNING: could not post status: github.GithubException.GithubException: 502 {"message": "Server Error"}\n'
     '$ pytest\n'
     'E       assert 3 == 4\n'
     'FAILED tests/test_calc.py::test_add - assert 3 == 4\n'
     '==== 1 failed, 30 passed in 1.20s ====\n'
     '##[error]Process completed with exit code 1.\n'),
    # a bot's test raised the mocked 500 it should have retried: pytest's E and FAILED lines are the test's
    ('python-gitlab-exception-in-test-log', 'real',
     'tests/test_bot.py::test_retries_on_5xx FAILED\n'
     '    def test_retries_on_5xx(mock_gl):\n'
     '>       bot.sync()\n'
     'E       gitlab.exceptions.GitlabGetError: 500: Internal Server Error\n'
     'tests/test_bot.py:40: GitlabGetError\n'
     'FAILED tests/test_bot.py::test_retries_on_5xx - gitlab.exceptions.GitlabGetError: 500: Internal Server Error\n'
     '==== 1 failed, 30 passed in 1.20s ====\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: the compile error failed the job, the notification's 5xx came after
    ('github-script-notify-after-real', 'real',
     "src/app.ts(14,7): error TS2322: Type 'string' is not assignable to type 'number'.\n"
     '##[error]Process completed with exit code 2.\n'
     'Run actions/github-script@v7\n'
     'RequestError [HttpError]: Server Error\n'
     '##[error]Unhandled error: HttpError: Server Error\n'),
    # guard: semantic-release's 502 from GitHub
    ('semrel-coded-network', 'transient',
     '[1:02:03 PM] [semantic-release] › ✘  An error occurred while running semantic-release: RequestError [HttpError]: Bad Gateway\n'
     '[1:02:03 PM] [semantic-release] › ✘  EGHAPIERROR  GitHub API responded with 502\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: GitHub's content-creation limit
    ('gh-submitted-too-quickly', 'transient',
     '$ gh pr comment 42 --body-file report.md\n'
     'GraphQL: was submitted too quickly (addComment)\n'
     '##[error]Process completed with exit code 1.\n'),
    # the NVD update failed on a proxy wanting credentials: the job's setup, every run
    ('dependency-check-407', 'real',
     '[ERROR] Error updating the NVD Data\n'
     '[ERROR] NVD Returned Status Code: 407\n'
     '[ERROR] Unable to continue dependency-check analysis.\n'
     '[ERROR] Failed to execute goal org.owasp:dependency-check-maven:9.0.9:check (default) on project api: One or more exceptions occurred during dependency-check analysis\n'),
    # the NVD answers 404 to an invalid API key: every run
    ('nvd-404-invalid-key', 'real',
     '[ERROR] Error updating the NVD Data\n'
     '[ERROR] NVD Returned Status Code: 404\n'
     '[ERROR] Unable to continue dependency-check analysis.\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: the NVD was down
    ('nvd-503', 'transient',
     '[ERROR] Error updating the NVD Data\n'
     '[ERROR] NVD Returned Status Code: 503\n'
     '[ERROR] Unable to continue dependency-check analysis.\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: the advisory DB's URL does not exist
    ('cargo-deny-db-url-typo', 'real',
     "error[advisory-db]: failed to fetch advisory database: failed to clone 'https://github.com/rustsec/advisory-dbb': remote error: Repository not found\n"
     '##[error]Process completed with exit code 1.\n'),
    # guard: the advisory DB's clone timed out
    ('cargo-audit-db-fetch-net', 'transient',
     '    Fetching advisory database from `https://github.com/RustSec/advisory-db.git`\n'
     "error: couldn't fetch advisory database: git operation failed: failed to connect to github.com: Connection timed out; class=Net (12)\n"
     '##[error]Process completed with exit code 1.\n'),
    # a test of an audit wrapper quotes the endpoint message as its expectation
    ('jest-expected-audit-other-wording', 'real',
     ' FAIL  src/audit.test.ts\n'
     '  ● audit › reports the endpoint outage\n'
     '    expect(received).toContain(expected)\n'
     '    Expected substring: "audit endpoint returned an error"\n'
     '    Received string:    "npm ERR! code ENOAUDIT"\n'
     'Tests:       1 failed, 12 passed, 13 total\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: safety's server error
    ('safety-server-error-words-in-doc', 'transient',
     '$ safety check -r requirements.txt\n'
     'Unhandled exception happened: Our engineers are working quickly to resolve the issue.\n'
     '##[error]Process completed with exit code 1.\n'),
    # ------------------------------------------------------------------ links_downloads: link checkers' outage lines and test downloads
    # a test's console output logs "[503] <url>" indented under Jest's bullet; the test failed on its value
    ('lychee-like-app-log-in-test', 'real',
     '  ● checkout › pays with card\n'
     '    console.log\n'
     '      [503] https://payments.test.local/charge\n'
     '    expect(received).toBe(expected)\n'
     '    Expected: "paid"\n'
     '    Received: "declined"\n'
     'Tests:       1 failed, 40 passed, 41 total\n'
     '##[error]Process completed with exit code 1.\n'),
    # a Go test printed a status table; the test failed
    ('tab-503-in-go-test', 'real',
     '=== RUN   TestStatusTable\n'
     '    status_test.go:30: table mismatch:\n'
     '\t503\thttps://api.example.test/health\n'
     '--- FAIL: TestStatusTable (0.00s)\n'
     'FAIL\tgithub.com/acme/status\t0.01s\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: a dead link beside a timeout fails again
    ('mlc-timeout-and-404', 'real',
     'FILE: README.md\n'
     '  [✓] https://example.org/ok\n'
     '  [✖] https://flaky.example.org/ → Status: 0 Error: ETIMEDOUT\n'
     '  [✖] ./docs/setup.md → Status: 400\n'
     '  3 links checked.\n'
     '  ERROR: 2 dead links found!\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: a 404 beside a timeout
    ('sphinx-timeout-and-local-broken', 'real',
     '(      index: line   40) timeout   https://slow.example.org/\n'
     '(    install: line   12) broken    https://example.org/old - 404 Client Error: Not Found for url: https://example.org/old\n'
     'build finished with problems.\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: a formatter's test compares html-proofer's words
    ('htmlproofer-words-in-rspec', 'real',
     'Failures:\n'
     '  1) Report formats an outage\n'
     '     Failure/Error: expect(out).to eq("External link https://x.test/ failed: 503 Service Unavailable")\n'
     '       expected: "External link https://x.test/ failed: 503 Service Unavailable"\n'
     '            got: "External link https://x.test/ failed: 404 Not Found"\n'
     '1 example, 1 failure\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: a missing local file beside a timeout
    ('lychee-cannot-find-file', 'real',
     '[ERROR] file:///home/runner/work/docs/docs/guide/intro.md | Cannot find file\n'
     '[TIMEOUT] https://slow.example.org/ | Timeout\n'
     '🔍 120 Total ✅ 118 OK 🚫 2 Errors\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: awesome_bot's 502
    ('awesome-bot-5xx', 'transient',
     'Issues :-(\n'
     '> Links \n'
     '  1. [L0042] 502 https://mirror.example.org/ \n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: lychee's only error is a timeout
    ('lychee-timeout-only', 'transient',
     '$ lychee docs/\n'
     '[TIMEOUT] https://slow.example.net/paper.pdf | Timeout\n'
     '🔍 120 Total ✅ 119 OK 🚫 1 Errors\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: linkinator's two-space indent
    ('linkinator-503-indented', 'transient',
     '$ npx linkinator ./site --recurse\n'
     '  [503] https://downloads.example.net/nightly\n'
     'ERROR: Detected 1 broken links. Scanned 220 links in 14.2 seconds.\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: the link outage, then a type error failed the job
    ('link-outage-then-tsc', 'real',
     '[503] https://status.example.org/ | Rejected status code: 503 Service Unavailable\n'
     '🔍 120 Total ✅ 119 OK 🚫 1 Errors\n'
     '$ npx tsc --noEmit\n'
     "src/app.ts(14,7): error TS2322: Type 'string' is not assignable to type 'number'.\n"
     '##[error]Process completed with exit code 1.\n'),
    # the corpus download failed, but the failing test failed on a score: it did not need the corpus
    ('nltk-outage-then-assert', 'real',
     '[nltk_data] Error loading punkt: <urlopen error [Errno -3] Temporary\n'
     '[nltk_data]     failure in name resolution>\n'
     'tests/test_tok.py::test_split PASSED\n'
     'tests/test_score.py::test_bleu FAILED\n'
     'E       assert 0.41 == 0.42\n'
     'FAILED tests/test_score.py::test_bleu - assert 0.41 == 0.42\n'
     '==== 1 failed, 30 passed in 1.20s ====\n'
     '##[error]Process completed with exit code 1.\n'),
    # pytest.raises(match=)'s Input line quotes the Hub's 429 as a value
    ('hf-429-in-pytest-raises', 'real',
     'E       AssertionError: Regex pattern did not match.\n'
     "E        Regex: 'Repository Not Found'\n"
     "E        Input: 'HfHubHTTPError: 429 Client Error: Too Many Requests for url: https://huggingface.co/api/models/x'\n"
     'FAILED tests/test_hub.py::test_missing_repo_message - AssertionError: Regex pattern did not match.\n'
     '==== 1 failed, 30 passed in 1.20s ====\n'
     '##[error]Process completed with exit code 1.\n'),
    # a test's expectation quotes datasets' words
    ('datasets-couldnt-reach-in-expected', 'real',
     '  ● loader › surfaces hub errors\n'
     '    Expected: "Couldn\'t reach \'acme/reviews\' on the Hub (ConnectionError)"\n'
     '    Received: "Couldn\'t reach \'acme/reviews\' on the Hub (OfflineModeIsEnabled)"\n'
     'Tests:       1 failed, 12 passed, 13 total\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: the corpus download failed and the test could not find it
    ('test-data-outage-then-lookup', 'transient',
     '[nltk_data] Error loading punkt: <urlopen error [Errno -3] Temporary\n'
     '[nltk_data]     failure in name resolution>\n'
     'E       LookupError: \n'
     'E       Resource punkt not found.\n'
     'FAILED tests/test_tok.py::test_split - LookupError\n'
     '==== 1 failed, 30 passed in 1.20s ====\n'
     '##[error]Process completed with exit code 1.\n'),
    # ------------------------------------------------------------------ http-5xx on a test's quoted values (lead, after the review)
    # Jest compares two quoted status texts: the code under test mapped an upstream error wrongly
    ('jest-expected-received-5xx-texts', 'real',
     '  ● api › maps upstream errors\n'
     '\n'
     '    expect(received).toBe(expected) // Object.is equality\n'
     '\n'
     '    Expected: "502 Bad Gateway"\n'
     '    Received: "503 Service Unavailable"\n'
     '\n'
     '      40 |     expect(mapStatus(err)).toBe("502 Bad Gateway");\n'
     'Tests:       1 failed, 41 passed, 42 total\n'
     '##[error]Process completed with exit code 1.\n'),
    # Vitest's string comparison of an error message the code builds
    ('vitest-expected-received-gateway-timeout', 'real',
     ' FAIL  src/errors.test.ts > formats gateway errors\n'
     'AssertionError: expected \'Gateway Time-out (504)\' to be \'Gateway Timeout (504)\' // Object.is equality\n'
     '\n'
     '- Expected: "Gateway Timeout (504)"\n'
     '+ Received: "Gateway Time-out (504)"\n'
     '\n'
     ' Test Files  1 failed | 12 passed (13)\n'
     '##[error]Process completed with exit code 1.\n'),
    # the guard: a test that ran into the outage (thrown, unquoted) still reads it
    ('jest-received-rejected-with-502', 'transient',
     '  ● sync › pulls the catalogue\n'
     '\n'
     '    expect(received).resolves.toEqual()\n'
     '\n'
     '    Received promise rejected instead of resolved\n'
     '    Rejected to value: [HTTPError: Response code 502 (Bad Gateway)]\n'
     'Tests:       1 failed, 41 passed, 42 total\n'
     '##[error]Process completed with exit code 1.\n'),
]

# Outage words beside a persistent cause: no rerun proposed with confidence.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # links to the job's own server refused: the server did not start (not an outside outage)
    ('lychee-localhost-refused',
     '$ lychee --base http://localhost:8000 site/\n'
     '[ERROR] http://localhost:8000/guide/ | Network error: Connection refused\n'
     '[ERROR] http://localhost:8000/api/ | Network error: Connection refused\n'
     '🔍 2 Total ✅ 0 OK 🚫 2 Errors\n'
     '##[error]Process completed with exit code 1.\n'),
    # the vulnerability fetch failed, then the build failed on an undefined name
    ('govulncheck-fetch-then-compile',
     '$ govulncheck ./...\n'
     'govulncheck: fetching vulnerabilities: Get "https://vuln.go.dev/index/modules.json.gz": dial tcp: lookup vuln.go.dev: i/o timeout\n'
     '$ go build ./...\n'
     '# github.com/acme/api\n'
     './handler.go:41:9: undefined: parseToken\n'
     '##[error]Process completed with exit code 1.\n'),
    # a link's 503, then mdbook could not open SUMMARY.md
    ('lychee-outage-then-mdbook-error',
     '$ lychee docs/\n'
     '[503] https://status.example.org/ | Rejected status code (this depends on your "accept" configuration): Service Unavailable\n'
     '🔍 120 Total ✅ 119 OK 🚫 1 Errors\n'
     '$ mdbook build docs\n'
     '2024-05-01 10:00:00 [ERROR] (mdbook::utils): Error: Couldn\'t open SUMMARY.md in "/home/runner/work/docs/src" directory\n'
     '2024-05-01 10:00:00 [ERROR] (mdbook::utils): \tCaused by: No such file or directory (os error 2)\n'
     '##[error]Process completed with exit code 1.\n'),
    # a link timed out, and autodoc could not import the package
    ('sphinx-timeout-plus-autodoc-error',
     "/home/runner/work/pkg/docs/api.rst:4: WARNING: autodoc: failed to import module 'pkg.core'; the following exception was raised:\n"
     "No module named 'pkg.core'\n"
     '(      index: line   40) timeout   https://slow.example.org/\n'
     'build finished with problems, 2 warnings.\n'
     '##[error]Process completed with exit code 1.\n'),
    # the mark is TestUploadRetries's, TestParseHeader failed on a value
    ('flaky-mark-go-other-fail',
     '=== RUN   TestUploadRetries\n'
     '    upload_test.go:40: known flaky: see issue #812\n'
     '--- FAIL: TestUploadRetries (3.01s)\n'
     '=== RUN   TestParseHeader\n'
     '    header_test.go:22: got "v1", want "v2"\n'
     '--- FAIL: TestParseHeader (0.00s)\n'
     'FAIL\n'
     'FAIL\tgithub.com/acme/up\t3.02s\n'
     '##[error]Process completed with exit code 1.\n'),
    # the compile error failed the job, the notification's 502 came after
    ('gh-release-5xx-after-build-fail',
     'error[E0308]: mismatched types\n'
     '  --> src/main.rs:14:5\n'
     'error: could not compile `tool` (bin "tool") due to 1 previous error\n'
     '##[error]Process completed with exit code 101.\n'
     'Run actions/github-script@v7\n'
     '##[error]Unhandled error: HttpError: Bad Gateway\n'),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_review12_b_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_review12_b_not_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)
