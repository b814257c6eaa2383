"""Test helpers: realistic pipelines, workflows, failures, evidence and verdicts written through
``triage_agent.store`` as the stages write them, and queue drafts."""

from __future__ import annotations

import hashlib
import itertools
import uuid
from datetime import UTC, datetime
from typing import Any

from triage_agent.core.ci import RunState, WorkflowRun
from triage_agent.core.models import FailedTest, History
from triage_agent.core.states import FailureState
from triage_agent.policy.decide import ProposalDraft
from triage_agent.store import Store
from triage_agent.store import evidence as evidence_store
from triage_agent.store import failures as failures_store
from triage_agent.timeutil import iso

NOW = datetime(2025, 3, 4, 12, 0, tzinfo=UTC)
_seq = itertools.count(1)

NETWORK_LOG = """\
#!/bin/bash -eo pipefail
npm ci
npm ERR! code ECONNRESET
npm ERR! network aborted
npm ERR! network This is a problem related to network connectivity.
Exited with code exit status 1
"""

ASSERTION_LOG = """\
============================= FAILURES =============================
____________________ test_checkout_total ____________________
    def test_checkout_total():
>       assert cart.total() == 42
E       assert 41 == 42
tests/test_cart.py:17: AssertionError
=================== 1 failed, 211 passed in 12.31s ===================
Exited with code exit status 1
"""


def fp(text: str) -> str:
    """A fingerprint-shaped hash, like triage_agent.core.fingerprint makes."""
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def add_failure(
    store: Store,
    *,
    project_slug: str = "gh/acme/api",
    pipeline_id: str | None = None,
    pipeline_number: int = 142,
    branch: str = "main",
    revision: str = "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b",
    workflow_id: str | None = None,
    workflow_name: str = "build-test",
    workflow_status: str = "failed",
    job_name: str = "test-unit",
    job_number: int | None = 812,
    job_status: str = "failed",
    log: str = NETWORK_LOG,
    failed_tests: list[dict[str, Any]] | None = None,
    verdict: str = "transient",
    confidence: float = 0.9,
    category: str = "network",
    rationale: str = "npm lost its connection to the registry (ECONNRESET); a rerun should pass.",
    evidence: list[str] | None = None,
    fingerprint: str | None = None,
    signature: str = "npm-network",
    now: datetime = NOW,
) -> int:
    """Record one judged failure (and its pipeline and workflow if new) through the store, as
    intake, collect and judge write it; return the failure id."""
    n = next(_seq)
    pipeline_id = pipeline_id or str(uuid.UUID(int=n * 7919 + 1))
    workflow_id = workflow_id or str(uuid.UUID(int=n * 104729 + 2))
    stamp = iso(now)
    failures_store.insert_pipelines(store, [failures_store.PipelineRow(
        id=pipeline_id, project_slug=project_slug, number=pipeline_number, branch=branch, revision=revision,
        commit_subject="Fix the cart total", created_at=stamp, state="created", trigger_type="webhook",
        actor="alice", open=0, first_seen_at=stamp, last_checked_at=stamp)])
    failures_store.upsert_workflow(store, WorkflowRun(
        id=workflow_id, name=workflow_name, state=RunState.FAILED, status=workflow_status,
        pipeline_id=pipeline_id, pipeline_number=pipeline_number, project_slug=project_slug,
        created_at=stamp, stopped_at=stamp), now)
    job_id = str(uuid.UUID(int=n * 15485863 + 3))
    [failure_id] = failures_store.record_failures(store, workflow_id, [failures_store.NewFailure(
        key=f"{workflow_id}:{job_id}", project_slug=project_slug, pipeline_id=pipeline_id,
        pipeline_number=pipeline_number, branch=branch, revision=revision, workflow_id=workflow_id,
        workflow_name=workflow_name, job_id=job_id, job_number=job_number, job_name=job_name,
        job_status=job_status, started_at=stamp, stopped_at=stamp, detected_at=stamp,
        state=FailureState.NEW, origin="poll")])
    if failed_tests is None:
        failed_tests = [] if verdict == "transient" else [
            {"name": "test_checkout_total", "classname": "tests.test_cart",
             "message": "assert 41 == 42", "file": "tests/test_cart.py"}]
    evidence_store.save_evidence(store, failure_id, evidence_store.StoredEvidence(
        log_excerpt=log, failed_tests=[FailedTest.from_dict(t) for t in failed_tests],
        fingerprint=fingerprint or fp(f"{project_slug}:{job_name}:{log}")), now)
    if evidence is None:
        evidence = [line for line in log.splitlines() if "ERR!" in line or line.startswith("E ")][:3]
    evidence_store.record_verdict(store, failure_id, evidence_store.NewVerdict(
        verdict=verdict, confidence=confidence, category=category, rationale=rationale, evidence=evidence,
        classifier="rules", offline_verdict=verdict, offline_confidence=confidence, llm_called=False,
        llm_error=None, prompt_tokens=0, completion_tokens=0), signature=signature, history=History(), now=now)
    return failure_id


def failure_row(store: Store, failure_id: int) -> dict[str, Any]:
    """The stored failure row."""
    return dict(evidence_store.get_failure(store, failure_id))


def draft_for(store: Store, failure_id: int, *, action: str = "rerun_workflow",
              auto_approve: bool = False, **overrides: Any) -> ProposalDraft:
    """A draft built from a stored failure, as decide would make it."""
    f = failure_row(store, failure_id)
    v = evidence_store.latest_verdict(store, failure_id)
    assert v is not None, f"failure {failure_id} has no verdict"
    values: dict[str, Any] = dict(
        action=action,
        kind="rerun" if action == "rerun_workflow" else "report",
        summary=(f"Rerun {f['workflow_name']} from failed, {f['project_slug']} "
                 f"#{f['pipeline_number']}: {f['job_name']} looks transient"
                 if action == "rerun_workflow" else
                 f"Report: {f['job_name']} failed in {f['workflow_name']}"),
        reason="test draft",
        verdict=v["verdict"], confidence=v["confidence"], category=v["category"],
        fingerprint=f["fingerprint"], failure_ids=(failure_id,),
        project_slug=f["project_slug"], pipeline_id=f["pipeline_id"],
        pipeline_number=f["pipeline_number"], workflow_id=f["workflow_id"],
        workflow_name=f["workflow_name"], job_number=f["job_number"], job_name=f["job_name"],
        branch=f["branch"], revision=f["revision"], auto_approve=auto_approve,
    )
    values.update(overrides)
    return ProposalDraft(**values)


# --------------------------------------------------------------------------- the simulator


def sim_world(sc: Any, *, project: str = "gh/acme/api", workflow: str = "build-test",
              job: str = "test-unit", log: str = NETWORK_LOG, rerun: str = "pass",
              **workflow_kw: Any) -> Any:
    """Add a project (if new) and one pipeline whose workflow failed in one job; return the pipeline."""
    if project not in sc.projects:
        sc.add_project(project)
    return sc.add_pipeline(project, workflows=[sc.workflow(workflow, jobs=[
        sc.job("build"),
        sc.job(job, status="failed", log=log, rerun=rerun, requires=["build"]),
    ], **workflow_kw)])


def add_sim_failure(store: Store, pipeline: Any, *, job: str = "test-unit", now: datetime = NOW,
                    **kw: Any) -> int:
    """A failure row for the failed job of a simulator pipeline's (first) workflow."""
    wf = pipeline.workflows[0]
    j = wf.job_named(job)
    return add_failure(
        store, project_slug=pipeline.project.slug, pipeline_id=pipeline.id,
        pipeline_number=pipeline.number, branch=pipeline.branch or "", revision=pipeline.revision,
        workflow_id=wf.id, workflow_name=wf.name, job_name=job,
        job_number=j.number if j is not None else None, now=now, **kw,
    )


def seed_decided(store: Store, *, project: str, job: str, log: str, outcome: str | None = None,
                 action: str = "rerun_workflow", status: str = "executed", reason: str = "",
                 days_ago: int = 7, category: str = "network") -> int:
    """An earlier failure as a cycle leaves it (indexed for similarity), with the team's decision on
    its proposal and, for a rerun, its outcome (confirmed or refuted)."""
    from datetime import timedelta

    from triage_agent.classify import similar
    from triage_agent.store import outcomes, queue

    when = NOW - timedelta(days=days_ago)
    fid = add_failure(store, project_slug=project, job_name=job, log=log, now=when, failed_tests=[],
                      category=category)
    evidence_store.mark_decided(store, fid, "")  # no note, as propose leaves it for a proposal
    similar.index_failure(store, failure_id=fid, project_slug=project, job_name=job,
                          text=similar.error_text(log), now=when)
    pid = queue.enqueue(store, draft_for(store, fid, action=action), when)
    decide_as(store, pid, status, when, reason=reason)
    if outcome:
        row = queue.get(store, pid)
        outcomes.record_rerun(store, proposal_id=pid, project_slug=project, pipeline_id=row["pipeline_id"],
                              original_workflow_id=row["workflow_id"], new_workflow_id=f"{row['workflow_id']}-rerun",
                              workflow_name=row["workflow_name"], fingerprint=row["fingerprint"],
                              verdict_confidence=row["confidence"], sent_at=iso(when))
        outcomes.finish_rerun(store, pid, when, status="passed" if outcome == "confirmed" else "failed",
                              outcome=outcome, detail=f"the rerun was {outcome}")
    return fid


def decide_as(store: Store, proposal_id: int, status: str, now: datetime, *, reason: str = "",
              actor: str = "alice") -> None:
    """Move a pending proposal to ``status`` the way people and the executor do (audit rows included)."""
    from triage_agent.store import queue

    if status in ("approved", "executed"):
        queue.approve(store, proposal_id, actor, now, reason=reason or None)
    if status == "executed":
        queue.transition(store, proposal_id, "executing", actor=queue.SYSTEM_ACTOR, now=now, event="execute")
        queue.transition(store, proposal_id, "executed", actor=queue.SYSTEM_ACTOR, now=now, event="executed",
                         fields={"executed_at": iso(now)})
    elif status == "rejected":
        queue.reject(store, proposal_id, actor, now, reason)
    elif status not in ("pending", "approved"):
        raise ValueError(f"decide_as: no way to {status!r} here")
