"""Twenty-fourth round, review24_g: trying to break the compared-value reading (compared24) and the verb-name reading (timesout24).

Covered: (1) lines labelled as the two sides of a comparison beside a real outage: a job's own wait loop ("Expected status
200, got 503, retrying" then its time limit), a release step's labelled "Expected:" / "Actual:" status pair, xUnit's and
NUnit's Throws reports whose got side is a transport exception with its message, Jest's "Rejected to value: [Error: connect
ETIMEDOUT ...]", a Go test's JSON body with "expected"/"actual" keys above a dial error, pip's read timeout; and beside them
the project's own compared values, some far from their labels (Go's "got 503, want 200", unittest's "503 != 200", Cypress's
"Timed out retrying ...: expected 503 to equal 200", Jest's and RSpec's long diffs, NUnit's string report, JUnit 5). (2)
names with look-alike words ("timeout_ms", "Timestamp", "TimeSeries", "sometimes outputs") and verb names ("times_out_
gracefully", "Send_TimesOut_ReturnsFallback", mocha's title "times out after 50ms" on its own indented line) failing plainly,
expecting a timeout that never came, or really timing out; kubectl's, Helm's and an e2e test's "timed out waiting for the
condition". CI systems: GitHub Actions, GitLab, Azure Pipelines, Jenkins, bare runner output.

Where the wording comes from: each case's comment; all recalled (not read from the tools' sources this round) or made up
where it says so (the wait loop, the smoke script, the release step's labelled pair). Hosts, packages, tests and paths are
made up; no project's CI log is copied.

The rules the cases hold:
  * an outage the job or the test's client met stays transient though labels of a comparison sit near it;
  * a value the project's code returned or its test wanted is real, however far below its label and whatever outage word;
  * a look-alike word in a test's name is no timeout name; a verb name reads exactly as its noun twin
    (test_verb_name_reads_as_its_noun_twin); a tool's "timed out waiting for the condition" is no test's name;
  * a post-deploy smoke check, a newman run and a Helm test against the project's own deployment, and an e2e test's wait
    for its own rollout, are not surely transient (the change just deployed may be what answers 503).

Measured on main 7ad2ce1 (before any change here): 7 of the 33 logs read wrong: 0 real read transient; 2 not-surely-transient
read transient (newman's request line "[503 Service Unavailable, ...]" and an e2e test's "timed out waiting for the
condition", both the same on the base 211ddc5); 5 transient lost (1 of them new with compared24: the release step's
labelled pair, transient on the base; the other 4 read the same on the base). compared24 and timesout24 mend 3 of these logs
against the base (RSpec's long diff read transient there; mocha's and Go's never-came timeout read real there). All 7 are
LEFT below as strict expected failures (no small, safe edit found within this review).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, not_surely_transient, signatures

_GHA = "##[error]Process completed with exit code 1.\n"
CASES: list[tuple[str, str, str]] = [
    # --- (1) outages near the labels of a comparison: transient ---
    # a job's own wait loop (made up) on a service container, then its time limit: the service never came up
    ("wait-loop-es-expected-status-then-timed-out", "transient",
     "2026-03-02T10:01:02.1Z + ./ci/wait-for-http.sh http://localhost:9200/_cluster/health 120\n"
     "2026-03-02T10:01:04.3Z waiting for elasticsearch: Expected status 200, got 503, retrying (1/60)\n"
     "2026-03-02T10:01:06.3Z waiting for elasticsearch: Expected status 200, got 503, retrying (2/60)\n"
     "2026-03-02T10:03:04.9Z waiting for elasticsearch: Expected status 200, got 503, retrying (60/60)\n"
     "2026-03-02T10:03:05.0Z timed out after 120s waiting for http://localhost:9200/_cluster/health\n" + _GHA),
    # a release step's labelled report of the status it wanted and the one it got (wording made up: no tool read prints it)
    ("release-upload-expected-actual-502", "transient",
     "Run softprops/action-gh-release@v2\n"
     "Uploading shop-cli-linux-amd64.tar.gz to https://uploads.github.com/repos/acme/shop/releases/1234/assets\n"
     "Unexpected response status.\n"
     "  Expected: 201\n"
     "  Actual:   502 Bad Gateway\n"
     "Error: Failed to upload release asset shop-cli-linux-amd64.tar.gz\n" + _GHA),
    # xunit/assert.xunit's Assert.Throws report, "Expected: typeof(...)" / "Actual:   typeof(...): message" (recalled)
    ("xunit-throws-actual-transport-exception-with-message", "transient",
     "+ dotnet test --no-build -c Release\n"
     "  Failed Shop.Data.Tests.RepoTests.Save_TimesOutOnLock [5 s]\n"
     "  Error Message:\n"
     "   Assert.Throws() Failure\n"
     "Expected: typeof(System.TimeoutException)\n"
     "Actual:   typeof(System.Net.Sockets.SocketException): Connection refused (db.ci.internal:5432)\n"
     "  Stack Trace:\n"
     "     at Shop.Data.Tests.RepoTests.Save_TimesOutOnLock() in /src/RepoTests.cs:line 31\n\n"
     "Failed!  - Failed:     1, Passed:   80, Skipped:     0, Total:    81, Duration: 9 s - Shop.Data.Tests.dll (net8.0)\n" + _GHA),
    # NUnit's Throws constraint, "Expected: <...>" / "But was:  <exception: message" (nunit/nunit, recalled)
    ("nunit-but-was-httprequestexception-with-message", "transient",
     "+ nunit3-console Shop.Api.Tests.dll --noresult\n"
     "Errors, Failures and Warnings\n\n"
     "1) Failed : Shop.Api.Tests.RatesClientTests.FetchRates\n"
     "  Expected: <System.TimeoutException>\n"
     "  But was:  <System.Net.Http.HttpRequestException: Connection refused (rates.sandbox.example.net:443)\n"
     "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port)>\n\n"
     "   at Shop.Api.Tests.RatesClientTests.FetchRates() in D:\\a\\shop\\RatesClientTests.cs:line 40\n\n"
     "Test Run Summary\n  Overall result: Failed\n"
     "  Test Count: 40, Passed: 39, Failed: 1, Warnings: 0, Inconclusive: 0, Skipped: 0\n" + _GHA),
    # Jest's .resolves report, "Received promise rejected instead of resolved" / "Rejected to value:" (jestjs/jest expect, recalled)
    ("jest-resolves-rejected-etimedout", "transient",
     "$ jest --ci\n"
     "FAIL src/__tests__/rates.test.ts (31.2 s)\n"
     "  ● rates client › fetches latest EUR rates\n\n"
     "    expect(received).resolves.toEqual()\n\n"
     "    Received promise rejected instead of resolved\n"
     "    Rejected to value: [Error: connect ETIMEDOUT 104.18.22.7:443]\n\n"
     "      12 |   it('fetches latest EUR rates', async () => {\n"
     "    > 13 |     await expect(client.latest('EUR')).resolves.toEqual(expect.objectContaining({ base: 'EUR' }))\n"
     "Tests:       1 failed, 23 passed, 24 total\n"
     "error Command failed with exit code 1.\n"),
    # a Go test's t.Log of a JSON body holding "expected"/"actual" keys, then its store's dial error (Go net, recalled)
    ("gitlab-go-test-json-labels-then-dial-refused", "transient",
     "$ go test ./internal/store/...\n"
     "--- FAIL: TestStoreRoundTrip (0.02s)\n"
     "    store_test.go:41: request body: {\"expected\":\"ok\",\"actual\":\"pending\",\"id\":7}\n"
     "    store_test.go:44: open store: dial tcp 172.17.0.3:5432: connect: connection refused\n"
     "FAIL\nFAIL\tgitlab.example.com/shop/internal/store\t0.051s\n"
     "ERROR: Job failed: exit code 1\n"),
    # pip's retry warning and its OSError with urllib3's ReadTimeoutError (pypa/pip, recalled)
    ("azure-pip-expected-got-then-read-timeout", "transient",
     "##[section]Starting: pip install\n"
     "Collecting numpy==1.26.4 (from -r requirements.txt (line 3))\n"
     "  expected sha256 8c3a... got sha256 8c3a... (cached)\n"
     "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by "
     "'ReadTimeoutError(\"HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Read timed out. (read timeout=15)\")'\n"
     "ERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): "
     "Max retries exceeded with url: /packages/numpy-1.26.4.tar.gz (Caused by ReadTimeoutError(\"HTTPSConnectionPool("
     "host='files.pythonhosted.org', port=443): Read timed out. (read timeout=15)\"))\n"
     "##[error]Bash exited with code '1'.\n"),
    # --- (1) values the project's code returned, some far from their labels: real ---
    # the Go idiom "got X, want Y" of an httptest handler test (made up around it)
    ("go-got-503-want-200-handler", "real",
     "+ go test ./...\n"
     "--- FAIL: TestHealthHandler (0.00s)\n"
     "    health_test.go:33: GET /healthz: got status 503 (Service Unavailable), want 200\n"
     "FAIL\nFAIL\tgithub.com/acme/shop/api\t0.012s\n" + _GHA),
    # unittest's assertEqual report "AssertionError: 503 != 200" (cpython Lib/unittest/case.py, recalled)
    ("unittest-django-503-ne-200", "real",
     "+ python manage.py test shop\n"
     "======================================================================\n"
     "FAIL: test_checkout_ok (shop.tests.test_views.CheckoutTests.test_checkout_ok)\n"
     "----------------------------------------------------------------------\n"
     "Traceback (most recent call last):\n"
     "  File \"/app/shop/tests/test_views.py\", line 52, in test_checkout_ok\n"
     "    self.assertEqual(resp.status_code, 200)\n"
     "AssertionError: 503 != 200\n\n"
     "----------------------------------------------------------------------\n"
     "Ran 88 tests in 4.210s\n\nFAILED (failures=1)\n" + _GHA),
    # unittest's string report with its ndiff lines (cpython Lib/unittest/case.py, recalled)
    ("unittest-service-unavailable-string-ne", "real",
     "+ python -m unittest discover -s tests\n"
     "FAIL: test_maps_gateway_error (tests.test_errors.ErrorMapTests.test_maps_gateway_error)\n"
     "----------------------------------------------------------------------\n"
     "Traceback (most recent call last):\n"
     "  File \"/w/tests/test_errors.py\", line 19, in test_maps_gateway_error\n"
     "    self.assertEqual(map_status(504), 'Gateway Timeout')\n"
     "AssertionError: 'Service Unavailable' != 'Gateway Timeout'\n"
     "- Service Unavailable\n+ Gateway Timeout\n\n"
     "Ran 12 tests in 0.004s\n\nFAILED (failures=1)\n" + _GHA),
    # Cypress's retried assertion "Timed out retrying after 4000ms: expected 503 to equal 200" (cypress-io/cypress, recalled)
    ("cypress-timed-out-retrying-expected-503-to-equal-200", "real",
     "  Running:  orders.cy.ts                                                          (3 of 7)\n"
     "  1) orders\n       lists the open orders:\n"
     "     AssertionError: Timed out retrying after 4000ms: expected 503 to equal 200\n"
     "      at Context.eval (webpack://shop/./cypress/e2e/orders.cy.ts:14:38)\n\n"
     "  1 failing\n" + _GHA),
    # Jest's deep-equality diff "- Expected  - 1" / "+ Received  + 1" (jest-diff, recalled): the value far below the labels
    ("jest-long-object-diff-econnreset-code", "real",
     "FAIL src/errors.test.js\n"
     "  ● classify › maps a reset socket to retryable\n\n"
     "    expect(received).toEqual(expected) // deep equality\n\n"
     "    - Expected  - 1\n"
     "    + Received  + 1\n\n"
     "      Object {\n"
     "        \"attempts\": 3,\n"
     "        \"backoffMs\": 200,\n"
     "        \"retryable\": true,\n"
     "        \"source\": \"socket\",\n"
     "    -   \"code\": \"RETRY\",\n"
     "    +   \"code\": \"ECONNRESET\",\n"
     "      }\n\n"
     "Tests:       1 failed, 41 passed, 42 total\n" + _GHA),
    # RSpec's eq report with values running over several lines (rspec-expectations, recalled)
    ("rspec-long-diff-then-got-timeout-value", "real",
     "Failures:\n\n"
     "  1) Gateway::ErrorMapper maps upstream failures\n"
     "     Failure/Error: expect(mapper.map(resp)).to eq(expected)\n\n"
     "       expected: {:status=>502, :reason=>\"Bad Gateway\", :retry=>false, :attempts=>1,\n"
     "                  :upstream=>\"billing\", :region=>\"eu-west-1\",\n"
     "                  :trace=>\"abc123\", :cached=>false}\n"
     "            got: {:status=>504, :reason=>\"Gateway Timeout\", :retry=>false, :attempts=>1,\n"
     "                  :upstream=>\"billing\", :region=>\"eu-west-1\",\n"
     "                  :trace=>\"abc123\", :cached=>false}\n\n"
     "     # ./spec/gateway/error_mapper_spec.rb:22:in `block (2 levels) in <top (required)>'\n\n"
     "Finished in 0.21 seconds (files took 1.1 seconds to load)\n"
     "57 examples, 1 failure\n" + _GHA),
    # NUnit's string report, "Expected string length ... Strings differ at index" (nunit/nunit, recalled)
    ("nunit-expected-far-from-but-was-multiline", "real",
     "1) Failed : Shop.Tests.Errors.Render\n"
     "  Expected string length 60 but was 52. Strings differ at index 0.\n"
     "  Expected: \"Request failed: upstream returned 503 Service Unavailable\"\n"
     "  But was:  \"Request failed: connection reset by peer\"\n"
     "  -----------^\n\n"
     "   at Shop.Tests.Errors.Render() in /src/Errors.cs:line 12\n\n"
     "Test Run Summary\n  Overall result: Failed\n"
     "  Test Count: 30, Passed: 29, Failed: 1, Warnings: 0, Inconclusive: 0, Skipped: 0\n" + _GHA),
    # JUnit 5's AssertionFailedError "expected: <X> but was: <Y>" under Gradle in Jenkins (recalled)
    ("jenkins-kotlin-expected-actual-timeout-code", "real",
     "[Pipeline] sh\n+ ./gradlew :client:test\n"
     "RetryPolicyTest > classifiesSocketTimeoutAsRetry() FAILED\n"
     "    org.opentest4j.AssertionFailedError: expected: <RETRY> but was: <FAIL>\n"
     "        at app//com.acme.client.RetryPolicyTest.classifiesSocketTimeoutAsRetry(RetryPolicyTest.kt:31)\n"
     "12 tests completed, 1 failed\n"
     "> Task :client:test FAILED\n"
     "ERROR: script returned exit code 1\n"),
    # --- (2) look-alike words and verb names ---
    # pytest's failure block and short summary (pytest-dev/pytest, recalled); a config key, not a timeout
    ("pytest-timeout-ms-config-keyerror", "real",
     "+ pytest -q\n"
     "_____________________________ test_timeout_ms_loaded _____________________________\n"
     "    def test_timeout_ms_loaded(tmp_path):\n"
     "        cfg = load(tmp_path / 'c.toml')\n"
     ">       assert cfg['timeout_ms'] == 500\n"
     "E       KeyError: 'timeout_ms'\n\n"
     "tests/test_config.py:14: KeyError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_config.py::test_timeout_ms_loaded - KeyError: 'timeout_ms'\n"
     "1 failed, 63 passed in 1.02s\n" + _GHA),
    # go test's report (recalled); "Timestamp" is no timeout name
    ("go-timestamp-roundtrip-plain", "real",
     "=== RUN   TestTimestampRoundTrip\n"
     "    ts_test.go:19: got 2026-01-01 00:00:00 +0000 UTC, want 2026-01-01 00:00:01 +0000 UTC\n"
     "--- FAIL: TestTimestampRoundTrip (0.00s)\n"
     "FAIL\nFAIL\tgithub.com/acme/ts\t0.004s\n" + _GHA),
    # Gradle's test report of a JUnit 5 failure (recalled); "TimeSeries" is no timeout name
    ("gradle-timeseries-plain", "real",
     "> Task :metrics:test\n\n"
     "TimeSeriesTest > aggregatesByHour() FAILED\n"
     "    org.opentest4j.AssertionFailedError: expected: <24> but was: <23>\n"
     "        at app//com.acme.metrics.TimeSeriesTest.aggregatesByHour(TimeSeriesTest.java:40)\n\n"
     "9 tests completed, 1 failed\n\n> Task :metrics:test FAILED\n" + _GHA),
    # RSpec's eq report (recalled); "sometimes outputs" in a title is no verb of a timeout
    ("rspec-sometimes-flaky-word-plain", "real",
     "Failures:\n\n"
     "  1) Queue sometimes outputs items out of order when priorities tie\n"
     "     Failure/Error: expect(queue.drain).to eq([1, 2, 3])\n\n"
     "       expected: [1, 2, 3]\n"
     "            got: [1, 3, 2]\n\n"
     "     # ./spec/queue_spec.rb:30:in `block (2 levels) in <top (required)>'\n\n"
     "14 examples, 1 failure\n" + _GHA),
    # pytest (recalled); a verb-named test failing a plain assertion: read as its noun twin (test below)
    ("pytest-times-out-gracefully-plain", "real",
     "+ pytest -q tests/test_client.py\n"
     "______________________ test_request_times_out_gracefully ______________________\n"
     "    def test_request_times_out_gracefully(client):\n"
     "        resp = client.get('/slow', timeout=0.1)\n"
     ">       assert resp.json()['retries'] == 2\n"
     "E       assert 3 == 2\n\n"
     "tests/test_client.py:22: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_client.py::test_request_times_out_gracefully - assert 3 == 2\n"
     "1 failed, 30 passed in 0.88s\n" + _GHA),
    # kubectl wait's "error: timed out waiting for the condition on pods/..." (k8s.io/apimachinery wait, recalled)
    ("kubectl-wait-timed-out-condition-before-tests", "transient",
     "+ kubectl -n ci wait --for=condition=Ready pod/redis-0 --timeout=180s\n"
     "error: timed out waiting for the condition on pods/redis-0\n"
     "##[error]Process completed with exit code 1.\n"),
    # Helm's "UPGRADE FAILED: timed out waiting for the condition" (helm/helm, recalled), retried, then a plain test failure
    ("helm-timed-out-then-pytest-plain", "real",
     "+ helm upgrade --install mq bitnami/rabbitmq --wait --timeout 2m\n"
     "Error: UPGRADE FAILED: timed out waiting for the condition\n"
     "+ helm upgrade --install mq bitnami/rabbitmq --wait --timeout 5m\n"
     "Release \"mq\" has been upgraded. Happy Helming!\n"
     "+ pytest -q\n"
     "FAILED tests/test_orders.py::test_total - assert 41 == 42\n"
     "1 failed, 99 passed in 12.30s\n" + _GHA),
    # mocha's spec reporter's failure list, the title on its own indented line (mochajs/mocha lib/reporters/base.js, recalled)
    ("mocha-times-out-after-title-plain-assertion", "real",
     "  Client\n"
     "    ✓ connects\n"
     "    1) times out after 50ms\n\n"
     "  1 passing (80ms)\n  1 failing\n\n"
     "  1) Client\n"
     "       times out after 50ms:\n\n"
     "      AssertionError: expected 3 to equal 2\n"
     "      + expected - actual\n\n      -3\n      +2\n\n"
     "      at Context.<anonymous> (test/client.spec.js:21:30)\n\n"
     "npm ERR! Test failed.  See above for more details.\n"),
    # mocha with chai-as-promised's "expected promise to be rejected with ... but it was fulfilled with" (recalled)
    ("mocha-times-out-after-title-fulfilled", "unknown",
     "  1) Client\n"
     "       times out after 50ms:\n"
     "     AssertionError: expected promise to be rejected with 'TimeoutError' but it was fulfilled with 'pong'\n"
     "      at Context.<anonymous> (test/client.spec.js:30:12)\n\n"
     "  12 passing (1s)\n  1 failing\n\n"
     "npm ERR! Test failed.  See above for more details.\n"),
    # mocha's own test time limit, "Timeout of 2000ms exceeded. For async tests and hooks, ensure \"done()\" is called" (mochajs/mocha lib/runnable.js, recalled)
    ("mocha-times-out-title-runner-timeout", "transient",
     "  1) Client\n"
     "       times out after 50ms:\n"
     "     Error: Timeout of 2000ms exceeded. For async tests and hooks, ensure \"done()\" is called; if returning a Promise, ensure it resolves. (/w/test/client.spec.js)\n"
     "      at listOnTimeout (node:internal/timers:573:17)\n\n"
     "  12 passing (3s)\n  1 failing\n\n"
     "npm ERR! Test failed.  See above for more details.\n"),
    # go test's report of a timeout that never came (recalled)
    ("go-dial-times-out-got-nil", "unknown",
     "=== RUN   TestDialTimesOut\n"
     "    dial_test.go:22: expected a timeout error, got <nil>\n"
     "--- FAIL: TestDialTimesOut (0.00s)\n"
     "FAIL\nFAIL\tgithub.com/acme/net\t0.008s\n" + _GHA),
    # Vitest's failure header and node-fetch's FetchError (recalled): the remote really timed out
    ("vitest-times-out-title-real-connect-timeout", "transient",
     " FAIL  test/upstream.test.ts > upstream > times out when the mirror stalls\n"
     "FetchError: request to https://mirror.example.org/index.json failed, reason: connect ETIMEDOUT 198.51.100.4:443\n"
     " ❯ test/upstream.test.ts:18:5\n\n"
     " Test Files  1 failed | 9 passed (10)\n"
     "      Tests  1 failed | 80 passed (81)\n" + _GHA),
]
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # a post-deploy smoke script's own line (made up): the 503 may be the change just deployed
    ("smoke-script-after-deploy-expected-200-got-503",
     "+ ./deploy.sh staging\n"
     "deployment.apps/shop-web configured\n"
     "+ ./scripts/smoke.sh https://staging.shop.example.com\n"
     "Checking /health ... expected 200 got 503\n"
     "Checking /api/products ... expected 200 got 503\n"
     "smoke test failed: 2 of 2 checks\n" + _GHA),
    # newman's request line and chai-postman's "expected response to have status code 200 but got 503" (recalled)
    ("newman-status-code-503-staging",
     "+ newman run collections/api.json -e staging.json\n"
     "→ GET orders\n  GET https://staging.shop.example.com/api/orders [503 Service Unavailable, 312B, 48ms]\n"
     "  1. Status code is 200\n\n"
     "  #  failure         detail\n"
     " 1.  AssertionError  Status code is 200\n"
     "                     expected response to have status code 200 but got 503\n"
     "                     at assertion:0 in test-script\n" + _GHA),
]
CASES += [
    # NUnit's Throws.Nothing report, "Expected: No Exception to be thrown" (nunit/nunit, recalled)
    ("nunit-throws-nothing-but-was-httprequestexception-localhost-db", "transient",
     "+ nunit3-console Shop.Data.Tests.dll --noresult\n"
     "Errors, Failures and Warnings\n\n"
     "1) Failed : Shop.Data.Tests.MigrationsTests.Applies\n"
     "  Expected: No Exception to be thrown\n"
     "  But was:  <System.Net.Http.HttpRequestException: Connection refused (localhost:5432)\n"
     "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port)>\n\n"
     "Test Run Summary\n  Overall result: Failed\n"
     "  Test Count: 12, Passed: 11, Failed: 1, Warnings: 0, Inconclusive: 0, Skipped: 0\n" + _GHA),
    # xunit/assert.xunit's "Assert.Equal() Failure: Values differ" (v2.5+, recalled) under a verb-named test
    ("dotnet-timesout-name-plain-assert-equal", "real",
     "  Failed Shop.Api.Tests.ClientTests.Send_TimesOut_ReturnsFallback [12 ms]\n"
     "  Error Message:\n"
     "   Assert.Equal() Failure: Values differ\n"
     "Expected: \"fallback\"\n"
     "Actual:   \"cached\"\n"
     "  Stack Trace:\n"
     "     at Shop.Api.Tests.ClientTests.Send_TimesOut_ReturnsFallback() in /src/ClientTests.cs:line 19\n\n"
     "Failed!  - Failed:     1, Passed:   20, Skipped:     0, Total:    21, Duration: 1 s - Shop.Api.Tests.dll (net8.0)\n" + _GHA),
]
NOT_SURELY_TRANSIENT += [
    # an e2e test's wait error "timed out waiting for the condition" (k8s.io/apimachinery wait.ErrWaitTimeout, recalled)
    ("go-e2e-timed-out-waiting-for-the-condition",
     "=== RUN   TestRolloutRestart\n"
     "    e2e_test.go:88: deployment shop-web: timed out waiting for the condition\n"
     "--- FAIL: TestRolloutRestart (120.01s)\n"
     "FAIL\nFAIL\tgithub.com/acme/shop/e2e\t121.3s\n" + _GHA),
    # helm test --logs (helm/helm, recalled) with busybox wget's "can't connect to remote host" (recalled)
    ("helm-test-connection-pod-failed",
     "+ helm test shop --logs\n"
     "NAME: shop\nLAST DEPLOYED: Mon Mar  2 10:01:02 2026\nSTATUS: deployed\n"
     "TEST SUITE:     shop-test-connection\nLast Started:   Mon Mar  2 10:02:11 2026\nPhase:          Failed\n"
     "POD LOGS: shop-test-connection\n"
     "wget: can't connect to remote host (10.96.14.2): Connection refused\n"
     "Error: 1 error occurred:\n\t* pod shop-test-connection failed\n" + _GHA),
]

# LEFT: read wrong on main 7ad2ce1 and left as strict expected failures.
KNOWN_MISREAD = {
    # LEFT: a tool's own labelled pair cannot be told from a framework's bare report by the lines alone (compared24's
    # bare-report sweep has no header either); read transient on the base, real since compared24. Wording made up.
    "release-upload-expected-actual-502": "real (the labelled pair passes the 502 over)",
    # LEFT: expected-timeout-not-raised reads "another error raised instead" as real, even when that error is a refused
    # connection to a service host; the same on the base
    "xunit-throws-actual-transport-exception-with-message": "real (expected-timeout-not-raised)",
    # LEFT: the same report under NUnit: unknown (connection-refused against expected-timeout-not-raised); the same on the base
    "nunit-but-was-httprequestexception-with-message": "unknown",
    # (twenty-fifth round, leftovers25) gitlab-go-test-json-labels-then-dial-refused reads transient now: test-assertion
    # passes over a Go test line whose text is a JSON object
    # LEFT: a refused connection to localhost under NUnit's Throws.Nothing: unknown (connection-refused against
    # test-assertion); localhost may be the project's own server, so unknown is a defensible reading
    "nunit-throws-nothing-but-was-httprequestexception-localhost-db": "unknown",
}
# LEFT: not-surely-transient logs read transient on main and on the base
NOT_SURELY_TRANSIENT_LEFT = {
    # (twenty-fifth round, leftovers25) newman-status-code-503-staging reads real now: newman's request line is no outage
    # test-timeout reads the wait error an e2e test printed for its own rollout (0.85)
    "go-e2e-timed-out-waiting-for-the-condition",
}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_review24_g_reads_right(verdict, log):
    assert judge(log).verdict == verdict


@pytest.mark.parametrize("log", [
    pytest.param(log, id=cid, marks=pytest.mark.xfail(strict=True, reason="LEFT: reads transient"))
    if cid in NOT_SURELY_TRANSIENT_LEFT else pytest.param(log, id=cid)
    for cid, log in NOT_SURELY_TRANSIENT])
def test_review24_g_ambiguous_do_not_read_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("cid", ["pytest-times-out-gracefully-plain", "go-dial-times-out-got-nil",
                                 "dotnet-timesout-name-plain-assert-equal"])
def test_verb_name_reads_as_its_noun_twin(cid):
    log = dict((c[0], c[2]) for c in CASES)[cid]
    verb, noun = judge(log), judge(log.replace("times_out", "timeout").replace("TimesOut", "Timeout"))
    assert (verb.verdict, signatures(verb)) == (noun.verdict, signatures(noun))


@pytest.mark.parametrize("cid", ["kubectl-wait-timed-out-condition-before-tests", "helm-timed-out-then-pytest-plain",
                                 "go-e2e-timed-out-waiting-for-the-condition"])
def test_timed_out_waiting_for_the_condition_is_no_test_name(cid):
    log = dict((c[0], c[-1]) for c in CASES + NOT_SURELY_TRANSIENT)[cid]
    assert "timing-sensitive-test" not in signatures(judge(log))


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)
