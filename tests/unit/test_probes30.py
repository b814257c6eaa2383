"""The engine on 300 more short failure excerpts (tests/data/probes30.jsonl, written for this project).

Two writers who never saw the engine wrote them, each labelled by construction (tests/data/README.md): `probe30a`
(150, as people paste them into an issue, weighted to the hard kinds) was measured blind at the thirtieth round's
start and then read as development data; `probe30b` (150, newer and rarer tools and languages) was measured blind at
the round's start and end, never read while the engine changed. The bounds are the figures at the round's end: a
change that reads one of these excerpts wrong fails here, and says which."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from judging import ENGINE, assert_part_figures

from triage_agent.core.models import FailureCase

CORPUS = Path(__file__).resolve().parents[1] / "data" / "probes30.jsonl"
CASES = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
PARTS = {split: [c for c in CASES if c["split"] == split] for split in ("probe30a", "probe30b")}


def test_the_corpus_is_what_its_readme_says():
    assert len(CASES) == 300 and len({c["id"] for c in CASES}) == 300
    assert Counter(c["label"] for c in CASES) == {"transient": 125, "real": 175}
    assert {s: len(p) for s, p in PARTS.items()} == {"probe30a": 150, "probe30b": 150}
    assert all(len({c["meta"]["ci"] for c in p}) >= 18 for p in PARTS.values())
    assert all(c["log"].count("\n") >= 2 for c in CASES)


@pytest.mark.parametrize(("split", "n", "precision", "recall", "real_recall", "unknown"), [
    # blind at the round's start (f550aef): 0.919 / 0.877, real recall 0.929, 4 unknown; unchanged by the three slices'
    # fixers; 0.984 / 0.938, real recall 0.976, 1 unknown once hold30 had read it
    ("probe30a", 150, 0.98, 0.93, 0.97, 2),
    # blind at the round's start: 1.000 / 0.933, real recall 0.967, 5 unknown; at the round's end, still blind:
    # 1.000 / 0.933, real recall 0.978, 4 unknown; then read by hold30b: 1.000 / 0.950, real recall 0.989, 2 unknown
    ("probe30b", 150, 1.0, 0.95, 0.98, 2),
])
def test_figures_hold(split, n, precision, recall, real_recall, unknown):
    assert_part_figures(PARTS[split], n, precision, recall, real_recall, unknown)


REAL = [c for c in CASES if c["label"] == "real"]
KEYWORD_FREE_TRANSIENT = [c for c in CASES if c["label"] == "transient" and c["meta"]["keyword_free"]]
# (left31) probe30a:147, a strict expected failure until then ("expected error context.DeadlineExceeded, got <nil>" under
# a deadline-named Go test read transient 0.9), reads unknown: test_expected_deadline_never_came_reads_unknown below
LEFT: dict[str, str] = {}


@pytest.mark.parametrize("case", [
    pytest.param(c, id=c["id"], marks=[pytest.mark.xfail(strict=True, reason=LEFT[c["id"]])] if c["id"] in LEFT else [])
    for c in REAL
])
def test_no_real_excerpt_reads_transient_with_confidence(case):
    """175 real excerpts (a third with outage words that are not the cause): none may read transient at 0.9 or more,
    which would propose a rerun with nothing to make a person doubt it."""
    v = ENGINE.classify(FailureCase.from_dict(case))
    assert not (v.verdict == "transient" and v.confidence >= 0.9), (v.confidence, v.rationale)


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"]) for c in KEYWORD_FREE_TRANSIENT])
def test_no_keyword_free_transient_excerpt_reads_real_with_confidence(case):
    """47 transient excerpts carry no outage word of the writers' list (a kill, a shutdown, a test passing on its
    retry, a timing bound): none may read real at 0.9 or more."""
    v = ENGINE.classify(FailureCase.from_dict(case))
    assert not (v.verdict == "real" and v.confidence >= 0.9), (v.confidence, v.rationale)


def test_expected_deadline_never_came_reads_unknown():
    """(left31) probe30a:147: a Go test named for its deadline whose report says the deadline error it expected never
    came ("expected error context.DeadlineExceeded, got <nil>", the stub holding the request in full) reads unknown, the
    decided reading of every form of that report (expected-timeout-not-raised beside the name's timing-sensitive-test)."""
    (case,) = [c for c in CASES if c["id"] == "probe30a:147"]
    v = ENGINE.classify(FailureCase.from_dict(case))
    assert v.verdict == "unknown", (v.confidence, v.rationale)
    assert {"expected-timeout-not-raised", "timing-sensitive-test"} <= {f.signature for f in v.findings}
