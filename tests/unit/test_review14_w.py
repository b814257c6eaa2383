"""Review 14w: outages that DID cause a test's or build's failure, against engine 14's rules that push toward real.

The rules: _outlived (an outage above the compiler/lint failure or value mismatch the job ended on is discounted),
_later_command (outages after the script's next command following a deterministic failure are dropped) and
_below_failed_test (outages below a runner's failure report are dropped unless inside the failed test's own report).
Cases: a test report with more than 15 lines of non-frame output before its outage; runners whose per-test blocks the
rule may not know (TAP, Karma, Catch2 sections, ExUnit, PHPUnit's numbered list, Ginkgo, gtest, go -v); a service that
died mid-run; a non-blocking check ("go vet ./... || echo", "flake8 || true") before the outage that failed the job;
a script's retry meeting the same outage. Guards: an independent deterministic failure stays real.
Made-up logs, 35 (25 outages that caused the failure, 10 guards). On main (52a22ba) 13 read wrong, all among the
caused ones, no guard: 7 high (real at 0.97: the five non-blocking checks, go-vet-echo-then-proxy-timeout,
flake8-true-then-pip-timeout, eslint-echo-then-npm-etimedout, mypy-true-then-docker-pull-503,
tsc-echo-then-fetch-refused; real 0.78 go-v-db-died-next-test; real 0.71 vitest-long-dump-503), 1 medium (real 0.59
unittest-long-chain-reset), 5 low (unknown: catch2-section-refused, phpunit-numbered-curl, ginkgo-spec-refused,
exunit-timeout-then-pool-log, gtest-two-refused). On this branch 6 (the LEFT ones, strict xfail; none of them is the
three rules' doing: switching each rule off leaves each verdict as it is).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled

E = "##[error]Process completed with exit code 1.\n"
GL = "ERROR: Job failed: exit code 1\n"
TB_LONG = "".join(f"    captured log: worker {i} waiting for broker\n" for i in range(18))
CAUSED = [
 # pytest test with 18 lines of captured output before the refusal in its own report
 ('pytest-long-output-refused', 'transient',
  '$ pytest tests/integration\n________________ test_publish ________________\n' + TB_LONG +
  'E   redis.exceptions.ConnectionError: Error 111 connecting to redis:6379. Connection refused.\n'
  'FAILED tests/integration/test_bus.py::test_publish - redis.exceptions.ConnectionError\n1 failed, 40 passed in 31.2s\n' + E),
 # unittest error with a long chained traceback message (no frames) before the reset
 ('unittest-long-chain-reset', 'transient',
  'ERROR: test_sync (tests.test_remote.RemoteTest)\n----------------------------------------------------------------------\n'
  + "".join(f"DEBUG:remote:chunk {i} queued\n" for i in range(17)) +
  'ConnectionResetError: [Errno 104] Connection reset by peer\n\nRan 12 tests in 4.1s\n\nFAILED (errors=1)\n' + E),
 # go -v: the earlier test failed on a value, the db then died and the next test's refusal prints above its own --- FAIL
 ('go-v-db-died-next-test', 'transient',
  '=== RUN   TestCreate\n    store_test.go:22: dial tcp 127.0.0.1:5432: connect: connection refused\n--- FAIL: TestCreate (0.01s)\n'
  '=== RUN   TestList\n    store_test.go:40: dial tcp 127.0.0.1:5432: connect: connection refused\n--- FAIL: TestList (0.00s)\nFAIL\nFAIL\texample.com/store\t0.2s\n' + E),
 # TAP: the failed test's diagnostics come as "# " lines below "not ok"
 ('tap-not-ok-econnrefused', 'transient',
  'TAP version 13\nok 1 - parses config\nnot ok 2 - fetches manifest\n  ---\n  operator: error\n  at: Test.<anonymous> (test/fetch.js:14:5)\n'
  '  ...\nnot ok 3 - fetches index\n  ---\n  message: connect ECONNREFUSED 127.0.0.1:8080\n  ...\n1..3\n# fail  2\n' + E),
 # Karma: the browser's failure line then the refused XHR
 ('karma-failed-then-xhr-refused', 'transient',
  'Chrome Headless 120.0 (Linux x86_64) ApiClient loads user FAILED\n'
  '\tError: Http failure response for http://localhost:9876/api/user: 0 Unknown Error\n'
  'Chrome Headless 120.0 (Linux x86_64) ApiClient loads orders FAILED\n'
  '\tnet::ERR_CONNECTION_REFUSED http://localhost:3000/api/orders\n'
  'Chrome Headless 120.0 (Linux x86_64): Executed 40 of 40 (2 FAILED) (1.2 secs / 1.1 secs)\n' + E),
 # Catch2 section: the failure is reported under the section header, the exception a few lines down
 ('catch2-section-refused', 'transient',
  '-------------------------------------------------------------------------------\nclient talks to server\n  reconnects\n'
  '-------------------------------------------------------------------------------\n/src/test/net.cpp:30\n...............................................................................\n\n'
  '/src/test/net.cpp:30: FAILED:\ndue to unexpected exception with message:\n  connect: Connection refused\n\n'
  '-------------------------------------------------------------------------------\nclient talks to server\n  sends\n'
  '-------------------------------------------------------------------------------\n/src/test/net.cpp:41\n...............................................................................\n\n'
  '/src/test/net.cpp:41: FAILED:\ndue to unexpected exception with message:\n  connect: Connection refused\n\n'
  'test cases: 3 | 1 passed | 2 failed\n' + E),
 # Elixir ExUnit: numbered failures, each with its own error
 ('exunit-two-refused', 'transient',
  '  1) test lists jobs (Worker.QueueTest)\n     test/queue_test.exs:12\n     ** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2000ms\n'
  '  2) test enqueues (Worker.QueueTest)\n     test/queue_test.exs:20\n     ** (Postgrex.Error) tcp connect (db:5432): connection refused - :econnrefused\n'
  '\nFinished in 3.1 seconds\n20 tests, 2 failures\n' + E),
 # PHPUnit's numbered list with a long message before the curl error
 ('phpunit-numbered-curl', 'transient',
  'There were 2 failures:\n\n1) Tests\\Api\\ClientTest::testFetch\nFailed asserting that 500 is identical to 200.\n\n/app/tests/Api/ClientTest.php:20\n\n'
  '2) Tests\\Api\\ClientTest::testList\nGuzzleHttp\\Exception\\ConnectException: cURL error 7: Failed to connect to api port 80: Connection refused\n\n'
  '/app/tests/Api/ClientTest.php:31\n\nFAILURES!\nTests: 12, Assertions: 30, Failures: 2.\n' + E),
 # Ginkgo spec failing on a refused dial after an earlier spec failed
 ('ginkgo-spec-refused', 'transient',
  '• [FAILED] [0.2 seconds]\nCache [It] stores\n  /src/cache_test.go:20\n  [FAILED] Expected\n      <int>: 0\n  to equal\n      <int>: 1\n'
  '------------------------------\n• [FAILED] [0.1 seconds]\nCache [It] loads\n  /src/cache_test.go:40\n'
  '  [FAILED] Unexpected error:\n      dial tcp 10.0.0.5:6379: connect: connection refused\n'
  '------------------------------\n\nRan 2 of 2 Specs\nFAIL! -- 0 Passed | 2 Failed\n' + E),
 # go vet non-blocking, then the module proxy timed out in the build
 ('go-vet-echo-then-proxy-timeout', 'transient',
  '$ go vet ./... || echo "vet failed (non-blocking)"\n./pkg/fmt.go:12:2: fmt.Sprintf format %d has arg s of wrong type string\nvet failed (non-blocking)\n'
  '$ go build ./...\ngo: downloading github.com/acme/lib v1.2.0\n'
  'go: github.com/acme/lib@v1.2.0: Get "https://proxy.golang.org/github.com/acme/lib/@v/v1.2.0.zip": dial tcp 142.250.1.1:443: i/o timeout\n' + E),
 # flake8 || true then pip timed out
 ('flake8-true-then-pip-timeout', 'transient',
  '+ flake8 src || true\nsrc/app.py:3:1: F401 \'os\' imported but unused\n+ pip install -r requirements.txt\n'
  "ERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='pypi.org', port=443): Read timed out.\n" + GL),
 # eslint || echo then npm ETIMEDOUT
 ('eslint-echo-then-npm-etimedout', 'transient',
  '$ npx eslint src || echo lint-warnings\n/app/src/a.js\n  3:7  error  \'x\' is assigned a value but never used  no-unused-vars\n\n✖ 1 problem (1 error, 0 warnings)\nlint-warnings\n'
  '$ npm ci\nnpm ERR! code ETIMEDOUT\nnpm ERR! network request to https://registry.npmjs.org/left-pad failed, reason: connect ETIMEDOUT 104.16.0.35:443\n' + E),
 # mypy || true, then the docker pull failed
 ('mypy-true-then-docker-pull-503', 'transient',
  '+ mypy src || true\nsrc/m.py:8: error: Incompatible return value type (got "int", expected "str")  [return-value]\nFound 1 error in 1 file (checked 9 source files)\n'
  '+ docker pull ghcr.io/acme/runner:3\nError response from daemon: received unexpected HTTP status: 503 Service Unavailable\n' + E),
 # tsc non-blocking then the e2e's server refused
 # (twentieth round, leftovers20) the server's background start written out: a one-shot curl to the loopback host with no
 # start in sight reads real now (curl-own-loopback-server); a start above it is the start race this case holds
 ('tsc-echo-then-fetch-refused', 'transient',
  '$ npx tsc --noEmit || echo "type errors ignored"\nsrc/a.ts(3,7): error TS2322: Type \'number\' is not assignable to type \'string\'.\ntype errors ignored\n'
  '$ npm run serve:e2e &\n$ curl -fsS http://localhost:8080/health\ncurl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused\n' + E),
 # the suite is retried by the script; the retry meets the same refusal
 ('script-retry-same-refusal', 'transient',
  '$ pytest tests/e2e\nE   requests.exceptions.ConnectionError: HTTPConnectionPool(host=\'api\', port=80): Max retries exceeded (Caused by NewConnectionError(\'[Errno 111] Connection refused\'))\n'
  'FAILED tests/e2e/test_api.py::test_health - requests.exceptions.ConnectionError\n1 failed in 2.0s\nRetrying in 10 seconds (attempt 2 of 2)\n$ pytest tests/e2e\n'
  'E   requests.exceptions.ConnectionError: HTTPConnectionPool(host=\'api\', port=80): Max retries exceeded (Caused by NewConnectionError(\'[Errno 111] Connection refused\'))\n'
  'FAILED tests/e2e/test_api.py::test_health - requests.exceptions.ConnectionError\n1 failed in 2.0s\n' + E),
 # Jest: an earlier test's summary, then the mock server crashed and the next file's tests time out connecting
 # ((generic 17b) unknown, not transient: the drop was the job's own localhost server's, inside a failing test, and the
 # refusal after it is that server gone: the code's fault as often as not)
 ('jest-server-died-next-file', 'unknown',
  'FAIL src/a.test.js\n  ● api › lists\n\n    FetchError: request to http://localhost:4000/list failed, reason: socket hang up\n\n'
  'FAIL src/b.test.js\n  ● api › creates\n\n    FetchError: request to http://localhost:4000/create failed, reason: connect ECONNREFUSED 127.0.0.1:4000\n\n'
  'Tests:       2 failed, 30 passed, 32 total\n' + E),
 # Mocha numbered failures, long diff-less output lines then ECONNREFUSED
 ('mocha-long-then-refused', 'transient',
  '  1 passing (2s)\n  1 failing\n\n  1) Orders\n       fetches list:\n' + "".join(f"     at step {i} of handshake\n" for i in range(3))
  + "".join(f"     log: retry queue {i}\n" for i in range(16)) +
  '     Error: connect ECONNREFUSED 127.0.0.1:5672\n' + E),
 # RSpec with a long captured output before the refused connection
 ('rspec-long-output-refused', 'transient',
  'Failures:\n\n  1) Sync pulls records\n     Failure/Error: client.pull\n' + "".join(f"     # log line {i}: polling\n" for i in range(2))
  + "".join(f"     INFO pulling page {i}\n" for i in range(17)) +
  '     Errno::ECONNREFUSED:\n       Failed to open TCP connection to search:9200 (Connection refused - connect(2) for "search" port 9200)\n'
  '\n1 example, 1 failure\n' + E),
 # dotnet: a failed test, then the next test's refused SQL connection
 ('dotnet-two-failed-sql', 'transient',
  '  Failed Repo.Tests.Save [120 ms]\n  Error Message:\n   Microsoft.Data.SqlClient.SqlException : A network-related or instance-specific error occurred while establishing a connection to SQL Server.\n'
  '  Failed Repo.Tests.Load [80 ms]\n  Error Message:\n   System.Net.Sockets.SocketException : Connection refused\n'
  'Failed!  - Failed:     2, Passed:    10, Skipped:     0, Total:    12\n' + E),
 # cargo test: the first test panicked on a refusal, the second's panic is another refusal
 ('libtest-two-refused', 'transient',
  "test db::tests::insert ... FAILED\ntest db::tests::select ... FAILED\n\nfailures:\n\n---- db::tests::insert stdout ----\n"
  "thread 'db::tests::insert' panicked at src/db.rs:9:5:\ncalled `Result::unwrap()` on an `Err` value: Os { code: 111, kind: ConnectionRefused, message: \"Connection refused\" }\n"
  "---- db::tests::select stdout ----\nthread 'db::tests::select' panicked at src/db.rs:20:5:\n"
  "called `Result::unwrap()` on an `Err` value: Os { code: 111, kind: ConnectionRefused, message: \"Connection refused\" }\n"
  "\nfailures:\n    db::tests::insert\n    db::tests::select\n\ntest result: FAILED. 5 passed; 2 failed\n" + E),
 # Elixir: the first failure a timeout, then the repo's pool says connection refused in a log line
 ('exunit-timeout-then-pool-log', 'transient',
  '  1) test sync (App.SyncTest)\n     test/sync_test.exs:5\n     ** (exit) exited in: GenServer.call(App.Client, :sync, 5000)\n         ** (EXIT) time out\n'
  '\n16:00:01.120 [error] Postgrex.Protocol (#PID<0.300.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect (localhost:5432): connection refused - :econnrefused\n'
  '\nFinished in 6.2 seconds\n9 tests, 1 failure\n' + E),
 # gtest: a failed test, the service died, the next test's refused
 ('gtest-two-refused', 'transient',
  '[ RUN      ] Client.Get\nclient_test.cc:20: Failure\nValue of: status.ok()\n  Actual: false\nExpected: true\nconnect: Connection refused\n[  FAILED  ] Client.Get (3 ms)\n'
  '[ RUN      ] Client.Put\nclient_test.cc:33: Failure\nconnect: Connection refused\n[  FAILED  ] Client.Put (1 ms)\n' + E),
 # pytest: an earlier test's FAILED line in -rA style, then the next test's setup error ConnectionRefused
 ('pytest-ra-then-setup-refused', 'transient',
  'tests/test_q.py::test_push FAILED\ntests/test_q.py::test_pop ERROR\n\n==================================== ERRORS ====================================\n'
  '_________________________ ERROR at setup of test_pop __________________________\n'
  'E   kombu.exceptions.OperationalError: [Errno 111] Connection refused\n'
  '=================================== FAILURES ===================================\n_________________________________ test_push __________________________________\n'
  'E   kombu.exceptions.OperationalError: [Errno 111] Connection refused\n1 failed, 1 error in 2.0s\n' + E),
 # TAP from prove: not ok with a diag of timed out
 ('prove-tap-timeout', 'transient',
  't/api.t .. \nnot ok 1 - login\n#   Failed test \'login\'\n#   at t/api.t line 10.\nnot ok 2 - fetch\n#   Failed test \'fetch\'\n#   at t/api.t line 14.\n'
  '# Can\'t connect to api.example.org:443 (Connection timed out)\n1..2\n# Looks like you failed 2 tests of 2.\n' + E),
 # a test's long JSON dump then the 503 that failed it (Vitest)
 ('vitest-long-dump-503', 'transient',
  ' FAIL  test/remote.test.ts > remote > syncs\n' + "".join(f'  "item{i}": "pending",\n' for i in range(18)) +
  'Error: Request failed with status code 503 Service Unavailable\n Test Files  1 failed (1)\n' + E),
]
GUARDS = [
 # compile error, later an upload's 503
 ('guard-compile-then-upload-503', 'real',
  '$ go build ./...\n./main.go:10:2: undefined: Foo\n$ curl -fsS -T out.log https://logs.example.org/up\ncurl: (22) The requested URL returned error: 503\n' + E),
 # go vet fails blocking, then an upload times out
 ('guard-vet-blocking-then-timeout', 'real',
  '$ go vet ./...\n./pkg/fmt.go:12:2: fmt.Sprintf format %d has arg s of wrong type string\n'
  '$ curl -fsS -T vet.txt https://artifacts.example.org/vet\ncurl: (28) Operation timed out after 30001 milliseconds\n' + E),
 # a value mismatch, then a later test refused
 ('guard-tap-value-then-upload', 'real',
  'not ok 1 - sums\n  ---\n  operator: equal\n  expected: 4\n  actual:   3\n  ...\n1..1\n# fail  1\n'
  '$ curl -fsS -T report.tap https://ci.example.org/upload\ncurl: (6) Could not resolve host: ci.example.org\n' + E),
 # Ginkgo value mismatch, then coverage upload DNS failure
 ('guard-ginkgo-value-then-codecov', 'real',
  '• [FAILED] [0.2 seconds]\nCache [It] stores\n  /src/cache_test.go:20\n  [FAILED] Expected\n      <int>: 0\n  to equal\n      <int>: 1\n'
  '------------------------------\nRan 1 of 1 Specs\nFAIL! -- 0 Passed | 1 Failed\n'
  '$ codecov -f cover.out\n[error] Could not resolve host: codecov.io\n' + E),
 # ExUnit mismatch, then hex timed out in a later deps step
 ('guard-exunit-value-then-hex', 'real',
  '  1) test adds (Calc.Test)\n     test/calc_test.exs:4\n     Assertion with == failed\n     code:  assert Calc.add(1, 2) == 4\n     left:  3\n     right: 4\n'
  '\n5 tests, 1 failure\n$ mix hex.publish --dry-run\n** (Mix) request to https://hex.pm/api failed: timeout\n' + E),
 # `|| true` lint, then a real compile error (no outage)
 ('guard-lint-true-then-compile', 'real',
  '+ flake8 src || true\nsrc/app.py:3:1: F401 \'os\' imported but unused\n+ python -m compileall src\n  File "src/b.py", line 4\n    def f(:\n          ^\nSyntaxError: invalid syntax\n' + GL),
 # phpunit value mismatch, then a separate Slack notify refused
 ('guard-phpunit-value-then-notify', 'real',
  'There was 1 failure:\n\n1) Tests\\CalcTest::testAdd\nFailed asserting that 3 is identical to 4.\n\n/app/tests/CalcTest.php:9\n\nFAILURES!\nTests: 5, Assertions: 5, Failures: 1.\n'
  '$ curl -fsS -X POST https://hooks.slack.example/notify\ncurl: (7) Failed to connect to hooks.slack.example port 443: Connection refused\n' + E),
 # go vet made blocking with "|| exit 1": its findings fail the job, the upload's timeout after is no cause
 ('guard-vet-exit1-then-timeout', 'real',
  '$ go vet ./... || exit 1\n./pkg/fmt.go:12:2: fmt.Sprintf format %d has arg s of wrong type string\n'
  '$ curl -fsS -T vet.txt https://artifacts.example.org/vet\ncurl: (28) Operation timed out after 30001 milliseconds\n' + E),
 # lint "|| true", then the test run fails on a compared value: the assertion stays the cause
 ('guard-lint-true-then-assert', 'real',
  '+ ruff check . || true\nsrc/app.py:3:8: F401 [*] `os` imported but unused\n+ pytest -q\nE   assert 3 == 4\nFAILED tests/test_calc.py::test_add - assert 3 == 4\n1 failed, 9 passed in 0.4s\n'
  '+ curl -fsS -T junit.xml https://reports.example.org/up\ncurl: (6) Could not resolve host: reports.example.org\n' + GL),
 # TS type error ending the job, an npm fetch warning retried above it
 ('guard-retried-fetch-then-tsc', 'real',
  '$ npm ci\nnpm WARN retry will retry, error on last attempt: Error: connect ETIMEDOUT 104.16.0.35:443\nadded 800 packages in 30s\n'
  '$ npx tsc --noEmit\nsrc/a.ts(3,7): error TS2322: Type \'number\' is not assignable to type \'string\'.\n' + E),
    # (lead) a check made blocking again by its own "exit 1" after the echo: its report is the failure
    ('guard-vet-echo-then-exit-1', 'real',
     '+ go vet ./... || { echo "vet failed"; exit 1; }\n# example.com/acme/store\n'
     'store/cache.go:41:2: printf: fmt.Sprintf format %d has arg name of wrong type string\nvet failed\n' + E),
    # (lead) a non-blocking check, then the tests fail on a value: the tests' failure is the job's
    ('guard-vet-echo-then-go-test-fails', 'real',
     '+ go vet ./... || echo "vet found problems"\n# example.com/acme/store\n'
     'store/cache.go:41:2: printf: fmt.Sprintf format %d has arg name of wrong type string\nvet found problems\n'
     '+ go test ./...\n--- FAIL: TestCacheEviction (0.00s)\n    cache_test.go:22: got 3 entries, want 2\nFAIL\n'
     'FAIL    example.com/acme/store  0.012s\n' + E),
]

# LEFT (weighing outside the three rules; each verdict is the same with any of them switched off): (xfail16: go -v's
# "store_test.go:22: dial tcp ...: connect: connection refused" no longer reads as a test assertion, test-assertion's
# unless passes over a Go test line whose message is only a refused dial, so go-v-db-died-next-test reads transient;
# Catch2's "net.cpp:41: FAILED:" no longer reads as file-diagnostic's compiler line: catch2-test-threw reads an exception
# the test ran into only when its message names no network trouble, so catch2-section-refused reads transient);
# gtest's "Value of: status.ok()" and Ginkgo's and PHPUnit's earlier failures read their file:line or compared values as real
# next to the refusal; ExUnit's GenServer "time out" exit reads as an uncaught exception beside the pool's log line.
LEFT = ['phpunit-numbered-curl', 'ginkgo-spec-refused', 'exunit-timeout-then-pool-log', 'gtest-two-refused']
_CAUSED = [c for c in CAUSED if c[0] not in LEFT]
_LEFT = [c for c in CAUSED if c[0] in LEFT]


def test_unique_ids():
    assert_unique_ids(CAUSED, GUARDS)
    assert set(LEFT) <= {c[0] for c in CAUSED}


@pytest.mark.parametrize(("want", "log"), labelled(_CAUSED))
def test_caused_reads_transient(want, log):
    v = judge(log)
    assert v.verdict == want, v.rationale


@pytest.mark.xfail(strict=True, reason="left: see the LEFT comment (weighing outside the three rules)")
@pytest.mark.parametrize(("want", "log"), labelled(_LEFT))
def test_left(want, log):
    v = judge(log)
    assert v.verdict == want, v.rationale


@pytest.mark.parametrize(("want", "log"), labelled(GUARDS))
def test_guard(want, log):
    v = judge(log)
    assert v.verdict == want, v.rationale
