"""Twenty-second round: the figures of the round's blind set, kept where ``../shared`` holds it.

One set in five parts (final33a-e: 35 cases of 35 projects in none of the earlier sets, collected by people who never
ran the engine or read its source; ids, labels and sources in docs/heldout-sources.jsonl), each part measured once
when it arrived, with the engine at the round's start (a31f918): transient precision 0.800, recall 0.500, 2 unknown.
They are development data since (the round's service, Windows-lock and Docker-daemon readings were chosen after their
misses were read), and these tests keep them from sliding back.
"""

from __future__ import annotations

import pytest
from judging import overall
from shared_data import shared_cases

# (file, cases, transient precision at least (None: no transient verdict expected), transient recall at least,
# unknowns at most)
SETS = [
    # 11 forum and CI-system threads (Travis 8), 6 transient: measured once 1.000 / 0.667, 0 unknown; now 1.000 / 0.833
    # (conda's index download cut short)
    ("final33a.jsonl", 11, 0.99, 0.83, 0),
    # 7 pull requests of less common ecosystems (Erlang, Racket, Elixir, Julia, Dart), 3 transient: 0.500 / 0.333,
    # 1 unknown; unchanged (an Elixir database on the loopback, quoted without the job's setup lines, still reads
    # transient; two flaky tests with nothing but their assertion read real)
    ("final33b.jsonl", 7, 0.49, 0.33, 1),
    # 5 CircleCI and GitLab CI job threads, 1 transient: 0.000 / 0.000 (a docker-in-docker service never defined read
    # transient); now no transient verdict (it reads real), the flaky spec still real
    ("final33c.jsonl", 5, None, 0.0, 0),
    # 10 bot-filed and scheduled CI-failure issues, 6 transient: 1.000 / 0.500, 1 unknown; now 1.000 / 0.833 (two
    # Windows linker file locks)
    ("final33d.jsonl", 10, 0.99, 0.83, 1),
    # 2 Debian build reports, both real
    ("final33e.jsonl", 2, None, None, 0),
]


@pytest.mark.parametrize(("name", "n", "precision", "recall", "unknown"), SETS, ids=[s[0] for s in SETS])
def test_the_twenty_second_rounds_parts_keep_their_figures(name: str, n: int, precision: float | None,
                                                           recall: float | None, unknown: int) -> None:
    o = overall(shared_cases("eval", "collected33", name))
    assert o.n == n
    if precision is not None:
        assert (o.precision("transient") or 0.0) >= precision
    if recall is not None:
        assert (o.recall("transient") or 0.0) >= recall
    assert o.unknown <= unknown


def test_the_twenty_second_rounds_set_together() -> None:
    """All 35: transient precision at least 0.91 and recall at least 0.68, 2 unknowns at most."""
    cases = [c for name, *_ in SETS for c in shared_cases("eval", "collected33", name)]
    o = overall(cases)
    assert o.n == 35
    assert (o.precision("transient") or 0.0) >= 0.91 and (o.recall("transient") or 0.0) >= 0.68
    assert o.unknown <= 2
