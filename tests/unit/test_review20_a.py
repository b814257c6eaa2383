"""Review 20a: the nineteenth round's last two changes tried on logs written to break them.

Covered: (1) the timing-sensitive-test reading consulting a timing-named test's own compared values (rules.py
_timing_values_say_otherwise: a count or a size, a computed duration, a bound missed over 3x, the same miss in every
--gtest_repeat iteration outweigh the name; a measured time a little over keeps it transient); (2) the xfail19b
catalogue edits: gunicorn's own SIGKILL after its WORKER TIMEOUT, a help text's option line (fragment
cli_help_option_line), Cypress's run summary read as failed specs, a loopback curl's own 429 (fragment
loopback_http_answer_throttled). Each case is labelled by the mechanism a careful engineer would name, not by what the
engine says.

Where the wording comes from: GoogleTest's "Expected: (a) < (b), actual: x vs y" (google/googletest gtest.h
CmpHelperOpFailure, as rules.py quotes it, read there) and "Repeating all tests (iteration N) . . ."; pytest's
"FAILED path::test - msg" and "E   " lines, Go's "--- FAIL:", JUnit 5's AssertionFailedError, Rust libtest's
"test x ... FAILED" and panic lines, RSpec's "rspec ./spec/..." list, Jest's "●" headings (all recalled);
gunicorn's "[CRITICAL] WORKER TIMEOUT (pid:N)", "Booting worker with pid: N" and "Worker (pid:N) was sent SIGKILL!
Perhaps out of memory?" (benoitc/gunicorn arbiter.py, as signatures.toml quotes it, read there); cobra's "Error: unknown
flag:" and its Flags table with a value type ("-t, --timeout duration"), clap's "-r, --retry <N>" (recalled);
Cypress's "(Run Finished)" table and cy.request()/cy.visit() network-level errors (cypress-io/cypress error messages,
recalled); curl -i/-v output ("HTTP/1.1 429", curl -v's "< HTTP/1.1 429"), HTTPie's "http: warning: HTTP 429 Too Many
Requests" (recalled); requests' "429 Client Error: Too Many Requests for url:" (psf/requests models.py
raise_for_status, recalled); Docker Hub's "You have reached your pull rate limit" (documented). Tests, values, hosts
and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a timing-named test that failed on a message text, a parsed value, a count or a computed duration fails the same on
    every run -> real, whatever the name (the words "timed out" inside a compared message are the test's own text);
  * a timing-named test whose printed measured time (elapsed, waited, lateness) is a little over its bound -> transient,
    also where the name holds a computed-duration word (Timeout, Delay): the measured word decides;
  * a help text quoted in a failing test's diff, or printed by a CLI refusing a flag the script passed -> real;
  * gunicorn's WORKER TIMEOUT for every worker it boots: the app hangs at boot -> not a sure transient;
  * a Cypress summary under a network-level error to another host -> transient; under the app's own crash -> real;
  * a 429 from the job's own server on the loopback (curl -v, HTTPie, requests) -> real; a local pull-through proxy
    passing on Docker Hub's pull rate limit -> transient.
"""

from __future__ import annotations

import pytest
from frames import gha_stamped as _gha_stamped
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GL = "ERROR: Job failed: exit code 1\n"


def _gtest(name: str, *body: str) -> str:
    return (f"[ RUN      ] {name}\n/home/runner/work/app/app/src/unit_test.cc:88: Failure\n" + "\n".join(body) + "\n"
            f"[  FAILED  ] {name} (112 ms)\n[----------] 12 tests from {name.split('.')[0]} (1203 ms total)\n\n"
            "[==========] 240 tests from 31 test suites ran. (5310 ms total)\n[  PASSED  ] 239 tests.\n"
            f"[  FAILED  ] 1 test, listed below:\n[  FAILED  ] {name}\n\n 1 FAILED TEST\n" + _GHA)


_GUNICORN_HEAD = ("[2026-05-04 10:00:01 +0000] [7] [INFO] Starting gunicorn 22.0.0\n"
                  "[2026-05-04 10:00:01 +0000] [7] [INFO] Listening at: http://0.0.0.0:8000 (7)\n"
                  "[2026-05-04 10:00:01 +0000] [7] [INFO] Using worker: sync\n"
                  "[2026-05-04 10:00:01 +0000] [8] [INFO] Booting worker with pid: 8\n")

_CYPRESS_TABLE = ("====================================================================================================\n\n"
                  "  (Run Finished)\n\n"
                  "       Spec                                              Tests  Passing  Failing  Pending  Skipped\n"
                  "  ┌────────────────────────────────────────────────────────────────────────────────────────────┐\n"
                  "  │ ✔  cart.cy.ts                               00:07        5        5        -        -        - │\n"
                  "  ├────────────────────────────────────────────────────────────────────────────────────────────┤\n"
                  "  │ ✖  checkout.cy.ts                           00:12        3        2        1        -        - │\n"
                  "  └────────────────────────────────────────────────────────────────────────────────────────────┘\n"
                  "    ✖  1 of 2 failed (50%)                      00:19        8        7        1        -        -\n\n")


CASES: list[tuple[str, str, str]] = [
    # ================================================================ (1) timing names read by their values
    # ------------------------------------------------ real: the name speaks of time, the failure does not
    # a test of a timeout's error message: the message text the code builds (pytest's "in" comparison, the words
    # "timed out" inside the compared text)
    ("pytest-timeout-message-in", "real",
     "tests/test_http.py::test_timeout_error_names_the_url FAILED                         [ 41%]\n"
     "=================================== FAILURES ===================================\n"
     "_______________________ test_timeout_error_names_the_url _______________________\n\n"
     "    def test_timeout_error_names_the_url():\n"
     "        with pytest.raises(FetchError) as info:\n"
     "            fetch('https://api.example.test/v1/items', timeout=0.001)\n"
     ">       assert 'https://api.example.test/v1/items' in str(info.value)\n"
     "E       assert 'https://api.example.test/v1/items' in 'Read timed out. (read timeout=0.001)'\n"
     "E        +  where 'Read timed out. (read timeout=0.001)' = str(FetchError('Read timed out. (read timeout=0.001)'))\n\n"
     "tests/test_http.py:58: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_http.py::test_timeout_error_names_the_url - assert 'https://api.example.test/v1/items' in 'Read timed out. (read timeout=0.001)'\n"
     "========================= 1 failed, 212 passed in 9.81s =========================\n" + _GHA),
    # JUnit 5: a message compared whose texts hold a duration ("30000 ms"): still a text the code builds
    ("junit-connect-timeout-message-text", "real",
     "> Task :client:test\n\n"
     "HttpClientTest > connectTimeoutMessageNamesHost() FAILED\n"
     "    org.opentest4j.AssertionFailedError: expected: <Connection to db.internal timed out after 30000 ms> "
     "but was: <Connection timed out after 30000 ms>\n"
     "        at app//com.example.HttpClientTest.connectTimeoutMessageNamesHost(HttpClientTest.java:77)\n\n"
     "118 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n" + _GHA),
    # pytest: a "slow" test failing on a plain count (the slow-query log's entries)
    ("pytest-slow-name-count", "real",
     "FAILED tests/test_db.py::test_slow_query_log_records_each_query - assert 2 == 3\n"
     "==================== 1 failed, 87 passed, 2 skipped in 14.20s ====================\n" + _GHA),
    # Go: a computed backoff delay against the one wanted (a duration, not a measured time; no bound form)
    ("go-backoff-delay-sequence", "real",
     "=== RUN   TestBackoffDelaySequence\n"
     "    backoff_test.go:44: delay for attempt 3 = 8s, want 4s\n"
     "--- FAIL: TestBackoffDelaySequence (0.00s)\n"
     "FAIL\nFAIL\tgithub.com/acme/retry\t0.012s\nFAIL\n" + _GHA),
    # GoogleTest: a timeout parser's answer compared for equality (EXPECT_EQ), under a "Timeout" name
    ("gtest-timeout-parse-eq", "real",
     _gtest("TimeoutTest.ParsesMillisecondSuffix",
            "Expected equality of these values:", "  ParseTimeout(\"250ms\")", "    Which is: 250000", "  250")),
    # GoogleTest: a computed backoff over its cap; the test's name says "Slow", the expression ends in "_ms"
    ("gtest-slow-named-backoff-over-cap", "real",
     _gtest("SlowServerTest.BackoffStaysUnderCap", "Expected: (next_backoff_ms) <= (30000), actual: 64000 vs 30000")),
    # GoogleTest: a retry count over its limit under a "Slow" name; camelCase numAttempts
    ("gtest-slow-named-attempt-count", "real",
     _gtest("SlowServerTest.GivesUpAfterThreeTries", "Expected: (numAttempts) <= (3), actual: 5 vs 3")),
    # Java: a test of sleep()'s argument check; no exception thrown
    ("junit-sleep-rejects-negative", "real",
     "> Task :test\n\n"
     "SleeperTest > sleepRejectsNegativeDuration() FAILED\n"
     "    org.opentest4j.AssertionFailedError: Expected java.lang.IllegalArgumentException to be thrown, but nothing was thrown.\n"
     "        at app//com.example.SleeperTest.sleepRejectsNegativeDuration(SleeperTest.java:31)\n\n"
     "64 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n" + _GHA),
    # Rust: a sleep test on an argument's refusal (assert! on is_err)
    ("rust-sleep-rejects-zero", "real",
     "running 42 tests\n"
     "test timer::tests::sleep_rejects_zero ... FAILED\n\n"
     "failures:\n\n---- timer::tests::sleep_rejects_zero stdout ----\n\n"
     "thread 'timer::tests::sleep_rejects_zero' panicked at src/timer.rs:88:9:\n"
     "assertion failed: Sleep::new(Duration::ZERO).is_err()\n"
     "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n\n\n"
     "failures:\n    timer::tests::sleep_rejects_zero\n\n"
     "test result: FAILED. 41 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.03s\n\n"
     "error: test failed, to rerun pass `--lib`\n" + _GHA),
    # RSpec: a session's configured timeout compared for equality, the example described as "after the timeout"
    ("rspec-session-expires-after-configured-timeout", "real",
     "Failures:\n\n"
     "  1) Session expires after the configured timeout\n"
     "     Failure/Error: expect(session.ttl).to eq(1800)\n\n"
     "       expected: 1800\n"
     "            got: 3600\n\n"
     "       (compared using ==)\n"
     "     # ./spec/models/session_spec.rb:40:in `block (2 levels) in <top (required)>'\n\n"
     "Finished in 2.41 seconds (files took 1.9 seconds to load)\n"
     "120 examples, 1 failure\n\nFailed examples:\n\n"
     "rspec ./spec/models/session_spec.rb:38 # Session expires after the configured timeout\n" + _GL),
    # GoogleTest: a measured time ten times its bound (a hang or a regression), under GitHub's clock prefixes
    ("gtest-timer-ten-times-over-stamped", "real", _gha_stamped(
        _gtest("TimerWheelTest.FiresWithinDeadline", "Expected: (elapsed_ms) < (50), actual: 1450 vs 50"))),
    # Catch2 under a "timeout" name: the configured (computed) timeout over its maximum
    ("catch2-timeout-config-over-max", "real",
     "-------------------------------------------------------------------------------\n"
     "Client timeout is clamped to the server maximum\n"
     "-------------------------------------------------------------------------------\n"
     "/src/tests/client_tests.cpp:61\n"
     "...............................................................................\n\n"
     "/src/tests/client_tests.cpp:70: FAILED:\n"
     "  REQUIRE( client.timeout() <= max_timeout )\n"
     "with expansion:\n"
     "  120000 ms <= 30000 ms\n\n"
     "===============================================================================\n"
     "test cases:  48 |  47 passed | 1 failed\n"
     "assertions: 310 | 309 passed | 1 failed\n\n" + _GHA),
    # a second test failed on a compile error in the same go test run, beside a timing name near its bound
    ("go-timing-near-bound-beside-build-failure", "real",
     "=== RUN   TestTickerFiresOnTime\n"
     "    ticker_test.go:30: elapsed 130ms, want under 100ms\n"
     "--- FAIL: TestTickerFiresOnTime (0.13s)\n"
     "FAIL\nFAIL\tgithub.com/acme/sched\t0.201s\n"
     "# github.com/acme/sched/api [github.com/acme/sched/api.test]\n"
     "api/handler_test.go:22:9: undefined: NewRouterWithTimeout\n"
     "FAIL\tgithub.com/acme/sched/api [build failed]\n"
     "FAIL\n" + _GHA),
    # ------------------------------------------------ transient: a measured time a little over, on a loaded runner
    # Go: a measured elapsed time against the one wanted (2.5x), a Duration's String form: not a computed duration
    ("go-ticker-elapsed-want", "transient",
     "=== RUN   TestTickerDelayFiresOnce\n"
     "    ticker_test.go:30: elapsed = 250ms, want 100ms\n"
     "--- FAIL: TestTickerDelayFiresOnce (0.25s)\n"
     "FAIL\nFAIL\tgithub.com/acme/sched\t0.301s\nFAIL\n" + _GHA),
    # two timer tests each a little over their bound (pytest's own bound form), one run
    ("pytest-two-timers-near-bound", "transient",
     "FAILED tests/test_timers.py::test_timer_fires_once - assert 0.132 < 0.1\n"
     "FAILED tests/test_timers.py::test_timer_rearms - assert 0.118 < 0.1\n"
     "==================== 2 failed, 301 passed in 41.20s ====================\n" + _GHA),
    # the failure far above the end: two hundred passing tests' lines under it
    ("gtest-near-bound-long-log", "transient",
     "[ RUN      ] TimerWheelTest.FiresWithinDeadline\n/src/timer_wheel_test.cc:41: Failure\n"
     "Expected: (elapsed_ms) < (40), actual: 57 vs 40\n[  FAILED  ] TimerWheelTest.FiresWithinDeadline (57 ms)\n"
     + "".join(f"[ RUN      ] ParserTest.Case{i}\n[       OK ] ParserTest.Case{i} (0 ms)\n" for i in range(200))
     + "[==========] 201 tests from 2 test suites ran. (1320 ms total)\n[  PASSED  ] 200 tests.\n"
     "[  FAILED  ] 1 test, listed below:\n[  FAILED  ] TimerWheelTest.FiresWithinDeadline\n\n 1 FAILED TEST\n" + _GHA),
    # GoogleTest 2.5x over under GitHub's clock
    ("gtest-timer-2x-over-stamped", "transient", _gha_stamped(
        _gtest("TimerWheelTest.FiresWithinDeadline", "Expected: (elapsed_ms) < (50), actual: 126 vs 50"))),
    # a measured wait under a name holding "Timeout": the wait's length was measured (waited_ms), 1.4x over
    ("gtest-connect-timeout-fires-measured", "transient",
     _gtest("ConnectTimeoutTest.FiresPromptly", "Expected: (waited_elapsed_ms) < (1500), actual: 2100 vs 1500")),
    # a scheduled task's measured lateness under a name holding "Delayed"
    ("gtest-delayed-task-lateness", "transient",
     _gtest("SchedulerTest.DelayedTaskRunsOnTime", "Expected: (lateness_ms) < (20), actual: 35 vs 20")),
    # pytest's bound compared in its own form, a measured elapsed 1.5x over, under Jenkins' timestamper
    ("pytest-sleep-wakes-promptly-jenkins", "transient",
     "[Pipeline] sh\n"
     "[10:02:11] + python -m pytest -q tests/\n"
     "[10:02:40] =================================== FAILURES ===================================\n"
     "[10:02:40] ___________________________ test_sleep_wakes_promptly ___________________________\n"
     "[10:02:40] \n"
     "[10:02:40]     def test_sleep_wakes_promptly():\n"
     "[10:02:40]         start = time.monotonic()\n"
     "[10:02:40]         waiter.wake_after(0.05)\n"
     "[10:02:40]         elapsed = time.monotonic() - start\n"
     "[10:02:40] >       assert elapsed < 0.1\n"
     "[10:02:40] E       assert 0.1532 < 0.1\n"
     "[10:02:40] \n"
     "[10:02:40] tests/test_waiter.py:19: AssertionError\n"
     "[10:02:40] =========================== short test summary info ============================\n"
     "[10:02:40] FAILED tests/test_waiter.py::test_sleep_wakes_promptly - assert 0.1532 < 0.1\n"
     "[10:02:40] ========================= 1 failed, 140 passed in 28.77s =========================\n"
     "[Pipeline] }\n[Pipeline] // stage\n"
     "ERROR: script returned exit code 1\n"),
    # unittest's assertLess on a measured time under a timer name
    ("unittest-timer-measured-less", "transient",
     "======================================================================\n"
     "FAIL: test_timer_fires_once (tests.test_timer.TimerTest.test_timer_fires_once)\n"
     "----------------------------------------------------------------------\n"
     "Traceback (most recent call last):\n"
     "  File \"/builds/app/tests/test_timer.py\", line 22, in test_timer_fires_once\n"
     "    self.assertLess(elapsed, 0.25)\n"
     "AssertionError: 0.31 not less than 0.25\n\n"
     "----------------------------------------------------------------------\n"
     "Ran 42 tests in 3.210s\n\nFAILED (failures=1)\n" + _GL),
    # GoogleTest under --gtest_repeat=3: the bound missed in iteration 2 only
    ("gtest-repeat-one-iteration-missed", "transient",
     "[==========] Running 1 test from 1 test suite.\n[ RUN      ] TimerTest.FiresOnTime\n"
     "[       OK ] TimerTest.FiresOnTime (61 ms)\n[==========] 1 test from 1 test suite ran. (63 ms total)\n"
     "[  PASSED  ] 1 test.\n\nRepeating all tests (iteration 2) . . .\n\n"
     "[==========] Running 1 test from 1 test suite.\n[ RUN      ] TimerTest.FiresOnTime\n"
     "/src/timer_unittest.cc:88: Failure\nExpected: (elapsed_ms) < (100), actual: 161 vs 100\n"
     "[  FAILED  ] TimerTest.FiresOnTime (161 ms)\n[==========] 1 test from 1 test suite ran. (164 ms total)\n"
     "[  PASSED  ] 0 tests.\n[  FAILED  ] 1 test, listed below:\n[  FAILED  ] TimerTest.FiresOnTime\n\n"
     " 1 FAILED TEST\n\nRepeating all tests (iteration 3) . . .\n\n"
     "[==========] Running 1 test from 1 test suite.\n[ RUN      ] TimerTest.FiresOnTime\n"
     "[       OK ] TimerTest.FiresOnTime (58 ms)\n[==========] 1 test from 1 test suite ran. (60 ms total)\n"
     "[  PASSED  ] 1 test.\n" + _GHA),
    # ctest -V's test number in front, a measured time 1.3x over
    ("ctest-v-timer-measured", "transient",
     "3: [ RUN      ] TimerQueueTest.ExpiresOnTime\n"
     "3: /src/tests/timer_queue_test.cc:54: Failure\n"
     "3: Expected: (elapsed_ms) < (200), actual: 263 vs 200\n"
     "3: [  FAILED  ] TimerQueueTest.ExpiresOnTime (263 ms)\n"
     "3/9 Test #3: timer_queue_test .................***Failed    0.41 sec\n\n"
     "89% tests passed, 1 tests failed out of 9\n\n"
     "The following tests FAILED:\n\t  3 - timer_queue_test (Failed)\n"
     "Errors while running CTest\n" + _GHA),
    # Jest: the test's own time limit under a timer name
    ("jest-timer-test-exceeded-timeout", "transient",
     "FAIL src/__tests__/debounce.test.ts (7.412 s)\n"
     "  ● debounce › fires the timer once after the delay\n\n"
     "    thrown: \"Exceeded timeout of 5000 ms for a test.\n"
     "    Add a timeout value to this test to increase the timeout, if this is a long-running test. "
     "See https://jestjs.io/docs/api#testname-fn-timeout.\"\n\n"
     "      10 |\n    > 11 |   it('fires the timer once after the delay', async () => {\n"
     "         |   ^\n\n"
     "Tests:       1 failed, 83 passed, 84 total\n" + _GHA),

    # ================================================================ (2) the xfail19b edits
    # ------------------------------------------------ help texts
    # pytest's diff of a CLI's help output (a test of the help text): the option lines under "E   " and "-"/"+"
    ("pytest-help-text-diff", "real",
     "___________________________________ test_help ___________________________________\n"
     ">       assert result.output == EXPECTED_HELP\n"
     "E       AssertionError: assert 'Usage: fetch...' == 'Usage: fetch...'\n"
     "E         \n"
     "E           Usage: fetchit [OPTIONS] URL\n"
     "E           \n"
     "E           Options:\n"
     "E         -   --retries INTEGER  Retry after a connection timed out or was refused.\n"
     "E         +   --retries INTEGER  Retry after a connection timed out.\n"
     "E             --help             Show this message and exit.\n\n"
     "tests/test_cli.py:12: AssertionError\n"
     "FAILED tests/test_cli.py::test_help - AssertionError: assert 'Usage: fetch...' == 'Usage: fetch...'\n"
     "========================= 1 failed, 30 passed in 1.90s =========================\n" + _GHA),
    # cobra refuses a misspelt flag and prints its Flags table (value types after the option name)
    ("cobra-unknown-flag-help", "real",
     "+ ./bin/fetchit --retires 3 https://downloads.example.org/data.csv\n"
     "Error: unknown flag: --retires\n"
     "Usage:\n  fetchit [flags] URL\n\n"
     "Flags:\n"
     "  -h, --help               help for fetchit\n"
     "      --retries int        how often to retry when the connection was refused (default 3)\n"
     "  -t, --timeout duration   give up once the connection timed out (default 30s)\n\n"
     + _GHA),
    # insta's snapshot diff of a clap help text (cargo insta test): line numbers and a bar before the option
    ("insta-clap-help-snapshot", "real",
     "---- cli::tests::help_output stdout ----\n"
     "-old snapshot\n+new results\n"
     "────────────┬───────────────────────────────────────────────────────────────\n"
     "    3     3 │ Options:\n"
     "    4       │-  -r, --retry <N>    Retry on connection refused or timed out [default: 3]\n"
     "          4 │+  -r, --retry <N>    Retry on connection refused [default: 3]\n"
     "    5     5 │   -h, --help         Print help\n"
     "────────────┴───────────────────────────────────────────────────────────────\n"
     "thread 'cli::tests::help_output' panicked at src/cli.rs:120:5:\n"
     "snapshot assertion for 'help_output' failed in line 120\n\n"
     "failures:\n    cli::tests::help_output\n\n"
     "test result: FAILED. 18 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.04s\n" + _GHA),
    # a real connect timeout still reads transient beside a help text printed earlier by the same job
    # (xfail20b: no longer a strict xfail; the help body under the usage line now marks it as help output)
    ("help-text-then-real-connect-timeout", "transient",
     "+ ./bin/fetchit --help\n"
     "usage: fetchit [-h] [--retries N] URL\n"
     "  -h, --help   show this help message and exit\n"
     "  --retries N  retry after a connection timed out\n"
     "+ ./bin/fetchit --retries 2 https://downloads.example.org/data.csv\n"
     "curl: (28) Failed to connect to downloads.example.org port 443 after 130014 ms: Connection timed out\n"
     + _GHA),
    # ------------------------------------------------ gunicorn
    # a worker SIGKILLed by the OOM killer (no WORKER TIMEOUT for that pid) while another worker had timed out
    ("gunicorn-other-pid-oom", "transient",
     "+ gunicorn shop.wsgi:application --workers 2 --bind 0.0.0.0:8000 &\n" + _GUNICORN_HEAD +
     "[2026-05-04 10:00:01 +0000] [9] [INFO] Booting worker with pid: 9\n"
     "[2026-05-04 10:00:33 +0000] [7] [CRITICAL] WORKER TIMEOUT (pid:8)\n"
     "[2026-05-04 10:00:33 +0000] [8] [INFO] Worker exiting (pid: 8)\n"
     "[2026-05-04 10:00:34 +0000] [7] [ERROR] Worker (pid:9) was sent SIGKILL! Perhaps out of memory?\n"
     "[  412.331] Out of memory: Killed process 9 (gunicorn) total-vm:3912044kB, anon-rss:3801220kB\n"
     + _GHA),
    # gunicorn's worker timed out, but the read that timed out was to a third party's API, not the loopback
    ("gunicorn-worker-timeout-external-read-timeout", "transient",
     "[2026-05-04 10:00:40 +0000] [7] [CRITICAL] WORKER TIMEOUT (pid:8)\n"
     "[2026-05-04 10:00:41 +0000] [9] [INFO] Booting worker with pid: 9\n"
     "FAILED tests/e2e/test_payments.py::test_charge - requests.exceptions.ReadTimeout: "
     "HTTPSConnectionPool(host='api.sandbox.payments.example.com', port=443): Read timed out. (read timeout=30)\n"
     "==================== 1 failed, 44 passed in 71.02s ====================\n" + _GHA),
    # ------------------------------------------------ Cypress
    # a spec's cy.request() met a DNS failure to a third party's sandbox host; the run table sums it up
    ("cypress-summary-beside-dns-failure", "transient",
     "  Running:  checkout.cy.ts                                                                  (2 of 2)\n\n"
     "  Checkout\n    ✓ shows the cart (812ms)\n    ✓ applies a coupon (644ms)\n    1) pays with a card\n\n"
     "  2 passing (3s)\n  1 failing\n\n"
     "  1) Checkout\n       pays with a card:\n"
     "     CypressError: `cy.request()` failed trying to load:\n\n"
     "https://api.sandbox.payments.example.com/v1/tokens\n\n"
     "We attempted to make an http request to this URL but the request failed without a response.\n\n"
     "We received this error at the network level:\n\n"
     "  > Error: getaddrinfo EAI_AGAIN api.sandbox.payments.example.com\n\n"
     + _CYPRESS_TABLE + _GHA),
    # the app's dev server crashed at boot on a syntax error, so cy.visit() was refused on the loopback
    ("cypress-summary-app-crashed-refused", "real",
     "[start] > shop@1.0.0 start\n[start] > node server.js\n[start] \n"
     "[start] /app/server.js:41\n[start] });\n[start] ^\n\n"
     "[start] SyntaxError: Unexpected token '}'\n"
     "[start]     at internalCompileFunction (node:internal/vm:76:18)\n"
     "  Running:  checkout.cy.ts                                                                  (2 of 2)\n\n"
     "  1) Checkout\n       \"before each\" hook for \"shows the cart\":\n"
     "     CypressError: `cy.visit()` failed trying to load:\n\n"
     "http://localhost:3000/\n\n"
     "We attempted to make an http request to this URL but the request failed without a response.\n\n"
     "We received this error at the network level:\n\n"
     "  > Error: connect ECONNREFUSED 127.0.0.1:3000\n\n"
     + _CYPRESS_TABLE + _GHA),
    # an assertion on the page's text, the summary under GitHub's clock
    ("cypress-assertion-summary-stamped", "real", _gha_stamped(
        "  1) Checkout\n       shows the total:\n\n"
        "     AssertionError: Timed out retrying after 4000ms: expected '<span.total>' to have text '$42.00', "
        "but the text was '$40.00'\n"
        "      at Context.eval (webpack:///./cypress/e2e/checkout.cy.ts:31:36)\n\n" + _CYPRESS_TABLE)),
    # ------------------------------------------------ loopback 429
    # curl -v prints the status line as "< HTTP/1.1 429": the app's own limiter, asked by its smoke test
    ("curl-v-loopback-429-retry-after", "real",
     "+ curl -sv -X POST http://127.0.0.1:8080/api/login -d @creds.json\n"
     "*   Trying 127.0.0.1:8080...\n"
     "* Connected to 127.0.0.1 (127.0.0.1) port 8080\n"
     "> POST /api/login HTTP/1.1\n> Host: 127.0.0.1:8080\n> User-Agent: curl/8.5.0\n>\n"
     "< HTTP/1.1 429 Too Many Requests\n"
     "< retry-after: 60\n"
     "< content-type: application/json\n<\n"
     "{\"error\":\"too many login attempts\"}\n"
     "* Connection #0 to host 127.0.0.1 left intact\n"
     "smoke: login returned 429, expected 200\n" + _GHA),
    # curl -v to a public API answered 429: still the API's throttle of the runner
    ("curl-v-remote-api-429", "transient",
     "+ curl -sv https://api.github.com/repos/acme/app/releases/latest\n"
     "*   Trying 140.82.112.6:443...\n"
     "> GET /repos/acme/app/releases/latest HTTP/2\n> Host: api.github.com\n>\n"
     "< HTTP/2 429\n"
     "< retry-after: 60\n<\n"
     "{\"message\":\"API rate limit exceeded for 20.1.2.3.\"}\n" + _GHA),
    # HTTPie asked the job's own server (":8080" is HTTPie's localhost shorthand) and checked the status
    ("httpie-loopback-429", "real",
     "$ http --check-status --ignore-stdin :8080/api/items\n"
     "HTTP/1.1 429 Too Many Requests\n"
     "Content-Type: application/json\n"
     "Retry-After: 30\n\n"
     "{\n    \"detail\": \"Request was throttled. Expected available in 30 seconds.\"\n}\n\n"
     "http: warning: HTTP 429 Too Many Requests\n" + _GL),
    # a pytest integration test's request to the app on the loopback, throttled by the app's own limiter
    ("requests-loopback-429-in-test", "real",
     "_________________________ test_bulk_import_then_list __________________________\n"
     "tests/integration/test_items.py:48: in test_bulk_import_then_list\n"
     "    resp.raise_for_status()\n"
     "E   requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: http://localhost:5000/api/items\n"
     "FAILED tests/integration/test_items.py::test_bulk_import_then_list - requests.exceptions.HTTPError: "
     "429 Client Error: Too Many Requests for url: http://localhost:5000/api/items\n"
     "==================== 1 failed, 61 passed in 22.31s ====================\n" + _GHA),
    # a pull-through cache on the loopback passing on Docker Hub's pull rate limit: the upstream throttled the runner
    ("curl-loopback-mirror-docker-hub-limit", "transient",
     "+ curl -si http://localhost:5000/v2/library/node/manifests/20-alpine\n"
     "HTTP/1.1 429 Too Many Requests\n"
     "Content-Type: application/json\n\n"
     "{\"errors\":[{\"code\":\"TOOMANYREQUESTS\",\"message\":\"You have reached your pull rate limit. You may increase "
     "the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\"}]}\n"
     + _GHA),
]

# no rerun proposed with confidence: a log that does not tell a slow runner from the code's own hang
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # gunicorn times out every worker it boots: the app hangs at import (or waits on something it never gets)
    ("gunicorn-every-worker-times-out", "+ gunicorn shop.wsgi:application --bind 0.0.0.0:8000 --timeout 30 &\n"
     + _GUNICORN_HEAD +
     "[2026-05-04 10:00:32 +0000] [7] [CRITICAL] WORKER TIMEOUT (pid:8)\n"
     "[2026-05-04 10:00:32 +0000] [8] [INFO] Worker exiting (pid: 8)\n"
     "[2026-05-04 10:00:33 +0000] [12] [INFO] Booting worker with pid: 12\n"
     "[2026-05-04 10:01:04 +0000] [7] [CRITICAL] WORKER TIMEOUT (pid:12)\n"
     "[2026-05-04 10:01:04 +0000] [12] [INFO] Worker exiting (pid: 12)\n"
     "[2026-05-04 10:01:05 +0000] [15] [INFO] Booting worker with pid: 15\n"
     "+ ./wait-for-it.sh localhost:8000 -t 60\n"
     "wait-for-it.sh: timeout occurred after waiting 60 seconds for localhost:8000\n" + _GHA),
    # the app's own endpoint hangs: gunicorn kills the worker, the test's read times out on the loopback
    ("gunicorn-endpoint-hangs-read-timeout",
     "[2026-05-04 10:00:40 +0000] [7] [CRITICAL] WORKER TIMEOUT (pid:8)\n"
     "[2026-05-04 10:00:41 +0000] [7] [ERROR] Worker (pid:8) was sent SIGKILL! Perhaps out of memory?\n"
     "FAILED tests/e2e/test_reports.py::test_export_csv - requests.exceptions.ReadTimeout: "
     "HTTPConnectionPool(host='localhost', port=8000): Read timed out. (read timeout=30)\n"
     "==================== 1 failed, 44 passed in 71.02s ====================\n" + _GHA),
]

# Known misreadings left (strict expected failures)
KNOWN_MISREAD: dict[str, str] = {
    # LEFT: review 12e's rule (small integers compared under a timeout/delay/timer/sleep name) leaves "slow" names out on
    # purpose: a slow consumer's "assert 2 == 3" is as often a lost message (a race) as a count the code computes, and
    # this log prints nothing more to tell them apart
    "pytest-slow-name-count": "transient: a 'slow' name over a plain count, the name stands where no bound is printed",
    # LEFT: libtest prints only the asserted expression ("assertion failed: Sleep::new(Duration::ZERO).is_err()"); a
    # sleep test's boolean check is as often the race's own check (a receiver not yet ready), so no rule keyed on it
    "rust-sleep-rejects-zero": "transient: a sleep name over a boolean assert!, the name stands",
    # (help-text-then-real-connect-timeout was left here: build-config-error read the usage line of a help text the job
    # printed on purpose. Reads transient since xfail20b: the usage pattern now passes over a usage line with argparse's
    # "-h, --help  show this help message and exit" below it, the help body a refusal never prints)
    # (curl-v-loopback-429-retry-after and httpie-loopback-429 were left here: the loopback fragment passed the own
    # server's 429 over and nothing read it as real. Read real since xfail21: the entry loopback-app-answered-429 reads
    # that fragment's match, the echoed curl/HTTPie call to the loopback and its 429 status line below)
}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_review20_a_case_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_review20_a_ambiguous_not_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py (the patterns this
# review added or edited: cobra's flag types, the loopback answer, gunicorn's worker timeout, Go's got/want durations,
# RSpec's eq, JUnit's assertThrows, pytest's "in").
LONG_LINE_WORDS = [
    "  -t, --timeout duration ",
    "$ http :8080/",
    "+ curl -sv http://127.0.0.1:8080/",
    "< HTTP/1.1 429 ",
    "WORKER TIMEOUT (pid:8) http://localhost:8000/",
    "    backoff_test.go:44: delay = 8s",
    "  1) Session expires after the configured timeout ",
    "Expected java.lang.IllegalArgumentException",
    "FAILED tests/test_http.py::test_timeout_x - assert '",
]
