"""One poll cycle end to end, and the one entry point of the stages after intake.

``process_pending`` runs collect -> judge -> propose over whatever is pending (``pipeline.collect``,
``pipeline.judge``, ``pipeline.propose``; each callable alone). Each failure moves through states
(new -> collected -> classified -> decided) and each step commits before the next begins, so a
cycle killed at any point resumes where it stopped. ``run_poll_cycle`` (the daemon's poll job and
``triage-agent poll --once``) discovers when due, polls, then judges what is pending; the webhook
intake and the execute cycle end in the same stages, so a failure is judged the same way
whoever found it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ..app import App
from ..errors import AuthError, CircleCIError, Throttled
from ..store import evidence as evidence_store
from ..timeutil import iso, parse
from .collect import collect_pending
from .gone import GoneCheck
from .intake.discovery import discover, sync_projects
from .intake.polling import ProgressFn, poll
from .judge import classify_pending
from .propose import decide_pending

log = logging.getLogger(__name__)


@dataclass
class CycleSummary:
    """What a cycle did, for the CLI, the logs and the cycles table."""

    started_at: str
    finished_at: str = ""
    projects_checked: int = 0
    new_pipelines: int = 0
    pipelines_checked: int = 0
    new_failures: list[dict[str, Any]] = field(default_factory=list)
    proposals_created: int = 0
    requests: int = 0
    requests_by_endpoint: dict[str, int] = field(default_factory=dict)
    llm_calls: int = 0
    llm_tokens: int = 0
    llm_skipped: dict[str, int] = field(default_factory=dict)  # why the LLM was not asked: count
    discovered: dict[str, list[str]] = field(default_factory=dict)
    outages: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    deliveries_processed: int = 0  # webhook cycles: deliveries turned into workflow rows

    def to_dict(self) -> dict[str, Any]:
        return {
            "started_at": self.started_at, "finished_at": self.finished_at,
            "projects_checked": self.projects_checked, "new_pipelines": self.new_pipelines,
            "pipelines_checked": self.pipelines_checked, "new_failures": self.new_failures,
            "proposals_created": self.proposals_created, "requests": self.requests,
            "requests_by_endpoint": self.requests_by_endpoint, "llm_calls": self.llm_calls,
            "llm_tokens": self.llm_tokens, "llm_skipped": self.llm_skipped, "discovered": self.discovered, "outages": self.outages,
            "warnings": self.warnings, "error": self.error,
            **({"deliveries_processed": self.deliveries_processed} if self.deliveries_processed else {}),
        }

    def one_line(self) -> str:
        verdicts: dict[str, int] = {}
        for f in self.new_failures:
            verdicts[f.get("verdict") or "pending"] = verdicts.get(f.get("verdict") or "pending", 0) + 1
        shown = ", ".join(f"{n} {v}" for v, n in sorted(verdicts.items())) or "none"
        return (
            f"cycle: {self.projects_checked} projects checked, {self.new_pipelines} new pipelines, "
            f"{len(self.new_failures)} new failures ({shown}), {self.proposals_created} proposals, "
            f"{self.requests} API requests, {self.llm_tokens} LLM tokens"
        )


def discovery_due(app: App, now: datetime) -> bool:
    last = parse(app.store.get_kv("last_discovery_at"))
    if last is None:
        return True
    return now - last >= timedelta(minutes=app.config.circleci.rediscover_minutes)


def run_discovery(app: App, now: datetime, warnings: list[str] | None = None) -> tuple[list[str], list[str]]:
    """Discover the watched projects and record them; return (added, removed). Discovery's
    warnings are logged and added to ``warnings`` when given."""
    found = discover(app.provider, app.config.circleci, with_user=False, store=app.store, now=now)
    for warning in found.warnings:
        log.warning("%s", warning)
    if warnings is not None:
        warnings.extend(found.warnings)
    return sync_projects(app.store, found, now)


def process_pending(app: App, now: datetime, summary: CycleSummary, *, gone: GoneCheck | None = None,
                    collect: bool = True) -> dict[int, dict[str, Any]]:
    """Run the stages over whatever is pending: collect (failures ``new``), judge (``collected``),
    propose (``classified``); return the decision notes by failure id.

    ``collect=False`` judges only what is already collected (the execute cycle: follow-up
    collects its reruns' failures itself, and asks the provider nothing more here).
    """
    if collect:
        collect_pending(app, now, summary, gone=gone)
    classify_pending(app, now, summary)
    return decide_pending(app, now, summary)


def run_poll_cycle(app: App, now: datetime, *, clock=None, progress: ProgressFn | None = None) -> CycleSummary:
    """Discover (when due), poll, collect, classify, decide and enqueue; record the cycle.

    ``progress`` receives ``{"done", "total", "requests", "paused_for", "rate_per_minute"}`` while
    the projects are read (a first cycle over many projects can wait on the request budget).
    """
    with recorded_cycle(app, "poll", now, clock) as summary:
        if discovery_due(app, now):
            try:
                added, removed = run_discovery(app, now, summary.warnings)
                summary.discovered = {"added": added, "removed": removed}
            except (AuthError, Throttled):
                raise
            except CircleCIError as exc:
                if app.store.get_kv("last_discovery_at") is None:
                    raise  # nothing discovered yet, so nothing to poll
                # The projects found last time are still watched; discovery is due again next cycle.
                log.warning("discovery failed (%s); polling the projects already known", exc)
                summary.warnings.append(f"discovery failed ({exc}); polled the projects already known")
        gone = GoneCheck(app.provider, app.store, now)
        result = poll(app.provider, app.store, app.config.circleci, app.config.polling, now, gone=gone,
                      progress=progress)
        summary.projects_checked = result.projects_checked
        summary.new_pipelines = result.new_pipelines
        summary.pipelines_checked = result.pipelines_checked
        summary.warnings.extend(result.warnings)
        judge_and_decide(app, now, summary, result.new_failure_ids, gone=gone)
    return summary


def judge_and_decide(app: App, now: datetime, summary: CycleSummary, new_failure_ids: Sequence[int], *,
                     gone: GoneCheck | None = None) -> None:
    """The stages after failures are recorded (``process_pending``), and what became of them in
    the summary (the poll cycle and the webhook intake both end here)."""
    notes = process_pending(app, now, summary, gone=gone)
    new_ids = list(new_failure_ids)
    for failure_id in new_ids + [i for i in notes if i not in new_ids]:
        summary.new_failures.append(describe_failure(app, failure_id, notes.get(failure_id)))


@contextmanager
def recorded_cycle(app: App, kind: str, now: datetime, clock=None) -> Iterator[CycleSummary]:
    """A cycle of ``kind`` (``poll``, ``webhook``) recorded in the store: its summary is yielded to
    fill; whatever happens, its requests and outcome are recorded when it ends, and a cycle that
    raised is recorded as failed (never as ok), the exception going on to the caller."""
    clock = clock or (lambda: now)
    summary = CycleSummary(started_at=iso(now))
    before = app.usage.snapshot()
    cycle_id = app.store.start_cycle(kind, now)
    try:
        yield summary
    except AuthError as exc:
        summary.error = str(exc)
        raise
    except Exception as exc:
        summary.error = f"{type(exc).__name__}: {exc}"
        raise
    finally:
        _close_cycle(app, cycle_id, summary, before, now, clock)


def _close_cycle(app: App, cycle_id: int, summary: CycleSummary, before: Any, now: datetime, clock) -> None:
    """Record a cycle's requests (the usage delta since ``before``) and its outcome."""
    delta = app.usage.snapshot()
    delta.subtract(before)
    counts = {k: v for k, v in delta.items() if v > 0}
    summary.requests = sum(counts.values())
    summary.requests_by_endpoint = dict(sorted(counts.items()))
    summary.finished_at = iso(clock())
    app.store.add_api_usage(counts, now)
    app.store.finish_cycle(cycle_id, clock(), ok=summary.error is None, summary=summary.to_dict(),
                           error=summary.error)


def describe_failure(app: App, failure_id: int, note: dict[str, Any] | None) -> dict[str, Any]:
    """A failure as ``poll --once --json`` prints it."""
    read = evidence_store.failure_with_verdict(app.store, failure_id)
    row = read.failure
    v: Any = read.verdict or {}
    out = {
        "id": failure_id, "project_slug": row["project_slug"], "pipeline_number": row["pipeline_number"],
        "workflow_id": row["workflow_id"], "workflow_name": row["workflow_name"],
        "job_number": row["job_number"], "job_name": row["job_name"], "job_status": row["job_status"],
        "branch": row["branch"], "fingerprint": row["fingerprint"],
        "verdict": v.get("verdict"), "confidence": v.get("confidence"), "category": v.get("category"),
        "classifier": v.get("classifier"),
        "proposal": (note or {}).get("proposal"), "decision": row["decision"] or (note or {}).get("decision"),
        "project_name": read.project_name,
    }
    return out
