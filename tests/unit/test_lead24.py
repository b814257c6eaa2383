"""Twenty-fourth round: the figures of the round's blind sets, kept where ``../shared`` holds them.

Four parts, 134 cases (ids, labels and sources in docs/heldout-sources.jsonl), each measured once when it arrived, with
the engine at the round's start (211ddc5):

* final35a, final35b: 27 CI-failure issue threads of 27 projects in none of the earlier sets (18 transient), their logs
  kept in ../shared/eval/collected35;
* final35c: 77 LogChunks logs no earlier set used (6 transient), labelled blind from the authors' failure chunk and
  the log, rebuilt by ``scripts/rebuild_heldout.py --split final35c --out ../shared/eval/rebuilt-final35c``;
* final35d: 30 BugSwarm-dissection logs, the first of each project the earlier passes left (every eligible one), all
  real, rebuilt with the family's other parts (``--split final34a final34d final35d --out
  ../shared/eval/rebuilt-bugswarm``).

As first measured: transient precision 0.833, recall 0.208, 15 unknown (11 %), ECE 0.062. They are development data
since (the musl resolver texts and Jetty's bare bind failure were read from two of their misses), and these tests
keep them from sliding back.
"""

from __future__ import annotations

import pytest
from judging import assert_part_figures, overall
from shared_data import shared_split

# (directory, file, split or None, cases, transient precision at least (an int for the all-real part: how many
# transient verdicts at most), transient recall at least, real recall at least, unknowns at most)
SETS = [
    # 17 threads sought for transient failures in unused niches, 14 transient: 1.000 / 0.214, 6 unknown; now
    # 1.000 / 0.357, 5 unknown (musl's "[Errno -3] Try again", Jetty's "Failed to bind to"): most misses are flaky
    # tests with nothing but an assertion
    ("collected35", "final35a.jsonl", None, 17, 0.99, 0.35, 0.99, 5),
    # 10 threads as they came, 4 transient: 1.000 / 0.250, 1 unknown; unchanged
    ("collected35", "final35b.jsonl", None, 10, 0.99, 0.25, 0.83, 1),
    # 77 LogChunks logs, 6 transient: 0.500 / 0.167 (a device test in a job that never started an emulator read
    # transient), 6 unknown; now 1.000 / 0.167 (that case unknown: the excerpt does not reach the job's set-up), and a
    # live DNS test's assertion unknown, not real
    ("rebuilt-final35c", "own.jsonl", None, 77, 0.99, 0.16, 0.90, 8),
    # 30 BugSwarm-dissection logs, all real: 0.933 real recall, 2 unknown, no transient verdict
    ("rebuilt-bugswarm", "own.jsonl", "final35d", 30, 0, None, 0.93, 2),
]



@pytest.mark.parametrize(("directory", "name", "split", "n", "precision", "recall", "real_recall", "unknown"), SETS,
                         ids=[s[2] or s[1].removesuffix(".jsonl") if s[0] != "rebuilt-final35c" else "final35c"
                              for s in SETS])
def test_the_twenty_fourth_rounds_parts_keep_their_figures(directory: str, name: str, split: str | None, n: int,
                                                           precision: float | int, recall: float | None,
                                                           real_recall: float, unknown: int) -> None:
    assert_part_figures(shared_split(directory, name, split), n, precision, recall, real_recall, unknown)


def test_the_twenty_fourth_rounds_sets_together() -> None:
    """All 134: no wrong transient, recall at least 0.29, 16 unknowns at most (12 %)."""
    cases = [c for d, name, split, *_ in SETS for c in shared_split(d, name, split)]
    o = overall(cases)
    assert o.n == 134
    assert (o.precision("transient") or 0.0) >= 0.99 and (o.recall("transient") or 0.0) >= 0.29
    assert o.unknown <= 16
