"""Pipelines, workflows and failures in the store, as intake records and moves them.

A pipeline is inserted once (by id) and stays ``open`` until its failed jobs are committed; a
closed one with a failed workflow is re-read later (``recheck_at``) for reruns made by people.
Workflows keep the provider's own status word and counters. A failure row is unique per
(workflow, job) (``key``), so a job is never recorded twice whichever stage sees it first.
Reruns seen while polling are linked (``workflows.rerun_of``) and, when a person made them,
kept in ``manual_reruns``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypedDict

from ..core.ci import WorkflowRun
from ..core.states import Action, FailureState, ProposalStatus, RerunStatus
from ..timeutil import iso
from .db import Store

# --------------------------------------------------------------------------- pipelines


class PipelineRow(TypedDict, total=False):
    """A ``pipelines`` row."""

    id: str
    project_slug: str
    number: int | None
    branch: str | None
    revision: str | None
    commit_subject: str | None
    created_at: str | None
    state: str | None
    trigger_type: str | None
    actor: str | None
    open: int
    first_seen_at: str | None
    last_checked_at: str | None
    closed_at: str | None
    updated_at: str | None
    recheck_at: str | None
    rechecks: int | None


class PipelineChanges(TypedDict, total=False):
    """What revisiting a pipeline changes: open or closed, when checked, when rechecked next."""

    open: int
    closed_at: str | None
    last_checked_at: str | None
    recheck_at: str | None
    rechecks: int


def known_pipeline_ids(store: Store, ids: Sequence[str]) -> set[str]:
    """Which of ``ids`` are stored pipelines."""
    if not ids:
        return set()
    marks = ",".join("?" for _ in ids)
    return {r["id"] for r in store.db.query(f"select id from pipelines where id in ({marks})", list(ids))}


def insert_pipelines(store: Store, rows: Sequence[PipelineRow]) -> None:
    """Insert new pipelines (one already stored is left as it is)."""
    if rows:
        store.db["pipelines"].insert_all([dict(r) for r in rows], pk="id", ignore=True)


def pipeline_record(store: Store, pipeline_id: str) -> PipelineRow:
    """The stored pipeline row (empty if unknown), as ``record_failed_jobs`` takes it."""
    return next(iter(store.db.query("select * from pipelines where id = ?", [pipeline_id])), {})  # type: ignore[return-value]


def open_pipelines(store: Store, now: datetime) -> list[PipelineRow]:
    """Open pipelines of watched projects not resting after a refusal, oldest first."""
    return list(store.db.query(  # type: ignore[arg-type]
        "select p.* from pipelines p join projects pr on pr.slug = p.project_slug "
        "where p.open = 1 and pr.active = 1 and (pr.skip_until is null or pr.skip_until <= ?) "
        "order by p.created_at", [iso(now)]))


def pipelines_to_recheck(store: Store, now: datetime) -> list[PipelineRow]:
    """Closed pipelines (of watched, not resting projects) whose recheck is due, earliest first."""
    return list(store.db.query(  # type: ignore[arg-type]
        "select p.* from pipelines p join projects pr on pr.slug = p.project_slug "
        "where p.open = 0 and p.recheck_at is not null and p.recheck_at <= ? and pr.active = 1 "
        "and (pr.skip_until is null or pr.skip_until <= ?) order by p.recheck_at", [iso(now), iso(now)]))


def reopen_pipeline(store: Store, pipeline_id: str) -> None:
    """Open a closed pipeline again (a newer workflow joined it), to be revisited like any open one; a pipeline we
    never stored is left alone."""
    store.db.execute("update pipelines set open = 1, closed_at = null, last_checked_at = null where id = ?",
                     [pipeline_id])


def update_pipeline(store: Store, pipeline_id: str, changes: PipelineChanges) -> None:
    """Open, close or reschedule a pipeline."""
    store.db["pipelines"].update(pipeline_id, dict(changes))


# --------------------------------------------------------------------------- workflows


@dataclass(frozen=True)
class StoredWorkflow:
    """A stored workflow's status word (the provider's) and when it stopped."""

    id: str
    status: str
    stopped_at: str | None
    collected: bool  # its failed jobs are recorded
    manual_rerun: bool  # a person's rerun (in ``manual_reruns``)


def upsert_workflow(store: Store, wf: WorkflowRun, now: datetime, *, project_slug: str | None = None) -> None:
    """Store a workflow run as the provider reported it (its own status word and counters)."""
    store.db.execute(
        "insert into workflows (id, pipeline_id, project_slug, pipeline_number, name, status, created_at, "
        "stopped_at, auto_rerun_number, max_auto_reruns, collected, first_seen_at, updated_at, tag) "
        "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?) on conflict(id) do update set "
        "status = excluded.status, stopped_at = excluded.stopped_at, "
        "auto_rerun_number = excluded.auto_rerun_number, max_auto_reruns = excluded.max_auto_reruns, "
        "updated_at = excluded.updated_at, tag = excluded.tag",
        [wf.id, wf.pipeline_id, project_slug or wf.project_slug, wf.pipeline_number, wf.name, wf.status,
         wf.created_at, wf.stopped_at, wf.auto_reruns_done, wf.auto_reruns_allowed, iso(now), iso(now), wf.tag],
    )


def workflow_ids(store: Store, pipeline_id: str) -> set[str]:
    """The ids of a pipeline's stored workflows."""
    return {r["id"] for r in store.db.query("select id from workflows where pipeline_id = ?", [pipeline_id])}


def workflows_of(store: Store, pipeline_id: str) -> dict[str, StoredWorkflow]:
    """A pipeline's stored workflows by id."""
    return {r["id"]: StoredWorkflow(id=r["id"], status=r["status"] or "", stopped_at=r["stopped_at"],
                                    collected=bool(r["collected"]), manual_rerun=r["manual"] is not None)
            for r in store.db.query(
                "select w.id, w.status, w.stopped_at, w.collected, m.new_workflow_id as manual from workflows w "
                "left join manual_reruns m on m.new_workflow_id = w.id where w.pipeline_id = ?", [pipeline_id])}


def uncollected_statuses(store: Store, pipeline_id: str) -> list[str]:
    """The status words of a pipeline's workflows whose failed jobs are not recorded yet."""
    return [r["status"] for r in store.db.query(
        "select status from workflows where pipeline_id = ? and collected = 0", [pipeline_id])]


def workflow_collected(store: Store, workflow_id: str) -> bool:
    """Whether a stored workflow's failed jobs are recorded (False for an unknown one)."""
    row = store.db.execute("select collected from workflows where id = ?", [workflow_id]).fetchone()
    return bool(row and row[0])


def link_rerun(store: Store, new_workflow_id: str, original_workflow_id: str, *,
               keep_existing: bool = False) -> None:
    """Mark a stored workflow as the rerun of another (``workflows.rerun_of``); with
    ``keep_existing`` a link already there stays."""
    if keep_existing:
        store.db.execute("update workflows set rerun_of = coalesce(rerun_of, ?) where id = ?",
                         [original_workflow_id, new_workflow_id])
    else:
        store.db.execute("update workflows set rerun_of = ? where id = ?", [original_workflow_id, new_workflow_id])


# --------------------------------------------------------------------------- failures


class NewFailure(TypedDict):
    """A failed job as intake records it (``failures`` row without its later columns)."""

    key: str  # "<workflow id>:<job id>", unique
    project_slug: str
    pipeline_id: str
    pipeline_number: int | None
    branch: str | None
    revision: str | None
    workflow_id: str
    workflow_name: str
    job_id: str
    job_number: int | None
    job_name: str
    job_status: str
    started_at: str | None
    stopped_at: str | None
    detected_at: str
    state: FailureState
    origin: str  # poll, webhook, followup or manual_rerun


def record_failures(store: Store, workflow_id: str, failures: Sequence[NewFailure]) -> list[int]:
    """Insert a workflow's failed jobs (those already recorded are skipped) and mark the workflow
    collected; return the ids of the new failure rows."""
    new_ids = []
    with store.atomic():
        for row in failures:
            cur = store.db.execute(
                "insert into failures (" + ", ".join(row) + ") values (" + ", ".join("?" for _ in row)
                + ") on conflict(key) do nothing",
                list(row.values()),
            )
            if cur.rowcount:
                new_ids.append(int(cur.lastrowid))  # type: ignore[arg-type]
        store.db.execute("update workflows set collected = 1 where id = ?", [workflow_id])
    return new_ids


def uncollected_failure_records(store: Store, workflow_id: str) -> list[dict[str, Any]]:
    """A workflow's failure rows still without evidence, as the evidence collector takes them."""
    return [r for r in store.db.query("select * from failures where workflow_id = ?", [workflow_id])
            if r["state"] == FailureState.NEW]


def workflow_fingerprints(store: Store, workflow_id: str) -> set[str]:
    """The fingerprints of a workflow's failed jobs (those collected so far)."""
    return {r["fingerprint"] for r in store.db.query(
        "select fingerprint from failures where workflow_id = ? and fingerprint is not null", [workflow_id])}


def uncollected_failures(store: Store, workflow_id: str) -> int:
    """How many of a workflow's failed jobs have no evidence (so no fingerprint) yet."""
    return int(store.db.execute("select count(*) from failures where workflow_id = ? and state = ?",
                                [workflow_id, FailureState.NEW]).fetchone()[0])


# --------------------------------------------------------------------------- reruns seen by intake


def our_rerun_of(store: Store, workflow_id: str) -> str | None:
    """The original workflow if ``workflow_id`` is a rerun triage-agent sent, else None."""
    row = next(iter(store.db.query(
        "select original_workflow_id from reruns where new_workflow_id = ?", [workflow_id])), None)
    return row["original_workflow_id"] if row else None


def rerun_is_ours(store: Store, new_workflow_id: str, original_workflow_id: str) -> bool:
    """Whether a rerun was sent by us: recorded as ours, or an approved rerun proposal of the
    original workflow is executing or executed (sent, the new workflow not recorded yet)."""
    return store.db.execute(
        "select 1 from reruns where new_workflow_id = ? union all select 1 from proposals "
        "where action = ? and workflow_id = ? and status in (?, ?) limit 1",
        [new_workflow_id, Action.RERUN, original_workflow_id, ProposalStatus.EXECUTING,
         ProposalStatus.EXECUTED]).fetchone() is not None


def record_manual_rerun(store: Store, *, new_workflow_id: str, original_workflow_id: str, pipeline_id: str,
                        project_slug: str, workflow_name: str, now: datetime) -> bool:
    """Record a rerun a person made (running); False when it was recorded before."""
    cur = store.db.execute(
        "insert into manual_reruns (new_workflow_id, original_workflow_id, pipeline_id, project_slug, "
        "workflow_name, detected_at, status) values (?, ?, ?, ?, ?, ?, ?) "
        "on conflict(new_workflow_id) do nothing",
        [new_workflow_id, original_workflow_id, pipeline_id, project_slug, workflow_name, iso(now),
         RerunStatus.RUNNING])
    return bool(cur.rowcount)
