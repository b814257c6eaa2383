"""Following up reruns: a pass confirms, the same failure refutes and becomes a report proposal."""

from __future__ import annotations

from datetime import timedelta

import pytest

from triage_agent.core.states import PENDING
from triage_agent.pipeline.actions import execute_cycle
from triage_agent.pipeline.run import run_poll_cycle
from triage_agent.simulator import Scenario, Simulator
from triage_agent.store import queue

NETWORK_LOG = """\
npm ERR! code ECONNRESET
npm ERR! errno ECONNRESET
npm ERR! network request to https://registry.npmjs.org/left-pad failed, reason: read ECONNRESET
Exited with code exit status 1
"""
OTHER_LOG = """\
src/app.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.
Exited with code exit status 2
"""


def world(rerun) -> Scenario:
    sc = Scenario(seed=41, hold_reruns=True)
    sc.add_project("gh/acme/web")
    sc.add_pipeline("gh/acme/web", created_at=timedelta(minutes=30), workflows=[
        sc.workflow("ci", jobs=[sc.job("build", status="failed", log=NETWORK_LOG, rerun=rerun)])])
    return sc


def approve_and_execute(app, now):
    for p in queue.list_proposals(app.store, PENDING):
        queue.approve(app.store, p["id"], "tester", now)
    return execute_cycle(app, now, follow=False)


@pytest.mark.parametrize(
    ("rerun", "outcome", "new_proposal"),
    [
        ("pass", "confirmed", None),
        ("fail", "refuted", ("file_report", "refuted")),
        (OTHER_LOG, "different", ("file_report", "report")),
    ],
)
def test_rerun_outcomes(make_app, rerun, outcome, new_proposal):
    with Simulator(world(rerun)) as sim:
        app = make_app(sim)
        now = sim.now()
        summary = run_poll_cycle(app, now)
        assert [f["proposal"]["action"] for f in summary.new_failures] == ["rerun_workflow"]
        executed = approve_and_execute(app, now)
        assert len(executed.execution.executed) == 1
        # While the rerun runs, following up changes nothing.
        running = execute_cycle(app, now + timedelta(minutes=1))
        assert running.followup.outcomes == []
        sim.complete_reruns()
        done = execute_cycle(app, now + timedelta(minutes=2))
        assert [o["outcome"] for o in done.followup.outcomes] == [outcome]
        row = next(iter(app.store.db.query("select * from reruns")))
        assert row["outcome"] == outcome and row["finished_at"]
        pending = queue.list_proposals(app.store, PENDING)
        if new_proposal is None:
            assert pending == []
        else:
            assert [(p["action"], p["kind"]) for p in pending] == [new_proposal]
        # Never a second rerun of the same workflow chain, whatever the verdict of the rerun's failure.
        reruns = [p for p in queue.list_proposals(app.store) if p["action"] == "rerun_workflow"]
        assert len(reruns) == 1
        # Settled reruns are not read again.
        sim.clear_requests()
        execute_cycle(app, now + timedelta(minutes=3))
        assert sim.requests_to("GET", r"/workflow/") == []


def test_a_refuted_fingerprint_lowers_the_next_verdict(make_app):
    with Simulator(world("fail")) as sim:
        app = make_app(sim)
        now = sim.now()
        first = run_poll_cycle(app, now)
        approve_and_execute(app, now)
        sim.complete_reruns()
        execute_cycle(app, now + timedelta(minutes=2))
        # The same failure on a new pipeline: the history now says its rerun was refuted.
        sim.add_pipeline("gh/acme/web", workflows=[Scenario.workflow("ci", jobs=[
            Scenario.job("build", status="failed", log=NETWORK_LOG)])])
        later = run_poll_cycle(app, now + timedelta(minutes=10))
        before = first.new_failures[0]
        after = later.new_failures[0]
        assert after["fingerprint"] == before["fingerprint"]
        assert after["confidence"] < before["confidence"] or after["verdict"] != "transient"
        assert (after["proposal"] or {}).get("action") != "rerun_workflow"
