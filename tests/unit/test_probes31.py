"""The engine on 240 more made-up failures of two new forms (tests/data/probes31.jsonl, written for this project).

Two writers who never saw the engine wrote them, each labelled by construction (tests/data/README.md): `probe31a`
(120 whole failing-step logs of 35-80 lines with decoys: harmless retries, warnings, allowed-to-fail steps above a
real cause; warnings and scary lines above a transient one) and `probe31b` (120 failed CircleCI jobs as the daemon
reads them: the failing step's output and CircleCI's test metadata). Each set's even ids were named the hold-out
before any case arrived and kept unread all round; the odd ids were read by one fixer each (hold31a, hold31b). The
bounds are the figures at the round's end: a change that reads one of these wrong fails here, and says which."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from judging import ENGINE, assert_part_figures

from triage_agent.core.models import FailureCase

CORPUS = Path(__file__).resolve().parents[1] / "data" / "probes31.jsonl"
CASES = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
PARTS = {split: [c for c in CASES if c["split"] == split] for split in ("probe31a", "probe31b")}


def _hold(cases: list[dict]) -> list[dict]:
    return [c for c in cases if int(c["id"].split(":")[1]) % 2 == 0]


def test_the_corpus_is_what_its_readme_says():
    assert len(CASES) == 240 and len({c["id"] for c in CASES}) == 240
    assert Counter(c["label"] for c in CASES) == {"transient": 101, "real": 139}
    assert {s: len(p) for s, p in PARTS.items()} == {"probe31a": 120, "probe31b": 120}
    assert len({c["meta"]["ci"] for c in PARTS["probe31a"]}) >= 18
    assert all(c["log"].count("\n") >= 30 for c in PARTS["probe31a"])
    assert all(c["log"].count("\n") >= 4 for c in PARTS["probe31b"])


@pytest.mark.parametrize(("split", "n", "precision", "recall", "real_recall", "unknown"), [
    # round start (3cef109), blind: 0.953 / 0.804, real recall 0.870, 12 unknown; round end: 0.980 / 0.941, 0.928, 6
    ("probe31a", 120, 0.979, 0.94, 0.92, 6),
    # round start (3cef109), blind: 0.927 / 0.760, real recall 0.900, 9 unknown; round end: 1.000 / 0.860, 0.957, 3
    ("probe31b", 120, 1.0, 0.859, 0.95, 3),
])
def test_figures_hold(split, n, precision, recall, real_recall, unknown):
    assert_part_figures(PARTS[split], n, precision, recall, real_recall, unknown)


@pytest.mark.parametrize(("split", "precision", "recall", "unknown"), [
    # the hold-outs, unread all round: probe31a's 60 (27 T) 0.958 / 0.852, 8 unknown at the start -> 0.962 / 0.926, 6;
    # probe31b's 60 (30 T) 1.000 / 0.867, 4 -> 1.000 / 0.900, 3 (three verdicts moved, each unknown -> its label)
    ("probe31a", 0.96, 0.92, 6),
    ("probe31b", 1.0, 0.89, 3),
])
def test_hold_out_figures_hold(split, precision, recall, unknown):
    hold = _hold(PARTS[split])
    assert_part_figures(hold, 60, precision, recall, 0.84, unknown)


REAL = [c for c in CASES if c["label"] == "real"]
KEYWORD_FREE_TRANSIENT = [c for c in CASES if c["label"] == "transient" and c["meta"]["keyword_free"]]
LEFT = {
    "probe31b:045": "LEFT: npm's integrity mismatch on a tarball a mirror cut short reads real 0.93: nothing in the log "
                    "shows the download cut (no premature close, no short read), and a changed artifact prints the same",
    "probe31b:093": "LEFT: a mirror's truncated metadata as a hash mismatch reads real 0.93 (the writer flags the label as "
                    "arguable: a mismatch is what a tampered or changed artifact prints too)",
    "probe31b:096": "LEFT: Testcontainers' 'Could not find a valid Docker environment ... check configuration' reads a "
                    "configuration error 0.97: the words a job with no Docker engine set up prints on every run; only "
                    "the writer's note says the remote engine was late",
}


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"]) for c in REAL])
def test_no_real_case_reads_transient_with_confidence(case):
    """139 real cases (probe31a's each under transient-looking decoys): none may read transient at 0.9 or more, which
    would propose a rerun with nothing to make a person doubt it."""
    v = ENGINE.classify(FailureCase.from_dict(case))
    assert not (v.verdict == "transient" and v.confidence >= 0.9), (v.confidence, v.rationale)


@pytest.mark.parametrize("case", [
    pytest.param(c, id=c["id"], marks=[pytest.mark.xfail(strict=True, reason=LEFT[c["id"]])] if c["id"] in LEFT else [])
    for c in KEYWORD_FREE_TRANSIENT
])
def test_no_keyword_free_transient_case_reads_real_with_confidence(case):
    """37 transient cases carry no outage word of the writers' lists (a kill, a reclaimed machine, a flaky mark, a
    race): none may read real at 0.9 or more."""
    v = ENGINE.classify(FailureCase.from_dict(case))
    assert not (v.verdict == "real" and v.confidence >= 0.9), (v.confidence, v.rationale)
