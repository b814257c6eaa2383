"""Twenty-fifth round: the figures of the round's blind sets, kept where ``../shared`` holds them.

Eight parts, 190 cases (ids, labels and sources in docs/heldout-sources.jsonl), each measured once when it arrived:

* final36a, final36b, final36e, final36f, final36g, final36h: 96 CI-failure issue threads of 96 projects in none of the
  earlier sets (68 transient), their logs kept in ../shared/eval/collected36;
* final36c, final36d: 94 LogChunks logs no earlier set used, of projects outside the development set (12 transient),
  labelled blind from the authors' failure chunk and the log, rebuilt by ``scripts/rebuild_heldout.py --split final36c
  final36d --out ../shared/eval/rebuilt-final36`` (the chunk placed where its first lines follow each other).

final36a-f with the engine at the round's start (cb7621d), final36g-h with the round's engine at fdd3060 (the same
verdicts as cb7621d on them). All 190 as first measured: transient precision 0.702, recall 0.500, 15 unknown (8 %),
ECE 0.163; 13 of the 17 wrong transients are two projects' live-service tests failing the same way on every build
(labelled real for persisting). They are development data since (conda's vanished cache archive, CMake's test
discovery, Nim's unhandled exception, opam's fetch failures, Vim's runner giving up on a flaky-listed test, a test named
for parallel work without a timing sign, checks whose output is only a diff were read from their misses), and these
tests keep them from sliding back.
"""

from __future__ import annotations

import pytest
from judging import assert_part_figures, overall
from shared_data import shared_split

# (directory, file, split or None, cases, transient precision at least, transient recall at least, real recall at
# least, unknowns at most); each comment: as first measured -> now
SETS = [
    # 19 threads sought for transient failures, 14 transient: 1.000 / 0.571, 3 unknown -> 1.000 / 0.643, 2 unknown
    ("collected36", "final36a.jsonl", None, 19, 0.99, 0.64, 0.99, 2),
    # 18 threads as they came, 11 transient: 0.667 / 0.364 -> 0.833 / 0.455 (an unexpanded Ansible variable's "No such
    # container" no longer an outage; conda's vanished cache archive transient)
    ("collected36", "final36b.jsonl", None, 18, 0.83, 0.45, 0.85, 0),
    # 60 LogChunks logs, 6 transient: 0.273 / 0.500, 5 unknown -> 0.429 / 0.500, 2 unknown (a docs formatter's diff
    # real; a live geo-lookup test named "Parallel" and a Vim screendump the runner gave up on no longer transient; four
    # live-host timeouts of one project labelled real for persisting stay transient)
    ("rebuilt-final36", "own.jsonl", "final36c", 60, 0.42, 0.50, 0.88, 2),
    # 34 LogChunks logs, 6 transient: 0.143 / 0.167, 2 unknown -> 0.333 / 0.167, 2 unknown
    ("rebuilt-final36", "own.jsonl", "final36d", 34, 0.33, 0.16, 0.89, 2),
    # 20 threads sought in other languages and on unusual runners, 19 transient: 1.000 / 0.684 -> 1.000 / 0.737
    ("collected36", "final36e.jsonl", None, 20, 0.99, 0.73, 0.99, 2),
    # 12 threads of older trackers and build farms, 6 transient: 1.000 / 0.333, 1 unknown -> 1.000 / 0.333, 3 unknown
    ("collected36", "final36f.jsonl", None, 12, 0.99, 0.33, 0.99, 3),
    # 18 threads sought for less common test frameworks' flakes and hosting incidents, 14 transient: 0.875 / 0.500
    # (a retired update host labelled real) -> unchanged
    ("collected36", "final36g.jsonl", None, 18, 0.87, 0.50, 0.50, 1),
    # 9 threads as they came, 4 transient: 1.000 / 0.500, 1 unknown -> 1.000 / 0.500, 2 unknown (opam's bare abort on
    # sources it could not fetch: real -> unknown)
    ("collected36", "final36h.jsonl", None, 9, 0.99, 0.50, 0.80, 2),
]


@pytest.mark.parametrize(("directory", "name", "split", "n", "precision", "recall", "real_recall", "unknown"), SETS,
                         ids=[s[2] or s[1].removesuffix(".jsonl") for s in SETS])
def test_the_twenty_fifth_rounds_parts_keep_their_figures(directory: str, name: str, split: str | None, n: int,
                                                          precision: float, recall: float, real_recall: float,
                                                          unknown: int) -> None:
    assert_part_figures(shared_split(directory, name, split), n, precision, recall, real_recall, unknown)


def test_the_twenty_fifth_rounds_sets_together() -> None:
    """All 190: transient precision at least 0.84, recall at least 0.53, 14 unknowns at most (7 %)."""
    cases = [c for d, name, split, *_ in SETS for c in shared_split(d, name, split)]
    o = overall(cases)
    assert o.n == 190
    assert (o.precision("transient") or 0.0) >= 0.84 and (o.recall("transient") or 0.0) >= 0.53
    assert o.unknown <= 14
