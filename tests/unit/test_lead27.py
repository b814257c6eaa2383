"""Twenty-seventh round: the figures of the round's blind parts, kept where ``../shared`` holds them.

Seventeen parts, 149 CI-failure threads of 149 projects in none of the earlier sets (58 transient; ids, labels and
sources in docs/heldout-sources.jsonl, splits final38a-q; the logs in ../shared/eval/collected38), each measured once
with the engine at the round's start (8521a9d) when it arrived: transient precision 0.727, recall 0.276, 17 unknown
(11 %). The search budget ran out during the last three parts (o, p, q: 16 cases).

Eight parts (final38a-d, h, i, k, l: 82 cases) are development data since: their misses called for the round's
readings (Go's HTTP client errors with the URL bare, a repository's transfer outage beside another's miss, pip's
traceback cut in its read frames, AppVeyor's download cmdlet, conda's 5xx text, a download cut short into tar,
Terraform's provider conflicts, pytest's collection errors, requests' pool errors without their cause, Go's
toolchain switch, a timing bound asserted as a boolean), and these tests keep them from sliding back. Nine parts
(final38e-g, j, m-q: 67 cases) were kept unread as the round's hold-out and measured once more with the round's
final engine: every verdict the same as at the round's start (0.769 / 0.385, 4 unknown). Read after that, one
hold-out miss called for node-fetch's failed request (a Next.js font fetch): with it the hold-out reads 0.786 / 0.423.
"""

from __future__ import annotations

import pytest
from judging import assert_part_figures
from shared_data import shared_split

# (file, cases, transient precision at least (an int: most transient verdicts of a part with no transient case),
# transient recall at least (None: no transient case), real recall at least, unknowns at most); each comment: as
# first measured -> now
SETS = [
    # CircleCI jobs, 3 transient: - / 0.000, 1 unknown -> unchanged (a flaky test's assertion, a Maven reactor summary,
    # a no-output stop after a test started)
    ("final38a.jsonl", 9, 0.0, 0.0, 0.99, 1),
    # intermittent test failures of 2022-2026, 7 transient: 0.000 / 0.000 -> unchanged (assertions only; a Windows
    # rename race labelled real read transient)
    ("final38b.jsonl", 10, 0.0, 0.0, 0.66, 1),
    # infrastructure on CI systems other than GitHub Actions, 3 transient: - / 0.000, 1 unknown -> 1.000 / 0.667, 0
    # unknown (pip's download cut in its read frames, a Docker login's bare Go client EOF)
    ("final38c.jsonl", 9, 0.99, 0.66, 0.99, 0),
    # less common ecosystems, 4 transient: 1.000 / 0.500 -> 1.000 / 0.750 (a Clojars 503 beside central's miss)
    ("final38d.jsonl", 9, 0.99, 0.75, 0.99, 0),
    # hold-out: threads as they came, 1 transient: 0.333 / 1.000 -> unchanged
    ("final38e.jsonl", 8, 0.33, 0.99, 0.71, 0),
    # hold-out: Windows and macOS runners, 5 transient: 1.000 / 0.200, 1 unknown -> unchanged
    ("final38f.jsonl", 10, 0.99, 0.2, 0.99, 1),
    # hold-out: web, data and ML projects of 2024-2026, 5 transient: 1.000 / 0.400 -> 1.000 / 0.600 (node-fetch's
    # failed request, read after the hold-out's final measure)
    ("final38g.jsonl", 12, 0.99, 0.6, 0.85, 1),
    # threads of 2013-2020, 4 transient: 0.500 / 0.250, 5 unknown -> 0.667 / 0.500, 2 unknown (AppVeyor's 404s, conda's
    # 5xx text)
    ("final38h.jsonl", 10, 0.66, 0.5, 0.66, 2),
    # container, Kubernetes and cloud jobs, 5 transient: 0.750 / 0.600, 2 unknown -> unchanged, 1 unknown (Terraform's
    # locked provider outside its constraint)
    ("final38i.jsonl", 12, 0.75, 0.6, 0.85, 1),
    # hold-out: Jenkins and GitLab CI, 3 transient: 1.000 / 0.333, 1 unknown -> unchanged
    ("final38j.jsonl", 5, 0.99, 0.33, 0.5, 1),
    # test suites in Go, C++, .NET, Kotlin and PHP, 6 transient: - / 0.000 -> 1.000 / 0.167 (gtest's boolean timing
    # bound)
    ("final38k.jsonl", 11, 0.99, 0.16, 0.99, 1),
    # failures a rerun would not fix, none transient: no transient verdict; real recall 0.833 -> 1.000 (pytest's
    # collection error, Go's toolchain switch refused)
    ("final38l.jsonl", 12, 0, None, 0.99, 0),
    # hold-out: threads of 2024-2026 as they came, 3 transient: 1.000 / 0.667 -> unchanged
    ("final38m.jsonl", 9, 0.99, 0.66, 0.99, 0),
    # hold-out: threads fixed by a plain rerun, 7 transient: 1.000 / 0.143, 1 unknown -> unchanged
    ("final38n.jsonl", 7, 0.99, 0.14, 0.0, 1),
    # hold-out: threads of 2019-2023, none transient: one transient verdict -> unchanged
    ("final38o.jsonl", 5, 1, None, 0.8, 0),
    # hold-out: Python projects, none transient -> unchanged
    ("final38p.jsonl", 4, 0, None, 0.99, 0),
    # hold-out: JavaScript and TypeScript projects, 2 transient: 1.000 / 1.000 -> unchanged
    ("final38q.jsonl", 7, 0.99, 0.99, 0.99, 0),
]


@pytest.mark.parametrize(("name", "n", "precision", "recall", "real_recall", "unknown"), SETS,
                         ids=[s[0].removesuffix(".jsonl") for s in SETS])
def test_the_twenty_seventh_rounds_parts_keep_their_figures(name: str, n: int, precision: float | int,
                                                            recall: float | None, real_recall: float,
                                                            unknown: int) -> None:
    assert_part_figures(shared_split("collected38", name, None), n, precision, recall, real_recall, unknown)
