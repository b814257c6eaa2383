"""Engine 14 (part 2): failing tests beside an outage, made-up logs across test runners and CI styles.

Three readings (with their guards, which must keep holding):
1. a test run (or a compile) failed, then an outage in a LATER command of the same log with no step exit line
   between (an excerpt, or a CI whose step lines the engine does not know): the outage did not cause the failure;
2. an outage line ABOVE a test that failed on compared values unrelated to any network: the job outlived it
   (real, or at least not surely transient), while a test whose own error is the outage's mechanism stays transient;
3. one test's time limit beside ANOTHER test's plain assertion failure: a rerun still fails on the assertion.
53 logs. On main (1f4197f) 26 read wrong: all 17 of LATER_OUTAGE (transient ~0.88, the Go compile and cargo
ones unknown), 4 of OUTAGE_ABOVE (apt-dns-then-go-want, badge-503-then-phpunit-value, reset-then-rspec-value,
gradle-reset-then-junit-value: transient ~0.88) and 5 of TIMEOUT_BESIDE (all but pytest's and CTest's: unknown);
every guard held. On this branch none; apt-dns-then-go-want and cargo-spurious-then-assert read unknown (not surely
transient), not real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, logs, not_surely_transient, reads

E = "##[error]Process completed with exit code 1.\n"
GL = "ERROR: Job failed: exit code 1\n"

# 1. Tests (or a build) failed, then a later command met an outage: real.
LATER_OUTAGE: list[tuple[str, str, str]] = [
    # RSpec's value mismatch, then the publish script met a 503: the failure was sealed before the publish
    ('rspec-fail-then-publish-503', 'real',
     '$ bundle exec rspec\nFailures:\n\n  1) Cart totals the lines\n     Failure/Error: expect(cart.total).to eq(40)\n\n'
     '       expected: 40\n            got: 38\n\n     # ./spec/cart_spec.rb:12:in `block (2 levels) in <top (required)>\'\n\n'
     'Finished in 1.21 seconds (files took 0.4 seconds to load)\n52 examples, 1 failure\n\n'
     '$ ./bin/publish-gem\ncurl: (22) The requested URL returned error: 503\n' + GL),
    # Jest's expect failure, then npm publish met the registry's 503 (no step lines: a GitLab job)
    ('jest-fail-then-npm-publish-503', 'real',
     '$ npx jest\n FAIL  src/cart.test.ts\n  ● cart › totals the lines\n\n    expect(received).toBe(expected) // Object.is equality\n\n'
     '    Expected: 40\n    Received: 38\n\nTests:       1 failed, 52 passed, 53 total\n'
     '$ npm publish\nnpm ERR! code E503\nnpm ERR! 503 Service Unavailable - PUT https://registry.npmjs.org/@acme%2fcart\n' + GL),
    # a Go compile error, then the coverage upload was refused: the build had already failed
    ('go-compile-then-upload-refused', 'real',
     '+ go test ./...\n# github.com/acme/cart\n./cart.go:12:2: undefined: totl\nFAIL\tgithub.com/acme/cart [build failed]\n'
     '+ curl -sSf -T cover.out https://codecov.example.org/upload\ncurl: (7) Failed to connect to codecov.example.org port 443 after 3 ms: Connection refused\n'),
    # pytest's assert on values, then the Slack notifier's curl timed out
    ('pytest-fail-then-slack-timeout', 'real',
     '+ pytest -q\n.....F....\n___________________________ test_total ___________________________\n\n    def test_total():\n>       assert total([1, 2]) == 4\n'
     'E       assert 3 == 4\nE        +  where 3 = total([1, 2])\n\ntests/test_cart.py:7: AssertionError\n'
     '=========================== short test summary info ===========================\nFAILED tests/test_cart.py::test_total - assert 3 == 4\n'
     '1 failed, 9 passed in 0.31s\n+ ./ci/notify-slack.sh\ncurl: (28) Operation timed out after 10001 milliseconds with 0 bytes received\n'),
    # Mocha's value mismatch, then coveralls' upload got a 502
    ('mocha-fail-then-coveralls-502', 'real',
     '> mocha test/\n\n  report\n    1) totals the rows\n\n  88 passing (2s)\n  1 failing\n\n  1) report\n       totals the rows:\n'
     '     AssertionError: expected 12 to equal 13\n      at Context.<anonymous> (test/report.spec.js:30:21)\n\n'
     '$ npx coveralls < coverage/lcov.info\n[error] "2025-03-02T10:14:07.120Z"  \'Bad response: 502 Bad Gateway\'\n' + GL),
    # cargo test's left/right mismatch, then the report upload could not reach S3
    ('cargo-fail-then-s3-upload', 'real',
     'running 2 tests\ntest cart::tests::total ... FAILED\ntest cart::tests::empty ... ok\n\nfailures:\n\n---- cart::tests::total stdout ----\n'
     "thread 'cart::tests::total' panicked at src/cart.rs:40:9:\nassertion `left == right` failed\n  left: 38\n right: 40\n\n"
     'test result: FAILED. 1 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s\n\n'
     '+ aws s3 cp target/report.html s3://acme-ci/reports/\nupload failed: target/report.html to s3://acme-ci/reports/report.html Could not connect to the endpoint URL: "https://acme-ci.s3.amazonaws.com/reports/report.html"\n'),
    # Gradle's JUnit failure, then the publish task's PUT got a 503 (Jenkins console, no step exit lines)
    ('gradle-junit-fail-then-publish-503', 'real',
     '+ ./gradlew test\n\nCartTest > totals() FAILED\n    org.opentest4j.AssertionFailedError: expected: <40> but was: <38>\n        at app//com.acme.CartTest.totals(CartTest.java:21)\n\n'
     '12 tests completed, 1 failed\n\n> Task :test FAILED\n+ ./gradlew publish\n> Task :publishMavenPublicationToNexusRepository FAILED\n'
     "> Failed to publish publication 'maven' to repository 'nexus'\n   > Could not PUT 'https://nexus.example.org/repository/releases/com/acme/cart/1.2/cart-1.2.jar'. Received status code 503 from server: Service Unavailable\n"),
    # PHPUnit's failed comparison, then the chat hook's host did not resolve
    ('phpunit-fail-then-notify-dns', 'real',
     '$ vendor/bin/phpunit\nThere was 1 failure:\n\n1) Tests\\CartTest::testTotal\nFailed asserting that 38 matches expected 40.\n\n/app/tests/CartTest.php:21\n\n'
     'FAILURES!\nTests: 10, Assertions: 20, Failures: 1.\n$ curl -fsS -X POST https://hooks.chat.example.org/ci -d @status.json\ncurl: (6) Could not resolve host: hooks.chat.example.org\n' + GL),
    # xUnit's Assert.Equal failure, then nuget push met a 503
    ('dotnet-fail-then-nuget-503', 'real',
     '  Failed Acme.Cart.Tests.CartTests.Total [3 ms]\n  Error Message:\n   Assert.Equal() Failure: Values differ\nExpected: 40\nActual:   38\n'
     'Failed!  - Failed:     1, Passed:     9, Skipped:     0, Total:    10, Duration: 41 ms - Acme.Cart.Tests.dll (net8.0)\n'
     '$ dotnet nuget push out/*.nupkg --source https://nuget.example.org/v3/index.json\nerror: Response status code does not indicate success: 503 (Service Unavailable).\n'),
    # ExUnit's assertion, then the docs upload timed out
    ('exunit-fail-then-upload-timeout', 'real',
     '$ mix test\n\n  1) test totals the lines (Acme.CartTest)\n     test/cart_test.exs:8\n     Assertion with == failed\n     code:  assert Cart.total([1, 2]) == 4\n'
     '     left:  3\n     right: 4\n     stacktrace:\n       test/cart_test.exs:9: (test)\n\nFinished in 0.05 seconds\n10 tests, 1 failure\n'
     '$ ./ci/upload-docs.sh\ncurl: (28) Failed to connect to docs.example.org port 443 after 130000 ms: Connection timed out\n' + GL),
    # CTest's failed test, then the artifact upload's connection was reset
    ('ctest-fail-then-upload-reset', 'real',
     '2/5 Test #2: cart_total .......................***Failed    0.01 sec\n/src/tests/cart.cpp:14: FAILED:\n  REQUIRE( total({1, 2}) == 4 )\nwith expansion:\n  3 == 4\n'
     '\n80% tests passed, 1 tests failed out of 5\n\nThe following tests FAILED:\n\t  2 - cart_total (Failed)\nErrors while running CTest\n'
     '+ curl --fail --upload-file build.tgz https://artifacts.example.org/acme/\ncurl: (56) Recv failure: Connection reset by peer\n'),
    # Minitest's value mismatch, then the deploy hook answered 502
    ('minitest-fail-then-hook-502', 'real',
     '$ bin/rails test\nFailure:\nCartTest#test_total [test/models/cart_test.rb:9]:\nExpected: 40\n  Actual: 38\n\n'
     '10 runs, 20 assertions, 1 failures, 0 errors, 0 skips\n$ curl -fsS https://deploy.example.org/hooks/staging\ncurl: (22) The requested URL returned error: 502 Bad Gateway\n' + GL),
    # Vitest's assertion, then docker push timed out on the TLS handshake
    ('vitest-fail-then-push-timeout', 'real',
     ' FAIL  src/cart.test.ts > cart > totals the lines\nAssertionError: expected 38 to be 40 // Object.is equality\n'
     ' ❯ src/cart.test.ts:9:24\n\n Test Files  1 failed | 4 passed (5)\n      Tests  1 failed | 41 passed (42)\n'
     '$ docker push ghcr.io/acme/web:sha-1a2b\nThe push refers to repository [ghcr.io/acme/web]\nGet "https://ghcr.io/v2/": net/http: TLS handshake timeout\n' + GL),
    # unittest's value mismatch, then twine met PyPI's 503
    ('unittest-fail-then-twine-503', 'real',
     '$ python -m unittest\n.F..\n======================================================================\nFAIL: test_total (tests.test_cart.CartTest)\n'
     '----------------------------------------------------------------------\nTraceback (most recent call last):\n  File "/app/tests/test_cart.py", line 9, in test_total\n'
     '    self.assertEqual(total([1, 2]), 4)\nAssertionError: 3 != 4\n\n----------------------------------------------------------------------\nRan 4 tests in 0.002s\n\nFAILED (failures=1)\n'
     '$ twine upload dist/*\nUploading distributions to https://upload.pypi.org/legacy/\nERROR    HTTPError: 503 Service Unavailable from https://upload.pypi.org/legacy/\n'),
    # a GitHub excerpt without the test step's exit line: the next step's header, then its 503
    ('gh-step-excerpt-jest-then-publish', 'real',
     '##[group]Run npm test\n FAIL  src/cart.test.ts\n  ● cart › totals the lines\n\n    expect(received).toBe(expected) // Object.is equality\n\n'
     '    Expected: 40\n    Received: 38\n\nTests:       1 failed, 52 passed, 53 total\n##[group]Run npm publish\nnpm ERR! code E503\n'
     'npm ERR! 503 Service Unavailable - PUT https://registry.npmjs.org/@acme%2fcart\n' + E),
    # go test's got/want, then the chat notifier could not connect in time
    ('go-want-then-notify-timeout', 'real',
     '+ go test ./...\n--- FAIL: TestTotal (0.00s)\n    cart_test.go:12: total = 38, want 40\nFAIL\nFAIL\tgithub.com/acme/cart\t0.011s\n+ ./ci/notify.sh\n'
     'curl: (28) Failed to connect to chat.example.org port 443 after 130000 ms: Connection timed out\n'),
    # TeamCity's step prefixes (stripped): pytest failed in step 2, the upload's reset came in step 3
    ('teamcity-pytest-then-upload-reset', 'real',
     '[14:53:13][Step 2/3] FAILED tests/test_cart.py::test_total - assert 3 == 4\n[14:53:13][Step 2/3] 1 failed, 9 passed in 0.31s\n'
     '[14:53:14][Step 3/3] + curl --fail -T dist/app.whl https://artifacts.example.org/\n[14:53:15][Step 3/3] curl: (56) Recv failure: Connection reset by peer\n'),
]
# 1's guards: the test run passed, or its tests failed on the outage itself; a later command's outage is the failure.
LATER_OUTAGE_GUARDS: list[tuple[str, str, str]] = [
    # every test passed; the publish met the registry's 503: that is the job's failure
    ('g-jest-pass-then-npm-publish-503', 'transient',
     '$ npx jest\nTests:       53 passed, 53 total\n$ npm publish\nnpm ERR! code E503\nnpm ERR! 503 Service Unavailable - PUT https://registry.npmjs.org/@acme%2fcart\n' + GL),
    # RSpec passed; the publish's upload failed on a 503
    ('g-rspec-pass-then-publish-503', 'transient',
     '$ bundle exec rspec\nFinished in 1.21 seconds (files took 0.4 seconds to load)\n52 examples, 0 failures\n\n$ ./bin/publish-gem\ncurl: (22) The requested URL returned error: 503\n' + GL),
    # go test passed; the upload was refused
    ('g-go-pass-then-upload-refused', 'transient',
     '+ go test ./...\nok  \tgithub.com/acme/cart\t0.012s\n+ curl -sSf -T cover.out https://codecov.example.org/upload\ncurl: (7) Failed to connect to codecov.example.org port 443 after 3 ms: Connection refused\n' + E),
    # the tests failed on the API's refusal (their own error is the outage's), then the publish met a 503
    ('g-refused-tests-then-publish-503', 'transient',
     '$ npx jest\n  ● api › fetches the user\n\n    FetchError: request to http://localhost:3000/users/1 failed, reason: connect ECONNREFUSED 127.0.0.1:3000\n\n'
     'Tests:       5 failed, 48 passed, 53 total\n$ npm publish\nnpm ERR! code E503\nnpm ERR! 503 Service Unavailable - PUT https://registry.npmjs.org/@acme%2fcart\n' + GL),
]

# 2. An outage line above a test that failed on compared values: the job outlived it (real, or not surely transient).
OUTAGE_ABOVE: list[tuple[str, str, str]] = [
    # pip's retry on a DNS failure went through; the test then failed comparing two numbers
    ('pip-dns-retry-then-assert-value', 'real',
     "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/requests/\n"
     'Successfully installed requests-2.32.3\n+ pytest -q\n>       assert total([1, 2]) == 4\nE       assert 3 == 4\n\ntests/test_cart.py:7: AssertionError\nFAILED tests/test_cart.py::test_total - assert 3 == 4\n1 failed, 9 passed in 0.31s\n' + E),
    # apt could not resolve a mirror (old lists used); go test then failed on got/want numbers
    ('apt-dns-then-go-want', 'real',
     "W: Failed to fetch http://archive.ubuntu.com/ubuntu/dists/jammy-updates/InRelease  Temporary failure resolving 'archive.ubuntu.com'\n"
     'W: Some index files failed to download. They have been ignored, or old ones used instead.\n+ go test ./...\n--- FAIL: TestTotal (0.00s)\n    cart_test.go:12: total = 38, want 40\nFAIL\nFAIL\tgithub.com/acme/cart\t0.011s\n' + E),
    # an optional badge fetch got a 503; PHPUnit then failed comparing two numbers
    ('badge-503-then-phpunit-value', 'real',
     'curl: (22) The requested URL returned error: 503\n$ vendor/bin/phpunit\nThere was 1 failure:\n\n1) Tests\\CartTest::testTotal\nFailed asserting that 38 matches expected 40.\n\n/app/tests/CartTest.php:21\n\n'
     'FAILURES!\nTests: 10, Assertions: 20, Failures: 1.\n' + GL),
    # a reset download of a cached toolchain, then RSpec's expected/got on values
    ('reset-then-rspec-value', 'real',
     'curl: (56) Recv failure: Connection reset by peer\nfalling back to the cached toolchain\n$ bundle exec rspec\nFailures:\n\n  1) Cart totals the lines\n     Failure/Error: expect(cart.total).to eq(40)\n\n'
     '       expected: 40\n            got: 38\n\n52 examples, 1 failure\n' + E),
    # a connection reset in an install that was not needed, then JUnit's expected/but was on numbers
    ('gradle-reset-then-junit-value', 'real',
     'Could not GET \'https://repo.example.org/maven2/com/acme/extra/1.0/extra-1.0.pom\'. Received status code 502 from server: Bad Gateway\n'
     'Resolved com.acme:extra:1.0 from mavenCentral\n+ ./gradlew test\n\nCartTest > totals() FAILED\n    org.opentest4j.AssertionFailedError: expected: <40> but was: <38>\n        at app//com.acme.CartTest.totals(CartTest.java:21)\n\n'
     '12 tests completed, 1 failed\n\n> Task :test FAILED\n\nFAILURE: Build failed with an exception.\n'),
    # a DNS failure above a Jest expect failure on two numbers
    ('dns-then-jest-value', 'real',
     'npm WARN registry Unexpected warning for https://registry.npmjs.org/: Miscellaneous Warning EAI_AGAIN: request to https://registry.npmjs.org/left-pad failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org\n'
     'npm WARN registry Using stale data from https://registry.npmjs.org/ because the host is inaccessible -- are you offline?\n'
     '$ npx jest\n  ● cart › totals the lines\n\n    expect(received).toBe(expected) // Object.is equality\n\n    Expected: 40\n    Received: 38\n\nTests:       1 failed, 52 passed, 53 total\n' + E),
    # cargo's spurious network retry went through; the test then failed on left/right numbers
    ('cargo-spurious-then-assert', 'real',
     'warning: spurious network error (2 tries remaining): [28] Timeout was reached (Operation timed out after 30000 milliseconds with 0 bytes received)\n'
     '  Downloaded serde v1.0.200\n   Compiling cart v0.1.0 (/src)\n    Finished test [unoptimized + debuginfo] target(s) in 4.2s\n     Running unittests src/lib.rs\n'
     'test cart::tests::total ... FAILED\n\nfailures:\n\n---- cart::tests::total stdout ----\n'
     "thread 'cart::tests::total' panicked at src/cart.rs:40:9:\nassertion `left == right` failed\n  left: 38\n right: 40\n\n"
     'test result: FAILED. 1 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s\n' + E),
    # NuGet's service index unreachable (a warning; the restore used the cache), then xUnit's Assert.Equal
    ('nuget-503-then-xunit-value', 'real',
     'warning NU1801: Unable to load the service index for source https://nuget.example.org/v3/index.json. Response status code does not indicate success: 503 (Service Unavailable).\n'
     '  Failed Acme.Cart.Tests.CartTests.Total [3 ms]\n  Error Message:\n   Assert.Equal() Failure: Values differ\nExpected: 40\nActual:   38\n'
     'Failed!  - Failed:     1, Passed:     9, Skipped:     0, Total:    10, Duration: 41 ms - Acme.Cart.Tests.dll (net8.0)\n' + E),
    # a mix deps timeout that a retry survived, then ExUnit's left/right
    ('hex-timeout-then-exunit-value', 'real',
     'Failed to fetch record for hexpm/jason from registry (using cache instead)\n:timeout\n'
     '  1) test totals the lines (Acme.CartTest)\n     test/cart_test.exs:8\n     Assertion with == failed\n     code:  assert Cart.total([1, 2]) == 4\n'
     '     left:  3\n     right: 4\n\n10 tests, 1 failure\n' + E),
]
# 2's guards: the failing tests' own errors are the outage's mechanism, or the outage fed them: transient.
OUTAGE_ABOVE_GUARDS: list[tuple[str, str, str]] = [
    # the database was down, the tests errored with connection refused
    ('g-pytest-db-refused', 'transient',
     '+ pytest -q\nE   psycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused\n'
     '\tIs the server running on that host and accepting TCP/IP connections?\nERROR tests/test_orders.py::test_create - psycopg2.OperationalError: connection to server at "localhost"\n'
     '3 errors in 0.41s\n' + E),
    # Jest's tests met the API's refusal
    ('g-jest-econnrefused', 'transient',
     '  ● api › fetches the user\n\n    FetchError: request to http://localhost:3000/users/1 failed, reason: connect ECONNREFUSED 127.0.0.1:3000\n\n'
     'Tests:       5 failed, 48 passed, 53 total\n' + E),
    # a DNS failure, then the test's own traceback ends on that DNS failure
    ('g-dns-then-test-dns-error', 'transient',
     "W: Failed to fetch http://archive.ubuntu.com/ubuntu/dists/jammy/InRelease  Temporary failure resolving 'archive.ubuntu.com'\n"
     '+ pytest -q\n    def test_fetch():\n>       r = requests.get("https://api.example.org/v1/ping")\n'
     "E       requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.org', port=443): Max retries exceeded with url: /v1/ping (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to resolve 'api.example.org' ([Errno -3] Temporary failure in name resolution)\"))\n"
     'FAILED tests/test_api.py::test_fetch - requests.exceptions.ConnectionError\n1 failed, 9 passed in 0.31s\n' + E),
    # a test fixture's download got a 503, then the tests that needed it could not open it
    ('g-fixture-503-then-missing', 'transient',
     '+ curl -fsSLo tests/fixtures/cities.csv https://data.example.org/cities.csv\ncurl: (22) The requested URL returned error: 503\n+ pytest -q\n'
     "E   FileNotFoundError: [Errno 2] No such file or directory: 'tests/fixtures/cities.csv'\nERROR tests/test_geo.py::test_lookup - FileNotFoundError\n2 errors in 0.12s\n" + E),
    # go test's own error is a refused dial
    ('g-go-test-refused', 'transient',
     '--- FAIL: TestFetch (0.00s)\n    client_test.go:30: Get "http://localhost:8080/ping": dial tcp 127.0.0.1:8080: connect: connection refused\nFAIL\nFAIL\tgithub.com/acme/client\t0.010s\n' + E),
    # RSpec's example errored on Redis refusing
    ('g-rspec-redis-refused', 'transient',
     'Failures:\n\n  1) Session stores the token\n     Failure/Error: redis.set("t", 1)\n\n     Redis::CannotConnectError:\n       Error connecting to Redis on localhost:6379 (Errno::ECONNREFUSED)\n\n52 examples, 1 failure\n' + E),
    # JUnit's test read-timed-out against a service
    ('g-junit-read-timeout', 'transient',
     '[ERROR] com.acme.ClientIT.fetches -- Time elapsed: 30.1 s <<< ERROR!\njava.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)\n'
     '[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 0\n' + E),
]
FLAKY_GUARDS: list[tuple[str, str, str]] = [
    # a flaky-marked test failing alone on compared values: the mark explains it
    ('g-flaky-marked-alone', 'not real',
     'tests/test_ws.py::test_reconnect [flaky] FAILED\nE       assert 2 == 3\nFAILED tests/test_ws.py::test_reconnect - assert 2 == 3\n1 failed, 80 passed in 9.1s\n' + E),
    # a Go test's own known-flaky note above its got/want
    ('g-go-known-flaky-note', 'not real',
     '--- FAIL: TestReconnect (0.20s)\n    ws_test.go:40: known flaky: TestReconnect (#123)\n    ws_test.go:41: got 2, want 3\nFAIL\n' + E),
    # the test's own clone met a 503 in the same command and then counted nothing: the value is the outage's damage
    ('g-clone-503-in-test-then-zero', 'transient',
     '[ERROR] com.acme.MinerTest.minesRepo -- Time elapsed: 3.1 s <<< FAILURE!\nCaused by: org.eclipse.jgit.errors.TransportException: https://git.example.org/acme/sample.git: 503 Service Unavailable\n'
     '\tat org.eclipse.jgit.transport.TransportHttp.connect(TransportHttp.java:1530)\njava.lang.AssertionError: expected: <12> but was: <0>\n\tat com.acme.MinerTest.minesRepo(MinerTest.java:41)\n'
     '[ERROR] Tests run: 8, Failures: 1, Errors: 0, Skipped: 0\n' + E),
    # urllib3's retry and then the test's own refusal, in one pytest run
    ('g-outage-then-tests-refused-same-cmd', 'transient',
     '$ pytest -q\nWARNING  urllib3.connectionpool: Retrying after connection broken by NewConnectionError: Failed to establish a new connection: [Errno 111] Connection refused\n'
     'E   requests.exceptions.ConnectionError: HTTPConnectionPool(host="localhost", port=8000): Max retries exceeded (Caused by NewConnectionError: [Errno 111] Connection refused)\n'
     '1 failed, 9 passed in 0.31s\n' + E),
]

# 3. One test's time limit beside another test's plain assertion failure: real.
TIMEOUT_BESIDE: list[tuple[str, str, str]] = [
    # Vitest: one test timed out, another failed on values
    ('vitest-timeout-beside-expect', 'real',
     ' FAIL  src/queue.test.ts > queue > drains\nError: Test timed out in 5000ms.\nIf this is a long-running test, pass a timeout value as the last argument or configure it globally with "testTimeout".\n'
     ' FAIL  src/cart.test.ts > cart > totals the lines\nAssertionError: expected 38 to be 40 // Object.is equality\n ❯ src/cart.test.ts:9:24\n\n'
     '      Tests  2 failed | 40 passed (42)\n' + E),
    # Jest: one test exceeded its timeout, another failed on values
    ('jest-timeout-beside-expect', 'real',
     '  ● queue › drains\n\n    thrown: "Exceeded timeout of 5000 ms for a test.\n    Add a timeout value to this test to increase the timeout, if this is a long-running test. See https://jestjs.io/docs/api#testname-fn-timeout."\n\n'
     '  ● cart › totals the lines\n\n    expect(received).toBe(expected) // Object.is equality\n\n    Expected: 40\n    Received: 38\n\nTests:       2 failed, 51 passed, 53 total\n' + E),
    # Mocha: one test hit its timeout, another failed on values
    ('mocha-timeout-beside-assert', 'real',
     '  86 passing (4s)\n  2 failing\n\n  1) queue\n       drains:\n     Error: Timeout of 2000ms exceeded. For async tests and hooks, ensure "done()" is called; if returning a Promise, ensure it resolves.\n'
     '\n  2) report\n       totals the rows:\n     AssertionError: expected 12 to equal 13\n      at Context.<anonymous> (test/report.spec.js:30:21)\n' + E),
    # pytest-timeout on one test, a value assert on another
    ('pytest-timeout-beside-assert', 'real',
     'FAILED tests/test_queue.py::test_drain - Failed: Timeout >10.0s\nFAILED tests/test_cart.py::test_total - assert 3 == 4\n2 failed, 80 passed in 12.3s\n' + E),
    # CTest: one test hit its time limit, another failed
    ('ctest-timeout-beside-failed', 'real',
     '3/6 Test #3: queue_drain ......................***Timeout  60.02 sec\n4/6 Test #4: cart_total .......................***Failed    0.01 sec\n'
     '/src/tests/cart.cpp:14: FAILED:\n  REQUIRE( total({1, 2}) == 4 )\nwith expansion:\n  3 == 4\n\n67% tests passed, 2 tests failed out of 6\n\nThe following tests FAILED:\n'
     '\t  3 - queue_drain (Timeout)\n\t  4 - cart_total (Failed)\nErrors while running CTest\n' + E),
    # NUnit: one test exceeded its timeout, another failed on values
    ('nunit-timeout-beside-expected', 'real',
     '  Failed Drains [1 s]\n  Error Message:\n   Test exceeded Timeout value of 1000ms\n'
     '  Failed Totals [2 ms]\n  Error Message:\n     Expected: 40\n  But was:  38\n\n'
     'Failed!  - Failed:     2, Passed:    40, Skipped:     0, Total:    42, Duration: 1 s - Acme.Tests.dll (net8.0)\n' + E),
    # JUnit 5 under Gradle: one test's @Timeout, another's expected/but was
    ('junit5-timeout-beside-assert', 'real',
     'QueueTest > drains() FAILED\n    java.util.concurrent.TimeoutException: drains() timed out after 5 seconds\n\n'
     'CartTest > totals() FAILED\n    org.opentest4j.AssertionFailedError: expected: <40> but was: <38>\n\n12 tests completed, 2 failed\n\n> Task :test FAILED\n'),
]
# 3's guards: a lone test timeout stays transient as the catalogue reads it.
LONE_TIMEOUT_GUARDS: list[tuple[str, str, str]] = [
    ('g-jest-lone-timeout', 'transient',
     '  ● queue › drains\n\n    thrown: "Exceeded timeout of 5000 ms for a test.\n    Add a timeout value to this test to increase the timeout, if this is a long-running test. See https://jestjs.io/docs/api#testname-fn-timeout."\n\n'
     'Tests:       1 failed, 52 passed, 53 total\n' + E),
    ('g-junit4-lone-timeout', 'transient',
     'drains(org.example.QueueTest)  Time elapsed: 0.5 sec  <<< ERROR!\norg.junit.runners.model.TestTimedOutException: test timed out after 500 milliseconds\n'
     '\tat org.example.Queue.take(Queue.java:44)\n\nTests run: 5, Failures: 0, Errors: 1, Skipped: 0\n' + E),
    ('g-mocha-lone-timeout', 'transient',
     '  86 passing (4s)\n  1 failing\n\n  1) queue\n       drains:\n     Error: Timeout of 2000ms exceeded. For async tests and hooks, ensure "done()" is called; if returning a Promise, ensure it resolves.\n' + E),
    ('g-go-lone-panic-timeout', 'transient',
     'panic: test timed out after 10m0s\n\trunning tests:\n\t\tTestDrain (10m0s)\n\ngoroutine 7 [running]:\ntesting.(*M).startAlarm.func1()\nFAIL\tgithub.com/acme/queue\t600.012s\n' + E),
    ('g-vitest-lone-timeout', 'transient',
     ' FAIL  src/queue.test.ts > queue > drains\nError: Test timed out in 5000ms.\nIf this is a long-running test, pass a timeout value as the last argument or configure it globally with "testTimeout".\n'
     '      Tests  1 failed | 41 passed (42)\n' + E),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(LATER_OUTAGE + LATER_OUTAGE_GUARDS + OUTAGE_ABOVE_GUARDS
                                                      + TIMEOUT_BESIDE + LONE_TIMEOUT_GUARDS))
def test_reads(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs([(cid, log) for cid, _, log in OUTAGE_ABOVE]))
def test_outage_above_value_mismatch_is_not_surely_transient(log):
    not_surely_transient(log)


# (two outage lines of apt's, and cargo's own retry in the same command as the test run, leave these unknown)
ABOVE_UNKNOWN = {"apt-dns-then-go-want", "cargo-spurious-then-assert"}


@pytest.mark.parametrize(("verdict", "log"), labelled([c for c in OUTAGE_ABOVE if c[0] not in ABOVE_UNKNOWN]))
def test_outage_above_value_mismatch_reads_real(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs([(cid, log) for cid, _, log in FLAKY_GUARDS]))
def test_flaky_marked_test_alone_is_not_read_real(log):
    # (it reads unknown leaning transient, 0.70, as on main: the mark is no outage a mismatch outlives)
    assert judge(log).verdict != "real"


def test_case_ids_are_unique():
    assert_unique_ids(LATER_OUTAGE, LATER_OUTAGE_GUARDS, OUTAGE_ABOVE, OUTAGE_ABOVE_GUARDS, FLAKY_GUARDS,
                      TIMEOUT_BESIDE, LONE_TIMEOUT_GUARDS)
