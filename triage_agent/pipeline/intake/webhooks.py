"""Webhook intake: record a verified delivery (deduplicated, crash-safe), then hand its workflow
to the same stages a poll feeds.

Two steps, so that the HTTP answer never waits for CircleCI:

1. ``record_delivery`` (the HTTP server's thread): one INSERT keyed by the payload's ``id``. A
   repeated id inserts nothing (a duplicate); a project or branch that is not watched is kept
   as ``ignored``. Once this commits the delivery cannot be lost: a kill -9 before step 2 leaves
   a ``pending`` row that the next start processes.
2. ``run_intake_cycle`` (the daemon's one worker thread, like every poll cycle): each pending
   delivery becomes the pipeline and workflow rows a poll would have written; a failed
   workflow's jobs are read once with ``polling.record_failed_jobs``; then ``judge_and_decide``
   runs collect, classify and decide exactly as after a poll. Failure rows are unique per
   (workflow, job) and a workflow is marked collected once, so a webhook and the next poll
   never judge one workflow twice, whichever comes first.

Pipelines first seen through a webhook stay ``open``: the next (reconciliation) poll reads
their workflows once, so a sibling workflow whose delivery was lost is still found.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ...app import App
from ...config import CircleCISettings
from ...core.ci import PING, WORKFLOW_COMPLETED, WebhookEvent, WorkflowRun
from ...core.states import DeliveryState
from ...errors import AuthError, BadResponse, CircleCIError
from ...ports import CIProvider, WebhookSource
from ...store import Store, deliveries, dumps, loads
from ...store import failures as store_failures
from ...store import projects as store_projects
from ...store.deliveries import DeliveryRow
from ...store.failures import PipelineRow
from ...timeutil import iso
from ..run import CycleSummary, judge_and_decide, recorded_cycle
from .polling import branch_watched, record_failed_jobs

log = logging.getLogger(__name__)

# Every result a delivery can have: the label set of the webhook metrics (bounded).
RESULTS = ("accepted", "duplicate", "ignored", "ping", "bad_signature", "too_large",
           "bad_content_type", "malformed", "unavailable")
# A delivery whose jobs cannot be read is retried this often; after that the reconciliation
# poll (its pipeline stays open) is what finds the failure.
MAX_ATTEMPTS = 5
# Processed and ignored deliveries are kept this long for deduplication and status; CircleCI
# redelivers within minutes, so a month is plenty.
KEEP_DELIVERIES = timedelta(days=30)
BATCH = 200


@dataclass(frozen=True)
class Intake:
    """What ``record_delivery`` did: ``result`` is one of RESULTS, ``reason`` says why if ignored."""

    result: str
    reason: str = ""


class WebhookCounters:
    """The server's counts of deliveries by result since the process started (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counter[str] = Counter()
        self.last_received_at: str | None = None
        self.version = 0

    def add(self, result: str, now: datetime) -> None:
        """Count one delivery."""
        with self._lock:
            self._counts[result] += 1
            self.last_received_at = iso(now)
            self.version += 1

    def counts(self) -> dict[str, int]:
        """Counts by result, every result present (zeros included)."""
        with self._lock:
            return {r: self._counts.get(r, 0) for r in RESULTS}


def record_delivery(store: Store, event: WebhookEvent, circleci: CircleCISettings, now: datetime,
                    provider: WebhookSource) -> Intake:
    """Record one verified, parsed delivery (or recognise a duplicate); no API call. ``provider``
    matches the event's project to a watched one (a pure lookup)."""
    if event.type == PING:
        return Intake("ping")
    if event.type != WORKFLOW_COMPLETED or event.project is None or event.workflow is None \
            or event.pipeline is None:
        # job-completed and future event types: acknowledged, not acted on (a workflow's
        # failed jobs are read when it completes, so job events add nothing).
        return Intake("ignored", f"{event.type} events are not acted on")
    slug = provider.webhook_project(event.project, store_projects.watched_projects(store))
    state, reason = DeliveryState.PENDING, ""
    if slug is None:
        state, reason = DeliveryState.IGNORED, "project not watched"
    elif not branch_watched(event.pipeline.branch or event.pipeline.tag, circleci.branches):
        state, reason = DeliveryState.IGNORED, "branch not watched"
    row: DeliveryRow = {
        "id": event.id, "type": event.type, "project_slug": slug or event.project.slug,
        "pipeline_id": event.pipeline.id, "workflow_id": event.workflow.id,
        "workflow_status": event.workflow.status, "state": state, "reason": reason,
        "event": dumps(event.to_dict()), "received_at": iso(now), "attempts": 0,
    }
    if not deliveries.record_delivery(store, row):
        return Intake("duplicate")
    return Intake("accepted" if state == DeliveryState.PENDING else "ignored", reason)


@dataclass
class IntakeResult:
    """What one pass over the pending deliveries did."""

    processed: int = 0
    new_pipelines: int = 0
    new_failure_ids: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _pipeline_row(provider: WebhookSource, store: Store, event: WebhookEvent, slug: str,
                  now: datetime) -> tuple[PipelineRow, bool]:
    """The stored pipeline (inserted, open, if new) and whether it was new."""
    assert event.pipeline is not None
    existing = store_failures.pipeline_record(store, event.pipeline.id)
    if existing:
        return existing, False
    p = provider.pipeline_from_event(event, slug)
    row: PipelineRow = {
        "id": p.id, "project_slug": slug, "number": p.number, "branch": p.branch,
        "revision": p.revision, "commit_subject": p.commit_subject, "created_at": p.created_at or iso(now),
        "state": p.state, "trigger_type": p.trigger_type, "actor": "", "open": 1,
        "first_seen_at": iso(now),
    }
    store_failures.insert_pipelines(store, [row])
    return row, True


def process_one(provider: CIProvider, store: Store, delivery: DeliveryRow, now: datetime,
                result: IntakeResult) -> None:
    """Turn one pending delivery into pipeline/workflow rows and, for a failed workflow, failure rows."""
    if not isinstance(provider, WebhookSource):
        raise TypeError(f"{provider.display_name} sends no webhooks")
    event = WebhookEvent.from_dict(loads(delivery["event"], {}))
    slug = delivery["project_slug"]
    wf: WorkflowRun = provider.workflow_from_event(event, slug)
    with store.atomic():
        pipeline, new = _pipeline_row(provider, store, event, slug, now)
        store_failures.upsert_workflow(store, wf, now)
    result.new_pipelines += int(new)
    collected = store_failures.workflow_collected(store, wf.id)
    original = store_failures.our_rerun_of(store, wf.id)
    note = ""
    if original is not None:
        # A rerun we sent: follow-up settles it (confirmed or refuted), as it does after a poll.
        store_failures.link_rerun(store, wf.id, original)
        note = "a rerun triage-agent sent; follow-up settles it"
    elif not new and not pipeline["open"]:
        # The pipeline was finished with before this workflow appeared (a rerun made by hand): a
        # poll would not look at it again either.
        note = "pipeline already closed"
    elif wf.state.has_failures and wf.state.terminal and not collected:
        result.new_failure_ids.extend(record_failed_jobs(provider, store, wf, pipeline, now, origin="webhook"))
    deliveries.delivery_processed(store, delivery["id"], now, attempts=(delivery["attempts"] or 0) + 1,
                                  note=note or None)
    result.processed += 1


def process_deliveries(provider: CIProvider, store: Store, now: datetime, *, limit: int = BATCH) -> IntakeResult:
    """Process pending deliveries, oldest first; a delivery whose jobs cannot be read is retried."""
    result = IntakeResult()
    rows = deliveries.pending_deliveries(store, limit)
    for delivery in rows:
        try:
            process_one(provider, store, delivery, now, result)
        except AuthError:
            raise
        except (CircleCIError, BadResponse) as exc:
            attempts = (delivery["attempts"] or 0) + 1
            state = DeliveryState.FAILED if attempts >= MAX_ATTEMPTS else DeliveryState.PENDING
            deliveries.delivery_attempt_failed(store, delivery["id"], attempts=attempts, error=str(exc),
                                               state=state)
            result.warnings.append(f"webhook {delivery['id']} ({delivery['project_slug']}): {exc}"
                                   + ("; left to the reconciliation poll" if state == DeliveryState.FAILED else "; will retry"))
        except (KeyError, TypeError, ValueError) as exc:  # a damaged row: never block the queue
            deliveries.delivery_unreadable(store, delivery["id"], f"unreadable delivery ({type(exc).__name__})")
            result.warnings.append(f"webhook {delivery['id']}: unreadable delivery, skipped")
    if rows:
        deliveries.prune_deliveries(store, now - KEEP_DELIVERIES)
    return result


def work_waiting(store: Store) -> bool:
    """Whether a delivery waits. (Failures a poll left half-judged are not a reason to run: the
    poll cycle retries them at its own pace, which keeps a CircleCI outage cheap.)"""
    return deliveries.delivery_waiting(store)


def run_intake_cycle(app: App, now: datetime, *, clock=None) -> CycleSummary | None:
    """Process pending deliveries through the poll's stages; recorded as a ``webhook`` cycle.

    Returns None (and records nothing) when nothing waits, so the daemon may call it often.
    """
    if not work_waiting(app.store):
        return None
    with recorded_cycle(app, "webhook", now, clock) as summary:
        new_failure_ids: list[int] = []
        while True:
            # Batches keep each read small; all that waits is processed in this one cycle, since
            # nothing else would wake the job for a backlog (only new deliveries do).
            result = process_deliveries(app.provider, app.store, now)
            summary.new_pipelines += result.new_pipelines
            summary.deliveries_processed += result.processed
            summary.warnings.extend(result.warnings)
            new_failure_ids.extend(result.new_failure_ids)
            if result.processed < BATCH or result.warnings:
                break
        judge_and_decide(app, now, summary, new_failure_ids)
    return summary

