"""The follow-up stage against the fake CI: one read per running rerun; a pass confirms the
transient verdict, the same failure again refutes it, a cancellation settles nothing."""

from __future__ import annotations

from datetime import timedelta

from factories import NETWORK_LOG
from fakeprovider import failed_job

from triage_agent.config import PolicySettings, PollingSettings
from triage_agent.core.ci import RunState
from triage_agent.core.fingerprint import fingerprint
from triage_agent.core.redact import Redactor
from triage_agent.pipeline.execute import execute_approved
from triage_agent.pipeline.followup import follow_up
from triage_agent.store import queue

POLICY = PolicySettings()


def sent_rerun(store, ci, clock, rerun_proposal, **failure_kw):
    """An approved rerun proposal, executed against the fake CI: (proposal id, new run id)."""
    pid, run = rerun_proposal(**failure_kw)
    execute_approved(store, ci, [], POLICY, clock())
    (new_id,) = [r.id for r in ci.runs.values() if r.id != run.id]
    ci.calls.clear()
    clock.now += timedelta(minutes=20)
    return pid, new_id


def follow(store, ci, clock):
    return follow_up(ci, store, PollingSettings(), Redactor(), clock())


def rerun_events(store, pid):
    return [a["event"] for a in queue.audit_trail(store, pid) if a["event"].startswith("rerun ")]


def test_a_rerun_that_passed_confirms_the_verdict(store, ci, clock, rerun_proposal):
    pid, new_id = sent_rerun(store, ci, clock, rerun_proposal)
    ci.set_state(new_id, RunState.SUCCEEDED)
    summary = follow(store, ci, clock)
    assert ci.calls == [("workflow_run", new_id)]
    assert [(o["proposal_id"], o["new_workflow_id"], o["outcome"]) for o in summary.outcomes] == [
        (pid, new_id, "confirmed")]
    assert rerun_events(store, pid) == ["rerun confirmed"]
    # Settled: the next pass has nothing to read.
    ci.calls.clear()
    assert follow(store, ci, clock).checked == 0 and ci.calls == []


def test_a_rerun_still_running_is_checked_again_later(store, ci, clock, rerun_proposal):
    pid, new_id = sent_rerun(store, ci, clock, rerun_proposal)
    summary = follow(store, ci, clock)
    assert ci.calls == [("workflow_run", new_id)]
    assert summary.checked == 1 and summary.outcomes == []
    ci.set_state(new_id, RunState.CANCELED)
    summary = follow(store, ci, clock)
    assert [o["outcome"] for o in summary.outcomes] == ["canceled"]
    assert rerun_events(store, pid) == ["rerun canceled"]


def test_a_rerun_that_failed_the_same_way_refutes_the_verdict(store, ci, clock, rerun_proposal):
    slug, job = "gh/acme/api", "test-unit"
    same, _ = fingerprint(slug, job, [], NETWORK_LOG)
    pid, new_id = sent_rerun(store, ci, clock, rerun_proposal, fingerprint=same, job_name=job)
    ci.set_state(new_id, RunState.FAILED)
    ci.jobs[new_id] = [failed_job("job-rerun-1", name=job, number=913)]
    ci.logs[913] = NETWORK_LOG
    summary = follow(store, ci, clock)
    assert ci.calls[:2] == [("workflow_run", new_id), ("failed_jobs", new_id)]
    assert ("log_excerpt", 913) in ci.calls and ci.writes() == []
    assert len(summary.new_failure_ids) == 1
    assert [o["outcome"] for o in summary.outcomes] == ["refuted"], summary.warnings
    assert rerun_events(store, pid) == ["rerun refuted"]


def test_a_rerun_that_failed_otherwise_is_a_different_failure(store, ci, clock, rerun_proposal):
    pid, new_id = sent_rerun(store, ci, clock, rerun_proposal)
    ci.set_state(new_id, RunState.FAILED)
    ci.jobs[new_id] = [failed_job("job-rerun-2", name="lint", number=914)]
    ci.logs[914] = "E501 line too long\nExited with code exit status 1\n"
    summary = follow(store, ci, clock)
    assert [o["outcome"] for o in summary.outcomes] == ["different"], summary.warnings
    assert rerun_events(store, pid) == ["rerun different"]
