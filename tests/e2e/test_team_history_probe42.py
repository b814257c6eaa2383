"""benchmarks/team_history.py --probe on synthetic cases: a flaky test's probe passes, a real one's fails the same
way, and the replay without probes reports both."""

from __future__ import annotations

import pytest
from benchmark_import import benchmark

ASSERTION = """\
============================= FAILURES =============================
________________________ test_{name} _________________________
    def test_{name}(worker):
        worker.start()
>       assert worker.processed == 4
E       assert 3 == 4
tests/test_{name}.py:41: AssertionError
=================== 1 failed, 212 passed in 3.02s ===================
Exited with code exit status 1
"""


@pytest.fixture(scope="module")
def th():
    with benchmark("team_history") as module:
        yield module


def case(n: int, label: str, project: str) -> dict:
    name = f"drains_queue_{n}"
    return {"id": f"synthetic:{project}-{n}", "label": label, "log": ASSERTION.format(name=name),
            "failed_tests": [{"name": f"test_{name}", "classname": f"tests.test_{name}", "message": "assert 3 == 4",
                              "file": f"tests/test_{name}.py"}],
            "meta": {"project": f"acme/{project}"}}


def test_a_probe_finds_the_flaky_test_and_spends_one_rerun_on_the_real_one(th):
    cases = [case(1, "transient", "worker"), case(2, "real", "billing")]
    without = th.replay(cases, decide=True, per_wave=1)
    with_ = th.replay(cases, decide=True, per_wave=1, probe=True)
    assert without.problems == [] and with_.problems == []
    # The engine reads both assertions real at modest confidence: the same first verdicts either way.
    assert [v for v, _ in with_.verdicts.values()] == ["real", "real"]
    assert with_.verdicts == without.verdicts
    assert with_.probes == {0: "confirmed", 1: "refuted"}
    assert without.probes == {} and without.reported == {0, 1}
    assert with_.reported == set()  # the real one's report is the refuted kind, after its probe
    assert with_.decisions["probe of a transient case: approved"] == 1
    assert with_.decisions["probe of a real case: approved"] == 1
    assert with_.decisions["report after a refuted rerun of a real case: approved"] == 1
    assert with_.outcomes == {"probe: confirmed": 1, "probe: refuted": 1}
