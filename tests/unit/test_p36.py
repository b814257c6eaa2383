"""p36: the released made-up set probe36's false transients, read by mechanism.

- GitLab's stuck job that names the tags no runner matches ("This job is stuck because of one of the following
  problems. ... or no runners that match all of the job's tags: a b", then "There has been a timeout failure or the
  job got stuck"): ci-runner-label-unmatched reads it (real), and agent-unresponsive and ci-job-time-limit pass over the
  stuck line GitLab writes after the day in the queue. The untagged form (a project whose runners are offline) reads
  as before.
- disk-full on a GitHub-hosted runner ("Runner name: 'GitHub Actions 7'"): a fresh VM each job, the job's own output
  filled it; disk-full passes over the log and the other lines decide. A self-hosted runner's full disk reads as before.
- GoogleTest's EXPECT_EQ failure ("Expected equality of these values:" / "Which is: 256") of two small integers under
  a test named for a timer: the code's count, not a late timer (names23's policy in gtest's form). A measured time's
  EXPECT_LE near its bound, an expression named for a measured time, a name with a concurrency word read as before.

Every log line here was written for this test (hosts, projects, paths, tags made up).
"""

from __future__ import annotations

import pytest
from judging import failed_test, judge, signatures

# --- GitLab's stuck job

_STUCK_TAGS = (
    "This job is stuck because of one of the following problems. There are no active runners online, no runners for "
    "the protected branch, or no runners that match all of the job's tags: arm64-large kvm\n"
    "Go to project CI settings\n"
    "\n"
    "This job failed because: There has been a timeout failure or the job got stuck. Check your timeout limits or try "
    "again\n"
)
_STUCK_TAGS_OLD = (
    "This job is stuck because you don't have any active runners online or available with any of these tags assigned "
    "to them: windows-2022 msvc\n"
    "There has been a timeout failure or the job got stuck. Check your timeout limits or try again\n"
)
_STUCK_UNTAGGED = (
    "This job is stuck because the project doesn't have any runners online assigned to it.\n"
    "There has been a timeout failure or the job got stuck. Check your timeout limits or try again\n"
)


@pytest.mark.parametrize("log", [_STUCK_TAGS, _STUCK_TAGS_OLD])
def test_gitlab_stuck_for_tags_reads_the_tags(log: str) -> None:
    v = judge(log)
    assert v.verdict == "real"
    found = signatures(v)
    assert "ci-runner-label-unmatched" in found
    assert not found & {"agent-unresponsive", "ci-job-time-limit"}


def test_gitlab_stuck_without_tags_is_not_read_as_tags() -> None:
    v = judge(_STUCK_UNTAGGED)
    assert "ci-runner-label-unmatched" not in signatures(v)
    assert v.verdict != "real"


def test_gitlab_stuck_tags_clause_without_tags_is_not_read() -> None:
    log = _STUCK_TAGS.replace("tags: arm64-large kvm", "tags:")
    assert "ci-runner-label-unmatched" not in signatures(judge(log))


# --- disk-full on a GitHub-hosted runner

def _disk_full_log(runner: str) -> str:
    return (
        f"Runner name: '{runner}'\n"
        "Runner group name: 'Default'\n"
        "[ 64%] Linking CXX shared library libquarry.so\n"
        "/usr/bin/ld: final link failed: No space left on device\n"
        "collect2: error: ld returned 1 exit status\n"
        "make[2]: *** [src/CMakeFiles/quarry.dir/build.make:301: src/libquarry.so] Error 1\n"
        "##[error]Process completed with exit code 2.\n"
    )


def test_disk_full_on_github_hosted_runner_is_not_transient() -> None:
    v = judge(_disk_full_log("GitHub Actions 7"))
    assert "disk-full" not in signatures(v)
    assert v.verdict == "real"


def test_disk_full_on_self_hosted_runner_reads_as_before() -> None:
    v = judge(_disk_full_log("build-box-12"))
    assert "disk-full" in signatures(v)
    assert v.verdict == "transient"


def test_hosted_runner_name_quoted_elsewhere_does_not_count() -> None:
    log = _disk_full_log("build-box-12").replace(
        "Runner group name", "echo \"Runner name: 'GitHub Actions 7'\"\nRunner group name")
    assert "disk-full" in signatures(judge(log))


# --- GoogleTest's equality failure under a timer-named test

def _gtest_log(test: str, block: list[str]) -> str:
    return "\n".join([
        "$ ctest --test-dir build --output-on-failure",
        "3/9 Test #3: scheduler_timer_tests ............***Failed    0.40 sec",
        f"[ RUN      ] {test}",
        "/src/sched/test/timer_test.cc:57: Failure",
        *block,
        f"[  FAILED  ] {test} (0 ms)",
        "[  FAILED  ] 1 test, listed below:",
        f"[  FAILED  ] {test}",
        "",
        "The following tests FAILED:",
        "\t  3 - scheduler_timer_tests (Failed)",
        "Errors while running CTest",
    ]) + "\n"


_EQ_WHICH = ["Expected equality of these values:", "  queue.bucket_count()", "    Which is: 64",
             "  kBuckets", "    Which is: 128"]
_EQ_LITERAL = ["Expected equality of these values:", "  timers.pending()", "    Which is: 3", "  2"]


@pytest.mark.parametrize("block", [_EQ_WHICH, _EQ_LITERAL])
def test_timer_named_gtest_equality_of_counts_is_real(block: list[str]) -> None:
    v = judge(_gtest_log("TimerQueueTest.BucketsMatchConfig", block),
              failed_tests=[failed_test("BucketsMatchConfig", "TimerQueueTest", " ".join(b.strip() for b in block))])
    assert "timing-sensitive-test" not in signatures(v)
    assert v.verdict == "real"


def test_timer_named_gtest_near_bound_stays_transient() -> None:
    block = ["Expected: (fired_after) <= (tick + slack), actual: 66ms vs 60ms"]
    v = judge(_gtest_log("TimerQueueTest.FiresWithinTick", block))
    assert "timing-sensitive-test" in signatures(v)
    assert v.verdict == "transient"


def test_gtest_equality_of_a_measured_expression_is_not_read_as_a_count() -> None:
    block = ["Expected equality of these values:", "  elapsed_ms", "    Which is: 7", "  kTickMs", "    Which is: 5"]
    v = judge(_gtest_log("TimerQueueTest.FiresOnTick", block))
    assert "timing-sensitive-test" in signatures(v)


def test_gtest_equality_under_a_concurrency_name_is_not_read_as_a_count() -> None:
    log = _gtest_log("TimerRaceTest.BucketsMatchConfig", _EQ_WHICH).replace(
        "scheduler_timer_tests", "scheduler_timer_race_tests")
    assert "timing-sensitive-test" in signatures(judge(log))


def test_timer_named_gtest_equality_in_a_test_that_waited_is_not_read_as_a_count() -> None:
    # a timer test that ran 14 ms and saw its timer fire 0 times of 1 (review9's pinned case): a late timer's count
    log = _gtest_log("TimerQueueTest.FiresOnce", ["Expected equality of these values:", "  queue.fired()",
                                                   "    Which is: 0", "  1"]).replace("(0 ms)", "(14 ms)")
    assert "timing-sensitive-test" in signatures(judge(log))
