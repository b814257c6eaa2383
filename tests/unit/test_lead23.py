"""Twenty-third round: the figures of the round's blind sets, kept where ``../shared`` holds them.

Five parts, 161 cases of 161 projects in none of the earlier sets (ids, labels and sources in
docs/heldout-sources.jsonl), each measured once when it arrived, with the engine at the round's start (2a0c7ae):

* final34a and final34d: 107 Travis logs of BugSwarm-dissection (a dataset not used before: failed jobs whose next
  commit's job passed, with the authors' hand-assigned failure category), all real; rebuilt from the dataset by
  ``scripts/rebuild_heldout.py --split final34a final34d --out ../shared/eval/rebuilt-bugswarm``;
* final34b, final34c, final34e: 54 CI-failure issue threads (42 transient), their logs kept in
  ../shared/eval/collected34.

As first measured: transient precision 0.762, recall 0.381, 6 unknown (the four wrong transients were one mechanism:
Maven resolving from nexus.codehaus.org, a host shut down in 2015). They are development data since (the
retired-host, crash, wait and transport-error readings were chosen after their misses were read), and these tests keep
them from sliding back.
"""

from __future__ import annotations

import pytest
from judging import assert_part_figures, overall
from shared_data import shared_split

# (directory, file, split or None, cases, transient precision at least (an int for the all-real parts: how many
# transient verdicts at most), transient recall at least, real recall at least, unknowns at most)
SETS = [
    # 37 BugSwarm-dissection logs, one per project, at most five per failure kind, all real: measured once with four
    # wrong transients (nexus.codehaus.org's "Unknown host"), real recall 0.838, 2 unknown; now none transient
    ("rebuilt-bugswarm", "own.jsonl", "final34a", 37, 0, None, 0.94, 2),
    # 14 CI-failure issue threads, 8 transient: 1.000 / 0.500, 1 unknown; now 1.000 / 0.750
    ("collected34", "final34b.jsonl", None, 14, 0.99, 0.74, 0.83, 1),
    # 21 threads sought for transient failures, 17 transient: 0.833 / 0.294 (a Travis time limit the job outgrew read
    # transient); now 0.857 / 0.353 (a concurrency-named sbt test; npm's own install tree reads unknown, not real):
    # most misses are flaky tests with nothing but an assertion
    ("collected34", "final34c.jsonl", None, 21, 0.85, 0.35, 0.75, 1),
    # 70 more BugSwarm-dissection logs, the first of each further project, all real: 0.957 real recall, 3 unknown, no
    # transient verdict; now one (a JUnit 4 test named for a timeout whose expected exception never came: since the
    # round's runner forms give Surefire 2's test name, its timing words read as a flaky test's, as older rounds'
    # evidence reads such names)
    ("rebuilt-bugswarm", "own.jsonl", "final34d", 70, 1, None, 0.94, 3),
    # 19 threads from less searched domains and CI systems, 17 transient: 1.000 / 0.412; now 1.000 / 0.471 (a Rust
    # test's panic on a connection the peer closed)
    ("collected34", "final34e.jsonl", None, 19, 0.99, 0.47, 0.99, 0),
]



@pytest.mark.parametrize(("directory", "name", "split", "n", "precision", "recall", "real_recall", "unknown"), SETS,
                         ids=[s[2] or s[1] for s in SETS])
def test_the_twenty_third_rounds_parts_keep_their_figures(directory: str, name: str, split: str | None, n: int,
                                                          precision: float | int, recall: float | None,
                                                          real_recall: float, unknown: int) -> None:
    assert_part_figures(shared_split(directory, name, split), n, precision, recall, real_recall, unknown)


def test_the_twenty_third_rounds_sets_together() -> None:
    """All 161: transient precision at least 0.90 and recall at least 0.47, 7 unknowns at most."""
    cases = [c for d, name, split, *_ in SETS for c in shared_split(d, name, split)]
    o = overall(cases)
    assert o.n == 161
    assert (o.precision("transient") or 0.0) >= 0.90 and (o.recall("transient") or 0.0) >= 0.47
    assert o.unknown <= 7
