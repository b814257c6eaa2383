"""The engine on the thirty-sixth round's blind sets: 100 made-up failure-reason excerpts committed here
(tests/data/probes38.jsonl), and the real threads collected blind while the round's fixers worked, kept outside the
project in ../shared.

- tests/data/probes38.jsonl: 100 excerpts (40 transient) of older CI logs (Travis CI mostly; CircleCI 2.0, GitLab CI,
  AppVeyor, Jenkins), 25 languages, written for this project by a writer who never saw the engine, its catalogue or
  its tests (tests/data/README.md); every transient has a real twin of the same tool. Blind at the round's start
  (a87214b): 1.000 / 0.900, real recall 0.950, 3 unknown; then released to one fixer (p38).
- ../shared/eval/threads-r39/thread39{g,h}.jsonl and ../shared/eval/threads-r40/thread40{a,b,c}.jsonl: 34 real threads
  (18 transient) of 34 projects no earlier set used, collected while the round's fixers worked and never read by
  anyone changing the engine (splits thread39g-h and thread40a-c in docs/heldout-sources.jsonl; the logs are never
  committed). Blind at the round's start: 1.000 / 0.556, real recall 0.938, 2 unknown; then released to one fixer
  (late41): 1.000 / 0.722, real recall 0.938, 1 unknown.

The bounds are the figures at the round's end. The tests of ../shared's files skip, saying why, where it lacks them."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from judging import assert_part_figures
from shared_data import shared_cases

CORPUS = Path(__file__).resolve().parents[1] / "data" / "probes38.jsonl"
CASES = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_probe_is_what_its_readme_says():
    assert len(CASES) == 100 and len({c["id"] for c in CASES}) == 100
    assert Counter(c["label"] for c in CASES) == {"transient": 40, "real": 60}
    assert Counter(c["meta"]["ci"] for c in CASES) == {
        "Travis CI": 71, "CircleCI 2.0": 10, "GitLab CI": 7, "AppVeyor": 7, "Jenkins": 5}
    assert len({c["meta"]["language"] for c in CASES}) == 25
    assert not any(c["failed_tests"] for c in CASES)
    # every transient names a real twin, and the twin names it back
    by_id = {c["id"]: c for c in CASES}
    for c in CASES:
        twin = c["meta"].get("twin")
        if c["label"] == "transient":
            assert twin and by_id[twin]["label"] == "real" and by_id[twin]["meta"]["twin"] == c["id"], c["id"]


def test_probe_figures_hold():
    # blind at a87214b: 1.000 / 0.900, real recall 0.950, 3 unknown; released to p38, after which and its review:
    # 1.000 / 0.975, real recall 1.000, 0 unknown
    assert_part_figures(CASES, 100, 1.0, 0.975, 1.0, 0)


def test_no_real_twin_reads_transient():
    # the 40 real twins of the transients (the same tool, similar words, a lasting cause)
    twins = [c for c in CASES if c["label"] == "real" and c["meta"].get("twin")]
    assert len(twins) == 40
    assert_part_figures(twins, 40, 0, None, 1.0, 0)


def test_the_late_blind_threads_figures_hold():
    # 34 real threads of 34 unused projects: pull requests' retests and fix PRs, other forges, dependency updates,
    # nightly and release builds; measured blind at the round's start (a87214b) and at its end: 1.000 / 0.556, real
    # recall 0.938, 2 unknown; released to late41, after which 1.000 / 0.722, real recall 0.938, 1 unknown
    cases = [c for part in "gh" for c in shared_cases("eval", "threads-r39", f"thread39{part}.jsonl")]
    cases += [c for part in "abc" for c in shared_cases("eval", "threads-r40", f"thread40{part}.jsonl")]
    assert len(cases) == 34 and len({c["meta"]["project"].lower() for c in cases}) == 34
    assert Counter(c["label"] for c in cases) == {"transient": 18, "real": 16}
    assert_part_figures(cases, 34, 1.0, 0.72, 0.93, 1)
