"""The engine on tool output under injected faults (tests/data/fault_sweep.jsonl, generated here).

The corpus is the console output of 44 tool set-ups run against a loopback server answering 5xx,
429, resets, hangs, truncated bodies, DNS failures and refused connections (outages: transient)
and 404/401/403, untrusted certificates, malformed configuration and wrong-value assertions
(real), and of test runners that retry failing tests (tests/data/README.md)."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from judging import ENGINE, overall

CORPUS = Path(__file__).resolve().parents[1] / "data" / "fault_sweep.jsonl"
CASES = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
# Text alone cannot tell these outages from a missing package or a refused certificate: the tool
# prints the same words for both at its default verbosity (the first column is the outage).
INDISTINGUISHABLE = {
    "fault:pip/503", "fault:pip/trunc", "fault2:pipenv/503", "fault2:pipenv/hang",
    "fault2:bundler/trunc", "fault2:R/500", "fault2:cpanm/500", "fault2:poetry/reset",
    # Playwright's `expect(res.ok()).toBeTruthy()` never prints the status it got
    "fault3:playwright/B503",
}


def _classify(case: dict) -> str:
    from triage_agent.core.models import FailureCase

    return ENGINE.classify(FailureCase.from_dict(case)).verdict


VERDICTS = {c["id"]: _classify(c) for c in CASES}


def test_the_corpus_is_what_its_readme_says():
    assert len(CASES) == 370 and len({c["id"] for c in CASES}) == 370
    assert sum(c["label"] == "transient" for c in CASES) == 249
    assert len({c["meta"]["tool"] for c in CASES}) == 44


def test_no_misconfiguration_reads_as_an_outage_and_most_outages_are_found():
    """Measured before the round (c57f188): transient 0.956 / 0.791, 55 unknown (15 %); the first
    sweep alone 0.941 / 0.851, the second (after the first's changes) 0.967 / 0.759, the third
    (test runners that retry, 57 logs, after the first two's) 1.000 / 0.846 with 5 unknown.
    After all three: 1.000 / 0.936, 18 unknown."""
    o = overall(CASES)
    assert o.precision("transient") == 1.0
    assert o.recall("transient") >= 0.93
    assert o.precision("real") >= 0.9
    assert o.unknown <= 0.06 * o.n


@pytest.mark.parametrize("fault", ["tls", "404", "401", "403", "config", "assert", "wrong-value-every-attempt",
                                   "flaky-passed-on-retry+deterministic-failure"])
def test_a_persistent_cause_is_never_a_rerun(fault):
    wrong = [c["id"] for c in CASES if c["meta"]["fault"] == fault and VERDICTS[c["id"]] == "transient"]
    assert not wrong


def test_every_tool_has_its_outages_read():
    """Per tool, the outages read transient, apart from the few whose text is the same as a
    missing package's (INDISTINGUISHABLE) and a handful left unknown."""
    missed: dict[str, list[str]] = defaultdict(list)
    for c in CASES:
        if c["label"] == "transient" and VERDICTS[c["id"]] != "transient" and c["id"] not in INDISTINGUISHABLE:
            missed[c["meta"]["tool"]].append(c["id"])
    assert sum(map(len, missed.values())) <= 8, dict(missed)
    # no tool loses more than two of its outages
    assert all(len(ids) <= 2 for ids in missed.values()), dict(missed)


def test_the_persistent_twins_of_the_indistinguishable_outages_are_no_rerun():
    """Where an outage prints a missing package's words, the engine may say real or unknown for
    it; the same text from a real 404 (or Poetry's refused certificate) must never be proposed for
    a rerun."""
    twins = {"fault:pip/404", "fault2:pipenv/404", "fault2:cpanm/404", "fault2:R/404", "fault2:poetry/tls"}
    assert twins <= set(VERDICTS)
    assert all(VERDICTS[i] != "transient" for i in twins)


@pytest.mark.parametrize("runner", ["pytest-rerunfailures", "playwright", "surefire"])
def test_a_job_failed_on_the_runners_flaky_policy_after_the_retry_passed_is_transient(runner):
    """The runner's summary says every test passed in the end, one after a retry: the first
    attempt's assertion is the flake's (it read real, or unknown, before the round)."""
    assert VERDICTS[f"fault3:{runner}/D-failflaky"] == "transient"


def test_a_retry_that_reproduced_the_failure_keeps_it_real_beside_a_flaky_one():
    ids = [c["id"] for c in CASES if c["meta"]["fault"] == "flaky-passed-on-retry+deterministic-failure"]
    assert len(ids) == 9 and all(VERDICTS[i] == "real" for i in ids)
