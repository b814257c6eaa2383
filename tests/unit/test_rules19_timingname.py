"""Nineteenth round: a failing test whose NAME sounds like timing (catalogue entry timing-sensitive-test) read by the
values it compared, where it printed them.

Covered: a timing-named test (Timer..., SlowQueryLog..., Concurrent..., Async..., Delay..., Race...) that failed on a
compared value its framework printed in its own form (GoogleTest, unittest, Hamcrest, ExUnit, AssertJ, Kotest, NUnit,
PHPUnit; the forms values_time.py _framework_bound reads for elapsed-time-near-bound), and GoogleTest's --gtest_repeat run
with the same miss in every iteration; on the other side the same names where nothing but the name is printed, where
the values are a measured time a little over its bound, and where one repeat iteration passed.

Where the wording comes from: the frameworks' lines as tests/unit/test_rules19_smells2.py and test_review19_g.py write
them (their sources are named there: GoogleTest's CmpHelperOpFailure read, AssertJ's ShouldBeLess read in its tests,
the others recalled or documented); GoogleTest's "Repeating all tests (iteration N) . . ." (google/googletest
gtest.cc PrettyUnitTestResultPrinter::OnTestIterationStart, read in a copy; gtest-parallel prints it from iteration 2
on). Tests, values and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a test's timing name says why it failed only where its own printed values do not say otherwise: a compared
    expression, description or reason naming a count, a size, a length or an index -> real;
  * a computed duration (a backoff, a delay the code computes, a TTL) over the maximum it must keep -> real;
  * a measured time more than 3x over its bound: a regression or a hang, the check is kept to catch it -> real;
  * the same bound missed in every --gtest_repeat iteration: a rerun is one more iteration -> not a sure transient;
  * no values printed (the name is all there is), or a measured time a little over its bound, or a repeat run where
    one iteration passed -> transient, as before.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"


def _gtest(name: str, *body: str) -> str:
    return (f"[ RUN      ] {name}\n/home/runner/work/app/app/src/unit_test.cc:88: Failure\n" + "\n".join(body) + "\n"
            f"[  FAILED  ] {name} (112 ms)\n[----------] 12 tests from {name.split('.')[0]} (1203 ms total)\n\n"
            "[==========] 240 tests from 31 test suites ran. (5310 ms total)\n[  PASSED  ] 239 tests.\n"
            f"[  FAILED  ] 1 test, listed below:\n[  FAILED  ] {name}\n\n 1 FAILED TEST\n" + _EXIT)


def _gradle(cls: str, method: str, body: str) -> str:
    return (f"> Task :test\n\n{cls} > {method} FAILED\n{body}"
            f"        at app//com.example.{cls}.test({cls}.java:41)\n\n"
            "42 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n" + _EXIT)


def _unittest(name: str, source: str, message: str) -> str:
    return ("======================================================================\n"
            f"FAIL: {name} (tests.test_cache.CacheTest.{name})\n"
            "----------------------------------------------------------------------\nTraceback (most recent call last):\n"
            f"  File \"/builds/app/tests/test_cache.py\", line 22, in {name}\n    {source}\n"
            f"AssertionError: {message}\n\n----------------------------------------------------------------------\n"
            "Ran 42 tests in 3.210s\n\nFAILED (failures=1)\n" + _EXIT)


def _repeat(name: str, values: list[int | None], first: int = 1) -> str:
    """GoogleTest run under --gtest_repeat: one iteration per value, the test passing where the value is None."""
    out = []
    for i, v in enumerate(values, start=first):
        head = f"\nRepeating all tests (iteration {i}) . . .\n\n" if i > 1 or first == 1 else ""
        if v is None:
            out.append(f"{head}[==========] Running 1 test from 1 test suite.\n[ RUN      ] {name}\n"
                       f"[       OK ] {name} (88 ms)\n[==========] 1 test from 1 test suite ran. (90 ms total)\n"
                       "[  PASSED  ] 1 test.\n")
        else:
            out.append(f"{head}[==========] Running 1 test from 1 test suite.\n[ RUN      ] {name}\n"
                       f"/src/timer_unittest.cc:88: Failure\nExpected: (elapsed_ms) < (100), actual: {v} vs 100\n"
                       f"[  FAILED  ] {name} ({v} ms)\n[==========] 1 test from 1 test suite ran. ({v + 3} ms total)\n"
                       f"[  PASSED  ] 0 tests.\n[  FAILED  ] 1 test, listed below:\n[  FAILED  ] {name}\n\n"
                       " 1 FAILED TEST\n")
    return "".join(out) + _EXIT


CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ real: the compared values say otherwise
    # a timer queue's length over its bound: the expression names a size, the test's name says "Timer"
    ("gtest-timer-queue-size", "real", _gtest(
        "TimerQueueTest.DrainsExpiredEntries", "Expected: (queue.size()) < (4), actual: 5 vs 4")),
    # a concurrent map's entry count over its capacity
    ("gtest-concurrent-map-size", "real", _gtest(
        "ConcurrentMapTest.StaysWithinCapacity", "Expected: (map.size()) <= (kCapacity), actual: 130 vs 128")),
    # unittest: the slow path called more often than the cache allows (len() of the calls)
    ("unittest-slow-path-call-count", "real", _unittest(
        "test_slow_path_is_cached", "self.assertLess(len(calls), 3)", "4 not less than 3")),
    # Hamcrest with its reason: an async client's retry attempts
    ("hamcrest-async-retry-attempts", "real", _gradle(
        "AsyncClientTest", "asyncRetriesAreBounded()",
        "    java.lang.AssertionError: retry attempts\n    Expected: a value less than <4>\n"
        "         but: <6> was greater than <4>\n")),
    # ExUnit: a buffer's byte size under concurrent writers
    ("exunit-concurrent-buffer-byte-size", "real",
     "  1) test concurrent writers keep the buffer bounded (App.BufferTest)\n     test/buffer_test.exs:12\n"
     "     Assertion with <= failed\n     code:  assert byte_size(buf) <= 4096\n     left:  5120\n     right: 4096\n"
     "     stacktrace:\n       test/buffer_test.exs:15: (test)\n\n"
     "Finished in 1.2 seconds (0.3s async, 0.9s sync)\n42 tests, 1 failure\n" + _EXIT),
    # GoogleTest: a retry delay the code computes, over its cap (C++20 chrono prints "8000ms")
    ("gtest-retry-delay-computed", "real", _gtest(
        "RetryDelayTest.DoublesUpToCap", "Expected: (policy.DelayFor(5)) <= (kMaxDelay), actual: 8000ms vs 5000ms")),
    # AssertJ on a Duration the scheduler computes for a delayed job
    ("assertj-delayed-job-computed-duration", "real", _gradle(
        "SchedulerTest", "delayedJobUsesConfiguredDelay()",
        "    java.lang.AssertionError: \n    Expecting actual:\n      PT12S\n    to be less than or equal to:\n"
        "      PT10S \n")),
    # a measured time more than 3x over its bound: the check caught a regression (or a hang)
    ("gtest-timer-elapsed-10x-over", "real", _gtest(
        "TimerTest.ElapsedIsShort", "Expected: (elapsed_ms) < (100), actual: 1250 vs 100")),
    # Kotest: a measured time 12x over its bound
    ("kotest-slow-loader-12x-over", "real",
     "> Task :test\n\nCacheSpec > slow loader still finishes quickly FAILED\n"
     "    java.lang.AssertionError: 12.4s should be < 1s\n"
     "        at CacheSpec$1.invokeSuspend(CacheSpec.kt:14)\n\n"
     "42 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n" + _EXIT),
    # ------------------------------------------------------------------ transient: the name stands
    # cargo test: the name and the test's own words, no compared values
    ("rust-timer-fires-no-values", "transient",
     "running 42 tests\ntest timer::tests::fires_once_timer ... FAILED\n\nfailures:\n\n"
     "---- timer::tests::fires_once_timer stdout ----\nthread 'timer::tests::fires_once_timer' panicked at "
     "src/timer.rs:88:9:\ntimer did not fire\n\nfailures:\n    timer::tests::fires_once_timer\n\n"
     "test result: FAILED. 41 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.61s\n\n"
     "error: test failed, to rerun pass `--lib`\n" + _EXIT),
    # go test: the timer's own words, no framework form
    ("go-timer-did-not-fire", "transient",
     "=== RUN   TestTimerFiresOnce\n    timer_test.go:41: timer did not fire\n"
     "--- FAIL: TestTimerFiresOnce (0.52s)\nFAIL\nFAIL\texample.com/sched\t0.611s\n" + _EXIT),
    # a measured time a little over its bound
    ("gtest-timer-elapsed-1.3x", "transient", _gtest(
        "TimerTest.ElapsedIsShort", "Expected: (elapsed_ms) < (100), actual: 131 vs 100")),
    # AssertJ with an "elapsed" description on a delay-named test: measured, not computed
    ("assertj-timer-delay-elapsed-described", "transient", _gradle(
        "SchedulerTest", "timerFiresAfterDelay()",
        "    java.lang.AssertionError: [elapsed ms] \n    Expecting actual:\n      1310L\n    to be less than:\n"
        "      1000L \n")),
    # Kotest: a slow-named test's measured time 1.3x over
    ("kotest-slow-loader-1.3x", "transient",
     "> Task :test\n\nCacheSpec > slow loader still finishes quickly FAILED\n"
     "    java.lang.AssertionError: 1.31s should be < 1s\n"
     "        at CacheSpec$1.invokeSuspend(CacheSpec.kt:14)\n\n"
     "42 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n" + _EXIT),
    # --gtest_repeat=3 where the second iteration passed: one loaded moment, not every run
    ("gtest-repeat-one-iteration-passed", "transient", _repeat("TimerTest.ElapsedIsShort", [131, None, 128])),
]

# No verdict asked, only not a sure transient: the same miss in every --gtest_repeat iteration.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    ("gtest-repeat-every-iteration-1.3x", _repeat("TimerTest.ElapsedIsShort", [131, 128, 133])),
    # gtest-parallel's form: no line for iteration 1, the lines before the first are it
    ("gtest-parallel-repeat-every-iteration", _repeat("DeadlineTimerTest.FiresOnTime", [121, 118, 124], first=0)),
]

KNOWN_MISREAD: dict[str, str] = {}

# Words benchmarks/pattern_speed.py repeats on a long line for this file's entries (no new patterns: the
# repeat line is read in rules.py on lines cut to 200 characters).
LONG_LINE_WORDS = ["Repeating all tests (iteration 1) . . . ", "TimerTest.ElapsedIsShort "]

assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_rules19_timingname(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_rules19_timingname_not_surely_transient(log: str) -> None:
    not_surely_transient(log)
