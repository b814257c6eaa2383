"""What the propose stage reads before it decides: a workflow's reruns, proposals and reports,
and the recent failures the outage guard weighs.

Read-only: every function answers one question ``policy.decide`` asks about a workflow (through
``pipeline.propose.workflow_context``) or about the last hours (the outage guard). The workflow
statuses come back as the provider stored them; reading them (alive, passed) is the provider's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypedDict, cast

from ..core.states import (
    EXECUTED,
    OPEN_STATUSES,
    Action,
    FailureState,
    ProposalKind,
    ProposalStatus,
    RerunOutcome,
)
from .db import Store


class WorkflowRow(TypedDict):
    """One workflow run as stored (``workflows``)."""

    id: str
    pipeline_id: str | None
    project_slug: str | None
    pipeline_number: int | None
    name: str | None
    status: str | None
    created_at: str | None
    stopped_at: str | None
    auto_rerun_number: int | None
    max_auto_reruns: int | None
    collected: int | None
    rerun_of: str | None
    first_seen_at: str | None
    updated_at: str | None


class PipelineOfWorkflow(TypedDict):
    """What the decision needs of a workflow's pipeline: its project, branch and time."""

    project_slug: str
    branch: str | None
    created_at: str | None


class RecentTransient(TypedDict):
    """A recent failure judged transient (latest verdict), as the outage guard reads it."""

    id: int
    project_slug: str
    signature: str | None
    detected_at: str
    category: str | None


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" for _ in values)


_OPEN = sorted(s.value for s in OPEN_STATUSES)
# A rerun proposal that counts against the limits: open, or sent.
_RERUN_COUNTED = sorted([*_OPEN, EXECUTED.value])


def workflow(store: Store, workflow_id: str) -> WorkflowRow | None:
    """One workflow by id (None when it was never stored)."""
    return cast("WorkflowRow | None", next(iter(store.db.query(
        "select * from workflows where id = ?", [workflow_id])), None))


def pipeline_of(store: Store, pipeline_id: str | None) -> PipelineOfWorkflow | None:
    """A workflow's pipeline (None when it is not stored)."""
    return cast("PipelineOfWorkflow | None", next(iter(store.db.query(
        "select project_slug, branch, created_at from pipelines where id = ?", [pipeline_id])), None))


def rerun_chain(store: Store, workflow_id: str, rerun_of: str | None) -> set[str]:
    """The chain of reruns a workflow belongs to: itself and the workflow it reran, recursively."""
    chain, cursor = {workflow_id}, rerun_of
    while cursor and cursor not in chain:
        chain.add(cursor)
        parent = next(iter(store.db.query("select rerun_of from workflows where id = ?", [cursor])), None)
        cursor = parent["rerun_of"] if parent else None
    return chain


def reruns_proposed_for(store: Store, workflow_ids: Iterable[str]) -> int:
    """Rerun proposals, open or sent, for any of these workflows."""
    ids = list(workflow_ids)
    return int(store.db.execute(
        f"select count(*) from proposals where action = ? and workflow_id in ({_marks(ids)}) "
        f"and status in ({_marks(_RERUN_COUNTED)})", [Action.RERUN.value, *ids, *_RERUN_COUNTED]).fetchone()[0])


def reruns_proposed_on(store: Store, project_slug: str, day: str) -> int:
    """Rerun proposals made for a project on a day (``YYYY-MM-DD``), whatever became of them."""
    return int(store.db.execute(
        "select count(*) from proposals where action = ? and project_slug = ? "
        "and substr(created_at, 1, 10) = ?", [Action.RERUN.value, project_slug, day]).fetchone()[0])


def open_proposals_for(store: Store, workflow_id: str) -> int:
    """Open proposals (pending, approved, executing) about a workflow."""
    return int(store.db.execute(
        f"select count(*) from proposals where workflow_id = ? and status in ({_marks(_OPEN)})",
        [workflow_id, *_OPEN]).fetchone()[0])


def later_run_statuses(store: Store, *, project_slug: str, branch: str, after: str | None,
                       workflow_name: str | None) -> list[str | None]:
    """The stored statuses of the same-named workflow in later pipelines of the branch."""
    return [r["status"] for r in store.db.query(
        "select w.status from workflows w join pipelines p on p.id = w.pipeline_id "
        "where p.project_slug = ? and p.branch = ? and p.created_at > ? and w.name = ?",
        [project_slug, branch, after, workflow_name])]


def reported_fingerprints(store: Store, fingerprints: Sequence[str]) -> set[str]:
    """Those of ``fingerprints`` a report was filed for."""
    if not fingerprints:
        return set()
    return {r["fingerprint"] for r in store.db.query(
        f"select fingerprint from reports where fingerprint in ({_marks(fingerprints)})", list(fingerprints))}


def pending_report_fingerprints(store: Store, fingerprints: Sequence[str]) -> set[str]:
    """Those of ``fingerprints`` an open report proposal is about."""
    if not fingerprints:
        return set()
    return {r["fingerprint"] for r in store.db.query(
        f"select fingerprint from proposals where action = ? and fingerprint in ({_marks(fingerprints)}) "
        f"and status in ({_marks(_OPEN)})", [Action.REPORT.value, *fingerprints, *_OPEN])}


def refuted_fingerprints(store: Store, fingerprints: Sequence[str]) -> set[str]:
    """Those of ``fingerprints`` a rerun of ours refuted (it failed the same way), unless a person rejected the
    report proposed on that refutation, giving a reason, after the rerun ended: the team overruled it ("flaky: the
    database restarts on CI"), and the fingerprint's next failures are decided on their verdict again (which weighs
    that rejection as the team's label) instead of being proposed as the same report again and again. A later
    refuted rerun counts again."""
    if not fingerprints:
        return set()
    return {r["fingerprint"] for r in store.db.query(
        "select distinct f.fingerprint from reruns r join proposal_failures pf on pf.proposal_id = r.proposal_id "
        f"join failures f on f.id = pf.failure_id where r.outcome = ? and f.fingerprint in ({_marks(fingerprints)}) "
        "and not exists (select 1 from proposals p where p.fingerprint = f.fingerprint and p.action = ? "
        "and p.kind = ? and p.status = ? and trim(coalesce(p.decision_reason, '')) != '' "
        "and coalesce(p.decided_at, '') >= coalesce(r.finished_at, r.sent_at, ''))",
        [RerunOutcome.REFUTED.value, *fingerprints, Action.REPORT.value, ProposalKind.REFUTED.value,
         ProposalStatus.REJECTED.value])}


def proposed_fingerprints(store: Store, fingerprints: Sequence[str]) -> set[str]:
    """Those of ``fingerprints`` a failure of which ever had a proposal of any kind (a probe, a rerun, a report, an
    incident), whatever became of it: pending, rejected, expired, failed or executed (policy.probe_reruns: such a
    failure is not first seen)."""
    if not fingerprints:
        return set()
    return {r["fingerprint"] for r in store.db.query(
        "select distinct f.fingerprint from proposal_failures pf join failures f on f.id = pf.failure_id "
        f"where f.fingerprint in ({_marks(fingerprints)})", list(fingerprints))}


# The audit event of a probe whose report was proposed in its stead (pipeline.propose.fall_back_from_probes).
PROBE_FALLBACK_EVENT = "probe fallback"
# The audit event of a probe that expired while a person's own rerun of its workflow passed: that rerun measured the
# failure flaky, so no report is proposed in the probe's stead (pipeline.propose.fall_back_from_probe).
PROBE_PERSON_EVENT = "probe measured by a person's rerun"
_PROBE_SETTLED = (PROBE_FALLBACK_EVENT, PROBE_PERSON_EVENT)
# A probe's rerun that measured nothing: neither a pass nor the same failure.
_UNMEASURED = sorted(o.value for o in (RerunOutcome.DIFFERENT, RerunOutcome.CANCELED, RerunOutcome.UNKNOWN))


# Ends of a probe's proposal that measure nothing: rejected, expired (also by the executor's re-check), or failed
# (its rerun refused by the provider, or never found after the send: only a person approving it again revives it).
_UNSENT = sorted(s.value for s in (ProposalStatus.REJECTED, ProposalStatus.EXPIRED, ProposalStatus.FAILED))


class EndedProbe(TypedDict):
    """A probe that ended without measuring its failure (``probes_to_fall_back``)."""

    id: int
    status: str
    decision_reason: str | None
    error: str | None
    outcome: str | None
    workflow_id: str | None


def probes_to_fall_back(store: Store) -> list[EndedProbe]:
    """Probe proposals that ended without a measure (rejected; expired, also by the executor's re-check; failed; or
    executed and their rerun ended different, canceled or unknown) and whose end is not settled on record yet (a
    ``probe fallback`` or ``probe measured by a person's rerun`` audit row)."""
    return cast(list[EndedProbe], list(store.db.query(
        "select p.id, p.status, p.decision_reason, p.error, r.outcome, p.workflow_id from proposals p "
        "left join reruns r on r.proposal_id = p.id where p.kind = ? and "
        f"(p.status in ({_marks(_UNSENT)}) or (p.status = ? and r.outcome in ({_marks(_UNMEASURED)}))) "
        "and not exists (select 1 from audit_log a where a.proposal_id = p.id "
        f"and a.event in ({_marks(_PROBE_SETTLED)})) order by p.id",
        [ProposalKind.PROBE.value, *_UNSENT, EXECUTED.value, *_UNMEASURED, *_PROBE_SETTLED])))


def probe_fallen_back(store: Store, probe_id: int) -> bool:
    """Whether a probe's end is settled on record (its ``probe fallback`` or ``probe measured by a person's rerun``
    audit row): read inside the sweep's transaction, so two processes sweeping at once settle a probe once."""
    return store.db.execute(
        f"select 1 from audit_log where proposal_id = ? and event in ({_marks(_PROBE_SETTLED)}) limit 1",
        [int(probe_id), *_PROBE_SETTLED]).fetchone() is not None


class PersonRerun(TypedDict):
    """A person's own rerun of a workflow (``manual_reruns``): running, or settled with its outcome."""

    new_workflow_id: str
    status: str | None
    outcome: str | None
    detected_at: str | None


def person_rerun_of(store: Store, workflow_id: str | None) -> PersonRerun | None:
    """The latest rerun a person made of ``workflow_id``, as polling (or a re-check) recorded it, or None."""
    if not workflow_id:
        return None
    row = store.db.execute(
        "select new_workflow_id, status, outcome, detected_at from manual_reruns where original_workflow_id = ? "
        "order by detected_at desc, new_workflow_id desc limit 1", [workflow_id]).fetchone()
    return None if row is None else PersonRerun(new_workflow_id=row[0], status=row[1], outcome=row[2],
                                                detected_at=row[3])


def failures_in_reports(store: Store, failure_ids: Sequence[int]) -> set[int]:
    """Those of ``failure_ids`` some report proposal (any status) is about already."""
    if not failure_ids:
        return set()
    return {int(r["failure_id"]) for r in store.db.query(
        "select distinct pf.failure_id from proposal_failures pf join proposals p on p.id = pf.proposal_id "
        f"where p.action = ? and pf.failure_id in ({_marks(failure_ids)})",
        [Action.REPORT.value, *failure_ids])}


def undecided_failures_of(store: Store, workflow_id: str) -> int:
    """Failures of a workflow still on their way to a decision."""
    return int(store.db.execute("select count(*) from failures where workflow_id = ? and state != ?",
                                [workflow_id, FailureState.DECIDED.value]).fetchone()[0])


def has_earlier_namesake(store: Store, wf: WorkflowRow) -> bool:
    """Whether an earlier workflow of the same name ran in the same pipeline (so this one is a rerun)."""
    return bool(store.db.execute(
        "select 1 from workflows where pipeline_id = ? and name = ? and id != ? and created_at < ? limit 1",
        [wf.get("pipeline_id"), wf.get("name"), wf["id"], wf.get("created_at") or ""]).fetchone())


def recent_transient(store: Store, since: str) -> list[RecentTransient]:
    """Failures detected since ``since`` whose latest verdict is transient."""
    return cast(list[RecentTransient], list(store.db.query(
        "select f.id, f.project_slug, f.signature, f.detected_at, v.category from failures f "
        "join verdicts v on v.id = (select max(id) from verdicts where failure_id = f.id) "
        "where f.detected_at >= ? and v.verdict = 'transient'", [since])))


def incident_fingerprints(store: Store, proposed_since: str) -> set[str]:
    """Fingerprints of incident proposals still open, or proposed since ``proposed_since``."""
    return {r["fingerprint"] for r in store.db.query(
        f"select fingerprint from proposals where kind = ? and "
        f"(status in ({_marks(_OPEN)}) or created_at >= ?)",
        [ProposalKind.INCIDENT.value, *_OPEN, proposed_since])}
