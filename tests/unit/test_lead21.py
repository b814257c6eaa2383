"""Twenty-first round: the figures of the round's blind sets, kept where ``../shared`` holds them.

Nine sets (final30a-e, final31b-c, final32a-b: 123 cases of 123 projects in none of the earlier sets, collected by
people who never ran the engine or read its source; ids, labels and sources in docs/heldout-sources.jsonl) were each
measured once when they arrived (with the engine at the round's start, 1f051a4, or one that read them identically):
0.889 / 0.714, 11 unknown. They are development data since (the round's lead readings were chosen after the first
seven sets' misses were read), and these tests keep them from sliding back. A third collection (final31a, Stack
Overflow questions) found no usable case.
"""

from __future__ import annotations

import pytest
from judging import overall
from shared_data import shared_cases

# (directory, file, cases, transient precision at least, transient recall at least, unknowns at most)
SETS = [
    # 15 CircleCI jobs, 6 transient: measured once 1.000 / 0.667, 0 unknown; now 1.000 / 1.000 (a docker-compose pull
    # cut short, gpg's keyserver socket error)
    ("collected30", "final30a.jsonl", 15, 0.99, 0.99, 0),
    # 13 GitLab CI jobs, 5 transient: 0.800 / 0.800, 2 unknown; unchanged (a self-hosted server's 503 on clone reads
    # transient, GitLab's artifact upload redirected during an incident unknown)
    ("collected30", "final30b.jsonl", 13, 0.79, 0.79, 2),
    # 11 jobs of less common CI systems (Azure, AppVeyor, Buildkite, Bamboo, Jenkins), 5 transient: 0.600 / 0.600,
    # 1 unknown; now 0.667 / 0.800 (CPAN's mirror through LWP)
    ("collected30", "final30c.jsonl", 11, 0.66, 0.79, 0),
    # 7 GitHub Actions jobs of 2024-2026 in other ecosystems, 3 transient: 1.000 / 0.333, 1 unknown; now 1.000 / 0.667, 0 unknown
    # (Gradle's own 429 line)
    ("collected30", "final30d.jsonl", 7, 0.99, 0.66, 0),
    # 25 browser end-to-end and integration jobs, 12 transient: 0.875 / 0.583, 1 unknown; now 1.000 / 0.667
    # (Wallaby's Chrome/chromedriver check reads real, Sauce Connect's tunnel VM transient)
    ("collected30", "final30e.jsonl", 25, 0.99, 0.66, 1),
    # 17 GitHub Actions threads on runners, caches and setup actions, 8 transient: 1.000 / 0.750, 1 unknown; now 0.875
    # (node-tap's bare "not ok timeout!")
    ("collected31", "final31b.jsonl", 17, 0.99, 0.87, 0),
    # 14 postmortems and CI reports, 6 transient: 0.833 / 0.833, 2 unknown; unchanged
    ("collected31", "final31c.jsonl", 14, 0.83, 0.83, 2),
    # 4 threads in other languages than English, 1 transient: 1.000 / 1.000, 1 unknown (measured with the round's engine
    # at 5fb5bf9, identical with the round's start)
    ("collected32", "final32a.jsonl", 4, 0.99, 0.99, 1),
    # 17 threads of 2025-2026, 10 transient: 1.000 / 0.900, 2 unknown (the same)
    ("collected32", "final32b.jsonl", 17, 0.99, 0.89, 2),
]


@pytest.mark.parametrize(("folder", "name", "n", "precision", "recall", "unknown"), SETS, ids=[s[1] for s in SETS])
def test_the_twenty_first_rounds_sets_keep_their_figures(folder: str, name: str, n: int, precision: float,
                                                         recall: float, unknown: int) -> None:
    o = overall(shared_cases("eval", folder, name))
    assert o.n == n
    assert o.precision("transient") >= precision and o.recall("transient") >= recall
    assert o.unknown <= unknown


def test_the_twenty_first_rounds_sets_together() -> None:
    """All 123: transient precision at least 0.92 and recall at least 0.82, 8 unknowns at most."""
    cases = [c for folder, name, *_ in SETS for c in shared_cases("eval", folder, name)]
    o = overall(cases)
    assert o.n == 123
    assert o.precision("transient") >= 0.92 and o.recall("transient") >= 0.82
    assert o.unknown <= 8
