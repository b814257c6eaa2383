"""Nineteenth round, smells2: a measured time over its bound in each test framework's own words, and timestamps a
second apart in Python's datetime repr and Java's LocalDateTime form.

Covered: GoogleTest EXPECT_LT/LE ("Expected: (a) < (b), actual: x vs y"), Catch2 REQUIRE/CHECK with expansion,
Boost.Test's "check a < b has failed [x >= y]", doctest's "is NOT correct!" / "values:", AssertJ isLessThan /
isLessThanOrEqualTo (numbers and Durations, an as() description), Hamcrest lessThan, Kotest shouldBeLessThan, NUnit
Is.LessThan, xUnit Assert.InRange, unittest assertLess / assertLessEqual, RSpec `be <`, Minitest assert_operator,
PHPUnit assertLessThan / assertLessThanOrEqual, XCTest XCTAssertLessThan, ExUnit `assert a < b`, testify
WithinDuration; Python's datetime repr and Java's LocalDateTime.toString (zero seconds left out) a second apart.

Where the wording comes from: GoogleTest's CmpHelperOpFailure (google/googletest gtest.h, read), xUnit's
InRangeException.ForValueNotInRange (xunit/assert.xunit, read), AssertJ's ShouldBeLess (assertj tests, read),
PHPUnit's "Failed asserting that %s is less than %s." (read in a project's copy of the message), testify's
WithinDuration (stretchr/testify assert/assertions.go, read in review 19a); XCTest's and ExUnit's forms were seen in
public notes and logs found by the code search; Catch2's, Boost.Test's, doctest's, Hamcrest's, Kotest's, NUnit's,
unittest's, RSpec's and Minitest's are recalled (not read in this round). The surrounding runner lines are recalled.
Tests, values and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a value over its bound by at most 3x, the compared quantity named as a measured time (the expression, a
    description, the failing test's name, or a time unit on both values) -> transient, modestly;
  * near-misses -> real: a bound missed by 10x, a value under its bound, a quantity that is not a time (a count, a
    size), a test of parsing or rounding, a fake clock, a perf gate reporting a regression, another test's own
    failure beside it, timestamps an hour apart or with another field differing.
Not read (left as they were, real): Rust's bare `assert!(elapsed < limit)` prints the expression and no values, so
the 3x bound cannot be checked; MSTest's Assert.IsTrue prints no values.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads, reads_as

_EXIT = "##[error]Process completed with exit code 1.\n"
_SIG = "elapsed-time-near-bound"
_STAMPS = "timestamps-a-second-apart"


def _gtest(line: str, name: str = "StopwatchTest.ElapsedSinceAboutRight") -> str:
    return (f"[ RUN      ] {name}\n/home/runner/work/app/app/base/timer_unittest.cc:88: Failure\n{line}\n"
            f"[  FAILED  ] {name} (112 ms)\n[----------] 12 tests from StopwatchTest (1203 ms total)\n\n"
            "[==========] 240 tests from 31 test suites ran. (5310 ms total)\n[  PASSED  ] 239 tests.\n"
            f"[  FAILED  ] 1 test, listed below:\n[  FAILED  ] {name}\n\n 1 FAILED TEST\n" + _EXIT)


def _catch2(source: str, expansion: str, name: str = "Timer measures elapsed time") -> str:
    rule = "-" * 79
    return (f"{rule}\n{name}\n{rule}\n/src/timer_test.cpp:12\n{'.' * 79}\n\n"
            f"/src/timer_test.cpp:18: FAILED:\n  {source}\nwith expansion:\n  {expansion}\n\n{'=' * 79}\n"
            "test cases:  42 |  41 passed | 1 failed\nassertions: 310 | 309 passed | 1 failed\n\n" + _EXIT)


def _boost(line: str) -> str:
    return ("Running 42 test cases...\n"
            f"/src/timer_test.cpp(18): error: in \"timer/measures_elapsed\": {line}\n\n"
            "*** 1 failure is detected in the test module \"app_tests\"\n" + _EXIT)


def _doctest(source: str, values: str) -> str:
    rule = "=" * 79
    return (f"[doctest] doctest version is \"2.4.11\"\n{rule}\n/src/timer_test.cpp:12:\n"
            "TEST CASE:  timer measures elapsed time\n\n"
            f"/src/timer_test.cpp:18: ERROR: {source} is NOT correct!\n  values: {values}\n\n{rule}\n"
            "[doctest] test cases:  42 |  41 passed | 1 failed | 0 skipped\n"
            "[doctest] Status: FAILURE!\n" + _EXIT)


def _gradle(method: str, body: str, cls: str = "ResponseTimeTest") -> str:
    return (f"> Task :test\n\n{cls} > {method}() FAILED\n{body}"
            f"        at app//com.example.{cls}.{method}({cls}.java:41)\n\n"
            "42 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n" + _EXIT)


def _assertj(actual: str, bound: str, method: str = "respondsQuickly", description: str = "",
             relation: str = "to be less than:") -> str:
    desc = f"[{description}] " if description else ""
    return _gradle(method, f"    java.lang.AssertionError: {desc}\n    Expecting actual:\n      {actual}\n"
                           f"    {relation}\n      {bound} \n")


def _hamcrest(reason: str, bound: str, actual: str, method: str = "respondsQuickly") -> str:
    return _gradle(method, f"    java.lang.AssertionError: {reason}\n    Expected: a value less than <{bound}>\n"
                           f"         but: <{actual}> was greater than <{bound}>\n")


def _kotest(line: str, name: str = "responds quickly") -> str:
    return ("> Task :test\n\nResponseTimeSpec > " + name + " FAILED\n"
            f"    java.lang.AssertionError: {line}\n        at ResponseTimeSpec$1.invokeSuspend(ResponseTimeSpec.kt:14)\n\n"
            "42 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n" + _EXIT)


def _nunit(bound: str, actual: str, name: str = "Api.Tests.ResponseTests.RespondsQuickly", message: str = "") -> str:
    msg = f"  {message}\n" if message else ""
    return (f"  Failed {name} [1 s]\n  Error Message:\n{msg}  Expected: less than {bound}\n  But was:  {actual}\n\n"
            "  Stack Trace:\n     at Api.Tests.ResponseTests.RespondsQuickly() in /src/ResponseTests.cs:line 41\n\n"
            "Failed!  - Failed:     1, Passed:    41, Skipped:     0, Total:    42, Duration: 3 s - Api.Tests.dll (net8.0)\n"
            + _EXIT)


def _xunit(low: str, high: str, actual: str, name: str = "Api.Tests.ResponseTests.RespondsWithinBudgetMs") -> str:
    return (f"  Failed {name} [1 s]\n  Error Message:\n   Assert.InRange() Failure: Value not in range\n"
            f"Range:  ({low} - {high})\nActual: {actual}\n  Stack Trace:\n"
            "     at Api.Tests.ResponseTests.RespondsWithinBudgetMs() in /src/ResponseTests.cs:line 41\n\n"
            "Failed!  - Failed:     1, Passed:    41, Skipped:     0, Total:    42, Duration: 3 s - Api.Tests.dll (net8.0)\n"
            + _EXIT)


def _unittest(source: str, message: str, name: str = "test_render_fast") -> str:
    return ("======================================================================\n"
            f"FAIL: {name} (tests.test_render.RenderTest.{name})\n"
            "----------------------------------------------------------------------\nTraceback (most recent call last):\n"
            f"  File \"/builds/app/tests/test_render.py\", line 22, in {name}\n    {source}\n"
            f"AssertionError: {message}\n\n----------------------------------------------------------------------\n"
            "Ran 42 tests in 3.210s\n\nFAILED (failures=1)\n" + _EXIT)


def _rspec(source: str, bound: str, actual: str) -> str:
    return ("Failures:\n\n  1) Search responds within its budget\n"
            f"     Failure/Error: {source}\n\n       expected: < {bound}\n            got:   {actual}\n"
            "     # ./spec/search_spec.rb:14:in `block (2 levels) in <top (required)>'\n\n"
            "Finished in 2.1 seconds\n42 examples, 1 failure\n\nFailed examples:\n\n"
            "rspec ./spec/search_spec.rb:12 # Search responds within its budget\n" + _EXIT)


def _minitest(line: str, name: str = "SearchTest#test_search_is_fast") -> str:
    return ("  1) Failure:\n"
            f"{name} [test/search_test.rb:14]:\n{line}\n\n"
            "42 runs, 120 assertions, 1 failures, 0 errors, 0 skips\n" + _EXIT)


def _phpunit(line: str, name: str = "Tests\\Unit\\SearchTest::testSearchIsFast") -> str:
    return ("There was 1 failure:\n\n"
            f"1) {name}\n{line}\n\n/app/tests/Unit/SearchTest.php:31\n\n"
            "FAILURES!\nTests: 42, Assertions: 120, Failures: 1.\n" + _EXIT)


def _xctest(line: str, name: str = "testLaunchIsFast") -> str:
    return (f"Test Case '-[AppTests.LaunchTests {name}]' started.\n"
            f"/Users/runner/work/app/Tests/LaunchTests.swift:22: error: -[AppTests.LaunchTests {name}] : {line}\n"
            f"Test Case '-[AppTests.LaunchTests {name}]' failed (3.112 seconds).\n"
            "Executed 42 tests, with 1 failure (0 unexpected) in 9.210 (9.232) seconds\n" + _EXIT)


def _exunit(code: str, left: str, right: str, name: str = "search responds quickly") -> str:
    return (f"  1) test {name} (App.SearchTest)\n     test/search_test.exs:12\n     Assertion with < failed\n"
            f"     code:  {code}\n     left:  {left}\n     right: {right}\n"
            "     stacktrace:\n       test/search_test.exs:15: (test)\n\n"
            "Finished in 1.2 seconds (0.3s async, 0.9s sync)\n42 tests, 1 failure\n" + _EXIT)


def _testify_within(between: str, allowed: str, diff: str, name: str = "TestIssueToken") -> str:
    return (f"=== RUN   {name}\n    token_test.go:41: \n        \tError Trace:\t/home/runner/work/auth/token_test.go:41\n"
            f"        \tError:      \tMax difference between {between} allowed is {allowed}, but difference was {diff}\n"
            f"        \tTest:       \t{name}\n--- FAIL: {name} (1.52s)\nFAIL\nFAIL\texample.com/auth\t1.602s\n" + _EXIT)


def _pytest(source: str, compared: str, name: str = "test_created_at", extra: str = "") -> str:
    return (f"______________________________ {name} ______________________________\n"
            f"    def {name}():\n{extra}        rec = save(Record())\n>       {source}\nE       {compared}\n\n"
            "tests/test_models.py:22: AssertionError\n"
            "=========================== short test summary info ============================\n"
            f"FAILED tests/test_models.py::{name} - {compared}\n"
            "========================= 1 failed, 41 passed in 3.21s =========================\n" + _EXIT)


def _junit(cls: str, meth: str, line: str) -> str:
    return (f"> Task :test\n\n{cls} > {meth}() FAILED\n    org.opentest4j.AssertionFailedError: {line}\n"
            "        at app//org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:151)\n\n"
            "42 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n" + _EXIT)


_DT0 = "datetime.datetime(2024, 5, 1, 10, 0)"
_DT1 = "datetime.datetime(2024, 5, 1, 10, 0, 1)"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ GoogleTest
    ("gtest-elapsed-lt", "transient", _gtest("Expected: (seconds_elapsed) < (0.11), actual: 0.110119 vs 0.11")),
    ("gtest-le-test-name-latency", "transient",
     _gtest("Expected: (t) <= (250), actual: 312 vs 250", name="RpcTest.LatencyUnderBudget")),
    ("gtest-elapsed-ten-times-over", "real", _gtest("Expected: (seconds_elapsed) < (0.11), actual: 1.2 vs 0.11")),
    ("gtest-count-lt", "real",
     _gtest("Expected: (cache.size()) < (100), actual: 131 vs 100", name="CacheTest.EvictsOldEntries")),
    ("gtest-rounding-test-elapsed", "real",
     _gtest("Expected: (elapsed_ms) < (1000), actual: 1000 vs 1000", name="DurationTest.RoundsToMillis")),
    # ------------------------------------------------------------------ Catch2, Boost.Test, doctest
    ("catch2-require-elapsed-ms", "transient", _catch2("REQUIRE( elapsed_ms < 100 )", "131 < 100")),
    ("catch2-require-count", "real", _catch2("REQUIRE( queue.size() < 100 )", "131 < 100", name="Queue drains")),
    ("catch2-elapsed-ten-times-over", "real", _catch2("REQUIRE( elapsed_ms < 100 )", "1312 < 100")),
    ("boost-check-lt-elapsed", "transient", _boost("check elapsed_ms < 100 has failed [131 >= 100]")),
    ("boost-check-lt-size", "real", _boost("check buffer.size() < 100 has failed [131 >= 100]")),
    ("doctest-check-lt-duration", "transient", _doctest("CHECK_LT( duration_ms, 100 )", "CHECK_LT( 131, 100 )")),
    ("doctest-check-elapsed-under", "real", _doctest("CHECK( elapsed < 100 )", "CHECK( 13 < 100 )")),
    # ------------------------------------------------------------------ JVM: AssertJ, Hamcrest, Kotest
    ("assertj-duration-less-than", "transient", _assertj("PT1.31S", "PT1S", method="completesInTime")),
    ("assertj-long-test-name-fast", "transient", _assertj("131L", "100L")),
    ("assertj-description-elapsed-ms", "transient",
     _assertj("131L", "100L", method="search", description="elapsed ms")),
    ("assertj-or-equal-latency", "transient",
     _assertj("262L", "200L", method="latencyStaysLow", relation="to be less than or equal to:")),
    ("assertj-long-ten-times-over", "real", _assertj("1310L", "100L")),
    ("assertj-count-less-than", "real", _assertj("131", "100", method="returnsAPage")),
    ("assertj-parse-duration", "real", _assertj("PT1.5S", "PT1.2S", method="parsesTimeoutFromConfig")),
    ("hamcrest-reason-elapsed", "transient", _hamcrest("elapsed ms", "1000L", "1203L", method="search")),
    ("hamcrest-test-name-responds-quickly", "transient", _hamcrest("", "1000L", "1203L").replace(
        "java.lang.AssertionError: \n", "java.lang.AssertionError:\n")),
    ("hamcrest-rows", "real", _hamcrest("rows", "1000", "1203", method="limitsRows")),
    ("kotest-duration-should-be-less", "transient", _kotest("1.31s should be < 1s")),
    ("kotest-number-test-name", "transient", _kotest("1203 should be < 1000")),
    ("kotest-number-other-test", "real", _kotest("1203 should be < 1000", name="pages the results")),
    # ------------------------------------------------------------------ .NET: NUnit, xUnit
    ("nunit-less-than-test-name", "transient", _nunit("1000", "1203")),
    ("nunit-less-than-message-elapsed", "transient",
     _nunit("1000", "1203", name="Api.Tests.SearchTests.Search", message="elapsed ms")),
    ("nunit-less-than-items", "real", _nunit("1000", "1203", name="Api.Tests.SearchTests.PagesResults")),
    ("nunit-less-than-ten-times-over", "real", _nunit("1000", "12030")),
    ("xunit-inrange-budget-ms", "transient", _xunit("0", "1000", "1203")),
    ("xunit-inrange-threads", "real",
     _xunit("256", "4096", "5000", name="Gpu.Tests.CapabilityTests.ResourceLimitsAreSane")),
    ("xunit-inrange-ten-times-over", "real", _xunit("0", "1000", "144920")),
    # ------------------------------------------------------------------ Python unittest
    ("unittest-assertless-elapsed-source", "transient",
     _unittest("self.assertLess(elapsed, 0.5)", "0.6231 not less than 0.5")),
    ("unittest-assertlessequal-test-name", "transient",
     _unittest("self.assertLessEqual(t, 0.5)", "0.71 not less than or equal to 0.5")),
    ("unittest-assertless-count", "real",
     _unittest("self.assertLess(len(rows), 5)", "6 not less than 5", name="test_rows_limited")),
    ("unittest-assertless-freezegun", "real",
     _unittest("self.assertLess(elapsed, 0.5)", "0.6 not less than 0.5").replace(
         "    self.assertLess", "    @freeze_time('2024-05-01')\n    self.assertLess")),
    # ------------------------------------------------------------------ Ruby: RSpec, Minitest
    ("rspec-be-less-than-elapsed", "transient", _rspec("expect(elapsed).to be < 1.0", "1.0", "1.31")),
    ("rspec-be-less-than-count", "real", _rspec("expect(results.count).to be < 10", "10", "13")),
    ("rspec-elapsed-ten-times-over", "real", _rspec("expect(elapsed).to be < 1.0", "1.0", "13.1")),
    ("minitest-operator-test-name", "transient", _minitest("Expected 1.31 to be < 1.0.")),
    ("minitest-operator-other-test", "real", _minitest("Expected 13 to be < 10.", name="SearchTest#test_limits_rows")),
    # ------------------------------------------------------------------ PHPUnit, XCTest, ExUnit
    ("phpunit-less-than-test-name", "transient", _phpunit("Failed asserting that 131 is less than 100.")),
    ("phpunit-less-or-equal-test-name", "transient",
     _phpunit("Failed asserting that 131 is equal to 100 or is less than 100.")),
    ("phpunit-less-than-other-test", "real",
     _phpunit("Failed asserting that 131 is less than 100.", name="Tests\\Unit\\SearchTest::testPagesResults")),
    ("xctest-less-than-launch-fast", "transient",
     _xctest('XCTAssertLessThan failed: ("3.0005640983581543") is not less than ("3.0")')),
    ("xctest-less-than-message-elapsed", "transient",
     _xctest('XCTAssertLessThan failed: ("0.21773") is not less than ("0.2") - elapsed seconds', name="testStop")),
    ("xctest-less-than-ten-times-over", "real",
     _xctest('XCTAssertLessThan failed: ("83.11385500431061") is not less than ("5.0")')),
    ("xctest-less-than-rows", "real",
     _xctest('XCTAssertLessThan failed: ("600.0") is not less than ("599.0")', name="testScrollerRows")),
    ("exunit-assert-elapsed", "transient", _exunit("assert elapsed_ms < 1000", "1203", "1000")),
    ("exunit-assert-duration-over-three-times", "real", _exunit("assert avg_duration_us < 1000", "3163.3", "1000")),
    ("exunit-assert-seq-order", "real",
     _exunit("assert seq < prev", "3", "2", name="revisions keep their order")),
    # ------------------------------------------------------------------ testify WithinDuration
    ("testify-within-duration-clock", "transient", _testify_within(
        "2024-05-01 10:00:00 +0000 UTC and 2024-05-01 10:00:01.5 +0000 UTC", "1s", "-1.5s")),
    ("testify-within-duration-an-hour", "real", _testify_within(
        "2024-05-01 10:00:00 +0000 UTC and 2024-05-01 11:00:00 +0000 UTC", "1s", "-1h0m0s")),
    ("testify-within-duration-round-test", "real", _testify_within(
        "2024-05-01 10:00:00 +0000 UTC and 2024-05-01 10:00:01.5 +0000 UTC", "1s", "-1.5s", name="TestRoundExpiry")),
    # ------------------------------------------------------------------ a perf gate and another failure beside it
    ("gtest-elapsed-perf-gate-regression", "real",
     _gtest("Expected: (seconds_elapsed) < (0.11), actual: 0.13 vs 0.11").replace(
         _EXIT, "perf gate FAILED: performance regression vs main\n" + _EXIT)),
    ("nunit-timing-and-another-test-fails", "real",
     _nunit("1000", "1203").replace(
         "Failed!", "  Failed Api.Tests.UserTests.CreatesUser [12 ms]\n  Error Message:\n"
         "   Assert.Equal() Failure: Values differ\nExpected: 201\nActual:   500\n\nFailed!").replace(
         "Failed:     1, Passed:    41", "Failed:     2, Passed:    40")),
    # ------------------------------------------------------------------ timestamps: Python datetime repr
    ("pytest-datetime-repr-one-second", "transient",
     _pytest("assert rec.created_at == rec.updated_at", f"AssertionError: assert {_DT1} == {_DT0}")),
    ("pytest-datetime-repr-microseconds-utc", "transient",
     _pytest("assert rec.created_at == now",
             "AssertionError: assert datetime.datetime(2024, 5, 1, 10, 0, 0, 999812, tzinfo=datetime.timezone.utc)"
             " == datetime.datetime(2024, 5, 1, 10, 0, 1, 2113, tzinfo=datetime.timezone.utc)")),
    ("pytest-datetime-repr-one-hour", "real",
     _pytest("assert rec.created_at == rec.updated_at",
             f"AssertionError: assert datetime.datetime(2024, 5, 1, 11, 0) == {_DT0}")),
    ("pytest-datetime-repr-zone-differs", "real",
     _pytest("assert rec.created_at == now",
             "AssertionError: assert datetime.datetime(2024, 5, 1, 10, 0, tzinfo=datetime.timezone.utc) == "
             "datetime.datetime(2024, 5, 1, 10, 0, 1)")),
    ("pytest-datetime-repr-frozen", "real",
     _pytest("assert rec.created_at == rec.updated_at", f"AssertionError: assert {_DT1} == {_DT0}",
             extra="        freezer = freeze_time('2024-05-01 10:00:00')\n")),
    ("pytest-datetime-repr-truncate-test", "real",
     _pytest("assert truncate(ts) == expected", f"AssertionError: assert {_DT1} == {_DT0}",
             name="test_truncate_to_minute")),
    # ------------------------------------------------------------------ timestamps: Java LocalDateTime / Instant
    ("junit-localdatetime-zero-seconds", "transient", _junit(
        "AuditRecordTest", "stampsCreationTime", "expected: <2024-05-01T10:00> but was: <2024-05-01T10:00:01>")),
    ("junit-localdatetime-nanos", "transient", _junit(
        "AuditRecordTest", "stampsCreationTime",
        "expected: <2024-05-01T10:00:00.999123456> but was: <2024-05-01T10:00:01.000212>")),
    ("junit-localdatetime-minute-apart", "real", _junit(
        "AuditRecordTest", "stampsCreationTime", "expected: <2024-05-01T10:00> but was: <2024-05-01T10:01>")),
    ("junit-localdatetime-truncate-test", "real", _junit(
        "TimeUtilTest", "truncatesToMinutes", "expected: <2024-05-01T10:00> but was: <2024-05-01T10:00:01>")),
]

# Each transient case names the entry it must read through (datetime and LocalDateTime cases the stamps entry).
SIGNATURE_OF = {"pytest-datetime": _STAMPS, "junit-local": _STAMPS}

# A value over its bound by more than 3x but not 10x: not read near its bound, and not surely transient.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    ("gtest-elapsed-five-times-over", _gtest("Expected: (seconds_elapsed) < (0.11), actual: 0.55 vs 0.11")),
    ("rust-assert-elapsed-no-values",
     "running 12 tests\ntest timer::tests::elapsed_is_short ... FAILED\n\nfailures:\n\n"
     "---- timer::tests::elapsed_is_short stdout ----\nthread 'timer::tests::elapsed_is_short' panicked at "
     "src/timer.rs:88:9:\nassertion failed: elapsed < Duration::from_millis(100)\n\nfailures:\n"
     "    timer::tests::elapsed_is_short\n\ntest result: FAILED. 11 passed; 1 failed; 0 ignored\n" + _EXIT),
]

# Words benchmarks/pattern_speed.py repeats on a long line for this file's entries.
LONG_LINE_WORDS = ["Expected: (a) < (b), actual: ", "REQUIRE( a < ", "check a < b has failed [", "CHECK_LT( a, ",
                   "to be less than:", "but: <1> was greater than ", "1 should be < ", "Expected: less than ",
                   "Assert.InRange() Failure", "1 not less than ", "expected: < ", "Expected 1 to be < ",
                   "Failed asserting that 1 is less than ", "XCTAssertLessThan failed: (", "Assertion with < failed",
                   "Max difference between a and ", "datetime.datetime(2024, 5, 1, 10, 0) == ",
                   "expected: <2024-05-01T10:00> but was: <"]

assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_smells2(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize(
    ("cid", "log"), [(cid, log) for cid, verdict, log in CASES if verdict == "transient"],
    ids=[cid for cid, verdict, _ in CASES if verdict == "transient"])
def test_smells2_read_through_their_entry(cid: str, log: str) -> None:
    signature = next((sig for prefix, sig in SIGNATURE_OF.items() if cid.startswith(prefix)), _SIG)
    reads_as(log, "transient", signature)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_smells2_not_surely_transient(log: str) -> None:
    not_surely_transient(log)
