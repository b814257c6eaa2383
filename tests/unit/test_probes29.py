"""The engine on 350 short failure excerpts over 23 CI systems (tests/data/probes29.jsonl, written for this project).

Two writers who never saw the engine wrote them from how CI systems and tools print their messages, each labelled by
construction (tests/data/README.md). `probe29` (200) was measured blind at the twenty-ninth round's start and then
read as development data; `probe29b` (150) was measured blind at the start and end of the round's second half and
never read while the engine changed. The bounds are the figures at the round's end: a change that reads one of these
excerpts wrong fails here, and says which."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from judging import ENGINE, assert_part_figures

CORPUS = Path(__file__).resolve().parents[1] / "data" / "probes29.jsonl"
CASES = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
PARTS = {split: [c for c in CASES if c["split"] == split] for split in ("probe29", "probe29b")}


def test_the_corpus_is_what_its_readme_says():
    assert len(CASES) == 350 and len({c["id"] for c in CASES}) == 350
    assert Counter(c["label"] for c in CASES) == {"transient": 150, "real": 200}
    assert {s: len(p) for s, p in PARTS.items()} == {"probe29": 200, "probe29b": 150}
    assert len({c["meta"]["ci"] for c in CASES}) >= 19
    assert all(c["log"].count("\n") >= 2 for c in CASES)


@pytest.mark.parametrize(("split", "n", "precision", "recall", "real_recall", "unknown"), [
    # measured at 4b0a8ad (the round's start): 0.964 / 0.900, real recall 0.936, 10 unknown
    # (lost30) 0.944 and 4 unknown: Jenkins' deleted agent under an "ERROR: " (probe29:192)
    ("probe29", 200, 1.0, 0.94, 0.98, 4),
    # measured at 4b0a8ad: 0.941 / 0.800, real recall 0.911, 10 unknown; blind until the round's end
    # (lost30) 0.947 / 0.900, 5 unknown: an agent's exit -1, the kubelet's node-shutdown message, a runner shut down
    # under the step, a named agent that stopped responding (probe29b:030, 101, 137, 147); (flake30) probe29b:014
    # (Jest's heap rising to its limit) and 086 (a test of a timeout's message) read real; (perm30) 024, 052, 068, 132
    # (lasting refusals) read real and 133 (a certificate expired) no longer transient: 1.000 / 0.900, real recall
    # 1.000, 1 unknown once the three were merged
    ("probe29b", 150, 0.98, 0.9, 0.98, 3),
])
def test_figures_hold(split, n, precision, recall, real_recall, unknown):
    assert_part_figures(PARTS[split], n, precision, recall, real_recall, unknown)


KEYWORD_FREE_TRANSIENT = [c for c in CASES if c["label"] == "transient" and c["meta"]["keyword_free"]]
LEFT = {
    "probe29b:062": "LEFT: a version released minutes before the job and not yet on the Maven mirror reads real 0.97: "
                    "the only witness is a release note's time above Maven's 'Could not find artifact', the lines a "
                    "version that never existed prints too",
}


@pytest.mark.parametrize("case", [
    pytest.param(c, id=c["id"], marks=[pytest.mark.xfail(strict=True, reason=LEFT[c["id"]])] if c["id"] in LEFT else [])
    for c in KEYWORD_FREE_TRANSIENT
])
def test_no_keyword_free_transient_excerpt_reads_real_with_confidence(case):
    """57 transient excerpts carry no outage word (exit 137, a shutdown signal, a reclaimed instance, a test passing on
    its retry): none may read real at 0.9 or more, which would put a rerun's worth behind a person's look with nothing
    to make them doubt it."""
    from triage_agent.core.models import FailureCase

    v = ENGINE.classify(FailureCase.from_dict(case))
    assert not (v.verdict == "real" and v.confidence >= 0.9), (v.confidence, v.rationale)
