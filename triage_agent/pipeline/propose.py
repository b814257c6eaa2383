"""The propose stage: classified failures become proposals in the approval queue (``decided``).

The outage guard looks first at every recent transient failure: many projects failing one way
are one incident (one report proposal) and their reruns are held. Then each workflow is decided
on its own (``policy.decide.decide_workflow``) from what the store knows about it
(``workflow_context``: no API calls), and its proposals, report occurrences and failure states
are written in one transaction. A workflow whose decision goes wrong counts against each of its
failures' attempts (``collect.count_against``); the others go on.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..core.ci import RunState
from ..core.states import FailureState, ProposalKind, ProposalStatus, RerunOutcome, RerunStatus
from ..policy.decide import (
    JudgedFailure,
    RecentFailure,
    WorkflowContext,
    decide_workflow,
    find_outages,
    report_draft,
)
from ..store import decision_queries as queries
from ..store import evidence as evidence_store
from ..store import queue
from ..store.evidence import FailureRow
from ..timeutil import day, iso, parse
from .collect import CYCLE_WIDE, count_against
from .followup import GIVE_UP_AFTER
from .reporting import record_occurrence

if TYPE_CHECKING:
    from ..app import App
    from .run import CycleSummary

log = logging.getLogger(__name__)

# An incident proposed this recently covers the same outage even once it is settled.
INCIDENT_COVERS = timedelta(hours=6)
_VERDICT_KEYS = ("verdict", "confidence", "category", "rationale", "offline_verdict", "offline_confidence",
                 "classifier")


def judged(app: App, row: FailureRow) -> JudgedFailure:
    """A classified failure with its latest verdict, as the policy reads it."""
    v: Any = evidence_store.latest_verdict(app.store, row["id"]) or {}
    return JudgedFailure.from_row({**row, **{k: v.get(k) for k in _VERDICT_KEYS}})


def workflow_context(app: App, workflow_id: str, failures: Sequence[JudgedFailure], now: datetime) -> WorkflowContext:
    """What ``decide`` needs to know about a workflow, from the store alone (no API calls)."""
    store = app.store
    found = queries.workflow(store, workflow_id)
    wf: Mapping[str, Any] = found or {}
    pipeline = queries.pipeline_of(store, wf.get("pipeline_id")) if found else None
    # The chain of reruns this workflow belongs to: itself and the workflow it reran, recursively.
    chain = queries.rerun_chain(store, workflow_id, wf.get("rerun_of"))
    reruns_for_workflow = queries.reruns_proposed_for(store, chain)
    reruns_today = queries.reruns_proposed_on(store, failures[0].project_slug, day(now))
    open_for_workflow = queries.open_proposals_for(store, workflow_id)
    superseded = False
    if pipeline and pipeline.get("branch"):
        # Superseded by a newer run of the workflow on the branch that passed or may still pass.
        superseded = any(app.provider.run_state(status or "").alive for status in queries.later_run_statuses(
            store, project_slug=pipeline["project_slug"], branch=pipeline["branch"] or "",
            after=pipeline["created_at"], workflow_name=wf.get("name")))
    fps = sorted({f.fingerprint for f in failures if f.fingerprint})
    reported = queries.reported_fingerprints(store, fps)
    pending_reports = queries.pending_report_fingerprints(store, fps)
    refuted = queries.refuted_fingerprints(store, fps)
    proposed = queries.proposed_fingerprints(store, fps) if app.config.policy.probe_reruns else set()
    # Failures of this workflow still on their way to a verdict: no rerun until all are judged.
    failed_jobs = queries.undecided_failures_of(store, workflow_id)
    # A rerun (ours or a person's) of an earlier same-named workflow: not auto-rerun by CircleCI.
    manual_rerun = bool(wf.get("rerun_of")) or bool(found and queries.has_earlier_namesake(store, found))
    # No stored status (a row written before the workflow was read): taken as failed, as always.
    status = wf.get("status") or RunState.FAILED.value
    return WorkflowContext(
        manual_rerun=manual_rerun,
        failed_job_count=failed_jobs,
        refuted_fingerprints=frozenset(refuted),
        proposed_fingerprints=frozenset(proposed),
        workflow_id=workflow_id, status=status,
        state=app.provider.run_state(wf["status"]) if wf.get("status") else RunState.FAILED,
        ci_name=app.provider.display_name,
        auto_reruns_done=wf.get("auto_rerun_number"), auto_reruns_allowed=wf.get("max_auto_reruns"),
        stopped_at=wf.get("stopped_at"), now=now, reruns_for_workflow=reruns_for_workflow,
        reruns_today_for_project=reruns_today, superseded=superseded,
        open_proposal=bool(open_for_workflow), reported_fingerprints=frozenset(reported),
        pending_report_fingerprints=frozenset(pending_reports),
    )


def _probe_end(probe: queries.EndedProbe) -> str:
    """How a probe ended without measuring its failure, in words."""
    if probe["status"] == ProposalStatus.EXECUTED:
        return f"its rerun ended {probe['outcome']}"
    if probe["status"] == ProposalStatus.FAILED:
        error = " ".join((probe["error"] or "").split())[:160]
        return "its execution failed" + (f" ({error})" if error else "")
    reason = " ".join((probe["decision_reason"] or "").split())[:160]
    return f"it was {probe['status']}" + (f" ({reason})" if reason else "")


def fall_back_from_probes(app: App, now: datetime) -> list[int]:
    """Propose the report each ended, unmeasured probe stood in for; return the proposals made.

    Idempotent and crash-safe: each probe is settled in one transaction that ends with its
    ``probe fallback`` audit row (so it is swept once), and a failure some report proposal is
    about already (whatever its status) gets none, nor does a fingerprint already proposed; one
    already reported gains the failure as an occurrence: a sweep cut short is simply done again by
    the next one, never twice.
    """
    made: list[int] = []
    for probe in queries.probes_to_fall_back(app.store):
        try:
            made.extend(fall_back_from_probe(app, probe, now) or [])
        except CYCLE_WIDE:
            raise
        except Exception as exc:  # this probe's own trouble (its transaction rolled back): the others go on
            log.warning("probe %s: the report it stood in for could not be proposed (%s: %s); tried again next cycle",
                        probe["id"], type(exc).__name__, exc)
    return made


def fall_back_from_probe(app: App, probe: queries.EndedProbe, now: datetime) -> list[int] | None:
    """Settle one ended, unmeasured probe (``fall_back_from_probes``): the report proposals made, or None when
    its end is on record already (another process, the daemon or ``approvals reject``, settled it since
    ``probe`` was read) or waits on a person's rerun.

    A probe that expired (by age, or at a re-check because the workflow was rerun meanwhile) while a person
    reran its workflow by hand is measured by that rerun: while it runs, the probe waits; if it passed, the
    failure was flaky and no report is proposed (``probe measured by a person's rerun``); any other end falls
    back to the report as before. A rejected probe never waits: a person said no to the rerun."""
    store = app.store
    with store.atomic():
        if queries.probe_fallen_back(store, probe["id"]):
            return None
        person = (queries.person_rerun_of(store, probe.get("workflow_id"))
                  if probe["status"] == ProposalStatus.EXPIRED else None)
        if person is not None and person["status"] == RerunStatus.RUNNING:
            noted = parse(person["detected_at"])
            if noted is None or now - noted < GIVE_UP_AFTER:
                return None  # its outcome settles the probe
            # Never followed to its end (its project unwatched meanwhile, say): the follow-up's limit, then the report.
        if person is not None and person["outcome"] == RerunOutcome.CONFIRMED:
            store.audit(now=now, actor=queue.SYSTEM_ACTOR, event=queries.PROBE_PERSON_EVENT,
                        proposal_id=probe["id"], detail={"ended": _probe_end(probe),
                                                         "person_rerun": person["new_workflow_id"], "reports": []})
            log.info("probe %s: a person's rerun (%s) passed and measured it; no report", probe["id"],
                     person["new_workflow_id"])
            return []
        rows = queue.proposal_failures(store, probe["id"])
        real = [judged(app, r) for r in rows]
        real = [f for f in real if f.verdict == "real"]
        covered = queries.failures_in_reports(store, [f.failure_id for f in real])
        fps = sorted({f.fingerprint for f in real if f.fingerprint})
        reported = queries.reported_fingerprints(store, fps)
        pending = queries.pending_report_fingerprints(store, fps)
        groups: dict[str, list[JudgedFailure]] = {}
        skipped: dict[int, str] = {}
        for f in real:
            if f.failure_id in covered:
                skipped[f.failure_id] = "a report proposal is about it already"
            elif f.fingerprint and f.fingerprint in reported:
                # As decide does for any failure of a reported fingerprint: counted on that report.
                record_occurrence(store, f.fingerprint, f.failure_id, now)
                skipped[f.failure_id] = "its fingerprint is reported already: occurrence recorded"
            elif f.fingerprint and f.fingerprint in pending:
                skipped[f.failure_id] = "its fingerprint is proposed as a report already"
            else:
                groups.setdefault(f.fingerprint or f"failure:{f.failure_id}", []).append(f)
        ended = _probe_end(probe)
        if person is not None:
            end = person["outcome"] or ("never seen to end" if person["status"] == RerunStatus.RUNNING
                                        else person["status"])
            ended += f"; a person's rerun {end}"
        ids = []
        for group in groups.values():
            reason = (f"the probe #{probe['id']} measured nothing ({ended}): the report it stood in for "
                      f"(real {group[0].confidence:.2f})")
            ids.append(queue.enqueue(store, report_draft(group, ProposalKind.REPORT, reason), now))
        store.audit(now=now, actor=queue.SYSTEM_ACTOR, event=queries.PROBE_FALLBACK_EVENT,
                    proposal_id=probe["id"], detail={"ended": ended, "reports": ids,
                                                     "skipped": {str(k): v for k, v in skipped.items()}})
    log.info("probe %s %s: report proposal(s) %s made in its stead", probe["id"], ended, ids or "none")
    return ids


def decide_pending(app: App, now: datetime, summary: CycleSummary) -> dict[int, dict[str, Any]]:
    """Turn classified failures into proposals, one workflow at a time; return notes by failure id.
    First, the reports of probes that ended without a measure (``fall_back_from_probes``)."""
    policy = app.config.policy
    summary.proposals_created += len(fall_back_from_probes(app, now))
    rows = evidence_store.failures_in(app.store, FailureState.CLASSIFIED)
    if not rows:
        return {}
    judged_failures = [judged(app, r) for r in rows]
    # The outage guard looks at every recent classified failure, not just this cycle's.
    window_start = iso(now - timedelta(minutes=policy.outage_window_minutes))
    recent = [RecentFailure(failure_id=r["id"], project_slug=r["project_slug"], signature=r["signature"] or "",
                            category=r["category"] or "", detected_at=r["detected_at"])
              for r in queries.recent_transient(app.store, window_start)]
    # An incident still open, or proposed in the last hours, covers the same outage: no second one.
    open_incidents = queries.incident_fingerprints(app.store, iso(now - INCIDENT_COVERS))
    outages = find_outages(recent, policy, now, existing_incidents=open_incidents)
    held: set[int] = set()
    notes: dict[int, dict[str, Any]] = {}
    for outage in outages:
        held.update(outage.failure_ids)
        if outage.draft is not None:
            pid = queue.enqueue(app.store, outage.draft, now)
            summary.proposals_created += 1
            summary.outages.append({"signature": outage.signature, "projects": sorted(outage.projects),
                                    "proposal": pid})
            log.warning("outage guard: %d projects failing with %s; reruns held, incident report #%d proposed",
                        len(outage.projects), outage.signature, pid)
    by_workflow: dict[str, list[JudgedFailure]] = {}
    for j in judged_failures:
        by_workflow.setdefault(j.workflow_id, []).append(j)
    rows_by_id = {r["id"]: r for r in rows}
    for workflow_id, failures in by_workflow.items():
        created = summary.proposals_created
        try:
            decide_one_workflow(app, workflow_id, failures, held, now, summary, notes)
        except CYCLE_WIDE:
            raise
        except Exception as exc:  # this workflow's own trouble: counted on each of its failures
            summary.proposals_created = created  # the transaction rolled back
            for f in failures:
                notes.pop(f.failure_id, None)
                count_against(app, rows_by_id[f.failure_id], "decision", exc, summary, give_up=True)
    return notes


def decide_one_workflow(app: App, workflow_id: str, failures: list[JudgedFailure], held: set[int],
                        now: datetime, summary: CycleSummary, notes: dict[int, dict[str, Any]]) -> None:
    """Decide one workflow and enqueue its proposals, in one transaction."""
    ctx = workflow_context(app, workflow_id, failures, now)
    if any(f.failure_id in held for f in failures):
        ctx = ctx.held_by_outage()
    decision = decide_workflow(failures, ctx, app.config.policy)
    with app.store.atomic():
        proposal_of: dict[int, dict[str, Any]] = {}
        for draft in decision.drafts:
            pid = queue.enqueue(app.store, draft, now)
            summary.proposals_created += 1
            for fid in draft.failure_ids:
                proposal_of.setdefault(fid, {"id": pid, "action": draft.action, "kind": draft.kind})
        for f in failures:
            note = decision.notes.get(f.failure_id, "")
            if f.failure_id in decision.occurrences:
                record_occurrence(app.store, f.fingerprint, f.failure_id, now)
            evidence_store.mark_decided(app.store, f.failure_id, note)
            notes[f.failure_id] = {"proposal": proposal_of.get(f.failure_id), "decision": note}
