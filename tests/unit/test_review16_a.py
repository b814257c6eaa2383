"""Review 16a of the fifteenth round's fault_injection_resilience and niche_toolchains_licensed sections: adversarial
logs, made up. A resilience library's refusal or a retry library's give-up inside a test run that failed is the
test's scenario; a fault injected or a mock refused in a run that then passed is not why a later step failed; a
licence outage the tool got past, or a licence server the job itself started, is no rerun where the code then
failed; a package resolver that could not reach its host is the outage's damage."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, logs, not_surely_transient, reads

REAL: list[tuple[str, str]] = [
    # (left31) a fake handler's 503 in a failing .NET test's Standard Output under its own Assert.Equal diff: the
    # breaker's scenario, the assertion recurs (a strict expected failure until left31)
    ('polly-fake-503-handler-assert-fails',
     "  Failed Acme.Orders.Tests.CatalogClientTests.OpensBreakerAfterThreeFailures [120 ms]\n  Error Message:\n   Assert.Equal() Failure: Values differ\nExpected: Open\nActual:   Closed\n  Standard Output Messages:\n warn: Polly[3]\n      Execution attempt. Source: 'catalog/Standard-Retry', Operation Key: '', Result: '503', Handled: 'True', Attempt: '0', Execution Time: 2.1ms\n fail: Acme.Orders.CatalogClient[0]\n      System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable).\nFailed!  - Failed:     1, Passed:   118, Skipped:     0, Total:   119, Duration: 4 s - Acme.Orders.Tests.dll (net8.0)\n##[error]Process completed with exit code 1.\n"),
    # the test stops WireMock to open the breaker; it stayed CLOSED: the code
    ('r4j-expected-open-was-closed-with-refused',
     '[INFO] Running com.acme.pay.GatewayClientTest\n2024-05-01 10:00:01.120  WARN 4242 --- [main] c.a.pay.GatewayClient : call failed: I/O error on POST request for "http://localhost:8089/charge": Connection refused\n2024-05-01 10:00:01.130  WARN 4242 --- [main] c.a.pay.GatewayClient : call failed: I/O error on POST request for "http://localhost:8089/charge": Connection refused\n[ERROR] Tests run: 6, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 1.2 s <<< FAILURE! - in com.acme.pay.GatewayClientTest\n[ERROR] opensAfterFiveFailures(com.acme.pay.GatewayClientTest)  Time elapsed: 0.3 s  <<< FAILURE!\norg.opentest4j.AssertionFailedError: expected: <OPEN> but was: <CLOSED>\n[ERROR] Failures: \n[ERROR]   GatewayClientTest.opensAfterFiveFailures:58 expected: <OPEN> but was: <CLOSED>\n[INFO] BUILD FAILURE\n##[error]Process completed with exit code 1.\n'),
    # a breaker an earlier test left open (shared registry): test isolation, every run
    ('r4j-breaker-left-open-by-earlier-test',
     "[ERROR] Tests run: 9, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 0.9 s <<< FAILURE! - in com.acme.pay.GatewayClientTest\n[ERROR] chargesCard(com.acme.pay.GatewayClientTest)  Time elapsed: 0.01 s  <<< ERROR!\nio.github.resilience4j.circuitbreaker.CallNotPermittedException: CircuitBreaker 'gateway' is OPEN and does not permit further calls\n\tat io.github.resilience4j.circuitbreaker.CallNotPermittedException.createCallNotPermittedException(CallNotPermittedException.java:48)\n[ERROR] Errors: \n[ERROR]   GatewayClientTest.chargesCard » CallNotPermitted CircuitBreaker 'gateway' is OPEN and does not permit further calls\n[INFO] BUILD FAILURE\n##[error]Process completed with exit code 1.\n"),
    # a WireMock 503 stub (no outside host) opened the breaker in a test: the scenario
    ('r4j-wiremock-503-stub-breaker-open',
     '[INFO] Running com.acme.pay.GatewayClientTest\n2024-05-01 10:00:01.120  WARN 4242 --- [main] c.a.pay.GatewayClient : gateway error: 503 Service Unavailable: "{\\"error\\":\\"stubbed\\"}"\n[ERROR] Tests run: 6, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 1.2 s <<< FAILURE! - in com.acme.pay.GatewayClientTest\n[ERROR] fallsBackToCache(com.acme.pay.GatewayClientTest)  Time elapsed: 0.3 s  <<< ERROR!\nio.github.resilience4j.circuitbreaker.CallNotPermittedException: CircuitBreaker \'gateway\' is OPEN and does not permit further calls\n[INFO] BUILD FAILURE\n##[error]Process completed with exit code 1.\n'),
    # a rate limiter refusing in a unit test: the test's own limit
    ('r4j-ratelimiter-test-fake-429',
     "[ERROR] throttlesBurst(com.acme.api.QuotaTest)  Time elapsed: 0.05 s  <<< ERROR!\nio.github.resilience4j.ratelimiter.RequestNotPermitted: RateLimiter 'quota' does not permit further calls\n[ERROR] Tests run: 4, Failures: 0, Errors: 1, Skipped: 0\n[INFO] BUILD FAILURE\n##[error]Process completed with exit code 1.\n"),
    # guard: Hystrix short-circuited with no fallback in a test
    ('hystrix-short-circuit-test',
     'Tests run: 3, Failures: 0, Errors: 1, Skipped: 0\ntestFallback(com.acme.UserCommandTest)  Time elapsed: 0.01 sec  <<< ERROR!\ncom.netflix.hystrix.exception.HystrixRuntimeException: GetUserCommand short-circuited and no fallback available.\nBUILD FAILURE\n##[error]Process completed with exit code 1.\n'),
    # backoff gave up on the responses library's unmatched-mock ConnectionError: the test
    ('backoff-responses-unmatched-in-captured-log',
     "=================================== FAILURES ===================================\n________________________ test_sync_users ________________________\n>       assert sync_users() == 3\nE       assert 0 == 3\ntests/test_sync.py:20: AssertionError\n------------------------------ Captured log call -------------------------------\nERROR    backoff:_common.py:105 Giving up get_users(...) after 3 tries (requests.exceptions.ConnectionError: Connection refused by Responses - the call doesn't match any registered mock.)\n=========================== short test summary info ============================\nFAILED tests/test_sync.py::test_sync_users - assert 0 == 3\n1 failed, 20 passed in 0.81s\n##[error]Process completed with exit code 1.\n"),
    # unittest's unprefixed traceback: a test's retries over a mocked ConnectionError, errors=1
    ('tenacity-retryerror-unittest-traceback',
     '======================================================================\nERROR: test_retries_then_succeeds (tests.test_client.ClientTest.test_retries_then_succeeds)\n----------------------------------------------------------------------\nTraceback (most recent call last):\n  File "/app/tests/test_client.py", line 33, in test_retries_then_succeeds\n    self.assertEqual(client.fetch(), {\'ok\': True})\n  File "/app/.venv/lib/python3.11/site-packages/tenacity/__init__.py", line 326, in iter\n    raise retry_exc from fut.exception()\ntenacity.RetryError: RetryError[<Future at 0x7f3a2c1d5e10 state=finished raised ConnectionError>]\n\n----------------------------------------------------------------------\nRan 14 tests in 0.210s\n\nFAILED (errors=1)\n##[error]Process completed with exit code 1.\n'),
    # pytest --tb=native prints no 'E ': the RetryError is the failed test's
    ('tenacity-retryerror-pytest-native-tb',
     '=================================== FAILURES ===================================\n______________________ test_fetch_retries ______________________\nTraceback (most recent call last):\n  File "/app/tests/test_fetch.py", line 21, in test_fetch_retries\n    assert fetch_with_retry(session) == 200\ntenacity.RetryError: RetryError[<Future at 0x7f3a2c1d5e10 state=finished raised ConnectionError>]\n=========================== short test summary info ============================\nFAILED tests/test_fetch.py::test_fetch_retries - tenacity.RetryError: RetryError[<Future at 0x7f3a2c1d5e10 state=finished raised ConnectionError>]\n1 failed, 30 passed in 1.20s\n##[error]Process completed with exit code 1.\n'),
    # a non-blocking fetch gave up, then tsc's type error ended the job
    ('backoff-outside-then-tsc-error',
     "+ python scripts/fetch_schema.py || echo 'using cached schema'\nGiving up fetch_schema(...) after 5 tries (requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='schemas.example.com', port=443): Max retries exceeded with url: /v2.json)\nusing cached schema\n+ npx tsc --noEmit\nsrc/api.ts(12,5): error TS2322: Type 'string' is not assignable to type 'number'.\n##[error]Process completed with exit code 1.\n"),
    # an app's background retry log above an undamaged Decimal mismatch
    ('backoff-outside-captured-then-value-mismatch',
     "=================================== FAILURES ===================================\n______________________ test_price_rounding ______________________\n>       assert price(Decimal('1.005')) == Decimal('1.01')\nE       AssertionError: assert Decimal('1.00') == Decimal('1.01')\ntests/test_price.py:9: AssertionError\n------------------------------ Captured log call -------------------------------\nERROR    backoff:_common.py:105 Giving up fetch_rates(...) after 3 tries (requests.exceptions.ConnectionError: HTTPSConnectionPool(host='rates.example.com', port=443): Max retries exceeded)\n=========================== short test summary info ============================\nFAILED tests/test_price.py::test_price_rounding - AssertionError: assert Decimal('1.00') == Decimal('1.01')\n1 failed, 30 passed in 1.2s\n##[error]Process completed with exit code 1.\n"),
    # beside the start race another test failed on a compared key: that recurs
    ('toxiproxy-api-refused-plus-assertion',
     '=== RUN   TestRedisStoreSurvivesLatency\n    redisstore_test.go:31: create: fail to request: Post "http://localhost:8474/proxies": dial tcp 127.0.0.1:8474: connect: connection refused\n--- FAIL: TestRedisStoreSurvivesLatency (0.00s)\n=== RUN   TestKeyPrefix\n    keys_test.go:12: got "cache:user:1", want "cachekit:user:1"\n--- FAIL: TestKeyPrefix (0.00s)\nFAIL\tgithub.com/acme/cachekit/redisstore\t0.412s\nFAIL\n##[error]Process completed with exit code 1.\n'),
    # guard: the app did not survive the latency the job injected
    ('toxic-added-app-timeout-real',
     "Added downstream latency toxic 'latency_downstream' on proxy 'pg'\n    repo_test.go:44: query: read tcp 127.0.0.1:50122->127.0.0.1:25432: i/o timeout\n--- FAIL: TestRepoUnderLatency (5.01s)\nFAIL\tgithub.com/acme/store/repo\t5.412s\n##[error]Process completed with exit code 1.\n"),
    # guard: an unprivileged container refused NET_ADMIN
    ('rtnetlink-ip-route-not-permitted',
     '+ ip route add 10.10.0.0/16 via 172.17.0.1\nRTNETLINK answers: Operation not permitted\n##[error]Process completed with exit code 1.\n'),
    # a warm-up script gave up and went on; pytest then failed on a value
    ('backoff-outside-then-pytest-fail',
     "+ python scripts/warm_cache.py\nERROR:backoff:Giving up warm(...) after 3 tries (requests.exceptions.ConnectionError: HTTPSConnectionPool(host='cdn.acme.example', port=443): Max retries exceeded)\nwarm_cache: continuing without cache\n+ pytest -q\nF.....\n=================================== FAILURES ===================================\n__________ test_slug __________\n>       assert slug('A B') == 'a-b'\nE       AssertionError: assert 'a_b' == 'a-b'\ntests/test_slug.py:4: AssertionError\n=========================== short test summary info ============================\nFAILED tests/test_slug.py::test_slug - AssertionError: assert 'a_b' == 'a-b'\n1 failed, 5 passed in 0.12s\n##[error]Process completed with exit code 1.\n"),
    # an optional feature's licence error, then vlog's syntax errors
    ('flexnet-15-optional-then-vlog-syntax',
     '+ vlog -sv -f filelist.f\nFlexNet Licensing error:-15,570.  System Error: 115 "Operation now in progress"\n** Warning: (vlog-2300) Unable to checkout optional feature \'msimcoverage\'; coverage disabled.\n-- Compiling module fifo_ctrl\n** Error: (vlog-13069) rtl/fifo_ctrl.sv(88): near "endmodule": syntax error, unexpected endmodule.\n** Error: rtl/fifo_ctrl.sv(88): (vlog-13205) Syntax error found in the scope following \'wr_ptr\'. Is there a missing \'::\'?\nEnd time: 10:00:03 on May 01,2024, Elapsed time: 0:00:01\nErrors: 2, Warnings: 1\nERROR: Job failed: exit code 1\n'),
    # the licence checkout was retried and got; ifort then failed on the code
    ('ifort-license-retry-then-compile-error',
     '+ ifort -O2 -c src/solver.f90 -o build/solver.o\nLicense server machine is down or not responding.\nRetrying license checkout on 28000@lic02.example.org ... checked out.\nsrc/solver.f90(41): error #6404: This name does not have a type, and must have an explicit type.   [RESID]\n      resid = norm2(r)\n--------^\ncompilation aborted for src/solver.f90 (code 1)\nmake: *** [Makefile:22: build/solver.o] Error 1\n##[error]Process completed with exit code 1.\n'),
    # a vendor daemon down for an optional feature, then a Verilog syntax error
    ('quartus-license-down-then-hdl-error',
     'Info: Running Quartus Prime Analysis & Synthesis\nThe desired vendor daemon is down.\nWarning (292013): Feature LogicLock is only available with a valid subscription license. You can purchase a software subscription to gain full access to this feature.\nError (10170): Verilog HDL syntax error at top.v(57) near text: "endcase";  expecting ";". Check for and fix any syntax errors that appear immediately before or at the specified keyword.\nError: Quartus Prime Analysis & Synthesis was unsuccessful. 1 error, 1 warning\nERROR: Job failed: exit code 1\n'),
    # the licence came back on retry; a MATLAB test then failed by verification
    ('matlab-lme15-then-verifyequal-failed',
     'License checkout failed.\nLicense Manager Error -15\nRetrying...\nRunning TestRounding\n================================================================================\nVerification failed in TestRounding/testHalfUp.\n    ---------------------\n    Framework Diagnostic:\n    ---------------------\n    verifyEqual failed.\n    --> The numeric values are not equal using "isequaln".\n    Actual    Expected\n    ______    ________\n      2          3\n================================================================================\nFailure Summary:\n\n     Name                     Failed  Incomplete  Reason(s)\n    ===================================================\n     TestRounding/testHalfUp    X                 Failed by verification.\nERROR: MATLAB error Exit Status: 0x00000001\n##[error]Process completed with exit code 1.\n'),
    # guard: a test of the code's licence-error parsing failed in ctest
    ('ctest-licence-parser-test',
     '3/12 Test  #3: license_errors ...................***Failed    0.02 sec\nFlexNet Licensing error:-15,570.\nlicense_errors.cpp:40: expected code -96, got -15\n92% tests passed, 1 tests failed out of 12\n\nThe following tests FAILED:\n\t  3 - license_errors (Failed)\nErrors while running CTest\n##[error]Process completed with exit code 1.\n'),
    # the fetch's reset was retried past; Zig then failed on an undeclared identifier
    ('zig-fetch-reset-retried-then-compile-error',
     "+ zig build --fetch || zig build --fetch\nbuild.zig.zon:12:20: error: invalid HTTP response: ConnectionResetByPeer\n+ zig build test\nsrc/queue.zig:41:17: error: use of undeclared identifier 'capcity'\n        if (len >= capcity) return error.Full;\n                ^~~~~~~\nerror: the following command failed with 1 compilation errors:\n##[error]Process completed with exit code 1.\n"),
    # the seats were busy for an optional product; mex then failed on the C code
    ('matlab-max-users-then-mex-compile-error',
     'Maximum number of users for Simulink reached.\nTry again later.\nContinuing without Simulink.\n+ matlab -batch "mex src/fastsum.c"\nBuilding with \'gcc\'.\n/home/runner/work/m/src/fastsum.c:12:5: error: \'mxGetDoubles\' undeclared (first use in this function); did you mean \'mxGetDouble\'?\nError using mex\n##[error]Process completed with exit code 1.\n'),
    # Toxiproxy died on a missing config file (zerolog/logrus fatal): the job's set-up
    # (xfail 18, was LEFT) server_crashed_then_refused reads a Go server's structured fatal log (logrus level=fatal) whose
    # message names no network trouble, so toxiproxy-api-port-not-listening passes the refusal over
    ('toxiproxy-api-refused-container-exited',
     '+ docker run -d --name toxiproxy -p 8474:8474 ghcr.io/shopify/toxiproxy:2.9.0 -host=0.0.0.0 -config /cfg/toxiproxy.json\n+ docker logs toxiproxy\ntime="2024-05-01T10:00:00Z" level=fatal msg="Failed to read config file" config=/cfg/toxiproxy.json err="open /cfg/toxiproxy.json: no such file or directory"\n+ go test ./...\n    redisstore_test.go:31: create: fail to request: Post "http://localhost:8474/proxies": dial tcp 127.0.0.1:8474: connect: connection refused\n--- FAIL: TestRedisStoreSurvivesLatency (0.00s)\nFAIL\tgithub.com/acme/cachekit/redisstore\t0.412s\n##[error]Process completed with exit code 1.\n'),
]

TRANSIENT: list[tuple[str, str]] = [
    # guard: a publish script's tenacity gave up on an outside host
    ('tenacity-script-gave-up-outside',
     '+ python scripts/publish_docs.py\nTraceback (most recent call last):\n  File "scripts/publish_docs.py", line 40, in <module>\n    upload(site)\ntenacity.RetryError: RetryError[<Future at 0x7f3a2c1d5e10 state=finished raised ConnectTimeout>]\n##[error]Process completed with exit code 1.\n'),
    # guard: a notifier's ignored 400, then the chart index's 503
    ('generic-http-400-bad-request-body-then-503',
     '+ ./bin/notify --channel ci \'build started\'\nnotify: warning: HTTP 400: bad request body (ignored)\n+ helm repo add bitnami https://charts.bitnami.com/bitnami\nError: looks like "https://charts.bitnami.com/bitnami" is not a valid chart repository or cannot be reached: failed to fetch https://charts.bitnami.com/bitnami/index.yaml : 503 Service Unavailable\n##[error]Process completed with exit code 1.\n'),
    # the suite under the toxic passed; the push then met a TLS handshake timeout
    ('toxic-added-tests-pass-then-deploy-outage',
     '+ toxiproxy-cli toxic add -t latency -a latency=1000 redis_master\nAdded downstream latency toxic \'latency_downstream\' on proxy \'redis_master\'\n+ go test ./resilience/...\nok  \tgithub.com/acme/cachekit/resilience\t3.102s\n+ docker push ghcr.io/acme/cachekit:1.4.0\nThe push refers to repository [ghcr.io/acme/cachekit]\nGet "https://ghcr.io/v2/": net/http: TLS handshake timeout\n##[error]Process completed with exit code 1.\n'),
    # WireMock's fault stub in a passing run; npm publish then met a 503
    ('wiremock-fault-log-pass-then-npm-503',
     'Request received:\n127.0.0.1 - GET /flaky\n\nMatched response definition:\n{\n  "fault" : "CONNECTION_RESET_BY_PEER"\n}\nTests:       42 passed, 42 total\n+ npm publish\nnpm error code E503\nnpm error 503 Service Unavailable - PUT https://registry.npmjs.org/@acme%2fclient - Service Unavailable\n##[error]Process completed with exit code 1.\n'),
    # msw's error for a request the code handled in a passing run; the registry's 503 after
    ('msw-error-in-passing-run-then-deploy-503',
     'stderr | src/api.test.ts > loads profile\n[MSW] Error: intercepted a request without a matching request handler:\n\n  • GET https://api.acme.example/flags\n\nIf you still wish to intercept this unhandled request, please create a request handler for it.\n ✓ src/api.test.ts (12 tests) 120ms\n\n Test Files  8 passed (8)\n      Tests  90 passed (90)\n+ npx wrangler deploy\nnpm error code E503\nnpm error 503 Service Unavailable - GET https://registry.npmjs.org/wrangler - Service Unavailable\n##[error]Process completed with exit code 1.\n'),
    # guard: an e2e run's wait gave up on the staging host's connect timeout
    ('backoff-giveup-e2e-staging',
     "+ python -m e2e.run --base https://staging.acme.example\nERROR:backoff:Giving up wait_ready(...) after 8 tries (requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='staging.acme.example', port=443): Max retries exceeded with url: /healthz (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f>, 'Connection to staging.acme.example timed out. (connect timeout=5)')))\n##[error]Process completed with exit code 1.\n"),
    # the registry could not be fetched (DNS), so no name resolved: the outage
    ('julia-registry-offline-then-names-not-resolved',
     '  Installing known registries into `~/.julia`\n┌ Warning: could not download https://pkg.julialang.org/registries\n│   exception = RequestError: Could not resolve host: pkg.julialang.org while requesting https://pkg.julialang.org/registries\n└ @ Pkg.Registry /opt/julia/share/julia/stdlib/v1.10/Pkg/src/Registry/Registry.jl:69\nERROR: failed to clone from https://github.com/JuliaRegistries/General.git, error: GitError(Code:ERROR, Class:Net, failed to resolve address for github.com: Temporary failure in name resolution)\nERROR: The following package names could not be resolved:\n * Widgets (not found in project, manifest or registry)\n##[error]Process completed with exit code 1.\n'),
    # Gleam's resolver could not reach hex.pm (timed out): the outage
    ('gleam-resolution-failed-hex-unreachable',
     '+ gleam build\n  Resolving versions\nerror: Dependency resolution failed\n\nAn error occurred while determining what dependency packages and versions\nshould be downloaded.\nThe error from the version resolver library was:\n\nAn error occurred while choosing the version of gleam_stdlib: error sending request for url (https://repo.hex.pm/packages/gleam_stdlib): operation timed out\n##[error]Process completed with exit code 1.\n'),
    # dub's registry query got 502, so no package matched: the outage
    ('dub-registry-502-then-no-package',
     '    Fetching vibe-d 0.9.8\nError querying versions for vibe-d, https://code.dlang.org/: Failed to download https://code.dlang.org/api/packages/infos?packages=%5B%22vibe-d%22%5D&include_dependencies=true&minimize=true (502 Bad Gateway)\nError No package vibe-d was found matching the dependency >=0.9.8 <0.10.0-0\n##[error]Process completed with exit code 1.\n'),
    # shards's clone was cut (RPC failed), so resolution failed: the outage
    ('shards-clone-reset-then-failed-resolve',
     'Resolving dependencies\nFetching https://github.com/crystal-lang/crystal-db.git\nE: Failed to clone https://github.com/crystal-lang/crystal-db.git: error: RPC failed; curl 56 GnuTLS recv error (-54): Error in the pull function.\nE: Failed to resolve dependencies\n##[error]Process completed with exit code 1.\n'),
    # (generic 16b) a passing test's cleanup 404 (its t.Log line, a passing go test's own words), then the registry's 503 on push: the outage
    ('toxiproxy-404-handled-then-push-503',
     '=== RUN   TestReconnect\n    redisstore_test.go:58: cleanup: HTTP 404: proxy not found\n--- PASS: TestReconnect (0.40s)\nPASS\nok  \tgithub.com/acme/cachekit/redisstore\t1.412s\n+ docker push ghcr.io/acme/cachekit:1.4.0\nThe push refers to repository [ghcr.io/acme/cachekit]\nerror parsing HTTP 503 response body: unexpected end of JSON input: ""\nreceived unexpected HTTP status: 503 Service Unavailable\n##[error]Process completed with exit code 1.\n'),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # the breaker opened on the test's fake 503 in a failed dotnet run: the test's scenario, not an outage
    ('polly-breaker-open-fake-503-test-fails',
     '  Failed Acme.Orders.Tests.CatalogClientTests.FallsBackWhenBreakerOpen [88 ms]\n  Error Message:\n   Polly.CircuitBreaker.BrokenCircuitException : The circuit is now open and is not allowing calls.\n  Stack Trace:\n     at Acme.Orders.CatalogClient.GetAsync(String sku) in /src/CatalogClient.cs:line 41\n  Standard Output Messages:\n fail: Acme.Orders.CatalogClient[0]\n      System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable).\nFailed!  - Failed:     1, Passed:   118, Skipped:     0, Total:   119, Duration: 4 s - Acme.Orders.Tests.dll (net8.0)\n##[error]Process completed with exit code 1.\n'),
    # the Toxiproxy container exited on its own config first: the refusal is its damage
    ('toxiproxy-api-refused-compose-exited',
     '+ docker compose up -d toxiproxy redis\n+ docker compose logs toxiproxy\ntoxiproxy-1  | {"level":"fatal","error":"open /cfg/toxiproxy.json: no such file or directory","message":"Failed to load config"}\ntoxiproxy-1 exited with code 1\n+ go test ./...\n    redisstore_test.go:31: create: fail to request: Post "http://localhost:8474/proxies": dial tcp 127.0.0.1:8474: connect: connection refused\n--- FAIL: TestRedisStoreSurvivesLatency (0.00s)\nFAIL\tgithub.com/acme/cachekit/redisstore\t0.412s\n##[error]Process completed with exit code 1.\n'),
    # the probe could not reach the cluster API (a timeout) before any fault: not surely real, nor surely transient
    ('chaostoolkit-api-unreachable-steady-before',
     "[2024-05-01 10:00:00 INFO] Validating the experiment's syntax\n[2024-05-01 10:00:01 INFO] Steady-state strategy: default\n[2024-05-01 10:00:01 INFO] Steady state hypothesis: Service is healthy\n[2024-05-01 10:00:02 INFO] Probe: all-pods-running\n[2024-05-01 10:00:32 ERROR]   => failed: urllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='api.k8s.example.com', port=443): Max retries exceeded with url: /api/v1/namespaces/shop/pods (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f>, 'Connection to api.k8s.example.com timed out. (connect timeout=30)'))\n[2024-05-01 10:00:32 CRITICAL] Steady state probe 'all-pods-running' is not in the given tolerance so failing this experiment\n[2024-05-01 10:00:32 INFO] Experiment ended with status: failed\n##[error]Process completed with exit code 1.\n"),
    # the job's own lmgrd could not initialize: its licence file, not an outage
    ('flexnet-loopback-lmgrd-failed',
     '+ lmgrd -c /opt/eda/license.dat -l /tmp/lmgrd.log\n+ cat /tmp/lmgrd.log\n10:00:00 (lmgrd) license manager: can\'t initialize: Cannot find license file.\n10:00:00 (lmgrd) EXITING DUE TO SIGNAL 1\n+ export LM_LICENSE_FILE=27000@localhost\n+ vcs -full64 -f filelist.f\nCannot connect to license server system.\nLicense path:  27000@localhost\nFlexNet Licensing error:-15,570.  System Error: 111 "Connection refused"\nERROR: Job failed: exit code 1\n'),
]

NOT_SURELY_REAL: list[tuple[str, str]] = [
    # a smoke check's breaker opened on an outside provider's 503s: the provider's outage, no sure real
    ('r4j-smoke-breaker-open-after-provider-503',
     "+ ./scripts/smoke.sh https://staging.acme.example\nGET /health/payments -> 200\n2024-05-01T10:00:01Z WARN  c.a.pay.GatewayClient upstream error: 503 Service Unavailable from POST https://api.payprovider.example/v1/charges\n2024-05-01T10:00:02Z WARN  c.a.pay.GatewayClient upstream error: 503 Service Unavailable from POST https://api.payprovider.example/v1/charges\n2024-05-01T10:00:03Z ERROR c.a.pay.ChargeController CircuitBreaker 'payprovider' is OPEN and does not permit further calls\nsmoke: POST /charge -> 500\n##[error]Process completed with exit code 1.\n"),
]

# Left (strict xfail), each read by an older entry outside these sections: http-5xx reads a fake handler's 503 in a
# failing dotnet test's captured output (and still pulls the breaker case to unknown); Toxiproxy's own fatal line
# before the refusal (fixed in xfail 18: a structured fatal log is a crash); network-unreachable reads Zig's refused loopback fetch.
LEFT: list[tuple[str, str, str]] = [
    # the breaker opened on the test's fake 503 in a failed dotnet run: the test's scenario, not an outage
    ('polly-breaker-open-fake-503-test-fails-reads-real', 'real',
     '  Failed Acme.Orders.Tests.CatalogClientTests.FallsBackWhenBreakerOpen [88 ms]\n  Error Message:\n   Polly.CircuitBreaker.BrokenCircuitException : The circuit is now open and is not allowing calls.\n  Stack Trace:\n     at Acme.Orders.CatalogClient.GetAsync(String sku) in /src/CatalogClient.cs:line 41\n  Standard Output Messages:\n fail: Acme.Orders.CatalogClient[0]\n      System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable).\nFailed!  - Failed:     1, Passed:   118, Skipped:     0, Total:   119, Duration: 4 s - Acme.Orders.Tests.dll (net8.0)\n##[error]Process completed with exit code 1.\n'),
    # a zon url on the job's own loopback that nothing served: the job's set-up
    # (xfail 18) left: a refused loopback fetch is the outage's wording in the fault sweep (review 13f's amb-* cases); passing
    # zig-fetch-connection-lost over would leave no real evidence (unknown), not the real wanted
    ('zig-fetch-loopback-refused', 'real',
     '+ zig build --fetch\nbuild.zig.zon:9:20: error: unable to connect to server: ConnectionRefused\n            .url = "http://127.0.0.1:8080/deps/zap-0.9.tar.gz",\n##[error]Process completed with exit code 1.\n'),
]


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log):
    reads(log, "transient")


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(NOT_SURELY_REAL))
def test_not_surely_real(log):
    v = judge(log)
    assert not (v.verdict == "real" and v.confidence >= 0.7), (v.confidence, v.rationale)


@pytest.mark.xfail(strict=True, reason="left: see the comment above LEFT")
@pytest.mark.parametrize(("want", "log"), labelled(LEFT))
def test_left(want, log):
    reads(log, want)


def test_case_ids_are_unique():
    assert_unique_ids(REAL, TRANSIENT, NOT_SURELY_TRANSIENT, NOT_SURELY_REAL, [(c,) for c, _, _ in LEFT])
