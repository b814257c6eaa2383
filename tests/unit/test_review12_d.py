"""Review 12d of the generic network entries (http-5xx, connection-reset, connection-refused,
network-timeout, network-open-timeout, dns-failure, rate-limited, transfer-dropped, transient-wording,
cloud-throttled, ...): adversarial logs (made up) where their words sit in text that is not trouble the
job ran into (a test's compared values in many frameworks' formats, an application's own log lines,
help text, a changelog, a test's name, a file path), and guards where the same words are trouble the
job met."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, logs, reads

REAL: list[tuple[str, str]] = [
    # pytest's diff of two strings the test compared: the 5xx wording is the code's output
    ('pytest-assert-diff-5xx',
     '    def test_gateway_message():\n>       assert render_error(503) == "Service Unavailable - please retry"\nE       AssertionError: assert \'Service Temporarily Unavailable\' == \'Service Unavailable - please retry\'\nE         - Service Unavailable - please retry\nE         + Service Temporarily Unavailable\ntests/test_errors.py:12: AssertionError\n=========================== short test summary info ============================\nFAILED tests/test_errors.py::test_gateway_message - AssertionError: assert \'Service Temporarily Unavailable\' == ...\n========================= 1 failed, 40 passed in 2.11s =========================\n##[error]Process completed with exit code 1.\n'),
    # pytest's diff of two error texts: the test checks a message, nothing was reset
    ('pytest-assert-diff-reset',
     '>       assert str(excinfo.value) == "connection reset by peer"\nE       AssertionError: assert \'connection refused\' == \'connection reset by peer\'\nE         \nE         - connection reset by peer\nE         + connection refused\ntests/test_client.py:30: AssertionError\nFAILED tests/test_client.py::test_error_text - AssertionError: assert \'connection refused\' == \'connection reset by peer\'\n1 failed, 12 passed in 0.40s\n##[error]Process completed with exit code 1.\n'),
    # unittest's ndiff under 'AssertionError: ... != ...': values compared
    ('unittest-assertequal-reset',
     '======================================================================\nFAIL: test_retry_message (tests.test_client.ClientTest)\n----------------------------------------------------------------------\nTraceback (most recent call last):\n  File "/app/tests/test_client.py", line 40, in test_retry_message\n    self.assertEqual(str(err), "Connection reset by peer")\nAssertionError: \'Connection refused\' != \'Connection reset by peer\'\n- Connection refused\n+ Connection reset by peer\n\n----------------------------------------------------------------------\nRan 52 tests in 0.412s\n\nFAILED (failures=1)\n##[error]Process completed with exit code 1.\n'),
    # assertIn on a message text; the quoted source line and values are not a timeout met
    ('unittest-assertin-timeout',
     'FAIL: test_error_text (tests.test_fetch.FetchTest)\n----------------------------------------------------------------------\nTraceback (most recent call last):\n  File "/app/tests/test_fetch.py", line 18, in test_error_text\n    self.assertIn("timed out", msg)\nAssertionError: \'timed out\' not found in \'Read timed out. (read timeout=5)\'\n\nRan 9 tests in 0.101s\n\nFAILED (failures=1)\n##[error]Process completed with exit code 1.\n'),
    # RSpec's expected:/got: pair: the code returned the wrong status text
    ('rspec-expected-got-quoted',
     'Failures:\n\n  1) Gateway maps upstream errors\n     Failure/Error: expect(gateway.status_text).to eq("503 Service Unavailable")\n\n       expected: "503 Service Unavailable"\n            got: "502 Bad Gateway"\n\n       (compared using ==)\n     # ./spec/gateway_spec.rb:12:in `block (2 levels) in <top (required)>\'\n\nFinished in 0.4 seconds (files took 1.1 seconds to load)\n30 examples, 1 failure\n##[error]Process completed with exit code 1.\n'),
    # RSpec's raise_error with a message: the test code and the error it compared
    ('rspec-raise-error-got',
     '  1) Client#fetch raises a friendly error on reset\n     Failure/Error: expect { client.fetch }.to raise_error(Client::Error, "connection reset by peer")\n\n       expected Client::Error with "connection reset by peer", got #<Client::Error: connection refused> with backtrace:\n         # ./lib/client.rb:22:in `fetch\'\n     # ./spec/client_spec.rb:14:in `block (2 levels) in <top (required)>\'\n\n30 examples, 1 failure\n##[error]Process completed with exit code 1.\n'),
    # JUnit's 'expected: <...> but was: <...>' compares two status texts
    ('junit-expected-but-was',
     '[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.3 s <<< FAILURE! - in com.example.ClientTest\n[ERROR] mapsGatewayTimeout(com.example.ClientTest)  Time elapsed: 0.01 s  <<< FAILURE!\norg.opentest4j.AssertionFailedError: expected: <504 Gateway Timeout> but was: <502 Bad Gateway>\n\tat org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:55)\n[ERROR] Failures: \n[ERROR]   ClientTest.mapsGatewayTimeout:41 expected: <504 Gateway Timeout> but was: <502 Bad Gateway>\n[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n##[error]Process completed with exit code 1.\n'),
    # AssertJ's two-line expected/but was: the second line is a value too
    ('junit-expected-but-was-two-lines',
     '[ERROR] mapsReset(com.example.ClientTest)  Time elapsed: 0.01 s  <<< FAILURE!\norg.opentest4j.AssertionFailedError: \nexpected: "Connection refused"\n but was: "Connection reset"\n\tat com.example.ClientTest.mapsReset(ClientTest.java:40)\n[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n##[error]Process completed with exit code 1.\n'),
    # AssertJ's 'Expecting actual: ... to contain: ...' block of values
    ('assertj-expecting-contain',
     '[ERROR] errorMessage(com.example.FetchTest)  Time elapsed: 0.02 s  <<< FAILURE!\njava.lang.AssertionError: \n\nExpecting actual:\n  "java.net.SocketTimeoutException: Read timed out"\nto contain:\n  "Connect timed out" \n\tat com.example.FetchTest.errorMessage(FetchTest.java:33)\n[ERROR] Tests run: 7, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n##[error]Process completed with exit code 1.\n'),
    # testify's Not equal block and its diff: error texts compared
    ('testify-not-equal-block',
     '--- FAIL: TestDialError (0.00s)\n    client_test.go:42: \n        \tError Trace:\t/home/runner/work/app/client_test.go:42\n        \tError:      \tNot equal: \n        \t            \texpected: "dial tcp 10.0.0.1:443: i/o timeout"\n        \t            \tactual  : "dial tcp 10.0.0.1:443: connect: connection refused"\n        \t            \t\n        \t            \tDiff:\n        \t            \t--- Expected\n        \t            \t+++ Actual\n        \t            \t@@ -1 +1 @@\n        \t            \t-dial tcp 10.0.0.1:443: i/o timeout\n        \t            \t+dial tcp 10.0.0.1:443: connect: connection refused\n        \tTest:       \tTestDialError\nFAIL\nFAIL\texample.com/app\t0.012s\n##[error]Process completed with exit code 1.\n'),
    # testify's ErrorContains: two quoted error texts compared
    ('testify-error-contains',
     '--- FAIL: TestResolveError (0.00s)\n    resolver_test.go:30: \n        \tError Trace:\t/src/resolver_test.go:30\n        \tError:      \tError "lookup db.internal: no such host" does not contain "server misbehaving"\n        \tTest:       \tTestResolveError\nFAIL\nFAIL\texample.com/resolver\t0.010s\n##[error]Process completed with exit code 1.\n'),
    # Jest's Expected/Received quoted values
    ('jest-tobe-quoted',
     '  ● fetchUser › maps a gateway error\n\n    expect(received).toBe(expected) // Object.is equality\n\n    Expected: "Bad Gateway"\n    Received: "Service Unavailable"\n\n      12 |   const res = await fetchUser(mock503);\n    > 13 |   expect(res.message).toBe("Bad Gateway");\n\nTests:       1 failed, 20 passed, 21 total\n##[error]Process completed with exit code 1.\n'),
    # Jest's object diff: error codes are fields of the compared object
    ('jest-toequal-object-diff',
     '  ● api › wraps the upstream error\n\n    expect(received).toEqual(expected) // deep equality\n\n    - Expected  - 1\n    + Received  + 1\n\n      Object {\n        "code": "ECONNRESET",\n    -   "message": "socket hang up",\n    +   "message": "read ECONNRESET",\n      }\n\nTests:       1 failed, 20 passed, 21 total\n##[error]Process completed with exit code 1.\n'),
    # Jest's toThrow: the expected substring and received message are values
    ('jest-tothrow-message',
     '  ● client › throws on refused connection\n\n    expect(received).toThrow(expected)\n\n    Expected substring: "connect ECONNREFUSED 127.0.0.1:5432"\n    Received message:   "connect ETIMEDOUT 127.0.0.1:5432"\n\n          at Object.<anonymous> (src/client.test.ts:14:5)\n\nTests:       1 failed, 8 passed, 9 total\n##[error]Process completed with exit code 1.\n'),
    # Vitest's string diff under '- Expected / + Received'
    ('vitest-string-diff',
     " FAIL  src/errors.test.ts > maps 502\nAssertionError: expected 'Service Unavailable' to be 'Bad Gateway' // Object.is equality\n\n- Expected\n+ Received\n\n- Bad Gateway\n+ Service Unavailable\n\n ❯ src/errors.test.ts:8:27\n\n Test Files  1 failed (1)\n      Tests  1 failed | 12 passed (13)\n##[error]Process completed with exit code 1.\n"),
    # PHPUnit's '--- Expected / +++ Actual' diff of two strings
    ('phpunit-expected-actual-diff',
     "There was 1 failure:\n\n1) Tests\\HttpClientTest::testMapsUpstreamError\nFailed asserting that two strings are identical.\n--- Expected\n+++ Actual\n@@ @@\n-'502 Bad Gateway'\n+'503 Service Unavailable'\n\n/app/tests/HttpClientTest.php:31\n\nFAILURES!\nTests: 40, Assertions: 92, Failures: 1.\n##[error]Process completed with exit code 1.\n"),
    # PHPUnit's multi-line diff after a hunk header: log text compared
    ('phpunit-multiline-diff',
     "1) Tests\\RetryTest::testLogsRetries\nFailed asserting that two strings are equal.\n--- Expected\n+++ Actual\n@@ @@\n 'retrying\n-connection reset by peer\n+connection timed out\n '\n\n/app/tests/RetryTest.php:20\n\nFAILURES!\nTests: 40, Assertions: 92, Failures: 1.\n##[error]Process completed with exit code 1.\n"),
    # xUnit's Assert.Equal() Expected:/Actual: strings
    ('xunit-assert-equal-quoted',
     '[xUnit.net 00:00:01.23]     Api.Tests.ClientTests.MapsRefusal [FAIL]\n  Failed Api.Tests.ClientTests.MapsRefusal [12 ms]\n  Error Message:\n   Assert.Equal() Failure: Strings differ\n           ↓ (pos 0)\nExpected: "The operation has timed out."\nActual:   "Connection refused"\n           ↑ (pos 0)\n  Stack Trace:\n     at Api.Tests.ClientTests.MapsRefusal() in /src/ClientTests.cs:line 40\nFailed!  - Failed:     1, Passed:    30, Skipped:     0, Total:    31\n##[error]Process completed with exit code 1.\n'),
    # xUnit's Expected:/Actual: enum names of the code under test
    ('xunit-assert-equal-unquoted',
     '  Failed Api.Tests.StatusTests.MapsServerBusy [3 ms]\n  Error Message:\n   Assert.Equal() Failure\nExpected: ServiceUnavailable\nActual:   BadGateway\n  Stack Trace:\n     at Api.Tests.StatusTests.MapsServerBusy() in /src/StatusTests.cs:line 12\nFailed!  - Failed:     1, Passed:    30, Skipped:     0, Total:    31\n##[error]Process completed with exit code 1.\n'),
    # Test::More's got:/expected: comments: curl outputs compared
    ('tap-perl-got-expected',
     "not ok 3 - curl error is reported\n#   Failed test 'curl error is reported'\n#   at t/fetch.t line 22.\n#          got: 'curl: (7) Failed to connect to localhost port 80: Connection refused'\n#     expected: 'curl: (6) Could not resolve host: example.invalid'\n1..3\n# Looks like you failed 1 test of 3.\nDubious, test returned 1 (wstat 256, 0x100)\n##[error]Process completed with exit code 1.\n"),
    # a TAP comment saying what the test expected (curl (6)), the actual a 404
    ('tap-comment-expected-curl6',
     'not ok 2 - offline install prints the resolver error\n# expected: curl: (6) Could not resolve host: mirror.example.org\n# actual:   curl: (22) The requested URL returned error: 404\n1..2\n# failed 1 of 2 tests\n##[error]Process completed with exit code 1.\n'),
    # node-tap's found:/wanted: error codes compared
    ('node-tap-yaml-found-wanted',
     'not ok 1 - should be equal\n  ---\n  found: "ECONNRESET"\n  wanted: "ETIMEDOUT"\n  compare: ===\n  at:\n    line: 12\n    file: test/retry.js\n  ...\n# failed 1 of 14 tests\n##[error]Process completed with exit code 1.\n'),
    # doctest's Expected:/Got: blocks: the function's return values
    ('doctest-expected-got',
     '**********************************************************************\nFile "/app/src/client.py", line 14, in client.describe_error\nFailed example:\n    describe_error(503)\nExpected:\n    \'Service Unavailable\'\nGot:\n    \'Service Temporarily Unavailable\'\n**********************************************************************\n1 items had failures:\n   1 of   3 in client.describe_error\n***Test Failed*** 1 failures.\n##[error]Process completed with exit code 1.\n'),
    # doctest's example and printed output, unquoted: values, not a refusal met
    ('doctest-got-unquoted',
     'File "/app/net/errors.py", line 30, in net.errors.explain\nFailed example:\n    print(explain("ECONNREFUSED"))\nExpected:\n    connection refused: is the server running?\nGot:\n    connection refused\n**********************************************************************\n1 items had failures:\n***Test Failed*** 1 failures.\n##[error]Process completed with exit code 1.\n'),
    # assert_eq!'s left:/right: strings compared
    ('rust-assert-eq-left-right',
     'thread \'tests::maps_reset\' panicked at src/lib.rs:40:9:\nassertion `left == right` failed\n  left: "connection reset by peer"\n right: "connection refused"\nfailures:\n    tests::maps_reset\ntest result: FAILED. 20 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s\n##[error]Process completed with exit code 1.\n'),
    # Minitest's Expected:/Actual: class names compared
    ('minitest-expected-actual',
     '  1) Failure:\nClientTest#test_error_message [test/client_test.rb:22]:\nExpected: "Net::OpenTimeout"\n  Actual: "Net::ReadTimeout"\n\n30 runs, 60 assertions, 1 failures, 0 errors, 0 skips\n##[error]Process completed with exit code 1.\n'),
    # ExUnit's code:/left:/right: report of a comparison
    ('exunit-left-right',
     '  1) test maps nxdomain (MyApp.DNSTest)\n     test/dns_test.exs:12\n     Assertion with == failed\n     code:  assert DNS.explain(:nxdomain) == "temporary failure in name resolution"\n     left:  "no such host"\n     right: "temporary failure in name resolution"\n     stacktrace:\n       test/dns_test.exs:13: (test)\n\nFinished in 0.1 seconds\n12 tests, 1 failure\n##[error]Process completed with exit code 1.\n'),
    # the app's retry middleware survived a reset; the test failed on a count
    ('app-retry-log-then-assert',
     'tests/test_sync.py::test_sync_retries PASSED                             [ 50%]\ntests/test_sync.py::test_sync_totals FAILED                              [100%]\n=================================== FAILURES ===================================\n______________________________ test_sync_totals ________________________________\n>       assert summary.total == 42\nE       assert 41 == 42\ntests/test_sync.py:40: AssertionError\n------------------------------ Captured log call -------------------------------\nWARNING  app.http:retry.py:40 connection reset by peer, retrying (1/3)\nWARNING  app.http:retry.py:40 upstream returned 503 Service Unavailable, retrying (2/3)\nINFO     app.http:retry.py:44 request succeeded after 2 retries\nFAILED tests/test_sync.py::test_sync_totals - assert 41 == 42\n1 failed, 1 passed in 0.51s\n##[error]Process completed with exit code 1.\n'),
    # a circuit breaker logging the 503 it handles; its state assertion failed
    ('app-circuit-breaker-log-then-jest',
     '  console.error\n    [breaker] upstream responded with status 503, opening circuit for 30s\n\n      at Breaker.trip (src/breaker.ts:40:13)\n\n  ● breaker › half-opens after the cool-down\n\n    expect(received).toBe(expected) // Object.is equality\n\n    Expected: "half-open"\n    Received: "open"\n\nTests:       1 failed, 30 passed, 31 total\n##[error]Process completed with exit code 1.\n'),
    # a proxy failing over from fake backends as designed; wrong backend chosen
    ('app-stdout-error-lines-then-go-fail',
     '=== RUN   TestProxyFailover\n2024/05/01 10:00:01 ERROR proxy: upstream 10.0.0.5:8080: connection refused, failing over\n2024/05/01 10:00:01 ERROR proxy: dial tcp 10.0.0.6:8080: i/o timeout, failing over\n    proxy_test.go:55: served by backend 3, want backend 2\n--- FAIL: TestProxyFailover (0.01s)\nFAIL\nFAIL\texample.com/proxy\t0.031s\n##[error]Process completed with exit code 1.\n'),
    # a retrying client's log line; the test failed on the attempt count
    ('app-java-log-then-assert',
     '2024-05-01 10:00:00.123 ERROR 4242 --- [main] c.e.client.RetryingClient : I/O error on GET request for "http://localhost:8089/api": Connection reset; retrying\n2024-05-01 10:00:00.456  INFO 4242 --- [main] c.e.client.RetryingClient : succeeded on attempt 2\n[ERROR] Tests run: 4, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 1.2 s <<< FAILURE! - in com.example.client.RetryingClientTest\n[ERROR] countsAttempts(com.example.client.RetryingClientTest)  Time elapsed: 0.4 s  <<< FAILURE!\norg.opentest4j.AssertionFailedError: expected: <2> but was: <3>\n[ERROR] Tests run: 4, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n##[error]Process completed with exit code 1.\n'),
    # pip's help text names a socket timeout; flake8 failed
    ('pip-help-socket-timeout-then-flake8',
     "$ pip install --help | grep -i timeout\n  --timeout <sec>             Set the socket timeout (default 15 seconds).\n$ flake8 src\nsrc/app.py:3:1: F401 'os' imported but unused\n##[error]Process completed with exit code 1.\n"),
    # changelog lines grep printed; the type check failed
    ('grep-changelog-econnreset-then-tsc',
     "$ grep -n ECONNRESET CHANGELOG.md\n112:- Retry uploads on ECONNRESET and socket hang up (#431)\n140:- Fix crash on 502 Bad Gateway from the registry (#512)\n$ npx tsc --noEmit\nsrc/upload.ts(40,12): error TS2345: Argument of type 'string' is not assignable to parameter of type 'number'.\n##[error]Process completed with exit code 1.\n"),
    # a tool's troubleshooting advice; the real error is an unknown flag
    ('tool-troubleshooting-text-then-error',
     "Troubleshooting:\n  If you see 'connection refused', make sure the daemon is running.\n  If you see 'network is unreachable', check your proxy settings.\nerror: unknown flag: --sever\nRun 'mytool --help' for usage.\n##[error]Process completed with exit code 1.\n"),
    # a changelog printed under its version heading; a version assertion failed
    ('changelog-cat-then-pytest',
     "## 2.3.1\n- Handle 503 Service Unavailable from the token endpoint\n- Retry on connection reset by peer\n- Surface Temporary failure in name resolution as a warning\nE       assert 'v2.3.0' == 'v2.3.1'\nFAILED tests/test_version.py::test_changelog_matches - assert 'v2.3.0' == 'v2.3.1'\n1 failed, 3 passed in 0.12s\n##[error]Process completed with exit code 1.\n"),
    # the test's name holds the words; it failed on a plain count
    ('pytest-progress-name-reset',
     'tests/test_net.py::test_handles_connection_reset FAILED                   [ 50%]\n=================================== FAILURES ===================================\n>       assert retries == 3\nE       assert 2 == 3\nFAILED tests/test_net.py::test_handles_connection_reset - assert 2 == 3\n1 failed, 1 passed in 0.21s\n##[error]Process completed with exit code 1.\n'),
    # Jest's failing titles name 503 and a reset; the tests failed on counts
    ('jest-cross-name-503',
     ' FAIL  src/client.test.ts\n  client\n    ✕ retries on 503 Service Unavailable (12 ms)\n    ✕ gives up after the connection is reset (3 ms)\n\n  ● client › retries on 503 Service Unavailable\n\n    expect(received).toBe(expected) // Object.is equality\n\n    Expected: 3\n    Received: 2\n\nTests:       2 failed, 8 passed, 10 total\n##[error]Process completed with exit code 1.\n'),
    # RSpec's rerun lines carry the examples' descriptions, not errors
    ('rspec-rerun-line-name',
     'Failures:\n\n  1) Client retries on 503 Service Unavailable\n     Failure/Error: expect(calls).to eq(3)\n\n       expected: 3\n            got: 2\n\n30 examples, 1 failure\n\nFailed examples:\n\nrspec ./spec/client_spec.rb:14 # Client retries on 503 Service Unavailable\nrspec ./spec/client_spec.rb:20 # Client recovers from a connection reset\n##[error]Process completed with exit code 1.\n'),
    # Go subtests named after errors failed on a retry count
    ('gotest-name-subtest-spaces',
     '--- FAIL: TestClient (0.00s)\n    --- FAIL: TestClient/connection_refused (0.00s)\n        client_test.go:30: retries = 1, want 3\n    --- FAIL: TestClient/gateway_timeout (0.00s)\n        client_test.go:30: retries = 1, want 3\nFAIL\nFAIL\texample.com/client\t0.010s\n##[error]Process completed with exit code 1.\n'),
    # Surefire's header with a display name; the assertion is a count
    ('junit-displayname-failure',
     '[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.2 s <<< FAILURE! - in Retry on connection reset\n[ERROR] Retry on connection reset.retries three times  Time elapsed: 0.01 s  <<< FAILURE!\norg.opentest4j.AssertionFailedError: expected: <3> but was: <2>\n[ERROR] Failures: \n[ERROR]   RetryTest.retries three times:30 expected: <3> but was: <2>\n[INFO] BUILD FAILURE\n##[error]Process completed with exit code 1.\n'),
    # dotnet's 'Failed <name> [2 ms]' title names a 503; Assert.Equal on a count
    ('dotnet-failed-name',
     '  Failed Api.Tests.Client.Retries_when_connection_refused [5 ms]\n  Failed Api.Tests.Client.Returns 503 Service Unavailable when upstream is down [2 ms]\n  Error Message:\n   Assert.Equal() Failure\nExpected: 3\nActual:   2\nFailed!  - Failed:     2, Passed:    30, Skipped:     0, Total:    32\n##[error]Process completed with exit code 1.\n'),
    # a missing error-page file, not a 503 met
    ('path-503-html-missing',
     "Error: ENOENT: no such file or directory, open '/app/src/http/503.html'\n    at Object.openSync (node:fs:601:3)\nnpm ERR! code ELIFECYCLE\n##[error]Process completed with exit code 1.\n"),
    # a missing fixture whose path holds the words
    ('path-fixture-timeout-json',
     "FileNotFoundError: [Errno 2] No such file or directory: 'tests/fixtures/connection_reset/timeout.json'\nFAILED tests/test_replay.py::test_replay - FileNotFoundError\n##[error]Process completed with exit code 1.\n"),
    # a project's ServiceUnavailable page and a missing GatewayTimeout module
    ('path-webpack-service-unavailable',
     "ERROR in ./src/pages/errors/ServiceUnavailable.tsx 12:4\nModule not found: Error: Can't resolve '../components/GatewayTimeout' in '/app/src/pages/errors'\nwebpack 5.90.0 compiled with 1 error\n##[error]Process completed with exit code 1.\n"),
    # type errors in files whose directories are named after network errors
    ('path-tsc-in-network-dir',
     "src/network/connection-refused/handler.ts(12,5): error TS2304: Cannot find name 'retry'.\nsrc/http/bad-gateway.ts(3,1): error TS1005: ';' expected.\n##[error]Process completed with exit code 1.\n"),
    # compile errors in files named after network errors
    ('path-go-vet-timeout-file',
     '# example.com/app/net\nnet/dial_timeout.go:14:2: undefined: dialer\nnet/connection_reset.go:30:9: too many return values\n##[error]Process completed with exit code 1.\n'),
    # an npm retry survived, then the compiler failed
    ('outage-then-compile',
     'npm WARN retry will retry, error on last attempt: Error: socket hang up\nadded 812 packages in 40s\n$ npx tsc --noEmit\nsrc/main.ts(3,10): error TS2305: Module \'"./api"\' has no exported member \'fetchUser\'.\n##[error]Process completed with exit code 1.\n'),
    # a failing assertion, then a cache upload's 503 in the post step
    ('assert-then-post-cache-503',
     'E       assert 1 == 2\nFAILED tests/test_a.py::test_sum - assert 1 == 2\n1 failed, 10 passed in 0.2s\n##[error]Process completed with exit code 1.\nPost job cleanup.\nWarning: Failed to save: Cache service responded with 503\n'),
]

# The same words as trouble the job (or a test) ran into: still a rerun.
TRANSIENT: list[tuple[str, str]] = [
    # guard: curl could not resolve the host the job fetched from
    ('g-curl6-real',
     '+ curl -fsSL https://deb.nodesource.com/setup_20.x -o setup.sh\ncurl: (6) Could not resolve host: deb.nodesource.com\n##[error]Process completed with exit code 1.\n'),
    # guard: the test ran into an unreachable network (E ConnectionError)
    ('g-pytest-connectionerror',
     '    def test_fetch_release():\n>       r = requests.get("https://api.github.com/repos/x/y/releases/latest")\nE       requests.exceptions.ConnectionError: HTTPSConnectionPool(host=\'api.github.com\', port=443): Max retries exceeded with url: /repos/x/y/releases/latest (Caused by NewConnectionError(\'<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno 101] Network is unreachable\'))\nFAILED tests/test_release.py::test_fetch_release - requests.exceptions.ConnectionError: HTTPSConnectionPool(host=\'api.github.com\', port=443): Max retries exceeded\n1 failed, 40 passed in 12.3s\n##[error]Process completed with exit code 1.\n'),
    # guard: a Go test's unexpected error is an i/o timeout to the module proxy
    ('g-go-unexpected-error-timeout',
     '--- FAIL: TestDownloadModule (30.00s)\n    fetch_test.go:30: unexpected error: Get "https://proxy.golang.org/x/@v/list": dial tcp 142.250.1.1:443: i/o timeout\nFAIL\nFAIL\texample.com/fetch\t30.012s\n##[error]Process completed with exit code 1.\n'),
    # guard: testify's 'Received unexpected error' is a DNS failure the test met
    ('g-testify-received-unexpected',
     '--- FAIL: TestFetch (10.00s)\n    fetch_test.go:22: \n        \tError Trace:\t/src/fetch_test.go:22\n        \tError:      \tReceived unexpected error:\n        \t            \tGet "https://objects.githubusercontent.com/x": dial tcp: lookup objects.githubusercontent.com on 127.0.0.53:53: server misbehaving\n        \tTest:       \tTestFetch\nFAIL\n##[error]Process completed with exit code 1.\n'),
    # guard: a Jest test threw a FetchError (socket hang up) from the registry
    ('g-jest-rejected-hangup',
     '  ● registry › fetches the manifest\n\n    FetchError: request to https://registry.npmjs.org/left-pad failed, reason: socket hang up\n\n      at ClientRequest.<anonymous> (node_modules/node-fetch/lib/index.js:1491:11)\n\nTests:       1 failed, 20 passed, 21 total\n##[error]Process completed with exit code 1.\n'),
    # guard: RSpec's Net::OpenTimeout under Failure/Error: the spec met it
    ('g-rspec-open-timeout',
     '  1) Fetcher downloads the index\n     Failure/Error: Net::HTTP.get(URI("https://rubygems.org/specs.4.8.gz"))\n\n     Net::OpenTimeout:\n       Failed to open TCP connection to rubygems.org:443 (execution expired)\n     # ./spec/fetcher_spec.rb:8:in `block (2 levels) in <top (required)>\'\n\n30 examples, 1 failure\n##[error]Process completed with exit code 1.\n'),
    # guard: a JUnit test errored on a read timeout
    ('g-junit-socket-timeout',
     '[ERROR] downloadsSchema(com.example.SchemaTest)  Time elapsed: 10.02 s  <<< ERROR!\njava.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)\n[ERROR] Tests run: 5, Failures: 0, Errors: 1, Skipped: 0\n[INFO] BUILD FAILURE\n##[error]Process completed with exit code 1.\n'),
    # guard: Docker Hub answered 503
    ('g-docker-503',
     '#5 [internal] load metadata for docker.io/library/node:20\n#5 ERROR: failed to do request: Head "https://registry-1.docker.io/v2/library/node/manifests/20": 503 Service Unavailable\nERROR: failed to solve: node:20: failed to resolve source metadata for docker.io/library/node:20: unexpected status from HEAD request to https://registry-1.docker.io/v2/library/node/manifests/20: 503 Service Unavailable\n##[error]Process completed with exit code 1.\n'),
    # guard: npm's ECONNRESET
    ('g-npm-econnreset',
     'npm ERR! code ECONNRESET\nnpm ERR! syscall read\nnpm ERR! errno ECONNRESET\nnpm ERR! network request to https://registry.npmjs.org/react failed, reason: read ECONNRESET\n##[error]Process completed with exit code 1.\n'),
    # guard: pip's read timeout from PyPI
    ('g-pip-read-timeout',
     "ERROR: Exception:\npip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Read timed out.\n##[error]Process completed with exit code 1.\n"),
    # guard: an xUnit test's HttpRequestException: connection refused by nuget.org
    ('g-xunit-httprequestexception',
     '  Failed Api.Tests.Integration.DownloadsFeed [30 s]\n  Error Message:\n   System.Net.Http.HttpRequestException : Connection refused (api.nuget.org:443)\n---- System.Net.Sockets.SocketException : Connection refused\n  Stack Trace:\n     at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync()\nFailed!  - Failed:     1, Passed:    30, Skipped:     0, Total:    31\n##[error]Process completed with exit code 1.\n'),
    # guard: raise_for_status met PyPI's 503
    ('g-pytest-E-5xx-raised',
     '>       resp.raise_for_status()\nE       requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://pypi.org/simple/numpy/\nFAILED tests/test_index.py::test_index - requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://pypi.org/simple/numpy/\n##[error]Process completed with exit code 1.\n'),
    # guard: git's RPC failed / early EOF
    ('g-git-clone-reset',
     "Cloning into 'vendor/lib'...\nerror: RPC failed; curl 56 GnuTLS recv error (-54): Error in the pull function.\nfatal: the remote end hung up unexpectedly\nfatal: early EOF\nfatal: index-pack failed\n##[error]Process completed with exit code 1.\n"),
    # guard: apt could not resolve the archive
    ('g-apt-temporary-failure',
     "Err:1 http://archive.ubuntu.com/ubuntu jammy InRelease\n  Temporary failure resolving 'archive.ubuntu.com'\nE: Failed to fetch http://archive.ubuntu.com/ubuntu/pool/main/c/curl/curl_7.81.0_amd64.deb  Temporary failure resolving 'archive.ubuntu.com'\nE: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?\n##[error]Process completed with exit code 1.\n"),
    # guard: an object diff in one test, then the next test's own FetchError
    # (nineteenth round, leftovers: g-jest-diff-then-next-fetcherror moved to test_rules19_leftovers.py, where another
    # failing test's compared values now decide the run)
    # guard: unittest ERROR: a DNS failure raised by urlopen
    ('g-unittest-error-urlerror',
     'ERROR: test_download (tests.test_fetch.FetchTest)\n----------------------------------------------------------------------\nTraceback (most recent call last):\n  File "/usr/lib/python3.11/urllib/request.py", line 1348, in do_open\n    raise URLError(err)\nurllib.error.URLError: <urlopen error [Errno -3] Temporary failure in name resolution>\n\nRan 9 tests in 0.101s\n\nFAILED (errors=1)\n##[error]Process completed with exit code 1.\n'),
    # guard: Composer's downloads timed out and git could not resolve github.com
    ('g-composer-curl28',
     "Package operations: 12 installs, 0 updates, 0 removals\n  - Installing symfony/console (v6.4.1): Failed to download symfony/console from dist: curl error 28 while downloading https://api.github.com/repos/symfony/console/zipball/abc: Operation timed out after 300000 milliseconds with 0 out of 0 bytes received\n    Now trying to download from source\n  - Installing symfony/console (v6.4.1): Cloning abc\n\nIn Git.php line 471:\n  Failed to clone https://github.com/symfony/console.git: fatal: unable to access 'https://github.com/symfony/console.git/': Could not resolve host: github.com\n##[error]Process completed with exit code 1.\n"),
    # guard: a step heading (not a changelog's) over apt's resolver failure
    ('g-heading-then-apt',
     "## Installing system packages\n  Err:1 http://archive.ubuntu.com/ubuntu jammy InRelease\n    Temporary failure resolving 'archive.ubuntu.com'\n  E: Unable to locate package libpq-dev\n##[error]Process completed with exit code 1.\n"),
    # guard: urllib3's captured retry and the ConnectionError it ended on (pypi.org)
    ('g-pytest-captured-log-external',
     "------------------------------ Captured log call -------------------------------\nWARNING  urllib3.connectionpool:connectionpool.py:870 Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/numpy/\nE       requests.exceptions.ConnectionError: HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded with url: /simple/numpy/ (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))\nFAILED tests/test_index.py::test_index - requests.exceptions.ConnectionError: HTTPSConnectionPool(host='pypi.org', port=443): Max retries exceeded\n##[error]Process completed with exit code 1.\n"),
    # guard: a TAP comment carrying curl's own resolver error, no expectation
    ('g-tap-not-ok-then-curl',
     'not ok 1 - fetch release tarball\n# curl: (6) Could not resolve host: github.com\n1..1\n##[error]Process completed with exit code 1.\n'),
]


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_still_reads_transient(log):
    reads(log, "transient")


def test_case_ids_are_unique():
    assert_unique_ids(REAL, TRANSIENT)
