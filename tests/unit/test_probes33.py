"""The engine on the thirty-third round's blind sets, both kept outside the project in ../shared.

- ../shared/eval/probe33/holdout.jsonl: 120 made-up excerpts of failed CI jobs as people paste them into issue threads
  (3-26 lines; 55 transient; 20 CI systems, 20 ecosystems; families flaky, infra, deterministic), written by a writer
  who never saw the engine, its catalogue, its tests or the earlier sets, each labelled by construction.
- ../shared/eval/threads-r33/thread33{c,d,e}.jsonl: 23 real issue-thread excerpts (10 transient) of projects no earlier
  set used, collected by people who never saw the engine; the three parts were named hold-out before any case arrived.
  Their ids, labels and sources are in docs/heldout-sources.jsonl (splits thread33c-e); the logs are never committed.

Both stayed unread all round (measured at its start and end only); the bounds are the figures at the round's end.
The tests skip, saying why, where ../shared lacks the files."""

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
def probes() -> list[dict]:
    return _read("probe33", "holdout.jsonl")


@pytest.fixture(scope="module")
def threads() -> list[dict]:
    return [c for part in ("thread33c", "thread33d", "thread33e") for c in _read("threads-r33", f"{part}.jsonl")]


def test_the_probe_corpus_is_what_the_docstring_says(probes):
    assert len(probes) == 120 and len({c["id"] for c in probes}) == 120
    assert Counter(c["label"] for c in probes) == {"transient": 55, "real": 65}
    assert {c["meta"]["family"] for c in probes} == {"flaky", "infra", "deterministic"}
    assert len({c["meta"]["ci"] for c in probes}) == 20


def test_probe_figures_hold(probes):
    # round start (79a120f) = round end: 0.960 / 0.873, real recall 0.954, 2 unknown
    assert_part_figures(probes, 120, 0.96, 0.87, 0.95, 2)


def test_no_deterministic_probe_reads_transient(probes):
    part = [c for c in probes if c["meta"]["family"] == "deterministic"]
    assert_part_figures(part, 33, 0, None, 1.0, 0)


def test_the_thread_hold_out_is_what_the_docstring_says(threads):
    assert len(threads) == 23 and len({c["meta"]["project"].lower() for c in threads}) == 23
    assert Counter(c["label"] for c in threads) == {"transient": 10, "real": 13}


def test_thread_hold_out_figures_hold(threads):
    # round start (79a120f) = round end: transient 1.000 / 0.300, real recall 0.923, 1 unknown; no real case read
    # transient is the bound that matters most here
    assert_part_figures(threads, 23, 1.0, 0.3, 0.92, 1)
