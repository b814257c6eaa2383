"""Review 13b of the thirteenth round's sections sanitizers_fuzz_property_bench and test_frameworks_xlang (and
timing-sensitive-test's unless_log for a race detector's report): adversarial logs (made up) where a new entry's
words sit beside another test's own failure (a framework's time limit or a kill from outside next to a failed
assertion), in a compared value, in an application's log or in printed docs, and guards where the words are the
tool's own verdict. OUTLIVED_REAL holds pairs the thirteenth round left (an outage, then a deterministic failure),
read real since engine 14."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"

REAL: list[tuple[str, str]] = [
    # one test's assert 3 == 4 beside another's DeadlineExceeded: the other test's failure decides (cloud-throttled
    # no longer reads Hypothesis's DeadlineExceeded, fix 13, so property-test-nondeterministic stands aside here too)
    ('hypothesis-deadline-plus-assert',
     "_________________________ test_encode _________________________\nE       assert 3 == 4\nE        +  where 3 = len('abc')\ntests/test_enc.py:12: AssertionError\n_________________________ test_big _________________________\nE   hypothesis.errors.DeadlineExceeded: Test took 412.33ms, which exceeds the deadline of 200.00ms\nE   Falsifying example: test_big(\n        n=100000,\n    )\nFAILED tests/test_enc.py::test_encode - assert 3 == 4\nFAILED tests/test_enc.py::test_big - hypothesis.errors.DeadlineExceeded: Test took 412.33ms, which exceeds the deadline of 200.00ms\n2 failed, 30 passed in 4.20s\n" + _EXIT),
    # PHPUnit's time limit on one test beside another test's failed assertion: that failure decides
    ('phpunit-risky-time-limit-and-failure',
     'PHPUnit 10.5.2 by Sebastian Bergmann and contributors.\n\n..F..R....\n\nThere was 1 failure:\n\n1) Tests\\Cart\\TotalTest::testAppliesDiscount\nFailed asserting that 90 is identical to 85.\n\n/app/tests/Cart/TotalTest.php:22\n\n--\n\nThere was 1 risky test:\n\n1) Tests\\Feed\\ImportTest::testLargeFeed\nExecution aborted after 10 seconds\n\n/app/tests/Feed/ImportTest.php:40\n\nFAILURES!\nTests: 10, Assertions: 31, Failures: 1, Risky: 1.\n' + _EXIT),
    # ctest: one test at its TIMEOUT, another '***Failed' and '(Failed)' in the summary: the failure decides
    ('ctest-summary-timeout-and-failed',
     'Start 4: parser_test\n4/9 Test #4: parser_test ......................***Failed    0.12 sec\nStart 7: net_soak\n7/9 Test #7: net_soak .........................***Timeout 300.01 sec\n\n78% tests passed, 2 tests failed out of 9\n\nThe following tests FAILED:\n\t  4 - parser_test (Failed)\n\t  7 - net_soak (Timeout)\nErrors while running CTest\n' + _EXIT),
    # a GoogleTest case failed on a compared value before its binary ran into ctest's TIMEOUT
    ('ctest-gtest-failed-then-timeout',
     '3: [ RUN      ] Codec.RoundTrip\n3: /src/codec_test.cc:41: Failure\n3: Expected equality of these values:\n3:   decode(encode(x))\n3:     Which is: 7\n3:   x\n3:     Which is: 8\n3: [  FAILED  ] Codec.RoundTrip (1 ms)\n3: [ RUN      ] Codec.Stream\n3/5 Test #3: codec_test .......................***Timeout  60.02 sec\n\nThe following tests FAILED:\n\t  3 - codec_test (Timeout)\nErrors while running CTest\n' + _EXIT),
    # bats: a test failed on its status (unknown config key) beside another at its timeout
    ('bats-timeout-and-assert-fail',
     '1..3\nok 1 prints version\nnot ok 2 parses config\n# (in test file test/cli.bats, line 14)\n#   `[ "$status" -eq 0 ]\' failed\n# error: unknown key \'timeot\' in config.toml\nnot ok 3 downloads the index # timeout after 30s\n' + _EXIT),
    # AVA: a t.is difference in one file, another file timed out: the difference decides
    ('ava-fail-then-timed-out',
     "  ✘ [fail]: math › adds two numbers\n\n  math › adds two numbers\n\n  test/math.js:8\n\n   7: test('adds two numbers', t => {\n   8:   t.is(add(2, 2), 5);\n\n  Difference (- actual, + expected):\n\n  - 4\n  + 5\n\n  ✘ Timed out while running tests\n\n  1 test failed\n  1 test was pending in test/slow.js\n" + _EXIT),
    # a test compares failAfter's message text as a value (did not equal): no time limit was met
    ('scalatest-failafter-message-in-compared-value',
     '[info] TimeoutsSpec:\n[info] - should render the failAfter message *** FAILED ***\n[info]   "The code passed to failAfter did not complete within 1 second." did not equal "The code passed to failAfter did not complete within 1000 milliseconds." (TimeoutsSpec.scala:22)\n[info] *** 1 TEST FAILED ***\n[error] Failed tests:\n[error] \tcom.example.TimeoutsSpec\n[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n' + _EXIT),
    # a script's own 'execution aborted after' line, then a C compile error
    ('script-execution-aborted-then-compile',
     "warmup: execution aborted after 5 seconds\nsrc/main.c:12:5: error: implicit declaration of function 'frobnicate' [-Wimplicit-function-declaration]\nmake: *** [Makefile:20: main.o] Error 1\n" + _EXIT),
    # Test::More's failed test 3 (got 2, expected 3) before the file was killed: the failure decides
    ('prove-failed-subtests-then-killed',
     "t/parse.t ...... \nnot ok 3 - parses nested arrays\n#   Failed test 'parses nested arrays'\n#   at t/parse.t line 30.\n#          got: '2'\n#     expected: '3'\nt/parse.t ...... Dubious, test returned 0 (wstat 9, 0x9)\nFailed 1/12 subtests\n\nTest Summary Report\n-------------------\nt/parse.t (Wstat: 9 (Signal: KILL) Tests: 12 Failed: 1)\n  Failed test:  3\nFiles=4, Tests=40,  3 wallclock secs\nResult: FAIL\n" + _EXIT),
    # an application's supervisor logs a worker 'exited due to SIGTERM' (the feature under test); the test failed on a count
    ('app-log-exited-due-to-sigterm-then-jest',
     '  console.log\n    [supervisor] worker 2 exited due to SIGTERM, restarting\n\n      at Supervisor.onExit (src/supervisor.ts:41:13)\n\n  ● supervisor › restarts a crashed worker once\n\n    expect(received).toBe(expected) // Object.is equality\n\n    Expected: 1\n    Received: 2\n\nTests:       1 failed, 14 passed, 15 total\n' + _EXIT),
    # zig: a test failed on expectEqual before the test binary was terminated
    ('zig-test-failed-then-term',
     "test\n+- run test 1/3 passed, 1 failed\nerror: 'test.parse ints' failed: expected 42, found 41\n/src/parse.zig:30:5: 0x10 in test.parse ints (test)\n    try std.testing.expectEqual(@as(i32, 42), n);\n    ^\nerror: the following command terminated with signal 15 (expected exited with code 0):\n/src/zig-cache/o/abc/test\nBuild Summary: 1/3 steps succeeded; 1 failed\n" + _EXIT),
    # Julia: 'Test Failed at' with an evaluated comparison before the package's test process was killed
    ('julia-test-failed-then-killed',
     'Test Summary: | Pass  Fail  Total  Time\nParser        |   40     1     41  2.1s\nparse nested: Test Failed at /src/test/runtests.jl:22\n  Expression: parse("[1,[2]]") == [1, [2]]\n   Evaluated: [1, 2] == [1, [2]]\nERROR: LoadError: Some tests did not pass: 40 passed, 1 failed, 0 errored, 0 broken.\nERROR: Package Parser errored during testing (received signal: KILL)\n' + _EXIT),
    # XCTest: an XCTAssertEqual failed before another test crashed with signal kill
    ('xctest-assert-then-crash-kill',
     'Test Case \'-[AppTests.ParserTests testNested]\' started.\n/src/AppTests/ParserTests.swift:22: error: -[AppTests.ParserTests testNested] : XCTAssertEqual failed: ("1") is not equal to ("2")\nTest Case \'-[AppTests.ParserTests testNested]\' failed (0.002 seconds).\nTest Case \'-[AppTests.ImageTests testLarge]\' started.\nAppTests.xctest (4242) encountered an error (Test crashed with signal kill.)\n** TEST FAILED **\n' + _EXIT),
    # Catch2: a REQUIRE failed (1 == 2) before another test case got SIGTERM
    ('catch2-require-then-sigterm',
     '-------------------------------------------------------------------------------\nparses nested arrays\n-------------------------------------------------------------------------------\n/src/tests/parse.cpp:30\n...............................................................................\n\n/src/tests/parse.cpp:34: FAILED:\n  REQUIRE( depth(v) == 2 )\nwith expansion:\n  1 == 2\n\n-------------------------------------------------------------------------------\nstreams a large file\n-------------------------------------------------------------------------------\n/src/tests/stream.cpp:12: FAILED:\n  {Unknown expression after the reported line}\ndue to a fatal error condition:\n  SIGTERM - Termination request signal\n\n===============================================================================\ntest cases:  2 |  0 passed | 2 failed\n' + _EXIT),
    # Hypothesis: one test falsified with an assertion, another flaky: the falsified one decides
    ('hypothesis-flaky-plus-other-falsified',
     "_________________________ test_roundtrip _________________________\nE   AssertionError: assert b'\\x00' == b''\nE   Falsifying example: test_roundtrip(\n        data=b'\\x00',\n    )\n_________________________ test_slow_parse _________________________\nE   hypothesis.errors.Flaky: Hypothesis test_slow_parse(s='') produces unreliable results: Failed on the first call but did not on a subsequent one\nE   Falsifying example: test_slow_parse(\n        s='',\n    )\n=========================== short test summary info ============================\nFAILED tests/test_codec.py::test_roundtrip - AssertionError: assert b'\\x00' == b''\nFAILED tests/test_codec.py::test_slow_parse - hypothesis.errors.Flaky: Hypothesis test_slow_parse(s='') produces...\n2 failed, 40 passed in 3.10s\n" + _EXIT),
    # a test compares DeadlineExceeded's message as a string: the message is a value, not a deadline met
    ('hypothesis-docs-deadline-in-test-expected',
     '    def test_formats_error():\n>       assert fmt(err) == "DeadlineExceeded: Test took 250.00ms, which exceeds the deadline of 200.00ms"\nE       AssertionError: assert \'DeadlineExceeded: Test took 250ms\' == \'DeadlineExceeded: Test took 250.00ms, which exceeds the deadline of 200.00ms\'\nFAILED tests/test_fmt.py::test_formats_error - AssertionError: assert \'DeadlineExceeded: Test took 250ms\' == ...\n1 failed, 10 passed in 0.3s\n' + _EXIT),
    # grep prints the docs' sentence about unreliable timings; flake8 failed
    ('grep-hypothesis-docs-then-flake8',
     "$ grep -rn 'Unreliable test timings' docs/\ndocs/testing.rst:40:Unreliable test timings! On an initial run, this test took 250ms, which exceeded the deadline\n$ flake8 src\nsrc/app.py:3:1: F401 'os' imported but unused\n" + _EXIT),
    # rustup: a 404 for a nightly date that does not exist, the same on every run
    ('rustup-404-nightly-component',
     "info: syncing channel updates for 'nightly-2024-02-30-x86_64-unknown-linux-gnu'\nerror: could not download file from 'https://static.rust-lang.org/dist/2024-02-30/channel-rust-nightly.toml.sha256' to '/home/runner/.rustup/tmp/abc_file': http request returned an unsuccessful status code: 404\n" + _EXIT),
    # cargo test failed on assert_eq!, then a coverage step's rustup download failed on the network
    ('cargo-test-failed-then-rustup-post-step',
     "test parse::tests::nested ... FAILED\nfailures:\n---- parse::tests::nested stdout ----\nthread 'parse::tests::nested' panicked at src/parse.rs:40:9:\nassertion `left == right` failed\n  left: 2\n right: 3\ntest result: FAILED. 30 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out\nerror: test failed, to rerun pass `--lib`\n##[error]Process completed with exit code 101.\n##[group]Run rustup component add llvm-tools-preview\ninfo: downloading component 'llvm-tools'\nerror: could not download file from 'https://static.rust-lang.org/dist/2024-05-01/llvm-tools-1.78.0-x86_64-unknown-linux-gnu.tar.xz' to '/home/runner/.rustup/downloads/abc.partial': failed to make network request\n" + _EXIT),
    # guard: Julia's package tests died on SEGV, the code's own crash
    ('julia-segv-guard',
     'ERROR: Package FastMath errored during testing (received signal: SEGV)\n' + _EXIT),
    # guard: zig's test allocator reports leaked memory
    ('zig-leak-guard',
     '1/12 test.alloc list...OK\n[gpa] (err): memory address 0x7f00a0 leaked:\n/src/list.zig:40:33: 0x1 in append (test)\nAll 12 tests passed.\n1 tests leaked memory.\n' + _EXIT),
    # guard: libFuzzer's deadly signal and the crash input it wrote
    ('libfuzzer-crash-guard',
     "==4242== ERROR: libFuzzer: deadly signal\n    #0 0x4f1 in __sanitizer_print_stack_trace\nNOTE: libFuzzer has rudimentary signal handlers.\nSUMMARY: libFuzzer: deadly signal\nMS: 2 ChangeByte-InsertByte-; base unit: 0000\nartifact_prefix='./'; Test unit written to ./crash-3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a\n" + _EXIT),
    # guard: Go's race detector report in a test whose name says timeout
    ('go-race-guard',
     '==================\nWARNING: DATA RACE\nWrite at 0x00c000012345 by goroutine 8:\n  example.com/pool.(*Pool).Put()\n      /src/pool.go:40 +0x44\n==================\n--- FAIL: TestPoolTimeout (0.01s)\n    testing.go:1398: race detected during execution of test\nFAIL\nFAIL\texample.com/pool\t0.120s\n' + _EXIT),
]

AMBIGUOUS: list[tuple[str, str]] = [
    # fast-check's per-property timeout: a slow runner or a generated input that hangs the code
    ('fastcheck-property-timeout',
     '  ● parser › never throws\n\n    Property failed after 3 tests\n    { seed: 1234567, path: "2", endOnFailure: true }\n    Counterexample: ["aaaa"]\n    Shrunk 0 time(s)\n    Got error: Property timeout: exceeded limit of 1000 milliseconds\n\nTests:       1 failed, 12 passed, 13 total\n' + _EXIT),
    # a property test falsified by a refused connection to a service: an outage or a missing service, never surely either way
    ('hypothesis-falsified-by-connection-refused',
     "_________________________ test_store_roundtrip _________________________\nE   redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.\nE   Falsifying example: test_store_roundtrip(\n        value='',\n    )\nFAILED tests/test_store.py::test_store_roundtrip - redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.\n1 failed in 2.0s\n" + _EXIT),
    # ThreadSanitizer refusing the runner kernel's memory layout: no race report, never real by race-detector-report
    ('tsan-mmap-kernel',
     '[ RUN      ] Pool.Submit\nFATAL: ThreadSanitizer: unexpected memory mapping 0x5a1c2b3d4000-0x5a1c2b3d5000\n' + _EXIT),
    # rustup: a certificate the runner does not trust (a proxy's CA): the same on every run from that runner
    ('rustup-untrusted-certificate',
     "info: syncing channel updates for 'stable-x86_64-unknown-linux-gnu'\nerror: could not download file from 'https://static.rust-lang.org/dist/channel-rust-stable.toml.sha256' to '/home/ci/.rustup/tmp/abc_file': error sending request for url (https://static.rust-lang.org/dist/channel-rust-stable.toml.sha256): error trying to connect: invalid peer certificate: UnknownIssuer\n" + _EXIT),
    # Go's fuzzing worker killed (memory of the runner or of the input) and its input written
    ('go-fuzz-worker-killed',
     '--- FAIL: FuzzParse (31.20s)\n    fuzzing process hung or terminated unexpectedly: signal: killed\n    Failing input written to testdata/fuzz/FuzzParse/8d3c2b1a0f9e8d7c\n    To re-run:\n    go test -run=FuzzParse/8d3c2b1a0f9e8d7c\nFAIL\nexit status 1\nFAIL\texample.com/parse\t31.300s\n' + _EXIT),
    # swift-testing's expectation failed before the runner was killed (9): real, though the engine reads swift-testing's issue line as nothing (unknown)
    ('swift-testing-expectation-then-signal-9',
     '◇ Test parsesNested() started.\n✘ Test parsesNested() recorded an issue at ParserTests.swift:14:5: Expectation failed: (depth → 1) == 2\n✘ Test parsesNested() failed after 0.002 seconds with 1 issue.\n◇ Test decodesLargeImage() started.\nerror: Exited with unexpected signal code 9\n' + _EXIT),
    # Hypothesis's FlakyFailure group shows its sub-exception's AssertionError (reads unknown, as on main)
    ('hypothesis-exception-group-flaky-guard',
     '  + Exception Group Traceback (most recent call last):\n  |   File "/app/tests/test_sched.py", line 12, in test_fair_share\n  | hypothesis.errors.FlakyFailure: Hypothesis test_fair_share(jobs=[]) produces unreliable results: Failed on the first call but did not on a subsequent one (1 sub-exception)\n  +-+---------------- 1 ----------------\n    | AssertionError\n    +------------------------------------\nFAILED tests/test_sched.py::test_fair_share - hypothesis.errors.FlakyFailure: Hypothesis test_fair_share(jobs=[]) produces unreliable results\n1 failed, 30 passed in 3.0s\n' + _EXIT),
]

# (engine 14) an outage (or a timing verdict read as one) before a deterministic failure that ended the job: left
# by the thirteenth round as weighing to unknown, read real since the engine discounts an outage the job outlived.
OUTLIVED_REAL: list[tuple[str, str]] = [
    # a flaky Hypothesis timing, then mypy's type error in a later step: the type error ended the job
    ('hypothesis-unreliable-timing-then-mypy',
     'E   hypothesis.errors.Flaky: Unreliable test timings! On an initial run, this test took 250.12ms, which exceeded the deadline of 200.00ms, but on a subsequent run it took 1.02 ms, which did not.\n1 failed, 80 passed in 5.0s\n$ mypy src\nsrc/app/core.py:40: error: Argument 1 to "load" has incompatible type "str"; expected "bytes"  [arg-type]\nFound 1 error in 1 file (checked 12 source files)\n' + _EXIT),
    # rustup's network failure for rustfmt, then a rustc type error: the compile error ended the job
    ('rustup-network-then-compile-error',
     'info: downloading component \'rustfmt\'\nerror: could not download file from \'https://static.rust-lang.org/dist/2024-05-01/rustfmt-1.78.0-x86_64-unknown-linux-gnu.tar.xz\' to \'/home/runner/.rustup/downloads/abc.partial\': error sending request for url (https://static.rust-lang.org/dist/2024-05-01/rustfmt.tar.xz)\n$ cargo build --locked\n   Compiling app v0.3.0 (/src)\nerror[E0308]: mismatched types\n  --> src/main.rs:12:18\n   |\n12 |     let n: u32 = "3";\n   |            ---   ^^^ expected `u32`, found `&str`\nerror: could not compile `app` (bin "app") due to 1 previous error\n' + _EXIT),
]

TRANSIENT: list[tuple[str, str]] = [
    # guard: PHPUnit's enforced time limit alone
    ('phpunit-time-limit-guard',
     'PHPUnit 10.5.2 by Sebastian Bergmann and contributors.\n\n.....R....\n\nThere was 1 risky test:\n\n1) Tests\\Feed\\ImportTest::testLargeFeed\nExecution aborted after 10 seconds\n\n/app/tests/Feed/ImportTest.php:40\n\nOK, but there were issues!\nTests: 10, Assertions: 31, Risky: 1.\n' + _EXIT),
    # guard: prove's file killed (wstat 9) with no failed test
    ('prove-killed-guard',
     't/big.t ........ Dubious, test returned 0 (wstat 9, 0x9)\nAll 5 subtests passed \n\nTest Summary Report\n-------------------\nt/big.t (Wstat: 9 (Signal: KILL) Tests: 5 Failed: 0)\n  Non-zero wait status: 9\n  Parse errors: Bad plan.  You planned 20 tests but ran 5.\nFiles=4, Tests=33,  8 wallclock secs\nResult: FAIL\n' + _EXIT),
    # guard: xcodebuild's test crashed with signal kill alone
    ('xcode-kill-guard',
     "Test Suite 'ImageCacheTests' started at 2024-05-01 10:00:00.000\nTest Case '-[AppTests.ImageCacheTests testDecodesLargeImage]' started.\nAppTests.xctest (4242) encountered an error (Test crashed with signal kill.)\n** TEST FAILED **\n" + _EXIT),
    # guard: Hypothesis's flaky verdict alone
    ('hypothesis-flaky-guard',
     "_________________________ test_cache _________________________\nE   hypothesis.errors.Flaky: Hypothesis test_cache(key='a') produces unreliable results: Failed on the first call but did not on a subsequent one\nE   Falsifying example: test_cache(\n        key='a',\n    )\nFAILED tests/test_cache.py::test_cache - hypothesis.errors.Flaky: Hypothesis test_cache(key='a') produces unreliable ...\n1 failed, 40 passed in 3.10s\n" + _EXIT),
    # guard: rustup's 503 from the dist server
    ('rustup-503-guard',
     "info: syncing channel updates for 'nightly-x86_64-unknown-linux-gnu'\ninfo: downloading component 'rust-src'\nerror: could not download file from 'https://static.rust-lang.org/dist/2024-05-01/rust-src-nightly.tar.xz' to '/home/runner/.rustup/downloads/abc.partial': http request returned an unsuccessful status code: 503\n" + _EXIT),
    # libFuzzer's slow-unit report (fuzzing goes on), then the runner was shut down: no crash found
    ('libfuzzer-slow-unit-then-runner-lost',
     "#524288\tpulse  cov: 812 ft: 2301 corp: 140/9Kb exec/s: 8738 rss: 61Mb\nSlowest unit: 11 s:\nartifact_prefix='./'; Test unit written to ./slow-unit-4f1e9d0c2b7a\n#1048576\tpulse  cov: 815 ft: 2310 corp: 141/9Kb exec/s: 8101 rss: 62Mb\n##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.\n##[error]The operation was canceled.\n"),
    # guard: AVA's TAP reporter, a test file exited due to SIGKILL
    ('ava-tap-exited-sigkill-guard',
     'TAP version 13\nok 1 - import › reads the header\nnot ok 2 - test/import.js exited due to SIGKILL\n\n1..2\n# tests 2\n# pass 1\n# fail 1\n' + _EXIT),
    # guard: bats' timeout beside a TODO test's expected 'not ok'
    ('bats-todo-and-timeout-guard',
     "1..3\nok 1 prints the version\nnot ok 2 syncs the mirror # timeout after 60s\n# (in test file test/sync.bats, line 14)\n#   `run acme sync' failed\nnot ok 3 handles unicode # TODO not implemented yet\n" + _EXIT),
    # guard: PHPUnit's time limit beside an error that is a DNS failure
    ('phpunit-time-limit-and-network-error-guard',
     'PHPUnit 10.5.2 by Sebastian Bergmann and contributors.\n\n..E..R....\n\nThere was 1 error:\n\n1) Tests\\Feed\\FetchTest::testFetchesRemote\nGuzzleHttp\\Exception\\ConnectException: cURL error 6: Could not resolve host: feeds.example.org (see https://curl.haxx.se/libcurl/c/libcurl-errors.html)\n\n/app/tests/Feed/FetchTest.php:20\n\n--\n\nThere was 1 risky test:\n\n1) Tests\\Feed\\ImportTest::testLargeFeed\nExecution aborted after 10 seconds\n\n/app/tests/Feed/ImportTest.php:40\n\nERRORS!\nTests: 10, Assertions: 31, Errors: 1, Risky: 1.\n' + _EXIT),
]


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(AMBIGUOUS))
def test_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(OUTLIVED_REAL))
def test_outlived_outage_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_still_reads_transient(log):
    reads(log, "transient")


def test_case_ids_are_unique():
    assert_unique_ids(REAL, AMBIGUOUS, OUTLIVED_REAL, TRANSIENT)
