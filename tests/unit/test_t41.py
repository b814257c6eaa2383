"""Round 41, the released round-41 threads (branch t41): the readings added for the mechanisms those threads showed.

* A measured time over a bound finer than a runner's scheduling (microseconds) by less than a millisecond reads near its
  bound at any ratio (values_time._jitter_near), the values' unit read from the units they print or, bare, from the name
  the compared expression converts to ("timer.NanoSeconds()", "as_micros()", values_time._expr_unit). Guards kept: a miss
  by more than a millisecond, a bound of a millisecond or more missed more than 3x, a count or a computed duration named,
  bare values under a name with no unit.
* A log viewer's barred line-number gutter over a short run of a CI's stamped lines (CodeBuild's console, "2 | [Container]
  2024/... ") is removed, so the lines read as the log's own (prefixes._STAMPED_ROW); a code frame's rows stay.
* GitHub's action resolution service's "Unable to resolve actions. Repository not found: owner/repo" reads real (the
  workflow names an action repository that is not there), as the runner's own "Unable to resolve action `x`, repository not
  found" does.

Names, hosts, paths and values below are made up; no project's log is copied.
"""

from __future__ import annotations

import pytest
from judging import judge, reads, reads_as, signatures

from triage_agent.classify.prefixes import _normalise
from triage_agent.classify.values_time import _expr_unit, _jitter_near, _near_pair

_EXIT = "##[error]Process completed with exit code 1.\n"
_SIG = "elapsed-time-near-bound"


def _gtest(line: str, name: str = "ClockTest.ReadsCheaply") -> str:
    return (f"[ RUN      ] {name}\n/build/src/clock/clock_unittest.cc:57: Failure\n{line}\n"
            f"[  FAILED  ] {name} (0 ms)\n[==========] 9 tests from 2 test suites ran. (12 ms total)\n"
            "[  PASSED  ] 8 tests.\n[  FAILED  ] 1 test, listed below:\n" + _EXIT)


# ------------------------------------------------------------------ the unit an expression converts to

@pytest.mark.parametrize(("expr", "unit"), [
    ("timer.NanoSeconds()", 1e-9),
    ("sw.MicroSeconds()", 1e-6),
    ("d.Milliseconds()", 1e-3),
    ("elapsed.Nanoseconds()", 1e-9),
    ("lap.as_nanos()", 1e-9),
    ("lap.as_micros()", 1e-6),
    ("lap.as_secs_f64()", 1.0),
    ("span.toNanos()", 1e-9),
    ("delta.InMicroseconds()", 1e-6),
    ("probe->ElapsedMicros()", 1e-6),
    ("elapsed_ns", 1e-9),
    ("readCostUs", 1e-6),
])
def test_expr_unit_reads_the_converted_unit(expr: str, unit: float) -> None:
    assert _expr_unit(expr) == pytest.approx(unit)


@pytest.mark.parametrize("expr", ["queue.size()", "cache.hits", "lap.count()", "retries", "buffer.len()"])
def test_expr_unit_none_for_names_without_a_unit(expr: str) -> None:
    assert _expr_unit(expr) is None


def test_jitter_near_bounds() -> None:
    assert _jitter_near(12e-6, 1e-6)
    assert _jitter_near(0.0009, 0.0002)
    # over by more than a millisecond: a regression or a hang
    assert not _jitter_near(0.003, 1e-6)
    # a bound of a millisecond or more is left to the ratio
    assert not _jitter_near(0.0015, 0.001)
    # under its bound: no miss of a bound at all
    assert not _jitter_near(5e-7, 1e-6)


def test_near_pair_bare_values_need_a_unit_from_the_name() -> None:
    assert _near_pair("12000", "1000", "timer.NanoSeconds()")[0]
    assert not _near_pair("12000", "1000", "queue.size()")[0]
    assert not _near_pair("12000", "1000")[0]
    # with units on both values, the expression is not needed
    assert _near_pair("40us", "5us")[0]
    assert not _near_pair("40ms", "5ms")[0]


# ------------------------------------------------------------------ the jitter floor as the engine reads it

TRANSIENT_TIMING = [
    ("gtest-nanoseconds-twelvefold", _gtest("Expected: (clock.NanoSeconds()) < (1000), actual: 11873 vs 1000")),
    ("gtest-micros-twentyfold", _gtest("Expected: (lap.ElapsedMicros()) <= (20), actual: 412 vs 20")),
    ("gtest-values-with-units", _gtest("Expected: (read_cost) < (5us), actual: 140us vs 5us",
                                       name="ClockTest.ReadCostIsLow")),
]

NOT_TRANSIENT_TIMING = [
    # over by far more than a millisecond: the same as before (a regression or a hang)
    ("gtest-nanoseconds-seconds-over", _gtest("Expected: (clock.NanoSeconds()) < (1000), actual: 2500000000 vs 1000")),
    # a bound of milliseconds missed fivefold: the ratio's reading stands
    ("gtest-millis-fivefold", _gtest("Expected: (lap.Milliseconds()) < (20), actual: 100 vs 20")),
    # a count, whatever its size
    ("gtest-count-not-a-time", _gtest("Expected: (pool.size()) < (1000), actual: 11873 vs 1000",
                                      name="PoolTest.StaysSmall")),
    # a computed duration (a backoff) in nanoseconds: the code's answer
    ("gtest-backoff-nanos", _gtest("Expected: (policy.backoff_ns()) < (1000), actual: 11873 vs 1000",
                                   name="RetryPolicyTest.FirstBackoff")),
]


@pytest.mark.parametrize("log", [log for _, log in TRANSIENT_TIMING], ids=[cid for cid, _ in TRANSIENT_TIMING])
def test_sub_millisecond_bound_missed_by_jitter_reads_transient(log: str) -> None:
    reads_as(log, "transient", _SIG)


@pytest.mark.parametrize("log", [log for _, log in NOT_TRANSIENT_TIMING], ids=[cid for cid, _ in NOT_TRANSIENT_TIMING])
def test_timing_look_alikes_stay_not_transient(log: str) -> None:
    v = judge(log)
    assert v.verdict != "transient", v.rationale


# ------------------------------------------------------------------ a barred gutter over a CI's stamped lines

_CODEBUILD = (
    "[Container] 2025/03/02 08:10:11.100200 Running on CodeBuild On-demand\n"
    "--\n"
    "2 | [Container] 2025/03/02 08:10:11.100300 Waiting for agent ping\n"
    "3 | [Container] 2025/03/02 08:10:11.300400 Waiting for DOWNLOAD_SOURCE\n"
    "4 | [Container] 2025/03/02 08:10:11.900500 Phase is DOWNLOAD_SOURCE\n"
    "5 | [Container] 2025/03/02 08:10:11.900600 YAML location is /codebuild/readonly/buildspec.yml\n"
    "6 | [Container] 2025/03/02 08:10:11.910700 Phase complete: DOWNLOAD_SOURCE State: FAILED\n"
    "7 | [Container] 2025/03/02 08:10:11.910800 Phase context status code: YAML_FILE_ERROR Message: "
    "mapping values are not allowed in this context at line 12\n")


def test_codebuild_console_gutter_is_removed() -> None:
    text = _normalise(_CODEBUILD)
    assert "\nPhase context status code: YAML_FILE_ERROR" in text
    assert "7 | " not in text


def test_codebuild_yaml_error_behind_a_gutter_reads_real() -> None:
    reads_as(_CODEBUILD, "real", "ci-pipeline-refused")


def test_iso_stamped_gutter_is_removed() -> None:
    log = "".join(f"{n} | 2025-03-02T08:10:{n:02d}.5Z step {n}\n" for n in range(40, 45))
    text = _normalise(log)
    assert "40 | " not in text and "step 44" in text


def test_a_code_frame_keeps_its_numbers() -> None:
    # a compiler's frame of source rows (no clock opens them) keeps its numbers, so [noise] still passes over them
    frame = ("error[E0308]: mismatched types\n"
             + "".join(f"{n} |     let x{n} = compute({n});\n" for n in range(10, 15)))
    assert "10 |     let x10" in _normalise(frame)


def test_a_short_run_with_one_unstamped_row_keeps_its_numbers() -> None:
    log = ("3 | [Container] 2025/03/02 08:10:11.1 one\n4 | [Container] 2025/03/02 08:10:11.2 two\n"
           "5 | plain source row\n6 | [Container] 2025/03/02 08:10:11.3 three\n")
    assert "5 | plain source row" in _normalise(log)


# ------------------------------------------------------------------ the action resolution service's repository not found

def test_actions_resolve_repository_not_found_reads_real() -> None:
    log = "Getting action download info\nError: Unable to resolve actions. Repository not found : acme-tools/setup-widget.\n"
    reads_as(log, "real", "actions-resolve-repository-not-found")


def test_actions_resolve_repository_not_found_annotation_form() -> None:
    reads_as("##[error]Unable to resolve actions. Repository not found: acme-tools/setup-widget\n", "real",
             "actions-resolve-repository-not-found")


def test_a_test_asserting_the_message_is_not_the_entry() -> None:
    log = ("--- FAIL: TestResolveErrors (0.00s)\n    resolve_test.go:31: expected \"Unable to resolve actions. Repository "
           "not found: org1/public1\", got \"\"\nFAIL\n")
    v = reads(log, "real")
    assert "actions-resolve-repository-not-found" not in signatures(v), v.rationale
