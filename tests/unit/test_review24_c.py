"""Twenty-fourth round, review c: the live-service readings of liveservice24 (public-test-host-answered-5xx, a public test
host's 429/5xx in a test's compared status; live-service-test-assertion, the counter-weight of a live cloud-storage or
DNS test's name) tried from the side they could get wrong.

Covered: (a) a 503 the test set up on purpose with httpbin named beside it (nock, responses, gock, a WebMock-backed RSpec
example about a 503, a circuit-breaker test that WANTED the 503 and got a 200, a local mock server with httpbin in a
config dump above); (b) a proxy or gateway under test whose own bug answered 502 with httpbin as its upstream; (c) the
project's own server on 127.0.0.1 answering 503 in a run that names httpbin; (d) httpbin named in ANOTHER test's passing
output above (Go's -v log, Jest's verbose list, pytest's live log); (e) an httpbin container the job started
(kennethreitz/httpbin on localhost:8080); (f) Active Storage's cloud service tests failing on an error (NameError,
NoMethodError, an assert_raises that got an ArgumentError) or beside another test's error; (g) live DNS tests failing
because the change broke the resolver (a TypeError, a nil index, a ReferenceError, a SyntaxError); (h) "dns" or
"S3ServiceTest" in a non-network test's name; (i) a public host's 5xx beside a second failing test (Jest, Go, pytest,
unittest; a plain assertion, a TypeError, a build failure, a collection ImportError); and controls that stay transient
(pytest's reversed operands with "+  where 503", Vitest, go test on httpbingo, JUnit on postman-echo).

Where the wording comes from: the report forms as tests/unit/test_rules24_live_services.py writes them (recalled, as the
catalogue's assertion entries read them); the mocking libraries' calls (nock(), gock.New(), responses.add(), WebMock)
as their READMEs document them (recalled); Active Storage's class names read in rails/rails
activestorage/test/service/s3_service_test.rb ("class ActiveStorage::Service::S3ServiceTest"); Node's "TypeError
[ERR_INVALID_ARG_TYPE]: The "name" argument must be of type string. Received undefined" read in public copies of
nodejs/node lib/internal/errors.js; Node's TAP and tools/test.py forms, luvit's "dns - resolveTxt" titles, Minitest's
default reporter and the CI lines recalled. Every log is short and written for this test; hosts other than the public
test services, names and paths are made up.

The rules the cases hold:
  * a public host's 5xx counts only inside the failing test's own report (up to its header, not past another test's
    passing line; a TAP test's own lines above its "not ok") and not where that report names a loopback address, a
    mocking library or recorded cassette, a header about that very status, pytest's "+  where 200 = ..." (the test got
    a 2xx), or the code's own traceback or console error below; nor where the job started its own httpbin image;
  * another test's assertion or error outside that report (or its own one-line pytest summary) keeps the job real;
  * the live-service name counter-weighs an assertion only: an error of the code (TypeError, nil index, NameError,
    ReferenceError) reads as it would without the name, another test's failure too, and the name alone is no verdict;
    only Active Storage's full class name is read (an application's bare "S3ServiceTest" is its own, often stubbed);
  * an httpbin container's 503: neither a rerun nor the code with confidence (the public service's moment is not the
    cause; the job's own service answered; no thread counted): not surely transient.

Before the fixes (main at 3c81a13) 23 of these 39 logs read wrong: 16 real logs read transient (the mocked and
set-up 503s, the breaker's 200, the local mock, the proxy's AttributeError, the own servers' 503s, the three hosts named
in another test's output, the Azure assert_raises and Node's TypeError on the live-service name alone, and two 5xx
beside another test's plain assertion), 6 real read unknown (the Go proxy's own 502, the GCS assertion beside a
NameError, luvit's nil index and Node's ReferenceError against the name, the application's S3ServiceTest, the 503
beside a collection ImportError) and the httpbin container's 503 read transient at 0.88.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GL = "ERROR: Job failed: exit code 1\n"
_JENKINS = "ERROR: script returned exit code 1\nFinished: FAILURE\n"
_BK = "🚨 Error: The command exited with status 1\n"
_CIRCLE = "\nExited with code exit status 1\n"
_AZ = "##[error]Bash exited with code '1'.\n"
_TRAVIS = "The command \"npm test\" exited with 1.\n"


def _stamped(text: str) -> str:
    return "".join(f"2025-03-11T09:42:{i % 60:02d}.{i * 37 % 10**7:07d}Z {ln}\n" for i, ln in enumerate(text.splitlines()))


def _pytest(body: str, summary: str, tail: str = _GHA) -> str:
    return ("+ python -m pytest tests/\n"
            "=================================== FAILURES ===================================\n" + body +
            "=========================== short test summary info ============================\n"
            + "".join(f"FAILED {s}\n" for s in summary.split("\n")) +
            "======================== 1 failed, 140 passed in 22.41s ========================\n" + tail)


CASES: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- (a) a 503 the test set up on purpose
    ("c-jest-nock-httpbin-503-retry-not-done", "real",
     "$ npx jest test/retry.test.js\n"
     " FAIL  test/retry.test.js\n"
     "  ● fetchWithRetry › retries a 503 twice before giving up\n\n"
     "    expect(received).toBe(expected) // Object.is equality\n\n"
     "    Expected: 200\n"
     "    Received: 503\n\n"
     "      14 |   it('retries a 503 twice before giving up', async () => {\n"
     "      15 |     nock('https://httpbin.org').get('/get').times(2).reply(503);\n"
     "      16 |     nock('https://httpbin.org').get('/get').reply(200, { ok: true });\n"
     "      17 |     const res = await fetchWithRetry('https://httpbin.org/get', { retries: 2 });\n"
     "    > 18 |     expect(res.status).toBe(200);\n"
     "         |                        ^\n\n"
     "      at Object.toBe (test/retry.test.js:18:24)\n\n"
     "Tests:       1 failed, 23 passed, 24 total\n" + _TRAVIS),
    ("c-pytest-responses-httpbin-503-retry-not-done", "real", _pytest(
        "__________________________ test_session_retries_503 __________________________\n\n"
        "    @responses.activate\n"
        "    def test_session_retries_503():\n"
        "        responses.add(responses.GET, \"https://httpbin.org/get\", status=503)\n"
        "        responses.add(responses.GET, \"https://httpbin.org/get\", json={\"ok\": True})\n"
        "        r = make_session(retries=1).get(\"https://httpbin.org/get\")\n"
        ">       assert r.status_code == 200\n"
        "E       assert 503 == 200\n"
        "E        +  where 503 = <Response [503]>.status_code\n\n"
        "tests/test_session.py:51: AssertionError\n",
        "tests/test_session.py::test_session_retries_503 - assert 503 == 200")),
    ("c-go-gock-httpbin-503-retry-not-done", "real",
     "$ go test ./retry/...\n"
     "--- FAIL: TestDoRetriesOnServiceUnavailable (0.01s)\n"
     "    retry_test.go:24: gock.New(\"https://httpbin.org\").Get(\"/get\").Times(2).Reply(503)\n"
     "    retry_test.go:31: GET https://httpbin.org/get: got status 503, want 200\n"
     "FAIL\n"
     "FAIL\tgithub.com/acme/retry\t0.019s\n" + _GL),
    ("c-pytest-breaker-wants-503-got-200", "real", _pytest(
        "________________________ test_breaker_opens_after_failures ________________________\n\n"
        "    def test_breaker_opens_after_failures(client):\n"
        "        for _ in range(5):\n"
        "            client.get(\"https://httpbin.org/delay/10\", timeout=0.01)\n"
        "        r = client.get(\"https://httpbin.org/get\")\n"
        ">       assert r.status_code == 503\n"
        "E       assert 200 == 503\n"
        "E        +  where 200 = <Response [200]>.status_code\n\n"
        "tests/test_breaker.py:33: AssertionError\n",
        "tests/test_breaker.py::test_breaker_opens_after_failures - assert 200 == 503")),
    ("c-unittest-local-mock-503-config-dump-names-httpbin", "real",
     "+ env | sort | grep -i _URL\n"
     "ECHO_URL=https://postman-echo.com\n"
     "HTTPBIN_URL=https://httpbin.org\n"
     "+ python -m unittest -v tests.test_retry\n"
     "test_gives_up_after_three (tests.test_retry.RetryTests.test_gives_up_after_three) ... ok\n"
     "test_retries_until_ok (tests.test_retry.RetryTests.test_retries_until_ok) ... FAIL\n\n"
     "======================================================================\n"
     "FAIL: test_retries_until_ok (tests.test_retry.RetryTests.test_retries_until_ok)\n"
     "----------------------------------------------------------------------\n"
     "Traceback (most recent call last):\n"
     "  File \"/builds/acme/fetchkit/tests/test_retry.py\", line 44, in test_retries_until_ok\n"
     "    self.assertEqual(resp.status, 200, resp.url)\n"
     "AssertionError: 503 != 200 : http://127.0.0.1:8999/flaky?fail=2\n\n"
     "----------------------------------------------------------------------\n"
     "Ran 2 tests in 0.412s\n\nFAILED (failures=1)\n" + _GL),
    ("c-rspec-webmock-httpbin-503-retry-not-done", "real",
     "$ bundle exec rspec spec/middleware/retry_spec.rb\n"
     "F\n\nFailures:\n\n"
     "  1) Faraday retry middleware when https://httpbin.org/get answers 503 once retries and gets 200\n"
     "     Failure/Error: expect(response.status).to eq(200)\n\n"
     "       expected: 200\n"
     "            got: 503\n\n"
     "       (compared using ==)\n"
     "     # ./spec/middleware/retry_spec.rb:22:in `block (3 levels) in <top (required)>'\n\n"
     "Finished in 0.08 seconds (files took 0.61 seconds to load)\n"
     "1 example, 1 failure\n" + _BK),
    ("c-go-breaker-wants-503-got-200", "real",
     "$ go test ./breaker/...\n"
     "--- FAIL: TestBreakerOpens (0.12s)\n"
     "    breaker_test.go:40: GET https://httpbin.org/get after 5 failures: got status 200, want 503\n"
     "FAIL\n"
     "FAIL\tgithub.com/acme/breaker\t0.131s\n" + _GHA),
    # ---------------------------------------------------------------- (b) the proxy/client under test answered 502
    ("c-go-proxy-own-502-upstreams-listed", "real",
     "$ go test -v ./proxy/...\n"
     "=== RUN   TestProxyForwardsHeaders\n"
     "    proxy_test.go:48: upstreams: [https://httpbin.org https://postman-echo.com]\n"
     "2025/03/11 09:42:10 http: proxy error: unsupported protocol scheme \"\"\n"
     "    proxy_test.go:63: GET http://127.0.0.1:40125/headers: got status 502, want 200\n"
     "--- FAIL: TestProxyForwardsHeaders (0.02s)\n"
     "FAIL\n"
     "FAIL\tgithub.com/acme/edge/proxy\t0.044s\n" + _GHA),
    ("c-pytest-proxy-addon-own-502", "real", _pytest(
        "___________________________ test_proxy_rewrites_host ___________________________\n\n"
        "    def test_proxy_rewrites_host(proxy):\n"
        "        proxy.add_route(\"/ext\", upstream=\"https://httpbin.org\")\n"
        "        r = requests.get(proxy.url + \"/ext/get\")\n"
        ">       assert r.status_code == 200\n"
        "E       assert 502 == 200\n"
        "E        +  where 502 = <Response [502]>.status_code\n\n"
        "tests/test_proxy.py:29: AssertionError\n"
        "------------------------------ Captured log call -------------------------------\n"
        "ERROR    edge.proxy:forward.py:88 upstream request failed\n"
        "Traceback (most recent call last):\n"
        "  File \"/app/edge/forward.py\", line 84, in forward\n"
        "    headers = rewrite_host(req.headers, route.upstream_host)\n"
        "AttributeError: 'Route' object has no attribute 'upstream_host'\n",
        "tests/test_proxy.py::test_proxy_rewrites_host - assert 502 == 200")),
    ("c-jest-proxy-own-502-upstream-constant", "real",
     "$ npx jest\n"
     " FAIL  test/gateway.test.ts\n"
     "  ● gateway › forwards GET to the upstream\n\n"
     "    expect(received).toBe(expected) // Object.is equality\n\n"
     "    Expected: 200\n"
     "    Received: 502\n\n"
     "       8 | const UPSTREAM = 'https://httpbin.org';\n"
     "       9 | it('forwards GET to the upstream', async () => {\n"
     "      10 |   const res = await request(makeGateway({ upstream: UPSTREAM })).get('/anything');\n"
     "    > 11 |   expect(res.status).toBe(200);\n\n"
     "      at Object.<anonymous> (test/gateway.test.ts:11:22)\n\n"
     "  console.error\n"
     "    TypeError: Cannot read properties of undefined (reading 'host')\n"
     "        at buildTarget (src/gateway.ts:41:28)\n\n"
     "Tests:       1 failed, 12 passed, 13 total\n" + _GHA),
]
CASES += [
    # ---------------------------------------------------------------- (c) the project's own local server answered 5xx
    ("c-go-own-server-503-after-live-test-passed", "real",
     "$ go test -v ./...\n"
     "=== RUN   TestLiveGet\n"
     "    live_test.go:15: GET https://httpbin.org/get -> 200 (311ms)\n"
     "--- PASS: TestLiveGet (0.31s)\n"
     "=== RUN   TestHealthz\n"
     "    server_test.go:40: GET http://127.0.0.1:41233/healthz: got status 503, want 200\n"
     "--- FAIL: TestHealthz (0.00s)\n"
     "FAIL\n"
     "FAIL\tgithub.com/acme/svc\t0.402s\n" + _GHA),
    ("c-pytest-own-live-server-503-banner-names-httpbin", "real", _pytest(
        "_______________________________ test_health_ok _______________________________\n\n"
        "    def test_health_ok(live_server):\n"
        "        r = requests.get(f\"{live_server.url}/health\")\n"
        ">       assert r.status_code == 200\n"
        "E       assert 503 == 200\n"
        "E        +  where 503 = <Response [503]>.status_code\n\n"
        "tests/test_health.py:12: AssertionError\n"
        "----------------------------- Captured stdout setup -----------------------------\n"
        "Serving on http://127.0.0.1:5001 (routes /ext/* proxied to https://httpbin.org)\n"
        "health: db pool not configured (DATABASE_URL unset)\n",
        "tests/test_health.py::test_health_ok - assert 503 == 200")),
    # ---------------------------------------------------------------- (d) httpbin named in another test's passing output
    ("c-go-httpbin-named-25-lines-above-in-passing-test", "real",
     "$ go test -v ./api/...\n"
     "=== RUN   TestLiveEcho\n"
     "    live_test.go:22: POST https://httpbin.org/post -> 200\n"
     "--- PASS: TestLiveEcho (0.52s)\n"
     + "".join(f"=== RUN   TestRoute{n}\n--- PASS: TestRoute{n} (0.00s)\n" for n in range(11)) +
     "=== RUN   TestStatusHandler\n"
     "    handler_test.go:57: status = 503; want 200\n"
     "--- FAIL: TestStatusHandler (0.00s)\n"
     "FAIL\n"
     "FAIL\tgithub.com/acme/api\t0.601s\n" + _GHA),
    ("c-jest-verbose-passing-httpbin-title-then-own-503", "real",
     "$ npx jest --verbose\n"
     " FAIL  test/api.test.js\n"
     "  api\n"
     "    ✓ fetches https://httpbin.org/get through the client (412 ms)\n"
     "    ✓ posts to https://postman-echo.com/post (388 ms)\n"
     "    ✕ GET /status answers 200 (9 ms)\n\n"
     "  ● api › GET /status answers 200\n\n"
     "    expect(received).toBe(expected) // Object.is equality\n\n"
     "    Expected: 200\n"
     "    Received: 503\n\n"
     "      30 |   it('GET /status answers 200', async () => {\n"
     "      31 |     const res = await request(app).get('/status');\n"
     "    > 32 |     expect(res.status).toBe(200);\n\n"
     "      at Object.toBe (test/api.test.js:32:24)\n\n"
     "Tests:       1 failed, 2 passed, 3 total\n" + _CIRCLE),
    ("c-pytest-live-log-passing-httpbin-then-own-app-503", "real",
     "+ python -m pytest -o log_cli=true tests/\n"
     "tests/test_client.py::test_live_get \n"
     "-------------------------------- live log call ---------------------------------\n"
     "INFO     fetchkit.client:client.py:61 GET https://httpbin.org/get -> 200 in 0.31s\n"
     "PASSED                                                                   [ 50%]\n"
     "tests/test_app.py::test_ready FAILED                                     [100%]\n\n"
     "=================================== FAILURES ===================================\n"
     "_________________________________ test_ready _________________________________\n\n"
     "    def test_ready(client):\n"
     ">       assert client.get(\"/ready\").status_code == 200\n"
     "E       assert 503 == 200\n"
     "E        +  where 503 = <WrapperTestResponse streamed [503 SERVICE UNAVAILABLE]>.status_code\n\n"
     "tests/test_app.py:8: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_app.py::test_ready - assert 503 == 200\n"
     "========================= 1 failed, 1 passed in 0.52s ==========================\n" + _GHA),
]

# ---------------------------------------------------------------- (e) an httpbin container the job started
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    ("c-gha-httpbin-container-localhost-503",
     "##[group]Starting httpbin service container\n"
     "/usr/bin/docker create --name 8f0c_kennethreitzhttpbin_4e2a --network-alias httpbin -p 8080:80 kennethreitz/httpbin\n"
     "##[endgroup]\n"
     "+ go test ./...\n"
     "--- FAIL: TestClientGet (0.01s)\n"
     "    client_test.go:19: GET http://localhost:8080/get: got status 503, want 200\n"
     "FAIL\n"
     "FAIL\tgithub.com/acme/client\t0.033s\n" + _GHA),
    ("c-pytest-httpbin-url-env-points-at-container",
     "+ docker run -d --name httpbin -p 8080:80 kennethreitz/httpbin\n"
     "3f2d1c9ab77e5\n"
     "+ export HTTPBIN_URL=http://localhost:8080\n" + _pytest(
        "______________________________ test_get_args ______________________________\n\n"
        "    def test_get_args():\n"
        "        base = os.environ.get(\"HTTPBIN_URL\", \"https://httpbin.org\")\n"
        "        r = requests.get(base + \"/get\", params={\"a\": \"1\"})\n"
        ">       assert r.status_code == 200\n"
        "E       assert 503 == 200\n"
        "E        +  where 503 = <Response [503]>.status_code\n\n"
        "tests/test_args.py:10: AssertionError\n",
        "tests/test_args.py::test_get_args - assert 503 == 200", _GL)),
]

_MT_TAIL = "Finished in 6.2s, 0.48 runs/s, 0.48 assertions/s.\n"

CASES += [
    # ---------------------------------------------------------------- (f) Active Storage cloud tests on an error
    ("c-rails-s3-service-test-nameerror", "real",
     "+ bin/test test/service/s3_service_test.rb\n"
     "Run options: --seed 1771\n\n# Running:\n\nE\n\n"
     "Error:\n"
     "ActiveStorage::Service::S3ServiceTest#test_upload_with_content_disposition:\n"
     "NameError: uninitialized constant ActiveStorage::Service::S3Service::MultipartUpload\n"
     "    /rails/activestorage/lib/active_storage/service/s3_service.rb:101:in `upload_with_multipart'\n"
     "    /rails/activestorage/test/service/s3_service_test.rb:44:in `block in <class:S3ServiceTest>'\n\n"
     "bin/test test/service/s3_service_test.rb:40\n\n" + _MT_TAIL +
     "3 runs, 3 assertions, 0 failures, 1 errors, 0 skips\n" + _BK),
    ("c-minitest-default-reporter-s3-nomethoderror", "real",
     "+ bundle exec rake test TEST=test/service/s3_service_test.rb\n"
     "Run options: --seed 50210\n\n# Running:\n\n..E.\n\n"
     "Finished in 3.101s, 1.2899 runs/s, 1.2899 assertions/s.\n\n"
     "  1) Error:\n"
     "ActiveStorage::Service::S3ServiceTest#test_upload_with_checksum:\n"
     "NoMethodError: undefined method `checksum_implementation' for an instance of ActiveStorage::Service::S3Service\n"
     "    /rails/activestorage/lib/active_storage/service/s3_service.rb:33:in `upload'\n"
     "    /rails/activestorage/test/service/s3_service_test.rb:70:in `block in <class:S3ServiceTest>'\n\n"
     "4 runs, 4 assertions, 0 failures, 1 errors, 0 skips\n" + _GHA),
    ("c-rails-gcs-assertion-beside-disk-service-nameerror", "real",
     "+ bin/test test/service\n"
     "Run options: --seed 9\n\n# Running:\n\n..F..E\n\n"
     "Failure:\n"
     "ActiveStorage::Service::GCSServiceTest#test_direct_upload [/rails/activestorage/test/service/gcs_service_test.rb:28]:\n"
     "Expected false to be truthy.\n\n"
     "bin/test test/service/gcs_service_test.rb:17\n\n"
     "Error:\n"
     "ActiveStorage::Service::DiskServiceTest#test_url_generation:\n"
     "NameError: undefined local variable or method `disposition' for an instance of ActiveStorage::Service::DiskService\n"
     "    /rails/activestorage/lib/active_storage/service/disk_service.rb:118:in `generate_url'\n\n"
     "bin/test test/service/disk_service_test.rb:12\n\n" + _MT_TAIL +
     "6 runs, 7 assertions, 1 failures, 1 errors, 0 skips\n" + _BK),
    ("c-rails-azure-assert-raises-got-argumenterror", "real",
     "+ bin/test test/service/azure_storage_service_test.rb\n"
     "Run options: --seed 303\n\n# Running:\n\nF\n\n"
     "Failure:\n"
     "ActiveStorage::Service::AzureStorageServiceTest#test_upload_with_integrity_mismatch "
     "[/rails/activestorage/test/service/azure_storage_service_test.rb:52]:\n"
     "[ActiveStorage::IntegrityError] exception expected, not\n"
     "Class: <ArgumentError>\n"
     "Message: <\"wrong number of arguments (given 3, expected 2)\">\n"
     "---Backtrace---\n"
     "/rails/activestorage/lib/active_storage/service/azure_storage_service.rb:27:in `upload'\n"
     "---------------\n\n"
     "bin/test test/service/azure_storage_service_test.rb:48\n\n" + _MT_TAIL +
     "1 runs, 1 assertions, 1 failures, 0 errors, 0 skips\n" + _GHA),
    # ---------------------------------------------------------------- (g) a live DNS test broken by the change
    ("c-node-internet-test-dns-typeerror", "real",
     "+ python3 tools/test.py -J internet\n"
     "not ok 9 internet/test-dns\n"
     "  ---\n"
     "  duration_ms: 41.117\n"
     "  severity: fail\n"
     "  exitcode: 1\n"
     "  stack: |-\n"
     "    node:internal/dns/callback_resolver:45\n"
     "    TypeError [ERR_INVALID_ARG_TYPE]: The \"name\" argument must be of type string. Received undefined\n"
     "        at Resolver.resolveTxt (node:internal/dns/callback_resolver:45:3)\n"
     "        at Object.<anonymous> (/home/iojs/build/test/internet/test-dns.js:355:7)\n"
     "  ...\n"),
    ("c-luvit-dns-resolvetxt-nil-index", "real",
     "+ make test\n"
     "# Starting Test Suite\n"
     "not ok 14 dns - resolveTxt\n"
     "deps/dns.lua:210: attempt to index a nil value (local 'answer')\n"
     "stack traceback:\n"
     "\tdeps/dns.lua:210: in function 'parseTxt'\n"
     "\ttests/test-dns.lua:58: in function <tests/test-dns.lua:55>\n"
     "# Failed 1 tests\n" + _GHA),
    ("c-node-internet-test-dns-referenceerror", "real",
     "+ make test-internet\n"
     "not ok 11 internet/test-dns-any\n"
     "  ---\n"
     "  duration_ms: 28.3\n"
     "  severity: fail\n"
     "  exitcode: 1\n"
     "  stack: |-\n"
     "    node:internal/dns/utils:204\n"
     "        if (options[kResolverOptions]) {\n"
     "                    ^\n\n"
     "    ReferenceError: kResolverOptions is not defined\n"
     "        at new ResolverBase (node:internal/dns/utils:204:17)\n"
     "  ...\n" + _JENKINS),
    ("c-node-internet-test-dns-ipv6-syntaxerror", "real",
     "+ python3 tools/test.py internet\n"
     "not ok 12 internet/test-dns-ipv6\n"
     "  ---\n"
     "  duration_ms: 19.8\n"
     "  severity: fail\n"
     "  exitcode: 1\n"
     "  stack: |-\n"
     "    /home/iojs/build/lib/internal/dns/promises.js:120\n"
     "      }\n"
     "      ^\n\n"
     "    SyntaxError: Unexpected token '}'\n"
     "  ...\n"),
    # ---------------------------------------------------------------- (h) dns in a non-network test's name
    ("c-node-parallel-test-dns-lookup-assert", "real",
     "+ python3 tools/test.py -J parallel\n"
     "not ok 301 parallel/test-dns-lookup\n"
     "  ---\n"
     "  duration_ms: 88.2\n"
     "  severity: fail\n"
     "  exitcode: 1\n"
     "  stack: |-\n"
     "    AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal:\n"
     "    + actual - expected\n\n"
     "    + 'EINVAL'\n"
     "    - 'ERR_INVALID_ARG_VALUE'\n"
     "        at Object.<anonymous> (/home/iojs/build/test/parallel/test-dns-lookup.js:72:10)\n"
     "  ...\n"),
    ("c-node-classic-release-test-dns-resolveany-mock", "real",
     "+ python3 tools/test.py parallel/test-dns-resolveany-bad-ancount\n"
     "=== release test-dns-resolveany-bad-ancount ===\n"
     "Path: parallel/test-dns-resolveany-bad-ancount\n"
     "node:assert:125\n"
     "  throw new AssertionError(obj);\n"
     "  ^\n\n"
     "AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n"
     "'ENOTFOUND' !== 'EBADRESP'\n\n"
     "    at /home/iojs/build/test/parallel/test-dns-resolveany-bad-ancount.js:41:12\n"
     "Command: out/Release/node /home/iojs/build/test/parallel/test-dns-resolveany-bad-ancount.js\n"
     "[00:01|% 100|+   0|-   1]: Done\n" + _JENKINS),
    ("c-app-own-s3-service-test-stubbed-client", "real",
     "+ bin/rails test test/services\n"
     "Run options: --seed 4711\n\n# Running:\n\n.F\n\n"
     "Failure:\n"
     "S3ServiceTest#test_presigned_url_expiry [/app/test/services/s3_service_test.rb:19]:\n"
     "Expected: 3600\n"
     "  Actual: 900\n\n"
     "rails test test/services/s3_service_test.rb:14\n\n" + _MT_TAIL +
     "2 runs, 2 assertions, 1 failures, 0 errors, 0 skips\n" + _GHA),
]
CASES += [
    # ---------------------------------------------------------------- (i) a public host's 5xx beside another failing test
    ("c-jest-httpbin-503-and-parser-assertion", "real",
     "$ npx jest\n"
     " FAIL  test/live.test.js\n"
     "  ● live › GET /json\n\n"
     "    expect(received).toBe(expected) // Object.is equality\n\n"
     "    Expected: 200\n"
     "    Received: 503\n\n"
     "      6 |   const res = await get('https://httpbin.org/json');\n"
     "    > 7 |   expect(res.status).toBe(200);\n\n"
     "      at Object.toBe (test/live.test.js:7:22)\n\n"
     " FAIL  test/parse.test.js\n"
     "  ● parseDuration › reads hours\n\n"
     "    expect(received).toBe(expected) // Object.is equality\n\n"
     "    Expected: 3600\n"
     "    Received: 60\n\n"
     "      3 | it('reads hours', () => {\n"
     "    > 4 |   expect(parseDuration('1h')).toBe(3600);\n\n"
     "      at Object.toBe (test/parse.test.js:4:31)\n\n"
     "Tests:       2 failed, 61 passed, 63 total\n" + _GHA),
    ("c-go-httpbin-503-and-plain-want", "real",
     "$ go test ./...\n"
     "--- FAIL: TestLiveGet (1.02s)\n"
     "    live_test.go:18: GET https://httpbin.org/get: got status 503, want 200\n"
     "FAIL\n"
     "FAIL\tgithub.com/acme/fetch/live\t1.044s\n"
     "--- FAIL: TestParseDuration (0.00s)\n"
     "    parse_test.go:22: ParseDuration(\"1h\") = 1m0s, want 1h0m0s\n"
     "FAIL\n"
     "FAIL\tgithub.com/acme/fetch/parse\t0.011s\n" + _GHA),
    ("c-pytest-plain-assertion-then-httpbin-502", "real",
     "+ python -m pytest tests/\n"
     "=================================== FAILURES ===================================\n"
     "_______________________________ test_slugify _______________________________\n\n"
     "    def test_slugify():\n"
     ">       assert slugify(\"Hello World\") == \"hello-world\"\n"
     "E       AssertionError: assert 'hello_world' == 'hello-world'\n\n"
     "tests/test_text.py:5: AssertionError\n"
     "______________________________ test_live_post ______________________________\n\n"
     "    def test_live_post():\n"
     "        r = requests.post(\"https://httpbin.org/post\", json={\"a\": 1})\n"
     ">       assert r.status_code == 200\n"
     "E       assert 502 == 200\n"
     "E        +  where 502 = <Response [502]>.status_code\n\n"
     "tests/test_live.py:9: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_text.py::test_slugify - AssertionError: assert 'hello_world' == 'hello-world'\n"
     "FAILED tests/test_live.py::test_live_post - assert 502 == 200\n"
     "======================== 2 failed, 80 passed in 5.12s ========================\n" + _AZ),
    ("c-go-httpbin-503-and-build-failed-package", "real",
     "$ go test ./...\n"
     "# github.com/acme/fetch/cli\n"
     "cli/main.go:12:2: undefined: runCmd\n"
     "--- FAIL: TestLiveGet (1.02s)\n"
     "    live_test.go:18: GET https://httpbin.org/get: got status 503, want 200\n"
     "FAIL\n"
     "FAIL\tgithub.com/acme/fetch/live\t1.044s\n"
     "FAIL\tgithub.com/acme/fetch/cli [build failed]\n" + _GHA),
    ("c-jest-postman-echo-502-and-typeerror", "real",
     _stamped(
         "$ npx jest\n"
         " FAIL  test/echo.test.js\n"
         "  ● echo › round-trips the body\n\n"
         "    expect(received).toBe(expected) // Object.is equality\n\n"
         "    Expected: 200\n"
         "    Received: 502\n\n"
         "      9 |   const res = await client.post('https://postman-echo.com/post', body);\n"
         "    > 10 |   expect(res.status).toBe(200);\n\n"
         "      at Object.toBe (test/echo.test.js:10:22)\n\n"
         " FAIL  test/format.test.js\n"
         "  ● formatBytes › handles zero\n\n"
         "    TypeError: Cannot read properties of undefined (reading 'toFixed')\n\n"
         "      at formatBytes (src/format.js:4:19)\n"
         "      at Object.<anonymous> (test/format.test.js:3:10)\n\n"
         "Tests:       2 failed, 40 passed, 42 total\n") + _GHA),
    ("c-pytest-httpbin-503-and-collection-error", "real",
     "+ python -m pytest tests/\n"
     "==================================== ERRORS ====================================\n"
     "______________________ ERROR collecting tests/test_cli.py ______________________\n"
     "ImportError while importing test module '/home/runner/work/fk/tests/test_cli.py'.\n"
     "tests/test_cli.py:3: in <module>\n"
     "    from fetchkit.cli import main\n"
     "E   ImportError: cannot import name 'main' from 'fetchkit.cli' (/home/runner/work/fk/fetchkit/cli.py)\n"
     "=================================== FAILURES ===================================\n"
     "______________________________ test_live_get ______________________________\n\n"
     "    def test_live_get():\n"
     "        r = requests.get(\"https://httpbin.org/get\")\n"
     ">       assert r.status_code == 200\n"
     "E       assert 503 == 200\n"
     "E        +  where 503 = <Response [503]>.status_code\n\n"
     "tests/test_live.py:7: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_live.py::test_live_get - assert 503 == 200\n"
     "ERROR tests/test_cli.py\n"
     "==================== 1 failed, 30 passed, 1 error in 4.41s =====================\n" + _GHA),
    ("c-unittest-postman-echo-503-and-plain-inequality", "real",
     "+ python -m unittest discover\n"
     "F.F\n"
     "======================================================================\n"
     "FAIL: test_echo (tests.test_live.LiveTests.test_echo)\n"
     "----------------------------------------------------------------------\n"
     "Traceback (most recent call last):\n"
     "  File \"/builds/acme/fk/tests/test_live.py\", line 12, in test_echo\n"
     "    self.assertEqual(resp.status, 200, resp.url)\n"
     "AssertionError: 503 != 200 : https://postman-echo.com/get\n\n"
     "======================================================================\n"
     "FAIL: test_page_count (tests.test_pages.PageTests.test_page_count)\n"
     "----------------------------------------------------------------------\n"
     "Traceback (most recent call last):\n"
     "  File \"/builds/acme/fk/tests/test_pages.py\", line 20, in test_page_count\n"
     "    self.assertEqual(pages(101, 10), 11)\n"
     "AssertionError: 10 != 11\n\n"
     "----------------------------------------------------------------------\n"
     "Ran 3 tests in 1.902s\n\nFAILED (failures=2)\n" + _GL),
    # ---------------------------------------------------------------- controls: the public host's own 5xx stays transient
    ("c-pytest-reversed-operands-httpbin-503", "transient", _pytest(
        "______________________________ test_live_headers ______________________________\n\n"
        "    def test_live_headers():\n"
        "        r = requests.get(\"https://httpbin.org/headers\")\n"
        ">       assert 200 == r.status_code\n"
        "E       assert 200 == 503\n"
        "E        +  where 503 = <Response [503]>.status_code\n\n"
        "tests/test_live.py:21: AssertionError\n",
        "tests/test_live.py::test_live_headers - assert 200 == 503")),
    ("c-vitest-httpbin-503-to-be-200", "transient",
     _stamped(
         "$ npx vitest run\n"
         " FAIL  test/live.spec.ts > live > GET /uuid\n"
         "AssertionError: expected 503 to be 200 // Object.is equality\n\n"
         "- Expected\n+ Received\n\n- 200\n+ 503\n\n"
         " ❯ test/live.spec.ts:9:24\n"
         "      7|   it('GET /uuid', async () => {\n"
         "      8|     const res = await fetch('https://httpbin.org/uuid');\n"
         "      9|     expect(res.status).toBe(200);\n"
         "       |                        ^\n\n"
         " Test Files  1 failed | 8 passed (9)\n"
         "      Tests  1 failed | 57 passed (58)\n") + _GHA),
    ("c-go-httpbingo-504-jenkins", "transient",
     "[Pipeline] sh\n"
     "+ go test ./client/...\n"
     "--- FAIL: TestDrip (30.02s)\n"
     "    drip_test.go:27: GET https://httpbingo.org/drip?duration=2: got status 504, want 200\n"
     "FAIL\n"
     "FAIL\tgithub.com/acme/client\t30.051s\n" + _JENKINS),
    ("c-junit-postman-echo-429-azure", "transient",
     "[INFO] Running com.acme.echo.EchoIT\n"
     "[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 2.01 s <<< FAILURE! - in com.acme.echo.EchoIT\n"
     "[ERROR] com.acme.echo.EchoIT.echoesHeaders  Time elapsed: 0.611 s  <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: GET https://postman-echo.com/headers ==> expected: <200> but was: <429>\n"
     "\tat com.acme.echo.EchoIT.echoesHeaders(EchoIT.java:31)\n"
     "[ERROR] Failures: \n"
     "[ERROR]   EchoIT.echoesHeaders:31 GET https://postman-echo.com/headers ==> expected: <200> but was: <429>\n"
     "[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0\n"
     "[INFO] BUILD FAILURE\n" + _AZ),
]

# The key words of this file's readings, for benchmarks/pattern_speed.py's long-line check.
LONG_LINE_WORDS = ["TypeError [ERR_INVALID_ARG_TYPE]: The \"", "kennethreitz/httpbin", "ActiveStorage::Service::S3ServiceTest#test_",
                   "nock('https://httpbin.org')", "http://127.0.0.1:", "+  where 200 = "]


def test_unique_ids() -> None:
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_review24_c_case(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_review24_c_not_surely_transient(log: str) -> None:
    not_surely_transient(log)
