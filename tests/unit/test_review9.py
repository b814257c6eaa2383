"""Ninth round's reviews: the defects two helper sessions found in the round's wordings, each
shown by an excerpt it wrote itself (none is copied from a project's CI), and fixed."""

from __future__ import annotations

import pytest
from judging import judge, signatures

CASES = [
    ('a pip install that recovered from its last retry, then a failing test',
     'real', None,
     'Run pip install -r requirements-dev.txt\nCollecting pytest==8.2.0\nWARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by \'ReadTimeoutError("HTTPSConnectionPool(host=\'files.pythonhosted.org\', port=443): Read timed out. (read timeout=15)")\': /packages/ab/cd/pytest-8.2.0-py3-none-any.whl\n  Downloading pytest-8.2.0-py3-none-any.whl (339 kB)\nInstalling collected packages: pluggy, iniconfig, pytest\nSuccessfully installed iniconfig-2.0.0 pluggy-1.5.0 pytest-8.2.0\nRun pytest -q\n..F.....\n=================================== FAILURES ===================================\n________________________________ test_parse_header ________________________________\n\n    def test_parse_header():\n>       assert parse_header("a=1; b=2") == {"a": "1", "b": "2"}\nE       AssertionError: assert {\'a\': \'1\'} == {\'a\': \'1\', \'b\': \'2\'}\nE         Right contains 1 more item:\nE         {\'b\': \'2\'}\n\ntests/test_parse.py:14: AssertionError\n=========================== short test summary info ============================\nFAILED tests/test_parse.py::test_parse_header - AssertionError: assert {\'a\': \'1\'} == {\'a\': \'1\', \'b\': \'2\'}\n1 failed, 7 passed in 0.31s\nError: Process completed with exit code 1.\n'),
    ('a pip install that recovered from its last retry, then a missing pg_config',
     'real', None,
     "Run pip install -r requirements.txt\nCollecting psycopg2==2.9.9\nWARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProtocolError('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))': /simple/psycopg2/\n  Downloading psycopg2-2.9.9.tar.gz (384 kB)\n  Preparing metadata (setup.py): started\n  Preparing metadata (setup.py): finished with status 'error'\n  error: subprocess-exited-with-error\n\n  × python setup.py egg_info did not run successfully.\n  │ exit code: 1\n  ╰─> [23 lines of output]\n      running egg_info\n      Error: pg_config executable not found.\n\n      pg_config is required to build psycopg2 from source.  Please add the directory\n      containing pg_config to the $PATH or specify the full executable path with the\n      option:\n      [end of output]\n\n  note: This error originates from a subprocess, and is likely not a problem with pip.\nerror: metadata-generation-failed\n\n× Encountered error while generating package metadata.\n╰─> See above for output.\nError: Process completed with exit code 1.\n"),
    ('pip upgraded itself, then ran out of retries on the requirements',
     'transient', 'pip-connection-retries',
     'Run python -m pip install --upgrade pip\nRequirement already satisfied: pip in /opt/hostedtoolcache/Python/3.11.9/x64/lib/python3.11/site-packages (24.0)\nCollecting pip\n  Downloading pip-24.2-py3-none-any.whl (1.8 MB)\nInstalling collected packages: pip\nSuccessfully installed pip-24.2\nRun pip install -r requirements.txt\nWARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by \'ReadTimeoutError("HTTPSConnectionPool(host=\'pypi.org\', port=443): Read timed out. (read timeout=15)")\': /simple/numpy/\nWARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by \'ReadTimeoutError("HTTPSConnectionPool(host=\'pypi.org\', port=443): Read timed out. (read timeout=15)")\': /simple/numpy/\nERROR: Could not find a version that satisfies the requirement numpy==1.26.4 (from versions: none)\nERROR: No matching distribution found for numpy==1.26.4\nError: Process completed with exit code 1.\n'),
    ("a download's last attempt that went through, then a compile error",
     'real', None,
     'Run ./scripts/install-protoc.sh 25.1\nDownloading protoc-25.1-linux-x86_64.zip\ncurl: (28) Connection timed out after 30001 milliseconds; retrying in 5s (attempt 3 of 3)\nprotoc 25.1 installed to /usr/local/bin\nRun cargo build --locked\n   Compiling prost-build v0.12.3\n   Compiling api v0.4.0 (/home/runner/work/api/api)\nerror[E0308]: mismatched types\n  --> src/convert.rs:42:18\n   |\n42 |     let id: u64 = msg.id;\n   |             ---   ^^^^^^ expected `u64`, found `i64`\n   |             |\n   |             expected due to this\n\nFor more information about this error, try `rustc --explain E0308`.\nerror: could not compile `api` (lib) due to 1 previous error\nError: Process completed with exit code 101.\n'),
    ('Hex fell back to its cache and the build went on to a failing test',
     'real', None,
     'Run mix deps.get\nResolving Hex dependencies...\nFailed to fetch record for hexpm/jason from registry (using cache instead)\n:timeout\nDependency resolution completed:\nUnchanged:\n  jason 1.4.1\nAll dependencies are up to date\nRun mix test\nCompiling 12 files (.ex)\n..........\n\n  1) test parses totals (Billing.InvoiceTest)\n     test/billing/invoice_test.exs:18\n     Assertion with == failed\n     code:  assert Invoice.total(inv) == 1200\n     left:  1100\n     right: 1200\n     stacktrace:\n       test/billing/invoice_test.exs:21: (test)\n\nFinished in 0.3 seconds (0.1s async, 0.2s sync)\n11 tests, 1 failure\nError: Process completed with exit code 2.\n'),
    ("Hex's fallback for a package that does not exist or is not permitted",
     'not transient', None,
     "Run mix deps.get\nResolving Hex dependencies...\nFailed to fetch record for acme/acme_billing from registry (using cache instead)\nThis could be because the package does not exist, it was spelled incorrectly or you don't have permissions to it\n** (Mix) Unknown package acme_billing in lockfile\nError: Process completed with exit code 1.\n"),
    ("the project's own server on localhost answering 500",
     'real', None,
     "> smoke@1.0.0 smoke\n> node scripts/smoke.js\n\nStarted app on http://127.0.0.1:3000 (pid 4121)\nGET /            200  12ms\nGET /api/orders  500  3ms\n[app] TypeError: Cannot read properties of undefined (reading 'map')\n[app]     at serializeOrders (/app/src/orders.js:41:22)\nSmoke check failed: http://127.0.0.1:3000/api/orders: 500 Internal Server Error\nnpm ERR! Lifecycle script `smoke` failed with error:\nnpm ERR! Error: command failed\n"),
    ("a test's request to localhost failing with 500",
     'not transient', None,
     'running 3 tests from ./api_test.ts\nGET /users ... FAILED (12ms)\n ERRORS \nGET /users => ./api_test.ts:8:6\nerror: Error: Request to http://localhost:8000/users failed: 500 Internal Server Error\n    at assertOk (file:///app/api_test.ts:4:11)\nFAILED | 2 passed | 1 failed (61ms)\nerror: Test failed\n'),
    ('a GoogleTest timing name beside a plainly named failing test',
     'real', None,
     '[ RUN      ] TimerWheelTest.FiresOnce\n/src/tests/timer_wheel_test.cc:88: Failure\nExpected equality of these values:\n  wheel.fired()\n    Which is: 0\n  1\n[  FAILED  ] TimerWheelTest.FiresOnce (3 ms)\n[ RUN      ] ConfigParserTest.ReadsSections\n/src/tests/config_parser_test.cc:41: Failure\nExpected equality of these values:\n  cfg.sections().size()\n    Which is: 2\n  3\n[  FAILED  ] ConfigParserTest.ReadsSections (0 ms)\n[==========] 12 tests from 3 test suites ran. (230 ms total)\n[  PASSED  ] 10 tests.\n[  FAILED  ] 2 tests, listed below:\n[  FAILED  ] TimerWheelTest.FiresOnce\n[  FAILED  ] ConfigParserTest.ReadsSections\n\n 2 FAILED TESTS\n'),
    ('an Alcotest timing suite beside a plainly named failing one',
     'real', None,
     "┌──────────────────────────────────────────────────────────────┐\n│ [FAIL]        timer wheel          0   fires once.            │\n└──────────────────────────────────────────────────────────────┘\n│ [FAIL]        config parser        1   reads sections.        │\nASSERT fired count\nFAIL fired count\n\n   Expected: `1'\n   Received: `0'\nTest Successful in 0.012s. 2 errors! 11 tests run.\n"),
    ("a Go test of the project's own rate limiter",
     'real', None,
     '=== RUN   TestTokenBucketBurst\n    bucket_test.go:58: request 4: rate limiter rejected the request, want allowed (burst=5)\n--- FAIL: TestTokenBucketBurst (0.00s)\nFAIL\nFAIL\texample.com/gateway/limit\t0.006s\nFAIL\n'),
    ("a pytest failure raised by the project's own rate limiter",
     'not transient', None,
     '____________________________ test_burst_allowed ____________________________\n    def test_burst_allowed():\n        limiter = TokenBucket(rate=1, burst=5)\n        for i in range(5):\n>           limiter.acquire()\nsrc/gateway/limit.py:44: in acquire\n    raise RateLimitExceeded("rate limiter rejected request %d" % self.count)\nE   gateway.limit.RateLimitExceeded: rate limiter rejected request 4\n=========================== short test summary info ============================\nFAILED tests/test_limit.py::test_burst_allowed - gateway.limit.RateLimitExceeded: rate limiter rejected request 4\n1 failed, 31 passed in 0.20s\n'),
    ('a Go test of RFC 3339 time parsing (TimeRFC is no timer)',
     'real', None,
     '=== RUN   TestParseTimeRFC3339\n    parse_test.go:41: ParseTime("2024-02-30T10:00:00Z") = 2024-03-01 10:00:00 +0000 UTC, want error\n--- FAIL: TestParseTimeRFC3339 (0.00s)\nFAIL\nFAIL\texample.com/dates\t0.004s\nFAIL\n'),
    ('a fixture step creating a self-signed certificate before a timed-out test',
     'transient', None,
     '> app@1.0.0 test:e2e\n> playwright test\n\n[WebServer] Generating a self-signed certificate for localhost (valid 30 days)\n[WebServer] Listening on https://localhost:8443\nRunning 14 tests using 2 workers\n\n  1) [chromium] › checkout.spec.ts:22:5 › checkout › applies coupon\n\n    Error: Timed out 5000ms waiting for expect(locator).toHaveText(expected)\n\n    Locator: getByTestId(\'total\')\n    Expected string: "$90.00"\n    Received string: "$100.00"\n\n  1 failed\n    [chromium] › checkout.spec.ts:22:5 › checkout › applies coupon\n  13 passed (21.4s)\n'),
    ('a registry using a self-signed certificate before a network failure',
     'transient', None,
     '[WebServer] Generating a self-signed certificate for localhost (valid 30 days)\n[WebServer] Listening on https://localhost:8443\nnpm ERR! code ECONNRESET\nnpm ERR! network aborted\nnpm ERR! network This is a problem related to network connectivity.\nnpm ERR! A complete log of this run can be found in: /home/runner/.npm/_logs/2024-05-01T10_00_00_000Z-debug-0.log\n'),
    ('a skip reason saying a feature is supported only on Linux',
     'transient', None,
     "============================= test session starts ==============================\ncollected 48 items\n\ntests/test_io.py ..s.....................................F.....\n=================================== FAILURES ===================================\n_______________________________ test_fetch_remote ______________________________\nE   requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.org', port=443): Max retries exceeded with url: /v1/ping (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno 110] Connection timed out'))\n=========================== short test summary info ============================\nSKIPPED [1] tests/test_io.py:88: io_uring is supported only on Linux.\nFAILED tests/test_io.py::test_fetch_remote - requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.org', port=443): Max retries exceeded\n==================== 1 failed, 46 passed, 1 skipped in 12.31s ==================\n"),
    ('a configuration check comparing durations',
     'not transient', None,
     'Run ./bin/gateway validate --config deploy/prod.yaml\nError: invalid configuration: route "checkout": retry duration 45s > 30s upstream timeout\nUsage:\n  gateway validate [flags]\nError: Process completed with exit code 1.\n'),
    ('a backoff test comparing a computed duration with its cap',
     'real', None,
     '=== RUN   TestBackoffCap\n    backoff_test.go:31: attempt 6: computed duration 3200ms > 2000ms cap\n--- FAIL: TestBackoffCap (0.00s)\nFAIL\nFAIL\texample.com/retry\t0.003s\n'),
    ("Documenter's link check stopping on a timed-out external link",
     'transient', None,
     "[ Info: CheckDocument: running document checks.\n[ Info: linkcheck: checking 112 external links.\n┌ Error: linkcheck 'https://www.example-journal.org/article/10.1000/182' error.\n│   exception =\n│    RequestError: Connection timed out after 30001 milliseconds while requesting https://www.example-journal.org/article/10.1000/182\n└ @ Documenter.DocChecks ~/.julia/packages/Documenter/abc/src/DocChecks.jl:262\nERROR: LoadError: `makedocs` encountered an error [:linkcheck] -- terminating build before rendering.\nStacktrace:\n [1] error(s::String)\n   @ Base ./error.jl:35\nin expression starting at /home/runner/work/Pkg.jl/docs/make.jl:12\nError: Process completed with exit code 1.\n"),
    ("the project's own gRPC server resetting a stream in its unit test",
     'real', None,
     'running 12 tests\ntest server::tests::streams_large_payload ... FAILED\ntest server::tests::unary_echo ... ok\n\nfailures:\n\n---- server::tests::streams_large_payload stdout ----\nthread \'server::tests::streams_large_payload\' panicked at src/server/tests.rs:88:10:\ncalled `Result::unwrap()` on an `Err` value: Status { code: Internal, message: "h2 protocol error: stream error received: unspecific protocol error detected", source: None }\n\nfailures:\n    server::tests::streams_large_payload\n\ntest result: FAILED. 11 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.41s\nerror: test failed, to rerun pass `--lib`\n'),
    ("Go's module fetch meeting an untrusted certificate",
     'real', 'tls-certificate',
     'go: downloading github.com/acme/internal-lib v1.4.0\ngo: github.com/acme/internal-lib@v1.4.0: Get "https://goproxy.corp.example/github.com/acme/internal-lib/@v/v1.4.0.mod": tls: failed to verify certificate: x509: certificate signed by unknown authority\nError: Process completed with exit code 1.\n'),
    ("Docker's registry login meeting an untrusted certificate",
     'real', 'tls-certificate',
     'Run docker pull registry.corp.example/base/python:3.12\nError response from daemon: Get "https://registry.corp.example/v2/": x509: certificate signed by unknown authority\nError: Process completed with exit code 1.\n'),
    ('wget 1.x refusing a certificate',
     'real', 'tls-certificate',
     "Connecting to downloads.corp.example (downloads.corp.example)|10.0.0.12|:443... connected.\nERROR: cannot verify downloads.corp.example's certificate, issued by 'CN=Corp Internal CA':\n  Unable to locally verify the issuer's authority.\nTo connect to downloads.corp.example insecurely, use `--no-check-certificate'.\nmake: *** [Makefile:12: vendor/tool] Error 5\n"),
    ('an Alcotest test named for a timer after its number',
     'transient', 'timing-sensitive-test',
     "┌──────────────────────────────────────────────────────────────┐\n│ [FAIL]        scheduler          3   timer fires after delay.  │\n└──────────────────────────────────────────────────────────────┘\nASSERT fired count\nFAIL fired count\n\n   Expected: `1'\n   Received: `0'\nFull test results in `~/_build/_tests/scheduler'.\nTest Successful in 0.012s. 1 error! 11 tests run.\n"),
    ('a GoogleTest parameterised timing test',
     'transient', 'timing-sensitive-test',
     '[ RUN      ] Backends/TimerWheelTest.FiresOnce/0\n/src/tests/timer_wheel_test.cc:88: Failure\nExpected equality of these values:\n  wheel.fired()\n    Which is: 0\n  1\n[  FAILED  ] Backends/TimerWheelTest.FiresOnce/0, where GetParam() = 4-byte object <01-00 00-00> (14 ms)\n[----------] 1 test from Backends/TimerWheelTest (14 ms total)\n[==========] 12 tests from 3 test suites ran. (230 ms total)\n[  PASSED  ] 11 tests.\n[  FAILED  ] 1 test, listed below:\n[  FAILED  ] Backends/TimerWheelTest.FiresOnce/0, where GetParam() = 4-byte object <01-00 00-00>\n\n 1 FAILED TEST\n'),
    ('an account locked after failed logins telling the user to wait',
     'not transient', None,
     'Run docker login registry.corp.example -u ci-bot --password-stdin\nError response from daemon: login attempt to https://registry.corp.example/v2/ failed with status: 401 Unauthorized\nRun docker login registry.corp.example -u ci-bot --password-stdin\nError response from daemon: Get "https://registry.corp.example/v2/": account ci-bot is locked after repeated failed logins, wait a few minutes before trying again\nError: Process completed with exit code 1.\n'),
]


@pytest.mark.parametrize(("what", "expected", "signature", "log"), CASES, ids=[c[0] for c in CASES])
def test_review_excerpt(what, expected, signature, log):
    v = judge(log)
    if expected == "not transient":
        assert v.verdict != "transient", v.rationale
    else:
        assert v.verdict == expected, v.rationale
    if signature:
        assert signature in signatures(v), v.rationale


# The second review, of the line prefixes and the runners' retries (excerpts its own).
CASES_B = [
    ('a flake in one class beside a failing test in another (surefire)',
     'real',
     '[INFO] -------------------------------------------------------\n[INFO]  T E S T S\n[INFO] -------------------------------------------------------\n[INFO] Running com.shop.cart.CartClientTest\n[WARNING] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1, Time elapsed: 3.21 s -- in com.shop.cart.CartClientTest\n[INFO] Running com.shop.order.OrderTotalsTest\n[ERROR] Tests run: 6, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.08 s <<< FAILURE! -- in com.shop.order.OrderTotalsTest\n[ERROR] com.shop.order.OrderTotalsTest.totalIncludesVat -- Time elapsed: 0.02 s <<< FAILURE!\norg.opentest4j.AssertionFailedError: expected: <119.00> but was: <100.00>\n\tat org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:151)\n\tat com.shop.order.OrderTotalsTest.totalIncludesVat(OrderTotalsTest.java:42)\n[INFO]\n[INFO] Results:\n[INFO]\n[ERROR] Failures:\n[ERROR]   OrderTotalsTest.totalIncludesVat:42 expected: <119.00> but was: <100.00>\n[WARNING] Flakes:\n[WARNING] com.shop.cart.CartClientTest.addsItem\n[ERROR]   Run 1: CartClientTest.addsItem:31 expected: <3> but was: <2>\n[INFO]   Run 2: PASS\n[INFO]\n[ERROR] Tests run: 10, Failures: 1, Errors: 0, Skipped: 0, Flakes: 1\n[INFO]\n[INFO] BUILD FAILURE\n[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project shop: There are test failures.\n'),
    ('a flake in one module beside a failing test in another (surefire)',
     'real',
     '[INFO] Reactor Build Order:\n[INFO] shop-cart                                                         [jar]\n[INFO] shop-order                                                        [jar]\n[INFO] --------------------------< com.shop:shop-cart >--------------------------\n[INFO] Running com.shop.cart.CartClientTest\n[WARNING] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1, Time elapsed: 3.21 s -- in com.shop.cart.CartClientTest\n[INFO] Results:\n[WARNING] Flakes:\n[WARNING] com.shop.cart.CartClientTest.addsItem\n[ERROR]   Run 1: CartClientTest.addsItem:31 expected: <3> but was: <2>\n[INFO]   Run 2: PASS\n[WARNING] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1\n[INFO] --------------------------< com.shop:shop-order >-------------------------\n[INFO] Running com.shop.order.OrderTotalsTest\n[ERROR] Tests run: 6, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.08 s <<< FAILURE! -- in com.shop.order.OrderTotalsTest\n[ERROR] com.shop.order.OrderTotalsTest.totalIncludesVat -- Time elapsed: 0.02 s <<< FAILURE!\norg.opentest4j.AssertionFailedError: expected: <119.00> but was: <100.00>\n\tat com.shop.order.OrderTotalsTest.totalIncludesVat(OrderTotalsTest.java:42)\n[INFO] Results:\n[ERROR] Failures:\n[ERROR]   OrderTotalsTest.totalIncludesVat:42 expected: <119.00> but was: <100.00>\n[ERROR] Tests run: 6, Failures: 1, Errors: 0, Skipped: 0\n[INFO] Reactor Summary:\n[INFO] shop-cart .......................................... SUCCESS [  4.102 s]\n[INFO] shop-order ......................................... FAILURE [  1.337 s]\n[INFO] BUILD FAILURE\n[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project shop-order: There are test failures.\n'),
    ("pytest's reruns passed, then a later jest step failed",
     'real',
     '$ pytest --reruns 2 api/tests\n........R.......................                                         [100%]\n=========================== rerun test summary info ============================\nRERUN api/tests/test_webhooks.py::test_delivery_retries\n======================== 32 passed, 1 rerun in 14.02s =========================\n$ npm test --prefix web\n> web@1.4.0 test\n> jest --ci\n\nFAIL src/__tests__/price.test.ts\n  ● formatPrice › rounds half up\n\n    expect(received).toBe(expected) // Object.is equality\n\n    Expected: "10.05"\n    Received: "10.04"\n\n      12 |   it(\'rounds half up\', () => {\n    > 13 |     expect(formatPrice(10.045)).toBe(\'10.05\');\n         |                                 ^\n\n      at Object.<anonymous> (src/__tests__/price.test.ts:13:33)\n\nTest Suites: 1 failed, 11 passed, 12 total\nTests:       1 failed, 87 passed, 88 total\nSnapshots:   0 total\nTime:        6.114 s\nnpm ERR! Lifecycle script `test` failed with error:\nnpm ERR! Error: command failed\nError: Process completed with exit code 1.\n'),
    ("pytest's reruns passed, then a later script crashed",
     'real',
     '$ pytest --reruns 2\n......R.........................                                         [100%]\n======================== 31 passed, 1 rerun in 12.40s =========================\n$ python scripts/build_manifest.py\nTraceback (most recent call last):\n  File "/home/runner/work/shop/shop/scripts/build_manifest.py", line 27, in <module>\n    main()\n  File "/home/runner/work/shop/shop/scripts/build_manifest.py", line 21, in main\n    version = meta["release"]["version"]\n              ~~~~~~~~~~~~~~~^^^^^^^^^^^\nKeyError: \'version\'\nError: Process completed with exit code 1.\n'),
    ("Playwright's flake passed, then a later upload step was misconfigured",
     'real',
     '  1 flaky\n    [chromium] › tests/login.spec.ts:8:3 › login › remembers the user ───────────────────────\n  17 passed (28.9s)\n$ ./scripts/upload-report.sh\naws: error: argument --bucket: expected one argument\nError: Process completed with exit code 2.\n'),
    ("Playwright's flake passed, then lint failed",
     'real',
     "  1 flaky\n    [chromium] › tests/login.spec.ts:8:3 › login › remembers the user ───────────────────────\n  17 passed (28.9s)\n$ npm run lint\n> web@1.4.0 lint\n> eslint src\n\n/home/runner/work/web/web/src/cart.ts\n  14:7  error  'unused' is assigned a value but never used  @typescript-eslint/no-unused-vars\n\n✖ 1 problem (1 error, 0 warnings)\nError: Process completed with exit code 1.\n"),
    ("Playwright's flake beside an error outside any test",
     'not transient',
     "Running 18 tests using 2 workers\n  1) [chromium] › tests/login.spec.ts:8:3 › login › remembers the user ──────────────────────\n\n    Error: expect(page).toHaveURL(expected) failed\n\n    Retry #1 ───────────────────────────────────────────────────────────────────────────────\n\nError: ENOENT: no such file or directory, open '/app/e2e/fixtures/seed-users.json'\n\n   at global-teardown.ts:9\n\n  1 error was not a part of any test, see above for details\n  1 flaky\n    [chromium] › tests/login.spec.ts:8:3 › login › remembers the user ───────────────────────\n  17 passed (28.9s)\nError: Process completed with exit code 1.\n"),
    ("Playwright's flake beside a test that failed every attempt",
     'not transient',
     'Running 24 tests using 2 workers\n  1) [chromium] › tests/cart.spec.ts:14:5 › cart › applies coupon ─────────────────────────────\n\n    Error: expect(locator).toHaveText(expected) failed\n\n    Expected string: "Total: $45.00"\n    Received string: "Total: $50.00"\n\n  2) [chromium] › tests/login.spec.ts:8:3 › login › remembers the user ──────────────────────\n\n    Error: expect(page).toHaveURL(expected) failed\n\n    Retry #1 ───────────────────────────────────────────────────────────────────────────────\n\n  1 failed\n    [chromium] › tests/cart.spec.ts:14:5 › cart › applies coupon ──────────────────────────────\n  1 flaky\n    [chromium] › tests/login.spec.ts:8:3 › login › remembers the user ───────────────────────\n  22 passed (41.3s)\nError: Process completed with exit code 1.\n'),
    ('a Go compile error inside docker build on GitHub Actions (stacked prefixes)',
     'real',
     '2024-05-01T10:00:00.1234567Z #14 [build 5/7] RUN go build ./...\n2024-05-01T10:00:03.1234567Z #14 2.817 # example.com/api/server\n2024-05-01T10:00:03.1234567Z #14 2.818 server/handler.go:41:9: undefined: parseOrder\n2024-05-01T10:00:03.1234567Z #14 ERROR: process "/bin/sh -c go build ./..." did not complete successfully: exit code: 1\n2024-05-01T10:00:03.1234567Z ERROR: failed to solve: process "/bin/sh -c go build ./..." did not complete successfully: exit code: 1\n2024-05-01T10:00:03.1234567Z ##[error]Process completed with exit code 1.\n'),
    ('a pip outage inside docker build on GitHub Actions (stacked prefixes)',
     'transient',
     '2024-05-01T10:00:00.1234567Z #12 [build 4/6] RUN npm ci\n2024-05-01T10:00:01.1234567Z #12 0.512 npm error code E503\n2024-05-01T10:00:01.1234567Z #12 0.513 npm error 503 Service Unavailable - GET https://registry.npmjs.org/lodash\n2024-05-01T10:00:02.1234567Z #12 ERROR: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1\n2024-05-01T10:00:02.1234567Z ERROR: failed to solve: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1\n2024-05-01T10:00:02.1234567Z ##[error]Process completed with exit code 1.\n'),
    ("curl's last retry went through and the next command failed to compile",
     'real',
     '+ curl -fsSL --retry 3 -o /tmp/protoc.zip https://github.com/protocolbuffers/protobuf/releases/download/v25.3/protoc-25.3-linux-x86_64.zip\nWarning: Problem : timeout. Will retry in 1 seconds. 3 retries left.\nWarning: Problem : timeout. Will retry in 2 seconds. 2 retries left.\nWarning: Problem : timeout. Will retry in 4 seconds. 1 retries left.\nWarning: Problem : timeout. Will retry in 8 seconds. 0 retries left.\n+ unzip -q /tmp/protoc.zip -d /usr/local\n+ make proto\nprotoc --go_out=. api/orders.proto\napi/orders.proto:14:3: "Money" is not defined.\nmake: *** [Makefile:12: proto] Error 1\nError: Process completed with exit code 2.\n'),
    ('a stray device-control escape before a compile error',
     'real',
     '$ ./scripts/check-fixture.sh\nfixture header: �PNG\x1a\x1bP\x00\x00\nIHDR\n+ go build ./...\n# example.com/shop/cart\ncart/total.go:31:9: undefined: applyCoupon\nError: Process completed with exit code 1.\n'),
    ("RSpec's multi-line Failure/Error on an expectation",
     'real',
     'Failures:\n\n  1) Orders API GET /orders returns open orders\n     Failure/Error:\n       expect(JSON.parse(response.body)).to match_array(\n         [hash_including("status" => "open")]\n       )\n\n       expected collection contained:  [hash_including("status"=>"open")]\n       actual collection contained:    []\n       the missing elements were:      [hash_including("status"=>"open")]\n     # ./spec/requests/orders_spec.rb:12:in `block (3 levels) in <top (required)>\'\n\nFinished in 1.92 seconds (files took 2.1 seconds to load)\n40 examples, 1 failure\n\nFailed examples:\n\nrspec ./spec/requests/orders_spec.rb:9 # Orders API GET /orders returns open orders\n'),
    ("pytest -q's rerun summary with the job failed on its flaky policy",
     'transient',
     '$ pytest -q --reruns 2\n....R..........................                                         [100%]\n=========================== rerun test summary info ============================\nRERUN tests/test_billing.py::test_invoice_email\n31 passed, 1 rerun in 12.40s\n'),
    ("pytest's reruns passed, then coverage fell below its threshold",
     'real',
     '$ pytest --reruns 2 --cov=app --cov-fail-under=90\n........R...........................                                     [100%]\n---------- coverage: platform linux, python 3.11.9-final-0 -----------\nName              Stmts   Miss  Cover\n-------------------------------------\napp/__init__.py       4      0   100%\napp/billing.py      120     31    74%\n-------------------------------------\nTOTAL               124     31    75%\n\nFAIL Required test coverage of 90% not reached. Total coverage: 75.00%\n=========================== rerun test summary info ============================\nRERUN tests/test_billing.py::test_invoice_email\n======================== 36 passed, 1 rerun in 9.87s =========================\nError: Process completed with exit code 1.\n'),
]


@pytest.mark.parametrize(("what", "expected", "log"), CASES_B, ids=[c[0] for c in CASES_B])
def test_second_review_excerpt(what, expected, log):
    v = judge(log)
    if expected == "not transient":
        assert v.verdict != "transient", v.rationale
    else:
        assert v.verdict == expected, v.rationale
