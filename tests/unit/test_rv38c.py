"""(rv38c) Final review of round 38: pytest's one-line report of a failing test ("FAILED t.py::test_x - AssertionError:
got 9 messages within 1s, want 10") is its own reach with no header line, so line_checks._count_short_in_window read no
test name for it and the count-short guard for a count the code fixes (a rate limiter's, a page's, a batch's:
_fixed_count_named) never applied to it: the long report's "E   AssertionError: ..." line was guarded by its
"____ test_token_bucket_allows_burst ____" header, the summary line under it was not, and gave the log its transient
signal. The summary line's node id now serves as its header. Made-up logs; names, hosts and paths invented."""

from __future__ import annotations

import pytest
from frames import GitLab
from judging import judge, signatures

from triage_agent.classify.line_checks import _count_short_in_window

COUNT_ID = "count-short-within-time-window"

GL = GitLab(head=["Running with gitlab-runner 16.11.0 (91a27b2a)", "  on slate-docker-3 pQ7r2Ls, system ID: s_9a8b7c6d5e4f",
                  "Preparing the \"docker\" executor"],
            script=["Getting source from Git repository", "Fetching changes with git depth set to 20...",
                    "Checking out 7e2a4c1b as detached HEAD (ref is main)...",
                    "Executing \"step_script\" stage of the job script"])


def _pytest_log(module: str, name: str, message: str) -> str:
    return GL([
        f"$ python -m pytest -q tests/{module}", "....F..",
        "=================================== FAILURES ===================================",
        f"_______________________________ {name.replace('::', '.')} _______________________________", "",
        f"    def {name.split('::')[-1]}(harness):", "        seen = harness.drain(window=1.0)",
        ">       assert len(seen) == 10, f'got {len(seen)} within 1s, want 10'",
        f"E       AssertionError: {message}", "E       assert 9 == 10", "",
        f"tests/{module}:19: AssertionError",
        "=========================== short test summary info ============================",
        f"FAILED tests/{module}::{name} - AssertionError: {message}", "1 failed, 6 passed in 1.31s"])


@pytest.mark.parametrize(("module", "name", "message"), [
    pytest.param("test_gate.py", "test_token_bucket_allows_burst", "got 9 messages within 1s, want 10", id="limiter"),
    pytest.param("test_sink.py", "test_flushes_full_batch", "collected 9 events within 1s, want 10", id="batch"),
    pytest.param("test_gate.py", "TestGate::test_rate_limit_holds", "only 9 of 10 replies arrived within 1s",
                 id="rate-limit-in-class"),
])
def test_a_pytest_summary_line_naming_a_fixed_count_is_no_late_arrival(module: str, name: str, message: str) -> None:
    log = _pytest_log(module, name, message)
    v = judge(log)
    assert COUNT_ID not in signatures(v), (v.verdict, v.confidence, sorted(signatures(v)))
    assert v.verdict != "transient"
    lines = log.splitlines()
    summary = next(i for i, ln in enumerate(lines) if ln.startswith("FAILED "))
    assert not _count_short_in_window(lines, summary)


@pytest.mark.parametrize("module", ["test_bus.py", "test_pagination.py"])
def test_a_pytest_summary_line_of_arrivals_still_reads_late_arrivals(module: str) -> None:
    # (the module's name is no test's name: the long report's header does not show it either)
    log = _pytest_log(module, "test_fanout_reaches_every_subscriber", "got 9 messages within 1s, want 10")
    v = judge(log)
    assert COUNT_ID in signatures(v), (v.verdict, v.confidence, sorted(signatures(v)))
    lines = log.splitlines()
    summary = next(i for i, ln in enumerate(lines) if ln.startswith("FAILED "))
    assert _count_short_in_window(lines, summary)
