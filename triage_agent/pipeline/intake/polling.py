"""Incremental polling: new pipelines since the cursor, running workflows until terminal, failed jobs.

Which call reads which project (``plan``):

- the org feed (``GET /pipeline?org-slug=``) only where it is complete: projects the token user
  follows, among the 250 most recently built of the organization (the spec: the feed covers
  "the most recently built followed projects (max 250 projects)");
- every other project on its own (``GET /project/{slug}/pipeline``), on an adaptive schedule: a
  project that has not built for a long time is read rarely (at most every
  ``polling.quiet_project_max_minutes``), one that just built or failed every cycle.

Cost model: an idle organization costs its feed per cycle plus the quiet projects that come due;
a pipeline costs one request per cycle while its workflows run; a failed workflow costs one more
request (its jobs) once; a closed pipeline with a failed workflow is re-read twice (after 20
minutes and 2 hours after it failed) to catch reruns made by people.

Crash safety: new pipelines and the cursor that covers them are committed together, and a
pipeline stays ``open`` until its failed jobs are committed, so a kill at any point is
recovered by the next cycle; failure rows are unique per (workflow, job), so nothing is
recorded twice.
"""

from __future__ import annotations

import fnmatch
import logging
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ...config import CircleCISettings, PollingSettings
from ...core.ci import Pipeline, RunState, WorkflowRun
from ...core.states import FailureState
from ...errors import AuthError, BadResponse, CircleCIError, NotFound, PermissionDenied, Throttled
from ...ports import CIProvider
from ...store import Store
from ...store import failures as store_failures
from ...store import projects as store_projects
from ...store.failures import NewFailure, PipelineChanges, PipelineRow
from ...store.projects import ProjectRow
from ...timeutil import iso, parse
from ..gone import GoneCheck

log = logging.getLogger(__name__)

# Pipelines can become visible in a listing slightly out of created_at order; re-reading a
# short overlap behind the cursor (deduplicated by id) makes sure none slips through.
CURSOR_OVERLAP = timedelta(minutes=10)
# A project that answers 403/404 is skipped this long before it is tried again.
SKIP_AFTER_DENIED = timedelta(hours=1)
# The org feed covers this many followed projects: the most recently built ones.
FEED_PROJECT_LIMIT = 250
# Idle time divided by this is the wait before a quiet project is read again (bounded below by
# the cycle and above by polling.quiet_project_max_minutes): a day idle -> 3 hours.
QUIET_DIVISOR = 8
# After a setup workflow (dynamic config) succeeded, its continuation workflows may take a
# while to appear in the same pipeline: keep it open this long before closing it anyway.
SETUP_WAIT = timedelta(minutes=30)
# A closed pipeline with a failed workflow is re-read after these delays, to see reruns made by
# people (they add workflows to a pipeline that is already closed).
RECHECK_AFTER = (timedelta(minutes=20), timedelta(hours=2))
# A failure younger than this makes its project due at once (read every cycle for a while).
FRESH_FAILURE = timedelta(hours=1)

ProgressFn = Callable[[dict[str, Any]], None]


@dataclass
class PollResult:
    """What one poll pass saw."""

    projects_checked: int = 0
    new_pipelines: int = 0
    pipelines_checked: int = 0
    new_failure_ids: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped_projects: list[str] = field(default_factory=list)
    projects_read: int = 0  # per-project listings this pass (the adaptive ones that came due)
    feeds_read: int = 0
    manual_reruns: int = 0


def branch_watched(branch: str, patterns: Iterable[str]) -> bool:
    """Whether a pipeline's branch passes the configured filters (no filters: everything)."""
    patterns = list(patterns)
    if not patterns:
        return True
    return bool(branch) and any(fnmatch.fnmatchcase(branch, p) for p in patterns)


def _pipeline_row(p: Pipeline, slug: str, now: datetime) -> PipelineRow:
    return {
        "id": p.id, "project_slug": slug, "number": p.number, "branch": p.branch,
        "revision": p.revision, "commit_subject": p.commit_subject, "created_at": p.created_at,
        "state": p.state, "trigger_type": p.trigger_type, "actor": p.actor, "open": 1,
        "first_seen_at": iso(now), "updated_at": p.updated_at or None,
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


def _record_pipelines(store: Store, found: list[tuple[Pipeline, str]], now: datetime) -> list[Pipeline]:
    """Insert the pipelines not seen before, each under its watched project's slug; return those.
    Each project's newest pipeline also becomes its ``last_pipeline_at`` (its activity)."""
    known = store_failures.known_pipeline_ids(store, [p.id for p, _ in found])
    fresh, seen = [], set()
    rows: list[PipelineRow] = []
    newest: dict[str, str] = {}
    for p, slug in found:
        if p.created_at and p.created_at > newest.get(slug, ""):
            newest[slug] = p.created_at
        if p.id in known or p.id in seen:
            continue
        seen.add(p.id)
        fresh.append(p)
        rows.append(_pipeline_row(p, slug, now))
    store_failures.insert_pipelines(store, rows)
    for slug, created in newest.items():
        store_projects.note_pipeline_at(store, slug, created)
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


def warn_once(store: Store, key: str, message: str, result: PollResult | None = None) -> bool:
    """Log (and add to the cycle's warnings) a message only the first time ``key`` is seen."""
    marker = f"warned:{key}"
    if store.get_kv(marker) is not None:
        return False
    store.set_kv(marker, "1")
    log.warning("%s", message)
    if result is not None:
        result.warnings.append(message)
    return True


# --------------------------------------------------------------------------- adaptive schedule


def quiet_interval(project: ProjectRow, polling: PollingSettings, now: datetime) -> timedelta:
    """How long a project listed on its own may go unread: an eighth of the time since it last
    built or failed, at least one cycle, at most ``polling.quiet_project_max_minutes``."""
    base = timedelta(seconds=polling.interval_seconds)
    cap = max(base, timedelta(minutes=polling.quiet_project_max_minutes))
    activity = max(filter(None, [parse(project.get("last_pipeline_at")), parse(project.get("last_failure_at"))]),
                   default=None)
    if activity is None:
        return cap
    return min(cap, max(base, (now - activity) / QUIET_DIVISOR))


def _spread(slug: str, now: datetime) -> float:
    """A fraction in [0, 1) fixed by the project and the moment, to spread reads over cycles."""
    return (zlib.crc32(f"{slug}|{iso(now)}".encode()) % 10_000) / 10_000


def next_poll_at(project: ProjectRow, polling: PollingSettings, now: datetime) -> datetime:
    """When a project read on its own now is due again. A project's first schedule is spread
    over the whole interval, later ones by +-15 %, so thousands of quiet projects read in one
    first cycle do not all come due together again."""
    interval = quiet_interval(project, polling, now)
    if interval <= timedelta(seconds=polling.interval_seconds):
        return now + interval
    if not project.get("next_poll_at"):
        return now + interval * (0.1 + 0.9 * _spread(project["slug"], now))
    return now + interval * (0.85 + 0.3 * _spread(project["slug"], now))


def _due(project: ProjectRow, now: datetime) -> bool:
    due = parse(project.get("next_poll_at"))
    return due is None or due <= now


# --------------------------------------------------------------------------- the plan


@dataclass
class Plan:
    """Which call reads which project this cycle, and why (``check`` shows the same)."""

    feeds: dict[str, list[ProjectRow]] = field(default_factory=dict)  # org -> covered projects
    listed: list[ProjectRow] = field(default_factory=list)  # read on their own this cycle
    resting: list[ProjectRow] = field(default_factory=list)  # on their own, not due yet
    watched_by_org: dict[str, list[ProjectRow]] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)  # slug -> how it is polled


def covered_by_feed(project: ProjectRow, horizon: str | None, strategy: str) -> bool:
    """Whether the org feed is complete for this project: it must be followed by the token user
    and (with more than 250 followed projects in the org) among the most recently built."""
    if not project.get("followed"):
        return False
    if strategy == "org" or horizon is None:
        return True
    last = project.get("last_pipeline_at")
    return bool(last) and last >= horizon


def plan(store: Store, projects: list[ProjectRow], strategy: str, now: datetime) -> Plan:
    """Split projects into org feeds (where complete) and per-project listings (when due)."""
    out = Plan()
    known_org_cursors = store_projects.org_cursor_slugs(store)
    horizons: dict[str, str | None] = {}
    for p in projects:
        org = p["org_slug"]
        out.watched_by_org.setdefault(org, []).append(p)
        if org not in horizons:
            horizons[org] = store_projects.feed_horizon(store, org)
        if strategy != "project" and covered_by_feed(p, horizons[org], strategy):
            out.feeds.setdefault(org, []).append(p)
            if org in known_org_cursors and p["cursor_created_at"] is None:
                # A project that joined after the feed's cursor exists gets one backfill of its own.
                out.listed.append(p)
                out.reasons[p["slug"]] = "org feed (backfilled on its own once)"
            else:
                out.reasons[p["slug"]] = "org feed"
            continue
        if not p.get("followed"):
            why = "on its own: not followed by the token user, so not in the org feed"
        elif strategy == "project":
            why = "on its own (poll_strategy = project)"
        else:
            why = "on its own: not among the org's 250 most recently built followed projects"
        out.reasons[p["slug"]] = why
        if _due(p, now):
            out.listed.append(p)
        else:
            out.resting.append(p)
    return out


# --------------------------------------------------------------------------- reading pipelines


def poll_project(provider: CIProvider, store: Store, project: ProjectRow, circleci: CircleCISettings,
                 polling: PollingSettings, now: datetime, result: PollResult | None = None) -> int:
    """List one project's pipelines newest-first down to its cursor; return how many were new."""
    slug = project["slug"]
    canonical_key = provider.project_key
    key = canonical_key(slug)
    floor = _floor_for(project["cursor_created_at"], project["last_polled_at"], now, polling.lookback_hours)

    def accept(p: Pipeline) -> bool:
        if canonical_key(p.project_slug) != key:
            warn_once(store, f"slug:{p.project_slug}",
                      f"{slug}: CircleCI lists its pipelines under {p.project_slug}, which is not a "
                      "watched project's slug; they are recorded under the watched one", result)
        return branch_watched(p.branch, circleci.branches)

    found, newest = _scan(provider.project_pipelines(slug, page_cap=PIPELINE_PAGE_CAP), floor=floor, accept=accept)
    with store.atomic():
        fresh = _record_pipelines(store, [(p, slug) for p in found], now)
        row = store_projects.project(store, slug)
        update: dict[str, Any] = {"last_polled_at": iso(now), "last_error": None, "skip_until": None}
        cursor = max(filter(None, [project["cursor_created_at"], newest]), default=None)
        update["cursor_created_at"] = cursor or iso(now - timedelta(hours=polling.lookback_hours))
        due = iso(next_poll_at({**row, **update}, polling, now))
        store_projects.project_polled(store, slug, now, cursor=update["cursor_created_at"], next_poll_at=due)
    return len(fresh)


def poll_org(provider: CIProvider, store: Store, org_slug: str, covered: list[ProjectRow],
             watched: list[ProjectRow], circleci: CircleCISettings, polling: PollingSettings,
             now: datetime) -> int:
    """One org-wide feed; return how many pipelines were new.

    Pipelines of every watched project of the org are taken from it (a quiet project that builds
    shows up here first), but only the ``covered`` ones count as read: the rest keep their own
    schedule, since the feed is not complete for them.
    """
    canonical_key = provider.project_key
    by_key = {canonical_key(p["slug"]): p["slug"] for p in watched}
    row = store_projects.org_cursor(store, org_slug)
    cursor = row.cursor_created_at if row else None
    floor = _floor_for(cursor, row.updated_at if row else None, now, polling.lookback_hours)
    found, newest = _scan(
        provider.org_pipelines(org_slug, page_cap=PIPELINE_PAGE_CAP), floor=floor,
        accept=lambda p: canonical_key(p.project_slug) in by_key and branch_watched(p.branch, circleci.branches),
    )
    with store.atomic():
        fresh = _record_pipelines(store, [(p, by_key[canonical_key(p.project_slug)]) for p in found], now)
        new_cursor = max(filter(None, [cursor, newest]), default=None) or iso(
            now - timedelta(hours=polling.lookback_hours))
        store_projects.set_org_cursor(store, org_slug, new_cursor, now)
        for p in covered:
            # The org feed now covers these projects; a per-project backfill is only for
            # projects that join after the feed's cursor exists.
            store_projects.feed_read(store, p["slug"], now, new_cursor)
    return len(fresh)


def _denied(store: Store, slug: str, exc: CircleCIError, now: datetime, result: PollResult) -> None:
    message = f"{slug}: {exc}; skipped for {int(SKIP_AFTER_DENIED.total_seconds() // 60)} minutes"
    log.warning("%s", message)
    result.warnings.append(message)
    result.skipped_projects.append(slug)
    store_projects.project_refused(store, slug, str(exc), now + SKIP_AFTER_DENIED)


def discover_new_pipelines(provider: CIProvider, store: Store, circleci: CircleCISettings,
                           polling: PollingSettings, now: datetime, result: PollResult, *,
                           gone: GoneCheck | None = None, progress: ProgressFn | None = None) -> None:
    """Find pipelines created since the cursors, per org feed or per project (when due)."""
    gone = gone or GoneCheck(provider, store, now)
    projects: list[ProjectRow] = list(store_projects.active_projects(store, now))
    result.projects_checked = len(projects)
    the_plan = plan(store, projects, circleci.poll_strategy, now)
    singles = list(the_plan.listed)
    for slug, why in the_plan.reasons.items():
        if circleci.poll_strategy == "org" and why.startswith("on its own: not followed"):
            warn_once(store, f"org-strategy-unfollowed:{slug}",
                      f"{slug}: poll_strategy = org, but the token user does not follow it, so the org "
                      "feed never shows it; it is polled on its own", result)
    total = len(the_plan.feeds) + len(singles)
    done = 0

    def tick() -> None:
        if progress is not None:
            progress({"done": done, "total": total, "requests": provider.usage.total,
                      "paused_for": provider.budget.paused_for, "rate_per_minute": provider.budget.rate * 60})

    for org_slug, covered in sorted(the_plan.feeds.items()):
        try:
            result.new_pipelines += poll_org(provider, store, org_slug, covered, the_plan.watched_by_org[org_slug],
                                             circleci, polling, now)
            result.feeds_read += 1
        except (AuthError, Throttled):
            raise
        except CircleCIError as exc:
            log.warning("org feed %s failed (%s); listing its projects one by one this cycle", org_slug, exc)
            result.warnings.append(f"{org_slug}: org feed failed ({exc})")
            listed = {p["slug"] for p in singles}
            singles.extend(p for p in covered if p["slug"] not in listed)
            total = len(the_plan.feeds) + len(singles)
        done += 1
        tick()
    for project in singles:
        try:
            result.new_pipelines += poll_project(provider, store, project, circleci, polling, now, result)
            result.projects_read += 1
        except (AuthError, Throttled):
            raise
        except NotFound as exc:
            # A refused token also answers 404 here: /me tells which (AuthError ends the cycle).
            gone.confirm_token()
            _denied(store, project["slug"], exc, now, result)
        except PermissionDenied as exc:
            _denied(store, project["slug"], exc, now, result)
        except CircleCIError as exc:
            message = f"{project['slug']}: {exc}"
            log.warning("skipping this cycle: %s", message)
            result.warnings.append(message)
            store_projects.project_failed(store, project["slug"], str(exc))
        done += 1
        if done % 10 == 0 or done == total:
            tick()


# --------------------------------------------------------------------------- workflows and jobs


def record_failed_jobs(provider: CIProvider, store: Store, wf: WorkflowRun, pipeline: PipelineRow,
                       now: datetime, *, origin: str = "poll") -> list[int]:
    """Read a failed workflow's jobs and commit its failed ones (once); return new failure ids."""
    jobs = provider.failed_jobs(wf.id)
    slug = pipeline.get("project_slug") or wf.project_slug
    rows: list[NewFailure] = []
    for job in jobs:
        rows.append({
            "key": f"{wf.id}:{job.id}", "project_slug": slug, "pipeline_id": wf.pipeline_id,
            "pipeline_number": wf.pipeline_number or pipeline.get("number"),
            "branch": pipeline.get("branch"), "revision": pipeline.get("revision"),
            "workflow_id": wf.id, "workflow_name": wf.name, "job_id": job.id,
            "job_number": job.job_number, "job_name": job.name, "job_status": job.status,
            "started_at": job.started_at, "stopped_at": job.stopped_at, "detected_at": iso(now),
            "state": FailureState.NEW, "origin": origin,
        })
    with store.atomic():
        new_ids = store_failures.record_failures(store, wf.id, rows)
        failed_at = wf.stopped_at or wf.created_at
        if new_ids and failed_at:
            # A project that just failed is read again soon (a fix or a rerun usually follows);
            # one whose failure is old news (a first cycle's backlog) keeps its schedule.
            store_projects.note_failure_at(store, slug, failed_at)
            stopped = parse(failed_at)
            if stopped is not None and now - stopped < FRESH_FAILURE:
                store_projects.due_now(store, slug, now)
    return new_ids


def _revisit_due(pipeline: PipelineRow, now: datetime) -> bool:
    """Whether an open pipeline should be re-read now: every cycle while young, then less often
    (a sixth of its age, at most every 30 minutes), so parked on-hold workflows stay cheap."""
    created, checked = parse(pipeline["created_at"]), parse(pipeline["last_checked_at"])
    if created is None or checked is None:
        return True
    interval = min((now - created) / 6, timedelta(minutes=30))
    return now - checked >= interval


def awaiting_continuation(workflows: list[WorkflowRun], now: datetime) -> bool:
    """Dynamic config: the only workflows are setup ones that succeeded (their continuation
    workflows will join the same pipeline), and not for longer than ``SETUP_WAIT``."""
    if not workflows or any(not w.setup for w in workflows):
        return False
    if any(w.state is not RunState.SUCCEEDED for w in workflows):
        return False  # a failed setup workflow starts nothing more
    stopped = max(filter(None, (parse(w.stopped_at) for w in workflows)), default=None)
    return stopped is None or now - stopped < SETUP_WAIT


def _note_reruns(provider: CIProvider, store: Store, pipeline: PipelineRow, workflows: list[WorkflowRun],
                 known: set[str], now: datetime, result: PollResult) -> None:
    """Link workflows that rerun an earlier one (``rerun_of``, the provider's rerun model) and record
    those made by people (not an approved proposal of ours) as manual reruns, for the follow-up
    and history."""
    for earlier, later in provider.rerun_links(workflows):
        if later.id in known:
            continue
        store_failures.link_rerun(store, later.id, earlier.id, keep_existing=True)
        if store_failures.rerun_is_ours(store, later.id, earlier.id) or later.automatic_rerun:
            continue
        if store_failures.record_manual_rerun(
                store, new_workflow_id=later.id, original_workflow_id=earlier.id, pipeline_id=pipeline["id"],
                project_slug=pipeline["project_slug"], workflow_name=later.name, now=now):
            result.manual_reruns += 1
            log.info("%s pipeline %s: workflow %s was rerun by a person (%s)", pipeline["project_slug"],
                     pipeline["number"], later.name, later.id)


def check_open_pipelines(provider: CIProvider, store: Store, polling: PollingSettings, now: datetime,
                         result: PollResult, *, gone: GoneCheck | None = None) -> None:
    """Revisit pipelines whose workflows were not all terminal; collect failed jobs once terminal."""
    gone = gone or GoneCheck(provider, store, now)
    rows = store_failures.open_pipelines(store, now)
    max_age = timedelta(hours=polling.open_pipeline_max_hours)
    for pipeline in rows:
        if not _revisit_due(pipeline, now):
            continue
        result.pipelines_checked += 1
        key = f"pipeline:{pipeline['id']}"
        try:
            workflows = provider.workflow_runs(pipeline["id"])
        except (AuthError, Throttled):
            raise
        except NotFound:
            if gone.final(key, f"{pipeline['project_slug']} #{pipeline['number']}"):
                log.warning("pipeline %s of %s is gone (404 twice, token confirmed); closing it",
                            pipeline["number"], pipeline["project_slug"])
                store_failures.update_pipeline(store, pipeline["id"], {"open": 0, "closed_at": iso(now)})
                gone.forget(key)
            else:
                result.warnings.append(f"{pipeline['project_slug']} pipeline {pipeline['number']}: 404; "
                                       "kept open until a second 404 confirms it is gone")
                store_failures.update_pipeline(store, pipeline["id"], {"last_checked_at": iso(now)})
            continue
        except CircleCIError as exc:
            result.warnings.append(f"{pipeline['project_slug']} pipeline {pipeline['number']}: {exc}")
            continue
        gone.found(key)
        _settle_workflows(provider, store, pipeline, workflows, now, result)
        all_done = all(w.state.terminal for w in workflows)
        collected_all = not any(
            provider.run_state(status).has_failures
            for status in store_failures.uncollected_statuses(store, pipeline["id"]))
        created = parse(pipeline["created_at"])
        too_old = created is not None and now - created > max_age
        errored = not workflows and provider.pipeline_errored(pipeline["state"] or "")
        waiting = awaiting_continuation(workflows, now)
        update: PipelineChanges = {"last_checked_at": iso(now)}
        if (workflows and all_done and collected_all and not waiting) or errored or too_old:
            update.update({"open": 0, "closed_at": iso(now)})
            if not too_old:
                update.update(_recheck_schedule(
                    [w.stopped_at for w in workflows if w.state.has_failures], 0, now))
            if too_old and not all_done:
                log.info("pipeline %s of %s still not finished after %.0fh; no longer revisited",
                         pipeline["number"], pipeline["project_slug"], polling.open_pipeline_max_hours)
        store_failures.update_pipeline(store, pipeline["id"], update)


def _settle_workflows(provider: CIProvider, store: Store, pipeline: PipelineRow,
                      workflows: list[WorkflowRun], now: datetime, result: PollResult) -> None:
    """Store a pipeline's workflows, note reruns, and record the failed jobs of finished ones."""
    known = store_failures.workflow_ids(store, pipeline["id"])
    for wf in workflows:
        store_failures.upsert_workflow(store, wf, now, project_slug=pipeline["project_slug"])
    _note_reruns(provider, store, pipeline, workflows, known, now, result)
    stored = store_failures.workflows_of(store, pipeline["id"])
    for wf in workflows:
        mark = stored.get(wf.id)
        if not wf.state.has_failures or (mark is not None and mark.collected):
            continue
        origin = "manual_rerun" if mark is not None and mark.manual_rerun else "poll"
        try:
            result.new_failure_ids.extend(record_failed_jobs(provider, store, wf, pipeline, now, origin=origin))
        except (AuthError, Throttled):
            raise
        except (CircleCIError, BadResponse) as exc:
            result.warnings.append(f"{pipeline['project_slug']} workflow {wf.name}: {exc}")


def _recheck_schedule(failed_stopped_at: Iterable[str | None], done: int, now: datetime) -> PipelineChanges:
    """When to re-read a closed pipeline next: ``RECHECK_AFTER`` counted from when its failed
    workflows stopped (``failed_stopped_at``), skipping times already past (a backlog's day-old
    failure is not rechecked)."""
    stopped = max(filter(None, (parse(s) for s in failed_stopped_at)), default=None)
    if stopped is None:
        return {"recheck_at": None, "rechecks": done}
    for i, delay in enumerate(RECHECK_AFTER):
        if i >= done and stopped + delay > now:
            return {"recheck_at": iso(stopped + delay), "rechecks": i}
    return {"recheck_at": None, "rechecks": done}


def recheck_closed_pipelines(provider: CIProvider, store: Store, now: datetime, result: PollResult, *,
                             gone: GoneCheck | None = None) -> None:
    """Re-read recently closed pipelines that had a failed workflow, twice (``RECHECK_AFTER``):
    a person's rerun adds a workflow to a pipeline that is already closed."""
    rows = store_failures.pipelines_to_recheck(store, now)
    for pipeline in rows:
        done = int(pipeline["rechecks"] or 0) + 1
        stored = store_failures.workflows_of(store, pipeline["id"])
        update = _recheck_schedule(
            [w.stopped_at for w in stored.values() if provider.run_state(w.status).has_failures], done, now)
        try:
            workflows = provider.workflow_runs(pipeline["id"])
        except (AuthError, Throttled):
            raise
        except CircleCIError as exc:
            # Nothing is concluded from a recheck that failed; the next one (if any) tries again.
            result.warnings.append(f"{pipeline['project_slug']} pipeline {pipeline['number']} recheck: {exc}")
            store_failures.update_pipeline(store, pipeline["id"], update)
            continue
        result.pipelines_checked += 1
        if any(w.id not in stored for w in workflows):
            # New workflows (a rerun by a person): the pipeline is open again, and revisited
            # (this same cycle) like any open one until they finish.
            update.update({"open": 1, "closed_at": None, "last_checked_at": None})
        store_failures.update_pipeline(store, pipeline["id"], update)


def poll(provider: CIProvider, store: Store, circleci: CircleCISettings, polling: PollingSettings,
         now: datetime, *, gone: GoneCheck | None = None, progress: ProgressFn | None = None) -> PollResult:
    """One poll pass: new pipelines, every open pipeline, recently closed failed ones; failed jobs
    become failure rows."""
    result = PollResult()
    gone = gone or GoneCheck(provider, store, now)
    discover_new_pipelines(provider, store, circleci, polling, now, result, gone=gone, progress=progress)
    recheck_closed_pipelines(provider, store, now, result, gone=gone)
    check_open_pipelines(provider, store, polling, now, result, gone=gone)
    return result
