"""Twenty-seventh round, time27: a timing bound asserted as a boolean, the values not printed by the framework.

GoogleTest's EXPECT_TRUE / ASSERT_TRUE / EXPECT_FALSE ("Value of: elapsed < std::chrono::milliseconds{20}" over
"  Actual: false" / "Expected: true"; gtest's GetBoolAssertionFailureMessage, read in a project's copy), Catch2's
REQUIRE( ... ) with an expansion of "false", Boost.Test's BOOST_CHECK "check elapsed < limit has failed", doctest's
"CHECK( ... ) is NOT correct!" over "values: CHECK( false )" (these three recalled). Before this round the gtest form
read unknown (a timing-named test) or real (any other name): the compare forms (gtest's EXPECT_LT, Catch2's and
Boost's values, tests/unit/test_rules19_smells2.py) were read, the boolean ones were not.

The rules the cases hold:
  * an expression that holds a measured time (its name: elapsed, duration, cost, took, latency, a clock read) or any
    value but a count, a size or memory under a duration literal or a duration-typed bound (std::chrono's, absl's, a
    Duration) or a time bound's name (budget, deadline, timeout, a name ending in a unit) -> transient, modestly, as
    the compare forms; where the test printed the measured value beside the failure ("elapsed: 23 ms" above it, the
    assertion's own message "elapsed ms: 27" below it, Catch2's and doctest's captured values), transient only where
    that value is over its bound by at most 3x;
  * not read (real, or not surely transient): an expression with no time in it (a plain flag, result.empty()), a count
    or memory under a limit, a duration the code computes (a backoff), a lower bound (a timer that fired early), a
    fake or simulated clock, a printed value far over its bound (a hang), the same miss in every --gtest_repeat
    iteration, a test that failed on every retry.
Tests, values, hosts and paths are made up; no project's CI log is copied.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, logs, not_surely_transient, reads, reads_as

from triage_agent.classify.values_time import (
    _bool_sides,
    _bound_literal,
    _framework_bound,
    _near_bound,
)

_EXIT = "##[error]Process completed with exit code 1.\n"
_SIG = "elapsed-time-near-bound"


def _gtest(expr: str, name: str = "JobQueueTest.DrainsPending", *, actual: str = "false", expected: str = "true",
           before: str = "", after: str = "", prefix: str = "") -> str:
    """A GoogleTest run whose one failing test failed a boolean assertion (``before``: the test's own output above the
    failure; ``after``: the assertion's message below it; ``prefix``: CTest's "N: " before each line)."""
    body = (f"[ RUN      ] {name}\n{before}/home/runner/work/orbit/orbit/src/queue_test.cc:81: Failure\n"
            f"Value of: {expr}\n  Actual: {actual}\nExpected: {expected}\n{after}[  FAILED  ] {name} (24 ms)\n")
    if prefix:
        body = "".join(prefix + line + "\n" for line in body.splitlines())
    return ("[==========] Running 14 tests from 3 test suites.\n[----------] 6 tests from JobQueueTest\n"
            "[ RUN      ] JobQueueTest.Enqueues\n[       OK ] JobQueueTest.Enqueues (0 ms)\n" + body +
            "[----------] 6 tests from JobQueueTest (31 ms total)\n\n"
            "[==========] 14 tests from 3 test suites ran. (58 ms total)\n[  PASSED  ] 13 tests.\n"
            f"[  FAILED  ] 1 test, listed below:\n[  FAILED  ] {name}\n\n 1 FAILED TEST\n" + _EXIT)


def _catch2(source: str, after: str = "", name: str = "worker pool drains the queue") -> str:
    rule = "-" * 79
    return (f"{rule}\n{name}\n{rule}\n/src/pool_test.cpp:12\n{'.' * 79}\n\n"
            f"/src/pool_test.cpp:31: FAILED:\n  {source}\nwith expansion:\n  false\n{after}\n{'=' * 79}\n"
            "test cases:  18 |  17 passed | 1 failed\nassertions: 96 | 95 passed | 1 failed\n\n" + _EXIT)


def _boost(line: str, before: str = "") -> str:
    return ("Running 18 test cases...\n" + before +
            f"/src/pool_test.cpp(31): error: in \"pool/drains_queue\": {line}\n\n"
            "*** 1 failure is detected in the test module \"pool_tests\"\n" + _EXIT)


def _doctest(source: str, after: str = "") -> str:
    rule = "=" * 79
    return (f"[doctest] doctest version is \"2.4.11\"\n{rule}\n/src/pool_test.cpp:12:\n"
            "TEST CASE:  worker pool drains the queue\n\n"
            f"/src/pool_test.cpp:31: ERROR: CHECK( {source} ) is NOT correct!\n  values: CHECK( false )\n{after}\n"
            f"{rule}\n[doctest] test cases: 18 | 17 passed | 1 failed | 0 skipped\n[doctest] Status: FAILURE!\n"
            + _EXIT)


def _repeat(expr: str, times: int) -> str:
    """A --gtest_repeat run in which the same boolean assertion failed in each of ``times`` iterations."""
    one = ("[ RUN      ] JobQueueTest.DrainsPending\n/home/runner/work/orbit/orbit/src/queue_test.cc:81: Failure\n"
           f"Value of: {expr}\n  Actual: false\nExpected: true\n[  FAILED  ] JobQueueTest.DrainsPending (24 ms)\n")
    iterations = [one] + [f"\nRepeating all tests (iteration {i}) . . .\n\n{one}" for i in range(2, times + 1)]
    return "".join(iterations) + "[  FAILED  ] 1 test, listed below:\n[  FAILED  ] JobQueueTest.DrainsPending\n" + _EXIT


_CHRONO = "elapsed < std::chrono::milliseconds{20}"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ GoogleTest EXPECT_TRUE / ASSERT_TRUE
    ("gtest-bool-elapsed-chrono", "transient", _gtest(_CHRONO)),
    ("gtest-bool-elapsed-chrono-timing-name", "transient", _gtest(_CHRONO, name="TimerTest.FiresWithinBudget")),
    ("gtest-bool-value-under-budget", "transient", _gtest("d <= budget")),
    ("gtest-bool-cost-under-chrono", "transient", _gtest("cost < std::chrono::milliseconds(20)")),
    ("gtest-bool-elapsed-literal", "transient", _gtest("elapsed < 20ms")),
    ("gtest-bool-clock-read", "transient", _gtest("std::chrono::steady_clock::now() - start < 50ms")),
    ("gtest-bool-absl-duration", "transient", _gtest("absl::Now() - begin <= absl::Milliseconds(20)")),
    ("gtest-bool-elapsed-under-limit-name", "transient", _gtest("elapsed <= limit")),
    ("gtest-bool-deadline-reversed", "transient", _gtest("deadline > took")),
    ("gtest-expect-false-over-budget", "transient",
     _gtest("took_ms > kBudgetMs", actual="true", expected="false")),
    ("gtest-bool-printed-near-above", "transient", _gtest(_CHRONO, before="elapsed: 23 ms\n")),
    ("gtest-bool-printed-cost-ms", "transient",
     _gtest("cost < std::chrono::milliseconds{40}", before="cost ms: 43\n")),
    ("gtest-bool-message-below", "transient", _gtest("elapsed_ms < 20", after="elapsed ms: 27\n")),
    ("gtest-bool-printed-bound-name", "transient",
     _gtest("d <= budget", before="budget: 20 ms\nelapsed: 31 ms\n")),
    ("gtest-bool-ctest-prefix", "transient", _gtest(_CHRONO, prefix="3: ")),
    # ------------------------------------------------------------------ Catch2, Boost.Test, doctest
    ("catch2-bool-false-expansion", "transient", _catch2("REQUIRE( elapsed < 20ms )")),
    ("catch2-bool-captured-near", "transient",
     _catch2("CHECK( elapsed < 20ms )", after="with message:\n  elapsed := 26 ms\n")),
    ("boost-check-bool-elapsed", "transient", _boost("check elapsed < limit has failed")),
    ("boost-check-bool-duration-typed", "transient",
     _boost("check duration <= std::chrono::milliseconds(100) has failed")),
    ("doctest-bool-elapsed", "transient", _doctest("elapsed < limit")),
    ("doctest-bool-logged-near", "transient", _doctest("elapsed < 20ms", after="  logged: elapsed := 22 ms\n")),
    # ------------------------------------------------------------------ guards: no time in the expression
    ("gtest-bool-plain-flag", "real", _gtest("ok")),
    ("gtest-bool-result-empty", "real", _gtest("result.empty()")),
    ("gtest-bool-count-under-limit", "real", _gtest("queue.size() < limit")),
    ("gtest-bool-count-under-budget", "real", _gtest("retries <= budget")),
    ("gtest-bool-memory-under-budget", "real", _gtest("rss_bytes < budget")),
    ("gtest-bool-plain-numbers", "real", _gtest("n < 20")),
    ("catch2-bool-count", "real", _catch2("REQUIRE( pending.size() < 20 )")),
    ("boost-check-bool-count", "real", _boost("check pending < max_pending has failed")),
    # ------------------------------------------------------------------ guards: a computed duration, a lower bound
    ("gtest-bool-backoff-computed", "real", _gtest("backoff <= std::chrono::seconds{30}")),
    ("gtest-bool-computed-test-name", "real", _gtest("d <= budget", name="RetryPolicyTest.BackoffGrows")),
    ("gtest-bool-lower-bound-fired-early", "real", _gtest("elapsed >= 20ms")),
    ("gtest-expect-false-lower-bound", "real", _gtest("elapsed < 20ms", actual="true", expected="false")),
    ("gtest-bool-literal-held", "real", _gtest("20ms < elapsed")),
    # ------------------------------------------------------------------ guards: a clock that does not run
    ("gtest-bool-fake-clock-name", "real", _gtest(_CHRONO, name="JobQueueTest.DrainsOnFakeClock")),
    ("gtest-bool-simulated-clock", "real", _gtest("sim_clock.TimeNow() - start < absl::Milliseconds(20)")),
    ("gtest-bool-mock-time-output", "real", _gtest(_CHRONO, before="task environment: MOCK_TIME\n")),
    ("gtest-bool-parse-test", "real", _gtest("elapsed < 20ms", name="DurationTest.ParsesMilliseconds")),
    # ------------------------------------------------------------------ guards: a printed value far over its bound
    ("gtest-bool-printed-hang", "real", _gtest(_CHRONO, before="elapsed: 950 ms\n")),
    ("gtest-bool-printed-hang-timing-name", "real",
     _gtest(_CHRONO, name="TimerTest.FiresWithinBudget", before="elapsed: 950 ms\n")),
    ("gtest-bool-message-below-hang", "real", _gtest("elapsed_ms < 20", after="elapsed ms: 4100\n")),
    ("catch2-bool-captured-hang", "real",
     _catch2("CHECK( elapsed < 20ms )", after="with message:\n  elapsed := 2600 ms\n")),
    # ------------------------------------------------------------------ guards: the same miss on every run
    ("gtest-bool-every-repeat", "real", _repeat(_CHRONO, 3)),
]

# A value over its bound by more than 3x but not 10x, a test that failed on every retry: not surely transient.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    ("gtest-bool-printed-five-times", _gtest(_CHRONO, before="elapsed: 100 ms\n")),
    ("gtest-bool-ctest-every-retry",
     "test 3\n    Start 3: queue_test\n\n" + _gtest(_CHRONO, prefix="3: ").replace(_EXIT, "") +
     "      Test #3: queue_test .......................***Failed    0.06 sec\n"
     "    Start 3: queue_test\n" + _gtest(_CHRONO, prefix="3: ").replace(_EXIT, "") +
     "1/1 Test #3: queue_test .......................***Failed    0.06 sec\n\n"
     "0% tests passed, 1 tests failed out of 1\n\nThe following tests FAILED:\n\t  3 - queue_test (Failed)\n"
     "Errors while running CTest\n" + _EXIT),
]

# Words benchmarks/pattern_speed.py repeats on a long line for this file's patterns.
LONG_LINE_WORDS = ["Value of: a < ", "Value of: a <= b ", "check a < b ", "check a > b has failed "]

assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_time27_bool(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize(
    ("cid", "log"), [(cid, log) for cid, verdict, log in CASES if verdict == "transient"],
    ids=[cid for cid, verdict, _ in CASES if verdict == "transient"])
def test_time27_bool_read_through_its_entry(cid: str, log: str) -> None:
    reads_as(log, "transient", _SIG)


@pytest.mark.parametrize(
    ("cid", "log"), [(cid, log) for cid, verdict, log in CASES if verdict == "real"],
    ids=[cid for cid, verdict, _ in CASES if verdict == "real"])
def test_time27_bool_guards_keep_no_bound_reading(cid: str, log: str) -> None:
    assert _SIG not in {f.signature for f in judge(log).findings}


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_time27_bool_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


@pytest.mark.parametrize(("expr", "truth", "sides"), [
    ("elapsed < limit", True, ("elapsed", "limit")),
    ("limit > elapsed", True, ("elapsed", "limit")),
    ("elapsed > limit", False, ("elapsed", "limit")),
    ("(elapsed <= limit)", True, ("elapsed", "limit")),
    ("elapsed < limit && ok", True, None),
    ("ok", True, None),
    ("a < b < c", True, None),
    ("std::vector<int>{} == v", True, None),
])
def test_time27_bool_sides(expr: str, truth: bool, sides: tuple[str, str] | None) -> None:
    assert _bool_sides(expr, truth) == sides


@pytest.mark.parametrize(("text", "value"), [
    ("20ms", (20.0, 1e-3)), ("1.5s", (1.5, 1.0)), ("std::chrono::milliseconds{20}", (20.0, 1e-3)),
    ("std::chrono::seconds(2)", (2.0, 1.0)), ("absl::Milliseconds(20)", (20.0, 1e-3)),
    ("Duration::from_millis(250)", (250.0, 1e-3)), ("base::TimeDelta::FromMicroseconds(40)", (40.0, 1e-6)),
    ("20", (20.0, None)), ("limit", None), ("kBudgetMs", None),
])
def test_time27_bound_literal(text: str, value: tuple[float, float | None] | None) -> None:
    assert _bound_literal(text) == value


def test_time27_framework_bound_not_measured_only_far_over() -> None:
    """With not_measured (the timing-name check), a boolean form says "no loaded runner's" only for a printed value far
    over its bound; none printed says nothing either way; no time in it is no form (None)."""
    far = _gtest(_CHRONO, before="elapsed: 950 ms\n").split("\n")
    near = _gtest(_CHRONO, before="elapsed: 23 ms\n").split("\n")
    bare = _gtest(_CHRONO).split("\n")
    flag = _gtest("ok").split("\n")
    at = next(i for i, line in enumerate(far) if line.startswith("Value of:"))
    assert _framework_bound(far, at, not_measured=True) is True and _framework_bound(far, at) is False
    assert _framework_bound(near, at, not_measured=True) is False and _framework_bound(near, at) is True
    assert _framework_bound(bare, at - 1, not_measured=True) is False and _near_bound(bare, at - 1)
    assert _framework_bound(flag, at - 1) is None
