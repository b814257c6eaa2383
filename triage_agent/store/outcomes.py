"""What became of proposals, in the store: reruns (ours and people's), filed reports and their occurrences.

Callers pass typed values and get typed rows. A ``reruns`` row is keyed by the proposal that
sent it; a ``manual_reruns`` row by the new workflow a person started; the ``reports`` row of
a fingerprint is unique. The statuses and outcomes are ``core.states.RerunStatus`` and
``RerunOutcome``, except that a rerun that ended neither passed nor failed keeps the
provider's own word for how it ended.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from ..core.states import RerunStatus
from ..timeutil import iso
from .db import Store, dumps, loads

# --------------------------------------------------------------------------- reruns


@dataclass(frozen=True)
class RerunRow:
    """A rerun an approved proposal sent, and what it turned out to say."""

    proposal_id: int
    project_slug: str
    pipeline_id: str
    original_workflow_id: str
    new_workflow_id: str
    workflow_name: str
    fingerprint: str | None
    verdict_confidence: float | None
    status: str
    outcome: str | None
    sent_at: str
    finished_at: str | None
    checked_at: str | None
    detail: str | None


def _rerun(r: Mapping) -> RerunRow:
    return RerunRow(
        proposal_id=int(r["proposal_id"]), project_slug=r["project_slug"] or "",
        pipeline_id=r["pipeline_id"] or "", original_workflow_id=r["original_workflow_id"] or "",
        new_workflow_id=r["new_workflow_id"] or "", workflow_name=r["workflow_name"] or "",
        fingerprint=r["fingerprint"], verdict_confidence=r["verdict_confidence"], status=r["status"] or "",
        outcome=r["outcome"], sent_at=r["sent_at"] or "", finished_at=r["finished_at"],
        checked_at=r["checked_at"], detail=r["detail"])


def record_rerun(store: Store, *, proposal_id: int, project_slug: str | None, pipeline_id: str | None,
                 original_workflow_id: str | None, new_workflow_id: str, workflow_name: str | None,
                 fingerprint: str | None, verdict_confidence: float | None, sent_at: str) -> None:
    """Record (or replace) the running rerun a proposal sent."""
    store.db["reruns"].insert(
        {
            "proposal_id": int(proposal_id), "project_slug": project_slug, "pipeline_id": pipeline_id,
            "original_workflow_id": original_workflow_id, "new_workflow_id": new_workflow_id,
            "workflow_name": workflow_name, "fingerprint": fingerprint,
            "verdict_confidence": verdict_confidence, "status": RerunStatus.RUNNING, "sent_at": sent_at,
        },
        replace=True,
    )


def running_reruns(store: Store) -> list[RerunRow]:
    """Our reruns still running, the oldest sent first."""
    return [_rerun(r) for r in store.db.query(
        "select * from reruns where status = ? order by sent_at", [RerunStatus.RUNNING])]


def rerun_checked(store: Store, proposal_id: int, now: datetime) -> None:
    """Note that a running rerun was looked at (it has not finished)."""
    store.db["reruns"].update(int(proposal_id), {"checked_at": iso(now)})


def finish_rerun(store: Store, proposal_id: int, now: datetime, *, status: str, outcome: str,
                 detail: str) -> None:
    """Settle a rerun: how it ended and what that says about the verdict."""
    store.db["reruns"].update(int(proposal_id), {
        "status": status, "outcome": outcome, "finished_at": iso(now), "checked_at": iso(now),
        "detail": detail})


# --------------------------------------------------------------------------- reruns by people


@dataclass(frozen=True)
class ManualRerunRow:
    """A running rerun a person started, with the status its new workflow was last stored with."""

    new_workflow_id: str
    original_workflow_id: str
    project_slug: str
    workflow_name: str
    detected_at: str
    workflow_status: str  # the provider's word, as polling stored it on the workflow


def running_manual_reruns(store: Store) -> list[ManualRerunRow]:
    """People's reruns not settled yet, with their new workflow's stored status."""
    return [
        ManualRerunRow(new_workflow_id=r["new_workflow_id"], original_workflow_id=r["original_workflow_id"] or "",
                       project_slug=r["project_slug"] or "", workflow_name=r["workflow_name"] or "",
                       detected_at=r["detected_at"] or "", workflow_status=r["wf_status"] or "")
        for r in store.db.query(
            "select m.*, w.status as wf_status from manual_reruns m join workflows w on w.id = m.new_workflow_id "
            "where m.status = ?", [RerunStatus.RUNNING])
    ]


def abandon_manual_rerun(store: Store, new_workflow_id: str, now: datetime) -> None:
    """Give up on a person's rerun that never finished."""
    store.db["manual_reruns"].update(new_workflow_id, {"status": RerunStatus.ABANDONED, "finished_at": iso(now)})


def finish_manual_rerun(store: Store, new_workflow_id: str, now: datetime, *, status: str, outcome: str,
                        detail: str) -> None:
    """Settle a person's rerun."""
    store.db["manual_reruns"].update(new_workflow_id, {
        "status": status, "outcome": outcome, "finished_at": iso(now), "detail": detail})


# --------------------------------------------------------------------------- reports


@dataclass(frozen=True)
class ReportRow:
    """One filed report (one per fingerprint) and where each sink put it."""

    id: int
    fingerprint: str
    project_slug: str
    title: str
    proposal_id: int | None
    created_at: str
    last_seen_at: str
    occurrences: int
    locations: dict[str, str]  # sink name -> location


@dataclass(frozen=True)
class OccurrenceRow:
    """One failure counted against a report: the job it was, and when."""

    at: str
    project_slug: str
    pipeline_number: int | None
    workflow_id: str
    job_name: str
    job_number: int | None
    branch: str


def report_by_fingerprint(store: Store, fingerprint: str) -> ReportRow | None:
    """The report filed for ``fingerprint``, if any."""
    rows = list(store.db.query("select * from reports where fingerprint = ?", [fingerprint]))
    if not rows:
        return None
    r = rows[0]
    return ReportRow(
        id=int(r["id"]), fingerprint=r["fingerprint"], project_slug=r["project_slug"] or "",
        title=r["title"] or "", proposal_id=r["proposal_id"], created_at=r["created_at"] or "",
        last_seen_at=r["last_seen_at"] or "", occurrences=int(r["occurrences"] or 0),
        locations=loads(r["locations"], {}) or {},
    )


def insert_report(store: Store, *, fingerprint: str, project_slug: str | None, title: str,
                  proposal_id: int, locations: Mapping[str, str], now: datetime) -> bool:
    """Record a newly filed report with no occurrence yet; False when the fingerprint already has one."""
    cur = store.db.execute(
        "insert or ignore into reports (fingerprint, project_slug, title, proposal_id, "
        "created_at, last_seen_at, occurrences, locations) values (?, ?, ?, ?, ?, ?, 0, ?)",
        [fingerprint, project_slug, title, int(proposal_id), iso(now), iso(now), dumps(dict(locations))],
    )
    return bool(cur.rowcount)


def set_report_locations(store: Store, report_id: int, locations: Mapping[str, str]) -> None:
    """Replace where the sinks put a report."""
    store.db["reports"].update(int(report_id), {"locations": dumps(dict(locations))})


def add_occurrences(store: Store, report_id: int, failure_ids: Sequence[int], now: datetime) -> int:
    """Insert occurrence rows (idempotent) and recount; return how many were new."""
    new = 0
    for failure_id in failure_ids:
        cur = store.db.execute(
            "insert or ignore into report_occurrences (report_id, failure_id, at) values (?, ?, ?)",
            [int(report_id), int(failure_id), iso(now)],
        )
        new += cur.rowcount
    if new:
        # occurrences == the count of rows, so a retried call cannot count twice.
        store.db.execute(
            "update reports set occurrences = (select count(*) from report_occurrences "
            "where report_id = ?), last_seen_at = ? where id = ?",
            [int(report_id), iso(now), int(report_id)],
        )
    return new


def occurrences_of(store: Store, fingerprint: str) -> list[OccurrenceRow]:
    """Every failure counted against the report of ``fingerprint``, oldest first."""
    rows = store.db.query(
        """
        select o.at, f.project_slug, f.pipeline_number, f.workflow_id, f.job_name, f.job_number,
               f.branch
        from report_occurrences o
        join reports r on r.id = o.report_id
        join failures f on f.id = o.failure_id
        where r.fingerprint = ?
        order by o.at
        """,
        [fingerprint],
    )
    return [
        OccurrenceRow(at=r["at"] or "", project_slug=r["project_slug"] or "",
                      pipeline_number=r["pipeline_number"], workflow_id=r["workflow_id"] or "",
                      job_name=r["job_name"] or "", job_number=r["job_number"], branch=r["branch"] or "")
        for r in rows
    ]
