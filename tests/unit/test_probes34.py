"""The engine on the thirty-fourth round's sets, all kept outside the project in ../shared.

Blind (written or collected by people who never saw the engine, its catalogue or its tests; measured at the round's
start and end only, never read by anyone changing the engine):
- ../shared/eval/threads-r34/thread34{a..f}.jsonl: 44 real issue-thread excerpts (19 transient) of 44 projects no
  earlier set used, collected from public threads (CircleCI-built projects, GitLab CI and self-hosted runners, less
  common ecosystems, forums and bug trackers, flaky-test reports); every part was named hold-out before any case
  arrived, and measured blind at the round's start and after its fixes, then released to one fixer. Their ids, labels
  and sources are in docs/heldout-sources.jsonl (splits thread34a-f); the logs are never committed.
- ../shared/eval/threads-r35/thread35{a,b}.jsonl: 19 more, collected blind after the round's fixes (splits
  thread35a-b), never read.
- ../shared/eval/probe34/holdout.jsonl: 100 made-up whole job logs (30-104 lines; 46 transient; 18 CI systems, a
  fifth in Travis' 2014-2019 form; families tool, infra, flaky, deterministic), each labelled by construction.
- ../shared/eval/probe34b/holdout.jsonl: 80 made-up excerpts of failing tests only (41 flaky: timing, concurrency,
  environment; 39 real: logic, platform, time-bomb, hang, other), 61 % of the transient ones with no keyword.

Development (read by the round's fixers):
- ../shared/eval/flakydev34/dev.jsonl: 80 made-up failing-test excerpts by another blind writer, the same brief.
- ../shared/eval/threads-r33/thread33{a..f}.jsonl: the last round's 42 real threads, its hold-out released this round.

The bounds are the figures at the round's end. The tests skip, saying why, where ../shared lacks the files."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from judging import assert_part_figures
from shared_data import shared_file


def _read(*parts: str) -> list[dict]:
    corpus = shared_file("eval", *parts)
    return [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def threads() -> list[dict]:
    return [c for part in "abcdef" for c in _read("threads-r34", f"thread34{part}.jsonl")]


@pytest.fixture(scope="module")
def jobs() -> list[dict]:
    return _read("probe34", "holdout.jsonl")


@pytest.fixture(scope="module")
def tests_failing() -> list[dict]:
    return _read("probe34b", "holdout.jsonl")


def test_the_thread_hold_out_is_what_the_docstring_says(threads):
    assert len(threads) == 44 and len({c["meta"]["project"].lower() for c in threads}) == 44
    assert Counter(c["label"] for c in threads) == {"transient": 19, "real": 25}


def test_thread_hold_out_figures_hold(threads):
    # blind, at the round's start (de127c6) and after every branch but the last (0c8fe9e): transient 0.818 / 0.474,
    # real recall 0.760, 5 unknown (11 %); its two wrong transients an OOM-killed build on a small machine and a
    # database the job never started. Then released to one fixer (hold34), after which: 0.909 / 0.526, 0.840, 4
    assert_part_figures(threads, 44, 0.90, 0.52, 0.84, 4)


def test_the_late_hold_out_figures_hold():
    # 19 real threads (8 transient) of 19 more unused projects (third-party actions, orbs and setup tools; mid-size
    # projects' CI-breakage issues), collected blind after the round's fixes, both parts named hold-out before any
    # arrived (splits thread35a-b); identical verdicts at de127c6, 0c8fe9e and the round's end: 0.667 / 0.250, real
    # recall 0.909, 2 unknown
    cases = [c for part in "ab" for c in _read("threads-r35", f"thread35{part}.jsonl")]
    assert len(cases) == 19 and len({c["meta"]["project"].lower() for c in cases}) == 19
    assert Counter(c["label"] for c in cases) == {"transient": 8, "real": 11}
    assert_part_figures(cases, 19, 0.66, 0.25, 0.90, 2)


def test_the_job_probe_is_what_the_docstring_says(jobs):
    assert len(jobs) == 100 and len({c["id"] for c in jobs}) == 100
    assert Counter(c["label"] for c in jobs) == {"transient": 46, "real": 54}
    assert len({c["meta"]["ci"] for c in jobs}) == 18


def test_job_probe_figures_hold(jobs):
    # round start (de127c6) = round end: 0.976 / 0.891, real recall 0.963, 4 unknown
    assert_part_figures(jobs, 100, 0.97, 0.89, 0.96, 4)


def test_no_deterministic_job_reads_transient(jobs):
    part = [c for c in jobs if c["meta"]["family"] == "deterministic"]
    assert_part_figures(part, 18, 0, None, 1.0, 0)


def test_the_failing_test_probe_is_what_the_docstring_says(tests_failing):
    assert len(tests_failing) == 80
    assert Counter(c["label"] for c in tests_failing) == {"transient": 41, "real": 39}


def test_failing_test_probe_figures_hold(tests_failing):
    # start 0.750 / 0.366, real recall 0.846 -> end 0.778 / 0.341, 0.872, 4 unknown: a flaky test quoted by its
    # failure alone is mostly not readable from its lines (half of these carry no timing or network word at all)
    assert_part_figures(tests_failing, 80, 0.77, 0.34, 0.87, 4)


def test_failing_test_development_set_figures_hold():
    cases = _read("flakydev34", "dev.jsonl")
    # start 0.773 / 0.436, real recall 0.829 -> end 0.850 / 0.436, 0.902, 5 unknown (read by the round's fixer)
    assert_part_figures(cases, 80, 0.85, 0.43, 0.90, 5)


def test_last_rounds_released_threads_figures_hold():
    cases = [c for part in "abcdef" for c in _read("threads-r33", f"thread33{part}.jsonl")]
    # start (de127c6) 0.923 / 0.600, real recall 0.909, 1 unknown -> end 1.000 / 0.700, 0.955, 2 unknown
    assert_part_figures(cases, 42, 1.0, 0.7, 0.95, 2)
