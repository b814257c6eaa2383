"""Nineteenth round: the figures of the round's blind sets, kept where ``../shared`` holds them.

Four sets of threads and forum pages (final22a-d, 73 cases of 73 projects in none of the earlier sets,
collected by people who never ran the engine or read its source; ids, labels and sources in
docs/heldout-sources.jsonl) were each measured once when they arrived: every verdict identical with
the engine at the round's start (ff9ef05). They are development data since, and these tests keep them
from sliding back. The three sets collected later (final23a-c) were measured once at the round's end.
"""

from __future__ import annotations

import pytest
from judging import overall
from shared_data import shared_cases

# (file, cases, transient precision at least, transient recall at least, unknowns at most)
FINAL22 = [
    # 27 threads (GitHub Actions 13, Travis 10, CircleCI 4), 15 transient; measured once 1.000 / 0.600, 0 unknown;
    # now 0.667: a GoogleTest elapsed-time bound missed by 0.1 ms (section smells2 of the catalogue)
    ("final22a.jsonl", 27, 0.99, 0.66, 0),
    # 17 threads (AppVeyor 7, Jenkins 5, Cirrus 2, GitLab, Azure, Bitrise), 8 transient; measured once 0.800 / 0.500,
    # 2 unknown (the wrong transient: an R-devel build whose CRAN binary index did not exist yet, "cannot open URL")
    ("final22b.jsonl", 17, 0.79, 0.50, 2),
    # 13 forum pages and blog posts (6 CI systems), 7 transient; measured once 1.000 / 0.714, 1 unknown
    ("final22c.jsonl", 13, 0.99, 0.71, 1),
    # 16 threads of less common ecosystems (6 CI systems), 8 transient; measured once 1.000 / 0.625, 2 unknown
    ("final22d.jsonl", 16, 0.99, 0.62, 2),
]


@pytest.mark.parametrize(("name", "n", "precision", "recall", "unknown"), FINAL22, ids=[f[0] for f in FINAL22])
def test_the_twenty_second_sets_keep_their_figures(name: str, n: int, precision: float, recall: float,
                                                   unknown: int) -> None:
    o = overall(shared_cases("eval", "collected22", name))
    assert o.n == n
    assert o.precision("transient") >= precision and o.recall("transient") >= recall
    assert o.unknown <= unknown
