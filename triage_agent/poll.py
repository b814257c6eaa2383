"""Incremental polling: new pipelines since the cursor, running workflows until terminal, failed jobs.

Cost model: an idle organization (org feed) or an idle project (per-project listing) costs one
request per cycle; a pipeline costs one request per cycle while its workflows run; a failed
workflow costs one more request (its jobs) once.

Crash safety: new pipelines and the cursor that covers them are committed together, and a
pipeline stays ``open`` until its failed jobs are committed, so a kill at any point is
recovered by the next cycle; failure rows are unique per (workflow, job), so nothing is
recorded twice.
"""

from __future__ import annotations

import fnmatch
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from .circleci import CircleCIClient, Pipeline, Workflow
from .config import CircleCISettings, PollingSettings
from .errors import AuthError, BadResponse, CircleCIError, NotFound, PermissionDenied
from .models import FAILED_JOB_STATUSES, FAILED_WORKFLOW_STATUSES, TERMINAL_WORKFLOW_STATUSES
from .store import Store
from .timeutil import iso, parse

log = logging.getLogger(__name__)

# Pipelines can become visible in a listing slightly out of created_at order; re-reading a
# short overlap behind the cursor (deduplicated by id) makes sure none slips through.
CURSOR_OVERLAP = timedelta(minutes=10)
# A project that answers 403/404 is skipped this long before it is tried again.
SKIP_AFTER_DENIED = timedelta(hours=1)


@dataclass
class PollResult:
    """What one poll pass saw."""

    projects_checked: int = 0
    new_pipelines: int = 0
    pipelines_checked: int = 0
    new_failure_ids: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped_projects: list[str] = field(default_factory=list)


def branch_watched(branch: str, patterns: Iterable[str]) -> bool:
    """Whether a pipeline's branch passes the configured filters (no filters: everything)."""
    patterns = list(patterns)
    if not patterns:
        return True
    return bool(branch) and any(fnmatch.fnmatchcase(branch, p) for p in patterns)


def _active_projects(store: Store, now: datetime) -> list[dict[str, Any]]:
    return list(store.db.query(
        "select * from projects where active = 1 and (skip_until is null or skip_until <= ?) order by slug",
        [iso(now)],
    ))


def _known_pipeline_ids(store: Store, ids: list[str]) -> set[str]:
    if not ids:
        return set()
    marks = ",".join("?" for _ in ids)
    return {r["id"] for r in store.db.query(f"select id from pipelines where id in ({marks})", ids)}


def _pipeline_row(p: Pipeline, now: datetime) -> dict[str, Any]:
    return {
        "id": p.id, "project_slug": p.project_slug, "number": p.number, "branch": p.branch,
        "revision": p.revision, "commit_subject": p.commit_subject, "created_at": p.created_at,
        "state": p.state, "trigger_type": p.trigger_type, "actor": p.actor, "open": 1,
        "first_seen_at": iso(now),
    }


# Pipeline lists are read down to the cursor, which bounds the work; this cap is only a guard
# against an API that never stops paging, so it is far above circleci.page_cap.
PIPELINE_PAGE_CAP = 1000


def _scan(pages: Iterator[list[Pipeline]], *, floor: datetime, accept) -> tuple[list[Pipeline], str | None]:
    """Read pages newest-first until pipelines are older than ``floor``. Return the accepted ones
    and the newest created_at at or above the floor (the next cursor): a pipeline below the
    floor never moves the cursor, or an old one would be read again next cycle."""
    found: list[Pipeline] = []
    newest: datetime | None = None
    for page in pages:
        reached = False
        for p in page:
            created = parse(p.created_at)
            if created is not None and created < floor:
                reached = True
                continue
            if created is not None and (newest is None or created > newest):
                newest = created
            if accept(p):
                found.append(p)
        if reached:
            break
    return found, iso(newest) if newest else None


def _record_pipelines(store: Store, found: list[Pipeline], now: datetime) -> list[Pipeline]:
    """Insert the pipelines not seen before; return those."""
    known = _known_pipeline_ids(store, [p.id for p in found])
    fresh, seen = [], set()
    for p in found:
        if p.id in known or p.id in seen:
            continue
        seen.add(p.id)
        fresh.append(p)
    if fresh:
        store.db["pipelines"].insert_all([_pipeline_row(p, now) for p in fresh], pk="id", ignore=True)
    return fresh


def _floor_for(cursor: str | None, last_scan: str | None, now: datetime, lookback_hours: float) -> datetime:
    """How far back to read: to the cursor, and far enough behind the last scan to catch a
    pipeline that became visible late. A pipeline created well before the last scan was
    visible to it, so an idle project's old cursor needs no overlap (one page, not several)."""
    start = parse(cursor) if cursor else None
    if start is None:
        return now - timedelta(hours=lookback_hours)
    scanned = parse(last_scan) if last_scan else None
    if scanned is None:
        return start - CURSOR_OVERLAP
    return min(start, scanned - CURSOR_OVERLAP)


def poll_project(client: CircleCIClient, store: Store, project: dict[str, Any], circleci: CircleCISettings,
                 polling: PollingSettings, now: datetime) -> int:
    """List one project's pipelines newest-first down to its cursor; return how many were new."""
    slug = project["slug"]
    floor = _floor_for(project["cursor_created_at"], project["last_polled_at"], now, polling.lookback_hours)
    found, newest = _scan(
        client.project_pipelines(slug, page_cap=PIPELINE_PAGE_CAP), floor=floor,
        accept=lambda p: branch_watched(p.branch, circleci.branches),
    )
    with store.atomic():
        fresh = _record_pipelines(store, found, now)
        update: dict[str, Any] = {"last_polled_at": iso(now), "last_error": None, "skip_until": None}
        cursor = max(filter(None, [project["cursor_created_at"], newest]), default=None)
        update["cursor_created_at"] = cursor or iso(now - timedelta(hours=polling.lookback_hours))
        store.db["projects"].update(slug, update)
    return len(fresh)


def poll_org(client: CircleCIClient, store: Store, org_slug: str, projects: list[dict[str, Any]],
             circleci: CircleCISettings, polling: PollingSettings, now: datetime) -> int:
    """One org-wide feed for all its watched projects; return how many pipelines were new."""
    watched = {p["slug"] for p in projects}
    row = next(iter(store.db.query(
        "select cursor_created_at, updated_at from org_cursors where org_slug = ?", [org_slug])), None)
    cursor = row["cursor_created_at"] if row else None
    floor = _floor_for(cursor, row["updated_at"] if row else None, now, polling.lookback_hours)
    found, newest = _scan(
        client.org_pipelines(org_slug, page_cap=PIPELINE_PAGE_CAP), floor=floor,
        accept=lambda p: p.project_slug in watched and branch_watched(p.branch, circleci.branches),
    )
    with store.atomic():
        fresh = _record_pipelines(store, found, now)
        new_cursor = max(filter(None, [cursor, newest]), default=None) or iso(
            now - timedelta(hours=polling.lookback_hours))
        store.db["org_cursors"].upsert(
            {"org_slug": org_slug, "cursor_created_at": new_cursor, "updated_at": iso(now)}, pk="org_slug"
        )
        for slug in watched:
            # The org feed now covers these projects; a per-project backfill is only for
            # projects that join after the feed's cursor exists.
            store.db.execute(
                "update projects set last_polled_at = ?, last_error = null, "
                "cursor_created_at = coalesce(cursor_created_at, ?) where slug = ?",
                [iso(now), new_cursor, slug],
            )
    return len(fresh)


def _plan(store: Store, projects: list[dict[str, Any]], strategy: str) -> tuple[dict[str, list], list]:
    """Split projects into org feeds and per-project listings."""
    orgs: dict[str, list] = {}
    singles: list = []
    known_org_cursors = {r["org_slug"] for r in store.db.query("select org_slug from org_cursors")}
    for p in projects:
        use_org = strategy == "org" or (strategy == "auto" and p["source"] == "followed")
        if use_org:
            orgs.setdefault(p["org_slug"], []).append(p)
        else:
            singles.append(p)
    for org, members in list(orgs.items()):
        if strategy == "auto" and len(members) > 250:
            # The org feed covers the 250 most recently built followed projects only.
            singles.extend(members)
            del orgs[org]
            continue
        if org in known_org_cursors:
            # Projects that joined after the org cursor was set get one per-project backfill.
            for p in members:
                if p["cursor_created_at"] is None:
                    singles.append(p)
    return orgs, singles


def _denied(store: Store, slug: str, exc: CircleCIError, now: datetime, result: PollResult) -> None:
    message = f"{slug}: {exc}; skipped for {int(SKIP_AFTER_DENIED.total_seconds() // 60)} minutes"
    log.warning("%s", message)
    result.warnings.append(message)
    result.skipped_projects.append(slug)
    store.db["projects"].update(slug, {"last_error": str(exc)[:300], "skip_until": iso(now + SKIP_AFTER_DENIED)})


def discover_new_pipelines(client: CircleCIClient, store: Store, circleci: CircleCISettings,
                           polling: PollingSettings, now: datetime, result: PollResult) -> None:
    """Find pipelines created since the cursors, per org feed or per project."""
    projects = _active_projects(store, now)
    result.projects_checked = len(projects)
    orgs, singles = _plan(store, projects, circleci.poll_strategy)
    for org_slug, members in sorted(orgs.items()):
        try:
            result.new_pipelines += poll_org(client, store, org_slug, members, circleci, polling, now)
        except AuthError:
            raise
        except CircleCIError as exc:
            log.warning("org feed %s failed (%s); listing its projects one by one this cycle", org_slug, exc)
            result.warnings.append(f"{org_slug}: org feed failed ({exc})")
            singles.extend(members)
    for project in singles:
        try:
            result.new_pipelines += poll_project(client, store, project, circleci, polling, now)
        except AuthError:
            raise
        except (PermissionDenied, NotFound) as exc:
            _denied(store, project["slug"], exc, now, result)
        except CircleCIError as exc:
            message = f"{project['slug']}: {exc}"
            log.warning("skipping this cycle: %s", message)
            result.warnings.append(message)
            store.db["projects"].update(project["slug"], {"last_error": str(exc)[:300]})


def _upsert_workflow(store: Store, wf: Workflow, now: datetime) -> None:
    store.db.execute(
        "insert into workflows (id, pipeline_id, project_slug, pipeline_number, name, status, created_at, "
        "stopped_at, auto_rerun_number, max_auto_reruns, collected, first_seen_at, updated_at) "
        "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) on conflict(id) do update set "
        "status = excluded.status, stopped_at = excluded.stopped_at, "
        "auto_rerun_number = excluded.auto_rerun_number, max_auto_reruns = excluded.max_auto_reruns, "
        "updated_at = excluded.updated_at",
        [wf.id, wf.pipeline_id, wf.project_slug, wf.pipeline_number, wf.name, wf.status, wf.created_at,
         wf.stopped_at, wf.auto_rerun_number, wf.max_auto_reruns, iso(now), iso(now)],
    )


def record_failed_jobs(client: CircleCIClient, store: Store, wf: Workflow, pipeline: dict[str, Any],
                       now: datetime, *, origin: str = "poll") -> list[int]:
    """Read a failed workflow's jobs and commit its failed ones (once); return new failure ids."""
    jobs = client.workflow_jobs(wf.id)
    new_ids = []
    with store.atomic():
        for job in jobs:
            if job.type != "build" or job.status not in FAILED_JOB_STATUSES:
                continue
            key = f"{wf.id}:{job.id}"
            row = {
                "key": key, "project_slug": wf.project_slug, "pipeline_id": wf.pipeline_id,
                "pipeline_number": wf.pipeline_number or pipeline.get("number"),
                "branch": pipeline.get("branch"), "revision": pipeline.get("revision"),
                "workflow_id": wf.id, "workflow_name": wf.name, "job_id": job.id,
                "job_number": job.job_number, "job_name": job.name, "job_status": job.status,
                "started_at": job.started_at, "stopped_at": job.stopped_at, "detected_at": iso(now),
                "state": "new", "origin": origin,
            }
            cur = store.db.execute(
                "insert into failures (" + ", ".join(row) + ") values (" + ", ".join("?" for _ in row)
                + ") on conflict(key) do nothing",
                list(row.values()),
            )
            if cur.rowcount:
                new_ids.append(int(cur.lastrowid))
        store.db.execute("update workflows set collected = 1 where id = ?", [wf.id])
    return new_ids


def _due(pipeline: dict[str, Any], now: datetime) -> bool:
    """Whether an open pipeline should be re-read now: every cycle while young, then less often
    (a sixth of its age, at most every 30 minutes), so parked on-hold workflows stay cheap."""
    created, checked = parse(pipeline["created_at"]), parse(pipeline["last_checked_at"])
    if created is None or checked is None:
        return True
    interval = min((now - created) / 6, timedelta(minutes=30))
    return now - checked >= interval


def check_open_pipelines(client: CircleCIClient, store: Store, polling: PollingSettings, now: datetime,
                         result: PollResult) -> None:
    """Revisit pipelines whose workflows were not all terminal; collect failed jobs once terminal."""
    rows = list(store.db.query(
        "select p.* from pipelines p join projects pr on pr.slug = p.project_slug "
        "where p.open = 1 and pr.active = 1 and (pr.skip_until is null or pr.skip_until <= ?) "
        "order by p.created_at", [iso(now)]))
    max_age = timedelta(hours=polling.open_pipeline_max_hours)
    for pipeline in rows:
        if not _due(pipeline, now):
            continue
        result.pipelines_checked += 1
        try:
            workflows = client.pipeline_workflows(pipeline["id"])
        except AuthError:
            raise
        except NotFound:
            log.warning("pipeline %s of %s is gone; closing it", pipeline["number"], pipeline["project_slug"])
            store.db["pipelines"].update(pipeline["id"], {"open": 0, "closed_at": iso(now)})
            continue
        except CircleCIError as exc:
            result.warnings.append(f"{pipeline['project_slug']} pipeline {pipeline['number']}: {exc}")
            continue
        for wf in workflows:
            _upsert_workflow(store, wf, now)
        collected = {r["id"] for r in store.db.query(
            "select id from workflows where pipeline_id = ? and collected = 1", [pipeline["id"]])}
        all_done = True
        for wf in workflows:
            if wf.status not in TERMINAL_WORKFLOW_STATUSES:
                all_done = False
                continue
            if wf.status in FAILED_WORKFLOW_STATUSES and wf.id not in collected:
                try:
                    result.new_failure_ids.extend(record_failed_jobs(client, store, wf, pipeline, now))
                except AuthError:
                    raise
                except (CircleCIError, BadResponse) as exc:
                    all_done = False
                    result.warnings.append(f"{wf.project_slug} workflow {wf.name}: {exc}")
        created = parse(pipeline["created_at"])
        too_old = created is not None and now - created > max_age
        errored = not workflows and pipeline["state"] == "errored"
        update: dict[str, Any] = {"last_checked_at": iso(now)}
        if (workflows and all_done) or errored or too_old:
            update.update({"open": 0, "closed_at": iso(now)})
            if too_old and not all_done:
                log.info("pipeline %s of %s still not finished after %.0fh; no longer revisited",
                         pipeline["number"], pipeline["project_slug"], polling.open_pipeline_max_hours)
        store.db["pipelines"].update(pipeline["id"], update)


def poll(client: CircleCIClient, store: Store, circleci: CircleCISettings, polling: PollingSettings,
         now: datetime) -> PollResult:
    """One poll pass: new pipelines, then every open pipeline; failed jobs become failure rows."""
    result = PollResult()
    discover_new_pipelines(client, store, circleci, polling, now, result)
    check_open_pipelines(client, store, polling, now, result)
    return result
