"""The execute stage against the fake CI: an approved rerun is sent exactly once, with only the
reads the re-check needs; nothing else is ever sent."""

from __future__ import annotations

from datetime import timedelta

from fakeprovider import LandedThen

from triage_agent.config import PolicySettings
from triage_agent.core.ci import RunState
from triage_agent.errors import ServerError
from triage_agent.pipeline.execute import execute_approved, reconcile_executing
from triage_agent.store import loads, queue

POLICY = PolicySettings()


def execute(store, ci, clock, **kw):
    return execute_approved(store, ci, [], POLICY, clock(), clock=clock, **kw)


def test_an_approved_rerun_sends_exactly_one_rerun_call(store, ci, clock, rerun_proposal):
    pid, run = rerun_proposal()
    summary = execute(store, ci, clock)
    (new_id,) = [r.id for r in ci.runs.values() if r.id != run.id]
    # One read of the pipeline's runs for the re-check, then the one write.
    assert ci.calls == [("workflow_runs", "pl-1"), ("rerun_from_failed", "wf-1")]
    assert summary.executed == [{"id": pid, "action": "rerun_workflow", "new_workflow_id": new_id}]
    row = queue.get(store, pid)
    assert row["status"] == "executed"
    assert loads(row["result"]) == {"new_workflow_id": new_id, "known_workflow_ids": ["wf-1"]}
    # Nothing left to do: a second run asks nothing and sends nothing.
    ci.calls.clear()
    again = execute(store, ci, clock)
    assert ci.calls == [] and not again.did_something


def test_a_pending_or_rejected_proposal_sends_nothing(store, ci, clock, rerun_proposal):
    pending, _ = rerun_proposal(approve=False)
    rejected, _ = rerun_proposal(approve=False, workflow_id="wf-2", pipeline_id="pl-2")
    queue.reject(store, rejected, "alice", clock(), "not flaky")
    summary = execute(store, ci, clock)
    assert ci.calls == [] and not summary.did_something
    assert queue.get(store, pending)["status"] == "pending"
    assert queue.get(store, rejected)["status"] == "rejected"


def test_a_run_that_passed_meanwhile_expires_unsent(store, ci, clock, rerun_proposal):
    pid, run = rerun_proposal()
    ci.set_state(run.id, RunState.SUCCEEDED)
    summary = execute(store, ci, clock)
    assert ci.calls == [("workflow_runs", "pl-1")]
    assert ci.writes() == []
    assert summary.expired == [(pid, "workflow is now succeeded, not failed; nothing sent")]
    assert queue.get(store, pid)["status"] == "expired"


def test_a_run_someone_reran_meanwhile_expires_unsent(store, ci, clock, rerun_proposal):
    pid, run = rerun_proposal()
    ci.add_run(id="wf-1-by-hand", pipeline_id="pl-1", state=RunState.RUNNING, created_at=clock())
    summary = execute(store, ci, clock)
    assert ci.writes() == []
    ((expired_id, reason),) = summary.expired
    assert expired_id == pid
    assert reason == "already rerun: workflow wf-1-by-hand (running) is newer in the same pipeline; nothing sent"


def test_a_5xx_after_the_rerun_landed_is_reconciled_without_a_second_send(store, ci, clock, rerun_proposal):
    pid, run = rerun_proposal()
    ci.rerun_answers.append(LandedThen(ServerError("502 from the CI", status=502)))
    summary = execute(store, ci, clock)
    assert [p for p, _ in summary.uncertain] == [pid]
    assert queue.get(store, pid)["status"] == "executing"
    (landed,) = [r.id for r in ci.runs.values() if r.id != run.id]
    # Past the grace, the next run settles it from the CI's record and sends nothing again.
    clock.now += timedelta(minutes=5)
    ci.calls.clear()
    again = execute(store, ci, clock)
    assert ci.writes() == []
    assert again.reconciled == [(pid, f"executed: found rerun workflow {landed}")]
    assert loads(queue.get(store, pid)["result"])["new_workflow_id"] == landed


def test_a_rerun_that_never_landed_goes_back_to_approved_and_is_sent_once(store, ci, clock, rerun_proposal):
    pid, _ = rerun_proposal()
    ci.rerun_answers.append(ServerError("503 from the CI", status=503))
    execute(store, ci, clock)
    assert queue.get(store, pid)["status"] == "executing"
    clock.now += timedelta(minutes=5)
    reconciled = reconcile_executing(store, ci, clock())
    assert reconciled == [(pid, "approved: never reached FakeCI")]
    execute(store, ci, clock)
    assert queue.get(store, pid)["status"] == "executed"
    assert ci.writes() == [("rerun_from_failed", "wf-1"), ("rerun_from_failed", "wf-1")]
    assert len([r for r in ci.runs.values() if r.id != "wf-1"]) == 1  # one rerun exists


def test_a_workflow_gone_from_the_ci_expires_only_after_a_second_404(store, ci, clock, rerun_proposal):
    pid, run = rerun_proposal()
    del ci.runs[run.id]
    first = execute(store, ci, clock)
    assert [p for p, _ in first.retry_later] == [pid] and ci.writes() == []
    assert ("me", None) in ci.calls  # the token is confirmed before a 404 is believed
    clock.now += timedelta(hours=1)
    second = execute(store, ci, clock)
    assert [p for p, _ in second.expired] == [pid] and ci.writes() == []
