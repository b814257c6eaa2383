"""The engine on 120 more made-up failures, whole CI jobs as the runner stores them (../shared/eval/probe32/holdout.jsonl).

A writer who never saw the engine, its catalogue, its tests or the earlier sets wrote them in the thirty-second round,
each labelled by construction (tests/data/README.md): the runner's own framing (preparing the executor, pulling the
image, fetching sources, restoring caches), the script's output, then what the runner does after a failure
(after_script and post steps, artifact and cache upload, clean-up, the closing status line), over 18 CI systems and
18 ecosystems, in four families: the platform's failure and its real twins, a run whose verdict was in before the
platform stopped it, runner noise around a real failure, runner noise around a transient one. The whole set stayed
unread all round (measured at the round's start and end only); the bounds are the figures at the round's end. The
cases live outside the project, in ../shared; the tests skip, saying why, where they are absent."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from judging import assert_part_figures
from shared_data import shared_file

FAMILIES = ("platform", "before-stop", "noise-real", "noise-transient")


@pytest.fixture(scope="module")
def cases() -> list[dict]:
    corpus = shared_file("eval", "probe32", "holdout.jsonl")
    return [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_corpus_is_what_its_readme_says(cases):
    assert len(cases) == 120 and len({c["id"] for c in cases}) == 120
    assert Counter(c["label"] for c in cases) == {"transient": 56, "real": 64}
    assert {c["meta"]["family"] for c in cases} == set(FAMILIES)
    assert len({c["meta"]["ci"] for c in cases}) == 18 and len({c["meta"]["ecosystem"] for c in cases}) == 18
    assert all(c["log"].count("\n") >= 9 for c in cases)


def test_figures_hold(cases):
    # round start (1c2a3be), blind: 0.931 / 0.964, real recall 0.906, 2 unknown; round end: 0.947 / 0.964, 0.922, 2
    assert_part_figures(cases, 120, 0.947, 0.964, 0.92, 2)


@pytest.mark.parametrize(("family", "wrong_transients"), [
    # at the round's end: platform 2 of its 7 real cases read transient, before-stop 1 of 10, noise-real none of 47
    ("platform", 2), ("before-stop", 1), ("noise-real", 0),
])
def test_no_family_reads_more_real_cases_transient(cases, family, wrong_transients):
    part = [c for c in cases if c["meta"]["family"] == family and c["label"] == "real"]
    assert_part_figures(part, len(part), wrong_transients, None, 0.0, len(part))
