"""The expire stage against the fake CI: age needs no request; a rerun proposal is re-read once
per pipeline; an expired proposal never sends anything."""

from __future__ import annotations

from datetime import timedelta

from triage_agent.config import PolicySettings
from triage_agent.core.ci import RunState
from triage_agent.pipeline.execute import execute_approved
from triage_agent.pipeline.expire import expire_stale
from triage_agent.store import queue

POLICY = PolicySettings()


def test_a_stale_proposal_expires_without_a_request_and_then_sends_nothing(store, ci, clock, rerun_proposal):
    pid, _ = rerun_proposal()
    clock.now += timedelta(hours=49)
    expired = expire_stale(store, ci, POLICY, clock())
    assert expired == [(pid, "stale: approved for 49.0h (policy.proposal_ttl_hours = 48)")]
    assert ci.calls == []
    execute_approved(store, ci, [], POLICY, clock())
    assert ci.calls == [] and ci.writes() == []
    assert queue.get(store, pid)["status"] == "expired"


def test_rerun_proposals_are_rechecked_once_per_pipeline(store, ci, clock, rerun_proposal):
    first, run = rerun_proposal()
    second, _ = rerun_proposal(approve=False, workflow_id="wf-2", pipeline_id="pl-1")
    other, _ = rerun_proposal(workflow_id="wf-3", pipeline_id="pl-2")
    ci.set_state(run.id, RunState.CANCELED)
    expired = expire_stale(store, ci, POLICY, clock())
    assert sorted(ci.calls) == [("workflow_runs", "pl-1"), ("workflow_runs", "pl-2")]
    assert expired == [(first, "workflow is now canceled, not failed")]
    assert {queue.get(store, p)["status"] for p in (second, other)} == {"pending", "approved"}
    assert ci.writes() == []


def test_without_the_provider_check_only_age_counts(store, ci, clock, rerun_proposal):
    pid, run = rerun_proposal()
    ci.set_state(run.id, RunState.SUCCEEDED)
    assert expire_stale(store, ci, POLICY, clock(), check_provider=False) == []
    assert ci.calls == []
    assert queue.get(store, pid)["status"] == "approved"
