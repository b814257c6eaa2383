"""Twentieth round: the figures of the round's blind sets, kept where ``../shared`` holds them.

Four sets (final25a-d, 75 cases of 75 projects in none of the earlier sets, collected by people who never ran the
engine or read its source; ids, labels and sources in docs/heldout-sources.jsonl) were each measured once when they
arrived, with the engine at the round's start (d681428): 0.955 / 0.583, 13 unknown. They are development data since
(three tool families and four engine readings were chosen after their misses were read), and these tests keep them
from sliding back. final25b lost three cases of forum pages an earlier set already held (kept aside, not measured).
"""

from __future__ import annotations

import pytest
from judging import overall
from shared_data import shared_cases

# (file, cases, transient precision at least, transient recall at least, unknowns at most)
FINAL25 = [
    # 21 GitHub Actions threads 2021-2026, 11 transient: measured once 1.000 / 0.727, 2 unknown; now 0.909, 1 unknown
    # (rustup's manifest mid-update, PHPUnit's epoch timestamps a second apart)
    ("final25a.jsonl", 21, 0.99, 0.90, 1),
    # 15 threads and blog posts (Travis, Jenkins, Azure), 7 transient: 1.000 / 0.714, 1 unknown; unchanged
    ("final25b.jsonl", 15, 0.99, 0.71, 1),
    # 29 CircleCI threads (10 from orb repositories), 15 transient: 1.000 / 0.533, 6 unknown; now 0.600, 5 unknown
    # (an orb's retry loop for the latest version that gave up)
    ("final25c.jsonl", 29, 0.99, 0.60, 5),
    # 10 threads of less common ecosystems, 3 transient: 0.000 / 0.000, 4 unknown (the one transient verdict is a
    # "No space left on device" that failed every run for a month); unchanged
    ("final25d.jsonl", 10, 0.0, 0.0, 4),
]


@pytest.mark.parametrize(("name", "n", "precision", "recall", "unknown"), FINAL25, ids=[f[0] for f in FINAL25])
def test_the_twenty_fifth_sets_keep_their_figures(name: str, n: int, precision: float, recall: float,
                                                  unknown: int) -> None:
    o = overall(shared_cases("eval", "collected25", name))
    assert o.n == n
    assert o.precision("transient") >= precision and o.recall("transient") >= recall
    assert o.unknown <= unknown


def test_the_twenty_fifth_sets_together_read_no_more_wrong_transients() -> None:
    """All 75: one wrong transient at most (the disk that was full on every run), recall at least 0.66."""
    cases = [c for name, *_ in FINAL25 for c in shared_cases("eval", "collected25", name)]
    o = overall(cases)
    assert o.n == 75
    assert o.precision("transient") >= 0.95 and o.recall("transient") >= 0.66
