"""benchmarks/team_history.py on a handful of synthetic cases: the replay through the daemon's cycle
with a scripted person, against the bare replay and ``triage-agent eval --offline``."""

from __future__ import annotations

import json
import sys

import pytest
from benchmark_import import BENCHMARKS, benchmark


@pytest.fixture(scope="module")
def th():
    with benchmark("team_history") as module:
        yield module


FLAKY = """\
============================= FAILURES =============================
________________________ test_drains_queue _________________________
    def test_drains_queue(worker):
        worker.start()
>       assert worker.processed == 4
E       assert 3 == 4
tests/test_worker.py:41: AssertionError
=================== 1 failed, 212 passed in {n}.02s ===================
Exited with code exit status 1
"""
FLAKY_TESTS = [{"name": "test_drains_queue", "classname": "tests.test_worker", "message": "assert 3 == 4",
                "file": "tests/test_worker.py"}]
COMPILE = """\
src/cart.ts(12,7): error TS2322: Type 'string' is not assignable to type 'number'.
Found 1 error in src/cart.ts:12
Exited with code exit status 2
"""
NETWORK = """\
npm ci
npm ERR! code ECONNRESET
npm ERR! network request to https://registry.npmjs.org/left-pad failed, reason: read ECONNRESET
npm ERR! network This is a problem related to network connectivity.
Exited with code exit status 1
"""


def cases() -> list[dict]:
    """A flaky test of acme/worker failing three times (the engine reads an assertion: real), and
    two failures of acme/web."""
    worker = [{"id": f"synthetic:worker-{n}", "label": "transient", "log": FLAKY.format(n=30 + n),
               "failed_tests": FLAKY_TESTS, "meta": {"project": "acme/worker"}} for n in range(3)]
    web = [{"id": "synthetic:web-1", "label": "real", "log": COMPILE, "failed_tests": [], "meta": {"project": "acme/web"}},
           {"id": "synthetic:web-2", "label": "transient", "log": NETWORK, "failed_tests": [],
            "meta": {"project": "acme/web"}}]
    return [worker[0], web[0], worker[1], web[1], worker[2]]


def test_a_flaky_test_the_team_showed_to_pass_on_rerun_is_not_called_real_again(th):
    cs = cases()
    assert [th.project_slug(c) for c in cs[:2]] == ["gh/acme/worker", "gh/acme/web"]
    hist = th.replay(cs, decide=True, per_wave=1)
    bare = th.replay(cs, decide=False, per_wave=1)
    assert hist.problems == [] and bare.problems == []
    # Bare: the assertion reads "real" every time.
    assert [bare.verdicts[i][0] for i in (0, 2, 4)] == ["real"] * 3
    # The first occurrence is the same; its report is rejected ("flaky, rerun passed") and the
    # person's rerun passes; the next occurrence carries that outcome and is not a confident real.
    assert hist.verdicts[0] == bare.verdicts[0]
    assert hist.decisions["report proposal of a transient case: rejected"] >= 1
    assert hist.outcomes["person's rerun: confirmed"] >= 1
    assert hist.history[2]["prior"] >= 1
    verdict, confidence = hist.verdicts[2]
    assert verdict != "real" or confidence < bare.verdicts[2][1] - 0.1
    assert verdict != "real" or confidence < 0.6
    # The other project's failures are untouched by the worker's history.
    assert hist.verdicts[1] == bare.verdicts[1] and hist.verdicts[3] == bare.verdicts[3]
    assert hist.llm_tokens == 0 and hist.requests > 0


def test_bare_figures_equal_the_eval_command(th, tmp_path):
    cs = cases()
    path = tmp_path / "synthetic.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in cs))
    bare = th.replay(cs, decide=False, per_wave=1)
    report = th.eval_command(path)
    assert th.counts(cs, bare.verdicts).to_dict()["confusion"] == report["confusion"]
    assert th.figures(th.counts(cs, bare.verdicts)) == th.figures(report)


def test_an_absent_file_is_one_line_and_exit_0(tmp_path):
    import subprocess

    done = subprocess.run([sys.executable, str(BENCHMARKS / "team_history.py"), str(tmp_path / "none.jsonl")],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert len(done.stdout.strip().splitlines()) == 1 and "absent" in done.stdout


def test_a_recurrence_comes_in_a_wave_after_every_first_occurrence_of_its_project(th):
    # one project of one case (a thread set's shape) and one of three, each case once more (--recur): with two cases a
    # wave the single case's recurrence used to arrive beside it, before anyone had decided the first
    cases = [{"id": "t:1", "meta": {"project": "a/one"}},
             {"id": "t:2", "meta": {"project": "b/three"}}, {"id": "t:3", "meta": {"project": "b/three"}},
             {"id": "t:4", "meta": {"project": "b/three"}}]
    again = cases + [dict(c, id=c["id"] + th.AGAIN) for c in cases]
    plan = th.waves(again, 2)
    wave_of = {i: n for n, wave in enumerate(plan) for i in wave}
    assert sorted(wave_of) == list(range(8))
    for i in range(4, 8):
        first_waves = [wave_of[j] for j in range(4) if th.project_slug(again[j]) == th.project_slug(again[i])]
        assert wave_of[i] > max(first_waves)
    assert all(len([i for i in wave if th.project_slug(again[i]) == "gh/b/three"]) <= 2 for wave in plan)
    # without recurrences the plan is what it was: each project's cases two a wave in file order
    assert th.waves(cases, 2) == [[0, 1, 2], [3]]
