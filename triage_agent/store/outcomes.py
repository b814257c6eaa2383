"""What became of proposals, in the store: filed reports and their occurrences.

(Reruns and manual reruns belong here too; they move in with the rest of the storage layer.)
Callers pass typed values and get typed rows; the ``reports`` row of a fingerprint is unique.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from ..timeutil import iso
from .db import Store, dumps, loads


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
