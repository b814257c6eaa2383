"""Review 19g: the smells2 change (a measured time over its bound in sixteen frameworks' own assertion words) tried
on logs built to read it wrong.

Covered: real failures whose words are the change's (a test NAMED for time or speed comparing a count, a size or an
index: GoogleTest, doctest, ExUnit, Minitest, unittest, Hamcrest with its reason; a computed duration that must stay
at most its bound: a retry backoff, a config timeout, a rate limiter's Retry-After; a test of a log parser whose own
expected text holds GoogleTest's line, in a Jest snapshot diff and a pytest string diff; a timing check beside
another test's own failure; a bound missed the same on every --gtest_repeat iteration), and transient ones the change
should read in other shapes (pytest running a unittest TestCase, NUnit and xUnit on TimeSpan, Catch2 on chrono
durations, MSVC's GoogleTest form, Surefire 3's heading, xcpretty's line, CI prefixes: Azure timestamps,
"##[error]", Jenkins' "[Pipeline]" and timestamper lines, a long log with the failure far above the end).

Where the wording comes from: GoogleTest's "Expected: (a) < (b), actual: x vs y" and its MSVC "file(line): error: "
form (google/googletest gtest.h CmpHelperOpFailure and src/gtest.cc TestPartResultTypeToString, recalled for the
latter); Catch2's chrono StringMaker "<count> ms" (catchorg/Catch2 catch_tostring.hpp, read: `rss << duration.count()
<< ' ' << ratio_string<Ratio>::symbol() << 's'`); the other frameworks' lines as test_rules19_smells2.py writes them
(its sources); NUnit's TimeSpan printed as "00:00:01.3120000" (.NET TimeSpan.ToString "c", recalled); Surefire 3's
"-- Time elapsed: ... <<< FAILURE!" heading and xcpretty's "✗ name, message" line are recalled. Tests, values and
paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a test's name says what it measures only where the compared expression does not: an expression (or reason) that
    names a count, a size, a length or an index is that, whatever the test is called -> real;
  * a duration the code computed (a backoff, a configured timeout, a Retry-After) over the maximum it must keep is
    the code's answer, the same on every run -> real, though both values carry a unit;
  * a test of a log parser whose expected text holds the framework's line is not the framework reporting -> real;
  * the change's forms under CI prefixes and in the shapes other runners print them -> transient.
"""

from __future__ import annotations

import datetime as dt

import pytest
from judging import assert_unique_ids, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"


def _gtest(line: str, name: str, failure: str = "/home/runner/work/app/app/src/timer_unittest.cc:88: Failure\n") -> str:
    return (f"[ RUN      ] {name}\n{failure}{line}\n"
            f"[  FAILED  ] {name} (112 ms)\n[----------] 12 tests from {name.split('.')[0]} (1203 ms total)\n\n"
            "[==========] 240 tests from 31 test suites ran. (5310 ms total)\n[  PASSED  ] 239 tests.\n"
            f"[  FAILED  ] 1 test, listed below:\n[  FAILED  ] {name}\n\n 1 FAILED TEST\n" + _EXIT)


def _gradle(cls: str, method: str, body: str) -> str:
    return (f"> Task :test\n\n{cls} > {method}() FAILED\n{body}"
            f"        at app//com.example.{cls}.{method}({cls}.java:41)\n\n"
            "42 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n" + _EXIT)


def _assertj(cls: str, method: str, actual: str, bound: str, relation: str = "to be less than or equal to:") -> str:
    return _gradle(cls, method, f"    java.lang.AssertionError: \n    Expecting actual:\n      {actual}\n"
                                f"    {relation}\n      {bound} \n")


def _nunit(name: str, bound: str, actual: str, message: str = "") -> str:
    msg = f"  {message}\n" if message else ""
    return (f"  Failed {name} [1 s]\n  Error Message:\n{msg}  Expected: less than {bound}\n  But was:  {actual}\n\n"
            "  Stack Trace:\n     at Api.Tests.Run() in /src/Tests.cs:line 41\n\n"
            "Failed!  - Failed:     1, Passed:    41, Skipped:     0, Total:    42, Duration: 3 s - Api.Tests.dll (net8.0)\n"
            + _EXIT)


def _unittest(name: str, source: str, message: str) -> str:
    return ("======================================================================\n"
            f"FAIL: {name} (tests.test_clock.ClockTest.{name})\n"
            "----------------------------------------------------------------------\nTraceback (most recent call last):\n"
            f"  File \"/builds/app/tests/test_clock.py\", line 22, in {name}\n    {source}\n"
            f"AssertionError: {message}\n\n----------------------------------------------------------------------\n"
            "Ran 42 tests in 3.210s\n\nFAILED (failures=1)\n" + _EXIT)


def _exunit(name: str, code: str, left: str, right: str) -> str:
    return (f"  1) test {name} (App.SlowLogTest)\n     test/slow_log_test.exs:12\n     Assertion with <= failed\n"
            f"     code:  {code}\n     left:  {left}\n     right: {right}\n"
            "     stacktrace:\n       test/slow_log_test.exs:15: (test)\n\n"
            "Finished in 1.2 seconds (0.3s async, 0.9s sync)\n42 tests, 1 failure\n" + _EXIT)


def _azure(log: str) -> str:
    """Azure Pipelines' log: each line under a seven-digit timestamp."""
    base = dt.datetime(2024, 5, 1, 10, 0, 0)
    out = []
    for i, ln in enumerate(log.rstrip("\n").split("\n")):
        t = base + dt.timedelta(milliseconds=211 * i)
        out.append(t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}0Z " + ln)
    return "\n".join(out).replace(_EXIT.strip(), "##[error]Bash exited with code '1'.") + "\n"


def _timestamper(log: str) -> str:
    """Jenkins' Timestamper plugin: "[2024-05-01T10:00:01.123Z] " before each line of a stage's sh step."""
    return "".join(f"[2024-05-01T10:00:{i % 60:02d}.{i * 7 % 1000:03d}Z] {ln}\n"
                   for i, ln in enumerate(log.rstrip("\n").split("\n")))


_GTEST_TIMING = "Expected: (elapsed_ms) < (100), actual: 131 vs 100"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ real: a test named for time comparing a count
    # a slow-query log's ring buffer over its capacity: the expression names a size, the test's name says "slow"
    ("gtest-slow-query-log-size", "real", _gtest(
        "Expected: (log.entries().size()) <= (kCapacity), actual: 128 vs 100", "SlowQueryLogTest.KeepsAtMostCapacity")),
    # a timing wheel's encoded size in bytes
    ("gtest-timing-wheel-bytes", "real", _gtest(
        "Expected: (encoded.size()) < (64), actual: 72 vs 64", "TimingWheelTest.SerializedFormIsCompact")),
    # quicksort's pivot index out of range: "Quick" in the suite's name is not speed
    ("gtest-quicksort-pivot-index", "real", _gtest(
        "Expected: (pivot_index) < (n), actual: 12 vs 10", "QuickSortTest.PivotStaysInRange")),
    # doctest: a fast path's allocation count
    ("doctest-fast-path-allocations", "real",
     "[doctest] doctest version is \"2.4.11\"\n" + "=" * 79 + "\n/src/arena_test.cpp:12:\n"
     "TEST CASE:  fast path allocates at most once\n\n"
     "/src/arena_test.cpp:18: ERROR: CHECK_LT( allocations, 2 ) is NOT correct!\n  values: CHECK_LT( 3, 2 )\n\n"
     + "=" * 79 + "\n[doctest] test cases:  42 |  41 passed | 1 failed | 0 skipped\n[doctest] Status: FAILURE!\n"
     + _EXIT),
    # ExUnit: a slow-query log's length
    ("exunit-slow-log-length", "real", _exunit(
        "slow query log keeps at most 100 entries", "assert length(entries) <= 100", "128", "100")),
    # Minitest: quicksort's partition index
    ("minitest-quick-sort-partition", "real",
     "  1) Failure:\nQuickSortTest#test_partition_index_in_bounds [test/quick_sort_test.rb:14]:\n"
     "Expected 12 to be < 10.\n\n42 runs, 120 assertions, 1 failures, 0 errors, 0 skips\n" + _EXIT),
    # unittest: an elapsed-time label's length (the source line names len())
    ("unittest-elapsed-label-length", "real", _unittest(
        "test_elapsed_label_is_short", "self.assertLess(len(label), 8)", "9 not less than 8")),
    # Hamcrest: a latency histogram's bucket count, its reason says so
    ("hamcrest-latency-histogram-bucket-count", "real", _gradle(
        "LatencyHistogramTest", "bucketCountIsBounded",
        "    java.lang.AssertionError: bucket count\n    Expected: a value less than <64>\n"
        "         but: <96> was greater than <64>\n")),
    # NUnit: a slow-query report's row count, its message says so
    ("nunit-slow-report-rows", "real", _nunit(
        "Reports.Tests.SlowQueryReportTests.ListsTopQueries", "11", "20", message="rows in report")),
    # ------------------------------------------------------------------ real: a computed duration over its maximum
    # a retry backoff's computed delay over its cap (C++20 chrono's operator<< prints "2500ms")
    ("gtest-backoff-over-cap-chrono", "real", _gtest(
        "Expected: (policy.NextDelay(7)) <= (kMaxDelay), actual: 2500ms vs 1000ms", "BackoffTest.CapsAtMaxDelay")),
    # AssertJ on a Duration the backoff computed
    ("assertj-backoff-duration-over-max", "real", _assertj(
        "RetryPolicyTest", "backoffNeverExceedsMaxDelay", "PT2.5S", "PT1S")),
    # AssertJ on a Duration read from a config file
    ("assertj-config-read-timeout-capped", "real", _assertj(
        "ServerConfigTest", "readTimeoutIsCappedAtThirtySeconds", "PT45S", "PT30S")),
    # Kotest on a computed backoff
    ("kotest-backoff-capped", "real",
     "> Task :test\n\nRetryPolicySpec > backoff is capped at the max delay FAILED\n"
     "    java.lang.AssertionError: 2.5s should be <= 1s\n"
     "        at RetryPolicySpec$1.invokeSuspend(RetryPolicySpec.kt:14)\n\n"
     "42 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n" + _EXIT),
    # PHPUnit: a rate limiter's Retry-After seconds over its window
    ("phpunit-retry-after-seconds-over-window", "real",
     "There was 1 failure:\n\n1) Tests\\Unit\\RateLimiterTest::testRetryAfterSeconds\n"
     "Failed asserting that 90 is less than 60.\n\n/app/tests/Unit/RateLimiterTest.php:31\n\n"
     "FAILURES!\nTests: 42, Assertions: 120, Failures: 1.\n" + _EXIT),
    # testify WithinDuration on a token's computed expiry: the test asked for now+1h and got now+1h+1.5s (a constant
    # added by the code), named for the expiry it computes
    ("testify-within-expiry-computed", "real",
     "=== RUN   TestExpiryAddsGracePeriod\n    token_test.go:41: \n"
     "        \tError Trace:\t/home/runner/work/auth/token_test.go:41\n"
     "        \tError:      \tMax difference between 2024-05-01 11:00:00 +0000 UTC and 2024-05-01 11:00:01.5 +0000 "
     "UTC allowed is 1s, but difference was -1.5s\n"
     "        \tTest:       \tTestExpiryAddsGracePeriod\n        \tMessages:   \texpiry must be now + ttl, no grace\n"
     "--- FAIL: TestExpiryAddsGracePeriod (0.00s)\nFAIL\nFAIL\texample.com/auth\t0.102s\n" + _EXIT),
    # ------------------------------------------------------------------ real: the framework's line in a test's text
    # a log viewer's Jest snapshot: its expected text holds GoogleTest's line
    ("jest-snapshot-holds-gtest-line", "real",
     "FAIL src/logview.test.ts\n  ● logview › renders a GoogleTest failure\n\n"
     "    expect(received).toMatchSnapshot()\n\n    Snapshot name: `logview renders a GoogleTest failure 1`\n\n"
     "    - Snapshot  - 1\n    + Received  + 1\n\n      [ RUN      ] TimerTest.Elapsed\n"
     "    - " + _GTEST_TIMING + "\n    + <span class=\"err\">" + _GTEST_TIMING + "</span>\n\n"
     "      at Object.<anonymous> (src/logview.test.ts:22:30)\n\n"
     "Tests:       1 failed, 12 passed, 13 total\n" + _EXIT),
    # a log parser's pytest string diff: the expected text holds GoogleTest's line
    ("pytest-string-diff-holds-gtest-line", "real",
     "______________________________ test_extract_failure ______________________________\n"
     ">       assert extract(LOG) == EXPECTED\n"
     "E       AssertionError: assert 'timer_unitte...ctual: 131 vs 100' == 'Expected: (e...ctual: 131 vs 100'\n"
     "E         \n"
     "E         - " + _GTEST_TIMING + "\n"
     "E         + timer_unittest.cc:88: Failure\n"
     "E         + " + _GTEST_TIMING + "\n\n"
     "tests/test_extract.py:41: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_extract.py::test_extract_failure - AssertionError: assert 'timer_unitte...\n"
     "========================= 1 failed, 88 passed in 2.01s =========================\n" + _EXIT),
    # ------------------------------------------------------------------ real: beside another test's own failure
    ("gtest-timing-and-equality-failure", "real",
     "[ RUN      ] TimerTest.ElapsedIsShort\n/src/timer_unittest.cc:88: Failure\n" + _GTEST_TIMING + "\n"
     "[  FAILED  ] TimerTest.ElapsedIsShort (131 ms)\n[ RUN      ] ParserTest.ReadsHeader\n"
     "/src/parser_unittest.cc:41: Failure\nExpected equality of these values:\n  header.version\n    Which is: 2\n"
     "  3\n[  FAILED  ] ParserTest.ReadsHeader (0 ms)\n\n[==========] 240 tests from 31 test suites ran. (5310 ms total)\n"
     "[  PASSED  ] 238 tests.\n[  FAILED  ] 2 tests, listed below:\n[  FAILED  ] TimerTest.ElapsedIsShort\n"
     "[  FAILED  ] ParserTest.ReadsHeader\n\n 2 FAILED TESTS\n" + _EXIT),
    ("exunit-timing-and-match-error", "real",
     "  1) test search responds quickly (App.SearchTest)\n     test/search_test.exs:12\n     Assertion with < failed\n"
     "     code:  assert elapsed_ms < 1000\n     left:  1203\n     right: 1000\n"
     "     stacktrace:\n       test/search_test.exs:15: (test)\n\n"
     "  2) test creates a user (App.UserTest)\n     test/user_test.exs:20\n"
     "     ** (MatchError) no match of right hand side value: {:error, :email_taken}\n"
     "     stacktrace:\n       test/user_test.exs:22: (test)\n\n"
     "Finished in 1.2 seconds (0.3s async, 0.9s sync)\n42 tests, 2 failures\n" + _EXIT),
    ("phpunit-timing-and-type-error", "real",
     "There were 2 failures:\n\n1) Tests\\Unit\\SearchTest::testSearchIsFast\n"
     "Failed asserting that 131 is less than 100.\n\n/app/tests/Unit/SearchTest.php:31\n\n"
     "2) Tests\\Unit\\InvoiceTest::testTotal\nFailed asserting that 118.0 is identical to 120.0.\n\n"
     "/app/tests/Unit/InvoiceTest.php:18\n\nFAILURES!\nTests: 42, Assertions: 120, Failures: 2.\n" + _EXIT),
    # ------------------------------------------------------------------ transient: other shapes
    # pytest running a unittest TestCase: "E   AssertionError: ... not less than ..." under the source line
    ("pytest-runs-unittest-assertless", "transient",
     "______________________________ RenderTest.test_render_fast ______________________________\n\n"
     "self = <tests.test_render.RenderTest testMethod=test_render_fast>\n\n    def test_render_fast(self):\n"
     "        start = time.monotonic()\n        render(PAGE)\n        elapsed = time.monotonic() - start\n"
     ">       self.assertLess(elapsed, 0.5)\nE       AssertionError: 0.6231 not less than 0.5\n\n"
     "tests/test_render.py:22: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_render.py::RenderTest::test_render_fast - AssertionError: 0.6231 not less than 0.5\n"
     "========================= 1 failed, 41 passed in 3.21s =========================\n" + _EXIT),
    # NUnit Is.LessThan on a TimeSpan
    ("nunit-timespan-less-than", "transient", _nunit(
        "Api.Tests.SearchTests.SearchRespondsQuickly", "00:00:01", "00:00:01.3120000", message="elapsed")),
    # Catch2 on chrono durations ("131 ms < 100 ms")
    ("catch2-chrono-milliseconds", "transient",
     "-" * 79 + "\nTimer measures elapsed time\n" + "-" * 79 + "\n/src/timer_test.cpp:12\n" + "." * 79 + "\n\n"
     "/src/timer_test.cpp:18: FAILED:\n  REQUIRE( elapsed < 100ms )\nwith expansion:\n  131 ms < 100 ms\n\n"
     + "=" * 79 + "\ntest cases:  42 |  41 passed | 1 failed\nassertions: 310 | 309 passed | 1 failed\n\n" + _EXIT),
    # GoogleTest built with MSVC: "file(line): error: " and the message on one line
    ("gtest-msvc-error-form", "transient", _gtest(
        _GTEST_TIMING, "TimerTest.ElapsedIsShort", failure="D:\\a\\app\\app\\src\\timer_unittest.cc(88): error: ")
     .replace("error: \n", "error: ")),
    # Surefire 3's heading ("-- Time elapsed: ... <<< FAILURE!") over Hamcrest's lessThan
    ("surefire3-hamcrest-responds-quickly", "transient",
     "[INFO] Running com.example.SearchTest\n"
     "[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 3.2 s <<< FAILURE! -- in "
     "com.example.SearchTest\n"
     "[ERROR] com.example.SearchTest.respondsQuickly -- Time elapsed: 1.306 s <<< FAILURE!\n"
     "java.lang.AssertionError: \nExpected: a value less than <1000L>\n     but: <1203L> was greater than <1000L>\n"
     "\tat org.hamcrest.MatcherAssert.assertThat(MatcherAssert.java:20)\n\n"
     "[ERROR] Tests run: 42, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n" + _EXIT),
    # xcpretty's line for an XCTest failure
    ("xcpretty-xctest-launch-fast", "transient",
     "All tests\nTest Suite AppTests.xctest started\nLaunchTests\n"
     "    ✗ testLaunchIsFast, XCTAssertLessThan failed: (\"3.0005640983581543\") is not less than (\"3.0\")\n\n"
     "Executed 42 tests, with 1 failure (0 unexpected) in 9.210 (9.232) seconds\n\n"
     "LaunchTests\n  testLaunchIsFast, XCTAssertLessThan failed: (\"3.0005640983581543\") is not less than (\"3.0\")\n"
     "  /Users/runner/work/app/Tests/LaunchTests.swift:22\n\n" + _EXIT),
    # ------------------------------------------------------------------ transient: CI prefixes, long logs
    ("azure-nunit-less-than-test-name", "transient", _azure(_nunit("Api.Tests.SearchTests.SearchIsFast", "1000", "1203"))),
    ("azure-xunit-inrange-budget-ms", "transient", _azure(
        "  Failed Api.Tests.ResponseTests.RespondsWithinBudgetMs [1 s]\n  Error Message:\n"
        "   Assert.InRange() Failure: Value not in range\nRange:  (0 - 1000)\nActual: 1203\n  Stack Trace:\n"
        "     at Api.Tests.ResponseTests.RespondsWithinBudgetMs() in /src/ResponseTests.cs:line 41\n\n"
        "Failed!  - Failed:     1, Passed:    41, Skipped:     0, Total:    42, Duration: 3 s - Api.Tests.dll (net8.0)\n"
        + _EXIT)),
    ("jenkins-timestamper-exunit-elapsed", "transient",
     "[Pipeline] stage\n[Pipeline] { (Test)\n[Pipeline] sh\n" + _timestamper(
         "+ mix test\n  1) test search responds quickly (App.SearchTest)\n     test/search_test.exs:12\n"
         "     Assertion with < failed\n     code:  assert elapsed_ms < 1000\n     left:  1203\n     right: 1000\n"
         "     stacktrace:\n       test/search_test.exs:15: (test)\n\n"
         "Finished in 1.2 seconds (0.3s async, 0.9s sync)\n42 tests, 1 failure")
     + "[Pipeline] }\n[Pipeline] // stage\nERROR: script returned exit code 2\nFinished: FAILURE\n"),
    ("jenkins-timestamper-phpunit-fast", "transient",
     "[Pipeline] sh\n" + _timestamper(
         "+ vendor/bin/phpunit\nThere was 1 failure:\n\n1) Tests\\Unit\\SearchTest::testSearchIsFast\n"
         "Failed asserting that 131 is less than 100.\n\n/app/tests/Unit/SearchTest.php:31\n\n"
         "FAILURES!\nTests: 42, Assertions: 120, Failures: 1.")
     + "[Pipeline] }\nERROR: script returned exit code 1\nFinished: FAILURE\n"),
    ("gh-error-annotation-xctest", "transient",
     "Test Case '-[AppTests.LaunchTests testLaunchIsFast]' started.\n"
     "##[error]/Users/runner/work/app/Tests/LaunchTests.swift:22: error: -[AppTests.LaunchTests testLaunchIsFast] : "
     "XCTAssertLessThan failed: (\"3.0005640983581543\") is not less than (\"3.0\")\n"
     "Test Case '-[AppTests.LaunchTests testLaunchIsFast]' failed (3.112 seconds).\n"
     "Executed 42 tests, with 1 failure (0 unexpected) in 9.210 (9.232) seconds\n" + _EXIT),
    ("long-ctest-boost-elapsed-far-above", "transient",
     "Running 42 test cases...\n/src/timer_test.cpp(18): error: in \"timer/measures_elapsed\": "
     "check elapsed_ms < 100 has failed [131 >= 100]\n\n*** 1 failure is detected in the test module \"timer_tests\"\n"
     + "".join(f"{i + 2:>3}/120 Test #{i + 2:>3}: unit_{i:03d} .........................   Passed    0.0{i % 10} sec\n"
               for i in range(118))
     + "\n99% tests passed, 1 tests failed out of 120\n\nThe following tests FAILED:\n\t  1 - timer_tests (Failed)\n"
     "Errors while running CTest\n" + _EXIT),
    ("gitlab-rspec-be-less-elapsed", "transient",
     "section_start:1714557600:step_script\r\x1b[0K\x1b[0K\x1b[36;1mExecuting \"step_script\" stage of the job script"
     "\x1b[0;m\n$ bundle exec rspec\n\nFailures:\n\n  1) Search responds within its budget\n"
     "     Failure/Error: expect(elapsed).to be <= 1.0\n\n       expected: <= 1.0\n            got:    1.31\n"
     "     # ./spec/search_spec.rb:14:in `block (2 levels) in <top (required)>'\n\n"
     "Finished in 2.1 seconds\n42 examples, 1 failure\n\nFailed examples:\n\n"
     "rspec ./spec/search_spec.rb:12 # Search responds within its budget\n"
     "section_end:1714557660:step_script\r\x1b[0K\x1b[31;1mERROR: Job failed: exit code 1\x1b[0;m\n"),
]

# No verdict asked of these, only not a sure transient: the bound missed by about 2x on each of three
# --gtest_repeat iterations in one job (a consistent slowdown or a slow machine: a rerun is a fourth try).
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    ("gtest-repeat-every-iteration-2x",
     "".join(f"\nRepeating all tests (iteration {i}) . . .\n\n[==========] Running 1 test from 1 test suite.\n"
             f"[ RUN      ] TimerTest.ElapsedIsShort\n/src/timer_unittest.cc:88: Failure\n"
             f"Expected: (elapsed_ms) < (100), actual: {v} vs 100\n[  FAILED  ] TimerTest.ElapsedIsShort ({v} ms)\n"
             "[==========] 1 test from 1 test suite ran. (215 ms total)\n[  PASSED  ] 0 tests.\n"
             "[  FAILED  ] 1 test, listed below:\n[  FAILED  ] TimerTest.ElapsedIsShort\n\n 1 FAILED TEST\n"
             for i, v in ((1, 212), (2, 214), (3, 211))) + _EXIT),
]

# Words benchmarks/pattern_speed.py repeats on a long line for this file's entries.
LONG_LINE_WORDS = ["E       AssertionError: 1 not less than ", "00:00:01.3120000 ", "131 ms < 100 ms ",
                   "-- Time elapsed: ", "✗ testA, XCT"]

# LEFT: read wrong on main and not fixed here (strict xfail: a fix makes them pass and fail the suite).
# (the five a timing-named test's compared count or computed duration left, and the every-repeat 2x miss, are read
# since: values_time.py _timing_values_say_otherwise, _missed_every_repeat; tests/unit/test_rules19_timingname.py)
LEFT: dict[str, str] = {}


def _params(cases: list) -> list:
    return [pytest.param(*case[1:], id=case[0], marks=pytest.mark.xfail(strict=True, reason=LEFT[case[0]]))
            if case[0] in LEFT else pytest.param(*case[1:], id=case[0]) for case in cases]


assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)
assert set(LEFT) <= {case[0] for case in CASES + NOT_SURELY_TRANSIENT}


@pytest.mark.parametrize(("verdict", "log"), _params(CASES))
def test_review19_g(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", _params(NOT_SURELY_TRANSIENT))
def test_review19_g_not_surely_transient(log: str) -> None:
    not_surely_transient(log)
