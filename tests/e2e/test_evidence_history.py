"""Evidence from history: a pass on the same commit, found by a poll cycle against the simulator."""

from __future__ import annotations

from datetime import timedelta

from triage_agent.pipeline.run import run_poll_cycle
from triage_agent.simulator import Scenario, Simulator


def test_a_pass_on_the_same_commit_makes_a_failure_transient(make_app):
    flaky_log = "E   AssertionError: expected 3 events, got 2\nFAILED tests/test_events.py::test_order\n"
    sc = Scenario(seed=61)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", revision="a" * 40, created_at=timedelta(hours=2), workflows=[
        sc.workflow("ci", jobs=[sc.job("test", status="success")])])
    sc.add_pipeline("gh/acme/api", revision="a" * 40, created_at=timedelta(hours=1), workflows=[
        sc.workflow("ci", jobs=[sc.job("test", status="failed", log=flaky_log)])])
    with Simulator(sc) as sim:
        app = make_app(sim)
        summary = run_poll_cycle(app, sim.now())
    failure = summary.new_failures[0]
    ev = app.store.db["evidence"].get(failure["id"])
    assert '"passed_on_same_commit": true' in ev["history"]
    assert failure["verdict"] == "transient"
